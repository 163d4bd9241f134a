/**
 * The twenty-third new evaluation set (issue 11, point 6), written on 2026-12-03 from 15:10 UTC
 * (committed in the commit "Eval: newset23, the twenty-third unseen set") by a helper (set23)
 * that had not seen the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset22.ts (the lines before its import line), that import line and its export line, the part
 * of newset.ts before `const items`, newset22.test.ts, set-shape.ts, set-checks.ts and sets.ts.
 * Nothing under src/ or bench/, no README, no git log, diff or show, and no other set's items were
 * read. Its users are imagined as the office staff of a grassroots committee in a state company,
 * members of party cells in a university and in a hospital, a retired official who writes long
 * polite messages with the context first, a ward board clerk who types fast without diacritics,
 * and two English-speaking researchers; with the out-of-scope messages such users send (other
 * organisations' congresses, other senses of "đại hội", other party business, people in posts,
 * addresses and phone numbers, money, weather, personal matters, other countries, the bot itself,
 * small talk).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset23.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why. Engine changes reached main while it was being written (up to
 * 7146ba0) and three after its commit (d4344ee, 6b40dcc: what the pack holds none of and other
 * party business from two development pools, the asking sentences of a message); its writer saw
 * none of them. It was measured once on the engine as it stood then, at 15:32 UTC on main 6b40dcc
 * (`node --expose-gc dist/bench/qa.js`, load 1.53): qa_new_top1 96.6 %, qa_new_oos_refused 98.3 %
 * (5 in-scope misses, 1 lookalike answered). Its misses were listed after that run, and it is a
 * development set since.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, age limits, committee sizes,
 * costs) were left out, not guessed.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number, three or more spellings each.
  ['doc', 'Chỉ thị số 35-CT/TW ngày 14/6/2024 hiện còn hiệu lực không?', 'doc:ct-35-2024'],
  ['doc', 'CT35 năm 2024 do cơ quan nào ban hành, vào ngày nào?', 'doc:ct-35-2024'],
  ['doc', 'Is Directive 35 of 2024 still in force, or was it replaced?', 'doc:ct-35-2024'],
  ['doc', 'chi thi 35/2024 con dung duoc ko hay thay roi', 'doc:ct-35-2024'],
  [
    'doc',
    'Chỉ thị 35-CT/TW ngày 30/5/2019 hướng tới đại hội nào, còn dùng cho đợt này không?',
    'doc:ct-35-2019',
  ],
  ['doc', 'CT 35 năm 2019 của nhiệm kỳ trước có còn áp dụng cho lần này không?', 'doc:ct-35-2019'],
  ['doc', 'Directive 35-CT/TW of 2019, toward the 13th Congress: who issued it?', 'doc:ct-35-2019'],
  ['doc', 'chỉ thị số 35 hồi năm 2019 là văn bản gì vậy', 'doc:ct-35-2019'],
  ['doc', 'Kết luận 118-KL/TW ngày 18/01/2025 điều chỉnh những gì?', 'doc:kl-118-2025'],
  ['doc', 'KL118 bây giờ còn hiệu lực không?', 'doc:kl-118-2025'],
  ['doc', 'Conclusion 118: who issued it and does it still apply?', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị số 45-CT/TW ban hành ngày nào?', 'doc:ct-45-2025'],
  ['doc', 'CT 45/TW thay thế văn bản nào vậy?', 'doc:ct-45-2025'],
  ['doc', 'For our paper: Directive 45-CT/TW, what is it about and who issued it?', 'doc:ct-45-2025'],
  ['doc', 'chi thi 45 cua bo chinh tri nam 2025 noi ve gi', 'doc:ct-45-2025'],
  ['doc', 'Kết luận số 200-KL/TW nói gì về kết quả đại hội?', 'doc:kl-200-2025'],
  ['doc', 'KL 200 của Bộ Chính trị và Ban Bí thư ban hành ngày nào?', 'doc:kl-200-2025'],
  ['doc', 'Conclusion 200-KL/TW of October 2025: what is its status?', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW ngày 26/8/2024 hướng dẫn văn bản nào?', 'doc:hd-27-2024'],
  ['doc', 'HD27 của Ban Tổ chức Trung ương còn dùng không?', 'doc:hd-27-2024'],
  [
    'doc',
    'Guidance 27 from the Central Organisation Commission: what date does it bear, and is its content confirmed?',
    'doc:hd-27-2024',
  ],
  ['doc', 'Văn phòng đảng ủy công ty cần trích dẫn Hướng dẫn số 18-HD/BTCTU: ra ngày nào?', 'doc:hd-18-2024'],
  ['doc', 'hd 18 btctu huong dan noi dung gi', 'doc:hd-18-2024'],
  ['doc', "Guidance 18-HD/BTCTU of Hà Nội's Organisation Board: who wrote it?", 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch 258-KH/TU ngày 15/7/2024 của Thành ủy là văn bản gì?', 'doc:kh-258-2024'],
  ['doc', 'KH 258 của thành ủy hiện tình trạng thế nào ạ', 'doc:kh-258-2024'],
  ['doc', 'Plan 258 of the Hanoi Party Committee: when was it issued?', 'doc:kh-258-2024'],
  ['doc', 'kh258 ban hanh ngay nao', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch số 203-KH/QU ngày 29/7/2024 của Quận ủy nói về gì?', 'doc:kh-203-2024'],
  ['doc', 'KH203 quận ủy Hai Bà Trưng giờ còn áp dụng không?', 'doc:kh-203-2024'],
  ['doc', 'Plan 203-KH/QU: who issued it?', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 do cơ quan nào ban hành?', 'doc:nq-26-2018'],
  ['doc', 'NQ26 của Trung ương khóa XII ra ngày nào?', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26 of the 12th Central Committee (2018): what is it?', 'doc:nq-26-2018'],
  ['doc', 'Quy định 89-QĐ/TW về tiêu chuẩn cán bộ còn áp dụng không?', 'doc:qd-89-2017'],
  ['doc', 'QĐ 89 năm 2017 đã bị thay thế chưa?', 'doc:qd-89-2017'],
  ['doc', 'Regulation 89-QĐ/TW on cadre standards: is it superseded?', 'doc:qd-89-2017'],
  ['doc', 'qd89 bct con hieu luc k', 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365-QĐ/TW ngày 30/8/2025 nói về nội dung gì?', 'doc:qd-365-2025'],
  ['doc', 'QĐ365 thay cho quy định nào?', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365 of the Politburo: what does it cover?', 'doc:qd-365-2025'],
  [
    'doc',
    'Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy về tiêu chí đánh giá cán bộ ra ngày nào?',
    'doc:qd-14-2023',
  ],
  ['doc', 'QĐ 14/TU năm 2023 còn hiệu lực không?', 'doc:qd-14-2023'],
  ['doc', 'Regulation 14-QĐ/TU (Hà Nội, 2023): who issued it?', 'doc:qd-14-2023'],
  ['doc', 'Quy định 2656-QĐ/QU ngày 13/11/2023 do ai ban hành?', 'doc:qd-2656-2023'],
  ['doc', 'QĐ2656 của quận ủy về đánh giá cán bộ còn dùng không?', 'doc:qd-2656-2023'],
  [
    'doc',
    'Regulation 2656 of the Hai Bà Trưng Standing Board: what does it concern, and when was it issued?',
    'doc:qd-2656-2023',
  ],
  [
    'doc',
    'Quy định số 1216-QĐ/QU về quy hoạch cán bộ của quận ban hành khi nào, giờ còn dùng không?',
    'doc:qd-1216-2022',
  ],
  ['doc', 'qd 1216 quan uy ban hanh nam nao', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216-QĐ/QU on cadre planning: its date and issuer?', 'doc:qd-1216-2022'],
  ['doc', 'Chi bộ bệnh viện hỏi Quy định 294-QĐ/TW có hiệu lực từ khi nào?', 'doc:qd-294-2025'],
  ['doc', 'QĐ 294 thí điểm đại hội chi bộ ra ngày nào?', 'doc:qd-294-2025'],
  [
    'doc',
    'Regulation 294, the pilot of cell congresses once in five years: when was it issued?',
    'doc:qd-294-2025',
  ],
  ['doc', 'Hướng dẫn 26-HD/BTCTW ngày 18/10/2019 là hướng dẫn cho nhiệm kỳ nào?', 'doc:hd-26-2019'],
  ['doc', 'HD 26/BTCTW năm 2019 còn dùng được không?', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26-HD/BTCTW (2019), for the previous term: what is its status?', 'doc:hd-26-2019'],

  // Documents the pack does not hold.
  ['unknown-doc', 'Quy định 24-QĐ/TW về thi hành Điều lệ Đảng nói gì về đại hội chi bộ?', 'unknown-doc'],
  [
    'unknown-doc',
    'Chỉ thị 05-CT/TW về học tập và làm theo tư tưởng Hồ Chí Minh có trong bot không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kết luận 123-KL/TW năm 2025 có liên quan đến đại hội không?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 06-HD/BTCTW có gì mới về công tác nhân sự?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 312-KH/QU của quận ủy quy định gì?', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 57-NQ/TW có phải đưa vào báo cáo chính trị của chi bộ không?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 232-QĐ/TW về bầu cử trong Đảng ra ngày nào?', 'unknown-doc'],
  ['unknown-doc', 'Regulation 80-QĐ/TW on appointing cadres: is it in your sources?', 'unknown-doc'],
  ['unknown-doc', 'Directive 42-CT/TW: what does it say?', 'unknown-doc'],
  ['unknown-doc', 'qd 190 ve kiem soat quyen luc co trong bot ko', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 12-HD/BTCTU của Ban Tổ chức Thành ủy về đại hội chi bộ', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 150-KL/TW nói gì về sắp xếp tổ chức đảng?', 'unknown-doc'],
  ['unknown-doc', 'Công văn 1552-CV/ĐU của đảng ủy tổng công ty về đại hội chi bộ', 'unknown-doc'],
  ['unknown-doc', 'Plan 97-KH/TU of the city committee: when was it issued?', 'unknown-doc'],

  // In scope, with everyday words (cells inside schools, hospitals, unions, companies).
  [
    'offword',
    'Chi bộ khoa Nội của bệnh viện chúng tôi thuộc đảng ủy bệnh viện, phải đại hội xong trong tháng mấy?',
    'lich-trinh',
  ],
  ['offword', 'Chi bộ trường THCS có phải lập tổ văn kiện, tổ nhân sự như đảng bộ lớn không?', 'chuan-bi'],
  ['offword', 'Đại hội chi bộ Hội Cựu chiến binh phường thì bầu những gì?', 'noi-dung'],
  ['offword', 'Chi bộ cơ quan Hội Liên hiệp Phụ nữ phải trình đại hội những báo cáo nào?', 'van-kien'],
  [
    'offword',
    'Chi bộ công ty tôi toàn đoàn viên thanh niên trẻ, đại hội chi bộ phải làm mấy nội dung?',
    'noi-dung',
  ],
  ['offword', 'Đại hội chi bộ có được liên hoan, tặng quà cho tốn kém không?', 'nguyen-tac'],
  [
    'offword',
    'Trời mưa bão thế này, chi bộ trực thuộc đảng ủy phường vẫn phải đại hội trong quý I à?',
    'lich-trinh',
  ],
  [
    'offword',
    'Tôi đọc trên điện thoại không rõ, báo cáo chính trị của chi bộ phải đánh giá những gì?',
    'van-kien',
  ],
  [
    'offword',
    'Chi bộ nhà trường có bị chọn làm đại hội điểm không, đại hội điểm làm lúc nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Các bác trong chi bộ hưu trí hỏi: nghe nói giờ 5 năm chi bộ mới đại hội một lần, đúng không?',
    'chi-bo-5-nam',
  ],
  ['offword', 'Đảng ủy bệnh viện chuẩn bị nhân sự cấp ủy khóa mới theo những tiêu chuẩn nào?', 'nhan-su'],
  [
    'offword',
    'Chi bộ ký túc xá sinh viên quán triệt văn bản đại hội bằng hội nghị trực tiếp, hay gửi qua Zalo là đủ?',
    'chuan-bi',
  ],
  ['offword', 'Bao nhiêu nội dung phải làm trong đại hội chi bộ ở nhà máy?', 'noi-dung'],
  [
    'offword',
    'Chi bộ tổ nấu ăn của nhà ăn công ty cũng phải bầu đoàn đại biểu dự đại hội cấp trên à?',
    'noi-dung',
  ],
  [
    'offword',
    'Chi bộ trường mầm non tổ chức đại hội có cần phông bạt, hoa tươi hoành tráng không?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Đảng viên chi bộ khu phố hỏi Đại hội Đảng toàn quốc lần thứ XIV họp hôm nào để xem tivi?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Kính gửi đồng chí, tôi là đảng viên lâu năm, nay sinh hoạt tại chi bộ tổ dân phố. Chi bộ sắp đại hội, các đồng chí trẻ nhờ tôi góp ý dự thảo báo cáo chính trị. Xin hỏi báo cáo chính trị cần đánh giá những gì ạ?',
    'van-kien',
  ],

  // Two parts, two topics.
  [
    'two-part',
    'Đại hội chi bộ phải làm mấy nội dung, và cấp ủy trình những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ trực thuộc đại hội khi nào, còn đại hội điểm tổ chức lúc nào?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Chuẩn bị đại hội cần lập những tổ nào, và chọn nhân sự cấp ủy mới theo tiêu chuẩn gì?',
    'chuan-bi+nhan-su',
  ],
  ['two-part', 'Đại hội XIV diễn ra khi nào và đại hội các cấp đã làm xong chưa?', 'dai-hoi-xiv+ket-qua'],
  [
    'two-part',
    'Đại hội Đảng bộ quận lần thứ XXVII là đại hội gì, và bây giờ cấp quận còn không?',
    'dai-hoi-quan+chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'Tổ chức đại hội phải theo nguyên tắc gì, và trước đó phải quán triệt văn bản ra sao?',
    'nguyen-tac+chuan-bi',
  ],
  [
    'two-part',
    'Đảng bộ cơ sở phải đại hội xong trước ngày nào, và sau này chi bộ mấy năm đại hội một lần?',
    'lich-trinh+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Báo cáo kiểm điểm viết thế nào, và giới thiệu nhân sự cấp ủy khóa mới dựa vào đâu?',
    'van-kien+nhan-su',
  ],
  [
    'two-part',
    'Chỉ thị của Bộ Chính trị năm 2024 về đại hội có mấy phụ lục, và sau đó có những thay đổi gì?',
    'chi-thi-35+thay-doi',
  ],
  [
    'two-part',
    'Kết quả đại hội các cấp nhiệm kỳ này ra sao, và chi bộ có thí điểm đại hội 5 năm một lần không?',
    'ket-qua+chi-bo-5-nam',
  ],
  ['two-part', 'Đại hội điểm chọn những đơn vị nào, và đại hội thì bầu những gì?', 'dai-hoi-diem+noi-dung'],
  [
    'two-part',
    'What are the four items of a congress, and what were the deadlines for each kind of unit?',
    'noi-dung+lich-trinh',
  ],
  [
    'two-part',
    'Thưa đồng chí, tôi nguyên là cán bộ quận, nay sinh hoạt ở chi bộ khu dân cư. Xin hỏi hai điều: chính quyền hai cấp vận hành từ bao giờ, và Đại hội XIV của Đảng họp ngày nào ạ?',
    'chinh-quyen-2-cap+dai-hoi-xiv',
  ],

  // By unit type.
  ['unit', 'Chi bộ trực thuộc đảng ủy cơ sở tiến hành đại hội từ tháng nào?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở đại hội sau khi các chi bộ trực thuộc đại hội xong, hạn chót là khi nào?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở bắt đầu đại hội từ tháng 4 hay tháng 1?', 'lich-trinh'],
  ['unit', 'Mỗi đảng bộ cơ sở chọn bao nhiêu chi bộ trực thuộc để chỉ đạo đại hội điểm vậy?', 'dai-hoi-diem'],
  ['unit', 'Chi bộ cơ sở của trường đại học trình đại hội những văn kiện gì?', 'van-kien'],
  [
    'unit',
    'Ở đảng bộ cơ sở, đại hội có bầu cả ban chấp hành lẫn đoàn đại biểu đi đại hội cấp trên không?',
    'noi-dung',
  ],
  ['unit', 'Chi bộ trực thuộc đảng ủy cơ sở có được thí điểm đại hội 5 năm một lần không?', 'chi-bo-5-nam'],
  [
    'unit',
    'Với đảng bộ khối hành chính sự nghiệp, đại hội điểm của quận tổ chức vào lúc nào?',
    'dai-hoi-diem',
  ],
  ['unit', 'Đảng ủy cơ sở cần chuẩn bị những việc gì trước đại hội?', 'chuan-bi'],
  [
    'unit',
    'Đảng ủy tổng công ty chúng tôi là đảng bộ cơ sở, có mười mấy chi bộ trực thuộc; đảng ủy phải chỉ đạo đại hội điểm trong tháng nào?',
    'dai-hoi-diem',
  ],

  // No diacritics, typos, chat shorthand.
  ['typo', 'dh chi bo truc thuoc xong truoc thang may vay', 'lich-trinh'],
  ['typo', 'bao cao chinh tri voi bc kiem diem khac nhau cho nao', 'van-kien'],
  ['typo', '4 nd dai hoi la gi a', 'noi-dung'],
  ['typo', 'dai hoi diem thang 12/2024 chon cb nao', 'dai-hoi-diem'],
  ['typo', 'nhan su cap uy khoa moi theo tieu chuan nao z', 'nhan-su'],
  ['typo', 'dh xiv hop tu ngay nao den ngay nao the ad', 'dai-hoi-xiv'],
  ['typo', 'cac dbcs dh xong het chua ad', 'ket-qua'],
  ['typo', 'quan con ko hay bo roi, tu 1/7 ah', 'chinh-quyen-2-cap'],
  ['typo', 'cbcs dh truoc 30/6 dung ko', 'lich-trinh'],
  ['typo', 'chuan bi dh can lap may to', 'chuan-bi'],
  ['typo', 'nguyen tac tap trung dan chu trong dh la sao', 'nguyen-tac'],
  ['typo', 'chi bo 5 nam dh 1 lan that a', 'chi-bo-5-nam'],
  ['typo', 'dại hội chi bộ bàu nhưng gì', 'noi-dung'],
  ['typo', 'bái cáo kiểm điêm cua cấp uỷ phai có tinh chiến đâu la sao', 'van-kien'],
  ['typo', 'tu sau hn quan triet 23/10 co gi thay doi ko', 'thay-doi'],
  ['typo', 'dh doan tncs phuong bao gio to chuc', null],
  ['typo', 'gia xang hnay bn', null],

  // English.
  ['en', 'What must a grassroots party congress cover?', 'noi-dung'],
  [
    'en',
    'In our fieldwork we keep hearing of two reports submitted to a cell congress. Which are they?',
    'van-kien',
  ],
  ['en', 'By when did cells under a grassroots committee have to finish their congresses?', 'lich-trinh'],
  ['en', 'What were the pilot congresses and when were they held?', 'dai-hoi-diem'],
  ['en', 'Was the district level of government abolished, and from what date?', 'chinh-quyen-2-cap'],
  ['en', 'How often do party cells hold congresses now, under the pilot rule?', 'chi-bo-5-nam'],
  ['en', 'Were the 2025–2030 congresses at all levels completed on schedule?', 'ket-qua'],
  ['en', "When did the Party's 14th National Congress take place?", 'dai-hoi-xiv'],
  ['en', 'What principles must the congress follow: democratic centralism, no waste?', 'nguyen-tac'],
  ['en', 'Which standards and criteria govern nominating new committee members?', 'nhan-su'],
  ['en', 'What has changed since the October 2024 dissemination conference in Hai Bà Trưng?', 'thay-doi'],
  ['en', "How many appendices does the Politburo's 2024 directive on congresses have?", 'chi-thi-35'],
  ['en', 'Which documents does your knowledge of the 2025–2030 congresses rest on?', 'tai-lieu'],
  ['en', "How did the Chinese Communist Party's 20th Congress elect its Central Committee?", null],
  ['en', 'Could you recommend a quiet hotel near Hoàn Kiếm lake for two researchers?', null],
  ['en', 'What is the weather in Hanoi this weekend?', null],

  // Facts from FACTS.md: what happened later.
  [
    'fact',
    'Đại hội đại biểu toàn quốc lần thứ XIV của Đảng diễn ra từ ngày nào đến ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'fact',
    'Bộ Chính trị đánh giá thế nào về kết quả đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030?',
    'ket-qua',
  ],
  ['fact', 'Cấp huyện chính thức không còn từ ngày nào, thưa đồng chí?', 'chinh-quyen-2-cap'],
  ['fact', 'Khi bỏ cấp huyện, Hà Nội có bao nhiêu đảng bộ quận, huyện thôi hoạt động?', 'chinh-quyen-2-cap'],
  [
    'fact',
    'Hồi chưa thí điểm, theo Điều lệ Đảng thì chi bộ chúng tôi cứ 5 năm đại hội mấy lần?',
    'chi-bo-5-nam',
  ],
  ['fact', 'Chỉ thị mới của Bộ Chính trị tháng 4/2025 về đại hội thay thế những văn bản nào?', 'thay-doi'],
  ['fact', 'Từ sau hội nghị quán triệt của quận đến nay, những mốc thay đổi chính là gì?', 'thay-doi'],
  ['fact', 'Đợt đại hội nhiệm kỳ 2025 - 2030 ở các cấp đã kết thúc chưa?', 'ket-qua'],
  ['fact', 'Đại hội XIV của Đảng khai mạc và bế mạc vào những ngày nào?', 'dai-hoi-xiv'],
  ['fact', 'Quận ủy Hai Bà Trưng bây giờ còn hoạt động không?', 'chinh-quyen-2-cap'],
  ['fact', 'Chỉ thị năm 2024 của Bộ Chính trị về đại hội có mấy phần, mấy phụ lục?', 'chi-thi-35'],

  // Out of scope, looking like it.
  ['lookalike', 'Đại hội cổ đông thường niên của tổng công ty năm nay cần chuẩn bị tài liệu gì?', null],
  ['lookalike', 'Hội nghị người lao động của công ty nhà nước tổ chức thế nào?', null],
  ['lookalike', 'Đại hội công đoàn cơ sở công ty nhiệm kỳ mới bầu bao nhiêu ủy viên?', null],
  ['lookalike', 'Thủ tục xin nghỉ phép năm ở công ty nhà nước thế nào?', null],
  ['lookalike', 'Văn phòng đảng ủy cần mua máy in mới, lập dự toán ra sao?', null],
  ['lookalike', 'Đại hội Hội sinh viên trường đại học khi nào tổ chức?', null],
  ['lookalike', 'Đại hội Đoàn trường nhiệm kỳ tới cần mấy báo cáo?', null],
  ['lookalike', 'Lịch thi học kỳ 2 của khoa Kinh tế là khi nào?', null],
  ['lookalike', 'Sinh viên muốn vào Đảng thì học lớp cảm tình Đảng ở đâu?', null],
  ['lookalike', 'Đại hội chi hội điều dưỡng của bệnh viện tổ chức thế nào?', null],
  ['lookalike', 'Lịch trực Tết của khoa Cấp cứu do ai sắp xếp?', null],
  ['lookalike', 'Bảo hiểm y tế chi trả bao nhiêu phần trăm khi mổ ruột thừa?', null],
  [
    'lookalike',
    'Kính gửi ban quản trị, tôi là cán bộ hưu trí, năm nay 72 tuổi, xin hỏi thủ tục lĩnh lương hưu qua tài khoản ngân hàng thế nào ạ?',
    null,
  ],
  [
    'lookalike',
    'Thưa các đồng chí, tôi đã 50 năm tuổi Đảng, xin hỏi bao giờ được trao Huy hiệu 55 năm tuổi Đảng?',
    null,
  ],
  [
    'lookalike',
    'Kính thưa đồng chí, Hội Người cao tuổi phường chúng tôi sắp đại hội, xin cho biết đại hội Hội Người cao tuổi cần những văn kiện gì ạ?',
    null,
  ],
  [
    'lookalike',
    'Thưa bot, tôi muốn viết hồi ký về những năm công tác ở quận, xin hỏi nên bắt đầu thế nào?',
    null,
  ],
  ['lookalike', 'dh hoi phu nu phuong thang may', null],
  ['lookalike', 'lich tiep dan ubnd phuong tuan nay', null],
  ['lookalike', 'so dt van phong dang uy phuong bach mai', null],
  ['lookalike', 'tru so dang uy phuong moi o dau', null],
  ['lookalike', 'Đảng viên hưởng lương hưu đóng đảng phí mỗi tháng bao nhiêu phần trăm?', null],
  ['lookalike', 'Hồ sơ kết nạp đảng viên gồm những giấy tờ gì?', null],
  ['lookalike', 'Chuyển sinh hoạt Đảng chính thức từ phường về công ty làm thế nào?', null],
  ['lookalike', 'Đảng viên được miễn sinh hoạt đảng trong trường hợp nào?', null],
  ['lookalike', 'Kiểm điểm, đánh giá xếp loại đảng viên cuối năm làm thế nào?', null],
  ['lookalike', 'Đảng viên vi phạm thì bị khiển trách hay cảnh cáo?', null],
  ['lookalike', 'Cho hỏi nhanh, Bí thư Thành ủy Hà Nội bây giờ là đồng chí nào, bot?', null],
  ['lookalike', 'Trưởng Ban Tổ chức Quận ủy Hai Bà Trưng tên là gì?', null],
  [
    'lookalike',
    'Ban Chấp hành Trung ương khóa mới bầu đồng chí nào làm Tổng Bí thư, năm nay bao nhiêu tuổi?',
    null,
  ],
  ['lookalike', 'Giá vàng nhẫn hôm nay ở phố Hàng Bạc bao nhiêu một chỉ?', null],
  ['lookalike', 'Chiều nay Hà Nội có mưa không?', null],
  ['lookalike', 'Con tôi thi đại học nên chọn ngành y hay ngành luật?', null],
  ['lookalike', 'Cách nấu nồi phở gà cho cả chi bộ liên hoan?', null],
  ['lookalike', 'Đại hội Đảng Cộng sản Trung Quốc lần thứ XX diễn ra khi nào?', null],
  ['lookalike', 'Đại hội đồng Liên Hợp Quốc họp ở đâu?', null],
  ['lookalike', 'SEA Games lần tới được tổ chức ở nước nào?', null],
  ['lookalike', 'Đại hội Thể dục thể thao toàn quốc lần thứ X tổ chức ở tỉnh nào?', null],
  ['lookalike', 'Trong truyện kiếm hiệp, đại hội võ lâm tổ chức ở chùa Thiếu Lâm phải không?', null],
  ['lookalike', 'Đại hội Đảng Lao động Triều Tiên lần thứ 8 họp bao nhiêu ngày?', null],
  ['lookalike', 'Đại hội Mặt trận Tổ quốc Việt Nam lần thứ X bầu đồng chí nào làm chủ tịch?', null],
  ['lookalike', 'Đại hội Hội Nông dân xã nhiệm kỳ 2023 - 2028 tổ chức ra sao?', null],
  ['lookalike', 'Đại hội Hội Cựu chiến binh phường cần mấy báo cáo?', null],
  ['lookalike', 'Đại hội thi đua yêu nước của quận năm nay tổ chức ngày nào?', null],
  ['lookalike', 'Đại nhạc hội ở sân Mỹ Đình tối nay mấy giờ bắt đầu?', null],
  ['lookalike', 'Bạn là ai, do ai lập trình?', null],
  ['lookalike', 'Bot có đọc được tin nhắn riêng của tôi không?', null],
  ['lookalike', 'Làm sao để bot trả lời bằng giọng nói?', null],
  ['lookalike', 'Chào bot, hôm nay bạn khỏe không?', null],
  ['lookalike', 'Cảm ơn nhiều, bot giỏi quá!', null],
  ['lookalike', 'Kể cho tôi một câu chuyện cười đi', null],
  ['lookalike', 'Bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp diễn ra ngày nào?', null],
  ['lookalike', 'Đại hội đại biểu toàn quốc Đoàn TNCS Hồ Chí Minh lần thứ XIII họp năm nào?', null],
  ['lookalike', 'Chi hội phụ huynh lớp 5A bao giờ họp?', null],
  ['lookalike', 'Hội nghị Trung ương lần tới bàn về vấn đề gì?', null],
];

export const NEWSET23: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
