/**
 * The fifty-ninth new evaluation set (issue 11, point 6), written on 2026-12-04 from 02:44 UTC
 * (committed in the commit "Eval: newset59, the fifty-ninth unseen set") by a helper (set59) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before its `const items` line) and its last line, the part of newset.ts
 * before `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under
 * src/, bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items
 * were read. Its users are imagined as the secretary of a cell in a port authority, a ward party
 * committee office clerk who handles incoming letters, a Dutch journalist writing in English, the
 * secretary of a cell in a vocational college, a member who owns a small restaurant and asks in a
 * hurry (no diacritics, abbreviations), and a retired army doctor who is a residential cell's
 * secretary; with the out-of-scope messages such users send (the port's workers' conference, its
 * trade union congress, ship entry papers, maritime fees, the IMO assembly, cell meetings on a
 * patrol boat, Youth Union volunteering, storms and sailings; logging incoming letters, the layout
 * of party documents, seals across pages, one-stop-shop hours, the city office's duty phone,
 * archiving congress files, document software and digital signatures, voters' meetings, committee
 * allowances, posting classified letters; a Dutch party's congress, press accreditation and visas,
 * who holds top posts after the 14th Congress, press freedom rankings, a translated Charter,
 * interview contacts, late-night food, the Chinese party's congress, exchange rates; a students'
 * union congress, a staff conference, graduation exams, admitting students, monthly cell themes,
 * teaching contests, school sports games, year-end member grading, tuition fees; hiring speakers,
 * a party after the congress, food-safety certificates, business tax, paying dues online, moving
 * one's membership to the new ward, skipping a cell meeting, lunch hours; a veterans' association
 * congress, a 40-year membership badge, Agent Orange benefits, a military medical conference,
 * exemption for elderly members, visiting sick members and its money, blood-pressure pills, the
 * national unity festival, electing a residential group head, an army pension, the Red Cross
 * congress, flu shots; a bank's shareholders' meeting, the second plenum of the 14th Central
 * Committee, who was elected ward secretary; and the bot itself: what it stores, who built it).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset59.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, which cells the five-yearly pilot covers, membership
 * figures) were left out, not guessed.
 *
 * Engine changes reached main while it was being written (53d7f36: a date after a document's
 * number, ket-qua's keywords) and none after its commit; its writer saw none of them. So it was
 * measured on the engine as it stood when it landed: once, at 02:50 UTC on main f1f5f3c, engine
 * 53d7f36 (`node --expose-gc dist/bench/qa.js`, load 2.72): qa_new_top1 98.6 %, qa_new_oos_refused
 * 95.2 % (2 in-scope misses, 3 lookalikes answered; qa_p99_us 94.2 in that run, p50 29.8). Its
 * misses were listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  [
    'doc',
    'Chỉ thị 35-CT/TW năm 2024 của Bộ Chính trị, chi bộ cảng vụ chúng tôi còn căn cứ vào được nữa không?',
    'doc:ct-35-2024',
  ],
  ['doc', 'ct35 nam 2024 gio con hieu luc ko, hoi nhanh giup minh', 'doc:ct-35-2024'],
  ['doc', 'Is the June 2024 Directive 35 on party congresses still in force as of now?', 'doc:ct-35-2024'],
  [
    'doc',
    'Chỉ thị số 35-CT/TW ngày 30/5/2019 hướng tới đại hội nào, văn thư phường có cần lưu theo dõi không?',
    'doc:ct-35-2019',
  ],
  [
    'doc',
    'CT 35 năm 2019 về đại hội tiến tới Đại hội XIII nay còn dùng được quy định nào không?',
    'doc:ct-35-2019',
  ],
  ['doc', 'What was the 2019 Directive 35, the one before the 13th Congress?', 'doc:ct-35-2019'],
  [
    'doc',
    'Kết luận 118-KL/TW điều chỉnh gì trong chỉ thị về đại hội, tôi là bí thư chi bộ khu dân cư cần nắm?',
    'doc:kl-118-2025',
  ],
  ['doc', 'KL118 con ap dung ko hay bi thay roi', 'doc:kl-118-2025'],
  ['doc', 'Who issued Conclusion 118 and what did it amend?', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị 45 của Bộ Chính trị ban hành ngày nào, nội dung về việc gì?', 'doc:ct-45-2025'],
  ['doc', 'ct45 thay the van ban nao vay', 'doc:ct-45-2025'],
  ['doc', 'Directive 45-CT/TW: what is it and did it replace the earlier one?', 'doc:ct-45-2025'],
  ['doc', 'Kết luận số 200-KL/TW ngày 17/10/2025 kết luận những gì về đại hội các cấp?', 'doc:kl-200-2025'],
  [
    'doc',
    'Đảng ủy phường vừa nhận bản sao kl 200, xin cho biết cơ quan ban hành và trích yếu',
    'doc:kl-200-2025',
  ],
  [
    'doc',
    'I am filing a story tonight: what exactly does Conclusion 200 say about the congress round?',
    'doc:kl-200-2025',
  ],
  ['doc', 'Hướng dẫn 27-HD/BTCTW của Ban Tổ chức Trung ương hướng dẫn nội dung gì?', 'doc:hd-27-2024'],
  ['doc', 'HD27 cua BTC trung uong ngay bao nhieu', 'doc:hd-27-2024'],
  [
    'doc',
    'Guidance 27 from the Central Organisation Commission: what is its date and status?',
    'doc:hd-27-2024',
  ],
  [
    'doc',
    'Sổ văn bản đến cần ghi ngày ký của Hướng dẫn số 18-HD/BTCTU, đồng chí cho xin ngày ban hành',
    'doc:hd-18-2024',
  ],
  ['doc', 'văn bản hd 18 của ban tổ chức thành ủy hướng dẫn những nội dung nào ạ', 'doc:hd-18-2024'],
  ['doc', 'Please explain guidance 18-HD/BTCTU issued by the Hanoi organisation board.', 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch 258-KH/TU của Thành ủy Hà Nội có từ bao giờ?', 'doc:kh-258-2024'],
  ['doc', 'kh258 thanh uy ha noi ky ngay may, gap lam', 'doc:kh-258-2024'],
  ['doc', "What is Hanoi's Plan 258 on the congresses?", 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch số 203-KH/QU của Quận ủy Hai Bà Trưng về việc gì, ngày ban hành?', 'doc:kh-203-2024'],
  ['doc', 'Cho tôi xin thông tin KH 203 của quận ủy để vào sổ văn bản đến', 'doc:kh-203-2024'],
  ['doc', 'Plan 203-KH/QU of the Hai Ba Trung district committee: date and subject?', 'doc:kh-203-2024'],
  [
    'doc',
    'Nghị quyết 26-NQ/TW năm 2018 của Trung ương khóa XII liên quan gì đến nhân sự cấp ủy?',
    'doc:nq-26-2018',
  ],
  ['doc', 'NQ26 khoa XII ve can bo con hieu luc ko', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26 of May 2018: why is it cited for choosing new committees?', 'doc:nq-26-2018'],
  [
    'doc',
    'Tổ nhân sự chi bộ trường nghề còn dẫn Quy định 89-QĐ/TW, như vậy có còn đúng không?',
    'doc:qd-89-2017',
  ],
  ['doc', 'QĐ 89 năm 2017 đã được thay bằng văn bản nào rồi?', 'doc:qd-89-2017'],
  [
    'doc',
    'Regulation 89 keeps coming up in my notes on cadre standards: has it been replaced?',
    'doc:qd-89-2017',
  ],
  [
    'doc',
    'Phường vừa nhận Quy định số 365-QĐ/TW, xin trích yếu và cơ quan ban hành để vào sổ',
    'doc:qd-365-2025',
  ],
  ['doc', 'qd365 tieu chuan chuc danh can bo ban hanh khi nao', 'doc:qd-365-2025'],
  ['doc', 'What does Regulation 365 of August 2025 cover?', 'doc:qd-365-2025'],
  [
    'doc',
    'Chi bộ cảng vụ đánh giá cán bộ có phải theo Quy định 14-QĐ/TU của Thành ủy Hà Nội không, văn bản đó ngày nào?',
    'doc:qd-14-2023',
  ],
  ['doc', 'Cho hỏi QĐ14/TU thành ủy còn áp dụng để đánh giá cán bộ không?', 'doc:qd-14-2023'],
  [
    'doc',
    'For background: Regulation 14-QĐ/TU of the Hanoi Standing Board sets which criteria, and since when?',
    'doc:qd-14-2023',
  ],
  ['doc', 'Quy định 2656-QĐ/QU của Ban Thường vụ Quận ủy về tiêu chí gì?', 'doc:qd-2656-2023'],
  ['doc', 'qd 2656 quan uy hbt ngay nao', 'doc:qd-2656-2023'],
  ['doc', 'Regulation 2656 of the district Standing Board: what is its date and topic?', 'doc:qd-2656-2023'],
  ['doc', 'Quy định số 1216 của Ban Thường vụ Quận ủy về quy hoạch cán bộ ra năm nào?', 'doc:qd-1216-2022'],
  ['doc', 'QĐ1216 quy hoạch cán bộ quận ủy giờ còn dùng không khi quận đã giải thể?', 'doc:qd-1216-2022'],
  ['doc', 'What is Regulation 1216-QĐ/QU about, and who issued it?', 'doc:qd-1216-2022'],
  ['doc', 'Tôi là bí thư chi bộ khu dân cư, Quy định 294-QĐ/TW áp dụng từ ngày nào?', 'doc:qd-294-2025'],
  ['doc', 'qd294 ai ban hanh vay, chi bo minh co thuoc dien ko', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294 from May 2025 pilots what exactly, and who signed it?', 'doc:qd-294-2025'],
  [
    'doc',
    'Trong tủ hồ sơ còn bản Hướng dẫn 26-HD/BTCTW năm 2019, văn bản này hướng dẫn chỉ thị nào?',
    'doc:hd-26-2019',
  ],
  ['doc', 'HD 26 năm 2019 của Ban Tổ chức Trung ương bây giờ còn giá trị tham khảo không?', 'doc:hd-26-2019'],
  [
    'doc',
    'Guidance 26-HD/BTCTW from October 2019: which directive was it written for, and does it still apply?',
    'doc:hd-26-2019',
  ],
  ['unknown-doc', 'Quy định 232-QĐ/TW về thi hành Điều lệ Đảng nói gì về đại hội chi bộ?', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị quyết 57-NQ/TW về khoa học công nghệ chi bộ trường nghề cần học tập những gì?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Hướng dẫn 06-HD/TW về nghiệp vụ công tác đảng viên, xin nội dung chính', 'unknown-doc'],
  [
    'unknown-doc',
    'Quy định 144-QĐ/TW chuẩn mực đạo đức cách mạng của cán bộ đảng viên có mấy điều?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kết luận 121-KL/TW tổng kết việc sắp xếp bộ máy ban hành ngày nào?', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 05-CT/TW về học tập và làm theo Bác còn thực hiện không?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 96-QĐ/TW về lấy phiếu tín nhiệm chi bộ có phải áp dụng không?', 'unknown-doc'],
  ['unknown-doc', 'What does Resolution 66-NQ/TW on law-making say?', 'unknown-doc'],
  [
    'unknown-doc',
    'Phường vừa nhận Công văn 1520-CV/BTCTU của Ban Tổ chức Thành ủy, văn bản này nói gì?',
    'unknown-doc',
  ],
  ['unknown-doc', 'ke hoach 41-KH/DU cua dang uy phuong ve viec gi vay', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị quyết 36-NQ/TW về chiến lược phát triển bền vững kinh tế biển, chi bộ cảng vụ học tập thế nào?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Nghị quyết 29-NQ/TW về đổi mới căn bản, toàn diện giáo dục và đào tạo có còn hiệu lực?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Nghị quyết 51-NQ/TW của Bộ Chính trị về lãnh đạo của Đảng trong Quân đội nội dung chính là gì?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Quy định 22-QĐ/TW về công tác kiểm tra, giám sát và kỷ luật của Đảng có gì mới?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Is Directive 23-CT/TW on political theory study in your sources?', 'unknown-doc'],
  [
    'unknown-doc',
    'Quyết định 1582-QĐ/TU của Thành ủy về thành lập đảng bộ phường mới có không?',
    'unknown-doc',
  ],
  [
    'lookalike',
    'Hội nghị người lao động của Cảng vụ Hàng hải đầu năm 2026 phải thông qua những nội dung gì?',
    null,
  ],
  [
    'lookalike',
    'Thủ tục cho tàu nước ngoài vào cảng cần nộp những giấy tờ gì qua Cổng một cửa quốc gia?',
    null,
  ],
  ['lookalike', 'Đại hội Công đoàn Cảng vụ nhiệm kỳ tới bầu bao nhiêu ủy viên ban chấp hành?', null],
  ['lookalike', 'Phí bảo đảm an toàn hàng hải năm 2026 tăng bao nhiêu phần trăm?', null],
  ['lookalike', 'Kỳ họp Đại hội đồng IMO năm nay diễn ra ở London vào tháng mấy?', null],
  ['lookalike', 'Chi bộ cảng vụ có được tổ chức sinh hoạt chuyên đề trên tàu công vụ đang trực không?', null],
  ['lookalike', 'Đoàn thanh niên cảng vụ đăng ký chiến dịch tình nguyện hè ở đâu?', null],
  ['lookalike', 'Áp thấp nhiệt đới vào vịnh Bắc Bộ thì cảng có dừng cho tàu ra khơi không?', null],
  ['lookalike', 'Công văn đến của Đảng ủy phường vào sổ theo mẫu nào, ghi những cột gì?', null],
  [
    'lookalike',
    'Thể thức văn bản của Đảng: lề trên, lề trái bao nhiêu xăng-ti-mét, cỡ chữ trích yếu bao nhiêu?',
    null,
  ],
  ['lookalike', 'Dấu của Đảng ủy phường mới đóng giáp lai trên tờ trình nhiều trang thế nào cho đúng?', null],
  ['lookalike', 'Bộ phận một cửa của phường làm việc thứ bảy không, mấy giờ mở cửa?', null],
  ['lookalike', 'Xin số điện thoại trực ban của Văn phòng Thành ủy Hà Nội', null],
  ['lookalike', 'Hồ sơ đại hội chi bộ lưu trữ bao nhiêu năm thì được đề nghị tiêu hủy?', null],
  ['lookalike', 'Phần mềm quản lý văn bản điều hành của phường báo lỗi chữ ký số, gọi ai hỗ trợ?', null],
  [
    'lookalike',
    'Hội nghị tiếp xúc cử tri của đại biểu HĐND thành phố tại phường mình tổ chức hôm nào?',
    null,
  ],
  ['lookalike', 'Phụ cấp trách nhiệm cấp ủy viên đảng ủy phường mỗi tháng được bao nhiêu?', null],
  ['lookalike', 'Chuyển công văn mật của Đảng ủy qua bưu điện cần đóng bì mấy lớp?', null],
  ['lookalike', 'When is the next D66 party congress in the Netherlands, and where is it held?', null],
  [
    'lookalike',
    'Can a foreign reporter get accreditation to cover a National Assembly session in Hanoi?',
    null,
  ],
  ['lookalike', "Who became General Secretary after the Party's 14th Congress?", null],
  ['lookalike', 'How many Politburo members were elected in January 2026, and who are they?', null],
  ['lookalike', 'Where does Vietnam rank in the World Press Freedom Index this year?', null],
  ['lookalike', 'Is there an official English translation of the Party Charter I can download?', null],
  [
    'lookalike',
    'Could you give me the phone number of a ward party secretary in Hanoi for an interview?',
    null,
  ],
  ['lookalike', 'Where can I get a good bowl of pho near Hoan Kiem Lake after midnight?', null],
  ['lookalike', 'How does the Chinese Communist Party prepare its 21st National Congress?', null],
  ['lookalike', 'What is the euro to dong exchange rate at Vietcombank today?', null],
  ['lookalike', 'Do I need a press visa or is an e-visa enough to report from Vietnam for two weeks?', null],
  ['lookalike', 'Đại hội Hội Sinh viên trường cao đẳng nhiệm kỳ mới chuẩn bị báo cáo thế nào?', null],
  [
    'lookalike',
    'Hội nghị viên chức và người lao động đầu năm học của trường nghề có bắt buộc tổ chức không?',
    null,
  ],
  ['lookalike', 'Lịch thi tốt nghiệp hệ trung cấp nghề năm 2026 của trường rơi vào tháng nào?', null],
  ['lookalike', 'Kết nạp học sinh trường nghề vào Đảng cần đủ tuổi và học xong lớp cảm tình chưa?', null],
  ['lookalike', 'Chủ đề sinh hoạt chuyên đề chi bộ trường cao đẳng tháng này nên chọn gì?', null],
  ['lookalike', 'Hội giảng nhà giáo giáo dục nghề nghiệp cấp thành phố đăng ký dự thi ở đâu?', null],
  ['lookalike', 'Đại hội thể dục thể thao của trường nghề tổ chức môn kéo co theo luật nào?', null],
  ['lookalike', 'Mẫu phiếu đánh giá, xếp loại đảng viên cuối năm 2026 có gì khác năm trước?', null],
  ['lookalike', 'Học phí cao đẳng nghề công nghệ ô tô năm học tới là bao nhiêu một tháng?', null],
  ['lookalike', 'gia thue loa dai cho hoi nghi chi bo 1 buoi bn tien', null],
  ['lookalike', 'dat 5 mam co lien hoan sau dh chi bo thi gia tam bao nhieu 1 mam', null],
  ['lookalike', 'giay chung nhan co so du dieu kien an toan thuc pham gia han o dau', null],
  ['lookalike', 'thue khoan ho kinh doanh nam 2026 nop truoc ngay may', null],
  ['lookalike', 'dong dang phi online qua app nao duoc, chuyen khoan cho ai', null],
  ['lookalike', 'chuyen sinh hoat dang tu phuong cu sang phuong moi can giay gi', null],
  ['lookalike', 'thang nay quan dong qua xin nghi sinh hoat chi bo co dc ko', null],
  ['lookalike', 'quan com gan tru so dang uy phuong mo cua may gio trua', null],
  ['lookalike', 'Đại hội Hội Cựu chiến binh phường nhiệm kỳ 2027-2032 bao giờ tiến hành?', null],
  [
    'lookalike',
    'Làm hồ sơ đề nghị tặng Huy hiệu 40 năm tuổi Đảng cho đồng chí trong chi bộ cần những gì?',
    null,
  ],
  ['lookalike', 'Thủ tục hưởng chế độ người nhiễm chất độc da cam ở phường mới nộp ở đâu?', null],
  ['lookalike', 'Hội nghị khoa học quân y toàn quân năm nay tổ chức ở bệnh viện nào?', null],
  ['lookalike', 'Đảng viên trên 80 tuổi, đau yếu có được miễn đi sinh hoạt chi bộ không?', null],
  ['lookalike', 'Chi bộ khu dân cư đi thăm đảng viên ốm đau thì mức chi bao nhiêu là đúng?', null],
  ['lookalike', 'Thuốc hạ huyết áp uống buổi sáng hay buổi tối thì tốt hơn?', null],
  ['lookalike', 'Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư cần chuẩn bị những gì?', null],
  ['lookalike', 'Bầu tổ trưởng tổ dân phố sau khi sáp nhập phường làm theo trình tự nào?', null],
  ['lookalike', 'Bot có lưu lại tin nhắn và số điện thoại của tôi không?', null],
  ['lookalike', 'Cô chú nào lập trình ra con bot này vậy, có phải trí tuệ nhân tạo không?', null],
  ['lookalike', 'Đại hội đồng cổ đông thường niên Vietcombank năm 2026 họp ngày nào?', null],
  [
    'lookalike',
    'Hội nghị lần thứ hai Ban Chấp hành Trung ương khóa XIV họp bao nhiêu ngày, bàn việc gì?',
    null,
  ],
  ['lookalike', 'Ai được bầu làm Bí thư Đảng ủy phường Bạch Mai nhiệm kỳ 2025-2030?', null],
  ['lookalike', 'Lương hưu của sĩ quan quân đội nghỉ hưu năm 2026 được điều chỉnh tăng bao nhiêu?', null],
  ['lookalike', 'Đại hội đại biểu Hội Chữ thập đỏ phường tổ chức vào ngày nào, ở đâu?', null],
  ['lookalike', 'Xin lịch tiêm vắc-xin cúm cho người cao tuổi ở trạm y tế phường', null],
  ['offword', 'Tranh thủ lúc tàu chưa cập cảng, hỏi nhanh: đại hội chi bộ gồm mấy nội dung?', 'noi-dung'],
  ['offword', 'quan dang dong khach, bao cao chinh tri voi bao cao kiem diem khac nhau cho nao', 'van-kien'],
  [
    'offword',
    'Trời mưa cả buổi, tôi ngồi nhà soạn báo cáo kiểm điểm của chi ủy: báo cáo này phải đạt yêu cầu gì?',
    'van-kien',
  ],
  [
    'offword',
    'Vừa đi khám mắt về, xin hỏi đại hội điểm của đảng bộ cơ sở làm vào tháng nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Sáng nay uống cà phê ở căng tin cảng, có người bảo giờ chi bộ 5 năm mới đại hội một lần, có đúng không?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'dang rua bat hoi le: to nhan su, to van kien, to to chuc lap ra de chuan bi dh la sao',
    'chuan-bi',
  ],
  [
    'offword',
    'Hôm nay nhận chồng công văn cao ngất, tiện hỏi luôn: từ 1/7/2025 bỏ cấp huyện thì đảng bộ quận còn không?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Cháu tôi đi học về kể chuyện lớp, tôi mới nhớ ra hỏi: đại hội phải chống lãng phí, không phô trương hình thức là yêu cầu ở đâu?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Giờ nghỉ giữa hai tiết thực hành hàn, cho tôi hỏi chọn cấp ủy khóa mới phải dựa vào những quy định nào?',
    'nhan-su',
  ],
  [
    'offword',
    'My flight to Hanoi got delayed, so a quick one: were the 2025-2030 party congresses actually completed on schedule?',
    'ket-qua',
  ],
  ['offword', 'vua nau xong noi nuoc dung, hoi cai: dai hoi xiv hop tu ngay nao den ngay nao', 'dai-hoi-xiv'],
  [
    'offword',
    'Chiều đi tập dưỡng sinh ở công viên về, tôi hỏi: sau hội nghị tháng 10/2024 đã có những thay đổi gì về văn bản đại hội?',
    'thay-doi',
  ],
  [
    'two-part',
    'Đại hội chi bộ có mấy nội dung, và văn kiện trình đại hội gồm những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Cho hỏi chi bộ trực thuộc đại hội trong thời gian nào, còn đại hội điểm thì tổ chức khi nào?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Chi bộ cần lập những tổ nào để chuẩn bị đại hội, và đại hội phải theo nguyên tắc gì?',
    'chuan-bi+nguyen-tac',
  ],
  [
    'two-part',
    'What has changed since the October 2024 conference, and on which dates was the 14th Congress held?',
    'thay-doi+dai-hoi-xiv',
  ],
  [
    'two-part',
    'Chính quyền hai cấp bắt đầu từ khi nào, và chi bộ bây giờ mấy năm đại hội một lần?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Chỉ thị của Bộ Chính trị năm 2024 về đại hội có mấy phần, và kết quả đại hội các cấp nhiệm kỳ này ra sao?',
    'chi-thi-35+ket-qua',
  ],
  [
    'two-part',
    'Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII theo kế hoạch nào, và nay quận còn cấp ủy không khi đã có chính quyền hai cấp?',
    'dai-hoi-quan+chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'bao cao chinh tri phai viet ra sao, con bau doan dai bieu di dai hoi cap tren co phai la noi dung cua dai hoi ko',
    'van-kien+noi-dung',
  ],
  [
    'two-part',
    'Which documents does the bot rely on, and what does the 2024 Politburo directive on congresses contain?',
    'tai-lieu+chi-thi-35',
  ],
  [
    'two-part',
    'Chọn nhân sự cấp ủy khóa mới theo tiêu chuẩn gì, và đại hội chi bộ khu dân cư gồm những nội dung nào?',
    'nhan-su+noi-dung',
  ],
  [
    'two-part',
    'Đại hội điểm do ai chọn và chọn mấy đơn vị, đồng thời nguyên tắc tập trung dân chủ khi tổ chức đại hội thế nào?',
    'dai-hoi-diem+nguyen-tac',
  ],
  [
    'two-part',
    "The district's 27th congress: which plan organised it, and how did the 2025–2030 congresses turn out overall?",
    'dai-hoi-quan+ket-qua',
  ],
  [
    'two-part',
    'Công tác chuẩn bị đại hội gồm những việc gì, và đại hội chi bộ cơ sở phải xong trước ngày nào?',
    'chuan-bi+lich-trinh',
  ],
  [
    'unit',
    'Chi bộ khu dân cư của tôi là chi bộ trực thuộc đảng ủy phường, phải đại hội xong trong tháng mấy?',
    'lich-trinh',
  ],
  [
    'unit',
    'Chi bộ cơ sở Cảng vụ trực thuộc thẳng cấp trên, đại hội được bắt đầu từ tháng nào?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng bộ cơ sở trường cao đẳng nghề tổ chức đại hội sau khi các chi bộ trực thuộc xong, hạn cuối là ngày nào?',
    'lich-trinh',
  ],
  [
    'unit',
    'Là đảng bộ cơ sở, chúng tôi phải chọn mấy chi bộ trực thuộc làm đại hội điểm và làm trong tháng nào?',
    'dai-hoi-diem',
  ],
  [
    'unit',
    'Chi bộ cơ sở có được Ban Thường vụ Quận ủy chọn làm đại hội điểm không, vào thời điểm nào?',
    'dai-hoi-diem',
  ],
  [
    'unit',
    'Đại hội chi bộ trực thuộc đảng ủy cơ sở thì bầu những gì, có bầu đoàn đại biểu đi đại hội cấp trên không?',
    'noi-dung',
  ],
  ['unit', 'For a grassroots party cell, what must its congress cover?', 'noi-dung'],
  ['unit', 'Đảng bộ cơ sở trình đại hội những báo cáo nào của cấp ủy?', 'van-kien'],
  ['unit', 'Chi bộ cơ sở cần thành lập những tổ giúp việc nào trước đại hội?', 'chuan-bi'],
  ['unit', 'Chi bộ trực thuộc đảng ủy cơ sở bắt đầu đại hội từ tháng 01/2025 có đúng không?', 'lich-trinh'],
  ['typo', 'dh cb khu dan cu co may noi dung vay bac', 'noi-dung'],
  ['typo', 'bc kiem diem cua cap uy phai co tinh chien dau la the nao', 'van-kien'],
  ['typo', 'lich dh dbcs phai xong truoc 30/6/2025 ha', 'lich-trinh'],
  ['typo', 'dh diem qu chon 1 db phuong 1 db hcsn 1 cbcs dung ko', 'dai-hoi-diem'],
  ['typo', 'chinh quyen 2 cap chay tu ngay nao z', 'chinh-quyen-2-cap'],
  ['typo', 'chi bo 5 nam dh 1 lan la thi diem hay lam chinh thuc', 'chi-bo-5-nam'],
  ['typo', 'dh toan quoc lan thu xiv hop may ngay vay', 'dai-hoi-xiv'],
  ['typo', 'ket qua dh cac cap nk 2025-2030 ra sao r', 'ket-qua'],
  ['typo', 'nguyen tac tap trung dan chu khi to chuc dh cb la gi', 'nguyen-tac'],
  ['typo', 'Nhân xự cấp uỷ khoá mới lựa trọn theo tiêu trí gì ạ', 'nhan-su'],
  ['typo', 'cong tac chuan bi dh gom nhung viec gi, to van kien lam nhiem vu j', 'chuan-bi'],
  ['typo', 'cac van ban ve dh nk 2025 2030 ma bot dua vao gom nhung cai nao', 'tai-lieu'],
  ['typo', 'dai hoi dang bo quan hbt lan thu XXVII to chuc theo ke hoach nao', 'dai-hoi-quan'],
  ['en', 'A cell secretary told me a congress has four set items on its agenda: which four?', 'noi-dung'],
  ['en', 'Which two main reports does the outgoing committee put before the congress?', 'van-kien'],
  ['en', 'When were the pilot congresses held in Hai Ba Trung district?', 'dai-hoi-diem'],
  ['en', 'What principles must the congresses follow? Is democratic centralism one of them?', 'nguyen-tac'],
  ['en', 'Under which rules were members of the new local party committees selected?', 'nhan-su'],
  ['en', 'Is it true that party cells now hold their congress only once every five years?', 'chi-bo-5-nam'],
  [
    'en',
    'For my article: on which dates in January 2026 did the 14th National Party Congress meet?',
    'dai-hoi-xiv',
  ],
  ['en', 'What was the timeline for grassroots congresses, and which units went first?', 'lich-trinh'],
  ['en', 'How should a cell prepare its congress, and which working teams does it set up?', 'chuan-bi'],
  [
    'en',
    "What was the Hai Ba Trung district's 27th congress, and was its date ever published?",
    'dai-hoi-quan',
  ],
  ['en', 'List the documents your answers are based on, with their status.', 'tai-lieu'],
  ['en', 'What changed after the October 2024 dissemination conference in Hanoi?', 'thay-doi'],
  [
    'en',
    'Walk me through the 2024 Politburo directive on congresses: how many parts and appendices?',
    'chi-thi-35',
  ],
  ['en', 'Has the 2025-2030 round of party congresses finished at every level?', 'ket-qua'],
  ['fact', 'Chỉ thị mới về đại hội ban hành ngày 14/4/2025 thay thế những văn bản nào?', 'thay-doi'],
  [
    'fact',
    'Chỉ thị của Bộ Chính trị về đại hội năm 2024 kèm theo mấy phụ lục, là những phụ lục nào?',
    'chi-thi-35',
  ],
  ['fact', 'Bảy yêu cầu của chỉ thị về đại hội năm 2024, tóm tắt lại là gì?', 'chi-thi-35'],
  [
    'fact',
    'Ngày 1/7/2025 ở Hà Nội có tất cả bao nhiêu đảng bộ quận, huyện thôi hoạt động?',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'Điều lệ Đảng trước đây quy định đại hội chi bộ mấy năm mấy lần?', 'chi-bo-5-nam'],
  ['fact', 'Quy định thí điểm đại hội chi bộ có hiệu lực thi hành từ ngày nào?', 'chi-bo-5-nam'],
  [
    'fact',
    'Tôi là cựu bác sĩ quân y, muốn ghi vào sổ tay: Đại hội đại biểu toàn quốc lần thứ XIV bế mạc hôm nào?',
    'dai-hoi-xiv',
  ],
  [
    'fact',
    'Kết luận của Bộ Chính trị và Ban Bí thư tháng 10/2025 yêu cầu cấp ủy làm gì tiếp sau đại hội?',
    'ket-qua',
  ],
  [
    'fact',
    'Tiêu chuẩn cán bộ của Bộ Chính trị năm 2017 đã được thay bằng quy định mới vào ngày nào?',
    'thay-doi',
  ],
  [
    'fact',
    'Chỉ thị về đại hội tiến tới Đại hội XIII năm 2019 có trùng số với chỉ thị năm 2024 không, có dễ nhầm không?',
    'chi-thi-35',
  ],
  [
    'fact',
    'Ban Tổ chức Trung ương hướng dẫn chỉ thị về đại hội năm 2024 bằng văn bản nào, ngày nào?',
    'chi-thi-35',
  ],
  [
    'fact',
    'Chỉ thị năm 2024 có yêu cầu cơ chế sàng lọc để không bỏ sót người thực sự có đức, có tài không?',
    'chi-thi-35',
  ],
  [
    'fact',
    'Theo kết luận tháng 10/2025, đại hội các cấp có đáp ứng yêu cầu của chỉ thị năm 2025 không?',
    'ket-qua',
  ],
  [
    'fact',
    'In plain English: since when has Vietnam had no district level of local government?',
    'chinh-quyen-2-cap',
  ],
];

export const NEWSET59: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
