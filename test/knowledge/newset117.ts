/**
 * The hundred-and-seventeenth new evaluation set (issue 11, point 6), written on 2026-12-04 from
 * 21:12 UTC (committed in the commit "Eval: newset117, the hundred-and-seventeenth unseen set") by a
 * helper (set117) that never saw the engine. It was written from ../shared/sources/ (the conference
 * article of 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of
 * ../shared/STYLE.md, ../helpers/COMMON.md, and from the pack only what
 * `node /work/helpers/pack-view.mjs` prints: the documents' ids, numbers, dates, titles/abouts,
 * issuers and statuses, the unit types' codes and names, and each topic's id, title and body
 * (config/ itself was not opened, so no sample questions, keywords, synonyms, evidence or off-topic
 * lists were seen). Also read: the header of newset35.ts (the lines before `const items`) and its
 * last line, the part of newset.ts before `const items`, newset35.test.ts, set-shape.ts,
 * set-checks.ts and sets.ts. Nothing under src/, bench/ or config/, no README, no git log, diff or
 * show, and no other set's or pool's items were read. Its users are imagined as the secretary of a
 * cell in a mountain border post's commune, a member who runs a fruit orchard, a member who is a
 * tax inspector, a Korean-Vietnamese student writing in English, and a member who uses many
 * Sino-Vietnamese formal words; with the out-of-scope messages such users send (other
 * organisations' congresses and meetings: border guards' emulation congresses and briefings, the
 * border festival, a fruit cooperative's members' congress, the Farmers' Union, farm extension
 * conferences, a fruit festival, a tax office's business dialogue and year-end review, a tax
 * branch's trade union, the tax sector's emulation congress, the Workers' Party of Korea, the
 * Democratic Party of Korea's convention, a Vietnamese student association in Korea, the Korean
 * National Assembly, a K-pop fan club, overseas Vietnamese in Seoul, a clan council, district
 * sports games, the National Assembly candidates' consultation, a juice company's shareholders, a
 * workers' conference, veterans' and women's associations, a Buddhist congress, a Vietnam-Korea
 * summit; other senses of "đại hội": a family's year-end gathering, Sino-Vietnamese etymology,
 * couplets, funeral orations and village rites; party business the pack does not cover: transfers
 * of membership, admission, dues from orchard income, members running private farms, discipline and
 * promotion, annual grading, monthly cell meetings abroad and at the post, 40-year badges, who was
 * elected, phone numbers; the users' work and daily life: militia training, border markets and
 * crossing cards, durian prices, growing-area codes, pesticides, bank loans, income-tax
 * settlement, household business tax, e-invoices, VAT rates, gifts to inspectors, tax exams and
 * software, student visas, TOPIK, scholarships, border allowances, tax deferral after storms, hired
 * transport, weather).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset117.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, money, which cells the
 * five-yearly pilot covers) were left out, not guessed.
 * No engine change reached main after its writer began (21:12 UTC) but the word prior relearned
 * with newset115 and newset116; its writer saw none of it. It was measured once, at 21:23 UTC on
 * main 771bccf (`node --expose-gc dist/bench/qa.js`, load 3.49): qa_new_top1 97.9 %,
 * qa_new_oos_refused 100.0 % (3 in-scope misses, no lookalike answered; qa_p99_us 299.2 in that
 * run, p50 57.9). Its misses were listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  [
    'doc',
    'Chỉ thị 35-CT/TW năm 2024 bây giờ còn dùng để chuẩn bị đại hội ở đồn biên phòng không?',
    'doc:ct-35-2024',
  ],
  ['doc', 'ct35 ban hành tháng 6/2024 do cơ quan nào ký vậy đồng chí', 'doc:ct-35-2024'],
  ['doc', 'Is Directive 35 of June 2024 still valid or was it replaced?', 'doc:ct-35-2024'],
  ['doc', 'Kết luận 118-KL/TW điều chỉnh những gì, tôi làm vườn cam nên ít đọc văn bản', 'doc:kl-118-2025'],
  ['doc', 'kl118 con hieu luc ko ad vay ad', 'doc:kl-118-2025'],
  ['doc', 'Who issued Conclusion 118 in January 2025? (asking from Korea)', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị số 45 của Bộ Chính trị ban hành ngày nào, kính mong chỉ giáo', 'doc:ct-45-2025'],
  ['doc', 'ct45/tw thay thế văn bản nào thế', 'doc:ct-45-2025'],
  ['doc', 'What is Directive 45-CT/TW about? I study in Seoul', 'doc:ct-45-2025'],
  ['doc', 'Kết luận 200 nói gì về kết quả đại hội các cấp', 'doc:kl-200-2025'],
  ['doc', 'KL 200-KL/TW do ai ban hanh', 'doc:kl-200-2025'],
  ['doc', 'Conclusion 200 of October 2025, what does it say?', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW có nội dung cụ thể ra sao?', 'doc:hd-27-2024'],
  ['doc', 'hd27 btctw hướng dẫn chỉ thị nào', 'doc:hd-27-2024'],
  ['doc', 'Guidance 27 from the Central Organisation Commission, when was it issued?', 'doc:hd-27-2024'],
  [
    'doc',
    'Hướng dẫn số 18-HD/BTCTU của Ban Tổ chức Thành ủy hướng dẫn những gì — tôi hỏi từ xã biên giới?',
    'doc:hd-18-2024',
  ],
  ['doc', 'HD 18/BTCTU ban hành ngày tháng năm nào', 'doc:hd-18-2024'],
  ['doc', 'guidance 18-HD/BTCTU of Hanoi, what does it cover?', 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch 258-KH/TU của Thành ủy Hà Nội là văn bản gì?', 'doc:kh-258-2024'],
  ['doc', 'kh258 tu ban hanh ngay nao', 'doc:kh-258-2024'],
  ['doc', 'Plan 258 of the Hanoi Party Committee, please give me its date', 'doc:kh-258-2024'],
  [
    'doc',
    'Kế hoạch số 203 của Quận ủy Hai Bà Trưng giờ còn áp dụng không khi đã bỏ cấp huyện?',
    'doc:kh-203-2024',
  ],
  ['doc', 'KH203/QU ve to chuc dai hoi co so', 'doc:kh-203-2024'],
  ['doc', 'What is plan 203-KH/QU?', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 của Trung ương khóa XII bàn về vấn đề gì?', 'doc:nq-26-2018'],
  ['doc', 'nq26 trung uong khoa 12 la gi', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26 of May 2018, which body adopted it? — I am a student in Daegu', 'doc:nq-26-2018'],
  [
    'doc',
    'Quy định 89-QĐ/TW về tiêu chuẩn cán bộ đã bị thay chưa (chi bộ tôi ở đồn biên phòng)?',
    'doc:qd-89-2017',
  ],
  ['doc', 'qd89 con hieu luc khong a', 'doc:qd-89-2017'],
  ['doc', 'Regulation 89 (2017) on cadre standards, status please', 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365 về tiêu chuẩn chức danh cán bộ ban hành ngày nào?', 'doc:qd-365-2025'],
  ['doc', 'QĐ 365-QĐ/TW thay thế quy định nào vậy', 'doc:qd-365-2025'],
  ['doc', 'regulation 365 on cadre positions, who issued it?', 'doc:qd-365-2025'],
  [
    'doc',
    'Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy về tiêu chí gì, kính mong đồng chí chỉ giáo?',
    'doc:qd-14-2023',
  ],
  ['doc', 'qd14/tu đánh giá cán bộ ra sao, tôi làm vườn nên hỏi cho chắc', 'doc:qd-14-2023'],
  ['doc', 'Regulation 14-QĐ/TU of Hanoi, what is it about — hỏi thay chi bộ thuế?', 'doc:qd-14-2023'],
  ['doc', 'quy dinh 2656 cua quan uy hai ba trung nhe bot', 'doc:qd-2656-2023'],
  ['doc', 'QĐ2656/QU về tiêu chí đánh giá cán bộ ban hành khi nào?', 'doc:qd-2656-2023'],
  ['doc', 'regulation 2656 of the district standing board', 'doc:qd-2656-2023'],
  [
    'doc',
    'Quy định 1216-QĐ/QU về quy hoạch cán bộ ban hành ngày nào nhờ bot giải đáp giúp?',
    'doc:qd-1216-2022',
  ],
  ['doc', 'qd1216 quy hoach can bo con dung khong giup em voi', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216 on cadre planning, tell me about it', 'doc:qd-1216-2022'],
  ['doc', 'Quy định 294-QĐ/TW có hiệu lực từ bao giờ, xin thỉnh giáo?', 'doc:qd-294-2025'],
  ['doc', 'qd294 thi diem dai hoi chi bo a', 'doc:qd-294-2025'],
  ['doc', 'regulation 294 piloting cell congresses, what does it change?', 'doc:qd-294-2025'],
  [
    'doc',
    'Chỉ thị 35-CT/TW ngày 30/5/2019 hướng tới Đại hội nào, tôi đang ở bản vùng cao?',
    'doc:ct-35-2019',
  ],
  ['doc', 'ct35 ban hành năm 2019 dành cho nhiệm kỳ nào', 'doc:ct-35-2019'],
  ['doc', 'Directive 35 of 2019: which congress was it for?', 'doc:ct-35-2019'],
  [
    'doc',
    'Hướng dẫn 26-HD/BTCTW năm 2019 hướng dẫn văn bản nào — tôi hỏi từ xã biên giới?',
    'doc:hd-26-2019',
  ],
  ['doc', 'hd26 nam 2019 con ap dung khong', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26 of October 2019, what is it? Please keep it short.', 'doc:hd-26-2019'],
  [
    'unknown-doc',
    'Quy định 24-QĐ/TW thi hành Điều lệ Đảng nói gì về đại hội chi bộ (chi bộ tôi ở đồn biên phòng)?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Nghị quyết 57-NQ/TW về khoa học công nghệ có liên quan đến đại hội không, kính mong đồng chí chỉ giáo?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Quy định 232-QĐ/TW về bầu cử trong Đảng quy định thế nào?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 06-HD/TW ngày 9/6/2022 nói gì?', 'unknown-doc'],
  [
    'unknown-doc',
    'Quy định 144-QĐ/TW về chuẩn mực đạo đức cách mạng có áp dụng cho đảng viên ngành thuế?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kế hoạch 99-KH/ĐU của Đảng ủy xã biên giới tôi ban hành khi nào?', 'unknown-doc'],
  [
    'unknown-doc',
    'Quy định 105-QĐ/TW về phân cấp quản lý cán bộ còn hiệu lực không, tôi làm vườn nên hỏi cho chắc?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Nghị quyết 21-NQ/TW về tổ chức cơ sở đảng nói gì — hỏi thay chi bộ thuế?', 'unknown-doc'],
  ['unknown-doc', 'Thông báo kết luận 160-TB/TW có nội dung gì?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 150-KL/TW về tinh gọn bộ máy ban hành ngày nào?', 'unknown-doc'],
  ['unknown-doc', 'Công văn 33-CV/BTCTW hướng dẫn đại hội ra sao?', 'unknown-doc'],
  ['unknown-doc', 'What does Regulation 132-QĐ/TW say about party congresses?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 01-HD/BTCTW năm 2021 về nghiệp vụ công tác đảng viên', 'unknown-doc'],
  [
    'unknown-doc',
    'chỉ thị 05-CT/TW về học tập và làm theo tư tưởng đạo đức Hồ Chí Minh có liên quan đại hội ko',
    'unknown-doc',
  ],
  ['unknown-doc', 'Quyết định 99-QĐ/TW về khung chương trình bồi dưỡng cấp ủy viên nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Tờ trình 12-TTr/ĐU của đảng ủy xã về nhân sự đại hội ở đâu ra?', 'unknown-doc'],
  ['fact', 'Đại hội chi bộ đồn biên phòng nhiệm kỳ 2025-2030 phải làm mấy nội dung?', 'noi-dung'],
  ['fact', 'Kính thỉnh: đại hội đảng bộ nhiệm kỳ này tiến hành những hạng mục chủ yếu nào?', 'noi-dung'],
  ['fact', 'Cấp ủy trình đại hội những văn kiện nào, gồm mấy báo cáo?', 'van-kien'],
  ['fact', 'Báo cáo kiểm điểm của cấp ủy phải đạt yêu cầu gì về tự phê bình?', 'van-kien'],
  ['fact', 'Chuẩn bị đại hội cần thành lập những tổ nào nhờ bot giải đáp giúp?', 'chuan-bi'],
  [
    'fact',
    'Trước đại hội, tổ chức cơ sở đảng phải tổng kết những gì và quán triệt văn bản ra sao?',
    'chuan-bi',
  ],
  ['fact', 'Đại hội phải tuân thủ nguyên tắc tập trung dân chủ như thế nào?', 'nguyen-tac'],
  [
    'fact',
    'Tổ chức đại hội có được phô trương hình thức không, yêu cầu chống lãng phí thế nào?',
    'nguyen-tac',
  ],
  ['fact', 'Theo kế hoạch, đại hội chi bộ cơ sở phải xong trước ngày nào?', 'lich-trinh'],
  ['fact', 'Đại hội điểm ở cấp chi bộ trực thuộc tổ chức vào tháng mấy?', 'dai-hoi-diem'],
  [
    'fact',
    'Ban Thường vụ Quận ủy chọn những loại đơn vị nào làm đại hội điểm đầu quý I/2025, xin thỉnh giáo?',
    'dai-hoi-diem',
  ],
  ['fact', 'Lựa chọn nhân sự cấp ủy khóa mới căn cứ vào những quy định nào?', 'nhan-su'],
  ['fact', 'Có phải rà soát, bổ sung quy hoạch cán bộ cho nhân sự đại hội không?', 'nhan-su'],
  [
    'fact',
    'Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII là đại hội gì, tôi đang ở bản vùng cao?',
    'dai-hoi-quan',
  ],
  [
    'fact',
    'Chỉ thị của Bộ Chính trị năm 2024 về đại hội gồm mấy phần, mấy phụ lục — tôi hỏi từ xã biên giới?',
    'chi-thi-35',
  ],
  ['fact', 'Bảy yêu cầu của chỉ thị về đại hội đảng bộ các cấp năm 2024 là gì?', 'chi-thi-35'],
  [
    'fact',
    'Từ sau hội nghị quán triệt tháng 10/2024 đến nay có những thay đổi gì (chi bộ tôi ở đồn biên phòng)?',
    'thay-doi',
  ],
  [
    'fact',
    'Chính quyền địa phương hai cấp bắt đầu vận hành từ ngày nào, kính mong đồng chí chỉ giáo?',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'Chi bộ bây giờ bao lâu đại hội một lần, vẫn 5 năm hai lần à?', 'chi-bo-5-nam'],
  ['fact', 'Đại hội đại biểu toàn quốc lần thứ XIV của Đảng diễn ra khi nào?', 'dai-hoi-xiv'],
  ['fact', 'Cho tôi danh sách các văn bản về đại hội nhiệm kỳ 2025-2030 mà bot dựa vào', 'tai-lieu'],
  [
    'fact',
    'Đại hội đảng bộ các cấp nhiệm kỳ 2025-2030 kết quả ra sao, đã xong hết chưa, tôi làm vườn nên hỏi cho chắc?',
    'ket-qua',
  ],
  ['fact', 'Đại hội Đảng toàn quốc lần thứ 14 bế mạc ngày nào?', 'dai-hoi-xiv'],
  ['fact', 'Cấp huyện chính thức không còn từ ngày nào — hỏi thay chi bộ thuế?', 'chinh-quyen-2-cap'],
  [
    'fact',
    'Hà Nội có bao nhiêu đảng bộ cấp huyện kết thúc hoạt động khi bỏ cấp huyện nhờ bot giải đáp giúp?',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'Tiêu chuẩn cán bộ hiện nay thay quy định cũ từ ngày nào, cái mới thay cái nào?', 'thay-doi'],
  ['fact', 'Báo cáo chính trị có vai trò gì trong văn kiện đại hội, xin thỉnh giáo?', 'van-kien'],
  ['fact', 'Đại hội đảng viên đảng bộ cơ sở bắt đầu từ tháng mấy năm 2025?', 'lich-trinh'],
  [
    'fact',
    'Điều lệ Đảng trước đây quy định chi bộ đại hội mấy lần trong 5 năm, tôi đang ở bản vùng cao?',
    'chi-bo-5-nam',
  ],
  ['fact', 'Chỉ thị năm 2024 về đại hội có phụ lục về tuổi và số lượng cấp ủy viên không?', 'chi-thi-35'],
  ['offword', 'Tôi vừa tỉa cành vườn bưởi xong, cho hỏi đại hội chi bộ gồm mấy nội dung?', 'noi-dung'],
  [
    'offword',
    'Đang đi tuần tra mốc biên giới, tranh thủ hỏi: đại hội chi bộ trực thuộc làm trong thời gian nào?',
    'lich-trinh',
  ],
  [
    'offword',
    'Vừa quyết toán thuế cho doanh nghiệp xong, đồng chí cho biết báo cáo chính trị đại hội phải đánh giá những gì?',
    'van-kien',
  ],
  [
    'offword',
    'Mùa vải năm nay được giá, nhân tiện hỏi tổ văn kiện và tổ nhân sự lập khi chuẩn bị đại hội để làm gì?',
    'chuan-bi',
  ],
  ['offword', 'Trời mưa đèo trơn quá, mà đại hội Đảng toàn quốc XIV tổ chức ngày nào nhỉ?', 'dai-hoi-xiv'],
  [
    'offword',
    'Ở Busan đang có tuyết, cho em hỏi đại hội chi bộ có còn 5 năm hai lần không ạ?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Chiều nay đoàn kiểm tra thuế về, tôi cần biết gấp nhân sự cấp ủy khóa mới theo tiêu chuẩn nào',
    'nhan-su',
  ],
  [
    'offword',
    'Sau vụ thu hoạch sầu riêng, chi bộ tôi muốn biết đại hội điểm được tổ chức thế nào',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Đồn vừa nhận tân binh, xin hỏi đại hội đảng bộ các cấp vừa rồi đã kết thúc thành công chưa?',
    'ket-qua',
  ],
  [
    'offword',
    'Chè xanh pha xong rồi, đồng chí nói giúp từ hội nghị 23/10/2024 đến giờ văn bản nào đã thay đổi',
    'thay-doi',
  ],
  ['unit', 'Chi bộ trực thuộc đảng ủy cơ sở đại hội bắt đầu từ tháng 01/2025 đúng không?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở tiến hành đại hội sau khi các chi bộ trực thuộc xong, hạn chót là khi nào?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở ở xã biên giới đại hội vào khoảng thời gian nào?', 'lich-trinh'],
  [
    'unit',
    'Mỗi đảng bộ cơ sở chọn mấy chi bộ trực thuộc để làm đại hội điểm — tôi hỏi từ xã biên giới?',
    'dai-hoi-diem',
  ],
  [
    'unit',
    'Chi bộ cơ sở có phải bầu đoàn đại biểu đi dự đại hội cấp trên không (chi bộ tôi ở đồn biên phòng)?',
    'noi-dung',
  ],
  ['unit', 'grassroots party committee congress: what are the four items on the agenda?', 'noi-dung'],
  ['typo', 'dai hoi chi bo gom nhung noi dung j hỏi tý', 'noi-dung'],
  ['typo', 'BCCT va bao cao kiem diem cua cap uy trinh DH vay ad', 'van-kien'],
  ['typo', 'thanh lap to nhan su to van kien phuc vu DH ntn', 'chuan-bi'],
  ['typo', 'thoi gian dai hoi CBCS va DBCS nk 2025-2030', 'lich-trinh'],
  ['typo', 'nguyen tac tap trung dan chu khi to chuc dh dang bo nhe bot', 'nguyen-tac'],
  ['typo', 'chinh quyen dia phuong 2 cap van hanh tu bao h', 'chinh-quyen-2-cap'],
  ['typo', 'đại hộ chi bô thí điểm năm năm một lần áp dụng từ khi nào', 'chi-bo-5-nam'],
  ['typo', 'ĐH XIV của Đảng họp mấy ngày vây', 'dai-hoi-xiv'],
  ['typo', 'ket qua dh dang bo cac cap nk 2025 2030 the nao roi giup em voi', 'ket-qua'],
  ['typo', 'nhân sư cấp ủy khoá mới chọn theo tiu chuẩn nào a', 'nhan-su'],
  ['en', 'What four items must a party cell congress cover in the 2025-2030 term?', 'noi-dung'],
  ['en', 'Which two reports does the committee submit to the congress? Thanks in advance!', 'van-kien'],
  ['en', 'How should a grassroots organisation prepare for its congress?', 'chuan-bi'],
  ['en', 'What principles must be followed when holding a party congress? (asking from Korea)', 'nguyen-tac'],
  ['en', 'When did the party cells under grassroots committees hold their congresses?', 'lich-trinh'],
  ['en', 'How were pilot congresses organised before the main round?', 'dai-hoi-diem'],
  ['en', 'What rules apply when nominating members for the new committee?', 'nhan-su'],
  [
    'en',
    'What is the 27th congress of the Hai Ba Trung district party organisation? — I am a student in Daegu',
    'dai-hoi-quan',
  ],
  [
    'en',
    'What has changed since the October 2024 dissemination conference? Please keep it short.',
    'thay-doi',
  ],
  ['en', 'When did Vietnam switch to two-level local government? Thanks in advance!', 'chinh-quyen-2-cap'],
  ['en', 'Are party cell congresses now held only once every five years?', 'chi-bo-5-nam'],
  ['en', 'When was the 14th National Party Congress held? (asking from Korea)', 'dai-hoi-xiv'],
  ['en', 'Were the 2025-2030 congresses at all levels completed successfully?', 'ket-qua'],
  ['en', 'Which documents does this bot rely on for the congress term?', 'tai-lieu'],
  [
    'en',
    'What are the seven requirements of the 2024 Politburo directive on congresses? — I am a student in Daegu',
    'chi-thi-35',
  ],
  ['two-part', 'Đại hội gồm mấy nội dung và cấp ủy trình những báo cáo nào?', 'noi-dung+van-kien'],
  [
    'two-part',
    'Thời gian đại hội chi bộ trực thuộc và đại hội điểm tổ chức khi nào?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Nhân sự cấp ủy chọn theo quy định nào, và chuẩn bị đại hội cần lập tổ gì?',
    'nhan-su+chuan-bi',
  ],
  [
    'two-part',
    'Khi nào bỏ cấp huyện và đại hội chi bộ giờ mấy năm một lần?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Đại hội XIV họp ngày nào, và đại hội các cấp nhiệm kỳ này kết quả ra sao, kính mong đồng chí chỉ giáo?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'What must the congress cover, and what principles apply when holding it?',
    'noi-dung+nguyen-tac',
  ],
  ['two-part', 'Chỉ thị 2024 về đại hội có mấy phần và từ đó đến nay thay đổi gì?', 'chi-thi-35+thay-doi'],
  [
    'two-part',
    'Đại hội Đảng bộ quận lần thứ XXVII là gì, và chính quyền hai cấp ảnh hưởng thế nào tới quận?',
    'dai-hoi-quan+chinh-quyen-2-cap',
  ],
  ['lookalike', 'Đồn biên phòng tổ chức đại hội thi đua Quyết thắng, cần chuẩn bị khẩu hiệu gì?', null],
  ['lookalike', 'Hội nghị giao ban công tác biên phòng quý này có mấy nội dung?', null],
  ['lookalike', 'Xã biên giới tổ chức Ngày hội Biên phòng toàn dân, kinh phí lấy từ đâu?', null],
  ['lookalike', 'Lịch huấn luyện dân quân tự vệ năm 2026 ở xã biên giới thế nào?', null],
  ['lookalike', 'Chợ biên giới họp phiên mấy ngày một lần?', null],
  ['lookalike', 'Người dân xã biên giới muốn làm thẻ qua lại cửa khẩu cần giấy tờ gì?', null],
  ['lookalike', 'Đảng viên đồn biên phòng luân chuyển công tác thì chuyển sinh hoạt đảng thế nào?', null],
  ['lookalike', 'Kết nạp đảng cho quần chúng là người dân tộc ở bản vùng cao cần điều kiện gì?', null],
  ['lookalike', 'Đại hội thành viên hợp tác xã cây ăn quả của tôi cần mấy báo cáo?', null],
  ['lookalike', 'Hội Nông dân xã tổ chức đại hội nhiệm kỳ mới, bầu ban chấp hành bao nhiêu người?', null],
  ['lookalike', 'Hội nghị khuyến nông về trồng bưởi diễn năm nay tổ chức ở đâu?', null],
  ['lookalike', 'Giá sầu riêng xuất khẩu tuần này bao nhiêu một ký?', null],
  ['lookalike', 'Đăng ký mã số vùng trồng cho vườn xoài cần thủ tục gì?', null],
  ['lookalike', 'Thuốc bảo vệ thực vật nào được phép dùng cho cây vải theo VietGAP?', null],
  ['lookalike', 'Lễ hội trái cây Nam Bộ năm nay có gian hàng cho hợp tác xã không?', null],
  ['lookalike', 'Đảng viên làm kinh tế vườn có được thuê nhân công quy mô lớn không?', null],
  ['lookalike', 'Vay vốn ngân hàng chính sách để mở rộng vườn cam cần thế chấp gì?', null],
  ['lookalike', 'Hội nghị đối thoại với doanh nghiệp của cục thuế tỉnh có mấy nội dung?', null],
  ['lookalike', 'Quyết toán thuế thu nhập cá nhân năm 2025 hạn chót ngày nào?', null],
  ['lookalike', 'Hộ kinh doanh trái cây chuyển sang kê khai thuế thì làm thế nào?', null],
  ['lookalike', 'Hóa đơn điện tử bị sai mã số thuế thì điều chỉnh ra sao?', null],
  ['lookalike', 'Đại hội công đoàn cơ sở của chi cục thuế bầu ban chấp hành như thế nào?', null],
  ['lookalike', 'Hội nghị tổng kết ngành thuế năm 2025 đánh giá thu ngân sách ra sao?', null],
  ['lookalike', 'Thanh tra viên thuế có được nhận quà của doanh nghiệp dịp Tết không?', null],
  ['lookalike', 'Đảng viên ngành thuế bị kỷ luật khiển trách thì có được đề bạt không?', null],
  ['lookalike', 'Thuế suất giá trị gia tăng cho nông sản tươi hiện là bao nhiêu?', null],
  ['lookalike', 'Ngành thuế tổ chức đại hội thi đua yêu nước, báo cáo điển hình viết thế nào?', null],
  ['lookalike', "When is the next congress of the Workers' Party of Korea? Please keep it short.", null],
  ['lookalike', 'How does the Democratic Party of Korea choose its leader at its national convention?', null],
  [
    'lookalike',
    'Our Vietnamese student association in Korea holds its general congress next month, how do we elect the board?',
    null,
  ],
  ['lookalike', 'What documents do I need to extend my D-4 student visa in Korea?', null],
  ['lookalike', 'When is the next TOPIK exam and how do I register?', null],
  [
    'lookalike',
    'Can a Vietnamese party member studying abroad in Korea keep attending cell meetings online?',
    null,
  ],
  ['lookalike', "What is the agenda of the Korean National Assembly's plenary session this week?", null],
  [
    'lookalike',
    'My K-pop fan club is holding a general meeting, how should we vote on the new leader?',
    null,
  ],
  ['lookalike', 'Is there a Vietnamese community congress of overseas Vietnamese in Seoul this year?', null],
  ['lookalike', 'Chữ "đại hội" theo nghĩa Hán Việt gốc từ chữ Hán nào?', null],
  ['lookalike', 'Xin soạn giúp câu đối chữ Hán treo ở hội trường đại hội họ tộc', null],
  ['lookalike', 'Kính nhờ chuyển ngữ bài văn tế tiền hiền sang quốc ngữ', null],
  ['lookalike', 'Đại hội hội đồng họ Nguyễn toàn quốc năm nay tổ chức ở đâu?', null],
  ['lookalike', 'Kỳ thi tuyển công chức thuế năm 2026 thi những môn gì?', null],
  ['lookalike', 'Đại hội Thể dục thể thao huyện miền núi có môn bắn nỏ không?', null],
  [
    'lookalike',
    'Hội nghị hiệp thương giới thiệu người ứng cử đại biểu Quốc hội khóa mới diễn ra mấy lần?',
    null,
  ],
  [
    'lookalike',
    'Đại hội cổ đông công ty chế biến nước ép trái cây cần bao nhiêu phần trăm cổ đông dự?',
    null,
  ],
  ['lookalike', 'Hội nghị người lao động ở công ty xuất khẩu hoa quả tổ chức vào tháng mấy?', null],
  ['lookalike', 'Đại hội Hội Cựu chiến binh xã biên giới nhiệm kỳ mới bầu chủ tịch thế nào?', null],
  ['lookalike', 'Hội Phụ nữ bản tôi tổ chức đại hội, cần chuẩn bị bao nhiêu suất ăn?', null],
  ['lookalike', 'Thuê xe đưa đại biểu từ bản xuống trung tâm xã dự hội nghị hết bao nhiêu tiền?', null],
  ['lookalike', 'Chi bộ tôi sinh hoạt định kỳ hằng tháng ở đồn, nên chọn chuyên đề gì cho tháng này?', null],
  ['lookalike', 'Đảng phí của đảng viên có thu nhập từ vườn cây ăn quả tính thế nào?', null],
  ['lookalike', 'Đánh giá xếp loại đảng viên cuối năm cho cán bộ thuế ra sao?', null],
  ['lookalike', 'Huy hiệu 40 năm tuổi Đảng được tặng vào dịp nào, tôi làm vườn nên hỏi cho chắc?', null],
  ['lookalike', 'Thời tiết Sa Pa cuối tuần này có mưa đá không?', null],
  ['lookalike', 'Nhà tôi có vườn chôm chôm, đại hội gia đình cuối năm nên tổ chức tiệc gì?', null],
  ['lookalike', 'Con tôi đi du học Hàn Quốc, học bổng chính phủ Hàn xin thế nào?', null],
  ['lookalike', 'Làm sao cài phần mềm kê khai thuế HTKK trên máy tính mới?', null],
  ['lookalike', 'Kính hỏi lễ nghi tế lễ đình làng đầu xuân nên tiến hành theo thứ tự nào?', null],
  ['lookalike', 'Đại hội Phật giáo tỉnh biên giới nhiệm kỳ mới tổ chức bao giờ?', null],
  ['lookalike', 'Hội nghị thượng đỉnh Việt Nam - Hàn Quốc năm nay bàn những gì?', null],
  ['lookalike', 'Bộ đội biên phòng được hưởng phụ cấp khu vực bao nhiêu phần trăm?', null],
  ['lookalike', 'Gia hạn nộp thuế cho hộ trồng cây ăn quả bị thiệt hại do bão được không?', null],
  ['lookalike', 'Ai trúng cử Bí thư Đảng ủy xã biên giới của tôi ở đại hội vừa rồi?', null],
  ['lookalike', 'Cho tôi số điện thoại của Ban Tổ chức Đảng ủy xã', null],
];

export const NEWSET117: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
