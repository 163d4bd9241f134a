/**
 * The thirty-first new evaluation set (issue 11, point 6), written on 2026-12-03 from 16:43 UTC
 * (committed in the commit "Eval: newset31, the thirty-first unseen set") by a helper (set31) that
 * had not seen the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset30.ts (the lines before its import line, and that import line) and its export line, the
 * part of newset.ts before `const items`, newset30.test.ts, set-shape.ts, set-checks.ts and
 * sets.ts. Nothing under src/ or bench/, no README, no git log, diff or show, and no other set's
 * items were read. Its users are imagined as the cell secretaries of a telecoms company, of an art
 * school and of a fishing cooperative, a ward organisation-board clerk preparing the year-end
 * review, a member who is a lawyer and asks precise questions, a teenager helping her grandfather,
 * and a British historian who writes in English; with the out-of-scope messages such users send
 * (other organisations' congresses, other senses of "đại hội", other party business, people in
 * posts, addresses and phone numbers, money and prices, weather and the sea, health, cooking and
 * pets, law outside the Party, other countries and history, the bot itself and small talk).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset31.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why. Engine changes reached main while it was being written (up to
 * 6832df2) and one after its commit (e759fad: the cadre standards' title, a market's traders,
 * "plus"); its writer saw none of them. It was measured once on the engine as it stood then, at
 * 16:48 UTC on main e759fad (`node --expose-gc dist/bench/qa.js`, load 1.66): qa_new_top1 94.4 %,
 * qa_new_oos_refused 100.0 % (8 in-scope misses, no lookalike answered; qa_p99_us 304.8 in that
 * run, p50 76.5). Its misses were listed after that run, and it is a development set since.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, age limits, committee sizes,
 * the money a congress may spend, who was elected to which post, whether a congress may be held
 * online, the date of the 13th Congress, how the 2019 and 2024 rules differ, national and district
 * membership figures) were left out, not guessed.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number, in several spellings each.
  [
    'doc',
    'Bí thư chi bộ viễn thông hỏi: Chỉ thị số 35-CT/TW ngày 14/6/2024 đến giờ còn giá trị pháp lý không?',
    'doc:ct-35-2024',
  ],
  ['doc', 'CT 35 năm 2024 của Bộ Chính trị bị thay bằng văn bản nào?', 'doc:ct-35-2024'],
  ['doc', 'For my chapter footnotes: was Directive 35 of June 2024 later superseded?', 'doc:ct-35-2024'],
  ['doc', 'ct35/2024 cơ quan nào ban hành', 'doc:ct-35-2024'],
  ['doc', 'Chỉ thị 35-CT/TW ngày 30/5/2019 nói về việc gì?', 'doc:ct-35-2019'],
  ['doc', 'ông em nhắc chỉ thị 35 năm 2019, cái đó phục vụ đại hội khóa nào ạ', 'doc:ct-35-2019'],
  ['doc', 'Directive 35-CT/TW of 2019, toward the 13th Congress: what is its status?', 'doc:ct-35-2019'],
  ['doc', 'chi bộ HTX nghề cá vẫn giữ bản CT35 năm 2019, giờ dùng được nữa không?', 'doc:ct-35-2019'],
  ['doc', 'Kết luận số 118-KL/TW điều chỉnh những gì?', 'doc:kl-118-2025'],
  [
    'doc',
    'Tôi là luật sư, cần trích dẫn chính xác: KL 118 năm 2025 do cơ quan nào ban hành?',
    'doc:kl-118-2025',
  ],
  ['doc', 'Conclusion 118: was it replaced, and when?', 'doc:kl-118-2025'],
  ['doc', 'Luật sư cần ngày ký chính xác của Chỉ thị 45-CT/TW', 'doc:ct-45-2025'],
  ['doc', 'ct 45 thay cho văn bản nào vậy', 'doc:ct-45-2025'],
  ['doc', 'What does Directive 45 of April 2025 cover?', 'doc:ct-45-2025'],
  ['doc', 'Văn phòng phường làm tổng kết năm cần tóm tắt Kết luận 200-KL/TW', 'doc:kl-200-2025'],
  ['doc', 'kl200 ky thang may nam nao vay', 'doc:kl-200-2025'],
  ['doc', 'Conclusion 200 of October 2025 — who issued it?', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW do ai ban hành?', 'doc:hd-27-2024'],
  ['doc', 'HD 27 của Ban Tổ chức Trung ương hướng dẫn việc gì', 'doc:hd-27-2024'],
  ['doc', 'Guidance 27-HD/BTCTW: when was it issued?', 'doc:hd-27-2024'],
  ['doc', 'Hướng dẫn số 18-HD/BTCTU của Ban Tổ chức Thành ủy về nội dung gì?', 'doc:hd-18-2024'],
  ['doc', 'hd18 btctu ban hành ngày mấy', 'doc:hd-18-2024'],
  ['doc', "The Hanoi Organisation Board's guidance 18: what is its status?", 'doc:hd-18-2024'],
  [
    'doc',
    'Trích dẫn cho đúng: Kế hoạch 258-KH/TU của Thành ủy Hà Nội đề ngày nào, tình trạng ra sao?',
    'doc:kh-258-2024',
  ],
  ['doc', 'KH 258 còn hiệu lực không ạ', 'doc:kh-258-2024'],
  ['doc', 'kh258 thành ủy hn', 'doc:kh-258-2024'],
  ['doc', 'What can you tell a historian about Plan 258 of the Hanoi city committee?', 'doc:kh-258-2024'],
  [
    'doc',
    'Kế hoạch số 203-KH/QU mà chi bộ trường mỹ thuật được phát hồi 2024 nói về việc gì?',
    'doc:kh-203-2024',
  ],
  ['doc', 'KH203 quận ủy ngày bao nhiêu', 'doc:kh-203-2024'],
  ['doc', 'Plan 203-KH/QU: is it still valid after the districts were abolished?', 'doc:kh-203-2024'],
  [
    'doc',
    'Nghị quyết 26-NQ/TW năm 2018 mà hội nghị nhắc khi chọn nhân sự là nghị quyết nào?',
    'doc:nq-26-2018',
  ],
  ['doc', 'NQ 26 của Trung ương khóa XII ban hành ngày nào', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26 of May 2018 — who issued it?', 'doc:nq-26-2018'],
  [
    'doc',
    'Quy định 89-QĐ/TW năm 2017 về tiêu chuẩn cán bộ, hồ sơ chi bộ còn được viện dẫn không?',
    'doc:qd-89-2017',
  ],
  ['doc', 'QĐ 89 năm 2017 bị thay thế chưa', 'doc:qd-89-2017'],
  ['doc', 'qd89 tieu chuan can bo con hieu luc ko', 'doc:qd-89-2017'],
  ['doc', 'Regulation 89 on cadre standards: current status?', 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365-QĐ/TW do cơ quan nào ký, vào ngày nào?', 'doc:qd-365-2025'],
  ['doc', 'QD 365 thay quy định nào', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365 of August 2025 — which earlier rule did it displace?', 'doc:qd-365-2025'],
  ['doc', 'Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy về nội dung gì?', 'doc:qd-14-2023'],
  ['doc', 'qđ 14 thành ủy hà nội về tiêu chí đánh giá cán bộ', 'doc:qd-14-2023'],
  ['doc', 'Regulation 14-QĐ/TU — which body of the Hanoi committee issued it, and when?', 'doc:qd-14-2023'],
  ['doc', 'Quy định 2656-QĐ/QU ngày 13/11/2023 là văn bản gì?', 'doc:qd-2656-2023'],
  ['doc', 'QĐ2656 của Quận ủy còn hiệu lực không', 'doc:qd-2656-2023'],
  ['doc', 'Regulation 2656 of the Hai Ba Trung district committee', 'doc:qd-2656-2023'],
  [
    'doc',
    'Quy định số 1216-QĐ/QU của Ban Thường vụ Quận ủy, ngày ban hành và tình trạng?',
    'doc:qd-1216-2022',
  ],
  ['doc', 'QD 1216 quan uy hai ba trung', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216 of the district standing board: what did it concern?', 'doc:qd-1216-2022'],
  [
    'doc',
    'Xin ngày có hiệu lực chính xác của Quy định 294-QĐ/TW để ghi vào ý kiến pháp lý',
    'doc:qd-294-2025',
  ],
  ['doc', 'qđ 294 ai ban hành', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294-QĐ/TW on party-cell congresses: what is it?', 'doc:qd-294-2025'],
  ['doc', 'Hướng dẫn 26-HD/BTCTW ngày 18/10/2019 hướng dẫn gì?', 'doc:hd-26-2019'],
  ['doc', 'HD 26 năm 2019 hồi nhiệm kỳ trước hướng dẫn cái gì', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26-HD/BTCTW of 2019 (the previous term): its status?', 'doc:hd-26-2019'],

  // Documents the pack does not hold.
  ['unknown-doc', 'Quy định 232-QĐ/TW thi hành Điều lệ Đảng nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 05-CT/TW về học tập và làm theo tư tưởng Bác còn hiệu lực không?', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 57-NQ/TW về khoa học công nghệ có áp dụng cho đại hội không?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 123-KL/TW đề ngày nào, ai ký?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 12-HD/BTCTW về đại hội chi bộ', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 300-KH/TU của Thành ủy nói gì', 'unknown-doc'],
  ['unknown-doc', 'Quy định 144-QĐ/TW về chuẩn mực đạo đức cách mạng', 'unknown-doc'],
  ['unknown-doc', 'Directive 40-CT/TW: what is it?', 'unknown-doc'],
  ['unknown-doc', 'Công văn 1500-CV/QU về đại hội gửi các chi bộ', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 02-HD/TW của Ban Bí thư', 'unknown-doc'],
  ['unknown-doc', 'Regulation 80-QĐ/TW on delegating cadre management', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 137-KL/TW về sắp xếp tổ chức bộ máy', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị quyết 21-NQ/TW về củng cố tổ chức cơ sở đảng nói gì về đại hội chi bộ?',
    'unknown-doc',
  ],
  ['unknown-doc', 'kế hoạch 150-KH/ĐU của đảng ủy phường', 'unknown-doc'],

  // In scope, with everyday words around the question.
  [
    'offword',
    'Chi bộ công ty viễn thông của tôi đại hội phải làm mấy nội dung, tóm gọn để đọc trên điện thoại',
    'noi-dung',
  ],
  [
    'offword',
    'Chi bộ trường mỹ thuật định mời ban nhạc, trang trí hoành tráng cho đại hội, có trái tinh thần chống lãng phí không?',
    'nguyen-tac',
  ],
  ['offword', 'Hợp tác xã đánh cá có chi bộ, đại hội chi bộ bầu những gì?', 'noi-dung'],
  ['offword', 'Chi bộ trong Hội Cựu chiến binh phường chuẩn bị đại hội cần lập những tổ nào?', 'chuan-bi'],
  ['offword', 'Chi bộ Hội Phụ nữ bây giờ mấy năm mới đại hội một lần?', 'chi-bo-5-nam'],
  [
    'offword',
    'Đoàn viên thanh niên trong chi bộ trường học viết báo cáo chính trị cần đánh giá những gì?',
    'van-kien',
  ],
  ['offword', 'Chi bộ trường cấp 2 viết báo cáo kiểm điểm cấp ủy phải tự phê bình thế nào?', 'van-kien'],
  [
    'offword',
    'Nấu cỗ linh đình mừng đại hội chi bộ khu phố có bị coi là phô trương, lãng phí không?',
    'nguyen-tac',
  ],
  ['offword', 'Ông em là đảng viên lâu năm, ông hỏi đại hội chi bộ năm nay phải bầu những gì ạ?', 'noi-dung'],
  [
    'offword',
    'Cháu giúp ông đọc trên điện thoại: Đại hội XIV của Đảng họp vào những ngày nào?',
    'dai-hoi-xiv',
  ],
  ['offword', 'Chi bộ trường học chọn người vào cấp ủy khóa mới theo những quy định nào?', 'nhan-su'],
  ['offword', 'Chi bộ trực thuộc ở công ty viễn thông phải đại hội xong trong tháng nào?', 'lich-trinh'],
  [
    'offword',
    'Chị em Hội Phụ nữ hỏi tôi, đại hội đảng các cấp nhiệm kỳ 2025 - 2030 tổ chức xong chưa?',
    'ket-qua',
  ],
  [
    'offword',
    'Đi biển về mới họp được, chi bộ hợp tác xã nghề cá cần chuẩn bị đại hội những việc gì?',
    'chuan-bi',
  ],
  ['offword', 'Đoàn viên hỏi: đại hội điểm ở chi bộ trực thuộc làm vào tháng mấy?', 'dai-hoi-diem'],

  // Two topics in one message.
  ['two-part', 'Đại hội chi bộ gồm mấy nội dung, và cấp ủy trình những báo cáo nào?', 'noi-dung+van-kien'],
  ['two-part', 'Đại hội XIV họp ngày nào; đại hội các cấp đã xong chưa?', 'dai-hoi-xiv+ket-qua'],
  ['two-part', 'Lịch đại hội chi bộ trực thuộc, kèm luôn đại hội điểm là khi nào', 'lich-trinh+dai-hoi-diem'],
  [
    'two-part',
    'Tiêu chuẩn chọn nhân sự cấp ủy khóa mới, ngoài ra phải lập những tổ nào để chuẩn bị?',
    'nhan-su+chuan-bi',
  ],
  [
    'two-part',
    'Chi bộ giờ mấy năm đại hội một lần? Còn cấp huyện bỏ từ bao giờ?',
    'chi-bo-5-nam+chinh-quyen-2-cap',
  ],
  ['two-part', 'Nguyên tắc tổ chức đại hội cũng như bốn nội dung đại hội là gì', 'nguyen-tac+noi-dung'],
  [
    'two-part',
    'Báo cáo kiểm điểm viết thế nào, đồng thời quy trình nhân sự cấp ủy ra sao?',
    'van-kien+nhan-su',
  ],
  [
    'two-part',
    'Tell me about the pilot congresses, and also the timeline for each kind of unit.',
    'dai-hoi-diem+lich-trinh',
  ],
  [
    'two-part',
    'Đại hội Đảng bộ quận lần thứ XXVII là gì, rồi chính quyền hai cấp thay đổi gì?',
    'dai-hoi-quan+chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'Cho tôi danh sách văn bản về đại hội cùng những thay đổi từ sau hội nghị tháng 10/2024',
    'tai-lieu+thay-doi',
  ],
  [
    'two-part',
    'Chỉ thị về đại hội năm 2024 gồm những phần nào, với lại Đại hội XIV tổ chức lúc nào?',
    'chi-thi-35+dai-hoi-xiv',
  ],
  [
    'two-part',
    'What are the four items of a congress — plus, is the whole round over now?',
    'noi-dung+ket-qua',
  ],

  // Phrased by unit type.
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở như chi bộ tổ sản xuất của chúng tôi đại hội từ tháng nào đến tháng nào?',
    'lich-trinh',
  ],
  ['unit', 'Đảng bộ cơ sở phải xong đại hội trước ngày nào?', 'lich-trinh'],
  ['unit', 'chi bộ cơ sở thì được phép bắt đầu đại hội từ tháng mấy năm 2025', 'lich-trinh'],
  ['unit', 'Là chi bộ cơ sở, đại hội của chúng tôi phải làm mấy nội dung?', 'noi-dung'],
  ['unit', 'Đảng bộ cơ sở chọn mấy chi bộ trực thuộc làm đại hội điểm?', 'dai-hoi-diem'],
  ['unit', 'We are a grassroots party cell: by when was our congress due?', 'lich-trinh'],
  ['unit', 'Chi bộ trực thuộc giờ 5 năm mới đại hội một lần à?', 'chi-bo-5-nam'],
  ['unit', 'Đảng bộ cơ sở trình đại hội những báo cáo nào?', 'van-kien'],
  ['unit', 'Đảng bộ cơ sở chuẩn bị đại hội cần lập các tổ gì?', 'chuan-bi'],

  // No diacritics, typos, chat shorthand.
  ['typo', 'dh chi bo thi gom may nd vay a', 'noi-dung'],
  ['typo', 'bc chinh tri vs bc kiem diem cua cap uy viet ntn', 'van-kien'],
  ['typo', 'dai hoi xiv hop ngay nao z', 'dai-hoi-xiv'],
  ['typo', 'cb truc thuoc phai dh xong han chot thang may', 'lich-trinh'],
  ['typo', 'dai hoi diem thang 12 la j', 'dai-hoi-diem'],
  ['typo', 'nhan su cap uy khoa moi theo tieu chuan nao', 'nhan-su'],
  ['typo', 'chi bo 5 nam dh 1 lan dung k', 'chi-bo-5-nam'],
  ['typo', 'tu 1/7/2025 bo cap huyen ha', 'chinh-quyen-2-cap'],
  ['typo', 'ad oi dh cac cap nk 2025-2030 da xong toan bo chua', 'ket-qua'],
  ['typo', 'chuan bi dh can lap to van kien to nhan su ko', 'chuan-bi'],
  ['typo', 'to chuc dh phai dam bao nguyen tac gi, tap trung dan chu ha', 'nguyen-tac'],
  ['typo', 'co gi thay doi tu sau hn 23/10/2024 ko', 'thay-doi'],
  ['typo', 'dai hoi dang bo quan hbt lan thu 27', 'dai-hoi-quan'],
  ['typo', 'ds van ban ve dh nhiem ky nay', 'tai-lieu'],
  ['typo', 'dhội chi bộ trực thuộc cần bầu j', 'noi-dung'],

  // English.
  ['en', 'What agenda items must a grassroots party congress get through?', 'noi-dung'],
  ['en', 'Which two reports does the outgoing committee lay before the congress?', 'van-kien'],
  [
    'en',
    'A British historian asks: between which January dates did the 14th National Congress sit?',
    'dai-hoi-xiv',
  ],
  ['en', 'Is the 2025-2030 congress round finished?', 'ket-qua'],
  ['en', 'What happened to the district-level party committees in Hanoi in July 2025?', 'chinh-quyen-2-cap'],
  ['en', 'Under the 2025 pilot, how many years pass between two party-cell congresses?', 'chi-bo-5-nam'],
  ['en', 'What were the pilot congresses of December 2024?', 'dai-hoi-diem'],
  [
    'en',
    "Which resolutions and regulations govern the nomination of the new committee's members?",
    'nhan-su',
  ],
  ['en', 'What principles must a congress follow?', 'nguyen-tac'],
  ['en', 'Which teams should be set up to prepare the congress?', 'chuan-bi'],
  ['en', 'What has changed since the district conference of October 2024, in date order?', 'thay-doi'],
  ['en', 'List the source documents you draw on for the 2025-2030 congresses', 'tai-lieu'],
  ['en', 'Tell me about the 27th congress of Hai Ba Trung district', 'dai-hoi-quan'],

  // Facts from FACTS.md.
  ['fact', 'Đại hội XIV của Đảng khai mạc và bế mạc ngày nào?', 'dai-hoi-xiv'],
  ['fact', 'Chỉ thị về đại hội ban hành tháng 4/2025 thay cho những văn bản nào?', 'thay-doi'],
  [
    'fact',
    'Mô hình chính quyền địa phương hai cấp chính thức vận hành từ ngày tháng năm nào?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Khi bỏ cấp huyện, Hà Nội có bao nhiêu đảng bộ quận, huyện, thị xã dừng hoạt động?',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'Trước thí điểm, Điều lệ quy định chi bộ đại hội mấy lần trong 5 năm?', 'chi-bo-5-nam'],
  ['fact', 'Bộ Chính trị kết luận thế nào về kết quả đại hội các cấp nhiệm kỳ 2025 - 2030?', 'ket-qua'],
  ['fact', 'Chỉ thị của Bộ Chính trị tháng 6/2024 về đại hội có mấy phần, mấy phụ lục?', 'chi-thi-35'],
  [
    'fact',
    "I'm writing a history: what were the seven requirements of the 2024 Politburo directive on congresses?",
    'chi-thi-35',
  ],
  ['fact', 'Sau hội nghị, văn bản nào điều chỉnh chỉ thị về đại hội vào tháng 1/2025?', 'thay-doi'],
  ['fact', 'Theo kết luận tháng 10/2025, đợt đại hội đảng các cấp lần này kết thúc chưa?', 'ket-qua'],

  // Out of scope: refused.
  ['lookalike', 'Đại hội Đoàn Thanh niên công ty viễn thông nhiệm kỳ mới tổ chức khi nào?', null],
  ['lookalike', 'Đại hội Công đoàn cơ sở trường mỹ thuật cần chuẩn bị những gì?', null],
  ['lookalike', 'Đại hội xã viên hợp tác xã đánh cá bầu ban quản trị thế nào?', null],
  ['lookalike', 'Hội Cựu chiến binh phường đại hội nhiệm kỳ mới vào tháng mấy?', null],
  ['lookalike', 'Đại hội đại biểu phụ nữ phường lần này có mấy nội dung?', null],
  [
    'lookalike',
    'Đại hội đồng cổ đông thường niên của công ty viễn thông phải họp trước ngày nào theo Luật Doanh nghiệp?',
    null,
  ],
  ['lookalike', 'Đại hội thể dục thể thao phường năm nay có môn bơi không?', null],
  ['lookalike', 'Đại hội Mặt trận Tổ quốc phường bầu bao nhiêu ủy viên?', null],
  ['lookalike', 'Đại hội Hội Mỹ thuật Việt Nam khóa mới bầu ai làm chủ tịch?', null],
  [
    'lookalike',
    'Đại hội Đảng Cộng sản Trung Quốc lần thứ 20 bầu ra những ai vào Thường vụ Bộ Chính trị?',
    null,
  ],
  ['lookalike', 'When is the Labour Party conference this year?', null],
  ['lookalike', 'Lễ hội cosplay anime ở Hà Nội cuối tuần này bán vé ở đâu?', null],
  ['lookalike', 'Đại hội võ lâm trong truyện Kim Dung là hồi nào?', null],
  ['lookalike', 'Đại hội Giáo hội Phật giáo Việt Nam nhiệm kỳ mới tổ chức ở đâu?', null],
  ['lookalike', 'Ngày hội đại đoàn kết toàn dân tộc ở khu dân cư tổ chức thế nào?', null],
  ['lookalike', 'Thủ tục kết nạp đảng viên mới ở chi bộ trường nghệ thuật gồm những bước nào?', null],
  ['lookalike', 'Ông em lương hưu 6 triệu thì đảng phí mỗi tháng đóng bao nhiêu ạ?', null],
  ['lookalike', 'Chuyển sinh hoạt đảng từ công ty cũ sang chi bộ mới làm thủ tục gì?', null],
  ['lookalike', 'Ông cháu đánh rơi thẻ đảng viên lúc đi chợ, làm lại thẻ ở đâu?', null],
  ['lookalike', 'Đảng viên uống rượu rồi lái xe bị kỷ luật hình thức nào?', null],
  ['lookalike', 'Ông cháu được tặng Huy hiệu 50 năm tuổi Đảng thì có kèm tiền thưởng không ạ?', null],
  [
    'lookalike',
    'Mẫu báo cáo tổng kết công tác xây dựng Đảng cuối năm của ban tổ chức phường lấy ở đâu?',
    null,
  ],
  ['lookalike', 'Đánh giá, xếp loại chất lượng đảng viên cuối năm có mấy mức?', null],
  ['lookalike', 'Hạn nộp bản kiểm điểm cá nhân cuối năm cho đảng ủy phường là ngày nào?', null],
  ['lookalike', 'Lễ kết nạp đoàn viên mới cần chuẩn bị những gì?', null],
  ['lookalike', 'Tiết mục văn nghệ chào mừng ngày thành lập Đảng 3/2 nên chọn bài hát nào?', null],
  ['lookalike', 'Bí thư Đảng ủy phường hiện nay là ai?', null],
  ['lookalike', 'Ai đang giữ chức Tổng Bí thư?', null],
  ['lookalike', 'Cho xin số điện thoại bàn của văn phòng đảng ủy phường để gọi hỏi', null],
  ['lookalike', 'Trụ sở đảng ủy phường mới sau sáp nhập nằm ở địa chỉ nào?', null],
  ['lookalike', 'Giá vàng nhẫn sáng nay bán ra bao nhiêu một chỉ?', null],
  ['lookalike', 'Chiều mai Hà Nội mưa to không, chi bộ định họp ngoài trời', null],
  ['lookalike', 'Bão sắp vào vùng biển Quảng Ninh, tàu cá có nên ra khơi không?', null],
  ['lookalike', 'Cách nấu canh chua cá cho tám người?', null],
  ['lookalike', 'Ông em bị cao huyết áp thì nên ăn gì ạ?', null],
  ['lookalike', 'Gói cước 4G nào của nhà mạng rẻ nhất?', null],
  ['lookalike', 'Học phí trường đại học mỹ thuật năm nay bao nhiêu?', null],
  ['lookalike', 'Trường mỹ thuật tuyển sinh ngành hội họa cần thi những môn gì?', null],
  ['lookalike', 'Tàu cá đăng ký biển số ở cơ quan nào?', null],
  ['lookalike', 'Đăng ký xe máy chính chủ ở phường mới làm ở đâu?', null],
  ['lookalike', 'Bỏ sổ hộ khẩu rồi thì xác nhận cư trú thế nào?', null],
  ['lookalike', 'Mức lương cơ sở áp dụng từ năm 2026 tăng lên bao nhiêu?', null],
  ['lookalike', 'Năm nay Tết Nguyên đán rơi vào ngày nào dương lịch?', null],
  ['lookalike', 'Nhà em nuôi mèo, mèo bỏ ăn mấy hôm thì làm sao ạ?', null],
  ['lookalike', 'Thời hiệu khởi kiện tranh chấp hợp đồng dân sự là bao lâu?', null],
  ['lookalike', 'Theo Bộ luật Lao động, người lao động được nghỉ phép năm bao nhiêu ngày?', null],
  ['lookalike', 'Thủ tục ly hôn thuận tình nộp hồ sơ ở tòa nào?', null],
  ['lookalike', 'Cuộc bầu cử tổng thống Mỹ gần nhất diễn ra khi nào?', null],
  ['lookalike', 'How did Parliament reorganise English local councils in 1974?', null],
  ['lookalike', 'What was the Sixth Party Congress of 1986 known for?', null],
  ['lookalike', 'Who became general secretary after the 1986 congress?', null],
  ['lookalike', 'Tổng kết năm của đội văn nghệ phường cần báo cáo những gì?', null],
  ['lookalike', 'Bạn là ai, do ai làm ra?', null],
  ['lookalike', 'Bot có chơi cờ tướng được không?', null],
  ['lookalike', 'Cảm ơn bạn nhé, chúc ngủ ngon', null],
  ['lookalike', 'hi bot, hôm nay thế nào', null],
  ['lookalike', 'Kể chuyện cười đi', null],
];

export const NEWSET31: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
