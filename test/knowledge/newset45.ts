/**
 * The forty-fifth new evaluation set (issue 11, point 6), written on 2026-12-04 from 01:41 UTC
 * (committed in the commit "Eval: newset45, the forty-fifth unseen set") by a helper (set45) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before its `const items` line) and its last line, the part of newset.ts
 * before `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under
 * src/, bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items
 * were read. Its users are imagined as the secretary of a party cell in a railway station, a ward
 * party committee's deputy secretary who was a district official before 2025, a Vietnamese student
 * in Germany who is a party member (writing in English and Vietnamese), the secretary of a cell in
 * a provincial theatre troupe, a retired teacher who tells a story before every question, and an
 * office staffer of a construction company's grassroots party committee; with the out-of-scope
 * messages such users send (other organisations' congresses and meetings: the railway trade
 * union's congress, quarterly train-safety meetings, a station Youth Union branch's congress, the
 * Vietnamese Students' Association in Germany, the SPD's Parteitag and the CDU's federal
 * conference, the theatre artists' association congress, a national chèo festival, retired
 * teachers', study-promotion and elderly people's associations, a class reunion, a primary
 * school's parents' meeting, a shareholders' annual meeting, workers' conferences, occupational
 * safety reviews, a company trade union's congress, a ward's sports games and its six-month review
 * of two-level government, the People's Council's first session; other party business the pack
 * does not cover: monthly cell meetings missed on night shifts, admission dossiers, the first
 * plenum's secret ballot for secretary, the electronic membership register, moving party
 * activities abroad, dues paid from abroad or from distant sites, 40-year badges and their money,
 * awards for grassroots organisations, a cell's fate when its troupe merges; people in posts (a
 * ward chairman, the General Secretary elected at the 14th Congress); addresses, phone numbers and
 * opening hours (ticket offices, ward headquarters, the embassy in Berlin, citizens' reception
 * days); money and prices (train fares, hazard and performance allowances, pensions, minimum
 * wages, hall and stage hire, notarisation fees); local government services (birth registration,
 * certified copies, seals); history (the Party's third congress); visas and residence permits in
 * Germany, semester tickets, civil-servant rank exams, artistic titles, script approval, building
 * permits, bidding rules; health; writing a poem or a sketch for the congress; translation;
 * digital signatures; the weather; and the bot itself and what it keeps).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset45.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, the money a congress may
 * spend, which cells the five-yearly pilot covers) were left out of the in-scope items, not
 * guessed.
 *
 * Engine changes reached main after its commit: 5e14c86 (a question naming a party organisation
 * but not the subject must match a fifth of its weight; "ấy" no typo of "ủy"); its writer saw none
 * of them. It was measured once, at 01:50 UTC on main 5e14c86 (`node --expose-gc
 * dist/bench/qa.js`, load 0.71): qa_new_top1 99.2 %, qa_new_oos_refused 98.4 % (1 in-scope miss,
 * 1 lookalike answered; qa_p99_us 94.6 in that run, p50 29.6). Its misses were listed after that
 * run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number, three spellings or more each.
  [
    'doc',
    'Chi bộ ga chúng tôi cần trích Chỉ thị 35-CT/TW năm 2024 của Bộ Chính trị, văn bản đó nay còn dùng không?',
    'doc:ct-35-2024',
  ],
  ['doc', 'Cho em hỏi CT35 ngày 14/6/2024 do cơ quan nào ban hành ạ?', 'doc:ct-35-2024'],
  ['doc', 'Is Directive 35 of June 2024 still the one to follow?', 'doc:ct-35-2024'],
  ['doc', 'Kết luận 118-KL/TW điều chỉnh cái gì, còn hiệu lực không đồng chí?', 'doc:kl-118-2025'],
  ['doc', 'KL 118 năm 2025 ai ký ban hành vậy?', 'doc:kl-118-2025'],
  ['doc', 'What is Conclusion 118 and was it later replaced?', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị số 45 của Bộ Chính trị ban hành ngày nào?', 'doc:ct-45-2025'],
  ['doc', 'Anh em đoàn chèo hỏi: CT-45 có còn nguyên hiệu lực không?', 'doc:ct-45-2025'],
  ['doc', 'Please show me Directive 45-CT/TW: date, issuer and status.', 'doc:ct-45-2025'],
  [
    'doc',
    'Văn phòng đảng ủy công ty cần tóm tắt Kết luận số 200-KL/TW ngày 17/10/2025 để báo cáo, bot cho xin thẻ văn bản',
    'doc:kl-200-2025',
  ],
  ['doc', 'kl200 do Bộ Chính trị hay Ban Bí thư ban hành?', 'doc:kl-200-2025'],
  [
    'doc',
    'My cell back home mentioned Conclusion No. 200 from October 2025, what is it exactly?',
    'doc:kl-200-2025',
  ],
  [
    'doc',
    'Chi bộ đoàn chèo chưa có bản Hướng dẫn 27-HD/BTCTW, văn bản này của ai và tình trạng thế nào?',
    'doc:hd-27-2024',
  ],
  ['doc', 'HD 27 năm 2024 hướng dẫn chỉ thị nào?', 'doc:hd-27-2024'],
  ['doc', 'Who issued Guidance 27-HD/BTCTW and when?', 'doc:hd-27-2024'],
  [
    'doc',
    'Hướng dẫn số 18-HD/BTCTU ngày 01/10/2024 của Ban Tổ chức Thành ủy là văn bản gì?',
    'doc:hd-18-2024',
  ],
  ['doc', 'hd18 của Ban Tổ chức Thành ủy Hà Nội giờ còn áp dụng không?', 'doc:hd-18-2024'],
  ['doc', 'Guidance 18 of the Hanoi organisation board: what is its status?', 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch 258-KH/TU của Thành ủy ban hành ngày bao nhiêu?', 'doc:kh-258-2024'],
  ['doc', 'Văn phòng đảng ủy công ty cần số hiệu đầy đủ của kh258, bot tra giúp', 'doc:kh-258-2024'],
  ['doc', 'Plan 258 of the Hanoi Party Committee: what do we know about it?', 'doc:kh-258-2024'],
  [
    'doc',
    'KH 203 của Quận ủy Hai Bà Trưng về việc gì, hồi ở quận tôi có nhận văn bản này',
    'doc:kh-203-2024',
  ],
  ['doc', 'ke hoach 203-KH/QU ban hanh ngay nao', 'doc:kh-203-2024'],
  [
    'doc',
    'Plan 203-KH/QU of the district committee, is it still valid after the district was abolished?',
    'doc:kh-203-2024',
  ],
  [
    'doc',
    'Hồi ở quận tôi hay trích Nghị quyết 26-NQ/TW năm 2018, nay bot ghi văn bản ấy ra sao?',
    'doc:nq-26-2018',
  ],
  ['doc', 'NQ 26 ngày 19/5/2018 liên quan gì tới việc chọn cấp ủy?', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26 of May 2018: why is it cited for choosing the new committee?', 'doc:nq-26-2018'],
  ['doc', 'Quy định 89-QĐ/TW về tiêu chuẩn cán bộ nay còn hiệu lực không?', 'doc:qd-89-2017'],
  ['doc', 'QĐ 89 năm 2017 bị thay bằng văn bản nào?', 'doc:qd-89-2017'],
  ['doc', 'Regulation 89 of 2017 on cadre standards: is it superseded?', 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365-QĐ/TW ngày 30/8/2025 quy định về cái gì?', 'doc:qd-365-2025'],
  ['doc', 'QD 365 cua Bo Chinh tri co gi moi', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365 of the Politburo: date and status please.', 'doc:qd-365-2025'],
  [
    'doc',
    'Quy định 14-QĐ/TU về tiêu chí đánh giá cán bộ, phường mới còn căn cứ vào được không, ban hành hôm nào?',
    'doc:qd-14-2023',
  ],
  ['doc', 'QĐ14 của Thành ủy Hà Nội năm 2023 còn áp dụng sau sáp nhập không?', 'doc:qd-14-2023'],
  ['doc', 'Regulation 14-QĐ/TU of November 2023, who issued it?', 'doc:qd-14-2023'],
  ['doc', 'quy dinh 2656 cua quan uy hai ba trung noi ve gi', 'doc:qd-2656-2023'],
  ['doc', 'Cho tôi xem thẻ văn bản QĐ 2656-QĐ/QU ngày 13/11/2023', 'doc:qd-2656-2023'],
  [
    'doc',
    'Regulation 2656 of the Hai Ba Trung district standing board: what is it about?',
    'doc:qd-2656-2023',
  ],
  ['doc', 'Quy định 1216-QĐ/QU về quy hoạch cán bộ là của cơ quan nào?', 'doc:qd-1216-2022'],
  ['doc', 'qđ1216 năm 2022 của Ban Thường vụ Quận ủy giờ thế nào rồi?', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216 on cadre planning, dated April 2022: status?', 'doc:qd-1216-2022'],
  ['doc', 'Chi bộ ga hỏi Quy định 294-QĐ/TW bắt đầu áp dụng từ hôm nào?', 'doc:qd-294-2025'],
  ['doc', 'QĐ 294 năm 2025 do ai ban hành, đồng chí?', 'doc:qd-294-2025'],
  ['doc', 'What does Regulation 294 of May 2025 pilot?', 'doc:qd-294-2025'],
  ['doc', 'Chỉ thị 35-CT/TW ngày 30/5/2019 có phải cái đang dùng cho nhiệm kỳ này không?', 'doc:ct-35-2019'],
  ['doc', 'Hồi trước có CT 35 năm 2019 nữa phải không, văn bản ấy hướng tới đại hội nào?', 'doc:ct-35-2019'],
  ['doc', 'Directive 35 of 2019, the older one for the 13th Congress: what is it?', 'doc:ct-35-2019'],
  [
    'doc',
    'Trong tủ hồ sơ cũ của đảng ủy còn Hướng dẫn 26-HD/BTCTW năm 2019, văn bản đó giờ còn giá trị không?',
    'doc:hd-26-2019',
  ],
  ['doc', 'HD 26 ngày 18/10/2019 còn dùng được cho đại hội chi bộ không?', 'doc:hd-26-2019'],
  [
    'doc',
    'Found Guidance 26 of October 2019 in an old folder, does it still apply to my cell?',
    'doc:hd-26-2019',
  ],

  // Documents the pack does not hold.
  ['unknown-doc', 'Quy định 232-QĐ/TW về bầu cử trong Đảng có những điểm gì mới?', 'unknown-doc'],
  [
    'unknown-doc',
    'Kế hoạch 112-KH/ĐU của Đảng ủy Tổng công ty Đường sắt về đại hội chi bộ ga nói gì?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Hướng dẫn 06-HD/ĐU của Đảng ủy phường về thu nộp hồ sơ đại hội ở đâu?', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 57-NQ/TW về khoa học công nghệ có áp dụng cho chi bộ không?', 'unknown-doc'],
  ['unknown-doc', 'What does Directive 12-CT/TW of 2022 say about party work abroad?', 'unknown-doc'],
  [
    'unknown-doc',
    'Kết luận 137-KL/TW về sắp xếp tổ chức bộ máy yêu cầu gì với đảng bộ phường?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Công văn 9712-CV/BTCTU hướng dẫn đại hội chi bộ trong doanh nghiệp nói gì?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Quyết định 1374-QĐ/TU của Tỉnh ủy về kiện toàn chi bộ đoàn nghệ thuật có nội dung gì?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Tôi nghe nói có Hướng dẫn 21-HD/BTCTW về hồ sơ nhân sự, bot có không?', 'unknown-doc'],
  [
    'unknown-doc',
    'Quy định 144-QĐ/TW về chuẩn mực đạo đức cách mạng của đảng viên gồm những gì?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Chỉ thị 24-CT/TU của Tỉnh ủy về đại hội chi bộ văn hóa nghệ thuật ban hành khi nào?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Is Plan 07-KH/DU of our company party committee in your sources?', 'unknown-doc'],
  ['unknown-doc', 'Thông báo 36-TB/VPTW về lịch đại hội có trong nguồn của bot không?', 'unknown-doc'],
  [
    'unknown-doc',
    'Hướng dẫn số 09-HD/ĐUK của Đảng ủy Khối doanh nghiệp về đại hội đảng bộ công ty?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Kế hoạch số 61-KH/ĐU ngày 10/3/2025 về đại hội chi bộ trực thuộc nói những gì?',
    'unknown-doc',
  ],

  // In scope, with everyday words around the question.
  ['offword', 'Tàu SE7 vừa vào ga, tranh thủ hỏi nhanh: đại hội chi bộ phải làm mấy nội dung?', 'noi-dung'],
  [
    'offword',
    'Tối nay đoàn diễn ở huyện, trong lúc chờ hóa trang cho tôi hỏi báo cáo chính trị của chi bộ phải viết thế nào',
    'van-kien',
  ],
  [
    'offword',
    'Trời nắng 38 độ, công trường tạm nghỉ, em hỏi: chuẩn bị đại hội phải lập những tổ nào?',
    'chuan-bi',
  ],
  [
    'offword',
    'Vừa đi chợ về mua mớ rau muống, tôi muốn biết đại hội phải chống lãng phí, không phô trương ra sao',
    'nguyen-tac',
  ],
  [
    'offword',
    'Uống xong cốc trà đá, hỏi bot: đại hội điểm hồi đó chọn những loại đơn vị nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Mùa đông ở Đức lạnh quá, em hỏi chút: Đại hội XIV của Đảng diễn ra từ ngày nào ạ?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Xe bồn bê tông đang chờ, hỏi gấp: chọn nhân sự cấp ủy khóa mới phải căn cứ những quy định nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Đang trực ban ở phòng điều độ, cho hỏi bây giờ chi bộ có phải 5 năm mới đại hội một lần không?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Sau buổi tập tuồng, anh em hỏi nhau đại hội đảng các cấp nhiệm kỳ này đã xong hết chưa',
    'ket-qua',
  ],
  [
    'offword',
    'Cháu nội đang ôn thi, tôi ngồi cạnh hỏi bot: từ hội nghị tháng 10/2024 tới giờ có gì thay đổi về đại hội?',
    'thay-doi',
  ],
  [
    'offword',
    'Mưa ngập đường Trần Khát Chân, ngồi nhà hỏi: Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII là đại hội nào?',
    'dai-hoi-quan',
  ],
  [
    'offword',
    'Vừa họp giao ban sản xuất xong, bot liệt kê giúp các văn bản về đại hội nhiệm kỳ 2025-2030 với',
    'tai-lieu',
  ],

  // Two-part questions.
  [
    'two-part',
    'Đại hội chi bộ ga gồm mấy nội dung, và cấp ủy phải trình những báo cáo gì?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ đoàn nghệ thuật là chi bộ trực thuộc: đại hội phải xong khi nào, và đại hội điểm làm vào tháng mấy?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Chọn nhân sự cấp ủy theo tiêu chuẩn nào, và trước đại hội cần lập những tổ giúp việc nào?',
    'nhan-su+chuan-bi',
  ],
  [
    'two-part',
    'Chi bộ bây giờ mấy năm đại hội một lần, còn thời gian đại hội nhiệm kỳ 2025-2030 theo loại tổ chức đảng ra sao?',
    'chi-bo-5-nam+lich-trinh',
  ],
  [
    'two-part',
    'When was the 14th National Congress held, and were the congresses at all levels completed on schedule?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Chính quyền 2 cấp vận hành từ bao giờ, và Đại hội Đảng bộ quận lần thứ XXVII được tổ chức theo kế hoạch nào?',
    'chinh-quyen-2-cap+dai-hoi-quan',
  ],
  [
    'two-part',
    'Nguyên tắc khi tổ chức đại hội là gì, và công tác chuẩn bị gồm những việc gì?',
    'nguyen-tac+chuan-bi',
  ],
  [
    'two-part',
    'Báo cáo kiểm điểm của cấp ủy yêu cầu thế nào, và giới thiệu nhân sự cấp ủy mới dựa vào đâu?',
    'van-kien+nhan-su',
  ],
  [
    'two-part',
    'Từ sau hội nghị quán triệt có những thay đổi gì, và kết quả đại hội các cấp được kết luận ra sao?',
    'thay-doi+ket-qua',
  ],
  [
    'two-part',
    'Nội dung đại hội chi bộ có những gì, và chi bộ cơ sở phải hoàn thành đại hội trước ngày nào?',
    'noi-dung+lich-trinh',
  ],
  [
    'two-part',
    'What is in the 2024 directive on party congresses, and what has changed since it was issued?',
    'chi-thi-35+thay-doi',
  ],
  [
    'two-part',
    'Đại hội điểm tổ chức vào lúc nào, và đại hội điểm có phải làm đủ bốn nội dung không?',
    'dai-hoi-diem+noi-dung',
  ],

  // Per unit type.
  [
    'unit',
    'Chi bộ ga chúng tôi là chi bộ trực thuộc đảng ủy cơ sở, đại hội bắt đầu từ tháng nào?',
    'lich-trinh',
  ],
  ['unit', 'Đoàn chèo tỉnh là một chi bộ cơ sở, thời gian đại hội chi bộ cơ sở là bao giờ?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở công ty có 9 chi bộ trực thuộc, đại hội đảng bộ cơ sở được tiến hành khi nào?',
    'lich-trinh',
  ],
  ['unit', 'Đảng bộ cơ sở chọn chi bộ trực thuộc nào làm đại hội điểm, vào tháng nào?', 'dai-hoi-diem'],
  ['unit', 'Ban Thường vụ chọn một chi bộ cơ sở tổ chức đại hội điểm vào thời điểm nào?', 'dai-hoi-diem'],
  ['unit', 'Chi bộ cơ sở đại hội thì phải bầu những gì?', 'noi-dung'],
  ['unit', 'Đảng ủy cơ sở trình đại hội đảng bộ cơ sở những văn kiện nào?', 'van-kien'],
  [
    'unit',
    'Chi bộ ga là chi bộ trực thuộc đảng ủy cơ sở, nay chuyển sang đại hội 5 năm một lần thí điểm phải không?',
    'chi-bo-5-nam',
  ],
  ['unit', 'Đảng bộ cơ sở công ty xây dựng chuẩn bị đại hội thì phải làm những việc gì?', 'chuan-bi'],
  [
    'unit',
    'My home cell is a party cell under a grassroots committee: when did its congress have to be held?',
    'lich-trinh',
  ],

  // Typos, no diacritics, abbreviations.
  ['typo', 'dh chi bo truc thuoc hoan thanh trong thang may', 'lich-trinh'],
  ['typo', 'bc chinh tri voi bc kiem diem cua cap uy khac nhau the nao', 'van-kien'],
  ['typo', 'noi dung dh dang bo nk 2025-2030 gom nhung gi', 'noi-dung'],
  ['typo', 'chuan bị đại hôi co can thanh lap to nhan su, to van kien ko', 'chuan-bi'],
  ['typo', 'to chuc dh doan nghe thuat phai theo nguyen tac tap trung dan chu ntn', 'nguyen-tac'],
  ['typo', 'dh diem lam vao thang 12/2024 dung ko ad', 'dai-hoi-diem'],
  ['typo', 'tieu chuan nhan su cap uy khoa moi dua vao dau', 'nhan-su'],
  ['typo', 'chinh quyen 2 cap van hanh tu ngay nao vay ad', 'chinh-quyen-2-cap'],
  ['typo', 'dai hoi toan quoc lan thu XIV hop tu ngay may den ngay may', 'dai-hoi-xiv'],
  ['typo', 'ket qua dh cac cap nk 2025 2030 the nao roi', 'ket-qua'],

  // English.
  ['en', 'What are the four items on a party congress agenda this term?', 'noi-dung'],
  ['en', 'Which two reports does the committee present to its congress?', 'van-kien'],
  ['en', 'What principles must the congress follow, such as democratic centralism?', 'nguyen-tac'],
  [
    'en',
    'Back in Hanoi my family talked about the Hai Ba Trung district 27th party congress, what plan was it under?',
    'dai-hoi-quan',
  ],
  ['en', 'Is there still a district level of government after July 2025?', 'chinh-quyen-2-cap'],
  [
    'en',
    'List the party documents your answers on the 2025-2030 congresses are based on, please.',
    'tai-lieu',
  ],
  ['en', 'How should members of the new party committee be chosen?', 'nhan-su'],
  ['en', 'Do party cells now hold a congress once every five years instead of twice?', 'chi-bo-5-nam'],

  // Facts from FACTS.md.
  ['fact', 'Chỉ thị năm 2024 về đại hội đảng bộ các cấp có mấy phần, mấy phụ lục?', 'chi-thi-35'],
  ['fact', 'Bảy yêu cầu của chỉ thị năm 2024 về đại hội đảng bộ các cấp tóm tắt là gì?', 'chi-thi-35'],
  [
    'fact',
    'Tôi từng là cán bộ quận, xin hỏi Hà Nội có bao nhiêu đảng bộ cấp huyện thôi hoạt động hôm 1/7/2025?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Anh em nhà ga hỏi Đại hội đại biểu toàn quốc lần thứ XIV khai mạc và bế mạc hôm nào?',
    'dai-hoi-xiv',
  ],
  [
    'fact',
    'Hồi tôi còn đi dạy, chi bộ trường đại hội mấy lần trong 5 năm theo Điều lệ, còn bây giờ thí điểm thế nào?',
    'chi-bo-5-nam',
  ],
  [
    'fact',
    'Bộ Chính trị và Ban Bí thư kết luận thế nào về đại hội đảng bộ các cấp nhiệm kỳ 2025-2030?',
    'ket-qua',
  ],
  [
    'fact',
    'Tiêu chuẩn cán bộ năm 2017 của Bộ Chính trị được thay bằng quy định mới từ ngày nào?',
    'thay-doi',
  ],
  ['fact', 'Chỉ thị mới về đại hội ban hành tháng 4/2025 đã thay thế những văn bản nào?', 'thay-doi'],

  // Lookalikes: out of scope, refused.
  ['lookalike', 'Lịch chạy tàu SE3 dịp Tết năm nay có thay đổi giờ xuất phát ở ga Hà Nội không?', null],
  ['lookalike', 'Đại hội Công đoàn Đường sắt Việt Nam khóa mới tổ chức vào tháng mấy?', null],
  ['lookalike', 'Hội nghị an toàn chạy tàu quý IV của ga phải chuẩn bị những báo cáo gì?', null],
  ['lookalike', 'Giá vé tàu Hà Nội đi Lào Cai giường nằm khoang 4 bây giờ bao nhiêu?', null],
  ['lookalike', 'Phòng bán vé ga Hà Nội mở cửa từ mấy giờ sáng?', null],
  [
    'lookalike',
    'Đảng viên chi bộ ga làm ca đêm không dự sinh hoạt chi bộ hằng tháng thì có bị kiểm điểm không?',
    null,
  ],
  ['lookalike', 'Nhân viên gác chắn đường ngang được phụ cấp độc hại bao nhiêu một tháng?', null],
  ['lookalike', 'Chi bộ ga muốn kết nạp một trưởng tàu trẻ vào Đảng thì hồ sơ gồm những gì?', null],
  ['lookalike', 'Chi đoàn thanh niên của ga đại hội nhiệm kỳ mới thì bí thư chi bộ có phải dự không?', null],
  ['lookalike', 'Hội nghị Ban Chấp hành lần thứ nhất của chi bộ bầu bí thư bằng phiếu kín ra sao?', null],
  [
    'lookalike',
    'Hồi còn ở quận tôi giữ sổ đảng viên giấy, giờ về phường mới thì nhập phần mềm quản lý đảng viên thế nào?',
    null,
  ],
  ['lookalike', 'Lịch tiếp công dân của Bí thư Đảng ủy phường là thứ mấy hàng tuần?', null],
  ['lookalike', 'Kỳ họp thứ nhất HĐND phường khóa mới bầu những chức danh nào?', null],
  ['lookalike', 'Trụ sở UBND phường sau sáp nhập ở đâu, số điện thoại trực ban là bao nhiêu?', null],
  ['lookalike', 'Cán bộ quận cũ chuyển về phường có được giữ hệ số phụ cấp chức vụ cũ không?', null],
  ['lookalike', 'Làm giấy khai sinh cho cháu ở phường mới có cần mang sổ hộ khẩu giấy không?', null],
  ['lookalike', 'Ai đang là Chủ tịch UBND phường Hai Bà Trưng hiện nay?', null],
  [
    'lookalike',
    'Hội nghị sơ kết 6 tháng vận hành chính quyền 2 cấp của phường nên có những nội dung gì?',
    null,
  ],
  ['lookalike', 'Đại hội thể dục thể thao phường năm nay thi đấu những môn nào?', null],
  ['lookalike', 'Chứng thực bản sao sổ đỏ ở bộ phận một cửa của phường mất phí bao nhiêu?', null],
  ['lookalike', 'How do I move my party membership activities to a cell while I study in Germany?', null],
  ['lookalike', 'When is the next SPD Parteitag, and who can attend it?', null],
  [
    'lookalike',
    'Đại hội Hội Sinh viên Việt Nam tại CHLB Đức nhiệm kỳ mới tổ chức ở Berlin hay Leipzig?',
    null,
  ],
  ['lookalike', 'How much does the semester ticket cost in Leipzig this year?', null],
  ['lookalike', 'Em cần gia hạn Aufenthaltstitel ở Ausländerbehörde thì mang theo giấy tờ gì?', null],
  ['lookalike', 'Can the bot translate my thesis abstract on party history into German?', null],
  ['lookalike', 'Đảng viên đi du học ở Đức đóng đảng phí bằng euro hay chuyển về nước?', null],
  ['lookalike', 'What did the CDU decide at its federal party conference on migration?', null],
  ['lookalike', 'Đại sứ quán Việt Nam ở Berlin nhận hồ sơ làm hộ chiếu vào giờ nào?', null],
  ['lookalike', 'Hội diễn sân khấu chèo chuyên nghiệp toàn quốc lần tới tổ chức ở tỉnh nào?', null],
  ['lookalike', 'Đại hội Hội Nghệ sĩ Sân khấu Việt Nam lần tới bầu chủ tịch hội như thế nào?', null],
  ['lookalike', 'Diễn viên hạng III của đoàn nghệ thuật tỉnh thi thăng hạng cần chứng chỉ gì?', null],
  ['lookalike', 'Chi bộ đoàn chèo muốn dựng tiểu phẩm chào mừng đại hội, bot có kịch bản mẫu không?', null],
  ['lookalike', 'Tiền bồi dưỡng mỗi đêm diễn phục vụ đồng bào vùng sâu hiện nay là bao nhiêu?', null],
  [
    'lookalike',
    'Thuê phông màn, âm thanh ánh sáng cho hội trường đại hội chi bộ hết khoảng bao nhiêu tiền?',
    null,
  ],
  ['lookalike', 'Vở Tấm Cám bản cải biên của đoàn có phải xin duyệt lại kịch bản không?', null],
  ['lookalike', 'Hồ sơ xét tặng danh hiệu Nghệ sĩ Ưu tú đợt này nộp ở đâu, hạn chót ngày nào?', null],
  [
    'lookalike',
    'Đoàn nghệ thuật sắp sáp nhập vào Trung tâm Văn hóa tỉnh thì chi bộ đoàn có bị giải thể không?',
    null,
  ],
  [
    'lookalike',
    'Tôi dạy văn ba mươi năm ở trường huyện, nay nghỉ hưu được anh em mời vào ban vận động thành lập chi hội, xin hỏi Đại hội Hội Cựu giáo chức xã nhiệm kỳ tới cần chuẩn bị những gì?',
    null,
  ],
  [
    'lookalike',
    'Năm ngoái tôi nghe ở loa phường nói lương hưu sẽ tăng, bà nhà tôi cũng hỏi mãi mà tôi chưa rõ, vậy từ tháng 7 năm nay lương hưu của giáo viên nghỉ hưu được điều chỉnh bao nhiêu phần trăm?',
    null,
  ],
  [
    'lookalike',
    'Lớp sư phạm của chúng tôi ra trường đã bốn mươi lăm năm, các bạn giao cho tôi lo buổi họp lớp, bot gợi ý giúp chương trình buổi gặp mặt và lời phát biểu khai mạc được không?',
    null,
  ],
  [
    'lookalike',
    'Con trai tôi bận nên tôi đi họp thay cho cháu nội ở trường tiểu học, xin hỏi hội nghị cha mẹ học sinh đầu năm bầu ban đại diện thế nào và phải đóng những khoản gì?',
    null,
  ],
  [
    'lookalike',
    'Tôi vào Đảng từ năm 1986 khi còn đứng lớp ở miền núi, năm nay đủ bốn mươi năm tuổi Đảng, vậy lễ trao Huy hiệu 40 năm tuổi Đảng tổ chức vào dịp nào và có kèm tiền thưởng không?',
    null,
  ],
  [
    'lookalike',
    'Hội Khuyến học xã tôi sắp đại hội, tôi là hội viên lâu năm và được đề cử vào ban chấp hành dù đã bảy mươi tuổi, vậy quy định tuổi của hội khuyến học là bao nhiêu?',
    null,
  ],
  [
    'lookalike',
    'Dạo này tôi hay chóng mặt mỗi sáng, đo huyết áp thấy 150 trên 90, con cháu ở xa cả, bot cho tôi biết nên uống thuốc gì và có cần đi viện ngay không?',
    null,
  ],
  [
    'lookalike',
    'Ngày xưa tôi dạy học sinh bài lịch sử về Đại hội III của Đảng năm 1960 ở Hà Nội, giờ quên nhiều, bot nhắc lại giúp đại hội ấy đề ra những nhiệm vụ gì?',
    null,
  ],
  [
    'lookalike',
    'Chi hội người cao tuổi nhờ tôi làm một bài thơ chúc mừng đại hội, tôi viết mãi không vừa ý, bot làm giúp tôi một bài thơ lục bát chừng tám câu được không?',
    null,
  ],
  [
    'lookalike',
    'Đại hội đồng cổ đông thường niên của công ty cổ phần xây dựng phải gửi tài liệu cho cổ đông trước bao nhiêu ngày?',
    null,
  ],
  ['lookalike', 'Hội nghị người lao động năm nay của công ty cần thông qua những nội dung gì?', null],
  ['lookalike', 'Hồ sơ xin giấy phép xây dựng nhà xưởng trong khu công nghiệp gồm những gì?', null],
  ['lookalike', 'Đảng viên đi công trình ở tỉnh xa cả năm thì đảng ủy công ty thu đảng phí thế nào?', null],
  ['lookalike', 'Lương tối thiểu vùng I áp dụng cho công nhân xây dựng năm 2026 là bao nhiêu?', null],
  ['lookalike', 'Hội nghị tổng kết an toàn vệ sinh lao động cuối năm của công ty chuẩn bị những gì?', null],
  [
    'lookalike',
    'Đại hội công đoàn cơ sở công ty xây dựng bầu bao nhiêu ủy viên ban chấp hành công đoàn?',
    null,
  ],
  ['lookalike', 'Công ty đổi tên thì văn phòng đảng ủy làm lại con dấu ở đâu?', null],
  [
    'lookalike',
    'Mẫu tờ trình đề nghị khen thưởng tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ năm 2026?',
    null,
  ],
  ['lookalike', 'Ký số văn bản của đảng ủy bằng USB token trên máy tính mới cài thế nào?', null],
  ['lookalike', 'Cuối tuần này Hà Nội có mưa không, công trường có đổ bê tông sàn được không?', null],
  ['lookalike', 'Gói thầu dưới 500 triệu đồng có được áp dụng hình thức chỉ định thầu không?', null],
  ['lookalike', 'Ai được bầu làm Tổng Bí thư tại Đại hội XIV của Đảng?', null],
  ['lookalike', 'Bot này có lưu lại tin nhắn của tôi không, ai đọc được những câu tôi hỏi?', null],
];

export const NEWSET45: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
