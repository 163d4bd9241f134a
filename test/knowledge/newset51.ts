/**
 * The fifty-first new evaluation set (issue 11, point 6), written on 2026-12-04 from 02:09 UTC
 * (committed in the commit "Eval: newset51, the fifty-first unseen set") by a helper (set51) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before its `const items` line) and its last line, the part of newset.ts
 * before `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under
 * src/, bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items
 * were read. Its users are imagined as the secretary of a party cell in an airport ground-handling
 * company, a ward organisation board staffer who keeps the units' lists, an Indian diplomat who
 * writes in English, the secretary of a party cell in a Buddhist-majority village (whose questions
 * about religion are kept respectful and out of scope), a mother of two who has just become the
 * secretary of a residential-area cell, and a retired engineer who writes formal long letters;
 * with the out-of-scope messages such users send (other organisations' congresses and meetings:
 * the company trade union's congress, the airline's shareholders' meeting, the airport Youth
 * Union, IATA's annual meeting, the Buddhist Sangha's congress, the village's Women's Union, the
 * veterans' and the engineering associations, the parents' association of a school, the Indian
 * National Congress and the CPI(M)'s party congress, the National Assembly's session; other senses
 * of "đại hội" and "hội nghị": a ward sports festival, an aviation safety conference, a scientific
 * conference, voters' meetings, the residential group's meeting, a village festival; other party
 * business the pack does not cover: dues, membership cards, transfers of membership, admission of
 * new members, monthly cell-meeting minutes, party badges, religious practice of members; people in
 * posts (who was elected, the new ward secretary); addresses, phone numbers and opening hours;
 * money (pensions, overtime, allowances, fund-raising, congress budgets); local government services
 * (land papers, complaints, residence, the village head's election); everyday life (flight delays,
 * baggage, shift rosters, vaccination, school enrolment, harvests, Vesak dates, visas, Diwali); the
 * bot itself and spreadsheets).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset51.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, money, which cells the
 * five-yearly pilot covers) were left out of the in-scope items, or asked as out of scope.
 *
 * Engine changes reached main after its commit (ba5d3b9 on its branch, before its rebase):
 * 745c0a6 (the word prior learned from the development sets); its writer saw none of them (after
 * committing it saw, in `git log`, one subject line about ket-qua's keywords; no item changed). It
 * was measured once, at 02:24 UTC on main 47fdd3b, whose engine is 745c0a6's (`node --expose-gc
 * dist/bench/qa.js`, load 0.62): qa_new_top1 99.3 %, qa_new_oos_refused 96.8 % (1 in-scope miss,
 * 2 lookalikes answered; qa_p99_us 97.5 in that run, p50 29.4). Its misses were listed after that
 * run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number, three or more spellings each.
  [
    'doc',
    'Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị hiện nay còn áp dụng cho chi bộ sân bay không?',
    'doc:ct-35-2024',
  ],
  ['doc', 'ct35 năm 2024 do cơ quan nào ban hành vậy ạ', 'doc:ct-35-2024'],
  ['doc', 'Is Directive 35 of June 2024 still the text a cell should follow?', 'doc:ct-35-2024'],
  [
    'doc',
    'Chỉ thị 35-CT/TW ngày 30/5/2019 hướng tới Đại hội XIII là văn bản gì, còn dùng không?',
    'doc:ct-35-2019',
  ],
  ['doc', 'CT 35 năm 2019 của khóa trước, bot có lưu không ạ?', 'doc:ct-35-2019'],
  ['doc', 'Could you describe the 2019 Directive No. 35 issued before the 13th Congress?', 'doc:ct-35-2019'],
  ['doc', 'Kết luận 118-KL/TW điều chỉnh những gì của Chỉ thị năm 2024?', 'doc:kl-118-2025'],
  ['doc', 'KL118 giờ còn hiệu lực hay đã bị thay rồi', 'doc:kl-118-2025'],
  ['doc', 'What is the status today of Conclusion 118 from January 2025?', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị số 45-CT/TW của Bộ Chính trị ban hành ngày nào?', 'doc:ct-45-2025'],
  ['doc', 'chi thi 45 ve dai hoi dang bo cac cap noi gi', 'doc:ct-45-2025'],
  ['doc', 'Directive 45-CT/TW: who issued it and has it been amended since?', 'doc:ct-45-2025'],
  [
    'doc',
    'Chi bộ thôn tôi muốn đọc lại Kết luận 200-KL/TW của Bộ Chính trị và Ban Bí thư, văn bản ấy nói gì?',
    'doc:kl-200-2025',
  ],
  ['doc', 'ket luan 200 ngay 17/10/2025 danh gia ket qua the nao', 'doc:kl-200-2025'],
  ['doc', 'Please summarise Conclusion No. 200 of October 2025.', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW của Ban Tổ chức Trung ương hướng dẫn những nội dung nào?', 'doc:hd-27-2024'],
  ['doc', 'HD 27 năm 2024 của Ban Tổ chức Trung ương ra ngày bao nhiêu?', 'doc:hd-27-2024'],
  ['doc', 'Is Guidance 27-HD/BTCTW of August 2024 available through this service?', 'doc:hd-27-2024'],
  ['doc', 'Hướng dẫn số 18-HD/BTCTU ngày 01/10/2024 của Ban Tổ chức Thành ủy có những gì?', 'doc:hd-18-2024'],
  ['doc', 'cho em xin thông tin về hd18 của Ban Tổ chức Thành ủy', 'doc:hd-18-2024'],
  ['doc', 'huong dan 18 cua Ban To chuc Thanh uy Ha Noi con hieu luc khong', 'doc:hd-18-2024'],
  [
    'doc',
    'Em cần ghi vào sổ theo dõi: Kế hoạch 258-KH/TU của Thành ủy Hà Nội ký ngày bao nhiêu?',
    'doc:kh-258-2024',
  ],
  ['doc', 'kh258 cua thanh uy noi dung ra sao', 'doc:kh-258-2024'],
  ['doc', 'What does the Hanoi Party Committee Plan 258 of July 2024 cover?', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch số 203-KH/QU của Quận ủy Hai Bà Trưng về tổ chức đại hội cơ sở', 'doc:kh-203-2024'],
  ['doc', 'KH 203 của quận ủy năm 2024 giờ quận không còn thì sao?', 'doc:kh-203-2024'],
  ['doc', 'ke hoach 203 cua quan uy ngay 29/7/2024', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 của Trung ương khóa XII về cán bộ là văn bản nào?', 'doc:nq-26-2018'],
  ['doc', 'NQ 26 khóa XII liên quan gì đến nhân sự đại hội?', 'doc:nq-26-2018'],
  ['doc', 'Tell me about Resolution 26 of May 2018 on cadres.', 'doc:nq-26-2018'],
  [
    'doc',
    'Tổ nhân sự chi bộ sân bay hỏi Quy định 89-QĐ/TW về tiêu chuẩn cán bộ nay còn dùng được không?',
    'doc:qd-89-2017',
  ],
  ['doc', 'QĐ 89 năm 2017 đã bị thay thế chưa ạ', 'doc:qd-89-2017'],
  ['doc', 'quy dinh 89 cua bo chinh tri ve tieu chuan can bo', 'doc:qd-89-2017'],
  [
    'doc',
    'Kính hỏi Quy định số 365-QĐ/TW ngày 30/8/2025 của Bộ Chính trị quy định về nội dung gì?',
    'doc:qd-365-2025',
  ],
  ['doc', 'qđ365 của Bộ Chính trị thay cho văn bản nào', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365 on standards for cadre positions: when was it issued?', 'doc:qd-365-2025'],
  [
    'doc',
    'Em đang lập danh mục văn bản, cho xin thông tin Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy',
    'doc:qd-14-2023',
  ],
  ['doc', 'QĐ 14 của Thành ủy ban hành tháng 11/2023 có còn hiệu lực?', 'doc:qd-14-2023'],
  [
    'doc',
    'For my embassy notes: what is Regulation 14-QĐ/TU of the Hanoi city Standing Board on?',
    'doc:qd-14-2023',
  ],
  ['doc', 'Quy định 2656-QĐ/QU của Ban Thường vụ Quận ủy ra ngày nào?', 'doc:qd-2656-2023'],
  ['doc', 'qd 2656 tieu chi danh gia can bo cua quan', 'doc:qd-2656-2023'],
  [
    'doc',
    'Is Regulation No. 2656 of the district Standing Board still applied after the merger?',
    'doc:qd-2656-2023',
  ],
  ['doc', 'Quy định số 1216-QĐ/QU về quy hoạch cán bộ của quận ban hành khi nào?', 'doc:qd-1216-2022'],
  ['doc', 'QĐ1216 năm 2022 nói về quy hoạch gì vậy', 'doc:qd-1216-2022'],
  ['doc', 'Which body issued Regulation 1216 on cadre planning, and in what year?', 'doc:qd-1216-2022'],
  ['doc', 'Chi bộ khu dân cư em hỏi Quy định 294-QĐ/TW bắt đầu có hiệu lực từ hôm nào ạ?', 'doc:qd-294-2025'],
  ['doc', 'qd294 thi diem dai hoi chi bo la van ban cua ai', 'doc:qd-294-2025'],
  [
    'doc',
    'I understand Regulation 294 of May 2025 introduced a pilot; what exactly does it pilot?',
    'doc:qd-294-2025',
  ],
  ['doc', 'Hướng dẫn 26-HD/BTCTW ngày 18/10/2019 có còn dùng cho nhiệm kỳ này không?', 'doc:hd-26-2019'],
  ['doc', 'HD 26 năm 2019 hướng dẫn chỉ thị khóa trước phải không', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26-HD/BTCTW of October 2019, is it in your sources?', 'doc:hd-26-2019'],

  // Documents the pack does not hold.
  ['unknown-doc', 'Quy định 232-QĐ/TW về thi hành Điều lệ Đảng bot có nội dung không?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 06-HD/TW của Ban Bí thư về nghiệp vụ công tác đảng nói gì ạ', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 312-KH/TU của Thành ủy về đại hội có trong bot không', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị quyết 57-NQ/TW về khoa học công nghệ có áp dụng cho chi bộ sân bay không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Chỉ thị 24-CT/TW của Ban Bí thư về công tác phát triển đảng viên', 'unknown-doc'],
  ['unknown-doc', 'Quyết định 1034-QĐ/ĐU của Đảng ủy phường về kiện toàn chi bộ ra sao', 'unknown-doc'],
  ['unknown-doc', 'Công văn 9120-CV/BTCTW về hồ sơ nhân sự đại hội ở đâu', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 150-KL/TW hướng dẫn gì cho chi bộ khu dân cư?', 'unknown-doc'],
  ['unknown-doc', 'thong bao 77-TB/DU cua dang uy xa ve dai hoi chi bo thon', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 03-HD/BTCTU năm 2025 của Ban Tổ chức Thành ủy có gì mới?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 142-QĐ/TW về trách nhiệm người đứng đầu có trong nguồn không', 'unknown-doc'],
  ['unknown-doc', 'Nghị định 178/2024/NĐ-CP về chế độ cho người nghỉ khi sắp xếp bộ máy', 'unknown-doc'],
  ['unknown-doc', 'What does Directive 05-CT/TW of the Politburo say?', 'unknown-doc'],
  ['unknown-doc', 'Kindly share Resolution 66-NQ/TW on law-making, if you hold it.', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 115-KH/ĐU của Đảng ủy phường về đại hội chi bộ khu phố', 'unknown-doc'],

  // In scope, with everyday words.
  [
    'offword',
    'Vừa hết ca kéo xe hành lý ở sân đỗ, em hỏi nhanh: đại hội chi bộ phải có mấy nội dung?',
    'noi-dung',
  ],
  [
    'offword',
    'Con nhỏ đang sốt nên em hỏi gọn: báo cáo chính trị của chi bộ phải viết như thế nào?',
    'van-kien',
  ],
  [
    'offword',
    'Nhà văn hóa thôn sát cổng chùa, mạng yếu lắm; hội nghị quán triệt có được kết hợp trực tuyến không?',
    'chuan-bi',
  ],
  [
    'offword',
    'Làng tôi quen làm cỗ to; đại hội thì nguyên tắc chống lãng phí, không phô trương hình thức là thế nào?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Tối nay đi chợ về tôi mới rảnh: chi bộ trực thuộc đại hội từ tháng mấy đến tháng mấy?',
    'lich-trinh',
  ],
  [
    'offword',
    'Đợi chuyến bay trễ ở ga quốc nội, tôi tò mò: Đại hội XIV của Đảng họp những ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Giữa giờ nấu cơm, tôi muốn hỏi tiêu chuẩn chọn nhân sự cấp ủy khóa mới dựa vào đâu?',
    'nhan-su',
  ],
  [
    'offword',
    'Trời mưa tôi ngồi ở nhà viết thư: từ khi nào thì không còn cấp huyện nữa?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Mùa gặt xong rồi, chi bộ thôn tôi hỏi: đại hội chi bộ nay bao nhiêu năm một lần?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Ngồi ở quán trà đá đầu ngõ, anh em hỏi nhau đại hội các cấp nhiệm kỳ này đã xong hết chưa?',
    'ket-qua',
  ],
  ['offword', 'Đón con đi học về, em muốn biết đợt đại hội điểm tháng 12/2024 làm thế nào?', 'dai-hoi-diem'],
  [
    'offword',
    'Sau khi bàn giao ca trực băng chuyền, cho hỏi: chuẩn bị đại hội phải lập những tổ gì?',
    'chuan-bi',
  ],

  // Two-part questions.
  [
    'two-part',
    'Đại hội chi bộ gồm những nội dung nào, và cấp ủy phải trình những báo cáo gì?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ trực thuộc đại hội vào thời gian nào, và đại hội điểm tổ chức lúc nào?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Chọn nhân sự cấp ủy theo tiêu chuẩn nào, và từ năm 2025 tiêu chuẩn đó có gì thay đổi?',
    'nhan-su+thay-doi',
  ],
  [
    'two-part',
    'Chuẩn bị đại hội cần làm những việc gì, và phải tuân theo nguyên tắc nào?',
    'chuan-bi+nguyen-tac',
  ],
  ['two-part', 'Đại hội XIV diễn ra khi nào, và đại hội các cấp đã hoàn thành chưa?', 'dai-hoi-xiv+ket-qua'],
  [
    'two-part',
    'Cấp quận nay còn không, và Đại hội Đảng bộ quận lần thứ XXVII tổ chức theo kế hoạch nào?',
    'chinh-quyen-2-cap+dai-hoi-quan',
  ],
  [
    'two-part',
    'Báo cáo kiểm điểm của cấp ủy viết ra sao, và có cần lập tổ văn kiện không?',
    'van-kien+chuan-bi',
  ],
  [
    'two-part',
    'Đại hội bầu những gì, và người được giới thiệu vào cấp ủy phải đạt tiêu chuẩn nào?',
    'noi-dung+nhan-su',
  ],
  [
    'two-part',
    'Chi bộ bao lâu đại hội một lần, và chi bộ cơ sở phải xong đại hội trước ngày nào?',
    'chi-bo-5-nam+lich-trinh',
  ],
  [
    'two-part',
    'Bot dựa vào những văn bản nào, và từ sau hội nghị ngày 23/10/2024 có gì thay đổi?',
    'tai-lieu+thay-doi',
  ],
  [
    'two-part',
    'What must the congress cover, and what are the two reports the committee presents?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Were the 2025–2030 congresses completed, and when did the 14th National Congress meet?',
    'ket-qua+dai-hoi-xiv',
  ],

  // Per unit type.
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở như chi bộ tổ phục vụ mặt đất của em đại hội trong tháng nào?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở khu dân cư phải hoàn thành đại hội trước ngày nào?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở tổ chức đại hội đảng viên hay đại hội đại biểu thì bắt đầu từ tháng mấy?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng bộ cơ sở của công ty phục vụ mặt đất phải chọn mấy chi bộ trực thuộc làm đại hội điểm?',
    'dai-hoi-diem',
  ],
  ['unit', 'Ban chấp hành đảng bộ cơ sở xã tôi phải trình đại hội những văn kiện chủ yếu nào?', 'van-kien'],
  ['unit', 'Chi bộ cơ sở có phải bầu đoàn đại biểu dự đại hội cấp trên không?', 'noi-dung'],
  ['unit', 'Chi bộ cơ sở ở thôn chuẩn bị đại hội thì cần thành lập những tổ nào?', 'chuan-bi'],
  [
    'unit',
    'Đại hội điểm của chi bộ cơ sở do Ban Thường vụ Quận ủy chọn được tổ chức vào thời gian nào?',
    'dai-hoi-diem',
  ],
  ['unit', 'When did a grassroots party committee have to finish its congress?', 'lich-trinh'],
  ['unit', 'Chi bộ trực thuộc giờ đại hội mấy năm một lần theo thí điểm mới?', 'chi-bo-5-nam'],

  // Typos, no diacritics, abbreviations.
  ['typo', 'dh cb gom nhung nd gi vay a', 'noi-dung'],
  ['typo', 'bcct cua chi bo khu pho viet the nao cho dung', 'van-kien'],
  ['typo', 'dh dbcs phai xong truoc ngay nao nhi', 'lich-trinh'],
  ['typo', 'nhan su bch khoa moi chon theo tieu chuan nao', 'nhan-su'],
  ['typo', 'dai hoi diem thang 12 nam 2024 o quan la the nao', 'dai-hoi-diem'],
  ['typo', 'chinh quyen dia phuong 2 cap chay tu bao gio z', 'chinh-quyen-2-cap'],
  ['typo', 'chu oi dh xiv cua dang hop tu hom nao toi hom nao vay', 'dai-hoi-xiv'],
  ['typo', 'cb bay h 5 nam dh may lan', 'chi-bo-5-nam'],
  ['typo', 'kq dh cac cap nk 2025-2030 ra sao roi bot oi', 'ket-qua'],
  ['typo', 'nguyen tac tap trung dan chu khi to chuc dh chi bo thon la sao', 'nguyen-tac'],
  ['typo', 'cac vb ve dh nk 2025 2030 bot dua vao gom nhung gi', 'tai-lieu'],
  ['typo', 'dai hoi dang bo quan hai ba trung lan thu xxvii to chuc theo ke hoach nao', 'dai-hoi-quan'],

  // In English.
  ['en', 'Could you kindly explain which reports a party committee presents to its congress?', 'van-kien'],
  [
    'en',
    'For a cable to New Delhi: on which dates did the CPV hold its 14th National Congress?',
    'dai-hoi-xiv',
  ],
  ['en', 'Is the 2025–2030 round of party congresses now finished?', 'ket-qua'],
  ['en', 'Since when has Vietnam had two-level local government, with no districts?', 'chinh-quyen-2-cap'],
  ['en', 'Which standards apply when nominating members of the new party committee?', 'nhan-su'],
  ['en', 'What principles must be respected in organising a party congress?', 'nguyen-tac'],
  ['en', 'What were the pilot congresses planned in the district?', 'dai-hoi-diem'],
  ['en', 'Which official documents does this bot draw its congress answers from, please?', 'tai-lieu'],
  ['en', 'How often do party cells now hold their congress under the pilot?', 'chi-bo-5-nam'],
  [
    'en',
    'What preparatory teams does a grassroots party organisation set up before its congress?',
    'chuan-bi',
  ],
  ['en', 'What has changed since the district conference of October 2024?', 'thay-doi'],
  ['en', 'Toward which district congress were the Hai Ba Trung grassroots congresses held?', 'dai-hoi-quan'],

  // Facts from FACTS.md.
  ['fact', 'Đại hội đại biểu toàn quốc lần thứ XIV của Đảng khai mạc và bế mạc vào ngày nào?', 'dai-hoi-xiv'],
  [
    'fact',
    'Kính hỏi khi bỏ cấp huyện thì Hà Nội có bao nhiêu đảng bộ cấp huyện kết thúc hoạt động?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Hồi trước khi thí điểm, Điều lệ Đảng cho chi bộ đại hội mấy lần trong 5 năm hả bot?',
    'chi-bo-5-nam',
  ],
  ['fact', 'Chỉ thị về đại hội của Bộ Chính trị năm 2024 có mấy phần và mấy phụ lục?', 'chi-thi-35'],
  ['fact', 'Văn bản nào của Bộ Chính trị, Ban Bí thư kết luận đại hội các cấp đã thành công?', 'ket-qua'],
  ['fact', 'Tiêu chuẩn cán bộ năm 2017 đã được thay bằng quy định mới nào, từ ngày nào?', 'thay-doi'],
  [
    'fact',
    'Chỉ thị năm 2024 yêu cầu cơ chế sàng lọc thế nào để không bỏ sót người có đức, có tài?',
    'chi-thi-35',
  ],
  [
    'fact',
    'Kính hỏi Ban Tổ chức Trung ương đã hướng dẫn thực hiện chỉ thị đại hội năm 2024 bằng văn bản nào?',
    'chi-thi-35',
  ],
  ['fact', 'Đợt đại hội nhiệm kỳ 2025 - 2030 ở các cấp đã kết thúc hay chưa?', 'ket-qua'],
  ['fact', 'Chỉ thị mới tháng 4/2025 về đại hội thay thế những văn bản nào trước đó?', 'thay-doi'],
  ['fact', 'Xin tóm tắt giúp tôi bảy yêu cầu của chỉ thị đại hội năm 2024 của Bộ Chính trị', 'chi-thi-35'],
  [
    'fact',
    'When did the two-level local government model take effect and what ended in Hanoi?',
    'chinh-quyen-2-cap',
  ],

  // Lookalikes: out of scope, refused.
  // Airport ground-handling cell secretary.
  [
    'lookalike',
    'Đại hội công đoàn công ty phục vụ mặt đất nhiệm kỳ 2028 thì bầu ban chấp hành công đoàn thế nào?',
    null,
  ],
  [
    'lookalike',
    'Đại hội đồng cổ đông thường niên của hãng hàng không năm nay họp ở đâu, chia cổ tức bao nhiêu?',
    null,
  ],
  [
    'lookalike',
    'Hội nghị an toàn hàng không quý IV của cảng hàng không cần chuẩn bị báo cáo sự cố gì?',
    null,
  ],
  ['lookalike', 'Lịch trực ca đêm tổ xe đầu kéo tuần sau đổi thế nào, ai duyệt?', null],
  ['lookalike', 'Thẻ kiểm soát an ninh khu bay hết hạn thì gia hạn ở phòng nào?', null],
  ['lookalike', 'Làm thêm giờ dịp Tết ở sân bay được tính lương gấp mấy lần?', null],
  ['lookalike', 'Đại hội Đoàn thanh niên cảng hàng không tổ chức vào tháng mấy?', null],
  ['lookalike', 'IATA annual general meeting this year: where is it held?', null],
  ['lookalike', 'Hành khách mang quá cước hành lý ký gửi thì phụ thu bao nhiêu tiền một kg?', null],
  [
    'lookalike',
    'Chi bộ em muốn tổ chức tham quan cho đảng viên nhân ngày thành lập công ty, xin kinh phí ở đâu?',
    null,
  ],
  // Ward organisation board staffer who keeps the lists.
  ['lookalike', 'Trong Excel làm sao lọc trùng tên đảng viên giữa hai danh sách chi bộ?', null],
  ['lookalike', 'Mức đóng đảng phí của đảng viên hưu trí năm 2026 là bao nhiêu một tháng?', null],
  ['lookalike', 'Đảng viên mất thẻ đảng thì làm hồ sơ cấp lại thẻ thế nào?', null],
  [
    'lookalike',
    'Thủ tục chuyển sinh hoạt đảng chính thức từ phường khác về phường mình gồm giấy tờ gì?',
    null,
  ],
  ['lookalike', 'Số điện thoại của Văn phòng Đảng ủy phường mới là số nào?', null],
  ['lookalike', 'Bộ phận một cửa của UBND phường làm việc sáng thứ bảy không?', null],
  ['lookalike', 'Hội nghị tiếp xúc cử tri của đại biểu HĐND thành phố tại phường tổ chức ngày nào?', null],
  ['lookalike', 'Đại hội thể dục thể thao phường năm nay có những môn thi đấu nào?', null],
  ['lookalike', 'Đồng chí nào đang là Bí thư Đảng ủy phường sau khi sáp nhập?', null],
  ['lookalike', 'Sau khi nhập tổ dân phố thì đánh số lại tổ dân phố như thế nào?', null],
  // Indian diplomat.
  ['lookalike', 'When is the next plenary session of the Indian National Congress, and who chairs it?', null],
  ['lookalike', 'What did the CPI(M) decide at its last party congress in Madurai?', null],
  ['lookalike', 'How do I extend a diplomatic visa for a family member staying in Hanoi?', null],
  ['lookalike', 'Who was elected General Secretary at Vietnam’s 14th Party Congress?', null],
  [
    'lookalike',
    'What is the address and phone number of the Ministry of Foreign Affairs protocol department?',
    null,
  ],
  ['lookalike', 'Is there a Diwali celebration organised by the Indian community in Hanoi this year?', null],
  ['lookalike', 'When does Vietnam’s National Assembly open its next session?', null],
  ['lookalike', 'Could you brief me on the India–Vietnam comprehensive strategic partnership roadmap?', null],
  ['lookalike', 'How many seats did the BJP win in the last Lok Sabha election?', null],
  ['lookalike', 'What is the exchange rate between the rupee and the dong today?', null],
  // Secretary of a cell in a Buddhist-majority village.
  ['lookalike', 'Đại hội đại biểu Phật giáo toàn quốc nhiệm kỳ tới diễn ra khi nào, ở đâu?', null],
  ['lookalike', 'Lễ Phật đản năm 2027 rơi vào ngày dương lịch nào?', null],
  ['lookalike', 'Đảng viên trong thôn đi lễ chùa ngày rằm có bị chi bộ nhắc nhở không?', null],
  ['lookalike', 'Thôn vận động công đức tu sửa chùa thì có cần xin phép UBND xã không?', null],
  ['lookalike', 'Hội làng đầu xuân năm nay rước kiệu ngày mấy âm lịch?', null],
  ['lookalike', 'Bầu trưởng thôn nhiệm kỳ mới tổ chức hội nghị cử tri như thế nào?', null],
  ['lookalike', 'Đại hội chi hội phụ nữ thôn bầu chi hội trưởng thì ai chủ trì?', null],
  ['lookalike', 'Giá lúa khô vụ mùa năm nay thương lái mua bao nhiêu một cân?', null],
  ['lookalike', 'Đại lễ Vu Lan ở chùa làng, chi bộ có nên cử người đến dự không?', null],
  ['lookalike', 'Tiêu chí xã nông thôn mới nâng cao về nhà văn hóa thôn gồm những gì?', null],
  // Mother of two, new secretary of a residential-area cell.
  ['lookalike', 'Đại hội chi hội cha mẹ học sinh lớp 3 của con em cần chuẩn bị biên bản gì?', null],
  ['lookalike', 'Lịch tiêm sởi nhắc lại cho bé 18 tháng ở trạm y tế phường là khi nào?', null],
  [
    'lookalike',
    'Em là bí thư chi bộ mới, cách ghi biên bản sinh hoạt chi bộ hằng tháng thế nào cho đúng mẫu?',
    null,
  ],
  ['lookalike', 'Thủ tục kết nạp một quần chúng ưu tú ở khu dân cư vào Đảng cần những hồ sơ gì?', null],
  ['lookalike', 'Họp tổ dân phố tháng này bàn chuyện thu tiền vệ sinh, ai chủ trì?', null],
  ['lookalike', 'Đăng ký tuyển sinh lớp 1 trực tuyến năm học tới mở từ ngày nào?', null],
  ['lookalike', 'Nghỉ thai sản khi sinh con thứ hai được bao nhiêu tháng?', null],
  ['lookalike', 'Hè này phường có tổ chức trại hè cho thiếu nhi khu dân cư không?', null],
  ['lookalike', 'Bí thư chi bộ khu dân cư có được phụ cấp hằng tháng không, bao nhiêu?', null],
  ['lookalike', 'Chị làm bí thư chi bộ, sinh hoạt chuyên đề quý này nên chọn chủ đề gì?', null],
  // Retired engineer, formal long letters.
  [
    'lookalike',
    'Kính gửi Ban biên tập, tôi là kỹ sư cơ khí đã nghỉ hưu, xin hỏi mức điều chỉnh lương hưu từ tháng 7 năm tới là bao nhiêu phần trăm?',
    null,
  ],
  [
    'lookalike',
    'Kính thưa quý cơ quan, Đại hội Hội Cựu chiến binh phường nhiệm kỳ tới bầu bao nhiêu ủy viên ban chấp hành?',
    null,
  ],
  [
    'lookalike',
    'Tôi xin trân trọng hỏi: Đại hội Liên hiệp các Hội Khoa học và Kỹ thuật thành phố lần tới tổ chức khi nào?',
    null,
  ],
  [
    'lookalike',
    'Kính gửi quý cơ quan, gia đình tôi muốn khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất chậm, nộp đơn ở đâu?',
    null,
  ],
  ['lookalike', 'Tôi được tặng Huy hiệu 60 năm tuổi Đảng, xin hỏi tiền thưởng kèm theo là bao nhiêu?', null],
  [
    'lookalike',
    'Kính thưa Ban tổ chức, hội nghị khoa học ngành cầu đường năm tới nhận bài tham luận đến hạn nào?',
    null,
  ],
  [
    'lookalike',
    'Xin quý vị cho biết Đại hội lần thứ III của Đảng năm 1960 đã thông qua những nghị quyết gì?',
    null,
  ],
  ['lookalike', 'Thẻ bảo hiểm y tế của người hưu trí có được khám ở bệnh viện tuyến trung ương không?', null],
  [
    'lookalike',
    'Trân trọng đề nghị cho biết kinh phí tổ chức một đại hội chi bộ được chi tối đa bao nhiêu tiền?',
    null,
  ],
  ['lookalike', 'Kính gửi quý vị, tôi muốn góp ý dự thảo sửa đổi Hiến pháp thì gửi văn bản về đâu?', null],
  // The bot itself.
  ['lookalike', 'Bot này do ai lập trình, có lưu số điện thoại của tôi không?', null],
  ['lookalike', 'Can this bot translate a Vietnamese letter into Hindi for me?', null],
];

export const NEWSET51: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
