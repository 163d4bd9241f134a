/**
 * The thirtieth new evaluation set (issue 11, point 6), written on 2026-12-03 from 16:38 UTC
 * (committed in the commit "Eval: newset30, the thirtieth unseen set") by a helper (set30) that
 * had not seen the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset29.ts (the lines before its import line, and that import line) and its export line, the
 * part of newset.ts before `const items`, newset29.test.ts, set-shape.ts, set-checks.ts and
 * sets.ts. Nothing under src/ or bench/, no README, no git log, diff or show, and no other set's
 * items were read. Its users are imagined as the cell secretaries of a water-supply company, of a
 * kindergarten and of a market management board, the inspection staff of a ward party committee,
 * a young member who works as a delivery driver and types on the move, a retired army colonel,
 * and a Vietnamese-American student who writes in English; with the out-of-scope messages such
 * users send (other organisations' congresses, other senses of "đại hội", other party business,
 * people in posts, addresses and phone numbers, money and bills, weather, health, cooking and
 * personal matters, other countries, the bot itself and small talk).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset30.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why. Engine changes reached main while it was being written (up to
 * 55dbfb8) and one after its commit (ad784b7: recruitment absent); its writer saw none of them. It
 * was measured once on the engine as it stood then, at 16:42 UTC on main ad784b7 (`node
 * --expose-gc dist/bench/qa.js`, load 1.47): qa_new_top1 97.8 %, qa_new_oos_refused 98.1 % (3
 * in-scope misses, 1 lookalike answered; qa_p99_us 254.9 in that run, p50 53.5). Its misses were
 * listed after that run, and it is a development set since.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, age limits, committee sizes,
 * the money a congress may spend, who was elected to which post, whether a congress may be held
 * online, how the 2019 and 2024 rules differ, the district's membership figures) were left out,
 * not guessed.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  [
    'doc',
    'Chỉ thị 35-CT/TW ngày 14/6/2024 của Bộ Chính trị bây giờ còn dùng được không, chi bộ nhà máy nước tôi vẫn đang in ra để học',
    'doc:ct-35-2024',
  ],
  ['doc', 'cho xin thông tin CT35 năm 2024 (bản của Bộ Chính trị khóa XIII) với', 'doc:ct-35-2024'],
  [
    'doc',
    "Directive 35 of June 2024 – is it still the one in force for my dad's party cell?",
    'doc:ct-35-2024',
  ],
  [
    'doc',
    'Tôi là đại tá nghỉ hưu, muốn hỏi Chỉ thị số 35 năm 2019 hướng tới Đại hội XIII do ai ký ban hành',
    'doc:ct-35-2019',
  ],
  ['doc', '35-CT/TW ngày 30/5/2019 tra giúp: ai ban hành, nhằm đại hội nào', 'doc:ct-35-2019'],
  [
    'doc',
    'Directive 35 from 2019, toward the 13th Congress: what does your card say about it?',
    'doc:ct-35-2019',
  ],
  ['doc', 'Kết luận 118-KL/TW ngày 18/1/2025 hiện trạng thế nào', 'doc:kl-118-2025'],
  ['doc', 'KL 118 năm 2025 điều chỉnh những gì, ai ban hành', 'doc:kl-118-2025'],
  ['doc', 'Conclusion 118 – who issued it and is it still valid?', 'doc:kl-118-2025'],
  ['doc', 'Cán bộ kiểm tra phường hỏi: Chỉ thị 45 của Bộ Chính trị ban hành ngày nào', 'doc:ct-45-2025'],
  ['doc', '45-CT/TW có thay văn bản nào không, tình trạng ra sao', 'doc:ct-45-2025'],
  ['doc', 'Directive 45-CT/TW, dated April 2025: give me the number, date and issuer', 'doc:ct-45-2025'],
  ['doc', 'Kết luận số 200-KL/TW nói về việc gì vậy đồng chí', 'doc:kl-200-2025'],
  ['doc', 'kl200 ra ngày nào, của cơ quan nào', 'doc:kl-200-2025'],
  ['doc', 'What is Conclusion 200 of October 2025 about?', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW của Ban Tổ chức Trung ương có nội dung gì', 'doc:hd-27-2024'],
  ['doc', 'HD 27 ngày 26/8/2024 hướng dẫn chỉ thị nào', 'doc:hd-27-2024'],
  ['doc', 'Guidance 27 of the Central Organisation Commission: date and status please', 'doc:hd-27-2024'],
  [
    'doc',
    'Bí thư chi bộ mầm non hỏi Hướng dẫn số 18-HD/BTCTU do cơ quan nào ký, ngày tháng năm nào',
    'doc:hd-18-2024',
  ],
  ['doc', 'chi bộ ban quản lý chợ được phát hd18 của thành ủy, văn bản này hướng dẫn gì', 'doc:hd-18-2024'],
  ['doc', 'Guidance 18-HD/BTCTU from the Hanoi city board, what does it cover?', 'doc:hd-18-2024'],
  [
    'doc',
    'Đồng chí cho tôi xem thẻ văn bản của Kế hoạch 258-KH/TU, tôi cần ghi vào biên bản chi bộ cấp nước',
    'doc:kh-258-2024',
  ],
  ['doc', 'KH 258 của thành ủy còn hiệu lực không', 'doc:kh-258-2024'],
  ['doc', 'Plan 258 of the Hanoi Party Committee – date and issuer?', 'doc:kh-258-2024'],
  [
    'doc',
    'Kế hoạch số 203-KH/QU giờ quận không còn thì văn bản đó xử lý ra sao, nội dung là gì',
    'doc:kh-203-2024',
  ],
  ['doc', 'tra cứu KH203 ngày 29/7/2024', 'doc:kh-203-2024'],
  [
    'doc',
    'Plan 203-KH/QU of Hai Ba Trung district: what is it and is it still current now that districts are gone?',
    'doc:kh-203-2024',
  ],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 của Trung ương khóa XII là văn bản gì', 'doc:nq-26-2018'],
  ['doc', 'NQ 26 năm 2018 về cán bộ do ai ban hành', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26 of May 2018, 12th Central Committee: status?', 'doc:nq-26-2018'],
  [
    'doc',
    'Tổ kiểm tra đảng ủy phường đang đối chiếu Quy định 89-QĐ/TW, văn bản này bị thay chưa',
    'doc:qd-89-2017',
  ],
  ['doc', 'ad ơi qd89 2017 giờ còn xài k', 'doc:qd-89-2017'],
  ['doc', 'Is Regulation 89 on cadre standards superseded?', 'doc:qd-89-2017'],
  ['doc', 'Quy định 365-QĐ/TW ngày 30/8/2025 của Bộ Chính trị nói về gì', 'doc:qd-365-2025'],
  ['doc', 'QĐ365 thay quy định nào', 'doc:qd-365-2025'],
  [
    'doc',
    'My professor mentioned Regulation 365 from August 2025 – which older rule did it replace?',
    'doc:qd-365-2025',
  ],
  [
    'doc',
    'Quy định 14-QĐ/TU về tiêu chí đánh giá cán bộ, chi bộ ban quản lý chợ cần biết ngày ban hành và tình trạng',
    'doc:qd-14-2023',
  ],
  ['doc', 'QĐ 14 năm 2023 của thành ủy hà nội còn áp dụng không', 'doc:qd-14-2023'],
  ['doc', 'Regulation 14-QĐ/TU on evaluating cadres: who issued it?', 'doc:qd-14-2023'],
  ['doc', 'Quy định 2656-QĐ/QU ngày 13/11/2023 của quận ủy là gì', 'doc:qd-2656-2023'],
  ['doc', 'QĐ 2656 của ban thường vụ quận ủy hai bà trưng nói gì', 'doc:qd-2656-2023'],
  ['doc', 'Regulation 2656 of the district standing board, please look it up', 'doc:qd-2656-2023'],
  ['doc', 'Quy định 1216-QĐ/QU về quy hoạch cán bộ ban hành bao giờ', 'doc:qd-1216-2022'],
  ['doc', 'qd 1216 năm 2022 của quận còn hiệu lực ko', 'doc:qd-1216-2022'],
  ['doc', 'What is Regulation 1216 of April 2022 about?', 'doc:qd-1216-2022'],
  ['doc', 'Quy định 294-QĐ/TW về thí điểm đại hội chi bộ có hiệu lực từ bao giờ', 'doc:qd-294-2025'],
  ['doc', 'QĐ294 năm 2025 ai ký ban hành', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294 of May 2025, the party-cell pilot: date and status?', 'doc:qd-294-2025'],
  ['doc', 'Hướng dẫn 26-HD/BTCTW ngày 18/10/2019 là hướng dẫn cho chỉ thị nào', 'doc:hd-26-2019'],
  ['doc', 'HD 26 năm 2019 của Ban Tổ chức Trung ương, nhiệm kỳ trước, còn dùng không', 'doc:hd-26-2019'],
  [
    'doc',
    "Guidance 26 issued in autumn 2019 by the central organisation board: is it the previous term's paper?",
    'doc:hd-26-2019',
  ],
  [
    'unknown-doc',
    'Nghị quyết 57-NQ/TW về khoa học công nghệ có liên quan gì đến đại hội chi bộ không',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Quy định 232-QĐ/TW năm 2025 về thi hành Điều lệ có trong nguồn của bot không',
    'unknown-doc',
  ],
  ['unknown-doc', 'Hướng dẫn 12-HD/BTCTW về quy trình bầu cử trong Đảng', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 99-KH/ĐU của đảng ủy phường về đại hội chi bộ khu dân cư', 'unknown-doc'],
  ['unknown-doc', 'Công văn 1234-CV/QU gửi các chi bộ trường học về đại hội', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 28-CT/TW về đại hội còn hiệu lực không', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 150-KL/TW có sửa chỉ thị đại hội không', 'unknown-doc'],
  ['unknown-doc', 'Quy định 80-QĐ/TW về phân cấp quản lý cán bộ ban hành bao giờ', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị quyết 60-NQ/TW về sắp xếp tổ chức bộ máy có nói đến đại hội chi bộ không',
    'unknown-doc',
  ],
  ['unknown-doc', 'Is Regulation 22-QĐ/TW on inspection work in your sources?', 'unknown-doc'],
  ['unknown-doc', 'cho hỏi thông tri 31-TT/TW về đại hội đảng viên', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 06-HD/UBKTTW về kiểm tra giám sát trước đại hội', 'unknown-doc'],
  ['unknown-doc', 'Plan 77-KH/TU of the city committee on grassroots congresses?', 'unknown-doc'],
  [
    'offword',
    'Chi bộ trường mầm non chúng tôi có 9 đảng viên, đại hội chi bộ phải làm những nội dung gì',
    'noi-dung',
  ],
  ['offword', 'Chi bộ Hội Cựu chiến binh phường bây giờ mấy năm mới đại hội một lần', 'chi-bo-5-nam'],
  ['offword', 'Chi bộ công ty cấp nước cần lập những tổ nào để chuẩn bị đại hội', 'chuan-bi'],
  [
    'offword',
    'Đại hội chi bộ ban quản lý chợ làm sao cho tiết kiệm, không phô trương, chống lãng phí',
    'nguyen-tac',
  ],
  [
    'offword',
    'Xem trên điện thoại không rõ, báo cáo chính trị của chi bộ trường học phải đánh giá những gì',
    'van-kien',
  ],
  ['offword', 'Chi bộ Hội Liên hiệp Phụ nữ quận phải trình đại hội mấy báo cáo', 'van-kien'],
  [
    'offword',
    'Mấy bạn đoàn viên thanh niên mới vào Đảng ở công ty cấp nước hỏi đại hội chi bộ bầu những gì',
    'noi-dung',
  ],
  [
    'offword',
    'Cô giáo mầm non là bí thư chi bộ hỏi: nhân sự cấp ủy khóa mới phải theo những quy định nào',
    'nhan-su',
  ],
  ['offword', 'Chi bộ ban quản lý chợ muốn biết bao nhiêu nội dung đại hội phải làm', 'noi-dung'],
  [
    'offword',
    'Chi bộ trạm bơm nước sạch là chi bộ trực thuộc đảng ủy công ty, đại hội phải xong trong tháng mấy',
    'lich-trinh',
  ],
  [
    'offword',
    'Tôi chạy giao hàng cả ngày, chi bộ bên Hội Cựu chiến binh có cần họp quán triệt văn bản đại hội trước không',
    'chuan-bi',
  ],
  [
    'offword',
    'Đảng ủy công ty cấp nước chọn chi bộ nào làm đại hội điểm và làm trong tháng nào',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Chi bộ trường tiểu học có phải góp ý dự thảo văn kiện Đại hội XIV của Đảng trong đại hội không',
    'noi-dung',
  ],
  [
    'offword',
    'Nấu cỗ liên hoan to sau đại hội chi bộ khu phố có trái tinh thần chống lãng phí, phô trương hình thức không',
    'nguyen-tac',
  ],
  ['offword', 'Chi bộ Hội Phụ nữ phường có phải bầu đoàn đại biểu đi đại hội cấp trên không', 'noi-dung'],
  [
    'two-part',
    'Chi bộ tôi chuẩn bị đại hội: làm mấy nội dung, và chi ủy phải soạn những báo cáo gì để trình',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Cho tôi biết lịch đại hội của chi bộ trực thuộc, đồng thời cách chọn đại hội điểm',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Chỉ thị về đại hội năm 2024 gồm mấy phần; ngoài ra nó đã bị thay thế chưa, những gì thay đổi từ đó',
    'chi-thi-35+thay-doi',
  ],
  [
    'two-part',
    'Chính quyền hai cấp bắt đầu từ khi nào, còn Đại hội XIV của Đảng họp ngày nào',
    'chinh-quyen-2-cap+dai-hoi-xiv',
  ],
  [
    'two-part',
    'Nhân sự cấp ủy khóa mới chọn theo quy định nào, kèm theo các tổ cần lập để chuẩn bị đại hội',
    'nhan-su+chuan-bi',
  ],
  ['two-part', 'bao cao chinh tri gom gi roi nguyen tac to chuc dai hoi la gi', 'van-kien+nguyen-tac'],
  [
    'two-part',
    'What has changed since October 2024, and how often do party cells hold congresses now?',
    'thay-doi+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Kết quả đại hội các cấp nhiệm kỳ 2025-2030 ra sao? Tiện hỏi luôn đại hội XIV diễn ra khi nào',
    'ket-qua+dai-hoi-xiv',
  ],
  ['two-part', 'Đại hội điểm tổ chức lúc nào, với lại bốn nội dung đại hội là gì', 'dai-hoi-diem+noi-dung'],
  [
    'two-part',
    'Đại hội Đảng bộ quận lần thứ XXVII là gì; thêm nữa, mô hình chính quyền địa phương hai cấp vận hành từ bao giờ',
    'dai-hoi-quan+chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'The two reports to the congress, plus the four agenda items – list both please',
    'van-kien+noi-dung',
  ],
  ['unit', 'Chi bộ trực thuộc đảng ủy cơ sở bắt đầu đại hội từ tháng nào', 'lich-trinh'],
  ['unit', 'Chi bộ cơ sở phải hoàn thành đại hội trước ngày nào', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở tổ chức đại hội sau khi các chi bộ trực thuộc xong, mốc thời gian ra sao',
    'lich-trinh',
  ],
  ['unit', 'Mỗi đảng bộ cơ sở phải chọn mấy chi bộ trực thuộc làm đại hội điểm', 'dai-hoi-diem'],
  ['unit', 'Đại hội chi bộ cơ sở gồm những nội dung gì', 'noi-dung'],
  [
    'unit',
    'Ban chấp hành đảng bộ cơ sở phải chuẩn bị những báo cáo nào để trình đại hội đảng bộ cơ sở',
    'van-kien',
  ],
  ['unit', 'For a grassroots party cell, what is the congress timeline?', 'lich-trinh'],
  ['unit', 'Đảng bộ cơ sở cần lập những tổ giúp việc nào trước đại hội', 'chuan-bi'],
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở có phải 5 năm mới đại hội một lần theo thí điểm không',
    'chi-bo-5-nam',
  ],
  ['typo', 'dai hoi chi bo gom may noi dung vay ad', 'noi-dung'],
  ['typo', 'bc chinh tri vs bc kiem diem khac nhau ntn', 'van-kien'],
  ['typo', 'cb truc thuoc dh thang may z ad, e dang chay don', 'lich-trinh'],
  ['typo', 'ddai hoi diem la j, lam thang nao', 'dai-hoi-diem'],
  ['typo', 'thanh lap to nhan su to van kien to to chuc de chuan bi dh', 'chuan-bi'],
  ['typo', 'nguyen tac tap trung dan chu trong dai hoi dang la sao', 'nguyen-tac'],
  ['typo', 'chon nhan su cap uy khoa moi theo qd nao v', 'nhan-su'],
  ['typo', 'dh toan quoc lan 14 hop tu ngay may toi ngay may v ad', 'dai-hoi-xiv'],
  ['typo', 'mo hinh chinh quyen dia phuong 2 cap chay tu hom nao a', 'chinh-quyen-2-cap'],
  ['typo', 'chi bo bh may nam dh 1 lan, nghe noi thi diem 5 nam', 'chi-bo-5-nam'],
  ['typo', 'dai hoi cac cap nk 2025-2030 xong het chua', 'ket-qua'],
  ['typo', 'kh 258 ngay bn', 'doc:kh-258-2024'],
  ['typo', 'ct 45 cua bct ra khi nao', 'doc:ct-45-2025'],
  ['typo', 'nhung thay doi tu sau hoi nghi quan triet thang 10/2024 la gi', 'thay-doi'],
  ['typo', 'dh dang bo quan lan thu 27 la dai hoi gi', 'dai-hoi-quan'],
  ['en', 'What four items must a party cell congress cover?', 'noi-dung'],
  ['en', "On which days of January 2026 did the Party's 14th National Congress take place?", 'dai-hoi-xiv'],
  ['en', 'Which reports does the outgoing committee present at the congress?', 'van-kien'],
  ['en', 'Does the district level of government still exist after July 2025?', 'chinh-quyen-2-cap'],
  ['en', 'What teams should a grassroots party organisation set up before its congress?', 'chuan-bi'],
  ['en', 'What principles must the congress follow – democratic centralism and so on?', 'nguyen-tac'],
  ['en', 'How are pilot congresses chosen and when were they held?', 'dai-hoi-diem'],
  ['en', 'Which rules govern picking members of the new party committee?', 'nhan-su'],
  ['en', 'Were the 2025–2030 congresses at all levels completed?', 'ket-qua'],
  [
    'en',
    "Could you summarise the seven requirements in the Politburo's June 2024 directive on congresses?",
    'chi-thi-35',
  ],
  [
    'en',
    'Which official papers is this bot built on for the congress campaign? Show me the list',
    'tai-lieu',
  ],
  [
    'en',
    'My grandfather asks: how often will party cells hold a congress under the pilot rule?',
    'chi-bo-5-nam',
  ],
  ['en', 'What is the weather in Saigon this weekend?', null],
  ['fact', 'Đại hội XIV của Đảng họp từ ngày nào đến ngày nào', 'dai-hoi-xiv'],
  ['fact', 'Tại Hà Nội có bao nhiêu đảng bộ cấp huyện kết thúc hoạt động từ 1/7/2025', 'chinh-quyen-2-cap'],
  [
    'fact',
    'Đại tá hưu hỏi: chỉ thị đại hội của Bộ Chính trị tháng 6/2024 kèm bao nhiêu phụ lục, phụ lục về tuổi có không',
    'chi-thi-35',
  ],
  [
    'fact',
    'Hồi trước theo Điều lệ Đảng, trong 5 năm chi bộ đại hội bao nhiêu lần, còn giờ thí điểm đổi ra sao',
    'chi-bo-5-nam',
  ],
  ['fact', 'Đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030 có đúng kế hoạch không, kết luận nói gì', 'ket-qua'],
  ['fact', 'Quy định mới về tiêu chuẩn chức danh cán bộ thay quy định cũ vào ngày nào', 'thay-doi'],
  [
    'fact',
    'Một trong bảy yêu cầu của chỉ thị năm 2024 là cơ chế sàng lọc để không bỏ sót người có đức có tài, đúng không',
    'chi-thi-35',
  ],
  ['fact', 'Chỉ thị mới về đại hội các cấp ban hành tháng 4/2025 thay cho những văn bản nào', 'thay-doi'],
  ['fact', 'Quận Hai Bà Trưng thôi hoạt động cấp quận từ ngày tháng năm nào', 'chinh-quyen-2-cap'],
  ['fact', 'Kết luận về kết quả đại hội yêu cầu các cấp ủy làm gì tiếp theo', 'ket-qua'],
  [
    'lookalike',
    'Chi đoàn công ty cấp nước sắp đại hội Đoàn, cần chuẩn bị báo cáo gì cho Đoàn cấp trên',
    null,
  ],
  ['lookalike', 'Đại hội Hội Liên hiệp Phụ nữ phường bầu bao nhiêu ủy viên ban chấp hành', null],
  ['lookalike', 'Đại hội cổ đông thường niên của công ty cấp nước năm nay họp ngày nào', null],
  ['lookalike', 'Đại hội thể dục thể thao phường có môn kéo co không', null],
  ['lookalike', 'Đại hội Hội Cựu chiến binh quận nhiệm kỳ 2027-2032 chuẩn bị những gì', null],
  ['lookalike', 'Đại hội công đoàn trường mầm non cần những báo cáo gì', null],
  ['lookalike', 'Đại hội cháu ngoan Bác Hồ của trường mầm non tổ chức thế nào', null],
  ['lookalike', 'Đại hội tiểu thương chợ có phải bầu ban đại diện không', null],
  ['lookalike', 'Trong Thiên long bát bộ, anh hùng đại hội ở Tụ Hiền trang ai thắng', null],
  ['lookalike', 'Tối nay có đại hội ăn lẩu ở nhà tôi, đồng chí qua không', null],
  ['lookalike', 'Đại hội đồng Liên hợp quốc họp thường kỳ vào tháng mấy', null],
  [
    'lookalike',
    'Cuối tuần này con gái tôi hỏi Đại hội Đảng Nhân dân Cách mạng Lào lần thứ XII tổ chức ở Viêng Chăn phải không',
    null,
  ],
  ['lookalike', 'Who is running for governor of California next year?', null],
  ['lookalike', 'Thủ tục kết nạp đảng viên mới cho một đoàn viên ưu tú gồm những bước nào', null],
  ['lookalike', 'Chuyển sinh hoạt đảng từ công ty cấp nước sang phường nơi cư trú làm thế nào', null],
  ['lookalike', 'Đảng viên nghỉ hưu đóng đảng phí bao nhiêu một tháng', null],
  ['lookalike', 'Tôi đi giao hàng làm rơi thẻ đảng, giờ làm đơn xin cấp lại gửi ai', null],
  [
    'lookalike',
    'Quy trình kiểm tra đảng viên khi có dấu hiệu vi phạm do ủy ban kiểm tra tiến hành ra sao',
    null,
  ],
  ['lookalike', 'Đảng viên 70 tuổi có được miễn sinh hoạt đảng không', null],
  ['lookalike', 'Bố tôi là đại tá về hưu, sắp đủ 55 năm tuổi đảng thì hồ sơ xét huy hiệu nộp ở đâu', null],
  ['lookalike', 'Bí thư Đảng ủy phường tôi hiện nay là ai', null],
  ['lookalike', 'Ai đang là Chủ tịch UBND thành phố Hà Nội', null],
  ['lookalike', 'Trụ sở Đảng ủy phường mới sau sáp nhập nằm ở đường nào', null],
  ['lookalike', 'Cho xin số hotline của đảng ủy phường để hỏi việc chuyển sinh hoạt', null],
  ['lookalike', 'Lương hưu đại tá quân đội năm nay tăng bao nhiêu phần trăm', null],
  ['lookalike', 'Giá xăng hôm nay bao nhiêu một lít', null],
  ['lookalike', 'Phí ship từ Long Biên sang Cầu Giấy tầm bao nhiêu', null],
  ['lookalike', 'Chiều nay Hà Nội có mưa không, tôi đang chạy xe giao hàng', null],
  ['lookalike', 'Bão số 3 năm nay có vào Hà Nội không', null],
  ['lookalike', 'Con tôi học mầm non bị sốt 39 độ thì làm gì', null],
  ['lookalike', 'Liên hoan chi bộ trường mầm non nên nấu món gì cho 20 người', null],
  ['lookalike', 'Tôi bị mất ví khi giao hàng thì báo công an ở đâu', null],
  ['lookalike', 'How do I renew my Vietnamese passport from California?', null],
  ['lookalike', 'Bầu cử Quốc hội khóa mới tổ chức vào ngày nào', null],
  ['lookalike', 'Thủ tục đăng ký tạm trú cho người thuê trọ', null],
  ['lookalike', 'Bot này do ai viết ra vậy, có phải ChatGPT không', null],
  ['lookalike', 'Mày tên gì, mấy tuổi rồi', null],
  ['lookalike', 'chào buổi sáng đồng chí nhé', null],
  ['lookalike', 'cảm ơn nhiều, bot hay lắm', null],
  ['lookalike', 'Kể cho tôi một câu chuyện cười về đi chợ', null],
  ['lookalike', 'Tiền điện tháng này của ban quản lý chợ sao cao thế', null],
  ['lookalike', 'Hóa đơn tiền nước tháng 11 tra cứu ở đâu', null],
  ['lookalike', 'Lịch nghỉ Tết Nguyên đán năm tới của học sinh mầm non', null],
  ['lookalike', 'Cách tính thuế thu nhập cá nhân cho tài xế giao hàng công nghệ', null],
  ['lookalike', 'Học sinh lớp 5 học thêm tiếng Anh ở đâu tốt', null],
  ['lookalike', 'What does the Democratic National Convention do in the US?', null],
  ['lookalike', 'Hội thao quốc phòng của dân quân tự vệ phường tổ chức khi nào', null],
  ['lookalike', 'Ngày thành lập Quân đội nhân dân Việt Nam là ngày nào', null],
  ['lookalike', 'Tiểu sử Đại tướng Võ Nguyên Giáp', null],
  ['lookalike', 'Làm sao đổi mật khẩu Telegram trên điện thoại', null],
  ['lookalike', 'Trường mầm non tuyển sinh lớp mẫu giáo bé khi nào', null],
  ['lookalike', 'Thanh niên đi nghĩa vụ quân sự năm nay khám sức khỏe khi nào', null],
  ['lookalike', 'Chế độ thương binh cho cựu chiến binh được hưởng thế nào', null],
];

export const NEWSET30: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
