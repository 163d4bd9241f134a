/**
 * The fifty-fourth new evaluation set (issue 11, point 6), written on 2026-12-04 from 02:09 UTC
 * (committed in the commit "Eval: newset54, the fifty-fourth unseen set") by a helper (set54) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before its `const items` line) and its last line, the part of newset.ts
 * before `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under
 * src/, bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items
 * were read. Its users are imagined as the secretary of a cell in a rubber plantation (a
 * production team under the plantation's grassroots committee), a member of a ward's inspection
 * commission (who also asks discipline questions the pack does not cover), a British teacher in
 * Hanoi who writes in English, the secretary of the cell in a state bank branch, a member typing on
 * a phone without diacritics and with typos, and a cooperative chairman who is also his cell's
 * secretary; with the out-of-scope messages such users send (other organisations' congresses and
 * meetings: plantation workers' and public employees' conferences, the plantation's veterans'
 * association, a bank's annual shareholders' meeting, a bank trade union congress, a bank's
 * customer conference, a cooperative's members' congress and year-end review, the provincial
 * cooperative alliance, the teachers' trade union, a school's parent-teacher meeting, the British
 * Labour Party's conference, a teaching conference, the Lao party's congress, the ward Youth Union
 * and Women's Union, a study-promotion association; other senses of "đại hội" and "hội nghị":
 * a commune sports day, a company sports festival, the Fatherland Front's consultation for
 * National Assembly elections, a Central Committee plenum; other party business the pack does not
 * cover: discipline forms and time limits, unsigned denunciations, asset declarations, members
 * who skip cell meetings, drink-driving members, a residents' group leader's fees, the inspection
 * commission's meetings and its checks on dues, cell thematic meetings, admission and sponsors,
 * party-age badges and their money, annual grading forms, transfers of membership, dues; people
 * in posts (the General Secretary, the new ward's secretary); addresses, phone numbers and
 * opening hours; money and prices (latex, plantation wages, urea, savings rates, exchange rates,
 * VAT on farm produce, credit targets, work-injury insurance); local government services (ID
 * cards on a Saturday); work permits, public holidays, football in pubs; cooperative law, OCOP
 * files and preferential loans; ATM PINs; the bot itself; the weather).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset54.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, which cells the five-yearly
 * pilot covers, membership figures) were left out, not guessed.
 *
 * Engine changes reached main after its commit (0b10542 on its branch, before its rebase):
 * 745c0a6 (the word prior), 878dbde, be45425 and 8ea3663 (the prior relearned with newset51 to
 * newset53), 3c6d3e5, 629a823 and 3c79ad1 (pagodas, foreign parties, think tanks, an emoji before
 * the question, "whom", reviews and funds); its writer saw none of them. It was measured once, at
 * 02:31 UTC on main 3c79ad1 (`node --expose-gc dist/bench/qa.js`, load 1.74): qa_new_top1 99.2 %,
 * qa_new_oos_refused 98.4 % (1 in-scope miss, 1 lookalike answered; qa_p99_us 72.7 in that run,
 * p50 26.2). Its misses were listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents the pack holds, each by its number in three or more spellings.
  [
    'doc',
    'Chi bộ đội sản xuất đang rà lại văn bản: Chỉ thị số 35-CT/TW ngày 14/6/2024 giờ còn hiệu lực hay đã bị thay?',
    'doc:ct-35-2024',
  ],
  ['doc', 'ct35 nam 2024 cua bo chinh tri ban hanh ngay nao vay ad', 'doc:ct-35-2024'],
  [
    'doc',
    'Is Directive 35 of June 2024 still the rule for congresses, or was it replaced?',
    'doc:ct-35-2024',
  ],
  [
    'doc',
    'Ủy viên kiểm tra phường hỏi: Chỉ thị 35-CT/TW ngày 30/5/2019 là chỉ thị về việc gì?',
    'doc:ct-35-2019',
  ],
  ['doc', 'CT 35 năm 2019 hướng tới đại hội lần thứ mấy của Đảng, còn dùng không?', 'doc:ct-35-2019'],
  ['doc', 'A colleague mentioned Directive 35-CT/TW of 30 May 2019. What was it for?', 'doc:ct-35-2019'],
  [
    'doc',
    'Kết luận số 118-KL/TW ngày 18/1/2025 bây giờ chi bộ ngân hàng còn phải áp dụng không?',
    'doc:kl-118-2025',
  ],
  ['doc', 'kl118 do co quan nao ban hanh the', 'doc:kl-118-2025'],
  ['doc', 'Conclusion 118 from January 2025: is it superseded now?', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị 45-CT/TW ngày 14/4/2025 của Bộ Chính trị nói về việc gì, thưa bot?', 'doc:ct-45-2025'],
  [
    'doc',
    'CT 45 sau khi ban hành có văn bản nào sửa đổi chưa, HTX chúng tôi cần biết để phổ biến',
    'doc:ct-45-2025',
  ],
  ['doc', 'Directive 45: when was it issued, and by which body?', 'doc:ct-45-2025'],
  [
    'doc',
    'Chi bộ chi nhánh cần trích dẫn: Kết luận 200-KL/TW ngày 17/10/2025 do cơ quan nào ký ban hành vậy?',
    'doc:kl-200-2025',
  ],
  [
    'doc',
    'KL 200 năm 2025 đánh giá đại hội các cấp ra sao, tôi cần dẫn cho buổi sinh hoạt',
    'doc:kl-200-2025',
  ],
  ['doc', 'What is Conclusion 200-KL/TW about, and who issued it?', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW ban hành ngày nào, nội dung đã xác nhận chưa?', 'doc:hd-27-2024'],
  ['doc', 'hd27 cua ban to chuc tw con dung ko a', 'doc:hd-27-2024'],
  [
    'doc',
    'Guidance 27 of the Central Organisation Commission: its date and status, please.',
    'doc:hd-27-2024',
  ],
  ['doc', 'Hướng dẫn số 18-HD/BTCTU của Ban Tổ chức Thành ủy hướng dẫn những gì?', 'doc:hd-18-2024'],
  ['doc', 'hd 18 btctu ngay 1/10/2024 tinh trang hien nay sao', 'doc:hd-18-2024'],
  ['doc', 'Guidance 18 from the Hanoi party organisation board: what does it cover?', 'doc:hd-18-2024'],
  [
    'doc',
    'Tôi là chủ nhiệm HTX, muốn biết Kế hoạch 258-KH/TU của Thành ủy Hà Nội ban hành hôm nào',
    'doc:kh-258-2024',
  ],
  ['doc', 'kh258 la ke hoach gi vay moi nguoi', 'doc:kh-258-2024'],
  ['doc', 'Plan 258 of the Hanoi Party Committee, what is it exactly?', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch số 203-KH/QU của Quận ủy Hai Bà Trưng là kế hoạch về việc gì?', 'doc:kh-203-2024'],
  ['doc', 'KH 203 quận ủy ban hành ngày mấy, giờ quận không còn thì sao?', 'doc:kh-203-2024'],
  ['doc', 'Plan 203-KH/QU: date and issuer please, for my notes on Hanoi politics.', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 liên quan gì đến việc chọn nhân sự cấp ủy?', 'doc:nq-26-2018'],
  ['doc', 'NQ26 của Trung ương khóa XII ban hành ngày nào, chi bộ cao su cần đọc lại', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26-NQ/TW of May 2018: what is its status in your sources?', 'doc:nq-26-2018'],
  ['doc', 'Quy định 89-QĐ/TW về tiêu chuẩn cán bộ chi bộ ngân hàng còn dùng được không?', 'doc:qd-89-2017'],
  ['doc', 'QĐ 89 năm 2017 của Bộ Chính trị bị thay bằng văn bản nào rồi?', 'doc:qd-89-2017'],
  ['doc', 'Regulation 89 of 2017 on cadre standards: superseded or not?', 'doc:qd-89-2017'],
  ['doc', 'Quy định 365-QĐ/TW ngày 30/8/2025 quy định về nội dung gì?', 'doc:qd-365-2025'],
  ['doc', 'qd365 cua bo chinh tri ve tieu chuan chuc danh can bo ban hanh khi nao', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365: who issued it and on what date?', 'doc:qd-365-2025'],
  [
    'doc',
    'Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy về tiêu chí đánh giá cán bộ có gì?',
    'doc:qd-14-2023',
  ],
  ['doc', 'QĐ 14 của thành ủy năm 2023 ban hành ngày nào vậy bot?', 'doc:qd-14-2023'],
  ['doc', 'Regulation 14-QĐ/TU on evaluating cadres: what is its status?', 'doc:qd-14-2023'],
  [
    'doc',
    'Ủy viên kiểm tra phường muốn biết Quy định 2656-QĐ/QU ngày 13/11/2023 đề cập chuyện gì',
    'doc:qd-2656-2023',
  ],
  ['doc', 'QĐ2656 của quận ủy còn áp dụng sau khi bỏ cấp quận không?', 'doc:qd-2656-2023'],
  ['doc', 'Regulation 2656 of the Hai Ba Trung district committee: what is it about?', 'doc:qd-2656-2023'],
  ['doc', 'Quy định 1216-QĐ/QU về quy hoạch cán bộ được ban hành ngày nào?', 'doc:qd-1216-2022'],
  ['doc', 'qd 1216 quan uy nam 2022 noi ve gi', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216 on cadre planning: which body issued it?', 'doc:qd-1216-2022'],
  [
    'doc',
    'Quy định 294-QĐ/TW ngày 26/5/2025 rốt cuộc do cơ quan nào của Trung ương ban hành, nguồn có ghi không?',
    'doc:qd-294-2025',
  ],
  ['doc', 'QĐ 294 còn hiệu lực không, chi bộ HTX tôi đang tính lịch đại hội', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294-QĐ/TW on five-yearly cell congresses: what is its status?', 'doc:qd-294-2025'],
  [
    'doc',
    'Trong tủ hồ sơ chi bộ nông trường còn Hướng dẫn 26-HD/BTCTW năm 2019, nó hướng dẫn cho chỉ thị nào?',
    'doc:hd-26-2019',
  ],
  ['doc', 'HD 26 năm 2019 của Ban Tổ chức Trung ương còn dùng cho nhiệm kỳ này không?', 'doc:hd-26-2019'],
  [
    'doc',
    'I found Guidance 26-HD/BTCTW of October 2019 in a textbook footnote. What is that document?',
    'doc:hd-26-2019',
  ],

  // Documents the pack does not hold.
  ['unknown-doc', 'Quy định 232-QĐ/TW về thi hành Điều lệ Đảng có trong nguồn của bot không?', 'unknown-doc'],
  [
    'unknown-doc',
    'Quy định 69-QĐ/TW về kỷ luật tổ chức đảng, đảng viên vi phạm nói những gì?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Hướng dẫn 06-HD/TW năm 2025 về một số vấn đề cụ thể thi hành Điều lệ Đảng', 'unknown-doc'],
  [
    'unknown-doc',
    'Regulation 22-QĐ/TW on party inspection and supervision: what does it say?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kế hoạch 07-KH/ĐU của Đảng ủy phường về đại hội chi bộ quy định thế nào?', 'unknown-doc'],
  ['unknown-doc', 'Công văn 1523-CV/BTCTU hướng dẫn hồ sơ nhân sự ghi gì?', 'unknown-doc'],
  ['unknown-doc', 'nghi quyet 57-NQ/TW ve khoa hoc cong nghe co phai dua vao bao cao dh ko', 'unknown-doc'],
  [
    'unknown-doc',
    'Bot có giữ Chỉ thị 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Hướng dẫn 12-HD/UBKTTW về kiểm tra, giám sát đại hội có trong bot chứ?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 41-KH/ĐU của Đảng ủy Khối Ngân hàng về đại hội chi bộ chi nhánh', 'unknown-doc'],
  ['unknown-doc', 'Is Conclusion 21-KL/TW on party building in your sources?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 31-HD/BTCTW về công tác bầu cử trong Đảng nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 80-QĐ/TW về phân cấp quản lý cán bộ, bổ nhiệm, giới thiệu ứng cử', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 152-KH/ĐU của Đảng ủy Tổng công ty Cao su về đại hội các chi bộ', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 09-HD/BTCTW về hồ sơ nhân sự cấp ủy có mẫu kèm theo không?', 'unknown-doc'],
  ['unknown-doc', 'qd 102-QĐ/TW ve xu ly ky luat dang vien con ap dung ko', 'unknown-doc'],

  // In scope, with everyday words around the question.
  [
    'offword',
    'Trưa nay nghỉ cạo mủ sớm, tôi hỏi luôn: đại hội chi bộ nhiệm kỳ này gồm những nội dung nào?',
    'noi-dung',
  ],
  [
    'offword',
    'Đang chờ khách ở quầy giao dịch, cho tôi hỏi báo cáo chính trị của chi bộ phải đánh giá những gì?',
    'van-kien',
  ],
  [
    'offword',
    'Vừa họp xã viên về giá phân bón xong, giờ hỏi việc Đảng: chuẩn bị đại hội cần lập những tổ nào?',
    'chuan-bi',
  ],
  [
    'offword',
    'Uống xong ly cà phê sáng, hỏi bot: đại hội phải chống lãng phí, không phô trương hình thức ra sao?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Con đang sốt nên hỏi nhanh: Đại hội XIV của Đảng họp từ ngày nào đến ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Mưa cả tuần nên mủ ít, nhân tiện hỏi: theo thí điểm mới thì bao lâu chi bộ mới đại hội một lần?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Xe chết máy giữa đường nên nhắn tạm: từ 1/7/2025 cấp huyện còn hay đã bỏ?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Between two lessons and a cold coffee: were the 2025-2030 party congresses finished on schedule?',
    'ket-qua',
  ],
  [
    'offword',
    'Đang đợi duyệt hồ sơ vay của khách, cho hỏi đại hội điểm ở chi bộ trực thuộc làm vào tháng nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Hôm nay chợ phiên bán hết rau, tiện hỏi: chọn người vào cấp ủy khóa mới dựa theo những quy định nào?',
    'nhan-su',
  ],

  // Two-part questions.
  [
    'two-part',
    'Đại hội chi bộ có mấy nội dung, và cấp ủy phải trình đại hội những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ trực thuộc đại hội trong khoảng thời gian nào, và đại hội điểm được chọn ra sao?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Trước đại hội phải lập những tổ giúp việc nào, và chọn cấp ủy viên khóa mới theo tiêu chuẩn gì?',
    'chuan-bi+nhan-su',
  ],
  [
    'two-part',
    'Chi bộ giờ bao nhiêu năm đại hội một lần, còn thời hạn đại hội chi bộ cơ sở nhiệm kỳ này thì sao?',
    'chi-bo-5-nam+lich-trinh',
  ],
  [
    'two-part',
    'Đại hội XIV diễn ra khi nào, và đại hội đảng bộ các cấp nhiệm kỳ 2025-2030 kết quả ra sao?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'What has changed since the October 2024 conference, and when did the 14th National Congress meet?',
    'thay-doi+dai-hoi-xiv',
  ],
  [
    'two-part',
    'Tổ chức đại hội phải theo nguyên tắc gì, và trước đó cần rà soát những công việc nào?',
    'nguyen-tac+chuan-bi',
  ],
  [
    'two-part',
    'Báo cáo kiểm điểm của cấp ủy phải có tính chất gì; còn đại hội phải làm mấy việc chính?',
    'van-kien+noi-dung',
  ],
  [
    'two-part',
    'Chính quyền hai cấp vận hành từ ngày nào, và Đại hội Đảng bộ quận lần thứ XXVII là gì?',
    'chinh-quyen-2-cap+dai-hoi-quan',
  ],
  [
    'two-part',
    'cb truc thuoc dh han cuoi thang may, bao cao chinh tri can danh gia nhug gi',
    'lich-trinh+van-kien',
  ],

  // By unit type.
  [
    'unit',
    'Chi bộ đội sản xuất của tôi trực thuộc đảng ủy nông trường, phải đại hội xong trong tháng nào?',
    'lich-trinh',
  ],
  [
    'unit',
    'Chi bộ cơ sở chi nhánh ngân hàng bắt đầu đại hội từ tháng mấy và hạn chót là ngày nào?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng bộ cơ sở có phải đợi các chi bộ trực thuộc đại hội xong rồi mới tổ chức đại hội đảng viên không?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng ủy nông trường là đảng bộ cơ sở thì phải chọn bao nhiêu chi bộ trực thuộc để làm đại hội điểm?',
    'dai-hoi-diem',
  ],
  [
    'unit',
    'Chi bộ cơ sở có nằm trong diện Ban Thường vụ Quận ủy chọn làm đại hội điểm đầu quý I/2025 không?',
    'dai-hoi-diem',
  ],
  ['unit', 'A grassroots party cell, a chi bộ cơ sở: which items must its congress cover?', 'noi-dung'],
  ['unit', 'Chi bộ trực thuộc đảng ủy hợp tác xã nông nghiệp thì đại hội phải bầu những gì?', 'noi-dung'],
  [
    'unit',
    'Đảng bộ cơ sở khối hành chính sự nghiệp có phải trình báo cáo kiểm điểm của đảng ủy tại đại hội không?',
    'van-kien',
  ],
  ['unit', 'Đảng bộ cơ sở cần thành lập những tổ nào để phục vụ đại hội của mình?', 'chuan-bi'],

  // Typos, no diacritics, abbreviations.
  ['typo', 'dh chi bo gom may nd vay ac', 'noi-dung'],
  ['typo', 'bc kiem diem cua cap uy phai co tinh chien dau nghia la sao ad oi', 'van-kien'],
  ['typo', 'dai hoi diem cua chi bo truc thuoc lam thang 12/2024 dung ko ad', 'dai-hoi-diem'],
  ['typo', 'nhan su cap uy khoa ms chon theo tieu chuan nao z moi ng', 'nhan-su'],
  ['typo', 'chi bo bh bn nam dh 1 lan theo thi diem moi', 'chi-bo-5-nam'],
  ['typo', 'dh 14 cua dang hop tu ngay nao toi ngay nao', 'dai-hoi-xiv'],
  ['typo', 'cap huyen bi bo tu ngay nao vay, chinh quyen 2 cap la sao', 'chinh-quyen-2-cap'],
  ['typo', 'dh dang bo cac cap nk 2025-2030 xong het chua', 'ket-qua'],
  ['typo', 'tu sau hoi nghi 23/10/2024 co thay doi gi ve dh ko', 'thay-doi'],
  ['typo', 'chuan bị dai hôi can lam nhug viec gj truoc', 'chuan-bi'],
  ['typo', 'nguyen tac tap trung dan chu khi to chuc dh cb la nhu nao', 'nguyen-tac'],
  ['typo', 'dh dang bo quan hai ba trung lan thu 27 la dh j', 'dai-hoi-quan'],
  ['typo', 'nhung van ban bot dua vao ve dh nk nay gom nhug cai nao', 'tai-lieu'],

  // English.
  [
    'en',
    'A colleague at my school says her party cell congress has a fixed agenda. What items are on it?',
    'noi-dung',
  ],
  ['en', 'At a congress, which reports does the outgoing committee put before the delegates?', 'van-kien'],
  ['en', 'How does a party organisation get ready for its congress? Are there teams to set up?', 'chuan-bi'],
  ['en', 'What principles must a congress follow? I keep reading about democratic centralism.', 'nguyen-tac'],
  ['en', 'By when did the cells under a grassroots committee have to hold their congresses?', 'lich-trinh'],
  ['en', 'What were the pilot congresses in Hai Ba Trung, and when were they held?', 'dai-hoi-diem'],
  ['en', 'How are members of the new party committee chosen, and against which standards?', 'nhan-su'],
  [
    'en',
    'My landlord mentioned the 27th congress of the Hai Ba Trung district party organisation. What was that?',
    'dai-hoi-quan',
  ],
  ['en', 'How often do party cells hold congresses now, under the new pilot rule?', 'chi-bo-5-nam'],
  ['en', 'Did Hanoi still have district party committees after July 2025?', 'chinh-quyen-2-cap'],
  [
    'en',
    'For a lesson on Vietnamese civics, which documents does this bot base its congress answers on?',
    'tai-lieu',
  ],
  ['en', 'What does the 2024 Politburo directive on congresses contain, part by part?', 'chi-thi-35'],

  // Facts from FACTS.md.
  ['fact', 'Chỉ thị 35 năm 2024 có bao nhiêu phụ lục, gồm những phụ lục gì?', 'chi-thi-35'],
  [
    'fact',
    'Tóm tắt giúp tôi 7 yêu cầu của Chỉ thị 35-CT/TW năm 2024 để phổ biến cho công nhân đảng viên',
    'chi-thi-35',
  ],
  ['fact', 'Chỉ thị mới về đại hội ban hành tháng 4/2025 thay cho những văn bản nào?', 'thay-doi'],
  [
    'fact',
    'Cho công nhân trong đội biết: Đại hội đại biểu toàn quốc lần thứ XIV khai mạc và bế mạc vào ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'fact',
    'Bạn tôi ở Hà Nội kể từ 1/7/2025 có cả chục đảng bộ cấp huyện thôi hoạt động, chính xác là bao nhiêu đảng bộ?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Chi bộ HTX hỏi: quy định thí điểm cho chi bộ 5 năm mới đại hội một lần bắt đầu có hiệu lực từ hôm nào?',
    'chi-bo-5-nam',
  ],
  [
    'fact',
    'Hồi chưa thí điểm thì theo Điều lệ, chi bộ ngân hàng chúng tôi cứ 5 năm đại hội mấy lần?',
    'chi-bo-5-nam',
  ],
  ['fact', 'Bộ Chính trị và Ban Bí thư kết luận gì về kết quả đại hội các cấp hồi tháng 10/2025?', 'ket-qua'],
  ['fact', 'Ngày 30/8/2025 có thay đổi gì về tiêu chuẩn cán bộ so với lúc hội nghị quán triệt?', 'thay-doi'],
  ['fact', 'Ban Tổ chức Trung ương hướng dẫn Chỉ thị 35 năm 2024 bằng văn bản nào?', 'chi-thi-35'],
  ['fact', 'Sau đại hội, kết luận của Bộ Chính trị yêu cầu các cấp tiếp tục kiện toàn những gì?', 'ket-qua'],
  ['fact', 'Mô hình chính quyền địa phương 2 cấp bắt đầu vận hành từ bao giờ?', 'chinh-quyen-2-cap'],

  // Lookalikes: the rubber plantation's cell secretary.
  ['lookalike', 'Hội nghị người lao động của công ty cao su năm nay cần chuẩn bị những báo cáo gì?', null],
  ['lookalike', 'Giá mủ cao su nước tuần này nhà máy thu mua bao nhiêu một ký?', null],
  ['lookalike', 'Công nhân cạo mủ bị rắn cắn trong lô thì bảo hiểm tai nạn lao động chi trả thế nào?', null],
  ['lookalike', 'Đại hội Hội Cựu chiến binh nông trường nhiệm kỳ mới bầu bao nhiêu ủy viên?', null],
  ['lookalike', 'Mùa cây rụng lá năm nay nông trường cho nghỉ cạo mấy tuần?', null],
  [
    'lookalike',
    'Đội sản xuất muốn tổ chức hội thao mừng ngày thành lập công ty, gợi ý giúp các môn thi',
    null,
  ],
  ['lookalike', 'Mẫu biên bản họp tổ nhận khoán vườn cây cao su lấy ở đâu?', null],
  ['lookalike', 'Lương công nhân cạo mủ bậc 3 năm nay được tăng bao nhiêu?', null],
  // The ward inspection commission's member.
  ['lookalike', 'Đảng viên vi phạm chính sách dân số, sinh con thứ ba thì bị kỷ luật hình thức nào?', null],
  ['lookalike', 'Thời hiệu xử lý kỷ luật đảng viên vi phạm là bao nhiêu năm?', null],
  ['lookalike', 'Quy trình giải quyết đơn tố cáo đảng viên không ký tên thế nào?', null],
  ['lookalike', 'Kê khai tài sản, thu nhập hằng năm của đảng viên hạn chót là ngày nào?', null],
  [
    'lookalike',
    'Ủy ban kiểm tra đảng ủy phường kiểm tra thu, nộp đảng phí của chi bộ mấy lần một năm?',
    null,
  ],
  ['lookalike', 'Đảng viên bị phạt vì lái xe có nồng độ cồn thì chi bộ có phải họp kiểm điểm không?', null],
  ['lookalike', 'Ủy ban kiểm tra đảng ủy phường họp thường kỳ mấy tháng một lần?', null],
  ['lookalike', 'Đảng viên bỏ sinh hoạt ba tháng không lý do thì xóa tên hay khai trừ?', null],
  ['lookalike', 'Đảng viên là tổ trưởng dân phố bị dân phản ánh thu tiền vệ sinh sai thì ai xử lý?', null],
  // The British teacher in Hanoi.
  [
    'lookalike',
    'Is the Labour Party conference in Liverpool this autumn open to members of the public?',
    null,
  ],
  ['lookalike', 'When is the parent-teacher meeting at international schools in Tay Ho usually held?', null],
  ['lookalike', 'How do I renew my work permit as an English teacher in Hanoi?', null],
  ['lookalike', 'How many days off do teachers get for Tet in 2027?', null],
  ['lookalike', 'Where can I watch Premier League football in a pub near Hoan Kiem lake?', null],
  ['lookalike', 'What does the congress of the Vietnamese teachers trade union decide?', null],
  [
    'lookalike',
    'Is there an English language teaching conference in Hanoi next March I could present at?',
    null,
  ],
  ['lookalike', 'How would I say "party congress" to my Year 9 students without sounding rude?', null],
  ['lookalike', 'Who was elected General Secretary at the 14th National Congress?', null],
  // The state bank branch's cell secretary.
  ['lookalike', 'Đại hội đồng cổ đông thường niên của ngân hàng chốt danh sách cổ đông vào ngày nào?', null],
  ['lookalike', 'Lãi suất tiết kiệm kỳ hạn 12 tháng ở chi nhánh hiện là bao nhiêu?', null],
  [
    'lookalike',
    'Hội nghị người lao động chi nhánh ngân hàng có phải thông qua quy chế chi tiêu nội bộ không?',
    null,
  ],
  ['lookalike', 'Chỉ tiêu tăng trưởng tín dụng năm nay của chi nhánh được giao bao nhiêu phần trăm?', null],
  ['lookalike', 'Tỷ giá đô la Mỹ hôm nay ngân hàng mua vào bao nhiêu?', null],
  ['lookalike', 'Đại hội công đoàn cơ sở ngân hàng nhiệm kỳ mới bầu bao nhiêu ủy viên ban chấp hành?', null],
  ['lookalike', 'Khách hàng quên mã PIN thẻ ATM thì chi nhánh xử lý thế nào?', null],
  ['lookalike', 'Hội nghị khách hàng doanh nghiệp cuối năm của chi nhánh nên mời ai phát biểu?', null],
  ['lookalike', 'Báo cáo chính trị đại hội công đoàn ngân hàng viết theo đề cương nào?', null],
  // The member on a phone, without diacritics.
  ['lookalike', 'dai hoi the thao xa nam nay co mon keo co ko ae', null],
  ['lookalike', 'so dien thoai dang uy phuong moi la bn vay', null],
  ['lookalike', 'thu 7 nay phuong co lam can cuoc ko ad', null],
  ['lookalike', 'dong dang phi 1 thang het bn tien vay', null],
  ['lookalike', 'bot oi ban ten gi, ai lam ra ban the', null],
  ['lookalike', 'chieu nay ha noi co mua ko bot', null],
  ['lookalike', 'chuyen sinh hoat dang ve noi cu tru can giay to gi', null],
  ['lookalike', 'ai la bi thu dang uy phuong moi sau sap nhap vay', null],
  // The cooperative chairman who is also his cell's secretary.
  ['lookalike', 'Đại hội thành viên hợp tác xã thường niên phải thông qua những nội dung gì?', null],
  ['lookalike', 'Hợp tác xã muốn đăng ký sản phẩm OCOP thì hồ sơ gồm những gì?', null],
  ['lookalike', 'Giá phân urê tháng này đại lý bán bao nhiêu một bao 50 ký?', null],
  ['lookalike', 'Hợp tác xã có được vay vốn ưu đãi ở Ngân hàng Chính sách xã hội không?', null],
  ['lookalike', 'Liên minh Hợp tác xã tỉnh tổ chức đại hội nhiệm kỳ mới vào lúc nào?', null],
  ['lookalike', 'Theo luật hợp tác xã mới, bầu chủ tịch hội đồng quản trị thế nào?', null],
  ['lookalike', 'Thuế giá trị gia tăng với lúa gạo hợp tác xã bán ra là mấy phần trăm?', null],
  ['lookalike', 'Hội nghị tổng kết năm của hợp tác xã có cần mời lãnh đạo xã dự không?', null],
  // Other party business and other meetings, from any of them.
  ['lookalike', 'Chi bộ sinh hoạt chuyên đề quý này nên chọn chủ đề gì cho hay?', null],
  ['lookalike', 'Kết nạp đảng viên mới cần mấy đảng viên chính thức giới thiệu?', null],
  ['lookalike', 'Huy hiệu 40 năm tuổi Đảng được tặng kèm bao nhiêu tiền?', null],
  ['lookalike', 'Mẫu phiếu tự đánh giá xếp loại đảng viên cuối năm lấy ở đâu?', null],
  ['lookalike', 'Đại hội Đoàn thanh niên phường năm nay bầu bí thư đoàn thế nào?', null],
  ['lookalike', 'Đại hội Hội Liên hiệp Phụ nữ xã có mấy nội dung?', null],
  ['lookalike', 'Hội nghị hiệp thương lần thứ nhất bầu cử đại biểu Quốc hội do ai chủ trì?', null],
  ['lookalike', 'Đại hội XII của Đảng Nhân dân Cách mạng Lào họp ở thủ đô Viêng Chăn vào tháng mấy?', null],
  ['lookalike', 'Hội nghị Trung ương lần tới sẽ bàn những vấn đề gì?', null],
  ['lookalike', 'Đại hội Hội Khuyến học xã cần chuẩn bị báo cáo gì?', null],
];

export const NEWSET54: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
