/**
 * The sixty-fifth new evaluation set (issue 11, point 6), written on 2026-12-04 from 02:54 UTC
 * (committed in the commit "Eval: newset65, the sixty-fifth unseen set") by a helper (set65) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before its `const items` line) and its last line, the part of newset.ts
 * before `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under
 * src/, bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items
 * were read. Its users are imagined as the secretary of a party cell in an electricity
 * distribution team, a commune deputy secretary after the 2025 merger who asks about the old
 * district's plans, a New Zealand journalist who writes in English, the secretary of a
 * kindergarten's cell, a member who puts many English words into Vietnamese, and the cell
 * secretary of a fish-farming cooperative; with the out-of-scope messages such users send (other
 * organisations' congresses and meetings: a power company's staff congress and trade-union
 * congress, electricity customers' conferences, a kindergarten's parents' association and staff
 * conference, a cooperative's annual members' meeting, the provincial cooperative alliance, a
 * fisheries investment conference, the study-promotion and elderly people's associations, voters'
 * meetings, the New Zealand Labour Party's conference, the Japanese Communist Party's congress;
 * other senses of "đại hội" and "hội nghị": a commune sports games, a power-sector sports day;
 * other party business the pack does not cover: admission, cell meetings during maternity leave,
 * temporary transfer of seasonal workers, minutes books, dues, annual grading, holding posts
 * together; people in posts and their allowances; the power network: outages, tariffs, protective
 * clothing, trade exams; local government after the merger: the new commune's seat, phone, name,
 * seal, land papers, one-stop desk hours, the first People's Council session, redundant staff;
 * kindergarten life: fees, menus, teaching contests, the Mid-Autumn festival; fish farming: prices,
 * sick fish, loans, OCOP fairs; office English: meeting rooms, KPI deadlines, AGMs, webinars,
 * slides, the members' handbook app, the bot's own features; a journalist's needs: interviews,
 * press accreditation, the National Assembly, visas, restaurants, officials' pay; weather and
 * small talk).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset65.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, membership figures) were left
 * out, not guessed.
 *
 * Engine changes reached main after its commit: 244fe9e (visas, a residential group's or village's
 * head elections), 332f753 and 37e9775 (the word prior relearned with newset63 and newset64) and
 * c128c7f (working regulations, 'twenty-seventh', the conference named by its date); its writer saw
 * none of them. It was measured once, at 03:04 UTC on main c128c7f (`node --expose-gc
 * dist/bench/qa.js`, load 3.15): qa_new_top1 98.5 %, qa_new_oos_refused 98.3 % (2 in-scope misses,
 * 1 lookalike answered; qa_p99_us 87.9 in that run, p50 28.9). Its misses were listed after that
 * run, and it is a development set since. (This paragraph was added on 2026-12-04 from the
 * measurement's commit, bdf6f21: the script that recorded it had left "Not yet measured." here.)
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  [
    'doc',
    'Chỉ thị 35-CT/TW năm 2024 của Bộ Chính trị giờ còn hiệu lực không, đội điện chúng tôi vẫn đang photo ra cho anh em học?',
    'doc:ct-35-2024',
  ],
  ['doc', 'ct35 ban hành tháng 6/2024 bị thay bằng cái khác chưa ạ', 'doc:ct-35-2024'],
  ['doc', 'For my story: is Directive 35 of June 2024 on the congresses still in force?', 'doc:ct-35-2024'],
  [
    'doc',
    'Kết luận 118-KL/TW sửa những gì trong chỉ thị về đại hội, cô hiệu trưởng bảo tôi tìm hiểu',
    'doc:kl-118-2025',
  ],
  ['doc', 'kl118 do cơ quan nào ký ban hành vậy mọi người', 'doc:kl-118-2025'],
  ['doc', 'What is Conclusion 118 and which body issued it?', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị nói về việc gì?', 'doc:ct-45-2025'],
  ['doc', 'CT 45 thay thế cho văn bản nào vậy anh, hợp tác xã em mới nghe nói', 'doc:ct-45-2025'],
  [
    'doc',
    'Directive 45-CT/TW: is it still the governing text, for a Wellington readership?',
    'doc:ct-45-2025',
  ],
  ['doc', 'Kết luận 200-KL/TW đánh giá kết quả đại hội các cấp ra sao?', 'doc:kl-200-2025'],
  ['doc', 'KL 200 ngay 17/10/2025 la van ban gi vay', 'doc:kl-200-2025'],
  ['doc', 'Conclusion 200 of October 2025, what does it say about the local congresses?', 'doc:kl-200-2025'],
  [
    'doc',
    'Hướng dẫn 27-HD/BTCTW của Ban Tổ chức Trung ương hướng dẫn chỉ thị nào, chi bộ đội điện cần biết',
    'doc:hd-27-2024',
  ],
  ['doc', 'HD27 BTCTW tháng 8/2024 có nội dung chi tiết trong bot không', 'doc:hd-27-2024'],
  [
    'doc',
    'Guidance 27-HD/BTCTW from the Central Organisation Commission, when was it issued?',
    'doc:hd-27-2024',
  ],
  ['doc', 'Hướng dẫn số 18-HD/BTCTU của Ban Tổ chức Thành ủy ban hành ngày nào vậy?', 'doc:hd-18-2024'],
  ['doc', 'hd 18 btctu huong dan nhung noi dung nao', 'doc:hd-18-2024'],
  ['doc', 'Guidance 18 of the Hanoi Party organisation board: what exactly is it?', 'doc:hd-18-2024'],
  [
    'doc',
    'Kế hoạch 258-KH/TU của Thành ủy Hà Nội ký ngày nào, xã em cần trích dẫn vào báo cáo',
    'doc:kh-258-2024',
  ],
  ['doc', 'kh258 là kế hoạch gì thế, file đính kèm bị lỗi không mở được', 'doc:kh-258-2024'],
  ['doc', 'Plan 258-KH/TU of the Hanoi committee, what do your sources hold on it?', 'doc:kh-258-2024'],
  [
    'doc',
    'Kế hoạch 203-KH/QU của Quận ủy Hai Bà Trưng còn áp dụng không khi quận đã bỏ rồi?',
    'doc:kh-203-2024',
  ],
  ['doc', 'KH 203 của quận ủy cũ ban hành ngày mấy, xã mới em cần dẫn lại', 'doc:kh-203-2024'],
  ['doc', 'What is Plan 203 of the former Hai Ba Trung district committee?', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 về cán bộ thì liên quan gì đến nhân sự đại hội?', 'doc:nq-26-2018'],
  ['doc', 'NQ26 khóa XII là nghị quyết nào hả bác', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26-NQ/TW of May 2018, who adopted it?', 'doc:nq-26-2018'],
  ['doc', 'Quy định 89-QĐ/TW về tiêu chuẩn cán bộ còn dùng được nữa không?', 'doc:qd-89-2017'],
  ['doc', 'QĐ 89 năm 2017 bị văn bản nào thay thế rồi', 'doc:qd-89-2017'],
  ['doc', 'Is Regulation 89 on cadre standards superseded, and by what, for my article?', 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365-QĐ/TW được ban hành ngày nào?', 'doc:qd-365-2025'],
  ['doc', 'qd365 về tiêu chuẩn chức danh cán bộ là quy định gì', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365 of the Politburo from August 2025, what is it about?', 'doc:qd-365-2025'],
  [
    'doc',
    'Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy về tiêu chí đánh giá cán bộ, trường mầm non có phải áp dụng không?',
    'doc:qd-14-2023',
  ],
  ['doc', 'QĐ14 TU ngày 06/11/2023 nói về chuyện gì', 'doc:qd-14-2023'],
  ['doc', 'Regulation 14-QĐ/TU on evaluating cadres, is it still valid?', 'doc:qd-14-2023'],
  ['doc', 'Quy định 2656-QĐ/QU do ai ban hành vậy?', 'doc:qd-2656-2023'],
  ['doc', 'QD 2656 cua quan uy Hai Ba Trung ve tieu chi danh gia', 'doc:qd-2656-2023'],
  ['doc', 'Regulation 2656 of the Hai Ba Trung district standing board?', 'doc:qd-2656-2023'],
  ['doc', 'Quy định số 1216-QĐ/QU về quy hoạch cán bộ ban hành ngày bao nhiêu?', 'doc:qd-1216-2022'],
  ['doc', 'qđ1216 quy hoạch cán bộ của quận cũ sau sáp nhập còn dùng không', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216 on cadre planning, what is it?', 'doc:qd-1216-2022'],
  ['doc', 'Quy định 294-QĐ/TW thí điểm đại hội chi bộ như thế nào?', 'doc:qd-294-2025'],
  ['doc', 'QĐ 294 có hiệu lực từ bao giờ vậy các đồng chí', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294: party cells once every five years, since when?', 'doc:qd-294-2025'],
  ['doc', 'Chỉ thị 35-CT/TW ngày 30/5/2019 hướng tới Đại hội XIII là văn bản gì?', 'doc:ct-35-2019'],
  ['doc', 'CT35 của năm 2019 bây giờ còn dùng được không', 'doc:ct-35-2019'],
  ['doc', 'Directive 35 of 2019, the one toward the 13th Congress?', 'doc:ct-35-2019'],
  [
    'doc',
    'Hướng dẫn 26-HD/BTCTW năm 2019 hướng dẫn văn bản nào, em đọc nhầm sang nhiệm kỳ trước không?',
    'doc:hd-26-2019',
  ],
  ['doc', 'HD 26 BTCTW ngày 18/10/2019 là gì', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26-HD/BTCTW of October 2019, is it relevant now?', 'doc:hd-26-2019'],
  [
    'unknown-doc',
    'Kế hoạch 101-KH/ĐU của Đảng ủy Tổng công ty Điện lực Hà Nội về đại hội có trong bot không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Hướng dẫn 09-HD/ĐU của đảng ủy xã mới về đại hội chi bộ thôn', 'unknown-doc'],
  ['unknown-doc', 'Quy định 232-QĐ/TW ngày 20/1/2025 về thi hành Điều lệ Đảng nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 57-NQ/TW về khoa học công nghệ có liên quan gì đại hội', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 46-CT/TW có phải về đại hội chi bộ không ạ', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 121-KL/TW về sắp xếp bộ máy nói gì với chi bộ', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 31-HD/BTCTW về nhân sự đại hội có hướng dẫn gì', 'unknown-doc'],
  [
    'unknown-doc',
    'What does Directive 12-CT/TW say about the congresses, a source in Hanoi mentioned it to me?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kế hoạch 77-KH/XU của xã ủy về tổ chức đại hội các chi bộ trực thuộc', 'unknown-doc'],
  ['unknown-doc', 'Công văn 1023-CV/BTCTU về hồ sơ nhân sự cấp ủy có trong nguồn không', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 02-HD/UBKTTW về kiểm tra trước đại hội', 'unknown-doc'],
  ['unknown-doc', 'Quy định 22-QĐ/TW về công tác kiểm tra giám sát là gì', 'unknown-doc'],
  ['unknown-doc', 'kh 47 kh tu ve dai hoi dang bo cac cap thanh pho', 'unknown-doc'],
  ['unknown-doc', 'Thông tri 08-TT/TU của Thành ủy về bầu cử trong Đảng', 'unknown-doc'],
  ['unknown-doc', 'Is Guidance 36-HD/BTCTW in your sources?', 'unknown-doc'],
  ['offword', 'Vừa cho cá ăn xong, hỏi luôn: đại hội chi bộ gồm mấy nội dung?', 'noi-dung'],
  [
    'offword',
    'Trời mưa cả tuần ao tràn bờ, nhưng cho hỏi báo cáo chính trị phải đánh giá những gì?',
    'van-kien',
  ],
  [
    'offword',
    'Sáng nay đi sửa đường dây trung thế về muộn, đồng chí cho hỏi đại hội phải bảo đảm nguyên tắc gì?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Các cháu ngủ trưa rồi em mới rảnh, cho em hỏi tổ văn kiện, tổ nhân sự thành lập để làm gì?',
    'chuan-bi',
  ],
  [
    'offword',
    'Hôm nay họp phụ huynh xong mệt quá, đại hội chi bộ giờ mấy năm tổ chức một lần vậy?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Uống cà phê với mấy ông trong hợp tác xã thì cãi nhau: đại hội các cấp nhiệm kỳ này xong hết chưa?',
    'ket-qua',
  ],
  [
    'offword',
    'Đang đi xe máy về xã, dừng lại hỏi nhanh: đại hội điểm tháng 12/2024 là chọn chi bộ nào làm?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Cúp điện cả khu nên ngồi hỏi bot: báo cáo kiểm điểm của cấp ủy phải viết thế nào?',
    'van-kien',
  ],
  [
    'offword',
    'Nhà có đám giỗ nhưng tranh thủ hỏi: nhân sự cấp ủy khóa mới chọn theo những văn bản nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Bé nhà em sốt nên xin nghỉ, ở nhà hỏi bot: Đại hội XIV của Đảng họp từ ngày nào đến ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Con cá lăng vừa bán được giá, vui quá hỏi luôn: từ sau hội nghị quán triệt tháng 10/2024 có gì thay đổi?',
    'thay-doi',
  ],
  [
    'offword',
    'Mai em đi trực trạm biến áp, tối nay hỏi: đại hội đảng bộ quận lần thứ XXVII tổ chức để làm gì?',
    'dai-hoi-quan',
  ],
  [
    'two-part',
    'Đại hội chi bộ gồm những nội dung gì, và cấp ủy trình đại hội mấy báo cáo?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ trực thuộc đại hội tháng nào, và đại hội điểm tổ chức khi nào?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Chuẩn bị đại hội cần thành lập những tổ nào, còn nhân sự cấp ủy thì chọn theo tiêu chuẩn gì?',
    'chuan-bi+nhan-su',
  ],
  [
    'two-part',
    'Bỏ cấp huyện từ bao giờ, và đại hội quận lần thứ XXVII theo kế hoạch nào?',
    'chinh-quyen-2-cap+dai-hoi-quan',
  ],
  [
    'two-part',
    'Đại hội XIV diễn ra khi nào, và đại hội các cấp nhiệm kỳ 2025-2030 kết quả ra sao?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Đại hội phải theo nguyên tắc gì, rồi nội dung đại hội gồm những việc nào?',
    'nguyen-tac+noi-dung',
  ],
  [
    'two-part',
    'Chi bộ giờ bao lâu đại hội một lần, và từ hội nghị 23/10/2024 đến nay thay đổi những gì?',
    'chi-bo-5-nam+thay-doi',
  ],
  [
    'two-part',
    'Báo cáo chính trị cần gì, còn đại hội điểm của đảng bộ cơ sở làm trong tháng mấy?',
    'van-kien+dai-hoi-diem',
  ],
  [
    'two-part',
    'Two questions: what are the four items of a congress, and when was the 14th National Congress held?',
    'noi-dung+dai-hoi-xiv',
  ],
  [
    'two-part',
    'Chỉ thị về đại hội năm 2024 gồm mấy phần, và văn bản nào về đại hội bot đang dựa vào?',
    'chi-thi-35+tai-lieu',
  ],
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở như chi bộ đội điện của tôi thì đại hội trong khoảng thời gian nào?',
    'lich-trinh',
  ],
  ['unit', 'Trường mầm non của em là chi bộ cơ sở, hạn chót hoàn thành đại hội là ngày nào?', 'lich-trinh'],
  ['unit', 'Đảng bộ cơ sở thì đại hội đảng viên hay đại hội đại biểu bắt đầu từ tháng mấy?', 'lich-trinh'],
  [
    'unit',
    'Chi bộ hợp tác xã thủy sản trực thuộc đảng ủy xã thì phải đại hội xong trong tháng nào?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng bộ cơ sở của công ty điện lực chọn mấy chi bộ trực thuộc để làm đại hội điểm?',
    'dai-hoi-diem',
  ],
  [
    'unit',
    'Chi bộ cơ sở như hợp tác xã cá của tôi có thể được chọn làm đại hội điểm đầu quý I/2025 không?',
    'dai-hoi-diem',
  ],
  [
    'unit',
    'Đảng bộ cơ sở phải đợi các chi bộ trực thuộc đại hội xong rồi mới đại hội phải không?',
    'lich-trinh',
  ],
  ['unit', 'chi bo co so bat dau dai hoi tu thang 4/2025 dung khong', 'lich-trinh'],
  [
    'unit',
    'Chi bộ trực thuộc thì bầu đoàn đại biểu đi dự đại hội cấp trên có phải là một nội dung của đại hội không?',
    'noi-dung',
  ],
  [
    'unit',
    'By which month did a party cell under a grassroots committee have to finish its congress, for a fact box?',
    'lich-trinh',
  ],
  ['typo', 'dai hoi chi bo doi dien gom nhung noi dung gi a', 'noi-dung'],
  ['typo', 'bc chinh tri va bc kiem diem cua cap uy can gi', 'van-kien'],
  ['typo', 'lich trinh dh chi bo truc thuoc dbcs', 'lich-trinh'],
  ['typo', 'truong mam non em can thanh lap to nhan su, to van kien, to to chuc phuc vu dh ko', 'chuan-bi'],
  ['typo', 'dh diem cua dang bo co so thang 12 nam 2024', 'dai-hoi-diem'],
  ['typo', 'nguyen tac tap trung dan chu khi to chuc DH chi bo', 'nguyen-tac'],
  ['typo', 'chinh quyen dia phuong 2 cap chinh thuc van hanh tu ngay nao vay xa', 'chinh-quyen-2-cap'],
  ['typo', 'dh chi bo hop tac xa 5 nam 1 lan thi diem ap dung tu khi nao', 'chi-bo-5-nam'],
  ['typo', 'ket qua dh dang bo cac cap nk 2025 2030 tong ket the nao roi ad', 'ket-qua'],
  ['typo', 'dai hoi xiv cua dang khai mac va be mac ngay nao vay', 'dai-hoi-xiv'],
  ['typo', 'tieu chuan nhan su bch khoa moi chon theo gì', 'nhan-su'],
  ['typo', 'nhung thay doi tu sau hoi nghi quan triet 23/10', 'thay-doi'],
  ['en', 'What four items does a local party congress cover this term?', 'noi-dung'],
  [
    'en',
    'Which two main reports does a grassroots committee put before its congress, in plain terms?',
    'van-kien',
  ],
  ['en', 'How were local party units told to prepare their congresses?', 'chuan-bi'],
  ['en', 'What principles must a party congress follow, for instance on waste?', 'nguyen-tac'],
  ['en', 'Were pilot congresses held before the main round, and when?', 'dai-hoi-diem'],
  [
    'en',
    'What was the 27th Congress of the Hai Ba Trung district party organisation meant to be, given districts are gone?',
    'dai-hoi-quan',
  ],
  ['en', 'How often do party cells now hold a congress under the pilot?', 'chi-bo-5-nam'],
  ['en', 'Is the 2025-2030 congress round finished across the country?', 'ket-qua'],
  ['en', 'When did Vietnam abolish the district level of local government?', 'chinh-quyen-2-cap'],
  [
    'en',
    'Timeline for my readers: what has changed since the October 2024 dissemination conference in Hai Ba Trung?',
    'thay-doi',
  ],
  ['en', 'What did the 2024 directive on congresses contain, how many parts and appendices?', 'chi-thi-35'],
  ['en', 'Which party documents does this bot draw on when it answers about the congresses?', 'tai-lieu'],
  [
    'fact',
    'Hà Nội có tất cả bao nhiêu đảng bộ quận, huyện, thị xã kết thúc hoạt động từ 1/7/2025 vậy?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Đại hội đại biểu toàn quốc lần thứ XIV họp từ ngày 19 đến ngày bao nhiêu tháng 1/2026?',
    'dai-hoi-xiv',
  ],
  [
    'fact',
    'Trước khi thí điểm, theo Điều lệ Đảng thì chi bộ hợp tác xã bọn tôi đại hội mấy lần trong 5 năm?',
    'chi-bo-5-nam',
  ],
  ['fact', 'Chỉ thị về đại hội của Bộ Chính trị năm 2024 có bao nhiêu yêu cầu?', 'chi-thi-35'],
  ['fact', 'Chỉ thị đại hội năm 2024 có 4 phụ lục là những phụ lục gì?', 'chi-thi-35'],
  [
    'fact',
    'Bộ Chính trị và Ban Bí thư kết luận đại hội các cấp nhiệm kỳ 2025-2030 đã thành công, đúng kế hoạch chưa?',
    'ket-qua',
  ],
  ['fact', 'Tiêu chuẩn cán bộ đã được thay bằng quy định mới vào ngày 30/8/2025 phải không?', 'thay-doi'],
  ['fact', 'Kết luận về kết quả đại hội yêu cầu các cấp tiếp tục làm gì sau đại hội?', 'ket-qua'],
  [
    'fact',
    'Đại hội đảng bộ các cấp nhiệm kỳ này được tổ chức để tiến tới đại hội toàn quốc lần thứ mấy của Đảng?',
    'dai-hoi-xiv',
  ],
  ['fact', 'Có đúng là có hai chỉ thị cùng số 35 của hai nhiệm kỳ khác nhau không?', 'chi-thi-35'],
  ['lookalike', 'Đại hội công nhân viên chức Công ty Điện lực quận tổ chức vào tháng mấy?', null],
  ['lookalike', 'Lịch cắt điện tuần sau ở khu vực xã em có không?', null],
  ['lookalike', 'Giá điện bậc thang sinh hoạt hiện nay bao nhiêu một số?', null],
  ['lookalike', 'Hội thao ngành điện năm nay có môn kéo co không?', null],
  ['lookalike', 'Thi nâng bậc thợ điện đường dây cần ôn những gì?', null],
  ['lookalike', 'Hội nghị khách hàng sử dụng điện cuối năm tổ chức ở đâu?', null],
  ['lookalike', 'Quần áo bảo hộ lao động cho công nhân điện mỗi năm được cấp mấy bộ?', null],
  ['lookalike', 'Đội trưởng đội quản lý điện khu vực mới là ai vậy?', null],
  ['lookalike', 'Đại hội công đoàn cơ sở điện lực nhiệm kỳ mới bầu mấy ủy viên?', null],
  ['lookalike', 'Trụ sở đảng ủy xã mới sau sáp nhập đặt ở đâu, số điện thoại bao nhiêu?', null],
  ['lookalike', 'Cán bộ phòng ban huyện cũ dôi dư thì được hưởng chế độ nghỉ hưu trước tuổi thế nào?', null],
  ['lookalike', 'Xin cấp lại sổ đỏ bây giờ nộp ở xã hay lên tỉnh?', null],
  ['lookalike', 'Kỳ họp thứ nhất Hội đồng nhân dân xã mới bầu chủ tịch khi nào?', null],
  ['lookalike', 'Con dấu của đảng ủy xã mới khắc ở đâu, bao lâu thì có?', null],
  ['lookalike', 'Phó bí thư đảng ủy xã mới được hưởng phụ cấp trách nhiệm bao nhiêu?', null],
  ['lookalike', 'Bộ phận một cửa của xã làm việc thứ Bảy không?', null],
  ['lookalike', 'Tên xã mới sau khi nhập ba xã cũ là gì vậy?', null],
  ['lookalike', 'Could I interview the secretary of a ward party committee in Hanoi for my piece?', null],
  ['lookalike', 'How do foreign reporters get press accreditation at the National Assembly?', null],
  [
    'lookalike',
    'Which names were chosen for the Politburo at the 14th National Congress, for my profile piece?',
    null,
  ],
  ['lookalike', 'What did the New Zealand Labour Party decide at its annual conference?', null],
  ['lookalike', 'How many seats does the Vietnamese National Assembly have?', null],
  ['lookalike', 'What is the best pho place near Hoan Kiem Lake?', null],
  ['lookalike', 'Do New Zealand citizens need a visa to visit Vietnam for work?', null],
  ['lookalike', 'How much does the Communist Party pay its officials each month?', null],
  ['lookalike', 'Đại hội Hội cha mẹ học sinh trường mầm non đầu năm học cần những nội dung gì?', null],
  ['lookalike', 'Hội nghị viên chức trường mầm non đầu năm học tổ chức trước ngày nào?', null],
  ['lookalike', 'Học phí mầm non công lập năm học này có được miễn không?', null],
  ['lookalike', 'Thực đơn bán trú cho trẻ nhà trẻ một tuần nên có những món gì?', null],
  ['lookalike', 'Hội thi giáo viên dạy giỏi cấp xã khối mầm non chấm theo tiêu chí nào?', null],
  ['lookalike', 'Tổ chức vui Tết Trung thu cho các cháu mẫu giáo cần chuẩn bị gì?', null],
  ['lookalike', 'Kết nạp đảng cho cô giáo mầm non trẻ cần những giấy tờ gì?', null],
  ['lookalike', 'Đảng viên nghỉ thai sản có phải đi sinh hoạt chi bộ không?', null],
  ['lookalike', 'Chi bộ trường em muốn làm sổ ghi biên bản sinh hoạt chi bộ, mẫu ở đâu?', null],
  ['lookalike', 'Đại hội thành viên hợp tác xã thường niên phải thông qua những báo cáo gì?', null],
  ['lookalike', 'Giá cá rô phi thương phẩm tuần này bao nhiêu một ký?', null],
  ['lookalike', 'Cá trong ao bị nổi đầu buổi sáng thì xử lý thế nào?', null],
  ['lookalike', 'Hợp tác xã vay vốn ngân hàng chính sách xã hội để mở rộng ao nuôi cần thủ tục gì?', null],
  ['lookalike', 'Đại hội Liên minh Hợp tác xã tỉnh nhiệm kỳ mới tổ chức khi nào?', null],
  ['lookalike', 'Hội chợ OCOP năm nay hợp tác xã đăng ký gian hàng ở đâu?', null],
  ['lookalike', 'Giám đốc hợp tác xã có được kiêm bí thư chi bộ không?', null],
  ['lookalike', 'Đảng viên đi làm ăn xa theo mùa vụ thì chuyển sinh hoạt đảng tạm thời thế nào?', null],
  [
    'lookalike',
    'Hội nghị xúc tiến đầu tư thủy sản của tỉnh tháng tới có cho hợp tác xã tham gia không?',
    null,
  ],
  ['lookalike', 'Team mình cần book meeting room cho buổi họp chi bộ, có template invitation không?', null],
  ['lookalike', 'Deadline nộp KPI quý này của công ty là ngày nào vậy?', null],
  ['lookalike', 'AGM của công ty mẹ năm nay có vote chia cổ tức không?', null],
  ['lookalike', 'Bot có support export file PDF biên bản họp không?', null],
  ['lookalike', 'Webinar về chuyển đổi số cho đảng viên tuần sau có link Zoom không?', null],
  ['lookalike', 'App Sổ tay đảng viên bị lỗi login, fix thế nào?', null],
  ['lookalike', 'Cho em xin slide template đẹp để present báo cáo tổng kết cuối năm của phòng?', null],
  ['lookalike', 'Đảng phí của đảng viên hưởng lương hưu đóng bao nhiêu phần trăm?', null],
  ['lookalike', 'Phân loại đảng viên cuối năm nay có mấy mức?', null],
  ['lookalike', 'Đại hội Hội Khuyến học xã nhiệm kỳ mới cần chuẩn bị gì?', null],
  ['lookalike', 'Đại hội Hội Người cao tuổi thôn có bầu ban chấp hành không?', null],
  ['lookalike', 'Đại hội thể dục thể thao xã tổ chức môn bóng chuyền hơi khi nào?', null],
  ['lookalike', 'Hội nghị tiếp xúc cử tri của đại biểu Quốc hội ở xã em vào ngày nào?', null],
  ['lookalike', 'Đại hội Đảng Cộng sản Nhật Bản lần gần nhất diễn ra ở đâu?', null],
  ['lookalike', 'Bot ơi tối nay rảnh không, hát cho các cháu mẫu giáo nghe một bài được không?', null],
  ['lookalike', 'Thời tiết cuối tuần này ở Hà Nội có rét không?', null],
];

export const NEWSET65: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
