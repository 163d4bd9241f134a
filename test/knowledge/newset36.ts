/**
 * The thirty-sixth new evaluation set (issue 11, point 6), written on 2026-12-03 from 19:20 UTC
 * (committed in the commit "Eval: newset36, the thirty-sixth unseen set") by a helper (set36) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before its import line, and that import line) and its export line, the
 * part of newset.ts before `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and
 * sets.ts. Nothing under src/, bench/ or config/, no README, no git log, diff or show, and no other
 * set's or pool's items (newset37.ts, written at the same time, included) were read. Its users are
 * imagined as the secretary of a cell at a textile factory who tells a story before asking, a
 * deputy secretary of a ward party committee after the 2025 merger, the secretary of a cell of
 * retired teachers, a new member who is a university student, a Singaporean political scientist who
 * writes in English, a clerk who types in capitals and abbreviations (DH, CB, DBCS, BCH), and a
 * taxi driver who is a member and asks by voice-to-text, with its errors; with the out-of-scope
 * messages such users send (other organisations' congresses and meetings: a company trade union's
 * congress, a ward trade union's minutes, the Youth Union's executive meetings and faculty
 * congresses, the Students' Association, the retired teachers' association, the study-encouragement
 * association, the Farmers' Union, the Red Cross, an agricultural cooperative's members' meeting, a
 * Protestant church's general assembly, Singapore's PAP conference, the Lao party's congress,
 * China's plenums, G20 and investment-promotion conferences; other senses of "đại hội" and "hội
 * nghị": a martial-arts novel's heroes' gathering, occupational-safety and school year-end
 * conferences, student research conferences, voters' meetings before a National Assembly session;
 * history (the Party's 6th Congress and Đổi mới, a Central Committee plenum, a Party history exam);
 * other party business the pack does not cover: admission to full membership, transfers after
 * graduation, lost party cards, dues of retired members, longevity gifts, travel abroad, members'
 * side jobs, the party-document format, members' software, monthly resolution templates,
 * provisional committees after the merger, party cells in foreign-invested companies; people in
 * posts (the new General Secretary and Politburo); the 14th Congress's growth targets and
 * draft-document downloads; quiz answers about the congress; auspicious dates and opening speeches
 * written for the user; road closures during the congress; addresses and phone numbers of the new
 * ward; money and prices (Tết bonuses, pensions, position allowances, taxi fares, student loans,
 * members' taxes); local services (birth certificates, neighbourhood heads, vehicle inspection);
 * National Assembly and People's Council elections of 2026; labour-safety law; health
 * (blood-pressure pills); schools and research books; translation; the bot itself; football and
 * small talk).
 *
 * It was committed without running any of its questions through the engine, the bot or the bench;
 * only the shape tests (newset3*.test.ts), biome and tsc ran. Do not edit an item after its commit,
 * except to fix an expectation that is factually wrong (against the sources), in its own commit
 * that says which and why. It was measured once on the engine as it stood when it landed, no engine
 * change coming between (main 9851e70; the last engine change, f906b1e, a move, and before it
 * eae9def and 422ca64, reached main before its commit while it was being written; its writer saw
 * none of them), at 19:28 UTC (`node --expose-gc dist/bench/qa.js`): qa_new_top1 96.5 %,
 * qa_new_oos_refused 94.0 % (5 in-scope misses, 4 lookalikes answered). The run shared the machine
 * with a CI run (load 6.04): its qa_p99_us, 4824.7, measures that, not the engine. Its misses were
 * listed after that run, and it is a development set since.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units held the pilot
 * congresses, who was elected, the number of delegates, age limits, committee sizes, the money a
 * congress may spend, which cells the five-yearly pilot covers, what Kết luận 118-KL/TW changed in
 * detail, membership figures) were left out, not guessed.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number (each pack document in at least three spellings, across kinds).
  [
    'doc',
    'Chị ơi, chi bộ xưởng dệt em hôm trước họp, anh tổ trưởng ca đêm cứ bảo vẫn làm theo Chỉ thị số 35-CT/TW ngày 14/6/2024. Chỉ thị đó bây giờ còn hiệu lực không hay bị thay rồi ạ?',
    'doc:ct-35-2024',
  ],
  ['doc', 'CT 35 NAM 2024 CUA BO CHINH TRI CON AP DUNG KHONG', 'doc:ct-35-2024'],
  ['en', 'Is Directive 35 of June 2024 still the operative text, or was it superseded?', 'doc:ct-35-2024'],
  [
    'doc',
    'Cô giáo hưu trong chi bộ hỏi: Chỉ thị 35 ngày 30/5/2019 hướng tới Đại hội XIII là văn bản gì vậy?',
    'doc:ct-35-2019',
  ],
  ['doc', 'VB CT 35 NĂM 2019 CÓ CÒN DÙNG CHO ĐH NK NÀY KHÔNG', 'doc:ct-35-2019'],
  [
    'en',
    'What was the 2019 directive numbered 35-CT/TW about, the one before the 13th Congress?',
    'doc:ct-35-2019',
  ],
  ['doc', 'Kết luận số 118-KL/TW là văn bản gì, giờ còn hiệu lực không ạ?', 'doc:kl-118-2025'],
  ['doc', 'em mới vào đảng, em hỏi KL118 còn hiệu lực ko ạ', 'doc:kl-118-2025'],
  ['typo', 'kết luận 118 của trung ương năm 2025 nói gì dậy em', 'doc:kl-118-2025'],
  [
    'doc',
    'Chỉ thị 45-CT/TW ngày 14/4/2025 do cơ quan nào ban hành, tình trạng hiện nay ra sao?',
    'doc:ct-45-2025',
  ],
  ['doc', 'CT45 THAY CT NAO, CON HIEU LUC KHONG', 'doc:ct-45-2025'],
  ['en', 'Directive 45-CT/TW of April 2025: who issued it and has anything changed since?', 'doc:ct-45-2025'],
  ['doc', 'Kết luận số 200-KL/TW ngày 17/10/2025 nói gì về đại hội các cấp?', 'doc:kl-200-2025'],
  ['doc', 'KL 200 CUA BCT VA BAN BI THU BAN HANH NGAY NAO', 'doc:kl-200-2025'],
  [
    'en',
    'Conclusion 200 of October 2025: what did the leadership conclude about the congress round?',
    'doc:kl-200-2025',
  ],
  [
    'doc',
    'Hướng dẫn 27-HD/BTCTW ngày 26/8/2024 của Ban Tổ chức Trung ương là hướng dẫn về việc gì?',
    'doc:hd-27-2024',
  ],
  ['doc', 'VAN BAN HD27 BTCTW CON HIEU LUC KO', 'doc:hd-27-2024'],
  ['typo', 'huong dan so 27 cua ban to chuc trung uong huong dan chi thi nao vay', 'doc:hd-27-2024'],
  [
    'doc',
    'Hướng dẫn số 18-HD/BTCTU ngày 01/10/2024 của Ban Tổ chức Thành ủy hướng dẫn những nội dung nào?',
    'doc:hd-18-2024',
  ],
  ['doc', 'HD 18/BTCTU DO AI BAN HANH', 'doc:hd-18-2024'],
  ['en', "What is Hanoi's Guidance 18-HD/BTCTU and is it still valid?", 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch 258-KH/TU ngày 15/7/2024 của Thành ủy Hà Nội còn áp dụng không?', 'doc:kh-258-2024'],
  ['doc', 'VP DANG UY HOI: KH258/TU LA CUA CO QUAN NAO, BAN HANH NAM NAO', 'doc:kh-258-2024'],
  [
    'en',
    'For my fieldwork notes: Plan 258 of the Hanoi Party Committee, what date and what status?',
    'doc:kh-258-2024',
  ],
  [
    'doc',
    'Phường tôi mới sáp nhập, anh em hỏi Kế hoạch số 203-KH/QU của Quận ủy Hai Bà Trưng giờ còn giá trị không?',
    'doc:kh-203-2024',
  ],
  ['doc', 'KH 203 QU NGAY BAN HANH', 'doc:kh-203-2024'],
  ['typo', 'cái kế hoạch 203 của quận ủy hai bà trưng dờ còn không', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW ngày 19/5/2018 là của Ban Chấp hành Trung ương khóa nào?', 'doc:nq-26-2018'],
  ['doc', 'NQ26 KHOA XII VE CAN BO CHIEN LUOC CB MINH CO PHAI HOC LAI KHONG', 'doc:nq-26-2018'],
  ['en', 'Resolution 26 of May 2018: which body adopted it?', 'doc:nq-26-2018'],
  [
    'doc',
    'Quy định 89-QĐ/TW ngày 4/8/2017 về tiêu chuẩn cán bộ còn hiệu lực không, hay đã có quy định mới?',
    'doc:qd-89-2017',
  ],
  ['doc', 'VP HỎI GẤP: QĐ89 BỊ THAY CHƯA, THAY BẰNG VB NÀO', 'doc:qd-89-2017'],
  ['en', 'Was Regulation 89 on cadre standards replaced, and by what?', 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365-QĐ/TW của Bộ Chính trị ban hành ngày nào?', 'doc:qd-365-2025'],
  ['doc', 'QD 365 VE TIEU CHUAN CHUC DANH CB', 'doc:qd-365-2025'],
  ['en', 'Regulation 365-QD/TW of August 2025: what does it cover?', 'doc:qd-365-2025'],
  [
    'doc',
    'Đảng ủy phường mới của tôi còn dùng Quy định 14-QĐ/TU ngày 06/11/2023 của Ban Thường vụ Thành ủy để đánh giá cán bộ được không?',
    'doc:qd-14-2023',
  ],
  ['doc', 'QĐ 14/TU CỦA BTV TU VỀ TIÊU CHÍ ĐÁNH GIÁ CB', 'doc:qd-14-2023'],
  [
    'en',
    'In Hanoi, what does Regulation 14-QD/TU of the city Standing Board set out, and is its status known?',
    'doc:qd-14-2023',
  ],
  ['doc', 'Quy định số 2656-QĐ/QU của Ban Thường vụ Quận ủy về tiêu chí gì?', 'doc:qd-2656-2023'],
  ['doc', 'QD2656 BAN HANH NGAY NAO', 'doc:qd-2656-2023'],
  ['typo', 'quy dinh 2656 cua quan uy hai ba trung con dung dc ko', 'doc:qd-2656-2023'],
  ['doc', 'Quy định 1216-QĐ/QU ngày 06/4/2022 về quy hoạch cán bộ còn áp dụng không?', 'doc:qd-1216-2022'],
  ['doc', 'QĐ 1216 CỦA BTV QU LÀ VỀ VIỆC GÌ', 'doc:qd-1216-2022'],
  ['en', 'Regulation 1216 of the Hai Ba Trung Standing Board: is it still in effect?', 'doc:qd-1216-2022'],
  ['doc', 'Quy định 294-QĐ/TW ngày 26/5/2025 có hiệu lực từ khi nào?', 'doc:qd-294-2025'],
  ['doc', 'CHO HOI QĐ294 AI BAN HANH, CO HIEU LUC TU BAO GIO', 'doc:qd-294-2025'],
  [
    'en',
    'Singapore researcher here: Regulation 294 on party cells, who issued it and what does it pilot?',
    'doc:qd-294-2025',
  ],
  [
    'doc',
    'Cô giáo về hưu đọc được Hướng dẫn 26-HD/BTCTW ngày 18/10/2019 trong tủ sách chi bộ, văn bản này dùng cho nhiệm kỳ nào?',
    'doc:hd-26-2019',
  ],
  ['doc', 'HD 26 NAM 2019 CON DUNG KHONG', 'doc:hd-26-2019'],
  ['en', 'Guidance 26-HD/BTCTW of 2019: is it part of the current rules?', 'doc:hd-26-2019'],

  // Documents the pack does not hold.
  [
    'unknown-doc',
    'Chi bộ dệt nhuộm em đang học Quy định 232-QĐ/TW về thi hành Điều lệ Đảng, bot có văn bản này không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'QĐ 80-QĐ/TW VỀ PHÂN CẤP QUẢN LÝ CB NÓI GÌ', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 121-KL/TW năm 2025 của Trung ương có nội dung gì?', 'unknown-doc'],
  [
    'unknown-doc',
    'Cho em hỏi Nghị quyết 57-NQ/TW về khoa học công nghệ có trong tài liệu không ạ?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Does the bot hold Regulation 50-QD/TW on cadre planning?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 13-KH/ĐU của Đảng ủy phường về đại hội chi bộ hướng dẫn gì?', 'unknown-doc'],
  ['unknown-doc', 'CV 1529-CV/BTCTU VE HO SO NHAN SU DH GUI NGAY NAO', 'unknown-doc'],
  ['unknown-doc', 'Thông tri 05-TT/TW còn hiệu lực không?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 102-QĐ/TW về kỷ luật đảng viên vi phạm quy định thế nào?', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 24-CT/TU của Thành ủy về đại hội có còn áp dụng cho phường không?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 12-HD/BTGTW về tuyên truyền đại hội nói gì?', 'unknown-doc'],
  ['unknown-doc', 'nghị quyết 66 của bộ chính trị là gì vậy em', 'unknown-doc'],
  ['unknown-doc', 'Is Resolution 68-NQ/TW on the private economy among your sources?', 'unknown-doc'],
  ['unknown-doc', 'HD 36-HD/VPTW VE THE THUC VAN BAN DANG CO TRONG BOT KHONG', 'unknown-doc'],
  ['unknown-doc', 'Quyết định 190-QĐ/TW ban hành quy chế bầu cử trong Đảng đúng không?', 'unknown-doc'],
  [
    'unknown-doc',
    'Kế hoạch 09-KH/BTCTW về rà soát quy hoạch có yêu cầu gì với chi bộ sinh viên?',
    'unknown-doc',
  ],

  // In scope, with words from the users' lives around them.
  [
    'offword',
    'Chi bộ em ở công ty dệt may, công nhân làm ca liên tục, tăng ca suốt; năm nay đại hội chi bộ phải có những nội dung gì hả chị?',
    'noi-dung',
  ],
  [
    'offword',
    'Chi bộ hưu trí giáo viên chúng tôi toàn người già, đau khớp, đi lại khó; hội nghị quán triệt trước đại hội có được họp trực tuyến không?',
    'chuan-bi',
  ],
  [
    'offword',
    'Phường tôi vừa sáp nhập, trụ sở chật, mọi người bàn thuê nhà hàng cho to; đại hội có yêu cầu chống lãng phí, không phô trương không?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Em là sinh viên năm ba, vừa vào Đảng ở chi bộ trường, cho em hỏi báo cáo chính trị trình đại hội phải đánh giá những gì ạ?',
    'van-kien',
  ],
  [
    'offword',
    'tôi chạy taxi cả ngày ít đọc báo, đại hội đảng toàn quốc lần thứ XIV họp từ ngày nào đến ngày nào',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Hà Nội mưa rét cả tuần mà chi bộ vẫn phải lo chuẩn bị, cho hỏi cần lập những tổ nào phục vụ đại hội?',
    'chuan-bi',
  ],
  [
    'offword',
    'Điện thoại em hết pin nên không nghe hết hội nghị, lựa chọn nhân sự cấp ủy khóa mới phải theo những tiêu chuẩn, quy định nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Con gái tôi hỏi sao bố cứ đi đại hội chi bộ hoài, giờ chi bộ bao lâu mới đại hội một lần?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Vợ tôi làm điều dưỡng bệnh viện, chi bộ khoa của cô ấy đại hội có phải bầu đoàn đại biểu đi đại hội cấp trên không?',
    'noi-dung',
  ],
  [
    'offword',
    'Giá vàng thì lên xuống mà chi bộ tôi vẫn chưa xong văn kiện: văn kiện cấp ủy trình đại hội gồm mấy báo cáo chủ yếu?',
    'van-kien',
  ],
  [
    'offword',
    'Tôi làm ở ngân hàng, chi bộ muốn biết đại hội đảng bộ các cấp nhiệm kỳ 2025-2030 đã được Trung ương kết luận thế nào?',
    'ket-qua',
  ],
  [
    'offword',
    'Quận Hai Bà Trưng giờ không còn nữa, vậy Đại hội Đảng bộ quận lần thứ XXVII mà hồi đó chuẩn bị là đại hội gì?',
    'dai-hoi-quan',
  ],
  [
    'offword',
    'Ông nội em hỏi sao tivi nói chỉ còn xã phường với tỉnh, chính quyền địa phương hai cấp bắt đầu từ khi nào?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Chi bộ trường tiểu học cũ của tôi nghe nói có đại hội điểm, đại hội điểm tổ chức vào lúc nào và chọn ra sao?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Công nhân xưởng sợi nghỉ Tết sớm, tổ văn kiện của chi bộ chưa họp được; nguyên tắc tập trung dân chủ khi chuẩn bị đại hội nói gì?',
    'nguyen-tac',
  ],

  // Unit types and their windows.
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở ở nhà máy dệt của em đại hội từ tháng mấy đến tháng mấy hả chị?',
    'lich-trinh',
  ],
  ['unit', 'CBCS DH PHAI XONG TRUOC NGAY NAO', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở thì đại hội sau khi các chi bộ trực thuộc xong, bắt đầu từ tháng 4/2025 có đúng không?',
    'lich-trinh',
  ],
  ['unit', 'chi bo truc thuoc cua xuong det chung em phai xong dai hoi trong thang nao', 'lich-trinh'],
  ['unit', 'ĐBCS CHỌN MẤY CB TRỰC THUỘC LÀM ĐH ĐIỂM, THÁNG NÀO', 'dai-hoi-diem'],
  ['unit', 'Chi bộ cơ sở giáo viên về hưu của chúng tôi đại hội trong khoảng thời gian nào?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở tổ chức đại hội đảng viên hay đại hội đại biểu, và thời gian tiến hành thế nào?',
    'lich-trinh',
  ],
  ['unit', 'Công ty TNHH của tôi có chi bộ cơ sở, đại hội phải hoàn thành trước ngày nào?', 'lich-trinh'],
  [
    'unit',
    'Ban Thường vụ Quận ủy chọn những loại tổ chức đảng nào để làm đại hội điểm đầu quý I/2025?',
    'dai-hoi-diem',
  ],
  ['unit', 'Đảng bộ phường có nằm trong diện được chọn làm đại hội điểm không?', 'dai-hoi-diem'],
  [
    'unit',
    'Chi bộ sinh viên trực thuộc đảng ủy trường thì đại hội trước hay sau đại hội đảng bộ trường ạ?',
    'lich-trinh',
  ],
  ['unit', 'chi bộ cơ sở bên hợp tác xã taxi bắt đầu đại hội từ tháng mấy dậy', 'lich-trinh'],
  ['en', 'A party cell under a grassroots committee: when was its congress window?', 'lich-trinh'],

  // Two-part questions.
  [
    'two-part',
    'Cho tôi hỏi đại hội có mấy nội dung, và văn kiện trình đại hội gồm những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Đại hội chi bộ trực thuộc làm lúc nào, và nhân sự cấp ủy mới chọn theo tiêu chuẩn gì?',
    'lich-trinh+nhan-su',
  ],
  ['two-part', 'DH XIV HOP NGAY NAO VA KET QUA DH CAC CAP NK 2025-2030 RA SAO', 'dai-hoi-xiv+ket-qua'],
  [
    'two-part',
    'Chuẩn bị đại hội cần lập những tổ nào, và đại hội điểm được tổ chức khi nào?',
    'chuan-bi+dai-hoi-diem',
  ],
  [
    'two-part',
    'What has changed since the October 2024 conference, and how often do party cells now hold congresses?',
    'thay-doi+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Sau sáp nhập chính quyền hai cấp vận hành thế nào, và Đại hội Đảng bộ quận lần thứ XXVII giờ ra sao?',
    'chinh-quyen-2-cap+dai-hoi-quan',
  ],
  [
    'two-part',
    'Nguyên tắc tổ chức đại hội là gì, còn báo cáo kiểm điểm của cấp ủy phải viết thế nào?',
    'nguyen-tac+van-kien',
  ],
  [
    'two-part',
    'Chỉ thị của Bộ Chính trị năm 2024 về đại hội gồm mấy phần, mấy phụ lục, và từ đó đến nay đã thay đổi những gì?',
    'chi-thi-35+thay-doi',
  ],
  [
    'two-part',
    'đại hội chi bộ giờ mấy năm một lần và đại hội đảng toàn quốc lần thứ mười bốn họp khi nào',
    'chi-bo-5-nam+dai-hoi-xiv',
  ],
  [
    'two-part',
    'BCH KHOA MOI CHON THEO TIEU CHUAN NAO, VA DH CO PHAI BAU DOAN DAI BIEU DI DH CAP TREN KHONG',
    'nhan-su+noi-dung',
  ],
  [
    'two-part',
    'Thời gian đại hội của đảng bộ cơ sở, và cho xem danh sách các văn bản bot đang dựa vào',
    'lich-trinh+tai-lieu',
  ],
  [
    'two-part',
    'Which reports go before a congress, and what are the four items on its agenda?',
    'van-kien+noi-dung',
  ],

  // Typos, voice-to-text and missing diacritics.
  ['typo', 'dai hoi chi bo co nhung noi dunh gi vay', 'noi-dung'],
  ['typo', 'báo cáo chín trị trình đại hội phải đánh giá nhưg gì', 'van-kien'],
  ['typo', 'đại hôi điểm tổ chưc tháng mây năm 2024', 'dai-hoi-diem'],
  ['typo', 'nguyen tăc tâp trung dan chu khi to chuc dai hoi chi bo huu tri la gi vay', 'nguyen-tac'],
  ['typo', 'đại hội đản toàn quốc lần thứ mười bốn khai mạc ngày mấy', 'dai-hoi-xiv'],
  ['typo', 'chính quyền hay cấp là gì mà quận không còn nữa', 'chinh-quyen-2-cap'],
  ['typo', 'nhân sựu cấp ủy khóa mới lựa chộn thế nào', 'nhan-su'],
  ['typo', 'tỏ văn kiện, tổ nhân sự, tổ tổ chứ phục vụ đại hội là sao', 'chuan-bi'],
  ['typo', 'ĐH các cấp nhiệm kỷ 2025-2030 xong hết chưa', 'ket-qua'],
  ['typo', 'Chi bộ bao nhiu năm đại hôi 1 lần theo quy định mới', 'chi-bo-5-nam'],
  ['typo', 'chỉ thi về đại hội năm 2024 có mấy phụ lụt', 'chi-thi-35'],
  ['typo', 'quy đinh 294 qđ tw thí điễm cái gì', 'doc:qd-294-2025'],
  ['typo', 'ket luan 200 kl tw noi j ve dai hoi', 'doc:kl-200-2025'],
  ['typo', 'chỉ thi số 45 thay cho nhửng văn bản nào', 'doc:ct-45-2025'],

  // English, in scope.
  [
    'en',
    "Has Vietnam's 2025-2030 round of party congresses at all levels been completed, according to the leadership?",
    'ket-qua',
  ],
  [
    'en',
    'For a seminar in Singapore: on which dates did the 14th National Party Congress sit?',
    'dai-hoi-xiv',
  ],
  ['en', 'What principles must party committees follow when organising a congress?', 'nguyen-tac'],
  ['en', 'Did Hanoi abolish its district-level party committees, and on what date?', 'chinh-quyen-2-cap'],
  [
    'en',
    "What are the seven requirements of the Politburo's June 2024 directive on party congresses?",
    'chi-thi-35',
  ],
  ['en', 'How were the pilot congresses scheduled in the Hai Ba Trung district?', 'dai-hoi-diem'],
  ['en', 'Which preparatory teams should a party organisation set up before its congress?', 'chuan-bi'],
  ['en', 'How should the new committee members be chosen and nominated?', 'nhan-su'],

  // Facts the sources state.
  ['fact', 'Chỉ thị nào đã thay thế chỉ thị năm 2024 về đại hội đảng bộ các cấp?', 'thay-doi'],
  ['fact', 'Phó bí thư phường hỏi: cấp huyện chính thức không còn kể từ ngày nào vậy?', 'chinh-quyen-2-cap'],
  [
    'fact',
    'Khi bỏ cấp huyện thì ở Hà Nội có tất cả bao nhiêu đảng bộ quận, huyện, thị xã kết thúc hoạt động?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Bác tài hỏi: Đại hội XIV của Đảng bế mạc vào ngày nào, hôm đó tôi chở khách qua Mỹ Đình',
    'dai-hoi-xiv',
  ],
  [
    'fact',
    'Trước khi có thí điểm mới, Điều lệ Đảng quy định chi bộ phải đại hội mấy lần trong mỗi 5 năm?',
    'chi-bo-5-nam',
  ],
  ['fact', 'Chi bộ được đảng bộ cơ sở chọn làm đại hội điểm phải đại hội trong tháng nào?', 'dai-hoi-diem'],
  ['fact', 'Trong hai báo cáo trình đại hội, báo cáo nào là báo cáo trung tâm?', 'van-kien'],
  ['fact', 'Tiêu chuẩn cán bộ ban hành năm 2017 đã được thay bằng quy định nào, từ khi nào?', 'thay-doi'],
  ['fact', 'Chỉ thị của Bộ Chính trị năm 2024 về đại hội có những phụ lục gì?', 'chi-thi-35'],
  [
    'fact',
    'Đại hội lần này phải tổng kết nghị quyết nhiệm kỳ nào và đề ra phương hướng cho nhiệm kỳ nào?',
    'noi-dung',
  ],
  [
    'fact',
    'Kết luận tháng 10/2025 của Bộ Chính trị và Ban Bí thư yêu cầu các cấp làm gì tiếp sau đại hội?',
    'ket-qua',
  ],
  ['fact', 'Cơ quan nào ở Trung ương hướng dẫn thực hiện chỉ thị về đại hội năm 2024?', 'chi-thi-35'],
  ['fact', 'Từ ngày nào việc thí điểm đại hội chi bộ 5 năm một lần có hiệu lực?', 'chi-bo-5-nam'],
  [
    'fact',
    'Đại hội đảng bộ, chi bộ phải thảo luận, góp ý vào dự thảo văn kiện của Đại hội XIV và của cấp trên nào?',
    'noi-dung',
  ],
  ['fact', 'Báo cáo kiểm điểm của cấp ủy phải có tính gì?', 'van-kien'],

  // Lookalikes: near the domain, but the pack does not answer them.
  [
    'lookalike',
    'Chị ơi, công ty dệt em tháng sau đại hội công đoàn cơ sở nhiệm kỳ mới, chủ tịch công đoàn nhờ em hỏi giúp đại hội công đoàn phải có mấy nội dung?',
    null,
  ],
  [
    'lookalike',
    'Xưởng em vừa có chị công nhân ngất vì nóng, giám đốc bảo chi bộ lo; nhiệt độ nhà xưởng dệt theo luật tối đa là bao nhiêu?',
    null,
  ],
  [
    'lookalike',
    'Tổ trưởng chuyền may hỏi thưởng Tết năm nay công ty dệt may thường trả mấy tháng lương?',
    null,
  ],
  [
    'lookalike',
    'Chi bộ dệt em kết nạp một chị công nhân được một năm rồi, giờ làm hồ sơ công nhận đảng viên chính thức thế nào?',
    null,
  ],
  [
    'lookalike',
    'Công ty em chuẩn bị hội nghị an toàn vệ sinh lao động cuối năm, mẫu báo cáo lấy ở đâu?',
    null,
  ],
  [
    'lookalike',
    'Công đoàn xưởng dệt tổ chức hội thi thợ dệt giỏi cấp công ty, thể lệ chấm điểm thế nào?',
    null,
  ],
  [
    'lookalike',
    'Giám đốc người Hàn của nhà máy dệt hỏi: doanh nghiệp FDI có bắt buộc phải thành lập chi bộ đảng không?',
    null,
  ],
  [
    'lookalike',
    'Phường mới sau sáp nhập tổ chức hội nghị tiếp xúc cử tri trước kỳ họp Quốc hội, cần chuẩn bị những gì?',
    null,
  ],
  ['lookalike', 'Bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp năm 2026 diễn ra vào ngày nào?', null],
  ['lookalike', 'Phường tôi sáp nhập tổ dân phố, bầu tổ trưởng tổ dân phố mới theo quy trình nào?', null],
  [
    'lookalike',
    'Sau sáp nhập, trụ sở Đảng ủy phường Bạch Mai đặt ở đâu, số điện thoại văn phòng là gì?',
    null,
  ],
  [
    'lookalike',
    'Phó bí thư đảng ủy phường sau sắp xếp được hưởng phụ cấp chức vụ bao nhiêu một tháng?',
    null,
  ],
  ['lookalike', 'Ban chấp hành lâm thời của đảng bộ phường mới được chỉ định gồm bao nhiêu người?', null],
  [
    'lookalike',
    'Người dân hỏi làm lại giấy khai sinh cho con thì đến trung tâm phục vụ hành chính công nào?',
    null,
  ],
  [
    'lookalike',
    'Hội Cựu giáo chức phường sắp đại hội nhiệm kỳ mới, chi bộ hưu trí chúng tôi được mời, đại hội hội cựu giáo chức gồm những nội dung gì?',
    null,
  ],
  ['lookalike', 'Lương hưu giáo viên nghỉ từ năm 2010 được điều chỉnh tăng bao nhiêu phần trăm?', null],
  ['lookalike', 'Chi hội khuyến học khu dân cư tổ chức đại hội thì cần những báo cáo gì?', null],
  ['lookalike', 'Các cụ trong chi bộ hưu trí muốn đi thăm quê Bác ở Nghệ An, nên đi tuyến xe nào?', null],
  ['lookalike', 'Thuốc hạ huyết áp cho người ngoài bảy mươi tuổi nên uống buổi sáng hay buổi tối?', null],
  ['lookalike', 'Đảng viên trên 80 tuổi có được tặng quà mừng thọ từ quỹ chi bộ không?', null],
  [
    'lookalike',
    'Hội nghị tổng kết năm học của trường THCS cũ tôi từng dạy thường tổ chức vào tháng nào?',
    null,
  ],
  [
    'lookalike',
    'Em là sinh viên, tuần sau Đại hội Hội Sinh viên trường em họp, em cần chuẩn bị tham luận gì ạ?',
    null,
  ],
  ['lookalike', 'Đại hội Đoàn khoa Công nghệ thông tin bầu bí thư đoàn khoa như thế nào ạ?', null],
  [
    'lookalike',
    'Em mới vào Đảng, tốt nghiệp xong thì chuyển sinh hoạt đảng từ trường về nơi làm việc mới thế nào ạ?',
    null,
  ],
  ['lookalike', 'Đề thi cuối kỳ môn Lịch sử Đảng Cộng sản Việt Nam thường hỏi những câu gì?', null],
  ['lookalike', 'Hội nghị sinh viên nghiên cứu khoa học cấp trường nộp bài trước hạn nào ạ?', null],
  ['lookalike', 'Sinh viên là đảng viên có được vay vốn ngân hàng chính sách xã hội không?', null],
  [
    'lookalike',
    'Cuộc thi trắc nghiệm trực tuyến tìm hiểu Đại hội XIV của Đảng tuần này đáp án câu 5 là gì?',
    null,
  ],
  ['lookalike', 'How does the PAP select its Central Executive Committee at its party conference?', null],
  [
    'lookalike',
    'Who was elected General Secretary at the 14th Congress, and who sits on the new Politburo?',
    null,
  ],
  ['lookalike', 'What GDP growth target did the 14th Congress set for 2026-2030?', null],
  [
    'lookalike',
    "Could you compare Vietnam's congress cycle with the Chinese Communist Party's Central Committee plenums?",
    null,
  ],
  ['lookalike', "How many delegates attended the Lao People's Revolutionary Party's 12th Congress?", null],
  [
    'lookalike',
    "I'm writing a paper: can you recommend academic books on factions in the Vietnamese Communist Party?",
    null,
  ],
  [
    'lookalike',
    "Is Vietnam's 2026 National Assembly election competitive, how many candidates per seat?",
    null,
  ],
  [
    'lookalike',
    'What is the process for a foreign researcher to visit the Ho Chi Minh National Academy of Politics?',
    null,
  ],
  ['lookalike', 'DH CONG DOAN CO SO PHUONG CAN MAU BIEN BAN NHU THE NAO', null],
  ['lookalike', 'BCH DOAN TN PHUONG HOP THUONG KY THANG 12 CO CAN MOI BI THU CB KHONG', null],
  ['lookalike', 'THE DANG VIEN BI MAT THI LAM LAI O DAU, MAT BAO LAU', null],
  ['lookalike', 'PHAN MEM QUAN LY DANG VIEN BI LOI KHONG DANG NHAP DUOC', null],
  ['lookalike', 'THỂ THỨC VĂN BẢN CỦA ĐẢNG DÙNG CỠ CHỮ MẤY, LỀ TRÁI BAO NHIÊU CM', null],
  ['lookalike', 'CB CHUNG TOI THU DANG PHI DV HUU TRI BAO NHIEU 1 THANG', null],
  ['lookalike', 'DBCS CO PHAI DANG KY CON DAU MOI VOI CONG AN KHONG', null],
  ['lookalike', 'MAU NGHI QUYET CB HANG THANG FILE WORD O DAU', null],
  ['lookalike', 'DH HOI NONG DAN XA NK 2023-2028 DA XONG CHUA', null],
  [
    'lookalike',
    'đường nào bị cấm khi đại hội đảng họp ở trung tâm hội nghị quốc gia để tôi chạy xe né cho kịp',
    null,
  ],
  ['lookalike', 'giá cước taxi từ sân bay nội bài về phố cổ bây giờ bao nhiêu một cây', null],
  ['lookalike', 'đảng viên chạy xe công nghệ có phải đăng ký kinh doanh nộp thuế không', null],
  ['lookalike', 'xe tôi hết hạn đăng kiểm thì đi đăng kiểm ở đâu cho nhanh', null],
  ['lookalike', 'đại hội đảng bộ thành phố hồ chí minh lần thứ mười hai khai mạc hôm nào', null],
  ['lookalike', 'xem giúp ngày tốt tháng tới để chi bộ tổ chức đại hội cho hợp tuổi bí thư', null],
  ['lookalike', 'Trong Thiên Long Bát Bộ, đại hội anh hùng ở Tụ Hiền Trang diễn ra thế nào?', null],
  ['lookalike', 'Đại hội Đảng lần thứ VI năm 1986 đề ra đường lối Đổi mới như thế nào?', null],
  ['lookalike', 'Hội nghị Trung ương 11 khóa XIII bàn những vấn đề gì?', null],
  [
    'lookalike',
    'Hợp tác xã nông nghiệp thôn tôi tổ chức đại hội thành viên thường niên, cần bao nhiêu thành viên dự thì hợp lệ?',
    null,
  ],
  ['lookalike', 'Viết giúp tôi bài diễn văn khai mạc đại hội chi bộ khoảng 500 chữ', null],
  ['lookalike', "Dịch giúp câu 'đồng chí bí thư chi bộ' sang tiếng Trung", null],
  ['lookalike', 'Hội thánh Tin Lành miền Bắc đại hội đồng thường niên năm nay họp ở đâu?', null],
  ['lookalike', 'Hội nghị thượng đỉnh G20 năm nay Việt Nam có được mời không?', null],
  ['lookalike', 'Đảng viên có được đi du lịch nước ngoài tự túc không, phải xin phép ai?', null],
  ['lookalike', 'Bot ơi bạn dùng mô hình AI gì, có lưu lại câu hỏi của tôi không?', null],
  ['lookalike', 'Tối nay đội tuyển Việt Nam đá mấy giờ, kênh nào chiếu?', null],
  ['lookalike', 'Đại hội Hội Chữ thập đỏ phường mới thành lập bầu ban chấp hành bao nhiêu người?', null],
  ['lookalike', 'Hội nghị xúc tiến đầu tư vào khu công nghiệp dệt may Phố Nối tổ chức khi nào?', null],
  ['lookalike', 'Tải file PDF toàn văn dự thảo báo cáo chính trị Đại hội XIV ở đâu?', null],
  ['lookalike', 'Đảng viên là giáo viên về hưu có được làm tổ trưởng tổ dân phố không?', null],
  ['lookalike', 'What is the weather like in Hanoi in late January, for a research trip?', null],
];

export const NEWSET36: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
