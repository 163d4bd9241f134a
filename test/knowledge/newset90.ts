/**
 * The ninetieth new evaluation set (issue 11, point 6), written on 2026-12-04 from 05:08 UTC
 * (committed in the commit "Eval: newset90, the ninetieth unseen set") by a helper (set90) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before `const items`) and its last line, the part of newset.ts before
 * `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under src/,
 * bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items were
 * read. Its users are imagined as the secretary of the party cell of an electricity substation, a
 * member who is a retired journalist, the head of a residential group who is also its cell's
 * secretary, a Chinese student in Hà Nội who writes in English, and a member who writes only in
 * questions of three or four words; with the out-of-scope messages such users send (other
 * organisations' congresses and meetings: the power sector's trade union, the journalists'
 * association, the lawyers' association, a provincial ethnic-minorities congress, a home-town
 * association in Hà Nội, a young entrepreneurs' association, the students' association, the US
 * Democratic National Convention, the UN General Assembly, the Mekong-Lancang summit, a national
 * press conference; other senses of "đại hội" and "hội nghị": traditional martial arts games, a
 * family meeting on dividing land, a residents' meeting electing the group head, meetings with
 * voters, consultations on the draft constitution, occupational safety meetings, the Great Unity
 * festival, the Sixth Congress and Đổi mới as history; other party business the pack does not
 * cover: lost party cards, the party member's e-handbook app, members abroad on holiday, members
 * running a business, absence of bedridden members, power cuts during a ballot; the substation's
 * own affairs: shift swaps, maintenance outages, standby generators, safety certificates, trade
 * tests, electricity prices; journalism: press awards, royalties, press cards, plagiarism,
 * archives for memoirs, where a report was printed; the residential group: the cultural house's
 * bills, allowances, study-promotion funds, merging groups, security cameras, family grading;
 * the student's life: translating into Chinese, an English Party Charter, courses, scholarships,
 * the mausoleum's hours, photo permits, tuition apps, buying printed documents; the short
 * questions' practicalities: opening hour, dress, lunch, parking, gifts, lateness, badges; the
 * conference's address today, phone numbers, the bot itself, driving licences, a family
 * anniversary clashing with the congress, the welcome song, a cameraman).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset90.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why. One item was reworded in its own commit before any run, by
 * its writer, who had not seen the engine: newset87, landed first, held the same question.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, the money a congress may
 * spend, which cells the five-yearly pilot covers, whether a ward committee counts as
 * grassroots, delegate and membership figures) were left out, not guessed.
 * Engine changes reached main after its commit: e3bc64f (a number typed onto the word before it),
 * fa839dc (absent phrases for newset87's classes) and 54d7fe8 and 19322ae (the word prior relearned
 * with newset88 and newset89); its writer saw none of them. It was measured once, at 05:29 UTC on
 * main 19322ae (`node --expose-gc dist/bench/qa.js`, load 2.28): qa_new_top1 100.0 %,
 * qa_new_oos_refused 97.2 % (0 in-scope misses, 2 lookalikes answered; qa_p99_us 157.5 in that run,
 * p50 31.1). Its misses were listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number, each in at least three spellings.
  [
    'doc',
    'Trạm biến áp chúng tôi vẫn lưu Chỉ thị số 35-CT/TW ngày 14/6/2024, văn bản đó bây giờ còn dùng không?',
    'doc:ct-35-2024',
  ],
  ['doc', 'CT 35 năm 2024 của Bộ Chính trị bị thay bằng gì rồi?', 'doc:ct-35-2024'],
  ['en', 'I am a Chinese student in Hanoi: is Directive 35 of June 2024 still valid?', 'doc:ct-35-2024'],
  [
    'doc',
    'Hồi còn làm báo tôi có đưa tin Chỉ thị 35-CT/TW ngày 30/5/2019, chỉ thị ấy là về đại hội nào?',
    'doc:ct-35-2019',
  ],
  ['typo', 'ct35 nam 2019 gio con dung duoc ko', 'doc:ct-35-2019'],
  ['en', 'What was Directive 35-CT/TW of May 2019 about, for my thesis?', 'doc:ct-35-2019'],
  ['doc', 'Kết luận 118-KL/TW do cơ quan nào ký ban hành?', 'doc:kl-118-2025'],
  ['doc', 'KL 118 sửa những điểm gì của chỉ thị cũ?', 'doc:kl-118-2025'],
  ['en', 'Conclusion 118 of January 2025: is it in force or not?', 'doc:kl-118-2025'],
  ['doc', 'Chi bộ trạm hỏi Chỉ thị số 45-CT/TW thay thế những văn bản nào?', 'doc:ct-45-2025'],
  ['doc', 'Chỉ thị 45 ký ngày nào?', 'doc:ct-45-2025'],
  ['en', 'Directive 45-CT/TW: which body signed it, and on which day?', 'doc:ct-45-2025'],
  ['doc', 'Kết luận số 200-KL/TW đánh giá đại hội các cấp ra sao vậy đồng chí?', 'doc:kl-200-2025'],
  ['typo', 'KL200 cua BCT va BBT ra ngay nao', 'doc:kl-200-2025'],
  ['en', 'What does Conclusion 200-KL/TW conclude, in plain English?', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW hướng dẫn những nội dung gì cho chi bộ?', 'doc:hd-27-2024'],
  ['doc', 'HD 27 của Ban Tổ chức Trung ương ban hành bao giờ?', 'doc:hd-27-2024'],
  ['en', 'Guidance 27-HD/BTCTW, what is actually in it?', 'doc:hd-27-2024'],
  [
    'doc',
    'Tổ dân phố tôi còn giữ Hướng dẫn số 18-HD/BTCTU của Ban Tổ chức Thành ủy, còn hiệu lực không?',
    'doc:hd-18-2024',
  ],
  ['typo', 'hd18 btctu huong dan cai gi vay ad', 'doc:hd-18-2024'],
  [
    'en',
    'My teacher mentioned Guidance 18 of the Hanoi organisation board; what topics does it cover?',
    'doc:hd-18-2024',
  ],
  ['doc', 'Kế hoạch 258-KH/TU của Thành ủy Hà Nội có nội dung gì hả đồng chí?', 'doc:kh-258-2024'],
  ['doc', 'KH 258 ngày 15/7/2024 là kế hoạch gì?', 'doc:kh-258-2024'],
  ['en', 'Plan 258-KH/TU: what is its status now?', 'doc:kh-258-2024'],
  [
    'doc',
    'Kế hoạch số 203-KH/QU của Quận ủy Hai Bà Trưng bây giờ còn áp dụng cho phường không?',
    'doc:kh-203-2024',
  ],
  ['typo', 'kh203 quan uy hbt noi ve gi the', 'doc:kh-203-2024'],
  ['en', 'Plan 203 of the Hai Ba Trung district committee, is it still used?', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 nói về việc gì, tôi định viết bài?', 'doc:nq-26-2018'],
  ['doc', 'NQ 26 khóa XII là nghị quyết gì?', 'doc:nq-26-2018'],
  ['en', 'Resolution 26-NQ/TW of 2018, please tell me about it', 'doc:nq-26-2018'],
  ['doc', 'Hướng dẫn 26-HD/BTCTW năm 2019 có còn dùng cho đại hội nhiệm kỳ này không?', 'doc:hd-26-2019'],
  ['typo', 'HD26 nam 2019 la huong dan cho chi thi nao ha ad', 'doc:hd-26-2019'],
  ['en', 'Guidance 26 of October 2019, is it current?', 'doc:hd-26-2019'],
  ['doc', 'Quy định 89-QĐ/TW về tiêu chuẩn cán bộ nay thế nào rồi hả bot?', 'doc:qd-89-2017'],
  ['doc', 'QĐ 89 thay rồi à?', 'doc:qd-89-2017'],
  ['en', 'Has Regulation 89-QĐ/TW on cadre standards been replaced?', 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365-QĐ/TW ban hành ngày nào và của ai?', 'doc:qd-365-2025'],
  ['typo', 'qd365 thay cho quy dinh nao z', 'doc:qd-365-2025'],
  ['en', 'Regulation 365, what is it exactly?', 'doc:qd-365-2025'],
  [
    'doc',
    'Tổ trưởng tổ dân phố hỏi: Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy đánh giá cán bộ theo gì?',
    'doc:qd-14-2023',
  ],
  ['doc', 'QĐ 14 của Thành ủy về tiêu chí đánh giá cán bộ còn dùng không?', 'doc:qd-14-2023'],
  ['en', 'Regulation 14-QĐ/TU of the Hanoi standing board, is it about evaluating cadres?', 'doc:qd-14-2023'],
  ['doc', 'Quy định 2656-QĐ/QU là của cơ quan nào ban hành?', 'doc:qd-2656-2023'],
  ['doc', 'QĐ2656 ngày 13/11/2023 nói gì?', 'doc:qd-2656-2023'],
  [
    'en',
    'Could you explain Regulation 2656 of the Hai Ba Trung standing board to a foreign student?',
    'doc:qd-2656-2023',
  ],
  [
    'doc',
    'Quy định số 1216-QĐ/QU về quy hoạch cán bộ do ai ký, năm nào, còn dùng không?',
    'doc:qd-1216-2022',
  ],
  ['doc', 'QĐ 1216 năm 2022 giờ còn áp dụng không?', 'doc:qd-1216-2022'],
  ['en', 'Regulation 1216-QĐ/QU, is it still applicable after the merger?', 'doc:qd-1216-2022'],
  ['doc', 'Quy định 294-QĐ/TW có hiệu lực từ bao giờ vậy?', 'doc:qd-294-2025'],
  ['typo', 'QĐ294 thi diem cai gi the', 'doc:qd-294-2025'],
  ['en', 'Regulation 294 from May 2025 pilots something for party cells, what exactly?', 'doc:qd-294-2025'],

  // Documents the pack does not hold, by number.
  ['unknown-doc', 'Quy định 144-QĐ/TW về chuẩn mực đạo đức của đảng viên có trong bot không?', 'unknown-doc'],
  ['unknown-doc', 'Chi bộ điện lực đang học Nghị quyết 57-NQ/TW, bot có văn bản này không?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 127-KL/TW nói gì về sắp xếp bộ máy?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 25-HD/BTCTW về nghiệp vụ công tác đảng viên nói những gì?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 232-QĐ/TW thi hành Điều lệ Đảng quy định đại hội chi bộ thế nào?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 71-KH/TU của Thành ủy là kế hoạch gì?', 'unknown-doc'],
  [
    'unknown-doc',
    'Chi bộ trạm đang lấy phiếu tín nhiệm theo Quy định 96-QĐ/TW, bot có văn bản đó không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Thông báo 28-TB/TW ra ngày nào?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 06-HD/BTCTW năm 2025 hướng dẫn việc gì?', 'unknown-doc'],
  ['unknown-doc', 'Công văn 5010-CV/BTCTW gửi các tỉnh ủy nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị số 04-CT/TW còn hiệu lực không?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 150-KL/TW hướng dẫn chính quyền 2 cấp thế nào?', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 21-NQ/TW về tổ chức cơ sở đảng có trong nguồn của bot chưa?', 'unknown-doc'],
  ['unknown-doc', 'qd 22-QĐ/TW ve kiem tra giam sat co ko', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 12-HD/BTCTU của Ban Tổ chức Thành ủy nói gì về đại hội?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 47-KH/ĐU của Đảng ủy phường về đại hội chi bộ khu dân cư ở đâu?', 'unknown-doc'],
  ['unknown-doc', 'Can you show me Directive 36-CT/TW?', 'unknown-doc'],

  // In scope, with everyday words around the question.
  [
    'offword',
    'Vừa hết ca trực trạm biến áp lúc 6 giờ sáng, cho tôi hỏi đại hội chi bộ gồm mấy nội dung?',
    'noi-dung',
  ],
  [
    'offword',
    'Đang uống trà với mấy ông bạn làm báo cũ, cả bọn cãi nhau: báo cáo kiểm điểm của cấp ủy phải viết thế nào?',
    'van-kien',
  ],
  ['offword', 'Chiều nay đi chợ về mới rảnh, đồng chí cho hỏi đại hội điểm do ai chọn?', 'dai-hoi-diem'],
  [
    'offword',
    'Trời mưa to mất điện cả khu, nhân lúc chờ có điện hỏi luôn: cấp huyện bỏ từ khi nào?',
    'chinh-quyen-2-cap',
  ],
  ['offword', 'Cháu tôi du học Trung Quốc về hỏi: Đại hội XIV của Đảng họp mấy ngày?', 'dai-hoi-xiv'],
  [
    'offword',
    'Tôi vừa tưới xong chậu lan, muốn biết chi bộ bây giờ mấy năm đại hội một lần?',
    'chi-bo-5-nam',
  ],
  ['offword', 'Đang nấu cơm nên hỏi nhanh: chuẩn bị đại hội phải lập những tổ nào?', 'chuan-bi'],
  [
    'offword',
    'Xe máy hỏng phải đi bộ đến nhà văn hóa, trên đường nghĩ: đại hội phải chống lãng phí, tiêu cực theo nguyên tắc nào?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Ông hàng xóm đánh cờ tướng hỏi tôi chọn nhân sự cấp ủy khóa mới dựa vào tiêu chuẩn nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Tay còn dính dầu máy biến áp, hỏi vội: đại hội các cấp nhiệm kỳ này kết quả thế nào?',
    'ket-qua',
  ],
  ['offword', 'Ăn giỗ xong anh em ngồi hỏi nhau từ hội nghị 23/10/2024 đến giờ có gì thay đổi?', 'thay-doi'],
  [
    'offword',
    'Ngồi quán phở đầu ngõ, tôi thắc mắc Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII là đại hội gì?',
    'dai-hoi-quan',
  ],

  // Two-part questions.
  [
    'two-part',
    'Đại hội chi bộ phải làm những nội dung gì, và cấp ủy trình mấy báo cáo?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ trực thuộc đại hội vào thời gian nào, còn đại hội điểm thì tổ chức tháng mấy?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Chuẩn bị đại hội cần lập tổ gì, và chọn nhân sự cấp ủy mới theo tiêu chuẩn nào?',
    'chuan-bi+nhan-su',
  ],
  [
    'two-part',
    'Đại hội XIV họp ngày nào, và đại hội các cấp trước đó kết quả ra sao?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Chi bộ bao lâu đại hội một lần theo thí điểm, và từ khi nào không còn cấp huyện?',
    'chi-bo-5-nam+chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'Tổ chức đại hội phải theo nguyên tắc gì, và cần chuẩn bị những việc gì trước?',
    'nguyen-tac+chuan-bi',
  ],
  [
    'two-part',
    'Báo cáo chính trị phải đánh giá những gì, còn nhân sự cấp ủy khóa mới chọn theo tiêu chuẩn nào?',
    'van-kien+nhan-su',
  ],
  [
    'two-part',
    'Đại hội quận lần thứ XXVII là đại hội gì, và chính quyền hai cấp bắt đầu từ bao giờ?',
    'dai-hoi-quan+chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'Chỉ thị năm 2024 về đại hội có mấy phần mấy phụ lục, và sau đó đã thay đổi những gì?',
    'chi-thi-35+thay-doi',
  ],
  [
    'two-part',
    'Đại hội điểm do ai chọn, và đại hội đó phải thực hiện mấy nội dung?',
    'dai-hoi-diem+noi-dung',
  ],
  [
    'two-part',
    'What are the two reports to the congress, and what principles must the congress follow?',
    'van-kien+nguyen-tac',
  ],
  ['two-part', 'Nhân sự cấp ủy chọn thế nào? Đại hội phải tiết kiệm ra sao?', 'nhan-su+nguyen-tac'],

  // Per unit type.
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở như chi bộ trạm biến áp thì đại hội từ tháng mấy đến tháng mấy?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở của cơ quan báo cũ tôi phải xong đại hội trước ngày nào?', 'lich-trinh'],
  ['unit', 'Đảng bộ cơ sở đại hội sau khi các chi bộ trực thuộc xong, thời hạn là khi nào?', 'lich-trinh'],
  ['unit', 'Đảng bộ cơ sở chọn mấy chi bộ để làm đại hội điểm?', 'dai-hoi-diem'],
  [
    'unit',
    'Chi bộ khu dân cư trực thuộc đảng ủy, đại hội có phải bầu đoàn đại biểu đi đại hội cấp trên không?',
    'noi-dung',
  ],
  ['unit', 'Chi bộ cơ sở được chọn làm đại hội điểm vào lúc nào?', 'dai-hoi-diem'],
  ['unit', 'Đảng ủy cơ sở của công ty điện lực trình đại hội những báo cáo gì?', 'van-kien'],
  ['unit', 'Chi bộ trực thuộc cần chuẩn bị đại hội những việc gì?', 'chuan-bi'],
  ['unit', 'Với chi bộ cơ sở, đại hội phải làm mấy nội dung?', 'noi-dung'],
  ['unit', 'Grassroots party committee: by when did its congress have to finish?', 'lich-trinh'],
  ['unit', 'Đảng bộ khối hành chính sự nghiệp được chọn bao nhiêu đơn vị làm đại hội điểm?', 'dai-hoi-diem'],

  // Typos, missing diacritics, abbreviations.
  ['typo', 'dh chi bo tram bien ap gom may noi dung a', 'noi-dung'],
  ['typo', 'bao cao chinh tri phai danh gia nhu the nao', 'van-kien'],
  ['typo', 'chi bo bao lau dh 1 lan', 'chi-bo-5-nam'],
  ['typo', 'dh XIV cua Dang to chuc may ngay, tu hom nao', 'dai-hoi-xiv'],
  ['typo', 'can lap nhung to nao phuc vu dh', 'chuan-bi'],
  ['typo', 'to chuc dai hoi phai theo nguyen tac tap trung dan chu ra sao', 'nguyen-tac'],
  ['typo', 'cap huyen bo tu ngay nao', 'chinh-quyen-2-cap'],
  ['typo', 'ket qua dai hoi cac cap nk 2025-2030', 'ket-qua'],
  ['typo', 'BCH khoa moi chon theo tieu chuan nao', 'nhan-su'],
  ['typo', 'dai hoi diem thang 12/2024 la cua ai', 'dai-hoi-diem'],
  ['typo', 'đại hội chi bộ trực thuộc bắt dầu từ thág 1/2025 à', 'lich-trinh'],
  ['typo', 'nhưng thay đôi gì sau hôi nghị quán triệt thág 10 năm 2024', 'thay-doi'],

  // English (the Chinese student).
  ['en', 'What four items does a Vietnamese party congress cover?', 'noi-dung'],
  ['en', 'On which dates in January 2026 did Vietnam hold its 14th Party Congress?', 'dai-hoi-xiv'],
  ['en', 'Under the pilot, how many congresses does a party cell hold in five years?', 'chi-bo-5-nam'],
  ['en', 'From what date did Vietnam drop the district level of local government?', 'chinh-quyen-2-cap'],
  [
    'en',
    'Writing about Vietnam for class: what should a party committee political report evaluate?',
    'van-kien',
  ],
  ['en', 'What teams should be set up to prepare a congress?', 'chuan-bi'],
  ['en', 'Were the 2025-2030 party congresses completed successfully?', 'ket-qua'],
  ['en', 'What changed after the conference of 23 October 2024?', 'thay-doi'],
  ['en', 'What are pilot congresses and who picks them?', 'dai-hoi-diem'],
  ['en', 'What standards guide choosing the new party committee?', 'nhan-su'],
  [
    'en',
    'What is the twenty-seventh congress of the Hai Ba Trung district party organisation?',
    'dai-hoi-quan',
  ],
  ['en', 'For my bibliography, which documents is this bot built on?', 'tai-lieu'],
  ['en', 'What does the 2024 directive on party congresses contain?', 'chi-thi-35'],
  [
    'en',
    'I am writing a paper: what principles govern how congresses are organised, like democratic centralism?',
    'nguyen-tac',
  ],

  // Facts.
  ['fact', 'Hồi hưu tôi vẫn theo dõi thời sự, Đại hội XIV của Đảng khai mạc ngày nào nhỉ?', 'dai-hoi-xiv'],
  ['fact', 'Quy định thí điểm cho chi bộ đại hội mấy năm một lần?', 'chi-bo-5-nam'],
  [
    'fact',
    'Tổ dân phố tôi hỏi mô hình chính quyền địa phương hai cấp bắt đầu chạy từ hôm nào?',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'Bao nhiêu đảng bộ quận, huyện ở Hà Nội thôi hoạt động từ tháng 7/2025?', 'chinh-quyen-2-cap'],
  ['fact', 'Báo cáo kiểm điểm của chi ủy trạm phải thể hiện tinh thần gì?', 'van-kien'],
  ['fact', 'Ban Thường vụ Quận ủy chọn mấy đơn vị làm đại hội điểm, thuộc những loại nào?', 'dai-hoi-diem'],
  ['fact', 'Chỉ thị về đại hội Bộ Chính trị ký tháng 6/2024 đặt ra bao nhiêu yêu cầu?', 'chi-thi-35'],
  ['fact', 'Đại hội các cấp nhiệm kỳ 2025-2030 đã xong hết chưa?', 'ket-qua'],
  ['fact', 'Bầu gì ở đại hội?', 'noi-dung'],
  ['fact', 'Trong văn kiện trình đại hội, đâu là báo cáo trung tâm có vai trò định hướng?', 'van-kien'],
  ['fact', 'Hội nghị quán triệt về đại hội tổ chức theo hình thức nào?', 'chuan-bi'],
  ['fact', 'Quy hoạch cán bộ phục vụ nhân sự đại hội có được bổ sung không?', 'nhan-su'],
  ['fact', 'Bot lấy thông tin từ những văn bản nào?', 'tai-lieu'],
  ['fact', 'Đại hội chi bộ khu dân cư có được làm rình rang, phô trương không?', 'nguyen-tac'],
  ['fact', 'Nhiệm kỳ 2025-2030 thì Đảng bộ quận Hai Bà Trưng đại hội lần thứ bao nhiêu?', 'dai-hoi-quan'],
  ['fact', 'Mấy nội dung đại hội?', 'noi-dung'],
  ['fact', 'Còn cấp huyện không?', 'chinh-quyen-2-cap'],
  ['fact', 'Đại hội XIV bao giờ?', 'dai-hoi-xiv'],

  // Lookalikes: the substation.
  ['lookalike', 'Đại hội Công đoàn Điện lực Việt Nam nhiệm kỳ tới họp ở đâu?', null],
  ['lookalike', 'Hội nghị an toàn vệ sinh lao động của trạm biến áp có phải mời chi bộ dự không?', null],
  [
    'lookalike',
    'Chi bộ trạm biến áp muốn xin kinh phí thuê máy phát dự phòng cho hội trường đại hội thì làm tờ trình gửi ai?',
    null,
  ],
  ['lookalike', 'Ca trực trùng ngày đại hội chi bộ, đổi ca với trạm bạn có cần giám đốc ký không?', null],
  ['lookalike', 'Lịch cắt điện bảo dưỡng đường dây trong tuần đại hội đảng bộ phường đã có chưa?', null],
  ['lookalike', 'Giá điện sinh hoạt bậc 3 hiện nay bao nhiêu một số?', null],
  ['lookalike', 'Thi nâng bậc thợ vận hành trạm biến áp năm nay có phần hỏi về Điều lệ Đảng không?', null],
  ['lookalike', 'Mất điện giữa lúc đại hội chi bộ đang bỏ phiếu thì có phải bầu lại từ đầu không?', null],
  ['lookalike', 'Đảng ủy Tổng công ty Điện lực Hà Nội có bao nhiêu chi bộ trực thuộc?', null],
  ['lookalike', 'Chứng chỉ an toàn điện bậc 4 hết hạn, học lại ở trung tâm nào?', null],
  // The retired journalist.
  ['lookalike', 'Đại hội Hội Nhà báo Việt Nam khóa tới có mời hội viên hưu trí dự không?', null],
  ['lookalike', 'Giải Búa liềm vàng về xây dựng Đảng năm nay nhận tác phẩm đến bao giờ?', null],
  ['lookalike', 'Nhuận bút một bài phóng sự về đại hội đảng bộ phường được tính bao nhiêu?', null],
  ['lookalike', 'Thẻ hội viên Hội Nhà báo của tôi hết hạn, đổi ở đâu?', null],
  [
    'lookalike',
    'Tôi muốn viết hồi ký về đại hội chi bộ hợp tác xã năm 1978, tìm tư liệu ở kho lưu trữ nào?',
    null,
  ],
  ['lookalike', 'Phóng viên muốn vào đưa tin đại hội Đảng bộ thành phố thì xin thẻ tác nghiệp ở đâu?', null],
  ['lookalike', 'Báo Nhân Dân đăng toàn văn Báo cáo chính trị Đại hội XIV trên số báo ngày nào?', null],
  ['lookalike', 'Câu lạc bộ nhà báo hưu trí họp mặt ngày 21/6 năm nay tổ chức ở đâu?', null],
  ['lookalike', 'Bài tôi viết về đại hội điểm năm xưa bị một trang mạng đạo văn, khiếu nại ở đâu?', null],
  ['lookalike', 'Hội nghị báo chí toàn quốc tổng kết năm diễn ra ngày nào?', null],
  [
    'lookalike',
    'Tôi từng đưa tin Đại hội VI năm 1986, bot kể lại không khí Đổi mới hồi đó được không?',
    null,
  ],
  // The residential group.
  [
    'lookalike',
    'Hội nghị nhân dân bầu tổ trưởng tổ dân phố nhiệm kỳ mới có cần chi bộ giới thiệu người không?',
    null,
  ],
  [
    'lookalike',
    'Mượn nhà văn hóa tổ dân phố làm đại hội chi bộ thì có phải đóng tiền điện nước không?',
    null,
  ],
  [
    'lookalike',
    'Tổ dân phố của tôi sắp nhập với tổ bên cạnh, chi bộ khu dân cư có phải đổi tên không?',
    null,
  ],
  ['lookalike', 'Phụ cấp tổ trưởng tổ dân phố kiêm bí thư chi bộ mỗi tháng được bao nhiêu?', null],
  ['lookalike', 'Quỹ khuyến học tổ dân phố thu mỗi hộ bao nhiêu là đúng?', null],
  [
    'lookalike',
    'Đảng viên cao tuổi nằm liệt giường không đi đại hội chi bộ được, có cần làm đơn xin vắng không?',
    null,
  ],
  ['lookalike', 'Hội nghị tiếp xúc cử tri với đại biểu HĐND phường tổ chức ở tổ dân phố vào hôm nào?', null],
  ['lookalike', 'Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm nay làm vào chủ nhật nào?', null],
  ['lookalike', 'Camera an ninh đầu ngõ của tổ dân phố bị hỏng, báo công an phường hay ủy ban?', null],
  ['lookalike', 'Bình xét gia đình văn hóa cuối năm ở tổ dân phố có cần ý kiến chi bộ không?', null],
  [
    'lookalike',
    'Hội nghị lấy ý kiến nhân dân về dự thảo sửa đổi Hiến pháp ở tổ dân phố tổ chức thế nào?',
    null,
  ],
  // The Chinese student.
  [
    'lookalike',
    'Can a foreign exchange student sit in on a Vietnamese party cell congress as an observer?',
    null,
  ],
  ['lookalike', 'How do you translate "đại hội đảng" into Chinese, is it 党代会?', null],
  [
    'lookalike',
    'Is there an official English translation of the Vietnamese Party Charter I can cite in my thesis?',
    null,
  ],
  [
    'lookalike',
    'Which Vietnamese universities teach the history of the Communist Party of Vietnam in English?',
    null,
  ],
  [
    'lookalike',
    'My Vietnamese government scholarship stipend is late, who do I contact at the university?',
    null,
  ],
  ['lookalike', 'Where can I buy a printed copy of the 14th Congress documents in Hanoi?', null],
  [
    'lookalike',
    'Is the Vietnam Students Association congress open to international students from China?',
    null,
  ],
  ['lookalike', 'What time does the Ho Chi Minh Mausoleum open for visitors on weekends?', null],
  ['lookalike', 'Do I need a permit to take photos outside a ward party congress hall?', null],
  ['lookalike', 'Which app do students in Vietnam use to pay tuition fees, is it VNeID?', null],
  // The member of three or four words.
  ['lookalike', 'Mấy giờ khai mạc?', null],
  ['lookalike', 'Mặc áo gì đi?', null],
  ['lookalike', 'Ai làm bí thư?', null],
  ['lookalike', 'Có ăn trưa không?', null],
  ['lookalike', 'Gửi xe ở đâu?', null],
  ['lookalike', 'Đại hội phát quà gì?', null],
  ['lookalike', 'Được đi muộn không?', null],
  ['lookalike', 'Huy hiệu Đảng mua đâu?', null],
  // Other organisations, other senses, other party business, the bot.
  ['lookalike', 'Đại hội đồng Liên Hợp Quốc khóa 80 có bàn về biến đổi khí hậu không?', null],
  ['lookalike', 'Đại hội đại biểu các dân tộc thiểu số tỉnh Lào Cai lần thứ V họp khi nào?', null],
  ['lookalike', 'Đại hội Hội Luật gia phường có cần chi bộ cho ý kiến về nhân sự không?', null],
  ['lookalike', 'Đại hội võ thuật cổ truyền toàn quốc năm nay tổ chức ở tỉnh nào?', null],
  ['lookalike', 'Hội nghị cấp cao Mekong - Lan Thương lần tới tổ chức ở đâu?', null],
  ['lookalike', 'Đảng viên đi du lịch nước ngoài có phải báo cáo chi bộ trước bao nhiêu ngày?', null],
  ['lookalike', 'Làm rơi thẻ đảng viên lúc đi kiểm tra đường dây, xin cấp lại thế nào?', null],
  ['lookalike', 'Sổ tay đảng viên điện tử đăng nhập bị lỗi, gọi ai hỗ trợ?', null],
  ['lookalike', 'Đảng viên có được góp vốn mở quán cà phê không?', null],
  ['lookalike', 'Bot này có lưu lại tin nhắn của tôi không?', null],
  ['lookalike', 'Ai trả tiền duy trì con bot này?', null],
  ['lookalike', 'Số điện thoại trực ban Đảng ủy phường Bạch Mai là bao nhiêu?', null],
  ['lookalike', 'Trụ sở 33 Đại Cồ Việt bây giờ là cơ quan gì?', null],
  ['lookalike', 'Cấp lại giấy phép lái xe bị mất có làm ở phường được không?', null],
  ['lookalike', 'Giỗ bố tôi trùng ngày đại hội chi bộ, tôi nên về quê hay ở lại?', null],
  ['lookalike', 'Hội nghị gia đình bàn chia đất có cần trưởng thôn làm chứng không?', null],
  ['lookalike', 'Đại hội toàn quốc Đảng Dân chủ Mỹ năm 2028 họp ở thành phố nào?', null],
  ['lookalike', 'Đại hội Hội đồng hương Hà Tĩnh tại Hà Nội tổ chức ngày nào?', null],
  ['lookalike', 'Đại hội thành lập Hội doanh nhân trẻ phường cần giấy phép của ai?', null],
  ['lookalike', 'Bài hát chào mừng đại hội đảng bộ tỉnh năm nay do ai sáng tác?', null],
  ['lookalike', 'Người quay phim đại hội chi bộ có cần là đảng viên không?', null],
];

export const NEWSET90: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
