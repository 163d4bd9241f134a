/**
 * The fifty-sixth new evaluation set (issue 11, point 6), written on 2026-12-04 from 02:32 UTC
 * (committed in the commit "Eval: newset56, the fifty-sixth unseen set") by a helper (set56) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before its `const items` line) and its last line, the part of newset.ts
 * before `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under
 * src/, bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items
 * were read. Its users are imagined as the secretary of a cell in a Catholic-majority parish
 * village (who keeps party work and church life apart), a staffer of a city department's
 * grassroots party committee, an Australian diplomat who writes in English, the secretary of a
 * cell in a bus company, a member who writes everything in capital letters without diacritics,
 * and a primary-school headmistress who is her school cell's secretary; with the out-of-scope
 * messages such users send (church life: a diocesan youth day, the parish pastoral council's
 * election, Sunday mass times, Christmas greetings from the cell, Caritas housing aid, a Catholic
 * member's funeral in church; village matters: amending the village covenant, the community
 * solidarity festival; the department: civil servants' conference reports, KPI grading software,
 * promotion exams, salary coefficients, the merged department's office and one-stop phone, a
 * contest of party lecturers, dues checks, admitting ethnic-minority members; the diplomat: the
 * 2026 National Assembly election, visas for a trade delegation, courtesy calls, Tết gift
 * etiquette, embassy hours, the strategic partnership dialogue, another country's communist party
 * congress, the 15th Congress's date, Central Committee plenums; the bus company: route hours,
 * monthly fares, the workers' conference, red-light fines, the trade union congress, meal
 * allowances, driving-licence exchange, paying for a cell outing; the capital-letters member: the
 * national sports games, a party app's password, gold prices, a ward board's phone number, who
 * built the bot and what it costs, dues on a pension, power cuts; the school: the Young Pioneers'
 * school and class congresses, the parents' conference and class funds, the staff conference,
 * first-grade enrolment, Tết holidays, headteacher standards, the school sports festival,
 * form-teacher allowances; and everywhere: other associations' congresses, an investment
 * promotion conference, who was elected or what a named official does now, People's Council
 * ballots, residence and birth registration after the merger, speeches to write, the cell's
 * annual grading, party history, weather, restaurants and gifts for an elderly member).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset56.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, money, membership figures)
 * were left out, not guessed.
 *
 * Engine changes reached main while it was being written (1d39d1b: asking how to say something
 * is absent) and one after its commit (edecb51: the word prior relearned with newset55); its
 * writer saw none of them. It was measured once, at 02:40 UTC on main edecb51 (`node --expose-gc
 * dist/bench/qa.js`, load 2.44): qa_new_top1 98.5 %, qa_new_oos_refused 100.0 % (2 in-scope
 * misses, no lookalike answered; qa_p99_us 97.4 in that run, p50 29.6). Its misses were listed
 * after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number, several spellings each.
  [
    'doc',
    'Thưa đồng chí, Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị bây giờ còn áp dụng cho chi bộ thôn chúng tôi không?',
    'doc:ct-35-2024',
  ],
  ['doc', 'ct35 ban hành năm 2024 đã bị thay bằng văn bản nào rồi?', 'doc:ct-35-2024'],
  [
    'doc',
    'Is Directive 35 of June 2024 still the operative instruction for these congresses?',
    'doc:ct-35-2024',
  ],
  ['doc', 'Chỉ thị 35 năm 2019 hướng tới Đại hội XIII có nội dung gì, có còn dùng không?', 'doc:ct-35-2019'],
  ['doc', 'CT 35-CT/TW ngay 30/5/2019 do co quan nao ban hanh', 'doc:ct-35-2019'],
  [
    'doc',
    'What was Directive 35-CT/TW of 30 May 2019 about, the one before the 13th Congress?',
    'doc:ct-35-2019',
  ],
  [
    'doc',
    'Kết luận 118-KL/TW ngày 18/01/2025 sửa những gì trong chỉ thị cũ, còn hiệu lực không?',
    'doc:kl-118-2025',
  ],
  ['doc', 'KL118 ai ban hành vậy bot?', 'doc:kl-118-2025'],
  ['en', 'Conclusion 118: who issued it, and is it still in force?', 'doc:kl-118-2025'],
  ['typo', 'ct45 ra doi thi chi bo xe buyt minh bo van ban cu nao', 'doc:ct-45-2025'],
  ['en', 'Directive 45: when was it issued and what did it replace?', 'doc:ct-45-2025'],
  [
    'doc',
    'Chỉ thị số 45-CT/TW của Bộ Chính trị về đại hội có những điểm gì, tình trạng hiện nay ra sao?',
    'doc:ct-45-2025',
  ],
  ['doc', 'CHI THI 45 BAY GIO CON HIEU LUC KHONG HAY DA CO CAI MOI', 'doc:ct-45-2025'],
  ['typo', 'KL200 NOI GI VAY', 'doc:kl-200-2025'],
  [
    'doc',
    'Kết luận số 200-KL/TW ngày 17/10/2025 của Bộ Chính trị, Ban Bí thư đánh giá đại hội các cấp ra sao?',
    'doc:kl-200-2025',
  ],
  ['doc', 'Conclusion No. 200 of October 2025: what does its card say?', 'doc:kl-200-2025'],
  ['typo', 'HD27 BTCTW HUONG DAN GI', 'doc:hd-27-2024'],
  [
    'doc',
    'Hướng dẫn 27-HD/BTCTW của Ban Tổ chức Trung ương hướng dẫn những nội dung gì cho chi bộ?',
    'doc:hd-27-2024',
  ],
  [
    'doc',
    'Guidance 27 of the Central Organisation Commission: does the bot have its contents?',
    'doc:hd-27-2024',
  ],
  [
    'doc',
    'Hướng dẫn số 18-HD/BTCTU ngày 01/10/2024 của Ban Tổ chức Thành ủy hướng dẫn gì?',
    'doc:hd-18-2024',
  ],
  ['doc', 'HD 18 cua Ban To chuc Thanh uy Ha Noi con hieu luc khong', 'doc:hd-18-2024'],
  ['doc', 'Guidance 18-HD/BTCTU of Hanoi: what is it about?', 'doc:hd-18-2024'],
  ['en', 'Plan 258 of the Hanoi Party Committee: what does the bot know about it?', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch 258-KH/TU ngày 15/7/2024 của Thành ủy nói về việc gì?', 'doc:kh-258-2024'],
  ['doc', 'kh258 thành ủy ban hành ngày nào', 'doc:kh-258-2024'],
  [
    'doc',
    'Kế hoạch số 203-KH/QU của Quận ủy Hai Bà Trưng về tổ chức đại hội cơ sở, giờ quận không còn thì còn giá trị không?',
    'doc:kh-203-2024',
  ],
  ['doc', 'KH 203 quận ủy ngày 29/7/2024 là kế hoạch gì', 'doc:kh-203-2024'],
  ['doc', 'Plan No 203-KH/QU: issuer and date?', 'doc:kh-203-2024'],
  ['typo', 'nq26 nam 2018 ve can bo noi gi', 'doc:nq-26-2018'],
  [
    'doc',
    'Nghị quyết 26-NQ/TW ngày 19/5/2018 về cán bộ phải quán triệt thế nào khi chọn cấp ủy?',
    'doc:nq-26-2018',
  ],
  ['doc', 'Resolution 26 of 2018 by the 12th Central Committee: what is its status?', 'doc:nq-26-2018'],
  ['doc', 'Quy định 89-QĐ/TW năm 2017 về tiêu chuẩn cán bộ đã bị thay chưa?', 'doc:qd-89-2017'],
  ['doc', 'qd89 tieu chuan can bo con dung khong', 'doc:qd-89-2017'],
  [
    'doc',
    'For my cable: has Regulation 89 on cadre standards been superseded, and by what?',
    'doc:qd-89-2017',
  ],
  ['en', 'Regulation 365 on cadre standards: is it the current one?', 'doc:qd-365-2025'],
  [
    'doc',
    'Quy định số 365-QĐ/TW ngày 30/8/2025 về tiêu chuẩn chức danh cán bộ do ai ban hành?',
    'doc:qd-365-2025',
  ],
  ['doc', 'QĐ 365 thay cho quy định nào', 'doc:qd-365-2025'],
  [
    'doc',
    'Phòng chúng tôi cần trích Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy về tiêu chí đánh giá cán bộ, cho xin ngày ban hành',
    'doc:qd-14-2023',
  ],
  ['doc', 'qd14 thanh uy ha noi danh gia can bo', 'doc:qd-14-2023'],
  ['doc', 'Regulation No. 14 of the Hanoi Standing Board on evaluating cadres?', 'doc:qd-14-2023'],
  ['typo', 'qđ 2656 cua quan uy ve gi', 'doc:qd-2656-2023'],
  [
    'doc',
    'Quy định số 2656-QĐ/QU ngày 13/11/2023 còn dùng để đánh giá cán bộ không khi quận đã thôi hoạt động?',
    'doc:qd-2656-2023',
  ],
  ['doc', 'Regulation 2656 of the district Standing Board, details please', 'doc:qd-2656-2023'],
  [
    'doc',
    'Quy định 1216-QĐ/QU về quy hoạch cán bộ của Ban Thường vụ Quận ủy ban hành năm nào?',
    'doc:qd-1216-2022',
  ],
  ['doc', 'QD1216 QUY HOACH CAN BO CON HIEU LUC KHONG', 'doc:qd-1216-2022'],
  ['doc', 'What is Regulation 1216 of the Hai Ba Trung district committee?', 'doc:qd-1216-2022'],
  [
    'doc',
    'Quy định số 294-QĐ/TW ngày 26/5/2025 thí điểm đại hội chi bộ có hiệu lực từ bao giờ?',
    'doc:qd-294-2025',
  ],
  ['doc', 'qđ294 ai ký ban hành', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294 on five-yearly cell congresses: in force since when?', 'doc:qd-294-2025'],
  [
    'doc',
    'Tủ hồ sơ chi bộ còn Hướng dẫn 26-HD/BTCTW ngày 18/10/2019, văn bản đó hướng dẫn chỉ thị nào vậy?',
    'doc:hd-26-2019',
  ],
  ['doc', 'HD26 nam 2019 cua Ban To chuc Trung uong con dung khong', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26 of October 2019 (the previous term): what did it cover?', 'doc:hd-26-2019'],

  // Documents the pack does not hold.
  ['unknown-doc', 'Hướng dẫn số 21-HD/BTCTW về công tác nhân sự đại hội có nội dung gì?', 'unknown-doc'],
  [
    'unknown-doc',
    'Quy định 232-QĐ/TW về thi hành Điều lệ Đảng hướng dẫn đại hội chi bộ thế nào?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Chỉ thị 36-CT/TW của Ban Bí thư bây giờ còn hiệu lực không?', 'unknown-doc'],
  [
    'unknown-doc',
    'Kế hoạch số 301-KH/TU của Thành ủy Hà Nội về đại hội đảng bộ cấp xã nói gì?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Công văn 9021-CV/BTCTW hướng dẫn bầu cử trong Đảng ra sao?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 123-KL/TW nói gì về đại hội chi bộ?', 'unknown-doc'],
  [
    'unknown-doc',
    'Hướng dẫn 06-HD/ĐU của Đảng ủy khối các cơ quan thành phố về đại hội chi bộ trực thuộc có gì mới?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'KH 112-KH/ĐU của Đảng ủy phường Bạch Mai về tổ chức đại hội chi bộ khu dân cư',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Quy dinh 144-QD/TW ve chuan muc dao duc dang vien co ap dung khi bau cap uy khong',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Nghị quyết 57-NQ/TW có liên quan gì đến đại hội chi bộ trường học không cô hỏi?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Directive 05-CT/TW: is it among your sources?', 'unknown-doc'],
  ['unknown-doc', 'Guidance 08-HD/BTCTU of Hanoi on party-cell congresses: what does it say?', 'unknown-doc'],
  ['unknown-doc', 'Thông báo 150-TB/TW về đại hội các cấp có nội dung gì?', 'unknown-doc'],
  ['unknown-doc', 'HUONG DAN 04-HD/VPTW VE TAI CHINH PHUC VU DAI HOI', 'unknown-doc'],
  [
    'unknown-doc',
    'Quyết định 1142-QĐ/TU của Thành ủy về chuẩn y kết quả đại hội ban hành khi nào?',
    'unknown-doc',
  ],

  // In scope, with everyday words around the question.
  [
    'offword',
    'Sáng nay vừa đi lễ về, cho tôi hỏi đại hội chi bộ thôn mình phải có mấy nội dung?',
    'noi-dung',
  ],
  [
    'offword',
    'Xe buýt đang kẹt ở ngã tư, tranh thủ hỏi: báo cáo chính trị trình đại hội phải đánh giá những gì?',
    'van-kien',
  ],
  [
    'offword',
    'Cô vừa họp phụ huynh xong, giờ hỏi chút: chuẩn bị đại hội chi bộ trường phải lập những tổ nào?',
    'chuan-bi',
  ],
  [
    'offword',
    'Mưa to cả ngày ngồi nhà đọc lại, đại hội không phô trương hình thức, chống lãng phí là theo nguyên tắc gì?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Đang nấu cơm, hỏi nhanh: đại hội điểm của chi bộ trực thuộc làm vào tháng mấy?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Uống cà phê với anh em lái xe, có người hỏi từ tháng 7/2025 quận mình còn không?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Sắp Giáng sinh bận rộn, mà chi bộ đại hội 5 năm một lần là áp dụng từ bao giờ?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Con bé nhà tôi đang thi học kỳ, còn tôi muốn biết Đại hội toàn quốc lần thứ XIV họp mấy ngày',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Tiền điện tháng này tăng quá, thôi hỏi việc chính: đại hội các cấp nhiệm kỳ này kết quả ra sao?',
    'ket-qua',
  ],
  [
    'offword',
    'Chiều nay rảnh, bot liệt kê giúp các văn bản về đại hội nhiệm kỳ 2025 - 2030 bot đang dựa vào',
    'tai-lieu',
  ],
  [
    'offword',
    'Trường nghỉ hè rồi, tôi xem lại từ hội nghị quán triệt tháng 10/2024 đến nay có gì thay đổi?',
    'thay-doi',
  ],
  [
    'offword',
    'Vừa rửa xe xong, hỏi: lựa chọn nhân sự cấp ủy khóa mới phải căn cứ những quy định nào?',
    'nhan-su',
  ],

  // Two-part questions.
  [
    'two-part',
    'Chi bộ thôn tôi đại hội phải làm mấy nội dung, và chi ủy trình đại hội những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ trực thuộc đại hội từ khi nào đến khi nào, và đại hội điểm tổ chức lúc nào?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Chọn nhân sự cấp ủy mới theo tiêu chuẩn nào, đồng thời cần lập những tổ giúp việc gì cho đại hội?',
    'nhan-su+chuan-bi',
  ],
  [
    'two-part',
    'Đại hội XIV họp ngày nào, và đại hội các cấp nhiệm kỳ 2025 - 2030 đã xong với kết quả thế nào?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Chính quyền hai cấp bắt đầu khi nào, còn chi bộ thí điểm đại hội 5 năm một lần từ bao giờ?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'What must the political report assess, and what principles must the congress follow?',
    'van-kien+nguyen-tac',
  ],
  ['two-part', 'DAI HOI PHAI CO NHUNG NOI DUNG GI VA PHAI TUAN THU NGUYEN TAC GI', 'noi-dung+nguyen-tac'],
  [
    'two-part',
    'Những gì đã thay đổi sau hội nghị 23/10/2024, và Đại hội Đảng bộ quận lần thứ XXVII thì sao?',
    'thay-doi+dai-hoi-quan',
  ],
  [
    'two-part',
    'Chỉ thị của Bộ Chính trị năm 2024 về đại hội có mấy phụ lục, và bây giờ bot dựa vào những văn bản nào?',
    'chi-thi-35+tai-lieu',
  ],
  [
    'two-part',
    'Báo cáo kiểm điểm của cấp ủy cần những gì, và đại hội phải bầu những gì?',
    'van-kien+noi-dung',
  ],
  [
    'two-part',
    'Pilot congresses: when were they held, and when did the grassroots cells hold their own?',
    'dai-hoi-diem+lich-trinh',
  ],
  [
    'two-part',
    'Đảng bộ phường em chuẩn bị đại hội gồm những việc gì, rồi chọn người vào cấp ủy mới theo quy định nào?',
    'chuan-bi+nhan-su',
  ],

  // Per unit type.
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở như chi bộ thôn tôi thì đại hội từ tháng nào đến tháng nào?',
    'lich-trinh',
  ],
  [
    'unit',
    'Chi bộ cơ sở như chi bộ trường tiểu học của cô phải hoàn thành đại hội trước ngày nào?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng bộ cơ sở công ty xe buýt tổ chức đại hội đảng viên hay đại hội đại biểu, bắt đầu từ tháng mấy?',
    'lich-trinh',
  ],
  [
    'unit',
    'Là chi bộ trực thuộc đảng ủy cơ sở, chi bộ em có thể được chọn làm đại hội điểm không?',
    'dai-hoi-diem',
  ],
  ['unit', 'Mỗi đảng bộ cơ sở phải chọn bao nhiêu chi bộ trực thuộc để làm đại hội điểm?', 'dai-hoi-diem'],
  ['unit', 'Chi bộ cơ sở giờ đại hội bao nhiêu năm một lần theo thí điểm mới?', 'chi-bo-5-nam'],
  [
    'unit',
    'A grassroots party cell (chi bộ cơ sở): by what date did it have to finish its congress?',
    'lich-trinh',
  ],
  ['unit', 'Đại hội đảng bộ cơ sở phải bầu những gì ngoài việc tổng kết nhiệm kỳ?', 'noi-dung'],
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy sở có phải trình báo cáo kiểm điểm của chi ủy trước đại hội không?',
    'van-kien',
  ],
  ['unit', 'DANG BO CO SO DAI HOI SAU KHI CAC CHI BO TRUC THUOC DAI HOI XONG PHAI KHONG', 'lich-trinh'],
  [
    'unit',
    'Đảng ủy cơ sở ở sở chúng tôi phải tổ chức hội nghị quán triệt văn bản đại hội theo hình thức nào?',
    'chuan-bi',
  ],
  ['unit', 'Party cell under a grassroots committee: which months was its congress window?', 'lich-trinh'],

  // Typos, no diacritics, abbreviations.
  ['typo', 'co oi dai hoi chi bo truong minh gom may noi dung vay', 'noi-dung'],
  ['typo', 'bc chinh tri voi bc kiem diem cua chi uy truong co khac nhau cho nao ko', 'van-kien'],
  ['typo', 'DH CB thon em lap to nhan su, to van kien, to to chuc nhu the nao', 'chuan-bi'],
  ['typo', 'nguyen tac tap trung dan chu khi to chuc DH chi bo xe buyt ap dung the nao', 'nguyen-tac'],
  ['typo', 'dai hoi diem cua BTV quan uy chon nhung loai don vi nao', 'dai-hoi-diem'],
  ['typo', 'DAI HOI XIV CUA DANG KHAI MAC NGAY NAO BE MAC NGAY NAO VAY BOT', 'dai-hoi-xiv'],
  ['typo', 'KET QUA DAI HOI CAC CAP NK 2025 2030 RA SAO', 'ket-qua'],
  ['typo', 'chinh quyen 2 cap tu bao gio, con quan huyen khong', 'chinh-quyen-2-cap'],
  ['typo', 'CB 5 nam dh 1 lan la thi diem tu khi nao vay', 'chi-bo-5-nam'],

  // English.
  ['en', 'For a briefing note: what four items are on the agenda of a party cell congress?', 'noi-dung'],
  [
    'en',
    'For our political reporting: which reports does the outgoing committee submit to the congress?',
    'van-kien',
  ],
  [
    'en',
    'How did grassroots party units prepare their congresses, and which teams did they set up?',
    'chuan-bi',
  ],
  ['en', 'When exactly was the 14th National Congress convened and when did it close?', 'dai-hoi-xiv'],
  ['en', 'Has the 2025-2030 round of party congresses concluded, according to the Politburo?', 'ket-qua'],
  [
    'en',
    'Since when has Vietnam had two-tier local government, and what happened to district party committees in Hanoi?',
    'chinh-quyen-2-cap',
  ],
  ['en', 'Is it true that party cells will now hold congresses only once every five years?', 'chi-bo-5-nam'],
  ['en', 'What has changed in the rules for these congresses since October 2024?', 'thay-doi'],
  ['en', 'What role does democratic centralism play in organising these congresses?', 'nguyen-tac'],
  ['en', 'What standards and criteria guide the selection of new party committee members?', 'nhan-su'],

  // Facts from FACTS.md.
  [
    'fact',
    'Các cháu học sinh hỏi cô: Đại hội XIV của Đảng khai mạc và bế mạc vào những ngày nào?',
    'dai-hoi-xiv',
  ],
  ['fact', 'Chỉ thị về đại hội của Bộ Chính trị ban hành tháng 6/2024 có bao nhiêu yêu cầu?', 'chi-thi-35'],
  [
    'fact',
    'Để soạn bài sinh hoạt chi bộ: chỉ thị năm 2024 của Bộ Chính trị về đại hội gồm mấy phần và mấy phụ lục?',
    'chi-thi-35',
  ],
  ['fact', 'Hà Nội có bao nhiêu đảng bộ cấp huyện kết thúc hoạt động từ ngày 1/7/2025?', 'chinh-quyen-2-cap'],
  [
    'fact',
    'Hồi trước chưa thí điểm thì Điều lệ Đảng cho chi bộ thôn đại hội mấy lần trong 5 năm hả bot?',
    'chi-bo-5-nam',
  ],
  ['fact', 'Quy định mới về tiêu chuẩn cán bộ thay cho quy định năm 2017 ra đời ngày nào?', 'thay-doi'],
  ['fact', 'Bộ Chính trị, Ban Bí thư kết luận về kết quả đại hội các cấp vào ngày nào?', 'ket-qua'],
  ['fact', 'Có phải cấp huyện đã bỏ từ ngày 1 tháng 7 năm 2025?', 'chinh-quyen-2-cap'],
  ['fact', 'Văn bản nào điều chỉnh, bổ sung chỉ thị về đại hội năm 2024, ban hành ngày nào?', 'thay-doi'],
  ['fact', 'Chỉ thị năm 2024 về đại hội do cơ quan nào hướng dẫn thực hiện?', 'chi-thi-35'],
  [
    'fact',
    'Có hai chỉ thị cùng số về đại hội, năm 2019 và năm 2024, bot dùng quy định của cái nào?',
    'chi-thi-35',
  ],
  [
    'fact',
    'Đại hội chi bộ có phải đánh giá việc thực hiện nghị quyết nhiệm kỳ 2020 - 2025 không?',
    'noi-dung',
  ],

  // Lookalikes: look like ours, but the pack does not answer them.
  ['lookalike', 'Cha xứ nhờ tôi hỏi Đại hội Giới trẻ giáo phận năm nay tổ chức ở giáo xứ nào?', null],
  ['lookalike', 'Hội đồng mục vụ giáo xứ bầu nhiệm kỳ mới thì quy trình bầu thế nào?', null],
  [
    'lookalike',
    'Ngày hội Đại đoàn kết ở khu dân cư thôn công giáo nên tổ chức trước hay sau lễ Giáng sinh?',
    null,
  ],
  ['lookalike', 'Xin mẫu thư chúc mừng Giáng sinh chi bộ thôn gửi giáo xứ cho trang trọng', null],
  ['lookalike', 'Giờ lễ Chúa nhật ở nhà thờ giáo xứ bên cạnh là mấy giờ?', null],
  ['lookalike', 'Hương ước thôn sửa đổi thì phải họp dân lấy ý kiến bao nhiêu phần trăm số hộ?', null],
  ['lookalike', 'Quỹ Caritas giáo phận hỗ trợ người nghèo sửa nhà thì làm hồ sơ ở đâu?', null],
  [
    'lookalike',
    'Đảng viên là người công giáo mất, chi bộ có được đặt vòng hoa và đọc điếu văn trong nhà thờ không?',
    null,
  ],
  [
    'lookalike',
    'Hội nghị cán bộ, công chức, viên chức của Sở Xây dựng năm 2026 cần chuẩn bị những báo cáo gì?',
    null,
  ],
  ['lookalike', 'Đánh giá xếp loại công chức cuối năm theo KPI của sở làm trên phần mềm nào?', null],
  ['lookalike', 'Thi nâng ngạch chuyên viên chính năm nay thi những môn gì?', null],
  ['lookalike', 'Hệ số lương mới của chuyên viên sau cải cách tiền lương là bao nhiêu?', null],
  [
    'lookalike',
    'Sở Nội vụ thành phố sau sáp nhập đặt trụ sở ở đâu, số điện thoại bộ phận một cửa là gì?',
    null,
  ],
  ['lookalike', 'Đảng ủy sở tổ chức hội thi báo cáo viên giỏi vào tháng mấy, nộp bài dự thi cho ai?', null],
  [
    'lookalike',
    'Kiểm tra việc thu nộp đảng phí quý IV ở các chi bộ trực thuộc đảng ủy sở làm thế nào?',
    null,
  ],
  ['lookalike', 'Thủ tục kết nạp đảng viên là người dân tộc thiểu số có gì khác so với bình thường?', null],
  [
    'lookalike',
    'Could you tell me when the 2026 National Assembly elections took place and how many deputies were elected?',
    null,
  ],
  ['lookalike', 'What are the visa requirements for an Australian trade delegation visiting Hanoi?', null],
  [
    'lookalike',
    "I would like to arrange a courtesy call on the chairman of the Hanoi People's Committee. Whom should I contact?",
    null,
  ],
  [
    'lookalike',
    'Is it appropriate to give a bottle of Australian wine as a Tết gift to a Vietnamese official?',
    null,
  ],
  ['lookalike', 'What time does the Australian Embassy consular section open on Saturdays?', null],
  [
    'lookalike',
    'When is the next Australia-Vietnam Comprehensive Strategic Partnership dialogue scheduled?',
    null,
  ],
  [
    'lookalike',
    "Summarise the resolutions of the Communist Party of Australia's latest national congress.",
    null,
  ],
  [
    'lookalike',
    'When will the 15th National Party Congress be held, and who will prepare its documents?',
    null,
  ],
  ['lookalike', 'Which Central Committee plenum of the 14th term discussed the private economy?', null],
  ['lookalike', 'Tuyến xe buýt Giáp Bát - Nhổn chạy đến mấy giờ tối thì hết chuyến?', null],
  ['lookalike', 'Giá vé tháng xe buýt ưu tiên cho học sinh, sinh viên năm nay là bao nhiêu?', null],
  ['lookalike', 'Hội nghị người lao động của công ty xe buýt phải thông qua những quy chế gì?', null],
  [
    'lookalike',
    'Lái xe buýt vượt đèn vàng ở ngã tư bị phạt bao nhiêu tiền, có bị trừ điểm bằng không?',
    null,
  ],
  ['lookalike', 'Đại hội công đoàn cơ sở công ty vận tải nhiệm kỳ tới phải chuẩn bị từ khi nào?', null],
  ['lookalike', 'Công ty trả tiền ăn ca cho lái xe chạy ca đêm bao nhiêu một ngày là đúng luật?', null],
  ['lookalike', 'Đổi giấy phép lái xe hạng D sang hạng mới thì làm ở đâu, mất bao lâu?', null],
  [
    'lookalike',
    'Chi bộ công ty muốn tổ chức cho đảng viên đi tham quan dịp 3/2, có được dùng kinh phí công đoàn không?',
    null,
  ],
  ['lookalike', 'CHO HOI DAI HOI THE THAO TOAN QUOC LAN THU X TO CHUC O TINH NAO', null],
  ['lookalike', 'LAM SAO LAY LAI MAT KHAU APP SO TAY DANG VIEN DIEN TU', null],
  ['lookalike', 'GIA VANG NHAN TRON 9999 SANG NAY BAN RA BAO NHIEU', null],
  ['lookalike', 'XIN SO DIEN THOAI BAN TO CHUC DANG UY PHUONG MINH', null],
  ['lookalike', 'BOT NAY AI LAM RA VAY, DUNG CO TON TIEN KHONG', null],
  ['lookalike', 'DONG DANG PHI KHI DA NGHI HUU THI TINH THEO LUONG HUU THE NAO', null],
  ['lookalike', 'LICH CAT DIEN KHU TAP THE CUA TOI TUAN NAY', null],
  ['lookalike', 'Đại hội Liên đội trường tiểu học đầu năm học cần chuẩn bị chương trình thế nào?', null],
  ['lookalike', 'Hội nghị cha mẹ học sinh đầu năm có được bàn thu quỹ lớp không?', null],
  ['lookalike', 'Hội nghị viên chức trường học đầu năm học phải tổ chức xong trước ngày nào?', null],
  ['lookalike', 'Tuyển sinh lớp 1 năm học tới ở phường mới bắt đầu nhận hồ sơ khi nào?', null],
  ['lookalike', 'Lịch nghỉ Tết Nguyên đán của học sinh tiểu học Hà Nội năm tới là mấy ngày?', null],
  ['lookalike', 'Đánh giá hiệu trưởng theo chuẩn cuối năm học gồm những tiêu chí nào?', null],
  ['lookalike', 'Hội khỏe Phù Đổng cấp trường tiểu học nên tổ chức những môn thi nào?', null],
  ['lookalike', 'Giáo viên chủ nhiệm lớp ở tiểu học được phụ cấp thêm bao nhiêu tiền?', null],
  ['lookalike', 'Đại hội chi đội lớp 5 cần bầu mấy em vào ban chỉ huy chi đội?', null],
  ['lookalike', 'Đại hội Hội Chữ thập đỏ phường nhiệm kỳ mới cần chuẩn bị những văn kiện gì?', null],
  [
    'lookalike',
    'Hội nghị xúc tiến đầu tư của thành phố năm tới tổ chức ở đâu, doanh nghiệp đăng ký thế nào?',
    null,
  ],
  ['lookalike', 'Ai được bầu làm Bí thư Đảng ủy phường Bạch Mai sau đại hội vừa rồi?', null],
  ['lookalike', 'Đồng chí Trần Quyết Thắng hiện giờ giữ chức vụ gì?', null],
  ['lookalike', 'Phiếu bầu đại biểu Hội đồng nhân dân phường in theo mẫu nào, ai đóng dấu?', null],
  ['lookalike', 'Đăng ký tạm trú online cho người thuê trọ ở phường mới thì làm thế nào?', null],
  ['lookalike', 'Đi đăng ký khai sinh cho cháu sau sáp nhập thì đến trụ sở phường nào?', null],
  ['lookalike', 'Viết giúp bài phát biểu khai mạc hội nghị tổng kết cuối năm của chi bộ', null],
  ['lookalike', 'Xếp loại chi bộ hoàn thành xuất sắc nhiệm vụ năm nay cần đạt những tiêu chí gì?', null],
  ['lookalike', 'Đại hội II của Đảng năm 1951 họp ở đâu, quyết định những gì?', null],
  ['lookalike', 'Thời tiết Hà Nội cuối tuần này có mưa không, chi bộ định đi dã ngoại ở Ba Vì', null],
  ['lookalike', 'Nhà hàng nào gần hồ Hoàn Kiếm đặt được tiệc liên hoan cho chi bộ khoảng 30 người?', null],
  ['lookalike', 'Mừng thọ đảng viên 80 tuổi trong chi bộ thì nên tặng quà gì cho ý nghĩa?', null],
];

export const NEWSET56: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
