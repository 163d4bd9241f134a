/**
 * The seventy-sixth new evaluation set (issue 11, point 6), written on 2026-12-04 from 04:00 UTC
 * (committed in the commit "Eval: newset76, the seventy-sixth unseen set") by a helper (set76) that
 * never saw the engine. It was written from ../shared/sources/ (the conference
 * article of 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of
 * ../shared/STYLE.md, ../helpers/COMMON.md, and from the pack only what
 * `node /work/helpers/pack-view.mjs` prints: the documents' ids, numbers, dates, titles/abouts,
 * issuers and statuses, the unit types' codes and names, and each topic's id, title and body
 * (config/ itself was not opened, so no sample questions, keywords, synonyms, evidence or off-topic
 * lists were seen). Also read: the header of newset35.ts (the lines before `const items`) and its
 * last line, the part of newset.ts before `const items`, newset35.test.ts, set-shape.ts,
 * set-checks.ts and sets.ts. Nothing under src/, bench/ or config/, no README, no git log, diff or
 * show, and no other set's or pool's items were read. Its users are imagined as the secretary of a
 * party cell in a private hospital, a member who drives a city bus, the organisation staff of a
 * newly merged ward's party committee, an English-speaking diplomat's assistant, and a retired
 * teacher who quotes the conference article and asks what it meant; with the out-of-scope messages
 * such users send (other organisations' congresses and meetings: a medical society's congress, the
 * road transport association, the retired teachers' and study-promotion associations, a clan's
 * congress, a hometown association, the UN General Assembly, the Vietnam–EU Joint Committee;
 * other senses of "đại hội" and "hội nghị": inter-hospital case consultations, infection-control
 * reviews, investors' meetings, parents' meetings, citizens' dialogues, the Geneva Conference and
 * the Sixth Congress of 1986 as history; other party business the pack does not cover: founding a
 * cell in a private company, foreign guests at a cell congress, moonlighting doctors, a cell's
 * bank account, welfare funds for a party after the congress, on-call rosters, discipline for a
 * driver's traffic offence, the badge on a uniform, members working abroad, blood-donor praise,
 * lost party cards, leaving the Party, the ward committee's boards and provisional committee,
 * naming merged cells, handing over members' files, the e-handbook app, six-monthly reports and
 * ballot minutes after the congress, lost minutes of 2020, studying the 14th Congress's
 * resolution, the national dissemination conference, the first plenum's Politburo, a history
 * contest, flag days; people, their posts and phone numbers (the article's author and the officials
 * it names, a hospital's new secretary); the article's own view count; halls, parking, Wi-Fi,
 * sound hire and livestreams; wages and overtime for drivers, free bus passes, VNeID; for the
 * diplomat: congratulatory letters, press accreditation, road closures, plenum press conferences,
 * drafting a note, election observers, seating protocol, translation into French; a poem, school
 * exam tips, and the bot itself: birthday reminders and which AI it uses).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset76.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district and city congresses' dates, which units were
 * chosen for the pilot congresses, who was elected at the 14th Congress, age limits, committee
 * sizes, what a congress may spend, whether a merged ward must hold its congress again, whether the
 * district plan still binds a new ward) were left out, not guessed.
 * Engine changes reached main after its commit: 8f8c58f (an association named by its capitals holds
 * the congress, an English clause pointing back, absent phrases for newset73's classes), dd4e38b
 * and a1cc04e (the word prior relearned with newset74 and newset75), 3a109a2 (absent phrases for
 * newset74's classes) and a9c021c (after another organisation's congress the asking clause answers
 * alone only when it names ours, ', việc thứ hai là'); its writer saw none of them. It was measured
 * once, at 04:15 UTC on main a9c021c (`node --expose-gc dist/bench/qa.js`, load 1.83): qa_new_top1
 * 96.6 %, qa_new_oos_refused 94.0 % (5 in-scope misses, 4 lookalikes answered; qa_p99_us 153.8 in
 * that run, p50 37.1). Its misses were listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents the pack holds, by number (three or more spellings each).
  ['doc', 'Chỉ thị 35-CT/TW năm 2024 bây giờ chi bộ bệnh viện còn áp dụng được không?', 'doc:ct-35-2024'],
  ['doc', 'CT35 của Bộ Chính trị ban hành năm 2024 đã bị văn bản nào thay thế chưa?', 'doc:ct-35-2024'],
  [
    'doc',
    'Directive 35 of 2024: who issued it, and is it still the one embassies should cite?',
    'doc:ct-35-2024',
  ],
  [
    'doc',
    'Bài báo cũ tôi giữ có nhắc chỉ thị số 35 của Bộ Chính trị năm 2024, xin cho biết tình trạng hiện nay của chỉ thị ấy',
    'doc:ct-35-2024',
  ],
  ['doc', 'Chỉ thị 35-CT/TW năm 2019 có còn dùng cho đại hội nhiệm kỳ 2025-2030 không?', 'doc:ct-35-2019'],
  [
    'doc',
    'Thời tôi còn đi dạy có CT 35 năm 2019 hướng tới Đại hội XIII, văn bản đó giờ ra sao?',
    'doc:ct-35-2019',
  ],
  ['doc', 'What was Directive No. 35 of May 2019 about, and does the bot use it?', 'doc:ct-35-2019'],
  ['doc', 'Kết luận 118-KL/TW điều chỉnh, bổ sung những gì và nay còn giá trị không?', 'doc:kl-118-2025'],
  ['doc', 'Anh em tổ lái xe hỏi KL118 đầu năm 2025 còn hiệu lực không', 'doc:kl-118-2025'],
  ['doc', 'What did Conclusion 118 amend, and who issued it?', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị 45-CT/TW ban hành ngày nào và do cơ quan nào ký?', 'doc:ct-45-2025'],
  ['doc', 'ct45 thay thế những văn bản nào vậy bot', 'doc:ct-45-2025'],
  [
    'doc',
    'Is Directive 45-CT/TW the document my ambassador should read on the congresses?',
    'doc:ct-45-2025',
  ],
  [
    'doc',
    'Ban Tổ chức Đảng ủy phường cần trích dẫn chỉ thị số 45 của Bộ Chính trị, xin ngày ban hành',
    'doc:ct-45-2025',
  ],
  ['doc', 'Kết luận 200-KL/TW ra ngày nào, của cơ quan nào?', 'doc:kl-200-2025'],
  ['doc', 'KL 200 năm 2025 đánh giá đại hội các cấp ra sao, cho xin trích yếu', 'doc:kl-200-2025'],
  ['doc', 'Could you give me the date and issuer of Conclusion No. 200?', 'doc:kl-200-2025'],
  [
    'doc',
    'Chi ủy bệnh viện muốn biết Hướng dẫn 27-HD/BTCTW hướng dẫn thực hiện văn bản nào, ban hành ngày nào',
    'doc:hd-27-2024',
  ],
  ['doc', 'HD27 năm 2024 có nội dung chi tiết ra sao, bệnh viện cần đọc không?', 'doc:hd-27-2024'],
  [
    'doc',
    'For our embassy briefing note, what is the current status of Guidance 27 issued in August 2024?',
    'doc:hd-27-2024',
  ],
  ['doc', 'Hướng dẫn 18-HD/BTCTU của Ban Tổ chức Thành ủy Hà Nội là về nội dung gì?', 'doc:hd-18-2024'],
  ['doc', 'HD 18/BTCTU ký ngày nào thế bot?', 'doc:hd-18-2024'],
  ['doc', 'Guidance 18-HD/BTCTU: issued by whom, and when?', 'doc:hd-18-2024'],
  [
    'doc',
    'Tổ văn phòng phường cần ghi căn cứ: Kế hoạch 258-KH/TU của Thành ủy Hà Nội đề ngày tháng năm nào?',
    'doc:kh-258-2024',
  ],
  ['doc', 'KH258 của Thành ủy Hà Nội nói về việc gì?', 'doc:kh-258-2024'],
  [
    'doc',
    'My boss saw a reference to Plan 258 in a Hanoi document; what do your sources say about it?',
    'doc:kh-258-2024',
  ],
  [
    'doc',
    'Giáo viên hưu như tôi muốn chép đúng tên đầy đủ của Kế hoạch 203-KH/QU mà bài báo nhắc tới',
    'doc:kh-203-2024',
  ],
  ['doc', 'Phường mới sáp nhập rồi thì kh 203 của quận ủy cũ còn hiệu lực không?', 'doc:kh-203-2024'],
  ['doc', 'Plan 203-KH/QU: who issued it, and does that body still exist?', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 của Trung ương nói về gì?', 'doc:nq-26-2018'],
  ['doc', 'NQ26 khóa XII ban hành ngày nào vậy?', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26 of the 12th Central Committee: date and status, please', 'doc:nq-26-2018'],
  [
    'doc',
    'Chi bộ bệnh viện còn viện dẫn Quy định 89-QĐ/TW khi giới thiệu nhân sự được nữa không?',
    'doc:qd-89-2017',
  ],
  [
    'doc',
    'Bài báo nhắc QĐ 89 năm 2017, đến nay quy định ấy được thay bằng văn bản nào rồi?',
    'doc:qd-89-2017',
  ],
  ['doc', 'Has Regulation 89 on cadre standards been replaced, and if so by which one?', 'doc:qd-89-2017'],
  ['doc', 'Quy định 365-QĐ/TW ban hành ngày nào, do ai ký?', 'doc:qd-365-2025'],
  ['doc', 'QĐ365 thay thế quy định nào về tiêu chuẩn cán bộ?', 'doc:qd-365-2025'],
  ['doc', 'What does Regulation 365 of the Politburo cover?', 'doc:qd-365-2025'],
  ['doc', 'Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy quy định về vấn đề gì?', 'doc:qd-14-2023'],
  ['doc', 'QĐ 14/TU năm 2023 về tiêu chí đánh giá cán bộ có còn áp dụng không?', 'doc:qd-14-2023'],
  [
    'doc',
    'The notes of my ambassador mention Regulation 14-QĐ/TU from Hanoi; what does it deal with?',
    'doc:qd-14-2023',
  ],
  ['doc', 'Quy định 2656-QĐ/QU của Ban Thường vụ Quận ủy ban hành khi nào?', 'doc:qd-2656-2023'],
  ['doc', 'QĐ2656 về tiêu chí đánh giá cán bộ là của quận nào?', 'doc:qd-2656-2023'],
  ['doc', 'When was Regulation 2656 issued, and by whom?', 'doc:qd-2656-2023'],
  [
    'doc',
    'Ban Tổ chức phường mới còn giữ bản Quy định 1216-QĐ/QU, cơ quan nào ban hành văn bản này?',
    'doc:qd-1216-2022',
  ],
  ['doc', 'qd 1216 năm 2022 của quận ủy còn dùng được không khi đã bỏ cấp quận?', 'doc:qd-1216-2022'],
  [
    'doc',
    'Could you tell me the date and issuer of the district cadre-planning Regulation 1216?',
    'doc:qd-1216-2022',
  ],
  [
    'doc',
    'Tôi lái xe buýt, nghe nói Quy định 294-QĐ/TW đổi lịch đại hội chi bộ, nó có hiệu lực từ ngày nào?',
    'doc:qd-294-2025',
  ],
  ['doc', 'QĐ294 thí điểm việc gì đối với chi bộ bệnh viện?', 'doc:qd-294-2025'],
  [
    'doc',
    'In plain words, what does Regulation 294 change for party cells, and since when?',
    'doc:qd-294-2025',
  ],
  ['doc', 'Hướng dẫn 26-HD/BTCTW năm 2019 còn được dùng không?', 'doc:hd-26-2019'],
  ['doc', 'HD 26 năm 2019 hướng dẫn cho chỉ thị nào, nhiệm kỳ nào?', 'doc:hd-26-2019'],
  ['doc', 'Is Guidance 26 of October 2019 still relevant for this term?', 'doc:hd-26-2019'],
  // Documents the pack does not hold, by number.
  ['unknown-doc', 'Quy định 232-QĐ/TW về thi hành Điều lệ Đảng còn hiệu lực không?', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 57-NQ/TW do ai ban hành, bệnh viện tư có phải học không?', 'unknown-doc'],
  [
    'unknown-doc',
    'Ban Tổ chức phường được giao đọc Kết luận 150-KL/TW, văn bản này nói về vấn đề gì vậy?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Cho tôi trích yếu Hướng dẫn 01-HD/TW về thi hành Điều lệ Đảng', 'unknown-doc'],
  ['unknown-doc', 'Quy định 24-QĐ/TW năm 2021 thay bằng văn bản nào rồi?', 'unknown-doc'],
  ['unknown-doc', 'Is Conclusion 121-KL/TW on streamlining the apparatus in your sources?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 12-KH/ĐU của Đảng ủy phường về đại hội chi bộ ban hành ngày nào?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 05-HD/BTCTU năm 2025 của Ban Tổ chức Thành ủy có điểm gì mới?', 'unknown-doc'],
  [
    'unknown-doc',
    'QĐ 80-QĐ/TW về bổ nhiệm cán bộ có áp dụng cho giám đốc bệnh viện tư không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Nghị quyết 21-NQ/TW về củng cố tổ chức cơ sở đảng nói những gì?', 'unknown-doc'],
  ['unknown-doc', 'What does Regulation 96-QĐ/TW on votes of confidence say?', 'unknown-doc'],
  ['unknown-doc', 'Công văn 1234-CV/BTCTW về hồ sơ nhân sự ban hành khi nào?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 127-KL/TW về sắp xếp đơn vị hành chính là của ai?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 69-QĐ/TW về kỷ luật đảng viên vi phạm có còn hiệu lực?', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 60-NQ/TW năm 2025 có liên quan gì đến đảng bộ phường mới?', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 36-CT/TW về đại hội có phải văn bản mới nhất không?', 'unknown-doc'],
  // In scope, with everyday words around the question.
  ['offword', 'Vừa đổ dầu xong ở bến, tranh thủ hỏi: đại hội chi bộ gồm những nội dung gì?', 'noi-dung'],
  [
    'offword',
    'Hôm nay khoa đông bệnh nhân quá, nhờ bot nói gọn: báo cáo kiểm điểm của cấp ủy phải có tính chất gì?',
    'van-kien',
  ],
  [
    'offword',
    'Trời Hà Nội rét đậm, cháu hỏi hộ bà: Đại hội XIV của Đảng diễn ra những ngày nào?',
    'dai-hoi-xiv',
  ],
  ['offword', 'Đang kẹt xe ở Ngã Tư Sở, hỏi nhanh: chi bộ bây giờ bao lâu đại hội một lần?', 'chi-bo-5-nam'],
  [
    'offword',
    'Mai phòng khám nghỉ lễ nên tôi đọc trước: tổ chức đại hội phải bảo đảm những yêu cầu gì, chống lãng phí ra sao?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Uống xong cốc cà phê đầu ca rồi hỏi: công tác chuẩn bị đại hội gồm những việc gì?',
    'chuan-bi',
  ],
  ['offword', 'Vợ tôi bán hàng ở chợ hỏi: cấp quận không còn nữa là từ bao giờ?', 'chinh-quyen-2-cap'],
  [
    'offword',
    'Cuối tuần đi câu cá với mấy ông bạn hưu, có ông hỏi đại hội đảng bộ các cấp nhiệm kỳ này đã xong hết chưa?',
    'ket-qua',
  ],
  [
    'offword',
    'Sau buổi giao ban viện, chị em hỏi: chọn người vào cấp ủy khóa mới phải theo những quy định nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Đang chấm bài cho cháu thì nhớ ra: chỉ thị của Bộ Chính trị năm 2024 về đại hội có mấy phụ lục?',
    'chi-thi-35',
  ],
  [
    'offword',
    'Lương tháng này chưa về nhưng việc đảng vẫn phải lo: đại hội điểm là thế nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Đặt bánh sinh nhật cho con xong, hỏi tiếp: bot lấy thông tin từ những văn bản nào?',
    'tai-lieu',
  ],
  // Two-part questions.
  [
    'two-part',
    'Chi bộ khoa Sản hỏi: đại hội phải làm những nội dung nào, và chi ủy phải trình những báo cáo gì?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ trực thuộc đại hội vào thời gian nào, đồng thời phải chuẩn bị những việc gì?',
    'lich-trinh+chuan-bi',
  ],
  [
    'two-part',
    'Chọn nhân sự cấp ủy khóa mới theo tiêu chuẩn nào, và tổ chức đại hội phải theo nguyên tắc gì?',
    'nhan-su+nguyen-tac',
  ],
  [
    'two-part',
    'Ông bạn đồng nghiệp cũ hỏi tôi Đại hội XIV họp vào những ngày nào, và đại hội đảng bộ các cấp trước đó có thành công không?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Chính quyền địa phương 2 cấp bắt đầu từ bao giờ? Còn chi bộ giờ mấy năm đại hội một lần?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Đại hội điểm tổ chức thế nào, và Đại hội Đảng bộ quận lần thứ XXVII là đại hội gì?',
    'dai-hoi-diem+dai-hoi-quan',
  ],
  [
    'two-part',
    'What has changed since the October 2024 conference, and what must the political report cover?',
    'thay-doi+van-kien',
  ],
  ['two-part', 'Bot dựa vào những văn bản nào, và một đại hội phải có mấy nội dung?', 'tai-lieu+noi-dung'],
  [
    'two-part',
    'Lái xe như tôi hỏi gọn hai ý: đại hội bầu những gì, và người vào cấp ủy được chọn theo quy định nào?',
    'noi-dung+nhan-su',
  ],
  [
    'two-part',
    'Chỉ thị năm 2024 của Bộ Chính trị về đại hội gồm những phần nào, và từ đó đến nay những gì đã thay đổi?',
    'chi-thi-35+thay-doi',
  ],
  [
    'two-part',
    'Phường mới sáp nhập hỏi hai việc: cấp huyện bỏ từ khi nào, và đại hội đảng bộ các cấp đã xong chưa?',
    'chinh-quyen-2-cap+ket-qua',
  ],
  // Per unit type.
  [
    'unit',
    'Chi bộ khoa Nội là chi bộ trực thuộc đảng ủy cơ sở của bệnh viện, vậy đại hội phải xong trong tháng nào?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở như chi bộ bệnh viện tư của tôi thì đại hội bắt đầu từ tháng mấy?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở công ty xe buýt phải đợi các chi bộ trực thuộc đại hội xong rồi mới đại hội, đúng không?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đối với đảng bộ cơ sở, đại hội đảng viên hoặc đại hội đại biểu phải hoàn thành trước ngày nào?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng bộ cơ sở của công ty xe buýt chúng tôi phải chọn bao nhiêu chi bộ trực thuộc để đại hội điểm, vào tháng nào?',
    'dai-hoi-diem',
  ],
  ['unit', 'Chi bộ trực thuộc đảng ủy cơ sở nay mấy năm đại hội một lần theo thí điểm mới?', 'chi-bo-5-nam'],
  [
    'unit',
    'Chi bộ cơ sở bệnh viện tư có phải bầu đoàn đại biểu đi dự đại hội đảng bộ cấp trên không?',
    'noi-dung',
  ],
  ['unit', 'Một đảng bộ cơ sở như đảng bộ công ty vận tải trình đại hội những báo cáo nào?', 'van-kien'],
  ['unit', 'Chi bộ trực thuộc đảng ủy cơ sở chuẩn bị đại hội cần lập những tổ nào?', 'chuan-bi'],
  [
    'unit',
    'Grassroots party cell: when did its congress window open, and by when did it have to finish?',
    'lich-trinh',
  ],
  // Typos, missing diacritics, abbreviations.
  ['typo', 'dai hoi chi bo benh vien gom may noi dung the', 'noi-dung'],
  ['typo', 'bc chinh tri cua chi bo phai danh gia nhung mat nao', 'van-kien'],
  ['typo', 'thoi han dh cb truc thuoc la bao gio', 'lich-trinh'],
  ['typo', 'to chuc dh phai giu nguyen tac tap trung dan chu nhu the nao', 'nguyen-tac'],
  ['typo', 'dh diem cua dang bo co so to chuc thang may', 'dai-hoi-diem'],
  ['typo', 'chinh quyen dia phuong hai cap bat dau chay tu bao gio the', 'chinh-quyen-2-cap'],
  ['typo', 'đại hộ XIV họp từ ngày nào đến ngày nào', 'dai-hoi-xiv'],
  ['typo', 'kết qủa đh đảng bộ các cấp nk này đã có chưa bot', 'ket-qua'],
  ['typo', 'chi bô 5 năm mới đh 1 lần hả', 'chi-bo-5-nam'],
  ['typo', 'tieu chuan nhan su cap uy khoa moi theo nghi quyet nao', 'nhan-su'],
  ['typo', 'cac to phuc vu dh gom to ns, to vk, to tc phai ko', 'chuan-bi'],
  ['typo', 'dh dang bo q hai ba trung lan thu XXVII nhiem ky nao', 'dai-hoi-quan'],
  ['typo', 'nhung thay doi tu sau hoi nghi thang 10 nam 2024', 'thay-doi'],
  // English.
  [
    'en',
    'My ambassador wants to know what a Vietnamese party cell actually does at its congress: which items are on the agenda?',
    'noi-dung',
  ],
  [
    'en',
    'My ambassador asks: on which dates exactly was the 14th National Party Congress held?',
    'dai-hoi-xiv',
  ],
  ['en', "Are Vietnam's 2025–2030 party congresses at all levels finished now?", 'ket-qua'],
  ['en', "What does a committee's self-review report for the term need to include?", 'van-kien'],
  ['en', "What happened to Hanoi's district party committees in July 2025?", 'chinh-quyen-2-cap'],
  [
    'en',
    'Under the pilot that began in July 2025, how many times in five years does a party cell hold its congress?',
    'chi-bo-5-nam',
  ],
  ['en', 'Which principles should guide the organisation of a party congress?', 'nguyen-tac'],
  ['en', 'Before I quote you in a cable: which documents are your answers drawn from?', 'tai-lieu'],
  [
    'en',
    'For our background file, list what has changed in the congress rules since the Hai Ba Trung conference of October 2024',
    'thay-doi',
  ],
  ['en', 'Which teams does a grassroots unit set up to prepare its congress?', 'chuan-bi'],
  ['en', 'Someone mentioned pilot congresses in Hai Ba Trung: what were they and when?', 'dai-hoi-diem'],
  [
    'en',
    "Summarise the seven requirements set out in the Politburo's 2024 directive on the congresses, please",
    'chi-thi-35',
  ],
  ['en', 'On what basis are the new committee members chosen and nominated?', 'nhan-su'],
  // Facts, several quoted from the article by a retired teacher.
  ['fact', 'Báo cáo nào được gọi là báo cáo trung tâm, có vai trò định hướng?', 'van-kien'],
  [
    'fact',
    'Hà Nội có bao nhiêu đảng bộ cấp huyện phải dừng hoạt động khi bỏ cấp huyện?',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'Tôi quên mất, Đại hội đại biểu toàn quốc lần thứ XIV bế mạc hôm nào nhỉ?', 'dai-hoi-xiv'],
  ['fact', 'Điều lệ Đảng trước đây quy định đại hội chi bộ bao nhiêu lần trong 5 năm?', 'chi-bo-5-nam'],
  ['fact', 'Kết luận của Bộ Chính trị về đại hội các cấp yêu cầu tiếp tục làm gì sau đại hội?', 'ket-qua'],
  [
    'fact',
    'Bài báo nói đại hội các cơ sở tiến tới Đại hội Đảng bộ Quận, đó là đại hội lần thứ mấy của quận?',
    'dai-hoi-quan',
  ],
  ['fact', 'Chỉ thị về đại hội của Bộ Chính trị năm 2024 đặt ra mấy yêu cầu?', 'chi-thi-35'],
  ['fact', 'Khi lựa chọn nhân sự cấp ủy phải quán triệt nghị quyết nào của Trung ương khóa XII?', 'nhan-su'],
  ['fact', 'Đại hội đảng bộ, chi bộ phải kiên quyết chống những gì?', 'nguyen-tac'],
  [
    'fact',
    'Ở cấp quận, đại hội điểm được tổ chức ở những loại tổ chức đảng nào và vào lúc nào?',
    'dai-hoi-diem',
  ],
  [
    'fact',
    'Hội nghị quán triệt các văn bản về đại hội phải tổ chức trực tiếp hay có thể trực tuyến?',
    'chuan-bi',
  ],
  [
    'fact',
    'Bài báo viết báo cáo kiểm điểm "phải có tính chiến đấu", tôi dạy văn cả đời mà chưa hiểu ý ấy là thế nào?',
    'van-kien',
  ],
  [
    'fact',
    'Trong bài có câu "không phô trương hình thức", thầy giáo già này muốn hiểu rõ: đại hội phải bảo đảm những gì?',
    'nguyen-tac',
  ],
  [
    'fact',
    'Bài báo nói "thành lập các tổ nhân sự, tổ văn kiện, tổ tổ chức phục vụ đại hội", các tổ ấy thuộc phần việc nào của đại hội?',
    'chuan-bi',
  ],
  [
    'fact',
    'Bài viết có câu "Bầu đoàn đại biểu dự đại hội đảng bộ cấp trên", đó là nội dung thứ mấy của đại hội?',
    'noi-dung',
  ],
  [
    'fact',
    'Bài báo có câu "rà soát, bổ sung quy hoạch cán bộ nếu xét thấy cần thiết", việc này làm theo quy định nào?',
    'nhan-su',
  ],
  ['fact', 'Bài báo nhắc "đầu quý I/2025" là thời gian tổ chức việc gì?', 'dai-hoi-diem'],
  // Lookalikes: the personas' messages that the pack does not answer.
  [
    'lookalike',
    'Chi bộ bệnh viện tư muốn mời ông giám đốc người Hàn Quốc dự đại hội chi bộ thì có được không?',
    null,
  ],
  ['lookalike', 'Bệnh viện tư có bắt buộc phải thành lập chi bộ khi đã có đủ 3 đảng viên không?', null],
  ['lookalike', 'Hội nghị hội chẩn liên viện tuần sau cần chuẩn bị những hồ sơ bệnh án gì?', null],
  ['lookalike', 'Đại hội Hội Nội tiết Việt Nam năm nay tổ chức ở thành phố nào?', null],
  [
    'lookalike',
    'Đảng viên là bác sĩ làm thêm ngoài giờ ở phòng khám khác có phải báo cáo chi bộ không?',
    null,
  ],
  [
    'lookalike',
    'Chi bộ bệnh viện có được dùng quỹ phúc lợi của công ty để liên hoan sau đại hội không?',
    null,
  ],
  [
    'lookalike',
    'Chi ủy có quyền phân công lịch trực Tết của khoa Hồi sức không hay đó là việc của ban giám đốc?',
    null,
  ],
  ['lookalike', 'Hội nghị tổng kết công tác kiểm soát nhiễm khuẩn của Sở Y tế năm nay họp ở đâu?', null],
  ['lookalike', 'Hội nghị nhà đầu tư góp vốn mở rộng bệnh viện tư tuần sau tổ chức ở khách sạn nào?', null],
  ['lookalike', 'Đảng ủy bệnh viện Bạch Mai nhiệm kỳ 2025-2030 bầu ai làm bí thư?', null],
  [
    'lookalike',
    'Lái xe buýt đưa đón đại biểu dự đại hội đảng bộ có được trả thêm tiền làm ngoài giờ không?',
    null,
  ],
  [
    'lookalike',
    'Đảng viên lái xe bị tước bằng lái 2 tháng vì vượt đèn đỏ có bị chi bộ xem xét kỷ luật không?',
    null,
  ],
  [
    'lookalike',
    'Công ty xe buýt có trừ lương ngày tài xế nghỉ để đi dự đại hội đảng bộ công ty không?',
    null,
  ],
  ['lookalike', 'Đại hội đại biểu Hiệp hội Vận tải ô tô Việt Nam nhiệm kỳ mới diễn ra khi nào?', null],
  [
    'lookalike',
    'Thẻ đi xe buýt miễn phí cho người cao tuổi làm ở đâu, có cần giấy xác nhận của chi bộ không?',
    null,
  ],
  ['lookalike', 'Đi dự đại hội đảng bộ phường thì gửi xe máy ở đâu, có mất phí không?', null],
  [
    'lookalike',
    'Đợt học tập nghị quyết Đại hội XIV cho đảng viên công ty vận tải học online hay lên hội trường?',
    null,
  ],
  ['lookalike', 'Đảng viên lái xe buýt có được đeo huy hiệu Đảng trên đồng phục khi chạy tuyến không?', null],
  ['lookalike', 'Đảng ủy phường mới sáp nhập được lập bao nhiêu ban tham mưu, giúp việc?', null],
  ['lookalike', 'Mẫu quyết định chỉ định Ban Chấp hành Đảng bộ phường lâm thời lấy ở đâu?', null],
  ['lookalike', 'Chi bộ tổ dân phố số 5 và số 6 gộp lại thì đặt tên chi bộ mới thế nào?', null],
  ['lookalike', 'Hồ sơ đảng viên của quận cũ bàn giao về đảng ủy phường trong bao nhiêu ngày?', null],
  ['lookalike', 'Tài khoản Sổ tay đảng viên điện tử của phường cũ chuyển sang phường mới thế nào?', null],
  [
    'lookalike',
    'Đảng ủy phường có phải gửi báo cáo sơ kết 6 tháng thực hiện nghị quyết đại hội lên Thành ủy không?',
    null,
  ],
  ['lookalike', 'Hội trường nào của phường sau sáp nhập đủ chỗ cho 300 đại biểu dự đại hội?', null],
  [
    'lookalike',
    'Đảng ủy phường cần thuê âm thanh ánh sáng cho hội nghị tổng kết cuối năm, có đơn vị nào uy tín?',
    null,
  ],
  ['lookalike', 'Cho xin số điện thoại trực của Văn phòng Đảng ủy phường Bạch Mai', null],
  ['lookalike', 'Trang thông tin điện tử của phường mới đăng tin đại hội thì ai là người quản trị?', null],
  ['lookalike', 'Sau đại hội, chi bộ phải nộp biên bản kiểm phiếu về đảng ủy phường trong mấy ngày?', null],
  [
    'lookalike',
    'Hội nghị đối thoại giữa Bí thư Đảng ủy phường với nhân dân năm nay tổ chức vào tháng mấy?',
    null,
  ],
  ['lookalike', 'Mật khẩu wifi phòng hội nghị tầng 3 của Đảng ủy phường là gì?', null],
  [
    'lookalike',
    'Can an embassy send a congratulatory letter to the Communist Party of Vietnam after its congress, and to which office?',
    null,
  ],
  [
    'lookalike',
    'Are foreign journalists accredited to cover the sessions of the National Party Congress?',
    null,
  ],
  ['lookalike', 'Which roads around My Dinh were closed on the opening day of the National Congress?', null],
  [
    'lookalike',
    'Does the Party hold a press conference after each Central Committee plenum, and where is the transcript?',
    null,
  ],
  [
    'lookalike',
    'Could you draft a diplomatic note requesting a meeting with the Central Commission for External Relations?',
    null,
  ],
  ['lookalike', 'How can foreign observers follow the National Assembly election in March 2026?', null],
  [
    'lookalike',
    'What is the seating protocol for the diplomatic corps at a party congress opening ceremony?',
    null,
  ],
  ['lookalike', "Please translate 'Ban Chấp hành Trung ương' into French for our cable to Paris", null],
  ['lookalike', 'When does the Vietnam–EU Joint Committee meet this year?', null],
  ['lookalike', 'Bài báo ghi 42 lượt xem, giờ chắc lên bao nhiêu lượt rồi hả bot?', null],
  [
    'lookalike',
    'Bài viết do chuyên viên Trần Dung của Ban Tổ chức Quận ủy viết, cho tôi xin số điện thoại để cảm ơn cô ấy',
    null,
  ],
  [
    'lookalike',
    'Trong bài nhắc đồng chí Nguyễn Quang Trung hai lần với hai chức vụ, vậy là hai người trùng tên hay một người?',
    null,
  ],
  ['lookalike', 'Đại hội Hội Cựu giáo chức phường năm nay đã bầu lại ban chấp hành chưa?', null],
  ['lookalike', 'Hội nghị Giơ-ne-vơ năm 1954 ký kết những gì, tôi dạy sử 30 năm mà quên mất', null],
  ['lookalike', 'Đại hội VI năm 1986 của Đảng đề ra đường lối đổi mới như thế nào?', null],
  ['lookalike', 'Tôi muốn viết bài thơ mừng đại hội chi bộ khu dân cư, bot gợi ý giúp vài câu mở đầu', null],
  ['lookalike', 'Cháu tôi thi vào lớp 10 năm nay, đề thi Văn có hay hỏi về Đại hội Đảng không?', null],
  ['lookalike', 'Đại hội đồng Liên Hợp Quốc khóa 81 họp ở đâu, kéo dài bao lâu?', null],
  [
    'lookalike',
    'Đại hội dòng họ Nguyễn ở làng tôi cần soạn diễn văn khai mạc thế nào cho trang trọng?',
    null,
  ],
  [
    'lookalike',
    'Hội đồng hương Thái Bình tại Hà Nội tổ chức đại hội nhiệm kỳ mới thì cần xin phép ai?',
    null,
  ],
  ['lookalike', 'Đại hội Hội Khuyến học phường bầu ban chấp hành bao nhiêu người?', null],
  ['lookalike', 'Hội nghị phụ huynh đầu năm học có được thu quỹ lớp không?', null],
  ['lookalike', 'Hội nghị Trung ương lần thứ nhất khóa XIV đã bầu những ai vào Bộ Chính trị?', null],
  ['lookalike', 'Chi bộ có được mở tài khoản ngân hàng riêng đứng tên chi bộ không?', null],
  ['lookalike', 'Biên bản đại hội chi bộ năm 2020 bị thất lạc, xin bản sao ở đâu?', null],
  ['lookalike', 'Thẻ đảng viên bị mất thì làm lại mất bao lâu, nộp đơn ở đâu?', null],
  ['lookalike', 'Bot có thể nhắc lịch sinh nhật các đảng viên trong chi bộ không?', null],
  ['lookalike', 'Có link xem trực tiếp đại hội đảng bộ phường trên YouTube không?', null],
  ['lookalike', 'Đảng viên đi xuất khẩu lao động ở Nhật 3 năm thì sinh hoạt đảng thế nào?', null],
  ['lookalike', 'Đảng viên hiến máu tình nguyện 10 lần có được chi bộ biểu dương không?', null],
  ['lookalike', 'Kỷ niệm 96 năm ngày thành lập Đảng thì treo cờ từ ngày nào?', null],
  ['lookalike', 'Ứng dụng VNeID đã tích hợp thẻ đảng viên chưa?', null],
  [
    'lookalike',
    'Hội nghị cán bộ chủ chốt toàn quốc quán triệt Nghị quyết Đại hội XIV diễn ra ngày nào?',
    null,
  ],
  ['lookalike', 'Cuộc thi tìm hiểu lịch sử Đảng bộ phường nộp bài dự thi ở đâu?', null],
  ['lookalike', 'Mẫu đơn xin ra khỏi Đảng viết thế nào?', null],
  ['lookalike', 'Bot này dùng trí tuệ nhân tạo của hãng nào, có lưu tin nhắn của tôi không?', null],
];

export const NEWSET76: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
