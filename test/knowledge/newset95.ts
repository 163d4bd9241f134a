/**
 * The ninety-fifth new evaluation set (issue 11, point 6), written on 2026-12-04 from 19:20 UTC
 * (committed in the commit "Eval: newset95, the ninety-fifth unseen set") by a helper (set95) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before `const items`, and the two lines after it, which hold no question)
 * and its export line, the part of newset.ts before `const items`, newset35.test.ts, set-shape.ts,
 * set-checks.ts and sets.ts. Nothing under src/, bench/ or config/, no README, no git log, diff or
 * show, and no other set's or pool's items (newset94.ts included) were read. Its users are
 * imagined as the secretary of a fishing cooperative's party cell on the coast, a member who is a
 * pharmacist, a retired schoolteacher who writes very formally, an Australian journalist writing
 * in English, and a member who types everything in capital letters without diacritics; with the
 * out-of-scope messages such users send (other organisations' congresses and meetings: a
 * cooperative's members' general meeting, a fishing union's congress, a fisheries branch's
 * season review, a seafood company's workers' conference, the Farmers' Association, the
 * Pharmaceutical Association, a pharmacy company's shareholders and its trade union, a pharmacy
 * chain's customer event, the retired teachers' association, a clan's study-promotion branch,
 * parents' meetings, the Elderly Association, the Young Pioneers, a commune Youth Union, a bank's
 * shareholders, the commune People's Committee's half-year review, the Party Central Committee's
 * next plenum, the ALP national conference, the Australian Greens' and the Liberal Party's
 * meetings, the ACTU congress, China's party congress, Vietnam's National Assembly election;
 * other senses of "đại hội" and "hội nghị": a fishing festival, a pharmacy science conference,
 * a commune sports day, a martial-arts novel, a parish festival, the Party's 6th Congress as
 * history; party business the pack does not cover: members away at sea, admission of young
 * fishermen, dues on irregular income, personal year-end self-review and grading, transferring
 * membership between employers, 40-year badges, a lost membership card, going abroad, probation,
 * the members' handbook app, flags for the hall and who pays; the users' own work and daily life:
 * boat registration, fuel prices, IUU tracking devices, fishing loans, sea weather, a
 * cooperative's annual report, pharmacist licences, antibiotics without prescription, GPP
 * inspections, paediatric doses, teachers' pensions, lesson plans, memoirs, a poem for the
 * congress, neighbourhood meeting minutes, press accreditation, flights, SIM cards, translation,
 * city population, gold prices, phone settings).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset95.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date and whether it was held,
 * which units were chosen for the pilot congresses, who was elected, age limits, committee sizes,
 * the money a congress may spend, which cells the five-yearly pilot covers, membership figures)
 * were left out, not guessed.
 * Engine changes reached main after its writer began: d2ee4ad (a semicolon ends the words before a
 * question), cc9b408 (a count read after a classifier, ', với cả' as a cut, absent phrases for
 * newset91-94's classes); its writer saw none of them. It was measured once, at 19:32 UTC on main
 * b5c2f5e (`node --expose-gc dist/bench/qa.js`, load 2.49): qa_new_top1 98.0 %, qa_new_oos_refused
 * 98.4 % (3 in-scope misses, 1 lookalike answered; qa_p99_us 202.2 in that run, p50 50.1). Its
 * misses were listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  [
    'doc',
    'Kính thưa, Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị nay còn hiệu lực hay đã được thay thế?',
    'doc:ct-35-2024',
  ],
  ['doc', 'CT35 năm 2024 bây giờ bị văn bản nào thay rồi anh?', 'doc:ct-35-2024'],
  ['en', 'Is Directive 35 of June 2024 still in force, or has it been replaced?', 'doc:ct-35-2024'],
  ['typo', 'CT 35 NAM 2024 CON DUNG DUOC KHONG', 'doc:ct-35-2024'],
  ['doc', 'Chỉ thị 35-CT/TW ngày 30/5/2019 là chỉ thị về việc gì vậy?', 'doc:ct-35-2019'],
  ['doc', 'chi thi 35 nam 2019 co con ap dung cho dai hoi nhiem ky nay khong', 'doc:ct-35-2019'],
  [
    'en',
    'For background: what was the 2019 Directive 35 about, and does it still apply to anything?',
    'doc:ct-35-2019',
  ],
  ['doc', 'Bản CT35 ra năm 2019 là hướng tới đại hội khóa nào?', 'doc:ct-35-2019'],
  ['doc', 'Kết luận 118-KL/TW được ban hành ngày nào, thưa đồng chí?', 'doc:kl-118-2025'],
  ['doc', 'kl118 giờ còn hiệu lực nữa không hay thôi rồi?', 'doc:kl-118-2025'],
  ['en', 'Who issued Conclusion 118, and is it still valid?', 'doc:kl-118-2025'],
  ['typo', 'KET LUAN SO 118 CON HIEU LUC KHONG', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị số 45-CT/TW do cơ quan nào ký ban hành?', 'doc:ct-45-2025'],
  ['doc', 'ct45 ra đời thì thay cho mấy văn bản cũ, là những văn bản nào ạ?', 'doc:ct-45-2025'],
  ['en', 'Directive 45-CT/TW: when was it issued and what did it replace?', 'doc:ct-45-2025'],
  [
    'doc',
    'Tôi làm dược sĩ, muốn hỏi Chỉ thị 45 có phải văn bản mới nhất về đại hội đảng bộ các cấp không?',
    'doc:ct-45-2025',
  ],
  ['doc', 'Kết luận số 200-KL/TW nói gì về kết quả đại hội đảng bộ các cấp?', 'doc:kl-200-2025'],
  ['doc', 'KL 200 ngày 17/10/2025 do ai ban hành?', 'doc:kl-200-2025'],
  ['en', 'What does Conclusion 200 say about how the congresses went?', 'doc:kl-200-2025'],
  ['typo', 'KL200 LA VAN BAN GI', 'doc:kl-200-2025'],
  [
    'doc',
    'Chi bộ nghề cá hỏi: Hướng dẫn 27-HD/BTCTW là hướng dẫn cho văn bản nào, ra ngày nào?',
    'doc:hd-27-2024',
  ],
  ['doc', 'hd27 của Ban Tổ chức Trung ương ra ngày bao nhiêu?', 'doc:hd-27-2024'],
  ['en', 'Guidance 27 from the Central Organisation Commission: what date does it carry?', 'doc:hd-27-2024'],
  [
    'doc',
    'Kính hỏi Hướng dẫn số 18-HD/BTCTU ngày 01/10/2024 của Ban Tổ chức Thành ủy hướng dẫn những nội dung gì?',
    'doc:hd-18-2024',
  ],
  ['doc', 'HD 18 của Thành ủy Hà Nội về đại hội còn dùng không?', 'doc:hd-18-2024'],
  ['en', "Hanoi's Guidance 18-HD/BTCTU, what is its status today?", 'doc:hd-18-2024'],
  [
    'doc',
    'Kính hỏi Kế hoạch số 258-KH/TU của Thành ủy Hà Nội được ban hành vào ngày tháng năm nào?',
    'doc:kh-258-2024',
  ],
  ['doc', 'kh258 của thành ủy nói về việc gì?', 'doc:kh-258-2024'],
  ['en', 'Plan 258 of the Hanoi Party Committee, who signed it off and when?', 'doc:kh-258-2024'],
  [
    'doc',
    'Kế hoạch 203-KH/QU của Quận ủy Hai Bà Trưng còn áp dụng không khi đã bỏ cấp quận?',
    'doc:kh-203-2024',
  ],
  ['doc', 'KH 203/QU ra ngày nào vậy mọi người?', 'doc:kh-203-2024'],
  ['en', 'Plan 203-KH/QU: which body issued it?', 'doc:kh-203-2024'],
  ['typo', 'KE HOACH 203 NOI VE GI', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 do ai ban hành, còn hiệu lực không?', 'doc:nq-26-2018'],
  ['doc', 'NQ26 của BCH Trung ương khóa XII ra ngày nào?', 'doc:nq-26-2018'],
  ['en', 'Resolution 26 from May 2018, which body adopted it and does it still stand?', 'doc:nq-26-2018'],
  ['doc', 'Hướng dẫn 26-HD/BTCTW năm 2019 có còn dùng được cho đại hội lần này không?', 'doc:hd-26-2019'],
  ['doc', 'hd26 năm 2019 hướng dẫn chỉ thị nào thế?', 'doc:hd-26-2019'],
  ['en', 'Guidance 26 of October 2019: is it still used by the bot?', 'doc:hd-26-2019'],
  ['doc', 'Quy định 89-QĐ/TW về tiêu chuẩn cán bộ hiện còn hiệu lực không?', 'doc:qd-89-2017'],
  ['doc', 'QĐ89 năm 2017 bị thay bằng quy định mới nào rồi hả anh?', 'doc:qd-89-2017'],
  ['en', 'Was Regulation 89 of 2017 on cadre standards superseded, and by what?', 'doc:qd-89-2017'],
  ['typo', 'QUY DINH 89 VE TIEU CHUAN CAN BO BAY GIO CON DUNG KHONG', 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365-QĐ/TW ngày 30/8/2025 của Bộ Chính trị quy định về việc gì?', 'doc:qd-365-2025'],
  ['doc', 'qd 365 ve tieu chuan chuc danh can bo la cua co quan nao', 'doc:qd-365-2025'],
  ['en', 'Regulation 365-QĐ/TW: who issued it and what did it replace?', 'doc:qd-365-2025'],
  [
    'doc',
    'Xin hỏi Quy định số 14-QĐ/TU của Ban Thường vụ Thành ủy về tiêu chí đánh giá cán bộ ban hành ngày nào?',
    'doc:qd-14-2023',
  ],
  ['doc', 'QĐ 14/TU ngày 06/11/2023 còn hiệu lực không?', 'doc:qd-14-2023'],
  [
    'en',
    'Regulation 14-QĐ/TU from the Hanoi Standing Board: what does it cover and when was it issued?',
    'doc:qd-14-2023',
  ],
  ['doc', 'Quy định 2656-QĐ/QU của Quận ủy Hai Bà Trưng đề cập đến vấn đề gì vậy ạ?', 'doc:qd-2656-2023'],
  ['doc', 'qđ2656 của Ban Thường vụ Quận ủy ra ngày nào?', 'doc:qd-2656-2023'],
  ['en', 'Regulation 2656 on evaluating cadres, which body issued it?', 'doc:qd-2656-2023'],
  [
    'doc',
    'Trân trọng hỏi Quy định số 1216-QĐ/QU ngày 06/4/2022 về quy hoạch cán bộ do cơ quan nào ban hành?',
    'doc:qd-1216-2022',
  ],
  ['typo', 'QD1216 VE QUY HOACH CAN BO CON HIEU LUC KHONG', 'doc:qd-1216-2022'],
  ['en', 'Regulation 1216 of 2022 on cadre planning: still current?', 'doc:qd-1216-2022'],
  [
    'doc',
    'Dược sĩ hỏi: Quy định 294-QĐ/TW về thí điểm đại hội chi bộ bắt đầu có hiệu lực từ hôm nào?',
    'doc:qd-294-2025',
  ],
  ['doc', 'QĐ 294 năm 2025 rốt cuộc do cơ quan nào ký ban hành vậy?', 'doc:qd-294-2025'],
  ['en', 'Regulation 294 on cell congresses: on what date did it come into force?', 'doc:qd-294-2025'],
  ['typo', 'QUY DINH SO 294 LA GI', 'doc:qd-294-2025'],
  [
    'unknown-doc',
    'Nghị quyết 57-NQ/TW về khoa học công nghệ có trong tài liệu của bot không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Kính hỏi Quy định 232-QĐ/TW về thi hành Điều lệ Đảng quy định gì về đại hội chi bộ hợp tác xã?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Hướng dẫn 06-HD/TW về thi hành Điều lệ ban hành ngày nào và còn hiệu lực không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kết luận 123-KL/TW của Bộ Chính trị về công tác đại hội có gì mới?', 'unknown-doc'],
  ['unknown-doc', 'CHI THI 05-CT/TW LA GI', 'unknown-doc'],
  ['unknown-doc', 'What does Resolution 68-NQ/TW say about party cells in private companies?', 'unknown-doc'],
  [
    'unknown-doc',
    'Kính hỏi Quy định 144-QĐ/TW về chuẩn mực đạo đức cách mạng của cán bộ có áp dụng khi chọn nhân sự không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Kế hoạch 42-KH/TU của Tỉnh ủy về đại hội đảng bộ các cấp quy định mốc thời gian thế nào?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Hướng dẫn 31-HD/BTCTW hướng dẫn nội dung gì?', 'unknown-doc'],
  [
    'unknown-doc',
    'Quy định 22-QĐ/TW về công tác kiểm tra, giám sát có liên quan đến đại hội không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Công văn 1150-CV/BTCTW gửi các tỉnh ủy nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Thông báo 99-TB/TW của Ban Bí thư ra khi nào?', 'unknown-doc'],
  ['unknown-doc', 'Directive 09-CT/TW: can you summarise it for me?', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị quyết 66-NQ/TW về xây dựng và thi hành pháp luật có gì liên quan tới chi bộ không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Quy định 109-QĐ/TW còn hiệu lực không?', 'unknown-doc'],
  [
    'unknown-doc',
    'Hướng dẫn 12-HD/ĐU của Đảng ủy xã về đại hội chi bộ hợp tác xã nghề cá có trong bot không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kế hoạch 71-KH/ĐU về tổ chức đại hội chi bộ trực thuộc là kế hoạch gì?', 'unknown-doc'],
  [
    'offword',
    'Anh em trong chi bộ hợp tác xã nghề cá đi biển cả tuần mới về, đại hội chi bộ phải có mấy nội dung bắt buộc?',
    'noi-dung',
  ],
  [
    'offword',
    'Mùa cá cơm đang rộ, chi bộ HTX muốn hỏi chuẩn bị đại hội cần lập những tổ giúp việc nào?',
    'chuan-bi',
  ],
  [
    'offword',
    'Bão vừa tan, tàu về bến hết, tôi là bí thư chi bộ HTX nghề cá, xin hỏi báo cáo chính trị trình đại hội phải viết ra sao?',
    'van-kien',
  ],
  [
    'offword',
    'Tôi trực nhà thuốc ca tối nên hay lỡ họp, cho hỏi văn kiện cấp ủy trình đại hội gồm những báo cáo nào?',
    'van-kien',
  ],
  [
    'offword',
    'Đang kiểm kê kho thuốc cuối tháng, tiện hỏi luôn: Đại hội XIV của Đảng khai mạc hôm nào?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Tôi là giáo viên nghỉ hưu, đã ba mươi năm đứng lớp, nay sinh hoạt tại chi bộ khu dân cư, kính mong được biết kết quả đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030 được đánh giá ra sao.',
    'ket-qua',
  ],
  [
    'offword',
    'Sau khi đọc tin sáp nhập các trường học trong phường, tôi kính hỏi: chính quyền địa phương hai cấp vận hành từ khi nào?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Vừa phơi xong mẻ cá khô, hỏi nhanh: đại hội điểm ở đảng bộ cơ sở chọn mấy chi bộ, làm tháng nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Khách đang chờ lấy thuốc nên hỏi gọn: nhân sự cấp ủy khóa mới phải theo những quy định nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Hôm nay trường cũ mời về dự lễ khai giảng, nhân tiện cho tôi hỏi đại hội phải tránh phô trương hình thức, lãng phí như thế nào?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Giữa hai chuyến ra khơi, cho tôi hỏi từ hội nghị quán triệt tháng 10/2024 tới giờ có gì thay đổi về đại hội?',
    'thay-doi',
  ],
  [
    'offword',
    'Đang pha chế thuốc nhỏ mắt thì nhận tin nhắn hỏi: bot này lấy thông tin từ những văn bản nào?',
    'tai-lieu',
  ],
  [
    'offword',
    'Cháu tôi đang ôn thi đại học, còn tôi muốn hỏi chỉ thị năm 2024 của Bộ Chính trị về đại hội gồm mấy phần, mấy phụ lục?',
    'chi-thi-35',
  ],
  [
    'offword',
    'Nhà thuốc đông khách mùa cúm, tôi hỏi nhanh: chi bộ bây giờ bao nhiêu năm mới đại hội một lần?',
    'chi-bo-5-nam',
  ],
  [
    'fact',
    'Nghe nói giờ chi bộ thí điểm 5 năm mới đại hội một lần, vậy trước đây Điều lệ quy định mấy lần?',
    'chi-bo-5-nam',
  ],
  [
    'fact',
    'Kính thưa quý Ban, xin được hỏi nguyên tắc tập trung dân chủ được đặt ra thế nào trong việc chuẩn bị và tổ chức đại hội?',
    'nguyen-tac',
  ],
  [
    'fact',
    'Kính gửi Ban Tổ chức, tôi xin phép hỏi Đại hội đại biểu Đảng bộ quận Hai Bà Trưng lần thứ XXVII được chuẩn bị theo kế hoạch nào ạ?',
    'dai-hoi-quan',
  ],
  [
    'fact',
    'Kính thưa, các tổ chức cơ sở đảng có phải tổ chức hội nghị trực tiếp để quán triệt các văn bản về đại hội không ạ?',
    'chuan-bi',
  ],
  [
    'fact',
    'Báo cáo kiểm điểm của cấp ủy trình đại hội phải đánh giá những mặt nào trong nhiệm kỳ?',
    'van-kien',
  ],
  [
    'fact',
    'Bầu đoàn đại biểu đi dự đại hội cấp trên có phải là một trong các nội dung của đại hội chi bộ không?',
    'noi-dung',
  ],
  [
    'fact',
    'Kính hỏi Đại hội đại biểu toàn quốc lần thứ mười bốn của Đảng kéo dài mấy ngày, bế mạc hôm nào?',
    'dai-hoi-xiv',
  ],
  [
    'fact',
    'Sau khi không còn cấp huyện, ở Hà Nội có tất cả bao nhiêu đảng bộ quận, huyện thôi hoạt động?',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'Bộ Chính trị và Ban Bí thư kết luận thế nào về đợt đại hội đảng bộ các cấp vừa rồi?', 'ket-qua'],
  [
    'fact',
    'Chỉ thị năm 2024 của Bộ Chính trị về đại hội tiến tới Đại hội XIV có bảy yêu cầu là những yêu cầu gì?',
    'chi-thi-35',
  ],
  ['fact', 'Khi chọn người vào cấp ủy khóa mới, có phải rà soát bổ sung quy hoạch cán bộ không?', 'nhan-su'],
  ['fact', 'Đại hội điểm do cấp quận chỉ đạo gồm những loại tổ chức đảng nào?', 'dai-hoi-diem'],
  ['fact', 'Các đại hội cơ sở ở Hai Bà Trưng được tổ chức để tiến tới đại hội nào của quận?', 'dai-hoi-quan'],
  ['fact', 'Những mốc thay đổi nào liên quan đến đại hội đã diễn ra trong năm 2025?', 'thay-doi'],
  ['fact', 'Bot có danh sách các văn bản về đại hội nhiệm kỳ 2025 - 2030 kèm tình trạng không?', 'tai-lieu'],
  [
    'unit',
    'Chi bộ HTX nghề cá của tôi là chi bộ trực thuộc đảng ủy xã, đại hội phải xong trong tháng nào?',
    'lich-trinh',
  ],
  [
    'unit',
    'Chi bộ công ty cổ phần dược của tôi là chi bộ cơ sở, đại hội bắt đầu từ tháng mấy?',
    'lich-trinh',
  ],
  [
    'unit',
    'Xin trân trọng hỏi: đảng bộ cơ sở tổ chức đại hội đảng viên hay đại hội đại biểu sau khi các chi bộ trực thuộc đã đại hội xong, thời hạn hoàn thành là khi nào?',
    'lich-trinh',
  ],
  ['unit', 'DAI HOI CHI BO CO SO PHAI XONG TRUOC NGAY NAO', 'lich-trinh'],
  [
    'unit',
    'By what date did a grassroots party cell (chi bộ cơ sở) have to finish its congress?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng bộ cơ sở phải chọn một chi bộ trực thuộc để làm đại hội điểm trong tháng mấy?',
    'dai-hoi-diem',
  ],
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở của khu phố tôi có phải đại hội trước chi bộ cơ sở không?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng bộ cơ sở có phải đợi các chi bộ trực thuộc đại hội xong rồi mới tổ chức đại hội của mình không?',
    'lich-trinh',
  ],
  [
    'unit',
    'Ban Thường vụ Quận ủy có chọn một đảng bộ khối hành chính sự nghiệp làm đại hội điểm không, vào lúc nào?',
    'dai-hoi-diem',
  ],
  ['unit', 'Tôi ở đảng bộ cơ sở phường, đại hội đảng bộ bắt đầu từ tháng 4/2025 đúng không?', 'lich-trinh'],
  ['typo', 'dai hoi chi bo htx nghe ca co may noi dung vay', 'noi-dung'],
  ['typo', 'bí thư cb hỏi: ĐH cb trực thuộc xong trước tháng mấy?', 'lich-trinh'],
  ['typo', 'bao cao chinh tri cua chi bo la bao cao trung tam phai khong', 'van-kien'],
  ['typo', 'BAO CAO KIEM DIEM CAP UY TRINH DAI HOI PHAI TU PHE BINH THE NAO', 'van-kien'],
  ['typo', 'CHUAN BI DAI HOI CHI BO CO PHAI LAP TO NHAN SU TO VAN KIEN TO TO CHUC KHONG', 'chuan-bi'],
  ['typo', 'DAI HOI XIV HOP NGAY MAY', 'dai-hoi-xiv'],
  ['typo', 'CHINH QUYEN DIA PHUONG 2 CAP CHAY TU NGAY NAO VAY', 'chinh-quyen-2-cap'],
  ['typo', 'DAI HOI DIEM CHON MAY CHI BO', 'dai-hoi-diem'],
  ['typo', 'to chuc dh chi bo phai theo nguyen tac tap trung dan chu ra sao ha ban', 'nguyen-tac'],
  ['typo', 'đại hôi đảng bô các cấp nhiêm kỳ này đã xông hết chưa', 'ket-qua'],
  ['typo', 'tiêu chuẩn nhân sư cấp ủy khoá mới theo quy đinh nao', 'nhan-su'],
  ['typo', 'ĐBCS tổ chức ĐH đại biểu xong trước ngày nào vậy ạ', 'lich-trinh'],
  [
    'en',
    "I'm covering Vietnam for an Australian paper. When did the Communist Party's 14th National Congress take place?",
    'dai-hoi-xiv',
  ],
  [
    'en',
    'What four items did local party congresses have to get through in the 2025-2030 round?',
    'noi-dung',
  ],
  [
    'en',
    'For my story: which two main reports does an outgoing party committee put before its congress?',
    'van-kien',
  ],
  ['en', 'Did Vietnam abolish its district level of government? Since when?', 'chinh-quyen-2-cap'],
  [
    'en',
    'Under the pilot rule that began in July 2025, how often does a party cell hold its congress?',
    'chi-bo-5-nam',
  ],
  ['en', 'Have all the party congresses for the 2025–2030 term now been held?', 'ket-qua'],
  ['en', 'What has changed since the Hai Ba Trung district conference of October 2024?', 'thay-doi'],
  ['en', 'Which party documents is this bot drawing its answers from, and what is their status?', 'tai-lieu'],
  [
    'en',
    "I keep reading about 'pilot congresses' (đại hội điểm) in Hai Ba Trung. What were they and when?",
    'dai-hoi-diem',
  ],
  ['en', 'How are candidates for the new party committee chosen?', 'nhan-su'],
  ['en', 'What principles must a congress follow? Anything about waste or pomp?', 'nguyen-tac'],
  [
    'en',
    "The Politburo's June 2024 directive on congresses: how is it structured, parts and appendices?",
    'chi-thi-35',
  ],
  ['en', 'What preparation do grassroots party organisations carry out before a congress?', 'chuan-bi'],
  [
    'en',
    "Tell me about the Hai Ba Trung district party organisation's twenty-seventh congress.",
    'dai-hoi-quan',
  ],
  [
    'two-part',
    'Đại hội chi bộ HTX có mấy nội dung, và lúc chuẩn bị thì phải lập những tổ nào?',
    'noi-dung+chuan-bi',
  ],
  [
    'two-part',
    'Báo cáo kiểm điểm cấp ủy viết thế nào, và nhân sự cấp ủy mới chọn theo tiêu chuẩn gì?',
    'van-kien+nhan-su',
  ],
  [
    'two-part',
    'Kính hỏi: Đại hội XIV của Đảng diễn ra vào thời gian nào, và đợt đại hội các cấp trước đó đã hoàn thành ra sao?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Trân trọng đề nghị cho biết những thay đổi kể từ hội nghị quán triệt tháng 10/2024, đồng thời giải thích mô hình chính quyền hai cấp.',
    'thay-doi+chinh-quyen-2-cap',
  ],
  ['two-part', 'DAI HOI CO MAY NOI DUNG VA CHON NHAN SU CAP UY THEO TIEU CHUAN GI', 'noi-dung+nhan-su'],
  [
    'two-part',
    'What must the congress cover, and when did the 14th National Congress happen?',
    'noi-dung+dai-hoi-xiv',
  ],
  [
    'two-part',
    'Chi bộ trực thuộc đại hội khi nào, và đại hội điểm của chi bộ trực thuộc làm vào tháng nào?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Nguyên tắc tổ chức đại hội là gì, và hai báo cáo trình đại hội gồm những báo cáo nào?',
    'nguyen-tac+van-kien',
  ],
  [
    'two-part',
    'Chỉ thị năm 2024 về đại hội có những yêu cầu nào, và chi bộ giờ mấy năm đại hội một lần?',
    'chi-thi-35+chi-bo-5-nam',
  ],
  ['lookalike', 'Đại hội thành viên hợp tác xã nghề cá thường niên phải thông qua những việc gì?', null],
  [
    'lookalike',
    'Nghiệp đoàn nghề cá xã tổ chức đại hội nhiệm kỳ mới, bầu ban chấp hành nghiệp đoàn thế nào?',
    null,
  ],
  ['lookalike', 'Chi hội nghề cá tổ chức hội nghị tổng kết vụ cá nam thì nên mời những ai?', null],
  ['lookalike', 'Làm hồ sơ đăng ký tàu cá đóng mới ở đâu, mất bao lâu?', null],
  ['lookalike', 'Giá dầu DO cho tàu cá tuần này bao nhiêu một lít?', null],
  ['lookalike', 'Đảng viên đi biển dài ngày không dự sinh hoạt chi bộ được thì có bị xử lý không?', null],
  ['lookalike', 'Ngư dân trẻ muốn vào Đảng thì hồ sơ kết nạp gồm những gì?', null],
  ['lookalike', 'Đảng viên làm nghề biển thu nhập bấp bênh thì đóng đảng phí thế nào?', null],
  ['lookalike', 'Lễ hội cầu ngư đầu năm của làng, ban tổ chức lễ hội cần chuẩn bị những gì?', null],
  [
    'lookalike',
    'Tàu cá dài trên 15 mét có bắt buộc lắp thiết bị giám sát hành trình theo quy định chống khai thác IUU không?',
    null,
  ],
  ['lookalike', 'Viết giúp tôi báo cáo tổng kết năm của hợp tác xã nghề cá.', null],
  ['lookalike', 'Dự báo sóng gió vùng biển Bình Định ngày mai thế nào?', null],
  ['lookalike', 'Hội nghị người lao động của công ty chế biến hải sản tổ chức mấy năm một lần?', null],
  ['lookalike', 'Đại hội Hội Nông dân xã có bầu đại biểu đi dự đại hội cấp trên không?', null],
  ['lookalike', 'Vay vốn ngân hàng chính sách để đóng tàu vỏ thép cần thủ tục gì?', null],
  ['lookalike', 'Hội Dược học tỉnh tổ chức đại hội nhiệm kỳ mới, hội viên có phải đóng hội phí không?', null],
  ['lookalike', 'Hội nghị khoa học dược lâm sàng năm nay hạn nộp bài tóm tắt là khi nào?', null],
  ['lookalike', 'Gia hạn chứng chỉ hành nghề dược cần những giấy tờ gì?', null],
  ['lookalike', 'Thuốc kháng sinh có được bán cho khách không cần đơn không?', null],
  ['lookalike', 'Đại hội đồng cổ đông công ty dược năm nay chia cổ tức bao nhiêu phần trăm?', null],
  ['lookalike', 'Nhà thuốc đạt chuẩn GPP sắp bị thanh tra thì cần chuẩn bị hồ sơ nào?', null],
  [
    'lookalike',
    'Công đoàn cơ sở công ty dược đại hội thì bầu bao nhiêu ủy viên ban chấp hành công đoàn?',
    null,
  ],
  ['lookalike', 'Bản kiểm điểm cá nhân cuối năm của đảng viên phải tự nhận mức xếp loại thế nào?', null],
  [
    'lookalike',
    'Tôi chuyển từ nhà thuốc này sang làm ở công ty khác thì chuyển sinh hoạt đảng chính thức ra sao?',
    null,
  ],
  ['lookalike', 'Hội nghị tri ân khách hàng của chuỗi nhà thuốc nên tặng quà gì?', null],
  ['lookalike', 'Liều paracetamol cho trẻ sáu tuổi là bao nhiêu?', null],
  ['lookalike', 'Hội Cựu giáo chức phường sắp đại hội, xin hỏi thể lệ bầu ban chấp hành hội.', null],
  [
    'lookalike',
    'Kính hỏi lương hưu của giáo viên nghỉ hưu năm nay được điều chỉnh tăng bao nhiêu phần trăm?',
    null,
  ],
  [
    'lookalike',
    'Chi hội khuyến học dòng họ tổ chức đại hội, bài phát biểu khai mạc nên mở đầu thế nào?',
    null,
  ],
  ['lookalike', 'Hội nghị cha mẹ học sinh đầu năm học cần thông qua những nội dung gì?', null],
  ['lookalike', 'Xin hỏi thủ tục đề nghị tặng huy hiệu 40 năm tuổi Đảng gồm những bước nào.', null],
  [
    'lookalike',
    'Xin hỏi cách soạn giáo án điện tử cho lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới.',
    null,
  ],
  ['lookalike', 'Kính nhờ quý Ban soạn giúp một bài thơ chúc mừng đại hội chi bộ thành công.', null],
  ['lookalike', 'Tôi kính hỏi Đại hội Hội Người cao tuổi phường năm nay tổ chức vào ngày nào?', null],
  ['lookalike', 'Xin hỏi về lịch sử: Đại hội lần thứ VI của Đảng, đại hội đổi mới, họp vào năm nào?', null],
  ['lookalike', 'Kính hỏi thủ tục làm lại thẻ đảng viên bị mất khi đi viện.', null],
  [
    'lookalike',
    'Đảng viên nghỉ hưu muốn đi thăm con ở nước ngoài ba tháng thì có phải báo cáo chi bộ không?',
    null,
  ],
  ['lookalike', 'Kính thưa, hội nghị Ban Chấp hành Trung ương lần tới sẽ bàn những vấn đề gì?', null],
  ['lookalike', 'Tôi muốn viết hồi ký về những năm dạy học, xin gợi ý cách chia chương.', null],
  ['lookalike', 'Trường cũ của tôi sắp đại hội Liên đội thiếu niên, nên dựng tiểu phẩm gì cho các em?', null],
  ['lookalike', 'How do I get press accreditation to cover events in Hanoi?', null],
  ['lookalike', 'What did the ALP national conference in Brisbane decide about AUKUS?', null],
  ['lookalike', 'Who presides over the National Congress of the Chinese Communist Party?', null],
  ['lookalike', 'Is there a direct flight from Sydney to Hanoi?', null],
  ['lookalike', 'Where can I buy a local SIM card at Noi Bai airport?', null],
  ['lookalike', "When is Vietnam's next National Assembly election?", null],
  ['lookalike', 'How do the Australian Greens preselect their candidates?', null],
  ['lookalike', "What was decided at this year's ACTU congress?", null],
  ['lookalike', 'Can you translate my interview questions into Vietnamese?', null],
  ['lookalike', "Is the Liberal Party's federal council meeting open to journalists?", null],
  ['lookalike', 'What is the population of Ho Chi Minh City now?', null],
  ['lookalike', 'DAI HOI DOAN THANH NIEN XA BAO GIO HOP', null],
  ['lookalike', 'GIA VANG NHAN 9999 SANG NAY MUA VAO BAN RA BAO NHIEU', null],
  ['lookalike', 'LAM SAO DOI MAT KHAU APP SO TAY DANG VIEN', null],
  ['lookalike', 'DAI HOI THE DUC THE THAO XA CO MON KEO CO KHONG', null],
  ['lookalike', 'CON TOI LA DANG VIEN DU BI, HET 12 THANG THI CHI BO XET CHUYEN CHINH THUC RA SAO', null],
  ['lookalike', 'HOI NGHI SO KET 6 THANG CUA UBND XA LAM NGAY NAO', null],
  ['lookalike', 'CACH TAT CHE DO VIET HOA TREN DIEN THOAI', null],
  ['lookalike', 'DAI HOI CO DONG NGAN HANG BAO GIO TO CHUC', null],
  [
    'lookalike',
    'Chi bộ mua cờ Đảng, cờ Tổ quốc để treo hội trường đại hội thì lấy kinh phí từ quỹ nào?',
    null,
  ],
  ['lookalike', 'Biên bản họp tổ dân phố về thu quỹ vệ sinh viết theo mẫu nào?', null],
  ['lookalike', 'Trong tiểu thuyết kiếm hiệp, đại hội anh hùng ở Tụ Hiền Trang do ai đứng ra tổ chức?', null],
  ['lookalike', 'Đại hội giáo xứ năm nay có rước kiệu không?', null],
];

export const NEWSET95: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
