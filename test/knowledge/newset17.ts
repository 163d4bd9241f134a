/**
 * The seventeenth new evaluation set (issue 11, point 6), written on 2026-12-02 from 17:10 UTC
 * (committed in the commit "Eval: newset17, the seventeenth unseen set") by a helper (set17) that
 * had not seen the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from config/dh-2025-2030.yaml only the documents' ids, numbers, dates,
 * titles/abouts, issuers and statuses, the unit types' codes and names, and each topic's id, title
 * and body, printed by a small script that parsed the YAML and printed nothing else (no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset16.ts (its first 32 lines, before its import line) and its export line, the header, types,
 * `judge` and `describe` of newset.ts, newset16.test.ts, set-shape.ts, set-checks.ts and sets.ts.
 * Nothing under src/ or bench/, no README, no git log, diff or show, nothing of newset12.ts …
 * newset16.ts beyond that header and export line, and no other set's items were read. Its users
 * are imagined anew: a Telegram group of a ward's cell secretaries the week after the bot was
 * added — people testing what it knows, people asking in a hurry between meetings, people
 * forwarding a colleague's question ("chị X hỏi…", "my colleague asks…"), follow-ups without
 * context, people quoting a date or a number and asking whether it is right, Vietnamese mixed
 * with English, and questions the bot should decline.
 *
 * It was committed BEFORE the next engine change, without running any of its questions through
 * the engine, the bot or the bench; only its shape test (newset17.test.ts), biome and tsc ran.
 * The engine changes after it (main 7b3d6ae: a party organisation beside an off-topic phrase
 * needs a strong match; a follow-up half beside an uncovered one) were made without its writer
 * seeing them and without this set being run. It was measured once on the engine as it stood
 * then, at 17:17 UTC on main 7b3d6ae (`node --expose-gc dist/bench/qa.js`, load 1.34):
 * qa_new_top1 97.3 %, qa_new_oos_refused 94.6 % (4 in-scope misses, 3 lookalikes answered). Its
 * misses were listed after that run, and it is a development set since. Do not edit an item after
 * its commit, except to fix an expectation that is factually wrong (against the sources), in its
 * own commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open were left out, not guessed.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number, several spellings each; the two 35-CT/TW told apart by year.
  ['doc', 'Chỉ thị số 35-CT/TW ngày 14/6/2024 giờ còn hiệu lực không ạ?', 'doc:ct-35-2024'],
  ['doc', 'ct35 năm 2024 bị thay bằng văn bản nào vậy mọi người', 'doc:ct-35-2024'],
  ['doc', 'Directive 35 of 2024 — who issued it?', 'doc:ct-35-2024'],
  ['doc', 'CT 35/2024 ban hành ngày bao nhiêu nhỉ, em cần ghi vào biên bản', 'doc:ct-35-2024'],
  ['doc', 'Chỉ thị 35 năm 2019 về đại hội nhiệm kỳ trước là gì thế?', 'doc:ct-35-2019'],
  ['doc', '35-CT/TW ngày 30/5/2019 còn áp dụng cho đợt này không?', 'doc:ct-35-2019'],
  ['doc', 'the 2019 Directive 35-CT/TW, what was it about?', 'doc:ct-35-2019'],
  ['doc', 'Kết luận 118-KL/TW ngày 18/1/2025, ngày đó có đúng không?', 'doc:kl-118-2025'],
  ['doc', 'KL 118 giờ còn hiệu lực không anh chị', 'doc:kl-118-2025'],
  ['doc', 'Conclusion 118 amended what exactly?', 'doc:kl-118-2025'],
  ['doc', 'kl118 ai ký ban hành vậy', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị 45 ban hành ngày 14/4/2025 phải không?', 'doc:ct-45-2025'],
  ['doc', 'CT45 thay thế văn bản nào thế bot', 'doc:ct-45-2025'],
  ['doc', 'What is Directive 45-CT/TW about?', 'doc:ct-45-2025'],
  ['doc', 'số 45-CT/TW của cơ quan nào ban hành', 'doc:ct-45-2025'],
  ['doc', 'Kết luận số 200-KL/TW nói gì vậy?', 'doc:kl-200-2025'],
  ['doc', 'KL 200 ra ngày nào, ai ký', 'doc:kl-200-2025'],
  ['doc', 'Conclusion 200 of 2025 — who issued it?', 'doc:kl-200-2025'],
  ['doc', 'Có phải kết luận 200 ngày 17/10/2025 là về kết quả đại hội các cấp?', 'doc:kl-200-2025'],
  ['doc', 'Anh Tuấn hỏi giúp: Hướng dẫn 27-HD/BTCTW hướng dẫn về cái gì?', 'doc:hd-27-2024'],
  ['doc', 'HD 27 của Ban Tổ chức Trung ương ra ngày nào?', 'doc:hd-27-2024'],
  ['doc', 'Guidance 27 of 2024 — what is its status?', 'doc:hd-27-2024'],
  ['doc', 'Hướng dẫn số 18-HD/BTCTU ngày 1/10/2024 là của ai?', 'doc:hd-18-2024'],
  ['doc', 'hd18 btctu nói về nội dung gì', 'doc:hd-18-2024'],
  ['doc', 'Guidance 18-HD/BTCTU, what does it cover?', 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch 258-KH/TU ngày 15/7/2024 là của Thành ủy à?', 'doc:kh-258-2024'],
  ['doc', 'KH 258 còn hiệu lực không hay hết rồi', 'doc:kh-258-2024'],
  ['doc', 'Plan 258 of the city committee, when was it issued?', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch số 203-KH/QU có tên đầy đủ là gì?', 'doc:kh-203-2024'],
  ['doc', 'kh203 do quận ủy nào ban hành', 'doc:kh-203-2024'],
  ['doc', 'Plan 203-KH/QU dated 29/7/2024, right?', 'doc:kh-203-2024'],
  ['doc', 'Có phải KH 203 ra ngày 29/7/2024 không mọi người?', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 do cơ quan nào ban hành, mình ghi cho đúng', 'doc:nq-26-2018'],
  ['doc', 'NQ 26 ngày 19/5/2018 còn hiệu lực không', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26 of 2018 — what is its status now?', 'doc:nq-26-2018'],
  ['doc', 'Quy định 89-QĐ/TW bị thay bằng quy định nào rồi?', 'doc:qd-89-2017'],
  ['doc', 'QĐ 89 năm 2017 còn dùng được không', 'doc:qd-89-2017'],
  [
    'doc',
    'my colleague asks: Regulation 89 on cadre standards, was it replaced and by what?',
    'doc:qd-89-2017',
  ],
  ['doc', 'qd89 ban hanh ngay 4/8/2017 dung ko', 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365-QĐ/TW ngày 30/8/2025 về việc gì?', 'doc:qd-365-2025'],
  ['doc', 'QĐ 365 ai ban hành vậy', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365-QĐ/TW: is it still unchanged?', 'doc:qd-365-2025'],
  ['doc', 'Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy nói về gì?', 'doc:qd-14-2023'],
  ['doc', 'QĐ 14 năm 2023 của thành ủy ra ngày nào', 'doc:qd-14-2023'],
  ['doc', 'Regulation 14-QĐ/TU of the city — who issued it and when?', 'doc:qd-14-2023'],
  ['doc', 'Quy định 2656-QĐ/QU ngày 13/11/2023 về tiêu chí gì?', 'doc:qd-2656-2023'],
  ['doc', 'qd 2656 cua quan uy con hieu luc khong', 'doc:qd-2656-2023'],
  ['doc', 'Regulation 2656 of the district committee — what date?', 'doc:qd-2656-2023'],
  ['doc', 'Quy định số 1216-QĐ/QU về quy hoạch cán bộ ban hành khi nào?', 'doc:qd-1216-2022'],
  ['doc', 'QĐ 1216 của BTV quận ủy Hai Bà Trưng tình trạng thế nào', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216 on cadre planning, what year is it from?', 'doc:qd-1216-2022'],
  ['doc', 'Quy định 294-QĐ/TW có hiệu lực từ bao giờ?', 'doc:qd-294-2025'],
  ['doc', 'qđ294 do cơ quan nào ban hành thế, em tìm không ra', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294 — what does it pilot?', 'doc:qd-294-2025'],
  ['doc', 'Hướng dẫn 26-HD/BTCTW năm 2019 là hướng dẫn cho chỉ thị nào vậy bot?', 'doc:hd-26-2019'],
  ['doc', 'HD 26 năm 2019 còn dùng cho nhiệm kỳ này không', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26-HD/BTCTW of October 2019, what is it?', 'doc:hd-26-2019'],

  // Documents the pack does not hold.
  ['unknown-doc', 'Chỉ thị 36-CT/TW nói gì về đại hội?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 24-QĐ/TW về thi hành Điều lệ có gì mới', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 06-HD/TW còn hiệu lực không bot', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 57-NQ/TW là văn bản gì?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 300-KH/TU của Thành ủy về đại hội có không', 'unknown-doc'],
  ['unknown-doc', 'kết luận 150-KL/TW ban hành ngày nào vậy', 'unknown-doc'],
  ['unknown-doc', 'ct 12 co con dung khong', 'unknown-doc'],
  ['unknown-doc', 'Công văn 4512-CV/BTCTW hướng dẫn gì thế?', 'unknown-doc'],
  ['unknown-doc', 'Directive 9 of the Secretariat on congresses — what does it say?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn số 30-HD/BTCTU về nhân sự đại hội', 'unknown-doc'],
  ['unknown-doc', 'Quyết định 1000-QĐ/QU của quận ủy có trong bot không', 'unknown-doc'],
  ['unknown-doc', 'Thông báo 99-TB/TW nói về đại hội à?', 'unknown-doc'],
  ['unknown-doc', 'Regulation 105-QĐ/TW, what is it?', 'unknown-doc'],
  ['unknown-doc', 'nq 21 ve to chuc co so dang la gi', 'unknown-doc'],

  // In scope, with everyday or other-organisation words around the question.
  ['offword', 'Chị Lan bên hội phụ nữ nhờ hỏi: đại hội chi bộ thì phải có mấy nội dung?', 'noi-dung'],
  ['offword', 'Đang ngồi quán cà phê, hỏi nhanh: báo cáo chính trị cần đánh giá những gì?', 'van-kien'],
  ['offword', 'Công ty em là chi bộ cơ sở, hạn đại hội là trước ngày nào?', 'lich-trinh'],
  ['offword', 'Trường mầm non có chi bộ trực thuộc, đại hội điểm chọn thế nào?', 'dai-hoi-diem'],
  ['offword', 'Chi bộ bệnh viện chuẩn bị đại hội cần lập những tổ gì?', 'chuan-bi'],
  ['offword', 'Đại hội mà làm tiệc linh đình có được không, hay phải chống lãng phí?', 'nguyen-tac'],
  ['offword', 'Anh bên đoàn thanh niên hỏi: Đại hội XIV của Đảng diễn ra khi nào?', 'dai-hoi-xiv'],
  ['offword', 'Ở chợ người ta bảo quận không còn nữa, chính quyền giờ mấy cấp?', 'chinh-quyen-2-cap'],
  ['offword', 'Chi bộ hợp tác xã mình giờ mấy năm đại hội một lần?', 'chi-bo-5-nam'],
  ['offword', 'Bạn ở ngân hàng hỏi đại hội đảng các cấp xong hết chưa?', 'ket-qua'],
  [
    'offword',
    'Chọn người vào cấp ủy khóa mới có giống tuyển nhân viên không, căn cứ tiêu chuẩn nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Giữa giờ nghỉ trưa hỏi chút: từ hội nghị quán triệt tháng 10/2024 đến giờ có gì thay đổi?',
    'thay-doi',
  ],
  ['offword', 'Mượn nhà văn hóa tổ dân phố làm hội trường, vậy đại hội phải bầu những gì?', 'noi-dung'],
  ['offword', 'Tổ trưởng dân phố hỏi: báo cáo kiểm điểm của cấp ủy viết sao cho đúng?', 'van-kien'],
  [
    'offword',
    'Chi bộ công an phường muốn xem các văn bản về đại hội, bot gửi danh sách được không?',
    'tai-lieu',
  ],

  // Two questions in one message.
  ['two-part', 'Đại hội có mấy nội dung? Và văn kiện trình đại hội gồm những gì?', 'noi-dung+van-kien'],
  [
    'two-part',
    'Chi bộ trực thuộc đại hội khi nào, còn đại hội điểm thì làm lúc nào?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Nhân sự cấp ủy khóa mới theo tiêu chuẩn nào, và nguyên tắc tổ chức đại hội là gì?',
    'nhan-su+nguyen-tac',
  ],
  [
    'two-part',
    'Cần lập những tổ nào để chuẩn bị đại hội, và báo cáo chính trị viết ra sao?',
    'chuan-bi+van-kien',
  ],
  ['two-part', 'Đại hội XIV họp ngày nào; đại hội các cấp nhiệm kỳ này đã xong chưa?', 'dai-hoi-xiv+ket-qua'],
  [
    'two-part',
    'Chính quyền 2 cấp chạy từ bao giờ, và chi bộ giờ mấy năm đại hội một lần?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'What are the four contents of a congress, and when is the deadline for grassroots cells?',
    'noi-dung+lich-trinh',
  ],
  ['two-part', 'Đại hội điểm làm lúc nào + nhân sự cấp ủy mới chọn thế nào', 'dai-hoi-diem+nhan-su'],
  [
    'two-part',
    'Bot dựa vào những văn bản nào, và từ sau hội nghị quán triệt đến nay có gì thay đổi?',
    'tai-lieu+thay-doi',
  ],
  [
    'two-part',
    'Kết quả đại hội các cấp ra sao? Còn đại hội phải bảo đảm những nguyên tắc gì?',
    'ket-qua+nguyen-tac',
  ],
  [
    'two-part',
    'chị Hà hỏi 2 việc: báo cáo kiểm điểm viết thế nào và đại hội bầu những gì',
    'van-kien+noi-dung',
  ],

  // Per unit type.
  ['unit', 'thế còn chi bộ trực thuộc thì đại hội tháng mấy?', 'lich-trinh'],
  ['unit', 'Đảng bộ cơ sở đại hội sau các chi bộ trực thuộc, trong khoảng thời gian nào?', 'lich-trinh'],
  ['unit', 'Chi bộ cơ sở có được chọn làm đại hội điểm không?', 'dai-hoi-diem'],
  ['unit', 'Đảng bộ cơ sở bên em phải chọn mấy chi bộ trực thuộc để làm điểm ạ?', 'dai-hoi-diem'],
  ['unit', 'Chi bộ trực thuộc có phải 5 năm mới đại hội một lần không?', 'chi-bo-5-nam'],
  ['unit', 'Chi bộ cơ sở trình đại hội những báo cáo nào?', 'van-kien'],
  ['unit', 'Đảng bộ cơ sở đại hội gồm những nội dung gì?', 'noi-dung'],
  ['unit', 'For a grassroots party committee, when is the congress window?', 'lich-trinh'],
  ['unit', 'chi bộ trực thuộc đảng ủy cơ sở cần chuẩn bị gì trước đại hội', 'chuan-bi'],

  // Typos and chat shorthand.
  ['typo', 'đại hội chj bộ gồm nhưng nội dug gì', 'noi-dung'],
  ['typo', 'bao cao chinh tri phai viêt ntn', 'van-kien'],
  ['typo', 'thanh lập tỏ nhân sư, tổ văn kiện trc đại hôi ko', 'chuan-bi'],
  ['typo', 'nguyen tăc tap trung dan chu khi to chuc dai hôi', 'nguyen-tac'],
  ['typo', 'đại hôi điểm làm vào tháng mây', 'dai-hoi-diem'],
  ['typo', 'tiêu chuẩn nhân sư cấp ủy khoa moi theo vb nào', 'nhan-su'],
  ['typo', 'đaị hội đảng bộ quận lần thứ XXVII là đh gì', 'dai-hoi-quan'],
  ['typo', 'chinh quyen 2 câp chay tu bao gio', 'chinh-quyen-2-cap'],
  ['typo', 'chi bô giờ 5 năm đai hội 1 lân à', 'chi-bo-5-nam'],
  ['typo', 'đai hoi XIV họp tư ngày nào đến ngày nào', 'dai-hoi-xiv'],
  ['typo', 'ket qua dai hôi cac cap da xong het chua', 'ket-qua'],
  ['typo', 'có nhưng thay đôi gì từ sau hoi nghi quán triêt', 'thay-doi'],
  ['typo', 'danh sach van ban ve dai hoi nhiem ky moi', 'tai-lieu'],
  ['typo', 'han chot dai hoi chi bo co so la ngay nao z', 'lich-trinh'],
  ['typo', 'bao cao kiem diem cap uy phai co tinh chien dau ha', 'van-kien'],

  // English.
  ['en', 'What must a cell congress cover?', 'noi-dung'],
  ['en', 'quick one pls: which two reports go to the cell congress?', 'van-kien'],
  ['en', 'When was the 14th National Congress held?', 'dai-hoi-xiv'],
  ['en', 'Are the 2025-2030 congresses finished already?', 'ket-qua'],
  ['en', 'What is this two-level local government model?', 'chinh-quyen-2-cap'],
  ['en', 'How often do party cells hold congresses now?', 'chi-bo-5-nam'],
  ['en', 'What has changed since the October 2024 conference, in short?', 'thay-doi'],
  ['en', 'my colleague asks: what teams should we set up before the congress?', 'chuan-bi'],
  ['en', 'Which rules govern picking the new committee members?', 'nhan-su'],
  ['en', 'pilot congress, when?', 'dai-hoi-diem'],
  ['en', 'bot, list the documents you rely on for the congress please', 'tai-lieu'],
  ['en', 'Is democratic centralism required when holding the congress?', 'nguyen-tac'],
  ['en', 'How many appendices does the 2024 Directive 35 have?', 'chi-thi-35'],
  ['en', 'Bot ơi, the political report phải đánh giá những gì?', 'van-kien'],
  ['en', 'pilot congress của đảng bộ phường là khi nào vậy?', 'dai-hoi-diem'],

  // Facts from FACTS.md, often quoted back to check.
  ['fact', 'Có đúng là Đại hội XIV bế mạc ngày 23/1/2026 không?', 'dai-hoi-xiv'],
  ['fact', 'Cấp huyện chấm dứt từ 1/7/2025 phải không?', 'chinh-quyen-2-cap'],
  ['fact', 'Hà Nội có 30 đảng bộ cấp huyện kết thúc hoạt động, đúng không?', 'chinh-quyen-2-cap'],
  ['fact', 'Trước đây Điều lệ quy định chi bộ đại hội 5 năm 2 lần đúng ko', 'chi-bo-5-nam'],
  ['fact', 'Chỉ thị 35 bản năm 2024 có 7 yêu cầu à?', 'chi-thi-35'],
  ['fact', 'Bộ Chính trị đã kết luận đại hội các cấp thành công rồi phải không?', 'ket-qua'],
  ['fact', 'Chị Mai hỏi: Chỉ thị 35 năm 2024 có mấy phần và mấy phụ lục?', 'chi-thi-35'],
  ['fact', 'Cái thí điểm chi bộ 5 năm đại hội một lần ấy áp dụng từ ngày nào vậy mọi người?', 'chi-bo-5-nam'],
  ['fact', 'Đại hội đại biểu toàn quốc lần thứ XIV kéo dài mấy ngày?', 'dai-hoi-xiv'],
  ['fact', 'Nghe nói đại hội toàn quốc khai mạc 19/1/2026, đúng chứ?', 'dai-hoi-xiv'],

  // Out of scope, though they look like in-scope questions.
  ['lookalike', 'Đại hội Đoàn thanh niên phường nhiệm kỳ tới khi nào tổ chức?', null],
  ['lookalike', 'Hội Cựu chiến binh phường đại hội thì cần chuẩn bị những gì?', null],
  ['lookalike', 'đại hội cổ đông công ty em năm nay họp ngày nào', null],
  ['lookalike', 'Đại hội thể dục thể thao phường có những môn gì?', null],
  ['lookalike', 'phường Bạch Mai thì sao bot', null],
  ['lookalike', 'Chiều nay họp chi bộ, Hà Nội có mưa không bot?', null],
  ['lookalike', 'Ai có số điện thoại Ban Tổ chức Thành ủy cho em xin với', null],
  ['lookalike', 'Trụ sở đảng ủy phường mình bây giờ ở đâu?', null],
  ['lookalike', 'Chi bộ em sắp kết nạp một quần chúng, hồ sơ kết nạp gồm những gì?', null],
  ['lookalike', 'Đảng viên hưu trí ở chi bộ em đóng đảng phí bao nhiêu một tháng là đúng?', null],
  ['lookalike', 'Chuyển sinh hoạt đảng từ phường này sang phường khác làm thế nào?', null],
  ['lookalike', 'Đảng Cộng sản Trung Quốc đại hội lần thứ 20 khi nào?', null],
  ['lookalike', 'Đảng Dân chủ Mỹ có đại hội toàn quốc không?', null],
  ['lookalike', 'Nhiệm kỳ 2030-2035 thì đại hội chi bộ bao giờ làm?', null],
  ['lookalike', 'Đại hội chi bộ mình năm 2020 bầu ai làm bí thư nhỉ?', null],
  ['lookalike', 'Bot này ai viết vậy?', null],
  ['lookalike', 'Bạn có phải là ChatGPT không?', null],
  ['lookalike', 'Chủ tịch UBND phường hiện nay là ai?', null],
  ['lookalike', 'Đảng ta thành lập ngày nào?', null],
  ['lookalike', 'Đại hội II của Đảng họp ở Tuyên Quang năm nào?', null],
  ['lookalike', 'Phường mình hiện có bao nhiêu đảng viên?', null],
  ['lookalike', 'Chi bộ khu dân cư số 5 có bao nhiêu đảng viên trên 80 tuổi?', null],
  ['lookalike', 'Con tôi thi vào lớp 10, trường nào tốt hả bot?', null],
  ['lookalike', 'Cách nấu bún chả Hà Nội ngon', null],
  ['lookalike', 'Kỳ họp HĐND phường cuối năm nay bao giờ?', null],
  ['lookalike', 'Đại hội công đoàn cơ sở bầu bao nhiêu ủy viên ban chấp hành?', null],
  ['lookalike', 'Đại hội Hội Phụ nữ phường lần này là lần thứ mấy rồi?', null],
  ['lookalike', 'Lễ hội đền Hai Bà Trưng tổ chức ngày nào?', null],
  ['lookalike', 'Đại hội Giới trẻ của giáo phận năm nay làm ở nhà thờ nào?', null],
  ['lookalike', 'Đại học Bách khoa năm nay tuyển sinh ngành gì?', null],
  ['lookalike', 'Hỏi ngoài lề: bầu cử đại biểu Quốc hội khóa XVI là ngày nào nhỉ?', null],
  ['lookalike', 'Từ tháng 7 năm 2026 lương cơ sở tăng lên bao nhiêu vậy các bác?', null],
  ['lookalike', 'Phụ cấp bí thư chi bộ tổ dân phố bao nhiêu một tháng?', null],
  ['lookalike', 'Đánh giá xếp loại đảng viên cuối năm nay làm theo mẫu nào?', null],
  ['lookalike', 'Sinh hoạt chi bộ thường kỳ tháng 12 nên nói chủ đề gì?', null],
  ['lookalike', 'Mất thẻ đảng viên thì đi đâu làm lại?', null],
  ['lookalike', 'Nghị quyết đại hội chi bộ mình năm trước ghi chỉ tiêu gì?', null],
  ['lookalike', 'Mấy giờ rồi bot ơi', null],
  ['lookalike', 'Thời tiết Đà Nẵng cuối tuần này thế nào?', null],
  ['lookalike', 'Đại hội Đảng Lao động Triều Tiên lần thứ 9 họp khi nào?', null],
  ['lookalike', 'Ông Nguyễn Văn Hùng là bí thư chi bộ nào?', null],
  ['lookalike', 'Kết quả bóng đá Việt Nam tối qua thế nào?', null],
  ['lookalike', 'Đại hội đồng cổ đông thường niên phải tổ chức trong mấy tháng?', null],
  ['lookalike', 'Chi bộ mình năm ngoái được khen thưởng gì?', null],
  ['lookalike', 'Lịch tiếp công dân của phường tuần này?', null],
  ['lookalike', 'Email của Văn phòng Thành ủy là gì?', null],
  ['lookalike', 'Mặt trận Tổ quốc phường đại hội nhiệm kỳ tới thế nào?', null],
  ['lookalike', 'Cao Bằng', null],
  ['lookalike', 'Đảng bộ tỉnh Nghệ An có bao nhiêu đảng viên?', null],
  ['lookalike', 'Tổng Bí thư hiện nay là ai?', null],
  ['lookalike', 'Bot ơi kể một chuyện cười cho cả nhóm đỡ căng thẳng đi', null],
  ['lookalike', 'Cho tôi mẫu đơn xin ra khỏi Đảng', null],
  ['lookalike', 'When is the Tet holiday this year?', null],
  ['lookalike', 'Who is the mayor of Hanoi?', null],
  ['lookalike', 'When is the next US party convention?', null],
  ['lookalike', 'bot có biết wifi password của phòng họp phường không', null],
];

export const NEWSET17: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
