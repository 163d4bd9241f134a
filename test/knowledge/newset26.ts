/**
 * The twenty-sixth new evaluation set (issue 11, point 6), written on 2026-12-03 from 15:43 UTC
 * (committed in the commit "Eval: newset26, the twenty-sixth unseen set") by a helper (set26)
 * that had not seen the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset25.ts (the lines before its import line, and that import line) and its export line, the
 * part of newset.ts before `const items`, newset25.test.ts, set-shape.ts, set-checks.ts and
 * sets.ts. Nothing under src/ or bench/, no README, no git log, diff or show, and no other set's
 * items were read. Its users are imagined as a cell secretary in a hospital who asks between
 * shifts, members of a cell in a private logistics company, a former district official now
 * working for a ward, a university lecturer comparing the 2019 and 2024 rules, a grandmother who
 * is a 50-year party member, and an English-speaking diplomat's assistant; with the out-of-scope
 * messages such users send (other organisations' congresses, other senses of "đại hội", other
 * party business, people in posts, addresses and phone numbers, money, weather, personal matters,
 * other countries, the bot itself, small talk).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset26.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why. Engine changes reached main while it was being written (up to
 * fe49e75) and two after its commit (d8564fe, 22e3789: phrase look-ups by their first two
 * syllables; a conference's sense, a cell's host organisation, an introduction before a colon);
 * its writer saw none of them. It was measured once on the engine as it stood then, at 16:11 UTC
 * on main 22e3789 (`node --expose-gc dist/bench/qa.js`, load 1.34): qa_new_top1 97.8 %,
 * qa_new_oos_refused 94.5 % (3 in-scope misses, 3 lookalikes answered). Its misses were listed
 * after that run, and it is a development set since.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, age limits, committee sizes,
 * costs, who was elected to which post, how the 2019 and 2024 rules differ) were left out, not
 * guessed.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number, three or more spellings each (the two 35-CT/TW told apart by year).
  ['doc', 'Chỉ thị số 35-CT/TW ngày 14/6/2024 bây giờ còn hiệu lực không?', 'doc:ct-35-2024'],
  ['doc', 'Thầy giáo dạy lý luận hỏi: CT 35 bản năm 2024 do cơ quan nào ký ban hành?', 'doc:ct-35-2024'],
  ['doc', 'Is Directive 35 of 2024 still in force today?', 'doc:ct-35-2024'],
  ['doc', 'Kết luận 118-KL/TW là văn bản gì, ra ngày nào?', 'doc:kl-118-2025'],
  ['doc', 'kl118 năm 2025 nói về chuyện gì thế', 'doc:kl-118-2025'],
  ['doc', 'My boss wants to know the issuing body of Conclusion 118 from January 2025', 'doc:kl-118-2025'],
  ['doc', 'chỉ thị 45 của Bộ Chính trị ban hành ngày nào ạ', 'doc:ct-45-2025'],
  ['doc', '45-CT/TW hiện có thay đổi gì không?', 'doc:ct-45-2025'],
  ['doc', 'What does Directive No. 45-CT/TW cover?', 'doc:ct-45-2025'],
  ['doc', 'Kết luận số 200-KL/TW ngày 17/10/2025 kết luận điều gì?', 'doc:kl-200-2025'],
  ['doc', 'KL 200 do ai ban hành hả đồng chí', 'doc:kl-200-2025'],
  ['doc', 'conclusion 200-KL/TW, date and issuer please', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW hướng dẫn cái gì?', 'doc:hd-27-2024'],
  ['doc', 'HD27 của Ban Tổ chức Trung ương ra ngày nào', 'doc:hd-27-2024'],
  ['doc', 'Guidance 27 of the Central Organisation Commission, what is it?', 'doc:hd-27-2024'],
  ['doc', 'Hướng dẫn số 18-HD/BTCTU ngày 01/10/2024 có nội dung gì?', 'doc:hd-18-2024'],
  ['doc', 'hd 18 của Ban Tổ chức Thành ủy Hà Nội còn dùng không', 'doc:hd-18-2024'],
  ['doc', 'Guidance 18-HD/BTCTU from the Hanoi organisation board: what status?', 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch 258-KH/TU ngày 15/7/2024 của Thành ủy là gì?', 'doc:kh-258-2024'],
  ['doc', 'cho mình xem kh258 thành ủy', 'doc:kh-258-2024'],
  [
    'doc',
    "For the embassy's briefing note: Plan 258 of the Hanoi Party Committee, what date?",
    'doc:kh-258-2024',
  ],
  ['doc', 'Kế hoạch số 203-KH/QU của Quận ủy Hai Bà Trưng nói gì?', 'doc:kh-203-2024'],
  ['doc', 'KH 203 quận ủy giờ còn áp dụng không khi không còn quận?', 'doc:kh-203-2024'],
  ['doc', 'What is Plan 203-KH/QU about?', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 về cán bộ là văn bản nào?', 'doc:nq-26-2018'],
  ['doc', 'NQ 26 năm 2018 của Trung ương khóa XII ban hành ngày nào', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26 of May 2018, who adopted it?', 'doc:nq-26-2018'],
  ['doc', 'Bác sĩ trưởng khoa hỏi Quy định 89-QĐ/TW bây giờ bị thay chưa?', 'doc:qd-89-2017'],
  ['doc', 'qd89 nam 2017 bi thay chua', 'doc:qd-89-2017'],
  ['doc', 'Regulation 89 on cadre standards: is it still current?', 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365-QĐ/TW ngày 30/8/2025 là quy định gì?', 'doc:qd-365-2025'],
  ['doc', 'QĐ 365 thay cho văn bản nào vậy', 'doc:qd-365-2025'],
  ['doc', 'regulation 365-QD/TW issued by whom?', 'doc:qd-365-2025'],
  ['doc', 'Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy về đánh giá cán bộ', 'doc:qd-14-2023'],
  ['doc', 'Cán bộ phường cũ hỏi QĐ 14/TU năm 2023 của Thành ủy giờ ra sao', 'doc:qd-14-2023'],
  [
    'doc',
    'Regulation 14-QD/TU, the Hanoi standing board one: please give its date for my notes',
    'doc:qd-14-2023',
  ],
  ['doc', 'Quy định số 2656-QĐ/QU ngày 13/11/2023 do ai ký?', 'doc:qd-2656-2023'],
  ['doc', 'qd 2656 của quận ủy nói về gì', 'doc:qd-2656-2023'],
  [
    'doc',
    "Regulation 2656 from Hai Ba Trung's standing board, what topic does it deal with?",
    'doc:qd-2656-2023',
  ],
  [
    'doc',
    'Hồi còn ở quận tôi làm theo Quy định 1216-QĐ/QU về quy hoạch, nó ký ngày nào nhỉ?',
    'doc:qd-1216-2022',
  ],
  ['doc', 'QĐ1216 năm 2022 của Ban Thường vụ Quận ủy', 'doc:qd-1216-2022'],
  ['doc', 'Regulation No 1216 on cadre planning, status?', 'doc:qd-1216-2022'],
  ['doc', 'Quy định 294-QĐ/TW về thí điểm đại hội chi bộ là văn bản nào?', 'doc:qd-294-2025'],
  ['doc', 'qđ 294 có hiệu lực từ khi nào thế', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294 on five-yearly cell congresses: when was it issued?', 'doc:qd-294-2025'],
  [
    'doc',
    'Giảng viên so sánh: Chỉ thị 35-CT/TW ký ngày 30/5/2019 phục vụ đại hội nhiệm kỳ nào?',
    'doc:ct-35-2019',
  ],
  ['doc', 'CT35 năm 2019 của nhiệm kỳ trước giờ tình trạng ra sao?', 'doc:ct-35-2019'],
  ['doc', 'Directive 35 of 2019, the one for the 13th Congress: what is its status?', 'doc:ct-35-2019'],
  ['doc', 'Sinh viên hỏi Hướng dẫn 26-HD/BTCTW đề ngày 18/10/2019 hướng dẫn văn bản nào', 'doc:hd-26-2019'],
  ['doc', 'HD 26 năm 2019 của Ban Tổ chức Trung ương còn dùng không', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26-HD/BTCTW of 2019, which directive does it guide?', 'doc:hd-26-2019'],

  // Documents the pack does not hold.
  [
    'unknown-doc',
    'Bà cụ hỏi Quy định 24-QĐ/TW thi hành Điều lệ có bắt đảng viên lâu năm dự đại hội không',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Giảng viên công nghệ hỏi Nghị quyết 57-NQ/TW có đưa vào văn kiện đại hội chi bộ không',
    'unknown-doc',
  ],
  ['unknown-doc', 'Chỉ thị 36-CT/TW còn hiệu lực không đồng chí?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 150-KL/TW về quy hoạch cán bộ ban hành ngày nào?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 06-HD/BTCTW có hướng dẫn bầu cử trong Đảng không?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 301-KH/TU của Thành ủy Hà Nội về đại hội phường', 'unknown-doc'],
  ['unknown-doc', 'Quy chế bầu cử trong Đảng ban hành kèm Quyết định 232-QĐ/TW', 'unknown-doc'],
  ['unknown-doc', 'Thông báo 80-TB/TW nói gì về nhân sự?', 'unknown-doc'],
  ['unknown-doc', 'Directive 50-CT/TW: what does it say about congresses?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 01-HD/TW về nghiệp vụ công tác đảng viên', 'unknown-doc'],
  ['unknown-doc', 'KH 99-KH/QU của quận ủy về đại hội chi bộ khu dân cư', 'unknown-doc'],
  ['unknown-doc', 'Nghị định 33/2023/NĐ-CP về cán bộ cấp xã có áp dụng cho đại hội không?', 'unknown-doc'],
  ['unknown-doc', 'Regulation 213-QD/TW on members keeping in touch with their residence', 'unknown-doc'],

  // In scope, with everyday words: party cells in hospitals, schools, companies, mass organisations.
  ['offword', 'Chi bộ khoa Nội bệnh viện tôi đại hội thì phải có mấy nội dung?', 'noi-dung'],
  [
    'offword',
    'Em trực ca đêm xong mới hỏi được: chi bộ bệnh viện cần chuẩn bị những việc gì cho đại hội ạ?',
    'chuan-bi',
  ],
  [
    'offword',
    'Chi bộ công ty logistics tư nhân của tôi là chi bộ cơ sở, hạn đại hội là khi nào?',
    'lich-trinh',
  ],
  ['offword', 'Chi bộ Hội Cựu chiến binh phường đại hội thì phải bầu những gì?', 'noi-dung'],
  ['offword', 'Chi bộ trường mầm non tổ chức đại hội phải tránh phô trương, lãng phí ra sao?', 'nguyen-tac'],
  ['offword', 'Chi bộ cơ quan Hội Liên hiệp Phụ nữ quận phải trình đại hội những báo cáo nào?', 'van-kien'],
  ['offword', 'Chi bộ giảng viên trường đại học có phải lập tổ văn kiện, tổ nhân sự không?', 'chuan-bi'],
  [
    'offword',
    'Hội nghị quán triệt văn bản đại hội có được họp qua điện thoại, trực tuyến không?',
    'chuan-bi',
  ],
  ['offword', 'Đại hội chi bộ trường học có bao nhiêu nội dung chính?', 'noi-dung'],
  [
    'offword',
    'Chi bộ khu dân cư định nấu cỗ linh đình mừng đại hội, yêu cầu chống lãng phí nói thế nào?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Hôm mưa to tôi không dự được buổi quán triệt, đại hội điểm chọn chi bộ nào và làm khi nào vậy?',
    'dai-hoi-diem',
  ],
  ['offword', 'Bà tôi 50 năm tuổi Đảng hỏi: đại hội chi bộ bây giờ mấy năm mới làm một lần?', 'chi-bo-5-nam'],
  [
    'offword',
    'Các cụ trong chi bộ cựu chiến binh hỏi Đại hội XIV của Đảng họp vào những ngày nào?',
    'dai-hoi-xiv',
  ],
  ['offword', 'Chi bộ trường THCS viết báo cáo chính trị cần đánh giá những gì?', 'van-kien'],
  [
    'offword',
    'Cô giáo làm bí thư chi bộ trường tiểu học hỏi: chọn cấp ủy khóa mới theo tiêu chuẩn nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Chi bộ cửa hàng điện thoại của công ty hỏi: đợt đại hội nhiệm kỳ 2025 - 2030 đã kết thúc chưa?',
    'ket-qua',
  ],

  // Two parts, two topics.
  [
    'two-part',
    'Đại hội chi bộ có những nội dung gì, và cấp ủy phải trình những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ trực thuộc đại hội lúc nào, còn đại hội điểm thì làm tháng mấy?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Chọn nhân sự cấp ủy khóa mới dựa vào quy định nào, và đại hội phải theo nguyên tắc gì?',
    'nhan-su+nguyen-tac',
  ],
  [
    'two-part',
    'Đại hội XIV họp ngày nào, và đại hội các cấp nhiệm kỳ 2025 - 2030 kết quả ra sao?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Bỏ cấp huyện từ khi nào, và bây giờ chi bộ mấy năm đại hội một lần?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Cần lập những tổ nào để chuẩn bị đại hội; còn báo cáo chính trị phải viết thế nào?',
    'chuan-bi+van-kien',
  ],
  ['two-part', 'Chỉ thị 35 năm 2024 gồm mấy phần, và sau đó đã có những thay đổi gì?', 'chi-thi-35+thay-doi'],
  [
    'two-part',
    'Báo cáo kiểm điểm của cấp ủy cần có gì? Giới thiệu nhân sự cấp ủy thì theo tiêu chuẩn nào?',
    'van-kien+nhan-su',
  ],
  [
    'two-part',
    'Đại hội điểm tổ chức khi nào, và đại hội điểm cũng phải làm đủ bốn nội dung chứ?',
    'dai-hoi-diem+noi-dung',
  ],
  [
    'two-part',
    'Đảng bộ cơ sở phải đại hội xong trước ngày nào, và rốt cuộc các đại hội có đúng kế hoạch không?',
    'lich-trinh+ket-qua',
  ],
  [
    'two-part',
    'Đại hội Đảng bộ quận lần thứ XXVII theo kế hoạch nào, mà giờ còn cấp quận không?',
    'dai-hoi-quan+chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'What must a congress cover, and when was the 14th National Congress held?',
    'noi-dung+dai-hoi-xiv',
  ],

  // Phrased by unit type.
  ['unit', 'Chi bộ trực thuộc đảng ủy cơ sở bệnh viện thì đại hội từ tháng nào đến tháng nào?', 'lich-trinh'],
  ['unit', 'Lịch đại hội của đảng bộ cơ sở nhiệm kỳ 2025 - 2030 ra sao?', 'lich-trinh'],
  ['unit', 'Chi bộ cơ sở như chi bộ công ty tôi thì hạn chót đại hội là ngày nào?', 'lich-trinh'],
  ['unit', 'Là chi bộ trực thuộc thì từ tháng mấy được bắt đầu đại hội?', 'lich-trinh'],
  ['unit', 'Mỗi đảng bộ cơ sở được chọn bao nhiêu chi bộ trực thuộc làm đại hội điểm hả?', 'dai-hoi-diem'],
  ['unit', 'Chi bộ cơ sở được Ban Thường vụ Quận ủy chọn đại hội điểm vào lúc nào?', 'dai-hoi-diem'],
  ['unit', 'Đảng bộ cơ sở phải đợi các chi bộ trực thuộc đại hội xong rồi mới đại hội à?', 'lich-trinh'],
  ['unit', 'Chi bộ trực thuộc giờ có phải 5 năm mới đại hội một lần không?', 'chi-bo-5-nam'],
  ['unit', 'Đảng bộ cơ sở tại đại hội phải bầu những gì?', 'noi-dung'],
  ['unit', 'We are a grassroots party cell: by when must our congress be held?', 'lich-trinh'],

  // No diacritics, typos, chat shorthand.
  ['typo', 'dai hoi chi bo cty minh co tat ca may nd vay moi nguoi', 'noi-dung'],
  ['typo', 'bcct voi bc kiem diem khac nhau the nao', 'van-kien'],
  ['typo', 'cb truc thuoc dh khi nao vay ad', 'lich-trinh'],
  ['typo', 'dh diem lam thang may nhi', 'dai-hoi-diem'],
  ['typo', 'nhan su cap uy khoa moi dua vao tieu chuan cua van ban nao ad oi', 'nhan-su'],
  ['typo', 'to chuc dh phai dam bao nguyen tac gi, tap trung dan chu ak', 'nguyen-tac'],
  ['typo', 'dai hoi 14 toan quoc hop tu ngay may den ngay may v', 'dai-hoi-xiv'],
  ['typo', 'chi bo bay h 5 nam moi dh 1 lan ha', 'chi-bo-5-nam'],
  ['typo', 'bo cap huyen tu bao gio the', 'chinh-quyen-2-cap'],
  ['typo', 'đại hôi chi bọ cần chuẩn bi những gi', 'chuan-bi'],
  ['typo', 'ket qua dh cac cap nk 2025 2030 sao roi', 'ket-qua'],
  ['typo', 'co nhug thay doi j tu sau hoi nghi thang 10 nam 2024', 'thay-doi'],
  ['typo', 'ds van ban ve dai hoi nhiem ky 2025 2030', 'tai-lieu'],
  ['typo', 'dh dang bo quan lan thu xxvii theo ke hoach nao', 'dai-hoi-quan'],
  ['typo', 'chi thi 35 nam 2024 gom nhug phan nao', 'chi-thi-35'],
  ['typo', 'thanh lap to van kien to nhan su ntn a', 'chuan-bi'],

  // English.
  ['en', 'What are the two reports a committee submits to its congress?', 'van-kien'],
  ['en', 'From what date did Vietnam switch to two tiers of local government?', 'chinh-quyen-2-cap'],
  ['en', 'Under the pilot, how often do party cells hold a congress?', 'chi-bo-5-nam'],
  ['en', 'Which teams should a grassroots organisation set up before its congress?', 'chuan-bi'],
  ['en', 'What principles must a party congress follow?', 'nguyen-tac'],
  ['en', 'Did the party congresses at every level for 2025-2030 finish as planned, in the end?', 'ket-qua'],
  ['en', 'What has changed since the October 2024 conference in Hai Ba Trung?', 'thay-doi'],
  ['en', 'Which standards apply when nominating members of the new committee?', 'nhan-su'],
  ['en', 'Tell me about the pilot congresses planned for December 2024', 'dai-hoi-diem'],
  ['en', 'List the party documents your answers about the 2025-2030 congresses are based on', 'tai-lieu'],
  ['en', "My ambassador asks what a party cell's congress has to include", 'noi-dung'],
  ['en', 'What is the exchange rate of the dong to the US dollar today?', null],
  ['en', 'Can you recommend a good pho restaurant near Hoan Kiem Lake for a visiting delegation?', null],
  ['en', "Who heads the Vietnamese government at the moment, for the ambassador's letter?", null],

  // Facts from FACTS.md.
  [
    'fact',
    'Bà nghe đài nói Đại hội đại biểu toàn quốc lần thứ XIV họp mấy ngày, từ hôm nào cháu?',
    'dai-hoi-xiv',
  ],
  ['fact', 'Mô hình chính quyền địa phương hai cấp bắt đầu vận hành ngày nào?', 'chinh-quyen-2-cap'],
  [
    'fact',
    'Ngày 1/7/2025 Hà Nội có tất cả bao nhiêu đảng bộ quận, huyện thôi hoạt động?',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'Chỉ thị 35 năm 2024 có bao nhiêu phần và bao nhiêu phụ lục?', 'chi-thi-35'],
  [
    'fact',
    'Ngày xưa theo Điều lệ thì chi bộ cứ 5 năm đại hội mấy lần, trước khi có thí điểm mới?',
    'chi-bo-5-nam',
  ],
  ['fact', 'Văn bản nào của Bộ Chính trị đã thay thế chỉ thị về đại hội năm 2024, ra ngày nào?', 'thay-doi'],
  ['fact', 'Tiêu chuẩn cán bộ ban hành năm 2017 đã được thay bằng quy định nào?', 'thay-doi'],
  [
    'fact',
    'Kết luận về kết quả đại hội các cấp nhiệm kỳ 2025 - 2030 do những cơ quan nào ban hành?',
    'ket-qua',
  ],
  ['fact', 'Chỉ thị 35 năm 2024 đặt ra bao nhiêu yêu cầu?', 'chi-thi-35'],
  ['fact', 'Việc thí điểm đại hội chi bộ 5 năm một lần có hiệu lực từ ngày nào?', 'chi-bo-5-nam'],

  // Out of scope: other congresses, other senses of "đại hội", other party business, people,
  // addresses, money, weather, personal matters, other countries, the bot, small talk.
  ['lookalike', 'Tuần này ai trực ca đêm khoa cấp cứu vậy?', null],
  ['lookalike', 'Hội nghị công nhân viên chức bệnh viện đầu năm cần chuẩn bị những gì?', null],
  ['lookalike', 'Đại hội Công đoàn bệnh viện nhiệm kỳ tới bầu bao nhiêu ủy viên?', null],
  ['lookalike', 'Thuốc hạ sốt cho trẻ 3 tuổi uống liều bao nhiêu?', null],
  ['lookalike', 'Đại hội đồng cổ đông thường niên công ty logistics cần biểu quyết những nội dung gì?', null],
  ['lookalike', 'Cước vận chuyển container từ Hải Phòng vào Sài Gòn hiện nay bao nhiêu?', null],
  ['lookalike', 'Công ty tư nhân dưới 50 lao động có bắt buộc lập công đoàn không?', null],
  ['lookalike', 'Thủ tục thành lập chi bộ mới trong doanh nghiệp tư nhân thế nào?', null],
  ['lookalike', 'Phường mới sau sáp nhập có bao nhiêu tổ dân phố?', null],
  ['lookalike', 'Chủ tịch UBND phường mới của tôi tên là gì?', null],
  ['lookalike', 'Cho xin số điện thoại Văn phòng Đảng ủy phường Bạch Mai', null],
  ['lookalike', 'Cán bộ dôi dư khi bỏ cấp huyện được hưởng chế độ nghỉ hưu trước tuổi thế nào?', null],
  ['lookalike', 'Trụ sở UBND phường mới chuyển về địa chỉ nào?', null],
  ['lookalike', 'Điều lệ Đảng quy định đảng viên có những quyền gì?', null],
  ['lookalike', 'Giáo trình Lịch sử Đảng cho sinh viên năm nhất mua ở đâu?', null],
  ['lookalike', 'Đại hội Hội Sinh viên trường tôi tổ chức vào tháng mấy?', null],
  ['lookalike', 'Lịch thi học kỳ II của trường đại học đã có chưa?', null],
  ['lookalike', 'Huy hiệu 50 năm tuổi Đảng được trao vào dịp nào?', null],
  ['lookalike', 'Đảng viên trên 80 tuổi có được miễn sinh hoạt chi bộ không?', null],
  ['lookalike', 'Đảng phí của đảng viên hưu trí một tháng đóng bao nhiêu tiền?', null],
  ['lookalike', 'Cháu ơi bà bị đau lưng mấy hôm nay, uống thuốc gì cho đỡ?', null],
  ['lookalike', 'Hôm nay âm lịch là ngày bao nhiêu?', null],
  ['lookalike', 'Cách nấu canh cua rau đay cho ngon', null],
  ['lookalike', 'What is the fee for a Vietnamese business visa?', null],
  ['lookalike', 'When will the Chinese Communist Party hold its next national congress?', null],
  ['lookalike', 'Đoàn viên bệnh viện hỏi đại hội chi đoàn khoa nhi năm sau làm tháng mấy', null],
  ['lookalike', 'Đại hội Hội Cựu chiến binh cấp cơ sở có mấy nội dung?', null],
  ['lookalike', 'Đại hội đại biểu Hội Liên hiệp Phụ nữ thành phố bầu ban chấp hành thế nào?', null],
  ['lookalike', 'Đại hội Thể dục thể thao toàn quốc lần thứ X tổ chức ở đâu?', null],
  ['lookalike', 'Đại hội Mặt trận Tổ quốc phường cần chuẩn bị văn kiện gì?', null],
  ['lookalike', 'Đại hội Hội Nông dân xã phải trình những báo cáo nào?', null],
  ['lookalike', 'Đại hội võ thuật cổ truyền toàn quốc năm nay ở tỉnh nào?', null],
  ['lookalike', 'Đảng Dân chủ Mỹ họp đại hội toàn quốc năm 2028 ở thành phố nào?', null],
  ['lookalike', 'Đảng Nhân dân Cách mạng Lào đại hội lần thứ XII vào khi nào?', null],
  ['lookalike', 'Kết nạp đảng viên mới cần mấy người giới thiệu?', null],
  ['lookalike', 'Đánh giá, xếp loại đảng viên cuối năm 2026 làm thế nào?', null],
  ['lookalike', 'Kỷ luật khiển trách đảng viên vi phạm thì cấp nào quyết định?', null],
  ['lookalike', 'Chuyển sinh hoạt đảng chính thức sang phường khác làm thủ tục ra sao?', null],
  ['lookalike', 'Bạn có đọc trộm tin nhắn riêng của tôi với con gái không?', null],
  ['lookalike', 'Ai viết ra con bot này vậy?', null],
  ['lookalike', 'Chào buổi sáng, hôm nay bạn khỏe không?', null],
  ['lookalike', 'Kể cho tôi nghe một chuyện cười đi', null],
  ['lookalike', 'Chiều nay ở Long Biên có mưa giông không, tôi phải chạy hàng', null],
  ['lookalike', 'Bà muốn bán hai chỉ vàng, hôm nay giá bao nhiêu cháu?', null],
  ['lookalike', 'Tôi muốn vay tiền mua nhà, ngân hàng nào lãi suất thấp?', null],
  ['lookalike', 'Nghỉ Tết Nguyên đán 2027 được mấy ngày?', null],
  ['lookalike', 'Sinh hoạt chi bộ hằng tháng nên chọn chủ đề gì?', null],
  ['lookalike', 'Đại hội câu lạc bộ dưỡng sinh phường nhiệm kỳ mới bầu chủ nhiệm thế nào?', null],
  ['lookalike', 'Con đảng viên có được học bổng gì không?', null],
  ['lookalike', 'Lễ mít tinh mừng Đảng ra đời đầu tháng hai năm nay phường làm ở nhà văn hóa nào?', null],
  ['lookalike', 'Đại hội khoa học kỹ thuật của bệnh viện nộp bài báo cáo trước ngày nào?', null],
  ['lookalike', 'Xe tải công ty bị phạt nguội thì tra cứu ở đâu?', null],
];

export const NEWSET26: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
