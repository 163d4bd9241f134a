/**
 * The one hundred and first new evaluation set (issue 11, point 6), written on 2026-12-04 from 19:35
 * UTC (committed in the commit "Eval: newset101, the one hundred and first unseen set") by a helper
 * (set101) that never saw the engine. It was written from ../shared/sources/ (the conference
 * article of 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of
 * ../shared/STYLE.md, ../helpers/COMMON.md, and from the pack only what
 * `node /work/helpers/pack-view.mjs` prints: the documents' ids, numbers, dates, titles/abouts,
 * issuers and statuses, the unit types' codes and names, and each topic's id, title and body
 * (config/ itself was not opened, so no sample questions, keywords, synonyms, evidence or off-topic
 * lists were seen). Also read: the header of newset35.ts (the lines before its `const items`) and
 * its export line, the part of newset.ts before `const items`, newset35.test.ts, set-shape.ts,
 * set-checks.ts and sets.ts. Nothing under src/, bench/ or config/, no README, no git log, diff or
 * show, and no other set's or pool's items (newset99.ts and newset100.ts included) were read
 * (only the first three lines of newset99.ts's header were seen, while merging sets.ts). Its
 * users are imagined as the secretary of a party cell at a public library, a member who is a taxi
 * driver, a member who works in a provincial museum, a Singaporean researcher who writes in
 * English, and a member who copies fragments of documents into the question; with the
 * out-of-scope messages such users send (the library's own work: the Vietnam Library
 * Association's congress, readers' conferences, library cards and overdue fines, Dewey and BBK
 * classification, reading-culture contests and book days, mould in old newspapers, donated books,
 * library software, the library science conference, a cell's law bookshelf and its money; the
 * taxi driver's work: a taxi cooperative's members' congress, airport fares, vehicle inspection,
 * ride-hailing commission, licence age, night driving, paying for driving congress delegates,
 * lost property, a drivers' year-end conference, dashcams; the museum's work: ICOM's general
 * conference, exhibits on the Tân Trào National Congress, the Paris and Geneva conferences, national
 * treasures, ticket prices, storage humidity, archaeology seminars, dating ceramics, volunteer
 * guides, congress memorabilia for display; the researcher's: Singapore's PAP conference, the Lao,
 * Cambodian and North Korean parties' congresses, the National Assembly election, archives,
 * journals, a EuroSEAS call for papers, GDP targets, Singaporean investment, translation into
 * Malay, fieldwork ethics; pasted fragments of other texts: a cooperative's annual members'
 * congress, a condominium's first conference, the library law, a museum's inventory register, a
 * traffic rule; other organisations' congresses and meetings: the Study Promotion Association,
 * the Red Cross, former youth volunteers, the Students' Association, class reunions, parents'
 * meetings, a residents' group electing its head; party business the pack does not cover: a lost
 * party card, members living at their residence, the Central Committee's plenums, probationary
 * members' self-reviews, political theory courses, party history quizzes, essays after studying
 * resolutions; the users' own tasks with congress words: hiring a hall for a wedding, a poem, a
 * welcome speech and slides about the congress).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset101.test.ts, with the other sets' shape tests), biome and tsc
 * ran. Do not edit an item after its commit, except to fix an expectation that is factually wrong
 * (against the sources), in its own commit that says which and why. One item was reworded before
 * it landed, without running it: newset102, written at the same time and landed first, held the
 * same question.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year; a directive
 * asked about without its number is named by its year, since Chỉ thị 45-CT/TW is on the same
 * subject. Questions whose right answer the sources leave open (the district congress's date, the
 * venue, which units held the pilot congresses, who was elected, age limits, committee sizes, the
 * money a congress may spend, which cells the five-yearly pilot covers, the contents of the
 * guidances) were left out, not guessed.
 * Engine changes reached main after its writer began: cc9b408 (a count read after a classifier, ',
 * với cả' as a cut, absent phrases for newset91-94's classes), d99f0d0 (a message in capitals read
 * in lower case, 'còn huyện' and the like as the district level, where the bot gets its
 * information), 2d3de23 ('phiếu bầu', 'tối nay' and 'danh sách cấp ủy' narrowed) and the word
 * prior relearned with newset95 to newset100; its writer saw none of them. It was measured once,
 * at 19:51 UTC on main 2d3de23 (`node --expose-gc dist/bench/qa.js`, load 3.62): qa_new_top1 96.6
 * %, qa_new_oos_refused 100.0 % (5 in-scope misses, no lookalike answered; qa_p99_us 209.4 in that
 * run, p50 48.6). Its misses were listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  [
    'doc',
    'Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị bây giờ còn hiệu lực không đồng chí?',
    'doc:ct-35-2024',
  ],
  ['doc', 'ct35 nam 2024 con dung de chuan bi dai hoi duoc nua khong', 'doc:ct-35-2024'],
  [
    'doc',
    'Is Directive 35 of June 2024 still the rule for party congresses, or was it replaced?',
    'doc:ct-35-2024',
  ],
  [
    'doc',
    'Bảo tàng tôi đang sưu tầm văn bản cũ: Chỉ thị 35-CT/TW ngày 30/5/2019 là chỉ thị về việc gì?',
    'doc:ct-35-2019',
  ],
  ['doc', 'chi thi 35 nam 2019 huong toi dai hoi XIII co con ap dung khong', 'doc:ct-35-2019'],
  [
    'doc',
    'Directive 35-CT/TW of May 2019, the one for the 13th Congress: what is its status?',
    'doc:ct-35-2019',
  ],
  ['doc', 'Kết luận 118-KL/TW đã sửa đổi, bổ sung văn bản nào?', 'doc:kl-118-2025'],
  ['doc', 'kl118 thang 1 nam 2025 ai ky, toi tra cuu cho tu lieu bao tang', 'doc:kl-118-2025'],
  ['doc', 'For my paper I need the issuer and date of Conclusion 118; can you give them?', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị 45 của Bộ Chính trị thay thế những văn bản nào?', 'doc:ct-45-2025'],
  ['doc', 'Cho tôi xem văn bản CT45 năm 2025 của Bộ Chính trị', 'doc:ct-45-2025'],
  ['doc', 'What did Directive 45-CT/TW replace, and is it still in force?', 'doc:ct-45-2025'],
  ['doc', 'Kết luận số 200-KL/TW của Bộ Chính trị và Ban Bí thư nói gì?', 'doc:kl-200-2025'],
  ['doc', 'kl 200 ngay 17/10/2025 ket luan ve viec gi', 'doc:kl-200-2025'],
  ['doc', 'Could you show me Conclusion No. 200 of October 2025 on the congress results?', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW do ban nào ban hành, ngày nào?', 'doc:hd-27-2024'],
  ['doc', 'hd27 cua ban to chuc trung uong huong dan noi dung gi', 'doc:hd-27-2024'],
  [
    'doc',
    'Guidance 27 of the Central Organisation Commission, August 2024: what is in it?',
    'doc:hd-27-2024',
  ],
  [
    'doc',
    'Thư viện cần lưu hồ sơ: Hướng dẫn số 18-HD/BTCTU của Ban Tổ chức Thành ủy có ngày ban hành là ngày nào?',
    'doc:hd-18-2024',
  ],
  ['doc', 'huong dan 18 cua ban to chuc thanh uy ha noi ve chi thi dai hoi', 'doc:hd-18-2024'],
  ['doc', 'Văn bản HD18/BTCTU hướng dẫn những nội dung gì?', 'doc:hd-18-2024'],
  [
    'doc',
    'Chi bộ thư viện muốn trích dẫn Kế hoạch 258-KH/TU của Thành ủy, đồng chí cho xin ngày ban hành',
    'doc:kh-258-2024',
  ],
  ['doc', 'KH258 ngày 15/7/2024 của thành ủy có trong dữ liệu không', 'doc:kh-258-2024'],
  [
    'doc',
    'In my footnotes I cite Plan 258 of the Hanoi city committee: what exactly is it?',
    'doc:kh-258-2024',
  ],
  [
    'doc',
    'Đồng chí tóm tắt giúp Kế hoạch số 203-KH/QU, tôi chạy xe không có thời gian đọc',
    'doc:kh-203-2024',
  ],
  ['doc', 'ke hoach 203 cua quan uy hai ba trung con gia tri khong khi da bo cap quan', 'doc:kh-203-2024'],
  ['doc', 'tra cứu giúp kh203 quận ủy', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 của Ban Chấp hành Trung ương là nghị quyết gì?', 'doc:nq-26-2018'],
  ['doc', 'nq26 khoa XII ve can bo', 'doc:nq-26-2018'],
  [
    'doc',
    'Resolution 26 of May 2018 keeps coming up in my interviews; which body issued it?',
    'doc:nq-26-2018',
  ],
  [
    'doc',
    'Tủ hồ sơ của bảo tàng còn bản Hướng dẫn 26-HD/BTCTW năm 2019, nhiệm kỳ này có dùng lại được không?',
    'doc:hd-26-2019',
  ],
  ['doc', 'huong dan so 26 nam 2019 huong dan chi thi dai hoi khoa truoc', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26-HD/BTCTW (2019): does it apply to the 2025-2030 congresses?', 'doc:hd-26-2019'],
  [
    'doc',
    'Tôi photo được Quy định 89-QĐ/TW về tiêu chuẩn cán bộ, đem ra chi bộ dùng tiếp có được không?',
    'doc:qd-89-2017',
  ],
  ['doc', 'qd89 cua bo chinh tri bay gio da co van ban khac thay chua', 'doc:qd-89-2017'],
  ['doc', 'Has Regulation 89 of 2017 on cadre standards been superseded by a newer text?', 'doc:qd-89-2017'],
  [
    'doc',
    'Bảo tàng cần ghi chú thích: Quy định số 365-QĐ/TW do ai ban hành và vào ngày nào?',
    'doc:qd-365-2025',
  ],
  ['doc', 'quy dinh 365 ve tieu chuan chuc danh can bo cua bo chinh tri', 'doc:qd-365-2025'],
  ['doc', 'Which earlier text did Regulation 365-QĐ/TW (August 2025) take the place of?', 'doc:qd-365-2025'],
  [
    'doc',
    'Thư viện có bản in Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy chưa, văn bản này tình trạng ra sao?',
    'doc:qd-14-2023',
  ],
  ['doc', 'văn bản qd14/TU năm 2023 có trong nguồn của bot không', 'doc:qd-14-2023'],
  ['doc', "Hanoi's Regulation 14 on evaluating cadres, November 2023: what is its status?", 'doc:qd-14-2023'],
  [
    'doc',
    'Quy định 2656-QĐ/QU của Ban Thường vụ Quận ủy, giờ bỏ quận rồi thì văn bản ấy thế nào?',
    'doc:qd-2656-2023',
  ],
  ['doc', 'QĐ 2656 năm 2023 mà chi bộ hay nhắc là văn bản gì vậy', 'doc:qd-2656-2023'],
  ['doc', 'Tell me about regulation 2656 of the district committee', 'doc:qd-2656-2023'],
  ['doc', 'Quy định số 1216-QĐ/QU về quy hoạch cán bộ của quận', 'doc:qd-1216-2022'],
  ['doc', 'qđ1216 năm 2022 do ai ký ban hành', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216 (2022) on cadre planning: is it in your sources?', 'doc:qd-1216-2022'],
  ['doc', 'Chi bộ thư viện áp dụng Quy định 294-QĐ/TW từ ngày nào thì đúng?', 'doc:qd-294-2025'],
  ['doc', 'qd 294 thi diem dai hoi chi bo la van ban gi', 'doc:qd-294-2025'],
  ['doc', 'Regulation No 294 of May 2025: who issued it?', 'doc:qd-294-2025'],
  [
    'unknown-doc',
    'Quyết định 244-QĐ/TW về quy chế bầu cử trong Đảng còn áp dụng cho đại hội chi bộ không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Nghị quyết 57-NQ/TW về khoa học công nghệ có nói gì tới đại hội đảng bộ không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'qd80 phan cap quan ly can bo co trong nguon cua bot khong', 'unknown-doc'],
  ['unknown-doc', 'Quy định 50-QĐ/TW về quy hoạch cán bộ nói những gì?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 01-HD/TW thi hành Điều lệ Đảng quy định gì về đại hội chi bộ?', 'unknown-doc'],
  ['unknown-doc', 'Cho tôi xem Quy định 24-QĐ/TW năm 2021 thi hành Điều lệ', 'unknown-doc'],
  ['unknown-doc', 'Quy định số 96-QĐ/TW về lấy phiếu tín nhiệm có dùng khi bầu cấp ủy không?', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 60-NQ/TW về sắp xếp bộ máy ban hành ngày nào?', 'unknown-doc'],
  ['unknown-doc', 'ket luan 127-KL/TW ve sap xep to chuc', 'unknown-doc'],
  ['unknown-doc', 'Chi thi 05-CT/TW hoc tap va lam theo tu tuong dao duc Ho Chi Minh', 'unknown-doc'],
  ['unknown-doc', 'Quy định 124-QĐ/TW về kiểm điểm, đánh giá tập thể, cá nhân hằng năm', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị quyết 21-NQ/TW về củng cố tổ chức cơ sở đảng có áp dụng cho chi bộ thư viện không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'What does Resolution 66-NQ/TW say about lawmaking?', 'unknown-doc'],
  ['unknown-doc', 'Do you hold Conclusion 150-KL/TW on personnel work?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 120-KH/TU của Thành ủy về đại hội có trong nguồn không?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 12-HD/BTCTW về nhân sự đại hội hướng dẫn những gì?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch số 301-KH/QU của Quận ủy về đại hội chi bộ', 'unknown-doc'],
  [
    'offword',
    'Sáng nay chở khách ra sân bay mà cứ nghĩ mãi: báo cáo kiểm điểm của cấp ủy phải có tính chiến đấu là thế nào?',
    'van-kien',
  ],
  [
    'offword',
    'Thư viện đang kiểm kê kho sách nhưng tôi cần biết gấp: đại hội chi bộ phải thực hiện mấy nội dung?',
    'noi-dung',
  ],
  [
    'offword',
    'Bảo tàng đang dựng phòng trưng bày mới, nhân tiện hỏi: chuẩn bị đại hội thì phải tổng kết những đề án, chương trình nào?',
    'chuan-bi',
  ],
  [
    'offword',
    'Mưa cả tuần, đường ngập, khách vắng; hỏi chút: Đại hội XIV của Đảng diễn ra từ ngày nào đến ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Tôi vừa đổi xe mới, còn đang trả góp; nghe nói chi bộ giờ 5 năm mới đại hội một lần, có đúng không?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Tuần này thư viện tổ chức hội sách bận lắm, cho tôi hỏi đại hội có được phô trương hình thức không?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Cháu tôi vừa thi xong học kỳ; còn tôi muốn hỏi quy hoạch cán bộ phục vụ nhân sự đại hội được rà soát, bổ sung thế nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Khách quên ví trên xe, tôi đã trả lại rồi; giờ hỏi: sau ngày 1/7/2025 thì quận ủy còn không?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Đang dán nhãn cho lô hiện vật gốm, tiện hỏi: đại hội đảng bộ các cấp nhiệm kỳ 2025-2030 kết thúc với kết quả thế nào?',
    'ket-qua',
  ],
  [
    'offword',
    'Máy photocopy của thư viện hỏng rồi, bot cho tôi xin danh sách các văn bản về đại hội nhiệm kỳ 2025-2030 với',
    'tai-lieu',
  ],
  [
    'offword',
    'Cuối tháng phải nộp tiền khoán cho hãng xe; à mà từ hội nghị quán triệt 23/10/2024 đến giờ văn bản đại hội thay đổi những gì?',
    'thay-doi',
  ],
  [
    'offword',
    'Bảo tàng sắp đón đoàn học sinh tham quan; đại hội điểm của đảng bộ phường được tổ chức vào lúc nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Lâu lắm rồi tôi không đọc báo; các đảng bộ cơ sở ở quận đại hội để tiến tới Đại hội Đảng bộ quận lần thứ mấy?',
    'dai-hoi-quan',
  ],
  [
    'two-part',
    'Đại hội chi bộ có mấy nội dung, và cấp ủy trình đại hội những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ trực thuộc đại hội vào thời gian nào, còn đại hội điểm thì làm lúc nào?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Chuẩn bị đại hội phải lập những tổ nào; và chọn nhân sự cấp ủy khóa mới theo tiêu chuẩn nào?',
    'chuan-bi+nhan-su',
  ],
  [
    'two-part',
    'Chi bộ bây giờ mấy năm đại hội một lần, và từ 1/7/2025 cấp huyện còn không?',
    'chi-bo-5-nam+chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'Đại hội XIV họp ngày nào, và đại hội các cấp trước đó có đúng kế hoạch không?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Tổ chức đại hội phải theo nguyên tắc gì, và trước đại hội phải rà soát những việc gì?',
    'nguyen-tac+chuan-bi',
  ],
  [
    'two-part',
    'Báo cáo chính trị có vai trò gì; nhân sự cấp ủy mới lựa chọn dựa vào những quy định nào?',
    'van-kien+nhan-su',
  ],
  [
    'two-part',
    'Từ hội nghị tháng 10/2024 đến nay có những thay đổi gì, và Đại hội toàn quốc lần thứ XIV diễn ra khi nào?',
    'thay-doi+dai-hoi-xiv',
  ],
  [
    'two-part',
    'Chỉ thị năm 2024 về đại hội các cấp có mấy phần, mấy phụ lục; và đại hội phải bàn những nội dung gì?',
    'chi-thi-35+noi-dung',
  ],
  [
    'two-part',
    'Which documents does the bot rely on, and what has changed since the October 2024 conference?',
    'tai-lieu+thay-doi',
  ],
  [
    'two-part',
    'Đại hội Đảng bộ quận lần thứ XXVII là đại hội gì, và chính quyền 2 cấp vận hành từ khi nào?',
    'dai-hoi-quan+chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'Kết quả đại hội các cấp nhiệm kỳ 2025-2030 thế nào, và chi bộ có còn đại hội 5 năm hai lần không?',
    'ket-qua+chi-bo-5-nam',
  ],
  [
    'unit',
    'Chi bộ thư viện là chi bộ trực thuộc đảng ủy cơ sở, vậy hạn xong đại hội là tháng mấy?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở của thư viện chúng tôi bắt đầu tiến hành đại hội từ tháng nào?', 'lich-trinh'],
  [
    'unit',
    'Bảo tàng tỉnh là đảng bộ cơ sở có mấy chi bộ trực thuộc: đảng bộ đại hội trước hay các chi bộ đại hội trước?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng bộ cơ sở của hãng taxi tôi phải chọn bao nhiêu chi bộ trực thuộc làm đại hội điểm?',
    'dai-hoi-diem',
  ],
  [
    'unit',
    'Ngoài đảng bộ phường, quận chọn thêm bao nhiêu chi bộ cơ sở để đại hội điểm đầu quý I?',
    'dai-hoi-diem',
  ],
  ['unit', 'Đảng bộ cơ sở của bảo tàng tổ chức đại hội đảng viên hạn chót là khi nào?', 'lich-trinh'],
  ['unit', 'Chi bộ cơ sở cần làm những việc gì để chuẩn bị đại hội?', 'chuan-bi'],
  ['unit', 'Đại hội đảng bộ cơ sở gồm những nội dung gì?', 'noi-dung'],
  ['unit', 'Chi bộ trực thuộc đảng ủy cơ sở thì cấp ủy trình đại hội những văn kiện gì?', 'van-kien'],
  ['unit', 'Đại hội đại biểu đảng bộ cơ sở hoàn thành trước ngày nào?', 'lich-trinh'],
  ['typo', 'dai hoi chi bo co may noi dug', 'noi-dung'],
  ['typo', 'bao cao chin tri cua dang bo co vai tro gi', 'van-kien'],
  ['typo', 'ĐH CB có phải lập tổ nhân sự, tổ văn kiện, tổ tổ chức ko', 'chuan-bi'],
  ['typo', 'BCH khoá mới chọn nhân sư dưạ vào nghị quyết, quy đinh nào vây', 'nhan-su'],
  ['typo', 'dh diem lam vao thang may vay', 'dai-hoi-diem'],
  ['typo', 'chinh quyen hai cap chay tu hom nao', 'chinh-quyen-2-cap'],
  ['typo', 'dại hội XIV họp hôm nào vậy ad', 'dai-hoi-xiv'],
  ['typo', 'nguyen tac tap chung dan chu khi to chuc dh', 'nguyen-tac'],
  ['typo', 'tong ket dot dai hoi cac cap nk 2025-2030 co dung ke hoach ko ad', 'ket-qua'],
  ['typo', 'thơi gian đh đảng bộ cơ sỏ là khi nào', 'lich-trinh'],
  ['typo', 'chi bo 5 nam dai hoi may lan vay ad', 'chi-bo-5-nam'],
  ['en', 'What are the four items on the agenda of a grassroots party congress in Vietnam?', 'noi-dung'],
  ['en', 'For a party cell congress, what two documents does the outgoing committee table?', 'van-kien'],
  [
    'en',
    "On which dates in 2026 did Vietnam's communist party meet for its fourteenth national congress?",
    'dai-hoi-xiv',
  ],
  ['en', 'Did the 2025-2030 party congresses at all levels go according to plan?', 'ket-qua'],
  [
    'en',
    'Under the pilot regulation of 2025, are cell congresses now held once per five-year term?',
    'chi-bo-5-nam',
  ],
  [
    'en',
    'Is there still a district level of local government in Vietnam after July 2025?',
    'chinh-quyen-2-cap',
  ],
  [
    'en',
    'What principles must guide the organisation of a congress, such as democratic centralism?',
    'nguyen-tac',
  ],
  [
    'en',
    'In selecting the incoming executive committee, which resolutions and regulations must be followed?',
    'nhan-su',
  ],
  [
    'en',
    "I read about 'đại hội điểm': what kinds of units were to hold these trial congresses, and in which months?",
    'dai-hoi-diem',
  ],
  ['en', 'For my bibliography, please list the documents your answers are drawn from', 'tai-lieu'],
  [
    'en',
    'What preparatory teams must a grassroots party organisation set up before its congress?',
    'chuan-bi',
  ],
  ['en', 'When did party cells under a grassroots committee have to finish their congresses?', 'lich-trinh'],
  [
    'fact',
    '"Báo cáo kiểm điểm phải có tính chiến đấu, nêu cao tinh thần tự phê bình và phê bình" — câu này nói về báo cáo nào?',
    'van-kien',
  ],
  [
    'fact',
    '"thành lập các tổ nhân sự, tổ văn kiện, tổ tổ chức phục vụ đại hội" — vậy chi bộ tôi phải lập mấy tổ?',
    'chuan-bi',
  ],
  [
    'fact',
    '"bảo đảm an toàn, thiết thực, hiệu quả, không phô trương hình thức, kiên quyết chống lãng phí, tiêu cực" — đây là yêu cầu gì?',
    'nguyen-tac',
  ],
  [
    'fact',
    '"Đảng bộ cơ sở lựa chọn 01 chi bộ trực thuộc để chỉ đạo tổ chức đại hội điểm" — làm trong tháng nào?',
    'dai-hoi-diem',
  ],
  ['fact', 'Trong hai báo cáo chi bộ thư viện trình đại hội, báo cáo nào giữ vai trò trung tâm?', 'van-kien'],
  ['fact', 'Khi quán triệt văn bản đại hội có được kết hợp họp trực tuyến không?', 'chuan-bi'],
  ['fact', 'Đại hội chi bộ phải tổng kết nghị quyết của nhiệm kỳ nào?', 'noi-dung'],
  [
    'fact',
    'Chạy xe khắp Hà Nội mà không rõ: có mấy đảng bộ quận, huyện thôi hoạt động từ 1/7/2025?',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'Chỉ thị năm 2024 của Bộ Chính trị về đại hội các cấp nêu bao nhiêu yêu cầu?', 'chi-thi-35'],
  [
    'fact',
    'Trước đợt thí điểm năm 2025, chi bộ bảo tàng theo Điều lệ phải đại hội bao nhiêu lần trong 5 năm?',
    'chi-bo-5-nam',
  ],
  ['fact', 'Nguyên tắc nào được nhấn mạnh nhất khi lãnh đạo, chỉ đạo đại hội?', 'nguyen-tac'],
  [
    'fact',
    'Ngoài bầu cấp ủy, đại hội có phải bầu cả đoàn đại biểu lên đại hội cấp trên không đồng chí?',
    'noi-dung',
  ],
  [
    'fact',
    'Sau khi tổng kết các đại hội nhiệm kỳ 2025-2030, Bộ Chính trị giao các cấp ủy làm tiếp việc gì?',
    'ket-qua',
  ],
  ['fact', 'Đại hội toàn quốc lần thứ XIV bế mạc vào ngày nào?', 'dai-hoi-xiv'],
  [
    'fact',
    'Tôi cần chép cho tủ tư liệu thư viện: bốn phụ lục kèm chỉ thị năm 2024 về đại hội là những phụ lục nào?',
    'chi-thi-35',
  ],
  ['fact', 'Tổng hợp giúp những mốc thay đổi về văn bản đại hội trong năm 2025', 'thay-doi'],
  ['fact', 'Tôi muốn chép lại các văn bản mà bot lấy làm căn cứ trả lời, bot liệt kê giúp', 'tai-lieu'],
  ['lookalike', 'Đại hội Hội Thư viện Việt Nam nhiệm kỳ mới bầu ai làm chủ tịch hội?', null],
  ['lookalike', 'Thư viện tỉnh tổ chức hội nghị bạn đọc cuối năm thì nên mời những ai?', null],
  ['lookalike', 'Thẻ thư viện hết hạn thì gia hạn trực tuyến ở đâu?', null],
  ['lookalike', 'Bạn đọc trả sách quá hạn hai tuần thì bị phạt bao nhiêu tiền?', null],
  ['lookalike', 'Phân loại sách theo khung Dewey khác gì khung BBK?', null],
  ['lookalike', 'Cuộc thi Đại sứ Văn hóa đọc năm nay hạn nộp bài là khi nào?', null],
  ['lookalike', 'Làm sao chống nấm mốc cho báo cũ trong kho lưu trữ của thư viện?', null],
  ['lookalike', 'Thư viện nhận sách quyên góp của nhân dân thì làm thủ tục nhập kho thế nào?', null],
  ['lookalike', 'Phần mềm Koha có cài được trên máy chủ Windows không?', null],
  ['lookalike', 'Hội nghị khoa học ngành thư viện toàn quốc năm nay gửi tham luận cho ai?', null],
  ['lookalike', 'Ngày Sách và Văn hóa đọc Việt Nam thì thư viện nên trang trí những gì?', null],
  ['lookalike', 'Chi bộ thư viện muốn mua tủ sách pháp luật cho đảng viên thì lấy kinh phí từ đâu?', null],
  ['lookalike', 'Hợp tác xã taxi của tôi sắp đại hội thành viên, xã viên có được bầu giám đốc không?', null],
  ['lookalike', 'Cước taxi từ phố cổ ra sân bay Nội Bài khoảng bao nhiêu tiền?', null],
  ['lookalike', 'Xe taxi chạy dịch vụ thì bao lâu phải đăng kiểm một lần?', null],
  ['lookalike', 'Hãng xe công nghệ thu chiết khấu của tài xế bao nhiêu phần trăm?', null],
  ['lookalike', 'Bằng lái hạng B chạy taxi được đến bao nhiêu tuổi?', null],
  ['lookalike', 'Chạy xe đêm buồn ngủ thì có mẹo gì để tỉnh táo?', null],
  [
    'lookalike',
    'Tôi chở đại biểu đi dự đại hội đảng bộ thành phố, có được thanh toán cước bằng chuyển khoản không?',
    null,
  ],
  ['lookalike', 'Khách để quên điện thoại trên xe thì nộp cho công an phường hay cho hãng?', null],
  ['lookalike', 'Hội nghị tài xế cuối năm của hãng có bình chọn tài xế thân thiện không?', null],
  ['lookalike', 'Camera hành trình loại nào ghi hình ban đêm rõ nhất?', null],
  ['lookalike', 'Thẻ đảng viên của tôi bị rơi mất trên xe, làm lại ở đâu?', null],
  ['lookalike', 'Đảng viên chạy xe đường dài, sinh hoạt nơi cư trú ở tổ dân phố thì báo cáo với ai?', null],
  ['lookalike', 'Hội đồng Bảo tàng Quốc tế ICOM họp đại hội toàn thể lần tới ở đâu?', null],
  [
    'lookalike',
    'Bảo tàng tỉnh định làm trưng bày về Đại hội Quốc dân Tân Trào, nên mượn hiện vật ở đâu?',
    null,
  ],
  ['lookalike', 'Hiệp định Paris về Việt Nam được ký sau hội nghị kéo dài bao nhiêu năm?', null],
  ['lookalike', 'Hồ sơ đề nghị công nhận bảo vật quốc gia gồm những giấy tờ gì?', null],
  ['lookalike', 'Giá vé tham quan bảo tàng tỉnh cho học sinh là bao nhiêu?', null],
  ['lookalike', 'Độ ẩm trong kho bảo quản hiện vật bằng giấy nên giữ ở mức nào?', null],
  ['lookalike', 'Bảo tàng muốn tổ chức hội thảo khoa học về khảo cổ thì xin phép cơ quan nào?', null],
  ['lookalike', 'Làm sao xác định niên đại của đồ gốm men lam?', null],
  ['lookalike', 'Tình nguyện viên thuyết minh ở bảo tàng có được trả thù lao không?', null],
  ['lookalike', 'Bảo tàng tỉnh có nhận hiện vật kỷ niệm đại hội Đảng bộ tỉnh để trưng bày không?', null],
  ['lookalike', 'Làm bảng thuyết minh cho phòng trưng bày: Hội nghị Giơ-ne-vơ kết thúc vào tháng nào?', null],
  ['lookalike', "When is the next People's Action Party conference in Singapore?", null],
  ['lookalike', "What did the Lao People's Revolutionary Party decide at its last congress?", null],
  [
    'lookalike',
    'When is the next National Assembly election in Vietnam, and how are candidates vetted?',
    null,
  ],
  ['lookalike', 'Can you recommend an archive in Hanoi where I can read old issues of Nhân Dân?', null],
  ['lookalike', 'Which journals publish peer-reviewed research on Vietnamese politics?', null],
  ['lookalike', 'Is there a call for papers for the EuroSEAS conference this year?', null],
  ['lookalike', "What is Vietnam's GDP growth target for this year?", null],
  ['lookalike', "How large is Singapore's investment in Vietnamese industrial parks?", null],
  ['lookalike', 'How do you say "party congress" in Malay?', null],
  ['lookalike', "What was decided at the last congress of the Cambodian People's Party?", null],
  ['lookalike', "How does the Workers' Party of Korea hold its party congress?", null],
  [
    'lookalike',
    'Can I interview a party cell secretary for my fieldwork, and how do I get ethics approval?',
    null,
  ],
  [
    'lookalike',
    '"Đại hội thành viên thường niên được tổ chức trong thời hạn ba tháng kể từ ngày kết thúc năm tài chính" — điều này có áp dụng cho hợp tác xã vận tải của tôi không?',
    null,
  ],
  [
    'lookalike',
    '"Hội nghị nhà chung cư lần đầu phải được tổ chức trong thời hạn mười hai tháng" — chung cư tôi đã quá hạn thì sao?',
    null,
  ],
  [
    'lookalike',
    '"Thư viện công cộng cấp tỉnh có chức năng thu thập, lưu giữ tài liệu về địa phương" — câu này trích ở luật nào?',
    null,
  ],
  [
    'lookalike',
    '"Hiện vật phải được kiểm kê, đăng ký vào sổ" — bảo tàng cấp tỉnh làm theo mẫu sổ nào?',
    null,
  ],
  [
    'lookalike',
    '"Người lái xe không được chở quá số người quy định" — taxi bảy chỗ chở tám người có bị phạt không?',
    null,
  ],
  ['lookalike', 'Đại hội Hội Khuyến học xã tôi sắp tới cần chuẩn bị những báo cáo gì?', null],
  ['lookalike', 'Đại hội Hội Chữ thập đỏ phường bầu ban chấp hành bao nhiêu người?', null],
  ['lookalike', 'Đại hội chi hội cựu thanh niên xung phong có phải xin phép chính quyền không?', null],
  ['lookalike', 'Họp lớp kỷ niệm hai mươi năm ra trường nên tổ chức ở đâu cho vui?', null],
  ['lookalike', 'Họp phụ huynh đầu năm của con tôi thu quỹ lớp nhiều quá, có đúng quy định không?', null],
  ['lookalike', 'Tổ dân phố tôi họp bầu tổ trưởng mới, ai được quyền ứng cử?', null],
  ['lookalike', 'Đại hội Hội Sinh viên trường con tôi thì đại biểu mặc trang phục gì?', null],
  ['lookalike', 'Hội nghị Trung ương khóa mới sẽ bàn những vấn đề gì?', null],
  ['lookalike', 'Đảng viên dự bị muốn chuyển đảng chính thức thì viết bản tự kiểm điểm thế nào?', null],
  ['lookalike', 'Lớp trung cấp lý luận chính trị ở tỉnh học trong bao nhiêu tháng?', null],
  ['lookalike', 'Cuộc thi trắc nghiệm tìm hiểu lịch sử Đảng bộ tỉnh nộp bài ở đâu?', null],
  [
    'lookalike',
    'Học tập nghị quyết trung ương xong, đảng viên viết bài thu hoạch bao nhiêu chữ là đủ?',
    null,
  ],
  ['lookalike', 'Nhà văn hóa phường có cho thuê hội trường để tổ chức đám cưới không?', null],
  ['lookalike', 'Viết giúp tôi bài thơ chúc mừng đại hội chi bộ thư viện được không?', null],
  ['lookalike', 'Soạn hộ tôi bài phát biểu chào mừng đại hội thay mặt đoàn thanh niên bảo tàng', null],
  [
    'lookalike',
    'Tôi muốn làm slide thuyết trình về đại hội cho con học lớp năm, có mẫu nào đẹp không?',
    null,
  ],
  [
    'fact',
    '"Đại hội chi bộ cơ sở bắt đầu thực hiện từ tháng 04/2025, hoàn thành trước ngày 30/6/2025" — vậy hạn cuối thực tế là ngày nào?',
    'lich-trinh',
  ],
  ['fact', '"Bầu đoàn đại biểu dự đại hội đảng bộ cấp trên" là nội dung thứ mấy của đại hội?', 'noi-dung'],
  [
    'doc',
    '"tiêu chuẩn cán bộ nêu tại Quy định số 89-QĐ/TW, ngày 04/8/2017 của Bộ Chính trị" — quy định này bây giờ còn dùng không?',
    'doc:qd-89-2017',
  ],
];

export const NEWSET101: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
