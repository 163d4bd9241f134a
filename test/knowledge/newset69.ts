/**
 * The sixty-ninth new evaluation set (issue 11, point 6), written on 2026-12-04 from 03:31 UTC
 * (committed in the commit "Eval: newset69, the sixty-ninth unseen set") by a helper (set69) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before its items) and its export line, the part of newset.ts before
 * `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under src/,
 * bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items were
 * read. Its users are imagined as the secretary of the party cell of a university faculty, a
 * student member preparing a report, the organisation board staff of a commune after the 2025
 * merger, a member who writes very short messages with abbreviations (đh, cb, đb, bcct), and a
 * foreign NGO worker writing in English who confuses congresses with conferences; with the
 * out-of-scope messages such users send (other organisations' congresses and meetings: the
 * faculty's Youth Union, the students' association, staff and workers' conferences, the school
 * council, the Farmers' Union, retired teachers, the Red Cross, the study-promotion association, a
 * family clan's gathering, a hometown students' association, an apartment building's first owners'
 * meeting, a parents' meeting, an investment promotion conference, the Korean Workers' and Lao
 * parties' congresses, the UN General Assembly, a climate conference, donor conferences and NGO
 * workshops; other senses of "đại hội" and "hội nghị": international science conferences,
 * internship reviews, history essays (the Sixth Congress of 1986), quizzes and essay contests
 * about the congress, semi-annual review conferences, voters' meetings, village meetings electing
 * a village head, a Central Committee plenum; other party business the pack does not cover:
 * temporary membership while abroad, retired lecturers' membership, discipline for cheating,
 * cell secretaries' allowances, political theory courses, thematic cell meetings, reports after
 * a course for new members, admission ceremonies, lost party cards, archiving members' files after
 * the merger, the members' database software, quarterly membership reports, merged village cells'
 * secretaries and names; people and phone numbers; women's share of the new committees; where a
 * commune's political report is published, a Word template of it, a livestream link; money
 * (water for the congress, flood donations); the commune's seat, militia quota, a village hall's
 * use, birth registration, and registering a foreign NGO project; academic titles and department
 * head planning; citing the article, exporting answers to PDF, voice messages and who wrote the
 * bot; observers, interpreters, etiquette and delegate lists for a foreign NGO).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset69.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, who was elected, which units
 * were chosen for the pilot congresses, which cells the five-yearly pilot covers, committee sizes
 * and delegate numbers, whether a new commune committee counts as grassroots, the time a speech
 * may take) were left out, not guessed.
 * Engine changes reached main after its commit: f3c52f3 and b7c5144 (the word prior relearned with
 * newset67 and newset68), b2ea913 and ad9e33d (a congress dated by a year or a decade the pack
 * never names), aed9ab5 (a document named again before its date), 490b8e3 (the synonyms 'ms' and
 * 'beforehand') and 26bde82 (absent phrases: tools, inspections, a military-political conference,
 * congress T-shirts); its writer saw none of them. It was measured once, at 03:49 UTC on main
 * 26bde82 (`node --expose-gc dist/bench/qa.js`, load 1.87): qa_new_top1 99.3 %, qa_new_oos_refused
 * 94.1 % (1 in-scope miss, 4 lookalikes answered; qa_p99_us 106.0 in that run, p50 29.7). Its
 * misses were listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  [
    'doc',
    'Chỉ thị số 35-CT/TW ngày 14/6/2024 hiện nay còn được áp dụng cho đại hội chi bộ khoa không?',
    'doc:ct-35-2024',
  ],
  ['doc', 'CT 35 năm 2024 của Bộ Chính trị đã bị thay bằng văn bản nào rồi?', 'doc:ct-35-2024'],
  ['doc', 'Directive 35 of June 2024: is it still valid for the congresses?', 'doc:ct-35-2024'],
  ['doc', 'ct35 nam 2024 tinh trang hien nay the nao', 'doc:ct-35-2024'],
  ['doc', 'Chỉ thị 35-CT/TW ngày 30/5/2019 là chỉ thị của nhiệm kỳ nào?', 'doc:ct-35-2019'],
  ['doc', 'CT số 35 năm 2019 hướng tới Đại hội XIII bây giờ còn dùng được không?', 'doc:ct-35-2019'],
  ['doc', 'Directive 35-CT/TW of May 2019: who issued it?', 'doc:ct-35-2019'],
  [
    'doc',
    'Thầy ơi, Kết luận 118-KL/TW mà em định trích trong báo cáo do cơ quan nào ban hành vậy?',
    'doc:kl-118-2025',
  ],
  ['doc', 'KL 118 đầu năm 2025 giờ còn hiệu lực không?', 'doc:kl-118-2025'],
  ['doc', 'Conclusion 118 of January 2025: what is its status now?', 'doc:kl-118-2025'],
  ['doc', 'ket luan so 118 ban hanh ngay nao', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị 45-CT/TW được ban hành ngày nào?', 'doc:ct-45-2025'],
  ['doc', 'ct45 ra doi thi thay the cho nhung van ban nao vay', 'doc:ct-45-2025'],
  ['doc', "Directive 45: what is its status as of the pack's date?", 'doc:ct-45-2025'],
  ['doc', 'CT số 45 của Bộ Chính trị về đại hội là văn bản gì?', 'doc:ct-45-2025'],
  [
    'doc',
    'Em cần ghi nguồn trong tiểu luận: Kết luận số 200-KL/TW ngày 17/10/2025 do những cơ quan nào ban hành?',
    'doc:kl-200-2025',
  ],
  ['doc', 'KL200 của Bộ Chính trị còn giá trị không', 'doc:kl-200-2025'],
  ['doc', 'Conclusion 200-KL/TW: which bodies issued it?', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW ngày 26/8/2024 có nội dung chi tiết thế nào?', 'doc:hd-27-2024'],
  ['doc', 'HD 27 của Ban Tổ chức Trung ương còn hiệu lực không?', 'doc:hd-27-2024'],
  [
    'doc',
    'Our partner mentioned Guidance 27 from the Central Organisation Commission; what date does it carry?',
    'doc:hd-27-2024',
  ],
  [
    'doc',
    'Hướng dẫn số 18-HD/BTCTU mà Đảng ủy trường gửi xuống hồi trước được Ban Tổ chức Thành ủy ban hành ngày nào?',
    'doc:hd-18-2024',
  ],
  ['doc', 'hd18 btctu huong dan ve cai gi', 'doc:hd-18-2024'],
  ['doc', 'Guidance 18-HD/BTCTU: is it still in force?', 'doc:hd-18-2024'],
  ['doc', 'Sinh viên hỏi: Kế hoạch 258-KH/TU của Thành ủy Hà Nội ký ngày bao nhiêu?', 'doc:kh-258-2024'],
  ['doc', 'KH 258 thành ủy có nội dung gì, bot có không?', 'doc:kh-258-2024'],
  [
    'doc',
    'I saw Plan 258 of the Hanoi Party Committee cited in a workshop handout; what is it?',
    'doc:kh-258-2024',
  ],
  [
    'doc',
    'Kế hoạch số 203-KH/QU của Quận ủy Hai Bà Trưng còn áp dụng khi đã bỏ cấp quận không?',
    'doc:kh-203-2024',
  ],
  ['doc', 'kh203 quận ủy hai bà trưng là kế hoạch về việc gì', 'doc:kh-203-2024'],
  ['doc', 'Plan 203-KH/QU: which body issued it and when?', 'doc:kh-203-2024'],
  [
    'doc',
    'Trong báo cáo em ghi Nghị quyết 26-NQ/TW năm 2018, cho em hỏi cơ quan ban hành là ai?',
    'doc:nq-26-2018',
  ],
  ['doc', 'NQ 26 ngày 19/5/2018 về cán bộ hiện trạng thế nào?', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26 of 2018 on cadres: who adopted it?', 'doc:nq-26-2018'],
  ['doc', 'Hướng dẫn 26-HD/BTCTW ngày 18/10/2019 bây giờ còn dùng không?', 'doc:hd-26-2019'],
  ['doc', 'HD 26 năm 2019 của Ban Tổ chức Trung ương hướng dẫn cái gì?', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26-HD/BTCTW of October 2019: does the bot use it?', 'doc:hd-26-2019'],
  [
    'doc',
    'Chi bộ khoa vẫn đang trích Quy định 89-QĐ/TW về tiêu chuẩn cán bộ, như vậy có còn đúng không?',
    'doc:qd-89-2017',
  ],
  ['doc', 'QĐ 89 năm 2017 bây giờ đã có văn bản khác thay chưa hả bot?', 'doc:qd-89-2017'],
  ['doc', 'Regulation 89 of August 2017: is it superseded?', 'doc:qd-89-2017'],
  ['doc', 'qd89 bo chinh tri ban hanh nam nao', 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365-QĐ/TW ngày 30/8/2025 thay cho văn bản nào?', 'doc:qd-365-2025'],
  ['doc', 'QD 365 cua Bo Chinh tri ve tieu chuan chuc danh', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365-QĐ/TW: what did it replace?', 'doc:qd-365-2025'],
  [
    'doc',
    'Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy Hà Nội về tiêu chí đánh giá cán bộ ký ngày nào, tình trạng ra sao?',
    'doc:qd-14-2023',
  ],
  ['doc', 'QĐ 14 của Thành ủy Hà Nội năm 2023 nói về gì?', 'doc:qd-14-2023'],
  ['doc', 'What is Regulation 14-QĐ/TU of the Hanoi Standing Board about, in plain words?', 'doc:qd-14-2023'],
  [
    'doc',
    'Quy định 2656-QĐ/QU ngày 13/11/2023 do Ban Thường vụ Quận ủy nào ban hành, quận đó giờ còn không?',
    'doc:qd-2656-2023',
  ],
  ['doc', 'qđ 2656 của quận ủy là tiêu chí đánh giá gì vậy bot', 'doc:qd-2656-2023'],
  ['doc', 'Regulation 2656 of the Hai Ba Trung district: its status?', 'doc:qd-2656-2023'],
  [
    'doc',
    'Quy định số 1216-QĐ/QU về quy hoạch cán bộ có từ năm nào, giờ hết cấp quận thì sao?',
    'doc:qd-1216-2022',
  ],
  ['doc', 'QĐ1216 của Ban Thường vụ Quận ủy còn hiệu lực không', 'doc:qd-1216-2022'],
  [
    'doc',
    'Which standing board issued Regulation 1216 on cadre planning, and what is its status?',
    'doc:qd-1216-2022',
  ],
  ['doc', 'Quy định 294-QĐ/TW về thí điểm đại hội chi bộ bắt đầu có hiệu lực từ bao giờ?', 'doc:qd-294-2025'],
  ['doc', 'QĐ 294 năm 2025 do cơ quan nào ban hành?', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294 of May 2025: is it in force?', 'doc:qd-294-2025'],
  [
    'unknown-doc',
    'Chi bộ khoa cần đọc Quy định 232-QĐ/TW về thi hành Điều lệ Đảng, bot có văn bản này không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Hướng dẫn số 06-HD/BTCĐU của Ban Tổ chức Đảng ủy xã về đại hội chi bộ thôn có trong bot không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kết luận 150-KL/TW về công tác nhân sự có còn hiệu lực không?', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 57-NQ/TW có yêu cầu gì với đại hội chi bộ khoa không?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch số 05-KH/ĐU của Đảng ủy xã mới về tổ chức đại hội chi bộ', 'unknown-doc'],
  ['unknown-doc', 'Directive 46-CT/TW: what does it say about party congresses?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 24-QĐ/TW năm 2021 thi hành Điều lệ Đảng ban hành ngày nào?', 'unknown-doc'],
  ['unknown-doc', 'kl 137 cua bo chinh tri noi gi ve dai hoi', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị quyết 60-NQ/TW về sắp xếp tổ chức bộ máy có trong nguồn của bot không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Hướng dẫn số 12-HD/ĐU của Đảng ủy trường đại học về đại hội chi bộ khoa', 'unknown-doc'],
  ['unknown-doc', 'Regulation 22-QĐ/TW on inspection and supervision: still in force?', 'unknown-doc'],
  ['unknown-doc', 'Công văn 1180-CV/BTCTW về đại hội đảng bộ xã sau sáp nhập nói gì?', 'unknown-doc'],
  ['unknown-doc', 'QĐ 190 của Ban Bí thư về đại hội còn dùng không', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 99-KH/TU của Thành ủy về đại hội đảng bộ thành phố', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 36-CT/TW ban hành năm nào?', 'unknown-doc'],
  ['unknown-doc', 'hd 09 btctw ve dai hoi dang bo xa', 'unknown-doc'],
  [
    'offword',
    'Tối nay vừa pha ấm trà vừa soạn bài, cho tôi hỏi báo cáo kiểm điểm của cấp ủy cần bảo đảm những yêu cầu gì?',
    'van-kien',
  ],
  [
    'offword',
    'Vừa dạy xong ca chiều mệt rã rời, nhắc giúp tôi đại hội chi bộ khoa phải có mấy nội dung chính?',
    'noi-dung',
  ],
  ['offword', 'Con ốm nên tôi làm việc ở nhà, chuẩn bị đại hội thì cần lập những tổ nào?', 'chuan-bi'],
  [
    'offword',
    'Mưa to mất điện cả xã nhưng vẫn phải hỏi: từ ngày nào không còn cấp huyện nữa?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Em đang ngồi thư viện ôn thi, cho em hỏi Đại hội XIV của Đảng diễn ra từ ngày nào đến ngày nào ạ?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Đi chợ về tiện hỏi luôn: đại hội chi bộ bây giờ thí điểm 5 năm mới tổ chức một lần phải không?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Máy tính ở khoa hỏng nên gõ bằng điện thoại: đại hội phải tránh phô trương hình thức, chống lãng phí đúng không?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Đang chờ xe buýt về quê, hỏi nhanh: đợt đại hội nhiệm kỳ 2025-2030 các cấp đã xong hết chưa?',
    'ket-qua',
  ],
  [
    'offword',
    'Uống cà phê sáng mấy anh em cãi nhau mãi: sau hội nghị 23/10/2024 văn bản về đại hội đã thay đổi những gì?',
    'thay-doi',
  ],
  [
    'offword',
    'Mai đi công tác Đà Nẵng, trước khi đi muốn biết chọn nhân sự cấp ủy khóa mới phải quán triệt những văn bản nào',
    'nhan-su',
  ],
  [
    'offword',
    'Hôm nay sinh nhật vợ mà vẫn phải ngồi viết báo cáo: báo cáo chính trị của chi bộ có phải là báo cáo trung tâm không?',
    'van-kien',
  ],
  [
    'offword',
    'Trời nóng quá, quạt cũng hỏng, hỏi bot một câu: đại hội điểm của đảng bộ cơ sở làm vào tháng nào?',
    'dai-hoi-diem',
  ],
  [
    'two-part',
    'Đại hội chi bộ gồm những nội dung gì, và văn kiện cấp ủy trình đại hội gồm những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Đại hội XIV tổ chức khi nào, và kết quả đại hội các cấp nhiệm kỳ 2025-2030 ra sao?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Cần lập những tổ nào để chuẩn bị đại hội, và nhân sự cấp ủy khóa mới chọn theo tiêu chuẩn nào?',
    'chuan-bi+nhan-su',
  ],
  [
    'two-part',
    'Từ 1/7/2025 cấp huyện còn không, và đại hội chi bộ bây giờ mấy năm một lần?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Đại hội điểm được tổ chức ra sao, và nguyên tắc khi tổ chức đại hội là gì?',
    'dai-hoi-diem+nguyen-tac',
  ],
  [
    'two-part',
    'Chỉ thị của Bộ Chính trị năm 2024 về đại hội có bao nhiêu yêu cầu, và sau đó những văn bản nào đã thay đổi?',
    'chi-thi-35+thay-doi',
  ],
  [
    'two-part',
    'For my report: what are the four contents of a congress, and what principles must it follow?',
    'noi-dung+nguyen-tac',
  ],
  ['two-part', 'đh cb có mấy nd, còn bcct thì viết ntn', 'noi-dung+van-kien'],
  [
    'two-part',
    'Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII là đại hội gì, và chính quyền 2 cấp bắt đầu từ khi nào?',
    'dai-hoi-quan+chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'Thời gian đại hội của từng loại tổ chức đảng thế nào, và đại hội điểm làm trong tháng mấy?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Bot dựa vào những văn bản nào, và việc chọn nhân sự cấp ủy khóa mới theo những quy định nào?',
    'tai-lieu+nhan-su',
  ],
  [
    'two-part',
    'Báo cáo kiểm điểm phải viết thế nào, và các tổ phục vụ đại hội gồm những tổ gì?',
    'van-kien+chuan-bi',
  ],
  [
    'unit',
    'Chi bộ khoa tôi là chi bộ trực thuộc đảng ủy cơ sở, đại hội phải làm trong khoảng thời gian nào?',
    'lich-trinh',
  ],
  [
    'unit',
    'Chi bộ cơ sở như chi bộ trường tiểu học trong xã thì hạn chót hoàn thành đại hội là ngày nào?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng bộ cơ sở tổ chức đại hội đảng viên hoặc đại hội đại biểu bắt đầu từ tháng mấy?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng bộ cơ sở của trường được chọn mấy chi bộ trực thuộc để chỉ đạo đại hội điểm?',
    'dai-hoi-diem',
  ],
  ['unit', 'Chi bộ cơ sở có được chọn làm đại hội điểm không, do ai chọn?', 'dai-hoi-diem'],
  ['unit', 'We are a grassroots party cell: by when should our congress have been finished?', 'lich-trinh'],
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở đại hội thì thảo luận, góp ý văn kiện của những cấp nào?',
    'noi-dung',
  ],
  ['unit', 'Đại hội đảng bộ cơ sở phải bầu những gì?', 'noi-dung'],
  ['unit', 'cb trực thuộc đh trước hay sau đb cơ sở?', 'lich-trinh'],
  ['unit', 'Ban chấp hành đảng bộ cơ sở phải trình đại hội của mình những báo cáo chủ yếu nào?', 'van-kien'],
  ['typo', 'dai hoi chi bo khoa minh phai lam may noi dung vay', 'noi-dung'],
  ['typo', 'bao cao chinh tri chi bo khoa em phai danh gia nhung mat nao a', 'van-kien'],
  ['typo', 'to chuc dh phai theo nguyen tac tap trung dan chu nhu the nao', 'nguyen-tac'],
  ['typo', 'Đại hôi XIV cuả Đảng khai mac ngay nao, be mac ngay nao', 'dai-hoi-xiv'],
  ['typo', 'thi diem dai hoi chi bo 5 nam 1 lan ap dung tu khi nao', 'chi-bo-5-nam'],
  ['typo', 'chuan bi đh co can thanh lap to nhan su, to van kien ko', 'chuan-bi'],
  ['typo', 'chinh quyen 2 cap o xa em bat dau chay tu ngay nao vay', 'chinh-quyen-2-cap'],
  ['typo', 'ket qua dh dang bo cac cap nk 2025-2030 the nao', 'ket-qua'],
  ['typo', 'Đại hội điễm của đảng bộ phừơng do ai lựa chọn', 'dai-hoi-diem'],
  ['typo', 'lưạ chọn nhân sư cấp uỷ khoá mơi phai quán triêt nghị quyêt nào', 'nhan-su'],
  ['typo', 'dai hoi dang bo quan hai ba trung lan thu XXVII nhiem ky 2025 2030', 'dai-hoi-quan'],
  ['typo', 'nhung thay doi sau hoi nghi quan triet thang 10 nam 2024', 'thay-doi'],
  ['typo', 'cac van ban ma bot dua vao la nhung van ban nao', 'tai-lieu'],
  [
    'en',
    "What must a party cell's congress cover? I keep mixing it up with a conference agenda.",
    'noi-dung',
  ],
  ['en', 'Which reports does the committee present to its congress?', 'van-kien'],
  ['en', "Our donors ask: on what dates was the Party's 14th National Congress held?", 'dai-hoi-xiv'],
  ['en', 'Is there still a district level of local government after July 2025?', 'chinh-quyen-2-cap'],
  [
    'en',
    'A colleague says party cells now hold a congress only once in five years on a trial basis; is that right?',
    'chi-bo-5-nam',
  ],
  ['en', 'Were the 2025-2030 party congresses completed? Our NGO report needs the outcome.', 'ket-qua'],
  ['en', 'What principles must a party congress follow, for instance against waste?', 'nguyen-tac'],
  ['en', 'Which teams should be set up to prepare a party congress?', 'chuan-bi'],
  ['en', 'What is a pilot congress, and who chose the units that held them?', 'dai-hoi-diem'],
  ['en', 'Which standards guide the choice of new committee members?', 'nhan-su'],
  ['en', 'I read about a dissemination conference in October 2024; what has changed since then?', 'thay-doi'],
  ['en', 'Which official documents are your answers based on, bot?', 'tai-lieu'],
  ['en', "What is the Hai Ba Trung district's 27th party congress?", 'dai-hoi-quan'],
  ['fact', 'Báo cáo chính trị có vai trò gì trong văn kiện trình đại hội?', 'van-kien'],
  ['fact', 'Đại hội chi bộ bầu đoàn đại biểu để đi dự đại hội nào?', 'noi-dung'],
  ['fact', 'Chỉ thị về đại hội năm 2024 của Bộ Chính trị có bao nhiêu phụ lục?', 'chi-thi-35'],
  ['fact', 'Bảy yêu cầu của chỉ thị về đại hội năm 2024 gồm những gì?', 'chi-thi-35'],
  ['fact', 'Kết luận về kết quả đại hội các cấp yêu cầu tiếp tục làm gì sau đại hội?', 'ket-qua'],
  ['fact', 'Trước khi thí điểm, Điều lệ Đảng quy định đại hội chi bộ bao lâu một lần?', 'chi-bo-5-nam'],
  [
    'fact',
    'Ai lựa chọn đảng bộ phường, đảng bộ khối hành chính sự nghiệp để tổ chức đại hội điểm?',
    'dai-hoi-diem',
  ],
  ['fact', 'Hội nghị quán triệt văn bản đại hội ở cơ sở phải tổ chức trực tiếp hay trực tuyến?', 'chuan-bi'],
  ['fact', 'Báo cáo kiểm điểm của chi ủy khoa phải thể hiện tinh thần gì?', 'van-kien'],
  ['fact', 'Bot có biết Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII họp ngày nào không?', 'dai-hoi-quan'],
  ['fact', 'Đại hội đại biểu toàn quốc lần thứ XIV diễn ra trong bao nhiêu ngày?', 'dai-hoi-xiv'],
  ['fact', 'Khi chuẩn bị đại hội phải tổng kết các đề án, chuyên đề của nhiệm kỳ nào?', 'chuan-bi'],
  ['fact', 'Nguyên tắc nào được nhấn mạnh nhất khi cấp ủy lãnh đạo đại hội?', 'nguyen-tac'],
  [
    'lookalike',
    'Chi bộ khoa tôi có giảng viên sắp sang Nhật làm nghiên cứu sau tiến sĩ hai năm, đồng chí ấy sinh hoạt đảng tạm thời ở đâu?',
    null,
  ],
  ['lookalike', 'Hội nghị viên chức, người lao động của trường năm học mới tổ chức vào tháng mấy?', null],
  [
    'lookalike',
    'Đại hội Đoàn Thanh niên khoa nhiệm kỳ 2025-2027 có bầu bí thư trực tiếp tại đại hội không?',
    null,
  ],
  ['lookalike', 'Đại hội đại biểu Hội Sinh viên trường lần tới họp vào thời gian nào?', null],
  [
    'lookalike',
    'Chi bộ khoa có sinh viên đảng viên gian lận trong thi cử, kỷ luật đảng theo hình thức nào?',
    null,
  ],
  [
    'lookalike',
    'Bí thư chi bộ khoa kiêm trưởng khoa có được nhận phụ cấp cấp ủy không, mức bao nhiêu?',
    null,
  ],
  [
    'lookalike',
    'Đảng ủy trường giao chi bộ khoa cử một đồng chí đi học trung cấp lý luận chính trị, hồ sơ gồm những gì?',
    null,
  ],
  [
    'lookalike',
    'Khoa tôi tổ chức hội nghị khoa học quốc tế, mời đại biểu nước ngoài có cần xin phép Đảng ủy trường không?',
    null,
  ],
  [
    'lookalike',
    'Chi bộ khoa muốn sinh hoạt chuyên đề về chuyển đổi số trong giảng dạy, có tài liệu gợi ý không?',
    null,
  ],
  ['lookalike', 'Phiên họp thường kỳ của Hội đồng trường có bắt buộc bí thư đảng ủy phải dự không?', null],
  ['lookalike', 'Tiêu chuẩn xét công nhận chức danh phó giáo sư năm nay có gì mới?', null],
  ['lookalike', 'Quy hoạch chức danh trưởng bộ môn trong khoa làm theo hướng dẫn nào của nhà trường?', null],
  [
    'lookalike',
    'Em đang viết tiểu luận về Đại hội VI năm 1986 và đường lối đổi mới, cho em xin các ý chính ạ',
    null,
  ],
  [
    'lookalike',
    'Trích dẫn bài viết về hội nghị quán triệt của Quận ủy Hai Bà Trưng theo chuẩn APA thì ghi thế nào ạ?',
    null,
  ],
  ['lookalike', 'Bài thu hoạch sau lớp bồi dưỡng đảng viên mới phải viết tối thiểu bao nhiêu trang?', null],
  ['lookalike', 'Em muốn xuất câu trả lời của bot ra file PDF để nộp cho thầy thì làm thế nào?', null],
  [
    'lookalike',
    'Sinh viên là đảng viên dự bị tham gia phục vụ đại hội có được cộng điểm rèn luyện không?',
    null,
  ],
  [
    'lookalike',
    'So sánh giúp em đại hội của Đảng Lao động Triều Tiên với đại hội của Đảng Nhân dân Cách mạng Lào',
    null,
  ],
  [
    'lookalike',
    'Em cần số liệu tỷ lệ nữ trong ban chấp hành các đảng bộ sau đại hội để đưa vào báo cáo nhóm',
    null,
  ],
  [
    'lookalike',
    'Cuộc thi trắc nghiệm tìm hiểu về đại hội đảng bộ thành phố tuần này đáp án câu 7 là gì?',
    null,
  ],
  ['lookalike', 'Bài dự thi chính luận về bảo vệ nền tảng tư tưởng của Đảng gửi về địa chỉ email nào?', null],
  ['lookalike', 'Hội thảo khoa học về Cách mạng Tháng Tám của khoa nhận bản tóm tắt đến hạn nào?', null],
  [
    'lookalike',
    'Đảng ủy xã mới nhận hồ sơ đảng viên của ba xã cũ, sắp xếp lưu trữ theo thứ tự nào cho đúng?',
    null,
  ],
  ['lookalike', 'Sau sáp nhập, trụ sở đảng ủy xã đặt ở xã cũ nào thì đúng quy định?', null],
  ['lookalike', 'Chi bộ thôn nhập hai thôn làm một thì bí thư chi bộ cũ nào làm bí thư chi bộ mới?', null],
  [
    'lookalike',
    'Đảng ủy xã tổ chức hội nghị sơ kết 6 tháng đầu năm, đề cương báo cáo sơ kết gồm những phần nào?',
    null,
  ],
  ['lookalike', 'Hội nghị tiếp xúc cử tri trước kỳ họp Quốc hội ở xã mình tổ chức ở nhà văn hóa nào?', null],
  ['lookalike', 'Trưởng thôn mới sau khi nhập thôn được bầu tại hội nghị nhân dân theo quy trình nào?', null],
  ['lookalike', 'Đăng ký khai sinh cho con ở xã mới sau sáp nhập cần mang những giấy tờ gì?', null],
  [
    'lookalike',
    'Phần mềm cơ sở dữ liệu đảng viên báo lỗi khi chuyển đảng viên từ xã cũ sang đảng bộ xã mới, gọi tổng đài nào?',
    null,
  ],
  [
    'lookalike',
    'Ban Tổ chức Đảng ủy xã phải gửi báo cáo số lượng đảng viên hằng quý lên trên trước ngày mấy?',
    null,
  ],
  ['lookalike', 'Nhà văn hóa thôn cũ bỏ trống sau sáp nhập có được cho thuê làm bãi trông xe không?', null],
  ['lookalike', 'Dân quân thường trực của xã mới được giao chỉ tiêu bao nhiêu người?', null],
  [
    'lookalike',
    'Đảng ủy xã mới muốn đổi tên các chi bộ thôn theo tên thôn mới thì phải xin ý kiến ai?',
    null,
  ],
  ['lookalike', 'bcct đh xã mình đăng ở đâu đọc đc', null],
  ['lookalike', 'đb xã mình ai trúng bí thư v', null],
  ['lookalike', 'thẻ đv bị mất thì làm lại ở đâu', null],
  ['lookalike', 'đh hội nông dân xã bao giờ tổ chức', null],
  ['lookalike', 'bcct mẫu word có ko, gửi mình file với', null],
  ['lookalike', 'đh cb xong rồi thì tiền nước uống quyết toán vào đâu', null],
  ['lookalike', 'bí thư cb thôn mình sđt bn', null],
  ['lookalike', 'đh hội cựu giáo chức xã khi nào', null],
  ['lookalike', 'Can our NGO send an observer to a commune party congress?', null],
  ['lookalike', 'Where do I register for the climate resilience conference in Hanoi next month?', null],
  [
    'lookalike',
    'Our NGO plans a stakeholder workshop with the newly merged commune; whose permission do we need?',
    null,
  ],
  ['lookalike', 'Could you recommend an interpreter for a provincial donor conference?', null],
  [
    'lookalike',
    'Is a National Assembly session the same thing as the Party Congress, and when does the next session open?',
    null,
  ],
  ['lookalike', 'How do we register a foreign NGO project with PACCOM?', null],
  ['lookalike', 'When is the general debate of the UN General Assembly this year?', null],
  [
    'lookalike',
    'What is the proper etiquette for inviting the commune party secretary to our project launch?',
    null,
  ],
  [
    'lookalike',
    "Does a university's party cell sign research cooperation agreements with foreign NGOs?",
    null,
  ],
  [
    'lookalike',
    'Can you send me the full list of delegates at the last Party Congress with their email addresses?',
    null,
  ],
  [
    'lookalike',
    'Is there a youth conference of the party where our volunteers could present a poster?',
    null,
  ],
  ['lookalike', 'Đại hội dòng họ Nguyễn Văn ở quê tôi năm nay có phải báo cáo chính quyền xã không?', null],
  [
    'lookalike',
    'Hội nghị nhà chung cư lần đầu để bầu ban quản trị cần bao nhiêu phần trăm chủ hộ tham dự?',
    null,
  ],
  ['lookalike', 'Đại hội Hội đồng hương sinh viên Nghệ An tại Hà Nội năm nay tổ chức ở đâu?', null],
  ['lookalike', 'Đại hội Hội Chữ thập đỏ xã nhiệm kỳ mới bầu bao nhiêu ủy viên ban chấp hành?', null],
  ['lookalike', 'Đại hội Hội Khuyến học xã có cần chi bộ thôn giới thiệu nhân sự không?', null],
  ['lookalike', 'Hội nghị cha mẹ học sinh đầu năm có được thu quỹ lớp không?', null],
  ['lookalike', 'Hội nghị xúc tiến đầu tư của tỉnh năm nay giới thiệu những dự án nào?', null],
  ['lookalike', 'Hội nghị Trung ương lần này bàn những vấn đề gì về sắp xếp tỉnh?', null],
  ['lookalike', 'Chi bộ khoa kêu gọi quyên góp ủng hộ đồng bào vùng lũ, số tài khoản nhận tiền là gì?', null],
  ['lookalike', 'Đại hội đảng bộ xã có phát trực tiếp trên YouTube không, cho xin đường link', null],
  ['lookalike', 'Bot có nghe được tin nhắn thoại không, tôi lười gõ quá', null],
  ['lookalike', 'Ai viết ra con bot này, dùng có mất tiền không?', null],
  ['lookalike', 'Lễ kết nạp đảng viên mới cho sinh viên có được tổ chức tại khu di tích không?', null],
  ['lookalike', 'Tuần sau khoa tổ chức hội nghị tổng kết thực tập, tôi cần mẫu giấy mời', null],
  [
    'lookalike',
    'Đảng viên là giảng viên nghỉ hưu có được tiếp tục sinh hoạt ở chi bộ khoa không hay phải về nơi cư trú?',
    null,
  ],
];

export const NEWSET69: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
