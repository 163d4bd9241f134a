/**
 * The fourteenth new evaluation set (issue 11, point 6), written on 2026-12-02 from 16:27 UTC
 * (committed in the commit "Eval: newset14, the fourteenth unseen set") by a helper (set14) that
 * had not seen the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from config/dh-2025-2030.yaml only the documents' ids, numbers, dates,
 * titles/abouts, issuers and statuses, the unit types' codes and names, and each topic's id, title
 * and body, printed by a small script that parsed the YAML and printed nothing else (no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset13.ts (its first 27 lines, before its import line) and its export line, the header, types,
 * `judge` and `describe` of newset.ts, newset13.test.ts, set-shape.ts, set-checks.ts and sets.ts.
 * Nothing under src/ or bench/, no README, no git log, diff or show, nothing of newset12.ts, and no
 * other set's items were read. Its users are imagined anew: retired members of residential cells,
 * young secretaries typing fast on phones without diacritics, office cells in hospitals, banks,
 * civil offices and universities, a journalist, a foreign researcher writing English and
 * organisation-board staff.
 *
 * It was committed BEFORE the next engine change, without running any of its questions through
 * the engine, the bot or the bench; only its shape test (newset14.test.ts), biome and tsc ran.
 * The engine changes after it (main 9bbc47f to 2a692f5: function words, "'s", who holds a post,
 * the five-year pilot's English title, two-part cuts, places taken out without a pair across them
 * …) were made without its writer seeing them, and without this set being run. It was measured
 * once on the engine as it stood then, at 16:48 UTC on main 2a692f5 (`node --expose-gc
 * dist/bench/qa.js`, load 2.21): qa_new_top1 98.1 %, qa_new_oos_refused 98.2 % (3 in-scope misses,
 * 1 lookalike answered). Its misses were listed after that run, and it is a development set since.
 * Do not edit an item after its commit, except to fix an expectation that is factually wrong
 * (against the sources), in its own commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open were left out, not guessed.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // doc: every pack document by its number, in several spellings
  [
    'doc',
    'Chỉ thị 35-CT/TW năm 2024 của Bộ Chính trị bây giờ còn hiệu lực không hay đã bị thay?',
    'doc:ct-35-2024',
  ],
  ['doc', 'ct35 nam 2024 bi thay bang van ban nao vay bn', 'doc:ct-35-2024'],
  ['doc', 'Directive 35 of June 2024 — which body issued it and is it still valid?', 'doc:ct-35-2024'],
  ['doc', 'cụ hỏi: cái CT số 35 ra tháng 6 năm 2024 tên đầy đủ là gì hả cháu', 'doc:ct-35-2024'],
  ['doc', 'Chỉ thị 35-CT/TW ngày 30/5/2019 hướng tới Đại hội XIII nói về việc gì?', 'doc:ct-35-2019'],
  ['doc', 'ct 35 năm 2019 (nhiệm kỳ trước) ai ban hành, còn áp dụng ko', 'doc:ct-35-2019'],
  ['doc', 'The 2019 Directive No. 35 toward the 13th Congress: what was it about?', 'doc:ct-35-2019'],
  ['doc', 'Kết luận 118-KL/TW ra ngày nào, giờ còn dùng được không?', 'doc:kl-118-2025'],
  ['doc', 'KL 118 điều chỉnh những gì của chỉ thị về đại hội vậy', 'doc:kl-118-2025'],
  ['doc', 'kl118 do co quan nao ban hanh a', 'doc:kl-118-2025'],
  ['doc', 'Conclusion 118 of January 2025: what replaced it?', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị 45-CT/TW ban hành ngày tháng năm nào, của cơ quan nào?', 'doc:ct-45-2025'],
  ['doc', 'ct45 noi ve j the ad', 'doc:ct-45-2025'],
  ['doc', 'Đồng chí cho hỏi CT 45 của Bộ Chính trị hiện nay tình trạng ra sao?', 'doc:ct-45-2025'],
  ['doc', 'Is Directive No.45 the one that replaced the earlier congress directive?', 'doc:ct-45-2025'],
  ['doc', 'Kết luận 200-KL/TW ngày 17/10/2025 kết luận về vấn đề gì?', 'doc:kl-200-2025'],
  ['doc', 'KL200 của BCT và Ban Bí thư ra hôm nào', 'doc:kl-200-2025'],
  ['doc', 'phóng viên hỏi: kết luận số 200 về kết quả đại hội các cấp do ai ký ban hành?', 'doc:kl-200-2025'],
  ['doc', 'Conclusion 200-KL/TW: who issued it, and on what date?', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW năm 2024 hướng dẫn cái gì?', 'doc:hd-27-2024'],
  ['doc', 'HD 27 của Ban Tổ chức Trung ương ban hành ngày nào', 'doc:hd-27-2024'],
  ['doc', 'hd27 btctw con hieu luc k', 'doc:hd-27-2024'],
  ['doc', 'Guidance 27 from the Central Organisation Commission, what is its date?', 'doc:hd-27-2024'],
  ['doc', 'Hướng dẫn 18-HD/BTCTU của Ban Tổ chức Thành ủy nói về nội dung gì?', 'doc:hd-18-2024'],
  ['doc', 'HD số 18 của BTC thành ủy Hà Nội ban hành hôm nào thế', 'doc:hd-18-2024'],
  ['doc', 'hd18 btctu ai ky', 'doc:hd-18-2024'],
  ['doc', 'the Hanoi guideline 18 on the directive, when was it issued?', 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch 258-KH/TU của Thành ủy ngày bao nhiêu?', 'doc:kh-258-2024'],
  ['doc', 'KH 258 thành ủy còn hiệu lực không ạ', 'doc:kh-258-2024'],
  ['doc', 'kh258 la cua co quan nao ban hanh', 'doc:kh-258-2024'],
  ['doc', 'Plan 258 of the Hanoi Party Committee: date and status?', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch số 203-KH/QU của Quận ủy Hai Bà Trưng có tên là gì?', 'doc:kh-203-2024'],
  ['doc', 'KH203 quận ủy ban hành ngày nào vậy đc', 'doc:kh-203-2024'],
  [
    'doc',
    'mấy bác trong tổ dân phố hỏi kế hoạch 203 của quận bây giờ bỏ quận rồi thì sao',
    'doc:kh-203-2024',
  ],
  ['doc', 'Plan No. 203 of the district committee — what is it about?', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 do Trung ương khóa mấy ban hành?', 'doc:nq-26-2018'],
  ['doc', 'NQ 26 năm 2018 về cán bộ ban hành ngày nào', 'doc:nq-26-2018'],
  ['doc', 'nq26 2018 con hieu luc ko', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26 of May 2018 by the Central Committee: what is its status?', 'doc:nq-26-2018'],
  ['doc', 'Quy định 89-QĐ/TW về tiêu chuẩn cán bộ đã bị thay thế chưa?', 'doc:qd-89-2017'],
  ['doc', 'QĐ 89 năm 2017 giờ thay bằng quy định nào rồi', 'doc:qd-89-2017'],
  ['doc', 'qd89 ban hanh ngay nao vay ae', 'doc:qd-89-2017'],
  ['doc', 'Regulation 89 of 2017 on cadre standards — still in force?', 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365-QĐ/TW ban hành ngày nào, về nội dung gì?', 'doc:qd-365-2025'],
  ['doc', 'QD 365 cua bo chinh tri thay cho cai nao', 'doc:qd-365-2025'],
  ['doc', 'qđ365 tình trạng hiện nay thế nào ạ', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365 on standards for cadre positions: issuer?', 'doc:qd-365-2025'],
  ['doc', 'Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy về tiêu chí gì?', 'doc:qd-14-2023'],
  ['doc', 'QĐ 14 của thành ủy năm 2023 ban hành ngày nào', 'doc:qd-14-2023'],
  ['doc', 'qd14 tu con hieu luc k ad', 'doc:qd-14-2023'],
  ['doc', 'Regulation 14-QĐ/TU of the Hanoi Standing Board, what date?', 'doc:qd-14-2023'],
  ['doc', 'Quy định 2656-QĐ/QU của Ban Thường vụ Quận ủy nói về gì?', 'doc:qd-2656-2023'],
  ['doc', 'QĐ 2656 ngày bao nhiêu tháng 11/2023', 'doc:qd-2656-2023'],
  ['doc', 'qd2656 ai ban hanh vay', 'doc:qd-2656-2023'],
  ['doc', 'Regulation 2656 of the Hai Ba Trung district board: status?', 'doc:qd-2656-2023'],
  ['doc', 'Quy định 1216-QĐ/QU về quy hoạch cán bộ ban hành khi nào?', 'doc:qd-1216-2022'],
  ['doc', 'QD 1216 cua quan uy con hieu luc ko', 'doc:qd-1216-2022'],
  ['doc', 'cho hỏi quy định số 1216 năm 2022 của quận là về việc gì', 'doc:qd-1216-2022'],
  ['doc', 'Regulation No 1216 on cadre planning, who issued it?', 'doc:qd-1216-2022'],
  ['doc', 'Quy định 294-QĐ/TW có hiệu lực từ ngày nào, nói về gì?', 'doc:qd-294-2025'],
  ['doc', 'QĐ 294 thí điểm đại hội chi bộ do ai ban hành', 'doc:qd-294-2025'],
  ['doc', 'qd294 ngay ban hanh la ngay nao', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294 on five-yearly cell congresses — its date and status?', 'doc:qd-294-2025'],
  [
    'doc',
    'Hướng dẫn 26-HD/BTCTW tháng 10/2019 là hướng dẫn cho chỉ thị của nhiệm kỳ nào vậy?',
    'doc:hd-26-2019',
  ],
  ['doc', 'HD 26 của năm 2019 (nhiệm kỳ trước) ngày mấy', 'doc:hd-26-2019'],
  ['doc', 'hd26 2019 con dung cho dh nhiem ky nay ko', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26 of October 2019: what did it guide?', 'doc:hd-26-2019'],

  // unknown-doc: documents the pack does not hold
  ['unknown-doc', 'Chỉ thị 50-CT/TW ban hành ngày nào vậy?', 'unknown-doc'],
  ['unknown-doc', 'nghị quyết 57-NQ/TW về khoa học công nghệ có quy định gì về đại hội ko', 'unknown-doc'],
  ['unknown-doc', 'Quy định 232-QĐ/TW thi hành Điều lệ nói gì về đại hội chi bộ?', 'unknown-doc'],
  ['unknown-doc', 'kết luận 150-KL/TW của Bộ Chính trị còn hiệu lực ko', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 31-HD/BTCTW ngày bao nhiêu', 'unknown-doc'],
  ['unknown-doc', 'kh 300-KH/TU của thành ủy về đại hội có không', 'unknown-doc'],
  ['unknown-doc', 'Directive 41-CT/TW, what is it about?', 'unknown-doc'],
  ['unknown-doc', 'Regulation 96-QĐ/TW on confidence votes: is it in your sources?', 'unknown-doc'],
  ['unknown-doc', 'Nghị định 33/2023/NĐ-CP về cán bộ cấp xã quy định gì', 'unknown-doc'],
  ['unknown-doc', 'quyết định 1130-QĐ/TW do ai ký', 'unknown-doc'],
  ['unknown-doc', 'hd 08-HD/BTCTU của ban tổ chức thành ủy hướng dẫn gì', 'unknown-doc'],
  ['unknown-doc', 'Công văn số 1567-CV/QU của quận ủy về đại hội điểm', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 39 của Ban Bí thư ra năm nào', 'unknown-doc'],
  ['unknown-doc', 'kế hoạch 77-KH/ĐU của đảng ủy phường về đại hội chi bộ', 'unknown-doc'],

  // offword: in scope, with everyday or other-organisation words
  [
    'offword',
    'Khoa Hồi sức bệnh viện chúng tôi trực ca liên tục, hội nghị quán triệt văn bản đại hội có làm online kết hợp được không?',
    'chuan-bi',
  ],
  [
    'offword',
    'chi bộ phòng giao dịch ngân hàng tụi mình đại hội có nên tổ chức liên hoan hoành tráng ko',
    'nguyen-tac',
  ],
  ['offword', 'Hội phụ nữ phường nhờ chi bộ hỏi giúp: đại hội chi bộ thì phải bầu những gì?', 'noi-dung'],
  [
    'offword',
    'Ở trường đại học, chi bộ bộ môn viết báo cáo kiểm điểm của cấp ủy có cần tự phê bình không?',
    'van-kien',
  ],
  [
    'offword',
    'Đoàn thanh niên cơ quan thắc mắc: tổ văn kiện, tổ nhân sự của đại hội đảng lập ra để làm gì?',
    'chuan-bi',
  ],
  [
    'offword',
    'chi bộ tổ dân phố toàn các cụ hưu trí, đại hội thì nội dung chính gồm những mục nào',
    'noi-dung',
  ],
  [
    'offword',
    'Tòa soạn chúng tôi viết bài tổng kết: đại hội đảng các cấp nhiệm kỳ 2025-2030 kết quả ra sao?',
    'ket-qua',
  ],
  [
    'offword',
    'chi bộ văn phòng tiếp công dân, đại hội phải giữ nguyên tắc tập trung dân chủ thế nào',
    'nguyen-tac',
  ],
  [
    'offword',
    'Hội cựu chiến binh khu phố hỏi hộ: chi bộ khu dân cư giờ đại hội 5 năm một lần phải không?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'bệnh viện đa khoa có đảng bộ, cấp ủy khóa mới giới thiệu nhân sự dựa theo những quy định nào',
    'nhan-su',
  ],
  [
    'offword',
    'công đoàn đang họp, tranh thủ hỏi: báo cáo chính trị trình đại hội chi bộ yêu cầu những gì',
    'van-kien',
  ],
  [
    'offword',
    'chi nhánh ngân hàng vừa sáp nhập, còn bên đảng thì bỏ cấp quận rồi đảng bộ quận còn ko',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Sát Tết ai cũng bận, xin hỏi đại hội điểm ở chi bộ trực thuộc phải làm trong tháng nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Quán nước đầu ngõ các ông hay bàn: đợt đại hội đảng nhiệm kỳ này đã kết thúc hết chưa?',
    'ket-qua',
  ],
  [
    'offword',
    'hội người cao tuổi nhờ hỏi: về đại hội đảng thì bot đang dựa vào những văn bản nào',
    'tai-lieu',
  ],
  [
    'offword',
    'Giảng viên khoa Luật hỏi: Đại hội XIV của Đảng họp trong mấy ngày, từ ngày nào?',
    'dai-hoi-xiv',
  ],

  // two-part: two topics in one message
  ['two-part', 'đh gồm mấy nội dung, với lại báo cáo trình đh là những báo cáo nào', 'noi-dung+van-kien'],
  [
    'two-part',
    'Cho hỏi thời gian đại hội của chi bộ trực thuộc, và đại hội điểm thì làm lúc nào?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Nhân sự cấp ủy mới chọn theo tiêu chuẩn gì? Còn nguyên tắc khi tổ chức đại hội là gì?',
    'nhan-su+nguyen-tac',
  ],
  [
    'two-part',
    'Đại hội XIV họp ngày nào, và đại hội các cấp nhiệm kỳ này đã xong chưa?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Chính quyền 2 cấp chạy từ bao giờ; còn chi bộ bây giờ mấy năm đại hội một lần?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  ['two-part', 'can lap nhung to nao de chuan bi dh, va bc chinh tri phai viet ntn', 'chuan-bi+van-kien'],
  [
    'two-part',
    'What are the four items of a congress, and what has changed since the October 2024 conference?',
    'noi-dung+thay-doi',
  ],
  [
    'two-part',
    'Chỉ thị về đại hội năm 2024 có mấy phần mấy phụ lục? Và đại hội bầu những gì?',
    'chi-thi-35+noi-dung',
  ],
  [
    'two-part',
    'quận Hai Bà Trưng đại hội lần thứ mấy, và đại hội điểm do ai lựa chọn',
    'dai-hoi-quan+dai-hoi-diem',
  ],
  [
    'two-part',
    'đh có phải chống lãng phí, ko phô trương ko, và trước đh cần rà soát những việc gì',
    'nguyen-tac+chuan-bi',
  ],
  [
    'two-part',
    'Please list the documents you rely on, and also tell me the results of the congresses.',
    'tai-lieu+ket-qua',
  ],

  // unit: asked per unit type
  ['unit', 'chi bộ trực thuộc đảng ủy cơ sở phải đại hội xong trong tháng mấy năm 2025', 'lich-trinh'],
  ['unit', 'Chúng tôi là chi bộ cơ sở của một trường mầm non, thời hạn đại hội là khi nào?', 'lich-trinh'],
  [
    'unit',
    'đảng bộ cơ sở phường thì đại hội sau khi các chi bộ trực thuộc xong đúng ko, bắt đầu từ tháng mấy',
    'lich-trinh',
  ],
  ['unit', 'đảng bộ cơ sở chọn mấy chi bộ trực thuộc để làm đại hội điểm', 'dai-hoi-diem'],
  ['unit', 'chi bộ cơ sở trình đại hội những báo cáo gì ạ', 'van-kien'],
  ['unit', 'đại hội chi bộ trực thuộc có bầu đoàn đại biểu đi dự đại hội cấp trên ko', 'noi-dung'],
  ['unit', 'đảng bộ khối hành chính sự nghiệp được chọn làm đại hội điểm vào thời điểm nào', 'dai-hoi-diem'],
  ['unit', 'chi bộ trực thuộc của chúng tôi từ nay mấy năm mới đại hội một lần?', 'chi-bo-5-nam'],
  ['unit', 'A grassroots party committee: which teams does it set up before its congress?', 'chuan-bi'],
  ['unit', 'đảng bộ cơ sở chuẩn bị nhân sự cấp ủy khóa mới căn cứ những quy định nào', 'nhan-su'],

  // typo: misspelt, no diacritics, shorthand
  ['typo', 'dai hoi chi bo gom nhung nd j vay ad', 'noi-dung'],
  ['typo', 'bc chinh tri phai danh gia ntn moi dung', 'van-kien'],
  ['typo', 'chuan bi dh can lap nhung to nao z bn', 'chuan-bi'],
  ['typo', 'nguyen tac tap trung dan chu khi to chuc dh la j', 'nguyen-tac'],
  ['typo', 'cb truc thuoc dh tu thang may den thang may vay', 'lich-trinh'],
  ['typo', 'dh diem o phuong lam vao luc nao z ae', 'dai-hoi-diem'],
  ['typo', 'nhan su cap uy khoa moi theo tieu chuan j ak', 'nhan-su'],
  ['typo', 'dh dang bo quan hbt lan thu bao nhieu the', 'dai-hoi-quan'],
  ['typo', 'chi thi ve dh nam 2024 co may phan may phu luc vay', 'chi-thi-35'],
  ['typo', 'co gi thay doi tu sau hoi nghi quan triet thang 10/2024 ko ạ', 'thay-doi'],
  ['typo', 'bo cap huyen tu ngay nao vay mn', 'chinh-quyen-2-cap'],
  ['typo', 'cb dh 5 nam 1 lan thi diem dung k ad', 'chi-bo-5-nam'],
  ['typo', 'dai hoi xiv cua dang hop ngay nao dc ko', 'dai-hoi-xiv'],
  ['typo', 'ds van ban bot dua vao la j the', 'tai-lieu'],
  ['typo', 'ket qua dh cac cap nk 2025-2030 the nao r', 'ket-qua'],
  ['typo', 'bầu cữ ban chấp hàng khóa mới tại đại hôi chi bộ', 'noi-dung'],
  ['typo', 'bão cáo kiễm điểm của cấp uỷ cần nhửng ju cầu gì', 'van-kien'],

  // en: English, some of it non-native
  ['en', 'Please what is the four content of congress of party cell in new term?', 'noi-dung'],
  ['en', 'Which reports the committee must to submit to the congress?', 'van-kien'],
  ['en', 'When the cells under grassroots committee must finish their congress?', 'lich-trinh'],
  ['en', 'is it true party cell now make congress only one time per 5 years?', 'chi-bo-5-nam'],
  [
    'en',
    'On which dates exactly was the 14th National Congress of the Vietnamese party held?',
    'dai-hoi-xiv',
  ],
  [
    'en',
    'Are the 2025–2030 congresses at all levels already finished, according to the Politburo?',
    'ket-qua',
  ],
  [
    'en',
    'I am a researcher from Germany. Since when has the district level disappeared in local government?',
    'chinh-quyen-2-cap',
  ],
  ['en', 'What principles must a congress follow, democratic centralism and so on?', 'nguyen-tac'],
  ['en', 'pilot congress in December 2024 — who choose which cell do it?', 'dai-hoi-diem'],
  ['en', 'criteria for selecting the new committee members, which regulations apply?', 'nhan-su'],
  ['en', 'Which congress number is the Hai Ba Trung district holding this term?', 'dai-hoi-quan'],
  ['en', 'what changed after the dissemination conference in Oct 2024?', 'thay-doi'],
  ['en', 'How do I apply for a Vietnamese business visa?', null],
  ['en', 'What is the weather like in Hanoi tomorrow morning?', null],

  // fact: facts from FACTS.md
  ['fact', 'Đại hội đại biểu toàn quốc lần thứ XIV bế mạc ngày nào?', 'dai-hoi-xiv'],
  [
    'fact',
    'mô hình chính quyền địa phương hai cấp chính thức đi vào vận hành từ ngày tháng năm nào vậy',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Lúc bỏ cấp huyện, Hà Nội có tất cả bao nhiêu đảng bộ quận, huyện, thị xã dừng hoạt động?',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'thí điểm đại hội chi bộ mấy năm một lần, có hiệu lực từ khi nào', 'chi-bo-5-nam'],
  [
    'fact',
    'Hồi chưa thí điểm thì Điều lệ bắt chi bộ đại hội bao nhiêu lần trong một nhiệm kỳ 5 năm?',
    'chi-bo-5-nam',
  ],
  ['fact', 'Bộ Chính trị đã kết luận gì về kết quả đại hội đảng bộ các cấp nhiệm kỳ này?', 'ket-qua'],
  ['fact', 'chỉ thị về đại hội ban hành hồi tháng 6/2024 có mấy phụ lục, là những phụ lục gì', 'chi-thi-35'],
  ['fact', '7 yêu cầu của chỉ thị đại hội năm 2024 tóm tắt là gì', 'chi-thi-35'],
  ['fact', 'Kể từ hội nghị quán triệt tháng 10/2024 đến nay có những văn bản nào thay đổi?', 'thay-doi'],
  [
    'fact',
    'sau khi bỏ cấp huyện thì ở Hà Nội đảng bộ xã, phường bắt đầu hoạt động từ khi nào',
    'chinh-quyen-2-cap',
  ],

  // lookalike: out of scope, looks in scope
  ['lookalike', 'Đại hội Đoàn TNCS Hồ Chí Minh phường nhiệm kỳ 2027-2032 bao giờ tổ chức?', null],
  ['lookalike', 'đại hội chi hội phụ nữ khu dân cư cần chuẩn bị những gì', null],
  ['lookalike', 'Đại hội công đoàn cơ sở bệnh viện năm sau bầu bao nhiêu ủy viên?', null],
  ['lookalike', 'đại hội đồng cổ đông thường niên của ngân hàng năm 2026 họp khi nào', null],
  ['lookalike', 'Đại hội thể dục thể thao phường năm nay có môn cờ tướng không?', null],
  ['lookalike', 'hội nghị khách hàng cuối năm của chi nhánh tổ chức ở khách sạn nào', null],
  ['lookalike', 'đảng phí hàng tháng của đảng viên hưu trí đóng bao nhiêu tiền', null],
  ['lookalike', 'thủ tục kết nạp đảng cho quần chúng ưu tú cần những giấy tờ gì', null],
  ['lookalike', 'chuyen sinh hoat dang tam thoi khi di cong tac xa lam ntn', null],
  ['lookalike', 'đảng viên bị khiển trách thì bao lâu sau mới được xóa kỷ luật?', null],
  ['lookalike', 'sinh hoạt chi bộ định kỳ hằng tháng biên bản ghi mấy phần', null],
  ['lookalike', 'Đảng Cộng sản Việt Nam được thành lập ngày tháng năm nào?', null],
  ['lookalike', 'ai đang là bí thư đảng ủy phường Bạch Mai hiện nay', null],
  ['lookalike', 'số điện thoại ban tổ chức thành ủy là bao nhiêu vậy', null],
  ['lookalike', 'trụ sở UBND phường mới sau sáp nhập ở số nhà nào', null],
  ['lookalike', 'thời tiết hà nội cuối tuần này có mưa ko bot', null],
  ['lookalike', 'con tôi thi năm nay, điểm chuẩn Đại học Y Hà Nội là bao nhiêu?', null],
  ['lookalike', 'Đại hội Đảng Cộng sản Trung Quốc lần thứ XX bầu ai làm tổng bí thư', null],
  ['lookalike', 'Đảng Dân chủ Mỹ tổ chức đại hội toàn quốc ở thành phố nào năm 2024?', null],
  ['lookalike', 'đại hội đảng bộ nhiệm kỳ 2030-2035 sẽ tổ chức vào năm nào', null],
  ['lookalike', 'bot này do ai làm ra, có lưu tin nhắn của mình không', null],
  ['lookalike', 'chào bot nhé, cho hỏi giá vàng SJC hôm nay bao nhiêu', null],
  ['lookalike', 'đại hội giới trẻ giáo phận năm nay tổ chức ở đâu', null],
  ['lookalike', 'Đại hội Hội Cựu chiến binh phường nhiệm kỳ tới có bao nhiêu đại biểu?', null],
  ['lookalike', 'hội người cao tuổi phường đại hội bầu chi hội trưởng thế nào', null],
  ['lookalike', 'Đại hội Mặt trận Tổ quốc phường khóa mới hiệp thương cử ai', null],
  ['lookalike', 'Kỳ họp HĐND phường cuối năm thông qua những nghị quyết nào?', null],
  ['lookalike', 'hôm bầu cử Quốc hội khóa XVI phường mình đặt điểm bỏ phiếu ở đâu', null],
  ['lookalike', 'phố Lò Đúc', null],
  ['lookalike', 'Chợ Mơ', null],
  ['lookalike', 'đại hội cosplay anime ở Hà Nội tháng sau bán vé ở đâu', null],
  ['lookalike', 'Đại hội đồng Liên Hợp Quốc khóa 80 họp ở đâu', null],
  ['lookalike', 'đại hội võ lâm trong truyện Kim Dung là sự kiện gì', null],
  ['lookalike', 'làm sao để được cấp lại thẻ đảng viên bị mất', null],
  ['lookalike', 'huy hiệu 30 năm tuổi đảng xét tặng vào dịp nào', null],
  ['lookalike', 'bản kiểm điểm đảng viên cuối năm dùng mẫu nào vậy', null],
  ['lookalike', 'đánh giá xếp loại chất lượng đảng viên năm 2026 có mấy mức', null],
  ['lookalike', 'Công Đảng Anh đại hội thường niên vào tháng mấy?', null],
  ['lookalike', 'Hội nghị Trung ương gần đây nhất bàn những vấn đề gì', null],
  ['lookalike', 'dạo này tôi hay mất ngủ, nên uống thuốc gì', null],
  ['lookalike', 'lịch tiêm vắc xin cho trẻ ở trạm y tế phường tháng này', null],
  ['lookalike', 'lãi suất tiết kiệm 12 tháng ngân hàng nào cao nhất hiện nay', null],
  ['lookalike', 'Hello, can you recommend a good pho place near Hoan Kiem lake?', null],
  ['lookalike', 'mẫu đơn xin ra khỏi đảng viết như thế nào', null],
  ['lookalike', 'Đại hội Hội Sinh viên trường Bách khoa năm nay có gì mới', null],
  ['lookalike', 'chủ tịch UBND phường hiện nay là ai, số điện thoại bao nhiêu', null],
  ['lookalike', 'Đại hội Đảng Nhân dân Cách mạng Lào lần thứ XII họp khi nào', null],
  ['lookalike', 'bot ơi bạn bao nhiêu tuổi rồi', null],
  ['lookalike', 'xin chào ạ, cho mình hỏi cách đăng ký biển số xe máy điện', null],
  ['lookalike', 'lịch sử đảng bộ quận Hai Bà Trưng qua các thời kỳ kháng chiến', null],
  ['lookalike', 'đại hội chi đoàn lớp K68 cần bao nhiêu đoàn viên có mặt', null],
  ['lookalike', 'Đại hội lần thứ mấy của Đảng đề ra đường lối Đổi mới?', null],
  ['lookalike', 'How many members does the Communist Party of Cuba have?', null],
  ['lookalike', 'quỹ chi bộ còn dư thì cuối năm mua quà Tết cho đảng viên được ko', null],
];

export const NEWSET14: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
