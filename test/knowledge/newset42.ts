/**
 * The forty-second new evaluation set (issue 11, point 6), written on 2026-12-04 from 01:30 UTC
 * (committed in the commit "Eval: newset42, the forty-second unseen set") by a helper (set42) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before its `const items` line) and its last line, the part of newset.ts
 * before `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under
 * src/, bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items
 * were read. Its users are imagined as the secretary of a party cell in a rural commune of the
 * Mekong delta merged in 2025, a retired army colonel who writes long formal messages, a young IT
 * worker in a bank's party cell who mixes English and Vietnamese, a staffer of a ward's
 * organisation board, a high-school literature teacher who is her school cell's secretary, and an
 * old member typing without diacritics on a basic phone; with the out-of-scope messages such users
 * send (other organisations' congresses and meetings: the commune Farmers' Association, a farming
 * cooperative's members' meeting, the Veterans' Association, the Trường Sơn soldiers' reunion, a
 * bank's AGM, the bank's Youth Union and trade-union sports day, workers' conferences, the ward
 * Fatherland Front, a school's staff conference and class Youth Union branch, the Writers'
 * Association, the elderly people's association, a family clan's gathering, the Lao party's
 * congress, the G20, SEA Games, a provincial investment conference; other senses of "họp" and
 * "hội nghị": a ward committee's quarterly plenum, sprint planning, parents' meetings, village
 * meetings on poor households; other party business the pack does not cover: temporary transfer of
 * a member working far away, confirming a probationary member, admission forms, lost party cards,
 * the members' database software, committee members' allowances, the first plenum's Politburo
 * election; people in posts (officials' reception days); addresses, phone numbers and opening hours
 * of offices, pumping stations, clinics and radio; money (rice prices, savings rates, exchange
 * rates, pensions, veterans' allowances); local government services after the merger (seals,
 * health insurance cards, one-stop centres, National Assembly elections, constitutional
 * consultation); everyday life (weather, weddings, lucky days, team games, cloud certificates,
 * core banking rules); literature lessons, school exams and teaching contests; foreign politics;
 * the bot itself: who made it, its server, its Khmer, a phone that cannot type diacritics).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset42.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, the money a congress may
 * spend, which cells the five-yearly pilot covers, membership figures) were left out, not guessed.
 *
 * Engine changes reached main after its commit: 6e00b50 (a count of what the pack never counts is
 * refused, evidence.counted); its writer saw none of them. It was measured once, at 01:38 UTC on
 * main 6e00b50 (`node --expose-gc dist/bench/qa.js`, load 0.94): qa_new_top1 99.3 %,
 * qa_new_oos_refused 100.0 % (1 in-scope miss, no lookalike answered; qa_p99_us 91.9 in that run,
 * p50 26.0). Its misses were listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents of the pack, asked by number in several spellings.
  [
    'doc',
    'Thưa Bot, tôi là đại tá về hưu, xin hỏi Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị hiện nay còn hiệu lực hay đã được thay thế?',
    'doc:ct-35-2024',
  ],
  ['doc', 'ct35 năm 2024 của BCT giờ còn dùng ko bot', 'doc:ct-35-2024'],
  ['doc', 'Is Directive 35 of June 2024 still the one we follow, or was it replaced?', 'doc:ct-35-2024'],
  ['doc', 'Kết luận số 118-KL/TW ngày 18/01/2025 là văn bản gì, do cơ quan nào ban hành?', 'doc:kl-118-2025'],
  ['doc', 'kl118 con hieu luc khong', 'doc:kl-118-2025'],
  ['doc', 'Conclusion 118 from January 2025: what did it change?', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị 45-CT/TW ban hành ngày nào vậy anh?', 'doc:ct-45-2025'],
  ['doc', 'CT 45 cua Bo Chinh tri noi ve gi', 'doc:ct-45-2025'],
  ['doc', 'Directive 45-CT/TW, status update please, bên em cần cite trong báo cáo', 'doc:ct-45-2025'],
  ['doc', 'Chi thi 45 nam 2025 thay the nhung van ban nao', 'doc:ct-45-2025'],
  ['doc', 'Cho tôi xem Kết luận 200-KL/TW của Bộ Chính trị, Ban Bí thư', 'doc:kl-200-2025'],
  ['doc', 'KL200 ra ngày nào', 'doc:kl-200-2025'],
  ['doc', 'What does Conclusion No. 200 of October 2025 say?', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW của Ban Tổ chức Trung ương hướng dẫn văn bản nào?', 'doc:hd-27-2024'],
  ['doc', 'HD 27 BTCTW nam 2024 co noi dung gi', 'doc:hd-27-2024'],
  ['doc', 'Guidance 27 of the Central Organisation Commission, August 2024: what is it?', 'doc:hd-27-2024'],
  [
    'doc',
    'Em ở Ban Tổ chức phường, cần trích Hướng dẫn số 18-HD/BTCTU ngày 01/10/2024 vào tờ trình, văn bản này do ai ban hành ạ?',
    'doc:hd-18-2024',
  ],
  ['doc', 'hd18 btctu ha noi', 'doc:hd-18-2024'],
  [
    'doc',
    'Guidance 18-HD/BTCTU, is it still valid after the district level was abolished?',
    'doc:hd-18-2024',
  ],
  ['doc', 'Kế hoạch 258-KH/TU của Thành ủy Hà Nội ra ngày nào?', 'doc:kh-258-2024'],
  ['doc', 'kh258 tu', 'doc:kh-258-2024'],
  [
    'doc',
    'pls check giúp em Plan 258 of the Hanoi Party Committee, ngày ban hành là bao giờ?',
    'doc:kh-258-2024',
  ],
  [
    'doc',
    'Cô là bí thư chi bộ trường, muốn hỏi Kế hoạch số 203-KH/QU của Quận ủy Hai Bà Trưng ngày trước là kế hoạch về việc gì?',
    'doc:kh-203-2024',
  ],
  ['doc', 'ke hoach 203 quan uy hbt', 'doc:kh-203-2024'],
  ['doc', 'KH203 còn giá trị không khi quận không còn nữa', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 về cán bộ do Trung ương khóa mấy ban hành?', 'doc:nq-26-2018'],
  ['doc', 'NQ26 TW nam 2018', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26 of May 2018 on cadres, what is its status?', 'doc:nq-26-2018'],
  ['doc', 'Quy định 89-QĐ/TW về tiêu chuẩn cán bộ còn áp dụng không ạ?', 'doc:qd-89-2017'],
  ['doc', 'QĐ 89 năm 2017 thay bằng cái nào rồi', 'doc:qd-89-2017'],
  ['doc', 'Regulation 89 of 2017: superseded?', 'doc:qd-89-2017'],
  [
    'doc',
    'Kính hỏi Quy định số 365-QĐ/TW ngày 30/8/2025 của Bộ Chính trị thay thế văn bản nào?',
    'doc:qd-365-2025',
  ],
  ['doc', 'qd365 tw tieu chuan chuc danh', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365 on cadre position standards: when was it issued?', 'doc:qd-365-2025'],
  ['doc', 'Em chào anh chị, cho em xin thông tin văn bản QĐ-365 ạ', 'doc:qd-365-2025'],
  [
    'doc',
    'Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy về tiêu chí đánh giá cán bộ ban hành khi nào?',
    'doc:qd-14-2023',
  ],
  ['doc', 'QĐ14/TU năm 2023', 'doc:qd-14-2023'],
  ['doc', 'Hanoi Regulation 14 (Nov 2023) on evaluating cadres, tell me about it', 'doc:qd-14-2023'],
  ['doc', 'Quy định số 2656-QĐ/QU của Quận ủy Hai Bà Trưng là gì?', 'doc:qd-2656-2023'],
  ['doc', 'qd 2656 quan uy', 'doc:qd-2656-2023'],
  ['doc', 'Regulation 2656 of the district: status?', 'doc:qd-2656-2023'],
  ['doc', 'Quy định 1216-QĐ/QU về quy hoạch cán bộ ngày 06/4/2022', 'doc:qd-1216-2022'],
  ['doc', 'QD1216 qu', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216 on cadre planning, bên em muốn biết cơ quan nào ký', 'doc:qd-1216-2022'],
  [
    'doc',
    'Chi bộ ấp tui đang đọc Quy định 294-QĐ/TW, văn bản này có hiệu lực từ ngày mấy vậy?',
    'doc:qd-294-2025',
  ],
  ['doc', 'qd294 ai ban hanh vay', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294 from May 2025, the pilot one', 'doc:qd-294-2025'],
  ['doc', 'Chỉ thị 35-CT/TW ngày 30/5/2019 hướng tới Đại hội XIII, bot có không?', 'doc:ct-35-2019'],
  ['doc', 'CT35 nam 2019 (nhiem ky truoc)', 'doc:ct-35-2019'],
  ['doc', 'the 2019 Directive 35 toward the 13th Congress', 'doc:ct-35-2019'],
  [
    'doc',
    'Trong tủ hồ sơ chi bộ còn Hướng dẫn 26-HD/BTCTW ngày 18/10/2019, cô có nên dùng nữa không?',
    'doc:hd-26-2019',
  ],
  ['doc', 'HD26 BTCTW 2019', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26 of October 2019 on the old Directive 35', 'doc:hd-26-2019'],
  ['doc', 'Kết luận 200 khẳng định đại hội các cấp ra sao?', 'doc:kl-200-2025'],

  // Documents the pack does not hold.
  [
    'unknown-doc',
    'Quy định 24-QĐ/TW năm 2021 thi hành Điều lệ Đảng, bot có văn bản này không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Hướng dẫn 06-HD/TW về một số vấn đề cụ thể thi hành Điều lệ Đảng nói gì?', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị quyết 57-NQ/TW về khoa học công nghệ, chuyển đổi số, bên bank em đang học, bot tóm tắt giúp',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kết luận 127-KL/TW năm 2025 về sắp xếp bộ máy có những ý chính nào?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 12-KH/ĐU của Đảng ủy xã về đại hội chi bộ ấp, tui tìm không thấy', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 05-CT/TW về học tập và làm theo tư tưởng, đạo đức Hồ Chí Minh', 'unknown-doc'],
  ['unknown-doc', 'Quy định 144-QĐ/TW về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 31-HD/BTCTW năm 2025 của Ban Tổ chức Trung ương', 'unknown-doc'],
  ['unknown-doc', 'Directive 46-CT/TW, do you have it?', 'unknown-doc'],
  ['unknown-doc', 'Quyết định 1567-QĐ/TU của Tỉnh ủy Cà Mau về nhân sự đại hội', 'unknown-doc'],
  [
    'unknown-doc',
    'Công văn 1102-CV/BTCTU của Ban Tổ chức Thành ủy gửi các đảng ủy phường, bot có bản không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kế hoạch 09-KH/ĐU của Đảng ủy phường về đại hội nhiệm kỳ 2025 - 2030', 'unknown-doc'],
  ['unknown-doc', 'Resolution 66-NQ/TW on lawmaking, summary please', 'unknown-doc'],
  ['unknown-doc', 'nghi quyet 21 NQ TW ve cong tac dan so', 'unknown-doc'],
  ['unknown-doc', 'Quy định 132-QĐ/TW về kiểm điểm, đánh giá, xếp loại tập thể, cá nhân', 'unknown-doc'],
  ['unknown-doc', 'Kính hỏi Hướng dẫn 25-HD/BTCTW còn hiệu lực không?', 'unknown-doc'],

  // Out of scope, though they look like ours.
  ['lookalike', 'Hội Nông dân xã tôi chuẩn bị đại hội nhiệm kỳ 2028 - 2033, phải làm hồ sơ gì?', null],
  [
    'lookalike',
    'HTX nông nghiệp ấp tôi họp đại hội thành viên thường niên, chia lãi thế nào cho đúng luật?',
    null,
  ],
  [
    'lookalike',
    'Sau sáp nhập xã, con dấu mới của UBND xã bao giờ mới có để tôi đóng giấy xác nhận cho dân?',
    null,
  ],
  ['lookalike', 'Giá lúa ST25 hôm nay ở Sóc Trăng bao nhiêu một ký?', null],
  ['lookalike', 'Mùa này nước mặn vô ruộng, trạm bơm của xã mở mấy giờ?', null],
  ['lookalike', 'Ấp tôi tổ chức lễ Ok Om Bok đua ghe ngo, xin kinh phí ở đâu?', null],
  ['lookalike', 'Chi hội phụ nữ ấp mượn hội trường văn hóa xã tổ chức đám cưới tập thể được không?', null],
  [
    'lookalike',
    'Đảng viên trong chi bộ đi làm ăn xa ở Bình Dương, muốn giới thiệu sinh hoạt đảng tạm thời thì làm sao?',
    null,
  ],
  ['lookalike', 'Xã mới gộp 3 xã thì trụ sở Đảng ủy xã đặt ở đâu, số điện thoại văn phòng là gì?', null],
  ['lookalike', 'Cuộc họp dân ấp để bình xét hộ nghèo năm nay tổ chức ra sao?', null],
  [
    'lookalike',
    'Kính gửi Bot. Tôi nguyên là Đại tá, Chủ tịch Hội Cựu chiến binh phường. Xin hỏi quy trình chuẩn bị Đại hội Hội Cựu chiến binh cấp cơ sở nhiệm kỳ 2027 - 2032 gồm những bước nào?',
    null,
  ],
  [
    'lookalike',
    'Kính thưa quý Ban, tôi xin hỏi chế độ trợ cấp đối với quân nhân tham gia chiến đấu bảo vệ biên giới phía Bắc năm 1979 hiện nay được tính như thế nào?',
    null,
  ],
  [
    'lookalike',
    'Trân trọng đề nghị cho biết thủ tục cấp lại thẻ bảo hiểm y tế cho sĩ quan nghỉ hưu tại Bảo hiểm xã hội phường.',
    null,
  ],
  [
    'lookalike',
    'Tôi muốn hỏi Hội nghị Trung ương lần thứ nhất khóa XIV đã bầu những đồng chí nào vào Bộ Chính trị.',
    null,
  ],
  [
    'lookalike',
    'Kính gửi Bot. Hội truyền thống Bộ đội Trường Sơn tỉnh tổ chức họp mặt kỷ niệm 67 năm mở đường, tôi cần đăng ký tham dự ở đâu?',
    null,
  ],
  [
    'lookalike',
    'Tôi đang viết hồi ký về chiến trường Quảng Trị năm 1972, Bot có thể giúp biên tập chương đầu được không?',
    null,
  ],
  [
    'lookalike',
    'Đại hội lần thứ XII của Đảng Nhân dân Cách mạng Lào diễn ra vào thời gian nào và bầu ai làm Tổng Bí thư?',
    null,
  ],
  ['lookalike', 'Xin hỏi lịch tiếp công dân của Bí thư Đảng ủy phường vào thứ mấy hằng tuần?', null],
  ['lookalike', 'Tôi xin hỏi chế độ phụ cấp thâm niên cho quân nhân chuyên nghiệp năm 2026.', null],
  [
    'lookalike',
    'Ngân hàng em sắp tổ chức AGM 2026, agenda đại hội đồng cổ đông thường gồm những mục gì?',
    null,
  ],
  [
    'lookalike',
    'Đoàn Thanh niên ngân hàng tổ chức Đại hội Đoàn cơ sở, em làm slide cho đại hội thì lấy template ở đâu?',
    null,
  ],
  [
    'lookalike',
    'Bot ơi, core banking bên em migrate lên cloud, có cần xin phép Ngân hàng Nhà nước không?',
    null,
  ],
  ['lookalike', 'Lãi suất tiết kiệm online kỳ hạn 12 tháng hiện tại bao nhiêu %?', null],
  ['lookalike', 'Tối nay team em có year-end party, bot gợi ý vài game team building với', null],
  ['lookalike', 'Hội nghị người lao động của chi nhánh năm nay có bàn chuyện thưởng Tết không?', null],
  ['lookalike', 'Bot này deploy trên server nào, có open source không, em muốn contribute code', null],
  ['lookalike', 'Sprint planning meeting tuần này em phải chuẩn bị backlog thế nào cho PO duyệt?', null],
  ['lookalike', 'Tỷ giá USD/VND ở Vietcombank chiều nay là bao nhiêu?', null],
  ['lookalike', 'Em muốn đăng ký thi chứng chỉ AWS Solutions Architect, lịch thi ở Hà Nội tháng tới?', null],
  ['lookalike', 'Công đoàn ngân hàng đợt này tổ chức Hội thao, em đăng ký môn cầu lông ở đâu?', null],
  [
    'lookalike',
    'Phần mềm quản lý cơ sở dữ liệu đảng viên bị lỗi đăng nhập, liên hệ ai để reset mật khẩu?',
    null,
  ],
  [
    'lookalike',
    'Cấp lại thẻ đảng viên bị mất thì hồ sơ gồm những gì, nộp về Ban Tổ chức Thành ủy bao lâu có?',
    null,
  ],
  ['lookalike', 'Mẫu lý lịch người xin vào Đảng khai phần quan hệ gia đình bên vợ thế nào?', null],
  ['lookalike', 'Trung tâm phục vụ hành chính công phường làm việc thứ Bảy không, mấy giờ mở cửa?', null],
  [
    'lookalike',
    'Hội nghị Ban Chấp hành Đảng bộ phường kỳ họp thường lệ quý II/2027 cần chuẩn bị những báo cáo gì?',
    null,
  ],
  ['lookalike', 'Phụ cấp trách nhiệm cấp ủy viên đảng ủy phường năm nay tính theo hệ số bao nhiêu?', null],
  ['lookalike', 'Đại hội Mặt trận Tổ quốc phường nhiệm kỳ tới tổ chức khi nào, bao nhiêu đại biểu?', null],
  ['lookalike', 'Cuộc bầu cử đại biểu Quốc hội khóa XVI, tổ bầu cử khu phố cần mấy người?', null],
  ['lookalike', 'Lấy ý kiến nhân dân về sửa đổi Hiến pháp ở tổ dân phố thì làm biên bản theo mẫu nào?', null],
  [
    'lookalike',
    'Đảng viên dự bị đủ 12 tháng, thủ tục xét công nhận đảng viên chính thức gồm những bước nào?',
    null,
  ],
  [
    'lookalike',
    'Trường tôi sắp tổ chức Hội nghị viên chức đầu năm học 2026 - 2027, báo cáo của hiệu trưởng gồm những phần nào?',
    null,
  ],
  ['lookalike', 'Đại hội Chi đoàn lớp 11A3 tôi chủ nhiệm nên bầu mấy ủy viên ban chấp hành chi đoàn?', null],
  ['lookalike', 'Gợi ý giúp tôi dàn ý phân tích bài thơ Tây Tiến của Quang Dũng cho học sinh lớp 12.', null],
  ['lookalike', 'Đại hội Hội Nhà văn Việt Nam lần thứ XI tổ chức năm nào, ai làm Chủ tịch?', null],
  ['lookalike', 'Hội giảng cấp trường môn Ngữ văn năm nay chấm theo tiêu chí nào?', null],
  ['lookalike', 'Họp phụ huynh cuối học kỳ I nên nói gì về chuyện các em dùng điện thoại trong giờ?', null],
  ['lookalike', 'Trong truyện Chí Phèo, chi tiết bát cháo hành có ý nghĩa gì?', null],
  [
    'lookalike',
    'Đại hội Công đoàn trường nhiệm kỳ 2028 - 2033 thì ai được bầu làm chủ tịch công đoàn?',
    null,
  ],
  ['lookalike', 'Kỳ thi tốt nghiệp THPT năm 2027 môn Văn có thay đổi cấu trúc đề không?', null],
  ['lookalike', 'luong huu thang nay bao gio ve the chau', null],
  ['lookalike', 'hoi nguoi cao tuoi phuong to chuc dai hoi nhiem ky moi thi bau may nguoi', null],
  [
    'lookalike',
    'dai hoi dong ho Nguyen ngay ram thang gieng o nha tho ho, con chau dong gop bao nhieu',
    null,
  ],
  ['lookalike', 'mai troi co mua khong, toi di kham o benh vien Cho Ray', null],
  ['lookalike', 'bot oi sao toi go chu khong co dau duoc, dien thoai Nokia cu', null],
  ['lookalike', 'nghe dai phat thanh cua xa o tan so nao', null],
  ['lookalike', 'ban co biet so dien thoai tram y te xa khong, toi bi dau lung', null],
  ['lookalike', 'xem giup ngay tot to chuc dam cuoi cho chau noi', null],
  ['lookalike', 'Kinh gui bot, bot ten la gi, ai lam ra bot nay vay', null],
  ['lookalike', 'Bạn trả lời được bằng tiếng Khmer không?', null],
  ['lookalike', 'Hội nghị Thượng đỉnh G20 năm 2026 tổ chức ở đâu?', null],
  ['lookalike', 'Đại hội Thể thao Đông Nam Á SEA Games 33 Việt Nam được bao nhiêu huy chương vàng?', null],
  ['lookalike', 'Who won the US midterm elections in November 2026?', null],
  [
    'lookalike',
    'Can you explain how the Chinese Communist Party elects its Politburo Standing Committee?',
    null,
  ],
  ['lookalike', 'Hội nghị xúc tiến đầu tư tỉnh Cà Mau năm 2026 có những dự án nào?', null],

  // In scope, with everyday words around the question.
  [
    'offword',
    'Trời mưa lụt ngập sân nhà văn hóa ấp, nhưng cho tôi hỏi đại hội chi bộ gồm những nội dung nào?',
    'noi-dung',
  ],
  [
    'offword',
    'Đang chạy deadline release app, hỏi nhanh: báo cáo chính trị trình đại hội phải đánh giá những gì?',
    'van-kien',
  ],
  [
    'offword',
    'Vừa chấm xong 40 bài văn mỏi tay quá, cho cô hỏi đại hội điểm được tổ chức theo kế hoạch thế nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Cháu tôi vừa đi nghĩa vụ quân sự, còn tôi muốn hỏi báo cáo kiểm điểm của cấp ủy phải có tính chiến đấu là thế nào?',
    'van-kien',
  ],
  [
    'offword',
    'Coffee sáng xong rồi, bot cho em hỏi chính quyền hai cấp bắt đầu từ ngày nào vậy?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Nhà đang gặt lúa, tui hỏi chút: tổ nhân sự, tổ văn kiện chuẩn bị đại hội lập ra sao?',
    'chuan-bi',
  ],
  [
    'offword',
    'Kính gửi Bot, nhân dịp kỷ niệm ngày thành lập Quân đội nhân dân, tôi xin hỏi Đại hội XIV của Đảng họp từ ngày nào đến ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Giá xăng lại tăng rồi, mà đại hội các cấp nhiệm kỳ 2025 - 2030 đã xong hết chưa bot?',
    'ket-qua',
  ],
  [
    'offword',
    'Cuối năm phường bận lắm, em hỏi nguyên tắc tập trung dân chủ khi tổ chức đại hội được nêu thế nào?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Con gà nhà tôi bị toi, buồn quá; cho hỏi chi bộ bây giờ mấy năm đại hội một lần?',
    'chi-bo-5-nam',
  ],
  ['offword', 'Wifi công ty chập chờn quá, bot list giúp em các văn bản về đại hội nhiệm kỳ này', 'tai-lieu'],
  [
    'offword',
    'Hôm nay họp phụ huynh xong, cô muốn hỏi từ sau hội nghị tháng 10/2024 đến giờ có những thay đổi gì?',
    'thay-doi',
  ],

  // Two-part questions.
  ['two-part', 'Đại hội có mấy nội dung, và cấp ủy trình đại hội những báo cáo nào?', 'noi-dung+van-kien'],
  [
    'two-part',
    'Chi bộ trực thuộc đại hội vào thời gian nào? Còn đại hội điểm thì làm ra sao?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Kính hỏi: nguyên tắc tổ chức đại hội là gì; đồng thời nhân sự cấp ủy khóa mới được lựa chọn theo những văn bản nào?',
    'nguyen-tac+nhan-su',
  ],
  ['two-part', 'Đại hội XIV họp khi nào và kết quả đại hội các cấp ra sao?', 'dai-hoi-xiv+ket-qua'],
  [
    'two-part',
    'cho em hỏi 2 việc: chính quyền 2 cấp từ bao giờ, với chi bộ giờ mấy năm đại hội một lần?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  ['two-part', 'Chuẩn bị đại hội gồm những việc gì, và nội dung đại hội gồm những gì?', 'chuan-bi+noi-dung'],
  [
    'two-part',
    'Two things: what changed since the October 2024 conference, and which documents does the bot use?',
    'thay-doi+tai-lieu',
  ],
  [
    'two-part',
    'Chỉ thị 35 năm 2024 gồm mấy phần, và đại hội quận lần thứ XXVII tổ chức theo kế hoạch nào?',
    'chi-thi-35+dai-hoi-quan',
  ],
  [
    'two-part',
    'dai hoi co may noi dung va bau nhung gi, bao cao chinh tri viet the nao',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'What must the political report cover, and how were the pilot congresses planned?',
    'van-kien+dai-hoi-diem',
  ],

  // Per unit type.
  ['unit', 'Chi bộ trực thuộc đảng ủy cơ sở thì đại hội bắt đầu và phải xong khi nào?', 'lich-trinh'],
  ['unit', 'Đảng bộ cơ sở tổ chức đại hội đảng viên hay đại hội đại biểu, thời gian thế nào?', 'lich-trinh'],
  ['unit', 'Chi bộ cơ sở ở trường THPT thì đại hội phải hoàn thành trước ngày nào?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở hồi đó phải chọn bao nhiêu chi bộ trực thuộc để chỉ đạo đại hội điểm vậy?',
    'dai-hoi-diem',
  ],
  ['unit', 'Chi bộ cơ sở của ngân hàng em đại hội thì phải bầu những gì?', 'noi-dung'],
  ['unit', 'dang bo co so dai hoi sau hay truoc cac chi bo truc thuoc', 'lich-trinh'],
  ['unit', 'Grassroots party cell: when did its congress window run?', 'lich-trinh'],
  ['unit', 'Chi bộ trực thuộc có phải trình báo cáo kiểm điểm của cấp ủy không?', 'van-kien'],
  ['unit', 'Chi bộ ấp trực thuộc Đảng ủy xã thì giờ bao lâu đại hội một lần?', 'chi-bo-5-nam'],
  [
    'unit',
    'A grassroots party committee: what did it have to do about a pilot congress in December 2024?',
    'dai-hoi-diem',
  ],

  // Typos, no diacritics, abbreviations.
  ['typo', 'dai hoi chi bo ap minh co may noi dung vay bot', 'noi-dung'],
  ['typo', 'bao cao kiem diem cap uy can nhung gi', 'van-kien'],
  ['typo', 'DH diem cua cac chi bo truc thuoc to chuc thang may vay', 'dai-hoi-diem'],
  ['typo', 'nguyen tac tap trung dan chu trong to chuc DH', 'nguyen-tac'],
  ['typo', 'chinh quyen dia phuong 2 cap chay tu hom nao vay chau', 'chinh-quyen-2-cap'],
  ['typo', 'DH Dang toan quoc lan XIV hop tu ngay nao toi ngay nao', 'dai-hoi-xiv'],
  ['typo', 'dai hoi cac cap nhiem ky 2025 2030 xong chua', 'ket-qua'],
  ['typo', 'chi bo 5 nam dai hoi 1 lan dung ko', 'chi-bo-5-nam'],
  ['typo', 'nhân sự cấp ủy khoá mới chọn theo tiu chuẩn nào', 'nhan-su'],
  ['typo', 'chuẩn bị đại hộii cần lập những tổ gì', 'chuan-bi'],
  ['typo', 'dh dang bo quan HBT lan thu XXVII theo ke hoach nao vay', 'dai-hoi-quan'],
  ['typo', 'cac thay doi sau hoi nghi 23/10/2024', 'thay-doi'],

  // English.
  ['en', 'What are the four items a party congress has to cover?', 'noi-dung'],
  ['en', 'Quick q: which two main reports does the cấp ủy submit to the congress?', 'van-kien'],
  [
    'en',
    'My colleagues ask: on which days in January 2026 did the 14th National Congress sit?',
    'dai-hoi-xiv',
  ],
  ['en', 'Is the whole 2025-2030 congress round at every level over by now?', 'ket-qua'],
  [
    'en',
    'Under the pilot, how many times in five years does a party cell hold its congress?',
    'chi-bo-5-nam',
  ],
  ['en', 'What happened to the district level of government in July 2025?', 'chinh-quyen-2-cap'],
  ['en', 'What preparation teams should a grassroots unit set up before its congress?', 'chuan-bi'],
  ['en', 'What principles must be followed when organising a congress?', 'nguyen-tac'],
  [
    'en',
    'Which resolution, standards and evaluation criteria apply when nominating people for the new committee?',
    'nhan-su',
  ],
  ['en', 'What was the schedule of congresses by kind of unit?', 'lich-trinh'],

  // Facts from FACTS.md.
  ['fact', 'Đại hội XIV của Đảng khai mạc ngày 19/01/2026 và bế mạc ngày nào?', 'dai-hoi-xiv'],
  ['fact', 'Từ 01/7/2025 Hà Nội có bao nhiêu đảng bộ cấp huyện kết thúc hoạt động?', 'chinh-quyen-2-cap'],
  [
    'fact',
    'Kính hỏi: trước khi có thí điểm, theo Điều lệ Đảng thì chi bộ tiến hành đại hội bao nhiêu lần trong một nhiệm kỳ 5 năm?',
    'chi-bo-5-nam',
  ],
  ['fact', 'Chỉ thị về đại hội ban hành năm 2024 có mấy phụ lục, gồm những phụ lục nào?', 'chi-thi-35'],
  ['fact', 'Bảy yêu cầu của chỉ thị đại hội năm 2024, tóm tắt là gì?', 'chi-thi-35'],
  ['fact', 'Chỉ thị đại hội năm 2024 có mấy phần?', 'chi-thi-35'],
  ['fact', 'Bộ Chính trị và Ban Bí thư kết luận gì về kết quả đại hội các cấp vào tháng 10/2025?', 'ket-qua'],
  ['fact', 'Tiêu chuẩn cán bộ năm 2017 đã được thay bằng quy định mới vào ngày nào?', 'thay-doi'],
  ['fact', 'Chỉ thị mới về đại hội các cấp ban hành tháng 4/2025 thay thế những văn bản nào?', 'thay-doi'],
  [
    'fact',
    'What did the Politburo and the Secretariat conclude about the congress results in October 2025?',
    'ket-qua',
  ],
  ['fact', 'Sau khi đại hội các cấp xong, kết luận yêu cầu các cấp tiếp tục làm gì?', 'ket-qua'],
];

export const NEWSET42: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
