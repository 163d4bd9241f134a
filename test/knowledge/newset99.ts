/**
 * The ninety-ninth new evaluation set (issue 11, point 6), written on 2026-12-04 from 19:35 UTC
 * (committed in the commit "Eval: newset99, the ninety-ninth unseen set") by a helper (set99) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before `const items`) and its export line, the part of newset.ts before
 * `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under src/,
 * bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items were
 * read (a glance at the first characters of newset35's first item line and at the import lines of
 * newset98.test.ts aside, made while looking for the header's end). Its users are imagined as the
 * secretary of a railway station's party cell, a member who is a midwife at a commune health
 * station, a member who is a university student and the secretary of her Youth Union branch, the
 * assistant of a Thai diplomat who writes in English, and a member who writes only very short
 * questions without punctuation or diacritics; with the out-of-scope messages such users send
 * (other organisations' congresses and meetings: the railway trade union's congress, a station's
 * train-safety meeting, a transport cooperative's year-end review, a commune health station's staff
 * conference, the Vietnam Midwives' Association, the Youth Union's class-branch, school and
 * national congresses and its school committee's meeting, the Students' Association's congresses,
 * a retired teachers' association, a farming cooperative's members' congress, the Red Cross, the
 * Lawyers' Association, a clan's gathering, the Thai Pheu Thai and People's parties, the Lao
 * party's congress, ASEAN foreign ministers and a Thai-Vietnamese joint cabinet retreat, the
 * National Assembly's sessions and elections; other senses of "đại hội" and "hội nghị": commune
 * sports games, martial-arts fiction, an obstetrics conference, a student research conference, a
 * provincial investment-promotion conference, a class reunion, the Paris Agreement of 1973; party
 * business the pack does not cover: a third child and discipline, the Charter's forms of
 * discipline, admission classes and files for students, transfers on graduating or studying
 * elsewhere, leave from cell meetings for a thesis defence, dues and paying them online, a lost
 * party card, leaving the party, party age and badges, monthly cell resolutions, cell funds for
 * trips, the Party's founding anniversary programme, who holds the top post; the users' own work
 * and daily life: train timetables, ticket prices, level-crossing night allowances, delayed freight
 * trains, heritage tourist trains, a station's downgrading, the high-speed railway, vaccination
 * schedules and campaigns, family-planning reports, midwives' allowances, conduct marks, research
 * deadlines, summer volunteering, student fees, visas, a reception venue, protocol for a courtesy
 * call, translation, restaurants, exchange rates, football scores and power cuts).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset99.test.ts, with the other sets' shape tests), biome and tsc
 * ran. Do not edit an item after its commit, except to fix an expectation that is factually wrong
 * (against the sources), in its own commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, the money a congress may
 * spend, which cells the five-yearly pilot covers, membership figures) were left out, not guessed.
 * Engine changes reached main after its writer began: cc9b408 (a count read after a classifier, ',
 * với cả' as a cut, absent phrases for newset91-94's classes), 513ab0a to 5a81db3 (the word prior
 * relearned with newset95 to newset98) and d99f0d0 (a message in capitals read in lower case, 'còn
 * huyện' and the like as the district level, where the bot gets its information); its writer saw
 * none of them. It was measured once, at 19:46 UTC on main 5eae7ca (`node --expose-gc
 * dist/bench/qa.js`, load 8.96): qa_new_top1 99.4 %, qa_new_oos_refused 100.0 % (1 in-scope miss,
 * no lookalike answered; qa_p99_us 2361.6 in that run, beside a helper's test run, p50 46.9). Its
 * misses were listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  [
    'doc',
    'Chỉ thị số 35-CT/TW năm 2024 của Bộ Chính trị bây giờ còn áp dụng cho chi bộ ga tàu không?',
    'doc:ct-35-2024',
  ],
  ['typo', 'ct35 nam 2024 het hieu luc chua', 'doc:ct-35-2024'],
  [
    'en',
    "My ambassador asks whether Directive 35 of June 2024 still governs Vietnam's party congresses.",
    'doc:ct-35-2024',
  ],
  ['typo', 'chỉ thi 35 năm 2024 có phụ lục về tuổi ko', 'doc:ct-35-2024'],
  [
    'doc',
    'Chi bộ ga còn lưu Chỉ thị 35-CT/TW ngày 30/5/2019 trong tủ hồ sơ, văn bản đó bây giờ còn giá trị gì?',
    'doc:ct-35-2019',
  ],
  ['doc', 'CT 35 năm 2019 hướng tới Đại hội XIII có còn dùng không', 'doc:ct-35-2019'],
  ['en', 'What was the 2019 Directive No. 35 about?', 'doc:ct-35-2019'],
  ['typo', 'ct35 2019 la van ban gi', 'doc:ct-35-2019'],
  ['doc', 'Kết luận số 118-KL/TW do cơ quan nào ban hành?', 'doc:kl-118-2025'],
  ['typo', 'kl118 gio con xai dc khong', 'doc:kl-118-2025'],
  ['en', 'Conclusion 118: is it still valid after April 2025?', 'doc:kl-118-2025'],
  ['doc', 'ket luan 118 nam 2025 bi van ban nao thay the', 'doc:kl-118-2025'],
  [
    'doc',
    'Chi bộ trạm y tế em cần ghi ngày ban hành Chỉ thị 45-CT/TW vào biên bản, là ngày nào ạ?',
    'doc:ct-45-2025',
  ],
  ['typo', 'ct45 co con hieu luc ko', 'doc:ct-45-2025'],
  ['en', 'Directive 45-CT/TW: what did it replace?', 'doc:ct-45-2025'],
  ['doc', 'CT-45 về đại hội đảng bộ các cấp nói về nội dung gì', 'doc:ct-45-2025'],
  ['doc', 'Kết luận 200-KL/TW nói gì về đại hội các cấp nhiệm kỳ 2025-2030?', 'doc:kl-200-2025'],
  ['doc', 'KL 200 ngày 17/10/2025 của Bộ Chính trị và Ban Bí thư', 'doc:kl-200-2025'],
  ['en', 'What is Conclusion No. 200 of October 2025?', 'doc:kl-200-2025'],
  ['typo', 'kl200 ban hanh khi nao', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn số 27-HD/BTCTW hướng dẫn những nội dung gì?', 'doc:hd-27-2024'],
  ['doc', 'HD 27 của Ban Tổ chức Trung ương năm 2024 là văn bản nào', 'doc:hd-27-2024'],
  [
    'en',
    'For our embassy briefing note: who issued Guidance 27-HD/BTCTW and on what date?',
    'doc:hd-27-2024',
  ],
  ['typo', 'hd27 btctw ngay nao', 'doc:hd-27-2024'],
  ['doc', 'Đảng ủy trường em có nhắc Hướng dẫn 18-HD/BTCTU, văn bản này do ai ban hành?', 'doc:hd-18-2024'],
  ['typo', 'hd18 btctu con dung ko', 'doc:hd-18-2024'],
  ['en', 'Hanoi guidance 18-HD/BTCTU, what is it about?', 'doc:hd-18-2024'],
  ['doc', 'huong dan so 18 cua thanh uy ha noi ve chi thi dai hoi', 'doc:hd-18-2024'],
  [
    'doc',
    'Kế hoạch số 258-KH/TU của Thành ủy Hà Nội có còn là căn cứ cho chi bộ ga không?',
    'doc:kh-258-2024',
  ],
  ['typo', 'kh258 la ke hoach gi', 'doc:kh-258-2024'],
  ['en', 'Plan 258-KH/TU of the Hanoi Party Committee, what do you have on it?', 'doc:kh-258-2024'],
  ['doc', 'KH 258 Thành ủy Hà Nội năm 2024', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch 203-KH/QU của Quận ủy Hai Bà Trưng còn hiệu lực không?', 'doc:kh-203-2024'],
  ['typo', 'kh203 qu ve dai hoi co so', 'doc:kh-203-2024'],
  ['en', 'Plan No. 203 of the Hai Ba Trung district committee: what is it?', 'doc:kh-203-2024'],
  ['doc', 'ke hoach 203 quan uy ngay 29/7/2024', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết số 26-NQ/TW năm 2018 về cán bộ là của cơ quan nào?', 'doc:nq-26-2018'],
  ['typo', 'nq26 khoa xii', 'doc:nq-26-2018'],
  [
    'en',
    'Could you brief me on Resolution 26 of the 12th Central Committee and why it matters for nominations?',
    'doc:nq-26-2018',
  ],
  ['doc', 'nghi quyet 26 ve lua chon nhan su cap uy', 'doc:nq-26-2018'],
  [
    'doc',
    'Chi ủy ga vẫn dùng Quy định 89-QĐ/TW để xét tiêu chuẩn cán bộ, như vậy có đúng không?',
    'doc:qd-89-2017',
  ],
  ['typo', 'qd89 con dung de xet nhan su ko', 'doc:qd-89-2017'],
  ['en', 'Has Regulation 89 of 2017 been replaced, and by which regulation?', 'doc:qd-89-2017'],
  ['doc', 'QĐ 89 năm 2017 của Bộ Chính trị bây giờ ra sao', 'doc:qd-89-2017'],
  [
    'doc',
    'Em là bí thư chi đoàn, muốn đọc Quy định số 365-QĐ/TW thì văn bản này của cơ quan nào?',
    'doc:qd-365-2025',
  ],
  ['typo', 'qđ365 tieu chuan chuc danh', 'doc:qd-365-2025'],
  ['en', 'Which earlier rule did Regulation 365-QĐ/TW take the place of?', 'doc:qd-365-2025'],
  ['doc', 'quy dinh 365 cua bo chinh tri nam 2025', 'doc:qd-365-2025'],
  ['doc', 'Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy nói gì?', 'doc:qd-14-2023'],
  ['typo', 'qd14 tu danh gia can bo', 'doc:qd-14-2023'],
  ['en', 'Is Regulation 14-QĐ/TU a city-level or a central document?', 'doc:qd-14-2023'],
  ['doc', 'QĐ số 14 của Thành ủy năm 2023 về tiêu chí đánh giá cán bộ', 'doc:qd-14-2023'],
  ['doc', 'Quy định số 2656-QĐ/QU của Ban Thường vụ Quận ủy là gì?', 'doc:qd-2656-2023'],
  ['typo', 'qd2656 con hieu luc k', 'doc:qd-2656-2023'],
  [
    'en',
    'My notes mention Regulation 2656 of the Hai Ba Trung standing board; what was it on?',
    'doc:qd-2656-2023',
  ],
  ['doc', 'QĐ 2656 ngày 13/11/2023 của quận ủy', 'doc:qd-2656-2023'],
  [
    'doc',
    'Quy định 1216-QĐ/QU về quy hoạch cán bộ có còn dùng sau khi bỏ cấp quận không?',
    'doc:qd-1216-2022',
  ],
  ['doc', 'QĐ 1216 quận ủy Hai Bà Trưng còn áp dụng không', 'doc:qd-1216-2022'],
  ['en', 'Regulation No. 1216 on cadre planning, please', 'doc:qd-1216-2022'],
  ['typo', 'qd1216-qu la gi', 'doc:qd-1216-2022'],
  [
    'doc',
    'Chi bộ trạm y tế em nghe nói về Quy định 294-QĐ/TW, văn bản đó có hiệu lực từ ngày nào?',
    'doc:qd-294-2025',
  ],
  ['typo', 'qd294 thi diem gi', 'doc:qd-294-2025'],
  ['en', 'Our desk officer asks what Regulation 294 of May 2025 is piloting.', 'doc:qd-294-2025'],
  ['doc', 'quy dinh 294 ve dai hoi chi bo', 'doc:qd-294-2025'],
  [
    'doc',
    'Ga tôi còn bản photo Hướng dẫn 26-HD/BTCTW năm 2019, có nên dùng cho đại hội lần này không?',
    'doc:hd-26-2019',
  ],
  ['doc', 'HD 26 BTCTW 2019 hướng dẫn chỉ thị nào', 'doc:hd-26-2019'],
  ['en', 'Guidance 26 of October 2019 on the previous directive: what is it?', 'doc:hd-26-2019'],
  ['typo', 'hd26 nam 2019 la gi', 'doc:hd-26-2019'],
  [
    'unknown-doc',
    'Chi bộ ga muốn tra Quy định 232-QĐ/TW về thi hành Điều lệ Đảng, bot có văn bản này không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Nghị quyết 57-NQ/TW về chuyển đổi số có được đưa vào báo cáo chính trị của chi bộ sinh viên không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Hướng dẫn 06-HD/TW về Điều lệ Đảng quy định thế nào?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 150-KL/TW về nhân sự cấp ủy xã mới là gì?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 47-KH/BCĐ về sắp xếp tổ chức bộ máy nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 05-CT/TW về học tập và làm theo Bác còn hiệu lực không?', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 21-NQ/TW về tổ chức cơ sở đảng có hướng dẫn đại hội không?', 'unknown-doc'],
  ['unknown-doc', 'qd99 tw ve dang vien', 'unknown-doc'],
  [
    'unknown-doc',
    'Does Resolution 66-NQ/TW on law-making change anything for the party congresses?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Nghị định 178/2024/NĐ-CP về tinh giản biên chế áp dụng cho ga đường sắt thế nào?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Hướng dẫn 12-HD/BTCTW về đánh giá xếp loại đảng viên nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 22-QĐ/TW về kiểm tra giám sát có liên quan đến đại hội không?', 'unknown-doc'],
  ['unknown-doc', 'ke hoach 111-kh/tu nam 2025', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 123-KL/TW có thay đổi thời gian đại hội không?', 'unknown-doc'],
  ['unknown-doc', 'Công văn 43-CV/BTCTW về nhân sự đại hội gửi các tỉnh nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Directive 32-CT/TW on youth: is it in your sources?', 'unknown-doc'],
  ['offword', 'Tàu SE3 vừa vào ga, tranh thủ hỏi: đại hội chi bộ phải làm mấy nội dung?', 'noi-dung'],
  ['unit', 'Đại hội chi bộ cơ sở nhiệm kỳ 2025-2030 gồm những nội dung gì?', 'noi-dung'],
  ['typo', 'dh chi bo ga minh phai lm nhug noi dung j', 'noi-dung'],
  ['en', 'What items are on the agenda of a grassroots party congress?', 'noi-dung'],
  ['fact', 'Đại hội chi bộ ga có phải bầu đoàn đại biểu đi dự đại hội đảng bộ cấp trên không?', 'noi-dung'],
  ['fact', 'Báo cáo chính trị và báo cáo kiểm điểm của cấp ủy khác nhau thế nào?', 'van-kien'],
  ['typo', 'bao cao kiem diem cap uy can co tinh chien dau ko', 'van-kien'],
  [
    'en',
    'For a briefing: which two main reports does a Vietnamese party committee present to its congress?',
    'van-kien',
  ],
  [
    'offword',
    'Vừa xong ca trực đỡ đẻ đêm qua, em hỏi báo cáo chính trị của chi bộ cần đánh giá những gì ạ?',
    'van-kien',
  ],
  ['typo', 'bcct chi bo phai danh gia nhung gi', 'van-kien'],
  ['fact', 'Chi bộ ga cần thành lập những tổ nào để phục vụ đại hội?', 'chuan-bi'],
  ['typo', 'chuan bi dh co can lap to nhan su to van kien ko', 'chuan-bi'],
  ['en', 'What preparatory teams should a party unit set up before its congress?', 'chuan-bi'],
  [
    'offword',
    'Học kỳ này em đang ôn thi, nhưng chi bộ giao em phụ giúp chuẩn bị đại hội, cần làm những việc gì?',
    'chuan-bi',
  ],
  ['fact', 'Hội nghị quán triệt văn bản về đại hội có được họp trực tuyến không?', 'chuan-bi'],
  ['fact', 'Trước đại hội có phải tổng kết các đề án, chuyên đề nhiệm kỳ 2020-2025 không?', 'chuan-bi'],
  ['fact', 'Đại hội chi bộ phải bảo đảm những yêu cầu gì về tiết kiệm, chống lãng phí?', 'nguyen-tac'],
  [
    'en',
    'Must Vietnamese party units respect democratic centralism while organising their congresses?',
    'nguyen-tac',
  ],
  ['typo', 'to chuc dh chi bo ga can theo nguyen tac tap trung dan chu ra sao', 'nguyen-tac'],
  [
    'offword',
    'Ga đang cao điểm chạy tàu Tết, đại hội chi bộ có được tổ chức phô trương hình thức không?',
    'nguyen-tac',
  ],
  [
    'unit',
    'Ở chi bộ trực thuộc đảng ủy cơ sở như ga chúng tôi, đại hội phải bắt đầu và kết thúc vào tháng nào?',
    'lich-trinh',
  ],
  ['unit', 'Đảng bộ cơ sở của trường em phải xong đại hội trước ngày nào vậy ạ?', 'lich-trinh'],
  ['unit', 'Chi bộ cơ sở như trạm y tế xã được bắt đầu đại hội từ tháng mấy năm 2025?', 'lich-trinh'],
  [
    'unit',
    'By what date did a Vietnamese grassroots party cell have to complete its congress?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ ga của tôi trực thuộc Đảng ủy công ty vận tải, hạn đại hội là khi nào?', 'lich-trinh'],
  ['unit', 'Chi bộ sinh viên trực thuộc đảng ủy trường đại học thì đại hội vào tháng mấy?', 'lich-trinh'],
  ['unit', 'Chi bộ trạm y tế của em là chi bộ cơ sở, hạn chót đại hội là ngày nào?', 'lich-trinh'],
  ['typo', 'dh chi bo truc thuoc thang may xong', 'lich-trinh'],
  ['typo', 'dai hoi dang bo co so hoan thanh truoc 30/6 dung ko', 'lich-trinh'],
  ['unit', 'Đại hội điểm của chi bộ trực thuộc tổ chức vào tháng nào?', 'dai-hoi-diem'],
  ['en', 'Could you explain the pilot congresses in Hai Ba Trung and their timing?', 'dai-hoi-diem'],
  ['typo', 'dai hoi diem dau quy I 2025 gom may don vi', 'dai-hoi-diem'],
  ['typo', 'dh diem la gi', 'dai-hoi-diem'],
  [
    'unit',
    'Đảng bộ cơ sở của công ty đường sắt chọn bao nhiêu chi bộ trực thuộc để làm đại hội điểm?',
    'dai-hoi-diem',
  ],
  ['fact', 'Chọn nhân sự cấp ủy khóa mới phải dựa trên những quy định nào?', 'nhan-su'],
  ['en', 'What rules govern nominating members of the new party committee?', 'nhan-su'],
  ['typo', 'tieu chi danh gia can bo khi gioi thieu cap uy khoa moi', 'nhan-su'],
  [
    'offword',
    'Em là bí thư chi đoàn, được chi bộ giới thiệu vào danh sách cấp ủy khóa mới, việc lựa chọn nhân sự theo quy định nào?',
    'nhan-su',
  ],
  ['fact', 'Có cần rà soát, bổ sung quy hoạch cán bộ trước đại hội không?', 'nhan-su'],
  [
    'fact',
    'Các đại hội cơ sở nhiệm kỳ này hướng tới Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII phải không?',
    'dai-hoi-quan',
  ],
  [
    'en',
    "Tell me about the Hai Ba Trung district party organisation's 27th congress that the grassroots congresses led up to.",
    'dai-hoi-quan',
  ],
  ['typo', 'dai hoi dang bo quan hai ba trung lan thu xxvii to chuc de lam gi', 'dai-hoi-quan'],
  ['fact', 'Các đại hội cơ sở ở Hai Bà Trưng được tổ chức tiến tới đại hội nào của quận?', 'dai-hoi-quan'],
  [
    'fact',
    'Chỉ thị của Bộ Chính trị năm 2024 về đại hội tiến tới Đại hội XIV gồm mấy phần, mấy phụ lục?',
    'chi-thi-35',
  ],
  [
    'fact',
    'Chỉ thị năm 2024 của Bộ Chính trị về đại hội có những yêu cầu gì, em cần tóm tắt cho chi đoàn?',
    'chi-thi-35',
  ],
  [
    'en',
    'Summarise for my ambassador the requirements set out in the 2024 Politburo directive on congresses.',
    'chi-thi-35',
  ],
  ['typo', 'phu luc ve tuoi va so luong cap uy vien nam trong chi thi nao', 'chi-thi-35'],
  ['fact', 'Từ sau hội nghị quán triệt tháng 10/2024 đến nay có những thay đổi gì?', 'thay-doi'],
  ['en', 'What changed after the Hai Ba Trung dissemination conference of October 2024?', 'thay-doi'],
  ['typo', 'nhung moc thay doi ve dai hoi tu 2025 den nay', 'thay-doi'],
  ['fact', 'Sau hội nghị ngày 23/10/2024, những văn bản nào đã bị thay thế?', 'thay-doi'],
  ['fact', 'Từ 1/7/2025 còn cấp huyện nữa không?', 'chinh-quyen-2-cap'],
  [
    'offword',
    'Trạm y tế của em vừa về xã mới sau sáp nhập, chính quyền địa phương hai cấp bắt đầu vận hành từ bao giờ?',
    'chinh-quyen-2-cap',
  ],
  [
    'en',
    "Our embassy needs the start date of Vietnam's two-level local government model, when districts were removed.",
    'chinh-quyen-2-cap',
  ],
  ['typo', 'chinh quyen 2 cap tu bao gio', 'chinh-quyen-2-cap'],
  ['fact', 'Các đảng bộ quận ở Hà Nội kết thúc hoạt động khi nào?', 'chinh-quyen-2-cap'],
  ['fact', 'Đại hội chi bộ bây giờ mấy năm tổ chức một lần?', 'chi-bo-5-nam'],
  [
    'en',
    'Under the 2025 pilot, how many times per five years does a party cell hold a congress?',
    'chi-bo-5-nam',
  ],
  ['typo', 'dh chi bo 5 nam 1 lan hay 2 lan', 'chi-bo-5-nam'],
  ['fact', 'Điều lệ Đảng quy định chi bộ đại hội mấy lần trong 5 năm?', 'chi-bo-5-nam'],
  ['fact', 'Cho em hỏi Đại hội XIV của Đảng khai mạc và bế mạc vào những ngày nào ạ?', 'dai-hoi-xiv'],
  [
    'en',
    'On which dates in January 2026 did the Communist Party of Vietnam hold its 14th National Congress?',
    'dai-hoi-xiv',
  ],
  ['typo', 'dh xiv cua dang hop bao nhieu ngay', 'dai-hoi-xiv'],
  [
    'fact',
    'Đại hội đại biểu toàn quốc lần thứ XIV của Đảng diễn ra trong mấy ngày của tháng 1/2026?',
    'dai-hoi-xiv',
  ],
  ['fact', 'Chi bộ ga muốn in danh sách các văn bản về đại hội nhiệm kỳ 2025-2030 mà bot dùng.', 'tai-lieu'],
  ['en', 'List the documents on the 2025–2030 congresses that you rely on.', 'tai-lieu'],
  ['typo', 'danh sach van ban ve dai hoi nk 2025 2030', 'tai-lieu'],
  ['fact', 'Đến giờ đại hội đảng bộ các cấp nhiệm kỳ 2025-2030 đã tổ chức xong cả chưa nhỉ?', 'ket-qua'],
  ['en', 'Did the party congresses at all levels finish on schedule?', 'ket-qua'],
  ['typo', 'dh cac cap nk 2025 2030 to chuc thanh cong ko', 'ket-qua'],
  [
    'offword',
    'Em đang làm tiểu luận môn Lịch sử Đảng, đợt đại hội các cấp nhiệm kỳ 2025-2030 kết quả ra sao?',
    'ket-qua',
  ],
  ['fact', 'Sau khi đại hội các cấp xong, Bộ Chính trị yêu cầu các cấp ủy làm gì tiếp?', 'ket-qua'],
  [
    'offword',
    'Hôm nay ga đông khách quá, cho hỏi nhanh chi bộ trực thuộc đại hội xong trong tháng nào?',
    'lich-trinh',
  ],
  [
    'offword',
    'Tuần này em trực tiêm chủng cả tuần, đại hội chi bộ có phải bầu ban chấp hành không?',
    'noi-dung',
  ],
  [
    'two-part',
    'Đại hội chi bộ ga làm những nội dung gì, và chi ủy phải trình đại hội những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  ['two-part', 'Chi bộ cơ sở đại hội khi nào, và đại hội điểm tổ chức lúc nào?', 'lich-trinh+dai-hoi-diem'],
  [
    'two-part',
    'Cấp huyện bỏ từ bao giờ và đại hội chi bộ giờ mấy năm một lần?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Đại hội XIV diễn ra khi nào, còn đại hội các cấp có đúng kế hoạch không?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'What are the four congress items, and what principles must be followed?',
    'noi-dung+nguyen-tac',
  ],
  [
    'two-part',
    'cần thành lập tổ nào chuẩn bị đại hội và chọn nhân sự cấp ủy theo tiêu chuẩn gì',
    'chuan-bi+nhan-su',
  ],
  [
    'two-part',
    'Chỉ thị về đại hội năm 2024 có mấy phần, sau đó có những gì thay đổi?',
    'chi-thi-35+thay-doi',
  ],
  ['two-part', 'noi dung dai hoi va thoi gian dai hoi chi bo truc thuoc', 'noi-dung+lich-trinh'],
  [
    'two-part',
    'Báo cáo chính trị phải đánh giá gì, còn đại hội phải chống lãng phí ra sao?',
    'van-kien+nguyen-tac',
  ],
  [
    'two-part',
    'When was the 14th Congress held and what changed in local government in July 2025?',
    'dai-hoi-xiv+chinh-quyen-2-cap',
  ],
  ['two-part', 'Đại hội quận lần thứ XXVII là gì và bot dựa vào những văn bản nào?', 'dai-hoi-quan+tai-lieu'],
  ['lookalike', 'Đại hội Công đoàn Đường sắt Việt Nam nhiệm kỳ tới tổ chức khi nào?', null],
  ['lookalike', 'Lịch trình tàu SE1 từ ga Hà Nội đi Sài Gòn mấy giờ chạy?', null],
  ['lookalike', 'Giá vé tàu Tết năm nay từ Hà Nội đi Vinh bao nhiêu?', null],
  ['lookalike', 'Hội nghị an toàn chạy tàu quý I của ga cần báo cáo những gì?', null],
  ['lookalike', 'Nhân viên gác chắn đường ngang làm ca đêm được phụ cấp bao nhiêu?', null],
  ['lookalike', 'Tàu hàng bị chậm do sạt lở, trực ban ga có phải lập biên bản không?', null],
  ['lookalike', 'Đoàn tàu du lịch kết nối di sản miền Trung chạy những ngày nào?', null],
  ['lookalike', 'Ga chúng tôi bị hạ xuống ga hạng ba thì biên chế trực ban chạy tàu có giảm không?', null],
  ['lookalike', 'Chi bộ ga tổ chức cho đảng viên đi tham quan đường sắt Đà Lạt thì trích quỹ nào?', null],
  ['lookalike', 'Dự án đường sắt tốc độ cao Bắc Nam được Quốc hội thông qua năm nào?', null],
  ['lookalike', 'Hội nghị sản phụ khoa toàn quốc năm nay tổ chức ở đâu?', null],
  ['lookalike', 'Đại hội Hội Nữ hộ sinh Việt Nam đã tổ chức đến lần thứ mấy?', null],
  ['lookalike', 'Nữ đảng viên sinh con thứ ba có bị kỷ luật không?', null],
  ['lookalike', 'Mũi vắc xin viêm gan B sơ sinh trong 24 giờ đầu có bắt buộc không?', null],
  ['lookalike', 'Trạm y tế xã tổ chức hội nghị viên chức đầu năm cần chuẩn bị những gì?', null],
  ['lookalike', 'Nữ hộ sinh làm ở trạm y tế xã được hưởng phụ cấp ưu đãi nghề bao nhiêu phần trăm?', null],
  ['lookalike', 'Đảng viên đi học chuyên khoa sản ở tỉnh khác thì sinh hoạt đảng ở đâu?', null],
  ['lookalike', 'Đợt tuyên truyền kế hoạch hóa gia đình tháng này có phải báo cáo lên xã không?', null],
  ['lookalike', 'Hội nghị triển khai chiến dịch tiêm vắc xin sởi cho trẻ có mời trưởng thôn không?', null],
  ['lookalike', 'Đại hội chi đoàn lớp em cần chuẩn bị những văn kiện gì?', null],
  ['lookalike', 'Bầu ban chấp hành chi đoàn nhiệm kỳ mới cần bao nhiêu đoàn viên tán thành?', null],
  ['lookalike', 'Đại hội đại biểu Hội Sinh viên trường em tổ chức vào tháng mấy?', null],
  ['lookalike', 'Lớp cảm tình Đảng cho sinh viên năm ba học mấy buổi?', null],
  ['lookalike', 'Hồ sơ kết nạp Đảng của sinh viên có cần xác nhận lý lịch ở địa phương không?', null],
  ['lookalike', 'Em là đảng viên dự bị, ra trường về quê thì chuyển sinh hoạt đảng thế nào?', null],
  ['lookalike', 'Điểm rèn luyện học kỳ này em bị trừ vì không đi hội nghị, có khiếu nại được không?', null],
  ['lookalike', 'Hội nghị nghiên cứu khoa học sinh viên cấp trường hạn nộp bài khi nào?', null],
  ['lookalike', 'Cách viết báo cáo tổng kết công tác Đoàn năm học cho chi đoàn?', null],
  ['lookalike', 'Chiến dịch Mùa hè xanh năm nay đội tình nguyện trường em đi tỉnh nào?', null],
  ['lookalike', 'Đại hội Đoàn toàn quốc lần thứ XIII diễn ra năm nào?', null],
  ['lookalike', 'Em bảo vệ khóa luận tốt nghiệp trùng ngày sinh hoạt chi bộ thì xin phép thế nào?', null],
  ['lookalike', 'Sinh viên là đảng viên có được miễn giảm học phí không?', null],
  ['lookalike', "When is the next ASEAN Foreign Ministers' Meeting and who chairs it?", null],
  ['lookalike', 'How does the Pheu Thai Party elect its leader at its general assembly?', null],
  ['lookalike', 'Can a Thai passport holder enter Vietnam visa-free, and for how many days?', null],
  ['lookalike', 'Please suggest a venue in Hanoi for our Thai National Day reception.', null],
  [
    'lookalike',
    "What is the protocol for a Thai ambassador's courtesy call on the Hanoi party secretary?",
    null,
  ],
  ['lookalike', 'Who was elected General Secretary at the 14th Congress, and what is his background?', null],
  [
    'lookalike',
    'What did the Thai and Vietnamese prime ministers agree at their last joint cabinet retreat?',
    null,
  ],
  ['lookalike', 'How do I say "đại hội đại biểu" in Thai?', null],
  ['lookalike', "How many seats does the People's Party hold in the Thai House of Representatives?", null],
  ['lookalike', "When will the Lao People's Revolutionary Party hold its next congress?", null],
  ['lookalike', 'dai hoi the thao xa nam nay', null],
  ['lookalike', 'ty so bong da toi qua', null],
  ['lookalike', 'lich cup dien phuong tuan nay', null],
  ['lookalike', 'dai hoi hoi cuu giao chuc xa', null],
  ['lookalike', 'hoi nghi xuc tien dau tu tinh', null],
  ['lookalike', 'dang phi sinh vien bao nhieu', null],
  ['lookalike', 'nop dang phi online duoc ko', null],
  ['lookalike', 'mau don xin ra khoi dang', null],
  ['lookalike', 'the dang bi mat lam lai o dau', null],
  ['lookalike', 'Đại hội anh hùng võ lâm ở chùa Thiếu Lâm trong Thiên Long Bát Bộ có ai tham dự?', null],
  ['lookalike', 'Hiệp định Paris năm 1973 được ký ngày nào?', null],
  ['lookalike', 'Đại hội xã viên hợp tác xã nông nghiệp bầu ban quản trị thế nào?', null],
  ['lookalike', 'Đại hội Hội Chữ thập đỏ xã nhiệm kỳ tới có bao nhiêu đại biểu?', null],
  ['lookalike', 'Đại hội Hội Luật gia tỉnh có phải xin ý kiến Tỉnh ủy không?', null],
  ['lookalike', 'Kỳ họp Quốc hội tháng 10 bàn những luật nào?', null],
  ['lookalike', 'Công nhân ga làm ca đêm ngày bầu cử đại biểu Quốc hội thì bỏ phiếu sớm được không?', null],
  ['lookalike', 'Chi bộ ga kỷ niệm ngày thành lập Đảng 3/2 nên làm chương trình văn nghệ gì?', null],
  ['lookalike', 'Nghị quyết chi bộ hằng tháng nên ghi những nội dung gì?', null],
  ['lookalike', 'Đảng viên 30 năm tuổi đảng có được tặng huy hiệu không?', null],
  ['lookalike', 'Cách tính tuổi đảng khi đảng viên bị gián đoạn sinh hoạt?', null],
  ['lookalike', 'Họp lớp đại học 10 năm có nên mời thầy chủ nhiệm không?', null],
  ['lookalike', 'Đại hội dòng họ Nguyễn Đình toàn quốc cần chuẩn bị những gì?', null],
  ['lookalike', 'Hội nghị tổng kết năm của hợp tác xã vận tải có cần báo cáo kiểm điểm không?', null],
  ['lookalike', 'Điều lệ Đảng quy định mấy hình thức kỷ luật đảng viên?', null],
  ['lookalike', 'Đại hội Hội Sinh viên Việt Nam lần thứ XI bầu ai làm chủ tịch?', null],
  ['lookalike', 'Hội nghị ban chấp hành Đoàn trường cuối năm cần biên bản gì?', null],
  ['en', 'Could you recommend a good pho restaurant near the Thai embassy in Hanoi?', null],
  ['en', 'What is the exchange rate between the Thai baht and the Vietnamese dong today?', null],
];

export const NEWSET99: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
