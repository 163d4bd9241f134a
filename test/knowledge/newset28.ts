/**
 * The twenty-eighth new evaluation set (issue 11, point 6), written on 2026-12-03 from 16:21 UTC
 * (committed in the commit "Eval: newset28, the twenty-eighth unseen set") by a helper (set28)
 * that had not seen the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset27.ts (the lines before its import line, and that import line) and its export line, the
 * part of newset.ts before `const items`, newset27.test.ts, set-shape.ts, set-checks.ts and
 * sets.ts. Nothing under src/ or bench/, no README, no git log, diff or show, and no other set's
 * items were read. Its users are imagined as the deputy secretary of a commune party committee in
 * a newly merged rural commune, the secretaries of a cell in a textile factory and of a cell in a
 * primary school, a veteran who fought on the northern border in 1979, an accountant who is a new
 * member, the press officer of a Hà Nội ward, and a Korean researcher who writes in English; with
 * the out-of-scope messages such users send (other organisations' congresses, other senses of
 * "đại hội", other party business, people in posts, addresses and phone numbers, money and taxes,
 * weather, personal and family matters, other countries, the bot itself and small talk).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset28.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why. Engine changes reached main while it was being written (up to
 * f8ef43c) and one after its commit (d315b9b: numbers without leading zeros); its writer saw none
 * of them. It was measured once on the engine as it stood then, at 16:32 UTC on main d315b9b
 * (`node --expose-gc dist/bench/qa.js`, load 1.93): qa_new_top1 97.3 %, qa_new_oos_refused
 * 100.0 % (4 in-scope misses, no lookalike answered; qa_p99_us 149.9 in that run). Its misses
 * were listed after that run, and it is a development set since.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, age limits, committee sizes,
 * the money a congress may spend, who was elected to which post, the next term's congresses, how
 * the 2019 and 2024 rules differ, national membership figures) were left out, not guessed.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number, in several spellings (the two 35-CT/TW told apart by their year).
  [
    'doc',
    'Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị bây giờ còn hiệu lực không ạ?',
    'doc:ct-35-2024',
  ],
  ['doc', 'CT 35 năm 2024 về đại hội tiến tới Đại hội XIV đã bị thay chưa?', 'doc:ct-35-2024'],
  ['doc', 'ct35 nam 2024 con dung duoc ko', 'doc:ct-35-2024'],
  ['doc', 'Is Directive 35 of 2024 still valid today?', 'doc:ct-35-2024'],
  [
    'doc',
    'Hồi nhiệm kỳ trước có Chỉ thị 35-CT/TW ngày 30/5/2019, bot cho xem thông tin văn bản đó',
    'doc:ct-35-2019',
  ],
  ['doc', 'CT35 năm 2019 là chỉ thị hướng tới Đại hội XIII phải không?', 'doc:ct-35-2019'],
  ['doc', 'What was Directive 35-CT/TW of 2019 about?', 'doc:ct-35-2019'],
  ['doc', 'chi thi 35 nam 2019 con hieu luc nua khong', 'doc:ct-35-2019'],
  ['doc', 'Hướng dẫn 26-HD/BTCTW năm 2019 là văn bản gì vậy?', 'doc:hd-26-2019'],
  ['doc', 'HD 26 năm 2019 hướng dẫn chỉ thị nào?', 'doc:hd-26-2019'],
  ['doc', 'hd26/btctw 2019 con ap dung khong', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26-HD/BTCTW (2019): what is its status?', 'doc:hd-26-2019'],
  ['doc', 'Kết luận 118-KL/TW điều chỉnh chỉ thị nào, ngày nào?', 'doc:kl-118-2025'],
  ['doc', 'KL 118 bây giờ còn hiệu lực không?', 'doc:kl-118-2025'],
  ['doc', 'kl118 do co quan nao ban hanh', 'doc:kl-118-2025'],
  ['doc', 'Conclusion 118: is it still in force?', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị số 45-CT/TW ban hành ngày nào, của cơ quan nào?', 'doc:ct-45-2025'],
  ['doc', 'CT 45 thay thế những văn bản nào?', 'doc:ct-45-2025'],
  ['doc', 'Who issued Directive 45-CT/TW, and when?', 'doc:ct-45-2025'],
  ['doc', 'ct45 la chi thi gi vay', 'doc:ct-45-2025'],
  [
    'doc',
    'Phòng văn hóa phường cần trích dẫn Kết luận 200-KL/TW, xin số, ngày và cơ quan ban hành',
    'doc:kl-200-2025',
  ],
  ['doc', 'KL200 của Bộ Chính trị và Ban Bí thư ra ngày nào?', 'doc:kl-200-2025'],
  ['doc', 'Conclusion No. 200 — date and issuer, please.', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn số 27-HD/BTCTW của Ban Tổ chức Trung ương có nội dung gì?', 'doc:hd-27-2024'],
  ['doc', 'HD 27 BTCTW ban hành ngày nào?', 'doc:hd-27-2024'],
  ['doc', 'What is the status of Guidance 27 of the Central Organisation Commission?', 'doc:hd-27-2024'],
  [
    'doc',
    'Đảng ủy xã tôi vẫn lưu Hướng dẫn 18-HD/BTCTU, văn bản này giờ còn tác dụng gì không?',
    'doc:hd-18-2024',
  ],
  ['doc', 'hd18 thanh uy ha noi huong dan ve cai gi', 'doc:hd-18-2024'],
  [
    'doc',
    'In my paper I cite Guidance 18-HD/BTCTU; which body of the Hanoi committee issued it?',
    'doc:hd-18-2024',
  ],
  ['doc', 'Kế hoạch số 258-KH/TU của Thành ủy Hà Nội còn hiệu lực không?', 'doc:kh-258-2024'],
  ['doc', 'KH 258 ngày 15/7/2024 là của Thành ủy à?', 'doc:kh-258-2024'],
  ['doc', 'kh258 la van ban cua co quan nao', 'doc:kh-258-2024'],
  ['doc', 'Plan 258-KH/TU — what is it and is it still current?', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch 203-KH/QU của Quận ủy Hai Bà Trưng ra ngày nào?', 'doc:kh-203-2024'],
  ['doc', 'KH203/QU nói về đại hội cấp nào?', 'doc:kh-203-2024'],
  [
    'doc',
    'Is Plan 203 of the district committee still in force now that districts are gone?',
    'doc:kh-203-2024',
  ],
  ['doc', 'Nghị quyết số 26-NQ/TW ngày 19/5/2018 là nghị quyết gì?', 'doc:nq-26-2018'],
  ['doc', 'NQ 26 năm 2018 của Trung ương khóa XII do ai ban hành?', 'doc:nq-26-2018'],
  ['doc', 'nq26 khoa XII ve can bo ra ngay nao the', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26-NQ/TW (2018): issuer and status?', 'doc:nq-26-2018'],
  ['doc', 'Quy định 89-QĐ/TW về tiêu chuẩn cán bộ còn dùng không?', 'doc:qd-89-2017'],
  ['doc', 'Chi bộ nhà máy còn giữ QĐ 89 năm 2017, giờ có văn bản khác thay chưa?', 'doc:qd-89-2017'],
  ['doc', 'qd89 bi thay bang quy dinh nao', 'doc:qd-89-2017'],
  ['doc', 'Was Regulation 89 replaced?', 'doc:qd-89-2017'],
  [
    'doc',
    'Xin thông tin Quy định số 365-QĐ/TW ngày 30/8/2025 để viết tin cho cổng phường',
    'doc:qd-365-2025',
  ],
  ['doc', 'QD 365 la quy dinh gi', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365-QĐ/TW: who issued it?', 'doc:qd-365-2025'],
  [
    'doc',
    'Quy định 14-QĐ/TU về đánh giá cán bộ của Thành ủy nay còn áp dụng sau sáp nhập không?',
    'doc:qd-14-2023',
  ],
  ['doc', 'QĐ14/TU về tiêu chí đánh giá cán bộ còn hiệu lực không?', 'doc:qd-14-2023'],
  ['doc', 'Regulation 14-QĐ/TU of the Hà Nội committee — what is it about?', 'doc:qd-14-2023'],
  ['doc', 'Quy định 2656-QĐ/QU ngày 13/11/2023 của quận nói gì?', 'doc:qd-2656-2023'],
  ['doc', 'QĐ 2656 của Ban Thường vụ Quận ủy về tiêu chí gì?', 'doc:qd-2656-2023'],
  ['doc', 'What is Regulation 2656 and who issued it?', 'doc:qd-2656-2023'],
  [
    'doc',
    'Quy định số 1216-QĐ/QU của quận cũ về quy hoạch cán bộ, xã mới còn dùng được không?',
    'doc:qd-1216-2022',
  ],
  ['doc', 'qd1216 qu nam 2022 la gi', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216-QĐ/QU: date and status?', 'doc:qd-1216-2022'],
  ['doc', 'Thầy hiệu trưởng hỏi Quy định 294-QĐ/TW bắt đầu áp dụng từ ngày nào', 'doc:qd-294-2025'],
  ['doc', 'QĐ 294 về thí điểm cho chi bộ trường học ra ngày mấy, cơ quan nào ký?', 'doc:qd-294-2025'],
  ['doc', 'Could you show me the record for Regulation 294 on party-cell congresses?', 'doc:qd-294-2025'],
  ['doc', 'qd294 ra ngay nao', 'doc:qd-294-2025'],

  // Documents the pack does not hold.
  [
    'unknown-doc',
    'Nghị quyết 57-NQ/TW về khoa học công nghệ có nói gì về đại hội chi bộ không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Quy định 144-QĐ/TW về chuẩn mực đạo đức cán bộ là gì?', 'unknown-doc'],
  ['unknown-doc', 'Quy định số 232-QĐ/TW thi hành Điều lệ Đảng còn hiệu lực không?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 123-KL/TW về kinh tế có liên quan đến đại hội xã không?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 12-HD/BTCTW về đại hội chi bộ có gì mới?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch số 99-KH/TU của Thành ủy về đại hội nói gì?', 'unknown-doc'],
  ['unknown-doc', 'CT 05 về học tập và làm theo Bác có liên quan đến đại hội không?', 'unknown-doc'],
  ['unknown-doc', 'What does Regulation 80-QĐ/TW say about congresses?', 'unknown-doc'],
  ['unknown-doc', 'kl 150 con hieu luc khong', 'unknown-doc'],
  [
    'unknown-doc',
    'Quy định 213-QĐ/TW về đảng viên giữ mối liên hệ với nơi cư trú do ai ban hành?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kế hoạch 47-KH/ĐU của Đảng ủy xã về đại hội chi bộ thôn', 'unknown-doc'],
  ['unknown-doc', 'Resolution 66-NQ/TW: what does it require of party cells?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn số 06-HD/TW của Ban Bí thư về nghiệp vụ công tác đảng viên', 'unknown-doc'],

  // In scope, with everyday words around them.
  [
    'offword',
    'Tôi là bí thư chi bộ trường tiểu học, đại hội chi bộ trường tôi gồm những nội dung gì?',
    'noi-dung',
  ],
  ['offword', 'Chi bộ Hội Cựu chiến binh xã cần lập những tổ nào để phục vụ đại hội?', 'chuan-bi'],
  [
    'offword',
    'Chi bộ cơ quan Hội Liên hiệp Phụ nữ viết báo cáo chính trị thì phải đánh giá những gì?',
    'van-kien',
  ],
  [
    'offword',
    'Chi bộ nhà máy dệt toàn công nhân làm ca, nhiều đoàn viên thanh niên, đại hội chi bộ phải bầu những gì?',
    'noi-dung',
  ],
  [
    'offword',
    'Đọc tin trên điện thoại thấy nói chi bộ 5 năm mới đại hội một lần, có đúng không?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Chi bộ định thuê hội trường khách sạn, treo băng rôn cho hoành tráng, tốn kém thế có trái yêu cầu không phô trương hình thức không?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Mưa bão mấy hôm nay nên hỏi luôn: đại hội chi bộ trực thuộc phải xong trong tháng nào?',
    'lich-trinh',
  ],
  [
    'offword',
    'Mấy bác cựu chiến binh trong chi bộ hỏi đại hội có bao nhiêu nội dung, tôi quên mất',
    'noi-dung',
  ],
  ['offword', 'Chi bộ công ty dệt may có bao nhiêu báo cáo chủ yếu phải trình đại hội?', 'van-kien'],
  [
    'offword',
    'Chi bộ trường học chúng tôi được đảng ủy chọn làm đại hội điểm, vậy đại hội điểm làm vào tháng nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Điện thoại tôi không mở được file PDF, bot cho tôi xem bốn nội dung của đại hội được không?',
    'noi-dung',
  ],
  [
    'offword',
    'Chi bộ Hội Phụ nữ phường giới thiệu nhân sự cấp ủy khóa mới phải dựa vào những quy định nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Tôi làm kế toán, mới vào Đảng, muốn hỏi báo cáo kiểm điểm của cấp ủy trình đại hội phải viết thế nào?',
    'van-kien',
  ],
  [
    'offword',
    'Ông cựu chiến binh đánh trận năm 1979 ở xóm tôi hỏi Đại hội toàn quốc lần thứ XIV đã họp xong chưa?',
    'dai-hoi-xiv',
  ],
  ['offword', 'Chi bộ bếp ăn của nhà máy chuẩn bị đại hội thì phải làm những việc gì?', 'chuan-bi'],
  [
    'offword',
    'Giáo viên trong chi bộ trường tiểu học hỏi đại hội đảng bộ các cấp nhiệm kỳ này đã xong hết chưa?',
    'ket-qua',
  ],

  // Two questions in one message.
  [
    'two-part',
    'Đại hội chi bộ gồm những nội dung gì và cấp ủy phải trình những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ cơ sở đại hội khi nào? Ngoài ra đại hội điểm ở đảng bộ cơ sở làm tháng mấy?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Cho hỏi việc chọn nhân sự cấp ủy khóa mới theo quy định nào, kèm theo đó là nguyên tắc khi tổ chức đại hội.',
    'nhan-su+nguyen-tac',
  ],
  [
    'two-part',
    'Đại hội XIV họp ngày nào; còn chính quyền hai cấp bắt đầu từ khi nào?',
    'dai-hoi-xiv+chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'Cần chuẩn bị những gì cho đại hội, đồng thời cho biết lịch đại hội của chi bộ trực thuộc.',
    'chuan-bi+lich-trinh',
  ],
  [
    'two-part',
    'Chi bộ bây giờ 5 năm đại hội mấy lần, với lại kết quả đại hội các cấp vừa rồi ra sao?',
    'chi-bo-5-nam+ket-qua',
  ],
  [
    'two-part',
    'What are the two reports to the congress, and which rules govern choosing the new committee?',
    'van-kien+nhan-su',
  ],
  [
    'two-part',
    'Bốn nội dung đại hội là gì? Thêm nữa, Đại hội toàn quốc lần thứ XIV diễn ra bao giờ?',
    'noi-dung+dai-hoi-xiv',
  ],
  [
    'two-part',
    'Từ sau hội nghị quán triệt tháng 10/2024 có gì thay đổi, rồi chỉ thị về đại hội năm 2024 có mấy phần?',
    'thay-doi+chi-thi-35',
  ],
  [
    'two-part',
    'dh diem o dang bo co so chon may chi bo + nguyen tac chong lang phi khi to chuc dh',
    'dai-hoi-diem+nguyen-tac',
  ],
  [
    'two-part',
    'Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII là thế nào, và đại hội cơ sở bàn mấy nội dung?',
    'dai-hoi-quan+noi-dung',
  ],

  // Phrased by the kind of unit.
  ['unit', 'Chi bộ trực thuộc đảng ủy cơ sở phải hoàn thành đại hội trong tháng nào?', 'lich-trinh'],
  ['unit', 'Đảng bộ cơ sở được bắt đầu đại hội từ khi nào, sau khi làm xong việc gì?', 'lich-trinh'],
  ['unit', 'Chi bộ cơ sở như trường tiểu học chúng tôi thì hạn chót đại hội là ngày nào?', 'lich-trinh'],
  ['unit', 'Đảng bộ cơ sở phải chọn bao nhiêu chi bộ trực thuộc để đại hội điểm?', 'dai-hoi-diem'],
  ['unit', 'Chi bộ cơ sở có nằm trong diện được chọn đại hội điểm cấp quận không?', 'dai-hoi-diem'],
  ['unit', 'Với đảng bộ cơ sở thì đại hội phải bầu những gì?', 'noi-dung'],
  ['unit', 'Cấp ủy đảng bộ cơ sở trình đại hội những báo cáo nào?', 'van-kien'],
  ['unit', 'Chi bộ trực thuộc đảng ủy cơ sở từ nay bao nhiêu năm đại hội một lần?', 'chi-bo-5-nam'],
  ['unit', 'For a grassroots party committee, when could its congress begin?', 'lich-trinh'],

  // No diacritics, typos, chat shorthand.
  ['typo', 'dh cb truong tieu hoc gom may nd vay dc', 'noi-dung'],
  ['typo', 'bcct va bc kiem diem cua cap uy khac nhau the nao', 'van-kien'],
  ['typo', 'cb truc thuoc phai dh xong trong thang may', 'lich-trinh'],
  ['typo', 'dai hoi diem o dbcs lam thang nao vay', 'dai-hoi-diem'],
  ['typo', 'nhan su cap uy khoa moi can quan triet nghi quyet nao', 'nhan-su'],
  ['typo', 'chi bo gio 5 nam moi dh 1 lan ak?', 'chi-bo-5-nam'],
  ['typo', 'dai hoi 14 cua dang hop tu ngay nao den ngay nao', 'dai-hoi-xiv'],
  ['typo', 'xa moi sap nhap, chinh quyen 2 cap chay tu bao h vay', 'chinh-quyen-2-cap'],
  ['typo', 'cho xin ds van ban ve dh nk 2025-2030', 'tai-lieu'],
  ['typo', 'dh cac cap nk 2025 2030 xong het chua', 'ket-qua'],
  ['typo', 'chuan bi dh can lap nhung to nao', 'chuan-bi'],
  ['typo', 'to chuc dh phai theo nguyen tac gi, co phai tap trung dan chu ko', 'nguyen-tac'],
  ['typo', 'tu sau hn quan triet thang 10/2024 co gi thay doi k', 'thay-doi'],
  ['typo', 'dh dang bo quan hbt lan thu 27 to chuc theo ke hoach nao', 'dai-hoi-quan'],
  ['typo', 'đại hội chi bồ bầu nhưng gì vây', 'noi-dung'],
  ['typo', 'chỉ thi ve dai hoi cac cap nam 2024 co may phan may phu luc', 'chi-thi-35'],

  // English (the researcher).
  ['en', 'What are the four items on the agenda of a party cell congress?', 'noi-dung'],
  ['en', 'Which reports does the outgoing committee submit to the congress?', 'van-kien'],
  ['en', 'By when did grassroots party cells have to finish their congresses?', 'lich-trinh'],
  ['en', 'What is a pilot congress, and when were they held?', 'dai-hoi-diem'],
  ['en', 'On what basis are the members of the new committee chosen?', 'nhan-su'],
  ['en', 'Under the new pilot, how many years pass between two congresses of a party cell?', 'chi-bo-5-nam'],
  [
    'en',
    'For my research: on which dates in January 2026 did the 14th National Congress sit?',
    'dai-hoi-xiv',
  ],
  [
    'en',
    'What became of Hanoi’s district-level party committees when the district tier was abolished?',
    'chinh-quyen-2-cap',
  ],
  ['en', 'Is the 2025–2030 congress campaign finished?', 'ket-qua'],
  [
    'en',
    'Which later decisions changed the picture after the Hai Ba Trung conference in October 2024?',
    'thay-doi',
  ],
  ['en', 'What principles must guide the organisation of a party congress?', 'nguyen-tac'],
  ['en', 'Which documents does this bot rely on for the 2025–2030 congresses?', 'tai-lieu'],
  ['en', 'How should a grassroots party organisation prepare for its congress?', 'chuan-bi'],

  // Facts from FACTS.md.
  ['fact', 'Đại hội XIV của Đảng khai mạc và bế mạc vào ngày nào?', 'dai-hoi-xiv'],
  ['fact', 'Chỉ thị của Bộ Chính trị năm 2024 về đại hội các cấp có mấy phần và mấy phụ lục?', 'chi-thi-35'],
  ['fact', 'Bảy yêu cầu của chỉ thị về đại hội các cấp tiến tới Đại hội XIV là gì?', 'chi-thi-35'],
  ['fact', 'Cựu chiến binh trong xóm hỏi huyện mình bị xóa bỏ chính thức từ hôm nào?', 'chinh-quyen-2-cap'],
  [
    'fact',
    'Phường tôi cần số liệu: bao nhiêu quận ủy, huyện ủy ở Hà Nội thôi hoạt động từ 1/7/2025?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Việc chi bộ chỉ đại hội một lần trong 5 năm được áp dụng thí điểm kể từ hôm nào?',
    'chi-bo-5-nam',
  ],
  ['fact', 'Trước đây Điều lệ Đảng quy định chi bộ đại hội 5 năm mấy lần?', 'chi-bo-5-nam'],
  ['fact', 'Bộ Chính trị và Ban Bí thư kết luận thế nào về đại hội các cấp nhiệm kỳ 2025 - 2030?', 'ket-qua'],
  [
    'fact',
    'Xã tôi hỏi: cả đợt đại hội đảng nhiệm kỳ 2025 - 2030 trên toàn quốc coi như xong rồi phải không?',
    'ket-qua',
  ],
  [
    'fact',
    'Sau hội nghị 23/10/2024, chỉ thị mới về đại hội các cấp ra đời vào ngày nào và thay những văn bản gì?',
    'thay-doi',
  ],

  // Out of scope: other organisations' congresses, other senses of "đại hội".
  ['lookalike', 'Đại hội Đoàn thanh niên xã nhiệm kỳ 2027 - 2032 tổ chức khi nào?', null],
  ['lookalike', 'Đại hội Hội Cựu chiến binh xã khóa mới bầu bao nhiêu ủy viên ban chấp hành hội?', null],
  ['lookalike', 'Hội Liên hiệp Phụ nữ xã chuẩn bị đại hội phụ nữ cần những gì?', null],
  ['lookalike', 'Đại hội công đoàn nhà máy dệt bầu chủ tịch công đoàn như thế nào?', null],
  ['lookalike', 'Đại hội đồng cổ đông thường niên của công ty dệt năm nay họp ngày nào?', null],
  ['lookalike', 'Đại hội Liên đội trường tiểu học cần chuẩn bị những tiết mục gì?', null],
  ['lookalike', 'Hội khỏe Phù Đổng cấp trường tổ chức vào tháng mấy?', null],
  ['lookalike', 'Đại hội thể dục thể thao xã năm nay có môn kéo co và đẩy gậy không?', null],
  ['lookalike', 'Đại hội võ lâm trong truyện kiếm hiệp là gì?', null],
  ['lookalike', 'Đại hội đại biểu Mặt trận Tổ quốc xã nhiệm kỳ tới có bao nhiêu đại biểu?', null],
  ['lookalike', 'Đại hội Hội Nông dân xã họp ở đâu, mấy giờ?', null],
  ['lookalike', 'Đại hội chi đoàn lớp 9A bầu bí thư chi đoàn thế nào?', null],
  ['lookalike', 'Đại hội Hội Người cao tuổi thôn tổ chức ở nhà văn hóa được không?', null],
  ['lookalike', 'Đại hội đồng Liên Hợp Quốc khóa này họp ở đâu?', null],
  // Other party business.
  ['lookalike', 'Hồ sơ kết nạp đảng viên mới cho quần chúng ưu tú gồm những giấy tờ gì?', null],
  ['lookalike', 'Đảng viên hưởng lương hưu đóng đảng phí bao nhiêu một tháng?', null],
  ['lookalike', 'Đi làm công nhân ở tỉnh khác thì chuyển sinh hoạt Đảng tạm thời ra sao?', null],
  ['lookalike', 'Xét tặng Huy hiệu 40 năm tuổi Đảng cần điều kiện gì?', null],
  ['lookalike', 'Đánh giá, xếp loại chất lượng đảng viên cuối năm nay làm trước ngày nào?', null],
  ['lookalike', 'Cho xin mẫu biên bản sinh hoạt chi bộ thường kỳ hằng tháng', null],
  ['lookalike', 'Đảng viên vi phạm nồng độ cồn khi lái xe bị kỷ luật thế nào?', null],
  ['lookalike', 'Đảng viên mới trong thời gian dự bị có được miễn sinh hoạt khi đi công tác không?', null],
  // People in posts, addresses, phone numbers.
  ['lookalike', 'Ai đang làm Bí thư Đảng ủy xã mới sau khi sáp nhập?', null],
  ['lookalike', 'Chủ tịch UBND phường hiện nay tên là gì?', null],
  ['lookalike', 'Số điện thoại của Văn phòng Đảng ủy phường là bao nhiêu?', null],
  ['lookalike', 'Trụ sở Đảng ủy xã mới đặt ở thôn nào?', null],
  ['lookalike', 'Đi xe buýt số mấy thì đến được 33 Đại Cồ Việt?', null],
  ['lookalike', 'Mã bưu chính của xã mới sau sáp nhập là gì?', null],
  // Weather, money, personal matters.
  ['lookalike', 'Ngày mai ở Hà Nội có mưa không?', null],
  ['lookalike', 'Cuối tuần này miền Bắc có rét đậm không?', null],
  ['lookalike', 'Lương cơ sở năm 2027 tăng lên bao nhiêu?', null],
  ['lookalike', 'Giá vàng SJC hôm nay bao nhiêu một chỉ?', null],
  ['lookalike', 'Chế độ trợ cấp cho cựu chiến binh bảo vệ biên giới phía Bắc năm 1979 là bao nhiêu?', null],
  ['lookalike', 'Khám sức khỏe định kỳ cho cựu chiến binh ở trạm y tế xã có mất tiền không?', null],
  ['lookalike', 'Con tôi vào lớp 1 trường tiểu học cần chuẩn bị hồ sơ gì?', null],
  ['lookalike', 'Trường tiểu học họp phụ huynh đầu năm cần chuẩn bị những gì?', null],
  ['lookalike', 'Cách nấu canh chua cá lóc cho cả nhà', null],
  ['lookalike', 'Quyết toán thuế thu nhập cá nhân năm nay hạn chót ngày nào?', null],
  ['lookalike', 'Cách hạch toán khấu hao tài sản cố định theo chế độ kế toán mới', null],
  ['lookalike', 'Lịch nghỉ Tết Nguyên đán năm 2027 của công nhân nhà máy dệt', null],
  ['lookalike', 'Nhà máy dệt tháng này có phải tăng ca không?', null],
  ['lookalike', 'Làm căn cước cho người già ở xã mới sáp nhập thì đến đâu?', null],
  ['lookalike', 'Thủ tục đăng ký kết hôn ở UBND xã cần những gì?', null],
  // The press officer's other work.
  ['lookalike', 'Xin mẫu thông cáo báo chí về lễ khánh thành nhà văn hóa phường', null],
  ['lookalike', 'Tin bài đăng trên cổng thông tin điện tử phường phải qua ai duyệt?', null],
  // Other countries, in English.
  ['lookalike', 'When is the next congress of the Workers’ Party of Korea?', null],
  ['lookalike', 'When did the Chinese Communist Party hold its 20th National Congress?', null],
  ['lookalike', 'What was Vietnam’s GDP growth rate in 2025?', null],
  ['lookalike', 'Can you recommend a good phở restaurant near Hoàn Kiếm Lake?', null],
  ['lookalike', 'How does Vietnam’s one-party system compare with South Korea’s parties?', null],
  // The bot itself and small talk.
  ['lookalike', 'Bot này ai làm ra vậy, có lưu tin nhắn của tôi không?', null],
  ['lookalike', 'Chào bot, hôm nay bạn thế nào?', null],
  ['lookalike', 'Cảm ơn bot nhiều nhé!', null],
  ['lookalike', 'hello, are you a real person or a machine?', null],
  ['lookalike', 'Tôi bị mất điện thoại, làm sao lấy lại tài khoản Telegram?', null],
];

export const NEWSET28: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
