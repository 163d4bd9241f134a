/**
 * The forty-sixth new evaluation set (issue 11, point 6), written on 2026-12-04 from 01:41 UTC
 * (committed in the commit "Eval: newset46, the forty-sixth unseen set") by a helper (set46) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before its `const items` line) and its last line, the part of newset.ts
 * before `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under
 * src/, bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items
 * were read. Its users are imagined as the secretary of the party cell of a boarding school in a
 * border commune, the party cell secretary of a tax office, an Australian journalist who writes in
 * English, a member who runs a small shop and types in capitals, the secretary of the party cell of
 * a water-supply company, and a 30-year-old member who pastes forwarded Zalo messages before asking;
 * with the out-of-scope messages such users send (other organisations' congresses and meetings: a
 * Young Pioneers' squad congress, a school staff conference, parents' representative board, a
 * communal sports games, a tax office's trade-union congress, a dialogue conference with taxpayers,
 * a water company's shareholders' meeting, workers' conference, customer conference and
 * supervisory board, the company's Youth Union, a study-promotion association, veterans, a
 * residential group's meeting, a class reunion, the Australian Labor and Liberal parties; other
 * party business the pack does not cover: admitting pupils, membership forms, dues, annual grading,
 * thematic cell meetings, temporary transfers, travel abroad, gifts, complaints before the
 * inspection committee, the first plenum and the Politburo's size, the Party's founding day; people
 * in posts and delegate counts; the 14th Congress's economic targets; press accreditation; border
 * permits and border-post phones; teachers' allowances, boarding pupils' rice, tax deadlines,
 * household-business tax, e-invoices, the tax office's new seal, water prices, outages and meters,
 * night-shift pay, gold prices, a trade fair, liquor licences, card terminals, visas and hotels,
 * class funds, lane-paving contributions, power cuts, weather; forwarded scam links and rumours;
 * the bot itself).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset46.test.ts), biome and tsc ran. Do not edit an item after its
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
 * Engine changes reached main after its commit: 5e14c86 (a question naming a party organisation
 * but not the subject must match a fifth of its weight) and 2d23ec3 (the government's reform is
 * not the subject beside other party business); its writer saw none of them. It was measured
 * once, at 01:52 UTC on main 2d23ec3 (`node --expose-gc dist/bench/qa.js`, load 1.44):
 * qa_new_top1 97.7 %, qa_new_oos_refused 97.0 % (3 in-scope misses, 2 lookalikes answered;
 * qa_p99_us 82.7 in that run, p50 30.3). Its misses were listed after that run, and it is a
 * development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents the pack holds, each in at least three spellings.
  [
    'doc',
    'Chỉ thị 35-CT/TW ngày 14/6/2024 của Bộ Chính trị hiện nay còn hiệu lực không, thưa đồng chí?',
    'doc:ct-35-2024',
  ],
  ['doc', 'CT 35 năm 2024 đã bị văn bản nào thay thế rồi ạ?', 'doc:ct-35-2024'],
  ['doc', 'Is Directive 35 of June 2024 still the rulebook for the party congresses?', 'doc:ct-35-2024'],
  ['doc', 'Chỉ thị số 35-CT/TW ngày 30/5/2019 là chỉ thị về đại hội hướng tới khóa nào?', 'doc:ct-35-2019'],
  ['doc', 'CT 35 năm 2019 có còn được áp dụng cho chi bộ trường em nhiệm kỳ này không?', 'doc:ct-35-2019'],
  ['doc', 'What was Directive 35 of May 2019 about, and does it still apply?', 'doc:ct-35-2019'],
  ['doc', 'Kết luận 118-KL/TW điều chỉnh những điểm gì của chỉ thị cũ về đại hội?', 'doc:kl-118-2025'],
  ['doc', 'KL118 do cơ quan nào ban hành vậy đồng chí?', 'doc:kl-118-2025'],
  ['doc', 'Conclusion 118 of January 2025: is it still in force today?', 'doc:kl-118-2025'],
  ['doc', 'chi thi 45 ve dai hoi dang bo cac cap ban hanh ngay nao vay', 'doc:ct-45-2025'],
  ['doc', 'CT45 của Bộ Chính trị đến nay có gì thay đổi không?', 'doc:ct-45-2025'],
  ['doc', 'What did Directive 45-CT/TW replace when it came out?', 'doc:ct-45-2025'],
  ['doc', 'CHỈ THỊ 45 CÓ PHẢI LÀ CHỈ THỊ MỚI NHẤT VỀ ĐẠI HỘI KHÔNG?', 'doc:ct-45-2025'],
  [
    'doc',
    'Chi bộ Thuế muốn trích Kết luận số 200-KL/TW vào báo cáo, kết luận này đánh giá đại hội các cấp thế nào?',
    'doc:kl-200-2025',
  ],
  ['doc', 'KL 200 ngày 17/10/2025 do ai ký ban hành?', 'doc:kl-200-2025'],
  ['doc', 'Conclusion 200 of October 2025: what does it say about the congress season?', 'doc:kl-200-2025'],
  [
    'doc',
    'Thầy hiệu trưởng nhờ tra giúp Hướng dẫn 27-HD/BTCTW của Ban Tổ chức Trung ương ra ngày tháng nào?',
    'doc:hd-27-2024',
  ],
  ['doc', 'HD27 BTCTW hướng dẫn thực hiện chỉ thị nào vậy?', 'doc:hd-27-2024'],
  ['doc', 'Guidance 27 from the Central Organisation Commission, what is its status?', 'doc:hd-27-2024'],
  [
    'doc',
    'Hướng dẫn số 18-HD/BTCTU của Ban Tổ chức Thành ủy Hà Nội hướng dẫn nội dung gì?',
    'doc:hd-18-2024',
  ],
  ['doc', 'HD 18 BTCTU bây giờ còn dùng được nữa không anh chị?', 'doc:hd-18-2024'],
  [
    'doc',
    'Tin chuyển tiếp trong nhóm: "Các chi bộ nghiên cứu kỹ hd18 của Ban Tổ chức Thành ủy". Cho mình hỏi hd18 là văn bản gì?',
    'doc:hd-18-2024',
  ],
  [
    'doc',
    'Anh em công ty nước hỏi Kế hoạch 258-KH/TU của Thành ủy Hà Nội ký ban hành hôm nào?',
    'doc:kh-258-2024',
  ],
  ['doc', 'kh258 của thành ủy nói về việc gì thế', 'doc:kh-258-2024'],
  ['doc', 'What is Plan 258-KH/TU of the Hanoi Party Committee?', 'doc:kh-258-2024'],
  ['doc', 'KẾ HOẠCH 203-KH/QU CỦA QUẬN ỦY HAI BÀ TRƯNG LÀ KẾ HOẠCH GÌ?', 'doc:kh-203-2024'],
  ['doc', 'kh 203 quan uy hai ba trung ban hanh ngay nao', 'doc:kh-203-2024'],
  [
    'doc',
    'Plan 203 of the Hai Ba Trung district committee: does it still count now the district is gone?',
    'doc:kh-203-2024',
  ],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 về cán bộ là của Hội nghị Trung ương nào?', 'doc:nq-26-2018'],
  ['doc', 'NQ26 khóa XII nói về vấn đề gì?', 'doc:nq-26-2018'],
  [
    'doc',
    'For background: Resolution 26 of May 2018, which Central Committee term adopted it?',
    'doc:nq-26-2018',
  ],
  ['doc', 'QĐ 89 về tiêu chuẩn cán bộ bây giờ còn hiệu lực không đồng chí?', 'doc:qd-89-2017'],
  ['doc', 'quy dinh 89-QD/TW bi thay the chua', 'doc:qd-89-2017'],
  ['doc', 'Regulation 89 from 2017 on cadre standards: superseded or not?', 'doc:qd-89-2017'],
  ['doc', 'Quy định 365 của Bộ Chính trị ban hành ngày nào vậy?', 'doc:qd-365-2025'],
  ['doc', 'qd365 tieu chuan chuc danh can bo la gi', 'doc:qd-365-2025'],
  ['doc', 'What does Regulation 365-QĐ/TW set out?', 'doc:qd-365-2025'],
  [
    'doc',
    'Chi bộ Thuế đang soát hồ sơ, Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy về tiêu chí đánh giá cán bộ còn dùng không?',
    'doc:qd-14-2023',
  ],
  ['doc', 'QĐ 14 TU về đánh giá cán bộ ban hành năm nào?', 'doc:qd-14-2023'],
  ['doc', 'What is Regulation 14-QĐ/TU of the Hanoi city committee?', 'doc:qd-14-2023'],
  [
    'doc',
    'Quy định 2656-QĐ/QU của Ban Thường vụ Quận ủy Hai Bà Trưng quy định về việc gì ạ?',
    'doc:qd-2656-2023',
  ],
  ['doc', 'qđ2656 còn áp dụng không khi quận đã không còn?', 'doc:qd-2656-2023'],
  [
    'doc',
    'I keep seeing Regulation 2656 cited by the old district board; what does it cover?',
    'doc:qd-2656-2023',
  ],
  ['doc', 'Quy định số 1216-QĐ/QU về quy hoạch cán bộ được ban hành ngày nào?', 'doc:qd-1216-2022'],
  ['doc', 'QD 1216 quy hoạch cán bộ của Quận ủy là gì vậy?', 'doc:qd-1216-2022'],
  ['doc', 'Who issued regulation 1216 on cadre planning?', 'doc:qd-1216-2022'],
  ['doc', 'Quy định 294 về đại hội chi bộ có hiệu lực từ ngày nào?', 'doc:qd-294-2025'],
  ['doc', 'QĐ294 thí điểm cái gì vậy mọi người?', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294-QĐ/TW: what exactly does it pilot?', 'doc:qd-294-2025'],
  [
    'doc',
    'Trong tủ hồ sơ chi bộ còn Hướng dẫn 26-HD/BTCTW năm 2019, văn bản này hướng dẫn chỉ thị nào?',
    'doc:hd-26-2019',
  ],
  ['doc', 'HD 26 năm 2019 có còn dùng cho nhiệm kỳ 2025-2030 không?', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26-HD/BTCTW of October 2019: what did it guide?', 'doc:hd-26-2019'],
  ['doc', 'KẾT LUẬN 200 CÓ NÓI ĐẠI HỘI XONG HẾT CHƯA?', 'doc:kl-200-2025'],
  [
    'doc',
    'Chi cục Thuế chúng tôi đang dùng Quy định số 89-QĐ/TW để xét nhân sự, vậy có đúng không?',
    'doc:qd-89-2017',
  ],

  // Documents the pack does not hold.
  [
    'unknown-doc',
    'Quy định 232-QĐ/TW về thi hành Điều lệ Đảng có gì mới về sinh hoạt chi bộ?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Hướng dẫn 06-HD/TW hướng dẫn thi hành Điều lệ Đảng có quy định gì về đại hội chi bộ?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Chỉ thị 10-CT/TW về nâng cao chất lượng sinh hoạt chi bộ còn hiệu lực không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Nghị quyết 57-NQ/TW về khoa học công nghệ chi bộ trường học triển khai thế nào?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kết luận 150-KL/TW về biên chế có liên quan gì đến đại hội không?', 'unknown-doc'],
  ['unknown-doc', 'Công văn 5101-CV/TU của Thành ủy về đại hội gửi các chi bộ khi nào?', 'unknown-doc'],
  [
    'unknown-doc',
    'Quyết định 1027-QĐ/TCT của Tổng cục Thuế về sắp xếp chi cục có ảnh hưởng đến đại hội chi bộ Thuế không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Hướng dẫn 03-HD/ĐU của Đảng ủy xã biên giới về đại hội chi bộ trường học nói gì?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Kế hoạch 12-KH/ĐU của Đảng ủy Công ty cấp nước về đại hội các chi bộ trực thuộc ra khi nào?',
    'unknown-doc',
  ],
  ['unknown-doc', 'What does Directive 21-CT/TW say about party congresses?', 'unknown-doc'],
  ['unknown-doc', 'KẾ HOẠCH 99-KH/TU VỀ ĐẠI HỘI CÓ BẢN PDF KHÔNG?', 'unknown-doc'],
  [
    'unknown-doc',
    '[Chuyển tiếp từ nhóm Zalo "Đảng viên trẻ"] Đề nghị các đồng chí nghiên cứu Hướng dẫn số 31-HD/BTCTW. Hướng dẫn này là gì vậy?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kết luận 137-KL/TW có yêu cầu gì về đại hội chi bộ không?', 'unknown-doc'],
  [
    'unknown-doc',
    'Quy định 105-QĐ/TW về phân cấp quản lý cán bộ có áp dụng cho chi bộ cơ sở Thuế không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Is Regulation 132-QĐ/TW on cadre evaluation part of what the bot knows?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 09-HD/BTGTW về tuyên truyền đại hội có trong tài liệu không?', 'unknown-doc'],

  // In scope, with everyday words around the question.
  [
    'offword',
    'Đang trông quầy tạp hóa, tranh thủ hỏi: tổ văn kiện, tổ nhân sự lập ra để phục vụ đại hội thế nào?',
    'chuan-bi',
  ],
  [
    'offword',
    'Hôm nay mưa to, đường lên điểm trường bị sạt, nhưng tôi vẫn muốn hỏi báo cáo chính trị của chi bộ phải đánh giá những gì?',
    'van-kien',
  ],
  [
    'offword',
    'Vừa sửa xong đường ống bị vỡ ở đầu phố, cho hỏi đại hội phải bảo đảm những nguyên tắc nào?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Mùa quyết toán thuế bận quá, anh em trong chi bộ hỏi đại hội chi bộ gồm mấy nội dung?',
    'noi-dung',
  ],
  [
    'offword',
    'Uống cà phê sáng với mấy anh trong chi bộ, tranh luận đại hội điểm của chi bộ trực thuộc làm vào tháng nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'CON TÔI ĐANG ÔN THI NÊN TÔI HỎI NHANH: ĐỢT ĐẠI HỘI NHIỆM KỲ 2025-2030 ĐÃ KẾT THÚC CHƯA?',
    'ket-qua',
  ],
  [
    'offword',
    'Đang đi chợ mua rau, hỏi nhanh: chọn nhân sự cấp ủy khóa mới phải theo những quy định nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Vừa đá bóng giao hữu với anh em đồn biên phòng xong, các thầy hỏi Đại hội XIV của Đảng họp mấy ngày?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Xe máy hỏng giữa đường đi kiểm tra thuế, tiện hỏi luôn: từ tháng 7/2025 còn cấp huyện nữa không?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Nấu cơm xong mới rảnh hỏi: Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII là nhiệm kỳ nào?',
    'dai-hoi-quan',
  ],

  // Two-part questions.
  [
    'two-part',
    'Đại hội chi bộ trường em phải có những nội dung gì, và cấp ủy trình những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Các loại tổ chức đảng đại hội theo thứ tự thời gian ra sao, và đại hội điểm làm khi nào?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Chuẩn bị đại hội cần lập những tổ nào, và khi tổ chức phải giữ nguyên tắc gì?',
    'chuan-bi+nguyen-tac',
  ],
  [
    'two-part',
    'Giới thiệu nhân sự cấp ủy mới dựa vào những quy định nào, và cần thành lập các tổ phục vụ gì?',
    'nhan-su+chuan-bi',
  ],
  [
    'two-part',
    'Đại hội XIV họp ngày nào, và đại hội các cấp nhiệm kỳ này kết quả ra sao?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Chính quyền hai cấp bắt đầu khi nào, và Đại hội Đảng bộ quận lần thứ XXVII thì sao?',
    'chinh-quyen-2-cap+dai-hoi-quan',
  ],
  [
    'two-part',
    'ĐẠI HỘI CHI BỘ GIỜ 5 NĂM MẤY LẦN, VÀ ĐẠI HỘI PHẢI LÀM NHỮNG NỘI DUNG GÌ?',
    'chi-bo-5-nam+noi-dung',
  ],
  [
    'two-part',
    'Báo cáo kiểm điểm phải viết theo tinh thần nào, và đại hội cần chống những biểu hiện gì?',
    'van-kien+nguyen-tac',
  ],
  [
    'two-part',
    'Từ sau hội nghị ngày 23/10/2024 đã có những thay đổi gì, và Bộ Chính trị kết luận kết quả đại hội các cấp ra sao?',
    'thay-doi+ket-qua',
  ],
  [
    'two-part',
    'What are the four items on a congress agenda, and when did cells under a grassroots committee hold theirs?',
    'noi-dung+lich-trinh',
  ],

  // Per unit type.
  [
    'unit',
    'Chi bộ trường THCS bán trú của chúng tôi trực thuộc Đảng ủy xã, đại hội chi bộ trực thuộc bắt đầu từ tháng nào?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở Chi cục Thuế thì đại hội phải hoàn thành trước ngày nào?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở công ty cấp nước có 12 chi bộ trực thuộc, đại hội đảng bộ cơ sở tổ chức khi nào?',
    'lich-trinh',
  ],
  ['unit', 'MOI DANG BO CO SO PHAI CHON BAO NHIEU CHI BO TRUC THUOC LAM DAI HOI DIEM VAY?', 'dai-hoi-diem'],
  ['unit', 'Chi bộ cơ sở có được Ban Thường vụ chọn làm đại hội điểm đầu quý I/2025 không?', 'dai-hoi-diem'],
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở có phải bầu đoàn đại biểu dự đại hội cấp trên không?',
    'noi-dung',
  ],
  ['unit', 'Đảng bộ cơ sở trình đại hội những văn kiện chủ yếu nào?', 'van-kien'],
  ['unit', 'For a grassroots party cell (chi bo co so), what was the congress deadline?', 'lich-trinh'],
  [
    'unit',
    'Chi bộ trực thuộc nhỏ có 7 đảng viên thì có cần lập tổ văn kiện, tổ nhân sự để chuẩn bị đại hội không?',
    'chuan-bi',
  ],

  // Typos, no diacritics, abbreviations.
  ['typo', 'dai hoi chi bo truong minh phai lam nhung noi dung gi a', 'noi-dung'],
  ['typo', 'bao cao kiem diem cua cap uy phai the hien tinh than gi', 'van-kien'],
  ['typo', 'ĐH CB trực thuộc làm từ tháng mấy đến tháng mấy', 'lich-trinh'],
  ['typo', 'chon nhan su cap uy khoa moi o cty nuoc can theo tieu chuan, quy dinh nao vay', 'nhan-su'],
  ['typo', 'dại hội điễm là j vậy ạ', 'dai-hoi-diem'],
  ['typo', 'BCCT cua chi bo can danh gia nhung gi', 'van-kien'],
  ['typo', 'chinh quyen 2 cap bat dau van hanh tu bao gio', 'chinh-quyen-2-cap'],
  ['typo', 'dh xiv cua dang hop tu ngay nao', 'dai-hoi-xiv'],
  ['typo', 'nguyen tac tap trung dan chu khi to chuc dh cb', 'nguyen-tac'],
  ['typo', 'chi bo dai hoi 5 nam 1 lan thi diem tu khi nao', 'chi-bo-5-nam'],
  ['typo', 'cac van ban ve dai hoi nk 2025-2030 bot dua vao gom nhung van ban nao', 'tai-lieu'],

  // English.
  ['en', 'For my story: what must a local party cell congress cover this term?', 'noi-dung'],
  ['en', 'Which two reports does a party committee put before its congress?', 'van-kien'],
  ['en', 'When did Vietnam stop having a district level of local government?', 'chinh-quyen-2-cap'],
  ['en', 'Are the 2025-2030 party congresses at every level finished now?', 'ket-qua'],
  ['en', 'How often do party cells hold a congress under the new pilot?', 'chi-bo-5-nam'],
  ['en', 'Which principles must a congress respect, democratic centralism and what else?', 'nguyen-tac'],
  ['en', 'What was the plan for pilot congresses in late 2024 and early 2025?', 'dai-hoi-diem'],
  ['en', 'What teams does a grassroots organisation set up to prepare its congress?', 'chuan-bi'],
  ['en', 'What has changed since the Hai Ba Trung conference of October 2024?', 'thay-doi'],
  ['en', 'On which dates did the 14th National Party Congress take place?', 'dai-hoi-xiv'],
  ['en', 'Which documents does this bot base its answers on?', 'tai-lieu'],

  // Facts from FACTS.md.
  [
    'fact',
    'Thưa đồng chí, Đại hội đại biểu toàn quốc lần thứ XIV diễn ra từ ngày nào đến ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'fact',
    'Xã biên giới chúng tôi trước thuộc huyện, vậy từ khi nào cấp huyện không còn?',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'Hà Nội có bao nhiêu đảng bộ cấp huyện kết thúc hoạt động hồi tháng 7/2025?', 'chinh-quyen-2-cap'],
  [
    'fact',
    'Trước đây Điều lệ Đảng quy định chi bộ đại hội 5 năm mấy lần, giờ thí điểm thế nào?',
    'chi-bo-5-nam',
  ],
  ['fact', 'Đại hội đảng bộ các cấp nhiệm kỳ 2025-2030 đến giờ đã làm xong hết chưa?', 'ket-qua'],
  [
    'fact',
    'Cái chỉ thị Bộ Chính trị ra hồi tháng 6/2024 về đại hội được chia mấy phần và kèm mấy phụ lục?',
    'chi-thi-35',
  ],
  ['fact', 'Bảy yêu cầu của chỉ thị tháng 6/2024 về đại hội đảng bộ các cấp tóm tắt là gì?', 'chi-thi-35'],
  ['fact', 'Sau hội nghị quán triệt tháng 10/2024 đến nay đã có những văn bản nào thay đổi?', 'thay-doi'],
  ['fact', 'Bộ Chính trị và Ban Bí thư đánh giá đại hội các cấp nhiệm kỳ này như thế nào?', 'ket-qua'],
  ['fact', 'Tiêu chuẩn cán bộ cũ được thay bằng quy định mới của Bộ Chính trị vào ngày nào?', 'thay-doi'],

  // Lookalikes: out of scope, though they look like ours.
  [
    'lookalike',
    'Đại hội Liên đội của trường tiểu học nên tổ chức vào tháng mấy, chương trình gồm những gì?',
    null,
  ],
  ['lookalike', 'Hội nghị viên chức đầu năm học của trường cần chuẩn bị những báo cáo gì?', null],
  [
    'lookalike',
    'Phụ cấp thu hút cho giáo viên công tác ở xã biên giới hiện nay là bao nhiêu phần trăm?',
    null,
  ],
  ['lookalike', 'Học sinh bán trú ở xã đặc biệt khó khăn được hỗ trợ bao nhiêu ký gạo mỗi tháng?', null],
  ['lookalike', 'Họp Ban đại diện cha mẹ học sinh đầu năm học thì bầu mấy người là vừa?', null],
  [
    'lookalike',
    'Đoàn từ thiện muốn lên trường tặng áo ấm thì xin giấy phép vào khu vực biên giới ở đâu?',
    null,
  ],
  ['lookalike', 'Đại hội thể dục thể thao xã năm nay thi đấu những môn gì?', null],
  ['lookalike', 'Chi bộ trường muốn kết nạp học sinh lớp 12 ưu tú vào Đảng thì làm thủ tục gì?', null],
  ['lookalike', 'Số điện thoại của đồn biên phòng gần trường là bao nhiêu?', null],
  [
    'lookalike',
    'Chi bộ trường kết nghĩa với đồn biên phòng, tổ chức giao lưu ngày 22/12 thế nào cho ý nghĩa?',
    null,
  ],
  ['lookalike', 'Hạn nộp tờ khai thuế giá trị gia tăng theo quý là ngày nào?', null],
  [
    'lookalike',
    'Hội nghị đối thoại với người nộp thuế năm nay tổ chức ở đâu, mời những doanh nghiệp nào?',
    null,
  ],
  ['lookalike', 'Đại hội công đoàn cơ sở Chi cục Thuế nhiệm kỳ mới cần chuẩn bị văn kiện gì?', null],
  ['lookalike', 'Sau sắp xếp, Thuế cơ sở khu vực đã có con dấu mới chưa?', null],
  ['lookalike', 'Hộ kinh doanh doanh thu một năm dưới bao nhiêu thì không phải nộp thuế?', null],
  ['lookalike', 'Cán bộ thuế là đảng viên có được nhận quà Tết của doanh nghiệp không?', null],
  ['lookalike', 'Hóa đơn điện tử ghi sai mã số thuế của người mua thì điều chỉnh thế nào?', null],
  ['lookalike', 'Sinh hoạt chuyên đề chi bộ Thuế tháng này nên chọn chủ đề gì?', null],
  [
    'lookalike',
    'Đánh giá, xếp loại đảng viên hoàn thành xuất sắc nhiệm vụ cuối năm cần những tiêu chí gì?',
    null,
  ],
  ['lookalike', 'How do I get press accreditation to cover a Politburo meeting in Hanoi?', null],
  [
    'lookalike',
    'My editor wants the name: who became General Secretary at the 14th Congress in January 2026?',
    null,
  ],
  ['lookalike', 'When is the next Australian Labor Party national conference?', null],
  ['lookalike', 'How many delegates attended the 14th National Party Congress?', null],
  ['lookalike', 'Can a foreign reporter sit in on a commune party congress and interview delegates?', null],
  ['lookalike', 'What does a visa on arrival cost for an Australian passport holder in Vietnam?', null],
  ['lookalike', 'What GDP growth target did the 14th Congress adopt for the next five years?', null],
  ['lookalike', 'How much of a salary does a Vietnamese party member pay in dues?', null],
  ['lookalike', 'Which hotel is closest to the National Convention Center in Hanoi?', null],
  ['lookalike', 'Does the Liberal Party of Australia hold its federal council in Canberra?', null],
  ['lookalike', 'HÔM NAY VÀNG SJC MUA VÀO BÁN RA BAO NHIÊU MỘT CHỈ VẬY BOT?', null],
  ['lookalike', 'HỘI CHỢ HÀNG VIỆT ĐẦU NĂM Ở CUNG VĂN HÓA BAO GIỜ MỞ CỬA?', null],
  ['lookalike', 'ĐẢNG VIÊN BUÔN BÁN NHỎ CÓ PHẢI ĐÓNG ĐẢNG PHÍ THEO DOANH THU KHÔNG?', null],
  ['lookalike', 'CỬA HÀNG TÔI MUỐN BÁN RƯỢU LẺ THÌ XIN GIẤY PHÉP Ở ĐÂU?', null],
  ['lookalike', 'TỔ DÂN PHỐ HỌP CUỐI NĂM CÓ BẦU LẠI TỔ TRƯỞNG KHÔNG?', null],
  ['lookalike', 'ĐẠI HỘI HỘI CỰU CHIẾN BINH PHƯỜNG TỔ CHỨC NGÀY NÀO?', null],
  ['lookalike', 'MÁY POS QUẸT THẺ Ở CỬA HÀNG BỊ LỖI THÌ GỌI SỐ NÀO?', null],
  ['lookalike', 'ĐẢNG VIÊN ĐI DU LỊCH NƯỚC NGOÀI CÓ PHẢI XIN PHÉP CHI BỘ KHÔNG?', null],
  ['lookalike', 'Đại hội đồng cổ đông thường niên của công ty cấp nước năm nay có chia cổ tức không?', null],
  ['lookalike', 'Giá nước sinh hoạt bậc một hiện nay là bao nhiêu một khối?', null],
  ['lookalike', 'Khu vực phường tôi mất nước từ sáng, bao giờ có nước lại?', null],
  ['lookalike', 'Hội nghị người lao động của công ty cấp nước phải thông qua những nội dung gì?', null],
  ['lookalike', 'Đồng hồ nước nhà tôi chạy nhanh bất thường thì mang đi kiểm định ở đâu?', null],
  [
    'lookalike',
    'Bí thư chi bộ công ty cổ phần cấp nước có được kiêm chủ tịch hội đồng quản trị không?',
    null,
  ],
  ['lookalike', 'Hội nghị khách hàng cuối năm của ngành nước nên mời những ai?', null],
  ['lookalike', 'Công nhân vận hành trạm bơm làm ca đêm được phụ cấp bao nhiêu?', null],
  ['lookalike', 'Ban kiểm soát công ty cấp nước nhiệm kỳ mới bầu mấy thành viên?', null],
  ['lookalike', 'Đại hội Đoàn thanh niên công ty cấp nước tổ chức vào tháng mấy?', null],
  [
    'lookalike',
    '[Chuyển tiếp] KHẨN: Từ mai đảng viên phải cài ứng dụng Sổ tay đảng viên, ai không cài sẽ bị xóa tên. Thật không mọi người?',
    null,
  ],
  [
    'lookalike',
    'Chuyển tiếp từ nhóm "Phụ huynh lớp 5A": Thứ Bảy họp phụ huynh, mỗi bạn đóng quỹ lớp 500 nghìn. Bot ơi quỹ lớp đóng vậy có hợp lý không?',
    null,
  ],
  [
    'lookalike',
    '[Forwarded] Chúc mừng Đại hội Chi đoàn khóa mới thành công tốt đẹp!!! Cho hỏi đại hội chi đoàn bầu bí thư chi đoàn kiểu gì?',
    null,
  ],
  [
    'lookalike',
    'Tin nhắn chuyển tiếp: "Nhận ngay 2 triệu hỗ trợ đảng viên nhân dịp Đại hội XIV, bấm link để nhận". Link này có phải lừa đảo không?',
    null,
  ],
  [
    'lookalike',
    '[Chuyển tiếp] Tối nay 20h họp tổ dân phố bàn việc làm đường ngõ. Mỗi hộ đóng góp bao nhiêu thì đúng quy định?',
    null,
  ],
  [
    'lookalike',
    'Tin forward trong nhóm lớp đại học: "Họp lớp 10 năm ra trường vào ngày 30/4". Bot gợi ý giúp chỗ tổ chức họp lớp ở Hà Nội với?',
    null,
  ],
  [
    'lookalike',
    '[Zalo chuyển tiếp] Lịch cắt điện khu vực Cầu Giấy ngày mai. Bot có tra được lịch cắt điện không?',
    null,
  ],
  ['lookalike', 'Bot này của đơn vị nào làm, tin nhắn mình hỏi có bị lưu lại gửi lên đảng ủy không?', null],
  ['lookalike', 'Con bot này có dùng ChatGPT bên trong không vậy?', null],
  ['lookalike', 'Đại hội đại biểu Hội Khuyến học xã nhiệm kỳ mới cần chuẩn bị những gì?', null],
  ['lookalike', 'Hội nghị Trung ương lần thứ nhất khóa XIV bầu Bộ Chính trị gồm bao nhiêu đồng chí?', null],
  [
    'lookalike',
    'Ủy ban Kiểm tra Đảng ủy xã đang xem xét đơn tố cáo một đảng viên, bao lâu thì có kết quả?',
    null,
  ],
  ['lookalike', 'Mẫu lý lịch của người xin vào Đảng tải ở đâu?', null],
  [
    'lookalike',
    'Đảng viên đi làm xa muốn chuyển sinh hoạt đảng tạm thời thì xin giấy giới thiệu ở đâu?',
    null,
  ],
  ['lookalike', 'Kỷ niệm ngày thành lập Đảng 3/2 năm nay chi bộ tổ chức dâng hương ở đâu?', null],
  ['lookalike', 'Thời tiết Lạng Sơn tuần này có rét đậm không, học sinh có được nghỉ học không?', null],
  ['lookalike', 'What time does the Hanoi Party Committee office open on Saturday mornings?', null],
  ['lookalike', 'TIỀN ĐIỆN CỬA HÀNG THÁNG NÀY TĂNG GẤP ĐÔI, KIỂM TRA CÔNG TƠ Ở ĐÂU?', null],
  ['lookalike', 'Bí thư Đảng ủy xã biên giới của chúng tôi hiện nay là đồng chí nào?', null],
];

export const NEWSET46: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
