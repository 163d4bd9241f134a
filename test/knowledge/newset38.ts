/**
 * The thirty-eighth new evaluation set (issue 11, point 6), written on 2026-12-03 from 19:18 UTC
 * (committed in the commit "Eval: newset38, the thirty-eighth unseen set") by a helper (set38) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before its import line, and that import line) and its export line, the
 * part of newset.ts before `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and
 * sets.ts. Nothing under src/, bench/ or config/, no README, no git log, diff or show, and no other
 * set's or pool's items (newset36.ts, newset37.ts and newset39.ts included) were read. Its users
 * are imagined as the secretary of a cell in a water-supply company, a deputy secretary of a
 * commune party committee in a mountain province (who asks only what the pack covers), a retired
 * nurse who has been a member for 40 years, the secretary of the cell of a private school, a French
 * researcher who writes in English, a member who pastes long forwarded messages and asks one thing
 * at their end, and a young secretary who writes in chat slang with emoji; with the out-of-scope
 * messages such users send (other organisations' congresses and meetings: a water company's
 * shareholders' meeting, workers' conference and trade-union congress, a retired nurses' club, the
 * Red Cross, farmers' association and Fatherland Front congresses, parents' meetings, a school's
 * Young Pioneers and Youth Union congresses, a private school's board and staff conference, the
 * French Communist and Socialist parties, the Lao and Chinese parties; other senses of "đại hội"
 * and "hội nghị": martial-arts fiction, national sports games, fan clubs, customer-thanks
 * conferences, a residents' group meeting, video-call settings, history (the 6th Congress of 1986);
 * other party business the pack does not cover: 40-year badges, care for sick members, admission,
 * dues, annual grading, members' travel abroad and family rules, the digital member handbook,
 * ballot validity, the Central Committee's plenums, the allowance of a cell secretary, the cell's
 * bank account; people in posts, including names printed in the article; the article's address as
 * it is today; money and prices (water tariffs, tuition fees, pensions); local government after the
 * merger (the new wards of the old district, who runs a district's schools now, the first session
 * of a commune People's Council, a local-born chairman, the National Assembly election); water
 * quality, meter checks and cut-off schedules; health and rumours in forwarded messages; a phishing
 * link; research visas, archives, SIM cards, translations and data sets; dates and sums of days
 * (lunar dates, working days in a quarter, days since a document's date); requests to write
 * speeches, poems or memoirs; the bot itself (who made it, dark mode); small talk).
 *
 * It was committed without running any of its questions through the engine, the bot or the bench;
 * only the shape tests (newset3*.test.ts), biome and tsc ran. Do not edit an item after its commit,
 * except to fix an expectation that is factually wrong (against the sources), in its own commit
 * that says which and why. 3 items that newset36 (written at the same time, placed before it) also
 * holds were removed in their own commit before any run. Engine changes reached main after its
 * commit (up to ee21944: the clause after ";", the district level in other words, …); its writer
 * saw none of them. It was measured once, at 19:53 UTC on main ee21944 (`node --expose-gc
 * dist/bench/qa.js`, load 1.07): qa_new_top1 97.2 %, qa_new_oos_refused 94.4 % (4 in-scope misses,
 * 4 lookalikes answered; qa_p99_us 321.5 in that run, p50 66.7). Its misses were listed after that
 * run, and it is a development set since.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, the money a congress may
 * spend, which cells the five-yearly pilot covers, the 14th Congress's decisions, membership
 * figures) were left out, not guessed.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents asked by number, three or more spellings each.
  [
    'doc',
    'Chi bộ công ty cấp nước chúng tôi vẫn treo bản Chỉ thị số 35-CT/TW ngày 14/6/2024 trên bảng tin, văn bản này giờ còn hiệu lực không?',
    'doc:ct-35-2024',
  ],
  ['doc', 'ct35 năm 2024 bị văn bản nào thay rồi ạ, sếp em hỏi gấp 🙏', 'doc:ct-35-2024'],
  [
    'doc',
    'chi thi 35 nam 2024 cua bo chinh tri, ba nghe noi da het hieu luc roi, co dung khong chau',
    'doc:ct-35-2024',
  ],
  ['en', 'Directive 35/CT-TW of June 2024: is it still in force, and what replaced it?', 'doc:ct-35-2024'],
  [
    'doc',
    'Ông nhà tôi còn giữ Chỉ thị 35-CT/TW ngày 30/5/2019, bản đó có dùng cho đại hội nhiệm kỳ 2025 - 2030 không?',
    'doc:ct-35-2019',
  ],
  ['doc', 'CT 35 năm 2019 hướng tới Đại hội XIII, bot có ghi nhận gì về văn bản đó không?', 'doc:ct-35-2019'],
  [
    'en',
    'The 2019 Directive 35, toward the 13th Congress: what does the bot know about it?',
    'doc:ct-35-2019',
  ],
  [
    'doc',
    'Kết luận 118-KL/TW ngày 18/1/2025 điều chỉnh những nội dung nào của chỉ thị về đại hội?',
    'doc:kl-118-2025',
  ],
  ['doc', 'KL118 còn áp dụng ko ad, chi bộ trường em đang soạn lại kế hoạch 😵', 'doc:kl-118-2025'],
  ['doc', 'ket luan so 118 do co quan nao ban hanh vay, toi tim tren mang khong thay', 'doc:kl-118-2025'],
  ['en', 'Who issued Conclusion 118-KL/TW, and is it still in effect?', 'doc:kl-118-2025'],
  [
    'doc',
    'Đảng ủy xã vùng cao chúng tôi cần trích dẫn Chỉ thị 45-CT/TW, chỉ thị này ban hành ngày nào?',
    'doc:ct-45-2025',
  ],
  ['doc', 'CT45 của Bộ Chính trị thay thế những văn bản nào vậy các đồng chí?', 'doc:ct-45-2025'],
  ['doc', 'chỉ thị số 45 về đại hội đảng bộ các cấp sau khi ban hành có sửa đổi gì không', 'doc:ct-45-2025'],
  ['en', 'Has Directive 45 of April 2025 been amended since it was issued?', 'doc:ct-45-2025'],
  ['doc', 'Kết luận 200-KL/TW đánh giá kết quả đại hội các cấp thế nào?', 'doc:kl-200-2025'],
  ['doc', 'KL 200 ngày 17/10/2025 do cơ quan nào ban hành, để em ghi vào biên bản 📝', 'doc:kl-200-2025'],
  ['doc', 'ket luan 200 nam 2025 yeu cau dang uy xa chung toi lam gi tiep theo', 'doc:kl-200-2025'],
  [
    'en',
    'For a chapter on local party life: what is Conclusion 200 of October 2025 about?',
    'doc:kl-200-2025',
  ],
  ['doc', 'Hướng dẫn 27-HD/BTCTW ngày 26/8/2024 hướng dẫn thực hiện chỉ thị nào?', 'doc:hd-27-2024'],
  ['doc', 'HD27 của Ban Tổ chức Trung ương có nội dung chi tiết trong bot không?', 'doc:hd-27-2024'],
  ['doc', 'huong dan so 27 cua ban to chuc trung uong ban hanh khi nao a', 'doc:hd-27-2024'],
  [
    'doc',
    'Hướng dẫn số 18-HD/BTCTU ngày 01/10/2024 của Ban Tổ chức Thành ủy hướng dẫn những gì?',
    'doc:hd-18-2024',
  ],
  ['doc', 'HD 18 của BTC Thành ủy Hà Nội bây giờ còn giá trị không đồng chí?', 'doc:hd-18-2024'],
  ['en', 'Guidance 18-HD/BTCTU of the Hanoi organisation board: what does it cover?', 'doc:hd-18-2024'],
  ['typo', 'Ban Tổ chưc Thành ủy hướng dẫn sô 18 HD BTCTU năm 2024 là văn bản gì', 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch 258-KH/TU của Thành ủy ban hành ngày nào vậy?', 'doc:kh-258-2024'],
  ['doc', 'KH258 thanh uy ha noi tinh trang the nao roi', 'doc:kh-258-2024'],
  [
    'doc',
    'kế hoạch số 258 năm 2024 của Thành ủy, chi bộ trường tôi có cần đọc lại không?',
    'doc:kh-258-2024',
  ],
  ['en', 'Plan 258-KH/TU: when was it issued and by whom?', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch số 203-KH/QU của Quận ủy Hai Bà Trưng nói về việc gì?', 'doc:kh-203-2024'],
  ['doc', 'KH 203 của quận ủy, giờ không còn quận nữa thì văn bản đó còn dùng không?', 'doc:kh-203-2024'],
  ['en', 'Plan 203 of the Hai Ba Trung district committee, dated July 2024: what is it?', 'doc:kh-203-2024'],
  [
    'doc',
    'Chi bộ công ty cấp nước đang học lại Nghị quyết 26-NQ/TW ngày 19/5/2018, nghị quyết này do cơ quan nào ban hành?',
    'doc:nq-26-2018',
  ],
  ['doc', 'NQ26 khóa XII về cán bộ, bot có ghi tình trạng không?', 'doc:nq-26-2018'],
  ['doc', 'nghi quyet so 26 nam 2018 cua trung uong, co quan truong toi bao phai hoc lai', 'doc:nq-26-2018'],
  ['en', 'Resolution 26-NQ/TW of 2018: which body adopted it?', 'doc:nq-26-2018'],
  ['doc', 'Hướng dẫn 26-HD/BTCTW ngày 18/10/2019 thuộc nhiệm kỳ nào?', 'doc:hd-26-2019'],
  ['doc', 'HD 26 năm 2019 của Ban Tổ chức TW còn dùng được cho chi bộ không?', 'doc:hd-26-2019'],
  ['doc', 'huong dan so 26 nam 2019 co phai huong dan cho dai hoi nhiem ky nay khong', 'doc:hd-26-2019'],
  ['doc', 'Quy định 89-QĐ/TW ngày 04/8/2017 còn hiệu lực không ạ?', 'doc:qd-89-2017'],
  ['doc', 'QĐ89 về tiêu chuẩn cán bộ bị thay chưa, công ty em vẫn in bản cũ', 'doc:qd-89-2017'],
  ['doc', 'quy dinh so 89 nam 2017 cua bo chinh tri gio the nao', 'doc:qd-89-2017'],
  ['en', 'Regulation 89-QD/TW on cadre standards: has it been superseded?', 'doc:qd-89-2017'],
  [
    'doc',
    'Bà đọc báo thấy Quy định số 365-QĐ/TW ngày 30/8/2025, quy định này thay cho quy định nào?',
    'doc:qd-365-2025',
  ],
  ['doc', 'QĐ 365 về tiêu chuẩn chức danh cán bộ có thay đổi gì sau đó không?', 'doc:qd-365-2025'],
  ['en', 'Regulation 365 of August 2025: what does it replace?', 'doc:qd-365-2025'],
  ['doc', 'Quy định 14-QĐ/TU ngày 06/11/2023 của Ban Thường vụ Thành ủy quy định về gì?', 'doc:qd-14-2023'],
  ['doc', 'QĐ14/TU tiêu chí đánh giá cán bộ, chi bộ nhà máy nước có phải áp dụng không?', 'doc:qd-14-2023'],
  ['doc', 'quy dinh so 14 cua thanh uy ha noi nam 2023 tinh trang ra sao', 'doc:qd-14-2023'],
  ['doc', 'Quy định 2656-QĐ/QU ngày 13/11/2023 của Ban Thường vụ Quận ủy nói về gì?', 'doc:qd-2656-2023'],
  ['doc', 'QĐ 2656 quận ủy Hai Bà Trưng giờ còn áp dụng không?', 'doc:qd-2656-2023'],
  ['doc', 'quy dinh so 2656 ve tieu chi danh gia can bo do ai ban hanh', 'doc:qd-2656-2023'],
  ['doc', 'Quy định 1216-QĐ/QU ngày 06/4/2022 về quy hoạch cán bộ là của cơ quan nào?', 'doc:qd-1216-2022'],
  ['doc', 'QĐ1216 quy hoạch cán bộ, chi bộ em cần rà soát theo văn bản này hả 🤔', 'doc:qd-1216-2022'],
  ['doc', 'quy dinh so 1216 cua quan uy ban hanh nam nao', 'doc:qd-1216-2022'],
  [
    'doc',
    'Đảng ủy xã chúng tôi cần biết Quy định 294-QĐ/TW ngày 26/5/2025 có hiệu lực từ ngày nào để phổ biến xuống các chi bộ thôn',
    'doc:qd-294-2025',
  ],
  ['doc', 'QĐ 294 thí điểm đại hội chi bộ, bà nghe đài nói, cơ quan nào ban hành?', 'doc:qd-294-2025'],
  ['doc', 'quy dinh so 294 nam 2025 ve dai hoi chi bo co gi moi', 'doc:qd-294-2025'],
  ['en', 'Regulation 294-QĐ/TW: when did it take effect?', 'doc:qd-294-2025'],

  // Documents the pack does not hold.
  [
    'unknown-doc',
    'Quy định 24-QĐ/TW thi hành Điều lệ Đảng bot có không, chi bộ công ty tôi cần tra',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Chỉ thị 05-CT/TW về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh có trong bot không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Trường tư chúng tôi đang học Nghị quyết 57-NQ/TW về khoa học công nghệ, văn bản đó bot có trong nguồn không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Quy định 232-QĐ/TW về công tác bầu cử trong Đảng nói gì về phiếu bầu?', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 60-NQ/TW về sắp xếp tỉnh, xã có trong nguồn của bot không ạ?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 47-KH/ĐU của đảng ủy xã tôi về đại hội, bot tra giúp được không?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 36-HD/BTCTW về đại hội chi bộ thôn bản ban hành khi nào?', 'unknown-doc'],
  ['unknown-doc', 'Công văn 3102-CV/BTCTW gửi các tỉnh ủy về đại hội, bot có bản đó không?', 'unknown-doc'],
  [
    'unknown-doc',
    'Do you hold Regulation 80-QD/TW on the decentralisation of cadre management?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Thông báo 102-TB/TU của Thành ủy về lịch đại hội, trong bot có không?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 16-HD/BTCTU năm 2025 về nhân sự đại hội, cho xin nội dung', 'unknown-doc'],
  ['unknown-doc', 'QĐ 22-QĐ/TW về kiểm tra, giám sát kỷ luật đảng có trong bot ko 🧐', 'unknown-doc'],
  [
    'unknown-doc',
    'Quyết định 1727-QĐ/TU của Tỉnh ủy về đại hội điểm ở vùng cao còn hiệu lực không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kết luận 150-KL/TW về sắp xếp bộ máy có được bot cập nhật chưa?', 'unknown-doc'],
  ['unknown-doc', 'Is Directive 24-CT/TW among the sources you answer from?', 'unknown-doc'],
  [
    'unknown-doc',
    'nghi quyet 19-NQ/TW ve nong nghiep nong thon co trong du lieu cua bot khong',
    'unknown-doc',
  ],

  // In scope, with words of the users' lives around the question.
  [
    'offword',
    'Công ty cấp nước mùa mưa sửa ống suốt, anh em mệt lắm, nhưng cho hỏi đại hội chi bộ công ty phải làm mấy nội dung?',
    'noi-dung',
  ],
  [
    'offword',
    'Trường tư thục chỗ tôi có chi bộ, báo cáo chính trị của chi bộ trình đại hội phải đánh giá những gì?',
    'van-kien',
  ],
  [
    'offword',
    'Điện thoại sắp hết pin nên hỏi nhanh: chuẩn bị đại hội có phải lập tổ văn kiện, tổ nhân sự không?',
    'chuan-bi',
  ],
  [
    'offword',
    'Giá xăng tăng, tiền hội trường cũng tăng, vậy đại hội có yêu cầu chống lãng phí, không phô trương hình thức không?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Bệnh viện cũ của tôi có đảng bộ cơ sở, hồi đó đảng bộ cơ sở phải đại hội xong trước ngày nào?',
    'lich-trinh',
  ],
  [
    'offword',
    'Đi chợ về tiện hỏi luôn: chi bộ bây giờ thí điểm 5 năm mới đại hội một lần phải không?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Thưởng Tết công ty chưa thấy đâu, mà đợt đại hội đảng các cấp nhiệm kỳ 2025 - 2030 đã xong hết chưa?',
    'ket-qua',
  ],
  [
    'offword',
    'Đang in hóa đơn tiền nước cho khách thì sếp hỏi: đảng bộ cơ sở chọn chi bộ làm đại hội điểm vào tháng mấy?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Cô hiệu phó trường tư hỏi tôi: lựa chọn nhân sự cấp ủy khóa mới phải căn cứ những văn bản nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Trên bản mất sóng điện thoại mấy hôm, giờ mới hỏi được: từ 01/7/2025 chính quyền địa phương hai cấp thì cấp huyện còn không?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Học sinh nghỉ hè rồi, tôi rảnh hỏi: bot đang dựa vào những văn bản nào về đại hội nhiệm kỳ 2025 - 2030?',
    'tai-lieu',
  ],
  [
    'offword',
    'Chuyển tiếp: "Kính gửi các đồng chí bí thư chi bộ, đề nghị nộp báo cáo tháng trước thứ Sáu, nhắc đảng viên đóng đảng phí, tham gia dọn vệ sinh khu phố sáng Chủ nhật..." Cho tôi hỏi một việc thôi: báo cáo kiểm điểm của cấp ủy trình đại hội phải viết theo tinh thần gì?',
    'van-kien',
  ],
  [
    'offword',
    'Hội phụ huynh đang ầm ĩ chuyện học phí, nhưng việc của tôi là chi bộ: chuẩn bị đại hội phải thành lập những tổ nào?',
    'chuan-bi',
  ],

  // Two-part questions.
  [
    'two-part',
    'Đại hội chi bộ nhà máy nước có mấy nội dung, và cấp ủy phải trình đại hội những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ trực thuộc đại hội trong tháng mấy, còn đại hội điểm thì tổ chức khi nào?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Chuẩn bị đại hội xã cần lập những tổ nào, và chọn nhân sự cấp ủy theo tiêu chuẩn nào?',
    'chuan-bi+nhan-su',
  ],
  [
    'two-part',
    'Đại hội XIV của Đảng họp từ ngày nào, và đại hội đảng bộ các cấp trước đó có thành công không?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Chính quyền địa phương 2 cấp bắt đầu từ bao giờ, và Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII là đại hội gì?',
    'chinh-quyen-2-cap+dai-hoi-quan',
  ],
  [
    'two-part',
    'Tổ chức đại hội phải theo nguyên tắc gì, và báo cáo kiểm điểm của cấp ủy cần những gì?',
    'nguyen-tac+van-kien',
  ],
  [
    'two-part',
    'Chỉ thị về đại hội năm 2024 có mấy phần mấy phụ lục, và sau hội nghị tháng 10/2024 có những thay đổi gì?',
    'chi-thi-35+thay-doi',
  ],
  [
    'two-part',
    'Đảng bộ cơ sở phải đại hội xong trước ngày nào, và 4 nội dung đại hội là gì?',
    'lich-trinh+noi-dung',
  ],
  [
    'two-part',
    'Bà hỏi hai việc: Đại hội Đảng toàn quốc lần này họp khi nào, và chi bộ bao lâu đại hội một lần?',
    'dai-hoi-xiv+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Fw từ nhóm bí thư: "Các đ/c lưu ý tuần sau nộp danh sách đảng viên được tặng quà Tết, ai chưa cập nhật sổ đảng viên thì báo lại, nhóm sẽ họp online tối thứ Năm..." Mình hỏi: đại hội điểm ở đảng bộ cơ sở làm thế nào, và trước đó có phải tổ chức hội nghị quán triệt không?',
    'dai-hoi-diem+chuan-bi',
  ],
  ['two-part', 'đh cb gồm mấy nd 🤔 + bc chính trị phải viết sao ạ', 'noi-dung+van-kien'],

  // Units by type.
  ['unit', 'Chi bộ trực thuộc đảng ủy công ty cấp nước thì đại hội bắt đầu từ tháng mấy?', 'lich-trinh'],
  ['unit', 'Chi bộ cơ sở trường tư thục chúng tôi phải đại hội xong trước ngày nào?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở có phải chờ các chi bộ trực thuộc đại hội xong rồi mới đại hội không?',
    'lich-trinh',
  ],
  ['unit', 'chi bo co so duoc chon lam dai hoi diem vao thoi gian nao', 'dai-hoi-diem'],
  [
    'unit',
    'Đảng ủy công ty cấp nước có 7 chi bộ, mỗi đảng bộ cơ sở phải chọn mấy chi bộ trực thuộc làm đại hội điểm?',
    'dai-hoi-diem',
  ],
  ['unit', 'cb trực thuộc đh xong trong t3/2025 đúng hk ạ 👀', 'lich-trinh'],
  ['unit', 'When did party cells under a grassroots committee hold their congresses?', 'lich-trinh'],
  [
    'unit',
    'Chi bộ cơ sở của trường tư chúng tôi khi đó được bắt đầu đại hội từ tháng mấy năm 2025?',
    'lich-trinh',
  ],
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở khi đại hội có phải bầu đoàn đại biểu dự đại hội cấp trên không?',
    'noi-dung',
  ],

  // Typos and chat shorthand.
  ['typo', 'đại hôi chi bộ gôm mây nội dung vậy', 'noi-dung'],
  ['typo', 'báo cáo kiểm điêm của cấp ủy phải có tính chiến đâu nghĩa là sao hả bot', 'van-kien'],
  ['typo', 'Đại hôị XIV diễn ra ngay nào đên ngày nào', 'dai-hoi-xiv'],
  ['typo', 'thí điêm đại hộ chi bộ 5 năm 1 lần từ bao h vậy', 'chi-bo-5-nam'],
  ['typo', 'chinh quyen dia phuong hai câp chay tu ngay nao', 'chinh-quyen-2-cap'],
  ['typo', 'nguyen tăc tâp trung dan chu khi to chuc dai hoi xa vung cao la gi', 'nguyen-tac'],
  ['typo', 'chuẩn bi đạị hội cần lâp tổ văn kiên không', 'chuan-bi'],
  ['typo', 'kêt quả đại hội các câp nhiêm kỳ 2025-2030 thê nào', 'ket-qua'],
  ['typo', 'bà hỏi về đại hôi đảng bộ quân Hai Bà Trưng lần thứ XXVII nhiêm kỳ 2025-2030', 'dai-hoi-quan'],
  ['typo', 'bc chính trị vs bc kiểm điểm khác nhau sao ạ 🥹', 'van-kien'],
  ['typo', 'đh điểm là j v ạ, sắp tới cb e có phải làm hk 🤔', 'dai-hoi-diem'],
  ['typo', 'giờ cb 5 năm mới đh 1 lần thiệt hả 😮', 'chi-bo-5-nam'],

  // English.
  ['en', 'What are the four items every grassroots party congress had to cover?', 'noi-dung'],
  ['en', 'For my paper: which two reports does a party committee submit to its congress?', 'van-kien'],
  ['en', 'When exactly was the Party 14th National Congress held?', 'dai-hoi-xiv'],
  ['en', 'Since when has Vietnam had two-level local government, without districts?', 'chinh-quyen-2-cap'],
  ['en', 'In your sources, were the 2025-2030 congresses at all levels completed on schedule?', 'ket-qua'],
  ['en', 'What principles must a congress follow, for instance democratic centralism?', 'nguyen-tac'],
  ['en', 'Which teams had to be set up to prepare a grassroots congress?', 'chuan-bi'],
  ['en', 'How did the pilot congress plan work at the grassroots level?', 'dai-hoi-diem'],
  ['en', 'What were the seven requirements of the 2024 Politburo directive on congresses?', 'chi-thi-35'],
  ['en', 'On what basis were candidates for the new party committee chosen?', 'nhan-su'],

  // Facts from the sources.
  [
    'fact',
    'Bà làm y tá 30 năm, vào Đảng đã 40 năm, nay hỏi: Đại hội XIV của Đảng bế mạc ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'fact',
    'Hồi tôi mới vào Đảng chi bộ 5 năm đại hội hai lần, nay thí điểm đổi thành mấy lần?',
    'chi-bo-5-nam',
  ],
  [
    'fact',
    'Chi bộ hưu trí của tôi đại hội, bầu đoàn đại biểu dự đại hội cấp trên là nội dung thứ mấy?',
    'noi-dung',
  ],
  ['fact', 'Chỉ thị về đại hội năm 2024 của Bộ Chính trị nêu bao nhiêu yêu cầu?', 'chi-thi-35'],
  ['fact', 'Từ sau hội nghị quán triệt ngày 23/10/2024 đến nay có những thay đổi gì?', 'thay-doi'],
  [
    'fact',
    'Các đảng bộ, chi bộ cơ sở ở Hai Bà Trưng đại hội tiến tới Đại hội Đảng bộ quận lần thứ mấy?',
    'dai-hoi-quan',
  ],
  [
    'fact',
    'Đảng ủy xã miền núi chúng tôi mới hợp nhất, mô hình chính quyền hai cấp vận hành từ ngày nào?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Xã vùng cao đường xa, hội nghị quán triệt văn bản về đại hội có được kết hợp trực tuyến không?',
    'chuan-bi',
  ],
  ['fact', 'Đảng ủy xã cần lựa chọn, giới thiệu nhân sự cấp ủy theo những quy định nào?', 'nhan-su'],
  ['fact', 'Đại hội ở xã phải bảo đảm những yêu cầu gì, có được tổ chức rình rang không?', 'nguyen-tac'],
  ['fact', 'Kết luận của Bộ Chính trị về kết quả đại hội yêu cầu các đảng ủy xã tiếp tục làm gì?', 'ket-qua'],
  [
    'fact',
    'Fw: "Thông báo: cả nước đã tổ chức xong đại hội đảng bộ các cấp, nay chuẩn bị bầu cử, đề nghị các chi bộ đẩy mạnh tuyên truyền, treo cờ, dán khẩu hiệu..." Hỏi chút thôi: đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030 có đúng là đã xong hết chưa?',
    'ket-qua',
  ],
  [
    'fact',
    '[Tin chuyển tiếp] "Từ 1/7/2025 chính thức bỏ cấp huyện, sắp xếp lại xã, phường, cán bộ nhiều nơi phải đi làm xa hơn, có người phải thuê nhà..." Tôi chỉ hỏi: cấp huyện thôi hoạt động từ ngày nào?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Chỉ thị về đại hội năm 2024 được Ban Tổ chức Trung ương hướng dẫn thực hiện bằng văn bản nào?',
    'chi-thi-35',
  ],

  // Lookalikes: close to the domain, to be refused.
  [
    'lookalike',
    'Công ty cấp nước chuẩn bị đại hội đồng cổ đông thường niên 2026, tài liệu gửi cổ đông gồm những gì?',
    null,
  ],
  ['lookalike', 'Giá nước sinh hoạt bậc thang năm nay bao nhiêu tiền một khối?', null],
  ['lookalike', 'Lịch cắt nước khu vực phường mình tuần này thế nào?', null],
  ['lookalike', 'Hội nghị người lao động của công ty cấp nước phải tổ chức mỗi năm mấy lần?', null],
  ['lookalike', 'Đại hội công đoàn cơ sở công ty cấp nước nhiệm kỳ mới bầu bao nhiêu ủy viên?', null],
  ['lookalike', 'Đồng hồ nước nhà dân bao lâu phải kiểm định lại một lần?', null],
  ['lookalike', 'Chỉ tiêu clo dư trong nước máy bao nhiêu thì đạt chuẩn?', null],
  ['lookalike', 'Báo cáo tài chính năm của công ty cấp nước phải nộp cho cơ quan nào trước ngày nào?', null],
  ['lookalike', 'Tôi tròn 40 năm tuổi Đảng, bao giờ được nhận huy hiệu và có kèm tiền thưởng không?', null],
  [
    'lookalike',
    'Bà bị tai biến nằm một chỗ, chi bộ đến thăm thì đảng viên ốm đau có chế độ hỗ trợ gì?',
    null,
  ],
  ['lookalike', 'Câu lạc bộ điều dưỡng hưu trí phường tôi sắp đại hội, cần chuẩn bị những gì?', null],
  ['lookalike', 'Lương hưu của y tá về hưu năm nay có được điều chỉnh tăng không?', null],
  ['lookalike', 'Huyết áp 160 thì sáng mai có nên đi họp chi bộ không?', null],
  ['lookalike', 'Tôi muốn viết hồi ký 40 năm tuổi Đảng, bot sửa giúp câu chữ được không?', null],
  ['lookalike', 'Đại hội cha mẹ học sinh đầu năm học cần những nội dung gì?', null],
  ['lookalike', 'Hội nghị viên chức, người lao động trường tư thục tổ chức vào tháng mấy?', null],
  ['lookalike', 'Học phí trường tư thục được tăng tối đa bao nhiêu phần trăm một năm?', null],
  ['lookalike', 'Đại hội Liên đội thiếu niên tiền phong trường tôi bầu ban chỉ huy thế nào?', null],
  ['lookalike', 'Kết nạp giáo viên trường tư vào Đảng cần chuẩn bị hồ sơ gì?', null],
  [
    'lookalike',
    'Hội đồng quản trị trường tư thục họp bất thường bầu chủ tịch mới thì cần bao nhiêu thành viên có mặt?',
    null,
  ],
  ['lookalike', 'Lịch nghỉ Tết Nguyên đán 2027 của học sinh Hà Nội thế nào?', null],
  ['lookalike', 'Trường tôi thi giáo viên dạy giỏi cấp trường, tiêu chí đánh giá tiết dạy là gì?', null],
  ['lookalike', 'When does the French Communist Party hold its next congress?', null],
  ['lookalike', 'Can you help me get a research visa to interview commune officials in Vietnam?', null],
  ['lookalike', 'How do I request access to the National Archives Centre III in Hanoi?', null],
  ['lookalike', 'How many delegates attended the last congress of the Lao People Revolutionary Party?', null],
  ['lookalike', 'What did the Party decide at its 6th Congress in 1986, the Doi Moi congress?', null],
  ['lookalike', 'Could you translate chi bộ and đảng ủy cơ sở into French for my article?', null],
  [
    'lookalike',
    'Is there a published dataset of grassroots congress results by province that I can cite?',
    null,
  ],
  ['lookalike', 'What GDP growth target did the National Assembly approve for 2026?', null],
  [
    'lookalike',
    'Who was elected First Secretary at the latest congress of the French Socialist Party?',
    null,
  ],
  ['lookalike', 'Which SIM card should I buy in Hanoi for a three-month fieldwork stay?', null],
  [
    'lookalike',
    '[Chuyển tiếp] THÔNG BÁO KHẨN: Từ tháng tới đảng phí sẽ thu qua ứng dụng ngân hàng, mức mới bằng 1% tổng thu nhập, đồng chí nào chậm sẽ bị nhắc nhở trước chi bộ. Chia sẻ ngay cho các đồng chí! — Cái này có đúng không ạ?',
    null,
  ],
  [
    'lookalike',
    'Fw: "Kính mời quý khách tham dự Hội nghị khách hàng tri ân năm 2026 của Điện lực, có bốc thăm trúng thưởng, tặng quà..." Cho hỏi hội nghị này đăng ký ở đâu?',
    null,
  ],
  [
    'lookalike',
    'Chuyển tiếp từ nhóm Zalo tổ dân phố: "Tối thứ Bảy họp tổ dân phố bầu tổ trưởng mới, mỗi hộ cử một người đi họp, mang theo ghế nhựa..." Vậy tổ trưởng tổ dân phố nhiệm kỳ mấy năm?',
    null,
  ],
  [
    'lookalike',
    'Fw: "Uống nước chanh ấm mỗi sáng chữa khỏi cao huyết áp, bác sĩ đầu ngành khuyên dùng, ai có bố mẹ già thì chia sẻ ngay..." Chuyện này có thật không bot?',
    null,
  ],
  [
    'lookalike',
    '[Chuyển tiếp] "Cơ quan thuế thông báo hoàn thuế thu nhập cá nhân, bấm vào đường link sau và nhập số tài khoản để nhận tiền..." Link này có an toàn không?',
    null,
  ],
  [
    'lookalike',
    'Fw: "Hội Chữ thập đỏ phường tổ chức đại hội nhiệm kỳ mới, đề nghị hội viên đóng góp ủng hộ..." Hội viên cần chuẩn bị gì cho đại hội đó?',
    null,
  ],
  ['lookalike', 'ad ơi bot có chế độ dark mode hk 🌚', null],
  ['lookalike', 'đại hội fan club tháng sau ở Mỹ Đình đặt vé ở đâu ạ 😍', null],
  ['lookalike', 'team cb mình định đi team building sau đại hội, Sa Pa hay Hạ Long ok hơn 🤣', null],
  ['lookalike', 'đại hội Đoàn trường mình cần mấy báo cáo z 😅', null],
  ['lookalike', 'check giúp e tk ngân hàng của chi bộ còn bao nhiêu tiền 💸', null],
  ['lookalike', 'bot ơi làm bài thơ chúc mừng đại hội chi bộ thành công đi 🎉', null],
  ['lookalike', 'e mới lên bí thư chi bộ, phụ cấp bí thư được bnh 1 tháng vậy 🥲', null],
  ['lookalike', 'Ngày 19/1/2026 là ngày bao nhiêu âm lịch?', null],
  ['lookalike', 'Từ ngày 14/4/2025 đến hôm nay là bao nhiêu ngày?', null],
  [
    'lookalike',
    'Cháu tôi hỏi đại hội võ lâm anh hùng trong truyện chưởng Kim Dung tổ chức ở chùa nào?',
    null,
  ],
  [
    'lookalike',
    'Công ty cấp nước cử công nhân đi thi Đại hội Thể dục thể thao toàn quốc lần thứ X, giải đó tổ chức ở tỉnh nào?',
    null,
  ],
  ['lookalike', 'Kỳ họp thứ nhất HĐND xã khóa mới bầu Chủ tịch UBND xã như thế nào?', null],
  [
    'lookalike',
    'Bà 40 năm tuổi Đảng muốn đi bầu sớm, cuộc bầu cử đại biểu Quốc hội khóa XVI là ngày nào?',
    null,
  ],
  ['lookalike', 'Đại hội XV của Đảng dự kiến tổ chức vào năm nào?', null],
  ['lookalike', 'Đảng Cộng sản Trung Quốc tổ chức đại hội lần thứ 21 vào năm nào?', null],
  ['lookalike', 'Đại hội Mặt trận Tổ quốc xã sau sáp nhập tổ chức khi nào?', null],
  ['lookalike', 'Bỏ cấp huyện rồi thì trường THCS của huyện cũ giờ do ai quản lý?', null],
  ['lookalike', 'Đảng viên sinh con thứ ba có bị kỷ luật không?', null],
  ['lookalike', 'Đảng viên đi du lịch nước ngoài có phải báo cáo chi bộ không?', null],
  ['lookalike', 'Sổ tay đảng viên điện tử đăng nhập bị lỗi thì làm sao?', null],
  ['lookalike', 'Cách bật phụ đề khi họp trực tuyến trên Zoom cho các đảng viên lớn tuổi?', null],
  ['lookalike', 'Soạn giúp tôi diễn văn khai mạc đại hội chi bộ dài khoảng hai trang', null],
  ['lookalike', 'Đảng viên muốn được xếp loại hoàn thành xuất sắc nhiệm vụ cuối năm cần điều kiện gì?', null],
  ['lookalike', 'Bí thư đảng ủy xã nơi tôi ở hiện nay là ai?', null],
  ['lookalike', 'Đại hội Hội Nông dân xã năm nay có phải làm báo cáo chính trị không?', null],
  ['lookalike', 'Hội nghị Trung ương lần nào bàn về cải cách tiền lương?', null],
  ['lookalike', 'Bot này có phải do Ban Tổ chức Trung ương làm ra không?', null],
  ['lookalike', 'chào bot buổi sáng, chúc bot một ngày làm việc vui vẻ nha 🌞', null],
  ['lookalike', 'Phiếu bầu ở đại hội chi bộ gạch quá số người cần bầu thì có hợp lệ không?', null],
  [
    'lookalike',
    'Sau khi bỏ quận, tòa nhà số 33 Đại Cồ Việt giờ là trụ sở của cơ quan nào, mở cửa mấy giờ?',
    null,
  ],
  ['lookalike', 'Sau sáp nhập, đồng chí Trần Quyết Thắng ở bài báo năm 2024 hiện giữ chức vụ gì?', null],
  ['lookalike', 'Chủ tịch UBND xã mới có bắt buộc phải là người địa phương không?', null],
  ['lookalike', 'Quý I năm 2027 có bao nhiêu ngày làm việc?', null],
  ['lookalike', 'Quận Hai Bà Trưng cũ giờ được chia thành những phường nào?', null],
];

export const NEWSET38: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
