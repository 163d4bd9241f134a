/**
 * The forty-fourth new evaluation set (issue 11, point 6), written on 2026-12-04 from 01:30 UTC
 * (committed in the commit "Eval: newset44, the forty-fourth unseen set") by a helper (set44) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before its `const items` line) and its last line, the part of newset.ts
 * before `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under
 * src/, bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items
 * were read. Its users are imagined as the secretary of a party cell in a university faculty, a
 * 72-year-old secretary of a residential-area cell, a member admitted last year at 25, a clerk of a
 * ward party committee's office preparing papers, a Korean investor's liaison officer who writes in
 * English, and the secretary of a farmers' cooperative's party cell; with the out-of-scope messages
 * such users send (other organisations' congresses and meetings: a students' union congress, a
 * faculty's student science conference, a university's staff conference, the elderly people's
 * branch, a residents' meeting to elect a street-group head, the Youth Union, the Farmers' Union,
 * a cooperative's annual members' meeting and its board election, a shareholders' meeting and its
 * board's report, the Korean Chamber's year-end conference, the Vietnam Trade Union's and the Lao
 * party's congresses, the second Central plenum of the 14th term, the 14th Congress's growth
 * target; other senses of "đại hội" and "hội nghị": a year-end music festival, a cosplay festival,
 * an extension station's field-side demonstration, video calls; other party business the pack does
 * not cover: admission classes for students, recognition as a full member, temporary membership
 * abroad, a probationary member's travel, rewards for publications, a member's funeral, gifts on
 * the Party's anniversary, a history quiz, political-theory classes, essays after the 14th
 * Congress, the year-end report's deadline, a factory's party cell; people in posts; trappings and
 * costs: printing, coach hire, a broken photocopier; the office's paperwork: document format,
 * archive hand-over, numbering outgoing papers, minutes, budget settlement; addresses, phone
 * numbers, opening hours and citizens' reception days; money and prices: fertiliser, farm loans,
 * waste fees, tax incentives; local government and state services: investment certificates, work
 * permits, company seals and invoices, health insurance for the elderly, associate-professor
 * files, a dean's election, thesis defences; farming: VietGAP, OCOP, swine fever, the sowing
 * calendar; holidays; the bot itself: stored questions, a Korean-language reply, passwords of a
 * members' app).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset44.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, membership figures) were left
 * out, not guessed.
 *
 * Engine changes reached main after its commit: 6e00b50 (a count of what the pack never counts is
 * refused) and 65d2ed3 (the part that asks after a story, glued abbreviations, "who are", founding
 * and dissolving party organisations); its writer saw none of them. It was measured once, at
 * 01:46 UTC on main 2e418af, whose engine is 65d2ed3's (`node --expose-gc dist/bench/qa.js`, load
 * 4.38, beside another helper's test run): qa_new_top1 100.0 %, qa_new_oos_refused 93.9 % (no
 * in-scope miss, 4 lookalikes answered; qa_p99_us 144.1 in that run, p50 28.4). Its misses were
 * listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  [
    'doc',
    'Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị bây giờ chi bộ khoa còn căn cứ vào được không?',
    'doc:ct-35-2024',
  ],
  ['doc', 'bác hỏi ct35 năm 2024 đã bị thay chưa cháu', 'doc:ct-35-2024'],
  [
    'doc',
    'Our legal team cites Directive 35 of June 2024 in a memo on the party congress. Is it still in force?',
    'doc:ct-35-2024',
  ],
  [
    'doc',
    'Chỉ thị 35-CT/TW ngày 30/5/2019 về đại hội tiến tới Đại hội XIII giờ còn dùng được không?',
    'doc:ct-35-2019',
  ],
  [
    'doc',
    'Cái CT 35 năm 2019 hồi nhiệm kỳ trước bác còn giữ bản in, giờ nó còn giá trị gì không?',
    'doc:ct-35-2019',
  ],
  [
    'doc',
    'Directive 35-CT/TW dated May 2019, the one for the 13th Congress: who issued it?',
    'doc:ct-35-2019',
  ],
  [
    'doc',
    'Kết luận số 118-KL/TW ngày 18/1/2025 điều chỉnh những gì trong chỉ thị về đại hội?',
    'doc:kl-118-2025',
  ],
  ['doc', 'kl118 con hieu luc ko a, em doc tren mang thay nhieu ban qua', 'doc:kl-118-2025'],
  ['doc', 'What is Conclusion 118 and which body issued it? My director is asking.', 'doc:kl-118-2025'],
  [
    'doc',
    'Chỉ thị 45-CT/TW của Bộ Chính trị ban hành ngày nào, chi bộ hợp tác xã có phải học không?',
    'doc:ct-45-2025',
  ],
  ['doc', 'ct45 thay cho văn bản nào vậy bot', 'doc:ct-45-2025'],
  [
    'doc',
    'Please give me the details of Directive 45, our head office in Seoul asked about it.',
    'doc:ct-45-2025',
  ],
  ['doc', 'Kết luận số 200-KL/TW ngày 17/10/2025 do cơ quan nào ký ban hành?', 'doc:kl-200-2025'],
  [
    'doc',
    'Văn phòng cần trích dẫn KL 200 trong tờ trình, cho tôi số, ngày và cơ quan ban hành.',
    'doc:kl-200-2025',
  ],
  ['doc', 'Conclusion No. 200-KL/TW: date and issuer, please, for our briefing note.', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn số 27-HD/BTCTW ngày 26/8/2024 hướng dẫn văn bản nào?', 'doc:hd-27-2024'],
  ['doc', 'HD27 của Ban Tổ chức Trung ương thầy cô trong khoa hỏi còn hiệu lực không?', 'doc:hd-27-2024'],
  [
    'doc',
    'Guidance 27 of the Central Organisation Commission: what does your card say about it?',
    'doc:hd-27-2024',
  ],
  ['doc', 'Hướng dẫn 18-HD/BTCTU của Ban Tổ chức Thành ủy Hà Nội ban hành ngày nào?', 'doc:hd-18-2024'],
  ['doc', 'van phong dang uy can so hieu, ngay cua hd 18 btctu de ghi vao can cu', 'doc:hd-18-2024'],
  [
    'doc',
    'Our Hanoi partner mentioned Guidance 18-HD/BTCTU from the city organisation board. What does it cover?',
    'doc:hd-18-2024',
  ],
  ['doc', 'Kế hoạch số 258-KH/TU ngày 15/7/2024 của Thành ủy là kế hoạch về việc gì?', 'doc:kh-258-2024'],
  ['doc', 'kh258 thanh uy ha noi tra cuu o dau', 'doc:kh-258-2024'],
  ['doc', 'What is Plan 258 of the Hanoi Party Committee, and is it still current?', 'doc:kh-258-2024'],
  [
    'doc',
    'Kế hoạch 203-KH/QU ngày 29/7/2024 của Quận ủy Hai Bà Trưng còn áp dụng sau khi không còn quận không?',
    'doc:kh-203-2024',
  ],
  ['doc', 'Cho mình xin thông tin KH 203 của quận ủy HBT về đại hội cơ sở', 'doc:kh-203-2024'],
  ['doc', 'Plan 203-KH/QU: is it still valid now that the districts are gone?', 'doc:kh-203-2024'],
  [
    'doc',
    'Thầy hiệu trưởng nhắc Nghị quyết 26-NQ/TW ngày 19/5/2018 khi bàn nhân sự khoa, nghị quyết ấy của cơ quan nào?',
    'doc:nq-26-2018',
  ],
  [
    'doc',
    'NQ26 năm 2018 về cán bộ các cấp em cần đọc để viết thu hoạch, còn hiệu lực không ạ?',
    'doc:nq-26-2018',
  ],
  ['doc', 'Resolution 26 of May 2018 on cadres: what status does the bot record?', 'doc:nq-26-2018'],
  [
    'doc',
    'Quy định 89-QĐ/TW năm 2017 về tiêu chuẩn cán bộ còn dùng để xét nhân sự được không?',
    'doc:qd-89-2017',
  ],
  ['doc', 'QĐ 89 về tiêu chuẩn chức danh bị thay bằng cái nào rồi bot?', 'doc:qd-89-2017'],
  [
    'doc',
    'A Korean lawyer quoted Regulation 89 on cadre standards to us. Has it been superseded?',
    'doc:qd-89-2017',
  ],
  [
    'doc',
    'Văn phòng đảng ủy cần ghi đúng trích yếu của Quy định số 365-QĐ/TW ngày 30/8/2025, nhờ bot tra giúp',
    'doc:qd-365-2025',
  ],
  ['doc', 'qd365 tieu chuan chuc danh can bo ban hanh ngay nao', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365 of the Politburo: when was it issued and what did it replace?', 'doc:qd-365-2025'],
  [
    'doc',
    'Bác nghe phường nói Quy định 14-QĐ/TU ngày 06/11/2023 của Thường vụ Thành ủy, quy định ấy về chuyện gì hả cháu?',
    'doc:qd-14-2023',
  ],
  ['doc', 'Tra giúp QĐ14 của Thành ủy Hà Nội về tiêu chí đánh giá cán bộ', 'doc:qd-14-2023'],
  ['doc', 'Regulation 14-QĐ/TU of the Hanoi Standing Board: what is its status?', 'doc:qd-14-2023'],
  ['doc', 'Quy định số 2656-QĐ/QU của Ban Thường vụ Quận ủy còn hiệu lực không?', 'doc:qd-2656-2023'],
  ['doc', 'qđ 2656 quận ủy HBT ban hành ngày bao nhiêu vậy', 'doc:qd-2656-2023'],
  ['doc', 'Regulation 2656 of the Hai Ba Trung district committee: what is it?', 'doc:qd-2656-2023'],
  ['doc', 'Quy định 1216-QĐ/QU ngày 06/4/2022 về quy hoạch cán bộ do ai ban hành?', 'doc:qd-1216-2022'],
  ['doc', 'QD1216 quy hoach can bo con dung sau sap nhap phuong ko', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216 on cadre planning: date and issuer?', 'doc:qd-1216-2022'],
  ['doc', 'Quy định số 294-QĐ/TW ngày 26/5/2025 thí điểm việc gì?', 'doc:qd-294-2025'],
  ['doc', 'qđ294 áp dụng từ ngày nào, chi bộ hợp tác xã tôi có thuộc diện không', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294: who issued it, and has anything changed since?', 'doc:qd-294-2025'],
  [
    'doc',
    'Trong tủ hồ sơ còn Hướng dẫn 26-HD/BTCTW ngày 18/10/2019, tôi cần biết nó hướng dẫn chỉ thị nào để lưu cho đúng',
    'doc:hd-26-2019',
  ],
  ['doc', 'HD 26 năm 2019 của Ban Tổ chức Trung ương nhiệm kỳ trước, bác muốn xem lại', 'doc:hd-26-2019'],
  [
    'doc',
    'An old file mentions Guidance 26-HD/BTCTW from October 2019. Which directive was that guidance for?',
    'doc:hd-26-2019',
  ],
  [
    'unknown-doc',
    'Quy định 144-QĐ/TW về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên có nội dung gì?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Nghị quyết 57-NQ/TW về khoa học công nghệ, chi bộ khoa cần quán triệt những điểm nào?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Hướng dẫn số 12-HD/BTCTW về đại hội chi bộ nhiệm kỳ tới đã có chưa?', 'unknown-doc'],
  [
    'unknown-doc',
    'Kế hoạch 47-KH/ĐU của Đảng ủy phường về đại hội chi bộ khu dân cư bác tìm không thấy',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Công văn 1530-CV/VPTU của Văn phòng Thành ủy về nộp hồ sơ đại hội là công văn gì?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kết luận 150-KL/TW về quy hoạch cán bộ nhiệm kỳ tới có trong bot không?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 22-QĐ/TW về công tác kiểm tra, giám sát và kỷ luật của Đảng', 'unknown-doc'],
  [
    'unknown-doc',
    'Directive 39-CT/TW on party work in foreign-invested enterprises: what does it say?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Is Decree 152/2020/ND-CP on foreign workers in Vietnam among your sources?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Hướng dẫn 05-HD/BTCHU của Ban Tổ chức Huyện ủy về đại hội chi bộ nông thôn',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Chi bộ khoa định học Nghị quyết 60-NQ/TW về sắp xếp bộ máy, bot cho xin ngày ban hành',
    'unknown-doc',
  ],
  ['unknown-doc', 'Quy định 96-QĐ/TW về lấy phiếu tín nhiệm còn hiệu lực không bot?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch số 09-KH/ĐU về đại hội điểm của chi bộ hợp tác xã nông nghiệp', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 23-CT/TW về công tác tư tưởng, em cần số và ngày ban hành', 'unknown-doc'],
  ['unknown-doc', 'Quyết định 1102-QĐ/TU về kiện toàn nhân sự đảng ủy phường sau sáp nhập', 'unknown-doc'],
  ['offword', 'Sáng nay vừa đi chợ về, bác hỏi chút: đại hội chi bộ gồm mấy nội dung chính?', 'noi-dung'],
  [
    'offword',
    'Đang uống cà phê với mấy thầy trong khoa, tranh luận báo cáo kiểm điểm của cấp ủy phải viết thế nào, bot giải thích giúp',
    'van-kien',
  ],
  [
    'offword',
    'Tranh thủ giờ nghỉ trưa ở công ty, em hỏi: đại hội điểm chọn chi bộ nào, làm vào tháng mấy?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Ruộng vừa gặt xong, chi bộ hợp tác xã tôi muốn biết đại hội phải tiết kiệm, chống lãng phí theo nguyên tắc nào',
    'nguyen-tac',
  ],
  [
    'offword',
    'Hôm qua đi họp phụ huynh cho cháu xong mới nhớ ra: Đại hội XIV của Đảng họp từ ngày nào đến ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Trời mưa to không đi sinh hoạt được, bác hỏi bot: bây giờ chi bộ mấy năm mới đại hội một lần?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Đang xếp hàng chờ lấy số ở bệnh viện, hỏi nhanh: chuẩn bị đại hội phải lập những tổ nào?',
    'chuan-bi',
  ],
  [
    'offword',
    'Con gái tôi cưới tháng sau nên bận, nhưng muốn hỏi trước: nhân sự cấp ủy khóa mới chọn theo tiêu chuẩn nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Vừa tập gym về, em thắc mắc đại hội đảng bộ các cấp nhiệm kỳ 2025-2030 cuối cùng kết quả thế nào?',
    'ket-qua',
  ],
  [
    'offword',
    'Đang nấu cơm tối, hỏi bot: sau khi bỏ cấp huyện thì đảng bộ quận ở Hà Nội còn hoạt động không?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Đi giao bưởi lên thành phố, tôi tiện hỏi: từ hội nghị tháng 10/2024 đến nay văn bản về đại hội thay đổi những gì?',
    'thay-doi',
  ],
  [
    'offword',
    'Xe máy hỏng phải dắt bộ, tranh thủ hỏi: Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII là đại hội nào, nhiệm kỳ nào?',
    'dai-hoi-quan',
  ],
  [
    'two-part',
    'Đại hội chi bộ có những nội dung gì, và văn kiện cấp ủy trình đại hội gồm những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ trực thuộc đại hội vào tháng mấy, còn đại hội điểm thì làm lúc nào?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Cho hỏi tiêu chuẩn lựa chọn nhân sự cấp ủy mới, và nguyên tắc tập trung dân chủ khi tổ chức đại hội',
    'nhan-su+nguyen-tac',
  ],
  [
    'two-part',
    'Chuẩn bị đại hội gồm những việc gì, và báo cáo chính trị phải đánh giá ra sao?',
    'chuan-bi+van-kien',
  ],
  [
    'two-part',
    'Đại hội XIV tổ chức khi nào, và đại hội các cấp trước đó kết quả thế nào?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Chi bộ bây giờ mấy năm đại hội một lần, và đợt vừa rồi chi bộ cơ sở phải đại hội xong trước ngày nào?',
    'chi-bo-5-nam+lich-trinh',
  ],
  [
    'two-part',
    'Chính quyền hai cấp bắt đầu từ khi nào, và Đại hội Đảng bộ quận lần thứ XXVII thì sao?',
    'chinh-quyen-2-cap+dai-hoi-quan',
  ],
  [
    'two-part',
    'What are the four items on a party congress agenda, and what standards apply when choosing the new committee members?',
    'noi-dung+nhan-su',
  ],
  [
    'two-part',
    'What has changed since the October 2024 conference, and how often do party cells now hold their congresses?',
    'thay-doi+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Chỉ thị 35 năm 2024 gồm mấy phần, mấy phụ lục, và bot dựa vào những văn bản nào?',
    'chi-thi-35+tai-lieu',
  ],
  [
    'two-part',
    'Đảng bộ cơ sở chọn chi bộ nào làm đại hội điểm, và việc chuẩn bị đại hội cần rà soát những gì?',
    'dai-hoi-diem+chuan-bi',
  ],
  [
    'two-part',
    'Kết quả đại hội các cấp nhiệm kỳ này ra sao, và Đại hội toàn quốc lần thứ XIV họp ngày nào?',
    'ket-qua+dai-hoi-xiv',
  ],
  [
    'unit',
    'Chi bộ khoa tôi trực thuộc đảng ủy trường, theo kế hoạch thì đại hội phải xong trong tháng mấy?',
    'lich-trinh',
  ],
  [
    'unit',
    'Chi bộ cơ sở như chi bộ hợp tác xã của tôi thì đại hội bắt đầu từ tháng nào, hạn cuối ngày nào?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng bộ cơ sở phải chờ các chi bộ trực thuộc đại hội xong rồi mới tổ chức đại hội đảng viên phải không?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng ủy trường tôi là đảng bộ cơ sở, hồi đó phải chọn bao nhiêu chi bộ trực thuộc để làm đại hội điểm?',
    'dai-hoi-diem',
  ],
  [
    'unit',
    'Đối với chi bộ cơ sở, ban thường vụ quận ủy chọn mấy đơn vị làm điểm và vào thời gian nào?',
    'dai-hoi-diem',
  ],
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở có phải bầu đoàn đại biểu đi dự đại hội đảng bộ cấp trên không?',
    'noi-dung',
  ],
  ['unit', 'Đảng bộ cơ sở trình đại hội những báo cáo nào, báo cáo nào là trung tâm?', 'van-kien'],
  [
    'unit',
    'Chi bộ khu dân cư của bác là chi bộ trực thuộc đảng ủy phường, chuẩn bị đại hội thì phải lập những tổ gì?',
    'chuan-bi',
  ],
  [
    'unit',
    'A grassroots party committee of a company: by when did its congress have to be finished?',
    'lich-trinh',
  ],
  ['typo', 'dh chi bo nk 2025-2030 lam may nd, ke ra giup toi voi', 'noi-dung'],
  ['typo', 'bcct voi bc kiem diem cua cap uy khac nhau the nao', 'van-kien'],
  ['typo', 'tgian dh cb truc thuoc bat dau tu thang 1 phai ko bot', 'lich-trinh'],
  ['typo', 'dai hoi diem o dbcs chon may cb, lam thang may', 'dai-hoi-diem'],
  ['typo', 'tieu chuan nhan su cap uy khoa moi can cu vao nhung van ban nao', 'nhan-su'],
  ['typo', 'chuan bi dh can lap to nhan su, to van kien, to to chuc dung ko', 'chuan-bi'],
  ['typo', 'nguyen tac tap trung dan chu khi to chuc dh, co phai chong lang phi tieu cuc ko', 'nguyen-tac'],
  ['typo', 'dai hoi xiv hop tu ngay nao den ngay nao thang 1 nam 2026', 'dai-hoi-xiv'],
  ['typo', 'chi bo nam nam moi dh mot lan dung ko bot, truoc la hai lan ma', 'chi-bo-5-nam'],
  ['typo', 'cq dia phuong 2 cap bd tu ngay nao, cap huyen con ko', 'chinh-quyen-2-cap'],
  ['typo', 'kq dh dang bo cac cap nk 2025-2030 the nao roi, xong het chua', 'ket-qua'],
  ['typo', 'Đại hôi Đảg bộ quận HBT lần thú XXVII là đh gì vậy', 'dai-hoi-quan'],
  [
    'en',
    'My director asks what items a Vietnamese party cell congress had to cover in the 2025-2030 term. Can you list them?',
    'noi-dung',
  ],
  ['en', 'Which two reports does the outgoing committee present to a party congress?', 'van-kien'],
  [
    'en',
    'When was the Communist Party of Vietnam 14th National Congress held? Our Seoul office wants the exact dates.',
    'dai-hoi-xiv',
  ],
  [
    'en',
    'Have all the 2025-2030 party congresses been completed already, or are some still pending?',
    'ket-qua',
  ],
  [
    'en',
    'Since July 2025, is there still a district level in Hanoi? We used to deal with the district office.',
    'chinh-quyen-2-cap',
  ],
  ['en', 'How often does a party cell hold its congress under the pilot rule?', 'chi-bo-5-nam'],
  [
    'en',
    'What principles must party committees follow when organising a congress? Is extravagance forbidden?',
    'nguyen-tac',
  ],
  [
    'en',
    'Which preparatory teams should a grassroots party organisation set up before its congress?',
    'chuan-bi',
  ],
  [
    'en',
    'In what order were the congresses held: the cells first, or the grassroots committees?',
    'lich-trinh',
  ],
  [
    'en',
    'A colleague said some party units held pilot congresses first. Which ones, and when were they planned?',
    'dai-hoi-diem',
  ],
  [
    'en',
    'Which documents does this bot rely on for congress questions? Please list them with dates.',
    'tai-lieu',
  ],
  ['en', 'What changed in the congress rules after the October 2024 meeting in Hai Ba Trung?', 'thay-doi'],
  ['fact', 'Chỉ thị 35 năm 2024 có mấy phụ lục, gồm những phụ lục gì?', 'chi-thi-35'],
  ['fact', 'Bảy yêu cầu của chỉ thị năm 2024 về đại hội tiến tới Đại hội XIV tóm tắt là gì?', 'chi-thi-35'],
  ['fact', 'Có đúng là từ ngày 1/7/2025 cấp huyện bị bỏ không?', 'chinh-quyen-2-cap'],
  [
    'fact',
    'Hà Nội có bao nhiêu đảng bộ cấp huyện kết thúc hoạt động khi vận hành chính quyền hai cấp?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Cháu ơi, Đại hội Đảng toàn quốc lần thứ XIV khai mạc và bế mạc hôm nào để bác ghi vào sổ?',
    'dai-hoi-xiv',
  ],
  [
    'fact',
    'Hồi trước khi có thí điểm, Điều lệ bắt chi bộ hợp tác xã chúng tôi đại hội mấy lần trong 5 năm?',
    'chi-bo-5-nam',
  ],
  [
    'fact',
    'Em mới vào Đảng nên chưa rõ: thí điểm chi bộ 5 năm mới đại hội một lần bắt đầu áp dụng từ hôm nào ạ?',
    'chi-bo-5-nam',
  ],
  [
    'fact',
    'Bộ Chính trị đánh giá thế nào về đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030, có đúng kế hoạch không?',
    'ket-qua',
  ],
  ['fact', 'Văn bản nào đã thay thế chỉ thị về đại hội năm 2024 và cả kết luận điều chỉnh nó?', 'thay-doi'],
  ['fact', 'Tiêu chuẩn cán bộ cũ từ năm 2017 được thay bằng quy định mới vào ngày nào?', 'thay-doi'],
  ['fact', 'Cơ quan nào hướng dẫn thực hiện chỉ thị đại hội năm 2024 của Bộ Chính trị?', 'chi-thi-35'],
  [
    'fact',
    'Đại hội các cấp xong rồi thì Bộ Chính trị, Ban Bí thư giao các cấp ủy tiếp tục làm những việc gì?',
    'ket-qua',
  ],
  [
    'fact',
    'Before the pilot, how many congresses in five years did the Party Charter require of a cell?',
    'chi-bo-5-nam',
  ],
  [
    'lookalike',
    'Khoa tôi sắp tổ chức hội nghị khoa học sinh viên cấp khoa, bot có mẫu giấy mời phản biện không?',
    null,
  ],
  [
    'lookalike',
    'Hồ sơ xét công nhận đạt tiêu chuẩn chức danh phó giáo sư năm 2026 nộp cho hội đồng trường trước ngày nào?',
    null,
  ],
  [
    'lookalike',
    'Đại hội Hội Sinh viên trường sắp tới thì chi bộ khoa có phải cử đảng viên tham gia ban tổ chức không?',
    null,
  ],
  ['lookalike', 'Lịch bảo vệ luận văn thạc sĩ đợt tháng 12 của khoa xem ở đâu?', null],
  [
    'lookalike',
    'Hội nghị viên chức, người lao động của trường năm học 2026-2027 cần chuẩn bị những báo cáo gì?',
    null,
  ],
  ['lookalike', 'Kết nạp đảng cho sinh viên năm ba thì lớp nhận thức về Đảng học mấy buổi?', null],
  ['lookalike', 'Bầu trưởng khoa nhiệm kỳ 2025-2030 theo quy trình nào của đại học?', null],
  [
    'lookalike',
    'Giảng viên là đảng viên đi làm nghiên cứu sinh ở Nhật 3 năm thì sinh hoạt đảng tạm thời thế nào?',
    null,
  ],
  ['lookalike', 'Chi bộ khoa muốn khen thưởng đảng viên có bài báo quốc tế thì lấy kinh phí ở đâu?', null],
  [
    'lookalike',
    'Chi hội người cao tuổi tổ dân phố số 5 sắp đại hội, bác cần soạn diễn văn khai mạc thế nào cho hay?',
    null,
  ],
  [
    'lookalike',
    'Hội nghị nhân dân tổ dân phố để bầu tổ trưởng mới thì phường hướng dẫn ra sao hả cháu?',
    null,
  ],
  ['lookalike', 'Đảng viên trong chi bộ bác mới mất, lễ viếng có phủ cờ Đảng không, ai đọc điếu văn?', null],
  ['lookalike', 'Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm nay tổ chức vào ngày nào?', null],
  ['lookalike', 'Thẻ bảo hiểm y tế của người trên 80 tuổi được cấp miễn phí ở đâu?', null],
  ['lookalike', 'Tiền phí vệ sinh môi trường mỗi hộ một tháng ở phường Bạch Mai là bao nhiêu?', null],
  ['lookalike', 'Bác muốn tặng quà chi bộ nhân kỷ niệm ngày thành lập Đảng 3/2, mua gì cho hợp?', null],
  ['lookalike', 'Cuộc thi tìm hiểu lịch sử Đảng bộ phường năm nay nộp bài dự thi ở đâu?', null],
  ['lookalike', 'Chi bộ bác muốn thuê xe đưa đảng viên cao tuổi đi thăm lăng Bác, thuê ở đâu rẻ?', null],
  [
    'lookalike',
    'Em kết nạp tháng 9 năm ngoái, giờ làm thủ tục công nhận đảng viên chính thức cần những giấy tờ gì ạ?',
    null,
  ],
  ['lookalike', 'App Sổ tay đảng viên đăng nhập cứ báo sai mật khẩu, reset sao vậy bot?', null],
  ['lookalike', 'Đại hội Đoàn thanh niên phường em đợt này bầu bí thư đoàn thế nào ạ?', null],
  ['lookalike', 'Đại nhạc hội cuối năm ở sân vận động Mỹ Đình bán vé ở đâu vậy?', null],
  [
    'lookalike',
    'Lớp bồi dưỡng lý luận chính trị cho đảng viên mới có thi cuối khóa không, học online được không?',
    null,
  ],
  [
    'lookalike',
    'Đảng viên dự bị có được đi du lịch nước ngoài tự túc không, có cần xin phép chi bộ không?',
    null,
  ],
  ['lookalike', 'Festival cosplay cuối tuần này ở Hà Nội có vé miễn phí không?', null],
  ['lookalike', 'Bài thu hoạch học tập nghị quyết sau Đại hội XIV viết dài bao nhiêu trang là đủ?', null],
  ['lookalike', 'Hội nghị trực tuyến trên Zoom bị giới hạn 40 phút, có cách nào kéo dài không?', null],
  ['lookalike', 'Thể thức văn bản của Đảng thì lề trên, lề dưới bao nhiêu cm và dùng phông chữ gì?', null],
  [
    'lookalike',
    'Hồ sơ lưu trữ của đảng ủy phường cũ bàn giao sang kho lưu trữ mới thì lập biên bản theo mẫu nào?',
    null,
  ],
  ['lookalike', 'Máy photocopy văn phòng đảng ủy kẹt giấy liên tục, gọi thợ sửa ở đâu gần phường?', null],
  ['lookalike', 'Lịch tiếp công dân của Bí thư Đảng ủy phường tháng này vào thứ mấy?', null],
  ['lookalike', 'Quyết toán kinh phí hoạt động của đảng ủy phường năm 2026 làm theo mẫu biểu nào?', null],
  ['lookalike', 'Hội nghị giao ban khối dân vận phường hằng tháng ghi biên bản theo mẫu nào?', null],
  [
    'lookalike',
    'Đánh số văn bản đi của đảng ủy phường mới thì bắt đầu lại từ đầu hay nối tiếp số của quận cũ?',
    null,
  ],
  [
    'lookalike',
    'Báo cáo tổng kết công tác năm 2026 của đảng ủy phường gửi về Thành ủy hạn chót ngày nào?',
    null,
  ],
  ['lookalike', 'In 300 cuốn tài liệu hội nghị khổ A4 đóng gáy lò xo thì hết bao nhiêu tiền?', null],
  [
    'lookalike',
    'Our Korean parent company wants to hold its annual general meeting of shareholders in Hanoi. Do we need a permit from the ward?',
    null,
  ],
  [
    'lookalike',
    'How long does it take to amend an Investment Registration Certificate for a capital increase?',
    null,
  ],
  ['lookalike', 'Will the KoCham year-end networking conference in Hanoi be held in December?', null],
  [
    'lookalike',
    'Our Korean engineers need work permits. Which office in Hanoi issues them now that the districts are merged?',
    null,
  ],
  [
    'lookalike',
    'Is our factory required by law to have a party cell, and who pays for its activities?',
    null,
  ],
  ['lookalike', 'Which days are public holidays in Vietnam for the Lunar New Year of 2027?', null],
  [
    'lookalike',
    "Could the bot arrange a courtesy meeting with the chairman of the new ward People's Committee?",
    null,
  ],
  [
    'lookalike',
    'What is the corporate income tax incentive for high-tech projects in industrial parks?',
    null,
  ],
  ['lookalike', 'Should our company seal and invoices still show the old district in our address?', null],
  ['lookalike', 'Can this bot answer in Korean for my director?', null],
  [
    'lookalike',
    'Đại hội thành viên thường niên của hợp tác xã nông nghiệp phải họp trước tháng mấy theo Luật Hợp tác xã 2023?',
    null,
  ],
  ['lookalike', 'Đại hội Hội Nông dân xã nhiệm kỳ tới có mấy nội dung, bầu mấy ủy viên?', null],
  ['lookalike', 'Giá phân đạm Phú Mỹ tuần này bao nhiêu một bao 50 ký?', null],
  ['lookalike', 'Vay vốn Agribank để mua máy gặt đập liên hợp cho hợp tác xã cần thế chấp gì?', null],
  ['lookalike', 'Hồ sơ chứng nhận VietGAP cho vùng trồng bưởi của hợp tác xã nộp ở đâu?', null],
  ['lookalike', 'Sản phẩm gạo của hợp tác xã muốn được đánh giá OCOP 4 sao phải làm những gì?', null],
  [
    'lookalike',
    'Dịch tả lợn châu Phi đang có ở xã bên, chi bộ nên vận động bà con phòng dịch thế nào?',
    null,
  ],
  ['lookalike', 'Lịch thời vụ gieo cấy vụ xuân năm tới ở đồng bằng sông Hồng bắt đầu khi nào?', null],
  [
    'lookalike',
    'Hội nghị đầu bờ giới thiệu giống lúa mới của trạm khuyến nông tổ chức ở cánh đồng nào?',
    null,
  ],
  ['lookalike', 'Ban quản trị hợp tác xã bầu lại thì đảng viên có bắt buộc phải làm giám đốc không?', null],
  ['lookalike', 'Bot này có lưu lại câu hỏi của tôi không, ai đọc được?', null],
  ['lookalike', 'Cho tôi số điện thoại trực của Văn phòng Thành ủy Hà Nội.', null],
  ['lookalike', 'Đảng ủy phường Hai Bà Trưng mới có làm việc sáng thứ bảy không?', null],
  ['lookalike', 'Ai là Bí thư Đảng ủy phường Bạch Mai nhiệm kỳ 2025-2030?', null],
  ['lookalike', 'Đồng chí Trưởng Ban Tổ chức Thành ủy Hà Nội hiện nay tên là gì?', null],
  [
    'lookalike',
    'Công đoàn trường em đang tuyên truyền Đại hội Công đoàn Việt Nam lần thứ XIII, đại hội đó họp năm nào vậy?',
    null,
  ],
  [
    'lookalike',
    'Nhóm sinh viên Lào trong khoa hỏi Đại hội Đảng Nhân dân Cách mạng Lào lần thứ XII họp ở đâu, bot biết không?',
    null,
  ],
  ['lookalike', 'Hội nghị Trung ương 2 khóa XIV bàn những nội dung gì?', null],
  ['lookalike', 'Nghị quyết Đại hội XIV đặt mục tiêu tăng trưởng GDP bao nhiêu phần trăm mỗi năm?', null],
  [
    'lookalike',
    'Báo cáo của hội đồng quản trị trình đại hội đồng cổ đông thường niên gồm những phần nào?',
    null,
  ],
];

export const NEWSET44: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
