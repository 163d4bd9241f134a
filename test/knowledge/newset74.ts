/**
 * The seventy-fourth new evaluation set (issue 11, point 6), written on 2026-12-04 from 03:46 UTC
 * (committed in the commit "Eval: newset74, the seventy-fourth unseen set") by a helper (set74)
 * that never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines up to `const items`) and its last line, the part of newset.ts before
 * `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under src/,
 * bench/ or config/, no README, no git diff or show, and no other set's or pool's items
 * (newset71–newset73, written at the same time, included) were read. Its users are imagined as the
 * secretary of the party cell of a neighbourhood (tổ dân phố) in a former district that was merged
 * into a new ward, a member at a logistics company in a port, a member of a commune party
 * committee's organisation board after 1/7/2025, a French volunteer who writes in English with
 * French words, and a member who asks many questions in one message; with the out-of-scope
 * messages such users send (other organisations' congresses and meetings: apartment-building
 * residents' conferences, neighbourhood-group leader elections and poor-household reviews, a
 * pupils' parents' association, the Red Cross, the former youth volunteers', the blind people's and
 * farmers' associations, the Vietnam Maritime Trade Union, the Vietnam Logistics Business
 * Association and the FIATA world congress, an NGO's general assembly, a university Youth
 * Federation, a Vietnam–France friendship association, the Lao People's Revolutionary Party and the
 * French Communist Party's congresses, a clan's gathering, the UN General Assembly, a school's
 * Young Pioneers; other senses of "đại hội" and "hội nghị": a martial-arts novel, investment
 * promotion conferences, the Paris Peace Accords, French words for "congrès"; other party business
 * the pack does not cover: residence-based members' yearly appraisal, lost party cards, the members'
 * database software, probationary members, helping candidates, reprimands, reporting a trip abroad,
 * meeting over Zalo, inspection of cell finances, the board's staffing, a cell's renaming, the next
 * Central Committee plenum and city committee meetings, the National Assembly election and its
 * session, voters' meetings; people, phone numbers and addresses (a former cell secretary, a new
 * ward secretary, the former district committee's building, the new commune's seat); money
 * (neighbourhood funds, Tết gifts, sponsorship of a congress yearbook, a celebration concert's
 * tickets, post-congress parties, container storage fees); port work (ship schedules, forklift
 * certificates, dangerous-goods labels, bonded warehouses, a shipping line's meeting room, a
 * football tournament); government services after the merger (household-business papers, the ward
 * loudspeaker); the volunteer's own needs (post office, SIM card, translation); the bot itself
 * and Telegram help; several such questions in one message).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset74.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, which cells the five-yearly pilot covers, whether a new
 * commune's congress followed the old district timeline, committee sizes, age limits, money a
 * congress may spend) were left out, not guessed.
 * Engine changes reached main after its commit: b25bd3c (a second tier of the word prior where the
 * subject is named), f74f9a6, 452d978 and a813ab4 (the word prior relearned with newset71 to
 * newset73), e5714ab and 6a4ebe8 (our congress after 'sau', 'trước', 'như' only dates or measures
 * another's), 8f8c58f (an association named by its capitals holds the congress, an English clause
 * pointing back) and the absent phrases of a592e9e, e5714ab, 6a4ebe8 and 8f8c58f; its writer saw
 * none of them. It was measured once, at 04:10 UTC on main 8f8c58f (`node --expose-gc
 * dist/bench/qa.js`, load 8.92): qa_new_top1 100.0 %, qa_new_oos_refused 95.8 % (0 in-scope misses,
 * 3 lookalikes answered; qa_p99_us 143.6 in that run, p50 36.3). Its misses were listed after that
 * run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  [
    'doc',
    'Chi bộ tổ dân phố chúng tôi (quận cũ đã nhập vào phường mới) vẫn giữ bản photo Chỉ thị 35-CT/TW năm 2024, giờ văn bản đó còn hiệu lực không?',
    'doc:ct-35-2024',
  ],
  [
    'doc',
    'CT35 năm 2024 của Bộ Chính trị bị thay bằng văn bản nào rồi, để chi bộ khu phố khỏi dùng nhầm?',
    'doc:ct-35-2024',
  ],
  [
    'doc',
    "Is directive 35 from 2024 still the one our port company's party cell should follow, or is it outdated?",
    'doc:ct-35-2024',
  ],
  [
    'doc',
    'Trong tủ hồ sơ chi bộ còn sót Chỉ thị 35-CT/TW ngày 30/5/2019, văn bản này thuộc nhiệm kỳ nào?',
    'doc:ct-35-2019',
  ],
  [
    'doc',
    'CT 35 năm 2019 hướng tới Đại hội mấy của Đảng, có còn dùng cho nhiệm kỳ này không?',
    'doc:ct-35-2019',
  ],
  ['doc', 'The 2019 directive no. 35 on congresses: does the bot still use its rules?', 'doc:ct-35-2019'],
  [
    'doc',
    'Kết luận 118-KL/TW điều chỉnh những gì trong chỉ thị về đại hội, bây giờ còn giá trị không?',
    'doc:kl-118-2025',
  ],
  ['doc', 'KL 118 ai ký ban hành vậy ạ, ban tổ chức xã cần ghi vào tờ trình', 'doc:kl-118-2025'],
  ['doc', 'Conclusion 118 de janvier 2025 — is it still valid today?', 'doc:kl-118-2025'],
  [
    'doc',
    'Ban tổ chức Đảng ủy xã mới cần ghi cho đúng: Chỉ thị 45-CT/TW ban hành ngày nào, cơ quan nào ban hành?',
    'doc:ct-45-2025',
  ],
  ['doc', 'CT 45 thay thế những văn bản nào, anh em kho vận hỏi mãi', 'doc:ct-45-2025'],
  ['doc', 'What did directive 45 replace, and who issued it?', 'doc:ct-45-2025'],
  ['doc', 'Kết luận 200-KL/TW nói gì về kết quả đại hội các cấp nhiệm kỳ vừa rồi?', 'doc:kl-200-2025'],
  ['doc', 'kl200 của Bộ Chính trị và Ban Bí thư ra ngày nào vậy', 'doc:kl-200-2025'],
  ['doc', 'Conclusion no. 200: who issued it and on what date?', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW có nội dung chi tiết thế nào, xã có bản gốc không?', 'doc:hd-27-2024'],
  ['doc', 'HD 27 của Ban Tổ chức Trung ương ban hành ngày tháng năm nào?', 'doc:hd-27-2024'],
  [
    'doc',
    'Where does guidance 27 of the Central Organisation Commission come from, and what is its status?',
    'doc:hd-27-2024',
  ],
  ['doc', 'Hướng dẫn 18-HD/BTCTU của Ban Tổ chức Thành ủy hướng dẫn về những nội dung gì?', 'doc:hd-18-2024'],
  ['doc', 'hd18 btctu con hieu luc khong hay da het', 'doc:hd-18-2024'],
  ['doc', 'Guidance 18 of the Hà Nội organisation board — what was it about?', 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch 258-KH/TU của Thành ủy Hà Nội ban hành khi nào?', 'doc:kh-258-2024'],
  ['doc', 'KH 258 nói gì, chi bộ ở cảng ngoài Hà Nội có cần đọc không?', 'doc:kh-258-2024'],
  ['doc', 'plan 258 of the Hà Nội city committee, what is its status now?', 'doc:kh-258-2024'],
  [
    'doc',
    'Kế hoạch 203-KH/QU của Quận ủy Hai Bà Trưng giờ còn áp dụng không khi quận không còn nữa?',
    'doc:kh-203-2024',
  ],
  ['doc', 'kh203 quan uy hai ba trung ten day du la gi', 'doc:kh-203-2024'],
  ['doc', 'Plan no. 203 of the district committee: what is its full title?', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 là của Ban Chấp hành Trung ương khóa mấy?', 'doc:nq-26-2018'],
  ['doc', 'NQ 26 năm 2018 liên quan gì đến việc chọn nhân sự cấp ủy khóa mới?', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26 of May 2018 — tell me what the bot knows about it.', 'doc:nq-26-2018'],
  [
    'doc',
    'Quy định 89-QĐ/TW về tiêu chuẩn cán bộ chi bộ khu phố còn dùng để xét nhân sự được không?',
    'doc:qd-89-2017',
  ],
  ['doc', 'QĐ 89 năm 2017 đã bị thay chưa, thay bằng quy định nào?', 'doc:qd-89-2017'],
  ['doc', 'Is regulation 89 on cadre standards superseded now?', 'doc:qd-89-2017'],
  ['doc', 'Quy định 365-QĐ/TW ngày ban hành là ngày nào, do ai ban hành?', 'doc:qd-365-2025'],
  ['doc', 'qđ365 thay cho quy định nào về tiêu chuẩn cán bộ', 'doc:qd-365-2025'],
  ['doc', 'regulation 365 on standards for cadre positions: date and issuer please', 'doc:qd-365-2025'],
  [
    'doc',
    'Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy về tiêu chí đánh giá cán bộ hiện ra sao?',
    'doc:qd-14-2023',
  ],
  ['doc', 'QĐ 14 của Thành ủy Hà Nội ban hành năm nào, ai ký?', 'doc:qd-14-2023'],
  [
    'doc',
    'Regulation 14-QĐ/TU: what does the bot record about its status after the merger?',
    'doc:qd-14-2023',
  ],
  ['doc', 'Quy định 2656-QĐ/QU của Ban Thường vụ Quận ủy nói về vấn đề gì?', 'doc:qd-2656-2023'],
  ['doc', 'QĐ 2656 của quận ủy cũ còn áp dụng cho phường mới không?', 'doc:qd-2656-2023'],
  ['doc', 'regulation 2656 of the district standing board, which date was it issued?', 'doc:qd-2656-2023'],
  [
    'doc',
    'Quy định 1216-QĐ/QU về quy hoạch cán bộ mà quận ủy cũ ban hành, ngày nào và giờ tình trạng ra sao?',
    'doc:qd-1216-2022',
  ],
  ['doc', 'qd 1216 quy hoach can bo cua quan uy la van ban gi', 'doc:qd-1216-2022'],
  ['doc', 'What is regulation 1216 about, and who issued it?', 'doc:qd-1216-2022'],
  [
    'doc',
    'Quy định 294-QĐ/TW có hiệu lực từ bao giờ vậy, ban tổ chức xã cần ghi vào sổ theo dõi',
    'doc:qd-294-2025',
  ],
  ['doc', 'QĐ 294 thí điểm nội dung gì vậy các đồng chí?', 'doc:qd-294-2025'],
  ['doc', "Regulation 294, qui l'a signé et depuis quand?", 'doc:qd-294-2025'],
  ['doc', 'Hướng dẫn 26-HD/BTCTW năm 2019 bot có dùng để trả lời không?', 'doc:hd-26-2019'],
  ['doc', 'HD 26 năm 2019 hướng dẫn cho chỉ thị nào?', 'doc:hd-26-2019'],
  ['doc', 'guidance 26 of October 2019 — which term was it written for?', 'doc:hd-26-2019'],
  ['typo', 'Chỉ thi 45 CT TW ban hanh ngay nao vay', 'doc:ct-45-2025'],
  ['typo', 'nghi quyet so 26 cua BCH TW khoa XII ve can bo', 'doc:nq-26-2018'],
  ['unknown-doc', 'Quy định 24-QĐ/TW về thi hành Điều lệ Đảng bot có không?', 'unknown-doc'],
  [
    'unknown-doc',
    'Ban tổ chức xã đang cần Hướng dẫn 12-HD/BTCTW về nghiệp vụ công tác đảng viên, bot có bản đó không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Kết luận 137-KL/TW về sắp xếp tổ chức bộ máy có trong nguồn của bot không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Chi bộ cảng được giao học Nghị quyết 59-NQ/TW về hội nhập quốc tế, bot có văn bản này chứ?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kế hoạch 47-KH/TU của Thành ủy về sắp xếp đảng bộ phường nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 06-HD/TW về một số vấn đề cụ thể thi hành Điều lệ Đảng', 'unknown-doc'],
  ['unknown-doc', 'Công văn 4523-CV/BTCTU gửi các đảng ủy xã tháng 7 có nội dung gì?', 'unknown-doc'],
  ['unknown-doc', 'Quyết định 190-QĐ/TW về thành lập đảng bộ xã mới ban hành ngày nào?', 'unknown-doc'],
  [
    'unknown-doc',
    'Quy định 232-QĐ/TW thi hành Điều lệ Đảng có thay đổi gì về đại hội chi bộ?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kết luận 126-KL/TW bot tra giúp ngày ban hành với', 'unknown-doc'],
  ['unknown-doc', 'Regulation 296-QĐ/TW on party inspection work — do you hold it?', 'unknown-doc'],
  ['unknown-doc', "Is Directive 41-CT/TW in the bot's sources?", 'unknown-doc'],
  [
    'unknown-doc',
    'Hướng dẫn 33-HD/BTCTW về công tác nhân sự có trong danh sách văn bản không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kế hoạch 09-KH/ĐU của Đảng ủy xã về tổ chức đại hội chi bộ thôn', 'unknown-doc'],
  ['unknown-doc', "Le plan 112-KH/TU, vous l'avez dans vos sources ?", 'unknown-doc'],
  [
    'offword',
    'Sáng nay đi chợ mua rau xong mới nhớ chưa hỏi: đại hội chi bộ phải có mấy nội dung?',
    'noi-dung',
  ],
  [
    'offword',
    'Xe container kẹt ở cổng cảng cả buổi, tranh thủ hỏi: báo cáo kiểm điểm của cấp ủy phải viết theo tinh thần nào?',
    'van-kien',
  ],
  [
    'offword',
    'Trời mưa to ngập cả đường vào khu tập thể, nhưng chi bộ vẫn phải lo: chuẩn bị đại hội cần lập những tổ nào?',
    'chuan-bi',
  ],
  [
    'offword',
    'Nhà đang sửa bếp, tôi tranh thủ hỏi: theo thí điểm thì chi bộ bao nhiêu năm mới đại hội một lần?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Con gái tôi sắp thi đại học, còn tôi muốn biết Đại hội toàn quốc lần thứ XIV họp từ ngày nào đến ngày nào',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Ca đêm ở kho bãi buồn ngủ quá, hỏi chút: đại hội các cấp nhiệm kỳ 2025-2030 đã kết thúc hết chưa?',
    'ket-qua',
  ],
  [
    'offword',
    'Uống cà phê với anh em tổ dân phố, cãi nhau mãi: từ tháng 7/2025 còn quận ủy nữa không?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Tôi vừa đi khám răng về, hỏi luôn: đại hội điểm ở các chi bộ trực thuộc làm vào tháng nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Giá cước tàu biển lại tăng, thôi kệ; Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII được chuẩn bị theo kế hoạch nào?',
    'dai-hoi-quan',
  ],
  [
    'offword',
    'Mất điện cả khu phố từ trưa, tôi ngồi đọc lại tài liệu: báo cáo chính trị của chi bộ có vai trò gì?',
    'van-kien',
  ],
  [
    'offword',
    'Đang nấu cơm cho cháu, hỏi nhanh: chọn nhân sự cấp ủy khóa mới phải theo những tiêu chuẩn, quy định nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Hôm qua đi đám cưới thằng em về mệt quá; đại hội phải chống lãng phí, không phô trương hình thức ra sao?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Wifi văn phòng cảng chập chờn quá; đại hội điểm cấp quận chọn những loại đảng bộ, chi bộ nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Vừa dắt chó đi dạo quanh hồ về: hội nghị quán triệt văn bản đại hội có được họp trực tuyến không?',
    'chuan-bi',
  ],
  [
    'two-part',
    'Chi bộ khu phố sắp họp bàn: đại hội chi bộ có mấy nội dung, và cấp ủy phải trình những báo cáo nào trước đại hội?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ tổ dân phố đại hội khi nào phải xong, và cần lập những tổ giúp việc nào cho đại hội?',
    'lich-trinh+chuan-bi',
  ],
  [
    'two-part',
    'Đại hội XIV họp vào những ngày nào, và kết quả đại hội các cấp nhiệm kỳ 2025 - 2030 ra sao?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Bỏ cấp huyện từ bao giờ, và chi bộ bây giờ bao nhiêu năm đại hội một lần?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Chọn nhân sự cấp ủy khóa mới dựa vào đâu, và tổ chức đại hội phải theo nguyên tắc gì?',
    'nhan-su+nguyen-tac',
  ],
  [
    'two-part',
    'Đại hội điểm làm lúc nào, rồi các chi bộ trực thuộc đại hội đại trà trong khoảng thời gian nào?',
    'dai-hoi-diem+lich-trinh',
  ],
  [
    'two-part',
    'What are the two reports a committee submits to the congress, and what principles govern holding it?',
    'van-kien+nguyen-tac',
  ],
  [
    'two-part',
    'Chỉ thị về đại hội của Bộ Chính trị năm 2024 gồm mấy phần, mấy phụ lục; và từ hội nghị tháng 10/2024 đến nay có những thay đổi gì?',
    'chi-thi-35+thay-doi',
  ],
  [
    'two-part',
    'Hội nghị quán triệt phải tổ chức trực tiếp hay trực tuyến, và báo cáo chính trị cần đánh giá những gì?',
    'chuan-bi+van-kien',
  ],
  [
    'two-part',
    'Since when has there been no district level, and when was the 14th National Congress held?',
    'chinh-quyen-2-cap+dai-hoi-xiv',
  ],
  [
    'two-part',
    'Cho tôi hỏi một lúc mấy việc: đại hội đảng bộ cơ sở phải xong trước ngày nào? còn nhân sự cấp ủy thì chọn theo tiêu chuẩn nào?',
    'lich-trinh+nhan-su',
  ],
  [
    'two-part',
    'Đại hội các cấp đã xong chưa, và từ sau hội nghị quán triệt ngày 23/10/2024 đến giờ đã thay đổi những gì?',
    'ket-qua+thay-doi',
  ],
  [
    'two-part',
    'Bot dựa vào những văn bản nào về đại hội, và Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII được chuẩn bị ra sao?',
    'tai-lieu+dai-hoi-quan',
  ],
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở của công ty logistics bắt đầu đại hội từ tháng mấy?',
    'lich-trinh',
  ],
  [
    'unit',
    'Chi bộ cơ sở khu phố chúng tôi (trước thuộc quận, nay thuộc phường mới) phải xong đại hội trước ngày nào theo kế hoạch?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng bộ cơ sở tổ chức đại hội đảng viên hay đại hội đại biểu sau khi các chi bộ trực thuộc xong thì làm vào thời gian nào?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng bộ cơ sở ở cảng có phải chọn một chi bộ trực thuộc để làm đại hội điểm không?',
    'dai-hoi-diem',
  ],
  [
    'unit',
    'Chi bộ cơ sở của công ty kho vận có phải bầu đoàn đại biểu đi dự đại hội cấp trên không?',
    'noi-dung',
  ],
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở ở khu phố chúng tôi có đúng là bắt đầu đại hội từ tháng 01/2025 không?',
    'lich-trinh',
  ],
  ['unit', 'Đảng bộ cơ sở trình đại hội những báo cáo chủ yếu nào?', 'van-kien'],
  ['unit', 'Chi bộ trực thuộc ở kho bãi cần chuẩn bị những việc gì trước đại hội?', 'chuan-bi'],
  [
    'unit',
    'A grassroots party committee at a port: in which months was it to hold its congress?',
    'lich-trinh',
  ],
  ['unit', 'Đại hội điểm của chi bộ cơ sở do cấp nào chọn và làm vào khi nào?', 'dai-hoi-diem'],
  ['unit', 'Chi bộ trực thuộc được kết thúc đại hội muộn nhất vào tháng nào?', 'lich-trinh'],
  ['unit', 'Đảng bộ cơ sở bầu những gì tại đại hội nhiệm kỳ 2025 - 2030?', 'noi-dung'],
  ['typo', 'dai hoi chi bo gom nhung noi dung gi a, em moi lam bi thu', 'noi-dung'],
  ['typo', 'bao cao kiem diem cua cap uy phai co tinh chien dau the nao', 'van-kien'],
  ['typo', 'ĐBCS đh xong trước 30/6/2025 đúng ko ạ?', 'lich-trinh'],
  ['typo', 'BCCT của CB phải đánh giá những gì vậy mn', 'van-kien'],
  ['typo', 'thanh lap to nhan su, to van kien, to to chuc phuc vu dai hoi the nao', 'chuan-bi'],
  ['typo', 'đại hôi điêm tháng 12/2024 do ai chon chi bô', 'dai-hoi-diem'],
  ['typo', 'chi bo bao lau dai hoi 1 lan theo thi diem moi', 'chi-bo-5-nam'],
  ['typo', 'dh xiv hop ngay nao den ngay nao', 'dai-hoi-xiv'],
  ['typo', 'nhan su cap uy khoa moi chon theo tieu chuan, quy dinh nao', 'nhan-su'],
  ['typo', 'cấp huyện bị bỏ từ ngày nào vậy, quận ủy cũ giải thể hả', 'chinh-quyen-2-cap'],
  ['typo', 'dh dang bo cac cap nk 2025-2030 da to chuc xong chua', 'ket-qua'],
  ['typo', 'ng tắc tập trung dân chủ khi tổ chức ĐH đc nói ntn', 'nguyen-tac'],
  [
    'en',
    'Hello, I volunteer at the ward cultural house. What are the four items on a party congress agenda?',
    'noi-dung',
  ],
  [
    'en',
    "When were cells under a grassroots committee supposed to finish their congresses, s'il vous plaît?",
    'lich-trinh',
  ],
  ['en', 'How often do party cells hold a congress now, under the pilot rule?', 'chi-bo-5-nam'],
  ['en', "Were the 2025–2030 congresses at all levels completed? C'est fini?", 'ket-qua'],
  ['en', 'What is the political report of a party cell supposed to assess?', 'van-kien'],
  ['en', 'Which teams should a party unit set up to prepare its congress?', 'chuan-bi'],
  ['en', 'Which pilot congresses did the district plan, and when were they due?', 'dai-hoi-diem'],
  ['en', 'What must be followed when nominating people for the new party committee?', 'nhan-su'],
  ['en', 'What has changed since the dissemination conference of October 2024, en bref?', 'thay-doi'],
  ['en', 'Does the district level still exist in Vietnam after July 2025?', 'chinh-quyen-2-cap'],
  ['en', 'Which documents does the bot rely on for the 2025-2030 congresses? La liste, please.', 'tai-lieu'],
  ['en', "What were the seven requirements of the Politburo's 2024 directive on congresses?", 'chi-thi-35'],
  [
    'en',
    'My host family says the Hai Bà Trưng grassroots congresses led up to a district congress: which one, and under which plan?',
    'dai-hoi-quan',
  ],
  [
    'fact',
    'Đại hội XIV của Đảng khai mạc và bế mạc vào những ngày nào, để tổ dân phố ghi vào bảng tin?',
    'dai-hoi-xiv',
  ],
  [
    'fact',
    'Khi bỏ cấp huyện, ở Hà Nội tổng cộng bao nhiêu đảng bộ cấp huyện thôi hoạt động, trong đó có quận cũ của chúng tôi?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Trước khi có thí điểm mới, theo Điều lệ Đảng thì chi bộ phải đại hội mấy lần trong 5 năm?',
    'chi-bo-5-nam',
  ],
  [
    'fact',
    'Chỉ thị về đại hội của Bộ Chính trị năm 2024 có bao nhiêu phụ lục, là những phụ lục gì?',
    'chi-thi-35',
  ],
  [
    'fact',
    'Báo cáo nào là báo cáo trung tâm, có vai trò định hướng trong văn kiện trình đại hội?',
    'van-kien',
  ],
  ['fact', 'Nội dung thứ ba của đại hội đảng bộ, chi bộ là gì?', 'noi-dung'],
  ['fact', 'Đại hội điểm do Ban Thường vụ Quận ủy chọn dự kiến làm vào quý mấy?', 'dai-hoi-diem'],
  [
    'fact',
    'Ban tổ chức xã cần ghi vào báo cáo: mô hình chính quyền địa phương hai cấp chính thức vận hành từ ngày nào?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Theo kết luận của Bộ Chính trị và Ban Bí thư tháng 10/2025, sau đại hội các cấp ủy phải tiếp tục làm gì?',
    'ket-qua',
  ],
  [
    'fact',
    'Quy hoạch cán bộ phục vụ nhân sự đại hội được rà soát, bổ sung theo quy định của cơ quan nào?',
    'nhan-su',
  ],
  [
    'fact',
    'Yêu cầu có cơ chế sàng lọc để không bỏ sót người thực sự có đức, có tài là yêu cầu thứ mấy trong chỉ thị năm 2024?',
    'chi-thi-35',
  ],
  ['fact', 'Báo cáo kiểm điểm của cấp ủy phải đề ra những gì cho nhiệm kỳ mới?', 'van-kien'],
  [
    'lookalike',
    'Hội nghị nhà chung cư để bầu ban quản trị tòa nhà tổ chức thế nào, chi bộ tổ dân phố có phải chủ trì không?',
    null,
  ],
  ['lookalike', 'Tổ dân phố sáp nhập xong thì bầu tổ trưởng tổ dân phố mới ra sao?', null],
  [
    'lookalike',
    'Chi bộ khu phố muốn xin lại phòng họp ở nhà văn hóa cũ của quận để tổ chức đại hội, phải liên hệ ai?',
    null,
  ],
  ['lookalike', 'Trụ sở Quận ủy cũ ở phố Đại Cồ Việt bây giờ được dùng làm gì?', null],
  [
    'lookalike',
    'Đảng viên sinh hoạt nơi cư trú thì bản nhận xét hằng năm gửi về cơ quan theo mẫu nào?',
    null,
  ],
  [
    'lookalike',
    'Phiếu bình xét hộ nghèo ở hội nghị tổ dân phố cuối năm có cần chi bộ thông qua không?',
    null,
  ],
  [
    'lookalike',
    'Đại hội chi hội phụ huynh lớp 3A của con tôi bầu ban đại diện cha mẹ học sinh thế nào?',
    null,
  ],
  ['lookalike', 'Quỹ khuyến học của khu phố năm nay thu bao nhiêu mỗi hộ?', null],
  [
    'lookalike',
    'Sau khi nhập phường, địa chỉ trên giấy chứng nhận đăng ký hộ kinh doanh có phải sửa không?',
    null,
  ],
  [
    'lookalike',
    'Ban công tác Mặt trận khu dân cư tổ chức Ngày hội Đại đoàn kết thì chi bộ góp kinh phí thế nào?',
    null,
  ],
  [
    'lookalike',
    'Đồng chí bí thư chi bộ cũ chuyển nhà sang phường khác, số điện thoại mới của đồng chí ấy là bao nhiêu?',
    null,
  ],
  ['lookalike', 'Loa phát thanh của phường cứ sáng sớm là bật, chi bộ có kiến nghị tắt được không?', null],
  [
    'lookalike',
    'Đại hội thế giới của FIATA năm nay tổ chức ở đâu, công ty logistics có nên cử người đi?',
    null,
  ],
  [
    'lookalike',
    'Đại hội Hiệp hội Doanh nghiệp dịch vụ Logistics Việt Nam nhiệm kỳ mới bầu ai làm chủ tịch?',
    null,
  ],
  ['lookalike', 'Phí lưu container quá hạn ở bãi cảng tính theo ngày thế nào?', null],
  ['lookalike', 'Chi bộ công ty có được mượn phòng họp của hãng tàu để sinh hoạt chi bộ không?', null],
  ['lookalike', 'Lịch tàu cập cầu tuần sau có trùng ngày chi bộ họp không, tra ở đâu?', null],
  ['lookalike', 'Chứng chỉ vận hành xe nâng hàng trong cảng học ở đâu, mất bao lâu?', null],
  ['lookalike', 'Hàng nguy hiểm xếp trong container cần dán nhãn cảnh báo gì?', null],
  ['lookalike', 'Đảng ủy cảng có tổ chức giải bóng đá chào mừng đại hội không, đăng ký đội ở đâu?', null],
  ['lookalike', 'Đại hội Công đoàn Hàng hải Việt Nam lần tới tổ chức ở Hải Phòng hay Hà Nội?', null],
  [
    'lookalike',
    'Chi bộ công ty tôi muốn kết nạp một bạn lái xe đầu kéo, bạn ấy học lớp cảm tình Đảng ở đâu?',
    null,
  ],
  ['lookalike', 'Cảng tổ chức hội nghị xúc tiến đầu tư với đối tác Pháp, ai phụ trách phiên dịch?', null],
  [
    'lookalike',
    'Đồng chí phó bí thư chi bộ đi tàu dài ngày, có được họp chi bộ qua Zalo thay cho đi họp trực tiếp không?',
    null,
  ],
  ['lookalike', 'Hợp đồng thuê kho ngoại quan của công ty có phải báo cáo đảng ủy không?', null],
  ['lookalike', 'Phần mềm cơ sở dữ liệu đảng viên của xã mới đăng nhập bằng tài khoản nào?', null],
  ['lookalike', 'Thẻ đảng viên bị mất khi chuyển từ huyện cũ về xã mới thì làm lại thế nào?', null],
  ['lookalike', 'Ban Tổ chức Đảng ủy xã được giao bao nhiêu biên chế theo quy định mới?', null],
  ['lookalike', 'Đại hội Hội Nông dân xã sau sáp nhập tổ chức vào lúc nào?', null],
  [
    'lookalike',
    'Ngày bầu cử đại biểu Quốc hội khóa XVI là ngày nào, chi bộ thôn phải tuyên truyền gì?',
    null,
  ],
  ['lookalike', 'Chi bộ thôn muốn đổi tên sau khi xã sáp nhập thì làm tờ trình gửi ai?', null],
  ['lookalike', 'Trụ sở Đảng ủy xã mới đặt ở xã cũ nào, đi đường nào cho nhanh?', null],
  ['lookalike', 'Ủy ban kiểm tra Đảng ủy xã kiểm tra tài chính chi bộ thôn mỗi năm mấy lần?', null],
  ['lookalike', 'Đảng ủy xã cần mua máy scan để số hóa hồ sơ đảng viên, nên chọn loại nào?', null],
  ['lookalike', 'Đại hội Liên đội thiếu niên ở trường tiểu học của xã tổ chức thế nào?', null],
  [
    'lookalike',
    'Hội nghị tiếp xúc cử tri của đại biểu Hội đồng nhân dân xã năm nay tổ chức ở thôn nào?',
    null,
  ],
  ['lookalike', 'When is the next congrès of the Parti communiste français?', null],
  ['lookalike', 'Bonjour, où est le bureau de poste le plus proche du comité du quartier ?', null],
  [
    'lookalike',
    'Can a foreign volunteer like me sit in on a Vietnamese party cell meeting as an observer?',
    null,
  ],
  ['lookalike', 'Where can I buy a SIM card with my passport near the ward office?', null],
  ['lookalike', 'Where were the Paris Peace Accords on Vietnam signed in 1973, and by whom?', null],
  ['lookalike', 'Could you translate "Ban Chấp hành" into French for my volunteer report?', null],
  ['lookalike', 'Quelle est la différence entre un congrès et un colloque en français ?', null],
  [
    'lookalike',
    'My NGO is holding its annual general assembly in Đà Nẵng — what agenda should we use?',
    null,
  ],
  [
    'lookalike',
    'The Youth Federation congress at my university: when do they elect the new committee?',
    null,
  ],
  ['lookalike', 'Does the bot speak French? Parlez-vous français ?', null],
  [
    'lookalike',
    'The Vietnam–France friendship association is holding a congress; who can become a member?',
    null,
  ],
  [
    'lookalike',
    'Cho tôi hỏi luôn mấy việc: mật khẩu wifi nhà văn hóa là gì, chìa khóa tủ hồ sơ chi bộ ai giữ, và khi nào sửa cái quạt trần?',
    null,
  ],
  [
    'lookalike',
    'Hỏi nhiều chút: đại hội chi bộ xong thì liên hoan ở quán nào, ai trả tiền, có mời cả gia đình không?',
    null,
  ],
  [
    'lookalike',
    'Mấy câu nhé: bí thư đảng ủy phường mới tên là gì, số điện thoại văn phòng bao nhiêu, thứ bảy có làm việc không?',
    null,
  ],
  [
    'lookalike',
    'Ba câu: tôi quên mật khẩu Telegram, làm sao đổi tên hiển thị, và có cách nào ghim tin nhắn của bot không?',
    null,
  ],
  [
    'lookalike',
    'Hỏi một loạt: đại hội chi bộ có được phát trực tiếp lên Facebook không, có cần xin phép không, ai duyệt nội dung?',
    null,
  ],
  ['lookalike', 'Đại hội võ lâm trong truyện Kim Dung diễn ra ở chùa Thiếu Lâm phải không?', null],
  ['lookalike', 'Hội nghị Thành ủy mở rộng cuối năm nay bàn những chuyện gì?', null],
  ['lookalike', 'Kỳ họp Quốc hội tháng này thông qua luật gì về thuế thu nhập cá nhân?', null],
  ['lookalike', 'Đại hội Đảng Nhân dân Cách mạng Lào lần thứ XII bầu ai làm Tổng Bí thư?', null],
  ['lookalike', 'Đại hội họ Nguyễn toàn quốc năm nay tổ chức ở nhà thờ họ nào?', null],
  ['lookalike', 'Đại hội đồng Liên hợp quốc khóa tới do nước nào làm chủ tịch?', null],
  [
    'lookalike',
    'Đại hội Hội Cựu thanh niên xung phong phường nhiệm kỳ mới chuẩn bị những văn kiện gì?',
    null,
  ],
  [
    'lookalike',
    'Đại hội Hội Chữ thập đỏ phường mới sau sáp nhập bầu bao nhiêu ủy viên ban chấp hành hội?',
    null,
  ],
  ['lookalike', 'Hội nghị Ban Chấp hành Trung ương lần tới họp vào tháng nào?', null],
  ['lookalike', 'Đảng viên muốn đi du lịch Pháp mười ngày có phải báo cáo chi bộ không?', null],
  [
    'lookalike',
    'Chi bộ phân công đảng viên giúp đỡ quần chúng ưu tú thì thời gian giúp đỡ tối thiểu bao lâu?',
    null,
  ],
  ['lookalike', 'Bot này chạy trên máy chủ nào, mất điện có bị mất dữ liệu không?', null],
  ['lookalike', 'Đại hội đại biểu Hội Người mù của quận cũ nay thuộc phường nào quản lý?', null],
  [
    'lookalike',
    'Bao giờ chi bộ xét chuyển đảng viên dự bị thành chính thức cho đồng chí mới kết nạp năm ngoái?',
    null,
  ],
  ['lookalike', 'Chi bộ có được kỷ luật khiển trách đảng viên không đóng phí vệ sinh khu phố không?', null],
  ['lookalike', 'Đêm nhạc chào mừng thành công đại hội đảng bộ phường có bán vé không?', null],
  ['lookalike', 'Có mẫu thư mời đại biểu dự đại hội chi bộ viết bằng tiếng Pháp không?', null],
  ['lookalike', 'Đảng bộ công ty cảng tặng quà Tết cho công nhân bốc xếp mức bao nhiêu?', null],
  ['lookalike', 'Đảng bộ xã có được nhận tài trợ in kỷ yếu đại hội từ doanh nghiệp không?', null],
];

export const NEWSET74: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
