/**
 * The ninety-eighth new evaluation set (issue 11, point 6), written on 2026-12-04 from 19:20 UTC
 * (committed in the commit "Eval: newset98, the ninety-eighth unseen set") by a helper (set98) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before `const items`) and its export line, the part of newset.ts before
 * `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under src/,
 * bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items
 * (pool*.ts, questions.ts, heldout.ts, fresh.ts, newset*.ts past their header) were read. Its users
 * are imagined as the secretary of a party cell in a state theatre, a member who is a tax officer,
 * a member who is a construction engineer on a site far from home, a Vietnamese-American student
 * who writes in English, and a member who tells a long story about their day before the question;
 * with the out-of-scope messages such users send (other organisations' congresses and meetings:
 * the theatre's staff conference, the Theatre Artists' Association, the Tax Consultants'
 * Association, a construction corporation's workers' congress, a home-province association in
 * Bình Dương, a people's credit fund's and an agricultural cooperative's members' meetings, the
 * Lawyers' Association, a clan's study-promotion society, a residential group's meeting, a
 * students' association's general assembly, Model UN, the US Democratic National Convention, the
 * Lao People's Revolutionary Party's congress, the UN General Assembly, the G20 summit; other
 * senses of "đại hội" and "hội nghị": a class reunion, the heroes' gathering in a Kim Dung novel,
 * an online "sale" festival, a tax dialogue with taxpayers, a site handover meeting, a Monday site
 * briefing, a scientific workshop on traditional theatre; history: the 6th Congress and Đổi Mới;
 * other party business the pack does not cover: the Central Committee's plenum, temporary party
 * activity away from home, activity while touring abroad, a lost party card, travel abroad,
 * clearing a reprimand, thematic cell meetings, members holding shares in a company, the cell's
 * fund for a party, a US citizen joining the Party, the party card in VNeID; the theatre's own work:
 * festivals, titles for artists, performance licences, ticket sales and prices, performers' fees,
 * shows for the 14th Congress; the tax officer's own work: the personal income tax deadline, tax on
 * congress allowances, household business tax, e-invoices, revenue targets, locked tax codes, the
 * tax agency's reorganisation, what the 14th Congress says on tax; the engineer's own work and life:
 * concrete curing, supervision licences, building permits, buses home, paternity leave; the
 * student's: voter registration, flights, the Tết holiday; daily life: homework, wedding gifts,
 * motorbike repairs; National Assembly elections; the Writers' Association).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset98.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, the money a congress may
 * spend, whether a member away from home may attend by video, which cells the five-yearly pilot
 * covers, what the Hai Bà Trưng district became) were left out, not guessed.
 * Engine changes reached main after its writer began: d2ee4ad (a semicolon ends the words before
 * a question), cc9b408 (a count read after a classifier, ', với cả' as a cut, absent phrases for
 * newset91-94's classes), 513ab0a, e9a463e and 3118e83 (the word prior relearned with newset95 to
 * newset97); its writer saw none of them. It was measured once, at 19:34 UTC on main 3118e83
 * (`node --expose-gc dist/bench/qa.js`, load 2.47): qa_new_top1 100.0 %, qa_new_oos_refused
 * 100.0 % (no in-scope miss, no lookalike answered; qa_p99_us 335.6 in that run, p50 73.4). It
 * had no miss to list, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  ['doc', 'Chỉ thị số 35-CT/TW ngày 14/6/2024 giờ còn hiệu lực không?', 'doc:ct-35-2024'],
  ['doc', 'CT35 năm 2024 đã bị văn bản nào thay thế?', 'doc:ct-35-2024'],
  ['doc', 'chi thi 35 nam 2024 cua bo chinh tri la van ban gi', 'doc:ct-35-2024'],
  ['en', 'Is Directive 35 of June 2024 superseded now?', 'doc:ct-35-2024'],
  ['doc', 'Chỉ thị 35-CT/TW ngày 30/5/2019 là văn bản gì, có khác chỉ thị năm 2024 không?', 'doc:ct-35-2019'],
  ['doc', 'ct 35 nam 2019 huong toi dai hoi XIII la gi', 'doc:ct-35-2019'],
  ['en', 'Directive 35 from 2019, the one toward the 13th Congress: does the bot use it?', 'doc:ct-35-2019'],
  [
    'doc',
    'Chi bộ nhà hát đọc lại Kết luận 118-KL/TW ngày 18/1/2025, văn bản này điều chỉnh chỉ thị nào?',
    'doc:kl-118-2025',
  ],
  ['doc', 'KL118 bây giờ còn áp dụng nữa không?', 'doc:kl-118-2025'],
  ['doc', 'ket luan so 118 ma chi cuc thue nhac toi la cua co quan nao', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị 45-CT/TW thay thế những văn bản nào?', 'doc:ct-45-2025'],
  ['doc', 'ct 45 ban hanh ngay thang nam nao vay', 'doc:ct-45-2025'],
  ['en', 'Directive 45: is it still in force, as far as the bot knows?', 'doc:ct-45-2025'],
  ['typo', 'ct45 ai ban hanh the a', 'doc:ct-45-2025'],
  ['doc', 'Kết luận số 200-KL/TW nói gì về đại hội đảng bộ các cấp?', 'doc:kl-200-2025'],
  ['doc', 'Anh em công trường hỏi KL 200 của Bộ Chính trị và Ban Bí thư ra ngày nào?', 'doc:kl-200-2025'],
  ['en', 'Conclusion 200 on the results of the congresses: what does it say?', 'doc:kl-200-2025'],
  ['typo', 'kl200 noi gi vay ad', 'doc:kl-200-2025'],
  [
    'doc',
    'Hướng dẫn 27-HD/BTCTW ngày 26/8/2024 của Ban Tổ chức Trung ương có nội dung chi tiết ra sao?',
    'doc:hd-27-2024',
  ],
  ['doc', 'HD27 cua ban to chuc trung uong la van ban nao', 'doc:hd-27-2024'],
  ['en', "My aunt mentioned Guidance 27-HD/BTCTW, what's the status of that document?", 'doc:hd-27-2024'],
  ['doc', 'Hướng dẫn số 18-HD/BTCTU của Ban Tổ chức Thành ủy là văn bản gì?', 'doc:hd-18-2024'],
  ['doc', 'hd 18 btctu ban hanh ngay nao', 'doc:hd-18-2024'],
  ['en', 'Guidance 18 of the Hanoi organisation board: when was it issued?', 'doc:hd-18-2024'],
  [
    'doc',
    'Kế hoạch 258-KH/TU mà Thành ủy Hà Nội ban hành hồi năm 2024 là ngày bao nhiêu?',
    'doc:kh-258-2024',
  ],
  ['doc', 'KH258 thanh uy ha noi noi ve gi', 'doc:kh-258-2024'],
  [
    'en',
    'For my paper: Plan 258 of the Hanoi Party Committee, what does the bot know about it?',
    'doc:kh-258-2024',
  ],
  [
    'doc',
    'Kế hoạch số 203-KH/QU mà Quận ủy Hai Bà Trưng ban hành là kế hoạch tổ chức đại hội nào?',
    'doc:kh-203-2024',
  ],
  ['doc', 'kh 203 quan uy gio con dung duoc khong', 'doc:kh-203-2024'],
  ['en', "Plan 203-KH/QU keeps coming up in my mom's cell; which committee issued it?", 'doc:kh-203-2024'],
  [
    'doc',
    'Nghị quyết 26-NQ/TW năm 2018 mà đội thi công được phổ biến là của Trung ương khóa mấy?',
    'doc:nq-26-2018',
  ],
  ['doc', 'NQ26 nam 2018 ve can bo ban hanh ngay may vay', 'doc:nq-26-2018'],
  ['en', 'Resolution 26 of 2018 on cadres: what is it?', 'doc:nq-26-2018'],
  [
    'doc',
    'Hướng dẫn 26-HD/BTCTW năm 2019 còn đem ra áp dụng cho đại hội nhiệm kỳ này được không?',
    'doc:hd-26-2019',
  ],
  ['doc', 'cho hoi hd26 hoi nam 2019 la huong dan cho chi thi nao the', 'doc:hd-26-2019'],
  ['en', 'Guidance 26 (October 2019): is it part of what this bot uses?', 'doc:hd-26-2019'],
  ['doc', 'Quy định 89-QĐ/TW ngày 04/8/2017 còn được áp dụng không?', 'doc:qd-89-2017'],
  ['doc', 'QĐ89 về tiêu chuẩn cán bộ đã bị thay chưa?', 'doc:qd-89-2017'],
  ['en', 'Regulation 89 on cadre standards: still valid?', 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365-QĐ/TW ban hành ngày nào, của ai?', 'doc:qd-365-2025'],
  ['en', 'Regulation 365 replaced which regulation?', 'doc:qd-365-2025'],
  ['typo', 'qd365 thay cho qd nao z', 'doc:qd-365-2025'],
  ['doc', 'Quy định 14-QĐ/TU ngày 06/11/2023 về tiêu chí đánh giá cán bộ do ai ban hành?', 'doc:qd-14-2023'],
  ['doc', 'qd 14 cua btv thanh uy nam 2023 noi ve danh gia can bo the nao', 'doc:qd-14-2023'],
  ['en', "Regulation 14-QĐ/TU (Hanoi, November 2023): what's its topic and status?", 'doc:qd-14-2023'],
  ['doc', 'Quy định 2656-QĐ/QU mà ban tổ chức nhắc trong buổi họp là của Quận ủy nào?', 'doc:qd-2656-2023'],
  ['doc', 'QĐ 2656 về tiêu chí đánh giá cán bộ ban hành năm nào?', 'doc:qd-2656-2023'],
  [
    'en',
    'Regulation 2656 of the Hai Ba Trung standing board, what is it about and is it still in force?',
    'doc:qd-2656-2023',
  ],
  [
    'doc',
    'Quy định số 1216-QĐ/QU về quy hoạch cán bộ của Ban Thường vụ Quận ủy có từ năm nào?',
    'doc:qd-1216-2022',
  ],
  ['doc', 'qd1216 quan uy hbt con hieu luc ko', 'doc:qd-1216-2022'],
  ['en', 'What is Regulation 1216 and who issued it back in 2022?', 'doc:qd-1216-2022'],
  ['doc', 'Quy định 294 về đại hội chi bộ bắt đầu có hiệu lực từ ngày nào vậy?', 'doc:qd-294-2025'],
  ['doc', 'QĐ294 mà chi bộ nhà hát đang bàn là thí điểm chuyện gì?', 'doc:qd-294-2025'],
  ['en', "What's Regulation 294-QĐ/TW about?", 'doc:qd-294-2025'],
  ['unknown-doc', 'Nghị quyết 57-NQ/TW về phát triển khoa học công nghệ nói những gì?', 'unknown-doc'],
  [
    'unknown-doc',
    'Quy định 144-QĐ/TW về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên gồm mấy điều?',
    'unknown-doc',
  ],
  ['unknown-doc', 'KL121 về tổng kết sắp xếp bộ máy là văn bản gì?', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị quyết số 68-NQ/TW về kinh tế tư nhân áp dụng cho cán bộ ngành thuế ra sao?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Quy định 22-QĐ/TW về kiểm tra, giám sát và kỷ luật đảng áp dụng cho chi bộ cơ quan thuế thế nào?',
    'unknown-doc',
  ],
  ['unknown-doc', 'QĐ 80 về phân cấp quản lý cán bộ do ai ban hành?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 50-QĐ/TW về quy hoạch cán bộ thay quy định cũ nào?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 01-HD/TW thi hành Điều lệ Đảng nói gì về đại hội chi bộ?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 37-QĐ/TW về những điều đảng viên không được làm có mấy điều?', 'unknown-doc'],
  [
    'unknown-doc',
    'Em đi công trình xa, Quy định số 213-QĐ/TW về giữ mối liên hệ với nơi cư trú áp dụng thế nào?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Nghị quyết 66-NQ/TW là nghị quyết về vấn đề gì?', 'unknown-doc'],
  ['unknown-doc', 'Resolution 59-NQ/TW on international integration: what does it say?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 96-QĐ/TW về lấy phiếu tín nhiệm ban hành năm nào?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 412-KH/TU của Thành ủy về đại hội có những mốc nào?', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 28-CT/TW có liên quan gì tới chi bộ nhà hát không?', 'unknown-doc'],
  ['unknown-doc', 'Công văn 9790-CV/BTCTW về nhân sự đại hội viết gì?', 'unknown-doc'],
  [
    'offword',
    'Tối nay nhà hát diễn suất 8 giờ, trước giờ diễn cho tôi hỏi nhanh: báo cáo chính trị của chi bộ phải đánh giá những gì?',
    'van-kien',
  ],
  [
    'offword',
    'Mùa quyết toán thuế bận tối mắt mà chi bộ vẫn phải lo đại hội, vậy đại hội phải bảo đảm yêu cầu gì để không phô trương hình thức?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Ở công trường mưa dầm cả tuần, không đổ bê tông được, rảnh nên hỏi: chi bộ cơ sở phải hoàn thành đại hội trước ngày nào?',
    'lich-trinh',
  ],
  [
    'offword',
    'Hôm nay tôi đi khám răng, bác sĩ hẹn tuần sau, ra về tắc đường ở Kim Liên, đến cơ quan thì đồng chí bí thư dặn lo đại hội. Vậy chuẩn bị đại hội phải thành lập những tổ nào?',
    'chuan-bi',
  ],
  [
    'offword',
    'Con tôi học bên Mỹ gọi về hỏi mà tôi cũng không nhớ: Đại hội XIV của Đảng họp từ ngày nào đến ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Vừa tập xong cảnh cuối của vở kịch, anh em trong đoàn hỏi đại hội đảng nhiệm kỳ 2025-2030 ở các cấp đã kết thúc chưa?',
    'ket-qua',
  ],
  [
    'offword',
    'Giữa giờ nghỉ trưa ở cơ quan thuế hỏi bot: sau hội nghị quán triệt tháng 10/2024 thì những văn bản nào đã thay đổi?',
    'thay-doi',
  ],
  [
    'offword',
    'Lán trại công nhân không có sóng, tranh thủ ra đầu dốc hỏi: chọn nhân sự cấp ủy khóa mới phải quán triệt nghị quyết và quy định nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Sáng đi chợ thấy giá thịt lợn lại tăng, chiều họp chi bộ mọi người bàn mãi chuyện đại hội chi bộ bây giờ mấy năm một lần?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Nhà hát đang sửa mái, phòng họp dột hết, nhưng đại hội điểm ở chi bộ trực thuộc đảng bộ cơ sở làm vào tháng nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Vừa nộp xong tờ khai thuế giá trị gia tăng cho doanh nghiệp, cho hỏi cấp quận bây giờ còn không hay đã bỏ?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Đang ngồi chờ xe ở bến Mỹ Đình để về quê, cho hỏi đại hội đảng bộ cơ sở phải làm mấy nội dung?',
    'noi-dung',
  ],
  [
    'offword',
    'My grandma in Saigon keeps talking about phở and her cell meeting: what are the two main reports submitted to a party congress?',
    'van-kien',
  ],
  [
    'offword',
    'Hồi quận còn tồn tại, trụ sở gần nhà hát chúng tôi, các đảng bộ cơ sở đại hội là để tiến tới đại hội nào của quận?',
    'dai-hoi-quan',
  ],
  [
    'offword',
    'Chi bộ tôi ở nhà hát múa rối, các nghệ sĩ muốn biết bot dựa vào những văn bản nào để trả lời về đại hội?',
    'tai-lieu',
  ],
  [
    'offword',
    'Kỹ sư công trường như tôi ít khi đọc văn bản: chỉ thị của Bộ Chính trị năm 2024 về đại hội có bao nhiêu yêu cầu?',
    'chi-thi-35',
  ],
  [
    'fact',
    'Đại hội đại biểu toàn quốc lần thứ XIV của Đảng bế mạc vào ngày nào của tháng 1/2026?',
    'dai-hoi-xiv',
  ],
  [
    'fact',
    'Mô hình chính quyền địa phương hai cấp chính thức đi vào vận hành từ hôm nào?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Khi bỏ cấp huyện, ở Hà Nội có tổng cộng bao nhiêu đảng bộ quận, huyện, thị xã kết thúc hoạt động?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Hồi chưa thí điểm, theo Điều lệ Đảng thì chi bộ đại hội bao nhiêu lần trong một nhiệm kỳ 5 năm?',
    'chi-bo-5-nam',
  ],
  [
    'fact',
    'Trong hai báo cáo trình đại hội, báo cáo nào là báo cáo trung tâm có vai trò định hướng?',
    'van-kien',
  ],
  [
    'fact',
    'Sau khi tổng kết kết quả đại hội các cấp, Bộ Chính trị yêu cầu các cấp ủy tiếp tục làm những việc gì?',
    'ket-qua',
  ],
  ['fact', 'Đại hội chi bộ nhà hát có phải bầu người đi dự đại hội đảng bộ cấp trên không?', 'noi-dung'],
  ['fact', 'Chỉ thị về đại hội của Bộ Chính trị năm 2024 có những phụ lục gì?', 'chi-thi-35'],
  ['fact', 'Đại hội đảng bộ phải tổng kết thực hiện nghị quyết của nhiệm kỳ nào?', 'noi-dung'],
  [
    'fact',
    'Quy hoạch cán bộ phục vụ nhân sự đại hội được rà soát, bổ sung theo quy định nào của Ban Thường vụ Quận ủy?',
    'nhan-su',
  ],
  [
    'fact',
    'Ban Thường vụ Quận ủy chọn những loại đơn vị nào để đại hội điểm đầu quý I/2025?',
    'dai-hoi-diem',
  ],
  ['fact', 'Hội nghị quán triệt văn bản về đại hội có được tổ chức kết hợp trực tuyến không?', 'chuan-bi'],
  [
    'fact',
    'Trước đại hội có phải tổng kết các đề án, chuyên đề, chương trình công tác của nhiệm kỳ không?',
    'chuan-bi',
  ],
  ['fact', 'Tổ chức đại hội có phải kiên quyết chống lãng phí, tiêu cực không?', 'nguyen-tac'],
  ['fact', 'Khi tổ chức đại hội, cấp ủy phải bảo đảm nhất là nguyên tắc nào của Đảng?', 'nguyen-tac'],
  ['fact', 'Từ hội nghị quán triệt đến nay đã có những mốc thay đổi nào?', 'thay-doi'],
  ['fact', 'Đại hội đảng bộ các cấp nhiệm kỳ 2025-2030 có diễn ra đúng kế hoạch không?', 'ket-qua'],
  ['fact', 'Bot có danh sách các văn bản về đại hội kèm tình trạng của từng văn bản không?', 'tai-lieu'],
  [
    'fact',
    'Đại hội Đảng bộ quận Hai Bà Trưng nhiệm kỳ 2025-2030 là đại hội lần thứ bao nhiêu?',
    'dai-hoi-quan',
  ],
  ['fact', 'Báo cáo kiểm điểm của cấp ủy phải có tính chiến đấu đến mức nào?', 'van-kien'],
  ['typo', 'dai hoi chi bo nha hat gom nhung noi dung j vay', 'noi-dung'],
  ['typo', 'bcct khac bc kiem diem cap uy cho nao vay cac dc', 'van-kien'],
  ['typo', 'ĐH XIV hop tu ngay nao den ngay nao a', 'dai-hoi-xiv'],
  ['typo', 'chinh quyen 2 cap bat dau chay tu bao h', 'chinh-quyen-2-cap'],
  ['typo', 'đại hội điểm tổ chứ vào thánh mấy ạ', 'dai-hoi-diem'],
  ['typo', 'nhan su cap uy khoa moi can theo tieu chuan nao vay ad', 'nhan-su'],
  ['typo', 'ĐBCS phai hoan thanh dh truoc ngay nao z', 'lich-trinh'],
  ['typo', 'can lap nhung to nao de phuc vu dh chi bo', 'chuan-bi'],
  ['typo', 'to chuc dh chi bo phai dam bao nguyen tac tap trung dan chu ra sao ha', 'nguyen-tac'],
  ['typo', 'dh cac cap nk 2025-2030 to chuc xong co thanh cong ko', 'ket-qua'],
  ['typo', 'dh dang bo quan HBT lan thu may vay', 'dai-hoi-quan'],
  ['typo', 'dai hoi chi bo 5 nam 1 lan ap dung tu khi nao', 'chi-bo-5-nam'],
  ['typo', 'cb truc thuoc du kien bat dau dh tu thang may', 'lich-trinh'],
  ['typo', 'nhung thay doi sau hoi nghi quan triet ngay 23/10', 'thay-doi'],
  ['typo', 'cac van ban ma bot dua vao la nhung vb nao', 'tai-lieu'],
  ['typo', 'chỉ thi của BCT năm 2024 ve đai hội gồm mây phần', 'chi-thi-35'],
  ['en', "My dad's party cell just had its congress: what are the four things it has to do?", 'noi-dung'],
  [
    'en',
    'For my class presentation, on which dates did the Communist Party of Vietnam hold its 14th National Congress?',
    'dai-hoi-xiv',
  ],
  ['en', 'Which two reports does the outgoing committee present at the congress?', 'van-kien'],
  [
    'en',
    'Since when has Vietnam had only two levels of local government, without districts?',
    'chinh-quyen-2-cap',
  ],
  ['en', 'How often do party cells hold their congress now, under the pilot?', 'chi-bo-5-nam'],
  ['en', 'Did all the party congresses for the 2025-2030 term actually finish on time?', 'ket-qua'],
  [
    'en',
    'What has changed since that Hai Ba Trung conference in October 2024, new directives or new rules?',
    'thay-doi',
  ],
  [
    'en',
    'My uncle said some cells held pilot congresses first; when were those held and how many per committee?',
    'dai-hoi-diem',
  ],
  ['en', 'What principles must a congress follow, like democratic centralism?', 'nguyen-tac'],
  ['en', 'Before its congress, what working groups does a grassroots party organisation form?', 'chuan-bi'],
  ['en', 'How are members of the new party committee chosen, which standards apply?', 'nhan-su'],
  ['en', 'What does the 2024 Politburo directive on congresses contain?', 'chi-thi-35'],
  ['en', 'Can you list the source documents you base your answers on, with their status?', 'tai-lieu'],
  [
    'en',
    'Which Hai Ba Trung district congress were the grassroots congresses leading up to?',
    'dai-hoi-quan',
  ],
  ['unit', 'Chi bộ trực thuộc đảng ủy cơ sở tổ chức đại hội trong khoảng thời gian nào?', 'lich-trinh'],
  [
    'unit',
    'Chi bộ cơ sở của nhà hát chúng tôi phải xong đại hội trước ngày 30/6/2025 đúng không?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng bộ cơ sở chỉ được đại hội sau khi các chi bộ trực thuộc đại hội xong phải không?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng bộ cơ sở của tổng công ty xây dựng chọn mấy chi bộ trực thuộc để làm đại hội điểm?',
    'dai-hoi-diem',
  ],
  ['unit', 'Chi bộ cơ sở có được Ban Thường vụ Quận ủy chọn để đại hội điểm không?', 'dai-hoi-diem'],
  [
    'unit',
    'Đảng bộ khối hành chính sự nghiệp được chọn đại hội điểm thì làm vào thời điểm nào?',
    'dai-hoi-diem',
  ],
  ['unit', 'Chi bộ trực thuộc ở đội thi công có phải trình báo cáo chính trị tại đại hội không?', 'van-kien'],
  ['unit', 'Đảng bộ cơ sở của cơ quan thuế đại hội thì phải bầu những gì?', 'noi-dung'],
  [
    'unit',
    'Chi bộ cơ sở ở chi cục thuế được bắt đầu tiến hành đại hội từ tháng nào của năm 2025?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đại hội đảng viên hoặc đại hội đại biểu đảng bộ cơ sở phải hoàn thành trước ngày nào?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ trực thuộc đảng ủy cơ sở giờ thí điểm đại hội mấy năm một lần?', 'chi-bo-5-nam'],
  ['unit', 'A grassroots party cell (chi bo co so): when did its congress window open?', 'lich-trinh'],
  [
    'unit',
    'By what month did a cell under a grassroots party committee have to wrap up its congress?',
    'lich-trinh',
  ],
  [
    'two-part',
    'Đại hội chi bộ nhà hát phải làm mấy nội dung, và chi ủy trình đại hội những báo cáo gì?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ trực thuộc đại hội vào thời gian nào, còn đại hội điểm thì tổ chức khi nào?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Đại hội XIV họp ngày nào, và đại hội các cấp trước đó có kết quả ra sao?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Chính quyền hai cấp vận hành từ bao giờ; còn Đại hội Đảng bộ quận Hai Bà Trưng là lần thứ mấy?',
    'chinh-quyen-2-cap+dai-hoi-quan',
  ],
  [
    'two-part',
    'Nhân sự cấp ủy khóa mới lấy tiêu chuẩn ở văn bản nào, và tổ chức đại hội phải giữ nguyên tắc gì?',
    'nhan-su+nguyen-tac',
  ],
  [
    'two-part',
    'Chuẩn bị đại hội cần lập những tổ nào, và chi bộ cơ sở phải hoàn thành đại hội trước ngày nào?',
    'chuan-bi+lich-trinh',
  ],
  [
    'two-part',
    'Giờ đại hội chi bộ mấy năm một lần, và đại hội chi bộ phải làm những nội dung gì?',
    'chi-bo-5-nam+noi-dung',
  ],
  [
    'two-part',
    'Báo cáo kiểm điểm của cấp ủy cần yêu cầu gì, và giới thiệu nhân sự cấp ủy khóa mới theo tiêu chuẩn nào?',
    'van-kien+nhan-su',
  ],
  [
    'two-part',
    'Từ hội nghị quán triệt đến nay có gì thay đổi, và bot dựa vào những văn bản nào?',
    'thay-doi+tai-lieu',
  ],
  [
    'two-part',
    'Đại hội điểm của đảng bộ cơ sở làm tháng nào, và trước đại hội phải thành lập những tổ nào?',
    'dai-hoi-diem+chuan-bi',
  ],
  [
    'two-part',
    'Chỉ thị của Bộ Chính trị năm 2024 về đại hội có mấy phần, và từ đó đến nay đã có những thay đổi gì?',
    'chi-thi-35+thay-doi',
  ],
  [
    'two-part',
    'Đại hội các cấp nhiệm kỳ 2025-2030 đã xong chưa, và thí điểm đại hội chi bộ 5 năm một lần là thế nào?',
    'ket-qua+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Đại hội phải chống lãng phí, phô trương ra sao, và báo cáo chính trị phải đánh giá những gì?',
    'nguyen-tac+van-kien',
  ],
  [
    'two-part',
    'Đại hội Đảng bộ quận lần thứ XXVII là đại hội nào, và các loại tổ chức đảng đại hội theo thứ tự thời gian ra sao?',
    'dai-hoi-quan+lich-trinh',
  ],
  [
    'two-part',
    'When did the grassroots cells hold their congresses, and what four items did they cover?',
    'lich-trinh+noi-dung',
  ],
  [
    'two-part',
    'What are the two reports, and when did the 14th Congress take place?',
    'van-kien+dai-hoi-xiv',
  ],
  [
    'two-part',
    'Cấp huyện bị bỏ từ khi nào, và Đại hội XIV tổ chức vào những ngày nào?',
    'chinh-quyen-2-cap+dai-hoi-xiv',
  ],
  [
    'lookalike',
    'Nhà hát chúng tôi sắp tổ chức hội nghị viên chức, người lao động đầu năm, chương trình gồm những phần nào?',
    null,
  ],
  ['lookalike', 'Đại hội Hội Nghệ sĩ Sân khấu Việt Nam nhiệm kỳ mới tổ chức ở đâu?', null],
  ['lookalike', 'Liên hoan sân khấu chèo toàn quốc năm nay đăng ký dự thi thế nào?', null],
  ['lookalike', 'Hồ sơ xét tặng danh hiệu Nghệ sĩ ưu tú cho diễn viên nhà hát gồm những gì?', null],
  ['lookalike', 'Đoàn kịch muốn dựng vở mới thì xin giấy phép biểu diễn ở đâu?', null],
  ['lookalike', 'Bán vé đêm diễn chào mừng ngày thành lập Đảng thế nào cho đông khán giả?', null],
  [
    'lookalike',
    'Chi bộ nhà hát muốn mời ca sĩ hát mở màn đại hội thì trả thù lao bao nhiêu là hợp lý?',
    null,
  ],
  ['lookalike', 'Diễn viên trong chi bộ đi lưu diễn nước ngoài ba tháng thì sinh hoạt đảng thế nào?', null],
  ['lookalike', 'Hội diễn nghệ thuật quần chúng của phường có được mượn sân khấu nhà hát không?', null],
  ['lookalike', 'Nhà hát dàn dựng tiết mục gì cho đêm văn nghệ chào mừng Đại hội XIV?', null],
  ['lookalike', 'Giá vé xem vở Hồn Trương Ba da hàng thịt ở Nhà hát Kịch Việt Nam bao nhiêu?', null],
  ['lookalike', 'Hội thảo khoa học về sân khấu truyền thống có nhận bài của sinh viên không?', null],
  ['lookalike', 'Hạn quyết toán thuế thu nhập cá nhân năm nay là ngày nào?', null],
  ['lookalike', 'Hội nghị đối thoại với người nộp thuế tổ chức mấy lần một năm?', null],
  ['lookalike', 'Tiền bồi dưỡng đại biểu dự đại hội chi bộ có phải tính thuế thu nhập cá nhân không?', null],
  ['lookalike', 'Hộ kinh doanh bỏ thuế khoán thì kê khai doanh thu theo cách nào?', null],
  ['lookalike', 'Đại hội Hội Tư vấn thuế Việt Nam nhiệm kỳ tới tổ chức khi nào?', null],
  ['lookalike', 'Cục Thuế sắp xếp lại thì các chi cục thuế đổi tên thành gì?', null],
  ['lookalike', 'Đảng viên làm ở cơ quan thuế có được góp vốn mở công ty riêng không?', null],
  ['lookalike', 'Hóa đơn điện tử khởi tạo từ máy tính tiền áp dụng cho những ai?', null],
  [
    'lookalike',
    'Cơ quan thuế giao chỉ tiêu thu ngân sách quý này cao quá, chi bộ có được đề nghị giảm không?',
    null,
  ],
  ['lookalike', 'Đại hội XIV có nói gì về chính sách thuế cho hộ kinh doanh không?', null],
  [
    'lookalike',
    'Người nộp thuế bị khóa mã số thuế sau khi đóng địa điểm kinh doanh thì mở lại thế nào?',
    null,
  ],
  [
    'lookalike',
    'Em đang làm ở công trường Lào Cai, muốn đăng ký sinh hoạt đảng tạm thời ở chi bộ địa phương thì làm thủ tục gì?',
    null,
  ],
  ['lookalike', 'Hội nghị nghiệm thu hoàn thành công trình cần những thành phần nào tham dự?', null],
  ['lookalike', 'Bê tông cột mùa đông cần bảo dưỡng bao nhiêu ngày mới tháo cốp pha?', null],
  [
    'lookalike',
    'Đại hội công nhân viên chức của tổng công ty xây dựng có bầu ban thanh tra nhân dân không?',
    null,
  ],
  [
    'lookalike',
    'Hội đồng hương Thanh Hóa ở Bình Dương tổ chức đại hội hội viên, đăng ký tham gia ở đâu?',
    null,
  ],
  ['lookalike', 'Xe khách từ Hà Giang về Nam Định tối nay còn chuyến nào không?', null],
  ['lookalike', 'Chứng chỉ hành nghề giám sát thi công xây dựng hạng II gia hạn thế nào?', null],
  ['lookalike', 'Vợ sinh con mà tôi đang ở công trường, chồng được nghỉ chế độ thai sản mấy ngày?', null],
  ['lookalike', 'Giao ban công trường sáng thứ hai nên báo cáo tiến độ theo mẫu nào?', null],
  ['lookalike', 'Chi bộ đội thi công muốn liên hoan sau khi đổ mái, dùng quỹ chi bộ có được không?', null],
  ['lookalike', 'Xây nhà ở riêng lẻ dưới 7 tầng ở nông thôn có cần giấy phép xây dựng không?', null],
  [
    'lookalike',
    'Is a Vietnamese party congress basically the same as the Democratic National Convention?',
    null,
  ],
  ['lookalike', 'How do I register to vote in the California primary?', null],
  [
    'lookalike',
    'Our Vietnamese Student Association is holding its general assembly next week, how do I run for president?',
    null,
  ],
  ['lookalike', 'Can a US citizen join the Communist Party of Vietnam?', null],
  ['lookalike', "I'm going to a Model UN conference, which committee is best for beginners?", null],
  [
    'lookalike',
    "What did the 6th Party Congress in 1986 decide about Doi Moi? It's for my history essay.",
    null,
  ],
  ['lookalike', 'How much is a flight from LAX to Tan Son Nhat in late January?', null],
  ['lookalike', 'Is the Tet holiday for government workers nine days this year?', null],
  [
    'lookalike',
    'Sáng nay tôi dậy sớm đưa cháu đi học, ghé chợ mua ít rau, về tới nhà thì bà hàng xóm sang rủ đi họp tổ dân phố. Cho tôi hỏi hội nghị tổ dân phố bầu tổ trưởng mới thế nào?',
    null,
  ],
  [
    'lookalike',
    'Hôm nay họp cơ quan ba tiếng, về còn nấu cơm, thằng con lớp 9 lại hỏi cách giải phương trình bậc hai, bot chỉ giúp được không?',
    null,
  ],
  [
    'lookalike',
    'Cuối tuần rồi đi đám cưới đồng nghiệp ở nhà hát, chiều lại họp chi bộ, tối về vợ hỏi mừng cưới bao nhiêu tiền là vừa?',
    null,
  ],
  [
    'lookalike',
    'Sáng đi làm xe máy chết máy giữa đường, dắt bộ hai cây số mới gặp tiệm, hỏi thay bugi xe máy hết bao nhiêu tiền?',
    null,
  ],
  [
    'lookalike',
    'Hôm qua gặp lại bạn cũ, cả lớp bàn tổ chức đại hội cựu học sinh kỷ niệm 30 năm ra trường, nên lên chương trình thế nào?',
    null,
  ],
  ['lookalike', 'Đại hội đồng Liên Hợp Quốc họp thường kỳ vào tháng mấy hằng năm?', null],
  ['lookalike', 'Trong truyện Kim Dung, đại hội anh hùng ở chùa Thiếu Lâm do ai đứng ra tổ chức?', null],
  ['lookalike', 'Đại hội sale 12.12 trên Shopee có mã giảm giá freeship không?', null],
  ['lookalike', 'Hội nghị Trung ương lần này bàn những nội dung gì?', null],
  [
    'lookalike',
    'Tôi làm ở công trường xa nhà thì bầu cử đại biểu Quốc hội khóa XVI có được bỏ phiếu ở nơi tạm trú không?',
    null,
  ],
  ['lookalike', 'Đảng viên bị mất thẻ đảng thì xin cấp lại ở đâu?', null],
  ['lookalike', 'Đảng viên muốn đi du lịch Hàn Quốc có phải xin phép chi bộ không?', null],
  ['lookalike', 'Đảng viên bị kỷ luật khiển trách thì bao lâu mới được xóa kỷ luật?', null],
  ['lookalike', 'Chi bộ sinh hoạt chuyên đề quý này nên chọn chủ đề gì cho sinh động?', null],
  [
    'lookalike',
    'Quỹ tín dụng nhân dân xã tôi họp đại hội thành viên thường niên, thành viên góp vốn được chia lãi bao nhiêu?',
    null,
  ],
  ['lookalike', 'Hợp tác xã nông nghiệp tổ chức đại hội thành viên bất thường trong trường hợp nào?', null],
  ['lookalike', 'Đại hội Hội Luật gia tỉnh có bầu trực tiếp chủ tịch hội không?', null],
  ['lookalike', 'Hội khuyến học dòng họ Nguyễn làng tôi đại hội vào dịp nào trong năm?', null],
  ['lookalike', 'Hội nghị thượng đỉnh G20 năm nay được tổ chức ở nước nào?', null],
  ['lookalike', 'Đại hội XII của Đảng Nhân dân Cách mạng Lào tổ chức ở thành phố nào?', null],
  ['lookalike', 'Quy trình xin gia nhập Hội Nhà văn Việt Nam gồm những bước nào?', null],
  ['lookalike', 'Thẻ đảng viên có tích hợp vào ứng dụng VNeID để xuất trình thay bản giấy được chưa?', null],
];

export const NEWSET98: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
