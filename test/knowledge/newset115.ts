/**
 * The hundred-and-fifteenth new evaluation set (issue 11, point 6), written on 2026-12-04 from
 * 21:12 UTC (committed in the commit "Eval: newset115, the hundred-and-fifteenth unseen set") by a
 * helper (set115) that never saw the engine. It was written from ../shared/sources/ (the conference
 * article of 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of
 * ../shared/STYLE.md, ../helpers/COMMON.md, and from the pack only what
 * `node /work/helpers/pack-view.mjs` prints: the documents' ids, numbers, dates, titles/abouts,
 * issuers and statuses, the unit types' codes and names, and each topic's id, title and body
 * (config/ itself was not opened, so no sample questions, keywords, synonyms, evidence or off-topic
 * lists were seen). Also read: the header of newset35.ts (the lines before `const items`) and its
 * export line, the part of newset.ts before `const items`, newset35.test.ts, set-shape.ts,
 * set-checks.ts and sets.ts. Nothing under src/, bench/ or config/, no README, no git log, diff or
 * show, and no other set's or pool's items (newset114.ts included) were read. Its users are
 * imagined as the secretary of a cell at a state-owned printing house, a member who is a pharmacist
 * at a district-level hospital that no longer has a district, a member who coaches a youth football
 * team, a Russian student writing in English, and a member who writes tersely like text messages;
 * with the out-of-scope messages such users send (other organisations' congresses and meetings: a
 * printing company's shareholders' meeting, workers' and civil servants' conferences, the printing
 * house's trade union congress, the provincial pharmacists' association, a hospital drugs and
 * therapy council, the football federation's congress, the ward Youth Union, veterans' and women's
 * associations, the Red Cross, the Fatherland Front, a Catholic congress, the Russian Communist
 * Party's and United Russia's congresses, the Soviet party's 20th congress, an ASEAN summit; other
 * senses of "đại hội" and "hội nghị": sports games and the Phù Đổng games, a class reunion, a
 * pharmacy science conference, a customer conference, a student conference, a parents' meeting;
 * party business the pack does not cover: admission, dues, annual grading, monthly cell meetings,
 * transfers, lost party cards, badges, discipline, travel abroad, the latest Central Committee
 * plenum, who holds a post; the users' own work and daily life mixed with congress words: print
 * orders, paper prices, press maintenance, ISO audits, pharmacist licences, drug recalls and
 * tenders, pay scales, a new seal after the merger, youth football registration, tactics, first aid,
 * coaching courses, referees' pay, a works football match, ballots printed for a ward, weddings and
 * year-end parties; a student's visa, scholarships, language exams, residence registration, Tết,
 * restaurants and history; People's Council elections; weather, fuel prices and the bot itself).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset115.test.ts), biome and tsc ran. Do not edit an item after its
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
 * No engine change reached main after its writer began (21:12 UTC): it was measured on the engine
 * as it stood when it landed (8c836b4's, with newset115 to newset118 added). It was measured once,
 * at 21:21 UTC on main b1dba7a (`node --expose-gc dist/bench/qa.js`, load 5.66): qa_new_top1 99.4
 * %, qa_new_oos_refused 98.5 % (1 in-scope miss, 1 lookalike answered; qa_p99_us 338.7 in that
 * run, p50 76.9). Its misses were listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // doc: every pack document by number, in several spellings
  ['doc', 'Chỉ thị số 45-CT/TW ngày 14/4/2025 còn hiệu lực không đồng chí?', 'doc:ct-45-2025'],
  ['doc', 'ct45 ban hanh ngay nao', 'doc:ct-45-2025'],
  [
    'doc',
    'Our printing house cell asks: which documents did Directive 45-CT/TW take the place of?',
    'doc:ct-45-2025',
  ],
  ['doc', 'van ban 45-CT/TW cua ai ky', 'doc:ct-45-2025'],
  ['doc', 'Chỉ thị 35-CT/TW năm 2024 bây giờ còn áp dụng ở nhà in chúng tôi không?', 'doc:ct-35-2024'],
  ['doc', 'chi thi so 35 ct tw 14/6/2024 da bi thay chua', 'doc:ct-35-2024'],
  ['doc', 'Is Directive 35 of June 2024 still valid?', 'doc:ct-35-2024'],
  ['doc', 'ct35 nam 2024 thay bang cai gi', 'doc:ct-35-2024'],
  ['doc', 'Chỉ thị 35-CT/TW ngày 30/5/2019 là chỉ thị gì?', 'doc:ct-35-2019'],
  ['doc', 'ct35 nam 2019 cho nhiem ky truoc ha', 'doc:ct-35-2019'],
  [
    'doc',
    'My teacher mentioned Directive 35-CT/TW from May 2019, is it the same as the 2024 one?',
    'doc:ct-35-2019',
  ],
  ['doc', 'Kết luận 118-KL/TW điều chỉnh văn bản nào?', 'doc:kl-118-2025'],
  ['doc', 'kl118 gio con xai dc ko ad', 'doc:kl-118-2025'],
  ['doc', 'For my thesis: Conclusion 118 of January 2025, which body signed it?', 'doc:kl-118-2025'],
  ['doc', 'ket luan so 118 ngay 18/1/2025 la gi', 'doc:kl-118-2025'],
  ['doc', 'Kết luận số 200-KL/TW nói gì về đại hội các cấp?', 'doc:kl-200-2025'],
  ['doc', 'kl200 ra ngay nao vay', 'doc:kl-200-2025'],
  ['doc', 'Conclusion 200-KL/TW of October 2025: what does it say?', 'doc:kl-200-2025'],
  ['doc', 'Chi bộ khoa dược cần biết Hướng dẫn 27-HD/BTCTW hướng dẫn văn bản nào', 'doc:hd-27-2024'],
  ['doc', 'hd27 btctw ngay 26/8/2024', 'doc:hd-27-2024'],
  [
    'doc',
    'Guidance 27-HD/BTCTW: is its content confirmed, and what is its status in your sources?',
    'doc:hd-27-2024',
  ],
  [
    'doc',
    'Bí thư chi bộ nhà in hỏi: Hướng dẫn số 18-HD/BTCTU có ngày ban hành là bao giờ?',
    'doc:hd-18-2024',
  ],
  ['doc', 'hd18 thanh uy ha noi', 'doc:hd-18-2024'],
  ['doc', 'Guidance 18-HD/BTCTU of the Hanoi committee board?', 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch 258-KH/TU của Thành ủy Hà Nội là gì?', 'doc:kh-258-2024'],
  ['doc', 'kh258 tu ngay 15/7/2024', 'doc:kh-258-2024'],
  ['doc', 'Plan 258-KH/TU of the Hanoi Party Committee, its date?', 'doc:kh-258-2024'],
  [
    'doc',
    'Kế hoạch số 203-KH/QU ngày 29/7/2024 giờ không còn quận thì tình trạng ra sao?',
    'doc:kh-203-2024',
  ],
  ['doc', 'kh203 quan uy con dung dc ko khi ko con quan', 'doc:kh-203-2024'],
  ['doc', 'Plan 203-KH/QU of Hai Ba Trung district, what is it?', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW ngày 19/5/2018 nói về gì?', 'doc:nq-26-2018'],
  ['doc', 'nq26 nam 2018 cua bch tw khoa 12', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26-NQ/TW of 2018, who adopted it?', 'doc:nq-26-2018'],
  ['doc', 'Chi bộ nhà in còn lấy Quy định 89-QĐ/TW làm tiêu chuẩn cán bộ được không?', 'doc:qd-89-2017'],
  ['doc', 'qd89 nam 2017 bi thay boi cai nao', 'doc:qd-89-2017'],
  ['doc', 'Regulation 89-QĐ/TW of 2017: is it superseded?', 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365-QĐ/TW về tiêu chuẩn chức danh cán bộ do cơ quan nào ban hành?', 'doc:qd-365-2025'],
  ['doc', 'qd365 ra ngay nao v', 'doc:qd-365-2025'],
  [
    'doc',
    'In my course we read about Regulation 365 on cadre standards: which regulation did it replace?',
    'doc:qd-365-2025',
  ],
  ['doc', 'Quy định 14-QĐ/TU ngày 06/11/2023 của Ban Thường vụ Thành ủy là gì?', 'doc:qd-14-2023'],
  ['doc', 'qd14 tu tieu chi danh gia can bo', 'doc:qd-14-2023'],
  ['doc', 'Regulation 14-QĐ/TU of Hanoi standing board?', 'doc:qd-14-2023'],
  ['doc', 'Quy định 2656-QĐ/QU của Ban Thường vụ Quận ủy nói gì?', 'doc:qd-2656-2023'],
  ['doc', 'qd2656 ngay 13/11/2023', 'doc:qd-2656-2023'],
  ['doc', 'Regulation 2656-QĐ/QU, what is it about?', 'doc:qd-2656-2023'],
  [
    'doc',
    'Quy định số 1216-QĐ/QU của Quận ủy Hai Bà Trưng về quy hoạch cán bộ còn giá trị không?',
    'doc:qd-1216-2022',
  ],
  ['doc', 'qd1216 quy hoach can bo quan', 'doc:qd-1216-2022'],
  [
    'doc',
    'Regulation 1216 of the district standing board on cadre planning: when was it issued?',
    'doc:qd-1216-2022',
  ],
  ['doc', 'Quy định 294-QĐ/TW thí điểm đại hội chi bộ bắt đầu có hiệu lực hôm nào?', 'doc:qd-294-2025'],
  ['doc', 'qd294 thi diem dh chi bo', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294-QĐ/TW of May 2025: what does it pilot?', 'doc:qd-294-2025'],
  ['doc', 'Hướng dẫn 26-HD/BTCTW tháng 10/2019 bot có dùng quy định của nó không?', 'doc:hd-26-2019'],
  ['doc', 'hd26 nam 2019 con dung ko', 'doc:hd-26-2019'],
  [
    'doc',
    'A Russian student asks: Guidance 26-HD/BTCTW issued in 2019 belongs to which term and which directive?',
    'doc:hd-26-2019',
  ],
  // unknown-doc: documents the pack does not hold
  [
    'unknown-doc',
    'Nghị quyết 57-NQ/TW về khoa học công nghệ có áp dụng cho đại hội chi bộ không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'quy dinh 144-QD/TW ve chuan muc dao duc la gi', 'unknown-doc'],
  [
    'unknown-doc',
    'Chi bộ nhà in cần Hướng dẫn 06-HD/TW về nghiệp vụ đảng viên, bot có không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'kl121 ve sap xep bo may co lien quan dai hoi ko', 'unknown-doc'],
  [
    'unknown-doc',
    'I read about Resolution 66-NQ/TW on lawmaking; does it change how cells hold congresses?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Quy định 232-QĐ/TW về bầu cử trong Đảng hướng dẫn bầu đoàn đại biểu ra sao?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kế hoạch 47-KH/TW của Bộ Chính trị về đại hội ra sao?', 'unknown-doc'],
  ['unknown-doc', 'thong tu 03/2025/TT-BYT ve thuoc co nhac den dai hoi dang ko', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 127-KL/TW nói gì về việc tổ chức đại hội?', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị quyết 68-NQ/TW về kinh tế tư nhân có phải trình đại hội chi bộ nhà in không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'cv 9876-CV/BTCTW ve ho so nhan su o dau', 'unknown-doc'],
  ['unknown-doc', 'Is there a Directive 42-CT/TW on congresses? What does it say?', 'unknown-doc'],
  [
    'unknown-doc',
    'Khoa dược hỏi Quy định 24-QĐ/TW thi hành Điều lệ Đảng ghi gì về nhiệm kỳ chi bộ?',
    'unknown-doc',
  ],
  ['unknown-doc', 'hd 12-HD/BTCTW ve quy trinh nhan su dh la gi', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 36-CT/TW có liên quan gì tới đại hội đảng bộ không?', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 21-NQ/TW về tổ chức cơ sở đảng có nội dung gì?', 'unknown-doc'],
  // fact: each topic asked plainly
  ['fact', 'Đại hội chi bộ nhà in chúng tôi phải làm mấy nội dung?', 'noi-dung'],
  ['fact', 'Đại hội chi bộ nhà in có phải bầu người đi dự đại hội cấp trên không?', 'noi-dung'],
  ['fact', 'Cấp ủy trình đại hội những báo cáo nào?', 'van-kien'],
  ['fact', 'Báo cáo kiểm điểm của cấp ủy phải viết theo yêu cầu gì?', 'van-kien'],
  ['fact', 'Khoa dược viết báo cáo chính trị của chi bộ thì phải đánh giá những mặt nào?', 'van-kien'],
  ['fact', 'Chuẩn bị đại hội phải thành lập những tổ nào?', 'chuan-bi'],
  ['fact', 'Hội nghị quán triệt văn bản đại hội có được họp trực tuyến không?', 'chuan-bi'],
  ['fact', 'Tổ chức đại hội phải theo nguyên tắc gì?', 'nguyen-tac'],
  ['fact', 'Đại hội có được tổ chức phô trương, tốn kém không?', 'nguyen-tac'],
  ['fact', 'Chi bộ trực thuộc với đảng bộ cơ sở, bên nào tổ chức đại hội trước?', 'lich-trinh'],
  ['fact', 'Lịch đại hội theo từng loại tổ chức đảng thế nào?', 'lich-trinh'],
  ['fact', 'Đại hội điểm được tổ chức khi nào?', 'dai-hoi-diem'],
  ['fact', 'Đảng bộ cơ sở được chọn bao nhiêu chi bộ trực thuộc để làm đại hội điểm?', 'dai-hoi-diem'],
  ['fact', 'Giới thiệu nhân sự cấp ủy khóa mới dựa vào những quy định nào?', 'nhan-su'],
  ['fact', 'Trước đại hội cấp ủy có cần rà soát, bổ sung quy hoạch cán bộ nhà in không?', 'nhan-su'],
  ['fact', 'Đại hội các chi bộ hồi đó tiến tới Đại hội Đảng bộ quận lần thứ mấy?', 'dai-hoi-quan'],
  [
    'fact',
    'Chỉ thị về đại hội của Bộ Chính trị ra tháng 6/2024 gồm những phần và phụ lục nào?',
    'chi-thi-35',
  ],
  ['fact', 'Bảy yêu cầu của chỉ thị về đại hội năm 2024 là gì?', 'chi-thi-35'],
  ['fact', 'Từ sau hội nghị quán triệt tháng 10/2024 đến nay có gì thay đổi?', 'thay-doi'],
  [
    'fact',
    'Bệnh viện chúng tôi mất cấp huyện từ hôm nào, tức là chính quyền 2 cấp chạy từ ngày nào?',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'Số đảng bộ cấp huyện ở Hà Nội dừng hoạt động ngày 01/7/2025 là bao nhiêu?', 'chinh-quyen-2-cap'],
  ['fact', 'Bây giờ chi bộ mấy năm đại hội một lần?', 'chi-bo-5-nam'],
  ['fact', 'Đại hội toàn quốc lần thứ XIV của Đảng khai mạc và bế mạc ngày nào?', 'dai-hoi-xiv'],
  ['fact', 'Bot lấy thông tin đại hội từ những văn bản nào, liệt kê giúp chi bộ nhà in', 'tai-lieu'],
  ['fact', 'Đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030 đã xong chưa, kết quả thế nào?', 'ket-qua'],
  // unit: each unit type
  ['unit', 'Chi bộ trực thuộc đảng ủy cơ sở đại hội vào tháng nào?', 'lich-trinh'],
  ['unit', 'Chi bộ cơ sở như khoa dược bệnh viện phải đại hội xong trước ngày nào?', 'lich-trinh'],
  ['unit', 'Đảng bộ cơ sở phải đợi chi bộ trực thuộc đại hội xong rồi mới đại hội à?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở của nhà in phải chọn chi bộ nào làm đại hội điểm, trong tháng mấy?',
    'dai-hoi-diem',
  ],
  ['unit', 'Chi bộ cơ sở được Ban Thường vụ chọn làm đại hội điểm thì làm vào lúc nào?', 'dai-hoi-diem'],
  ['unit', 'Đại hội chi bộ trực thuộc có phải bầu đoàn đại biểu không?', 'noi-dung'],
  ['unit', 'Chi bộ cơ sở ở bệnh viện trình đại hội những báo cáo nào?', 'van-kien'],
  ['unit', 'Đảng bộ cơ sở chuẩn bị đại hội cần lập tổ văn kiện không?', 'chuan-bi'],
  ['unit', 'Chi bộ trực thuộc đảng ủy cơ sở chuẩn bị đại hội cần làm những việc gì?', 'chuan-bi'],
  // offword: in-scope questions with off-topic words
  ['offword', 'Tôi là dược sĩ, trực kho thuốc cả tuần, cho hỏi đại hội chi bộ có mấy nội dung?', 'noi-dung'],
  [
    'offword',
    'Chiều nay phải dẫn đội bóng U11 đi đá giao hữu, hỏi nhanh: báo cáo chính trị là báo cáo gì?',
    'van-kien',
  ],
  [
    'offword',
    'Máy in offset đang hỏng, trong lúc chờ thợ cho tôi hỏi chuẩn bị đại hội chi bộ gồm những việc gì',
    'chuan-bi',
  ],
  [
    'offword',
    'Bệnh viện huyện nay thành trung tâm y tế, chi bộ khoa dược đại hội theo lịch nào?',
    'lich-trinh',
  ],
  ['offword', 'Trời mưa to quá, nhân tiện cho hỏi đại hội phải chống lãng phí thế nào', 'nguyen-tac'],
  ['offword', 'Vợ tôi hỏi sao tối nào cũng họp, đại hội chi bộ có những nội dung gì vậy?', 'noi-dung'],
  ['offword', 'Mới in xong lô sách giáo khoa, giờ hỏi: báo cáo kiểm điểm cấp ủy viết thế nào?', 'van-kien'],
  [
    'offword',
    'Đội bóng thiếu niên của tôi vừa thắng, vui quá, mà đại hội XIV của Đảng họp ngày nào nhỉ?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Giá thuốc kháng sinh tăng, tôi đang bận, cho hỏi cấp huyện còn không từ tháng 7/2025?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Ca đêm ở nhà in mệt lắm, chỉ hỏi: chi bộ giờ đại hội 5 năm một lần hay hai lần?',
    'chi-bo-5-nam',
  ],
  ['offword', 'Sau trận tập chiều nay, cho tôi hỏi đại hội điểm do ai chọn?', 'dai-hoi-diem'],
  [
    'offword',
    'Đang xếp hàng lấy thuốc cho mẹ, cho hỏi lựa chọn nhân sự cấp ủy theo nghị quyết nào',
    'nhan-su',
  ],
  [
    'offword',
    'Cháu tôi học tiếng Nga, còn tôi muốn biết đại hội các cấp nhiệm kỳ này kết thúc chưa',
    'ket-qua',
  ],
  ['offword', 'Mực in hết rồi, ai biết có những thay đổi gì sau hội nghị 23/10/2024 không', 'thay-doi'],
  // two-part
  ['two-part', 'Đại hội có mấy nội dung và cấp ủy trình những báo cáo nào?', 'noi-dung+van-kien'],
  ['two-part', 'Chi bộ trực thuộc đại hội khi nào, và đại hội điểm làm lúc nào?', 'lich-trinh+dai-hoi-diem'],
  [
    'two-part',
    'Cần lập những tổ nào để chuẩn bị đại hội, và nhân sự cấp ủy chọn theo quy định nào?',
    'chuan-bi+nhan-su',
  ],
  [
    'two-part',
    'Đại hội XIV diễn ra những ngày nào, và đại hội đảng bộ các cấp đã tổ chức thành công chưa?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Cấp huyện bỏ từ bao giờ, rồi chi bộ giờ mấy năm đại hội một lần?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  ['two-part', 'Nguyên tắc tổ chức đại hội là gì, và chuẩn bị gồm những việc gì?', 'nguyen-tac+chuan-bi'],
  [
    'two-part',
    'As a coach I am curious: what items does a cell congress cover, and on which dates did the 14th National Congress meet?',
    'noi-dung+dai-hoi-xiv',
  ],
  ['two-part', 'dh co may nd + bcct la gi', 'noi-dung+van-kien'],
  ['two-part', 'Chỉ thị năm 2024 có mấy phần, và từ đó đến nay đã thay đổi những gì?', 'chi-thi-35+thay-doi'],
  [
    'two-part',
    'Đại hội Đảng bộ quận lần thứ XXVII là gì, và quận giờ còn không?',
    'dai-hoi-quan+chinh-quyen-2-cap',
  ],
  // typo and abbreviations, terse like text messages
  ['typo', 'dh cb co may nd', 'noi-dung'],
  ['typo', 'bc kiem diem cu phai tu phe binh ha', 'van-kien'],
  ['typo', 'chuan bi dh lap to nhan su to van kien ak', 'chuan-bi'],
  ['typo', 'dh phai dam bao tap trung dan chu dung k', 'nguyen-tac'],
  ['typo', 'cb truc thuoc dh thang may', 'lich-trinh'],
  ['typo', 'dh diem thang 12/2024 la cua ai', 'dai-hoi-diem'],
  ['typo', 'nhan su cap uy khoa moi theo tieu chuan j', 'nhan-su'],
  ['typo', 'thoi gian đaị hoi chi bô co so', 'lich-trinh'],
  ['typo', 'cq 2 cap chay tu ngay nao vay', 'chinh-quyen-2-cap'],
  ['typo', 'cb 5 nam dh 1 lan dung ko', 'chi-bo-5-nam'],
  ['typo', 'dhxiv hop ngay may', 'dai-hoi-xiv'],
  ['typo', 'dh cac cap nk 25-30 xong het r ha', 'ket-qua'],
  ['typo', 'đại hộii chi bộ bầu nhũng gì', 'noi-dung'],
  ['typo', 'bao cao chinh tri la bc trung tam phai ko', 'van-kien'],
  // en
  ['en', 'What must a party cell congress cover in the 2025-2030 term?', 'noi-dung'],
  ['en', 'Which two reports must the outgoing committee present at the congress?', 'van-kien'],
  ['en', 'How should a party organisation prepare for its congress?', 'chuan-bi'],
  ['en', 'In which months did cells under a grassroots party committee hold their congresses?', 'lich-trinh'],
  ['en', 'What is a pilot congress (đại hội điểm) and when did they take place?', 'dai-hoi-diem'],
  ['en', 'By which rules are new committee members chosen?', 'nhan-su'],
  ['en', 'Why are there no district party committees in Hanoi anymore?', 'chinh-quyen-2-cap'],
  ['en', 'Do party cells still hold a congress twice in five years, or only once now?', 'chi-bo-5-nam'],
  ['en', 'I study in Hanoi and I want to know: what happened since the October 2024 conference?', 'thay-doi'],
  ['en', 'Did the congresses at all levels for the 2025-2030 term finish on schedule?', 'ket-qua'],
  ['en', 'What principles must the congress follow, for example democratic centralism?', 'nguyen-tac'],
  ['en', 'Please list the documents that your answers about congresses are based on', 'tai-lieu'],
  // lookalike: out of scope
  [
    'lookalike',
    'Nhà in chúng tôi nhận in phiếu bầu cho đại hội phường, báo giá giấy bao nhiêu một ram?',
    null,
  ],
  [
    'lookalike',
    'Đại hội đồng cổ đông thường niên của công ty in cổ phần phải triệu tập trước bao nhiêu ngày?',
    null,
  ],
  ['lookalike', 'Hội nghị người lao động nhà in năm nay bàn về tiền thưởng Tết thế nào?', null],
  ['lookalike', 'Đại hội công đoàn cơ sở nhà in nhiệm kỳ mới bầu ban chấp hành mấy người?', null],
  ['lookalike', 'Máy in Heidelberg bảo dưỡng định kỳ mấy tháng một lần?', null],
  ['lookalike', 'Chi bộ nhà in muốn kết nạp một thợ máy trẻ vào Đảng thì hồ sơ gồm những gì?', null],
  ['lookalike', 'Mức đóng đảng phí của đảng viên hưởng lương ở doanh nghiệp nhà nước là bao nhiêu?', null],
  ['lookalike', 'Đánh giá xếp loại chất lượng đảng viên cuối năm ở chi bộ nhà in làm thế nào?', null],
  ['lookalike', 'Chứng nhận ISO của nhà in sắp hết hạn, đánh giá lại cần chuẩn bị gì?', null],
  ['lookalike', 'Họp chi bộ thường kỳ hằng tháng ở nhà in nên chọn chuyên đề gì?', null],
  ['lookalike', 'Chứng chỉ hành nghề dược của tôi có phải gia hạn không?', null],
  ['lookalike', 'Hội đồng thuốc và điều trị ở trung tâm y tế khu vực bao lâu họp một lần?', null],
  ['lookalike', 'Đại hội Hội Dược học tỉnh nhiệm kỳ mới tổ chức khi nào?', null],
  ['lookalike', 'Hội nghị khoa học dược lâm sàng năm nay nộp bài ở đâu?', null],
  ['lookalike', 'Thuốc bị thu hồi lô sản xuất thì khoa dược xử lý thế nào?', null],
  ['lookalike', 'Bệnh viện huyện giờ không còn huyện thì đổi con dấu khoa dược ra sao?', null],
  ['lookalike', 'Đấu thầu thuốc năm nay ở trung tâm y tế khu vực làm theo thông tư nào?', null],
  ['lookalike', 'Chuyển sinh hoạt đảng từ bệnh viện cũ sang trung tâm y tế mới làm thủ tục gì?', null],
  ['lookalike', 'Lương dược sĩ hạng III ở bệnh viện công năm 2026 là bao nhiêu?', null],
  ['lookalike', 'Hội nghị viên chức bệnh viện đầu năm có phải bầu ban thanh tra nhân dân không?', null],
  ['lookalike', 'Đội bóng U13 của tôi muốn đăng ký giải bóng đá thiếu niên thành phố thì làm sao?', null],
  ['lookalike', 'Đại hội Thể dục thể thao cấp phường năm nay có môn bóng đá không?', null],
  ['lookalike', 'Đại hội Liên đoàn Bóng đá Việt Nam khóa mới bầu chủ tịch là ai?', null],
  ['lookalike', 'Sơ đồ 4-3-3 cho đội bóng thiếu niên có hợp lý không?', null],
  ['lookalike', 'Lịch thi đấu SEA Games môn bóng đá nam thế nào?', null],
  ['lookalike', 'Học trò đội bóng của tôi bị bong gân thì sơ cứu ra sao?', null],
  ['lookalike', 'Khóa học huấn luyện viên bằng C của AFC học ở đâu?', null],
  [
    'lookalike',
    'Đại hội Đoàn phường năm nay bao giờ tổ chức, đội bóng thanh niên có được tham gia không?',
    null,
  ],
  ['lookalike', 'Hội khỏe Phù Đổng cấp thành phố năm nay tổ chức ở đâu?', null],
  ['lookalike', 'Trọng tài bóng đá phong trào ở phường được trả bao nhiêu một trận?', null],
  ['lookalike', 'My friends in Moscow ask when the KPRF will hold its next party congress', null],
  ['lookalike', 'What was decided at the 20th Congress of the Soviet Communist Party?', null],
  ['lookalike', 'How do I extend my student visa in Vietnam?', null],
  ['lookalike', 'Is there a Vietnamese government scholarship for Russian students?', null],
  ['lookalike', 'When is the congress of the United Russia party this year?', null],
  ['lookalike', 'Where can I take the Vietnamese language proficiency exam in Hanoi?', null],
  ['lookalike', 'What do Vietnamese people do during Tet, can a foreigner visit a family?', null],
  ['lookalike', 'Can you recommend a good pho restaurant near Hanoi University?', null],
  ['lookalike', 'What is the history of Soviet-Vietnamese friendship since 1950?', null],
  ['lookalike', 'How do I register my temporary residence as a foreign student?', null],
  ['lookalike', 'Where is the student conference on international relations held this spring?', null],
  ['lookalike', 'mai troi mua ko', null],
  ['lookalike', 'gia xang hom nay bn', null],
  ['lookalike', 'dh lop 12 cuoi tuan nay o dau', null],
  ['lookalike', 'toi nay da bong may h', null],
  ['lookalike', 'dang phi thang nay nop cho ai', null],
  ['lookalike', 'the dang bi mat lam lai sao', null],
  ['lookalike', 'hop phu huynh cuoi ky may h', null],
  ['lookalike', 'Đại hội Hội Cựu chiến binh phường bao giờ tổ chức?', null],
  ['lookalike', 'Đại hội Hội Liên hiệp Phụ nữ xã nhiệm kỳ mới có mấy nội dung?', null],
  ['lookalike', 'Hội nghị khách hàng cuối năm của nhà in nên tặng quà gì?', null],
  ['lookalike', 'Bầu cử đại biểu Hội đồng nhân dân xã diễn ra ngày nào?', null],
  ['lookalike', 'Bố tôi 40 năm tuổi đảng, chi bộ nhà in có làm lễ trao huy hiệu không?', null],
  ['lookalike', 'Đại hội đại biểu toàn quốc Mặt trận Tổ quốc lần gần nhất tổ chức khi nào?', null],
  ['lookalike', 'Đám cưới con gái tôi mời cả chi bộ, đặt cỗ bao nhiêu mâm là vừa?', null],
  ['lookalike', 'Tiệc tất niên của chi bộ nên đặt nhà hàng nào gần hồ Thiền Quang?', null],
  ['lookalike', 'Hội nghị Ban Chấp hành Trung ương gần nhất bàn về vấn đề gì?', null],
  ['lookalike', 'Kỷ luật cảnh cáo đảng viên vi phạm an toàn giao thông xử lý thế nào?', null],
  ['lookalike', 'Đảng viên đi nước ngoài học tập có phải xin phép chi bộ không?', null],
  ['lookalike', 'Ai là bí thư đảng ủy phường mới sau sáp nhập?', null],
  ['lookalike', 'con bot nay ai lap trinh vay', null],
  ['lookalike', 'Giải bóng đá công nhân viên chức nhà in với bệnh viện tổ chức khi nào?', null],
  ['lookalike', 'Đại hội Hội Chữ thập đỏ phường cần chuẩn bị báo cáo gì?', null],
  ['lookalike', 'Đại hội Công giáo toàn quốc lần tới họp ở đâu?', null],
  ['lookalike', 'Hội nghị cấp cao ASEAN lần tới họp ở thủ đô nào?', null],
];

export const NEWSET115: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
