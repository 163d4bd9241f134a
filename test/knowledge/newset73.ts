/**
 * The seventy-third new evaluation set (issue 11, point 6), written on 2026-12-04 from 03:46 UTC
 * (committed in the commit "Eval: newset73, the seventy-third unseen set") by a helper (set73) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before its `const items` line) and its last line, the part of newset.ts
 * before `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under
 * src/, bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items
 * were read. Its users are imagined as the secretary of the party cell of a theatre troupe, a
 * member who is a doctor on night shifts, the office of the grassroots party committee of a
 * university hospital, a Vietnamese-American who writes half in English, and a member who asks
 * about dates and deadlines in a very confused way (mixing up months, years and which kind of unit
 * goes first); with the out-of-scope messages such users send (other organisations' congresses and
 * meetings: the theatre artists', film makers', lawyers', Red Cross, study-promotion, young
 * doctors' and emergency-medicine associations, a hospital Youth Union, a medical students'
 * association, a university council, a farm co-operative's members, a football federation, a
 * parents' meeting at school, the Vietnamese community in Little Saigon, a community centre in
 * Orange County, the US Republican convention and the Iowa caucus, the Lao party's congress, the UN
 * General Assembly; other senses of "đại hội" and "hội nghị": a play named after it, a theatre
 * festival, the Central Committee's latest plenum, a plenum of the hospital committee, a mid-term
 * review, the 4th Party Congress of 1976, the Paris Agreement; other party business the pack does
 * not cover: a member's trip abroad, a member's private clinic, joint cell meetings for night
 * staff, a cell's reference for further study, a cell's gifts to sick members, party work funds,
 * the admission form; the trappings of a congress (ballot printing, a hall, a programme script, a
 * yearbook, flowers and banners); artists' titles and pay, ticket prices, performance permits and
 * copyright; hospital quality audits, practice-licence exams, compensatory rest after 24-hour
 * shifts, sleeping pills; dates that are not the congress's: lunar dates, Tết, public holidays, tax,
 * vehicle and health-insurance deadlines, retirement age, the National Assembly election, a lucky
 * wedding day, the cell's monthly meeting day; passports, visa exemption, inheritance and party
 * membership for overseas Vietnamese; a Zoom link, a Telegram group picture and the bot itself;
 * an address).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset73.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units held the pilot
 * congresses, who was elected, age limits, committee sizes, which organisation a unit reports to
 * after the 2025 merger, which cells the five-yearly pilot covers, membership figures) were left
 * out, not guessed.
 * Engine changes reached main after its commit: b25bd3c (a second tier of the word prior where the
 * subject is named), a592e9e (absent phrases for newset70's classes), f74f9a6 and 452d978 (the word
 * prior relearned with newset71 and newset72), e5714ab and 6a4ebe8 (our congress after 'sau',
 * 'trước', 'như' only dates or measures another's, and absent phrases for newset71's and newset72's
 * classes); its writer saw none of them. It was measured once, at 04:04 UTC on main 6a4ebe8 (`node
 * --expose-gc dist/bench/qa.js`, load 2.19): qa_new_top1 96.6 %, qa_new_oos_refused 93.8 % (5
 * in-scope misses, 4 lookalikes answered; qa_p99_us 187.9 in that run, p50 36.8). Its misses were
 * listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  ['unit', 'Chi bộ đoàn kịch chúng tôi là chi bộ cơ sở, đại hội phải làm mấy nội dung?', 'noi-dung'],
  [
    'offword',
    'Vừa hết ca trực đêm ở khoa cấp cứu, cho em hỏi nhanh: đại hội chi bộ có những nội dung gì ạ?',
    'noi-dung',
  ],
  [
    'en',
    'My aunt is a đảng viên in Sài Gòn, so what does a party cell congress actually cover, like the agenda items?',
    'noi-dung',
  ],
  ['typo', 'dai hoi chi bo doan kich co may noi dung vay ad', 'noi-dung'],
  ['fact', 'Đại hội có bầu đoàn đại biểu đi dự đại hội đảng bộ cấp trên không?', 'noi-dung'],
  ['unit', 'Đảng bộ cơ sở bệnh viện trường đại học bầu những gì tại đại hội nhiệm kỳ 2025-2030?', 'noi-dung'],
  ['unit', 'Báo cáo chính trị của chi bộ đoàn kịch phải viết thế nào cho đúng yêu cầu?', 'van-kien'],
  ['fact', 'Văn phòng Đảng ủy cần chuẩn bị những báo cáo nào để cấp ủy trình đại hội đảng bộ?', 'van-kien'],
  ['fact', 'Báo cáo kiểm điểm của chi ủy nhà hát phải có tính chiến đấu nghĩa là sao?', 'van-kien'],
  ['typo', 'bc kiem diem cua cap uy can nhung yeu cau gi a', 'van-kien'],
  [
    'en',
    "What reports does the outgoing committee have to hand in to the congress? Asking for my mom's cell in Đà Nẵng",
    'van-kien',
  ],
  [
    'offword',
    'Tập xong vở diễn tối nay em mới ngồi viết, báo cáo chính trị là báo cáo trung tâm phải không anh?',
    'van-kien',
  ],
  ['unit', 'Đảng ủy bệnh viện cần thành lập những tổ nào phục vụ đại hội?', 'chuan-bi'],
  [
    'offword',
    'Đoàn kịch đang đi lưu diễn miền Trung, vậy chi bộ chuẩn bị đại hội gồm những việc gì?',
    'chuan-bi',
  ],
  ['typo', 'chuan bi dh can lap to nhan su, to van kien ko', 'chuan-bi'],
  ['fact', 'Hội nghị quán triệt các văn bản về đại hội có được kết hợp trực tuyến không?', 'chuan-bi'],
  ['en', 'What does a cell need to do to get ready for its congress, set up teams or something?', 'chuan-bi'],
  ['fact', 'Tổ chức đại hội có được làm rình rang, tốn kém không, hay phải tiết kiệm?', 'nguyen-tac'],
  [
    'offword',
    'Chi bộ đoàn kịch định làm đại hội thật hoành tráng có cả tiết mục văn nghệ, như vậy có trái yêu cầu không phô trương hình thức không?',
    'nguyen-tac',
  ],
  [
    'typo',
    'khi to chuc dai hoi chi bo benh vien phai theo nguyen tac tap trung dan chu the nao',
    'nguyen-tac',
  ],
  [
    'en',
    'Is there a rule against wasteful, showy congresses? Vietnamese weddings are showy enough lol',
    'nguyen-tac',
  ],
  ['fact', 'Nguyên tắc nào phải đặt lên hàng đầu khi lãnh đạo tổ chức đại hội đảng?', 'nguyen-tac'],
  [
    'fact',
    'Ơ thế đại hội chi bộ trực thuộc là xong trong tháng 3 hay tháng 6 năm 2025 nhỉ, tôi nhớ lẫn lộn quá?',
    'lich-trinh',
  ],
  [
    'fact',
    'Hoàn thành trước ngày 30/6/2025 tức là hạn cuối 29/6 hay 30/6, mà mốc này cho loại tổ chức đảng nào?',
    'lich-trinh',
  ],
  ['fact', 'Tôi tưởng đại hội chi bộ cơ sở bắt đầu từ tháng 1, hay là tháng 4 mới bắt đầu?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở bệnh viện phải đại hội xong trước ngày nào, sau khi các chi bộ khoa đại hội xong?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở như đoàn kịch thì thời gian đại hội từ tháng mấy đến tháng mấy?', 'lich-trinh'],
  ['typo', 'han chot dh chi bo truc thuoc la thang may vay', 'lich-trinh'],
  [
    'en',
    'When were the cell congresses supposed to happen? Like the deadline for cells under a grassroots committee?',
    'lich-trinh',
  ],
  [
    'offword',
    'Lịch trực của tôi rối tung, mà lịch đại hội cũng rối: chi bộ trực thuộc làm trước hay đảng bộ cơ sở làm trước?',
    'lich-trinh',
  ],
  ['fact', 'Đại hội điểm của chi bộ trực thuộc đảng ủy cơ sở tổ chức vào tháng nào?', 'dai-hoi-diem'],
  ['fact', 'Đại hội điểm là tháng 12/2024 hay đầu quý I/2025, sao tôi thấy có hai mốc?', 'dai-hoi-diem'],
  ['unit', 'Đảng ủy bệnh viện có phải chọn một chi bộ khoa làm đại hội điểm không?', 'dai-hoi-diem'],
  ['typo', 'dh diem thi chon may chi bo vay', 'dai-hoi-diem'],
  ['en', 'What was the pilot congress thing, who had to hold one first?', 'dai-hoi-diem'],
  ['unit', 'Giới thiệu nhân sự cấp ủy khóa mới của đảng ủy bệnh viện dựa trên những văn bản nào?', 'nhan-su'],
  ['fact', 'Chọn người vào cấp ủy khóa mới thì theo tiêu chuẩn cán bộ và tiêu chí đánh giá nào?', 'nhan-su'],
  ['typo', 'nhan su cap uy khoa moi phai quan triet nghi quyet nao', 'nhan-su'],
  ['en', 'How do they pick who goes on the new committee, what rules do they follow?', 'nhan-su'],
  ['fact', 'Có cần rà soát, bổ sung quy hoạch cán bộ phục vụ nhân sự đại hội không?', 'nhan-su'],
  [
    'fact',
    'Các đảng bộ, chi bộ cơ sở ở quận Hai Bà Trưng cũ đại hội là để tiến tới đại hội đảng bộ quận lần thứ bao nhiêu ạ?',
    'dai-hoi-quan',
  ],
  ['typo', 'dh dang bo quan hai ba trung lan thu XXVII la dai hoi gi', 'dai-hoi-quan'],
  [
    'en',
    'What was the 27th Hai Bà Trưng district congress that the grassroots congresses were leading up to?',
    'dai-hoi-quan',
  ],
  [
    'fact',
    'Chỉ thị của Bộ Chính trị năm 2024 về đại hội đảng bộ các cấp gồm mấy phần, mấy phụ lục?',
    'chi-thi-35',
  ],
  [
    'fact',
    'Chỉ thị về đại hội tiến tới Đại hội XIV đặt ra bảy yêu cầu gì, nói gọn giúp đoàn kịch với',
    'chi-thi-35',
  ],
  [
    'en',
    'The Politburo directive from June 2024 on the congresses, what are its seven requirements?',
    'chi-thi-35',
  ],
  [
    'fact',
    'Từ sau hội nghị tháng 10/2024 đến giờ có những mốc thay đổi nào, tôi lẫn lộn hết rồi?',
    'thay-doi',
  ],
  [
    'en',
    'What has changed since that October 2024 conference? Lots of news I missed living in Houston.',
    'thay-doi',
  ],
  ['typo', 'nhung thay doi tu sau hoi nghi 23/10/2024 den nay, toi nho lan lon qua', 'thay-doi'],
  ['fact', 'Cấp huyện bỏ từ ngày 1/7/2025 hay 1/7/2024 vậy, tôi cứ nhầm?', 'chinh-quyen-2-cap'],
  ['en', 'Is it true there are no more districts in Vietnam since mid-2025?', 'chinh-quyen-2-cap'],
  ['fact', 'Khi bỏ cấp huyện thì Hà Nội có mấy đảng bộ cấp huyện thôi hoạt động vậy?', 'chinh-quyen-2-cap'],
  ['unit', 'Chi bộ đoàn kịch bao nhiêu năm thì đại hội một lần?', 'chi-bo-5-nam'],
  ['fact', 'Đại hội chi bộ là 5 năm hai lần hay 5 năm một lần, từ khi nào thì đổi?', 'chi-bo-5-nam'],
  ['typo', 'dh chi bo 5 nam mot lan thi diem bat dau tu thang may nam nao', 'chi-bo-5-nam'],
  ['en', 'How often do party cells have congresses now, every 5 years?', 'chi-bo-5-nam'],
  ['fact', 'Đại hội XIV họp từ 19 đến 23 tháng 1 năm nào, 2025 hay 2026?', 'dai-hoi-xiv'],
  ['en', 'When was the 14th National Party Congress held? My dad kept watching it on VTV4.', 'dai-hoi-xiv'],
  ['typo', 'dai hoi 14 cua dang to chuc ngay nao the', 'dai-hoi-xiv'],
  [
    'fact',
    'Bot trả lời dựa vào các văn bản nào về đại hội nhiệm kỳ 2025 - 2030, kể giúp văn phòng đảng ủy?',
    'tai-lieu',
  ],
  ['unit', 'Văn phòng Đảng ủy cần danh sách các văn bản về đại hội, kèm số, ngày và tình trạng', 'tai-lieu'],
  ['en', 'Can you list the documents about the 2025-2030 congresses with their status?', 'tai-lieu'],
  ['fact', 'Đợt đại hội nhiệm kỳ 2025-2030 đã xong hết chưa hay vẫn còn hạn?', 'ket-qua'],
  ['en', 'So are all the party congresses done now, or still ongoing?', 'ket-qua'],
  ['typo', 'ket qua cac dh dang bo nk 2025-2030 ca nuoc ra sao roi ad', 'ket-qua'],
  ['fact', 'Bộ Chính trị đánh giá thế nào về kết quả đại hội đảng bộ các cấp nhiệm kỳ này?', 'ket-qua'],
  [
    'two-part',
    'Đại hội chi bộ khoa gồm mấy nội dung, và chi ủy phải trình những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Đại hội chi bộ trực thuộc hạn lúc nào, còn đại hội điểm thì tháng mấy?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Cần lập những tổ nào để chuẩn bị đại hội, và nhân sự cấp ủy khóa mới chọn theo văn bản nào?',
    'chuan-bi+nhan-su',
  ],
  [
    'two-part',
    'When was the 14th Congress, and are all the lower-level congresses finished?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Cấp huyện bỏ từ bao giờ, còn chi bộ bao nhiêu năm đại hội một lần?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Báo cáo kiểm điểm phải viết thế nào, và đại hội phải tránh phô trương ra sao?',
    'van-kien+nguyen-tac',
  ],
  [
    'two-part',
    'Chỉ thị về đại hội năm 2024 có mấy phần, và từ đó đến giờ có những thay đổi gì?',
    'chi-thi-35+thay-doi',
  ],
  [
    'two-part',
    'Trực đêm xong em hỏi hai việc: đại hội bầu những gì, và Đại hội XIV họp ngày nào?',
    'noi-dung+dai-hoi-xiv',
  ],
  [
    'two-part',
    'Đại hội cơ sở tiến tới đại hội đảng bộ quận lần thứ mấy, và bây giờ còn cấp quận không?',
    'dai-hoi-quan+chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'Cho tôi danh sách văn bản về đại hội và kết quả đợt đại hội nhiệm kỳ này',
    'tai-lieu+ket-qua',
  ],
  ['doc', 'Chỉ thị 35-CT/TW ngày 14/6/2024 bây giờ còn hiệu lực không?', 'doc:ct-35-2024'],
  ['typo', 'CT35 năm 2024 của Bộ Chính trị bị thay chưa?', 'doc:ct-35-2024'],
  ['en', 'My uncle cites Directive 35 of June 2024 all the time, is it still in force?', 'doc:ct-35-2024'],
  ['typo', 'chi thi so 35 nam 2024 con dung khong', 'doc:ct-35-2024'],
  ['doc', 'Chỉ thị 35-CT/TW ngày 30/5/2019 có còn áp dụng cho đợt đại hội vừa rồi không?', 'doc:ct-35-2019'],
  ['doc', 'CT 35 năm 2019 có phải là chỉ thị cho nhiệm kỳ trước không?', 'doc:ct-35-2019'],
  ['en', 'The 2019 Directive 35 toward the 13th Congress, does the bot still use it?', 'doc:ct-35-2019'],
  [
    'doc',
    'Kết luận 118-KL/TW rốt cuộc do cơ quan nào ban hành, tháng 1 hay tháng 2/2025?',
    'doc:kl-118-2025',
  ],
  ['typo', 'KL 118 con hieu luc ko', 'doc:kl-118-2025'],
  ['en', 'What is Conclusion 118 about? My cousin mentioned it at Tết.', 'doc:kl-118-2025'],
  ['doc', 'Kết luận số 118 năm 2025 điều chỉnh gì?', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị 45-CT/TW ban hành tháng 4 hay tháng 5/2025 nhỉ?', 'doc:ct-45-2025'],
  ['typo', 'ct45 cua bo chinh tri thay the cho ct nao kl nao', 'doc:ct-45-2025'],
  ['en', 'Directive 45, who issued it and when exactly? April or May?', 'doc:ct-45-2025'],
  ['doc', 'Chỉ thị số 45 của Bộ Chính trị còn hiệu lực không?', 'doc:ct-45-2025'],
  ['doc', 'Kết luận 200-KL/TW ra tháng 10/2025 hay tháng 10/2024 nhỉ?', 'doc:kl-200-2025'],
  ['typo', 'KL200 ban hanh ngay thang nao nhi', 'doc:kl-200-2025'],
  ['en', "Conclusion 200-KL/TW, what's it about?", 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW có nội dung chi tiết gì?', 'doc:hd-27-2024'],
  ['doc', 'HD 27 của Ban Tổ chức Trung ương ra tháng 8 hay tháng 9/2024?', 'doc:hd-27-2024'],
  ['en', 'Guidance 27 from the Central Organisation Commission, any details?', 'doc:hd-27-2024'],
  [
    'doc',
    'Hướng dẫn 18-HD/BTCTU của Ban Tổ chức Thành ủy ra đầu tháng 10 hay cuối tháng 10/2024?',
    'doc:hd-18-2024',
  ],
  ['typo', 'hd18/BTCTU noi ve gi vay', 'doc:hd-18-2024'],
  ['en', "What's Guidance 18-HD/BTCTU?", 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch 258-KH/TU của Thành ủy Hà Nội là kế hoạch gì?', 'doc:kh-258-2024'],
  ['doc', 'KH 258 thành ủy ban hành ngày nào vậy?', 'doc:kh-258-2024'],
  ['en', 'Plan 258 of the Hà Nội party committee, what is it?', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch 203-KH/QU của Quận ủy Hai Bà Trưng còn áp dụng không khi đã bỏ quận?', 'doc:kh-203-2024'],
  ['typo', 'KH203 quan uy hai ba trung la gi', 'doc:kh-203-2024'],
  ['en', 'Plan 203-KH/QU, what does it say?', 'doc:kh-203-2024'],
  ['typo', 'ke hoach so 203 ngay 29/7/2024 cua quan uy', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 nói về vấn đề gì?', 'doc:nq-26-2018'],
  ['doc', 'NQ26 của Trung ương khóa XII là nghị quyết nào?', 'doc:nq-26-2018'],
  ['en', "Resolution 26 of 2018, what's that one?", 'doc:nq-26-2018'],
  ['doc', 'Hướng dẫn 26-HD/BTCTW năm 2019 chi bộ khoa còn dùng được không?', 'doc:hd-26-2019'],
  ['doc', 'HD 26 năm 2019 của Ban Tổ chức Trung ương hướng dẫn gì?', 'doc:hd-26-2019'],
  ['en', 'Guidance 26-HD/BTCTW from 2019, still valid?', 'doc:hd-26-2019'],
  [
    'doc',
    'Quy định 89-QĐ/TW về tiêu chuẩn cán bộ đến giờ còn hiệu lực không hay đã bị thay?',
    'doc:qd-89-2017',
  ],
  ['doc', 'QĐ 89 bị thay bằng quy định nào?', 'doc:qd-89-2017'],
  ['en', 'Regulation 89 of 2017, superseded or not?', 'doc:qd-89-2017'],
  ['typo', 'qd89 nam 2017 cua bo chinh tri', 'doc:qd-89-2017'],
  ['doc', 'Quy định 365-QĐ/TW ban hành tháng 8 hay tháng 9/2025 nhỉ?', 'doc:qd-365-2025'],
  ['typo', 'QĐ365 thay thế quy định nào vậy', 'doc:qd-365-2025'],
  ['en', 'Regulation 365, is that the new cadre standards one?', 'doc:qd-365-2025'],
  ['doc', 'Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy Hà Nội nói về tiêu chí gì?', 'doc:qd-14-2023'],
  ['doc', 'QĐ 14 của thành ủy năm 2023 là quy định gì?', 'doc:qd-14-2023'],
  ['en', "Regulation 14-QĐ/TU, what's it about?", 'doc:qd-14-2023'],
  ['doc', 'Quy định 2656-QĐ/QU của Ban Thường vụ Quận ủy còn áp dụng không?', 'doc:qd-2656-2023'],
  ['typo', 'QĐ2656 con hieu luc khong', 'doc:qd-2656-2023'],
  ['en', 'Regulation 2656 from Hai Bà Trưng, what does it cover?', 'doc:qd-2656-2023'],
  ['doc', 'Quy định 1216-QĐ/QU về quy hoạch cán bộ ban hành năm 2022 hay 2023?', 'doc:qd-1216-2022'],
  ['typo', 'qd 1216 quan uy hai ba trung la gi', 'doc:qd-1216-2022'],
  ['en', 'Regulation 1216, the cadre planning one, who issued it?', 'doc:qd-1216-2022'],
  ['doc', 'Quy định 294-QĐ/TW có hiệu lực từ 1/7/2025 hay từ ngày ký?', 'doc:qd-294-2025'],
  ['doc', 'QĐ 294 thí điểm cái gì cho chi bộ đoàn kịch vậy?', 'doc:qd-294-2025'],
  ['en', 'Regulation 294, the pilot one, is it in force?', 'doc:qd-294-2025'],
  ['unknown-doc', 'Quy định 232-QĐ/TW năm 2025 về thi hành Điều lệ Đảng có gì mới?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 24-QĐ/TW nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 06-HD/BTCTW là hướng dẫn gì?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 126-KL/TW do ai ban hành?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 137-KL/TW còn hiệu lực không?', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 57-NQ/TW về khoa học công nghệ có gì cho bệnh viện?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 96-QĐ/TW về lấy phiếu tín nhiệm ban hành ngày nào?', 'unknown-doc'],
  ['unknown-doc', 'QĐ 69 về kỷ luật đảng viên còn hiệu lực không?', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 05-CT/TW của Bộ Chính trị', 'unknown-doc'],
  ['unknown-doc', 'Quy định 144-QĐ/TW về chuẩn mực đạo đức của cán bộ, đảng viên nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 60-NQ/TW năm 2025 nói về gì?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 12-HD/BTCTW còn áp dụng không?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 15-KH/ĐU của Đảng ủy bệnh viện về đại hội chi bộ', 'unknown-doc'],
  ['unknown-doc', 'What does Directive 36-CT/TW say?', 'unknown-doc'],
  ['unknown-doc', 'kl 150 kl tw la gi vay', 'unknown-doc'],
  ['unknown-doc', 'Quy định 08-QĐi/TW về trách nhiệm nêu gương', 'unknown-doc'],
  ['lookalike', 'Hội Nghệ sĩ Sân khấu Việt Nam đại hội nhiệm kỳ mới vào tháng nào?', null],
  [
    'lookalike',
    'Đoàn kịch đăng ký tham gia Liên hoan Sân khấu kịch toàn quốc thì hạn nộp hồ sơ là khi nào?',
    null,
  ],
  ['lookalike', 'Chi bộ muốn dựng vở kịch về đại hội Đảng thì xin cấp phép biểu diễn ở đâu?', null],
  ['lookalike', 'Giá vé xem vở diễn chào mừng đại hội của nhà hát là bao nhiêu?', null],
  [
    'lookalike',
    'Diễn viên trong đoàn là đảng viên đi lưu diễn nước ngoài thì cần xin phép chi bộ thế nào?',
    null,
  ],
  ['lookalike', 'Hồ sơ xét tặng danh hiệu Nghệ sĩ Ưu tú năm nay nộp đến hạn nào?', null],
  ['lookalike', 'Cho tôi kịch bản chương trình văn nghệ chào mừng đại hội chi bộ nhà hát', null],
  ['lookalike', 'Đại hội Hội Điện ảnh Việt Nam khóa mới bầu ai làm chủ tịch?', null],
  ['lookalike', 'Nhà hát kịch có bị sáp nhập với nhà hát chèo sau khi sắp xếp bộ máy không?', null],
  ['lookalike', 'Lương diễn viên hạng III tính theo lương cơ sở mới là bao nhiêu?', null],
  ['lookalike', 'Chi bộ đoàn kịch mua hoa, băng rôn cho buổi công diễn thì thanh toán từ quỹ nào?', null],
  [
    'lookalike',
    'Đoàn kịch mình có được lấy tên Đại hội làm tên vở diễn không, có vướng bản quyền không?',
    null,
  ],
  ['lookalike', 'Đảng viên trực đêm có được sinh hoạt ghép với chi bộ khoa khác không?', null],
  ['lookalike', 'Bác sĩ trực 24/24 thì được nghỉ bù mấy ngày theo luật lao động?', null],
  ['lookalike', 'Đại hội Hội Hồi sức cấp cứu Việt Nam năm nay tổ chức ở thành phố nào?', null],
  ['lookalike', 'Em đang học chuyên khoa II, có cần chi bộ nhận xét để đi học không?', null],
  ['lookalike', 'Đại hội đại biểu Hội Thầy thuốc trẻ Việt Nam nhiệm kỳ mới diễn ra khi nào?', null],
  ['lookalike', 'Đảng viên là bác sĩ mở phòng khám tư ngoài giờ có vi phạm quy định của Đảng không?', null],
  ['lookalike', 'Tối nay trực đêm, cho em hỏi thuốc ngủ nào an toàn cho người hay mất ngủ?', null],
  ['lookalike', 'Kỳ thi đánh giá năng lực hành nghề khám bệnh, chữa bệnh năm 2026 đăng ký ở đâu?', null],
  ['lookalike', 'Đảng ủy bệnh viện cần in bao nhiêu phiếu bầu cho đại hội và mẫu phiếu lấy ở đâu?', null],
  ['lookalike', 'Hội đồng trường đại học y nhiệm kỳ mới gồm bao nhiêu thành viên?', null],
  ['lookalike', 'Đại hội Đoàn Thanh niên bệnh viện nhiệm kỳ tới cần chuẩn bị những gì?', null],
  ['lookalike', 'Đại hội sinh viên trường y khóa mới bầu ban chấp hành hội sinh viên thế nào?', null],
  [
    'lookalike',
    'Văn phòng Đảng ủy muốn đặt hội trường tầng 5 của bệnh viện cho đại hội thì liên hệ phòng nào?',
    null,
  ],
  ['lookalike', 'Ban Tổ chức Đảng ủy Khối các trường đại học ở địa chỉ nào?', null],
  ['lookalike', 'Kinh phí hoạt động công tác đảng của đảng ủy bệnh viện trích từ nguồn nào?', null],
  [
    'lookalike',
    'Bệnh viện chuẩn bị đón đoàn đánh giá chất lượng theo bộ tiêu chí của Bộ Y tế thì cần hồ sơ gì?',
    null,
  ],
  ['lookalike', 'Chi bộ khoa muốn tổ chức hội nghị kiểm điểm giữa nhiệm kỳ thì làm thế nào?', null],
  [
    'lookalike',
    'Hội nghị Ban Chấp hành Đảng bộ bệnh viện thường kỳ tháng này cần chuẩn bị nghị quyết gì?',
    null,
  ],
  [
    'lookalike',
    'Is the Republican National Convention in Milwaukee again? My uncle thinks it is like a party congress lol',
    null,
  ],
  ['lookalike', 'Cộng đồng người Việt ở Little Saigon tổ chức đại hội bầu ban đại diện khi nào?', null],
  ['lookalike', 'How do I renew my Vietnamese passport at the consulate in San Francisco?', null],
  ['lookalike', 'Giấy miễn thị thực 5 năm cho Việt kiều xin ở đâu, mất bao lâu?', null],
  ['lookalike', 'Can overseas Vietnamese join the Communist Party? Asking for a friend, kinda.', null],
  ['lookalike', "Can I inherit my grandma's house in Huế as a US citizen?", null],
  ['lookalike', 'My cousin says his chi bộ meeting is on Zoom, what is the Zoom link for Sunday?', null],
  ['lookalike', 'The Iowa caucus, is that the same kind of thing as a đại hội chi bộ?', null],
  [
    'lookalike',
    'Vietnamese community center in Orange County has a hội nghị next Saturday, do I need to RSVP?',
    null,
  ],
  ['lookalike', 'Ngày 30/6 âm lịch năm nay là ngày bao nhiêu dương lịch?', null],
  ['lookalike', 'Hạn nộp tờ khai quyết toán thuế thu nhập cá nhân năm 2025 là ngày nào?', null],
  ['lookalike', 'Dịp 2/9 năm nay được nghỉ mấy ngày, có trùng lịch sinh hoạt chi bộ không?', null],
  ['lookalike', 'Tết Nguyên đán 2027 rơi vào ngày nào dương lịch?', null],
  ['lookalike', 'Tôi sinh năm 1965 thì năm nào đủ tuổi nghỉ hưu theo lộ trình mới?', null],
  ['lookalike', 'Hạn chót đăng ký sang tên xe sau khi mua là bao nhiêu ngày?', null],
  ['lookalike', 'Hạn gia hạn thẻ bảo hiểm y tế hộ gia đình là khi nào?', null],
  ['lookalike', 'Sinh hoạt chi bộ tháng 12 năm nay rơi vào thứ mấy, ngày mấy?', null],
  ['lookalike', 'Bầu cử Quốc hội khóa XVI là tháng 3 hay tháng 5/2026, tôi nhầm với đại hội mất rồi?', null],
  [
    'lookalike',
    'Tôi nhớ nhầm ngày cưới con gái với ngày đại hội, ngày 15/3 năm sau có phải ngày đẹp không?',
    null,
  ],
  ['lookalike', 'Bot này do ai viết, có lưu tin nhắn của tôi không?', null],
  ['lookalike', 'Làm sao đổi ảnh đại diện nhóm Telegram của chi bộ?', null],
  ['lookalike', 'Đại hội đồng Liên Hợp Quốc khóa 81 khai mạc ngày nào?', null],
  ['lookalike', 'Đại hội Hội Chữ thập đỏ phường nhiệm kỳ mới có cần chi bộ cho ý kiến nhân sự không?', null],
  ['lookalike', 'Hội nghị Trung ương gần nhất bàn về những vấn đề gì?', null],
  ['lookalike', 'Đại hội Hội Luật gia thành phố năm nay tổ chức ở đâu?', null],
  [
    'lookalike',
    'Ông nội tôi từng là đại biểu dự Đại hội IV của Đảng năm 1976, có tra cứu được danh sách không?',
    null,
  ],
  ['lookalike', 'Đại hội Hội Khuyến học phường bầu ban chấp hành mấy người?', null],
  ['lookalike', 'Đại hội cha mẹ học sinh đầu năm ở trường con tôi phải đóng quỹ bao nhiêu?', null],
  ['lookalike', 'Đại hội xã viên hợp tác xã nông nghiệp thông qua phương án chia lãi thế nào?', null],
  ['lookalike', 'Đại hội Liên đoàn Bóng đá Việt Nam khóa mới bầu ai làm chủ tịch?', null],
  [
    'lookalike',
    'Đoàn kịch sang Lào biểu diễn dịp Đại hội Đảng Nhân dân Cách mạng Lào thì cần giấy tờ gì?',
    null,
  ],
  ['lookalike', 'Chi bộ muốn thăm hỏi đảng viên ốm nằm viện thì mức chi quà là bao nhiêu?', null],
  ['lookalike', 'Sinh viên nội trú muốn khai lý lịch xin vào Đảng thì lấy mẫu ở đâu trong bệnh viện?', null],
  ['lookalike', 'Hiệp định Paris năm 1973 ký vào ngày nào?', null],
  ['lookalike', 'Đảng ủy bệnh viện muốn làm kỷ yếu đại hội thì thuê in ở đâu cho rẻ?', null],
];

export const NEWSET73: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
