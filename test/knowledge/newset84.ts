/**
 * The eighty-fourth new evaluation set (issue 11, point 6), written on 2026-12-04 from 04:46 UTC
 * (committed in the commit "Eval: newset84, the eighty-fourth unseen set") by a helper (set84) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before `const items`) and its export line, the part of newset.ts before
 * `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under src/,
 * bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items were
 * read. Its users are imagined as the secretary of the party cell of a rural primary health
 * station, a member who is a retired general, the office of a ward party committee that answers
 * the phone for callers, a British novelist researching Vietnam who writes in English, and a member
 * who keeps correcting his own typos in the same message; with the out-of-scope messages such users
 * send (other bodies' congresses and meetings: a commune's traditional-medicine association, a
 * health station's Red Cross branch, a division's veterans' liaison board, the army's emulation
 * congress, a pupils' parents' association, a clan's gathering, an ornamental-plant society, the
 * Vietnam Writers' Association, Britain's Trades Union Congress, the UN General Assembly, the
 * neighbourhood great-unity festival; other senses of "đại hội": a martial-arts tournament in a
 * wuxia novel; history: the Party's third and sixth national congresses, the 15th plenum of 1959,
 * the Declaration of Independence; other party business the pack does not cover: probationary
 * members made full members, who opens a congress, dress and medals for guests, reading a memoir at
 * a cell meeting, the minutes of a committee's regular meetings, vote-counting forms, a cell's own
 * past targets, a secretary who also heads the station, complaints about a member, dues paid twice,
 * certificates of membership, a late father's member file; the health station's own business:
 * vaccination days, health-insurance funds, the merger of stations, dengue training, free check-ups,
 * tonics as gifts, blood-pressure pills, medical cover at a congress, overtime on a Sunday; a
 * general's funeral rites, hospital cards, the National Day parade, donated books; the ward
 * office's calls: a secretary's private number, Saturday hours, lending the hall for a wedding, a
 * street lamp, loudspeakers at dawn, flags to hang, a reporter asking for delegates' names, the
 * inspection committee's extension, the secretary's citizen-reception days, a residents' group
 * leader's election, wifi and meeting software; permission from the police to gather; voting for
 * the National Assembly at work; the novelist's scene-setting, names for characters, copyright,
 * forms of address, cafés, weather, observers at a congress; the bot itself: where it runs, what
 * it keeps, birthday reminders).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset84.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, quorums, age limits, committee sizes, the money a
 * congress may spend, which cells the five-yearly pilot covers, the army's own congresses) were
 * left out, not guessed.
 * No engine change reached main after its commit: it was measured on the engine as it stood when it
 * landed (30a3565, absent phrases for newset83's classes, came before it; its writer saw none of
 * the engine). It was measured
 * once, at 04:54 UTC on main 40a30ec (`node --expose-gc dist/bench/qa.js`, load 1.84): qa_new_top1
 * 98.0 %, qa_new_oos_refused 95.2 % (3 in-scope misses, 3 lookalikes answered; qa_p99_us 153.6 in
 * that run, p50 33.6). Its misses were listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents the pack holds, by number, each in at least three spellings.
  [
    'doc',
    'Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị bây giờ còn áp dụng cho chi bộ trạm y tế xã chúng tôi không?',
    'doc:ct-35-2024',
  ],
  [
    'doc',
    'Thưa, CT 35 năm 2024 có phải đã bị văn bản khác thay rồi không ạ? Tôi nghỉ hưu lâu nên không nắm',
    'doc:ct-35-2024',
  ],
  ['doc', 'For my novel: who issued Directive 35 of June 2024, and is it still in effect?', 'doc:ct-35-2024'],
  ['doc', 'ct35/2024 hết hiệu lực từ bao giờ vậy văn phòng phường ơi', 'doc:ct-35-2024'],
  [
    'doc',
    'Chỉ thị 35-CT/TW ngày 30/5/2019 hướng tới Đại hội XIII có còn dùng được cho trạm y tế không?',
    'doc:ct-35-2019',
  ],
  ['doc', 'CT35 ban hành năm 2019 cho nhiệm kỳ trước là văn bản gì vậy?', 'doc:ct-35-2019'],
  [
    'doc',
    'The 2019 Directive No. 35, the one toward the 13th Congress: what is its status?',
    'doc:ct-35-2019',
  ],
  ['doc', 'Kết luận số 118-KL/TW ngày 18/01/2025 do cơ quan nào ban hành?', 'doc:kl-118-2025'],
  ['doc', 'KL 118 điều chỉnh chỉ thị nào, giờ còn hiệu lực không hả đồng chí?', 'doc:kl-118-2025'],
  ['doc', 'What is Conclusion 118 and what became of it later?', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị 45-CT/TW của Bộ Chính trị ngày 14/4/2025 nói về việc gì?', 'doc:ct-45-2025'],
  ['doc', 'ct 45 giờ đã có văn bản nào thay chưa, văn phòng trả lời giúp người gọi với', 'doc:ct-45-2025'],
  ['doc', 'Directive 45-CT/TW: when was it signed and by which body?', 'doc:ct-45-2025'],
  ['doc', 'Tôi là tướng về hưu, chỉ thị 45/2025 hiện nay tình trạng ra sao?', 'doc:ct-45-2025'],
  ['doc', 'Kết luận 200-KL/TW ngày 17/10/2025 là văn bản của cơ quan nào?', 'doc:kl-200-2025'],
  ['doc', 'KL200 của Bộ Chính trị và Ban Bí thư ban hành ngày nào vậy?', 'doc:kl-200-2025'],
  ['doc', 'Tell me about Conclusion No. 200 of October 2025, please.', 'doc:kl-200-2025'],
  [
    'doc',
    'Chi bộ trạm y tế hỏi: Hướng dẫn 27-HD/BTCTW của Ban Tổ chức Trung ương ra ngày nào ạ?',
    'doc:hd-27-2024',
  ],
  ['doc', 'HD 27 năm 2024 hướng dẫn chỉ thị nào vậy ạ?', 'doc:hd-27-2024'],
  [
    'doc',
    'Guidance 27-HD/BTCTW keeps coming up in my notes for the novel: what is it, exactly?',
    'doc:hd-27-2024',
  ],
  ['doc', 'Hướng dẫn số 18-HD/BTCTU của Ban Tổ chức Thành ủy có nội dung gì?', 'doc:hd-18-2024'],
  ['doc', 'hd18 btctu ban hành ngày mấy tháng mấy, à nhầm, hỏi cả cơ quan ban hành nữa', 'doc:hd-18-2024'],
  ['doc', 'Is Guidance 18 of the Hanoi Organisation Board still in force?', 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch số 258-KH/TU ngày 15/7/2024 của Thành ủy Hà Nội là kế hoạch gì?', 'doc:kh-258-2024'],
  ['doc', 'KH 258 của Thành ủy giờ tình trạng thế nào rồi?', 'doc:kh-258-2024'],
  [
    'doc',
    'My Hanoi fixer mentioned Plan 258 of the city party committee; what is that document?',
    'doc:kh-258-2024',
  ],
  [
    'doc',
    'Kế hoạch 203-KH/QU của Quận ủy Hai Bà Trưng còn giá trị không khi đã không còn quận?',
    'doc:kh-203-2024',
  ],
  ['doc', 'kh203 của quận ủy ban hành ngày nào vậy bot?', 'doc:kh-203-2024'],
  ['doc', 'Plan No. 203 of Hai Bà Trưng district: what is its status now?', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 của Trung ương khóa XII là nghị quyết gì ạ?', 'doc:nq-26-2018'],
  ['doc', 'NQ 26 năm 2018 giờ còn hiệu lực không?', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26 of May 2018: what does the bot say about it?', 'doc:nq-26-2018'],
  ['doc', 'Quy định 89-QĐ/TW năm 2017 về tiêu chuẩn cán bộ có còn dùng không?', 'doc:qd-89-2017'],
  ['doc', 'qđ 89 bị thay thế bởi văn bản nào rồi nhỉ?', 'doc:qd-89-2017'],
  [
    'doc',
    'A retired general asks whether Regulation 89 of 2017 on cadre standards has been superseded',
    'doc:qd-89-2017',
  ],
  ['doc', 'Quy định số 365-QĐ/TW ngày 30/8/2025 của Bộ Chính trị là quy định gì?', 'doc:qd-365-2025'],
  ['doc', 'QD365 thay cho quy định nào vậy đồng chí?', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365 on cadre standards: date and issuer?', 'doc:qd-365-2025'],
  ['doc', 'Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy ngày 06/11/2023 quy định về gì?', 'doc:qd-14-2023'],
  ['doc', 'QĐ 14 của Thành ủy Hà Nội về tiêu chí đánh giá cán bộ tình trạng ra sao?', 'doc:qd-14-2023'],
  [
    'doc',
    'Regulation 14-QĐ/TU of the Hanoi Standing Board, which one of my characters cites: what does it cover?',
    'doc:qd-14-2023',
  ],
  ['doc', 'Quy định số 2656-QĐ/QU của Ban Thường vụ Quận ủy ban hành ngày nào?', 'doc:qd-2656-2023'],
  ['doc', 'qd2656 còn hiệu lực không khi quận đã giải thể?', 'doc:qd-2656-2023'],
  [
    'doc',
    'For my plot I need Regulation 2656 of the Hai Bà Trưng Standing Board: when was it issued, and is it still in force?',
    'doc:qd-2656-2023',
  ],
  [
    'doc',
    'Văn phòng phường nhận câu hỏi: Quy định 1216-QĐ/QU về quy hoạch cán bộ do ai ban hành, năm nào?',
    'doc:qd-1216-2022',
  ],
  ['doc', 'QĐ 1216 của quận ủy còn dùng được không ạ?', 'doc:qd-1216-2022'],
  ['doc', 'What is Regulation No. 1216 of April 2022?', 'doc:qd-1216-2022'],
  [
    'doc',
    'Bí thư chi bộ trạm y tế hỏi Quy định 294-QĐ/TW có hiệu lực từ ngày nào, nay còn hiệu lực không?',
    'doc:qd-294-2025',
  ],
  ['doc', 'QD 294 do cơ quan nào ban hành vậy, bot biết không?', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294: who issued it and when?', 'doc:qd-294-2025'],
  [
    'doc',
    'Tủ hồ sơ phường còn Hướng dẫn 26-HD/BTCTW ngày 18/10/2019, văn bản này giờ còn dùng không?',
    'doc:hd-26-2019',
  ],
  ['doc', 'HD26 năm 2019 có dùng cho nhiệm kỳ này không?', 'doc:hd-26-2019'],
  ['doc', 'Guidance No. 26 of October 2019: status, please.', 'doc:hd-26-2019'],

  // Documents the pack does not hold.
  ['unknown-doc', 'Quy định 24-QĐ/TW thi hành Điều lệ Đảng có trong nguồn của bot không?', 'unknown-doc'],
  [
    'unknown-doc',
    'Hướng dẫn 06-HD/TW về nghiệp vụ công tác đảng viên nói gì về đại hội chi bộ?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Nghị quyết 57-NQ/TW về khoa học công nghệ có liên quan gì đến đại hội không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kết luận 121-KL/TW về sắp xếp bộ máy, cho tôi thông tin văn bản', 'unknown-doc'],
  ['unknown-doc', 'Quy định 232-QĐ/TW về bầu cử trong Đảng bot có không?', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 36-CT/TW về đại hội đảng bộ xã mới thì nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 12-HD/BTCTW về nhân sự đại hội, bot có bản không?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 47-KH/ĐU của đảng ủy xã về đại hội chi bộ trạm y tế nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Directive 42-CT/TW: is it in your sources?', 'unknown-doc'],
  [
    'unknown-doc',
    'Regulation 190-QĐ/TW on cadres managed by the Politburo: what does it say?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Công văn 5230-CV/BTCTU gửi các đảng ủy về đại hội, văn phòng có bản không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Thông báo 150-TB/TW của Ban Bí thư thì sao hả bot?', 'unknown-doc'],
  ['unknown-doc', 'QĐ 262 về đánh giá cán bộ có trong danh sách văn bản của bot không?', 'unknown-doc'],
  ['unknown-doc', 'NQ 60 của hội nghị Trung ương 11 nói gì về sáp nhập tỉnh?', 'unknown-doc'],
  [
    'unknown-doc',
    'Kết luận 127-KL/TW của Bộ Chính trị về sắp xếp tổ chức, cho xem thẻ văn bản',
    'unknown-doc',
  ],
  ['unknown-doc', 'Hướng dẫn 21-HD/BTCTW năm 2024 về đại hội chi bộ có gì mới?', 'unknown-doc'],
  ['unknown-doc', 'Quyết định 1620-QĐ/BYT về trạm y tế xã có trong nguồn của bot không?', 'unknown-doc'],

  // In scope, with everyday words around the question.
  [
    'offword',
    'Sáng nay trạm y tế đông bệnh nhân quá, tranh thủ hỏi: đại hội chi bộ phải bầu những gì?',
    'noi-dung',
  ],
  [
    'offword',
    'Con gà nhà tôi vừa đẻ trứng, nhân tiện hỏi báo cáo kiểm điểm của cấp ủy phải có tính chất gì?',
    'van-kien',
  ],
  [
    'offword',
    'Mưa to ngập đường vào trạm, mà đại hội điểm của đảng bộ cơ sở làm vào tháng nào nhỉ?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Cháu nội đang khóc, ông hỏi nhanh: Đại hội mười bốn của Đảng họp từ ngày nào đến ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Điện thoại văn phòng reo liên tục, có người hỏi cấp huyện bỏ từ hôm nào, tôi trả lời sao?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'I just had phở for breakfast; now, what are the two reports a committee submits to its congress?',
    'van-kien',
  ],
  [
    'offword',
    'Đang pha trà mời khách, tiện thể cho hỏi tổ chức đại hội phải chống lãng phí, tiêu cực theo nguyên tắc nào?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Xe máy hỏng giữa đường đi tiêm chủng, tranh thủ hỏi rà soát quy hoạch cán bộ cho nhân sự đại hội làm theo quy định nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Tivi đang chiếu bóng đá, hỏi chút: đợt đại hội nhiệm kỳ 2025-2030 các cấp đã xong hết chưa?',
    'ket-qua',
  ],
  [
    'offword',
    'Vừa tưới rau xong, xin hỏi trước khi đại hội phải tổng kết những đề án, chuyên đề nào?',
    'chuan-bi',
  ],
  ['offword', 'Bão sắp vào, hỏi gấp: từ khi nào chi bộ thí điểm đại hội năm năm một lần?', 'chi-bo-5-nam'],
  [
    'offword',
    'Pin điện thoại sắp hết, các văn bản về đại hội đã thay đổi gì từ sau hội nghị tháng 10/2024?',
    'thay-doi',
  ],

  // Two-part questions.
  [
    'two-part',
    'Đại hội chi bộ trạm y tế gồm những nội dung gì, và cấp ủy phải trình những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ trực thuộc đại hội vào thời gian nào, và mỗi đảng bộ cơ sở chọn mấy chi bộ làm đại hội điểm?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Chọn nhân sự cấp ủy khóa mới theo tiêu chuẩn nào, đồng thời cần thành lập những tổ nào để chuẩn bị đại hội?',
    'nhan-su+chuan-bi',
  ],
  [
    'two-part',
    'Ông tướng về hưu hỏi: Đại hội XIV của Đảng họp những ngày nào, và đại hội các cấp nhiệm kỳ 2025-2030 kết quả ra sao?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Cấp huyện bỏ từ bao giờ, còn đại hội chi bộ bây giờ mấy năm một lần?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Nguyên tắc tổ chức đại hội là gì, và trước đó phải chuẩn bị những việc gì?',
    'nguyen-tac+chuan-bi',
  ],
  [
    'two-part',
    'Two questions for my research: what are the four items of a congress, and when was the 14th National Congress held?',
    'noi-dung+dai-hoi-xiv',
  ],
  [
    'two-part',
    'Chỉ thị của Bộ Chính trị năm 2024 về đại hội có mấy yêu cầu, và từ đó đến nay có những thay đổi gì?',
    'chi-thi-35+thay-doi',
  ],
  [
    'two-part',
    'Báo cáo chính trị phải đánh giá những gì; nhân tiện Đại hội Đảng bộ quận lần thứ XXVII là đại hội nào?',
    'van-kien+dai-hoi-quan',
  ],
  [
    'two-part',
    'Người gọi hỏi hai việc: lịch đại hội của đảng bộ cơ sở, và danh sách các văn bản bot dựa vào',
    'lich-trinh+tai-lieu',
  ],
  [
    'two-part',
    'Ban Thường vụ chọn những loại tổ chức nào làm đại hội điểm, và chính quyền 2 cấp bắt đầu từ ngày nào?',
    'dai-hoi-diem+chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'Bầu đoàn đại biểu đi đại hội cấp trên có trong nội dung đại hội không, và chọn cấp ủy mới phải quán triệt nghị quyết nào?',
    'noi-dung+nhan-su',
  ],

  // Per unit type.
  [
    'unit',
    'Chi bộ trạm y tế xã là chi bộ trực thuộc đảng ủy cơ sở, đại hội phải hoàn thành trong tháng nào?',
    'lich-trinh',
  ],
  ['unit', 'Với chi bộ cơ sở thì đại hội bắt đầu từ tháng mấy và phải xong trước ngày nào?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở tổ chức đại hội sau khi các chi bộ trực thuộc đã đại hội xong, đúng không?',
    'lich-trinh',
  ],
  [
    'unit',
    'Là chi bộ trực thuộc thì chúng tôi có phải bầu đoàn đại biểu dự đại hội đảng bộ cấp trên không?',
    'noi-dung',
  ],
  [
    'unit',
    'Là đảng bộ cơ sở, đảng ủy xã tôi phải chọn mấy chi bộ trực thuộc làm đại hội điểm và trong tháng nào?',
    'dai-hoi-diem',
  ],
  [
    'unit',
    'Chi bộ cơ sở có được Ban Thường vụ Quận ủy chọn làm đại hội điểm không, vào lúc nào?',
    'dai-hoi-diem',
  ],
  ['unit', 'Đảng bộ khối hành chính sự nghiệp làm đại hội điểm vào quý mấy?', 'dai-hoi-diem'],
  ['unit', 'A grassroots party cell: by what date did it have to finish its congress?', 'lich-trinh'],
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy xã ở trạm y tế bắt đầu đại hội từ tháng 01/2025 phải không?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng ủy cơ sở của xã trình đại hội đảng bộ những báo cáo nào, cái nào là báo cáo trung tâm vậy?',
    'van-kien',
  ],
  ['unit', 'Chi bộ cơ sở có phải lập tổ văn kiện, tổ nhân sự, tổ tổ chức như đảng bộ không?', 'chuan-bi'],
  ['unit', 'Party cell under a grassroots committee: in which months was its congress window?', 'lich-trinh'],

  // Typos, missing diacritics, abbreviations, and a member who corrects himself.
  ['typo', 'dai hoi chi bo gom may noi dung a, à nhầm, đại hội chi bộ gồm mấy nội dung ạ', 'noi-dung'],
  ['typo', 'bao cao chin tri *chính trị, và bao cáo kiểm điễm *kiểm điểm yêu cầu những gì', 'van-kien'],
  ['typo', 'chj bộ trực thuộc đhội khi nào, sửa: chi bộ trực thuộc đại hội khi nào', 'lich-trinh'],
  ['typo', 'dai hoi diem trong thang 12/2024 chon may chi bo, ý em là mấy chi bộ', 'dai-hoi-diem'],
  ['typo', 'nhan su cap uy khoa moi can theo tieu chuan gi (gõ nhầm, cấp ủy nhé)', 'nhan-su'],
  ['typo', 'DH XIV to chuc ngay nao vay, xin lỗi viết tắt, ý là Đại hội mười bốn', 'dai-hoi-xiv'],
  ['typo', 'chinh quyen 2 cap bat dau tu ngay nao, à 2 cấp là hai cấp đó', 'chinh-quyen-2-cap'],
  ['typo', 'dh cb 5 nam 1 lan hay 2 lan, sorry, ĐH chi bộ', 'chi-bo-5-nam'],
  ['typo', 'ket qua dai hoi cac cap nk 2025-2030 the nao roi, nk = nhiệm kỳ', 'ket-qua'],
  ['typo', 'nguyen tac tap trung dan chu khi to chuc DH, gõ thiếu dấu xin lỗi đồng chí', 'nguyen-tac'],
  ['typo', 'thanh lap to nhan su, to van kien, to to chuc de chuan bi dh phai k? *phải không', 'chuan-bi'],
  [
    'typo',
    'dang bo co so dh xong truoc ngay 30/6/2025 dung ko, em go sai 30/6 chu ko phai 3/6',
    'lich-trinh',
  ],
  ['typo', 'nhung thay doi tu sau hoi nghi quan triet 23/10/2024 la gi, à quán triệt', 'thay-doi'],
  ['typo', 'ĐHĐB quận HBT lần thứ XXVII là gì vậy, nhầm, ĐH Đảng bộ quận Hai Bà Trưng', 'dai-hoi-quan'],
  ['typo', 'cac van ban ve dai hoi nk 2025-2030 gom nhung vb nao, *văn bản', 'tai-lieu'],
  ['typo', 'chỉ thị của BCT năm 2024 về ĐH gồm mấy phần, mấy phụ lục (BCT là Bộ Chính trị)', 'chi-thi-35'],

  // Facts in scope, asked without a document number.
  ['fact', 'Trong văn kiện trình đại hội chi bộ trạm y tế, báo cáo nào giữ vai trò định hướng?', 'van-kien'],
  [
    'fact',
    'Hồi tôi còn tại ngũ, Điều lệ Đảng quy định chi bộ đại hội mấy lần trong năm năm, giờ đã khác chưa?',
    'chi-bo-5-nam',
  ],
  [
    'fact',
    'Tại Hà Nội có bao nhiêu đảng bộ cấp huyện kết thúc hoạt động ngày 01/7/2025?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Theo chỉ thị năm 2024 về đại hội, có cơ chế gì để không bỏ sót người thực sự có đức, có tài?',
    'chi-thi-35',
  ],
  ['fact', 'Kết luận của Bộ Chính trị tháng 10/2025 yêu cầu các cấp tiếp tục làm gì sau đại hội?', 'ket-qua'],
  ['fact', 'Nội dung thứ hai của đại hội chi bộ là góp ý vào văn kiện nào?', 'noi-dung'],
  [
    'fact',
    'Ai chọn một đảng bộ phường, một đảng bộ khối hành chính sự nghiệp và một chi bộ cơ sở làm đại hội điểm?',
    'dai-hoi-diem',
  ],
  ['fact', 'Đại hội phải bảo đảm những yêu cầu gì, an toàn, thiết thực hay còn gì nữa?', 'nguyen-tac'],
  ['fact', 'Chỉ thị của Bộ Chính trị năm 2024 về đại hội có bốn phụ lục về những vấn đề gì?', 'chi-thi-35'],
  [
    'fact',
    'Đợt đại hội chi bộ, đảng bộ nhiệm kỳ 2025-2030 là để tiến tới đại hội toàn quốc lần thứ mấy của Đảng?',
    'dai-hoi-xiv',
  ],
  [
    'fact',
    'Khi giới thiệu nhân sự cấp ủy, ngoài quy định của Đảng còn phải theo pháp luật của Nhà nước phải không?',
    'nhan-su',
  ],
  [
    'fact',
    'Phường tôi trước thuộc quận Hai Bà Trưng, đại hội các đảng bộ cơ sở hồi đó tiến tới đại hội nào của quận?',
    'dai-hoi-quan',
  ],
  [
    'fact',
    'Các văn bản của Quận ủy Hai Bà Trưng mà bot nêu được ban hành trước hay sau khi bỏ cấp huyện?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Hội nghị của quận yêu cầu các tổ chức cơ sở đảng tổ chức hội nghị quán triệt trực tiếp hay trực tuyến?',
    'chuan-bi',
  ],

  // English, in scope.
  [
    'en',
    'For a chapter set in a Hanoi ward: what must the political report of a party cell cover?',
    'van-kien',
  ],
  ['en', 'What principle, above all, must committees follow when preparing a congress?', 'nguyen-tac'],
  [
    'en',
    'In my novel a grassroots committee prepares its congress; which teams would it set up?',
    'chuan-bi',
  ],
  [
    'en',
    'When did two-level local government begin, and did the districts really disappear?',
    'chinh-quyen-2-cap',
  ],
  ['en', 'How often do party cells hold congresses under the 2025 pilot rule?', 'chi-bo-5-nam'],
  ['en', 'Were the 2025–2030 congresses at every level completed on schedule?', 'ket-qua'],
  ['en', 'Which documents does this bot rely on about the congresses, with their status?', 'tai-lieu'],
  [
    'en',
    'Since that Hai Bà Trưng district conference of October 2024, what changed, in order? I need a timeline for chapter three.',
    'thay-doi',
  ],
  ['en', 'What were the pilot congresses and when were they meant to be held?', 'dai-hoi-diem'],
  [
    'en',
    'How many parts and appendices does the Politburo directive of June 2024 on congresses have?',
    'chi-thi-35',
  ],
  [
    'en',
    'On choosing the new committee, which resolution of the 12th Central Committee must be followed?',
    'nhan-su',
  ],
  [
    'en',
    'My protagonist arrives in Hanoi the week of the 14th National Congress: on which days was it held?',
    'dai-hoi-xiv',
  ],
  [
    'en',
    'In my draft a character heads to the 27th Congress of the Hai Bà Trưng district party organisation; what was that congress?',
    'dai-hoi-quan',
  ],
  ['en', "What are a grassroots congress's four items of business, in plain English?", 'noi-dung'],

  // Lookalikes: a health station's cell secretary.
  ['lookalike', 'Đại hội Hội Đông y xã nhiệm kỳ mới cần bao nhiêu hội viên mới được tổ chức?', null],
  ['lookalike', 'Chi hội Chữ thập đỏ của trạm y tế tổ chức đại hội thì ai chủ trì?', null],
  [
    'lookalike',
    'Chi bộ trạm y tế có được dùng tiền quỹ khám chữa bệnh bảo hiểm y tế để chi cho đại hội chi bộ không?',
    null,
  ],
  [
    'lookalike',
    'Lịch tiêm chủng mở rộng tháng này của trạm trùng ngày đại hội chi bộ, xin lùi lịch tiêm thì báo ai?',
    null,
  ],
  [
    'lookalike',
    'Trạm y tế xã sắp nhập vào trung tâm y tế khu vực thì viên chức của trạm có bị mất việc không?',
    null,
  ],
  [
    'lookalike',
    'Hội nghị tập huấn phòng chống sốt xuất huyết của huyện cũ năm nay chuyển về đâu tổ chức?',
    null,
  ],
  ['lookalike', 'Y sĩ trạm y tế là đảng viên dự bị thì bao giờ được xét chuyển đảng viên chính thức?', null],
  [
    'lookalike',
    'Chi bộ trạm y tế tổ chức khám sức khỏe miễn phí cho người cao tuổi để chào mừng đại hội thì xin phép ai?',
    null,
  ],
  ['lookalike', 'Đại hội chi bộ trạm y tế có được tặng đảng viên hộp thuốc bổ làm quà lưu niệm không?', null],
  ['lookalike', 'Thuốc hạ huyết áp nào hợp cho đồng chí bí thư chi bộ 70 tuổi?', null],
  [
    'lookalike',
    'Trạm y tế có phải cử người trực y tế phục vụ đại hội đảng bộ xã không, ai trả tiền bồi dưỡng?',
    null,
  ],
  [
    'lookalike',
    'Nghị quyết đại hội chi bộ trạm y tế nhiệm kỳ trước đặt chỉ tiêu tỷ lệ tiêm chủng bao nhiêu phần trăm?',
    null,
  ],
  ['lookalike', 'Bí thư chi bộ trạm y tế có được kiêm luôn trạm trưởng không?', null],
  ['lookalike', 'Chi bộ trạm y tế đại hội vào ngày Chủ nhật thì có được tính làm thêm giờ không?', null],

  // Lookalikes: a retired general.
  [
    'lookalike',
    'Tôi là thiếu tướng nghỉ hưu, Ban liên lạc truyền thống sư đoàn họp mặt thường niên thì đăng ký ở đâu?',
    null,
  ],
  ['lookalike', 'Đại hội thi đua Quyết thắng toàn quân lần gần nhất tổ chức năm nào?', null],
  ['lookalike', 'Đại hội Đảng toàn quốc lần thứ III năm 1960 họp ở đâu, ai đọc báo cáo chính trị?', null],
  ['lookalike', 'Lễ tang sĩ quan cấp tướng nghỉ hưu được tổ chức theo nghi thức nào, cơ quan nào lo?', null],
  [
    'lookalike',
    'Tôi viết hồi ký chiến trường, muốn đọc một đoạn trong buổi sinh hoạt chi bộ khu dân cư thì có cần xin phép không?',
    null,
  ],
  ['lookalike', 'Hội nghị Trung ương 15 khóa II năm 1959 đã quyết định những gì?', null],
  [
    'lookalike',
    'Được mời làm khách dự đại hội chi bộ khu phố, tôi có phải mặc quân phục và đeo huân chương không?',
    null,
  ],
  ['lookalike', 'Thẻ khám bệnh ở Bệnh viện 108 cho cán bộ cao cấp nghỉ hưu bị mất thì làm lại ở đâu?', null],
  [
    'lookalike',
    'Tôi muốn tặng bộ sách lịch sử sư đoàn cho tủ sách của chi bộ khu dân cư, gửi về địa chỉ nào?',
    null,
  ],
  [
    'lookalike',
    'Tôi là đảng viên cao tuổi nhất chi bộ khu dân cư, có phải đọc diễn văn khai mạc đại hội không?',
    null,
  ],
  ['lookalike', 'Lễ diễu binh kỷ niệm Quốc khánh năm nay có mời tướng nghỉ hưu lên khán đài không?', null],

  // Lookalikes: the office of a ward party committee that answers phones.
  ['lookalike', 'Có người gọi hỏi số điện thoại riêng của Bí thư Đảng ủy phường, tôi trả lời sao?', null],
  ['lookalike', 'Một cụ gọi đến hỏi Văn phòng Đảng ủy phường sáng thứ bảy có làm việc không?', null],
  [
    'lookalike',
    'Người dân gọi xin mượn hội trường Đảng ủy phường để tổ chức đám cưới cuối tuần, có được không?',
    null,
  ],
  [
    'lookalike',
    'Một đảng viên gọi báo chuyển khoản đảng phí hai lần, văn phòng hoàn lại tiền thế nào?',
    null,
  ],
  [
    'lookalike',
    'Đảng viên gọi hỏi xin giấy xác nhận là đảng viên để nộp hồ sơ xin việc, làm ở bộ phận nào?',
    null,
  ],
  ['lookalike', 'Người gọi hỏi kết quả bầu tổ trưởng tổ dân phố số 7 tuần trước là ai trúng', null],
  [
    'lookalike',
    'Có người gọi phản ánh loa phường phát nhạc mừng đại hội to quá lúc 6 giờ sáng, xử lý sao?',
    null,
  ],
  [
    'lookalike',
    'Phóng viên gọi xin ảnh và danh sách đại biểu dự đại hội đảng bộ phường để đưa tin, có được cung cấp không?',
    null,
  ],
  ['lookalike', 'Người gọi hỏi tên và số máy lẻ của cán bộ Ủy ban kiểm tra Đảng ủy phường', null],
  ['lookalike', 'Có cuộc gọi hỏi lịch tiếp công dân của Bí thư Đảng ủy phường trong tháng này', null],
  [
    'lookalike',
    'Tổ dân phố gọi hỏi phường có phát cờ đỏ sao vàng để treo mừng đại hội không, nhận ở đâu?',
    null,
  ],
  [
    'lookalike',
    'Một người gọi tố cáo đảng viên trong chi bộ mình đánh bạc, văn phòng tiếp nhận theo trình tự nào?',
    null,
  ],
  ['lookalike', 'Người dân gọi hỏi vì sao đèn đường trước trụ sở phường hỏng mãi không sửa', null],
  [
    'lookalike',
    'Có người gọi nhờ tra hồ sơ đảng viên của bố đã mất để làm chế độ thờ cúng liệt sĩ, hướng dẫn sao?',
    null,
  ],
  [
    'lookalike',
    'Hội nghị Ban Chấp hành đảng bộ phường họp thường kỳ thì biên bản phải lập mấy bản, lưu ở đâu?',
    null,
  ],
  [
    'lookalike',
    'Wifi hội trường phường yếu quá, họp trực tuyến với các chi bộ thì dùng phần mềm gì cho ổn?',
    null,
  ],

  // Lookalikes: a British novelist, in English.
  [
    'lookalike',
    'I am a British novelist: could you describe how a cell congress hall looks and smells, for a scene?',
    null,
  ],
  [
    'lookalike',
    'How does a Vietnamese party congress compare with the Trades Union Congress in Britain?',
    null,
  ],
  ['lookalike', 'What happened at the Sixth National Congress in 1986, when Đổi Mới was launched?', null],
  [
    'lookalike',
    'Can you suggest a believable name and backstory for a fictional ward party secretary in Hanoi?',
    null,
  ],
  ['lookalike', 'May I quote your answers in my novel, and who holds the copyright on them?', null],
  [
    'lookalike',
    "Is there a Vietnam Writers' Association congress coming up that a foreign author could attend?",
    null,
  ],
  [
    'lookalike',
    'How would a member address a superior at a cell meeting: anh, đồng chí or thủ trưởng?',
    null,
  ],
  ['lookalike', 'Which cafés near Đại Cồ Việt street would make a good writing spot for an afternoon?', null],
  [
    'lookalike',
    'How should I translate "đại hội" when it means a martial-arts tournament in a wuxia novel?',
    null,
  ],
  ['lookalike', 'Could a foreign writer sit in on a ward party congress as an observer, for research?', null],
  [
    'lookalike',
    'What was the weather like in Hanoi during the week of the January 2026 congress? I want the scene accurate.',
    null,
  ],
  [
    'lookalike',
    'In which house on Hàng Ngang street did Hồ Chí Minh draft the Declaration of Independence?',
    null,
  ],

  // Lookalikes: other senses and other bodies, and the bot itself.
  ['lookalike', 'Chi hội cha mẹ học sinh lớp con tôi họp đầu năm, bầu ban đại diện thế nào cho đúng?', null],
  [
    'lookalike',
    'Đại hội dòng họ ở quê nhân dịp giỗ tổ có mời đảng viên dự được không, có vi phạm gì không?',
    null,
  ],
  ['lookalike', 'Đại hội đồng Liên hợp quốc khóa 80 họp vào tháng mấy?', null],
  [
    'lookalike',
    'Tổ dân phố gọi hỏi Ngày hội Đại đoàn kết toàn dân tộc năm nay phường có cấp kinh phí liên hoan không?',
    null,
  ],
  ['lookalike', 'Đại hội chi bộ có cần báo công an để xin phép tụ tập đông người không?', null],
  [
    'lookalike',
    'Đảng viên sinh hoạt ở chi bộ trạm y tế có được bỏ phiếu bầu đại biểu Quốc hội tại nơi làm việc không?',
    null,
  ],
  ['lookalike', 'Bot ơi, bot chạy trên máy chủ nào, có lưu số điện thoại của tôi không?', null],
  ['lookalike', 'Bot có tự nhắc sinh nhật các đảng viên trong chi bộ được không?', null],
  ['lookalike', 'Mẫu biên bản kiểm phiếu bầu cử ở đại hội chi bộ tải về ở đâu, file Word nhé?', null],
  ['lookalike', 'Đại hội Hội Sinh vật cảnh xã tôi năm nay có thi bonsai không?', null],
];

export const NEWSET84: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
