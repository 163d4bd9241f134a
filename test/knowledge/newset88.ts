/**
 * The eighty-eighth new evaluation set (issue 11, point 6), written on 2026-12-04 from 05:11 UTC
 * (committed in the commit "Eval: newset88, the eighty-eighth unseen set") by a helper (set88) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before its `const items`) and its last line, the part of newset.ts before
 * `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under src/,
 * bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items were
 * read. Its users are imagined as the secretary of the party cell of a ward's cultural house (nhà
 * văn hóa), a member who is a farmer growing vegetables, a member of the grassroots committee of a
 * state-owned construction corporation, a Dutch volunteer who writes in English, and a member who
 * compares everything with the previous 2020 term; with the out-of-scope messages such users send
 * (other organisations' congresses and meetings: a cooperative's members' congress, the Farmers'
 * Union, the Red Cross, the Study Promotion Association, ethnic minorities' congress, an NGO's
 * annual general meeting, a Dutch party's congress; other senses of "đại hội" and "hội nghị":
 * field-side farming meetings, works acceptance meetings, project reviews, dialogue meetings on
 * land clearance, investment promotion, the consultative meetings for National Assembly elections,
 * the martial-arts "đại hội võ lâm" of novels, the Geneva conference of 1954, "ĐH" read as a
 * university; other party business the pack does not cover: temporary membership while working
 * abroad, probationary members becoming full members, sponsors for admission, dues in a bad
 * harvest, reports on travel abroad, a corporation's committee after equitisation, its inspection
 * board, its resolutions on bidding, the cell's newspaper subscriptions, the 13th Congress's
 * length and breakthroughs, the district's 26th congress, women's share of committees; people in
 * posts and the number of delegates; the trappings and costs of a congress (banners, a cultural
 * show, allowances, ballot colours, a trip after it); the cultural house's own business (hall
 * hire, karaoke speakers, dance classes, books, mid-autumn cakes, the cultural-family title, wifi);
 * farming (VietGAP, pesticides, irrigation, vegetable prices, loans, awards); building work
 * (certificates, accident insurance, salaries); addresses and phone numbers; government services;
 * the bot itself and the party-member handbook app; a Dutch volunteer's life in Hanoi).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset88.test.ts), biome and tsc ran. Do not edit an item after its
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
 * Engine changes reached main after its commit: fa839dc (absent phrases for newset87's classes);
 * its writer saw none of them. It was measured once, at 05:27 UTC on main fa839dc (`node
 * --expose-gc dist/bench/qa.js`, load 0.00): qa_new_top1 99.3 %, qa_new_oos_refused 98.6 % (1
 * in-scope miss, 1 lookalike answered; qa_p99_us 240.7 in that run, p50 39.7). Its misses were
 * listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // documents by number, each in at least three spellings
  [
    'doc',
    'Tủ tài liệu của chi bộ nhà văn hóa phường vẫn còn Chỉ thị số 35-CT/TW ngày 14/6/2024, văn bản ấy giờ còn dùng được không?',
    'doc:ct-35-2024',
  ],
  ['doc', 'CT35 năm 2024 của Bộ Chính trị bây giờ đã bị thay bằng văn bản nào rồi?', 'doc:ct-35-2024'],
  [
    'doc',
    'So với hồi 2020 thì chỉ thị số 35 năm 2024 của Bộ Chính trị có tình trạng thế nào?',
    'doc:ct-35-2024',
  ],
  [
    'doc',
    'Chỉ thị 35-CT/TW ngày 30/5/2019 mà nhiệm kỳ 2020 chúng tôi học, giờ bot còn dựa vào nó không?',
    'doc:ct-35-2019',
  ],
  ['doc', 'CT 35 năm 2019 hướng tới Đại hội XIII do cơ quan nào ban hành vậy?', 'doc:ct-35-2019'],
  ['doc', 'Cho tôi xem thông tin chỉ thị số 35 ban hành ngày 30/5/2019', 'doc:ct-35-2019'],
  [
    'doc',
    'Kết luận 118-KL/TW ngày 18/1/2025 đã điều chỉnh gì và bây giờ còn hiệu lực không?',
    'doc:kl-118-2025',
  ],
  ['doc', 'KL118 đầu năm 2025 có còn áp dụng cho đảng bộ tổng công ty không?', 'doc:kl-118-2025'],
  ['doc', 'ket luan so 118 nam 2025 do co quan nao ky ban hanh', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị số 45-CT/TW ngày 14/4/2025 thay cho những văn bản nào?', 'doc:ct-45-2025'],
  ['doc', 'ct45 cua bo chinh tri bay gio tinh trang ra sao', 'doc:ct-45-2025'],
  [
    'doc',
    'Đảng ủy tổng công ty xây dựng đã triển khai CT 45/TW, cho hỏi văn bản này ban hành ngày nào?',
    'doc:ct-45-2025',
  ],
  ['doc', 'Kết luận số 200-KL/TW đánh giá đại hội các cấp thế nào?', 'doc:kl-200-2025'],
  ['doc', 'KL 200 ngày 17/10/2025 là của Bộ Chính trị hay Ban Bí thư?', 'doc:kl-200-2025'],
  ['doc', 'Nông dân như tôi muốn đọc kết luận 200 năm 2025, bot có thông tin không?', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW ngày 26/8/2024 nội dung chi tiết có những gì?', 'doc:hd-27-2024'],
  [
    'doc',
    'Anh em tổng công ty hỏi HD27 của Ban Tổ chức Trung ương là hướng dẫn cho chỉ thị nào vậy?',
    'doc:hd-27-2024',
  ],
  ['doc', 'huong dan so 27 cua ban to chuc trung uong nam 2024 con dung khong', 'doc:hd-27-2024'],
  ['doc', 'Hướng dẫn số 18-HD/BTCTU của Ban Tổ chức Thành ủy hướng dẫn những nội dung gì?', 'doc:hd-18-2024'],
  ['doc', 'HD 18 BTCTU ngày 1/10/2024 tình trạng hiện nay thế nào?', 'doc:hd-18-2024'],
  ['doc', 'Chi bộ nhà văn hóa cần đọc hướng dẫn 18 của Ban Tổ chức Thành ủy Hà Nội', 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch số 258-KH/TU ngày 15/7/2024 của Thành ủy nói những gì?', 'doc:kh-258-2024'],
  ['doc', 'KH258/TU của Thành ủy còn hiệu lực không?', 'doc:kh-258-2024'],
  ['doc', 'ke hoach 258 cua thanh uy ha noi ban hanh ngay nao', 'doc:kh-258-2024'],
  [
    'doc',
    'Kế hoạch 203-KH/QU của Quận ủy Hai Bà Trưng giờ còn áp dụng không khi đã bỏ cấp quận?',
    'doc:kh-203-2024',
  ],
  ['doc', 'KH 203 ngày 29/7/2024 do ai ban hành?', 'doc:kh-203-2024'],
  ['doc', 'Cho tôi thông tin kế hoạch số 203 của Quận ủy về đại hội cơ sở', 'doc:kh-203-2024'],
  [
    'doc',
    'Chi bộ nhà văn hóa đang chép Nghị quyết 26-NQ/TW ngày 19/5/2018 vào sổ, nghị quyết ấy do Trung ương khóa mấy ban hành?',
    'doc:nq-26-2018',
  ],
  ['doc', 'NQ26 năm 2018 về cán bộ bây giờ tình trạng ra sao?', 'doc:nq-26-2018'],
  ['doc', 'nghị quyết số 26 năm 2018 của Ban Chấp hành Trung ương', 'doc:nq-26-2018'],
  ['doc', 'Quy định 89-QĐ/TW về tiêu chuẩn cán bộ nay đã bị thay chưa?', 'doc:qd-89-2017'],
  ['doc', 'QĐ89 năm 2017 của Bộ Chính trị còn dùng để chọn cấp ủy không?', 'doc:qd-89-2017'],
  ['doc', 'quy dinh so 89 cua bo chinh tri ve tieu chuan can bo', 'doc:qd-89-2017'],
  [
    'doc',
    'Hồi nhiệm kỳ 2020 chưa có, vậy Quy định số 365-QĐ/TW ngày 30/8/2025 ra đời để thay quy định nào?',
    'doc:qd-365-2025',
  ],
  [
    'doc',
    'Đảng ủy tổng công ty đang dùng QĐ 365 về tiêu chuẩn chức danh, văn bản này cơ quan nào ban hành?',
    'doc:qd-365-2025',
  ],
  ['doc', 'quy định 365 của Bộ Chính trị có thay đổi gì sau khi ban hành không', 'doc:qd-365-2025'],
  ['doc', 'Quy định 14-QĐ/TU ngày 06/11/2023 của Ban Thường vụ Thành ủy về việc gì?', 'doc:qd-14-2023'],
  ['doc', 'QĐ14/TU đánh giá cán bộ còn hiệu lực không?', 'doc:qd-14-2023'],
  ['doc', 'quy dinh so 14 cua thanh uy ha noi ve danh gia can bo', 'doc:qd-14-2023'],
  ['doc', 'Quy định số 2656-QĐ/QU ngày 13/11/2023 nói về tiêu chí gì?', 'doc:qd-2656-2023'],
  ['doc', 'QĐ 2656 của Ban Thường vụ Quận ủy giờ ra sao khi hết quận?', 'doc:qd-2656-2023'],
  ['doc', 'quy định 2656 năm 2023 còn dùng được không', 'doc:qd-2656-2023'],
  [
    'doc',
    'Tôi trồng rau nhưng tò mò Quy định 1216-QĐ/QU về quy hoạch cán bộ của quận ban hành vào ngày nào?',
    'doc:qd-1216-2022',
  ],
  ['doc', 'QĐ1216 năm 2022 của quận ủy tình trạng thế nào?', 'doc:qd-1216-2022'],
  ['doc', 'quy dinh so 1216 ngay 6/4/2022 cua ai', 'doc:qd-1216-2022'],
  ['doc', 'Quy định số 294-QĐ/TW có hiệu lực từ ngày nào?', 'doc:qd-294-2025'],
  [
    'doc',
    'Chi bộ nhà văn hóa nghe nói QĐ294 thí điểm đại hội chi bộ, văn bản đó ngày nào và của cơ quan nào?',
    'doc:qd-294-2025',
  ],
  ['doc', 'Chi bộ thôn trồng rau có cần biết quy định 294 năm 2025 không?', 'doc:qd-294-2025'],
  [
    'doc',
    'Nhiệm kỳ 2020 chúng tôi làm theo Hướng dẫn 26-HD/BTCTW ngày 18/10/2019, giờ bot có còn dùng nó không?',
    'doc:hd-26-2019',
  ],
  ['doc', 'HD 26/BTCTW năm 2019 hồi nhiệm kỳ trước giờ bot có dùng không?', 'doc:hd-26-2019'],
  ['doc', 'huong dan so 26 nam 2019 cua ban to chuc trung uong', 'doc:hd-26-2019'],
  ['typo', 'chi thi 45 ct tw ngay 14 4 2025 con hieu luc ko', 'doc:ct-45-2025'],
  ['typo', 'qd 294 qd tw thi diem dh chi bo la j', 'doc:qd-294-2025'],

  // documents the pack does not hold, by number
  ['unknown-doc', 'Chi bộ nhà văn hóa có phải học Quy định 232-QĐ/TW không?', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 57-NQ/TW về khoa học công nghệ có nói gì về đại hội chi bộ?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 123-KL/TW năm 2025 nói những gì?', 'unknown-doc'],
  [
    'unknown-doc',
    'Chỉ thị 05-CT/TW về học tập và làm theo tư tưởng của Bác có trong bot không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Hướng dẫn 12-HD/BTCTW về công tác nhân sự đại hội', 'unknown-doc'],
  ['unknown-doc', 'Quy định 105-QĐ/TW về phân cấp quản lý cán bộ còn hiệu lực không?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 74-KH/QU của quận ủy về đại hội', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 21-NQ/TW về củng cố tổ chức cơ sở đảng ban hành năm nào?', 'unknown-doc'],
  [
    'unknown-doc',
    'Chi bộ nhà văn hóa muốn tra Quy định 24-QĐ/TW năm 2021 về thi hành Điều lệ, bot có văn bản đó không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Chỉ thị 40-CT/TW về tín dụng chính sách cho nông dân có trong nguồn của bot?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Nghị định 06/2021/NĐ-CP về quản lý chất lượng công trình xây dựng', 'unknown-doc'],
  ['unknown-doc', 'huong dan 01-HD/TW nam 2021 ve thi hanh dieu le dang', 'unknown-doc'],
  ['unknown-doc', 'KL 150-KL/TW có liên quan đến nhân sự đại hội không?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 36-HD/BTCTU của Ban Tổ chức Thành ủy về đại hội chi bộ', 'unknown-doc'],
  [
    'unknown-doc',
    'Kế hoạch 99-KH/QU năm 2019 chuẩn bị đại hội nhiệm kỳ 2020 còn lưu trong bot không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Đảng ủy tổng công ty xây dựng cần Quy định 190-QĐ/TW về kiểm soát quyền lực trong công tác cán bộ, bot có không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Does the bot hold Conclusion 21-KL/TW on party building?', 'unknown-doc'],

  // facts from the sources and FACTS.md
  ['fact', 'Ở thôn tôi bà con hỏi Đại hội XIV của Đảng khai mạc hôm nào, bế mạc hôm nào?', 'dai-hoi-xiv'],
  ['fact', 'Nhiệm kỳ 2020 chi bộ đại hội 5 năm hai lần, bây giờ quy định thí điểm thế nào?', 'chi-bo-5-nam'],
  ['fact', 'Báo cáo chính trị trình đại hội phải đánh giá những mặt nào?', 'van-kien'],
  [
    'fact',
    'Đại hội chi bộ nhà văn hóa phường phải làm những nội dung gì, có bầu đoàn đại biểu không?',
    'noi-dung',
  ],
  [
    'fact',
    'Nhà văn hóa phường còn treo lịch đại hội, vậy đợt đại hội các cấp nhiệm kỳ 2025 - 2030 đã kết thúc hẳn chưa?',
    'ket-qua',
  ],
  ['fact', 'Để phục vụ đại hội, đảng bộ phải lập những tổ nào?', 'chuan-bi'],
  ['fact', 'Khi tổ chức đại hội phải giữ nguyên tắc nào là quan trọng nhất?', 'nguyen-tac'],
  ['fact', 'Giới thiệu nhân sự cấp ủy khóa mới phải căn cứ vào những nghị quyết, quy định nào?', 'nhan-su'],
  ['fact', 'Chỉ thị năm 2024 của Bộ Chính trị về đại hội có mấy yêu cầu và mấy phụ lục?', 'chi-thi-35'],
  ['fact', 'Từ sau hội nghị quán triệt tháng 10/2024 đến nay có những gì thay đổi?', 'thay-doi'],
  [
    'fact',
    'Năm 2020 quận đại hội lần thứ XXVI, vậy đại hội Đảng bộ quận Hai Bà Trưng nhiệm kỳ 2025 - 2030 là lần thứ mấy?',
    'dai-hoi-quan',
  ],
  ['fact', 'Bot trả lời về đại hội dựa vào những văn bản nào, ai ban hành?', 'tai-lieu'],
  ['fact', 'Đại hội có được làm linh đình, phô trương hình thức không?', 'nguyen-tac'],
  [
    'fact',
    'Khi bỏ cấp huyện từ 1/7/2025 thì ở Hà Nội bao nhiêu đảng bộ quận, huyện dừng hoạt động?',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'Báo cáo kiểm điểm của cấp ủy nhiệm kỳ qua cần có tính chất gì?', 'van-kien'],

  // per unit type
  [
    'unit',
    'Chi bộ nhà văn hóa là chi bộ trực thuộc đảng ủy phường thì đại hội phải xong trong tháng mấy?',
    'lich-trinh',
  ],
  ['unit', 'Đảng bộ cơ sở của tổng công ty xây dựng phải đại hội xong trước ngày nào?', 'lich-trinh'],
  ['unit', 'Chi bộ cơ sở thì được bắt đầu đại hội từ tháng nào?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở của tổng công ty được chọn mấy chi bộ trực thuộc để làm đại hội điểm?',
    'dai-hoi-diem',
  ],
  ['unit', 'Đảng ủy cơ sở tổng công ty xây dựng trình đại hội những báo cáo chủ yếu nào?', 'van-kien'],
  [
    'unit',
    'Chi bộ cơ sở ở thôn trồng rau của tôi theo quy định mới thì bao lâu đại hội một lần?',
    'chi-bo-5-nam',
  ],
  ['unit', 'Đảng bộ cơ sở đại hội trước hay sau các chi bộ trực thuộc của mình?', 'lich-trinh'],
  ['unit', 'Chi bộ trực thuộc đảng ủy cơ sở chuẩn bị đại hội cần lập những tổ gì?', 'chuan-bi'],
  ['unit', 'Ban Thường vụ Quận ủy chọn mấy chi bộ cơ sở để làm đại hội điểm?', 'dai-hoi-diem'],
  ['unit', 'Đại hội đảng bộ cơ sở nhiệm kỳ này phải bầu những gì?', 'noi-dung'],
  [
    'unit',
    'My Vietnamese friend leads a grassroots party cell: by what date did her cell have to finish its congress?',
    'lich-trinh',
  ],

  // two-part questions
  [
    'two-part',
    'Chi bộ nhà văn hóa đại hội thì làm mấy nội dung, và chi ủy phải trình những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ trực thuộc đại hội vào lúc nào, và đại hội điểm được chọn ra sao?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Chuẩn bị đại hội cần làm những việc gì, rồi nhân sự cấp ủy chọn theo tiêu chuẩn nào?',
    'chuan-bi+nhan-su',
  ],
  [
    'two-part',
    'Đại hội XIV họp ngày nào, và đại hội các cấp bên dưới đã có kết quả chưa?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Chính quyền 2 cấp vận hành từ khi nào, còn chi bộ bây giờ mấy năm đại hội một lần?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  ['two-part', 'Nguyên tắc tổ chức đại hội là gì và phải lập mấy tổ phục vụ?', 'nguyen-tac+chuan-bi'],
  [
    'two-part',
    'Chỉ thị năm 2024 về đại hội có mấy phụ lục, và từ đó đến nay đã thay đổi những gì?',
    'chi-thi-35+thay-doi',
  ],
  [
    'two-part',
    'Báo cáo kiểm điểm phải viết thế nào, và nhân sự cấp ủy khóa mới theo những quy định nào?',
    'van-kien+nhan-su',
  ],
  [
    'two-part',
    'Đại hội điểm tổ chức vào khi nào, và đại hội đảng bộ quận lần này là lần thứ mấy?',
    'dai-hoi-diem+dai-hoi-quan',
  ],
  ['two-part', 'Đại hội phải bầu những gì, và có được tổ chức phô trương không?', 'noi-dung+nguyen-tac'],
  [
    'two-part',
    'Kết quả đại hội các cấp nhiệm kỳ này thế nào, và Đại hội XIV tổ chức mấy ngày?',
    'ket-qua+dai-hoi-xiv',
  ],
  [
    'two-part',
    'So với nhiệm kỳ 2020 thì chi bộ đại hội thưa hơn phải không, và bây giờ chính quyền còn mấy cấp?',
    'chi-bo-5-nam+chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'What does a congress have to cover, and which teams must be set up to prepare it?',
    'noi-dung+chuan-bi',
  ],

  // in scope, with everyday words around the question
  [
    'offword',
    'Tối nay nhà văn hóa mất điện, tranh thủ hỏi: báo cáo chính trị trình đại hội cần những gì?',
    'van-kien',
  ],
  ['offword', 'Vừa tưới xong mấy luống cải, cho tôi hỏi đại hội chi bộ gồm những nội dung nào?', 'noi-dung'],
  [
    'offword',
    'Đang đổ bê tông sàn tầng năm mà chi bộ giục, cho hỏi tổ văn kiện với tổ nhân sự phục vụ đại hội lập thế nào?',
    'chuan-bi',
  ],
  ['offword', 'Rau muống đang rẻ như cho, nhưng cho tôi hỏi đại hội các cấp đã xong hết chưa?', 'ket-qua'],
  [
    'offword',
    'Uống cà phê với anh em công trường, nghe nói chi bộ giờ 5 năm mới đại hội một lần, đúng không?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Con tôi thi học kỳ xong rồi nên tôi rảnh hỏi: đại hội điểm tháng 12/2024 do ai chọn chi bộ?',
    'dai-hoi-diem',
  ],
  ['offword', 'Hôm qua mưa to ngập cả vườn rau, cho hỏi Đại hội XIV họp từ ngày nào?', 'dai-hoi-xiv'],
  [
    'offword',
    'Máy trộn bê tông vừa hỏng, tiện thể hỏi nhân sự cấp ủy khóa mới phải quán triệt nghị quyết nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Chiều nay đội văn nghệ tập ở nhà văn hóa, mà tôi cần biết đại hội phải chống lãng phí thế nào?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Sau trận bóng giao hữu mọi người bàn nhau: từ 1/7/2025 chính quyền địa phương còn mấy cấp?',
    'chinh-quyen-2-cap',
  ],
  ['offword', 'Bán xong sạp rau ở chợ, tôi muốn hỏi chỉ thị về đại hội năm 2024 gồm mấy phần?', 'chi-thi-35'],
  [
    'offword',
    'Trời rét đậm, bắp cải chậm lớn; mà từ sau hội nghị 23/10/2024 có gì mới về đại hội không?',
    'thay-doi',
  ],

  // typos, missing diacritics, abbreviations
  ['typo', 'dai hoi chi bo nha van hoa phai lam nhung noi dung j', 'noi-dung'],
  ['typo', 'BCCT trình ĐH cần đánh giá nhưng gì vậy', 'van-kien'],
  ['typo', 'cb truc thuoc dh xong trong thang may nam 2025', 'lich-trinh'],
  ['typo', 'dh diem cua dbcs lam trong thang 12 nam 2024 ha', 'dai-hoi-diem'],
  ['typo', 'ĐH XIV cua Dang hop tu ngay nao den ngay nao vay ad', 'dai-hoi-xiv'],
  ['typo', 'chinh quyen 2 cap chay tu bao gio z', 'chinh-quyen-2-cap'],
  ['typo', 'to chuc dh chi bo thon phai theo nguyen tac tap trung dan chu the nao', 'nguyen-tac'],
  ['typo', 'tổ nhân sư, tổ văn kiên, tổ tổ chưc phục vụ đai hội', 'chuan-bi'],
  ['typo', 'kl ket qua dh cac cap nk 2025-2030 danh gia ra sao roi', 'ket-qua'],
  ['typo', 'chi bo 5 nam dh 1 lan that ha ad', 'chi-bo-5-nam'],
  ['typo', 'nhân sựu cấp ủy khoá mới theo tiu chuẩn gì', 'nhan-su'],
  ['typo', 'dh dang bo quan HBT lan thu XXVII to chuc theo ke hoach nao vay', 'dai-hoi-quan'],

  // English, from the Dutch volunteer
  ['en', 'Which four items are on the agenda of a party cell congress for 2025-2030?', 'noi-dung'],
  ['en', 'Which two main reports does the committee submit to its congress?', 'van-kien'],
  [
    'en',
    'I read about the 14th National Congress in the Dutch news; on which dates was it held?',
    'dai-hoi-xiv',
  ],
  ['en', 'Is it true that party cells now meet in congress only once every five years?', 'chi-bo-5-nam'],
  ['en', 'Since when has Vietnam had no district level of local government?', 'chinh-quyen-2-cap'],
  ['en', 'Are the 2025-2030 congresses at all levels finished by now?', 'ket-qua'],
  [
    'en',
    'At the cultural house they mentioned pilot congresses; what were they and in which months were they held?',
    'dai-hoi-diem',
  ],
  [
    'en',
    'My colleague at the cultural house says Directive 45-CT/TW replaced older papers; which ones?',
    'doc:ct-45-2025',
  ],
  ['en', 'Is Regulation 89-QĐ/TW still in force?', 'doc:qd-89-2017'],
  ['en', 'Tell me about Conclusion 200-KL/TW, please', 'doc:kl-200-2025'],
  ['en', 'What principles must a party congress respect, for instance against waste?', 'nguyen-tac'],
  [
    'en',
    'As a newcomer, what has changed in the congress rules since the Hai Bà Trưng conference of October 2024?',
    'thay-doi',
  ],

  // lookalikes: the cultural house's secretary
  ['lookalike', 'Nhà văn hóa phường cho thuê hội trường làm đám cưới thì thu bao nhiêu một buổi?', null],
  ['lookalike', 'Tổ dân phố họp hội nghị bầu tổ trưởng mới thì cần bao nhiêu phần trăm số hộ đồng ý?', null],
  [
    'lookalike',
    'Chi bộ nhà văn hóa muốn mua bộ loa kéo hát karaoke cho sinh hoạt thì lấy kinh phí ở đâu?',
    null,
  ],
  ['lookalike', 'Đại hội Thể dục thể thao phường năm nay có thi kéo co và cờ tướng không?', null],
  ['lookalike', 'Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm nay tổ chức hôm nào?', null],
  [
    'lookalike',
    'Hội diễn văn nghệ chào mừng đại hội đảng bộ phường phải đăng ký tiết mục trước ngày nào?',
    null,
  ],
  ['lookalike', 'Tiêu chuẩn bình xét danh hiệu Gia đình văn hóa năm nay gồm những gì?', null],
  ['lookalike', 'Đại hội Hội Khuyến học phường nhiệm kỳ mới tổ chức ở nhà văn hóa vào tháng mấy?', null],
  ['lookalike', 'Tủ sách nhà văn hóa phường được tặng sách thì phải vào sổ thế nào?', null],
  ['lookalike', 'Chi bộ muốn treo băng rôn chào mừng đại hội trên cột điện thì xin phép ai?', null],
  ['lookalike', 'Nhà văn hóa mở lớp dân vũ cho các bà thì có được thu học phí không?', null],
  ['lookalike', 'Đêm trung thu cho thiếu nhi ở nhà văn hóa nên đặt bao nhiêu hộp bánh nướng?', null],
  ['lookalike', 'Wifi ở nhà văn hóa yếu quá, lắp mạng nhà nào rẻ mà khỏe?', null],
  ['lookalike', 'Chi bộ nhà văn hóa đặt báo Nhân Dân và Tạp chí Cộng sản cả năm hết bao nhiêu tiền?', null],

  // lookalikes: the vegetable farmer
  ['lookalike', 'Hội nghị đầu bờ giới thiệu giống cà chua mới họp ở cánh đồng nào?', null],
  ['lookalike', 'Đại hội thành viên hợp tác xã rau an toàn cần bao nhiêu xã viên dự mới hợp lệ?', null],
  ['lookalike', 'Làm chứng nhận VietGAP cho ba sào rau cải hết bao nhiêu tiền?', null],
  ['lookalike', 'Đại hội Hội Nông dân xã nhiệm kỳ tới bầu bao nhiêu ủy viên ban chấp hành?', null],
  ['lookalike', 'Vay vốn Ngân hàng Chính sách xã hội để làm nhà lưới trồng rau cần giấy tờ gì?', null],
  ['lookalike', 'Thuốc sinh học nào trị sâu tơ trên bắp cải mà vẫn bán được rau sạch?', null],
  ['lookalike', 'Lịch lấy nước tưới của trạm bơm thôn tuần này là ngày nào?', null],
  ['lookalike', 'Giá rau muống ở chợ đầu mối Long Biên sáng nay bao nhiêu một bó?', null],
  ['lookalike', 'Đảng viên làm nông mất mùa có được xin giảm đảng phí không?', null],
  ['lookalike', 'Xét danh hiệu nông dân sản xuất kinh doanh giỏi cấp xã cần thu nhập bao nhiêu?', null],
  ['lookalike', 'Chi bộ thôn họp bàn dồn điền đổi thửa thì biên bản cuộc họp ghi thế nào?', null],
  ['lookalike', 'ĐH Nông nghiệp có mở lớp ngắn hạn trồng rau thủy canh không?', null],
  ['lookalike', 'Đảng viên sang Hàn Quốc thăm con ba tháng thì báo cáo chi bộ thế nào?', null],

  // lookalikes: the construction corporation's committee member
  ['lookalike', 'Hội nghị nghiệm thu hoàn thành công trình cầu vượt cần những bên nào ký biên bản?', null],
  ['lookalike', 'Tổng công ty cổ phần hóa xong thì đảng ủy tổng công ty trực thuộc đảng bộ nào?', null],
  ['lookalike', 'Chứng chỉ hành nghề giám sát xây dựng hạng II gia hạn ở đâu?', null],
  [
    'lookalike',
    'Đảng viên đi làm công trình thủy điện ở Lào ba năm thì sinh hoạt đảng tạm thời ở đâu?',
    null,
  ],
  ['lookalike', 'Công nhân ngã giàn giáo thì bảo hiểm tai nạn lao động chi trả những khoản nào?', null],
  ['lookalike', 'Hội nghị sơ kết sáu tháng của ban điều hành dự án nên mời những ai?', null],
  [
    'lookalike',
    'Tổng công ty tổ chức hội thao công nhân chào mừng đại hội đảng bộ thì giải nhất bao nhiêu tiền?',
    null,
  ],
  [
    'lookalike',
    'Đảng ủy tổng công ty ra nghị quyết lãnh đạo việc dự thầu thì có phải xin ý kiến cấp trên không?',
    null,
  ],
  ['lookalike', 'Kỹ sư mới vào tổng công ty xây dựng nhà nước lương khởi điểm bao nhiêu?', null],
  ['lookalike', 'Ủy ban kiểm tra đảng ủy tổng công ty kiểm tra tài chính đảng mỗi năm mấy lần?', null],
  ['lookalike', 'ĐH Xây dựng Hà Nội năm nay điểm chuẩn ngành kỹ thuật xây dựng bao nhiêu?', null],
  ['lookalike', 'Đảng viên dự bị ở công trường muốn chuyển chính thức cần những giấy tờ gì?', null],

  // lookalikes: the Dutch volunteer
  ['lookalike', 'Can I, as a foreign volunteer, sit in on a party cell congress as an observer?', null],
  ['lookalike', 'Where does the Dutch community in Hanoi celebrate King’s Day?', null],
  ['lookalike', "What is the Dutch word for 'đại hội'?", null],
  ['lookalike', 'Our NGO holds its annual general meeting next month; what quorum do we need?', null],
  ['lookalike', 'Is a Vietnamese party congress like the D66 party congress in the Netherlands?', null],
  ['lookalike', 'Which bike route is safest from Tây Hồ to Hoàn Kiếm in the rush hour?', null],
  ['lookalike', 'How many delegates took part in the 14th National Party Congress?', null],
  ['lookalike', 'Who was elected General Secretary at the 14th Congress in January 2026?', null],
  ['lookalike', 'Does my volunteering at a ward cultural house need approval from the Dutch embassy?', null],

  // lookalikes: the member who compares with the 2020 term
  ['lookalike', 'Đại hội XIII của Đảng hồi năm 2021 họp trong mấy ngày?', null],
  [
    'lookalike',
    'Hồi 2020 đại hội chi bộ mỗi đại biểu được bồi dưỡng năm mươi nghìn, năm nay được bao nhiêu?',
    null,
  ],
  ['lookalike', 'Nghị quyết Đại hội XIII có mấy đột phá chiến lược?', null],
  ['lookalike', 'Năm 2020 Đảng bộ quận Hai Bà Trưng đại hội lần thứ XXVI vào ngày nào?', null],
  ['lookalike', 'Tỷ lệ cấp ủy viên nữ nhiệm kỳ 2020 - 2025 của thành phố là bao nhiêu phần trăm?', null],
  ['lookalike', 'So với năm 2020, năm nay phiếu bầu trong đại hội chi bộ in màu gì?', null],

  // lookalikes: people, places, phone numbers, the bot, other meetings
  ['lookalike', 'Số điện thoại Văn phòng Đảng ủy phường mới là bao nhiêu?', null],
  ['lookalike', 'Trụ sở 33 Đại Cồ Việt sau khi bỏ quận giờ cơ quan nào dùng?', null],
  ['lookalike', 'Đồng chí Trần Quyết Thắng bây giờ đang giữ chức vụ gì?', null],
  ['lookalike', 'Bot này chạy trên máy chủ ở đâu, tin nhắn của tôi có bị lưu lại không?', null],
  ['lookalike', 'Ứng dụng Sổ tay đảng viên đăng nhập không được thì gọi ai hỗ trợ?', null],
  ['lookalike', 'Đại hội võ lâm trong truyện Kim Dung được tổ chức ở núi nào?', null],
  ['lookalike', 'Hội nghị Genève năm 1954 chia tạm thời Việt Nam ở vĩ tuyến bao nhiêu?', null],
  ['lookalike', 'Phường tổ chức hội nghị đối thoại với dân về giải phóng mặt bằng vào hôm nào?', null],
  ['lookalike', 'Đại hội đại biểu các dân tộc thiểu số của thành phố lần này có bao nhiêu đại biểu?', null],
  ['lookalike', 'Hội nghị hiệp thương lần thứ hai trong bầu cử đại biểu Quốc hội làm những việc gì?', null],
  ['lookalike', 'Đại hội Hội Chữ thập đỏ phường nhiệm kỳ mới tổ chức khi nào?', null],
  [
    'lookalike',
    'Chi bộ nhà văn hóa kết nạp một chị trong đội văn nghệ thì cần mấy đảng viên giới thiệu?',
    null,
  ],
  ['lookalike', 'Xin giấy xác nhận lý lịch cho con đi nghĩa vụ quân sự thì chi bộ hay phường ký?', null],
  ['lookalike', 'Hội nghị xúc tiến đầu tư của thành phố năm nay thu hút được bao nhiêu vốn?', null],
  ['lookalike', 'Sau đại hội chi bộ đi tham quan khu di tích Kim Liên thì trích quỹ nào để chi?', null],
];

export const NEWSET88: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
