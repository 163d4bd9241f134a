/**
 * The eighty-seventh new evaluation set (issue 11, point 6), written on 2026-12-04 from 05:07 UTC
 * (committed in the commit "Eval: newset87, the eighty-seventh unseen set") by a helper (set87) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of 23/10/2024
 * and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md, ../helpers/COMMON.md,
 * and from the pack only what `node /work/helpers/pack-view.mjs` prints: the documents' ids, numbers,
 * dates, titles/abouts, issuers and statuses, the unit types' codes and names, and each topic's id,
 * title and body (config/ itself was not opened, so no sample questions, keywords, synonyms, evidence
 * or off-topic lists were seen). Also read: the header of newset35.ts (the lines up to its `const
 * items` line) and its export line, the part of newset.ts before `const items`, newset35.test.ts,
 * set-shape.ts, set-checks.ts and sets.ts. Nothing under src/, bench/ or config/, no README, no git
 * log, diff or show, and no other set's or pool's items were read. Its users are imagined as the
 * secretary of the party cell of a street-cleaning company (night shifts, rubbish trucks, brooms),
 * a member who lectures law at a university (who asks about documents' status and issuers), the
 * organisation board staff of a ward formed from three old wards in the 2025 merger, a Malaysian
 * student in Hà Nội who writes in English, and a member who asks in a hurry with many typos and no
 * diacritics; with the out-of-scope messages such users send (other organisations' congresses and
 * meetings: the company's trade union congress, a sanitation cooperative's members' meeting, the
 * Lawyers' Association and the Bar's congresses, the Red Cross, the study-promotion association, a
 * pupils' parents' meeting, a clan's gathering, the ward's Youth Union congress, a student
 * association's meeting, voters' meetings with deputies, UMNO's general assembly, the Lao party's
 * cells; other senses of "đại hội" and "hội nghị": a law faculty's scientific workshop, a doctoral
 * thesis committee, the Paris conference of 1973, the last Central Committee plenum; other party
 * business the pack does not cover: leaving the Party, a lost party card, members abroad at
 * conferences, members who are defence lawyers, residence-place appraisals, ballot rules, direct
 * election of secretaries, speaking time, the ward committee's plenum frequency, year-end awards,
 * the membership database and e-handbook app; people, phone numbers, addresses and office hours of
 * the new ward committee, its number of cells, delegates, budget and sign-boards; money: water for
 * delegates, union funds for gifts, compensation after a road accident, rest days after night
 * shifts; the company's affiliation after equitisation, rubbish-collection routes and the trade's
 * day; legal theory for lectures (whether party documents are legal instruments, commune counts);
 * the 14th Congress's delegates, General Secretary and broadcast; halal food, Malay translation,
 * public holidays, theses and book tips; military service; the bot itself: who wrote it, whether
 * it is a person, citing it, medicine reminders, translating into Malay).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset87.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, which cells the five-yearly
 * pilot covers, whether a new ward committee counts as grassroots, how the old wards' figures are
 * merged in a report) were left out, not guessed.
 * No engine change reached main after its commit: it was measured on the engine as it stood when it
 * landed (74f93b3 came before it; its writer saw none of the engine). It was measured
 * once, at 05:15 UTC on main 82903f8 (`node --expose-gc dist/bench/qa.js`, load 1.08): qa_new_top1
 * 97.1 %, qa_new_oos_refused 97.0 % (4 in-scope misses, 2 lookalikes answered; qa_p99_us 128.6 in
 * that run, p50 31.2). Its misses were listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number, three spellings or more each.
  ['doc', 'Giảng viên luật hỏi: Chỉ thị 35-CT/TW năm 2024 hiện ở tình trạng nào theo bot?', 'doc:ct-35-2024'],
  ['doc', 'CT35 ban hành tháng 6/2024 đã bị thay chưa?', 'doc:ct-35-2024'],
  ['en', 'Directive 35 of June 2024: is it still the one party cells follow?', 'doc:ct-35-2024'],
  ['typo', 'chi thi so 35 nam 2024 cua BCT con dung ko', 'doc:ct-35-2024'],
  ['doc', 'Bot ghi cơ quan ban hành Kết luận 118-KL/TW là ai, vì tôi tra không thấy?', 'doc:kl-118-2025'],
  ['doc', 'KL 118 đầu năm 2025 sửa những gì trong chỉ thị cũ?', 'doc:kl-118-2025'],
  ['en', 'Conclusion 118-KL/TW: superseded or not?', 'doc:kl-118-2025'],
  ['typo', 'ket luan so118 con hieu luc k', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị số 45-CT/TW thay thế những văn bản nào?', 'doc:ct-45-2025'],
  ['doc', 'CT 45/2025 hiện nay chi bộ công ty tôi còn áp dụng không?', 'doc:ct-45-2025'],
  ['en', 'What does Directive 45-CT/TW replace?', 'doc:ct-45-2025'],
  ['typo', 'chi thi45 ban hanh ngay nao vay', 'doc:ct-45-2025'],
  [
    'doc',
    'Theo bot, Kết luận 200-KL/TW đánh giá đợt đại hội nhiệm kỳ 2025 - 2030 thế nào?',
    'doc:kl-200-2025',
  ],
  ['doc', 'Chi bộ quét rác chúng tôi được phổ biến KL200, văn bản đó đề ngày nào vậy?', 'doc:kl-200-2025'],
  ['en', 'Conclusion No. 200 of October 2025: who issued it?', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW hướng dẫn thực hiện chỉ thị nào?', 'doc:hd-27-2024'],
  ['doc', 'HD 27 của BTCTW ra ngày nào, tôi cần ghi vào giáo án?', 'doc:hd-27-2024'],
  [
    'en',
    'Guidance 27-HD/BTCTW: my lecturer says it guides Directive 35; are its details confirmed by the bot?',
    'doc:hd-27-2024',
  ],
  [
    'doc',
    'Phường tôi còn lưu bản Hướng dẫn số 18-HD/BTCTU, bot cho biết văn bản đó của cơ quan nào?',
    'doc:hd-18-2024',
  ],
  ['doc', 'HD18 BTCTU năm 2024 hướng dẫn chỉ thị và kế hoạch nào?', 'doc:hd-18-2024'],
  [
    'en',
    "Guidance 18 of the Hanoi Party Committee's Organisation Board: what is it about?",
    'doc:hd-18-2024',
  ],
  [
    'doc',
    'Kế hoạch 258-KH/TU của Thành ủy Hà Nội có còn giá trị sau khi bỏ cấp huyện không?',
    'doc:kh-258-2024',
  ],
  ['doc', 'KH 258 của Thành ủy giờ còn giá trị không?', 'doc:kh-258-2024'],
  ['en', 'Plan 258-KH/TU keeps coming up in my readings: who issued it and when?', 'doc:kh-258-2024'],
  [
    'doc',
    'Ban tổ chức phường mới vẫn giữ Kế hoạch số 203-KH/QU của quận cũ; văn bản đó giờ tình trạng ra sao?',
    'doc:kh-203-2024',
  ],
  ['doc', 'KH203 của quận ủy còn giá trị không khi không còn quận nữa?', 'doc:kh-203-2024'],
  ['en', 'Plan 203 of the Hai Ba Trung district committee: is it still valid?', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 được hội nghị quán triệt nhắc đến trong việc gì?', 'doc:nq-26-2018'],
  ['doc', 'NQ26 của Trung ương khóa XII ban hành ngày nào?', 'doc:nq-26-2018'],
  ['en', 'Resolution 26 of 2018 by the Central Committee: what is it?', 'doc:nq-26-2018'],
  [
    'doc',
    'Sinh viên hỏi tôi Quy định 89-QĐ/TW năm 2017 về tiêu chuẩn cán bộ còn áp dụng không, trả lời sao?',
    'doc:qd-89-2017',
  ],
  ['doc', 'QĐ 89 của Bộ Chính trị bị văn bản nào thay thế và từ ngày nào?', 'doc:qd-89-2017'],
  ['en', 'Regulation 89-QĐ/TW: what replaced it?', 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365-QĐ/TW là quy định về gì?', 'doc:qd-365-2025'],
  ['typo', 'qd365 ai ban hanh z', 'doc:qd-365-2025'],
  ['en', 'Regulation 365 on cadre standards: when was it issued?', 'doc:qd-365-2025'],
  ['doc', 'Quy định 14-QĐ/TU về tiêu chí đánh giá cán bộ ban hành ngày nào?', 'doc:qd-14-2023'],
  ['doc', 'QĐ14/TU của Thành ủy còn hiệu lực sau khi sáp nhập không?', 'doc:qd-14-2023'],
  ['en', 'Regulation 14-QĐ/TU of the Hanoi Standing Board: what does it cover?', 'doc:qd-14-2023'],
  ['doc', 'Quy định 2656-QĐ/QU về tiêu chí đánh giá cán bộ còn áp dụng được không?', 'doc:qd-2656-2023'],
  ['doc', 'QĐ 2656 của Ban Thường vụ Quận ủy ký ngày nào?', 'doc:qd-2656-2023'],
  ['en', 'Is Regulation 2656 of the old district still in force after the merger?', 'doc:qd-2656-2023'],
  [
    'doc',
    'Quy định 1216-QĐ/QU về quy hoạch cán bộ do Ban Thường vụ Quận ủy ký ngày nào?',
    'doc:qd-1216-2022',
  ],
  ['typo', 'qđ số 1216 năm 2022 noi gi vay', 'doc:qd-1216-2022'],
  ['en', 'Regulation 1216 of Hai Ba Trung on cadre planning: what is its status?', 'doc:qd-1216-2022'],
  ['doc', 'Quy định 294-QĐ/TW năm 2025 bắt đầu có hiệu lực từ hôm nào vậy bot?', 'doc:qd-294-2025'],
  ['doc', 'QĐ294 thí điểm việc gì vậy?', 'doc:qd-294-2025'],
  ['en', 'Regulation 294-QĐ/TW on party-cell congresses: which body issued it?', 'doc:qd-294-2025'],
  ['doc', 'Chỉ thị 35-CT/TW ngày 30/5/2019 có còn dùng cho đại hội lần này không?', 'doc:ct-35-2019'],
  ['doc', 'CT35 ra năm 2019 là cho nhiệm kỳ nào, có dùng cho lần này không?', 'doc:ct-35-2019'],
  ['en', 'Directive 35 from 2019, toward the 13th Congress: does the bot use it?', 'doc:ct-35-2019'],
  [
    'doc',
    'Hướng dẫn 26-HD/BTCTW năm 2019 có phải văn bản áp dụng cho đại hội phường tôi không?',
    'doc:hd-26-2019',
  ],
  ['doc', 'HD26 năm 2019 của Ban Tổ chức Trung ương còn áp dụng không?', 'doc:hd-26-2019'],
  ['en', 'Guidance 26-HD/BTCTW of October 2019: what does it belong to?', 'doc:hd-26-2019'],

  // Documents the pack does not hold.
  ['unknown-doc', 'Hướng dẫn 36-HD/BTCTW năm 2025 có những điểm gì mới?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 232-QĐ/TW thi hành Điều lệ Đảng có gì thay đổi?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 150-KL/TW nói gì về nhân sự cấp ủy?', 'unknown-doc'],
  [
    'unknown-doc',
    'Giảng viên khoa Luật hỏi: Nghị quyết 57-NQ/TW có được đưa vào báo cáo chính trị của chi bộ không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Công văn 1234-CV/ĐU của đảng ủy phường gửi các chi bộ nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 07-KH/ĐU về đại hội chi bộ tổ dân phố có trong bot không?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 80-QĐ/TW về bổ nhiệm cán bộ quy định thế nào?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 06-HD/BTCTU của Ban Tổ chức Thành ủy hướng dẫn gì?', 'unknown-doc'],
  ['unknown-doc', 'Regulation 105-QĐ/TW on rotating cadres: do you hold it?', 'unknown-doc'],
  ['unknown-doc', 'What does Directive 50-CT/TW say about party congresses?', 'unknown-doc'],
  ['unknown-doc', 'qd 190 tw la j v ad', 'unknown-doc'],
  ['unknown-doc', 'Thông báo 09-TB/ĐU về nhân sự chi ủy các chi bộ có nội dung gì?', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị quyết 60-NQ/TW về sắp xếp đơn vị hành chính ảnh hưởng gì đến đảng bộ phường?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kết luận 137-KL/TW được ban hành khi nào?', 'unknown-doc'],
  [
    'unknown-doc',
    'Quyết định 1590-QĐ/TU của Thành ủy về thành lập đảng bộ phường có trong nguồn không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Nghị quyết 202/2025/QH15 về sắp xếp tỉnh có áp dụng cho tổ chức đảng không?',
    'unknown-doc',
  ],

  // Everyday words around in-scope questions.
  [
    'offword',
    'Đội xe rác chi bộ tôi làm ca đêm, sáng ra mới họp được; đại hội chi bộ phải thực hiện mấy nội dung?',
    'noi-dung',
  ],
  [
    'offword',
    'Vừa quét xong đoạn phố Đại Cồ Việt, tranh thủ hỏi: báo cáo kiểm điểm của cấp ủy cần có tính chất gì?',
    'van-kien',
  ],
  [
    'offword',
    'Trời nồm, hội trường công ty còn dột, nhưng hỏi trước: đại hội phải bảo đảm yêu cầu gì để không phô trương, lãng phí?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Chấm xong bài thi luật hình sự của sinh viên, tôi muốn hỏi việc chọn nhân sự cấp ủy khóa mới phải theo những quy định nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Vừa ăn bát phở ở phường mới xong mới nhớ ra: từ khi nào thì không còn cấp huyện nữa?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Con tôi đang ôn thi đại học, còn tôi lo đại hội: chuẩn bị đại hội phải thành lập những tổ nào?',
    'chuan-bi',
  ],
  [
    'offword',
    'My roommate cooks nasi lemak every night; anyway, when was the 14th National Party Congress held?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Mưa ngập đường, xe quét không chạy được; xin hỏi đại hội điểm của chi bộ trực thuộc làm trong tháng mấy?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Đang xếp hàng lấy số ở trung tâm hành chính phường, hỏi nhanh: đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030 kết quả ra sao?',
    'ket-qua',
  ],
  [
    'offword',
    'Sau giờ giảng môn Luật Hiến pháp, cho tôi hỏi chi bộ bây giờ mấy năm đại hội một lần?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Chiều nay cả tổ đi tiêm phòng uốn ván, nhưng cho hỏi báo cáo chính trị của chi bộ phải đánh giá những gì?',
    'van-kien',
  ],
  [
    'offword',
    'Điện thoại sắp hết pin, nói nhanh giúp: từ sau hội nghị 23/10/2024 đến giờ có những thay đổi gì?',
    'thay-doi',
  ],

  // Two-part questions.
  [
    'two-part',
    'Đại hội chi bộ đội quét đường phải làm những nội dung gì, và chi ủy phải trình những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ trực thuộc đại hội vào thời gian nào, còn đại hội điểm thì làm khi nào?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Chọn nhân sự cấp ủy khóa mới theo quy định gì, và chuẩn bị đại hội cần lập những tổ nào?',
    'nhan-su+chuan-bi',
  ],
  [
    'two-part',
    'Đại hội XIV họp ngày nào, và đại hội đảng bộ các cấp đã có kết quả thế nào?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Cấp huyện bị bỏ từ bao giờ, và chi bộ bây giờ bao lâu mới đại hội một lần?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'What are the principles for holding a congress, and what has changed since the October 2024 conference?',
    'nguyen-tac+thay-doi',
  ],
  [
    'two-part',
    'Phường tôi gộp từ ba phường cũ: chính quyền hai cấp chạy từ bao giờ, và Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII là đại hội gì?',
    'chinh-quyen-2-cap+dai-hoi-quan',
  ],
  [
    'two-part',
    'Bot dựa vào những văn bản nào, và chỉ thị của Bộ Chính trị năm 2024 về đại hội gồm mấy phần?',
    'tai-lieu+chi-thi-35',
  ],
  ['two-part', 'dh phai theo nguyen tac gi, chuan bi dh can lam nhung viec gi', 'nguyen-tac+chuan-bi'],
  [
    'two-part',
    'Báo cáo chính trị cần đánh giá những gì, và đại hội phải bảo đảm nguyên tắc nào?',
    'van-kien+nguyen-tac',
  ],

  // Per unit type.
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở như chi bộ đội quét đường của tôi phải đại hội trong khoảng thời gian nào?',
    'lich-trinh',
  ],
  [
    'unit',
    'Chi bộ cơ sở như chi bộ công ty môi trường của tôi phải xong đại hội trước ngày nào?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng bộ cơ sở đại hội sau khi các chi bộ trực thuộc làm xong, đúng không, và bắt đầu từ tháng mấy?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng bộ cơ sở có phải chọn ra một chi bộ trực thuộc để chỉ đạo đại hội điểm không, làm vào lúc nào?',
    'dai-hoi-diem',
  ],
  [
    'unit',
    'Chi bộ cơ sở ở trường đại học của tôi có phải bầu đoàn đại biểu đi dự đại hội cấp trên không?',
    'noi-dung',
  ],
  ['unit', 'Đại hội đảng bộ cơ sở phải thảo luận, góp ý vào văn kiện của những cấp nào?', 'noi-dung'],
  ['unit', 'Chi bộ trực thuộc có phải trình báo cáo kiểm điểm của chi ủy trước đại hội không?', 'van-kien'],
  [
    'unit',
    'As a party cell under a grassroots committee, how many items must our congress cover?',
    'noi-dung',
  ],
  [
    'unit',
    'Ban Thường vụ Quận ủy chọn những loại tổ chức đảng nào làm đại hội điểm vào đầu quý I/2025?',
    'dai-hoi-diem',
  ],
  ['unit', 'Chi bộ cơ sở chuẩn bị đại hội phải lập mấy tổ giúp việc?', 'chuan-bi'],

  // Typos, missing diacritics, abbreviations.
  ['typo', 'dh chi bo gom nhung nd j vay', 'noi-dung'],
  ['typo', 'bc chinh tri vs bc kiem diem khac nhau cho nao', 'van-kien'],
  ['typo', 'chi bo truc thuoc dh xong truoc thang may', 'lich-trinh'],
  ['typo', 'dai hoi diem lam thang mấy z ad', 'dai-hoi-diem'],
  ['typo', 'nhân sư cấp uy khoa mơi chon theo tiêu chuân gi vay ad oi gap', 'nhan-su'],
  ['typo', 'dh xiv hop ngay nao nhi', 'dai-hoi-xiv'],
  ['typo', 'cap huyen bo tu bao h', 'chinh-quyen-2-cap'],
  ['typo', 'chi bo gio bao nhieu nam dh 1 lan', 'chi-bo-5-nam'],
  ['typo', 'ket qua dh cac cap nk 2025-2030 ra sao r ad, e can bao cao gap', 'ket-qua'],
  ['typo', 'nguyen tac tap trung dan chu khi to chuc dh cb e phai hieu sao', 'nguyen-tac'],
  ['typo', 'bot dua vao nhung van ban nao v', 'tai-lieu'],
  ['typo', 'chuan bi dh can thanh lap to j', 'chuan-bi'],

  // English.
  ['en', 'What must the political report to a congress assess?', 'van-kien'],
  [
    'en',
    "Back home we vote in Malaysia's general election; when did Vietnam's two-level local government start?",
    'chinh-quyen-2-cap',
  ],
  [
    'en',
    'How often does a party cell hold its congress these days, once or twice every five years?',
    'chi-bo-5-nam',
  ],
  ['en', 'Did the 2025-2030 party congresses at every level finish on schedule?', 'ket-qua'],
  ['en', 'What does a party congress have to elect?', 'noi-dung'],
  ['en', "Which documents is this bot's knowledge built from?", 'tai-lieu'],
  [
    'en',
    'For my thesis: what were the pilot congresses in Hai Ba Trung, and in which months?',
    'dai-hoi-diem',
  ],
  [
    'en',
    'What was the 27th Congress of the Hai Ba Trung district party, which the grassroots congresses led up to?',
    'dai-hoi-quan',
  ],
  ['en', 'How should the members of the new committee be chosen?', 'nhan-su'],
  ['en', "What does the Politburo's 2024 directive on congresses contain?", 'chi-thi-35'],
  [
    'en',
    "I'm a Malaysian exchange student studying Vietnamese politics: which two reports does a committee submit to its congress?",
    'van-kien',
  ],

  // Facts.
  ['fact', 'Đại hội đại biểu toàn quốc lần thứ XIV của Đảng họp mấy ngày, từ hôm nào?', 'dai-hoi-xiv'],
  [
    'fact',
    'Chính quyền địa phương 2 cấp chính thức chạy từ ngày nào để tôi ghi vào bài giảng?',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'Chỉ thị của Bộ Chính trị về đại hội năm 2024 đặt ra mấy yêu cầu?', 'chi-thi-35'],
  ['fact', 'Bốn phụ lục của chỉ thị về đại hội các cấp năm 2024 là những phụ lục gì?', 'chi-thi-35'],
  ['fact', 'Ai chọn đảng bộ phường làm đại hội điểm đầu quý I/2025?', 'dai-hoi-diem'],
  [
    'fact',
    'Chọn nhân sự cấp ủy mới phải quán triệt nghị quyết nào của Ban Chấp hành Trung ương khóa XII năm 2018?',
    'nhan-su',
  ],
  ['fact', 'Trong hai báo cáo trình đại hội, báo cáo nào giữ vai trò trung tâm, định hướng?', 'van-kien'],
  ['fact', 'Đại hội chi bộ cơ sở theo kế hoạch của quận bắt đầu từ tháng mấy?', 'lich-trinh'],
  ['fact', 'Trước đây Điều lệ Đảng quy định đại hội chi bộ bao lâu một lần?', 'chi-bo-5-nam'],
  ['fact', 'Kết luận về kết quả đại hội các cấp yêu cầu cấp ủy làm gì tiếp theo?', 'ket-qua'],
  [
    'fact',
    'Đại hội đảng bộ, chi bộ cơ sở ở Hai Bà Trưng được tổ chức tiến tới đại hội nào của quận?',
    'dai-hoi-quan',
  ],
  ['fact', 'Khi tổ chức đại hội, nguyên tắc nào của Đảng được nhấn mạnh nhất?', 'nguyen-tac'],
  [
    'fact',
    'Chuẩn bị đại hội thì tổng kết đề án, chuyên đề, chương trình công tác của nhiệm kỳ nào?',
    'chuan-bi',
  ],
  ['fact', 'Cơ quan nào hướng dẫn thực hiện chỉ thị về đại hội năm 2024 của Bộ Chính trị?', 'chi-thi-35'],
  [
    'fact',
    'Tại Hà Nội, sau ngày 01/7/2025 những đảng bộ nào bắt đầu hoạt động thay cho đảng bộ cấp huyện?',
    'chinh-quyen-2-cap',
  ],

  // Lookalikes: the street-cleaning company's cell.
  [
    'lookalike',
    'Công nhân quét đường công ty tôi đi làm từ 2 giờ sáng, chi bộ có xin cho họ nghỉ bù sau hôm dự đại hội được không?',
    null,
  ],
  ['lookalike', 'Công ty môi trường cổ phần hóa xong thì chi bộ công ty trực thuộc đảng ủy nào?', null],
  [
    'lookalike',
    'Đồng chí nào phụ trách Đảng ủy khối doanh nghiệp thành phố bây giờ, cho tôi xin số điện thoại?',
    null,
  ],
  [
    'lookalike',
    'Đại hội công đoàn cơ sở công ty môi trường nhiệm kỳ tới bầu bao nhiêu ủy viên ban chấp hành?',
    null,
  ],
  [
    'lookalike',
    'Chi bộ muốn tặng quà công nhân vệ sinh dịp Ngày Môi trường thế giới thì lấy tiền quỹ nào?',
    null,
  ],
  ['lookalike', 'Bản đồ tuyến thu gom rác ban đêm của phường mới xin ở đâu?', null],
  [
    'lookalike',
    'Đảng viên đội quét đường bị xe máy tông khi đang làm ca, chi bộ giúp làm thủ tục bồi thường thế nào?',
    null,
  ],
  ['lookalike', 'Đồ bảo hộ lao động có được mặc đi dự đại hội chi bộ không hay phải mặc áo sơ mi?', null],
  ['lookalike', 'Đội trưởng đội xe rác xin ra khỏi Đảng thì chi bộ giải quyết thế nào?', null],
  ['lookalike', 'Ngày truyền thống ngành vệ sinh môi trường là ngày nào?', null],
  [
    'lookalike',
    'Đại hội xã viên hợp tác xã vệ sinh môi trường cần bao nhiêu phần trăm xã viên có mặt thì mới hợp lệ?',
    null,
  ],

  // Lookalikes: the law lecturer.
  ['lookalike', 'Đại hội Hội Luật gia Việt Nam lần tới tổ chức vào năm nào?', null],
  ['lookalike', 'Đoàn Luật sư thành phố Hà Nội đại hội nhiệm kỳ mới bầu ai làm chủ nhiệm?', null],
  ['lookalike', 'Hội thảo khoa học về sửa đổi Hiến pháp của khoa Luật nhận bài đến hạn nào?', null],
  [
    'lookalike',
    'Tôi cần số liệu cho bài giảng Luật Hành chính: sau sắp xếp cả nước còn bao nhiêu đơn vị hành chính cấp xã?',
    null,
  ],
  [
    'lookalike',
    'Văn bản của Đảng có phải là văn bản quy phạm pháp luật không, xét theo Luật Ban hành văn bản?',
    null,
  ],
  [
    'lookalike',
    'Đảng viên là giảng viên luật có được nhận bào chữa cho bị can cũng là đảng viên không?',
    null,
  ],
  [
    'lookalike',
    'Chi bộ khoa Luật có phải cho ý kiến khi đảng viên đi dự hội nghị khoa học ở nước ngoài không?',
    null,
  ],
  ['lookalike', 'Thành viên hội đồng chấm luận án tiến sĩ luật có bắt buộc là đảng viên không?', null],
  [
    'lookalike',
    'Khi bầu cử ở đại hội đảng, phiếu bầu để lại nhiều tên hơn số cần bầu thì tính là hợp lệ hay không?',
    null,
  ],
  [
    'lookalike',
    'Tôi có thể trích dẫn câu trả lời của bot này trong bài báo khoa học không, ghi nguồn thế nào?',
    null,
  ],
  ['lookalike', 'Đại hội chi bộ có được bầu trực tiếp bí thư chi bộ tại đại hội không?', null],
  ['lookalike', 'Trong đại hội, đảng viên phát biểu quá giờ thì đoàn chủ tịch có được ngắt lời không?', null],

  // Lookalikes: the ward formed from three old wards.
  ['lookalike', 'Ba phường cũ gộp thành phường mới thì trụ sở Đảng ủy phường đặt ở đâu?', null],
  ['lookalike', 'Hồ sơ đảng viên của ba đảng ủy phường cũ bàn giao cho bộ phận nào lưu trữ?', null],
  ['lookalike', 'Đảng ủy phường mới có bao nhiêu chi bộ trực thuộc sau khi gộp ba phường?', null],
  ['lookalike', 'Cán bộ ba phường cũ giờ ngồi chung một trụ sở, chia lịch trực tiếp dân thế nào?', null],
  ['lookalike', 'Bí thư Đảng ủy phường mới có kiêm Chủ tịch HĐND phường không?', null],
  ['lookalike', 'Chi bộ tổ dân phố nằm vắt qua ranh giới hai phường cũ thì đảng viên sinh hoạt ở đâu?', null],
  ['lookalike', 'Đại hội đại biểu Đảng bộ phường mới được triệu tập bao nhiêu đại biểu chính thức?', null],
  ['lookalike', 'Biển tên trụ sở Đảng ủy phường mới phải làm theo mẫu nào?', null],
  ['lookalike', 'Lịch tiếp công dân của Bí thư Đảng ủy phường là thứ mấy trong tuần?', null],
  [
    'lookalike',
    'Phần mềm quản lý cơ sở dữ liệu đảng viên báo lỗi khi chuyển đảng viên từ phường cũ sang, xử lý sao?',
    null,
  ],
  ['lookalike', 'Kinh phí hoạt động năm 2026 của Đảng ủy phường mới được cấp bao nhiêu?', null],
  ['lookalike', 'Hội nghị Ban Chấp hành Đảng bộ phường mới họp thường kỳ mấy tháng một lần?', null],
  [
    'lookalike',
    'Hồ sơ đề nghị khen thưởng chi bộ hoàn thành xuất sắc nhiệm vụ năm nay nộp trước ngày nào?',
    null,
  ],
  ['lookalike', 'Nhận xét đảng viên nơi cư trú gửi về chi bộ nơi công tác vào lúc nào trong năm?', null],
  ['lookalike', 'Hội nghị cử tri tiếp xúc đại biểu Quốc hội ở phường mới tổ chức tại nhà văn hóa nào?', null],

  // Lookalikes: the Malaysian student.
  [
    'lookalike',
    "Is a Vietnamese party congress anything like UMNO's general assembly, and when is UMNO holding its next one?",
    null,
  ],
  [
    'lookalike',
    'Can an international student like me sit in on a party cell meeting at my university in Hanoi?',
    null,
  ],
  [
    'lookalike',
    'Where is the nearest halal restaurant to the ward where the Hai Ba Trung conference was held?',
    null,
  ],
  ['lookalike', "How do you say 'party congress' in Bahasa Melayu?", null],
  ['lookalike', 'Who became General Secretary after the 14th National Congress in January 2026?', null],
  ['lookalike', "How many official delegates were at the Party's 14th National Congress in January?", null],
  [
    'lookalike',
    "Does the Malaysian students' association in Hanoi hold an annual general meeting I can join?",
    null,
  ],
  [
    'lookalike',
    'Can you recommend books on the history of the Communist Party of Vietnam for my thesis?',
    null,
  ],
  ['lookalike', 'Was the National Congress broadcast with English subtitles, and on which channel?', null],
  ['lookalike', 'Does my university in Hanoi close for a holiday in the week of a party congress?', null],
  ['lookalike', 'Can the bot translate the congress documents into Malay for me?', null],

  // Lookalikes: the member in a hurry.
  ['lookalike', 'ad oi cho e xin sdt bi thu dang uy phuong gap vs', null],
  ['lookalike', 'dh cb e mai may h bat dau a', null],
  ['lookalike', 'tien nuoc uong cho dai bieu dh cb chi bn la dung', null],
  ['lookalike', 'gui e file word bien ban kiem phieu dh vs ad', null],
  ['lookalike', 'the dang e bi mat lam lai o dau nhanh', null],
  ['lookalike', 'dh doan phuong tuan sau co can dv di du ko', null],
  ['lookalike', 'e quen mk dang nhap so tay dang vien dien tu lam s', null],
  ['lookalike', 'bot oi m co phai nguoi that ko', null],

  // Lookalikes: other organisations, other senses, the bot.
  ['lookalike', 'Đại hội họ Nguyễn ở làng tôi sắp tổ chức, có phải xin phép Đảng ủy phường không?', null],
  ['lookalike', 'Hội nghị Paris năm 1973 kéo dài bao lâu?', null],
  ['lookalike', 'Đại hội Hội Chữ thập đỏ phường cần chuẩn bị những báo cáo gì?', null],
  ['lookalike', 'Đại hội chi hội phụ huynh lớp con tôi bầu trưởng ban thế nào?', null],
  ['lookalike', 'Đại hội Hội Khuyến học phường nhiệm kỳ mới có mấy nội dung?', null],
  ['lookalike', 'Chi bộ của Đảng Nhân dân Cách mạng Lào đại hội mấy năm một lần?', null],
  ['lookalike', 'Hội nghị Trung ương gần đây nhất bàn về những vấn đề gì?', null],
  ['lookalike', 'Con trai đảng viên đi nghĩa vụ quân sự năm nay có được hoãn không?', null],
  ['lookalike', 'Ai là người viết ra con bot này và dùng có mất phí không?', null],
  ['lookalike', 'Bot này đặt lịch nhắc tôi uống thuốc huyết áp được không?', null],
];

export const NEWSET87: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
