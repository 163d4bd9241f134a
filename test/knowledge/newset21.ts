/**
 * The twenty-first new evaluation set (issue 11, point 6), written on 2026-12-02 from 18:06 UTC
 * (committed in the commit "Eval: newset21, the twenty-first unseen set") by a helper (set21) that
 * had not seen the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from config/dh-2025-2030.yaml only the documents' ids, numbers, dates,
 * titles/abouts, issuers and statuses, the unit types' codes and names, and each topic's id, title
 * and body, printed by a small script that parsed the YAML and printed nothing else (no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset20.ts (its first 36 lines, before its import line) and its export line, the header, types,
 * `judge` and `describe` of newset.ts, newset20.test.ts, set-shape.ts, set-checks.ts and sets.ts.
 * Nothing under src/ or bench/, no README, no git log, diff or show, nothing of newset12.ts …
 * newset20.ts beyond that header and export line, and no other set's items were read. Its users
 * are imagined as a month of ordinary traffic: cell secretaries and members young and old,
 * organisation-board staff, an English speaker or two, writing formally or in chat shorthand,
 * with and without diacritics, with typos, some telling a story first, some asking two things at
 * once; and the out-of-scope messages such traffic holds (other organisations' congresses, other
 * senses of "đại hội", other party business, people in posts, offices and papers, weather, money,
 * personal matters, other countries, the bot itself, small talk).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset21.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why. Engine changes reached main while it was being written (up to
 * de7773e) and one after its commit (2bdfa02, the principles' English keywords); its writer saw
 * none of them. It was measured once on the engine as it stood then, at 18:11 UTC on main 9594dc9
 * (`node --expose-gc dist/bench/qa.js`, load 1.33): qa_new_top1 97.2 %, qa_new_oos_refused 98.1 %
 * (4 in-scope misses, 1 lookalike answered). Its misses were listed after that run, and it is a
 * development set since.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open were left out, not guessed.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // doc: every pack document by its number, in several spellings
  ['doc', 'Chỉ thị 35-CT/TW ngày 14/6/2024 bây giờ còn hiệu lực không ạ?', 'doc:ct-35-2024'],
  ['doc', 'ct35 nam 2024 bi thay the boi van ban nao vay', 'doc:ct-35-2024'],
  ['doc', 'Directive 35 of 2024 — who issued it and on what date?', 'doc:ct-35-2024'],
  ['doc', 'CT 35 năm 2024 của BCT tên đầy đủ là gì nhỉ', 'doc:ct-35-2024'],
  ['doc', 'Chỉ thị số 35-CT/TW ngày 30/5/2019 là về việc gì?', 'doc:ct-35-2019'],
  ['doc', 'ct 35 năm 2019 có còn áp dụng cho nhiệm kỳ này không', 'doc:ct-35-2019'],
  ['doc', 'the 2019 Directive 35-CT/TW, which congress was it for?', 'doc:ct-35-2019'],
  ['doc', 'Kết luận 118-KL/TW do cơ quan nào ban hành vậy?', 'doc:kl-118-2025'],
  ['doc', 'kl118 con hieu luc ko ad', 'doc:kl-118-2025'],
  ['doc', 'Conclusion 118 — is it still valid today?', 'doc:kl-118-2025'],
  [
    'doc',
    'Em đang làm báo cáo, cho em hỏi Chỉ thị 45-CT/TW ký ban hành đúng ngày nào để ghi cho chuẩn ạ?',
    'doc:ct-45-2025',
  ],
  ['doc', 'ct 45 nói về cái gì vậy mọi người', 'doc:ct-45-2025'],
  ['doc', 'Directive No. 45 of the Politburo: what is it about?', 'doc:ct-45-2025'],
  ['doc', 'chi thi so 45 thay the nhung van ban nao', 'doc:ct-45-2025'],
  ['doc', 'Kết luận số 200-KL/TW ngày 17/10/2025 nói gì?', 'doc:kl-200-2025'],
  ['doc', 'KL200 do ai ký ban hành thế', 'doc:kl-200-2025'],
  ['doc', 'Conclusion 200-KL/TW, who is the issuer?', 'doc:kl-200-2025'],
  [
    'doc',
    'Trong tờ trình có nhắc Hướng dẫn 27-HD/BTCTW, văn bản đó do cơ quan nào ra vậy các đồng chí?',
    'doc:hd-27-2024',
  ],
  ['doc', 'HD 27 của Ban Tổ chức TW năm 2024 hướng dẫn cho chỉ thị nào thế', 'doc:hd-27-2024'],
  ['doc', "guidance 27 of the Central Organisation Commission, what's its date", 'doc:hd-27-2024'],
  ['doc', 'Hướng dẫn số 18-HD/BTCTU của Ban Tổ chức Thành ủy ra ngày nào?', 'doc:hd-18-2024'],
  ['doc', 'hd18 btctu con hieu luc khong', 'doc:hd-18-2024'],
  ['doc', 'HD 18 của BTC Thành ủy Hà Nội hướng dẫn nội dung gì?', 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch 258-KH/TU Thành ủy Hà Nội ký ngày bao nhiêu, tình trạng ra sao rồi?', 'doc:kh-258-2024'],
  ['doc', 'KH 258 TU do ai ban hành', 'doc:kh-258-2024'],
  ['doc', 'Plan 258-KH/TU, what is its status?', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch số 203-KH/QU tên đầy đủ là gì?', 'doc:kh-203-2024'],
  ['doc', 'kh203 cua quan uy hai ba trung ngay nao', 'doc:kh-203-2024'],
  ['doc', "Plan 203 of Hai Bà Trưng district, what's it about?", 'doc:kh-203-2024'],
  ['doc', 'KH 203/QU có còn hiệu lực sau khi bỏ cấp quận không?', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 về cán bộ là của Trung ương khóa mấy ban hành?', 'doc:nq-26-2018'],
  ['doc', 'NQ 26 ngày 19/5/2018 của Trung ương là văn bản gì', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26 of 2018: date and issuer please', 'doc:nq-26-2018'],
  ['doc', 'Quy định 89-QĐ/TW còn hiệu lực không?', 'doc:qd-89-2017'],
  ['doc', 'qd89 bi thay boi quy dinh nao roi', 'doc:qd-89-2017'],
  ['doc', 'Regulation 89 on cadre standards — has it been replaced?', 'doc:qd-89-2017'],
  ['doc', 'QĐ 89 năm 2017 của Bộ Chính trị về tiêu chuẩn cán bộ ban hành ngày nào', 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365-QĐ/TW ngày 30/8/2025 về nội dung gì?', 'doc:qd-365-2025'],
  ['doc', 'QĐ 365 thay thế văn bản nào vậy', 'doc:qd-365-2025'],
  ['doc', 'Regulation No. 365, who issued it?', 'doc:qd-365-2025'],
  ['doc', 'Quy định 14-QĐ/TU năm 2023 của Thường vụ Thành ủy quy định về vấn đề gì vậy?', 'doc:qd-14-2023'],
  ['doc', 'qd 14 tu ngay nao ban hanh', 'doc:qd-14-2023'],
  ['doc', 'Regulation 14-QĐ/TU of the Hanoi city committee — what date?', 'doc:qd-14-2023'],
  ['doc', 'Quy định 2656-QĐ/QU ký ngày nào?', 'doc:qd-2656-2023'],
  ['doc', 'QD 2656 quận ủy HBT nói về gì', 'doc:qd-2656-2023'],
  ['doc', 'regulation 2656 who issued it', 'doc:qd-2656-2023'],
  ['doc', 'Quy định số 1216-QĐ/QU về quy hoạch cán bộ ra ngày nào?', 'doc:qd-1216-2022'],
  ['doc', 'qđ1216 còn áp dụng không a', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216 of the district standing board: is it still in force?', 'doc:qd-1216-2022'],
  ['doc', 'Quy định 294-QĐ/TW về thí điểm đại hội chi bộ bắt đầu có hiệu lực từ hôm nào?', 'doc:qd-294-2025'],
  ['doc', 'QĐ 294 nam 2025 co quan nao ky ban hanh vay', 'doc:qd-294-2025'],
  ['doc', 'qd294 la van ban gi', 'doc:qd-294-2025'],
  ['doc', "Regulation 294 — what's it about?", 'doc:qd-294-2025'],
  ['doc', 'Hướng dẫn 26-HD/BTCTW năm 2019 là hướng dẫn gì?', 'doc:hd-26-2019'],
  ['doc', 'HD 26 năm 2019 của BTCTW bây giờ còn dùng được không', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26 from 2019 — what does it guide?', 'doc:hd-26-2019'],

  // unknown-doc: documents the pack does not hold
  ['unknown-doc', 'Nghị quyết 57-NQ/TW có nói gì về đại hội không?', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 36-CT/TW về đại hội là chỉ thị nào vậy?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 232-QĐ/TW về bầu cử trong Đảng ban hành ngày nào?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 06-HD/TW bot có không', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 126-KL/TW ban hành ngày nào', 'unknown-doc'],
  ['unknown-doc', 'KH 300-KH/TU của Thành ủy về đại hội nói gì', 'unknown-doc'],
  ['unknown-doc', 'Công văn 1234-CV/BTCTW hướng dẫn gì vậy?', 'unknown-doc'],
  ['unknown-doc', 'Thông báo số 77-TB/TW nói gì thế', 'unknown-doc'],
  ['unknown-doc', 'Directive 12-CT/TW on congresses — do you have it?', 'unknown-doc'],
  ['unknown-doc', "Resolution 66 on lawmaking, what's in it?", 'unknown-doc'],
  ['unknown-doc', 'quy dinh 24 qd tw ve bau cu trong dang', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 40-HD/BTCTU của Thành ủy về nhân sự đại hội', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 150-KH/QU của Quận ủy về đại hội chi bộ', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 19-NQ/TW còn hiệu lực không ạ', 'unknown-doc'],

  // offword: in scope, with everyday or other-organisation words
  [
    'offword',
    'Chi bộ trường tiểu học chỗ em chuẩn bị đại hội, cô hiệu trưởng hỏi đại hội phải có những nội dung gì ạ?',
    'noi-dung',
  ],
  ['offword', 'Chi bộ công ty cổ phần của mình đại hội thì phải bầu những gì?', 'noi-dung'],
  [
    'offword',
    'Chị em bên Hội phụ nữ nhờ hỏi giúp: báo cáo chính trị trình đại hội chi bộ phải đánh giá những gì?',
    'van-kien',
  ],
  [
    'offword',
    'Đại hội có được tổ chức liên hoan, tặng quà hoành tráng không, hay phải tiết kiệm?',
    'nguyen-tac',
  ],
  ['offword', 'Chi bộ bệnh viện chúng tôi cần lập những tổ nào để chuẩn bị đại hội?', 'chuan-bi'],
  [
    'offword',
    'Mình làm ở ngân hàng, chi bộ cơ quan hỏi: đợt đại hội nhiệm kỳ này các cấp đã xong hết chưa?',
    'ket-qua',
  ],
  [
    'offword',
    'Đang đi chợ thì nghe loa phường nói bỏ cấp huyện từ tháng 7, vậy chính quyền giờ còn mấy cấp?',
    'chinh-quyen-2-cap',
  ],
  ['offword', 'Đọc bài báo trên mạng nói chi bộ giờ chỉ đại hội 5 năm 1 lần, có đúng không?', 'chi-bo-5-nam'],
  [
    'offword',
    'Sếp giao em soạn slide về đại hội điểm, hồi đó chọn những đơn vị nào làm điểm ạ?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Hôm trước xem tivi thấy đưa tin đại hội toàn quốc của Đảng, họp từ ngày nào đến ngày nào vậy?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Chi bộ doanh nghiệp tư nhân giới thiệu nhân sự cấp ủy khóa mới thì dựa theo những văn bản nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Chi bộ khu phố muốn họp qua Zoom để quán triệt văn bản về đại hội, có được không hay phải họp trực tiếp?',
    'chuan-bi',
  ],
  [
    'offword',
    'Cô giáo dạy văn trong chi bộ nhờ hỏi: báo cáo kiểm điểm của cấp ủy phải viết theo tinh thần gì?',
    'van-kien',
  ],
  [
    'offword',
    'Làm bên công an xã, cho hỏi từ sau hội nghị quán triệt hồi tháng 10/2024 tới giờ có những thay đổi gì về đại hội?',
    'thay-doi',
  ],
  [
    'offword',
    'Nhà tôi ở Hai Bà Trưng, đại hội đảng bộ quận lần thứ XXVII tổ chức theo kế hoạch nào vậy?',
    'dai-hoi-quan',
  ],

  // two-part: two questions, two topics
  [
    'two-part',
    'Đại hội chi bộ gồm mấy nội dung, và cấp ủy phải trình những báo cáo gì?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Cho hỏi đại hội điểm chọn đơn vị nào, rồi nhân sự cấp ủy mới chọn theo tiêu chuẩn gì?',
    'dai-hoi-diem+nhan-su',
  ],
  [
    'two-part',
    'Đại hội XIV họp ngày nào? Còn đại hội các cấp nhiệm kỳ 2025-2030 đã xong hết chưa?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'chinh quyen 2 cap chay tu bao gio, va chi bo gio dai hoi may nam 1 lan',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Chuẩn bị đại hội cần làm những việc gì, và tổ chức đại hội phải theo nguyên tắc nào?',
    'chuan-bi+nguyen-tac',
  ],
  [
    'two-part',
    'What are the two reports submitted to the congress, and when was the 14th National Congress held?',
    'van-kien+dai-hoi-xiv',
  ],
  [
    'two-part',
    'Lịch đại hội của từng loại tổ chức đảng thế nào? Và bot dựa vào những văn bản nào?',
    'lich-trinh+tai-lieu',
  ],
  [
    'two-part',
    'Từ sau hội nghị 23/10/2024 có gì thay đổi không, và đại hội đảng bộ quận lần thứ XXVII tiến tới thế nào?',
    'thay-doi+dai-hoi-quan',
  ],
  [
    'two-part',
    'Báo cáo chính trị viết sao cho đúng? Với lại đại hội có phải chống lãng phí, không phô trương không?',
    'van-kien+nguyen-tac',
  ],
  [
    'two-part',
    'Đại hội bầu những gì, và chọn người vào cấp ủy khóa mới theo quy định nào?',
    'noi-dung+nhan-su',
  ],
  [
    'two-part',
    'Kết quả đại hội các cấp thế nào rồi, còn việc chi bộ đại hội 5 năm một lần thí điểm từ khi nào?',
    'ket-qua+chi-bo-5-nam',
  ],

  // unit: phrased per unit type
  [
    'unit',
    'Là bí thư một chi bộ trực thuộc đảng ủy cơ sở, tôi muốn biết chi bộ mình phải đại hội trong khoảng tháng nào?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở phải hoàn thành đại hội trước ngày bao nhiêu?', 'lich-trinh'],
  ['unit', 'Đảng bộ cơ sở đại hội khi nào, có phải sau khi các chi bộ trực thuộc xong không?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở bên mình phải chọn bao nhiêu chi bộ trực thuộc đứng ra làm đại hội điểm, vào tháng nào?',
    'dai-hoi-diem',
  ],
  ['unit', 'chi bo co so thi dai hoi co phai bau doan dai bieu di du dai hoi cap tren khong', 'noi-dung'],
  ['unit', 'Chi bộ trực thuộc có phải làm báo cáo kiểm điểm của cấp ủy không?', 'van-kien'],
  ['unit', 'Đảng ủy cơ sở có phải lập tổ văn kiện, tổ nhân sự cho đại hội không?', 'chuan-bi'],
  ['unit', 'Chi bộ thuộc đảng ủy phường thì giờ đại hội mấy năm một lần?', 'chi-bo-5-nam'],
  [
    'unit',
    'Bọn em là đảng bộ cơ sở khối hành chính sự nghiệp, hồi đó quận chọn mấy đơn vị khối này làm đại hội điểm?',
    'dai-hoi-diem',
  ],

  // typo: misspelt, with or without diacritics
  ['typo', 'dai hoi chi bo gom nhug noi dug gi z', 'noi-dung'],
  ['typo', 'báo cáo chíng trị phải đánh gia những j', 'van-kien'],
  ['typo', 'cong tac chuan bi dai hoi gom nhung viec gj', 'chuan-bi'],
  ['typo', 'nguyen tac tap trug dan chu khi to chuc dai hoi la sao', 'nguyen-tac'],
  ['typo', 'lịch đại hôi chi bộ trực thuôc là tháng mấy', 'lich-trinh'],
  ['typo', 'đại hội điễm chọn đơn vi nào vậy ad', 'dai-hoi-diem'],
  ['typo', 'nhân sư cấp ủy khóa mơi theo tiu chuẩn nào', 'nhan-su'],
  ['typo', 'đại hôij XIV của đảng tổ chứ ngày nào', 'dai-hoi-xiv'],
  ['typo', 'chính quyền đia phương hai câp bắt đầu từ ngày nào', 'chinh-quyen-2-cap'],
  ['typo', 'chi bộ đại hôi 5 năm môt lần từ bao giờ', 'chi-bo-5-nam'],
  ['typo', 'kết qủa đại hội đảng bô các cấp nhiêm kỳ 2025-2030 ra sao', 'ket-qua'],
  ['typo', 'nhưng thay đổi từ sau hội nghi quán triệt 23/10/2024 là j', 'thay-doi'],
  ['typo', 'bot dưa vào nhưng văn bản nao về đại hội nhiêm kỳ này để trả lơi vậy', 'tai-lieu'],
  ['typo', 'đại hội đảng bộ quân Hai Bà Trưng lần thư XXVII', 'dai-hoi-quan'],
  ['typo', 'chỉ thi về đại hội năm 2024 gồm mấy phần mấy phụ lục', 'chi-thi-35'],

  // en: English speakers
  ['en', 'What must a party cell congress include?', 'noi-dung'],
  ['en', 'Which reports does the committee submit to its congress?', 'van-kien'],
  ['en', "How should we prepare for our cell's congress?", 'chuan-bi'],
  ['en', 'What principles must our committee follow when it runs the congress, e.g. on waste?', 'nguyen-tac'],
  [
    'en',
    'Our cell sits under a grassroots party committee. In which months were we supposed to hold our congress?',
    'lich-trinh',
  ],
  ['en', 'Which units were chosen for the pilot congresses?', 'dai-hoi-diem'],
  ['en', 'What standards are used to pick the new committee members?', 'nhan-su'],
  ['en', 'Is the district level of government still there?', 'chinh-quyen-2-cap'],
  ['en', 'How often do party cells hold a congress now?', 'chi-bo-5-nam'],
  ['en', "Could you tell me the dates of the Party's 14th National Congress?", 'dai-hoi-xiv'],
  ['en', 'Are the 2025-2030 party congresses at every level finished by now?', 'ket-qua'],
  ['en', 'What has changed since the district dissemination conference of October 2024?', 'thay-doi'],
  ['en', "which party documents is this bot's knowledge built on?", 'tai-lieu'],
  ['en', 'Is Directive 45-CT/TW still in force?', 'doc:ct-45-2025'],

  // fact: facts from FACTS.md
  ['fact', 'Đại hội đại biểu toàn quốc lần thứ XIV của Đảng bế mạc vào ngày bao nhiêu?', 'dai-hoi-xiv'],
  [
    'fact',
    'Khi sắp xếp chính quyền 2 cấp thì Hà Nội có tất cả bao nhiêu đảng bộ quận, huyện, thị xã thôi hoạt động?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Hồi trước, theo Điều lệ thì chi bộ phải đại hội bao nhiêu lần mỗi 5 năm, giờ thay đổi ra sao?',
    'chi-bo-5-nam',
  ],
  ['fact', 'Chỉ thị về đại hội năm 2024 của Bộ Chính trị có mấy yêu cầu?', 'chi-thi-35'],
  ['fact', 'Bộ Chính trị và Ban Bí thư kết luận gì về kết quả đại hội các cấp?', 'ket-qua'],
  ['fact', 'Chỉ thị đại hội mới ra tháng 4 năm 2025 thay thế những văn bản nào?', 'thay-doi'],
  ['fact', 'Cấp huyện bị bỏ từ ngày mấy?', 'chinh-quyen-2-cap'],
  ['fact', 'Chỉ thị đại hội năm 2024 có mấy phụ lục, gồm những phụ lục gì?', 'chi-thi-35'],
  ['fact', 'Đại hội toàn quốc lần thứ XIV kéo dài mấy ngày?', 'dai-hoi-xiv'],
  [
    'fact',
    'Quy định tiêu chuẩn cán bộ mới của Bộ Chính trị ra ngày 30/8/2025 thay cho quy định nào?',
    'thay-doi',
  ],

  // lookalike: out of scope
  ['lookalike', 'Đại hội Đoàn thanh niên phường nhiệm kỳ tới tổ chức khi nào?', null],
  ['lookalike', 'Đại hội cổ đông thường niên công ty cần chuẩn bị tài liệu gì?', null],
  ['lookalike', 'Đại hội TDTT của phường năm nay có thi kéo co với cầu lông không?', null],
  ['lookalike', 'Hội Cựu chiến binh đại hội nhiệm kỳ mới bầu bao nhiêu ủy viên?', null],
  ['lookalike', 'Bố em là đảng viên nghỉ hưu, mỗi tháng phải đóng đảng phí bao nhiêu tiền ạ?', null],
  ['lookalike', 'Con trai tôi là đoàn viên ưu tú, muốn được kết nạp Đảng thì làm hồ sơ thế nào?', null],
  ['lookalike', 'minh sap di cong tac vao Sai Gon 6 thang thi chuyen sinh hoat dang tam thoi ra sao', null],
  ['lookalike', 'Chiều nay Hà Nội có mưa không bot?', null],
  ['lookalike', 'vàng nhẫn sáng nay lên hay xuống vậy mọi người', null],
  ['lookalike', 'Tối nay tuyển Việt Nam đá với Thái Lan mấy giờ?', null],
  ['lookalike', 'Bot ơi kể chuyện cười cho vui đi', null],
  ['lookalike', 'Bên Trung Quốc thì Đại hội Đảng Cộng sản lần gần nhất họp vào năm nào?', null],
  ['lookalike', 'Who won the last US presidential election?', null],
  ['lookalike', 'Trụ sở UBND phường mới sau sáp nhập ở đâu?', null],
  ['lookalike', 'Làm lại căn cước công dân bị mất ở đâu?', null],
  ['lookalike', 'Số điện thoại của Ban Tổ chức Thành ủy là bao nhiêu?', null],
  ['lookalike', 'Hiện nay đồng chí nào giữ chức Bí thư Thành ủy Hà Nội?', null],
  ['lookalike', 'Đại hội Công đoàn cơ sở phải có mấy nội dung?', null],
  ['lookalike', 'Hội nghị khách hàng cuối năm của công ty nên tổ chức ở đâu cho đẹp', null],
  ['lookalike', 'Cách viết đơn xin ra khỏi Đảng', null],
  ['lookalike', 'Cho xin mẫu bản kiểm điểm cá nhân đảng viên cuối năm', null],
  ['lookalike', 'Xếp loại chất lượng đảng viên cuối năm nay theo tiêu chí gì?', null],
  ['lookalike', 'Từ năm sau mức lương cơ sở có tăng không, tăng lên bao nhiêu?', null],
  ['lookalike', 'Trong Thiên Long Bát Bộ, đại hội võ lâm ở chùa Thiếu Lâm ai thắng?', null],
  ['lookalike', 'Thi tuyển công chức cấp xã năm nay thi những môn gì', null],
  ['lookalike', 'Cuộc bầu cử đại biểu Quốc hội và HĐND các cấp khóa mới tổ chức vào chủ nhật nào?', null],
  ['lookalike', 'Học bổng du học Nhật Bản cho sinh viên năm nhất', null],
  ['lookalike', 'Đại hội Hội Sinh viên trường mình tổ chức tháng mấy?', null],
  ['lookalike', 'Cho mình công thức nấu phở bò chuẩn vị Hà Nội', null],
  ['lookalike', 'Hướng dẫn cài Telegram trên máy tính bàn', null],
  ['lookalike', 'Bạn là AI do ai làm ra vậy?', null],
  ['lookalike', 'my passport expires next month, where in Hanoi can I renew it?', null],
  ['lookalike', 'Đảng viên sinh con thứ ba thì bị kỷ luật thế nào?', null],
  ['lookalike', 'Lịch nghỉ Tết Nguyên đán năm tới được mấy ngày', null],
  ['lookalike', 'Đại hội Đảng Nhân dân Cách mạng Lào lần gần nhất họp khi nào?', null],
  ['lookalike', 'phí gửi xe máy ở trụ sở quận cũ bao nhiêu', null],
  ['lookalike', 'Tiêu chuẩn được tặng Huy hiệu 30 năm tuổi Đảng là gì?', null],
  ['lookalike', 'Quỹ khuyến học của khu dân cư thu bao nhiêu một hộ', null],
  ['lookalike', 'Lớp bồi dưỡng nhận thức về Đảng tháng tới học vào buổi nào?', null],
  ['lookalike', 'đăng ký kết hôn ở phường cần mang giấy tờ gì', null],
  ['lookalike', "What's the population of Hanoi now?", null],
  ['lookalike', 'Ủy ban kiểm tra xử lý đơn tố cáo đảng viên trong bao lâu?', null],
  ['lookalike', 'Tỷ giá đô la ngân hàng hôm nay', null],
  ['lookalike', 'Mình buồn quá, bot nói chuyện với mình một chút được không', null],
  ['lookalike', 'Hội nghị Ban Chấp hành Trung ương tháng vừa rồi bàn những nội dung gì?', null],
  ['lookalike', 'Đại hội Mặt trận Tổ quốc phường nhiệm kỳ tới là bao giờ?', null],
  ['lookalike', 'Tổ dân phố họp bình xét hộ nghèo như thế nào', null],
  ['lookalike', 'Giờ làm việc của bộ phận một cửa phường thứ bảy có mở không', null],
  ['lookalike', 'Phường mình có bắn pháo hoa dịp kỷ niệm ngày thành lập Đảng không?', null],
  ['lookalike', 'Cách tính thuế thu nhập cá nhân cho người làm tự do', null],
  ['lookalike', 'Who is the General Secretary of the Communist Party of Vietnam?', null],
  ['lookalike', 'Đại hội nhiệm kỳ trước chi bộ tôi đã bầu ai làm bí thư?', null],
];

export const NEWSET21: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
