/**
 * The seventy-first new evaluation set (issue 11, point 6), written on 2026-12-04 from 03:46 UTC
 * (committed in the commit "Eval: newset71, the seventy-first unseen set") by a helper (set71) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before its `const items`) and its last line, the part of newset.ts before
 * `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under src/,
 * bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items were
 * read. Its users are imagined as the secretary of the party cell of a private kindergarten, a
 * member working in a tourism company who travels a lot and asks from airports and hotels, the
 * chairwoman of a ward women's union who is also a party member, a Korean exchange student who
 * writes in English, and a member who pastes long forwarded messages from Zalo groups before
 * asking; with the out-of-scope messages such users send (other organisations' congresses and
 * meetings: parents' meetings at a kindergarten, a primary school's Young Pioneer congress, a young
 * teachers' Youth Union congress, the ward Women's Union and Red Cross congresses, a tourism
 * association's congress, a community-tourism cooperative's members' meeting, the ethnic
 * minorities' congress, a university student union, Korea's Democratic Party convention, customer
 * and tourism promotion conferences, a teachers' software training; other senses of "đại hội" and
 * "hội nghị": a K-pop fan meeting, the heroes' gathering in a Kim Dung novel, an online game's
 * event, the 2019 US-North Korea summit, the 1986 Sixth Congress, the next Central plenum; other
 * party business the pack does not cover: moving a member's party activity between schools or
 * abroad, reporting travel abroad, missed cell meetings and removal, admission and its ceremony,
 * probation, dues and the dues account, gifts to old members, party money for a Mid-Autumn party,
 * a school's seal on the minutes, the attire at a congress, the cell's Zalo group picture, the
 * party member's handbook app; people in posts and the Politburo's size; phone numbers and
 * addresses of committees; money and prices (kindergarten fees, allowances, Women's Union dues and
 * loans, flights, parking, won to dong); local and state services (licences for a school, guest
 * registration at hotels, passports, invoices, visas, letters to deputies, vaccination); forwarded
 * chain messages (scam warnings, power cuts, photo contests, health myths, football); the bot
 * itself (PDF files, birthday reminders, who made it, what it keeps); weather, time zones,
 * translation and sightseeing).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset71.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, who attends a congress, age limits, committee sizes, the
 * money a congress may spend, which cells the five-yearly pilot covers, membership figures) were
 * left out, not guessed.
 * Engine changes reached main after its commit: b25bd3c (a second tier of the word prior where the
 * subject is named, none read when only some of a message asks) and a592e9e (absent phrases for
 * newset70's classes); its writer saw none of them. It was measured once, at 03:59 UTC on main
 * a592e9e (`node --expose-gc dist/bench/qa.js`, load 3.89): qa_new_top1 98.7 %, qa_new_oos_refused
 * 97.3 % (2 in-scope misses, 2 lookalikes answered; qa_p99_us 104.4 in that run, p50 33.6). Its
 * misses were listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number, at least three spellings each.
  [
    'doc',
    'Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị còn hiệu lực không, chi bộ trường mầm non tôi vẫn lưu bản in này trong tủ hồ sơ?',
    'doc:ct-35-2024',
  ],
  [
    'typo',
    'ct35 nam 2024 gio con dung duoc ko ad, truong mam non minh van treo tren bang tin',
    'doc:ct-35-2024',
  ],
  [
    'en',
    'Is Directive 35 from 2024 still valid? I am writing a term paper on party congresses in Vietnam.',
    'doc:ct-35-2024',
  ],
  [
    'doc',
    'Chỉ thị 35-CT/TW ngày 30/5/2019 là văn bản nào, có áp dụng cho đại hội chi bộ trường mầm non kỳ này không?',
    'doc:ct-35-2019',
  ],
  [
    'en',
    'Directive 35-CT/TW of 2019, the one toward the 13th Congress: what is it and does the bot use it?',
    'doc:ct-35-2019',
  ],
  ['typo', 'chi thi 35 nam 2019 huong toi dai hoi 13 la van ban gi', 'doc:ct-35-2019'],
  ['doc', 'Kết luận 118-KL/TW do cơ quan nào ban hành, tôi tra mãi không thấy?', 'doc:kl-118-2025'],
  ['typo', 'KL118 con hieu luc k hay bi thay roi', 'doc:kl-118-2025'],
  ['en', 'Conclusion 118: was it replaced, and by what?', 'doc:kl-118-2025'],
  ['doc', 'Bản Chỉ thị 45-CT/TW chị em vừa gửi qua Zalo thay thế những văn bản nào vậy?', 'doc:ct-45-2025'],
  [
    'offword',
    'Đang ngồi chờ chuyến bay ở sân bay Nội Bài, cho hỏi nhanh CT 45 của Bộ Chính trị nói về việc gì?',
    'doc:ct-45-2025',
  ],
  ['en', 'Sitting at Incheon airport: what does directive No. 45 of the Politburo cover?', 'doc:ct-45-2025'],
  ['doc', 'Kết luận số 200-KL/TW ngày 17/10/2025 đánh giá đại hội các cấp ra sao?', 'doc:kl-200-2025'],
  ['typo', 'kl 200 cua bo chinh tri va ban bi thu noi gi vay', 'doc:kl-200-2025'],
  [
    'en',
    'Conclusion 200-KL/TW came up in my Vietnamese politics class: who issued it and when?',
    'doc:kl-200-2025',
  ],
  [
    'doc',
    'Hướng dẫn 27-HD/BTCTW của Ban Tổ chức Trung ương, chi bộ mầm non có cần in ra để học không, hướng dẫn văn bản nào?',
    'doc:hd-27-2024',
  ],
  ['typo', 'HD27 cua BTCTW da co noi dung chi tiet trong bot chua', 'doc:hd-27-2024'],
  ['en', 'Guidance 27 of the Central Organisation Commission: what date does it bear?', 'doc:hd-27-2024'],
  [
    'doc',
    'Hội phụ nữ phường có cần biết Hướng dẫn số 18-HD/BTCTU ngày 01/10/2024 của Ban Tổ chức Thành ủy không, nó hướng dẫn những gì?',
    'doc:hd-18-2024',
  ],
  ['typo', 'HD 18 BTCTU la cua ai ban hanh the', 'doc:hd-18-2024'],
  ['en', 'Hanoi guidance 18-HD/BTCTU: what does it cover?', 'doc:hd-18-2024'],
  [
    'doc',
    'Đang chờ lên máy bay: Kế hoạch 258-KH/TU của Thành ủy Hà Nội ban hành ngày nào nhỉ?',
    'doc:kh-258-2024',
  ],
  ['typo', 'kh258 thanh uy co noi dung gi ko', 'doc:kh-258-2024'],
  [
    'en',
    'My textbook cites Plan 258 of the Hanoi Party Committee. What does the bot know about it?',
    'doc:kh-258-2024',
  ],
  [
    'doc',
    'Kế hoạch số 203-KH/QU của Quận ủy Hai Bà Trưng còn áp dụng không khi quận đã không còn?',
    'doc:kh-203-2024',
  ],
  ['typo', 'KH 203 QU nam 2024 ve to chuc dai hoi co so', 'doc:kh-203-2024'],
  ['en', 'Plan 203-KH/QU: what is it about?', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 của Trung ương nói về vấn đề gì?', 'doc:nq-26-2018'],
  ['typo', 'NQ26 TW khoa XII ban hanh ngay nao', 'doc:nq-26-2018'],
  ['en', 'Resolution 26 of the 12th Central Committee: what is its date?', 'doc:nq-26-2018'],
  ['doc', 'Quy định 89-QĐ/TW về tiêu chuẩn cán bộ bây giờ còn dùng không?', 'doc:qd-89-2017'],
  ['typo', 'qd89 bi thay chua vay', 'doc:qd-89-2017'],
  ['en', 'Regulation 89 on cadre standards: is it still in force?', 'doc:qd-89-2017'],
  [
    'doc',
    'Nhóm Zalo đang tranh cãi Quy định số 365-QĐ/TW ngày 30/8/2025 do cơ quan nào ban hành, bot xem giúp?',
    'doc:qd-365-2025',
  ],
  ['typo', 'QD 365 tieu chuan chuc danh can bo thay cho van ban nao', 'doc:qd-365-2025'],
  ['en', 'Regulation 365-QĐ/TW, details please: I am in a hotel lobby in Da Nang.', 'doc:qd-365-2025'],
  [
    'doc',
    'Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy về tiêu chí đánh giá cán bộ là văn bản thế nào?',
    'doc:qd-14-2023',
  ],
  ['typo', 'qd14 tu ngay 6/11/2023 con hieu luc ko', 'doc:qd-14-2023'],
  ['en', 'Regulation No. 14-QĐ/TU of the Hanoi Standing Board: what is it?', 'doc:qd-14-2023'],
  ['doc', 'Quy định 2656-QĐ/QU ngày 13/11/2023 nói về nội dung gì?', 'doc:qd-2656-2023'],
  ['typo', 'qđ 2656 quận ủy hai bà trưng tiêu chí gì', 'doc:qd-2656-2023'],
  ['en', 'Regulation 2656 of the district standing board: what does it set?', 'doc:qd-2656-2023'],
  ['doc', 'Quy định số 1216-QĐ/QU về quy hoạch cán bộ của Quận ủy ban hành năm nào?', 'doc:qd-1216-2022'],
  ['typo', 'QD1216 QU con hieu luc ko ad', 'doc:qd-1216-2022'],
  ['en', 'What is regulation 1216-QĐ/QU?', 'doc:qd-1216-2022'],
  [
    'doc',
    'Chi bộ trường mầm non hỏi Quy định 294-QĐ/TW có hiệu lực từ ngày nào để còn ghi vào nghị quyết?',
    'doc:qd-294-2025',
  ],
  ['typo', 'qd294 thi diem dai hoi chi bo la sao', 'doc:qd-294-2025'],
  [
    'en',
    'Regulation 294 on cell congresses: when did it take effect, my classmates disagree?',
    'doc:qd-294-2025',
  ],
  [
    'offword',
    '[Chuyển tiếp từ nhóm Zalo chi hội] "Kính gửi các chị, theo Quy định số 294-QĐ/TW thì từ nay chi bộ sẽ thay đổi cách tổ chức, đề nghị các chị đọc kỹ và chia sẻ cho mọi người cùng biết..." Quy định này là của ai, ngày nào?',
    'doc:qd-294-2025',
  ],
  ['doc', 'Hướng dẫn 26-HD/BTCTW ngày 18/10/2019 bây giờ còn dùng được không?', 'doc:hd-26-2019'],
  ['typo', 'hd 26 nam 2019 cua btctw la huong dan cho chi thi nao', 'doc:hd-26-2019'],
  ['en', 'Guidance 26-HD/BTCTW from 2019: which directive did it guide?', 'doc:hd-26-2019'],
  [
    'unit',
    'Chi bộ trường mầm non tư thục chúng tôi muốn xem lại Kế hoạch 203 của Quận ủy về đại hội chi bộ cơ sở, bot có không?',
    'doc:kh-203-2024',
  ],
  [
    'offword',
    'Check-out khách sạn xong đang đợi taxi, hỏi nhanh: Chỉ thị số 45 của Bộ Chính trị ngày nào?',
    'doc:ct-45-2025',
  ],

  // Documents the pack does not hold, by number.
  [
    'unknown-doc',
    'Quy định 232-QĐ/TW về công tác bầu cử trong Đảng chi bộ mầm non có dùng được từ bot không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Nghị quyết 57-NQ/TW về khoa học công nghệ nói gì về đại hội chi bộ?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 121-KL/TW về sắp xếp bộ máy, cho tôi xem tóm tắt', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 28-CT/TW của Ban Bí thư, chi bộ mầm non có phải học không?', 'unknown-doc'],
  [
    'unknown-doc',
    'Hướng dẫn 12-HD/BTCTW về hồ sơ nhân sự cấp ủy có trong nguồn của bot không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kế hoạch 311-KH/TU của Thành ủy về hội phụ nữ nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Quyết định 99-QĐ/TW ban hành khi nào?', 'unknown-doc'],
  [
    'unknown-doc',
    'Is Resolution 66-NQ/TW in your sources? I need it for a Korean-Vietnamese comparison.',
    'unknown-doc',
  ],
  ['unknown-doc', 'qd 24 tw huong dan thi hanh dieu le co trong bot ko', 'unknown-doc'],
  ['unknown-doc', 'Quy định 190-QĐ/TW có áp dụng cho đại hội không?', 'unknown-doc'],
  [
    'unknown-doc',
    'Hướng dẫn 06-HD/TW về một số vấn đề cụ thể thi hành Điều lệ Đảng, cho hỏi nội dung',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kết luận 127-KL/TW của Bộ Chính trị nói gì về chính quyền hai cấp?', 'unknown-doc'],
  [
    'unknown-doc',
    'Chỉ thị 05-CT/TW về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh có trong danh sách văn bản không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Directive 23-CT/TW: do you have it? My professor in Seoul mentioned it.', 'unknown-doc'],
  [
    'unknown-doc',
    '[Forward từ Zalo tổ dân phố] "Thực hiện Kế hoạch số 47-KH/ĐU của Đảng ủy phường, đề nghị các chi bộ hoàn thành báo cáo trước cuối tháng..." Kế hoạch này bot có không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Hướng dẫn 21-HD/BTCTU của Ban Tổ chức Thành ủy ngày nào?', 'unknown-doc'],

  // In scope, with everyday words around the question.
  ['offword', 'Các cháu vừa ngủ trưa, tranh thủ hỏi: đại hội chi bộ phải làm mấy nội dung?', 'noi-dung'],
  [
    'offword',
    'Đang xếp hàng làm thủ tục ở sân bay, cho hỏi báo cáo chính trị trình đại hội phải đánh giá những gì?',
    'van-kien',
  ],
  ['offword', 'Vừa đón con ở lớp mẫu giáo về, xin hỏi các tổ phục vụ đại hội gồm những tổ nào?', 'chuan-bi'],
  [
    'offword',
    'Tin chuyển tiếp từ nhóm Zalo chi bộ: "Các đồng chí lưu ý chuẩn bị cho đại hội, ai có ý kiến gì gửi về đồng chí bí thư trước thứ sáu, nhớ mang theo sổ và bút, ai vắng báo trước..." Vậy chi bộ cần làm những việc gì để chuẩn bị đại hội?',
    'chuan-bi',
  ],
  [
    'offword',
    'Wifi khách sạn yếu quá, gõ vội: nguyên tắc tập trung dân chủ khi tổ chức đại hội được nêu thế nào?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Vừa họp xong với chị em hội phụ nữ, tôi muốn hỏi báo cáo kiểm điểm của cấp ủy phải có tính chiến đấu nghĩa là sao?',
    'van-kien',
  ],
  [
    'offword',
    'Chuyển tiếp: "Sáng mai 7h30 tập trung tại hội trường, mặc áo trắng, mang theo nước uống, gửi xe ở cổng sau..." Nhân tiện cho hỏi Đại hội XIV của Đảng diễn ra từ ngày nào đến ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Mưa to quá không đi chợ được, ngồi nhà hỏi: chi bộ bây giờ 5 năm mới đại hội một lần phải không?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Tôi đang đứng ở quầy lễ tân một khách sạn ở Huế, cho hỏi đại hội điểm ở chi bộ trực thuộc làm trong tháng nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Chuẩn bị bữa trưa cho các bé xong rồi, giờ mới hỏi được: đại hội các cấp nhiệm kỳ 2025 - 2030 kết thúc chưa, kết quả ra sao?',
    'ket-qua',
  ],
  [
    'offword',
    'Máy bay vừa hạ cánh, mở máy thấy cả nhóm bàn chuyện quận bị bỏ: từ ngày nào thì không còn cấp huyện?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Ai đó gửi vào nhóm: "Văn bản về đại hội thay đổi liên tục, chị em cập nhật kẻo nhầm, đừng dùng bản cũ nữa nhé!!!" Vậy từ sau hội nghị tháng 10/2024 đến nay đã có những thay đổi gì?',
    'thay-doi',
  ],
  [
    'offword',
    'Hành lý thất lạc, đang ngồi chờ hãng tìm, hỏi tạm: lựa chọn nhân sự cấp ủy khóa mới phải theo những quy định nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Liên hoan 20/10 với chị em xong mới rảnh: báo cáo chính trị và báo cáo kiểm điểm khác nhau chỗ nào?',
    'van-kien',
  ],
  [
    'offword',
    'Cô hiệu trưởng nhờ tôi tra giúp trong giờ các cháu ăn chiều: đại hội chi bộ có phải bầu ban chấp hành và bầu đoàn đại biểu đi đại hội cấp trên không?',
    'noi-dung',
  ],

  // By kind of unit.
  [
    'unit',
    'Chi bộ trường mầm non tư thục của tôi trực thuộc đảng ủy phường, đại hội phải xong trong tháng mấy?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở thì bắt đầu đại hội từ tháng nào và hạn cuối là ngày nào?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở đại hội sau khi các chi bộ trực thuộc đã đại hội xong phải không, thời hạn thế nào?',
    'lich-trinh',
  ],
  ['unit', 'For a grassroots party committee, by when did the congress have to be finished?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở của công ty du lịch phải chọn mấy chi bộ trực thuộc để làm đại hội điểm?',
    'dai-hoi-diem',
  ],
  ['unit', 'Chi bộ cơ sở có thể được Ban Thường vụ Quận ủy chọn làm đại hội điểm không?', 'dai-hoi-diem'],
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở như chi bộ trường mầm non thì đại hội có những nội dung gì?',
    'noi-dung',
  ],
  ['unit', 'Đại hội của chi bộ cơ sở ở công ty du lịch thì cấp ủy trình những báo cáo gì?', 'van-kien'],
  [
    'unit',
    'Is it true that a grassroots party cell now holds its congress only once every five years?',
    'chi-bo-5-nam',
  ],
  [
    'unit',
    'Đảng bộ phường bắt đầu hoạt động từ 1/7/2025 thay cho đảng bộ quận đúng không?',
    'chinh-quyen-2-cap',
  ],
  ['unit', 'Đảng bộ cơ sở phải lập những tổ nào để phục vụ đại hội?', 'chuan-bi'],
  [
    'unit',
    'My aunt is in a party cell directly under a grassroots committee. When did its congress window open?',
    'lich-trinh',
  ],

  // Two-part questions.
  [
    'two-part',
    'Đại hội chi bộ mầm non gồm những nội dung gì, và cấp ủy trình đại hội những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ cơ sở đại hội hạn chót khi nào, và nhân sự cấp ủy mới chọn theo quy định nào?',
    'lich-trinh+nhan-su',
  ],
  [
    'two-part',
    'Đại hội XIV diễn ra khi nào, và kết quả đại hội đảng bộ các cấp ra sao?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'What principles must the congress follow, and how should a grassroots unit prepare for it?',
    'nguyen-tac+chuan-bi',
  ],
  [
    'two-part',
    'Chi bộ 5 năm đại hội một lần từ bao giờ, và chính quyền 2 cấp bắt đầu từ ngày nào?',
    'chi-bo-5-nam+chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'Đại hội điểm tổ chức thế nào, và Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII là đại hội gì?',
    'dai-hoi-diem+dai-hoi-quan',
  ],
  [
    'two-part',
    'Chỉ thị của Bộ Chính trị năm 2024 về đại hội gồm những phần nào, và từ đó đến nay đã thay đổi những gì?',
    'chi-thi-35+thay-doi',
  ],
  [
    'two-part',
    'Chị em trong nhóm Zalo hỏi nhau mãi "bây giờ nộp báo cáo gì lên, làm sao cho đúng?". Cho hỏi báo cáo chính trị cần những gì, và đại hội phải bảo đảm nguyên tắc nào?',
    'van-kien+nguyen-tac',
  ],
  [
    'two-part',
    'Bot dựa vào những văn bản nào về đại hội, và đại hội các cấp đã xong chưa?',
    'tai-lieu+ket-qua',
  ],
  [
    'two-part',
    'When did each kind of unit hold its congress, and what did every congress have to cover?',
    'lich-trinh+noi-dung',
  ],
  [
    'two-part',
    'Cần chuẩn bị những gì cho đại hội, và đại hội điểm của đảng bộ cơ sở làm lúc nào?',
    'chuan-bi+dai-hoi-diem',
  ],
  [
    'two-part',
    'Đại hội Đảng bộ quận lần thứ XXVII tổ chức theo kế hoạch nào, và Hà Nội bỏ cấp huyện từ khi nào?',
    'dai-hoi-quan+chinh-quyen-2-cap',
  ],

  // Typos, missing diacritics, abbreviations.
  ['typo', 'dh chi bo mam non phai lam may noi dung vay ad', 'noi-dung'],
  ['typo', 'bc chinh tri voi bc kiem diem khac nhau ntn a', 'van-kien'],
  ['typo', 'thoi han dh cbcs la truoc ngay nao vay', 'lich-trinh'],
  ['typo', 'đh điểm của ĐBCS chọn 1 chi bộ làm tháng 12/2024 à', 'dai-hoi-diem'],
  ['typo', 'nhan su cap uy khoa moi chon theo nhung qđ nao z', 'nhan-su'],
  ['typo', 'dhxiv cua dang to chuc tu ngay nao den ngay nao', 'dai-hoi-xiv'],
  ['typo', 'chinh quyen 2 cap van hanh tu bao gio the moi nguoi', 'chinh-quyen-2-cap'],
  ['typo', 'ket qua dh cac cap nk 2025-2030 the nao roi ad', 'ket-qua'],
  ['typo', 'nguyen tac tap trung dan chu khi to chuc dh chi bo la ntn ad', 'nguyen-tac'],
  ['typo', 'nhung thay doi sau hoi nghi 23/10/2024 la nhung gi', 'thay-doi'],
  ['typo', 'tong ket de an, chuyen de nk 2020-2025 truoc dh co bat buoc ko', 'chuan-bi'],
  ['typo', 'chi thi 35 nam 2024 gom may phan, may phu luc vay ad', 'doc:ct-35-2024'],
  ['typo', 'wen was the 14th party congres held, i forgot the dates', 'dai-hoi-xiv'],
  ['typo', 'chi bo 5 nam dh 1 lan la thi diem hay ap dung luon', 'chi-bo-5-nam'],

  // English.
  [
    'en',
    'I am a Korean exchange student. What are the four items of a Vietnamese party congress?',
    'noi-dung',
  ],
  [
    'en',
    'For my seminar paper: which reports does a party committee present to its congress, and which one is the central one?',
    'van-kien',
  ],
  ['en', 'What did the 2024 Politburo directive on party congresses contain?', 'chi-thi-35'],
  [
    'en',
    'Since that October 2024 conference in Hai Ba Trung, what has changed? I am updating my notes.',
    'thay-doi',
  ],
  ['en', 'Did the congresses for the 2025-2030 term finish successfully?', 'ket-qua'],
  ['en', 'What does two-level local government mean in Vietnam, and since when?', 'chinh-quyen-2-cap'],
  ['en', 'What was a pilot congress, and who chose the units that would hold one?', 'dai-hoi-diem'],
  [
    'en',
    'My professor asked: what principles must party committees follow when organising congresses?',
    'nguyen-tac',
  ],
  ['en', 'How were the members of a new party committee chosen, by which rules?', 'nhan-su'],
  [
    'en',
    'My host family mentioned the 27th congress of the Hai Ba Trung district party organisation. What is it?',
    'dai-hoi-quan',
  ],
  [
    'en',
    'Before I quote you in my paper: which documents does this bot rely on for the congresses?',
    'tai-lieu',
  ],
  ['en', 'How should a grassroots party organisation get ready for its congress?', 'chuan-bi'],

  // Facts the sources give.
  [
    'fact',
    'Hôm Đại hội đại biểu toàn quốc lần thứ XIV của Đảng bế mạc tôi đang đi tour, đó là ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'fact',
    'Chị em hội phụ nữ hỏi: Hà Nội có bao nhiêu đảng bộ cấp huyện kết thúc hoạt động khi bỏ cấp huyện?',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'Trước khi có thí điểm mới, Điều lệ Đảng cho chi bộ đại hội mấy lần trong 5 năm?', 'chi-bo-5-nam'],
  [
    'fact',
    'Cái chỉ thị về đại hội năm 2024 của Bộ Chính trị kèm mấy phụ lục, phụ lục nào nói về tuổi?',
    'chi-thi-35',
  ],
  [
    'fact',
    'Trong chỉ thị của Bộ Chính trị năm 2024 về đại hội có tất cả bao nhiêu yêu cầu, tóm tắt giúp?',
    'chi-thi-35',
  ],
  [
    'fact',
    'Ban Thường vụ Quận ủy chọn mấy đơn vị, thuộc loại nào, để đại hội điểm đầu quý I/2025?',
    'dai-hoi-diem',
  ],
  ['fact', 'Cơ quan nào kết luận về kết quả đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030?', 'ket-qua'],
  [
    'fact',
    'Chi bộ mầm non đang soạn văn kiện: trong hai báo cáo trình đại hội, bản nào là báo cáo trung tâm?',
    'van-kien',
  ],
  [
    'fact',
    'Hội nghị quán triệt văn bản đại hội ở tổ chức cơ sở đảng được tổ chức trực tiếp hay trực tuyến?',
    'chuan-bi',
  ],
  ['fact', 'Đại hội phải kiên quyết chống những gì, theo chỉ đạo của Quận ủy?', 'nguyen-tac'],
  [
    'fact',
    'Đại hội Đảng bộ quận Hai Bà Trưng nhiệm kỳ 2025 - 2030 được đánh số là lần thứ mấy vậy?',
    'dai-hoi-quan',
  ],
  [
    'fact',
    'Rà soát, bổ sung quy hoạch cán bộ cho nhân sự đại hội thì làm theo quy định nào của Ban Thường vụ Quận ủy?',
    'nhan-su',
  ],
  ['fact', 'Đại hội các cấp được đánh giá là đáp ứng yêu cầu của chỉ thị nào?', 'ket-qua'],
  ['fact', 'Đại hội chi bộ trực thuộc đảng ủy cơ sở bắt đầu từ tháng 01/2025 đúng không?', 'lich-trinh'],
  ['fact', 'Đại hội đảng bộ, chi bộ bầu Ban Chấp hành cho nhiệm kỳ nào?', 'noi-dung'],

  // Lookalikes: they read like congress questions, the pack does not answer them.
  [
    'lookalike',
    'Trường mầm non tư thục của chúng tôi sắp tổ chức hội nghị cha mẹ trẻ đầu năm học, biên bản hội nghị cần ghi những mục gì?',
    null,
  ],
  ['lookalike', 'Chi bộ trường mầm non muốn xin phép mở thêm cơ sở 2 cho trường thì nộp hồ sơ ở đâu?', null],
  ['lookalike', 'Đại hội liên đội ở trường tiểu học bên cạnh thường tổ chức vào tháng mấy?', null],
  ['lookalike', 'Học phí mầm non tư thục năm học 2025 - 2026 có bị khống chế mức trần không?', null],
  [
    'lookalike',
    'Chi bộ mầm non tổ chức Trung thu cho các cháu, có được lấy kinh phí từ đảng phí để mua bánh kẹo không?',
    null,
  ],
  ['lookalike', 'Hội thi giáo viên dạy giỏi cấp phường năm nay có phần thi kiến thức chính trị không?', null],
  ['lookalike', 'Lịch tiêm chủng mở rộng cho trẻ 2 tuổi ở trạm y tế phường là thứ mấy hằng tuần?', null],
  [
    'lookalike',
    'Cô giáo là đảng viên chuyển từ trường công sang trường tư thì chuyển sinh hoạt đảng thế nào, mất bao lâu?',
    null,
  ],
  ['lookalike', 'Đại hội chi đoàn giáo viên trẻ của trường mầm non cần chuẩn bị mấy bản báo cáo?', null],
  ['lookalike', 'Hội nghị tập huấn phần mềm quản lý trẻ mầm non của phòng giáo dục học ở đâu?', null],
  ['lookalike', 'Biên bản đại hội chi bộ trường mầm non có được đóng con dấu của nhà trường không?', null],
  [
    'lookalike',
    'Công ty du lịch tôi tổ chức hội nghị khách hàng cho đoàn nước ngoài ở Phú Quốc, có phải xin phép tổ chức hội nghị quốc tế không?',
    null,
  ],
  ['lookalike', 'Đang ở sân bay Tân Sơn Nhất, chuyến bay chậm 3 tiếng, hãng có phải bồi thường không?', null],
  [
    'lookalike',
    'Đảng viên đi công tác nước ngoài có phải báo cáo chi bộ trước khi xuất cảnh không, mẫu đơn thế nào?',
    null,
  ],
  [
    'lookalike',
    'Khách sạn ở Đà Nẵng hỏi tôi có cần khai báo lưu trú cho cả đoàn khách không, làm trên ứng dụng nào?',
    null,
  ],
  ['lookalike', 'Hội nghị xúc tiến du lịch của tỉnh Quảng Ninh năm nay tổ chức ở đâu, ngày nào?', null],
  [
    'lookalike',
    'Tôi đi tour liên tục nên vắng sinh hoạt chi bộ 3 tháng liền, có bị xóa tên khỏi danh sách đảng viên không?',
    null,
  ],
  ['lookalike', 'Đại hội Hiệp hội Du lịch Việt Nam nhiệm kỳ mới đã bầu ai làm chủ tịch?', null],
  ['lookalike', 'Vé máy bay Hà Nội đi Seoul dịp Tết năm nay khoảng bao nhiêu tiền?', null],
  ['lookalike', 'Đoàn khách muốn vào viếng Lăng Bác thì có cần đăng ký trước không, mở cửa mấy giờ?', null],
  [
    'lookalike',
    'Hộ chiếu sắp hết hạn khi tôi đang công tác ở Bangkok, xin cấp lại ở đại sứ quán mất bao lâu?',
    null,
  ],
  [
    'lookalike',
    'Khách sạn xuất hóa đơn cho buổi hội nghị của công ty thì ghi tên đơn vị và mã số thuế thế nào?',
    null,
  ],
  ['lookalike', 'Phí gửi ô tô qua đêm ở sân bay Nội Bài hiện nay là bao nhiêu?', null],
  ['lookalike', 'Thời tiết Sa Pa cuối tuần này có mưa không, đoàn khách sắp lên?', null],
  ['lookalike', 'Hội nghị thượng đỉnh Mỹ - Triều ở Hà Nội năm 2019 diễn ra ở khách sạn nào?', null],
  [
    'lookalike',
    'Đại hội Hội Liên hiệp Phụ nữ phường nhiệm kỳ tới tổ chức khi nào, có phải ngay sau đại hội đảng bộ không?',
    null,
  ],
  [
    'lookalike',
    'Hội viên phụ nữ vay vốn ngân hàng chính sách qua tổ tiết kiệm và vay vốn thì lãi suất bao nhiêu?',
    null,
  ],
  ['lookalike', 'Chi hội phụ nữ tổ dân phố thu hội phí mỗi năm bao nhiêu một người?', null],
  ['lookalike', 'Chương trình kỷ niệm 8/3 của phụ nữ phường nên có những tiết mục văn nghệ gì?', null],
  ['lookalike', 'Bình xét gia đình văn hóa cuối năm ở tổ dân phố dựa vào những tiêu chí nào?', null],
  [
    'lookalike',
    'Chủ tịch hội phụ nữ phường là cấp ủy viên thì có được hưởng phụ cấp kiêm nhiệm không, mức bao nhiêu?',
    null,
  ],
  [
    'lookalike',
    'Hội nghị tổng kết cuộc vận động xây dựng gia đình 5 không 3 sạch cần báo cáo những chỉ tiêu nào?',
    null,
  ],
  ['lookalike', 'Phụ nữ bị bạo lực gia đình thì gọi đường dây nóng số nào?', null],
  [
    'lookalike',
    'Mặt trận phường đang vận động ủng hộ đồng bào vùng lũ, chuyển khoản vào tài khoản nào?',
    null,
  ],
  [
    'lookalike',
    'Hội phụ nữ giới thiệu hội viên ưu tú để chi bộ xem xét kết nạp Đảng thì hồ sơ gồm những gì?',
    null,
  ],
  [
    'lookalike',
    'Đại hội Hội Chữ thập đỏ phường khóa mới được bầu bao nhiêu ủy viên ban chấp hành, ai làm chủ tịch?',
    null,
  ],
  ['lookalike', 'My exchange semester got longer: how do I extend my student visa in Hanoi?', null],
  [
    'lookalike',
    'Our university student union is holding its congress next week. Can foreign students vote?',
    null,
  ],
  ['lookalike', 'How are elections to the National Assembly in Vietnam different from those in Korea?', null],
  ['lookalike', 'Is there a K-pop fan meeting in Hanoi this month? My friend called it a "đại hội".', null],
  ['lookalike', 'Who is the General Secretary of the Communist Party of Vietnam right now?', null],
  [
    'lookalike',
    'Can I interview a party cell secretary for my thesis, and whom should I ask for permission?',
    null,
  ],
  ['lookalike', 'What happens at a national convention of the Democratic Party of Korea?', null],
  ['lookalike', 'How many members does the Politburo have after the 14th Congress?', null],
  ['lookalike', 'Is the Ho Chi Minh Mausoleum open on Mondays?', null],
  ['lookalike', 'How do you say "party cell congress" in Korean?', null],
  ['lookalike', 'What is the time difference between Seoul and Hanoi?', null],
  [
    'lookalike',
    '[Chuyển tiếp] CẢNH BÁO: có đối tượng giả danh cán bộ Ban Tổ chức gọi điện yêu cầu đảng viên chuyển tiền để "hoàn thiện hồ sơ đại hội". Mọi người cẩn thận, chia sẻ ngay!!! Cho hỏi số điện thoại Ban Tổ chức Thành ủy để gọi xác minh?',
    null,
  ],
  [
    'lookalike',
    'Forward từ nhóm Zalo tổ dân phố: "Thông báo lịch cắt điện khu vực phường Bạch Mai ngày thứ bảy từ 7h đến 17h để bảo dưỡng lưới điện..." Vậy buổi họp chi bộ hôm đó có phải hoãn không?',
    null,
  ],
  [
    'lookalike',
    'Tin chuyển tiếp: "Từ tháng tới lương cơ sở tăng, đảng phí của mỗi đảng viên cũng tăng theo, ai chưa đóng thì đóng bù..." Mức đảng phí mới là bao nhiêu?',
    null,
  ],
  [
    'lookalike',
    'Chuyển tiếp: "Bình chọn cho bé Na lớp Mầm 3 trong cuộc thi ảnh Bé yêu của trường, bấm vào đường link và thả tim nhé..." Bình chọn thế nào ạ?',
    null,
  ],
  [
    'lookalike',
    'Forward: "Lịch tiếp công dân của Bí thư Đảng ủy phường tháng này vào sáng thứ năm tuần thứ hai..." Vậy trụ sở Đảng ủy phường mới nằm ở địa chỉ nào?',
    null,
  ],
  [
    'lookalike',
    'Tin nhắn chuyển tiếp: "Văn phòng Đảng ủy đề nghị đảng viên cập nhật thông tin trên ứng dụng Sổ tay đảng viên trước cuối tháng..." Quên mật khẩu ứng dụng đó thì lấy lại thế nào?',
    null,
  ],
  [
    'lookalike',
    'Chia sẻ từ nhóm: "Uống nước chanh ấm mỗi sáng sẽ chữa khỏi gan nhiễm mỡ, bác sĩ khuyên nên chia sẻ cho người thân..." Có thật không?',
    null,
  ],
  [
    'lookalike',
    'Forward: "Tối nay 20h trực tiếp trận bóng U23 Việt Nam, cả nhóm hẹn nhau ở quán cà phê đầu ngõ..." Xem trên kênh nào?',
    null,
  ],
  [
    'lookalike',
    'Đại hội thành viên hợp tác xã dịch vụ du lịch cộng đồng cần bao nhiêu thành viên dự thì hợp lệ?',
    null,
  ],
  ['lookalike', 'Tin Zalo nói sắp có hội nghị Trung ương, lần này sẽ bàn những vấn đề gì?', null],
  ['lookalike', 'Đại hội đại biểu các dân tộc thiểu số của tỉnh tổ chức mấy năm một lần?', null],
  [
    'lookalike',
    'Lễ kết nạp đảng viên mới cho cô giáo trong trường cần chuẩn bị cờ, ảnh Bác và lời tuyên thệ ra sao?',
    null,
  ],
  [
    'lookalike',
    'Đảng viên dự bị chuyển sang công ty khác làm việc thì thời gian dự bị có bị tính lại không?',
    null,
  ],
  [
    'lookalike',
    'Chi bộ muốn tặng quà cho đảng viên cao tuổi nhân ngày 3/2 thì được chi tối đa bao nhiêu?',
    null,
  ],
  ['lookalike', 'Đảng viên nữ đi dự đại hội chi bộ nên mặc áo dài màu gì cho đúng nghi thức?', null],
  ['lookalike', 'Bot này có đọc được file PDF biên bản đại hội tôi gửi lên không?', null],
  ['lookalike', 'Bot có nhắc được sinh nhật các đảng viên trong chi bộ không?', null],
  ['lookalike', 'Ai làm ra bot này, tin nhắn tôi hỏi có bị lưu lại không?', null],
  ['lookalike', 'Đại hội Đảng lần thứ VI năm 1986 đề ra đường lối gì?', null],
  ['lookalike', 'Trong truyện Kim Dung, đại hội anh hùng ở chùa Thiếu Lâm bầu ai làm minh chủ võ lâm?', null],
  ['lookalike', 'Sự kiện đại hội võ lâm trong game Võ Lâm Truyền Kỳ tối nay mở lúc mấy giờ?', null],
  ['lookalike', 'Ảnh đại diện của nhóm Zalo chi bộ nên để hình cờ Đảng hay ảnh tập thể đảng viên?', null],
  ['lookalike', 'Con tôi đi du học Hàn Quốc mấy năm, là đảng viên thì sinh hoạt đảng tạm thời ở đâu?', null],
  ['lookalike', 'Số tài khoản để đóng đảng phí qua ngân hàng của đảng ủy phường là gì?', null],
  ['lookalike', 'Muốn gửi thư góp ý cho đại biểu Quốc hội của phường thì gửi về địa chỉ nào?', null],
  ['lookalike', 'Tổng Bí thư có về dự đại hội đảng bộ phường tôi không, nếu có thì vào ngày nào?', null],
  ['lookalike', 'Cho xin số điện thoại của đồng chí bí thư đảng ủy phường Bạch Mai.', null],
  ['lookalike', 'Đổi 1 triệu won ra tiền Việt hôm nay được bao nhiêu?', null],
];

export const NEWSET71: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
