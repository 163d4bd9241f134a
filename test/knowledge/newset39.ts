/**
 * The thirty-ninth new evaluation set (issue 11, point 6), written on 2026-12-03 from 19:18 UTC
 * (committed in the commit "Eval: newset39, the thirty-ninth unseen set") by a helper (set39) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before its import line, and that import line) and its export line, the
 * part of newset.ts before `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and
 * sets.ts. Nothing under src/, bench/ or config/, no README, no git log, diff or show, and no other
 * set's or pool's items (newset36.ts and newset38.ts, written at the same time, included) were
 * read. Its users are imagined as the secretary of the party cell of a hospital's pharmacy
 * department, a clerk of the organisation board of a ward party committee after the 2025 merger
 * who checks facts for a report, the secretary of the cell of a bus company, a retired journalist
 * who is a member, a Vietnamese-American student who writes in English, a member who asks two or
 * three things in one message, and an older member who types without diacritics and with typos;
 * with the out-of-scope messages such users send (other organisations' congresses and meetings:
 * the pharmacists' association, the trade union's national congress, a transport cooperative's
 * members' congress, the journalists' association, the farmers' association, a retired teachers'
 * branch, a school's Young Pioneers and children's congresses, a residents' meeting electing an
 * apartment board, a neighbourhood meeting, a hospital drug and therapy council, a US party
 * convention, a student council and a student association, the Lao, North Korean and Japanese
 * parties, G20 and ASEAN Para Games; other senses of "đại hội" and "hội nghị": a shop's sale, a
 * martial-arts game's tournament, a Zoom conference room, scientific conferences, the Paris
 * conference of 1973, the 6th Congress of 1986 as history; other party business the pack does not
 * cover: dues of retirees, suspending membership abroad, the class for applicants, probation,
 * lost party cards, thematic cell meetings, 40-year badges, inspection committees' checks, a
 * dissemination conference on another resolution, a congress party's money, an online quiz on the
 * congresses, slogans; people in posts; numbers that equal a document's number but are a bus
 * route, a hospital room or a Ministry of Health circular; addresses, phone numbers and hours;
 * money and prices: bus passes, shares, gold, lottery, loans; local government services and
 * report templates after the merger; National Assembly elections; health, medicines and
 * pharmacy rules, practising licences; traffic, labour, pension and insurance law; schools'
 * entrance scores; journalism prizes and press cards; Hai Bà Trưng as history and a temple; the
 * bot itself, speeches and translations it is asked to write, app help; weather and small talk).
 *
 * It was committed without running any of its questions through the engine, the bot or the bench;
 * only its shape test (newset39.test.ts, with the other sets' from 30 on), biome and tsc ran. Do
 * not edit an item after its commit, except to fix an expectation that is factually wrong (against
 * the sources), in its own commit that says which and why. 1 item that newset36 (written at the
 * same time, placed before it) also holds was removed in its own commit before any run. Engine
 * changes reached main after its commit (up to ee21944: the clause after ";", the district level in
 * other words, …); its writer saw none of them. It was measured once, at 19:53 UTC on main ee21944,
 * just after newset38 (`node --expose-gc dist/bench/qa.js`, load 1.12): qa_new_top1 97.5 %,
 * qa_new_oos_refused 97.6 % (4 in-scope misses, 2 lookalikes answered; qa_p99_us 316.6 in that run,
 * p50 57.8). Its misses were listed after that run, and it is a development set since.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. A question that
 * asks three things expects its first two. Questions whose right answer the sources leave open
 * (the district congress's date, which units were chosen for the pilot congresses, who was
 * elected, numbers of delegates, age limits, committee sizes, the money a congress may spend,
 * which cells the five-yearly pilot covers, whether a disciplined member may stand, the next
 * national congress, membership figures) were left out, not guessed.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number: the pharmacy cell, the ward's board, the bus company, the journalist.
  [
    'doc',
    'Chi bộ khoa Dược bệnh viện tôi vẫn đang lưu bản Chỉ thị số 35-CT/TW tháng 6/2024, văn bản đó giờ còn dùng được không?',
    'doc:ct-35-2024',
  ],
  [
    'doc',
    'Làm báo cáo cho phường mới, em cần ghi đúng: CT 35 năm 2024 do cơ quan nào ban hành ạ?',
    'doc:ct-35-2024',
  ],
  ['doc', 'Cho em hỏi ct35 năm 2024 bị thay bởi văn bản nào ạ', 'doc:ct-35-2024'],
  [
    'doc',
    'Hồi còn làm báo tôi từng viết về Chỉ thị 35-CT/TW ngày 30/5/2019, bot cho xem thông tin văn bản đó',
    'doc:ct-35-2019',
  ],
  [
    'doc',
    'CT 35 năm 2019 hướng tới Đại hội XIII là của cơ quan nào ban hành, bây giờ tình trạng ra sao?',
    'doc:ct-35-2019',
  ],
  [
    'doc',
    'Kết luận số 118-KL/TW năm 2025 điều chỉnh những gì của chỉ thị cũ, còn hiệu lực không?',
    'doc:kl-118-2025',
  ],
  ['doc', 'KL 118 năm 2025 ai ban hành vậy, tôi ghi vào báo cáo phường cho đúng', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị số 45-CT/TW tháng 4/2025 của Bộ Chính trị nói về việc gì?', 'doc:ct-45-2025'],
  [
    'doc',
    'Xí nghiệp xe buýt chúng tôi làm đại hội chi bộ theo CT 45, văn bản này hiện tình trạng ra sao?',
    'doc:ct-45-2025',
  ],
  ['doc', 'chi thi 45 ban hanh ngay thang nam nao', 'doc:ct-45-2025'],
  ['doc', 'Kết luận số 200-KL/TW ngày 17/10/2025 do ai ban hành?', 'doc:kl-200-2025'],
  [
    'doc',
    'Đồng chí cho hỏi KL 200 của Bộ Chính trị và Ban Bí thư, số hiệu đầy đủ và ngày ký',
    'doc:kl-200-2025',
  ],
  ['doc', 'ket luan so 200 noi ve gi vay', 'doc:kl-200-2025'],
  [
    'doc',
    'Hướng dẫn số 27-HD/BTCTW năm 2024 của Ban Tổ chức Trung ương hướng dẫn văn bản nào?',
    'doc:hd-27-2024',
  ],
  ['doc', 'HD 27 của Ban Tổ chức Trung ương năm 2024 còn hiệu lực không', 'doc:hd-27-2024'],
  [
    'doc',
    'Hướng dẫn số 18-HD/BTCTU ngày 01/10/2024 của Ban Tổ chức Thành ủy hướng dẫn nội dung gì?',
    'doc:hd-18-2024',
  ],
  ['doc', 'HD 18 của Ban Tổ chức Thành ủy Hà Nội ban hành ngày nào?', 'doc:hd-18-2024'],
  [
    'doc',
    'Kế hoạch số 258-KH/TU ngày 15/7/2024 của Thành ủy Hà Nội, bot có thông tin gì?',
    'doc:kh-258-2024',
  ],
  ['doc', 'KH 258 của Thành ủy ban hành khi nào nhỉ?', 'doc:kh-258-2024'],
  [
    'doc',
    'Kế hoạch số 203-KH/QU ngày 29/7/2024 của Quận ủy Hai Bà Trưng, giờ quận không còn thì văn bản ấy thế nào?',
    'doc:kh-203-2024',
  ],
  ['doc', 'KH 203 của Quận ủy về tổ chức đại hội cơ sở, cho tôi xem số và ngày', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết số 26-NQ/TW ngày 19/5/2018 về cán bộ do ai ban hành?', 'doc:nq-26-2018'],
  ['doc', 'NQ 26 của Trung ương khóa XII, bot ghi tình trạng gì?', 'doc:nq-26-2018'],
  ['doc', 'nghi quyet 26 nam 2018 ve can bo la cua hoi nghi trung uong may', 'doc:nq-26-2018'],
  ['doc', 'Quy định số 89-QĐ/TW ngày 04/8/2017 về tiêu chuẩn cán bộ còn áp dụng không?', 'doc:qd-89-2017'],
  ['doc', 'QĐ 89 của Bộ Chính trị bị văn bản nào thay?', 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365-QĐ/TW ngày 30/8/2025 của Bộ Chính trị quy định về gì?', 'doc:qd-365-2025'],
  ['doc', 'QĐ 365 về tiêu chuẩn chức danh cán bộ hiện có thay đổi gì không?', 'doc:qd-365-2025'],
  ['doc', 'quy dinh 365 cua bo chinh tri ky ngay nao', 'doc:qd-365-2025'],
  [
    'doc',
    'Quy định số 14-QĐ/TU ngày 06/11/2023 của Ban Thường vụ Thành ủy nêu tiêu chí gì?',
    'doc:qd-14-2023',
  ],
  ['doc', 'QĐ 14 của Thành ủy Hà Nội về đánh giá cán bộ ban hành ngày nào', 'doc:qd-14-2023'],
  [
    'doc',
    'Quy định số 2656-QĐ/QU ngày 13/11/2023 của Ban Thường vụ Quận ủy là văn bản gì?',
    'doc:qd-2656-2023',
  ],
  ['doc', 'QĐ 2656 của quận Hai Bà Trưng sau sáp nhập còn giá trị không?', 'doc:qd-2656-2023'],
  ['doc', 'Quy định số 1216-QĐ/QU ngày 06/4/2022 về quy hoạch cán bộ do ai ban hành?', 'doc:qd-1216-2022'],
  ['doc', 'QĐ 1216 quy hoạch cán bộ năm 2022 tình trạng hiện nay?', 'doc:qd-1216-2022'],
  ['doc', 'Quy định số 294-QĐ/TW năm 2025 có hiệu lực từ khi nào?', 'doc:qd-294-2025'],
  ['doc', 'QĐ 294 thí điểm đại hội chi bộ, cơ quan nào ban hành?', 'doc:qd-294-2025'],
  ['doc', 'Hướng dẫn số 26-HD/BTCTW năm 2019 là hướng dẫn cho chỉ thị nào?', 'doc:hd-26-2019'],
  ['doc', 'HD 26 năm 2019 của nhiệm kỳ trước, bot có lưu không?', 'doc:hd-26-2019'],
  ['doc', 'huong dan 26 nam 2019 nhiem ky truoc con dung duoc ko', 'doc:hd-26-2019'],

  // Documents the pack does not hold.
  [
    'unknown-doc',
    'Quy định số 24-QĐ/TW về thi hành Điều lệ Đảng có trong nguồn của bot không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Khoa Dược chúng tôi được phổ biến Kết luận số 150-KL/TW, bot tóm tắt giúp', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn số 12-HD/BTCTW về nhân sự đại hội nói gì?', 'unknown-doc'],
  [
    'unknown-doc',
    'Đảng ủy phường mới sáp nhập gửi Công văn số 1520-CV/ĐU, bot có văn bản đó không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kế hoạch số 259-KH/TU của Thành ủy về đại hội phường mới thế nào?', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị quyết 57-NQ/TW về khoa học công nghệ, chi bộ xe buýt có phải học không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Thông báo số 99-TB/TW về đại hội ra ngày nào?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 232-QĐ/TW về bầu cử trong Đảng quy định những gì?', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị số 36-CT/TW về đại hội có nội dung gì', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 137-KL/TW về sắp xếp bộ máy, bot đọc giúp tôi', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn số 03-HD/ĐU của đảng ủy phường về đại hội chi bộ', 'unknown-doc'],
  ['unknown-doc', 'Quyết định số 1568-QĐ/TU chuẩn y ban chấp hành đảng bộ là văn bản gì?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn số 19-HD/BTCTU của Ban Tổ chức Thành ủy có gì mới?', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết số 60-NQ/TW bot có lưu không?', 'unknown-doc'],
  ['unknown-doc', 'Quy định số 22-QĐ/TW về công tác kiểm tra, giám sát ra sao?', 'unknown-doc'],
  [
    'unknown-doc',
    'Hướng dẫn 21-HD/BTCTW năm 2025 hướng dẫn chỉ thị mới về đại hội phải không?',
    'unknown-doc',
  ],

  // In scope, with the words of the users' lives around the question.
  [
    'offword',
    'Ca trực ở kho thuốc kín lịch, chi bộ khoa Dược chỉ có một buổi để đại hội thì phải làm đủ những nội dung nào?',
    'noi-dung',
  ],
  [
    'offword',
    'Anh em lái xe buýt chạy ca cả ngày, vậy chi bộ xí nghiệp chuẩn bị đại hội cần lập những tổ nào?',
    'chuan-bi',
  ],
  [
    'offword',
    'Tiền thuê hội trường eo hẹp, đại hội chi bộ có được làm phô trương không, nguyên tắc thế nào?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Con gái tôi học Ngoại thương hỏi: báo cáo chính trị của đại hội chi bộ phải đánh giá những gì?',
    'van-kien',
  ],
  [
    'offword',
    'Điện thoại tôi lưu nhiều file quá, cho hỏi các văn bản về đại hội nhiệm kỳ 2025-2030 gồm những văn bản nào?',
    'tai-lieu',
  ],
  [
    'offword',
    'Mưa to ngập đường không đi được, hội nghị quán triệt về đại hội có được họp trực tuyến không?',
    'chuan-bi',
  ],
  [
    'offword',
    'Làm kế toán cho nhà thuốc bệnh viện nên tôi hay hỏi số liệu: đại hội đảng bộ các cấp nhiệm kỳ này kết quả ra sao?',
    'ket-qua',
  ],
  [
    'offword',
    'Bến xe buýt chỗ tôi vừa đổi tên phường, từ bao giờ không còn cấp quận nữa?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Nghỉ hưu rồi vẫn sinh hoạt chi bộ ở tổ dân phố, chi bộ giờ mấy năm đại hội một lần?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Cháu tôi ở Mỹ gọi video hỏi Đại hội XIV của Đảng họp vào những ngày nào, bot trả lời giúp',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Sổ lương, sổ bảo hiểm thì tôi tự lo được, còn giới thiệu nhân sự cấp ủy khóa mới phải căn cứ vào những quy định nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Công ty xe buýt vừa cổ phần hóa, chi bộ bọn tôi hỏi báo cáo kiểm điểm của cấp ủy cần có tính chất gì?',
    'van-kien',
  ],
  [
    'offword',
    'Khoa Dược có được chọn làm điểm không thì tôi không nhớ, nhưng kế hoạch đại hội điểm của quận hồi đó thế nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Tôi bán hàng online buổi tối, xin hỏi từ sau hội nghị tháng 10/2024 đến nay có những thay đổi gì về đại hội?',
    'thay-doi',
  ],
  [
    'offword',
    'Giá xăng lên xuống thất thường, nhưng tôi chỉ muốn biết chỉ thị về đại hội năm 2024 có mấy phần, mấy phụ lục',
    'chi-thi-35',
  ],

  // Two or three things in one message.
  [
    'two-part',
    'Đại hội chi bộ gồm mấy nội dung, và văn kiện trình đại hội có những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Cho hỏi hai việc: chi bộ trực thuộc đại hội trong khoảng thời gian nào, và đại hội điểm tổ chức lúc nào?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Chính quyền 2 cấp bắt đầu từ ngày nào? Đại hội Đảng bộ quận lần thứ XXVII được tổ chức theo kế hoạch nào?',
    'chinh-quyen-2-cap+dai-hoi-quan',
  ],
  [
    'two-part',
    'Đại hội XIV họp khi nào, và kết quả đại hội đảng bộ các cấp nhiệm kỳ 2025-2030 ra sao?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Tiêu chuẩn nhân sự cấp ủy dựa vào văn bản nào, với lại chi bộ bây giờ mấy năm đại hội một lần?',
    'nhan-su+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Hai câu: chuẩn bị đại hội cần thành lập các tổ gì; đại hội phải theo nguyên tắc nào?',
    'chuan-bi+nguyen-tac',
  ],
  [
    'two-part',
    'Chỉ thị năm 2024 về đại hội có mấy yêu cầu, và từ sau hội nghị quán triệt đến nay có gì thay đổi?',
    'chi-thi-35+thay-doi',
  ],
  [
    'two-part',
    'Two things for my paper: what are the four items on a congress agenda, and when was the 14th Congress held?',
    'noi-dung+dai-hoi-xiv',
  ],
  [
    'two-part',
    'Em ở ban tổ chức phường mới: đại hội đảng bộ cơ sở phải xong trước ngày nào, và cấp huyện bị bỏ từ lúc nào?',
    'lich-trinh+chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'Đại hội điểm của quận chọn những loại đơn vị nào, và đại hội phải có những nội dung gì?',
    'dai-hoi-diem+noi-dung',
  ],
  [
    'two-part',
    'cho hoi chi bo bao nhieu nam dai hoi 1 lan va dai hoi XIV hop ngay nao',
    'chi-bo-5-nam+dai-hoi-xiv',
  ],
  [
    'two-part',
    'Đại hội quận lần thứ XXVII là nhiệm kỳ nào, và đợt đại hội các cấp đã kết thúc chưa?',
    'dai-hoi-quan+ket-qua',
  ],
  [
    'two-part',
    'Cho tôi hỏi: quy hoạch cán bộ cho nhân sự đại hội theo quy định nào; và thời gian đại hội chi bộ cơ sở là khi nào?',
    'nhan-su+lich-trinh',
  ],
  [
    'two-part',
    'Ba việc nhé: báo cáo chính trị phải thế nào, đại hội theo nguyên tắc gì, và đại hội XIV họp ngày nào?',
    'van-kien+nguyen-tac',
  ],
  [
    'two-part',
    'Hỏi luôn mấy ý: các tổ phục vụ đại hội gồm tổ nào, văn bản nào thay chỉ thị năm 2024, và chính quyền 2 cấp từ bao giờ?',
    'chuan-bi+thay-doi',
  ],

  // Kinds of party unit.
  [
    'unit',
    'Chi bộ khoa Dược là chi bộ trực thuộc đảng ủy bệnh viện, theo kế hoạch thì phải đại hội trong thời gian nào?',
    'lich-trinh',
  ],
  ['unit', 'Xí nghiệp xe buýt của tôi là chi bộ cơ sở, đại hội bắt đầu từ tháng mấy?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở thì tổ chức đại hội sau khi các chi bộ trực thuộc xong, đúng không, hạn chót là bao giờ?',
    'lich-trinh',
  ],
  [
    'unit',
    'chi bo toi la chi bo truc thuoc dang uy co so, dai hoi phai xong trong thang may vay',
    'lich-trinh',
  ],
  ['unit', 'When did a party cell under a grassroots committee have to hold its congress?', 'lich-trinh'],
  [
    'unit',
    'Đảng ủy bệnh viện là đảng bộ cơ sở thì phải chọn mấy chi bộ trực thuộc làm đại hội điểm?',
    'dai-hoi-diem',
  ],
  ['unit', 'Chi bộ cơ sở ở công ty xe buýt thì đại hội phải bầu những gì?', 'noi-dung'],
  [
    'unit',
    'Đảng ủy phường mới là đảng bộ cơ sở, ban tổ chức em cần biết đại hội đảng bộ cơ sở có những nội dung nào',
    'noi-dung',
  ],
  ['unit', 'Chi bộ trực thuộc có phải làm báo cáo chính trị không hay chỉ đảng bộ mới làm?', 'van-kien'],
  [
    'unit',
    'Đại hội đảng viên hay đại hội đại biểu đảng bộ cơ sở thì hoàn thành trước ngày nào?',
    'lich-trinh',
  ],

  // Without diacritics, with typos: the older member.
  ['typo', 'dai hoi chi bo gom nhung noi dug gi vay', 'noi-dung'],
  ['typo', 'ong hoi bao cao chin tri voi bao cao kiem diem cua cap uy thi khac nhau cho nao', 'van-kien'],
  ['typo', 'dai hoi XIV cua dang hop tu ngay nao den ngay nao vay chau', 'dai-hoi-xiv'],
  ['typo', 'chuan bi dai hoi phai lap nhung to j', 'chuan-bi'],
  ['typo', 'bo cap huyen tu bao gio, quan hai ba trung gio con ko', 'chinh-quyen-2-cap'],
  ['typo', 'dai hoi cac cap xong het chua hay con dang lam', 'ket-qua'],
  ['typo', 'chon nguoi vao cap uy khoa moi thi can cu vao nhung quy dinh nao vay chau', 'nhan-su'],
  ['typo', 'chi bo bao lau dai hoi mot lan, nghe noi doi roi', 'chi-bo-5-nam'],
  ['typo', 'chi thi 35 nam 2024 cua bo chinh tri bi thay the roi fai ko', 'doc:ct-35-2024'],
  ['typo', 'chi thi 35 nam 2019 huong toi dai hoi XIII la cua ai', 'doc:ct-35-2019'],
  ['typo', 'ket luan 118 con hieu luc ko dong chi', 'doc:kl-118-2025'],
  ['typo', 'huong dan 27 ban to chuc trung uong nam 2024 la j', 'doc:hd-27-2024'],
  ['typo', 'huong dan so 18 cua thanh uy con hieu luc k', 'doc:hd-18-2024'],
  ['typo', 'ke hoach 258 cua thanh uy ha noi ngay bao nhieu', 'doc:kh-258-2024'],
  ['typo', 'ke hoach 203 quan uy hai ba trung', 'doc:kh-203-2024'],
  ['typo', 'quy dinh 89 tieu chuan can bo con hieu luc hok', 'doc:qd-89-2017'],
  ['typo', 'quy dinh 14 cua thanh uy ha noi ve danh gia can bo', 'doc:qd-14-2023'],
  ['typo', 'quy dinh 2656 cua quan uy ve danh gia can bo', 'doc:qd-2656-2023'],
  ['typo', 'quy dinh 1216 ve quy hoach can bo cua quan', 'doc:qd-1216-2022'],
  ['typo', 'quy dinh 294 con hieu luc k ban oi', 'doc:qd-294-2025'],
  ['typo', 'ket luan so 126 cua bo chinh tri co ko', 'unknown-doc'],

  // English: the Vietnamese-American student.
  ['en', 'My grandpa is a party member in Hanoi. What are the two main reports a congress gets?', 'van-kien'],
  ['en', 'For my Asian studies class: what principles must a party congress follow?', 'nguyen-tac'],
  [
    'en',
    'My grandpa went to a conference in Hai Ba Trung in October 2024. What has changed since then?',
    'thay-doi',
  ],
  ['en', 'How often do party cells in Vietnam hold congresses now?', 'chi-bo-5-nam'],
  ['en', 'When did the district level of local government end in Vietnam?', 'chinh-quyen-2-cap'],
  ['en', 'Are the 2025-2030 party congresses at all levels finished?', 'ket-qua'],
  [
    'en',
    'For my essay: which pilot congresses were planned before the main ones, and in which months?',
    'dai-hoi-diem',
  ],
  ['en', 'what does the 2024 politburo directive on congresses contain, how many parts?', 'chi-thi-35'],
  ['en', 'Is Directive 35-CT/TW of June 2024 still the rule for congresses?', 'doc:ct-35-2024'],
  [
    'en',
    'My professor cited Directive 35 of 2019, the one toward the 13th Congress. Is it still valid?',
    'doc:ct-35-2019',
  ],
  ['en', 'What is Conclusion 118 of January 2025?', 'doc:kl-118-2025'],
  ['en', 'directive 45 — who issued it and when?', 'doc:ct-45-2025'],
  ['en', 'In my class notes I wrote Conclusion 200-KL/TW; what is that document about?', 'doc:kl-200-2025'],
  ['en', 'Guidance 27 of the Central Organisation Commission, what is its date?', 'doc:hd-27-2024'],
  ['en', 'Guidance 18 from the Hanoi organisation board: what does it cover?', 'doc:hd-18-2024'],
  [
    'en',
    'Plan 258 from the Hanoi Party Committee, what date does it carry and is it still current?',
    'doc:kh-258-2024',
  ],
  ['en', 'Plan 203-KH/QU — which committee issued it?', 'doc:kh-203-2024'],
  ['en', 'Resolution 26 of 2018 on cadres: which body adopted it?', 'doc:nq-26-2018'],
  ['en', 'Regulation 89 on cadre standards, is it still valid?', 'doc:qd-89-2017'],
  ['en', 'Regulation 365 of August 2025: what does it cover?', 'doc:qd-365-2025'],
  ['en', 'Regulation 14 of the Hanoi Standing Board, what is it about?', 'doc:qd-14-2023'],
  ['en', 'Regulation 2656 of the district Standing Board: issuer and date?', 'doc:qd-2656-2023'],
  ['en', 'Regulation 1216 on cadre planning: issuer and date please', 'doc:qd-1216-2022'],
  [
    'en',
    'Regulation 294 on party cells meeting once in five years: who issued it and is it in force?',
    'doc:qd-294-2025',
  ],
  ['en', 'Guidance 26 from 2019, the previous term: what is it?', 'doc:hd-26-2019'],
  ['en', 'Do you have Directive 05-CT/TW in your sources?', 'unknown-doc'],
  ['en', 'What does Regulation 366-QĐ/TW say about evaluating cadres?', 'unknown-doc'],

  // Facts a report needs.
  ['fact', 'Để ghi vào báo cáo của phường: Đại hội XIV của Đảng bế mạc ngày nào?', 'dai-hoi-xiv'],
  ['fact', 'Chỉ thị về đại hội năm 2024 có bao nhiêu phụ lục, gồm những phụ lục gì?', 'chi-thi-35'],
  [
    'fact',
    'Chi bộ khoa Dược muốn biết quy định thí điểm 5 năm mới đại hội chi bộ một lần bắt đầu áp dụng từ ngày nào?',
    'chi-bo-5-nam',
  ],
  [
    'fact',
    'Em làm báo cáo phường cần số liệu: khi bỏ cấp huyện thì Hà Nội có bao nhiêu đảng bộ cấp huyện kết thúc hoạt động?',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'Văn bản nào kết luận đại hội các cấp nhiệm kỳ 2025-2030 đã tổ chức thành công?', 'ket-qua'],
  ['fact', 'Đại hội Đảng bộ quận Hai Bà Trưng lần này là lần thứ mấy?', 'dai-hoi-quan'],
  [
    'fact',
    'Hồi tôi còn đi làm báo, theo Điều lệ thì chi bộ đại hội mấy lần trong một nhiệm kỳ 5 năm, giờ còn thế không?',
    'chi-bo-5-nam',
  ],
  ['fact', 'Chỉ thị của Bộ Chính trị năm 2024 về đại hội nêu bao nhiêu yêu cầu?', 'chi-thi-35'],
  ['fact', 'Đại hội điểm ở chi bộ trực thuộc các đảng bộ cơ sở tổ chức trong tháng nào?', 'dai-hoi-diem'],
  ['fact', 'Theo kế hoạch của Quận ủy, đại hội chi bộ trực thuộc bắt đầu từ tháng nào?', 'lich-trinh'],
  ['fact', 'Nội dung thứ hai của đại hội chi bộ là gì?', 'noi-dung'],
  ['fact', 'Báo cáo nào là báo cáo trung tâm của đại hội?', 'van-kien'],
  ['fact', 'Nguyên tắc nào được nhấn mạnh nhất khi tổ chức đại hội?', 'nguyen-tac'],
  ['fact', 'Đại hội đại biểu toàn quốc lần thứ XIV họp trong mấy ngày, từ ngày nào?', 'dai-hoi-xiv'],

  // Lookalikes: the pharmacy.
  ['lookalike', 'Hội nghị khoa học Dược bệnh viện năm nay hạn nộp bài báo cáo là khi nào?', null],
  ['lookalike', 'Đại hội Hội Dược học thành phố nhiệm kỳ mới bầu ai làm chủ tịch?', null],
  ['lookalike', 'Kháng sinh nhóm carbapenem có phải hội chẩn trước khi cấp phát không?', null],
  ['lookalike', 'Kho thuốc khoa Dược phải giữ nhiệt độ bao nhiêu độ theo chuẩn GSP?', null],
  ['lookalike', 'Thông tư 26/2025/TT-BYT về kê đơn thuốc ngoại trú có gì mới?', null],
  ['lookalike', 'Chứng chỉ hành nghề dược gia hạn ở Sở Y tế mất bao lâu?', null],
  ['lookalike', 'Hội đồng thuốc và điều trị của bệnh viện họp mấy lần một năm?', null],
  ['lookalike', 'Phòng 203 nhà B bệnh viện là phòng khám gì?', null],
  ['lookalike', 'Cổ phiếu Dược Hậu Giang hôm nay giá bao nhiêu?', null],
  ['lookalike', 'Bị cúm A thì uống Tamiflu mấy ngày?', null],

  // Lookalikes: the bus company.
  ['lookalike', 'Giá vé tháng xe buýt Hà Nội cho học sinh bao nhiêu tiền?', null],
  ['lookalike', 'Đại hội xã viên hợp tác xã vận tải phải có bao nhiêu xã viên dự mới hợp lệ?', null],
  ['lookalike', 'Lái xe buýt vượt đèn đỏ bị phạt bao nhiêu và trừ mấy điểm bằng lái?', null],
  ['lookalike', 'Xe buýt số 45 đi từ bến Long Biên mấy giờ có chuyến đầu?', null],
  ['lookalike', 'Đại hội Công đoàn Việt Nam lần thứ XIII diễn ra năm nào?', null],
  ['lookalike', 'Công ty tôi tổ chức đại hội thể thao công nhân, môn kéo co chia đội thế nào?', null],
  ['lookalike', 'Công ty xe khách Phương Trang có đang tuyển lái xe không?', null],

  // Lookalikes: the merged ward.
  [
    'lookalike',
    'Trụ sở đảng ủy phường mới sau sáp nhập chuyển về địa chỉ nào, số điện thoại văn phòng là gì?',
    null,
  ],
  ['lookalike', 'Mẫu báo cáo tổng kết công tác năm 2026 của UBND phường lấy ở đâu?', null],
  [
    'lookalike',
    'Ban tổ chức đảng ủy phường cần mẫu biểu thống kê đảng viên theo độ tuổi, bot có không?',
    null,
  ],
  [
    'lookalike',
    'Phường mới sáp nhập lập tổ bầu cử đại biểu Quốc hội khóa XVI, ngày bầu cử là ngày nào?',
    null,
  ],
  ['lookalike', 'Tổ dân phố họp bầu tổ trưởng mới cần quá nửa số hộ đồng ý không?', null],
  ['lookalike', 'Hội nghị nhà chung cư bầu ban quản trị cần bao nhiêu phần trăm chủ hộ dự?', null],
  ['lookalike', 'Làm giấy khai sinh cho con ở phường mới thì nộp hồ sơ online trên cổng nào?', null],
  ['lookalike', 'Bí thư Đảng ủy phường mới của tôi tên là gì?', null],

  // Lookalikes: the retired journalist.
  ['lookalike', 'Đại hội Hội Nhà báo Việt Nam lần thứ XI tổ chức ở đâu?', null],
  ['lookalike', 'Giải Báo chí quốc gia năm nay nhận tác phẩm đến bao giờ?', null],
  ['lookalike', 'Nhà báo về hưu có được giữ thẻ nhà báo không?', null],
  ['lookalike', 'Ngày Báo chí Cách mạng Việt Nam 21/6 có từ năm nào?', null],
  [
    'lookalike',
    'Tôi muốn viết hồi ký về Đại hội VI năm 1986 đổi mới, bot kể giúp diễn biến đại hội đó',
    null,
  ],
  ['lookalike', 'Báo Nhân Dân số ra hôm nay có bài xã luận gì?', null],
  ['lookalike', 'Phó Bí thư Thường trực Quận ủy Hai Bà Trưng năm 2024 bây giờ giữ chức vụ gì?', null],

  // Lookalikes: the student, in English.
  ['lookalike', 'Where was the 2024 Democratic National Convention held?', null],
  ['lookalike', 'How do I run for student council president at my college?', null],
  ['lookalike', "What's the history of the Communist Party of Vietnam's founding in 1930?", null],
  ['lookalike', 'Can you recommend a good pho place near Hoan Kiem Lake?', null],
  [
    'lookalike',
    'My cousin asked me who was elected General Secretary at the 14th Congress, do you know?',
    null,
  ],
  ['lookalike', 'Does the Vietnamese Student Association at UC Irvine hold elections every year?', null],
  ['lookalike', "When is the Lao People's Revolutionary Party's next congress?", null],
  ['lookalike', 'How do I renew my US passport before a trip to Hanoi?', null],
  ['lookalike', 'Does the Chinese Communist Party also hold its national congress every five years?', null],
  ['lookalike', "What's the weather in Da Nang next week?", null],

  // Lookalikes: party business the pack does not cover.
  ['lookalike', 'Mức đóng đảng phí của đảng viên hưu trí là bao nhiêu phần trăm lương hưu?', null],
  ['lookalike', 'Đảng viên đi lao động ở nước ngoài thì tạm dừng sinh hoạt đảng thủ tục ra sao?', null],
  ['lookalike', 'Quần chúng ưu tú đi học lớp nhận thức về Đảng mấy buổi?', null],
  [
    'lookalike',
    'Cậu lái xe mới kết nạp ở chi bộ xe buýt, dự bị bao lâu thì được xét chuyển chính thức?',
    null,
  ],
  ['lookalike', 'Tôi nghỉ hưu chuyển nhà, lỡ làm mất thẻ đảng viên thì xin cấp lại ở đâu?', null],
  ['lookalike', 'Chi bộ sinh hoạt chuyên đề quý này nên chọn chủ đề gì?', null],
  ['lookalike', 'Hồ sơ đề nghị tặng Huy hiệu 40 năm tuổi Đảng gồm những gì?', null],
  ['lookalike', 'Ủy ban kiểm tra đảng ủy phường kiểm tra tài chính chi bộ mấy năm một lần?', null],
  ['lookalike', 'Hội nghị quán triệt nghị quyết Trung ương về kinh tế tư nhân khi nào tổ chức?', null],
  [
    'lookalike',
    'Chi bộ khoa Dược muốn liên hoan mừng đại hội thành công, quỹ chi bộ có được chi không?',
    null,
  ],
  ['lookalike', 'Cuộc thi trắc nghiệm tìm hiểu về đại hội Đảng trên mạng có đáp án không?', null],
  ['lookalike', 'Khẩu hiệu tuyên truyền chào mừng Đại hội XIV có những câu nào?', null],
  ['lookalike', 'Lễ kỷ niệm ngày thành lập Đảng ở phường năm nay tổ chức mấy giờ?', null],
  ['lookalike', 'Xin số điện thoại đường dây nóng của Ban Tổ chức Thành ủy', null],

  // Lookalikes: other senses of the words, history, law, the bot, small talk.
  ['lookalike', 'Đại hội giảm giá cuối năm của siêu thị điện máy kéo dài đến bao giờ?', null],
  ['lookalike', 'Trong game Võ Lâm Truyền Kỳ, đại hội võ lâm mở vào giờ nào?', null],
  ['lookalike', 'Cách tạo phòng hội nghị trực tuyến trên Zoom cho 100 người?', null],
  ['lookalike', 'Hội nghị Paris năm 1973 ký kết những gì?', null],
  ['lookalike', 'ASEAN Para Games lần tới tổ chức ở nước nào?', null],
  ['lookalike', 'Đại hội Cháu ngoan Bác Hồ của thiếu nhi phường tổ chức khi nào?', null],
  ['lookalike', 'Đại hội Liên đội trường tiểu học của con tôi bầu chỉ huy đội thế nào?', null],
  ['lookalike', 'Đại hội đại biểu Hội Nông dân xã nhiệm kỳ mới đã xong chưa?', null],
  ['lookalike', 'Đảng Dân chủ Tự do Nhật Bản bầu chủ tịch đảng thế nào?', null],
  ['lookalike', 'Hai Bà Trưng khởi nghĩa chống quân Hán năm nào?', null],
  ['lookalike', 'Đền Hai Bà Trưng ở Mê Linh mở cửa mấy giờ?', null],
  ['lookalike', 'Luật Bảo hiểm xã hội mới có hiệu lực từ ngày nào?', null],
  ['lookalike', 'Tuổi nghỉ hưu của lao động nữ năm 2026 là bao nhiêu?', null],
  ['lookalike', 'Trường Đại học Dược Hà Nội điểm chuẩn năm 2025 là bao nhiêu?', null],
  ['lookalike', 'Bot ơi, đọc giúp tôi ảnh chụp công văn này được không?', null],
  ['lookalike', 'Viết giúp tôi bài diễn văn khai mạc đại hội chi bộ dài hai trang', null],
  ['lookalike', 'Dịch sang tiếng Anh giúp tôi câu "nhiệt liệt chào mừng đại hội"', null],
  ['lookalike', 'Mật khẩu Telegram của tôi bị lộ thì đổi thế nào?', null],
  ['lookalike', 'Hôm nay Hà Nội rét đậm, có nên cho con nghỉ học không?', null],
  ['lookalike', 'Xổ số miền Bắc hôm nay về con gì?', null],
  ['lookalike', 'Ngân hàng nào đang cho vay mua nhà lãi suất thấp nhất?', null],
  ['lookalike', 'Cho hỏi hai việc: giá vàng hôm nay bao nhiêu, và mai Hà Nội có mưa không?', null],

  // Lookalikes: the older member, without diacritics.
  ['lookalike', 'dai hoi chi hoi cuu giao chuc phuong toi to chuc ngay nao', null],
  ['lookalike', 'hoi nghi tong ket nam cua to dan pho co phat qua ko', null],
  ['lookalike', 'chau oi lam sao rut luong huu qua the ATM', null],
  ['lookalike', 'dai hoi hoi cuu thanh nien xung phong quan toi bau ai lam chu tich', null],
];

export const NEWSET39: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
