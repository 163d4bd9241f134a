/**
 * The one hundred and second new evaluation set (issue 11, point 6), written on 2026-12-04 from
 * 19:35 UTC (committed in the commit "Eval: newset102, the one hundred and second unseen set") by a
 * helper (set102) that never saw the engine. It was written from ../shared/sources/ (the conference
 * article of 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of
 * ../shared/STYLE.md, ../helpers/COMMON.md, and from the pack only what
 * `node /work/helpers/pack-view.mjs` prints: the documents' ids, numbers, dates, titles/abouts,
 * issuers and statuses, the unit types' codes and names, and each topic's id, title and body
 * (config/ itself was not opened, so no sample questions, keywords, synonyms, evidence or off-topic
 * lists were seen). Also read: the header of newset35.ts (the lines before `const items`) and its
 * last line, the part of newset.ts before `const items`, newset35.test.ts, set-shape.ts,
 * set-checks.ts and sets.ts. Nothing under src/, bench/ or config/, no README, no git log, diff or
 * show, and no other set's or pool's items were read. Its users are
 * imagined as the secretary of a party cell at a rubber plantation (tapping, tapping rates, the dry
 * season, plantation workers), a member who runs a homestay (guests, bookings, taxes, tourism), a
 * member who is an accountant at a ward office (year-end accounts, the treasury, software, the
 * merger of wards), a Korean businessman who writes in simple English, and a member who asks
 * follow-up questions that refer to "the above" or "that one" (each still names what it asks);
 * with the out-of-scope messages such users send (other organisations' congresses and meetings:
 * a rubber company's trade union congress and workers' conference, a rubber group's shareholders'
 * meeting, a rubber cooperative's members' meeting, a plantation Youth Union cell's congress, a
 * provincial tourism association, the accountants' association, the Farmers' Union, a study
 * promotion branch, the Red Cross, a students' association, the football federation, the Korean
 * Chamber of Commerce, a factory trade union, the Workers' Party of Korea, the Democratic Party of
 * Korea's convention, a bank's customer conference, a ward's civil servants' conference, parents'
 * meetings; other senses of "đại hội" and "hội nghị": a wuxia martial-arts gathering, the Geneva
 * conference of 1954, COP30, tourism promotion and business forums, a tapping-skill contest; party
 * business the pack does not cover: lost party cards, probationary members, discipline, members
 * abroad, members' income, party dues shares, a party committee's accounts and funds, Central
 * Committee plenums, the Party's anniversary, admitting workers, cell meetings in working hours,
 * fire watch in the dry season; the users' own work and daily life mixed with congress words:
 * tapping rates, malaria and social insurance, the season's summary, clearing old trees, guest
 * registration, fire safety, household business tax, e-invoices, hotel reviews, ward budgets,
 * accounting software, the base salary, stocktaking, promotion exams, treasury balances, visas,
 * Tet holidays, translators, restaurants, hiring a car; and follow-ups about "the above" that ask
 * for printing, Zalo, leave, a bookshop's price, a Khmer translation or who made the bot).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset102.test.ts, with the other sets' shape tests), biome and tsc
 * ran. Do not edit an item after its commit, except to fix an expectation that is factually wrong
 * (against the sources), in its own commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, the money a congress may
 * spend, which cells the five-yearly pilot covers, the current cadre standard, membership figures)
 * were left out, not guessed.
 * Engine changes reached main after its writer began: cc9b408 (a count read after a classifier, ',
 * với cả' as a cut, absent phrases for newset91-94's classes), d99f0d0 (a message in capitals read
 * in lower case, 'còn huyện' and the like as the district level, where the bot gets its
 * information), 2d3de23 ('phiếu bầu', 'tối nay' and 'danh sách cấp ủy' narrowed) and the word
 * prior relearned with newset95 to newset101; its writer saw none of them. It was measured once,
 * at 19:51 UTC on main 855f773 (`node --expose-gc dist/bench/qa.js`, load 3.17): qa_new_top1 99.4
 * %, qa_new_oos_refused 97.1 % (1 in-scope miss, 2 lookalikes answered; qa_p99_us 227.9 in that
 * run, p50 45.7). Its misses were listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  [
    'doc',
    'Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị, chi bộ nông trường cao su còn phải theo không?',
    'doc:ct-35-2024',
  ],
  [
    'doc',
    'chi thi 35 nam 2024 ve dai hoi, homestay cua toi o xa nen hoi: bi thay the chua?',
    'doc:ct-35-2024',
  ],
  ['doc', 'ct35 2024 bản gốc do ai ký, tôi là kế toán phường cần ghi vào hồ sơ', 'doc:ct-35-2024'],
  ['doc', 'Is Directive 35 of June 2024 still used? My Vietnamese partner talk about it', 'doc:ct-35-2024'],
  [
    'doc',
    'Chỉ thị 35-CT/TW ngày 30/5/2019 thì chi bộ đội sản xuất cao su có dùng được cho nhiệm kỳ này không?',
    'doc:ct-35-2019',
  ],
  [
    'doc',
    'chi thi 35 nam 2019 la chi thi ve viec gi, toi thay trong tu ho so cu cua phuong',
    'doc:ct-35-2019',
  ],
  ['doc', 'CT35/2019 hướng tới đại hội khóa nào vậy đồng chí?', 'doc:ct-35-2019'],
  ['doc', 'Directive 35 from 2019, the old one, for which congress it was?', 'doc:ct-35-2019'],
  [
    'doc',
    'Kết luận 118-KL/TW ngày 18/01/2025 điều chỉnh những gì, bí thư chi bộ cao su cần biết',
    'doc:kl-118-2025',
  ],
  ['doc', 'kl118 giờ còn hiệu lực không, homestay em đông khách chưa kịp đọc', 'doc:kl-118-2025'],
  [
    'doc',
    'ket luan so 118 do co quan nao ban hanh, ke toan phuong can ghi so van ban den',
    'doc:kl-118-2025',
  ],
  ['doc', 'Conclusion 118 in January 2025, it is replaced or not?', 'doc:kl-118-2025'],
  [
    'doc',
    'Chỉ thị 45-CT/TW ngày 14/4/2025 thay thế những văn bản nào, chi bộ nông trường cần gỡ bản cũ trên bảng tin không?',
    'doc:ct-45-2025',
  ],
  ['doc', 'CT45 của Bộ Chính trị nói về việc gì, chi bộ nông trường tôi chưa có bản in', 'doc:ct-45-2025'],
  ['doc', 'chi thi so 45 bay gio con nguyen hay da sua, em lam homestay hoi cho chong', 'doc:ct-45-2025'],
  ['doc', 'Directive No. 45 of April 2025, who sign it?', 'doc:ct-45-2025'],
  [
    'doc',
    'Kết luận 200-KL/TW đánh giá đại hội các cấp ra sao, đọc giúp kế toán phường với',
    'doc:kl-200-2025',
  ],
  ['doc', 'KL 200 ngày 17/10/2025 là của cơ quan nào ban hành?', 'doc:kl-200-2025'],
  ['doc', 'ket luan 200 ban hanh thang may, chi bo cao su can trich dan', 'doc:kl-200-2025'],
  ['doc', 'Conclusion 200-KL/TW, what it say? I read in Korean news', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW ngày 26/8/2024 hướng dẫn cái gì vậy?', 'doc:hd-27-2024'],
  [
    'doc',
    'HD27 của Ban Tổ chức Trung ương có bản ở nông trường không, nội dung chính là gì',
    'doc:hd-27-2024',
  ],
  ['doc', 'huong dan so 27 cua ban to chuc trung uong, homestay minh can luu y gi', 'doc:hd-27-2024'],
  ['doc', 'Guidance 27 from the Central Organisation Commission, is it confirmed?', 'doc:hd-27-2024'],
  [
    'doc',
    'Hướng dẫn số 18-HD/BTCTU của Ban Tổ chức Thành ủy, kế toán phường lưu hồ sơ cần ghi trích yếu thế nào?',
    'doc:hd-18-2024',
  ],
  ['doc', 'hd 18 btctu ban hanh ngay nao, phuong em can de vao ho so luu tru', 'doc:hd-18-2024'],
  ['doc', 'HD18 của thành ủy Hà Nội đồng chí cho xem thông tin với', 'doc:hd-18-2024'],
  ['doc', 'Guidance 18 of Hanoi city party organisation board, what date?', 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch 258-KH/TU ngày 15/7/2024 của Thành ủy Hà Nội là kế hoạch gì?', 'doc:kh-258-2024'],
  ['doc', 'kh258 thanh uy con dung khong, ke toan phuong hoi', 'doc:kh-258-2024'],
  [
    'doc',
    'ke hoach so 258 cua thanh uy ha noi co noi dung gi, chi bo cao su o xa muon biet',
    'doc:kh-258-2024',
  ],
  ['doc', 'Plan 258 of Hanoi Party Committee, what is it?', 'doc:kh-258-2024'],
  [
    'doc',
    'Kế hoạch số 203-KH/QU của Quận ủy Hai Bà Trưng, khách homestay của tôi là cán bộ cũ hỏi ban hành ngày nào?',
    'doc:kh-203-2024',
  ],
  ['doc', 'KH 203 quận ủy còn áp dụng không khi đã không còn quận?', 'doc:kh-203-2024'],
  ['doc', 'kh203 cua quan uy hai ba trung la ke hoach ve gi vay', 'doc:kh-203-2024'],
  ['doc', 'Plan 203 of the Hai Ba Trung district committee, still valid?', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW ngày 19/5/2018 của Trung ương là nghị quyết gì?', 'doc:nq-26-2018'],
  ['doc', 'NQ26 khóa XII về cán bộ, chi bộ cao su cần đọc phần nào?', 'doc:nq-26-2018'],
  [
    'doc',
    'nghi quyet so 26 nam 2018 cua ban chap hanh trung uong, homestay em muon tim hieu',
    'doc:nq-26-2018',
  ],
  ['doc', 'Resolution 26 of 2018 of the Central Committee, what about?', 'doc:nq-26-2018'],
  ['doc', 'Quy định 89-QĐ/TW ngày 04/8/2017 về tiêu chuẩn cán bộ có còn dùng không?', 'doc:qd-89-2017'],
  ['doc', 'qd89 tieu chuan can bo da bi thay chua, ke toan phuong hoi de cap nhat', 'doc:qd-89-2017'],
  ['doc', 'QĐ 89 của Bộ Chính trị bây giờ tình trạng thế nào?', 'doc:qd-89-2017'],
  ['doc', 'Regulation 89 from 2017 about cadre standard, replaced?', 'doc:qd-89-2017'],
  ['doc', 'Quy định 365-QĐ/TW ngày 30/8/2025 quy định về việc gì?', 'doc:qd-365-2025'],
  ['doc', 'QD365 thay cho quy định nào vậy, chi bộ nông trường cần cập nhật', 'doc:qd-365-2025'],
  ['doc', 'quy dinh so 365 cua bo chinh tri ban hanh ngay nao', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365 of Politburo, what is status now?', 'doc:qd-365-2025'],
  [
    'doc',
    'Quy định 14-QĐ/TU ngày 06/11/2023, chi bộ cao su ngoài tỉnh có phải áp dụng không?',
    'doc:qd-14-2023',
  ],
  ['doc', 'qd14 thanh uy ha noi ve tieu chi danh gia can bo, con dung khong', 'doc:qd-14-2023'],
  ['doc', 'QĐ số 14 của BTV Thành ủy Hà Nội do ai ban hành, ghi giúp kế toán phường', 'doc:qd-14-2023'],
  [
    'doc',
    'Regulation 14 of Hanoi Standing Board, my partner say it is about evaluate cadre, true?',
    'doc:qd-14-2023',
  ],
  ['doc', 'Quy định số 2656-QĐ/QU ngày 13/11/2023 của Ban Thường vụ Quận ủy nói về gì?', 'doc:qd-2656-2023'],
  ['doc', 'qd2656 quan uy hai ba trung con hieu luc khong', 'doc:qd-2656-2023'],
  ['doc', 'quy dinh 2656 tieu chi danh gia can bo cua quan, homestay em can biet', 'doc:qd-2656-2023'],
  ['doc', 'Regulation 2656 of Hai Ba Trung, who issued?', 'doc:qd-2656-2023'],
  ['doc', 'Quy định 1216-QĐ/QU ngày 06/4/2022 về quy hoạch cán bộ còn dùng được không?', 'doc:qd-1216-2022'],
  ['doc', 'qđ1216 của quận ủy ban hành năm nào?', 'doc:qd-1216-2022'],
  ['doc', 'QD 1216 cua quan uy noi ve quy hoach gi, chi bo cao su hoi', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216 on cadre planning, please show', 'doc:qd-1216-2022'],
  [
    'doc',
    'Quy định 294-QĐ/TW ngày 26/5/2025 thì chi bộ đội cạo mủ của tôi tính hiệu lực từ ngày nào?',
    'doc:qd-294-2025',
  ],
  ['doc', 'qd294 thi diem dai hoi chi bo, cho em xem thong tin van ban', 'doc:qd-294-2025'],
  ['doc', 'quy dinh so 294 do ai ban hanh, ke toan phuong can biet', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294 about party cell pilot, when start?', 'doc:qd-294-2025'],
  [
    'doc',
    'Hướng dẫn 26-HD/BTCTW ngày 18/10/2019 còn áp dụng cho đại hội nhiệm kỳ này không?',
    'doc:hd-26-2019',
  ],
  ['doc', 'HD26 năm 2019 của Ban Tổ chức Trung ương hướng dẫn gì?', 'doc:hd-26-2019'],
  ['doc', 'huong dan so 26 nam 2019 chi bo cao su con giu ban in, co dung duoc nua khong', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26 of October 2019, it is for old term?', 'doc:hd-26-2019'],
  [
    'unknown-doc',
    'Quy định 24-QĐ/TW thi hành Điều lệ Đảng nói gì về đại hội chi bộ nông trường?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Nghị quyết 57-NQ/TW về khoa học công nghệ có liên quan gì tới đại hội không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Nghị quyết 68-NQ/TW về kinh tế tư nhân thì homestay của đảng viên được hưởng gì?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Quy định 144-QĐ/TW về chuẩn mực đạo đức cán bộ có áp dụng khi chọn cấp ủy không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Resolution 59-NQ/TW about international integration, what it say for Korean investor?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Hướng dẫn 12-HD/BTCTW về đại hội chi bộ có trong dữ liệu của bot không?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 150-KH/TU của Thành ủy về đại hội phường có gì mới?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 232-QĐ/TW về bầu cử trong Đảng, đồng chí tóm tắt giúp', 'unknown-doc'],
  [
    'unknown-doc',
    'Chỉ thị 05-CT/TW học tập và làm theo tư tưởng Bác, chi bộ cao su cần làm gì?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kết luận 21-KL/TW về xây dựng Đảng còn hiệu lực không?', 'unknown-doc'],
  ['unknown-doc', 'kl150 cua bo chinh tri noi ve gi vay', 'unknown-doc'],
  ['unknown-doc', 'Quy định 69-QĐ/TW về kỷ luật đảng viên, kế toán phường cần biết phần nào?', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị quyết 60-NQ/TW năm 2025 về sắp xếp đơn vị hành chính nói gì về đại hội?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Hướng dẫn 06-HD/ĐU của đảng ủy công ty cao su về đại hội chi bộ đội', 'unknown-doc'],
  ['unknown-doc', 'Directive 36-CT/TW, what is it? My lawyer mention', 'unknown-doc'],
  [
    'unknown-doc',
    'Quy định 131-QĐ/TW về kiểm soát quyền lực trong công tác kiểm tra có áp dụng cho đại hội không?',
    'unknown-doc',
  ],
  ['offword', 'Tôi vừa cạo mủ xong ở lô 12, hỏi nhanh: đại hội chi bộ phải làm mấy nội dung?', 'noi-dung'],
  [
    'offword',
    'Homestay đang kín phòng mà chi bộ tôi phải viết báo cáo chính trị, yêu cầu của báo cáo đó thế nào?',
    'van-kien',
  ],
  [
    'offword',
    'Làm kế toán phường đang mùa quyết toán, đồng chí tóm giúp chuẩn bị đại hội cần lập những tổ nào?',
    'chuan-bi',
  ],
  [
    'offword',
    'Khách homestay người Pháp hỏi tôi Đại hội XIV của Đảng họp ngày nào, nhờ bot trả lời giúp',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Sổ sách kế toán phường còn ngổn ngang sau sắp xếp, mà cấp huyện bỏ từ ngày nào vậy?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Đang pha cà phê cho khách, tiện hỏi: báo cáo kiểm điểm của cấp ủy phải có tính chiến đấu là sao?',
    'van-kien',
  ],
  ['offword', 'Mưa to không ra lô cao su được, cho tôi hỏi đại hội phải theo nguyên tắc gì?', 'nguyen-tac'],
  [
    'offword',
    'Vừa chốt sổ thu chi tháng, cho hỏi chọn nhân sự cấp ủy khóa mới phải quán triệt nghị quyết nào?',
    'nhan-su',
  ],
  ['offword', 'Trời nắng mủ ra ít, mà đại hội chi bộ bây giờ 5 năm mấy lần rồi đồng chí?', 'chi-bo-5-nam'],
  [
    'offword',
    'Khách vừa check-out, đồng chí cho xem danh sách các văn bản về đại hội bot đang dùng',
    'tai-lieu',
  ],
  [
    'offword',
    'Đang đối chiếu chứng từ với kho bạc, hỏi: từ sau hội nghị quán triệt 23/10/2024 đến nay có gì thay đổi?',
    'thay-doi',
  ],
  [
    'offword',
    'Between meeting with my buyers: party congress of all levels for 2025-2030 is finished already?',
    'ket-qua',
  ],
  ['offword', 'Xe chở mủ đang chờ, đồng chí nói nhanh đại hội điểm làm vào tháng mấy?', 'dai-hoi-diem'],
  ['two-part', 'Đại hội chi bộ có mấy nội dung, và cấp ủy trình đại hội mấy báo cáo?', 'noi-dung+van-kien'],
  [
    'two-part',
    'Chi bộ cơ sở đại hội hạn chót khi nào, còn đại hội điểm thì làm lúc nào?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Đại hội XIV họp ngày nào, và đại hội các cấp nhiệm kỳ này đã xong hết chưa?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Cấp huyện bỏ từ bao giờ, còn đại hội chi bộ giờ mấy năm một lần?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Tổ chức đại hội phải theo nguyên tắc gì, và chuẩn bị cần lập những tổ nào?',
    'nguyen-tac+chuan-bi',
  ],
  [
    'two-part',
    'Giới thiệu nhân sự cấp ủy khóa mới dựa vào đâu, và báo cáo chính trị cần đạt yêu cầu gì?',
    'nhan-su+van-kien',
  ],
  [
    'two-part',
    'Chỉ thị của Bộ Chính trị năm 2024 về đại hội gồm những phần nào, và bot đang dựa vào các văn bản nào?',
    'chi-thi-35+tai-lieu',
  ],
  [
    'two-part',
    'Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII là đại hội gì, mà Hà Nội bây giờ còn quận không?',
    'dai-hoi-quan+chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'Cảm ơn phần trên; giờ cho hỏi hai báo cáo trình đại hội là gì, và chọn nhân sự cấp ủy theo tiêu chuẩn nào?',
    'van-kien+nhan-su',
  ],
  [
    'two-part',
    'When grassroots cell do their congress, and how often cell congress now?',
    'lich-trinh+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Từ sau hội nghị quán triệt có gì thay đổi, và kết quả đại hội các cấp ra sao?',
    'thay-doi+ket-qua',
  ],
  [
    'two-part',
    'Đại hội điểm của đảng bộ cơ sở làm tháng nào, và đại hội phải chống lãng phí ra sao?',
    'dai-hoi-diem+nguyen-tac',
  ],
  ['two-part', 'dh co may noi dung va phai chuan bi nhung gi truoc dh', 'noi-dung+chuan-bi'],
  [
    'unit',
    'Chi bộ đội 5 của tôi là chi bộ trực thuộc đảng ủy công ty cao su, đại hội bắt đầu từ tháng nào?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở như chi bộ phường tôi thì hạn cuối đại hội là trước ngày nào?', 'lich-trinh'],
  ['unit', 'Đảng bộ cơ sở đại hội khi nào, phải đợi các chi bộ trực thuộc xong trước à?', 'lich-trinh'],
  ['unit', 'Đảng bộ cơ sở được giao chọn mấy chi bộ trực thuộc để làm đại hội điểm?', 'dai-hoi-diem'],
  [
    'unit',
    'Chi bộ cơ sở có nằm trong số đơn vị được chọn làm đại hội điểm đầu quý I/2025 không?',
    'dai-hoi-diem',
  ],
  ['unit', 'Đảng bộ cơ sở của công ty cao su phải trình đại hội những báo cáo nào?', 'van-kien'],
  ['unit', 'Chi bộ trực thuộc ở khu homestay của tôi đại hội thì phải làm những nội dung gì?', 'noi-dung'],
  ['unit', 'Grassroots party committee congress, which month can start?', 'lich-trinh'],
  ['unit', 'Party cell under a grassroots committee must finish congress in what month?', 'lich-trinh'],
  ['unit', 'chi bo truc thuoc dang uy cong ty cao su dai hoi xong trong thang may vay dc', 'lich-trinh'],
  [
    'unit',
    'Chi bộ cơ sở ở khu du lịch như chỗ homestay tôi bắt đầu đại hội từ tháng mấy năm 2025?',
    'lich-trinh',
  ],
  ['typo', 'dai hoi chi bo co so phai xong truoc ngay nao nam 2025', 'lich-trinh'],
  ['typo', 'ĐH CB gồm mấy ND, bầu những gì', 'noi-dung'],
  ['typo', 'bcct voi bc kiem diem cap uy, ke toan nhu em doc thay giong nhau, khac cho nao', 'van-kien'],
  ['typo', 'tieu chuan nhan su BCH khoa moi dua vao nhung van ban nao', 'nhan-su'],
  ['typo', 'dh diem lam thang may nam 2024', 'dai-hoi-diem'],
  ['typo', 'DHXIV hop tu ngay nao den ngay nao', 'dai-hoi-xiv'],
  ['typo', 'nguyen tăc tâp trung dan chu khi to chưc đai hôi chi bô nông truong la gi', 'nguyen-tac'],
  ['typo', 'thí điẻm đai hội chi bộ 5 năm 1 lân là sao', 'chi-bo-5-nam'],
  ['typo', 'chinh quyen dia phuong 2 cap van hanh tu bao gio', 'chinh-quyen-2-cap'],
  ['typo', 'chuan bi dh chi bo cao su can thanh lap nhung to j a', 'chuan-bi'],
  ['typo', 'dh dang bo quan HBT lan thu xxvii la dh gi', 'dai-hoi-quan'],
  ['typo', 'chỉ thị BCT năm 2024 về ĐH có mấy phụ lục, mấy yêu cầu', 'chi-thi-35'],
  ['typo', 'ket qua dh cac cap nk 2025-2030 ra sao roi, khach homestay hoi minh', 'ket-qua'],
  ['typo', 'tu sau hn quan triet thang 10/2024 co nhung thay doi gi', 'thay-doi'],
  [
    'fact',
    'Trong hai báo cáo trình đại hội, báo cáo nào giữ vai trò định hướng, là báo cáo trung tâm?',
    'van-kien',
  ],
  [
    'fact',
    'Ban Thường vụ Quận ủy chọn mấy đơn vị, thuộc loại nào, để làm đại hội điểm đầu quý I/2025?',
    'dai-hoi-diem',
  ],
  [
    'fact',
    'Khách homestay quê Hai Bà Trưng hỏi đại hội đảng bộ quận nhiệm kỳ 2025-2030 là lần thứ mấy?',
    'dai-hoi-quan',
  ],
  [
    'fact',
    'Kế toán phường cần số liệu: Hà Nội có bao nhiêu đảng bộ cấp huyện thôi hoạt động từ 01/7/2025?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Chỉ thị về đại hội mà Bộ Chính trị ban hành tháng 6/2024 đặt ra bao nhiêu yêu cầu?',
    'chi-thi-35',
  ],
  [
    'fact',
    'Hồi trước khi có thí điểm, Điều lệ bắt chi bộ nông trường đại hội mấy lần trong 5 năm?',
    'chi-bo-5-nam',
  ],
  [
    'fact',
    'Đại hội đại biểu toàn quốc lần thứ XIV của Đảng khai mạc và bế mạc vào những ngày nào vậy đồng chí?',
    'dai-hoi-xiv',
  ],
  [
    'fact',
    'Sau khi đại hội các cấp thành công, kết luận của Bộ Chính trị yêu cầu làm tiếp những việc gì?',
    'ket-qua',
  ],
  ['fact', 'Nội dung thứ hai của đại hội là góp ý vào dự thảo văn kiện của những cấp nào?', 'noi-dung'],
  ['fact', 'Theo chỉ đạo của Quận ủy, đại hội phải kiên quyết chống lãng phí và những gì nữa?', 'nguyen-tac'],
  ['fact', 'Hội nghị quán triệt văn bản về đại hội ở cơ sở tổ chức trực tiếp hay trực tuyến?', 'chuan-bi'],
  [
    'fact',
    'Rà soát, bổ sung quy hoạch cán bộ phục vụ nhân sự đại hội theo quy định của cơ quan nào?',
    'nhan-su',
  ],
  ['fact', 'Phụ lục của chỉ thị về đại hội năm 2024 gồm những nội dung gì?', 'chi-thi-35'],
  [
    'fact',
    'Cảm ơn ý trên. Còn đại hội điểm của các chi bộ trực thuộc thì làm trong tháng nào?',
    'dai-hoi-diem',
  ],
  ['fact', 'Như trên đã nêu bốn nội dung, vậy nội dung thứ ba là bầu gì?', 'noi-dung'],
  ['fact', 'Cái đó, tức báo cáo chính trị, có phải là báo cáo trung tâm không?', 'van-kien'],
  ['fact', 'Vậy như trên thì đại hội đảng bộ các cấp nhiệm kỳ 2025-2030 xong hết rồi phải không?', 'ket-qua'],
  [
    'fact',
    'Ý trên chưa rõ, nhắc lại giúp mô hình chính quyền 2 cấp bắt đầu vận hành từ ngày nào?',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'Đảng bộ cơ sở tổ chức đại hội sau khi xong việc gì?', 'lich-trinh'],
  ['en', 'When the 14th Party Congress happen? I see news in Korea', 'dai-hoi-xiv'],
  ['en', 'What is pilot congress and when they do it?', 'dai-hoi-diem'],
  ['en', 'Party cell congress now how many times in five years?', 'chi-bo-5-nam'],
  ['en', 'District level is gone now? Since which date?', 'chinh-quyen-2-cap'],
  ['en', 'At the congress, what members must discuss and elect?', 'noi-dung'],
  ['en', 'Which two reports the committee bring to the congress?', 'van-kien'],
  ['en', 'What principle the congress must follow, like democratic centralism?', 'nguyen-tac'],
  ['en', 'How to choose people for the new party committee, which rules they follow?', 'nhan-su'],
  ['en', 'After that conference in October 2024 in Hai Ba Trung, what is changed until now?', 'thay-doi'],
  ['en', 'Show me the list of documents you use for congress answers', 'tai-lieu'],
  ['en', 'The congresses at all levels for 2025-2030, the result is good?', 'ket-qua'],
  ['en', 'What is inside the Politburo directive of June 2024 about congresses?', 'chi-thi-35'],
  ['en', 'Hai Ba Trung district congress number XXVII, what is it?', 'dai-hoi-quan'],
  ['en', 'To prepare congress, which teams they must set up?', 'chuan-bi'],
  ['en', "My Vietnamese manager ask: Workers' Party of Korea congress, your bot know?", null],
  ['lookalike', 'Sau đại hội chi bộ, công ty cao su có tăng đơn giá cạo mủ cho công nhân không?', null],
  [
    'lookalike',
    'Đại hội công đoàn cơ sở công ty cao su nhiệm kỳ 2025-2030 bầu bao nhiêu ủy viên ban chấp hành công đoàn?',
    null,
  ],
  ['lookalike', 'Hội nghị người lao động của nông trường cao su năm nay tổ chức vào quý mấy?', null],
  ['lookalike', 'Hội thi thợ cạo mủ giỏi cấp tập đoàn năm 2026 tổ chức ở nông trường nào?', null],
  [
    'lookalike',
    'Đại hội đồng cổ đông thường niên Tập đoàn Công nghiệp Cao su Việt Nam chia cổ tức bao nhiêu phần trăm?',
    null,
  ],
  ['lookalike', 'Mùa khô chi bộ phân công đảng viên trực chống cháy vườn cao su thế nào?', null],
  [
    'lookalike',
    'Chi đoàn thanh niên nông trường đại hội thì bí thư chi bộ phát biểu chỉ đạo những ý gì?',
    null,
  ],
  ['lookalike', 'Công nhân cạo mủ bị sốt rét lúc đi làm thì bảo hiểm xã hội chi trả thế nào?', null],
  ['lookalike', 'Tổng kết mùa cạo năm 2025 của đội sản xuất cần báo cáo những số liệu nào?', null],
  ['lookalike', 'Thanh lý vườn cao su già cỗi có phải xin ý kiến chi bộ nông trường không?', null],
  ['lookalike', 'Đảng viên nông trường sang Campuchia trồng cao su hai năm thì sinh hoạt đảng ở đâu?', null],
  [
    'lookalike',
    'Chi bộ nông trường muốn kết nạp công nhân người dân tộc vào Đảng thì cần học lớp gì trước?',
    null,
  ],
  [
    'lookalike',
    'Mùa lễ hội hoa homestay tôi kín phòng, có được xin vắng buổi sinh hoạt chi bộ tháng này không?',
    null,
  ],
  ['lookalike', 'Đăng ký lưu trú cho khách nước ngoài ở homestay khai báo qua ứng dụng nào?', null],
  [
    'lookalike',
    'Hiệp hội du lịch tỉnh tổ chức đại hội nhiệm kỳ mới thì homestay của tôi có được làm hội viên không?',
    null,
  ],
  ['lookalike', 'Đảng viên kinh doanh homestay có phải kê khai thu nhập với chi bộ hằng năm không?', null],
  ['lookalike', 'Homestay 8 phòng cần giấy chứng nhận phòng cháy chữa cháy không?', null],
  ['lookalike', 'Hội nghị xúc tiến du lịch vùng Tây Bắc năm 2026 tổ chức ở tỉnh nào?', null],
  ['lookalike', 'Bỏ thuế khoán hộ kinh doanh từ năm 2026 thì homestay tôi kê khai thuế thế nào?', null],
  [
    'lookalike',
    'Đoàn khách đi dự hội nghị của công ty đặt 10 phòng homestay, tôi xuất hóa đơn điện tử thế nào?',
    null,
  ],
  [
    'lookalike',
    'Review trên Booking chê homestay ồn vì hàng xóm hát karaoke mừng đại hội, tôi trả lời khách sao cho khéo?',
    null,
  ],
  ['lookalike', 'Quyết toán ngân sách phường năm 2025 hạn nộp lên thành phố là khi nào?', null],
  ['lookalike', 'Hội nghị cán bộ, công chức, viên chức phường đầu năm cần chuẩn bị những báo cáo gì?', null],
  ['lookalike', 'Đại hội Hội Kế toán và Kiểm toán Việt Nam khóa mới tổ chức năm nào?', null],
  [
    'lookalike',
    'Chi bộ phường thu đảng phí xong thì kế toán phải trích nộp lên cấp trên bao nhiêu phần trăm?',
    null,
  ],
  [
    'lookalike',
    'Phần mềm kế toán MISA của phường cũ sau sáp nhập có chuyển dữ liệu sang phường mới được không?',
    null,
  ],
  ['lookalike', 'Sau đại hội thì lương cơ sở từ tháng 7/2026 tăng lên bao nhiêu?', null],
  ['lookalike', 'Kiểm kê tài sản cuối năm ở phường có cần chữ ký của bí thư chi bộ không?', null],
  ['lookalike', 'Thi nâng ngạch kế toán viên chính năm nay ôn những môn gì?', null],
  ['lookalike', 'Kế toán phường có được kiêm thủ quỹ kinh phí hoạt động của đảng ủy phường không?', null],
  [
    'lookalike',
    'Chuyển số dư tài khoản kho bạc của phường cũ sang phường mới sau sắp xếp làm thế nào?',
    null,
  ],
  ['lookalike', 'Báo cáo tài chính năm của đảng ủy phường lập theo mẫu biểu nào?', null],
  [
    'lookalike',
    'Korean Chamber of Commerce in Vietnam have general meeting this year, when and where?',
    null,
  ],
  ['lookalike', 'My factory in Bac Ninh, trade union want to make congress, company must pay money?', null],
  ['lookalike', 'Party congress finish, so new tax policy for foreign company from next year?', null],
  ['lookalike', 'After the congress, business visa one year for Korean people is changed?', null],
  ['lookalike', 'Can I join the Communist Party of Vietnam? I am Korean, living in Hanoi ten years', null],
  ['lookalike', 'My company annual shareholders meeting need Vietnamese translator, you can help?', null],
  ['lookalike', 'Korea-Vietnam business forum conference in Hanoi 2026, where to register?', null],
  ['lookalike', 'Tet holiday 2026 how many days off for my factory workers?', null],
  ['lookalike', 'Democratic Party of Korea national convention, who win the leader election?', null],
  [
    'lookalike',
    'In my factory there is a party cell. The cell meeting in working time, I must pay salary?',
    null,
  ],
  ['lookalike', 'Good Korean restaurant near Hai Ba Trung for dinner with ward officials?', null],
  ['lookalike', 'Cái ở trên in ra giấy A4 hay A5 thì đẹp hơn đồng chí?', null],
  ['lookalike', 'Ý trên đồng chí gửi giúp tôi qua Zalo được không?', null],
  ['lookalike', 'Như trên thì tôi có được nghỉ phép đi du lịch Đà Lạt tuần sau không?', null],
  ['lookalike', 'Văn bản đó mua ở nhà sách Sự thật giá bao nhiêu tiền?', null],
  ['lookalike', 'Cái đó đồng chí nói lại bằng tiếng Khmer cho công nhân nông trường được không?', null],
  ['lookalike', 'Câu trả lời ở trên ai soạn vậy, bot này của cơ quan nào làm ra?', null],
  ['lookalike', 'Đại hội võ lâm trong truyện Kim Dung tổ chức ở núi nào?', null],
  ['lookalike', 'Hội nghị Genève năm 1954 chia Việt Nam ở vĩ tuyến mấy?', null],
  ['lookalike', 'Đại hội Hội Nông dân xã nhiệm kỳ 2023-2028 bầu chủ tịch hội thế nào?', null],
  ['lookalike', 'Đại hội chi hội Khuyến học tổ dân phố cần chuẩn bị báo cáo gì?', null],
  ['lookalike', 'Hội Chữ thập đỏ cấp huyện bỏ rồi thì đại hội Hội Chữ thập đỏ tổ chức ở cấp nào?', null],
  ['lookalike', 'Hội nghị COP30 về biến đổi khí hậu Việt Nam cam kết những gì?', null],
  [
    'lookalike',
    'Hợp tác xã cao su đại hội thành viên thường niên cần bao nhiêu thành viên dự thì hợp lệ?',
    null,
  ],
  [
    'lookalike',
    'Đại hội cha mẹ học sinh đầu năm ở trường con tôi gần nông trường bầu ban đại diện thế nào?',
    null,
  ],
  ['lookalike', 'Hội nghị Trung ương lần gần nhất sau Đại hội XIV bàn về những vấn đề gì?', null],
  ['lookalike', 'Đảng viên bị mất thẻ đảng thì làm lại ở đâu, mất bao lâu?', null],
  ['lookalike', 'Đảng viên dự bị sau bao lâu thì được xét chuyển chính thức?', null],
  ['lookalike', 'Đảng viên đi Hàn Quốc thăm con có phải báo cáo chi bộ không?', null],
  ['lookalike', 'Hình thức khiển trách đảng viên do cấp nào quyết định?', null],
  ['lookalike', 'Đại hội thường niên Liên đoàn Bóng đá Việt Nam năm nay có bầu lại chủ tịch không?', null],
  ['lookalike', 'Lễ kỷ niệm ngày thành lập Đảng 3/2/2026 phường tổ chức ở đâu?', null],
  ['lookalike', 'Đại hội Hội Sinh viên trường tôi có cần đảng ủy trường duyệt nhân sự không?', null],
  [
    'lookalike',
    'Hội nghị khách hàng của ngân hàng nông nghiệp cho hộ trồng cao su vay lãi suất bao nhiêu?',
    null,
  ],
  ['lookalike', 'Đi dự đại hội ở thành phố, tôi thuê xe từ nông trường hết bao nhiêu tiền?', null],
];

export const NEWSET102: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
