/**
 * The one hundred and third new evaluation set (issue 11, point 6), written on 2026-12-04 from
 * 19:52 UTC (committed in the commit "Eval: newset103, the one hundred and third unseen set") by a
 * helper (set103) that never saw the engine. It was written from ../shared/sources/ (the
 * conference article of 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of
 * ../shared/STYLE.md, ../helpers/COMMON.md, and from the pack only what
 * `node /work/helpers/pack-view.mjs` prints: the documents' ids, numbers, dates, titles/abouts,
 * issuers and statuses, the unit types' codes and names, and each topic's id, title and body
 * (config/ itself was not opened, so no sample questions, keywords, synonyms, evidence or off-topic
 * lists were seen). Also read: the header of newset35.ts (the lines before `const items`) and its
 * last line, the part of newset.ts before `const items`, newset35.test.ts, set-shape.ts,
 * set-checks.ts and sets.ts. Nothing under src/, bench/ or config/, no README, no git log, diff or
 * show, and no other set's or pool's items (pool*.ts, questions.ts, heldout.ts, fresh.ts and the
 * newset*.ts files past their header) were read. Its users are imagined as the secretary of a
 * party cell at a water supply company, a member who is a primary-care doctor in a ward health
 * station, a member who is a veteran and writes in a soldierly terse style, a Canadian journalist
 * writing in English, and a member who pastes the bot's earlier answer and asks about it; with the
 * out-of-scope messages such users send (other organisations' congresses and meetings: the water
 * company's shareholders' meeting, its trade-union congress, workers' conference and business
 * review, the water supply association's congress, a medical society's science conference and a
 * family doctors' association congress, a health centre's staff conference, the Red Cross, the
 * veterans' association and its neighbourhood branch, the ward Youth Union, a regiment's reunion,
 * People's Council voter meetings, the Chinese party's congress, the Liberal, New Democratic and
 * Conservative parties of Canada, the G7 summit, National Assembly elections; other senses of
 * "đại hội" and "hội nghị": ward sports games, Phù Đổng school games, a wuxia novel's martial
 * congress, medical case consultations, a translation of the word; other party business the pack
 * does not cover: dues, transfers, admission, annual grading, badges for years of membership,
 * exemption from cell meetings, monthly cell meetings, a cell's thematic resolution, the first
 * plenum's election of the General Secretary, a study trip after the congress; the trappings and
 * costs of a congress: hall hire, stage backdrops, a speech written for the user; the users' own
 * work: water prices, water cuts, water meters, vaccination schedules, health insurance, disease
 * reports, e-prescriptions, medical duty at sports games; veterans' allowances and war-dead
 * commemorations; a journalist's visa, press accreditation, exchange rates, time zones, food;
 * local government after the merger (the new ward's seal), the base salary, holidays, weather;
 * the bot itself: switching its language, printing its answer, who built it, the members' app
 * and digital signatures, video-meeting software).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset103.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, the money a congress may
 * spend, which cells the five-yearly pilot covers, whether a new ward committee counts as
 * grassroots, the contents of Guidance 27-HD/BTCTW, the issuers the sources do not name) were
 * left out, not guessed.
 * Engine changes reached main after its writer began: 65db391 (words before a document's reference
 * no part of their own, 'phân cấp' after a number, the bot's maker absent), 16fe6a3 (two questions
 * of their own answered without the whole's topic) and 3a45887 (the word prior relearned with
 * newset102); its writer saw none of them. It was measured once, at 20:01 UTC on main 16fe6a3
 * (`node --expose-gc dist/bench/qa.js`, load 12.99): qa_new_top1 97.5 %, qa_new_oos_refused 98.5 %
 * (4 in-scope misses, 1 lookalike answered; qa_p99_us 12504.5 in that run, p50 57.1). Its misses
 * were listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number: full number, kind word + number, glued, no diacritics, English.
  [
    'doc',
    'Chi bộ công ty cấp nước hỏi: Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị đến nay còn được áp dụng không?',
    'doc:ct-35-2024',
  ],
  ['doc', 'ct35 2024 đã bị văn bản nào thay thế rồi?', 'doc:ct-35-2024'],
  ['doc', 'CT 35/2024 cua Bo Chinh tri ban hanh ngay nao', 'doc:ct-35-2024'],
  ['en', 'Directive 35-CT/TW of June 2024: is it still the rule for congresses?', 'doc:ct-35-2024'],
  [
    'doc',
    'Chỉ thị 35-CT/TW ngày 30/5/2019 là văn bản gì, chi bộ công ty nước có dùng không?',
    'doc:ct-35-2019',
  ],
  ['doc', 'ct35 nam 2019 huong toi dai hoi XIII con dung duoc khong', 'doc:ct-35-2019'],
  ['doc', 'CT 35 năm 2019. Còn áp dụng? Trả lời.', 'doc:ct-35-2019'],
  ['en', 'Directive 35 from 2019, the one toward the 13th Congress: what is it?', 'doc:ct-35-2019'],
  ['doc', 'Kết luận số 118-KL/TW ngày 18/01/2025 điều chỉnh những gì của chỉ thị cũ?', 'doc:kl-118-2025'],
  ['doc', 'kl118 còn hiệu lực không ạ, em là bác sĩ trạm y tế phường', 'doc:kl-118-2025'],
  ['doc', 'ket luan 118 bi thay the chua', 'doc:kl-118-2025'],
  ['en', 'Conclusion 118-KL/TW: what is its status today?', 'doc:kl-118-2025'],
  [
    'doc',
    'Bí thư chi bộ nhà máy nước hỏi Chỉ thị 45-CT/TW ngày 14/4/2025 đã thay những văn bản nào?',
    'doc:ct-45-2025',
  ],
  ['doc', 'CT45 của Bộ Chính trị ban hành khi nào vậy?', 'doc:ct-45-2025'],
  ['doc', 'chi thi so 45 noi ve viec gi', 'doc:ct-45-2025'],
  ['en', 'Directive 45-CT/TW, issued April 2025: what did it replace?', 'doc:ct-45-2025'],
  [
    'doc',
    'Kết luận 200-KL/TW đánh giá đợt đại hội vừa rồi của chi bộ công ty nước ra sao?',
    'doc:kl-200-2025',
  ],
  ['doc', 'KL 200 ban hanh ngay nao, co quan nao ban hanh', 'doc:kl-200-2025'],
  ['doc', 'kl200 tháng 10/2025. Nội dung chính? Gọn.', 'doc:kl-200-2025'],
  ['en', 'Who issued Conclusion No. 200 of October 2025?', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn số 27-HD/BTCTW của Ban Tổ chức Trung ương ban hành ngày nào?', 'doc:hd-27-2024'],
  ['doc', 'hd27 năm 2024 mà anh em phòng kỹ thuật nhắc là hướng dẫn chỉ thị nào?', 'doc:hd-27-2024'],
  ['doc', 'huong dan 27 BTCTW tinh trang the nao', 'doc:hd-27-2024'],
  [
    'en',
    'For my Toronto paper: on what date did the Central Organisation Commission issue Guidance 27?',
    'doc:hd-27-2024',
  ],
  ['doc', 'Hướng dẫn 18-HD/BTCTU của Ban Tổ chức Thành ủy hướng dẫn về nội dung gì?', 'doc:hd-18-2024'],
  ['doc', 'HD18 Thanh uy Ha Noi ngay 1/10/2024 la van ban gi', 'doc:hd-18-2024'],
  ['en', 'Guidance 18-HD/BTCTU of the Hanoi committee: what does it cover?', 'doc:hd-18-2024'],
  [
    'doc',
    'Bác sĩ trạm y tế hỏi Kế hoạch số 258-KH/TU ngày 15/7/2024 của Thành ủy Hà Nội là về việc gì?',
    'doc:kh-258-2024',
  ],
  ['doc', 'kh258 do ai ban hành ạ?', 'doc:kh-258-2024'],
  ['en', 'Hanoi Party Committee Plan 258: what date was it issued?', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch 203-KH/QU. Quận ủy Hai Bà Trưng ký ngày nào? Báo cáo.', 'doc:kh-203-2024'],
  ['doc', 'KH203 giờ quận không còn nữa thì còn giá trị gì không?', 'doc:kh-203-2024'],
  [
    'fact',
    'Bot vừa trả lời tôi là "theo Kế hoạch số 203-KH/QU". Kế hoạch đó do ai ban hành, ngày nào?',
    'doc:kh-203-2024',
  ],
  ['en', 'Plan 203-KH/QU of the district committee: what is it about?', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết số 26-NQ/TW ngày 19/5/2018 của Trung ương về vấn đề gì?', 'doc:nq-26-2018'],
  ['doc', 'nq26 năm 2018 của Ban Chấp hành Trung ương khóa XII còn áp dụng không?', 'doc:nq-26-2018'],
  [
    'en',
    'A Canadian reader asks what Resolution 26 of May 2018, by the 12th Central Committee, is about',
    'doc:nq-26-2018',
  ],
  [
    'doc',
    'Chi bộ trạm y tế còn dựa vào Quy định 89-QĐ/TW ngày 04/8/2017 để xét tiêu chuẩn cán bộ được không?',
    'doc:qd-89-2017',
  ],
  ['doc', 'qd89 tieu chuan can bo bi thay chua', 'doc:qd-89-2017'],
  [
    'fact',
    'Lúc nãy bot trả lời "tiêu chuẩn cán bộ nêu tại Quy định số 89-QĐ/TW", mà tôi nghe nói quy định này bị thay rồi?',
    'doc:qd-89-2017',
  ],
  [
    'en',
    'Journalist question: was the Politburo’s Regulation 89 on cadre standards superseded, and by what?',
    'doc:qd-89-2017',
  ],
  ['doc', 'Quy định số 365-QĐ/TW. Bộ Chính trị ban hành ngày nào? Trả lời gọn.', 'doc:qd-365-2025'],
  ['doc', 'QĐ365 mà công ty nước mới phổ biến thay cho quy định cũ nào vậy bot?', 'doc:qd-365-2025'],
  ['en', 'Regulation 365-QĐ/TW of August 2025: what is it about?', 'doc:qd-365-2025'],
  [
    'doc',
    'Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy Hà Nội mà đảng ủy phường gửi về là quy định gì?',
    'doc:qd-14-2023',
  ],
  ['doc', 'qd14 thanh uy ha noi nam 2023 la gi', 'doc:qd-14-2023'],
  [
    'en',
    'Regulation 14-QĐ/TU of the Hanoi Standing Board, November 2023: what does it set?',
    'doc:qd-14-2023',
  ],
  [
    'doc',
    'Bác sĩ hỏi: Quy định số 2656-QĐ/QU ngày 13/11/2023 của Ban Thường vụ Quận ủy quy định điều gì?',
    'doc:qd-2656-2023',
  ],
  ['doc', 'qd2656 cua quan uy hai ba trung gio ra sao, con dung khong', 'doc:qd-2656-2023'],
  ['en', 'Regulation 2656 of the Hai Ba Trung district Standing Board: status?', 'doc:qd-2656-2023'],
  [
    'doc',
    'Quy định 1216-QĐ/QU về quy hoạch cán bộ do Quận ủy ban hành vào ngày nào, chi bộ nhà máy nước cần biết',
    'doc:qd-1216-2022',
  ],
  ['doc', 'QĐ 1216 năm 2022. Còn áp dụng? Báo cáo.', 'doc:qd-1216-2022'],
  ['en', 'Which body issued Regulation 1216 on cadre planning in Hai Ba Trung?', 'doc:qd-1216-2022'],
  ['doc', 'Quy định 294-QĐ/TW ngày 26/5/2025 thí điểm nội dung gì?', 'doc:qd-294-2025'],
  ['doc', 'qd294 hieu luc tu bao gio', 'doc:qd-294-2025'],
  [
    'en',
    'From a Canadian newsroom: when did Regulation 294 on cell congresses come into force?',
    'doc:qd-294-2025',
  ],
  ['doc', 'Hướng dẫn 26-HD/BTCTW ngày 18/10/2019 là văn bản gì?', 'doc:hd-26-2019'],
  ['doc', 'hd26 năm 2019 còn dùng cho đại hội nhiệm kỳ này không?', 'doc:hd-26-2019'],
  ['en', 'Guidance 26-HD/BTCTW from 2019: does the bot use it?', 'doc:hd-26-2019'],
  ['typo', 'chỉ thi 45-CT/TW con hieu luc ko a', 'doc:ct-45-2025'],
  ['typo', 'quy dinh 365 qd tw thay qd nao', 'doc:qd-365-2025'],

  // Documents the pack does not hold.
  [
    'unknown-doc',
    'Nghị định 117/2007/NĐ-CP về sản xuất, cung cấp và tiêu thụ nước sạch quy định gì?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Quy định 102-QĐ/TW về xử lý kỷ luật đảng viên vi phạm nói gì?', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị quyết 57-NQ/TW về khoa học công nghệ và chuyển đổi số có trong nguồn của bot không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Cựu chiến binh hỏi Chỉ thị 05-CT/TW về học tập và làm theo tư tưởng Bác. Còn hiệu lực? Báo cáo.',
    'unknown-doc',
  ],
  ['unknown-doc', 'Quy định 24-QĐ/TW thi hành Điều lệ Đảng ban hành năm nào?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 12-HD/BTCTW có nội dung gì?', 'unknown-doc'],
  [
    'unknown-doc',
    'Kết luận 127-KL/TW về sắp xếp bộ máy mà công ty nước được phổ biến có nội dung gì?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Quy định 144-QĐ/TW về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên là gì?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Thông tư 32/2023/TT-BYT hướng dẫn Luật Khám bệnh, chữa bệnh có trong tài liệu không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kế hoạch 47-KH/TU của Thành ủy ban hành ngày nào?', 'unknown-doc'],
  ['unknown-doc', 'qd69 ve ky luat to chuc dang la gi', 'unknown-doc'],
  [
    'unknown-doc',
    'Kế hoạch 07-KH/ĐU của Đảng ủy công ty nước sạch về đại hội có trong bot không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Pháp lệnh Cựu chiến binh số 36/2005/PL-UBTVQH11. Nội dung? Gọn.', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 01-HD/TW năm 2021 về thi hành Điều lệ Đảng quy định gì?', 'unknown-doc'],
  ['unknown-doc', 'Directive 36-CT/TW: is it among your sources?', 'unknown-doc'],
  ['unknown-doc', 'What does Resolution 21-NQ/TW on grassroots party organisations say?', 'unknown-doc'],

  // Topics, plain and with off-topic words around them.
  ['fact', 'Báo cáo nào là báo cáo trung tâm cấp ủy trình đại hội chi bộ?', 'van-kien'],
  ['fact', 'Đại hội XIV. Bế mạc ngày nào? Trả lời gọn.', 'dai-hoi-xiv'],
  [
    'fact',
    'Hà Nội. Bỏ cấp huyện. Bao nhiêu đảng bộ cấp huyện thôi hoạt động? Báo cáo số.',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'Kết luận về kết quả đại hội các cấp nhiệm kỳ 2025-2030 do cơ quan nào ban hành?', 'ket-qua'],
  [
    'fact',
    'Chi bộ trạm y tế hỏi quy định thí điểm đại hội chi bộ 5 năm một lần bắt đầu có hiệu lực ngày nào?',
    'chi-bo-5-nam',
  ],
  [
    'fact',
    'Hồi trước khi có thí điểm, Điều lệ Đảng bắt chi bộ đại hội mấy lần trong 5 năm hả bot?',
    'chi-bo-5-nam',
  ],
  ['fact', 'Đại hội điểm do Ban Thường vụ Quận ủy chọn được tổ chức vào thời điểm nào?', 'dai-hoi-diem'],
  [
    'fact',
    'Chỉ thị của Bộ Chính trị năm 2024 về đại hội có mấy phụ lục, gồm những phụ lục gì?',
    'chi-thi-35',
  ],
  ['fact', 'Chỉ thị về đại hội năm 2024 nêu bao nhiêu yêu cầu?', 'chi-thi-35'],
  ['fact', 'Hội nghị ngày 23/10/2024 yêu cầu đại hội phải bảo đảm an toàn, thiết thực ra sao?', 'nguyen-tac'],
  [
    'fact',
    'Bot trả lời: "Đại hội chi bộ cơ sở bắt đầu từ tháng 04/2025, hoàn thành trước ngày 30/6/2025". Vậy ngày cuối cùng là 29/6 phải không?',
    'lich-trinh',
  ],
  [
    'fact',
    'Bot vừa liệt kê 7 yêu cầu của chỉ thị về đại hội, cho hỏi yêu cầu về cơ chế sàng lọc người có đức có tài là gì?',
    'chi-thi-35',
  ],
  ['fact', 'Cấp ủy rà soát, bổ sung quy hoạch cán bộ phục vụ nhân sự đại hội theo quy định nào?', 'nhan-su'],
  ['fact', 'Quy định tiêu chuẩn cán bộ năm 2017 đã được thay bằng quy định mới vào ngày nào?', 'thay-doi'],
  [
    'fact',
    'Kế hoạch đại hội của Quận ủy Hai Bà Trưng hướng tới Đại hội Đảng bộ quận lần thứ mấy?',
    'dai-hoi-quan',
  ],
  ['fact', 'Đại hội XIV của Đảng khai mạc ngày 19/01/2026 có đúng không?', 'dai-hoi-xiv'],
  [
    'offword',
    'Hôm nay đội em vừa thay 20 đồng hồ nước xong, chiều họp chi bộ: đại hội chi bộ phải thực hiện những nội dung gì ạ?',
    'noi-dung',
  ],
  [
    'offword',
    'Trạm y tế đang tiêm vắc xin sởi cho trẻ, em tranh thủ hỏi: báo cáo kiểm điểm của cấp ủy phải có tính chiến đấu thế nào?',
    'van-kien',
  ],
  [
    'offword',
    'Tôi 78 tuổi, chân yếu, vẫn muốn biết: đại hội phải chống lãng phí, phô trương hình thức ra sao?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Giữa ca trực ở trạm y tế, hỏi nhanh: tổ nhân sự, tổ văn kiện, tổ tổ chức phục vụ đại hội là để làm gì?',
    'chuan-bi',
  ],
  [
    'offword',
    'Nhà máy nước đang súc rửa bể lọc; nhân tiện, đại hội điểm của chi bộ trực thuộc tổ chức trong tháng nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Trời rét, ngồi sưởi đọc báo thấy nhắc Đại hội XIV; đại hội đó họp từ ngày nào đến ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Vừa khám xong mấy bệnh nhân tăng huyết áp, tôi muốn hỏi chọn nhân sự cấp ủy khóa mới phải quán triệt nghị quyết nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Phòng kinh doanh đang chốt hóa đơn tiền nước tháng này; cho hỏi đợt đại hội các cấp 2025-2030 đã thành công chưa?',
    'ket-qua',
  ],
  [
    'offword',
    'Con cháu đi làm xa cả, tôi ở nhà hỏi bot: chi bộ giờ bao nhiêu năm mới đại hội một lần?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Trạm y tế phường em vừa nhập với trạm bên cạnh; từ ngày nào chính quyền không còn cấp quận, huyện?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Đang uống cà phê với anh em tổ lắp ống, hỏi bot: từ sau hội nghị quán triệt tháng 10/2024 đến giờ có những thay đổi gì?',
    'thay-doi',
  ],
  [
    'offword',
    'Sắp đi tập huấn phòng chống sốt xuất huyết, trước đó muốn đọc lại: báo cáo chính trị của chi bộ có vai trò gì?',
    'van-kien',
  ],
  [
    'offword',
    'Đơn vị vừa diễn tập phòng cháy xong; đại hội các tổ chức cơ sở đảng ở Hai Bà Trưng tiến tới đại hội quận lần thứ mấy?',
    'dai-hoi-quan',
  ],
  [
    'offword',
    'Công ty đang thi công tuyến ống mới, chi bộ muốn biết bot trả lời dựa trên những văn bản nào?',
    'tai-lieu',
  ],

  // Unit types.
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy công ty cấp nước tổ chức đại hội từ tháng mấy, xong trong tháng mấy?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở của trạm y tế phải hoàn thành đại hội trước ngày nào?', 'lich-trinh'],
  ['unit', 'Đảng bộ cơ sở đại hội trước hay sau khi các chi bộ trực thuộc đại hội xong?', 'lich-trinh'],
  [
    'unit',
    'Đảng ủy công ty cấp nước phải chọn bao nhiêu chi bộ trực thuộc để làm đại hội điểm?',
    'dai-hoi-diem',
  ],
  [
    'unit',
    'Đảng bộ khối hành chính sự nghiệp có nằm trong kế hoạch đại hội điểm của quận không?',
    'dai-hoi-diem',
  ],
  [
    'unit',
    'Chi bộ cơ sở trạm y tế có phải bầu đoàn đại biểu đi dự đại hội cấp trên không hay chỉ bầu cấp ủy?',
    'noi-dung',
  ],
  ['unit', 'Chi bộ cơ sở công ty nước sạch chuẩn bị đại hội cần lập những tổ giúp việc nào?', 'chuan-bi'],
  ['unit', 'Đảng bộ cơ sở công ty nước. Đại hội nhiệm kỳ này bầu những gì? Liệt kê.', 'noi-dung'],
  [
    'unit',
    'By what date did a grassroots party committee, such as a water utility’s, have to finish its congress?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ trực thuộc. Đại hội xong trong tháng 3/2025. Ngày chót là ngày nào?', 'lich-trinh'],

  // Typos, abbreviations, no diacritics.
  ['typo', 'DH chi bo co so hoan thanh truoc ngay nao vay bot', 'lich-trinh'],
  ['typo', 'BCCT cua CB tram y te phuong phai danh gia nhung mat nao', 'van-kien'],
  ['typo', 'ĐH gồm mấy ND, ND thứ 2 là gì', 'noi-dung'],
  ['typo', 'to chuc dh chi bo cong ty nuoc phai theo nguyen tac tap trung dan chu ra sao', 'nguyen-tac'],
  ['typo', 'can thanh lap nhung to nao phuc vu dai hoi chi bo', 'chuan-bi'],
  ['typo', 'dai hoi diem thang 12/2024 cua DBCS la sao', 'dai-hoi-diem'],
  ['typo', 'chính quỵền 2 cấp vận hành từ ngáy nào', 'chinh-quyen-2-cap'],
  ['typo', 'dh xiv cua dang hop tu ngay nao toi ngay nao vay bot', 'dai-hoi-xiv'],
  ['typo', 'nhân sư cấp ủy khóa ms căn cứ tiêu chuẩn nào', 'nhan-su'],
  ['typo', 'kết qủa đh các cấp nk 2025-2030 có đúng kế hoạch ko, bác sĩ hỏi', 'ket-qua'],
  ['typo', 'cac van ban bot dua vao la nhung van ban gi', 'tai-lieu'],
  ['typo', 'thi diem dh chi bo 5 nam 1 lan ap dung tu bao h', 'chi-bo-5-nam'],
  ['typo', 'chỉ thị năm 2024 về đh gồm mấy phần, mấy phụ lục', 'chi-thi-35'],

  // English.
  [
    'en',
    'For a feature in a Canadian daily: on which dates did the Vietnamese Communist Party hold its 14th National Congress?',
    'dai-hoi-xiv',
  ],
  ['en', 'How often do party cells hold congresses under the 2025 pilot?', 'chi-bo-5-nam'],
  [
    'en',
    'What four agenda items did a grassroots party congress in Hanoi have to cover this term?',
    'noi-dung',
  ],
  ['en', 'Did the 2025–2030 party congresses finish on schedule?', 'ket-qua'],
  ['en', 'Does Vietnam still have a district tier of local government?', 'chinh-quyen-2-cap'],
  ['en', 'What reports does the outgoing committee submit to a party congress?', 'van-kien'],
  ['en', 'As a journalist I need to cite you: which documents do your answers rest on?', 'tai-lieu'],
  ['en', 'What has changed in the congress rules since the October 2024 conference?', 'thay-doi'],
  ['en', 'What were the pilot congresses in Hai Ba Trung district?', 'dai-hoi-diem'],
  [
    'en',
    'Besides democratic centralism, what principles did Hanoi’s grassroots congresses have to respect?',
    'nguyen-tac',
  ],
  ['en', 'How are members of the new party committee chosen?', 'nhan-su'],
  [
    'en',
    'Canadian reporter here: how did the timeline differ for cells and grassroots committees?',
    'lich-trinh',
  ],
  [
    'en',
    'Which teams (personnel, documents, organising) does a party unit form to prepare its congress?',
    'chuan-bi',
  ],
  [
    'en',
    'The article mentions a 27th Congress of the Hai Ba Trung district party organisation: what was that?',
    'dai-hoi-quan',
  ],
  ['en', 'How many parts and appendices did the 2024 Politburo directive on congresses have?', 'chi-thi-35'],

  // Two-part questions.
  [
    'two-part',
    'Chi bộ nhà máy nước hỏi đại hội có mấy nội dung, và cấp ủy trình những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ trực thuộc đảng ủy phường đại hội trong khoảng tháng nào, còn đại hội điểm làm khi nào?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Chi bộ trạm y tế chuẩn bị đại hội gồm những việc gì, và khi tổ chức phải giữ nguyên tắc nào?',
    'chuan-bi+nguyen-tac',
  ],
  [
    'two-part',
    'Đại hội XIV họp ngày nào? Đại hội các cấp trước đó kết quả thế nào? Báo cáo hai việc.',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Chính quyền 2 cấp bắt đầu từ khi nào, và đại hội chi bộ giờ mấy năm một lần?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Chọn nhân sự cấp ủy khóa mới theo tiêu chuẩn nào, và báo cáo kiểm điểm viết ra sao?',
    'nhan-su+van-kien',
  ],
  [
    'two-part',
    'Chỉ thị năm 2024 về đại hội gồm những phần nào, và từ đó đến nay đã thay đổi những gì?',
    'chi-thi-35+thay-doi',
  ],
  [
    'two-part',
    'Đợt đại hội 2025-2030 xong chưa, và lần tới chi bộ bao lâu mới đại hội lại?',
    'ket-qua+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII là gì, và bây giờ cấp quận còn không?',
    'dai-hoi-quan+chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'Báo cáo chính trị phải đánh giá những gì, và cần thành lập những tổ nào phục vụ đại hội?',
    'van-kien+chuan-bi',
  ],
  [
    'two-part',
    'What are the four contents of a congress, and how often do cells hold one now?',
    'noi-dung+chi-bo-5-nam',
  ],
  ['two-part', 'Nội dung đại hội? Nguyên tắc tổ chức? Báo cáo gọn cả hai.', 'noi-dung+nguyen-tac'],
  [
    'two-part',
    'Bot dựa vào những văn bản nào, và từ sau hội nghị 23/10/2024 có những thay đổi gì?',
    'tai-lieu+thay-doi',
  ],

  // Lookalikes: out of scope.
  [
    'lookalike',
    'Đại hội đồng cổ đông thường niên 2026 của công ty cấp nước cần chuẩn bị những tờ trình nào?',
    null,
  ],
  ['lookalike', 'Đại hội công đoàn cơ sở công ty nước sạch nhiệm kỳ 2023-2028 bầu bao nhiêu ủy viên?', null],
  [
    'lookalike',
    'Hội nghị người lao động cuối năm của công ty cấp nước phải thông qua những quy chế gì?',
    null,
  ],
  ['lookalike', 'Đại hội Hội Cấp thoát nước Việt Nam nhiệm kỳ tới tổ chức ở đâu?', null],
  [
    'lookalike',
    'Chi bộ muốn ra nghị quyết chuyên đề về giảm tỷ lệ thất thoát nước sạch, viết thế nào?',
    null,
  ],
  ['lookalike', 'Giá nước sạch sinh hoạt bậc thang ở Hà Nội năm 2026 là bao nhiêu một khối?', null],
  ['lookalike', 'Lịch cắt nước tuần này ở khu tập thể Kim Liên thế nào?', null],
  ['lookalike', 'Khách hàng phản ánh đồng hồ nước quay nhanh, quy trình kiểm định lại đồng hồ ra sao?', null],
  ['lookalike', 'Kỹ sư công ty cấp nước đóng đảng phí hằng tháng tính theo lương thế nào?', null],
  [
    'lookalike',
    'Công đoàn công ty nước muốn tổ chức hội thao chào mừng đại hội, nên chọn những môn gì?',
    null,
  ],
  [
    'lookalike',
    'Hội nghị tổng kết sản xuất kinh doanh năm của công ty nước cần báo cáo những chỉ tiêu nào?',
    null,
  ],
  ['lookalike', 'Chi bộ định đi tham quan học tập ở Đà Nẵng sau đại hội, xin kinh phí ở đâu?', null],
  ['lookalike', 'Hội nghị khoa học của Hội Y học Hà Nội năm nay hạn nộp bài tóm tắt là khi nào?', null],
  ['lookalike', 'Đại hội Hội Bác sĩ gia đình Việt Nam nhiệm kỳ mới bầu ai làm chủ tịch?', null],
  ['lookalike', 'Lịch tiêm chủng mở rộng tháng này tại trạm y tế phường như thế nào?', null],
  [
    'lookalike',
    'Người có thẻ bảo hiểm y tế đăng ký ở phường khác đến khám tại trạm y tế phường tôi có được hưởng không?',
    null,
  ],
  ['lookalike', 'Trạm y tế cần cử bao nhiêu người trực y tế cho đại hội thể dục thể thao phường?', null],
  ['lookalike', 'Hội chẩn ca bệnh nặng giữa trạm y tế và bệnh viện tuyến trên làm theo quy trình nào?', null],
  ['lookalike', 'Đại hội Hội Chữ thập đỏ phường nhiệm kỳ 2026-2031 chuẩn bị báo cáo thế nào?', null],
  ['lookalike', 'Ca bệnh sốt xuất huyết phải báo lên trung tâm y tế khu vực trong vòng bao nhiêu giờ?', null],
  [
    'lookalike',
    'Tôi là bác sĩ, muốn chuyển sinh hoạt đảng từ chi bộ bệnh viện về chi bộ trạm y tế phường thì cần giấy tờ gì?',
    null,
  ],
  ['lookalike', 'Đánh giá, xếp loại đảng viên cuối năm đối với viên chức y tế dựa vào tiêu chí gì?', null],
  ['lookalike', 'Kê đơn thuốc điện tử ở trạm y tế phường bắt buộc từ khi nào?', null],
  ['lookalike', 'Hội nghị cán bộ, viên chức đầu năm của trung tâm y tế có những nội dung gì?', null],
  ['lookalike', 'Đại hội Hội Cựu chiến binh phường. Nhiệm kỳ mới. Khi nào? Báo cáo ngắn.', null],
  ['lookalike', 'Huy hiệu 40 năm tuổi Đảng. Hồ sơ. Thủ tục. Nói gọn.', null],
  ['lookalike', 'Miễn sinh hoạt đảng. Tuổi 80. Làm đơn thế nào. Trả lời.', null],
  ['lookalike', 'Trợ cấp một lần cho cựu chiến binh tham gia kháng chiến. Mức bao nhiêu?', null],
  ['lookalike', 'Họp mặt truyền thống Trung đoàn. Địa điểm. Thời gian. Cho biết.', null],
  ['lookalike', 'Chi bộ viếng nghĩa trang liệt sĩ dịp tháng Bảy. Thủ tục? Gọn.', null],
  ['lookalike', 'Đại hội Đảng Cộng sản Trung Quốc lần thứ XX. Bầu ai? Báo cáo.', null],
  ['lookalike', 'Hội nghị Trung ương lần thứ nhất khóa XIV bầu ai làm Tổng Bí thư?', null],
  ['lookalike', 'Sinh hoạt chi bộ thường kỳ tháng này. Chủ đề gì? Gợi ý.', null],
  ['lookalike', 'Đại hội chi hội cựu chiến binh tổ dân phố. Mấy nội dung? Báo cáo.', null],
  ['lookalike', 'Kết nạp đảng viên mới ở tổ dân phố. Hồ sơ gồm gì?', null],
  ['lookalike', 'Đại hội Đoàn thanh niên phường nhiệm kỳ 2027-2032 chuẩn bị nhân sự thế nào?', null],
  ['lookalike', 'How does the Liberal Party of Canada choose its leader at a convention?', null],
  ['lookalike', 'When is the next NDP federal convention in Canada?', null],
  [
    'lookalike',
    'Can foreign journalists get accreditation for the press centre at a Party National Congress?',
    null,
  ],
  ['lookalike', 'Who was elected General Secretary of the Communist Party of Vietnam in January 2026?', null],
  ['lookalike', 'What journalist visa do I need to report from Hanoi for a month?', null],
  ['lookalike', 'What is the exchange rate between the Canadian dollar and the Vietnamese dong today?', null],
  ['lookalike', 'What is the time difference between Hanoi and Ottawa?', null],
  ['lookalike', 'Where can I find good pho near Hoan Kiem Lake after a long day of interviews?', null],
  ['lookalike', 'How many seats does the Conservative Party of Canada hold in the House of Commons?', null],
  ['lookalike', 'What was decided at the G7 summit in Kananaskis?', null],
  [
    'lookalike',
    'Are Vietnam’s 2026 National Assembly elections run by the same rules as party congresses?',
    null,
  ],
  ['lookalike', 'How do I translate "đại hội" into French for my article?', null],
  ['lookalike', 'Bot vừa trả lời bằng tiếng Anh, muốn nó trả lời tiếng Việt thì gõ lệnh gì?', null],
  ['lookalike', 'Câu trả lời trên của bot dài quá, làm sao in ra giấy A4 cho các đồng chí lớn tuổi?', null],
  ['lookalike', 'Bot trả lời có ghi nguồn ở cuối, vậy bot này do ai lập trình?', null],
  [
    'lookalike',
    'Tôi dán lại câu bot trả lời: "Đại hội phải bảo đảm an toàn, thiết thực, hiệu quả". Giờ nhờ bot viết giùm bài phát biểu khai mạc dài 2 trang.',
    null,
  ],
  ['lookalike', 'Bot vừa nói đại hội các cấp đã xong. Vậy Tết Nguyên đán 2027 được nghỉ mấy ngày?', null],
  ['lookalike', 'Ở trên bot có nhắc Hai Bà Trưng. Quán bún chả nào ở Hai Bà Trưng ngon?', null],
  ['lookalike', 'Phần mềm Sổ tay đảng viên báo lỗi đăng nhập, sửa thế nào?', null],
  ['lookalike', 'Ký số công văn của chi bộ bằng USB token làm thế nào?', null],
  ['lookalike', 'Thuê hội trường 100 chỗ để tổ chức đại hội chi bộ hết bao nhiêu tiền?', null],
  ['lookalike', 'Phông nền sân khấu đại hội chi bộ nên in kích thước bao nhiêu mét?', null],
  ['lookalike', 'Cài Zoom trên máy tính trạm y tế để họp trực tuyến thế nào?', null],
  ['lookalike', 'Chiều nay Hà Nội có mưa không, tôi định đi kiểm tra tuyến ống?', null],
  ['lookalike', 'Cháu tôi hỏi đại hội anh hùng ở Thiếu Lâm trong truyện Kim Dung là hồi nào?', null],
  ['lookalike', 'Hội khỏe Phù Đổng cấp thành phố năm nay thi những môn gì?', null],
  ['lookalike', 'Hội nghị tiếp xúc cử tri của đại biểu Hội đồng nhân dân phường tổ chức khi nào?', null],
  ['lookalike', 'Phường mới sau sáp nhập dùng con dấu mới từ ngày nào?', null],
  ['lookalike', 'Lương cơ sở áp dụng cho viên chức trạm y tế năm 2026 là bao nhiêu tiền?', null],
];

export const NEWSET103: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
