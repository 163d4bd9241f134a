/**
 * The one hundred and sixteenth new evaluation set (issue 11, point 6), written on 2026-12-04 from
 * 21:12 UTC (committed in the commit "Eval: newset116, the one hundred and sixteenth unseen set") by
 * a helper (set116) that never saw the engine. It was written from ../shared/sources/ (the
 * conference article of 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of
 * ../shared/STYLE.md, ../helpers/COMMON.md, and from the pack only what
 * `node /work/helpers/pack-view.mjs` prints: the documents' ids, numbers, dates, titles/abouts,
 * issuers and statuses, the unit types' codes and names, and each topic's id, title and body
 * (config/ itself was not opened, so no sample questions, keywords, synonyms, evidence or off-topic
 * lists were seen). Also read: the header of newset35.ts (the lines before `const items`) and its
 * last line, the part of newset.ts before `const items`, newset35.test.ts, set-shape.ts,
 * set-checks.ts and sets.ts. Nothing under src/, bench/ or config/, no README, no git log, diff or
 * show, and no other set's or pool's items were read. Its users are imagined as the secretary of a
 * cell at an airport ground-services company, a member who is a kindergarten teacher, a member who
 * is a notary, an Italian tourist guide who writes in English, and a member who puts the question
 * first and a long explanation after it; with the out-of-scope messages such users send (other
 * organisations' congresses and meetings: the ground-services company's trade union congress,
 * workers' conference, Youth Union cell congress and shareholders' meeting, kindergarten parents'
 * and staff conferences, the retired teachers' association, the notaries' and lawyers'
 * associations, the Justice Department's staff conference, the Women's Union, the elderly
 * people's association, the Fatherland Front's consultation conference, the Italian Democratic
 * and Communist parties, the Chinese party's 20th congress, the UN General Assembly, the G20, the
 * Vietnam Tourism Association's conference; other senses of "đại hội" and "hội nghị": aviation
 * and ward sports games, martial arts games, "cháu ngoan Bác Hồ" pupils' congresses, teaching
 * contests, safety and training conferences, customer conferences, the Congress of Vienna, the
 * Diên Hồng conference; other party business the pack does not cover: probationary members,
 * dues, transfers, annual grading, admission, monthly cell meetings, 40-year badges, exemption
 * from meetings, year-end parties' money; people in posts after the merger; the trappings and
 * costs of a congress (sound and light hire, stage backdrops); the users' own work: shift rosters,
 * hazard allowances and airport security passes, pay rises, pensions, school menus and open days,
 * notarial fees, certified signatures, a notary office's move, notary exams and board seats;
 * tourism: museum bookings, the convention centre, street food, visas, mass in Italian; ID cards
 * after the merger, a ward office's phone number, the gold price, the weather, and the bot itself).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset116.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, the money a congress may
 * spend, which cells the five-yearly pilot covers, membership figures) were left out, not guessed.
 * No engine change reached main after its writer began (21:12 UTC) but the word prior relearned
 * with newset115 (0bf6b88); its writer saw none of it. It was measured once, at 21:22 UTC on main
 * 0bf6b88 (`node --expose-gc dist/bench/qa.js`, load 3.73): qa_new_top1 98.1 %, qa_new_oos_refused
 * 98.5 % (3 in-scope misses, 1 lookalike answered; qa_p99_us 324.6 in that run, p50 58.3). Its
 * misses were listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // doc: every pack document by number, at least three spellings each
  [
    'doc',
    'Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị còn dùng được cho chi bộ sân bay không?',
    'doc:ct-35-2024',
  ],
  ['doc', 'chi thi 35 nam 2024 ve dai hoi dang bo cac cap bay gio the nao', 'doc:ct-35-2024'],
  [
    'doc',
    'Is Directive 35 of June 2024 still the one to follow? I am a tour guide from Italy.',
    'doc:ct-35-2024',
  ],
  ['doc', 'ct35 2024 gồm mấy phụ lục vậy ạ', 'doc:ct-35-2024'],
  [
    'doc',
    'Kết luận số 118-KL/TW điều chỉnh những gì? (hỏi cho chi bộ công ty phục vụ mặt đất sân bay)',
    'doc:kl-118-2025',
  ],
  ['doc', 'ket luan 118 nam 2025 con hieu luc khong', 'doc:kl-118-2025'],
  ['doc', 'kl118 ai ban hành, cô giáo mầm non hỏi ạ', 'doc:kl-118-2025'],
  [
    'doc',
    'What did Conclusion 118 of January 2025 change? Asking for my Italian tour group.',
    'doc:kl-118-2025',
  ],
  ['doc', 'Chỉ thị 45-CT/TW ban hành ngày nào? — cô giáo mầm non hỏi nhờ', 'doc:ct-45-2025'],
  ['doc', 'chi thi 45 cua bo chinh tri thay the van ban nao', 'doc:ct-45-2025'],
  ['doc', 'ct45 nói về đại hội gì thế', 'doc:ct-45-2025'],
  ['doc', 'What is Directive 45-CT/TW about? (an Italian guide asking)', 'doc:ct-45-2025'],
  [
    'doc',
    'Kết luận 200-KL/TW của Bộ Chính trị và Ban Bí thư nói gì? — tôi là công chứng viên, hỏi để tra cứu',
    'doc:kl-200-2025',
  ],
  ['doc', 'ket luan so 200 ngay 17/10/2025 la gi', 'doc:kl-200-2025'],
  ['doc', 'kl200 cho công chứng viên đọc tham khảo được không', 'doc:kl-200-2025'],
  [
    'doc',
    'Conclusion 200 of October 2025, what does it say? Asking for my Italian tour group.',
    'doc:kl-200-2025',
  ],
  ['doc', 'Hướng dẫn 27-HD/BTCTW của Ban Tổ chức Trung ương là văn bản gì?', 'doc:hd-27-2024'],
  ['doc', 'huong dan so 27 nam 2024 huong dan chi thi nao', 'doc:hd-27-2024'],
  ['doc', 'hd27 btctw ngày bao nhiêu ạ, em là bí thư chi bộ ở sân bay', 'doc:hd-27-2024'],
  [
    'doc',
    'Guidance 27 of the Central Organisation Commission, when was it issued? I am a tour guide from Italy.',
    'doc:hd-27-2024',
  ],
  ['doc', 'Hướng dẫn số 18-HD/BTCTU của Ban Tổ chức Thành ủy Hà Nội hướng dẫn gì?', 'doc:hd-18-2024'],
  ['doc', 'huong dan 18 ban to chuc thanh uy ngay 01/10/2024', 'doc:hd-18-2024'],
  ['doc', 'hd18 btctu là văn bản của ai', 'doc:hd-18-2024'],
  ['doc', 'What is Guidance 18-HD/BTCTU of Hanoi?', 'doc:hd-18-2024'],
  [
    'doc',
    'Kế hoạch 258-KH/TU của Thành ủy Hà Nội ban hành ngày nào? nhờ bot trả lời giúp cô giáo mầm non',
    'doc:kh-258-2024',
  ],
  ['doc', 'ke hoach so 258 thanh uy ha noi', 'doc:kh-258-2024'],
  ['doc', 'kh258 của thành ủy có gì', 'doc:kh-258-2024'],
  ['doc', 'Plan 258 of the Hanoi Party Committee, please', 'doc:kh-258-2024'],
  [
    'doc',
    'Kế hoạch số 203-KH/QU của Quận ủy Hai Bà Trưng về việc gì? cho văn phòng công chứng của tôi',
    'doc:kh-203-2024',
  ],
  ['doc', 'ke hoach 203 quan uy hai ba trung ngay 29/7/2024', 'doc:kh-203-2024'],
  ['doc', 'kh203 còn áp dụng sau khi bỏ cấp huyện không', 'doc:kh-203-2024'],
  ['doc', 'What is Plan 203-KH/QU of Hai Ba Trung district?', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 về vấn đề gì?', 'doc:nq-26-2018'],
  ['doc', 'nghi quyet so 26 ngay 19/5/2018 cua trung uong khoa XII', 'doc:nq-26-2018'],
  ['doc', 'nq26 2018 liên quan gì tới nhân sự cấp ủy', 'doc:nq-26-2018'],
  [
    'doc',
    'Resolution 26 of May 2018 of the 12th Central Committee? Asking for my Italian tour group.',
    'doc:nq-26-2018',
  ],
  [
    'doc',
    'Quy định 89-QĐ/TW về tiêu chuẩn cán bộ còn hiệu lực không? (hỏi cho chi bộ công ty phục vụ mặt đất sân bay)',
    'doc:qd-89-2017',
  ],
  ['doc', 'quy dinh so 89 nam 2017 cua bo chinh tri — cô giáo mầm non hỏi nhờ', 'doc:qd-89-2017'],
  ['doc', 'qd89 bị thay bằng gì rồi', 'doc:qd-89-2017'],
  ['doc', 'Regulation 89 of August 2017 on cadre standards?', 'doc:qd-89-2017'],
  [
    'doc',
    'Quy định số 365-QĐ/TW ban hành ngày nào? — tôi là công chứng viên, hỏi để tra cứu',
    'doc:qd-365-2025',
  ],
  ['doc', 'quy dinh 365 ve tieu chuan chuc danh can bo', 'doc:qd-365-2025'],
  ['doc', 'qđ365 của Bộ Chính trị thay thế quy định nào ạ, em là bí thư chi bộ ở sân bay', 'doc:qd-365-2025'],
  [
    'doc',
    'Regulation 365-QĐ/TW, what does it replace? nhờ bot trả lời giúp cô giáo mầm non',
    'doc:qd-365-2025',
  ],
  [
    'doc',
    'Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy về tiêu chí đánh giá cán bộ cho văn phòng công chứng của tôi',
    'doc:qd-14-2023',
  ],
  ['doc', 'quy dinh so 14 thanh uy ha noi nam 2023', 'doc:qd-14-2023'],
  ['doc', 'qd14 TU ngày 06/11/2023 là gì', 'doc:qd-14-2023'],
  [
    'doc',
    'Regulation 14-QĐ/TU of the Hanoi Standing Board, what is it? (hỏi cho chi bộ công ty phục vụ mặt đất sân bay)',
    'doc:qd-14-2023',
  ],
  [
    'doc',
    'Quy định 2656-QĐ/QU của Ban Thường vụ Quận ủy nói về gì? — cô giáo mầm non hỏi nhờ',
    'doc:qd-2656-2023',
  ],
  ['doc', 'quy dinh so 2656 ngay 13/11/2023', 'doc:qd-2656-2023'],
  ['doc', 'qd2656 tiêu chí đánh giá cán bộ quận', 'doc:qd-2656-2023'],
  ['doc', 'Regulation 2656 of the Hai Ba Trung district?', 'doc:qd-2656-2023'],
  [
    'doc',
    'Quy định 1216-QĐ/QU về quy hoạch cán bộ ban hành năm nào? — tôi là công chứng viên, hỏi để tra cứu',
    'doc:qd-1216-2022',
  ],
  ['doc', 'quy dinh 1216 cua ban thuong vu quan uy', 'doc:qd-1216-2022'],
  ['doc', 'qd1216 quy hoạch cán bộ ạ, em là bí thư chi bộ ở sân bay', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216 of April 2022, what is it about?', 'doc:qd-1216-2022'],
  ['doc', 'Quy định số 294-QĐ/TW có hiệu lực từ bao giờ?', 'doc:qd-294-2025'],
  ['doc', 'quy dinh 294 thi diem dai hoi chi bo', 'doc:qd-294-2025'],
  ['doc', 'qđ294 ai ký ban hành vậy', 'doc:qd-294-2025'],
  [
    'doc',
    'Regulation 294 of May 2025 on party cell congresses? (an Italian guide asking)',
    'doc:qd-294-2025',
  ],
  ['doc', 'Chỉ thị 35-CT/TW năm 2019 hướng tới Đại hội XIII nói gì?', 'doc:ct-35-2019'],
  ['doc', 'chi thi 35 ngay 30/5/2019 co con dung khong', 'doc:ct-35-2019'],
  ['doc', 'ct35 năm 2019 hướng tới đại hội nào', 'doc:ct-35-2019'],
  ['doc', 'Directive 35 of 2019, toward the 13th Congress?', 'doc:ct-35-2019'],
  ['doc', 'Hướng dẫn 26-HD/BTCTW năm 2019 là gì? nhờ bot trả lời giúp cô giáo mầm non', 'doc:hd-26-2019'],
  ['doc', 'huong dan so 26 ngay 18/10/2019 cua ban to chuc trung uong', 'doc:hd-26-2019'],
  ['doc', 'hd26 2019 có dùng cho nhiệm kỳ này không', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26-HD/BTCTW of October 2019, still valid?', 'doc:hd-26-2019'],
  // unknown-doc: documents the pack does not hold
  ['unknown-doc', 'Nghị quyết 57-NQ/TW về khoa học công nghệ áp dụng cho đại hội thế nào?', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị số 05-CT/TW của Bộ Chính trị nói gì về đại hội chi bộ?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 123-KL/TW có liên quan tới đại hội nhiệm kỳ này không?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 12-HD/BTCTW về quy trình nhân sự đại hội', 'unknown-doc'],
  ['unknown-doc', 'Quy định số 105-QĐ/TW về phân cấp quản lý cán bộ là gì?', 'unknown-doc'],
  ['unknown-doc', 'ke hoach 300-KH/TU cua thanh uy ve dai hoi', 'unknown-doc'],
  ['unknown-doc', 'Công văn 7788-CV/QU về chuẩn bị đại hội chi bộ gửi lúc nào?', 'unknown-doc'],
  ['unknown-doc', 'What does Resolution 60-NQ/TW say about the congresses?', 'unknown-doc'],
  ['unknown-doc', 'Thông báo số 99-TB/TW về lịch đại hội', 'unknown-doc'],
  ['unknown-doc', 'kl150 về nhân sự đại hội đảng bộ xã', 'unknown-doc'],
  ['unknown-doc', 'Quyết định 244-QĐ/TW ban hành quy chế bầu cử trong Đảng có gì mới?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn số 31-HD/BTCTU của Thành ủy về đại hội cơ sở', 'unknown-doc'],
  [
    'unknown-doc',
    'Chỉ thị 24-CT/TW hướng dẫn đại hội chi bộ doanh nghiệp tư nhân phải không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Kế hoạch 77-KH/ĐU của đảng ủy phường về đại hội chi bộ cho văn phòng công chứng của tôi',
    'unknown-doc',
  ],
  ['unknown-doc', 'Is there a Directive 09-CT/TW on party congresses?', 'unknown-doc'],
  // offword: in-scope questions with off-topic words around them
  [
    'offword',
    'Ca đêm ở sân đỗ máy bay xong em mới rảnh, đại hội chi bộ gồm những nội dung gì ạ?',
    'noi-dung',
  ],
  [
    'offword',
    'Giữa giờ các cháu ngủ trưa cô hỏi nhanh: báo cáo chính trị của chi bộ phải đánh giá những gì?',
    'van-kien',
  ],
  [
    'offword',
    'Văn phòng công chứng đông khách quá, cho hỏi đại hội phải chống lãng phí hình thức thế nào?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Sáng nay xe kéo hành lý hỏng, chiều họp chi bộ, cho hỏi chuẩn bị đại hội cần lập những tổ nào?',
    'chuan-bi',
  ],
  ['offword', 'Mưa to quá không đi chợ được, hỏi bot luôn: Đại hội XIV diễn ra ngày nào?', 'dai-hoi-xiv'],
  [
    'offword',
    'Con tôi đang ôn thi, tôi tranh thủ hỏi: đại hội điểm chi bộ trực thuộc tổ chức tháng mấy?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Đang chờ khách ký hợp đồng, hỏi chút: chọn nhân sự cấp ủy khóa mới phải theo những quy định nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Chuyến bay delay 3 tiếng, ngồi phòng chờ hỏi: từ sau hội nghị tháng 10/2024 có gì thay đổi về đại hội?',
    'thay-doi',
  ],
  ['offword', 'Phụ huynh vừa về hết, cô hỏi: giờ chi bộ mấy năm đại hội một lần?', 'chi-bo-5-nam'],
  [
    'offword',
    'Hôm nay nắng đẹp, cho hỏi đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030 kết quả ra sao rồi?',
    'ket-qua',
  ],
  [
    'offword',
    'Đang làm hồ sơ thừa kế cho khách, tiện hỏi: chính quyền hai cấp chạy từ ngày nào?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Vừa bàn giao ca ở quầy check-in, cho em hỏi các văn bản về đại hội nhiệm kỳ 2025 - 2030 gồm những gì?',
    'tai-lieu',
  ],
  [
    'offword',
    'Bé lớp chồi vừa khóc xong, cô hỏi tiếp: Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII là đại hội nào?',
    'dai-hoi-quan',
  ],
  // two-part
  ['two-part', 'Đại hội chi bộ có mấy nội dung và phải trình những báo cáo nào?', 'noi-dung+van-kien'],
  ['two-part', 'Chuẩn bị đại hội cần làm gì, và tổ chức đại hội theo nguyên tắc nào?', 'chuan-bi+nguyen-tac'],
  ['two-part', 'Đại hội XIV họp khi nào, còn đại hội các cấp kết quả ra sao?', 'dai-hoi-xiv+ket-qua'],
  [
    'two-part',
    'Chi bộ bây giờ đại hội mấy năm một lần, và những gì đã thay đổi từ sau hội nghị quán triệt?',
    'chi-bo-5-nam+thay-doi',
  ],
  [
    'two-part',
    'Đại hội điểm được tổ chức thế nào và thứ tự đại hội các loại tổ chức đảng ra sao?',
    'dai-hoi-diem+lich-trinh',
  ],
  ['two-part', 'Nhân sự cấp ủy mới chọn theo tiêu chuẩn nào, và bầu những gì ở đại hội?', 'nhan-su+noi-dung'],
  [
    'two-part',
    'Chỉ thị 35 năm 2024 có những yêu cầu gì và sau đó đã thay đổi ra sao?',
    'chi-thi-35+thay-doi',
  ],
  [
    'two-part',
    'Chính quyền địa phương 2 cấp là gì, và Đại hội Đảng bộ quận lần thứ XXVII thế nào?',
    'chinh-quyen-2-cap+dai-hoi-quan',
  ],
  [
    'two-part',
    'What are the two reports to the congress, and what principles must it follow? I am a tour guide from Italy.',
    'van-kien+nguyen-tac',
  ],
  ['two-part', 'Các văn bản về đại hội gồm những gì và đại hội cần chuẩn bị ra sao?', 'tai-lieu+chuan-bi'],
  [
    'two-part',
    'Báo cáo kiểm điểm của cấp ủy yêu cầu gì và đại hội gồm những nội dung nào?',
    'van-kien+noi-dung',
  ],
  ['two-part', 'When was the 14th Congress and what changed after October 2024?', 'dai-hoi-xiv+thay-doi'],
  // unit: each unit type
  ['unit', 'Chi bộ trực thuộc đảng ủy cơ sở đại hội trước hay sau đảng bộ cơ sở?', 'lich-trinh'],
  [
    'unit',
    'Chi bộ cơ sở của công ty phục vụ mặt đất đại hội vào thời điểm nào so với chi bộ trực thuộc?',
    'lich-trinh',
  ],
  ['unit', 'Đảng bộ cơ sở phải chọn mấy chi bộ trực thuộc làm đại hội điểm?', 'dai-hoi-diem'],
  ['unit', 'Chi bộ cơ sở trường mầm non bầu những gì tại đại hội?', 'noi-dung'],
  [
    'unit',
    'Chi bộ trực thuộc văn phòng công chứng có phải làm báo cáo kiểm điểm của cấp ủy không?',
    'van-kien',
  ],
  [
    'unit',
    'Đảng bộ cơ sở chuẩn bị đại hội phải thành lập các tổ gì? (hỏi cho chi bộ công ty phục vụ mặt đất sân bay)',
    'chuan-bi',
  ],
  ['unit', 'chi bộ cơ sở bây giờ mấy năm đại hội một lần theo thí điểm?', 'chi-bo-5-nam'],
  [
    'unit',
    'In what order do party cells under a grassroots committee, grassroots cells and grassroots committees hold congresses?',
    'lich-trinh',
  ],
  ['unit', 'Quận chọn mấy chi bộ cơ sở và đảng bộ phường để đại hội điểm đầu quý I/2025?', 'dai-hoi-diem'],
  // typo and abbreviations
  ['typo', 'dh chi bo gom nhung nd gi — cô giáo mầm non hỏi nhờ', 'noi-dung'],
  ['typo', 'bao cao chinh tri va bao cao kiem diem cap uy trinh dh', 'van-kien'],
  ['typo', 'chuan bj dai hoi can lap to nhan su, to van kien ko', 'chuan-bi'],
  [
    'typo',
    'nguyen tac tap trung dan chu khi to chuc dh la gi — tôi là công chứng viên, hỏi để tra cứu',
    'nguyen-tac',
  ],
  ['typo', 'dai hoi diem thang 12/2024 cua chj bo truc thuoc', 'dai-hoi-diem'],
  ['typo', 'tieu chuan nhan su cap uy khoa moi nhe', 'nhan-su'],
  ['typo', 'DH XIV hop tu ngay may den ngay may ạ, em là bí thư chi bộ ở sân bay', 'dai-hoi-xiv'],
  ['typo', 'chinh quyen 2 cap tu 1/7/2025 bo cap huyen ak', 'chinh-quyen-2-cap'],
  ['typo', 'chi bo dh 5 nam 1 lan thi diem dung ko', 'chi-bo-5-nam'],
  ['typo', 'kq dai hoi cac cap nk 2025-2030 the nao r', 'ket-qua'],
  ['typo', 'cthi 35 nam 2024 co may yeu cau, may phu luc', 'chi-thi-35'],
  ['typo', 'nhung thay doi sau hoi nghi 23/10/2024 la j', 'thay-doi'],
  ['typo', 'thu tu dh cac loai to chuc dang: chi bo truc thuoc truoc ha', 'lich-trinh'],
  // en
  ['en', 'I am an Italian guide: what four items does a Vietnamese party cell congress cover?', 'noi-dung'],
  ['en', 'What must the political report to a party congress assess?', 'van-kien'],
  ['en', 'Which teams are set up to prepare a grassroots party congress?', 'chuan-bi'],
  ['en', 'What principle, above all, governs how the congress is prepared and held?', 'nguyen-tac'],
  ['en', 'When were the pilot congresses of party cells held in the district?', 'dai-hoi-diem'],
  ['en', 'Which rules guide the choice of new party committee members?', 'nhan-su'],
  [
    'en',
    'On what dates did the Communist Party of Vietnam hold its 14th National Congress? Asking for my Italian tour group.',
    'dai-hoi-xiv',
  ],
  [
    'en',
    'Since when has Vietnam had two-level local government? (an Italian guide asking)',
    'chinh-quyen-2-cap',
  ],
  ['en', 'How often do party cells hold their congress under the pilot rule?', 'chi-bo-5-nam'],
  [
    'en',
    'Have the 2025-2030 party congresses at all levels finished? I am a tour guide from Italy.',
    'ket-qua',
  ],
  ['en', 'How many appendices does the 2024 directive on party congresses have?', 'chi-thi-35'],
  [
    'en',
    'What was the 27th congress of the Hai Ba Trung district party organisation? Asking for my Italian tour group.',
    'dai-hoi-quan',
  ],
  // fact: plain in-scope questions, including the question-first persona
  [
    'fact',
    'Đại hội chi bộ có mấy nội dung? Em hỏi vì chi bộ em mới thành lập, bí thư cũ nghỉ hưu, cả chi bộ chưa ai làm đại hội bao giờ nên muốn nắm trước để chuẩn bị cho kịp.',
    'noi-dung',
  ],
  [
    'fact',
    'Báo cáo kiểm điểm của cấp ủy phải có tính chiến đấu là sao? Tôi hỏi vì năm ngoái báo cáo của chi bộ tôi bị nhận xét là chung chung, toàn khen, không nêu được khuyết điểm nào.',
    'van-kien',
  ],
  [
    'fact',
    'Trước đại hội phải tổng kết những đề án, chuyên đề nào? Chi bộ mình có mấy chuyên đề từ năm 2021, không biết có phải đưa vào tổng kết không nên hỏi cho chắc.',
    'chuan-bi',
  ],
  [
    'fact',
    'Đại hội có được tổ chức phô trương không? Hỏi vậy vì có đồng chí đề xuất thuê hội trường lớn, treo băng rôn khắp công ty cho hoành tráng, tôi thấy không ổn.',
    'nguyen-tac',
  ],
  [
    'fact',
    'Mỗi đảng bộ cơ sở chọn bao nhiêu chi bộ để đại hội điểm? Đảng ủy chúng tôi có mười hai chi bộ, ai cũng ngại làm điểm nên muốn biết quy định trước khi họp.',
    'dai-hoi-diem',
  ],
  [
    'fact',
    'Khi giới thiệu nhân sự cấp ủy phải quán triệt nghị quyết nào của Trung ương? Tôi là công chứng viên nên quen đọc văn bản, muốn tra đúng tên văn bản gốc.',
    'nhan-su',
  ],
  ['fact', 'Cấp ủy có cần rà soát bổ sung quy hoạch cán bộ trước đại hội không?', 'nhan-su'],
  [
    'fact',
    'Báo cáo chính trị có phải là báo cáo trung tâm của đại hội không? nhờ bot trả lời giúp cô giáo mầm non',
    'van-kien',
  ],
  ['fact', 'Đại hội có phải góp ý vào dự thảo văn kiện Đại hội XIV không?', 'noi-dung'],
  [
    'fact',
    'Hội nghị quán triệt công tác đại hội có được kết hợp trực tuyến không? cho văn phòng công chứng của tôi',
    'chuan-bi',
  ],
  ['fact', 'Chỉ thị 35 năm 2024 có bao nhiêu yêu cầu, tóm tắt giúp?', 'chi-thi-35'],
  [
    'fact',
    'Sau ngày 01/7/2025 ở Hà Nội bao nhiêu đảng bộ cấp huyện kết thúc hoạt động?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Điều lệ Đảng trước đây quy định chi bộ đại hội mấy lần trong 5 năm? (hỏi cho chi bộ công ty phục vụ mặt đất sân bay)',
    'chi-bo-5-nam',
  ],
  [
    'fact',
    'Đợt đại hội nhiệm kỳ 2025 - 2030 đã xong chưa? Tôi đi công tác nước ngoài hơn một năm, về nước chẳng biết chi bộ đã đại hội hay chưa.',
    'ket-qua',
  ],
  ['fact', 'Quy định về tiêu chuẩn cán bộ đã thay đổi lúc nào kể từ hội nghị tháng 10/2024?', 'thay-doi'],
  ['fact', 'Đại hội các cơ sở đảng ở Hai Bà Trưng hướng tới đại hội quận lần thứ mấy?', 'dai-hoi-quan'],
  [
    'fact',
    'Bot dựa vào những văn bản nào về đại hội nhiệm kỳ 2025 - 2030? — cô giáo mầm non hỏi nhờ',
    'tai-lieu',
  ],
  // lookalike: out of scope, in the words such users send
  ['lookalike', 'Đại hội công đoàn công ty phục vụ mặt đất sân bay nhiệm kỳ mới tổ chức thế nào?', null],
  ['lookalike', 'Hội nghị người lao động năm 2026 của công ty dịch vụ sân bay cần chuẩn bị gì?', null],
  ['lookalike', 'Đại hội chi đoàn thanh niên đội xe kéo đẩy máy bay bầu bí thư chi đoàn ra sao?', null],
  ['lookalike', 'Lịch trực ca Tết của tổ phục vụ hành lý sân bay Nội Bài xếp thế nào?', null],
  ['lookalike', 'Hội nghị an toàn hàng không quý I có bắt buộc nhân viên mặt đất dự không?', null],
  ['lookalike', 'Phụ cấp độc hại cho nhân viên sân đỗ máy bay được bao nhiêu một tháng?', null],
  ['lookalike', 'Thẻ kiểm soát an ninh sân bay hết hạn thì gia hạn ở đâu?', null],
  ['lookalike', 'Công ty tổ chức đại hội thể thao toàn ngành hàng không, đăng ký môn kéo co thế nào?', null],
  ['lookalike', 'Hội nghị khách hàng của các hãng bay tổ chức ở khách sạn nào?', null],
  ['lookalike', 'Đại hội đồng cổ đông thường niên của công ty phục vụ mặt đất họp ngày nào?', null],
  ['lookalike', 'Hội nghị cha mẹ học sinh đầu năm của trường mầm non cần chuẩn bị biên bản gì?', null],
  ['lookalike', 'Đại hội cháu ngoan Bác Hồ của trường mầm non tổ chức vào tháng mấy?', null],
  ['lookalike', 'Hội nghị viên chức trường mầm non năm học mới bầu ban thanh tra nhân dân thế nào?', null],
  ['lookalike', 'Hội thi giáo viên dạy giỏi cấp quận môn làm quen chữ cái chấm theo tiêu chí nào?', null],
  ['lookalike', 'Ngày hội đến trường của các bé mầm non nên trang trí cổng trường ra sao?', null],
  ['lookalike', 'Giáo viên mầm non được nâng lương trước thời hạn khi nào?', null],
  ['lookalike', 'Thực đơn bán trú tuần này cho các cháu lớp mầm có cần báo phụ huynh không?', null],
  ['lookalike', 'Đại hội Hội Cựu giáo chức phường tổ chức mấy năm một lần?', null],
  ['lookalike', 'Hội nghị tổng kết năm học của phòng giáo dục có mời giáo viên hợp đồng dự không?', null],
  ['lookalike', 'Đại hội Hội Công chứng viên thành phố Hà Nội nhiệm kỳ mới bầu ban chấp hành thế nào?', null],
  ['lookalike', 'Công chứng biên bản đại hội đồng cổ đông cần những giấy tờ gì?', null],
  ['lookalike', 'Phí công chứng hợp đồng mua bán căn hộ tính theo giá trị thế nào?', null],
  [
    'lookalike',
    'Hội nghị tập huấn nghiệp vụ công chứng năm nay có được tính giờ bồi dưỡng bắt buộc không?',
    null,
  ],
  [
    'lookalike',
    'Văn phòng công chứng chuyển địa chỉ sau sáp nhập phường thì phải báo Sở Tư pháp thế nào?',
    null,
  ],
  ['lookalike', 'Chứng thực chữ ký trên giấy ủy quyền dự đại hội cổ đông làm ở đâu nhanh nhất?', null],
  ['lookalike', 'Công chứng viên có được làm thành viên hội đồng quản trị công ty không?', null],
  ['lookalike', 'Hội đồng thi tuyển công chứng viên năm nay ra đề về những luật nào?', null],
  ['lookalike', 'Đại hội đại biểu Đoàn luật sư thành phố diễn ra khi nào?', null],
  ['lookalike', 'How do I book a tour group visit to the Ho Chi Minh Museum on a weekday?', null],
  ['lookalike', 'When is the next congress of the Italian Democratic Party?', null],
  ['lookalike', 'Is the National Convention Center in Hanoi open to tourists?', null],
  ['lookalike', 'What was decided at the congress of Vienna in 1815? My tourists keep asking.', null],
  [
    'lookalike',
    'Which street food stalls near Hoan Kiem lake are good for a group of twenty Italians?',
    null,
  ],
  ['lookalike', 'Do Italian citizens need a visa for a two-week trip to Vietnam?', null],
  ['lookalike', 'Is there a Catholic mass in Italian at Saint Joseph Cathedral in Hanoi?', null],
  ['lookalike', 'What happened at the last congress of the Italian Communist Party in 1991?', null],
  ['lookalike', 'Can tour guides attend the annual conference of the Vietnam Tourism Association?', null],
  [
    'lookalike',
    'Đảng viên dự bị bao lâu thì được xét chuyển chính thức? — tôi là công chứng viên, hỏi để tra cứu',
    null,
  ],
  ['lookalike', 'Mức đóng đảng phí của nhân viên hưởng lương theo ca là bao nhiêu?', null],
  ['lookalike', 'Chuyển sinh hoạt đảng tạm thời khi đi làm ở sân bay khác thì thủ tục ra sao?', null],
  ['lookalike', 'Phiếu tự đánh giá xếp loại đảng viên cuối năm ghi mục nào trước?', null],
  ['lookalike', 'Hồ sơ kết nạp đảng cho quần chúng ưu tú là giáo viên mầm non gồm những gì?', null],
  ['lookalike', 'Sinh hoạt chi bộ thường kỳ hằng tháng nên chọn chủ đề chuyên đề gì?', null],
  ['lookalike', 'Lễ trao huy hiệu 40 năm tuổi đảng tổ chức ở chi bộ hay ở đảng ủy?', null],
  ['lookalike', 'Đảng viên lớn tuổi có được miễn sinh hoạt chi bộ không?', null],
  ['lookalike', 'Đại hội Hội Liên hiệp Phụ nữ phường nhiệm kỳ tới diễn ra lúc nào?', null],
  ['lookalike', 'Đại hội Hội Người cao tuổi khu dân cư chuẩn bị quà tặng thế nào?', null],
  ['lookalike', 'Hội nghị hiệp thương Mặt trận Tổ quốc để bầu cử đại biểu Hội đồng nhân dân là gì?', null],
  [
    'lookalike',
    'Đại hội thể dục thể thao phường năm nay có môn cờ tướng không? ạ, em là bí thư chi bộ ở sân bay',
    null,
  ],
  [
    'lookalike',
    'Hội nghị thượng đỉnh G20 năm nay tổ chức ở nước nào? nhờ bot trả lời giúp cô giáo mầm non',
    null,
  ],
  ['lookalike', 'Đại hội đồng Liên Hợp Quốc khóa mới khai mạc ngày nào?', null],
  ['lookalike', 'Đại hội Đảng Cộng sản Trung Quốc lần thứ 20 bầu ai làm Tổng Bí thư?', null],
  ['lookalike', 'Hội nghị Diên Hồng diễn ra dưới triều vua nào?', null],
  ['lookalike', 'Thuê âm thanh ánh sáng cho hội trường đại hội hết bao nhiêu tiền một buổi?', null],
  ['lookalike', 'Mẫu phông nền sân khấu đại hội màu đỏ tải ở đâu?', null],
  ['lookalike', 'Ai được bầu làm bí thư đảng ủy phường mới sau sáp nhập?', null],
  [
    'lookalike',
    'Số điện thoại văn phòng đảng ủy phường mới là bao nhiêu? cho văn phòng công chứng của tôi',
    null,
  ],
  ['lookalike', 'Làm căn cước cho con ở phường mới sau sáp nhập thì nộp hồ sơ ở đâu?', null],
  ['lookalike', 'Giá vàng hôm nay ở Hà Nội bao nhiêu một chỉ?', null],
  [
    'lookalike',
    'Thời tiết Hà Nội cuối tuần này có mưa không? (hỏi cho chi bộ công ty phục vụ mặt đất sân bay)',
    null,
  ],
  ['lookalike', 'Bot này viết bằng ngôn ngữ lập trình gì, có mã nguồn không?', null],
  ['lookalike', 'Lương hưu của giáo viên mầm non nghỉ hưu năm 2026 tính thế nào?', null],
  ['lookalike', 'Chi bộ muốn tổ chức liên hoan tất niên cho đảng viên thì lấy kinh phí ở đâu?', null],
  ['lookalike', 'Đại hội võ thuật cổ truyền toàn quốc năm nay có đội Hà Nội tham gia không?', null],
  ['lookalike', 'Hội nghị công nhân viên chức của Sở Tư pháp có bàn về chế độ làm thêm giờ không?', null],
];

export const NEWSET116: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
