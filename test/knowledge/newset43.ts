/**
 * The forty-third new evaluation set (issue 11, point 6), written on 2026-12-04 from 01:30 UTC
 * (committed in the commit "Eval: newset43, the forty-third unseen set") by a helper (set43) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before its `const items` line) and its last line, the part of newset.ts
 * before `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under
 * src/, bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items
 * were read. Its users are imagined as the secretary of a party cell in a district hospital, the
 * deputy secretary of a garment factory's grassroots party committee, a foreign PhD student
 * researching Vietnamese politics (who writes in English only), a market trader who is a member of
 * a residential cell, the secretary of a newspaper's party cell, and a young member who writes
 * with slang, abbreviations and emoji; with the out-of-scope messages such users send (the
 * hospital's staff conference and year-end review, a provincial nurses' association congress,
 * holiday duty rosters, practising licences, health-insurance cover, gifts for poor patients, a
 * merged hospital's new seal, temporary party membership while studying, medical allowances; a
 * garment company's trade-union congress and its Youth Union congress, management-worker dialogue
 * meetings, regional minimum wage, overtime caps, US tariffs and working hours, admitting workers
 * to the Party, dues on wages, party organisations in foreign-invested firms, a textile fair; the
 * Chinese and Lao parties' congresses, Politburo members, archives access, student visas, fieldwork
 * interviews, National Assembly elections, journals, a Central Committee plenum on the economy,
 * the bot's model and code; a market traders' meeting, kiosk rents, the end of presumptive tax and
 * e-invoices, the Women's Union branch and residential group meetings and their levies, gold
 * prices, the lunar calendar, dues exemption for elderly members, a social-policy bank's customer
 * meeting, replacing a lost ID card; the Journalists' Association congress, a press award's
 * deadline, press cards, newsroom mergers, fees for news photos, the national press conference,
 * photo copyright, moving a correspondent's membership, a cell's thematic resolution; cosplay and
 * game "congresses", a party handbook app's login error, blood donation, political theory classes,
 * probationary membership, travel abroad, an AI summit, restaurants, and small talk with the bot).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset43.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why. Engine changes reached main after its commit: 6e00b50 (a count
 * of what the pack never counts is refused, evidence.counted); its writer saw none of them. It was
 * measured once, at 01:40 UTC on main c91d4a6 (no engine change after 6e00b50, and none between
 * newset42's run and this one; `node --expose-gc dist/bench/qa.js`, load 0.34): qa_new_top1
 * 97.9 %, qa_new_oos_refused 94.9 % (3 in-scope misses, 3 lookalikes answered; qa_p99_us 97.6 in
 * that run, p50 28.3). Its misses were listed after that run, and it is a development set since.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, a congress's budget,
 * membership figures) were left out, not guessed.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number, three or more spellings each.
  [
    'doc',
    'Chỉ thị 35-CT/TW ngày 14/6/2024 của Bộ Chính trị bây giờ chi bộ khoa tôi còn áp dụng được không?',
    'doc:ct-35-2024',
  ],
  ['doc', 'ct35 nam 2024 con xai dc ko ad 🤔', 'doc:ct-35-2024'],
  [
    'doc',
    'Is the 2024 Directive 35 on congresses toward the 14th Congress still the operative text?',
    'doc:ct-35-2024',
  ],
  [
    'doc',
    'Chỉ thị số 35-CT/TW ngày 30/5/2019 hướng tới Đại hội XIII, báo tôi cần trích dẫn đúng thì nó là văn bản gì?',
    'doc:ct-35-2019',
  ],
  ['doc', 'CT 35 năm 2019 (nhiệm kỳ trước) khác gì, bot có thông tin về bản 2019 không?', 'doc:ct-35-2019'],
  [
    'doc',
    'What do your sources record about the 2019 Directive 35 that led up to the 13th Congress?',
    'doc:ct-35-2019',
  ],
  ['doc', 'Kết luận 118-KL/TW điều chỉnh những gì trong chỉ thị về đại hội?', 'doc:kl-118-2025'],
  ['doc', 'KL118 ai ký ban hành vậy, còn hiệu lực hông', 'doc:kl-118-2025'],
  ['doc', 'Who issued Conclusion 118 of January 2025, and is it still in effect?', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị 45-CT/TW ngày 14/4/2025 của Bộ Chính trị nói về việc gì?', 'doc:ct-45-2025'],
  ['doc', 'ct45 la cai j v mn, thay cho cai nao 😅', 'doc:ct-45-2025'],
  ['doc', 'Directive 45-CT/TW: date, issuer and what it replaced, please.', 'doc:ct-45-2025'],
  [
    'doc',
    'Kết luận số 200-KL/TW ngày 17/10/2025 do những cơ quan nào ký ban hành, để tôi ghi vào biên bản chi bộ khoa?',
    'doc:kl-200-2025',
  ],
  ['doc', 'Phòng biên tập hỏi: KL 200 của Bộ Chính trị, Ban Bí thư kết luận những gì?', 'doc:kl-200-2025'],
  [
    'doc',
    'Could you summarise Conclusion No. 200 of October 2025 for my literature review?',
    'doc:kl-200-2025',
  ],
  [
    'doc',
    'Hướng dẫn 27-HD/BTCTW ngày 26/8/2024 của Ban Tổ chức Trung ương hướng dẫn những nội dung gì?',
    'doc:hd-27-2024',
  ],
  ['doc', 'hd27 btctw co chi tiet ko hay bot chi biet so voi ngay', 'doc:hd-27-2024'],
  [
    'doc',
    'Guidance 27-HD/BTCTW of the Central Organisation Commission: what does it cover?',
    'doc:hd-27-2024',
  ],
  [
    'doc',
    'Hướng dẫn số 18-HD/BTCTU ngày 01/10/2024 của Ban Tổ chức Thành ủy Hà Nội là văn bản gì?',
    'doc:hd-18-2024',
  ],
  ['doc', 'hd 18 btctu ha noi, xin tom tat giup toi', 'doc:hd-18-2024'],
  ['doc', 'What is Guidance 18 of the Hanoi city Organisation Board about?', 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch 258-KH/TU ngày 15/7/2024 của Thành ủy Hà Nội có nội dung gì?', 'doc:kh-258-2024'],
  ['doc', 'kh258 thanh uy ra ngay nao vay', 'doc:kh-258-2024'],
  ['doc', 'Plan 258 of the Hanoi Party Committee: what do you know about it?', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch số 203-KH/QU của Quận ủy Hai Bà Trưng ban hành ngày nào?', 'doc:kh-203-2024'],
  ['doc', 'KH 203 quận ủy giờ hết quận rồi thì còn giá trị không cô?', 'doc:kh-203-2024'],
  ['doc', 'Plan 203-KH/QU of the Hai Ba Trung district committee: what was it for?', 'doc:kh-203-2024'],
  [
    'doc',
    'Nghị quyết 26-NQ/TW năm 2018 của Trung ương khóa XII nói về gì, liên quan nhân sự đại hội ra sao?',
    'doc:nq-26-2018',
  ],
  ['doc', 'nq26 khoa 12 la nghi quyet gi z ạ', 'doc:nq-26-2018'],
  ['doc', 'Why does the 2024 conference cite Resolution 26 of May 2018?', 'doc:nq-26-2018'],
  ['doc', 'Quy định 89-QĐ/TW ngày 04/8/2017 về tiêu chuẩn cán bộ còn hiệu lực không?', 'doc:qd-89-2017'],
  ['doc', 'QĐ 89 bị thay chưa, tòa soạn định dẫn trong bài', 'doc:qd-89-2017'],
  ['doc', 'Is Regulation 89 of 2017 on cadre standards superseded?', 'doc:qd-89-2017'],
  ['doc', 'Quy định 365-QĐ/TW ngày 30/8/2025 của Bộ Chính trị quy định về cái gì?', 'doc:qd-365-2025'],
  ['doc', 'qd365 la quy dinh ve tieu chuan gi vay a', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365-QĐ/TW: issuer, date and subject?', 'doc:qd-365-2025'],
  ['doc', 'Quy định 14-QĐ/TU ngày 06/11/2023 của Ban Thường vụ Thành ủy về tiêu chí gì?', 'doc:qd-14-2023'],
  ['doc', 'QĐ 14 thành ủy đánh giá cán bộ, bot có văn bản này không?', 'doc:qd-14-2023'],
  [
    'doc',
    'For my chapter on cadre evaluation: Regulation 14-QĐ/TU of the Hanoi Standing Board, what criteria does it set?',
    'doc:qd-14-2023',
  ],
  [
    'doc',
    'Quy định 2656-QĐ/QU của Ban Thường vụ Quận ủy Hai Bà Trưng ban hành ngày nào?',
    'doc:qd-2656-2023',
  ],
  ['doc', 'qd 2656 quan uy ve tieu chi danh gia can bo dung ko', 'doc:qd-2656-2023'],
  ['doc', 'Regulation 2656 of the district Standing Board: what is its status?', 'doc:qd-2656-2023'],
  ['doc', 'Quy định số 1216-QĐ/QU ngày 06/4/2022 về quy hoạch cán bộ nói gì?', 'doc:qd-1216-2022'],
  ['doc', 'QĐ1216 quy hoạch cán bộ còn dùng sau khi bỏ quận không?', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216 on cadre planning: who issued it and when?', 'doc:qd-1216-2022'],
  [
    'doc',
    'Xưởng tôi có mấy chi bộ hỏi: Quy định 294-QĐ/TW ngày 26/5/2025 bắt đầu áp dụng từ hôm nào?',
    'doc:qd-294-2025',
  ],
  ['doc', 'qd 294 thi diem dai hoi chi bo la sao, ai ban hanh', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294 of May 2025: what does it pilot and who issued it?', 'doc:qd-294-2025'],
  [
    'doc',
    'Hướng dẫn 26-HD/BTCTW ngày 18/10/2019 là hướng dẫn cho chỉ thị nào, tòa soạn cần ghi chú đúng?',
    'doc:hd-26-2019',
  ],
  ['doc', 'HD 26 năm 2019 của Ban Tổ chức TW giờ còn dùng cho đại hội không?', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26-HD/BTCTW of October 2019: what was it for?', 'doc:hd-26-2019'],
  ['doc', 'Chị em ở chợ hỏi: chỉ thị bốn lăm, tức Chỉ thị số 45 năm 2025, là chỉ thị gì?', 'doc:ct-45-2025'],
  ['doc', 'Directive 35-CT/TW of June 2024: issuer and current status?', 'doc:ct-35-2024'],
  ['doc', 'Kết luận 200 có nói đại hội các cấp đã xong chưa?', 'doc:kl-200-2025'],

  // Documents the pack does not hold.
  [
    'unknown-doc',
    'Quy định 232-QĐ/TW về thi hành Điều lệ Đảng về công tác bầu cử trong Đảng nói gì?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Hướng dẫn 06-HD/TW của Ban Bí thư về nghiệp vụ công tác đảng viên, bot tóm tắt giúp',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Kết luận 121-KL/TW về sắp xếp tổ chức bộ máy có trong nguồn của bot không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'What does Resolution 57-NQ/TW on science and technology say about party congresses?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Kế hoạch 312-KH/ĐU của Đảng ủy Khối doanh nghiệp về đại hội chi bộ nói gì?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Công văn 1480-CV/ĐU của Đảng ủy công ty may về lịch đại hội các chi bộ phân xưởng',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Hướng dẫn 31-HD/BTGTW của Ban Tuyên giáo về tuyên truyền đại hội, báo cần gấp',
    'unknown-doc',
  ],
  ['unknown-doc', 'qd 190 qd tw ve kiem soat quyen luc trong cong tac can bo la gi', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 05-CT/TW về học tập và làm theo Bác có liên quan đại hội không?', 'unknown-doc'],
  [
    'unknown-doc',
    'Kế hoạch 47-KH/ĐU của Đảng ủy Sở Y tế về đại hội chi bộ bệnh viện, bot có không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Is Regulation 80-QĐ/TW on cadre appointment in your database?', 'unknown-doc'],
  ['unknown-doc', 'kl126 ve sap xep bo may la j vay ad 🙏', 'unknown-doc'],
  [
    'unknown-doc',
    'Thông báo 09-TB/TU của Thành ủy về kết quả đại hội các phường có nội dung gì?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Quy định 22-QĐ/TW về công tác kiểm tra, giám sát và kỷ luật đảng nói gì về đại hội?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Hướng dẫn 02-HD/ĐU của Đảng ủy phường về đại hội chi bộ khu dân cư ở đâu xem?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Please summarise Conclusion 137-KL/TW on restructuring the political system.',
    'unknown-doc',
  ],

  // In scope, with everyday words around the question.
  [
    'offword',
    'Vừa giao ca trực đêm ở khoa Cấp cứu xong, tranh thủ hỏi: đại hội chi bộ phải làm mấy nội dung?',
    'noi-dung',
  ],
  [
    'offword',
    'Xưởng may đang chạy đơn hàng gấp mà đảng ủy bắt chuẩn bị đại hội, cần thành lập những tổ nào?',
    'chuan-bi',
  ],
  [
    'offword',
    'Dọn sạp cá xong mới rảnh, cô hỏi tí: báo cáo chính trị của chi bộ phải viết sao cho đúng?',
    'van-kien',
  ],
  [
    'offword',
    'Đang ngồi chờ lên khuôn số báo Tết, hỏi nhanh: tổ chức đại hội phải bảo đảm những nguyên tắc gì?',
    'nguyen-tac',
  ],
  ['offword', 'trà sữa xong r hỏi xíu 🧋 chi bộ giờ 5 năm mới đại hội 1 lần thiệt hả', 'chi-bo-5-nam'],
  [
    'offword',
    'Bệnh nhân đông quá nhưng vẫn phải hỏi: đại hội điểm chọn chi bộ nào và làm trong tháng mấy?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Mưa to ngập đường đi làm, tiện hỏi: nhân sự cấp ủy khóa mới chọn theo những quy định nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Chợ hôm nay ế, ngồi hỏi bot: Đại hội XIV của Đảng họp từ ngày nào đến ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Sau buổi giao ban tòa soạn, cho hỏi từ hội nghị tháng 10/2024 đến giờ văn bản đại hội đã thay đổi những gì?',
    'thay-doi',
  ],
  [
    'offword',
    'Công nhân tan ca 10 giờ tối mới họp được, mà cho tôi hỏi thời gian đại hội chi bộ trực thuộc là khi nào?',
    'lich-trinh',
  ],
  [
    'offword',
    'cafe sáng với mấy đứa trong chi đoàn, tụi nó hỏi đại hội đảng các cấp nhiệm kỳ này xong hết chưa ☕',
    'ket-qua',
  ],
  [
    'offword',
    'Con gái tôi thi học kỳ nên tối nay tôi rảnh: bot cho xem danh sách các văn bản về đại hội nhiệm kỳ 2025 - 2030',
    'tai-lieu',
  ],

  // Two questions in one.
  [
    'two-part',
    'Đại hội chi bộ gồm những nội dung gì, và cấp ủy trình đại hội những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Khi nào chi bộ trực thuộc phải đại hội, và đại hội điểm làm vào lúc nào?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Chuẩn bị đại hội cần những tổ gì, và chọn nhân sự cấp ủy theo tiêu chuẩn nào?',
    'chuan-bi+nhan-su',
  ],
  [
    'two-part',
    'What changed after the October 2024 conference, and when was the 14th National Congress held?',
    'thay-doi+dai-hoi-xiv',
  ],
  [
    'two-part',
    'chinh quyen 2 cap chay tu bao gio, con chi bo 5 nam dai hoi 1 lan la sao?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Chỉ thị 35 năm 2024 có mấy phần, và tổ chức đại hội phải theo nguyên tắc gì?',
    'chi-thi-35+nguyen-tac',
  ],
  [
    'two-part',
    'Đại hội các cấp nhiệm kỳ này có kết quả thế nào, và đại hội toàn quốc lần thứ XIV họp khi nào?',
    'ket-qua+dai-hoi-xiv',
  ],
  ['two-part', 'Báo cáo kiểm điểm phải viết ra sao, còn đại hội bầu những gì?', 'van-kien+noi-dung'],
  [
    'two-part',
    'How were the district-level grassroots congresses tied to the 27th district congress, and what happened to districts in July 2025?',
    'dai-hoi-quan+chinh-quyen-2-cap',
  ],
  ['two-part', 'dh diem lam thang may, con nhan su cap uy chon theo qd nao a 🙆', 'dai-hoi-diem+nhan-su'],
  [
    'two-part',
    'Bot liệt kê giúp các văn bản về đại hội, rồi cho biết từ hội nghị 23/10/2024 đến nay có gì thay đổi?',
    'tai-lieu+thay-doi',
  ],
  [
    'two-part',
    'Nguyên tắc tổ chức đại hội là gì, và trước đại hội đảng bộ phải chuẩn bị những việc gì?',
    'nguyen-tac+chuan-bi',
  ],

  // Per unit type.
  [
    'unit',
    'Chi bộ Khoa Nội là chi bộ trực thuộc đảng ủy bệnh viện thì đại hội bắt đầu và xong khi nào?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng bộ cơ sở công ty may đại hội sau khi các chi bộ phân xưởng xong, vậy mốc thời gian là bao giờ?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở của tòa soạn báo phải hoàn thành đại hội trước ngày nào?', 'lich-trinh'],
  ['unit', 'chi bo co so khu dan cu dai hoi thang may vay bot', 'lich-trinh'],
  ['unit', 'When did a party cell under a grassroots committee have to finish its congress?', 'lich-trinh'],
  ['unit', 'Đảng bộ cơ sở chọn chi bộ trực thuộc nào để làm đại hội điểm, trong tháng nào?', 'dai-hoi-diem'],
  ['unit', 'Chi bộ trực thuộc tổ chức đại hội thì phải làm những nội dung gì?', 'noi-dung'],
  ['unit', 'Đại hội đảng viên hoặc đại hội đại biểu đảng bộ cơ sở tiến hành từ tháng mấy?', 'lich-trinh'],
  [
    'unit',
    'A grassroots party cell (chi bộ cơ sở): which reports does its committee put before the congress?',
    'van-kien',
  ],
  ['unit', 'cbcs 🏪 cho cho e hoi dai hoi xong truoc 30/6 dung ko', 'lich-trinh'],

  // Typos, no diacritics, abbreviations.
  ['typo', 'dai hoi chi bo khoa duoc minh phai lam nhung noi dug gi a', 'noi-dung'],
  ['typo', 'bao cao chinh tri va bao cao kiem diem cua cap uy phai nhu the nao', 'van-kien'],
  ['typo', 'ĐH CB trực thuộc ĐU cơ sở làm từ t1 đến t3/2025 đúng k', 'lich-trinh'],
  ['typo', 'to nhan su, to van kien, to to chuc phuc vu dh thanh lap ntn', 'chuan-bi'],
  ['typo', 'nguyen tac tap trung dan chu khi to chuc dai hoi, chong lang phi tieu cuc', 'nguyen-tac'],
  ['typo', 'đại hội điễm cuả BTV quận ủy chọn những đơn vị nào', 'dai-hoi-diem'],
  ['typo', 'chon nhan su cap uy khoa moi can can cu nhung van ban nao', 'nhan-su'],
  ['typo', 'dh dang bo quan hai ba trung lan thu 27 to chuc theo ke hoach nao', 'dai-hoi-quan'],
  ['typo', 'chi thi 35 nam 2024 co bao nhieu phan, bao nhieu phu luc vay', 'chi-thi-35'],
  ['typo', 'chinh quyen dia phuong hai cap bat dau tu ngay nao, cap huyen bo r ha', 'chinh-quyen-2-cap'],
  ['typo', 'dai hoi chi bo 5 nam 1 lan thi diem tu bao h', 'chi-bo-5-nam'],
  ['typo', 'DHXIV hop ngay nao z 🇻🇳', 'dai-hoi-xiv'],
  ['typo', 'ket qua dh dang bo cac cap nk 2025-2030 the nao roi', 'ket-qua'],
  ['typo', 'tư 23/10/2024 đến nay có nhưng thay đổi gi vê văn bản đại hôi', 'thay-doi'],

  // English.
  ['en', 'What items must a grassroots party congress cover in the 2025-2030 term?', 'noi-dung'],
  ['en', 'Which two main reports does a party committee submit to its congress?', 'van-kien'],
  ['en', 'How were grassroots party organisations instructed to prepare their congresses?', 'chuan-bi'],
  [
    'en',
    'What principles governed the organisation of the congresses, e.g. democratic centralism?',
    'nguyen-tac',
  ],
  [
    'en',
    'For my timeline figure: in what sequence did cells and grassroots committees hold their 2025 congresses?',
    'lich-trinh',
  ],
  ['en', 'How did the pilot congresses work before the main round?', 'dai-hoi-diem'],
  ['en', 'Which regulations guided the selection of new committee members?', 'nhan-su'],
  [
    'en',
    'Toward which district congress were the Hai Ba Trung grassroots congresses organised?',
    'dai-hoi-quan',
  ],
  [
    'en',
    'What does the 2024 directive on congresses contain: parts, appendices, requirements?',
    'chi-thi-35',
  ],
  ['en', 'How has the framework for the congresses changed since October 2024?', 'thay-doi'],
  [
    'en',
    'When did the two-tier local government model come in and what happened to districts?',
    'chinh-quyen-2-cap',
  ],
  ['en', 'How often do party cells now hold congresses under the pilot?', 'chi-bo-5-nam'],
  [
    'en',
    'For my thesis chronology, on which dates in 2026 did the CPV hold its 14th National Congress?',
    'dai-hoi-xiv',
  ],
  ['en', 'Have the 2025-2030 congresses at all levels been completed, and with what outcome?', 'ket-qua'],

  // Facts from FACTS.md.
  ['fact', 'Chỉ thị mới của Bộ Chính trị năm 2025 về đại hội đã thay thế những văn bản nào?', 'thay-doi'],
  [
    'fact',
    'Tại Hà Nội có bao nhiêu đảng bộ cấp huyện kết thúc hoạt động ngày 1/7/2025?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Theo Điều lệ Đảng cũ thì chi bộ khu dân cư của cô phải đại hội mấy lần trong 5 năm?',
    'chi-bo-5-nam',
  ],
  [
    'fact',
    'Báo cần ghi đúng mốc: Đại hội XIV của Đảng khai mạc và bế mạc vào những ngày nào?',
    'dai-hoi-xiv',
  ],
  ['fact', 'Quy định về tiêu chuẩn cán bộ năm 2017 đã được thay bằng quy định nào, từ ngày nào?', 'thay-doi'],
  ['fact', 'Chỉ thị về đại hội năm 2024 có mấy phụ lục, gồm những phụ lục gì?', 'chi-thi-35'],
  ['fact', 'Chỉ thị về đại hội năm 2024 nêu bao nhiêu yêu cầu, tóm tắt giúp?', 'chi-thi-35'],
  [
    'fact',
    'Bộ Chính trị, Ban Bí thư đánh giá thế nào về đại hội các cấp trong kết luận tháng 10/2025?',
    'ket-qua',
  ],
  ['fact', 'Sau đại hội, kết luận của Trung ương yêu cầu các cấp ủy tiếp tục làm gì?', 'ket-qua'],
  [
    'fact',
    'Bệnh viện tôi trước trực thuộc huyện, vậy cấp huyện chính thức không còn từ ngày nào?',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'Which body guided the 2024 directive on congresses, and with what guidance?', 'chi-thi-35'],
  ['fact', 'Kết luận tháng 1/2025 sửa đổi chỉ thị về đại hội, sau đó bị thay thế khi nào?', 'thay-doi'],
  ['fact', 'thí điểm chi bộ 5 năm mới đại hội 1 lần áp dụng từ ngày nào v ạ 📅', 'chi-bo-5-nam'],
  [
    'fact',
    'Did the 2025 congress round stay on its planned schedule, according to the Politburo?',
    'ket-qua',
  ],

  // Lookalikes: the hospital cell's secretary.
  ['lookalike', 'Hội nghị viên chức, người lao động bệnh viện năm 2026 cần chuẩn bị những báo cáo gì?', null],
  ['lookalike', 'Đại hội Hội Điều dưỡng tỉnh nhiệm kỳ mới tổ chức ở đâu, ai được dự?', null],
  ['lookalike', 'Lịch trực Tết Bính Ngọ của khoa Hồi sức do ai duyệt?', null],
  ['lookalike', 'Thủ tục gia hạn chứng chỉ hành nghề khám bệnh cho bác sĩ năm 2026 thế nào?', null],
  ['lookalike', 'Bảo hiểm y tế có thanh toán thuốc điều trị ung thư nhắm trúng đích không?', null],
  ['lookalike', 'Chi bộ khoa muốn tổ chức tặng quà bệnh nhân nghèo dịp 3/2 thì lấy kinh phí ở đâu?', null],
  ['lookalike', 'Hội nghị tổng kết công tác khám chữa bệnh cuối năm nên mời những ai phát biểu?', null],
  [
    'lookalike',
    'Bệnh viện huyện sau sáp nhập đổi tên thành trung tâm y tế khu vực thì con dấu mới làm ở đâu?',
    null,
  ],
  [
    'lookalike',
    'Đảng viên là bác sĩ đi học chuyên khoa II ở Hà Nội 2 năm thì sinh hoạt đảng tạm thời thế nào?',
    null,
  ],
  ['lookalike', 'Phụ cấp chống dịch, phụ cấp ưu đãi nghề y năm 2026 tăng lên bao nhiêu phần trăm?', null],
  // The garment factory's deputy secretary.
  [
    'lookalike',
    'Đại hội công đoàn cơ sở công ty may nhiệm kỳ 2026-2031 bầu bao nhiêu ủy viên ban chấp hành?',
    null,
  ],
  ['lookalike', 'Hội nghị đối thoại định kỳ giữa ban giám đốc và công nhân phải làm mấy lần một năm?', null],
  ['lookalike', 'Lương tối thiểu vùng II năm 2026 là bao nhiêu một tháng?', null],
  ['lookalike', 'Công nhân tăng ca quá 300 giờ một năm có vi phạm luật không?', null],
  ['lookalike', 'Đơn hàng xuất sang Mỹ bị áp thuế đối ứng thì xưởng có được giảm giờ làm không?', null],
  ['lookalike', 'Thủ tục kết nạp công nhân ưu tú vào Đảng cần những giấy tờ gì?', null],
  ['lookalike', 'Đại hội Đoàn thanh niên công ty may năm nay có phải bầu trực tiếp bí thư đoàn không?', null],
  ['lookalike', 'Hội chợ hàng dệt may quốc tế ở Sài Gòn năm 2026 tổ chức tháng mấy?', null],
  ['lookalike', 'Đảng phí của đảng viên làm công nhân tính trên lương cơ bản hay tổng thu nhập?', null],
  ['lookalike', 'Công ty FDI có bắt buộc thành lập tổ chức đảng không, thủ tục ra sao?', null],
  // The foreign PhD student.
  [
    'lookalike',
    'How does the Vietnamese party congress compare with the Chinese Communist Party congress of 2022?',
    null,
  ],
  ['lookalike', 'Who are the current members of the Politburo after the 14th Congress?', null],
  ['lookalike', 'Where can a foreign researcher request access to the National Archives Centre III?', null],
  ['lookalike', 'Can you help me extend my student visa (DH type) in Hanoi?', null],
  [
    'lookalike',
    "What was the vote share of the Lao People's Revolutionary Party leadership at its last congress?",
    null,
  ],
  ['lookalike', 'How do I arrange an interview with a ward party secretary for my fieldwork?', null],
  ['lookalike', 'When is the next election of deputies to the National Assembly of Vietnam?', null],
  ['lookalike', 'Which journals publish peer-reviewed work on Vietnamese elite politics?', null],
  ['lookalike', 'What dataset or language model powers this bot, and is the code open source?', null],
  ['lookalike', 'What was discussed at the Central Committee plenum on the economy last month?', null],
  // The market trader in a residential cell.
  ['lookalike', 'Đại hội tiểu thương chợ Đồng Xuân bầu ban quản lý chợ khi nào?', null],
  ['lookalike', 'Tiền thuê ki-ốt ở chợ phường năm 2026 tăng lên bao nhiêu một mét vuông?', null],
  ['lookalike', 'Bỏ thuế khoán hộ kinh doanh thì tôi bán rau có phải xuất hóa đơn điện tử không?', null],
  ['lookalike', 'Chi hội phụ nữ tổ dân phố họp cuối năm có thu quỹ không cô?', null],
  ['lookalike', 'Giá vàng miếng hôm nay mua vào bán ra bao nhiêu?', null],
  ['lookalike', 'Họp tổ dân phố bàn việc làm lại đường ngõ thì mỗi hộ góp bao nhiêu?', null],
  ['lookalike', 'Rằm tháng Giêng năm nay là ngày bao nhiêu dương lịch?', null],
  ['lookalike', 'Đảng viên già yếu ở khu dân cư có được miễn đóng đảng phí không?', null],
  [
    'lookalike',
    'Hội nghị khách hàng của ngân hàng chính sách xã hội ở phường có cho vay tiểu thương không?',
    null,
  ],
  ['lookalike', 'Làm lại căn cước bị mất ở phường mới thì mang theo giấy tờ gì?', null],
  // The newspaper's cell secretary.
  ['lookalike', 'Đại hội Hội Nhà báo Việt Nam lần thứ XII dự kiến tổ chức năm nào?', null],
  ['lookalike', 'Giải Búa liềm vàng năm nay nhận bài dự thi đến hạn nào?', null],
  ['lookalike', 'Thẻ nhà báo kỳ hạn 2026-2030 cấp đổi cần những hồ sơ gì?', null],
  ['lookalike', 'Sau sắp xếp cơ quan báo chí, tòa soạn sáp nhập thì chi bộ có phải giải thể không?', null],
  ['lookalike', 'Nhuận bút tin ảnh đưa về đại hội Đảng bộ tỉnh tính theo khung nào?', null],
  ['lookalike', 'Hội nghị báo chí toàn quốc tổng kết năm thường diễn ra vào tháng mấy?', null],
  ['lookalike', 'Dùng ảnh của TTXVN đưa tin đại hội mà không xin phép có vi phạm bản quyền không?', null],
  [
    'lookalike',
    'Phóng viên thường trú muốn chuyển sinh hoạt đảng về chi bộ văn phòng đại diện thì làm sao?',
    null,
  ],
  [
    'lookalike',
    'Chi bộ tòa soạn làm nghị quyết chuyên đề về chuyển đổi số báo chí thì viết theo mẫu nào?',
    null,
  ],
  // The young member.
  ['lookalike', 'đại hội cosplay anime ở Hà Nội cuối tuần này vé bn tiền v 🎌', null],
  ['lookalike', 'đại hội võ lâm trong game bang mình tổ chức tối nay mấy h ad 😂', null],
  ['lookalike', 'app Sổ tay đảng viên cứ báo lỗi đăng nhập, fix sao z 😭', null],
  ['lookalike', 'hiến máu nhân đạo ở chi đoàn cuối tuần đăng ký link nào ạ 🩸', null],
  ['lookalike', 'lớp bồi dưỡng lý luận chính trị cho đảng viên mới học mấy buổi, có thi ko 📚', null],
  ['lookalike', 'ad ơi đảng viên dự bị bao lâu thì được công nhận chính thức ạ 🥺', null],
  ['lookalike', 'đi du lịch nước ngoài là đảng viên có phải xin phép chi bộ ko 🛫', null],
  ['lookalike', 'hội nghị thượng đỉnh AI ở Đà Nẵng tháng sau có cho sinh viên vào ko 🤖', null],
  ['lookalike', 'bot có biết quán bún chả nào gần trụ sở phường ngon ko 🍜', null],
  ['lookalike', 'bot có phải người thật ko hay là AI v, nói chuyện chút đi 😜', null],
];

export const NEWSET43: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
