/**
 * The thirty-fourth new evaluation set (issue 11, point 6), written on 2026-12-03 from 18:40 UTC
 * (committed in the commit "Eval: newset34, the thirty-fourth unseen set") by a helper (set34) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset33.ts (the lines before its import line, and that import line) and its export line, the part
 * of newset.ts before `const items` (and, by a slip of the command's range, its first three items,
 * which were not reused), newset33.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under
 * src/, bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items
 * (newset35.ts included) were read. Its users are imagined as the cell secretary of a state-owned
 * electricity company, a retired army officer who is secretary of a residential cell, the secretary
 * of a high-school teachers' cell, a young accountant just admitted to the Party, a Korean student
 * of Vietnamese politics who writes in English, a ward organisation-board staff member who writes
 * very formally, and a market-stall owner who types short messages without diacritics; with the
 * out-of-scope messages such users send (other organisations' congresses and meetings: workers'
 * conferences, trade union, shareholders, veterans, the elderly's and the study-promotion
 * associations, Women's Union, Young Pioneers and youth union, parents, civil servants' conferences,
 * market traders; other senses of "đại hội" and "hội nghị": shopping-sale "đại hội", Asian Games,
 * summits, the UN General Assembly, other countries' party congresses and conventions, history;
 * other party business the pack does not cover: dues, probation, transfers, annual self-review,
 * monthly cell meetings, plenums, badges, exemptions, training; people in posts, addresses, phones
 * and reception hours; money and prices; local government services after the merger; state
 * elections; electricity prices and outages, taxes, schools and exams, health, the bot itself,
 * translation, banners, songs and invitations for the congress, video-call software, weather and
 * small talk).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset34.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why. Engine changes reached main after its commit: 1e4c3b3 ("những
 * giấy tờ" no longer among what the pack holds none of); its writer saw none of them. It was
 * measured once on the engine as it stood then, at 18:48 UTC on main 1e4c3b3 (`node --expose-gc
 * dist/bench/qa.js`, load 1.61): qa_new_top1 93.5 %, qa_new_oos_refused 98.6 % (9 in-scope misses,
 * 1 lookalike answered; qa_p99_us 264.1 in that run, p50 39.7). Its misses were listed after that
 * run, and it is a development set since.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, age limits, committee sizes,
 * the money a congress may spend, who was elected to which post, whether a probationary member
 * votes, how a congress may be postponed, the next term's timetable, membership figures) were left
 * out, not guessed.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents asked by number, every document of the pack, in at least three spellings each.
  [
    'doc',
    'Chi bộ Điện lực chúng tôi vẫn cất Chỉ thị 35-CT/TW năm 2024 trong tủ hồ sơ, văn bản đó giờ còn hiệu lực không?',
    'doc:ct-35-2024',
  ],
  ['doc', 'cho hoi CT 35 nam 2024 gio con ap dung ko', 'doc:ct-35-2024'],
  ['en', 'For my thesis: is Directive 35 of June 2024 still the rule the Party follows?', 'doc:ct-35-2024'],
  ['typo', 'chỉ thi so 35 năm 2024 do ai ban hanh vạy', 'doc:ct-35-2024'],
  [
    'doc',
    'Thằng cháu tôi tra mạng ra Chỉ thị 35-CT/TW ngày 30/5/2019, cái đó có phải chỉ thị đại hội lần này không?',
    'doc:ct-35-2019',
  ],
  ['doc', 'ct35 nam 2019 la cua dai hoi nao vay', 'doc:ct-35-2019'],
  ['en', 'What was the 2019 Directive 35 about, the one before the 13th Congress?', 'doc:ct-35-2019'],
  [
    'doc',
    'Kết luận 118-KL/TW điều chỉnh những gì trong chỉ thị về đại hội, anh em tổ trực hỏi tôi mà tôi chưa rõ',
    'doc:kl-118-2025',
  ],
  ['doc', 'KL 118 ai ky ban hanh the', 'doc:kl-118-2025'],
  ['en', 'Conclusion 118 from January 2025 — is it still in force?', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị số 45-CT/TW ban hành ngày nào, để tôi ghi vào sổ tay bí thư?', 'doc:ct-45-2025'],
  ['doc', 'ct 45 thay cho van ban nao', 'doc:ct-45-2025'],
  ['en', 'Directive 45-CT/TW: which body issued it and when?', 'doc:ct-45-2025'],
  ['typo', 'chỉ thi 45 bây h còn áp dung k ạ', 'doc:ct-45-2025'],
  ['doc', 'Ông nhà tôi hỏi Kết luận 200-KL/TW đánh giá đại hội các cấp ra sao?', 'doc:kl-200-2025'],
  ['doc', 'kl200 ban hanh ngay nao', 'doc:kl-200-2025'],
  ['en', 'What does Conclusion 200 of October 2025 say?', 'doc:kl-200-2025'],
  [
    'doc',
    'Hướng dẫn 27-HD/BTCTW của Ban Tổ chức Trung ương ra ngày nào, trường tôi chưa có bản lưu',
    'doc:hd-27-2024',
  ],
  ['doc', 'HD 27 của BTCTW hướng dẫn chỉ thị nào vậy?', 'doc:hd-27-2024'],
  ['en', 'Guidance 27-HD/BTCTW — what is its status today?', 'doc:hd-27-2024'],
  [
    'doc',
    'Hướng dẫn số 18-HD/BTCTU ngày 01/10/2024 của Ban Tổ chức Thành ủy hướng dẫn những nội dung gì?',
    'doc:hd-18-2024',
  ],
  ['doc', 'hd18 btctu con hieu luc ko', 'doc:hd-18-2024'],
  [
    'doc',
    'Kính đề nghị cho biết tình trạng hiện nay của văn bản HD 18 của Ban Tổ chức Thành ủy.',
    'doc:hd-18-2024',
  ],
  [
    'doc',
    'Kế hoạch 258-KH/TU của Thành ủy ra ngày tháng năm nào, tôi cần ghi vào biên bản chi bộ?',
    'doc:kh-258-2024',
  ],
  ['doc', 'KH258 thanh uy con dung ko', 'doc:kh-258-2024'],
  ['en', 'In my paper I cite Plan 258 of the Hanoi Party Committee; what is its date?', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch số 203-KH/QU của Quận ủy Hai Bà Trưng là về việc gì?', 'doc:kh-203-2024'],
  [
    'doc',
    'KH 203 của quận ủy giờ còn giá trị không khi đã bỏ cấp quận rồi, bác tổ trưởng hỏi tôi',
    'doc:kh-203-2024',
  ],
  ['doc', 'kế hoạch 203 ngày 29/7/2024 do ai ký vậy', 'doc:kh-203-2024'],
  ['en', 'Who issued Plan 203 of July 2024?', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 là nghị quyết về gì?', 'doc:nq-26-2018'],
  ['doc', 'NQ 26 năm 2018 của BCH Trung ương khóa XII ra ngày mấy tháng mấy?', 'doc:nq-26-2018'],
  ['en', 'Resolution 26 of 2018 — who issued it?', 'doc:nq-26-2018'],
  [
    'doc',
    'Em là kế toán mới vào Đảng, sếp bảo đọc Quy định 89-QĐ/TW, văn bản này còn hiệu lực không ạ?',
    'doc:qd-89-2017',
  ],
  ['doc', 'qd 89 thay bang qd nao roi', 'doc:qd-89-2017'],
  ['en', 'Has Regulation 89 on cadre standards been superseded?', 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365-QĐ/TW ngày 30/8/2025 quy định về vấn đề gì?', 'doc:qd-365-2025'],
  ['doc', 'QĐ365 cơ quan nào ký ban hành vậy ạ?', 'doc:qd-365-2025'],
  ['en', 'Regulation 365-QĐ/TW, when was it issued and by whom?', 'doc:qd-365-2025'],
  [
    'doc',
    'Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy Hà Nội về tiêu chí đánh giá cán bộ ban hành hôm nào, chi bộ trường tôi cần dẫn?',
    'doc:qd-14-2023',
  ],
  ['doc', 'QĐ 14 của thành ủy bây giờ còn hiệu lực không?', 'doc:qd-14-2023'],
  ['en', 'What is Regulation 14-QĐ/TU of the Hanoi Standing Board?', 'doc:qd-14-2023'],
  ['doc', 'Quy định 2656-QĐ/QU quy định về nội dung gì?', 'doc:qd-2656-2023'],
  ['doc', 'qd2656 cua quan uy ra ngay nao vay ad', 'doc:qd-2656-2023'],
  [
    'doc',
    'Văn bản số 2656 của Ban Thường vụ Quận ủy có còn dùng để đánh giá cán bộ không?',
    'doc:qd-2656-2023',
  ],
  [
    'doc',
    'Quy định 1216-QĐ/QU về quy hoạch cán bộ do ai ban hành, đến giờ còn dùng không?',
    'doc:qd-1216-2022',
  ],
  ['typo', 'QĐ 1216 quận ủy vê quy hoach can bô con dung k', 'doc:qd-1216-2022'],
  ['en', 'Regulation 1216 on cadre planning — what is its status?', 'doc:qd-1216-2022'],
  ['doc', 'Quy định 294-QĐ/TW bắt đầu có hiệu lực từ ngày nào vậy?', 'doc:qd-294-2025'],
  ['doc', 'qd 294 la van ban gi vay', 'doc:qd-294-2025'],
  ['en', 'Regulation 294 of May 2025: which body issued it?', 'doc:qd-294-2025'],
  [
    'doc',
    'Tủ hồ sơ chi bộ còn Hướng dẫn 26-HD/BTCTW năm 2019, văn bản đó hướng dẫn cho chỉ thị nào?',
    'doc:hd-26-2019',
  ],
  [
    'doc',
    'HD 26 của Ban Tổ chức Trung ương năm 2019 chi bộ trường tôi còn dùng được không?',
    'doc:hd-26-2019',
  ],
  ['en', 'What exactly is Guidance 26 from October 2019?', 'doc:hd-26-2019'],

  // Documents the pack does not hold: "not in the bot's sources".
  ['unknown-doc', 'Quy định 232-QĐ/TW về công tác bầu cử trong Đảng nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 06-HD/BTCTW về đại hội chi bộ có gì mới?', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 36-CT/TW về đại hội ban hành năm nào?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 123-KL/TW có áp dụng cho chi bộ điện lực không?', 'unknown-doc'],
  ['unknown-doc', 'cho hoi ke hoach 59-KH/TU cua thanh uy noi gi', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 57-NQ/TW có liên quan gì đến đại hội chi bộ không?', 'unknown-doc'],
  ['unknown-doc', 'Quyết định 99-QĐ/TW còn hiệu lực không?', 'unknown-doc'],
  ['unknown-doc', 'What does Guidance 12-HD/BTCTW say about cell congresses?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 15-KH/ĐU của Đảng ủy phường về đại hội gồm những gì?', 'unknown-doc'],
  [
    'unknown-doc',
    'Kính đề nghị cho biết nội dung Hướng dẫn 09-HD/BTCTU ngày 05/3/2025 của Ban Tổ chức Thành ủy.',
    'unknown-doc',
  ],
  ['unknown-doc', 'Chỉ thị 04-CT/TW nói về việc gì?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 142-QĐ/TW về thẩm quyền nhân sự có trong bot không?', 'unknown-doc'],
  ['unknown-doc', 'Công văn 1234-CV/BTCTU về đại hội gửi các chi bộ nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Thông báo 88-TB/TW của Ban Bí thư về đại hội là gì?', 'unknown-doc'],
  ['unknown-doc', 'hd 02 cua dang uy tap doan dien luc ve dai hoi chi bo noi gi', 'unknown-doc'],
  ['unknown-doc', 'Is Resolution 66-NQ/TW in your sources?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 22-QĐ/TW về kiểm tra, giám sát áp dụng thế nào khi đại hội?', 'unknown-doc'],

  // Questions in words the pack does not use.
  ['offword', 'Buổi họp bầu lại chi ủy nhiệm kỳ mới thì phải bàn những việc gì?', 'noi-dung'],
  ['offword', 'Giấy tờ chính phải đọc trước toàn thể ở buổi đại hội gồm mấy bản?', 'van-kien'],
  ['offword', 'Trước hôm họp lớn của chi bộ phải lo liệu những khâu gì?', 'chuan-bi'],
  ['offword', 'Chi bộ nào được cho họp trước để các chi bộ khác học theo rút kinh nghiệm?', 'dai-hoi-diem'],
  ['offword', 'Chọn người vào chi ủy mới thì dựa theo những văn bản nào?', 'nhan-su'],
  ['offword', 'Không được làm rình rang tốn kém khi đại hội phải không?', 'nguyen-tac'],
  ['offword', 'Bây giờ chỉ còn tỉnh với xã phường thôi à, huyện quận đâu hết rồi?', 'chinh-quyen-2-cap'],
  ['offword', 'Cuộc họp lớn nhất cả nước của Đảng đầu năm 2026 diễn ra mấy hôm?', 'dai-hoi-xiv'],
  ['offword', 'Đợt bầu bán trong Đảng năm ngoái xong xuôi hết chưa?', 'ket-qua'],
  ['offword', 'Bao nhiêu năm thì chi bộ mới phải họp bầu lại một lần?', 'chi-bo-5-nam'],
  ['offword', 'Những giấy tờ mà bot dựa vào để trả lời gồm những cái nào?', 'tai-lieu'],
  ['offword', 'Cái mốc phải họp bầu xong của chi bộ khu phố là lúc nào?', 'lich-trinh'],
  ['offword', 'Hai bản tổng hợp chi ủy đưa ra đại hội khác nhau ở chỗ nào?', 'van-kien'],

  // Two-part questions.
  [
    'two-part',
    'Chi bộ giáo viên trường tôi đại hội thì làm mấy nội dung, và phải chuẩn bị những báo cáo nào trình đại hội?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ trực thuộc đại hội hạn chót khi nào, và đại hội gồm những nội dung gì?',
    'lich-trinh+noi-dung',
  ],
  [
    'two-part',
    'Cần lập những tổ nào để chuẩn bị đại hội, và chọn nhân sự chi ủy khóa mới theo những quy định nào?',
    'chuan-bi+nhan-su',
  ],
  [
    'two-part',
    'Đại hội điểm làm vào lúc nào, còn các chi bộ khác thì đại hội trong thời gian nào?',
    'dai-hoi-diem+lich-trinh',
  ],
  [
    'two-part',
    'Chi bộ bây giờ mấy năm đại hội một lần, và đợt đại hội nhiệm kỳ 2025-2030 đã xong hết chưa?',
    'chi-bo-5-nam+ket-qua',
  ],
  [
    'two-part',
    'Đại hội XIV của Đảng họp ngày nào, và đại hội các cấp trước đó có thành công không?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Cấp quận bây giờ còn không, và Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII là đại hội gì?',
    'chinh-quyen-2-cap+dai-hoi-quan',
  ],
  [
    'two-part',
    'Đại hội phải theo những nguyên tắc gì, và trước đại hội chi bộ cần chuẩn bị những việc gì?',
    'nguyen-tac+chuan-bi',
  ],
  [
    'two-part',
    'Báo cáo kiểm điểm của chi ủy phải viết thế nào, và tiêu chuẩn nhân sự chi ủy mới dựa vào văn bản nào?',
    'van-kien+nhan-su',
  ],
  [
    'two-part',
    'Từ sau hội nghị 23/10/2024 đến giờ có những gì thay đổi, và chi bộ còn đại hội 5 năm hai lần không?',
    'thay-doi+chi-bo-5-nam',
  ],
  [
    'two-part',
    'What four items does a grassroots congress cover, and when did the 14th National Congress take place?',
    'noi-dung+dai-hoi-xiv',
  ],
  [
    'two-part',
    'Chỉ thị về đại hội năm 2024 gồm mấy phần mấy phụ lục, và sau đó đã thay đổi những gì?',
    'chi-thi-35+thay-doi',
  ],
  ['two-part', 'dh chi bo gom may noi dung, voi lai han chot la khi nao', 'noi-dung+lich-trinh'],

  // A unit's own kind of congress.
  [
    'unit',
    'Chi bộ Phòng Kỹ thuật của tôi trực thuộc Đảng ủy Công ty Điện lực, đại hội chi bộ phải xong trong tháng mấy?',
    'lich-trinh',
  ],
  [
    'unit',
    'Chi bộ tổ dân phố số 7 của tôi trực thuộc Đảng ủy phường, đại hội được bắt đầu từ khi nào?',
    'lich-trinh',
  ],
  ['unit', 'Trường THPT chúng tôi là chi bộ cơ sở, hạn cuối đại hội chi bộ là ngày nào?', 'lich-trinh'],
  [
    'unit',
    'Đề nghị cho biết đối với đảng bộ cơ sở thì đại hội đảng viên hoặc đại hội đại biểu được tiến hành trong khoảng thời gian nào.',
    'lich-trinh',
  ],
  ['unit', 'Mỗi đảng bộ cơ sở phải chọn mấy chi bộ trực thuộc để làm đại hội điểm?', 'dai-hoi-diem'],
  ['unit', 'chi bo co so nhu cho toi thi may nam dai hoi 1 lan', 'chi-bo-5-nam'],
  [
    'unit',
    'My cell is a grassroots party cell (chi bộ cơ sở). By what date did it have to hold its congress?',
    'lich-trinh',
  ],
  ['unit', 'Đảng bộ khối hành chính sự nghiệp có phải làm đại hội điểm không, vào lúc nào?', 'dai-hoi-diem'],
  ['unit', 'Chi bộ trực thuộc thì đại hội trước hay sau đảng bộ cơ sở?', 'lich-trinh'],
  [
    'unit',
    'Đảng ủy công ty điện lực là đảng bộ cơ sở, đại hội đảng ủy có phải đợi các chi bộ trực thuộc đại hội xong trước không?',
    'lich-trinh',
  ],

  // Typos and missing diacritics.
  ['typo', 'dai hoi chi bo gom nhung noi dug gi', 'noi-dung'],
  ['typo', 'bao cao chin tri voi bao cao kiem diem khac nhau the nao', 'van-kien'],
  ['typo', 'chuẩn bi đại hôi can lap nhung to nao', 'chuan-bi'],
  ['typo', 'dại hội điêm tháng 12 nam 2024 là gì', 'dai-hoi-diem'],
  ['typo', 'nguyen tăc tap trung dan chu khi to chuc dai hôi la gi', 'nguyen-tac'],
  ['typo', 'dai hoi xiv hop tư ngày may đen ngày may', 'dai-hoi-xiv'],
  ['typo', 'thoi han dai hoi chi bo truc thuộc la bao gio', 'lich-trinh'],
  ['typo', 'tieu chuan nhan su cap uy khoa moi theo vban nao', 'nhan-su'],

  // English.
  [
    'en',
    'I am a Korean student writing a thesis on Vietnamese politics: what four items does a grassroots party congress cover?',
    'noi-dung',
  ],
  ['en', 'Which two main reports does a party committee present to its congress?', 'van-kien'],
  [
    'en',
    'My professor says Hanoi’s district party committees were dissolved in July 2025 — what exactly happened?',
    'chinh-quyen-2-cap',
  ],
  ['en', 'Are the 2025–2030 party congresses at all levels over by now?', 'ket-qua'],
  ['en', 'What is a pilot congress in this campaign, and who had to hold one?', 'dai-hoi-diem'],
  ['en', 'How often do party cells hold their congresses now?', 'chi-bo-5-nam'],
  ['en', 'What principles, like democratic centralism, must guide the congress?', 'nguyen-tac'],
  ['en', 'On which dates was the 14th National Congress of the Party held?', 'dai-hoi-xiv'],

  // Facts.
  [
    'fact',
    'Đại hội đại biểu toàn quốc lần thứ 14 khai mạc ngày nào, tôi muốn kể cho học sinh lớp chủ nhiệm?',
    'dai-hoi-xiv',
  ],
  ['fact', 'Các quận ủy ở Hà Nội bây giờ còn hoạt động không?', 'chinh-quyen-2-cap'],
  [
    'fact',
    'Đợt đại hội đảng bộ các cấp nhiệm kỳ 2025-2030 đến giờ đã xong chưa, ông nhà tôi hỏi mãi',
    'ket-qua',
  ],
  ['fact', 'Điều lệ Đảng trước đây quy định chi bộ đại hội mấy lần trong 5 năm?', 'chi-bo-5-nam'],
  ['fact', 'Báo cáo nào được coi là báo cáo trung tâm của đại hội?', 'van-kien'],
  ['fact', 'Chỉ thị về đại hội của Bộ Chính trị năm 2024 có bao nhiêu phụ lục?', 'chi-thi-35'],
  ['fact', 'Ngày 1/7/2025 Hà Nội có tất cả bao nhiêu đảng bộ cấp huyện thôi hoạt động?', 'chinh-quyen-2-cap'],
  [
    'fact',
    'Hồi đó Đại hội Đảng bộ quận Hai Bà Trưng nhiệm kỳ 2025 - 2030 được đánh số là lần thứ mấy?',
    'dai-hoi-quan',
  ],
  ['fact', 'Đại hội điểm của các đảng bộ cơ sở phải làm trong tháng nào?', 'dai-hoi-diem'],
  ['fact', 'Chỉ thị đại hội năm 2024 của Bộ Chính trị nêu mấy yêu cầu?', 'chi-thi-35'],
  [
    'fact',
    'Sau hội nghị quán triệt ngày 23/10/2024 đã có những văn bản mới nào làm thay đổi công tác đại hội?',
    'thay-doi',
  ],
  ['fact', 'Đại hội XIV của Đảng kéo dài mấy ngày?', 'dai-hoi-xiv'],
  ['fact', 'Việc thí điểm chi bộ 5 năm đại hội một lần áp dụng từ ngày nào?', 'chi-bo-5-nam'],
  ['fact', 'Đại hội chi bộ trực thuộc bắt đầu từ tháng mấy năm 2025?', 'lich-trinh'],
  ['fact', 'Tổ chức đại hội có phải chống lãng phí, không phô trương hình thức không?', 'nguyen-tac'],

  // Lookalikes: close to the domain, out of scope.
  [
    'lookalike',
    'Công ty Điện lực chúng tôi sắp tổ chức hội nghị người lao động đầu năm, chương trình gồm những gì?',
    null,
  ],
  ['lookalike', 'Lịch cắt điện khu vực phường Bạch Mai tuần này thế nào?', null],
  ['lookalike', 'Giá điện sinh hoạt bậc 3 hiện nay bao nhiêu tiền một số?', null],
  ['lookalike', 'Đại hội đồng cổ đông thường niên của Tổng công ty Điện lực năm 2027 họp vào khi nào?', null],
  ['lookalike', 'Thợ điện thi nâng bậc thì cần ôn những gì?', null],
  [
    'lookalike',
    'Hội nghị tổng kết an toàn vệ sinh lao động của công ty cần báo cáo những số liệu nào?',
    null,
  ],
  ['lookalike', 'Đại hội công đoàn cơ sở Điện lực nhiệm kỳ 2028-2033 bầu bao nhiêu ủy viên?', null],
  ['lookalike', 'Ca trực đêm ở trạm biến áp có được tính phụ cấp độc hại không?', null],
  [
    'lookalike',
    'Đại hội Hội Cựu chiến binh phường nhiệm kỳ tới thì báo cáo chính trị của hội viết thế nào?',
    null,
  ],
  ['lookalike', 'Lương hưu quân đội năm 2027 có được tăng không?', null],
  ['lookalike', 'Tổ dân phố sắp họp bầu tổ trưởng mới, thủ tục bầu ra sao?', null],
  ['lookalike', 'Hội nghị nhân dân đầu năm của tổ dân phố thì ai chủ trì?', null],
  ['lookalike', 'Kể cho tôi nghe về Đại hội Đảng lần thứ VI năm 1986 đổi mới như thế nào', null],
  ['lookalike', 'Chiến dịch Điện Biên Phủ kết thúc vào ngày nào?', null],
  ['lookalike', 'Đại hội Hội Người cao tuổi phường mấy năm tổ chức một lần?', null],
  ['lookalike', 'Huy hiệu 40 năm tuổi Đảng thì xét tặng vào dịp nào?', null],
  ['lookalike', 'Bác sĩ bảo tôi huyết áp cao, buổi tối có nên đi họp chi bộ nữa không?', null],
  ['lookalike', 'Đảng viên trên 70 tuổi có được miễn sinh hoạt chi bộ không?', null],
  ['lookalike', 'Đại hội liên đội của trường thường tổ chức vào tháng mấy?', null],
  ['lookalike', 'Hội nghị cha mẹ học sinh đầu năm học cần lập biên bản thế nào?', null],
  ['lookalike', 'Lịch thi tốt nghiệp THPT năm 2027 thế nào?', null],
  ['lookalike', 'Đại hội chi đoàn giáo viên trẻ của trường gồm những nội dung gì?', null],
  ['lookalike', 'Soạn giáo án bài Đảng Cộng sản Việt Nam ra đời cho lớp 12 thế nào?', null],
  ['lookalike', 'Hội nghị viên chức trường học đầu năm học 2027-2028 gồm mấy nội dung?', null],
  ['lookalike', 'Đánh giá chuẩn nghề nghiệp giáo viên cuối năm học làm thế nào?', null],
  ['lookalike', 'Đại hội Hội Khuyến học của xã bầu ban chấp hành mấy người?', null],
  ['lookalike', 'Đảng viên dự bị mỗi tháng đóng đảng phí bao nhiêu, tính trên lương gross hay net ạ?', null],
  [
    'lookalike',
    'Em mới được kết nạp, hết 12 tháng dự bị thì chuyển đảng chính thức cần những giấy tờ gì?',
    null,
  ],
  ['lookalike', 'Em chuyển sang công ty kiểm toán khác thì chuyển sinh hoạt đảng thế nào?', null],
  ['lookalike', 'Quyết toán thuế thu nhập cá nhân năm 2026 hạn chót là khi nào?', null],
  ['lookalike', 'Bản tự kiểm điểm đảng viên cuối năm 2026 viết như thế nào?', null],
  ['lookalike', 'Đại hội đồng cổ đông công ty em cần chuẩn bị những tài liệu gì?', null],
  ['lookalike', 'Lớp bồi dưỡng lý luận chính trị cho đảng viên mới học trong bao lâu?', null],
  ['lookalike', 'Nghị quyết sinh hoạt chi bộ hằng tháng viết theo mẫu nào?', null],
  [
    'lookalike',
    'As a Korean I wonder: when will North Korea’s Workers’ Party hold its next party congress?',
    null,
  ],
  ['lookalike', 'How does South Korea elect its National Assembly?', null],
  [
    'lookalike',
    'How did the Chinese Communist Party’s 20th National Congress choose its Politburo Standing Committee?',
    null,
  ],
  ['lookalike', 'What is the exchange rate between the Korean won and the Vietnamese dong?', null],
  ['lookalike', 'Can students attend the UN General Assembly session in September?', null],
  ['lookalike', 'Can you recommend a good textbook on Vietnamese politics for my seminar?', null],
  ['lookalike', 'How do US parties pick their presidential nominee at a national convention?', null],
  ['lookalike', 'Kính đề nghị hướng dẫn thủ tục chứng thực bản sao giấy khai sinh tại UBND phường.', null],
  ['lookalike', 'Đề nghị cho biết lịch tiếp công dân của Chủ tịch UBND phường trong tháng 12/2026.', null],
  [
    'lookalike',
    'Kính hỏi: hồ sơ đăng ký thường trú cho người mới chuyển đến phường gồm những giấy tờ gì?',
    null,
  ],
  ['lookalike', 'Đề nghị cung cấp số điện thoại đường dây nóng của Ban Tổ chức Thành ủy.', null],
  [
    'lookalike',
    'Đề nghị cho biết thời gian tổ chức bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp.',
    null,
  ],
  ['lookalike', 'Đề nghị cho biết Hội nghị Trung ương lần thứ hai khóa XIV đã bàn những nội dung gì.', null],
  ['lookalike', 'Kính đề nghị hướng dẫn thủ tục đăng ký kết hôn tại phường.', null],
  ['lookalike', 'cho hoi thue khoan ho kinh doanh nam nay dong bao nhieu', null],
  ['lookalike', 'gia vang sjc hom nay mua vao bao nhieu', null],
  ['lookalike', 'cho dong xuan may gio mo cua', null],
  ['lookalike', 'dai hoi sale 12.12 tren shopee co gi hot ko', null],
  ['lookalike', 'ban quan ly cho bao gio hop tieu thuong', null],
  ['lookalike', 'vay von ngan hang chinh sach can giay to gi', null],
  ['lookalike', 'hoi phu nu phuong dai hoi bau chu tich hoi khi nao', null],
  ['lookalike', 'mai troi co mua ko', null],
  ['lookalike', 'ban biet hat ko', null],
  ['lookalike', 'Chi bộ muốn đặt băng rôn chào mừng đại hội thì in ở đâu cho rẻ?', null],
  ['lookalike', 'Có bài hát nào hay để văn nghệ chào mừng đại hội chi bộ không?', null],
  ['lookalike', 'Cài Zoom trên điện thoại để họp trực tuyến thế nào?', null],
  ['lookalike', 'Mẫu giấy mời dự đại hội chi bộ viết thế nào cho trang trọng?', null],
  ['lookalike', 'Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư tổ chức vào ngày nào?', null],
  ['lookalike', 'Đại hội Thể thao châu Á lần tới tổ chức ở đâu?', null],
  ['lookalike', 'Bot này có lưu lại tin nhắn tôi hỏi không?', null],
  ['lookalike', 'Dịch giúp tôi cụm từ báo cáo chính trị sang tiếng Hàn', null],
  ['lookalike', 'Ông Nguyễn Quang Trung bây giờ làm chức vụ gì?', null],
  ['lookalike', 'Trụ sở 33 Đại Cồ Việt bây giờ là cơ quan nào?', null],
  ['lookalike', 'Hội trường nhà văn hóa tổ dân phố thuê bao nhiêu tiền một buổi?', null],
  ['lookalike', 'Thi vào lớp 10 trường THPT công lập năm nay lấy bao nhiêu điểm?', null],
  ['lookalike', 'Sau khi bỏ quận thì đăng ký hộ kinh doanh ở đâu?', null],
  ['lookalike', 'Sau sáp nhập phường thì đi làm căn cước ở đâu?', null],
  ['lookalike', 'Đại hội Đảng Cộng sản Trung Quốc lần tới tổ chức năm nào?', null],
];

export const NEWSET34: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
