/**
 * The twenty-seventh new evaluation set (issue 11, point 6), written on 2026-12-03 from 16:11 UTC
 * (committed in the commit "Eval: newset27, the twenty-seventh unseen set") by a helper (set27)
 * that had not seen the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset26.ts (the lines before its import line, and that import line) and its export line, the
 * part of newset.ts before `const items`, newset26.test.ts, set-shape.ts, set-checks.ts and
 * sets.ts. Nothing under src/ or bench/, no README, no git log, diff or show, and no other set's
 * items were read. Its users are imagined as the secretaries of a cell in a provincial-level ward
 * office and of a cell in a bank branch, a member who is a journalist at a ward newspaper, the IT
 * volunteer who set the bot up for the ward and tests it, young members of a startup who mix
 * English and Vietnamese, and an elderly member who writes very short questions; with the
 * out-of-scope messages such users send (other organisations' congresses, other senses of
 * "đại hội", other party business, people in posts, addresses and opening hours, money, weather,
 * personal matters, other countries, the bot itself, small talk and test input).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset27.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why. Engine changes reached main while it was being written (up to
 * 3eeaab4) and two after its commit (2a362a7, 62946c7: the four contents' words, the asking
 * sentence of a question followed by a statement); its writer saw none of them. It was measured
 * once on the engine as it stood then, at 16:19 UTC on main 62946c7 (`node --expose-gc
 * dist/bench/qa.js`, load 1.94): qa_new_top1 95.7 %, qa_new_oos_refused 98.2 % (6 in-scope
 * misses, 1 lookalike answered). Its misses were listed after that run, and it is a development
 * set since.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, age limits, committee sizes,
 * the money a congress may spend, who was elected to which post, the next term's congresses, how
 * the 2019 and 2024 rules differ) were left out, not guessed.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number: the ward office's secretary, the bank branch's secretary, the journalist.
  [
    'doc',
    'Văn phòng phường hỏi: Chỉ thị 35-CT/TW năm 2024 bây giờ còn được áp dụng nữa không ạ?',
    'doc:ct-35-2024',
  ],
  ['doc', 'ct35 2024 do ai ký ban hành', 'doc:ct-35-2024'],
  ['doc', 'Directive 35 of June 2024: is it still the one to follow?', 'doc:ct-35-2024'],
  ['doc', 'CT 35/2024 đã bị văn bản nào thay thế?', 'doc:ct-35-2024'],
  ['doc', 'Chỉ thị số 35-CT/TW ngày 30/5/2019 là văn bản gì vậy?', 'doc:ct-35-2019'],
  ['doc', 'CT 35 năm 2019, cái hướng tới Đại hội XIII ấy, bot có không?', 'doc:ct-35-2019'],
  ['doc', 'directive 35 (2019 one, toward the 13th congress) pls', 'doc:ct-35-2019'],
  ['doc', 'Kết luận 118-KL/TW sửa những gì của chỉ thị về đại hội?', 'doc:kl-118-2025'],
  ['doc', 'KL 118 ra ngày nào', 'doc:kl-118-2025'],
  ['doc', 'kl118 còn dùng được không', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị 45-CT/TW hiện nay tình trạng thế nào?', 'doc:ct-45-2025'],
  ['doc', 'ct45 thay cho những văn bản nào', 'doc:ct-45-2025'],
  ['doc', 'quick q: Directive 45-CT/TW, is anything newer recorded after it?', 'doc:ct-45-2025'],
  ['doc', 'chỉ thị 45 của Bộ Chính trị', 'doc:ct-45-2025'],
  ['doc', 'Kết luận số 200-KL/TW ngày 17/10/2025 nói về việc gì?', 'doc:kl-200-2025'],
  ['doc', 'KL200?', 'doc:kl-200-2025'],
  ['doc', 'Conclusion 200 of the Politburo and the Secretariat, what is it about?', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW do cơ quan nào ban hành?', 'doc:hd-27-2024'],
  ['doc', 'HD 27 của Ban Tổ chức Trung ương hướng dẫn gì', 'doc:hd-27-2024'],
  ['doc', 'guidance 27-HD/BTCTW, where can I read it?', 'doc:hd-27-2024'],
  ['doc', 'Hướng dẫn số 18-HD/BTCTU ngày 01/10/2024 của Ban Tổ chức Thành ủy', 'doc:hd-18-2024'],
  ['doc', 'hd18 btctu hướng dẫn nội dung gì', 'doc:hd-18-2024'],
  ['doc', 'HD 18 của thành ủy còn áp dụng không?', 'doc:hd-18-2024'],
  [
    'doc',
    'Tôi viết bài cho báo phường, cần ngày ban hành chính xác của Kế hoạch 258-KH/TU',
    'doc:kh-258-2024',
  ],
  ['doc', 'KH 258', 'doc:kh-258-2024'],
  ['doc', 'Plan 258 of the Hanoi Party Committee', 'doc:kh-258-2024'],
  ['doc', 'kh258 tình trạng ra sao', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch số 203-KH/QU của Quận ủy Hai Bà Trưng là kế hoạch gì?', 'doc:kh-203-2024'],
  ['doc', 'kh203 quận ủy ban hành hôm nào', 'doc:kh-203-2024'],
  ['doc', 'Plan 203-KH/QU: still valid now that districts are gone?', 'doc:kh-203-2024'],
  [
    'doc',
    'Chi bộ ngân hàng đang học lại Nghị quyết 26-NQ/TW năm 2018, bot cho xin thông tin văn bản',
    'doc:nq-26-2018',
  ],
  ['doc', 'NQ 26 của Trung ương khóa XII', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26 (2018) of the Central Committee, is it still in force?', 'doc:nq-26-2018'],
  ['doc', 'Chi ủy vẫn đang dùng Quy định 89-QĐ/TW để xét nhân sự, vậy có sai không?', 'doc:qd-89-2017'],
  ['doc', 'QĐ 89 còn áp dụng không', 'doc:qd-89-2017'],
  ['doc', 'qd89 bị thay chưa', 'doc:qd-89-2017'],
  ['doc', 'Regulation 89 on cadre standards: replaced?', 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365-QĐ/TW thay cho văn bản nào và ra hôm nào?', 'doc:qd-365-2025'],
  ['doc', 'qđ365 quy định về cái gì', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365-QĐ/TW in one line for our newsletter?', 'doc:qd-365-2025'],
  ['doc', 'Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy về tiêu chí đánh giá cán bộ', 'doc:qd-14-2023'],
  ['doc', 'QĐ 14/TU ngày ban hành', 'doc:qd-14-2023'],
  ['doc', 'qd14-tu tình trạng hiện nay', 'doc:qd-14-2023'],
  ['doc', 'Quy định 2656-QĐ/QU của Ban Thường vụ Quận ủy là gì?', 'doc:qd-2656-2023'],
  ['doc', 'QĐ 2656 quận ủy HBT còn dùng không', 'doc:qd-2656-2023'],
  ['doc', 'qd2656', 'doc:qd-2656-2023'],
  ['doc', 'Quy định số 1216-QĐ/QU ngày 06/4/2022 về quy hoạch cán bộ', 'doc:qd-1216-2022'],
  ['doc', 'QĐ 1216 quy hoạch cán bộ của quận ủy', 'doc:qd-1216-2022'],
  ['doc', 'regulation 1216 (cadre planning, district level) card please', 'doc:qd-1216-2022'],
  ['doc', 'Bản tin phường cần biết Quy định 294-QĐ/TW còn nguyên hay đã đổi', 'doc:qd-294-2025'],
  ['doc', 'qd 294 thí điểm cái gì vậy', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294: who issued it?', 'doc:qd-294-2025'],
  ['doc', 'Hướng dẫn 26-HD/BTCTW năm 2019 thuộc nhiệm kỳ nào, có còn dùng không?', 'doc:hd-26-2019'],
  ['doc', 'HD 26 năm 2019 của Ban Tổ chức Trung ương', 'doc:hd-26-2019'],
  ['doc', 'guidance 26 of 2019 (previous term), do you hold it?', 'doc:hd-26-2019'],

  // Documents the pack does not hold.
  ['unknown-doc', 'Chi ủy văn phòng phường cần tra Quy định 24-QĐ/TW về thi hành Điều lệ', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 57-NQ/TW về chuyển đổi số có trong bot không', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 123-KL/TW có liên quan tới đại hội chi bộ ngân hàng không?', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 05-CT/TW còn hiệu lực không?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 06-HD/TW về nghiệp vụ công tác đảng viên', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 512-KH/TU của Tỉnh ủy về đại hội', 'unknown-doc'],
  ['unknown-doc', 'QĐ 232 về bầu cử trong Đảng', 'unknown-doc'],
  ['unknown-doc', 'Directive 49-CT/TW, what does it say?', 'unknown-doc'],
  ['unknown-doc', 'Regulation 142-QĐ/TW status?', 'unknown-doc'],
  ['unknown-doc', 'Công văn 1150-CV/BTCTW hướng dẫn gì', 'unknown-doc'],
  ['unknown-doc', 'nghị quyết 21-NQ/TW về tổ chức cơ sở đảng', 'unknown-doc'],
  ['unknown-doc', 'HD 09-HD/BTCTU của ban tổ chức thành ủy', 'unknown-doc'],
  ['unknown-doc', 'kế hoạch 101-KH/ĐU của đảng ủy phường mình', 'unknown-doc'],

  // In scope, with everyday words around the party cell.
  ['offword', 'Chi bộ trường tiểu học tổ chức đại hội thì gồm mấy nội dung?', 'noi-dung'],
  ['offword', 'Chi bộ Hội Cựu chiến binh phường phải trình đại hội những báo cáo nào?', 'van-kien'],
  ['offword', 'Chi bộ chi nhánh ngân hàng giờ mấy năm mới đại hội một lần?', 'chi-bo-5-nam'],
  [
    'offword',
    'Chi bộ có nhiều đoàn viên thanh niên mới kết nạp, đại hội chi bộ phải bầu những gì?',
    'noi-dung',
  ],
  [
    'offword',
    'Trời mưa to, hội nghị quán triệt văn bản đại hội có được kết hợp họp trực tuyến không?',
    'chuan-bi',
  ],
  [
    'offword',
    'Chi bộ Hội Liên hiệp Phụ nữ phường là chi bộ trực thuộc, đại hội điểm của đảng bộ tổ chức trong tháng nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Đại hội chi bộ có nên thuê nhà hàng liên hoan hoành tráng không hay phải tiết kiệm?',
    'nguyen-tac',
  ],
  ['offword', 'Chi bộ nhà trường cần lập những tổ nào để phục vụ đại hội?', 'chuan-bi'],
  [
    'offword',
    'Điện thoại tôi nhận tin chi bộ cơ sở phải đại hội xong trước 30/6/2025, có đúng không?',
    'lich-trinh',
  ],
  [
    'offword',
    'Nấu cỗ mời cả khu phố sau đại hội chi bộ có trái tinh thần chống lãng phí không?',
    'nguyen-tac',
  ],
  ['offword', 'Bác cựu chiến binh trong chi bộ hỏi báo cáo chính trị phải viết thế nào cho đúng', 'van-kien'],
  [
    'offword',
    'Cô giáo chi bộ trường mầm non hỏi: chọn nhân sự cấp ủy khóa mới dựa vào những văn bản nào?',
    'nhan-su',
  ],
  ['offword', 'Con tôi học lớp 9 hỏi Đại hội XIV của Đảng họp từ ngày nào đến ngày nào', 'dai-hoi-xiv'],
  [
    'offword',
    'Chi bộ của hợp tác xã rau sạch có phải bầu đoàn đại biểu đi đại hội cấp trên không?',
    'noi-dung',
  ],
  [
    'offword',
    'Chi bộ Đoàn thanh niên phường còn phải tổ chức đại hội nhiệm kỳ 2025-2030 nữa không hay các cấp xong hết rồi?',
    'ket-qua',
  ],

  // Two parts, two topics.
  [
    'two-part',
    'Chi bộ văn phòng phường đại hội cần làm mấy nội dung, và chi ủy trình mấy báo cáo?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Thời gian đại hội chi bộ cơ sở là khi nào, và đại hội điểm chọn đơn vị ra sao?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Tiêu chuẩn nhân sự cấp ủy khóa mới; ngoài ra nguyên tắc tổ chức đại hội là gì?',
    'nhan-su+nguyen-tac',
  ],
  [
    'two-part',
    'Đại hội XIV họp ngày nào, còn kết quả đại hội các cấp nhiệm kỳ 2025 - 2030 ra sao?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Chỉ thị về đại hội năm 2024 có những phần nào, và từ sau hội nghị quán triệt đến nay có gì thay đổi?',
    'chi-thi-35+thay-doi',
  ],
  [
    'two-part',
    'What do we have to prepare before the congress, and what is the timeline for each kind of unit?',
    'chuan-bi+lich-trinh',
  ],
  [
    'two-part',
    'Chính quyền 2 cấp bắt đầu từ bao giờ, và đại hội chi bộ giờ mấy năm một lần?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Báo cáo kiểm điểm của cấp ủy viết thế nào; thêm nữa cần thành lập những tổ gì để chuẩn bị đại hội?',
    'van-kien+chuan-bi',
  ],
  [
    'two-part',
    'Đại hội điểm tổ chức lúc nào, còn Đại hội Đảng bộ quận lần thứ XXVII thì sao?',
    'dai-hoi-diem+dai-hoi-quan',
  ],
  ['two-part', '4 nội dung đại hội + 7 yêu cầu của chỉ thị đại hội 2024', 'noi-dung+chi-thi-35'],
  [
    'two-part',
    'congress principles, and also the pilot on how often cells hold congresses?',
    'nguyen-tac+chi-bo-5-nam',
  ],

  // By unit type.
  ['unit', 'Chi bộ trực thuộc đảng ủy cơ sở đại hội trong thời gian nào?', 'lich-trinh'],
  ['unit', 'Đảng bộ cơ sở phường tổ chức đại hội đại biểu trong khoảng thời gian nào?', 'lich-trinh'],
  ['unit', 'Chi bộ cơ sở chi nhánh ngân hàng phải hoàn thành đại hội trước ngày nào?', 'lich-trinh'],
  ['unit', 'grassroots party committee: when was its congress window?', 'lich-trinh'],
  ['unit', 'Mỗi đảng bộ cơ sở được giao chọn bao nhiêu chi bộ trực thuộc để đại hội điểm?', 'dai-hoi-diem'],
  ['unit', 'Chi bộ trực thuộc thì theo thí điểm mới bao nhiêu năm đại hội một lần?', 'chi-bo-5-nam'],
  ['unit', 'Đảng bộ khối hành chính sự nghiệp được chọn đại hội điểm vào lúc nào?', 'dai-hoi-diem'],
  ['unit', 'Cell under a grassroots committee: by when did its congress have to be finished?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở có phải đợi các chi bộ trực thuộc đại hội xong mới được đại hội không?',
    'lich-trinh',
  ],

  // No diacritics, typos, chat shorthand (the IT volunteer, the elderly member, the startup).
  ['typo', 'dh chi bo gom nhung nd gi', 'noi-dung'],
  ['typo', 'bcct vs bc kiem diem cua chi uy khac nhau cho nao', 'van-kien'],
  ['typo', 'lich dh cbcs nk 2025-2030', 'lich-trinh'],
  ['typo', 'dh diem cua dbcs lam thang may nhi', 'dai-hoi-diem'],
  ['typo', 'chon ns cap uy khoa moi can can cu nhung qd nao', 'nhan-su'],
  ['typo', 'dh toan quoc xiv khai mac hom nao vay ad', 'dai-hoi-xiv'],
  ['typo', 'chinh quyen 2 cap tu bao h', 'chinh-quyen-2-cap'],
  ['typo', 'cb dh 5 nam 1 lan dung ko ad', 'chi-bo-5-nam'],
  ['typo', 'dh cac cap nk 25-30 xong chua, kq ntn', 'ket-qua'],
  ['typo', 'tu sau hoi nghi quan triet 23/10 co gi thay doi', 'thay-doi'],
  ['typo', 'đại hôi chi bộ phải chuẩn bị nhưng gì', 'chuan-bi'],
  ['typo', 'to chuc dh chi bo phai theo ng tac tap trung dan chu ha', 'nguyen-tac'],
  ['typo', 'dh db quan hai ba trung lan xxvii la dh gi', 'dai-hoi-quan'],
  ['typo', 'cac vb ve dh nk 2025-2030 gom nhung vb nao', 'tai-lieu'],
  ['typo', 'chi thi dh nam 2024 co may phu luc', 'chi-thi-35'],
  ['typo', 'bot oi may gio roi', null],
  ['typo', 'ad oi cho e xin sdt ban to chuc phuong', null],

  // English and mixed English (the startup's young members).
  ['en', 'What are the four items on a cell congress agenda?', 'noi-dung'],
  ['en', 'which two reports go to the cell congress, and what must each do?', 'van-kien'],
  ['en', 'Our bank branch is a grassroots cell; what was the last day for our congress?', 'lich-trinh'],
  ['en', 'Who picks the pilot congresses, and when were they held?', 'dai-hoi-diem'],
  ['en', 'Which rules do we follow when choosing people for the new cell committee?', 'nhan-su'],
  ['en', 'On which dates did the 14th National Congress of the Party meet?', 'dai-hoi-xiv'],
  ['en', 'Is the district level still around after July 2025?', 'chinh-quyen-2-cap'],
  ['en', 'How often do party cells hold their congress now?', 'chi-bo-5-nam'],
  ['en', 'Have the 2025-2030 congresses at all levels been completed?', 'ket-qua'],
  ['en', 'Since the October 2024 district conference, what has changed?', 'thay-doi'],
  ['en', 'yo bot, democratic centralism thì liên quan gì tới việc tổ chức congress?', 'nguyen-tac'],
  ['en', 'list all the docs u rely on for the congress pls', 'tai-lieu'],
  ['en', 'team mình cần setup những team nào để prepare cho congress?', 'chuan-bi'],
  ['en', 'What is the weather going to be like in Hanoi tomorrow?', null],
  ['en', 'can u book me a flight to Da Nang this weekend', null],
  ['en', 'Who will win the next US presidential election?', null],

  // Facts from FACTS.md.
  ['fact', 'Chỉ thị nào của Bộ Chính trị đã thay thế chỉ thị về đại hội ban hành tháng 6/2024?', 'thay-doi'],
  [
    'fact',
    'Ngày 1/7/2025 ở Hà Nội có bao nhiêu đảng bộ quận, huyện, thị xã thôi hoạt động?',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'Chỉ thị về đại hội của Bộ Chính trị năm 2024 có mấy phụ lục?', 'chi-thi-35'],
  ['fact', 'Chỉ thị đại hội năm 2024 nêu bao nhiêu yêu cầu?', 'chi-thi-35'],
  ['fact', 'Đại hội đại biểu toàn quốc lần thứ XIV kết thúc vào hôm nào?', 'dai-hoi-xiv'],
  ['fact', 'Theo Điều lệ Đảng trước đây, mỗi 5 năm chi bộ đại hội bao nhiêu lần?', 'chi-bo-5-nam'],
  [
    'fact',
    'Kết luận của Bộ Chính trị và Ban Bí thư tháng 10/2025 đánh giá đại hội các cấp thế nào?',
    'ket-qua',
  ],
  ['fact', 'Phường chúng tôi chạy mô hình chính quyền hai cấp chính thức từ ngày nào?', 'chinh-quyen-2-cap'],
  [
    'fact',
    'Văn bản hướng dẫn của Ban Tổ chức Trung ương cho chỉ thị đại hội năm 2024 là văn bản nào?',
    'chi-thi-35',
  ],
  [
    'fact',
    'Cơ chế sàng lọc để không bỏ sót người thực sự có đức, có tài là một yêu cầu của chỉ thị nào?',
    'chi-thi-35',
  ],

  // Out of scope: other organisations' congresses.
  ['lookalike', 'Đại hội Đoàn phường nhiệm kỳ tới tổ chức khi nào?', null],
  ['lookalike', 'Đại hội Hội Cựu chiến binh phường năm nay có mấy nội dung?', null],
  ['lookalike', 'Đại hội công đoàn chi nhánh ngân hàng bầu ban chấp hành bao nhiêu người?', null],
  ['lookalike', 'Đại hội Hội Liên hiệp Phụ nữ phường cần chuẩn bị báo cáo gì?', null],
  ['lookalike', 'Đại hội đồng cổ đông thường niên của ngân hàng năm nay họp ngày nào?', null],
  ['lookalike', 'Đại hội Hội Khuyến học phường có phải xin phép ủy ban không?', null],
  ['lookalike', 'Đại hội Liên đội trường tiểu học bầu chỉ huy liên đội thế nào', null],
  // Other senses of "đại hội".
  ['lookalike', 'Trong Thiên long bát bộ có đại hội anh hùng ở chùa nào?', null],
  ['lookalike', 'Đại hội thể dục thể thao của phường đăng ký môn cầu lông ở đâu?', null],
  ['lookalike', 'SEA Games, tức Đại hội Thể thao Đông Nam Á, lần tới tổ chức ở nước nào?', null],
  ['lookalike', 'đại hội cosplay anime cuối tuần này ở Hà Nội mua vé ở đâu', null],
  ['lookalike', 'Đại hội cháu ngoan Bác Hồ của quận năm nay khi nào?', null],
  ['lookalike', 'đại hội startup founders meetup tuần sau ở đâu vậy mn', null],
  // Other party business.
  ['lookalike', 'Thủ tục kết nạp đảng viên mới cần những hồ sơ gì?', null],
  ['lookalike', 'Đảng viên hưởng lương ở ngân hàng đóng đảng phí bao nhiêu phần trăm?', null],
  ['lookalike', 'Chuyển sinh hoạt đảng khi chuyển công tác sang chi nhánh khác làm thế nào?', null],
  ['lookalike', 'Đánh giá, xếp loại đảng viên cuối năm dùng mẫu nào?', null],
  ['lookalike', 'Hồ sơ đề nghị tặng huy hiệu tuổi Đảng gồm những gì?', null],
  ['lookalike', 'Lịch sinh hoạt chi bộ hằng tháng thường vào ngày nào?', null],
  ['lookalike', 'Học lớp bồi dưỡng nhận thức về Đảng đăng ký ở đâu?', null],
  ['lookalike', 'Hội nghị Trung ương gần nhất ra những nghị quyết gì?', null],
  ['lookalike', 'Cử tri trong phường đi bầu đại biểu Quốc hội và HĐND ở điểm bỏ phiếu nào?', null],
  // People in posts.
  ['lookalike', 'Bí thư Đảng ủy phường mình hiện nay là ai?', null],
  ['lookalike', 'Chủ tịch UBND phường mới tên là gì?', null],
  ['lookalike', 'Đồng chí Nguyễn Quang Trung hiện công tác ở đơn vị nào?', null],
  // Addresses, opening hours.
  ['lookalike', 'Trụ sở Đảng ủy phường mới chuyển về đâu rồi?', null],
  ['lookalike', 'Số 33 Đại Cồ Việt bây giờ là trụ sở của cơ quan nào?', null],
  ['lookalike', 'Thứ Bảy bộ phận tiếp nhận hồ sơ của phường có làm việc không?', null],
  // Money.
  ['lookalike', 'Tỷ giá đô la hôm nay ở ngân hàng bao nhiêu?', null],
  ['lookalike', 'Lãi suất gửi tiết kiệm 12 tháng ở chi nhánh mình là mấy phần trăm?', null],
  ['lookalike', 'giá vàng SJC sáng nay', null],
  ['lookalike', 'Nhuận bút bài viết cho báo phường được tính thế nào?', null],
  // Weather.
  ['lookalike', 'chiều nay phường mình có mưa dông không', null],
  ['lookalike', 'Cơn bão sắp tới có đổ bộ vào miền Bắc không?', null],
  // Personal matters.
  ['lookalike', 'Con tôi bị sốt nên cho uống thuốc gì?', null],
  ['lookalike', 'Viết đơn xin nghỉ phép ba ngày thế nào cho đúng mẫu?', null],
  ['lookalike', 'Gợi ý giúp mình món quà sinh nhật cho vợ', null],
  ['lookalike', 'lương hưu tăng chưa', null],
  // Other countries.
  ['lookalike', 'Đảng Cộng sản Trung Quốc tổ chức đại hội lần thứ 20 vào năm nào?', null],
  ['lookalike', 'Đảng Nhân dân Cách mạng Lào có bao nhiêu đảng viên?', null],
  ['lookalike', 'Đảng Cộng sản Cuba có bao nhiêu đảng viên?', null],
  // The bot itself.
  ['lookalike', 'Ai là người cài đặt và quản trị con bot này cho phường?', null],
  ['lookalike', 'Bot viết bằng ngôn ngữ lập trình gì, chạy trên server nào?', null],
  ['lookalike', 'Mày có phải ChatGPT không?', null],
  ['lookalike', 'Bot có lưu lại tin nhắn của tôi không, ai đọc được?', null],
  // Small talk and the IT volunteer's tests.
  ['lookalike', 'chào bot, chúc một ngày tốt lành', null],
  ['lookalike', 'Kể cho tôi một chuyện cười đi', null],
  ['lookalike', 'rằm tháng này rơi vào thứ mấy dương lịch', null],
  ['lookalike', 'test test 1 2 3 bot co song khong', null],
  ['lookalike', 'SELECT * FROM units;', null],
  ['lookalike', '<script>alert(1)</script>', null],
  ['lookalike', 'giá xăng?', null],
];

export const NEWSET27: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
