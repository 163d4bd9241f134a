/**
 * The eighty-fifth new evaluation set (issue 11, point 6), written on 2026-12-04 from 04:43 UTC
 * (committed in the commit "Eval: newset85, the eighty-fifth unseen set") by a helper (set85) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before `const items`) and its export line, the part of newset.ts before
 * `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under src/,
 * bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items were
 * read. Its users are imagined as the secretary of the party cell of a publishing house, a member
 * who is a bank teller, a member of a commune's party committee in the Mekong delta after the 2025
 * merger, a Korean journalist who writes in English, and a member who asks what the bot can and
 * cannot answer; with the out-of-scope messages such users send (publishing business: publishing
 * licences for a congress yearbook, ISBNs for a committee's history, royalties, legal deposit,
 * photo copyright, correcting a misprinted congress resolution, book-fair stands, a publisher's
 * year-end review; banking: a cell's own bank account for congress money, savings rates, leave and
 * pay for a teller who attends the upper congress, a swallowed ATM card, OTP codes for dues
 * transfers, cash kept in the branch safe, torn polymer notes, a teller contest on the congress
 * day, merging a transaction office's cell into head office's, a people's credit fund's members'
 * meeting; the Mekong commune: the ferry to the new committee's office, salinity and fresh-water
 * storage, rice prices, a collapsed footbridge, hamlet heads after hamlets merge, a shrimp
 * cooperative's general meeting, the provincial ethnic minorities' congress, the Ok Om Bok boat
 * race, a Khmer temple's Kathina robe ceremony, the cells and members of the new commune, health
 * insurance for near-poor households; other organisations' congresses and meetings: the Writers'
 * Association, the study-promotion association, the Red Cross, the UN General Assembly, the Geneva
 * conference of 1954, the Workers' Party of Korea and the Democratic Party of Korea; the Korean
 * journalist's business: press accreditation, foreign reporters in the congress hall, the new
 * Politburo's members, a press office's phone number, a factory cell's wage talk, the bot's
 * opinion of the leadership, drones outside a ward congress, a Korean version of the bot; the bot
 * itself: reading photos of minutes, writing an opening speech, Zalo, who reads the questions, where
 * to report a wrong answer, memory of yesterday's chat, a cell's member list, the Trade Union's
 * charter, fees and ads, Khmer replies, who programmed it; congress business the pack does not
 * cover: probationary members' votes, invitations by e-mail, keeping the minutes, recording and
 * posting the debate, a ballot box taken to hospital, admitting a member at the closing session, the
 * members' database; the conference of 23/10/2024 itself: printed handouts, a video, its hours;
 * people in posts after the district level ended).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset85.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, the money a congress may
 * spend, which cells the five-yearly pilot covers, whether a new commune committee counts as
 * grassroots, membership figures, the form of a grassroots committee's congress) were left out,
 * not guessed; the questions about unknown documents hold no number of a pack document.
 * Engine changes reached main after its commit: f524963 (the word prior relearned with newset84)
 * and 350eb90 (absent phrases for newset84's classes); its writer saw none of them. It was measured
 * once, at 04:55 UTC on main 350eb90 (`node --expose-gc dist/bench/qa.js`, load 2.15): qa_new_top1
 * 98.0 %, qa_new_oos_refused 89.4 % (3 in-scope misses, 7 lookalikes answered; qa_p99_us 181.3 in
 * that run, p50 37.3). Its misses were listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number, three or more spellings each.
  [
    'doc',
    'Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị bây giờ còn hiệu lực không?',
    'doc:ct-35-2024',
  ],
  ['doc', 'CT35 năm 2024 bị văn bản nào thay thế?', 'doc:ct-35-2024'],
  [
    'doc',
    'For my Seoul readers: is Directive 35 of June 2024 still the rule, or was it replaced?',
    'doc:ct-35-2024',
  ],
  ['doc', 'Chỉ thị 35 ngày 30/5/2019 có còn áp dụng cho đại hội nhiệm kỳ này không?', 'doc:ct-35-2019'],
  ['doc', '35-CT/TW năm 2019 hướng tới đại hội nào?', 'doc:ct-35-2019'],
  ['doc', 'What was the 2019 Directive 35-CT/TW about?', 'doc:ct-35-2019'],
  [
    'doc',
    'Kết luận 118-KL/TW mà chi bộ nhà xuất bản đang lưu hồ sơ do cơ quan nào ký ban hành?',
    'doc:kl-118-2025',
  ],
  ['doc', 'KL118 điều chỉnh chỉ thị nào?', 'doc:kl-118-2025'],
  [
    'doc',
    'A Korean reader asks me what Conclusion 118 of January 2025 changed; can you tell me?',
    'doc:kl-118-2025',
  ],
  ['doc', 'Chỉ thị 45-CT/TW ban hành ngày nào, của ai?', 'doc:ct-45-2025'],
  ['doc', 'ct45 cua bo chinh tri thay the nhung van ban nao vay bot', 'doc:ct-45-2025'],
  ['doc', 'What did Directive No. 45 replace?', 'doc:ct-45-2025'],
  [
    'doc',
    'Chi bộ nhà xuất bản cần đọc chỉ thị số 45 của Bộ Chính trị, tình trạng hiện nay của nó ra sao?',
    'doc:ct-45-2025',
  ],
  [
    'doc',
    'Kết luận số 200-KL/TW ngày 17/10/2025 đánh giá thế nào, tôi cần trích cho bản tin ngân hàng?',
    'doc:kl-200-2025',
  ],
  ['doc', 'Bot đã cập nhật KL 200 chưa?', 'doc:kl-200-2025'],
  ['doc', 'Conclusion No. 200-KL/TW: who issued it?', 'doc:kl-200-2025'],
  [
    'doc',
    'Hướng dẫn 27-HD/BTCTW của Ban Tổ chức Trung ương mà đảng ủy xã nhắc tới là văn bản gì?',
    'doc:hd-27-2024',
  ],
  ['doc', 'HD27 năm 2024 hướng dẫn chỉ thị nào?', 'doc:hd-27-2024'],
  [
    'doc',
    'On what date did the Central Organisation Commission sign Guidance 27, for my article?',
    'doc:hd-27-2024',
  ],
  ['doc', 'Hướng dẫn số 18-HD/BTCTU ngày 01/10/2024 do ai ban hành?', 'doc:hd-18-2024'],
  ['doc', 'hd 18 cua ban to chuc thanh uy ha noi la gi', 'doc:hd-18-2024'],
  ['doc', 'HD18/BTCTU còn giá trị không?', 'doc:hd-18-2024'],
  [
    'doc',
    'Kế hoạch 258-KH/TU của Thành ủy Hà Nội có áp dụng cho xã miền Tây chúng tôi không?',
    'doc:kh-258-2024',
  ],
  ['doc', 'KH258 có nội dung gì?', 'doc:kh-258-2024'],
  ['doc', 'What is Plan 258 of the Hà Nội Party Committee?', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch số 203-KH/QU còn áp dụng khi quận không còn nữa không?', 'doc:kh-203-2024'],
  ['doc', 'kh 203 cua quan uy hai ba trung la van ban gi', 'doc:kh-203-2024'],
  ['doc', 'Plan 203-KH/QU: what is its title?', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 của Trung ương khóa XII nói về gì?', 'doc:nq-26-2018'],
  ['doc', 'NQ26 về cán bộ năm 2018 còn hiệu lực không?', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26 of 2018 on cadres: which body of the Party adopted it, please?', 'doc:nq-26-2018'],
  [
    'doc',
    'Chi ủy nhà xuất bản còn dùng Quy định 89-QĐ/TW về tiêu chuẩn cán bộ để xét nhân sự được nữa không?',
    'doc:qd-89-2017',
  ],
  ['doc', 'QĐ89 năm 2017 giờ bị thay bằng quy định nào rồi bot ơi?', 'doc:qd-89-2017'],
  ['doc', "Was the Politburo's Regulation 89 of 2017 replaced by a newer one?", 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365-QĐ/TW ngày 30/8/2025 thay thế văn bản gì?', 'doc:qd-365-2025'],
  ['doc', 'qd 365 tw cua bo chinh tri ve tieu chuan chuc danh', 'doc:qd-365-2025'],
  ['doc', 'What is Regulation No. 365 about?', 'doc:qd-365-2025'],
  ['doc', 'Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy quy định về cái gì?', 'doc:qd-14-2023'],
  ['doc', 'QĐ14/TU về tiêu chí đánh giá cán bộ ban hành ngày nào?', 'doc:qd-14-2023'],
  ['doc', "Is Hanoi's Regulation 14-QĐ/TU still valid?", 'doc:qd-14-2023'],
  ['doc', 'Quy định 2656-QĐ/QU về tiêu chí đánh giá cán bộ do ai ban hành, ngày nào?', 'doc:qd-2656-2023'],
  ['doc', 'qd2656 ve tieu chi danh gia can bo cua quan', 'doc:qd-2656-2023'],
  ['doc', "Regulation 2656 of the district's standing board: what is its status?", 'doc:qd-2656-2023'],
  ['doc', 'Quy định số 1216-QĐ/QU về quy hoạch cán bộ còn hiệu lực không?', 'doc:qd-1216-2022'],
  ['doc', 'QD 1216 QU ban hành năm nào?', 'doc:qd-1216-2022'],
  ['doc', 'Tell me about Regulation 1216 on cadre planning.', 'doc:qd-1216-2022'],
  [
    'doc',
    'Quy định 294-QĐ/TW về thí điểm mà đảng ủy xã vừa phổ biến có hiệu lực từ ngày nào?',
    'doc:qd-294-2025',
  ],
  ['doc', 'QĐ 294 thí điểm đại hội chi bộ mấy năm một lần?', 'doc:qd-294-2025'],
  ['doc', 'Who issued Regulation 294 on party cells?', 'doc:qd-294-2025'],
  ['doc', 'Hướng dẫn 26-HD/BTCTW ngày 18/10/2019 còn dùng không?', 'doc:hd-26-2019'],
  ['doc', 'HD26 năm 2019 hướng dẫn chỉ thị nào?', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26 of 2019: does the bot use it?', 'doc:hd-26-2019'],

  // Documents the pack does not hold.
  ['unknown-doc', 'Quy định 232-QĐ/TW về bầu cử trong Đảng có gì mới?', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 57-NQ/TW có yêu cầu chi bộ bàn về chuyển đổi số không?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 06-HD/TW về thi hành Điều lệ Đảng nói gì về đại hội chi bộ?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 150-KL/TW hướng dẫn gì về đại hội?', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 60-NQ/TW về sắp xếp tỉnh, xã có trong tài liệu của bot không?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 80-QĐ/TW về phân cấp quản lý cán bộ còn hiệu lực không?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 101-KH/TU của Tỉnh ủy về đại hội các cấp ban hành ngày nào?', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 36-CT/TW có liên quan gì tới đại hội chi bộ?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 21-HD/BTCTW về nhân sự cấp ủy có những điểm nào?', 'unknown-doc'],
  ['unknown-doc', 'Quyết định 1211-QĐ/TU về chuẩn y kết quả bầu cử nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Công văn 4567-CV/BTCTW gửi các đảng ủy về lịch đại hội', 'unknown-doc'],
  ['unknown-doc', 'Nghị định 178/2024/NĐ-CP về chính sách cho cán bộ dôi dư áp dụng ra sao?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 24-QĐ/TW thi hành Điều lệ Đảng có được bot giải thích không?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 127-KL/TW về sắp xếp bộ máy nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Does the bot have Regulation 144-QĐ/TW on ethical standards?', 'unknown-doc'],
  [
    'unknown-doc',
    'Hướng dẫn 12-HD/BTCTU của Ban Tổ chức Thành ủy Cần Thơ về đại hội chi bộ ấp',
    'unknown-doc',
  ],
  ['unknown-doc', 'Thông báo 25-TB/ĐU của đảng ủy xã về lịch đại hội chi bộ ấp có chưa?', 'unknown-doc'],

  // In scope, with everyday words around the question.
  [
    'offword',
    'Tuần này nhà xuất bản chạy in sách giáo khoa, tranh thủ hỏi: đại hội chi bộ có mấy nội dung?',
    'noi-dung',
  ],
  [
    'offword',
    'Đang đứng quầy giao dịch, khách đông quá, hỏi nhanh: báo cáo kiểm điểm của cấp ủy phải viết ra sao?',
    'van-kien',
  ],
  [
    'offword',
    'Nước lên ngập sân nhà văn hóa ấp rồi, mà đại hội thì phải bảo đảm an toàn, thiết thực, chống lãng phí thế nào?',
    'nguyen-tac',
  ],
  ['offword', 'Vừa ăn xong tô hủ tiếu, cho hỏi Đại hội XIV của Đảng diễn ra ngày nào vậy?', 'dai-hoi-xiv'],
  [
    'offword',
    'Máy in hết mực rồi, trước khi in tài liệu đại hội cho tôi hỏi cần thành lập những tổ nào?',
    'chuan-bi',
  ],
  [
    'offword',
    'Con gái tôi thi xong rồi, giờ tôi mới rảnh hỏi: chi bộ bây giờ mấy năm đại hội một lần?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Trời mưa cả tuần, ghe không đi được, ngồi nhà hỏi bot: cấp huyện bỏ từ bao giờ vậy?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Sáng nay đổi tiền cho khách xong, tôi thắc mắc đại hội đảng bộ các cấp nhiệm kỳ này đã xong hết chưa?',
    'ket-qua',
  ],
  [
    'offword',
    'Cà phê sáng với anh em biên tập, ai cũng hỏi: từ sau hội nghị quán triệt đến nay có gì thay đổi?',
    'thay-doi',
  ],
  [
    'offword',
    'Bìa sách đã duyệt xong, giờ chọn nhân sự cấp ủy khóa mới thì căn cứ những quy định nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Anh bạn nhà báo người Hàn hỏi tôi mà tôi chịu: đại hội điểm là gì và làm vào lúc nào?',
    'dai-hoi-diem',
  ],
  ['offword', 'Mùa gặt tới rồi, chi bộ ấp trực thuộc đảng ủy xã đại hội theo lịch nào?', 'lich-trinh'],

  // Two-part questions.
  ['two-part', 'Đại hội chi bộ gồm những nội dung gì, và cấp ủy trình mấy báo cáo?', 'noi-dung+van-kien'],
  [
    'two-part',
    'Cần lập những tổ nào để chuẩn bị đại hội, và tổ chức đại hội phải theo nguyên tắc gì?',
    'chuan-bi+nguyen-tac',
  ],
  [
    'two-part',
    'Cho tôi biết Đại hội XIV của Đảng họp những ngày nào, và đại hội đảng bộ các cấp nhiệm kỳ này đã xong hết chưa?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Cấp huyện bỏ từ khi nào, và chi bộ bây giờ mấy năm đại hội một lần?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Đại hội điểm tổ chức vào lúc nào, còn nhân sự cấp ủy khóa mới chọn theo tiêu chuẩn gì?',
    'dai-hoi-diem+nhan-su',
  ],
  [
    'two-part',
    'Từ sau hội nghị tháng 10/2024 có gì thay đổi, và bot dựa vào những văn bản nào?',
    'thay-doi+tai-lieu',
  ],
  [
    'two-part',
    'Chi bộ cơ sở đại hội vào thời gian nào; còn báo cáo chính trị phải viết thế nào?',
    'lich-trinh+van-kien',
  ],
  [
    'two-part',
    'What must the political report to a congress do, and when was the 14th National Congress held?',
    'van-kien+dai-hoi-xiv',
  ],
  [
    'two-part',
    'Chỉ thị của Bộ Chính trị năm 2024 về đại hội có mấy phụ lục, và Đại hội Đảng bộ quận Hai Bà Trưng là lần thứ mấy?',
    'chi-thi-35+dai-hoi-quan',
  ],
  [
    'two-part',
    'Đại hội đảng bộ bầu những gì, và đảng bộ cơ sở phải xong đại hội trước ngày nào?',
    'noi-dung+lich-trinh',
  ],
  ['two-part', 'dh chi bo gom nd gi, va can lap to nao de chuan bi', 'noi-dung+chuan-bi'],
  [
    'two-part',
    'Chính quyền 2 cấp vận hành từ bao giờ, và đến nay đại hội các cấp kết quả ra sao?',
    'chinh-quyen-2-cap+ket-qua',
  ],
  [
    'two-part',
    'Báo cáo kiểm điểm của cấp ủy cần nêu gì, và chọn nhân sự cấp ủy phải quán triệt nghị quyết nào?',
    'van-kien+nhan-su',
  ],

  // Per unit type.
  [
    'unit',
    'Chi bộ ấp là chi bộ trực thuộc đảng ủy cơ sở thì đại hội từ tháng mấy đến tháng mấy?',
    'lich-trinh',
  ],
  [
    'unit',
    'Chi bộ cơ sở như chi bộ nhà xuất bản chúng tôi phải hoàn thành đại hội trước ngày nào?',
    'lich-trinh',
  ],
  ['unit', 'Đảng bộ cơ sở bắt đầu đại hội từ tháng nào?', 'lich-trinh'],
  [
    'unit',
    'Chi bộ trực thuộc như chi bộ phòng giao dịch chúng tôi có phải bầu đoàn đại biểu đi dự đại hội cấp trên không?',
    'noi-dung',
  ],
  [
    'unit',
    'Đảng bộ cơ sở của nhà xuất bản phải chọn mấy chi bộ trực thuộc để làm đại hội điểm, trong tháng nào?',
    'dai-hoi-diem',
  ],
  ['unit', 'Chi bộ cơ sở ở ngân hàng tôi phải trình những báo cáo gì tại đại hội?', 'van-kien'],
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy xã ở miền Tây theo quy định thí điểm thì bao lâu mới đại hội một lần?',
    'chi-bo-5-nam',
  ],
  ['unit', 'Đảng bộ cơ sở cần thành lập những tổ giúp việc nào trước đại hội?', 'chuan-bi'],
  ['unit', 'Chi bộ cơ sở có được chọn làm đại hội điểm không, vào thời gian nào?', 'dai-hoi-diem'],
  ['unit', 'When did the congress window open for a grassroots party committee?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở phải đợi các chi bộ trực thuộc đại hội xong rồi mới tiến hành đại hội của mình phải không?',
    'lich-trinh',
  ],
  ['unit', 'Hạn cuối đại hội của chi bộ trực thuộc là ngày nào?', 'lich-trinh'],

  // Typos, missing diacritics and abbreviations.
  ['typo', 'dai hoi chi bo gom may noi dung', 'noi-dung'],
  ['typo', 'bc chinh tri va bc kiem diem cua cap uy can viet the nao', 'van-kien'],
  ['typo', 'thoi gian dh cbcs la khi nao', 'lich-trinh'],
  ['typo', 'dh diem cua dbcs to chuc vao thang may nam 2024', 'dai-hoi-diem'],
  ['typo', 'chinh quyen dia phuong 2 cap o mien tay bat dau chay tu ngay nao', 'chinh-quyen-2-cap'],
  ['typo', 'Đaị hội XIV họp ngày nảo?', 'dai-hoi-xiv'],
  ['typo', 'to chuc dh chi bo phai theo nguyen tac tap trung dan chu nhu the nao a', 'nguyen-tac'],
  ['typo', 'ĐH đảng bộ các cấp nk 2025-2030 cả nước xog hết chưa bot', 'ket-qua'],
  ['typo', 'cb nxb chuan bi dh thi can lap nhung to nao', 'chuan-bi'],
  ['typo', 'nhan su cap uy khoa moi chon theo tieu chuan cua van ban nao vay', 'nhan-su'],
  ['typo', 'cb 5 nam dh may lan', 'chi-bo-5-nam'],
  ['typo', 'nhung thay doi tu sau hoi nghi quan triet', 'thay-doi'],

  // English, in scope.
  ['en', "When was the Communist Party of Vietnam's 14th National Congress held?", 'dai-hoi-xiv'],
  ['en', 'Are the 2025-2030 party congresses at all levels finished now?', 'ket-qua'],
  ['en', "What happened to Vietnam's district level in July 2025?", 'chinh-quyen-2-cap'],
  ['en', 'What four items does a grassroots party congress cover?', 'noi-dung'],
  ['en', 'Which two reports does the committee present to a congress?', 'van-kien'],
  [
    'en',
    'Under the 2025 pilot, how many times in five years does a Vietnamese party cell hold its congress?',
    'chi-bo-5-nam',
  ],
  ['en', 'What changed in the congress rules after October 2024?', 'thay-doi'],
  [
    'en',
    "I read about 'pilot congresses' in a Hà Nội district; what were they and when were they held?",
    'dai-hoi-diem',
  ],
  [
    'en',
    "What principles must a party congress follow? I keep reading 'democratic centralism'.",
    'nguyen-tac',
  ],
  ['en', 'How are the members of the new party committee chosen for the congress?', 'nhan-su'],
  ['en', 'Which party documents does this bot base its answers on, with their dates?', 'tai-lieu'],
  [
    'en',
    "How many parts and appendices does the Politburo's June 2024 directive on the congresses have?",
    'chi-thi-35',
  ],
  ['en', 'Which district congress were the Hai Bà Trưng grassroots units preparing for?', 'dai-hoi-quan'],
  ['en', 'How should a party unit prepare for its congress?', 'chuan-bi'],

  // Facts, in scope.
  [
    'fact',
    'Tôi cần ghi vào sổ tay giao dịch viên: Đại hội đại biểu toàn quốc lần thứ XIV của Đảng khai mạc và bế mạc ngày nào?',
    'dai-hoi-xiv',
  ],
  ['fact', 'Đợt đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030 kết thúc chưa?', 'ket-qua'],
  ['fact', 'Từ khi nào không còn cấp huyện nữa?', 'chinh-quyen-2-cap'],
  ['fact', 'Văn kiện cấp ủy trình đại hội gồm mấy báo cáo chủ yếu?', 'van-kien'],
  ['fact', 'Đại hội đảng bộ, chi bộ có bao nhiêu nội dung?', 'noi-dung'],
  [
    'fact',
    'Đại hội chi bộ ngân hàng có được làm rình rang, phô trương hình thức không, yêu cầu thế nào?',
    'nguyen-tac',
  ],
  ['fact', 'Chỉ thị về đại hội của Bộ Chính trị tháng 6/2024 có mấy yêu cầu?', 'chi-thi-35'],
  [
    'fact',
    'Trước khi có thí điểm, Điều lệ Đảng quy định chi bộ đại hội mấy lần trong một nhiệm kỳ 5 năm?',
    'chi-bo-5-nam',
  ],
  ['fact', 'Hội nghị quán triệt các văn bản về đại hội ở cơ sở có được họp trực tuyến không?', 'chuan-bi'],
  ['fact', 'Chọn nhân sự cấp ủy khóa mới phải quán triệt nghị quyết nào của Trung ương khóa XII?', 'nhan-su'],
  [
    'fact',
    'Đại hội các đảng bộ, chi bộ cơ sở ở Hai Bà Trưng hướng tới đại hội đảng bộ quận lần thứ mấy?',
    'dai-hoi-quan',
  ],
  [
    'fact',
    'Ở Hai Bà Trưng, ngoài đảng bộ phường thì đảng bộ khối hành chính sự nghiệp có được chọn làm đại hội điểm không?',
    'dai-hoi-diem',
  ],
  ['fact', 'Báo cáo chính trị giữ vai trò gì trong văn kiện trình đại hội?', 'van-kien'],
  ['fact', 'Quy hoạch cán bộ có cần rà soát, bổ sung để phục vụ nhân sự đại hội không?', 'nhan-su'],
  ['fact', 'Bot có trả lời được thời gian đại hội của chi bộ cơ sở không?', 'lich-trinh'],

  // Lookalikes: the publishing house.
  [
    'lookalike',
    'Nhà xuất bản muốn in kỷ yếu đại hội đảng bộ xã thì phải xin giấy phép xuất bản ở đâu?',
    null,
  ],
  ['lookalike', 'Xin cấp mã ISBN cho cuốn lịch sử đảng bộ phường mất bao lâu?', null],
  [
    'lookalike',
    'Nhuận bút cho bài viết đăng trong kỷ yếu đại hội chi bộ được tính theo chữ hay theo trang?',
    null,
  ],
  ['lookalike', 'Đại hội Hội Nhà văn Việt Nam lần tới bầu chủ tịch hội vào lúc nào?', null],
  [
    'lookalike',
    'Ảnh phóng viên chụp ở đại hội đảng bộ, nhà xuất bản in vào sách có phải trả tiền bản quyền không?',
    null,
  ],
  [
    'lookalike',
    'Nghị quyết đại hội chi bộ in ra bị sai chính tả tên một đồng chí, đính chính thế nào cho đúng?',
    null,
  ],
  ['lookalike', 'Sách chính trị nhà xuất bản tôi in có phải nộp lưu chiểu trước khi phát hành không?', null],
  ['lookalike', 'Hội sách toàn quốc năm nay mỗi nhà xuất bản được thuê mấy gian hàng?', null],
  ['lookalike', 'Hội nghị tổng kết năm của nhà xuất bản nên làm trước hay sau Tết?', null],

  // Lookalikes: the bank.
  [
    'lookalike',
    'Chi bộ muốn mở tài khoản ngân hàng riêng để thu quỹ tổ chức đại hội thì cần những giấy tờ gì?',
    null,
  ],
  ['lookalike', 'Lãi suất gửi tiết kiệm kỳ hạn sáu tháng tại quầy hiện nay là bao nhiêu?', null],
  [
    'lookalike',
    'Giao dịch viên xin nghỉ phép đi dự đại hội đảng bộ cấp trên thì có bị trừ lương không?',
    null,
  ],
  ['lookalike', 'Thẻ ATM bị nuốt khi tôi đang rút tiền nộp quỹ đại hội chi bộ, làm sao lấy lại?', null],
  ['lookalike', 'Chuyển khoản nộp đảng phí mà mã OTP không về điện thoại thì phải làm sao?', null],
  [
    'lookalike',
    'Tiền mặt thu quỹ đại hội để chung trong két của chi nhánh có vi phạm quy định kho quỹ không?',
    null,
  ],
  ['lookalike', 'Khách mang tờ tiền polymer bị rách tới đổi, quầy có được nhận không?', null],
  [
    'lookalike',
    'Kỳ thi giao dịch viên giỏi toàn hệ thống có trùng ngày đại hội chi bộ chi nhánh không?',
    null,
  ],
  ['lookalike', 'Chi bộ phòng giao dịch nhập vào chi bộ hội sở thì bàn giao hồ sơ đảng viên thế nào?', null],
  ['lookalike', 'Đại hội thành viên quỹ tín dụng nhân dân của xã có bắt buộc thành viên đi dự không?', null],

  // Lookalikes: the Mekong commune.
  ['lookalike', 'Đò ngang sang trụ sở Đảng ủy xã mới chạy chuyến đầu lúc mấy giờ?', null],
  [
    'lookalike',
    'Năm nay mặn vào sớm, đảng ủy xã có chỉ đạo bà con trữ nước ngọt tưới sầu riêng không?',
    null,
  ],
  [
    'lookalike',
    'Đại hội đại biểu các dân tộc thiểu số của tỉnh năm nay có đoàn người Khmer của xã tôi không?',
    null,
  ],
  ['lookalike', 'Đua ghe ngo dịp lễ Ok Om Bok năm nay tổ chức ở khúc sông nào?', null],
  ['lookalike', 'Giá lúa tươi thương lái mua tại ruộng hôm nay bao nhiêu một ký?', null],
  ['lookalike', 'Ấp tôi nhập với ấp bên cạnh, trưởng ấp mới do dân bầu hay xã chỉ định?', null],
  ['lookalike', 'Hợp tác xã nuôi tôm của xã tổ chức đại hội thành viên thường niên thì ai chủ trì?', null],
  ['lookalike', 'Đảng ủy xã mới có tất cả bao nhiêu chi bộ ấp và bao nhiêu đảng viên?', null],
  ['lookalike', 'Lũ về làm sập cầu khỉ trong ấp, xã có hỗ trợ tiền làm lại cầu không?', null],
  ['lookalike', 'Đại hội Hội Khuyến học xã nhiệm kỳ mới cần chuẩn bị những gì?', null],
  ['lookalike', 'Chùa Khmer trong ấp tổ chức lễ dâng y Kathina có phải xin phép đảng ủy xã không?', null],
  ['lookalike', 'Hộ cận nghèo ở xã mới sáp nhập có được cấp thẻ bảo hiểm y tế miễn phí không?', null],
  ['lookalike', 'Đại hội Hội Chữ thập đỏ xã có phải bầu đoàn đại biểu đi dự đại hội cấp tỉnh không?', null],

  // Lookalikes: the Korean journalist, in English.
  [
    'lookalike',
    'Can you help me get press accreditation to cover a commune party congress in the Mekong Delta?',
    null,
  ],
  ['lookalike', 'How many foreign reporters were allowed into the 14th National Congress hall?', null],
  [
    'lookalike',
    "How does a Vietnamese party congress compare with the Workers' Party of Korea's congress in Pyongyang?",
    null,
  ],
  ['lookalike', 'Which people entered the new Politburo after the 14th Congress?', null],
  ['lookalike', 'Is there a Korean-language version of this bot?', null],
  [
    'lookalike',
    "Could you give me the phone number of the Party's external relations commission press office?",
    null,
  ],
  ['lookalike', "Did any party cell in a Samsung supplier's factory discuss wages at its congress?", null],
  [
    'lookalike',
    'My editor in Seoul wants a quote: what does the bot think of the new party leadership?',
    null,
  ],
  [
    'lookalike',
    'The Democratic Party of Korea holds a national convention to elect its leader; when is the next one?',
    null,
  ],
  ['lookalike', 'Am I allowed to fly a drone to film outside a ward party congress?', null],

  // Lookalikes: the bot itself.
  ['lookalike', 'Bot có đọc được ảnh chụp biên bản đại hội chi bộ mà tôi gửi lên không?', null],
  ['lookalike', 'Bot có soạn giúp tôi diễn văn khai mạc đại hội chi bộ không?', null],
  ['lookalike', 'Bot này có dùng được trên Zalo không hay chỉ trên Telegram?', null],
  ['lookalike', 'Câu hỏi tôi gửi cho bot có bị Ban Tổ chức đảng ủy đọc được không?', null],
  ['lookalike', 'Nếu bot trả lời sai về đại hội thì tôi góp ý với ai?', null],
  ['lookalike', 'Bot có nhớ câu tôi hỏi hôm qua về đại hội không?', null],
  ['lookalike', 'Bot tra giúp danh sách đảng viên của chi bộ tôi được không?', null],
  ['lookalike', 'Bot có trả lời được câu hỏi về Điều lệ Công đoàn Việt Nam không?', null],
  ['lookalike', 'Dùng bot này có mất phí không, có bị chèn quảng cáo không?', null],
  ['lookalike', 'Bot có trả lời bằng tiếng Khmer cho bà con trong ấp hỏi được không?', null],
  ['lookalike', 'Ai là người lập trình ra con bot hỏi đáp đại hội này vậy?', null],

  // Lookalikes: congress business the pack does not cover.
  [
    'lookalike',
    'Đảng viên dự bị có được giơ tay biểu quyết thông qua nghị quyết đại hội chi bộ không?',
    null,
  ],
  ['lookalike', 'Giấy mời dự đại hội chi bộ gửi qua email thay bản giấy có được không?', null],
  ['lookalike', 'Biên bản đại hội chi bộ phải lưu trữ tại văn phòng đảng ủy bao nhiêu năm?', null],
  [
    'lookalike',
    'Ghi âm phần thảo luận tại đại hội đảng bộ rồi đăng lên mạng xã hội có vi phạm gì không?',
    null,
  ],
  [
    'lookalike',
    'Đảng viên nằm viện đúng ngày đại hội thì tổ kiểm phiếu mang hòm phiếu phụ vào bệnh viện được không?',
    null,
  ],
  [
    'lookalike',
    'Chi bộ tôi muốn kết nạp quần chúng ưu tú ngay trong phiên bế mạc đại hội có được không?',
    null,
  ],
  ['lookalike', 'Phần mềm cơ sở dữ liệu đảng viên cập nhật kết quả đại hội chi bộ bằng cách nào?', null],

  // Lookalikes: the conference of 23/10/2024 and its people.
  ['lookalike', 'Hội nghị quán triệt hôm 23/10/2024 có phát tài liệu bản giấy cho đại biểu không?', null],
  [
    'lookalike',
    'Có video ghi hình hội nghị quán triệt ở Quận ủy Hai Bà Trưng hôm đó không, xem ở đâu?',
    null,
  ],
  ['lookalike', 'Hội nghị ngày 23/10/2024 kéo dài từ mấy giờ đến mấy giờ?', null],
  ['lookalike', 'Đồng chí Trần Quyết Thắng sau khi bỏ cấp quận thì nhận nhiệm vụ gì?', null],

  // Lookalikes: other senses of "đại hội" and "hội nghị".
  ['lookalike', 'Tại Đại hội đồng Liên Hợp Quốc năm nay Việt Nam phát biểu về vấn đề gì?', null],
  ['lookalike', 'Hội nghị Giơ-ne-vơ năm 1954 chia cắt Việt Nam ở vĩ tuyến nào?', null],
];

export const NEWSET85: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
