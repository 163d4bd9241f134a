/**
 * The seventy-seventh new evaluation set (issue 11, point 6), written on 2026-12-04 from 04:00 UTC
 * (committed in the commit "Eval: newset77, the seventy-seventh unseen set") by a helper (set77)
 * that never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines up to its `const items` line) and its last line, the part of newset.ts
 * before `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under
 * src/, bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items
 * (newset75, newset76 and newset78, written at the same time, included) were read. Its users are
 * imagined as the secretary of the party cell of a water-supply company, a member who is a village
 * doctor in the mountains, a young member who writes Vietnamese without any tones and in teen code,
 * a German historian writing in English, and a member who mixes personal worries into every
 * question; with the out-of-scope messages such users send (other organisations' congresses and
 * meetings: a traditional-medicine association, an ethnic minorities' congress, the Red Cross, a
 * farming cooperative's members, a Protestant church, the lawyers' association, a pupils' pioneer
 * team, a Youth Union branch, a water company's board of directors, a fan club's meet-up, a family
 * clan's gathering, the UN General Assembly, the SED in the GDR and the CDU's Parteitag, the Paris
 * and Geneva conferences, the 1986 congress, the provincial propaganda board's briefing for
 * speakers, the city committee's budget session, voters' meetings with deputies and the Front's
 * consultative conference; other senses of "đại hội" and "hội nghị": an online game's season, a
 * drinking party, video-conferencing equipment, a training course on malaria, a workplace
 * cooperation signing; other party business the pack does not cover: party cards lost in a flood,
 * probationary members away on duty, admission for a better job, rotation of cadres, leaving the
 * party, resigning mid-term, being struck off after absences, absence from a congress for a birth,
 * help for members in hardship, visits to old members, committee allowances, ballots and members
 * under investigation, what happens to a cell when its company is equitised, emulation plan
 * templates; the trappings of a congress: fire permits for the hall, bottled water and its
 * accounting, a dress code, attendance QR codes, health checks for delegates, speeches, poems and
 * slide templates to be written; addresses, archives and hotlines; money and prices: water tariffs,
 * village health workers' allowances, preferential loans; local services after the merger: health
 * insurance cards, water cuts; the bot itself: small talk, group admin, GDPR, translation;
 * literature on party history).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset77.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why. One item was reworded in its own commit before any run, by its
 * writer: a set written at the same time and landed before it held the same question.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected or holds a post, age limits, committee sizes, the money a
 * congress may spend or collect, which cells the five-yearly pilot covers, the delegates and
 * songs of the 14th Congress, whether a cell under a grassroots committee must set up its own
 * teams) were left out, not guessed.
 * Engine changes reached main after its commit: a1cc04e and 878d668 (the word prior relearned with
 * newset75 and newset76), a9c021c (after another organisation's congress the asking clause answers
 * alone only when it names ours, ', việc thứ hai là') and 715e692 (absent phrases for newset76's
 * classes); its writer saw none of them. It was measured once, at 04:17 UTC on main 715e692 (`node
 * --expose-gc dist/bench/qa.js`, load 2.07): qa_new_top1 98.5 %, qa_new_oos_refused 95.4 % (2
 * in-scope misses, 3 lookalikes answered; qa_p99_us 105.1 in that run, p50 31.6). Its misses were
 * listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number, at least three spellings each (the card comes first).
  [
    'doc',
    'Chỉ thị 35-CT/TW ngày 14/6/2024 của Bộ Chính trị bây giờ còn hiệu lực không, chi bộ công ty nước tôi vẫn để trong tủ hồ sơ?',
    'doc:ct-35-2024',
  ],
  ['typo', 'ct35 nam 2024 bi thay roi ha ad', 'doc:ct-35-2024'],
  ['en', 'Directive 35 of June 2024: who issued it and what superseded it?', 'doc:ct-35-2024'],
  ['doc', 'Văn bản CT 35/2024 về đại hội đảng bộ các cấp ban hành ngày nào?', 'doc:ct-35-2024'],
  ['doc', 'Chỉ thị số 35-CT/TW ngày 30/5/2019 nói về đại hội nào?', 'doc:ct-35-2019'],
  [
    'en',
    'Is the 2019 Directive 35 on the congresses toward the 13th Congress still used by the bot?',
    'doc:ct-35-2019',
  ],
  ['typo', 'ct35 hoi 2019 la cai gi v', 'doc:ct-35-2019'],
  [
    'doc',
    'Kết luận 118-KL/TW tháng 1/2025 sửa những điểm nào của chỉ thị cũ, chi bộ nước sạch cần biết?',
    'doc:kl-118-2025',
  ],
  ['doc', 'KL118 do cơ quan nào ban hành vậy các đồng chí?', 'doc:kl-118-2025'],
  ['en', 'Conclusion 118-KL/TW: is it still in force?', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị 45-CT/TW của Bộ Chính trị ban hành ngày nào?', 'doc:ct-45-2025'],
  ['typo', 'ct45 la j z ad, co thay the ct cu ko', 'doc:ct-45-2025'],
  ['en', 'Is there a German translation of Directive 45-CT/TW of April 2025?', 'doc:ct-45-2025'],
  ['doc', 'Văn bản số 45 của Bộ Chính trị về đại hội các cấp còn hiệu lực không ạ?', 'doc:ct-45-2025'],
  ['doc', 'Kết luận số 200-KL/TW ra tháng 10/2025, bác sĩ bản như tôi cần nắm ý gì?', 'doc:kl-200-2025'],
  ['doc', 'KL 200 của Bộ Chính trị và Ban Bí thư đánh giá đại hội thế nào?', 'doc:kl-200-2025'],
  ['en', 'What does Conclusion No. 200 of October 2025 say about the congresses?', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW ngày 26/8/2024 hướng dẫn những nội dung gì?', 'doc:hd-27-2024'],
  ['doc', 'HD27 của Ban Tổ chức Trung ương tôi tìm mãi không thấy bản gốc, bot có không?', 'doc:hd-27-2024'],
  [
    'en',
    'Guidance 27 of the Central Organisation Commission, August 2024: what is known about it?',
    'doc:hd-27-2024',
  ],
  ['doc', 'Hướng dẫn số 18-HD/BTCTU, bên chi bộ công ty nước tôi có phải làm theo không?', 'doc:hd-18-2024'],
  ['typo', 'hd 18 btctu ha noi huong dan gi vay', 'doc:hd-18-2024'],
  ['en', 'What is Guidance 18-HD/BTCTU of the Hanoi committee about?', 'doc:hd-18-2024'],
  [
    'doc',
    'Kế hoạch 258-KH/TU của Thành ủy Hà Nội giờ còn giá trị gì không, tôi sợ làm sai?',
    'doc:kh-258-2024',
  ],
  ['doc', 'KH258 Thành ủy nội dung là gì đồng chí?', 'doc:kh-258-2024'],
  ['en', 'Plan 258 of the Hanoi Party Committee, July 2024: what is its status?', 'doc:kh-258-2024'],
  [
    'doc',
    'Kế hoạch số 203-KH/QU ngày 29/7/2024 của Quận ủy Hai Bà Trưng còn áp dụng không khi quận đã giải thể?',
    'doc:kh-203-2024',
  ],
  ['typo', 'kh203 quan uy hbt la ve cai gi', 'doc:kh-203-2024'],
  ['en', 'Could you show me the card of Plan No. 203-KH/QU of the Hai Bà Trưng district?', 'doc:kh-203-2024'],
  [
    'doc',
    'Nghị quyết 26-NQ/TW năm 2018 ai ban hành, bác sĩ bản như tôi có cần đọc kỹ không?',
    'doc:nq-26-2018',
  ],
  ['doc', 'NQ26 khóa XII có liên quan gì đến nhân sự đại hội?', 'doc:nq-26-2018'],
  ['en', 'Resolution 26 of May 2018 of the Central Committee: why does the bot cite it?', 'doc:nq-26-2018'],
  [
    'doc',
    'Hướng dẫn 26-HD/BTCTW ngày 18/10/2019 có còn dùng cho đại hội nhiệm kỳ này không?',
    'doc:hd-26-2019',
  ],
  ['typo', 'hd26 nam 2019 cua ban to chuc tw la gi', 'doc:hd-26-2019'],
  ['en', 'Guidance 26 of October 2019: which directive did it belong to?', 'doc:hd-26-2019'],
  ['doc', 'Quy định 89-QĐ/TW năm 2017 tôi vẫn photo phát cho chi bộ, có sai không?', 'doc:qd-89-2017'],
  ['typo', 'qđ89 h con dung dc ko hay bi thay r ad', 'doc:qd-89-2017'],
  ['en', 'Regulation 89 of August 2017 on cadre standards: is it still valid?', 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365-QĐ/TW ngày 30/8/2025 do ai ban hành?', 'doc:qd-365-2025'],
  ['doc', 'QĐ 365 về tiêu chuẩn chức danh cán bộ thay văn bản nào?', 'doc:qd-365-2025'],
  ['en', 'What did Regulation 365 of the Politburo replace?', 'doc:qd-365-2025'],
  ['doc', 'Quy định 14-QĐ/TU ngày 06/11/2023 của Ban Thường vụ Thành ủy về cái gì?', 'doc:qd-14-2023'],
  ['typo', 'qd 14 tu tieu chi danh gia can bo con dung ko', 'doc:qd-14-2023'],
  ['en', 'Regulation 14-QĐ/TU of the Hanoi Standing Board, November 2023: what is it?', 'doc:qd-14-2023'],
  ['doc', 'Quy định 2656-QĐ/QU ngày 13/11/2023 của Ban Thường vụ Quận ủy là gì?', 'doc:qd-2656-2023'],
  [
    'doc',
    'QĐ2656 tiêu chí đánh giá cán bộ của quận còn hiệu lực sau khi bỏ cấp huyện không?',
    'doc:qd-2656-2023',
  ],
  ['en', 'Regulation 2656 of the district Standing Board: what does the bot know?', 'doc:qd-2656-2023'],
  ['doc', 'Quy định số 1216-QĐ/QU về quy hoạch cán bộ nay tình trạng thế nào?', 'doc:qd-1216-2022'],
  ['typo', 'qd-1216 quan uy hai ba trung con ap dung k', 'doc:qd-1216-2022'],
  ['en', 'Regulation 1216 of April 2022 on cadre planning: who issued it?', 'doc:qd-1216-2022'],
  [
    'doc',
    'Quy định 294-QĐ/TW tháng 5/2025 áp dụng từ lúc nào, chi bộ trạm y tế tôi có liên quan không?',
    'doc:qd-294-2025',
  ],
  ['doc', 'QĐ294 thí điểm đại hội chi bộ do cơ quan nào ban hành?', 'doc:qd-294-2025'],
  ['en', 'For my chapter on party reform: what exactly did Regulation 294 of 2025 pilot?', 'doc:qd-294-2025'],

  // Documents the pack does not hold, by number.
  [
    'unknown-doc',
    'Quy định 232-QĐ/TW về thi hành Điều lệ Đảng có nói về đại hội chi bộ không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kết luận 150-KL/TW về quy hoạch cán bộ nhiệm kỳ tới hướng dẫn gì?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 06-HD/BTCTW năm 2025 về đại hội bot có không?', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 57-NQ/TW có áp dụng cho chi bộ công ty cấp nước không?', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 36-CT/TW về phòng chống ma túy ở vùng cao, bot tra giúp tôi với', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 12-KH/ĐU của đảng ủy xã tôi về đại hội chi bộ thôn bản nói gì?', 'unknown-doc'],
  ['unknown-doc', 'cho e hoi nq 21 ve to chuc co so dang la gi a', 'unknown-doc'],
  ['unknown-doc', 'What does Regulation 24-QĐ/TW of 2021 say about cell congresses?', 'unknown-doc'],
  [
    'unknown-doc',
    'Quy định 142-QĐ/TW về trách nhiệm người đứng đầu có liên quan đến đại hội không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kết luận 127-KL/TW về sắp xếp bộ máy, bot tóm tắt giúp', 'unknown-doc'],
  ['unknown-doc', 'Công văn 1502-CV/BTCTU về hồ sơ nhân sự đại hội tải ở đâu?', 'unknown-doc'],
  [
    'unknown-doc',
    'Hướng dẫn 02-HD/ĐU của Đảng ủy khối doanh nghiệp về đại hội chi bộ nhiệm kỳ tới có gì mới?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Nghị định 178/2024/NĐ-CP về chính sách khi sắp xếp bộ máy, tôi lo không biết mình có được hưởng không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Thông báo kết luận 04-TB/TU của Thành ủy về đại hội xã mới nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Directive 39-CT/TW came up in an archive I read; does the bot hold it?', 'unknown-doc'],
  ['unknown-doc', 'Quyết định 1759-QĐ/TU chuẩn y ban chấp hành đảng bộ là văn bản gì?', 'unknown-doc'],

  // In scope, with everyday words around the question.
  [
    'offword',
    'Trạm bơm nước đang hỏng mà tôi vẫn phải lo đại hội chi bộ, cho hỏi đại hội gồm mấy nội dung chính?',
    'noi-dung',
  ],
  [
    'offword',
    'Con tôi đang sốt cao, tôi tranh thủ hỏi nhanh: báo cáo chính trị của chi bộ phải viết thế nào cho đúng?',
    'van-kien',
  ],
  [
    'offword',
    'Trời mưa lũ, đường lên bản sạt lở, nhưng đồng chí cho hỏi chuẩn bị đại hội phải lập những tổ nào?',
    'chuan-bi',
  ],
  [
    'offword',
    'Tôi vừa trực đêm xong, đầu óc quay cuồng, nhắc lại giúp: đại hội điểm của chi bộ trực thuộc làm vào tháng nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Đồng hồ nước nhà tôi chạy nhanh bất thường, mà thôi, hỏi việc chính: chọn nhân sự cấp ủy khóa mới dựa vào những văn bản nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Ông bà thông gia sắp lên chơi nên tôi cần biết gấp: đại hội có được làm phô trương không hay phải chống lãng phí?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Tối nay nhà tôi mất điện, sáng mai họp chi bộ, cho hỏi chính quyền hai cấp bắt đầu vận hành từ ngày nào?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Vừa tiêm phòng cho lũ trẻ trong bản xong, hỏi đồng chí: Đại hội XIV của Đảng họp từ ngày nào đến ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Tôi lo khoản nợ xây nhà chưa trả xong, nhưng muốn hỏi đợt đại hội nhiệm kỳ 2025 - 2030 đã kết thúc hết chưa?',
    'ket-qua',
  ],
  [
    'offword',
    'Đang nấu cơm dở, hỏi nhanh: chi bộ giờ đại hội 5 năm một lần hay 5 năm hai lần?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Uống cà phê sáng xong tôi mới nhớ ra: từ hội nghị tháng 10/2024 đến giờ văn bản về đại hội đã thay đổi những gì?',
    'thay-doi',
  ],
  [
    'offword',
    'Xe máy hỏng phải đi bộ ra xã, tiện hỏi luôn: Đại hội Đảng bộ quận Hai Bà Trưng là lần thứ bao nhiêu?',
    'dai-hoi-quan',
  ],

  // Two questions in one message.
  [
    'two-part',
    'Chi bộ công ty nước tôi đại hội thì bàn mấy nội dung, và phải chuẩn bị mấy bản báo cáo?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Trước đại hội phải chuẩn bị những khâu nào, và trong lúc tổ chức phải giữ những nguyên tắc gì?',
    'chuan-bi+nguyen-tac',
  ],
  [
    'two-part',
    'Đại hội XIV họp khi nào, và kết quả đại hội các cấp nhiệm kỳ 2025 - 2030 ra sao?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Cấp huyện bỏ từ bao giờ, và chi bộ thí điểm đại hội mấy năm một lần?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'dai hoi diem to chuc khi nao va nhan su cap uy khoa moi chon theo tieu chuan gi',
    'dai-hoi-diem+nhan-su',
  ],
  [
    'two-part',
    'What are the four items on a congress agenda, and when did each kind of unit hold its congress?',
    'noi-dung+lich-trinh',
  ],
  [
    'two-part',
    'Chỉ thị năm 2024 về đại hội có mấy phụ lục, và từ đó đến nay có những thay đổi gì?',
    'chi-thi-35+thay-doi',
  ],
  [
    'two-part',
    'Bot dựa vào những văn bản nào, và Đại hội Đảng bộ quận lần thứ XXVII là đại hội gì?',
    'tai-lieu+dai-hoi-quan',
  ],
  [
    'two-part',
    'Báo cáo kiểm điểm của cấp ủy phải viết thế nào, còn chọn người vào cấp ủy mới thì căn cứ gì?',
    'van-kien+nhan-su',
  ],
  [
    'two-part',
    'Đại hội chi bộ cơ sở phải xong khi nào, và đại hội điểm được tổ chức vào thời gian nào?',
    'lich-trinh+dai-hoi-diem',
  ],

  // Per unit type.
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở như chi bộ trạm y tế xã tôi tổ chức đại hội trong khoảng thời gian nào?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở của công ty cấp nước thì hạn chót đại hội là ngày nào?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở phải đợi các chi bộ trực thuộc đại hội xong rồi mới đại hội đúng không, thời gian thế nào?',
    'lich-trinh',
  ],
  ['unit', 'Đảng bộ cơ sở chọn bao nhiêu chi bộ trực thuộc để làm đại hội điểm?', 'dai-hoi-diem'],
  ['unit', 'Chi bộ cơ sở tại đại hội phải bầu những gì?', 'noi-dung'],
  ['unit', 'Đảng bộ cơ sở trình đại hội hai báo cáo nào?', 'van-kien'],
  ['unit', 'Đảng bộ cơ sở chuẩn bị đại hội phải thành lập những tổ giúp việc nào?', 'chuan-bi'],
  ['unit', 'chi bo truc thuoc dai hoi 5 nam may lan theo quy dinh thi diem', 'chi-bo-5-nam'],
  ['unit', 'When did a grassroots party cell (chi bộ cơ sở) have to finish its congress?', 'lich-trinh'],
  ['unit', 'Đảng bộ cơ sở ở phường có được chọn làm đại hội điểm của quận không?', 'dai-hoi-diem'],

  // Without tones, teen code and abbreviations.
  ['typo', 'dh chi bo gom may noi dung v ad', 'noi-dung'],
  ['typo', 'bc chinh tri la bc trung tam dung ko ad', 'van-kien'],
  ['typo', 'dai hoi phai chong lang phi tieu cuc dung k', 'nguyen-tac'],
  ['typo', 'cap huyen bo tu ngay nao the', 'chinh-quyen-2-cap'],
  ['typo', 'đh XIV diễn ra ngày nào ạ', 'dai-hoi-xiv'],
  ['typo', 'CBCS hoàn thành ĐH trước ngày nào?', 'lich-trinh'],
  ['typo', 'BCH khóa mới chọn nhân sự theo tiêu chuẩn nào, có cần bổ sung quy hoạch ko', 'nhan-su'],
  ['typo', 'dh cac cap nk nay ket thuc het r ha ad, co ket luan gi ko', 'ket-qua'],
  ['typo', 'dai hoi diem thang 12 la cua ai z', 'dai-hoi-diem'],
  ['typo', 'Chỉ thị vê đại hôi nam 2024 co may yeu cau', 'chi-thi-35'],
  ['typo', 'nhung thay doi sau hoi nghi 23/10/2024 la gi', 'thay-doi'],

  // English, in scope.
  ['en', 'What are the two main reports a committee submits to its congress?', 'van-kien'],
  ['en', 'Which principle must guide the organisation of a congress?', 'nguyen-tac'],
  [
    'en',
    'From what date did the district tier disappear with two-level local government?',
    'chinh-quyen-2-cap',
  ],
  ['en', "Did the Party's verdict say the 2025–2030 round of congresses kept to its schedule?", 'ket-qua'],
  [
    'en',
    'In preparing its congress, which working teams did a grassroots party organisation have to form?',
    'chuan-bi',
  ],
  ['en', 'As a historian I would like the list of documents your answers are based on.', 'tai-lieu'],
  ['en', 'What changed in the rules after the October 2024 conference in Hai Bà Trưng?', 'thay-doi'],
  ['en', 'On which dates did the 14th National Party Congress take place, for my chronology?', 'dai-hoi-xiv'],
  ['en', 'How many requirements does the 2024 directive on party congresses set out?', 'chi-thi-35'],

  // Facts the pack states.
  ['fact', 'Báo cáo trung tâm trình đại hội là báo cáo nào?', 'van-kien'],
  ['fact', 'Hà Nội có bao nhiêu đảng bộ cấp huyện kết thúc hoạt động từ 01/7/2025?', 'chinh-quyen-2-cap'],
  ['fact', 'Hồi chưa thí điểm thì theo Điều lệ, chi bộ thôn tôi cứ bao lâu đại hội một lần?', 'chi-bo-5-nam'],
  [
    'fact',
    'Ban Thường vụ Quận ủy chọn những loại đơn vị nào để làm đại hội điểm đầu quý I/2025?',
    'dai-hoi-diem',
  ],
  ['fact', 'Bốn phụ lục kèm theo chỉ thị về đại hội năm 2024 là những phụ lục nào?', 'chi-thi-35'],
  ['fact', 'Đại hội đảng bộ cơ sở hướng tới đại hội đảng bộ quận lần thứ mấy?', 'dai-hoi-quan'],
  ['fact', 'Đại hội có phải thảo luận dự thảo văn kiện của đảng bộ cấp trên trực tiếp không?', 'noi-dung'],
  ['fact', 'Hội nghị quán triệt công tác đại hội phải họp trực tiếp hay được họp trực tuyến?', 'chuan-bi'],
  ['fact', 'Bầu đoàn đại biểu dự đại hội cấp trên có phải là một nội dung của đại hội không?', 'noi-dung'],
  ['fact', 'Kết luận về kết quả đại hội yêu cầu các cấp làm gì tiếp theo?', 'ket-qua'],
  [
    'fact',
    'Báo cáo kiểm điểm cấp ủy có phải nêu cao tự phê bình và phê bình không, hay chỉ kể thành tích?',
    'van-kien',
  ],
  ['fact', 'Trong tổ chức đại hội, ai phải phát huy đầy đủ thẩm quyền và trách nhiệm?', 'nguyen-tac'],
  ['fact', 'Cơ quan nào hướng dẫn thực hiện chỉ thị về đại hội năm 2024?', 'chi-thi-35'],
  [
    'fact',
    'Ở Hà Nội, sau khi đảng bộ cấp huyện kết thúc thì đảng bộ cấp nào bắt đầu hoạt động?',
    'chinh-quyen-2-cap',
  ],

  // Lookalikes: the water-supply company's cell secretary.
  [
    'lookalike',
    'Chi bộ công ty cấp nước muốn tổ chức đại hội ngay trong khuôn viên nhà máy xử lý nước, có phải xin phép bên phòng cháy chữa cháy không?',
    null,
  ],
  [
    'lookalike',
    'Công ty nước sạch tài trợ nước đóng chai cho đại hội đảng bộ phường thì hạch toán vào khoản chi phí nào?',
    null,
  ],
  [
    'lookalike',
    'Sau khi cổ phần hóa công ty cấp nước, chi bộ công ty có bị giải thể hay chuyển về đảng ủy phường?',
    null,
  ],
  [
    'lookalike',
    'Hôm đại hội chi bộ khu dân cư, phường tôi bị cắt nước cả ngày, công ty có phải thông báo trước mấy ngày?',
    null,
  ],
  [
    'lookalike',
    'Hội nghị ký quy chế phối hợp giữa chi bộ công ty cấp nước và Đảng ủy phường cần chuẩn bị những gì?',
    null,
  ],
  [
    'lookalike',
    'Hội đồng quản trị công ty cấp nước họp bất thường để miễn nhiệm giám đốc, chi bộ có quyền phủ quyết không?',
    null,
  ],
  [
    'lookalike',
    'Số đường dây nóng báo vỡ ống nước của công ty cấp nước khu vực Hai Bà Trưng là số nào?',
    null,
  ],
  [
    'lookalike',
    'Chi bộ tôi muốn phát động phong trào tiết kiệm nước chào mừng đại hội, có mẫu kế hoạch thi đua không?',
    null,
  ],
  ['lookalike', 'Giá nước sinh hoạt bậc thang năm 2026 ở Hà Nội là bao nhiêu một mét khối?', null],
  [
    'lookalike',
    'Bí thư chi bộ kiêm phó giám đốc công ty thì có được nhận thêm phụ cấp cấp ủy không, mức bao nhiêu?',
    null,
  ],
  [
    'lookalike',
    'Viết giúp tôi bài tham luận 3 trang phát biểu tại đại hội chi bộ về chống thất thoát nước sạch.',
    null,
  ],

  // Lookalikes: the village doctor in the mountains.
  ['lookalike', 'Đại hội Hội Đông y xã nhiệm kỳ mới cần chuẩn bị những gì?', null],
  ['lookalike', 'Đại hội đại biểu các dân tộc thiểu số cấp tỉnh lần tới tổ chức vào năm nào?', null],
  ['lookalike', 'Thẻ đảng của tôi bị ướt mục sau trận lũ quét, xin cấp lại ở đâu và mất bao lâu?', null],
  [
    'lookalike',
    'Tôi là đảng viên dự bị, đến hạn chuyển chính thức nhưng đang đi tăng cường ở bản xa, chi bộ xét vắng mặt được không?',
    null,
  ],
  ['lookalike', 'Hội nghị tập huấn phòng chống sốt rét cho y tế thôn bản năm nay tổ chức ở đâu?', null],
  ['lookalike', 'Lễ hội Gầu Tào của bản tôi có cần xin phép đảng ủy xã trước không?', null],
  [
    'lookalike',
    'Phụ cấp nhân viên y tế thôn bản vùng đặc biệt khó khăn năm 2026 được bao nhiêu một tháng?',
    null,
  ],
  [
    'lookalike',
    'Đúng ngày đại hội chi bộ thôn mà có ca đẻ khó, tôi vắng mặt đi đỡ đẻ có bị coi là vi phạm kỷ luật đảng không?',
    null,
  ],
  [
    'lookalike',
    'Hội nghị hiệp thương lần thứ nhất bầu cử đại biểu Quốc hội do Mặt trận tổ chức vào khi nào?',
    null,
  ],
  [
    'lookalike',
    'Đảng ủy xã nhờ tôi khám sức khỏe cho đại biểu trước đại hội, có mẫu phiếu khám nào không?',
    null,
  ],

  // Lookalikes: the young member, without tones and in teen code.
  ['lookalike', 'ad oi dh fan club bts o ha noi nam nay to chuc o dau v', null],
  ['lookalike', 'dai hoi vo lam mua nay khi nao mo server moi z ad', null],
  ['lookalike', 'di dh chi bo co dc mac quan jean ko a hay phai ao so mi trang', null],
  ['lookalike', 'e muon vao dang cho ho so dep de xin vao ngan hang, lam sao nhanh nhat ad', null],
  ['lookalike', 'chi doan e sap dh chi doan, ai lam doan chu tich vay ad', null],
  ['lookalike', 'bot oi bot co ny chua, ranh ko di cf vs e', null],
  ['lookalike', 'ad oi add lai e vao nhom zalo chi bo vs, e lo out r', null],
  ['lookalike', 'hnay dh nhau lop c3 cua e, ad goi y quan nuong nao o cau giay ngon re ko', null],
  [
    'lookalike',
    'e dang lam slide thuyet trinh ve dh xiv cho mon lich su dang, ad cho e template canva dep dc ko',
    null,
  ],
  ['lookalike', 'vote cho idol tren app thi co tinh la bau cu dan chu ko ad =))', null],

  // Lookalikes: the German historian, in English.
  [
    'lookalike',
    'How did the SED organise its party congresses in the GDR, and how does that compare with Vietnam?',
    null,
  ],
  [
    'lookalike',
    'Where can a foreign researcher consult the archives of the former Hai Bà Trưng district party committee?',
    null,
  ],
  ['lookalike', 'What was agreed at the Paris Peace Conference of 1973?', null],
  ['lookalike', 'When is the next CDU federal party congress (Parteitag)?', null],
  ['lookalike', 'Does this bot store my questions, and is that compatible with the GDPR?', null],
  ['lookalike', 'Please translate the phrase "tự phê bình và phê bình" into German for my footnote.', null],
  [
    'lookalike',
    'Which Vietnamese party congress in 1986 launched Đổi Mới, and who became General Secretary?',
    null,
  ],
  [
    'lookalike',
    'Can you recommend secondary literature on the Indochinese Communist Party in the 1930s?',
    null,
  ],
  ['lookalike', 'What were the results of the Geneva Conference of 1954 for Vietnam?', null],
  ['lookalike', 'How many members did the Socialist Unity Party of Germany have in 1989?', null],

  // Lookalikes: the member with personal worries.
  [
    'lookalike',
    'Tôi mất ngủ mấy đêm vì nghe nói sau đại hội sẽ bị luân chuyển công tác sang xã khác, tôi có quyền từ chối không?',
    null,
  ],
  ['lookalike', 'Nếu tôi xin ra khỏi Đảng thì lương hưu sau này có bị ảnh hưởng không, tôi lo quá?', null],
  [
    'lookalike',
    'Vợ tôi không muốn tôi làm bí thư nữa vì ít thời gian cho gia đình, tôi xin thôi giữa nhiệm kỳ thì làm đơn thế nào?',
    null,
  ],
  [
    'lookalike',
    'Con tôi thi trượt đại học, tôi buồn quá, đảng viên có được vay vốn ưu đãi cho con đi học nghề không?',
    null,
  ],
  [
    'lookalike',
    'Tôi bị đau dạ dày hay phải nghỉ, sinh hoạt chi bộ vắng ba lần liên tiếp có bị xóa tên không?',
    null,
  ],
  [
    'lookalike',
    'Nhà tôi bị sạt lở, đảng ủy xã có hỗ trợ tiền cho đảng viên khó khăn không, làm hồ sơ ở đâu?',
    null,
  ],
  [
    'lookalike',
    'Thẻ bảo hiểm y tế của mẹ tôi ghi nơi khám ở bệnh viện quận cũ, sau khi bỏ cấp huyện còn dùng được không?',
    null,
  ],
  [
    'lookalike',
    'Mẹ tôi 60 năm tuổi Đảng, ốm nằm một chỗ, chi bộ có đến thăm tặng quà Tết không, mức bao nhiêu?',
    null,
  ],
  [
    'lookalike',
    'Con tôi học lớp 5, trường tổ chức đại hội liên đội, phụ huynh có phải đóng tiền không?',
    null,
  ],

  // Lookalikes: other congresses, meetings and business.
  [
    'lookalike',
    'Đại hội dòng họ Nguyễn Đình toàn quốc năm nay họp ở nhà thờ tổ, cần chuẩn bị văn khấn gì?',
    null,
  ],
  ['lookalike', 'Đại hội đồng Liên hợp quốc khóa 81 do ai làm chủ tịch?', null],
  [
    'lookalike',
    'Đại hội xã viên hợp tác xã nông nghiệp thôn tôi phải thông qua phương án chia lãi thế nào?',
    null,
  ],
  ['lookalike', 'Đại hội Hội Chữ thập đỏ xã nhiệm kỳ mới bầu ban chấp hành bao nhiêu người?', null],
  ['lookalike', 'Hội nghị cử tri tiếp xúc đại biểu Quốc hội ở xã tôi lịch vào ngày nào?', null],
  [
    'lookalike',
    'Phòng họp của đảng ủy xã muốn lắp thiết bị hội nghị truyền hình, loại nào tốt trong tầm 50 triệu?',
    null,
  ],
  ['lookalike', 'Làm giúp tôi bài thơ chúc mừng đại hội đảng bộ xã để đọc lúc khai mạc.', null],
  ['lookalike', 'Đại hội Hội Thánh Tin Lành Việt Nam miền Bắc nhiệm kỳ tới họp ở đâu?', null],
  ['lookalike', 'Mã QR điểm danh đại biểu đại hội tạo bằng phần mềm gì cho nhanh?', null],
  ['lookalike', 'Địa chỉ 33 Đại Cồ Việt bây giờ là trụ sở của cơ quan nào sau khi bỏ quận?', null],
  ['lookalike', 'Hội nghị báo cáo viên tháng này của Ban Tuyên giáo tỉnh nói về chủ đề gì?', null],
  ['lookalike', 'Phiếu bầu cấp ủy gạch hết tên thì có được tính là phiếu hợp lệ không?', null],
  ['lookalike', 'Chi bộ có đảng viên đang bị điều tra thì đại hội có phải hoãn lại không?', null],
  ['lookalike', 'Hội nghị Thành ủy Hà Nội cuối năm 2026 quyết định dự toán ngân sách bao nhiêu?', null],
  ['lookalike', 'Đại hội Hội Luật gia tỉnh nhiệm kỳ mới có bắt buộc đại biểu là đảng viên không?', null],
];

export const NEWSET77: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
