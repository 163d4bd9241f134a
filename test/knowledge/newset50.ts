/**
 * The fiftieth new evaluation set (issue 11, point 6), written on 2026-12-04 from 01:53 UTC
 * (committed in the commit "Eval: newset50, the fiftieth unseen set") by a helper (set50) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before its `const items` line) and its last line, the part of newset.ts
 * before `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under
 * src/, bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items
 * were read. Main stood at 56d3c7a when it was begun. Its users are imagined as the secretary of a
 * party cell in a textile company, a pensioner who forwards long news items before asking, a
 * French historian who writes in English, the secretary of the cell of a district cultural centre
 * that became a ward centre, a member who asks in two or three words, and the chief of a ward
 * party committee's organisation board; with the out-of-scope messages such users send (other
 * organisations' congresses and meetings: the textile company's trade-union congress and workers'
 * conference, a shareholders' meeting, a buyers' audit, the ward's elderly and veterans'
 * associations, the retired teachers' association, a residents' group meeting, the French
 * Communist Party's congresses, the Chinese party's plenum; other senses of "đại hội" and "hội
 * nghị": a ward sports festival, a dance club's year-end gathering, a history seminar, the
 * Party's early congresses of 1935, 1951 and 1986 and the Tours congress of 1920; other party
 * business the pack does not cover: admission files, probation, year-end grading, lost party
 * cards, badges for long membership, dues, transfers to a residence cell, party-management
 * software, monthly cell meetings, the Central Committee's plenums; people in posts; addresses,
 * phone numbers and opening hours of the ward centre; money and prices: gold, pensions, overtime,
 * Tết bonuses, hall hire, performance fees; local government services after the merger: the new
 * ward's seal, birth certificates, residence papers, the cultural centre's staffing; everyday
 * life: fabric orders, fire drills, canteen menus, karaoke sets, the mid-autumn programme,
 * weather, train tickets; the archives and citation questions of a historian; and the bot itself).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset50.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units held the pilot
 * congresses, who was elected, age limits, committee sizes, the money a congress may spend, which
 * cells the five-yearly pilot covers, membership figures) were left out, not guessed.
 *
 * Engine changes reached main after its commit: 9017e8d (the asking part decides other party
 * business), 72e2895 (a numbered congress), fbfb99a (office paperwork, the Party's positions) and
 * 83ccee9 (observers, monthly meetings, a count told in the story); its writer saw none of them.
 * It was measured once, at 02:03 UTC on main 83ccee9 (`node --expose-gc dist/bench/qa.js`, load
 * 1.62): qa_new_top1 98.5 %, qa_new_oos_refused 98.3 % (2 in-scope misses, 1 lookalike answered;
 * qa_p99_us 89.4 in that run, p50 28.5). Its misses were listed after that run, and it is a
 * development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number, in several spellings.
  [
    'doc',
    'Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị giờ còn áp dụng cho chi bộ xưởng may không?',
    'doc:ct-35-2024',
  ],
  ['doc', 'CT35 năm 2024 bị văn bản nào thay rồi?', 'doc:ct-35-2024'],
  [
    'doc',
    'For my chapter on the 2025 congresses: what became of Directive 35 of June 2024?',
    'doc:ct-35-2024',
  ],
  ['doc', 'chi thi 35 nam 2024 cua bo chinh tri het hieu luc tu bao gio', 'doc:ct-35-2024'],
  [
    'doc',
    'Chỉ thị 35-CT/TW ngày 30/5/2019 hướng tới Đại hội XIII có phải văn bản bot đang dùng?',
    'doc:ct-35-2019',
  ],
  ['doc', 'Directive 35 of May 2019, the one before the 13th Congress: do you hold it?', 'doc:ct-35-2019'],
  ['doc', 'CT 35 năm 2019 nhiệm kỳ trước', 'doc:ct-35-2019'],
  ['doc', 'Kết luận 118-KL/TW do cơ quan nào ký ban hành vậy đồng chí?', 'doc:kl-118-2025'],
  ['doc', 'KL118 sửa những gì của chỉ thị cũ', 'doc:kl-118-2025'],
  ['doc', 'Conclusion 118 of January 2025: who issued it, and is it still in force?', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị 45-CT/TW ngày 14/4/2025 hiện nay tình trạng thế nào?', 'doc:ct-45-2025'],
  ['doc', 'CT45?', 'doc:ct-45-2025'],
  ['doc', 'Directive 45 of April 2025 replaced which texts?', 'doc:ct-45-2025'],
  ['doc', 'chỉ thị số 45 của bộ chính trị về đại hội các cấp', 'doc:ct-45-2025'],
  ['doc', 'Kết luận số 200-KL/TW ngày 17/10/2025 có cả Ban Bí thư cùng ban hành à?', 'doc:kl-200-2025'],
  ['doc', 'KL 200 nói gì về đại hội các cấp', 'doc:kl-200-2025'],
  ['doc', 'Conclusion 200-KL/TW of October 2025: what does it record?', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW ngày 26/8/2024 hướng dẫn chỉ thị nào?', 'doc:hd-27-2024'],
  ['doc', 'HD27 ban tổ chức TW nội dung đã xác nhận chưa', 'doc:hd-27-2024'],
  ['doc', 'Guidance 27-HD/BTCTW of August 2024, what is known of it?', 'doc:hd-27-2024'],
  ['doc', 'Hướng dẫn số 18-HD/BTCTU ngày 01/10/2024 hướng dẫn những văn bản nào?', 'doc:hd-18-2024'],
  ['doc', 'hd 18 btctu ha noi con gia tri khong', 'doc:hd-18-2024'],
  ['doc', 'Guidance 18 of the Hanoi city Organisation Board, October 2024', 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch 258-KH/TU ngày 15/7/2024 của Thành ủy Hà Nội nói gì?', 'doc:kh-258-2024'],
  ['doc', 'kh258', 'doc:kh-258-2024'],
  ['doc', 'Plan 258 of the Hanoi Party Committee (July 2024)', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch số 203-KH/QU ngày 29/7/2024 của Quận ủy Hai Bà Trưng', 'doc:kh-203-2024'],
  ['doc', 'KH 203 quận ủy giờ quận không còn thì sao', 'doc:kh-203-2024'],
  ['doc', 'Plan 203-KH/QU of the Hai Ba Trung district committee', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW ngày 19/5/2018 của Trung ương khóa XII là văn bản gì?', 'doc:nq-26-2018'],
  ['doc', 'NQ26 năm 2018 về cán bộ', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26 of the 12th Central Committee, May 2018', 'doc:nq-26-2018'],
  ['doc', 'Quy định 89-QĐ/TW ngày 04/8/2017 về tiêu chuẩn cán bộ còn dùng không?', 'doc:qd-89-2017'],
  ['doc', 'QĐ 89 thay bằng gì rồi hả', 'doc:qd-89-2017'],
  ['doc', 'Regulation 89 of 2017 on cadre standards: superseded?', 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365-QĐ/TW ngày 30/8/2025 của Bộ Chính trị', 'doc:qd-365-2025'],
  ['doc', 'qd365 tieu chuan chuc danh can bo', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365-QĐ/TW of August 2025 replaced which earlier text?', 'doc:qd-365-2025'],
  [
    'doc',
    'Quy định 14-QĐ/TU ngày 06/11/2023 ban thường vụ thành ủy ban hành còn dùng cho phường không?',
    'doc:qd-14-2023',
  ],
  ['doc', 'QĐ 14 thành ủy năm 2023', 'doc:qd-14-2023'],
  ['doc', 'Regulation 14-QĐ/TU of the Hanoi Standing Board, November 2023', 'doc:qd-14-2023'],
  ['doc', 'Quy định 2656-QĐ/QU ngày 13/11/2023 của Ban Thường vụ Quận ủy', 'doc:qd-2656-2023'],
  ['doc', 'QĐ2656 quận ủy hai bà trưng', 'doc:qd-2656-2023'],
  ['doc', 'Regulation 2656 of the district Standing Board on evaluating cadres', 'doc:qd-2656-2023'],
  ['doc', 'Quy định 1216-QĐ/QU ngày 06/4/2022 về quy hoạch cán bộ', 'doc:qd-1216-2022'],
  ['doc', 'qđ 1216 quy hoạch', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216-QĐ/QU on cadre planning, 2022', 'doc:qd-1216-2022'],
  [
    'doc',
    'Quy định 294-QĐ/TW ngày 26/5/2025 áp dụng cho đại hội chi bộ dệt may từ lúc nào?',
    'doc:qd-294-2025',
  ],
  ['doc', 'QĐ294 thí điểm', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294 of May 2025 on the pilot: who issued it?', 'doc:qd-294-2025'],
  ['doc', 'Hướng dẫn 26-HD/BTCTW ngày 18/10/2019 hướng dẫn cái gì?', 'doc:hd-26-2019'],
  ['doc', 'HD 26 năm 2019 còn dùng được cho nhiệm kỳ này không', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26-HD/BTCTW of October 2019 (previous term)', 'doc:hd-26-2019'],

  // Documents the pack does not hold.
  ['unknown-doc', 'Quy định 24-QĐ/TW thi hành Điều lệ có điều nào nói về chi bộ ghép không?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 01-HD/TW của Ban Bí thư về nghiệp vụ công tác đảng', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 47-KH/ĐU của Đảng ủy phường năm 2025 có trong bot không?', 'unknown-doc'],
  ['unknown-doc', 'Công văn 6930-CV/BTCTU của Ban Tổ chức Thành ủy hướng dẫn gì?', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 08-CT/TU của Thành ủy về đại hội chi bộ', 'unknown-doc'],
  ['unknown-doc', 'Quyết định 1362-QĐ/TU thành lập đảng bộ phường mới', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 57-NQ/TW của Bộ Chính trị', 'unknown-doc'],
  ['unknown-doc', 'KL150 về sắp xếp tổ chức bộ máy', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 12-HD/VPTW về thể thức văn bản đại hội', 'unknown-doc'],
  ['unknown-doc', 'Quy định 22-QĐ/TW về công tác kiểm tra giám sát', 'unknown-doc'],
  ['unknown-doc', 'Thông báo 31-TB/QU của Quận ủy về lịch đại hội chi bộ khối văn hóa', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 60-NQ/TW hội nghị Trung ương 11 có liên quan đại hội không?', 'unknown-doc'],
  ['unknown-doc', 'Directive 36-CT/TW: is it in your sources?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 190-QĐ/TW về quản lý cán bộ', 'unknown-doc'],
  ['unknown-doc', 'hd 21 btgtu ve tuyen truyen dai hoi', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 112-KH/ĐU của Đảng ủy Tổng công ty Dệt may về đại hội chi bộ', 'unknown-doc'],

  // Everyday words around an in-scope question.
  [
    'offword',
    'Ca đêm xưởng dệt vừa xong, em tranh thủ hỏi: đại hội chi bộ phải có mấy nội dung?',
    'noi-dung',
  ],
  ['offword', 'Tay còn dính bụi vải, hỏi nhanh: báo cáo kiểm điểm của chi ủy phải viết thế nào?', 'van-kien'],
  ['offword', 'Cháu nội tôi đang ốm, tôi tranh thủ hỏi: Đại hội XIV của Đảng họp mấy ngày?', 'dai-hoi-xiv'],
  [
    'offword',
    'Trung tâm văn hóa đang tập văn nghệ ồn quá, cho hỏi: đại hội phải chống lãng phí, không phô trương thế nào?',
    'nguyen-tac',
  ],
  ['offword', 'Sau bữa trưa ở căng tin, tôi muốn biết chuẩn bị đại hội cần lập những tổ nào', 'chuan-bi'],
  [
    'offword',
    'Mưa to ngập đường, không đến phường được, hỏi qua bot: đại hội điểm chi bộ trực thuộc làm tháng nào?',
    'dai-hoi-diem',
  ],
  ['offword', 'Vừa đi chợ về, bà hỏi: chi bộ bây giờ bao nhiêu năm mới đại hội một lần?', 'chi-bo-5-nam'],
  [
    'offword',
    'Đang chờ xe buýt, hỏi tí: quận không còn nữa thì các đảng bộ quận ở Hà Nội ra sao?',
    'chinh-quyen-2-cap',
  ],
  ['offword', 'Uống xong cốc cà phê, tôi hỏi: đại hội các cấp nhiệm kỳ này đã xong hết chưa?', 'ket-qua'],
  [
    'offword',
    'Máy khâu hỏng cả buổi, sẵn rảnh hỏi: chọn cấp ủy khóa mới dựa theo tiêu chuẩn nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Over a croissant in the archive café: what changed after the October 2024 conference?',
    'thay-doi',
  ],

  // Two-part questions.
  [
    'two-part',
    'Đại hội chi bộ gồm những nội dung gì, và chi ủy trình những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chuẩn bị đại hội phải làm những việc gì và phải tuân thủ nguyên tắc nào?',
    'chuan-bi+nguyen-tac',
  ],
  [
    'two-part',
    'Đại hội điểm tổ chức khi nào, còn các chi bộ khác đại hội theo lịch nào?',
    'dai-hoi-diem+lich-trinh',
  ],
  [
    'two-part',
    'Since the 2024 conference, what changed, and how did the congresses end up?',
    'thay-doi+ket-qua',
  ],
  [
    'two-part',
    'Chính quyền hai cấp bắt đầu từ khi nào, và Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII tổ chức theo kế hoạch nào?',
    'chinh-quyen-2-cap+dai-hoi-quan',
  ],
  ['two-part', 'Đại hội XIV họp ngày nào, và đại hội chi bộ gồm mấy nội dung?', 'dai-hoi-xiv+noi-dung'],
  [
    'two-part',
    'Báo cáo chính trị cần những gì, và nhân sự cấp ủy mới chọn theo tiêu chuẩn nào?',
    'van-kien+nhan-su',
  ],
  [
    'two-part',
    'Chỉ thị năm 2024 gồm mấy phần và bao nhiêu yêu cầu, nó bị thay bởi văn bản nào?',
    'chi-thi-35+thay-doi',
  ],
  ['two-part', 'Bot dựa vào những văn bản nào, và đại hội các cấp đã kết thúc chưa?', 'tai-lieu+ket-qua'],
  ['two-part', 'Chi bộ bao lâu đại hội một lần, và đại hội gồm mấy nội dung?', 'chi-bo-5-nam+noi-dung'],

  // Per unit type.
  ['unit', 'Chi bộ trực thuộc đảng ủy cơ sở công ty dệt phải xong đại hội trong tháng nào?', 'lich-trinh'],
  ['unit', 'Chi bộ cơ sở như trung tâm văn hóa chúng tôi đại hội trong khoảng thời gian nào?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở công ty dệt tổ chức đại hội sau khi các chi bộ trực thuộc xong, đúng không, hạn là bao giờ?',
    'lich-trinh',
  ],
  ['unit', 'Mỗi đảng bộ cơ sở chọn mấy chi bộ trực thuộc để đại hội điểm?', 'dai-hoi-diem'],
  [
    'unit',
    'Quận chọn đảng bộ phường, đảng bộ khối hành chính sự nghiệp và chi bộ cơ sở nào để làm điểm, vào lúc nào?',
    'dai-hoi-diem',
  ],
  ['unit', 'Party cell under a grassroots committee: congress window?', 'lich-trinh'],
  ['unit', 'Grassroots party committee: what four items must its congress cover?', 'noi-dung'],
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở: quy định thí điểm đại hội 5 năm một lần có hiệu lực từ ngày nào?',
    'chi-bo-5-nam',
  ],

  // Typos, no diacritics, abbreviations.
  ['typo', 'dh chi bo xuong may gom nhung nd gi', 'noi-dung'],
  ['typo', 'bao cao chinh tri cua chi bo la bao cao trung tam phai danh gia nhung gi', 'van-kien'],
  ['typo', 'thanh lap to nhan su to van kien to to chuc phuc vu dh', 'chuan-bi'],
  ['typo', 'nguyen tac tap trung dan chu khi to chuc dai hoi dang', 'nguyen-tac'],
  ['typo', 'dh toan quoc lan thu 14 hop tu ngay nao', 'dai-hoi-xiv'],
  ['typo', 'CB dh 5 nam 1 lan thi diem tu bao gio', 'chi-bo-5-nam'],
  ['typo', 'ket qua dh cac cap nk 2025-2030 bo chinh tri danh gia ra sao', 'ket-qua'],
  ['typo', 'dh dang bo quan hai ba trung lan thu xxvii', 'dai-hoi-quan'],
  ['typo', 'chinh quyen dia phuong 2 cap van hanh tu ngay nao', 'chinh-quyen-2-cap'],
  ['typo', 'đaị hôị điểm tháng 12 năm 2024', 'dai-hoi-diem'],
  ['typo', 'nhung van ban bot dua vao de tra loi', 'tai-lieu'],

  // English.
  ['en', 'Which two reports does a committee put before its congress?', 'van-kien'],
  ['en', 'What four items must a 2025-2030 party congress include?', 'noi-dung'],
  ['en', 'When exactly did the Party hold its 14th National Congress?', 'dai-hoi-xiv'],
  [
    'en',
    'How did the abolition of districts in July 2025 affect party committees in Hanoi?',
    'chinh-quyen-2-cap',
  ],
  ['en', 'What teams should a grassroots organisation set up to prepare its congress?', 'chuan-bi'],
  [
    'en',
    'What principles governed the holding of these congresses, democratic centralism included?',
    'nguyen-tac',
  ],
  ['en', 'By what standards were new committee members to be chosen?', 'nhan-su'],
  [
    'en',
    'The 27th congress of the Hai Ba Trung district party organisation: under which plan were grassroots congresses held toward it?',
    'dai-hoi-quan',
  ],
  ['en', 'For my footnotes, which documents do you draw on for the 2025-2030 congresses?', 'tai-lieu'],
  [
    'en',
    'Did the party congresses of 2025-2030 at every level finish as planned, according to the Politburo?',
    'ket-qua',
  ],

  // Facts from FACTS.md.
  ['fact', 'Chỉ thị về đại hội năm 2024 có mấy phần và mấy phụ lục?', 'chi-thi-35'],
  ['fact', 'Chỉ thị đại hội năm 2024 đặt ra bảy yêu cầu, cho tôi bản tóm tắt từng yêu cầu', 'chi-thi-35'],
  ['fact', 'Ngày 1/7/2025 Hà Nội có mấy chục đảng bộ quận, huyện thôi hoạt động?', 'chinh-quyen-2-cap'],
  ['fact', 'Trước thí điểm, Điều lệ Đảng quy định đại hội chi bộ mấy lần trong 5 năm?', 'chi-bo-5-nam'],
  ['fact', 'Đại hội XIV của Đảng bế mạc vào ngày mấy tháng 1?', 'dai-hoi-xiv'],
  ['fact', 'Bộ Chính trị và Ban Bí thư kết luận gì về đại hội các cấp tháng 10/2025?', 'ket-qua'],
  ['fact', 'Tiêu chuẩn cán bộ năm 2017 được thay bằng quy định mới vào ngày nào?', 'thay-doi'],
  ['fact', 'Từ sau hội nghị quán triệt tháng 10/2024 có những mốc thay đổi nào?', 'thay-doi'],
  ['fact', 'Chỉ thị năm 2024 có những phụ lục nào, có phụ lục về tuổi không?', 'chi-thi-35'],
  [
    'fact',
    '[Chuyển tiếp] Chiều 23/1/2026, Đại hội đại biểu toàn quốc lần thứ XIV của Đảng bế mạc sau nhiều ngày làm việc khẩn trương, thông qua nghị quyết... Các bác cho tôi hỏi Đại hội XIV khai mạc ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'fact',
    '[Chuyển tiếp từ nhóm hưu trí] Từ 1/7/2025 cả nước vận hành chính quyền địa phương hai cấp, bỏ cấp huyện, sáp nhập nhiều xã phường... Vậy cấp huyện bỏ từ ngày nào hả bot?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    '[Forward] Bộ Chính trị, Ban Bí thư vừa ra kết luận đánh giá đại hội các cấp... Tóm lại đại hội đảng bộ các cấp có đáp ứng yêu cầu của chỉ thị không?',
    'ket-qua',
  ],

  // Lookalikes: the textile company's cell secretary.
  ['lookalike', 'Đại hội công đoàn cơ sở công ty dệt nhiệm kỳ 2028-2033 cần chuẩn bị những gì?', null],
  ['lookalike', 'Hội nghị người lao động cuối năm ở nhà máy sợi phải thông qua những nội dung gì?', null],
  ['lookalike', 'Đơn giá làm thêm giờ ca đêm ở xưởng may tính thế nào?', null],
  [
    'lookalike',
    'Khách hàng châu Âu sắp đánh giá nhà máy về trách nhiệm xã hội, cần chuẩn bị hồ sơ gì?',
    null,
  ],
  ['lookalike', 'Thưởng Tết năm nay của công nhân dệt bao nhiêu tháng lương?', null],
  ['lookalike', 'Lịch diễn tập phòng cháy chữa cháy ở kho vải tháng tới là ngày nào?', null],
  ['lookalike', 'Thực đơn căng tin ca ba tuần này có gì?', null],
  ['lookalike', 'Đại hội cổ đông thường niên của tổng công ty dệt may bầu hội đồng quản trị ra sao?', null],
  ['lookalike', 'Chi bộ xưởng may muốn kết nạp một tổ trưởng chuyền, hồ sơ gồm những gì?', null],
  ['lookalike', 'Công nhân nữ sinh con được nghỉ thai sản mấy tháng?', null],

  // Lookalikes: the pensioner who forwards news.
  [
    'lookalike',
    '[Chuyển tiếp] Giá vàng miếng sáng nay tăng mạnh, chạm mức kỷ lục mới, người dân xếp hàng mua... Bot cho hỏi mai nên mua vàng chưa?',
    null,
  ],
  [
    'lookalike',
    '[Chuyển tiếp] Từ tháng 7 lương hưu được điều chỉnh tăng thêm, người nghỉ hưu trước năm 1995 được hưởng thêm... Lương hưu của tôi tăng bao nhiêu?',
    null,
  ],
  [
    'lookalike',
    '[Chuyển tiếp] Đại hội Hội Người cao tuổi phường nhiệm kỳ mới đã thành công tốt đẹp, bầu ban chấp hành 15 người... Hội người cao tuổi đại hội mấy năm một lần?',
    null,
  ],
  [
    'lookalike',
    '[Chuyển tiếp] Hội Cựu giáo chức quận tổ chức gặp mặt kỷ niệm 20/11 tại nhà văn hóa... Hội cựu giáo chức sau sáp nhập sinh hoạt ở đâu?',
    null,
  ],
  [
    'lookalike',
    '[Chuyển tiếp] Trung Quốc họp hội nghị toàn thể Trung ương lần thứ tư, thông qua kiến nghị kế hoạch 5 năm... Hội nghị đó bàn những gì?',
    null,
  ],
  [
    'lookalike',
    '[Chuyển tiếp] Bão số 10 đang tiến vào vịnh Bắc Bộ, gió giật cấp 12... Hà Nội ngày mai có mưa to không bot?',
    null,
  ],
  ['lookalike', 'Đảng viên 55 tuổi Đảng được tặng huy hiệu và tiền thưởng bao nhiêu?', null],
  ['lookalike', 'Tôi đã nghỉ hưu, giấy giới thiệu sinh hoạt đảng về chi bộ khu dân cư xin ở đâu?', null],
  ['lookalike', 'Đại hội chi hội cựu chiến binh tổ dân phố 7 có cần báo cáo chính trị không?', null],
  ['lookalike', 'Vé tàu Hà Nội đi Vinh dịp Tết còn không?', null],

  // Lookalikes: the French historian.
  [
    'lookalike',
    'What was decided at the First Congress of the Indochinese Communist Party in Macau in 1935?',
    null,
  ],
  ['lookalike', 'How did Nguyen Ai Quoc vote at the Tours congress of the French socialists in 1920?', null],
  ['lookalike', 'Where was the Second National Congress of 1951 held, and who attended it?', null],
  ['lookalike', 'What did the Sixth Congress of 1986 decide about Doi Moi?', null],
  ['lookalike', 'How do I request access to the National Archives Centre No. 1 in Hanoi?', null],
  ['lookalike', 'Which colonial police files on Vietnamese communists are kept in Aix-en-Provence?', null],
  ['lookalike', 'How should I cite your answers in a peer-reviewed article?', null],
  ['lookalike', 'Could you arrange an interview with a ward party secretary for my research?', null],
  ['lookalike', 'When is the next congress of the French Communist Party, and where will it meet?', null],
  [
    'lookalike',
    'Is there a good French translation of the Vietnamese term for a party cell secretary?',
    null,
  ],

  // Lookalikes: the cultural centre's cell secretary.
  ['lookalike', 'Thuê hội trường trung tâm văn hóa phường để tổ chức đám cưới giá bao nhiêu?', null],
  ['lookalike', 'Trung tâm văn hóa phường mở cửa thư viện mấy giờ, số điện thoại liên hệ là gì?', null],
  [
    'lookalike',
    'Sau khi trung tâm văn hóa quận chuyển về phường, biên chế viên chức giữ nguyên hay giảm?',
    null,
  ],
  ['lookalike', 'Con dấu mới của trung tâm văn hóa phường khắc ở đâu, mất bao lâu?', null],
  [
    'lookalike',
    'Chương trình Trung thu cho thiếu nhi ở nhà văn hóa phường năm nay gồm những tiết mục gì?',
    null,
  ],
  ['lookalike', 'Hội nghị tổng kết câu lạc bộ khiêu vũ cuối năm nên mời ai phát biểu?', null],
  ['lookalike', 'Đại hội thể dục thể thao phường lần thứ nhất có những môn thi đấu nào?', null],
  ['lookalike', 'Bộ dàn karaoke ở hội trường bị rè, gọi ai sửa?', null],
  ['lookalike', 'Thù lao cho đội văn nghệ quần chúng biểu diễn một buổi là bao nhiêu?', null],
  ['lookalike', 'Làm giấy khai sinh cho con ở phường mới cần mang theo gì?', null],

  // Lookalikes: the member who asks in two or three words.
  ['lookalike', 'đảng phí tháng?', null],
  ['lookalike', 'thẻ đảng mất?', null],
  ['lookalike', 'giá xăng hôm nay?', null],
  ['lookalike', 'bot tên gì?', null],
  ['lookalike', 'sinh hoạt chi bộ tháng?', null],
  ['lookalike', 'nghỉ Tết mấy ngày?', null],
  ['lookalike', 'mật khẩu wifi?', null],
  ['lookalike', 'xếp loại đảng viên?', null],
  ['lookalike', 'bí thư phường là ai?', null],

  // Lookalikes: the ward organisation board's chief.
  ['lookalike', 'Hồ sơ đề nghị công nhận đảng viên chính thức sau 12 tháng dự bị gồm những gì?', null],
  ['lookalike', 'Đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên cuối năm làm theo mẫu nào?', null],
  ['lookalike', 'Phần mềm quản lý cơ sở dữ liệu đảng viên bị lỗi không đăng nhập được, báo ai?', null],
  ['lookalike', 'Thủ tục cấp lại thẻ đảng viên bị hỏng ở đảng ủy phường thế nào?', null],
  ['lookalike', 'Phụ cấp trách nhiệm của cấp ủy viên phường được tính bao nhiêu?', null],
  ['lookalike', 'Hội nghị Ban Chấp hành Trung ương lần thứ mười lăm bàn những vấn đề gì?', null],
  ['lookalike', 'Đảng viên đi lao động nước ngoài có được miễn sinh hoạt đảng không?', null],
  ['lookalike', 'Tổ dân phố họp bàn làm đường ngõ, biên bản cuộc họp cần chữ ký những ai?', null],
  ['lookalike', 'Chế độ cho cán bộ dôi dư sau sắp xếp đơn vị hành chính cấp xã tính thế nào?', null],
  ['lookalike', 'Báo cáo sơ kết 6 tháng công tác xây dựng Đảng của đảng ủy phường nộp hạn nào?', null],
];

export const NEWSET50: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
