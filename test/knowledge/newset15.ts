/**
 * The fifteenth new evaluation set (issue 11, point 6), written on 2026-12-02 from 16:42 UTC
 * (committed in the commit "Eval: newset15, the fifteenth unseen set") by a helper (set15) that
 * had not seen the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from config/dh-2025-2030.yaml only the documents' ids, numbers, dates,
 * titles/abouts, issuers and statuses, the unit types' codes and names, and each topic's id, title
 * and body, printed by a small script that parsed the YAML and printed nothing else (no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset14.ts (its first 29 lines, before its import line) and its export line, the header, types,
 * `judge` and `describe` of newset.ts, newset14.test.ts, set-shape.ts, set-checks.ts and sets.ts.
 * Nothing under src/ or bench/, no README, no git log, diff or show, nothing of newset12.ts,
 * newset13.ts or newset14.ts beyond that header and export line, and no other set's items were
 * read. Its users are imagined anew: the organisation board of a ward party committee and its
 * cells preparing a briefing after the campaign, secretaries checking facts for a report, members
 * who missed the conference of 23/10/2024, a student writing an English thesis on the 2024–2025
 * congress campaign, people typing fast on phones, pasting a line of a document, asking two
 * things at once or mixing Vietnamese and English.
 *
 * It was committed BEFORE the next engine change, without running any of its questions through
 * the engine, the bot or the bench; only its shape test (newset15.test.ts), biome and tsc ran.
 * The engine changes after it (main 97b275e to 98f73e8: "đại hội Đảng", the wards of a former
 * district, "đại hội ăn uống", farLead, the reports' keywords …) were made without its writer
 * seeing them and without this set being run. It was measured once on the engine as it stood
 * then, at 17:01 UTC on main 98f73e8 (`node --expose-gc dist/bench/qa.js`, load 0.83): qa_new_top1
 * 96.0 %, qa_new_oos_refused 91.4 % (6 in-scope misses, 5 lookalikes answered). Its misses were
 * listed after that run, and it is a development set since. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
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
  ['doc', 'Chỉ thị 35-CT/TW ngày 14/6/2024 giờ còn hiệu lực không hay đã bị thay rồi ạ?', 'doc:ct-35-2024'],
  ['doc', 'ct35 nam 2024 do co quan nao ky ban hanh vay', 'doc:ct-35-2024'],
  ['doc', 'For my thesis: Directive 35 of June 2024, what replaced it and when?', 'doc:ct-35-2024'],
  ['doc', 'cho e hỏi CT 35 (bản 2024) hiện trạng thế nào để ghi vào báo cáo', 'doc:ct-35-2024'],
  [
    'doc',
    '"Thực hiện Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị khóa XIII" — chỉ thị này bây giờ còn dùng làm căn cứ được không?',
    'doc:ct-35-2024',
  ],
  ['doc', 'Chỉ thị 35-CT/TW năm 2019 là chỉ thị về việc gì vậy?', 'doc:ct-35-2019'],
  ['doc', 'ct 35 2019 huong toi dai hoi lan thu may', 'doc:ct-35-2019'],
  ['doc', 'The 2019 Directive 35-CT/TW: which national congress was it preparing for?', 'doc:ct-35-2019'],
  ['doc', 'CT35 ngày 30/5/2019 thì ai ban hành, còn áp dụng không?', 'doc:ct-35-2019'],
  ['doc', 'Kết luận 118-KL/TW ngày 18/1/2025 điều chỉnh những gì?', 'doc:kl-118-2025'],
  ['doc', 'kl118 con hieu luc ko hay bi thay roi', 'doc:kl-118-2025'],
  ['doc', 'Conclusion 118 of January 2025 — who issued it?', 'doc:kl-118-2025'],
  ['doc', 'KL 118 bị thay thế bởi văn bản nào thế các đồng chí?', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị số 45-CT/TW ban hành ngày tháng năm nào?', 'doc:ct-45-2025'],
  ['doc', 'ct45 do co quan nao ban hanh a', 'doc:ct-45-2025'],
  ['doc', 'Is Directive 45-CT/TW still the one in force for the congress campaign?', 'doc:ct-45-2025'],
  ['doc', 'CT 45/2025 nói về nội dung gì vậy, tóm tắt giúp mình', 'doc:ct-45-2025'],
  ['doc', 'Kết luận số 200-KL/TW ra ngày bao nhiêu?', 'doc:kl-200-2025'],
  ['doc', 'kl200 ai ky vay, BCT hay ban bi thu', 'doc:kl-200-2025'],
  ['doc', 'Conclusion 200-KL/TW: what is it about, in one line?', 'doc:kl-200-2025'],
  ['doc', 'KL 200 của Bộ Chính trị và Ban Bí thư kết luận về việc gì?', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW ban hành ngày nào và của cơ quan nào?', 'doc:hd-27-2024'],
  ['doc', 'hd27 cua ban to chuc TW huong dan cai gi', 'doc:hd-27-2024'],
  ['doc', 'Guidance 27 from the Central Organisation Commission — what date is it?', 'doc:hd-27-2024'],
  ['doc', 'Hướng dẫn số 18-HD/BTCTU ngày 01/10/2024 là của cơ quan nào?', 'doc:hd-18-2024'],
  ['doc', 'HD 18 của Ban Tổ chức Thành ủy hướng dẫn nội dung gì?', 'doc:hd-18-2024'],
  ['doc', 'hd18 btctu con hieu luc khong ad', 'doc:hd-18-2024'],
  ['doc', "Guidance 18-HD/BTCTU of the Hanoi organisation board: what's it about?", 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch 258-KH/TU ngày 15/7/2024 do ai ban hành?', 'doc:kh-258-2024'],
  ['doc', 'kh258 thanh uy ra ngay nao nhi', 'doc:kh-258-2024'],
  ['doc', 'Plan 258 of the Hanoi Party Committee — its date and status?', 'doc:kh-258-2024'],
  ['doc', 'KH 258/TU hiện còn giá trị không hay đã hết?', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch số 203-KH/QU ngày 29/7/2024 về việc gì?', 'doc:kh-203-2024'],
  ['doc', 'kh203 quan uy HBT ten day du la gi', 'doc:kh-203-2024'],
  ['doc', 'Plan 203-KH/QU: what is its title in English?', 'doc:kh-203-2024'],
  ['doc', 'KH 203 của quận ủy còn áp dụng sau khi bỏ cấp quận không?', 'doc:kh-203-2024'],
  [
    'doc',
    'Cho tôi hỏi để ghi báo cáo: Nghị quyết 26-NQ/TW năm 2018 là của Trung ương khóa mấy?',
    'doc:nq-26-2018',
  ],
  ['doc', 'nq26 2018 ngay bao nhieu', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26 of 2018: which Central Committee issued it?', 'doc:nq-26-2018'],
  [
    'doc',
    'Bản tổng kết của phường còn trích Quy định 89-QĐ/TW, giờ trích vậy có đúng không?',
    'doc:qd-89-2017',
  ],
  ['doc', 'qd89 bi thay bang quy dinh nao roi', 'doc:qd-89-2017'],
  ['doc', 'Regulation 89 on cadre standards — is it still valid in 2026?', 'doc:qd-89-2017'],
  ['doc', 'QĐ 89 ngày 4/8/2017 của BCT giờ tình trạng ra sao?', 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365-QĐ/TW ký ngày mấy tháng 8 năm 2025 vậy?', 'doc:qd-365-2025'],
  ['doc', 'qđ365 ve tieu chuan chuc danh, ai ban hanh', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365-QĐ/TW: what is it about and who issued it?', 'doc:qd-365-2025'],
  ['doc', 'Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy ban hành ngày nào?', 'doc:qd-14-2023'],
  ['doc', 'qd14 thanh uy ha noi ve tieu chi gi', 'doc:qd-14-2023'],
  ['doc', 'Regulation 14-QĐ/TU (Hanoi): who is the issuer?', 'doc:qd-14-2023'],
  ['doc', 'Quy định số 2656-QĐ/QU ngày 13/11/2023 nói về gì?', 'doc:qd-2656-2023'],
  ['doc', 'qd2656 cua quan uy con dung ko', 'doc:qd-2656-2023'],
  ['doc', 'Regulation 2656 of the district standing board — what date?', 'doc:qd-2656-2023'],
  ['doc', 'Quy định 1216-QĐ/QU của BTV Quận ủy về quy hoạch cán bộ có từ năm nào?', 'doc:qd-1216-2022'],
  ['doc', 'QĐ 1216 quận ủy HBT còn hiệu lực ko', 'doc:qd-1216-2022'],
  ['doc', 'regulation 1216 cadre planning, issuer pls', 'doc:qd-1216-2022'],
  ['doc', 'Quy định 294-QĐ/TW ngày 26/5/2025 do cơ quan nào ban hành?', 'doc:qd-294-2025'],
  ['doc', 'qd294 thi diem cai gi vay', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294 on party-cell congresses: from which day did it apply?', 'doc:qd-294-2025'],
  [
    'doc',
    'Hướng dẫn 26-HD/BTCTW tháng 10/2019 là hướng dẫn cho chỉ thị nào, có áp dụng cho nhiệm kỳ này không?',
    'doc:hd-26-2019',
  ],
  ['doc', 'hd26 nam 2019 bay gio con dung duoc khong', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26-HD/BTCTW of October 2019 — what is it for?', 'doc:hd-26-2019'],

  // unknown-doc: documents the pack does not hold
  ['unknown-doc', 'Chỉ thị 36-CT/TW nói về nội dung gì?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 232-QĐ/TW về bầu cử trong Đảng có trong bot không?', 'unknown-doc'],
  ['unknown-doc', 'ket luan 150-KL/TW ngay nao vay', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 06-HD/BTCTW hướng dẫn những gì?', 'unknown-doc'],
  ['unknown-doc', 'nq57 ve khoa hoc cong nghe noi gi', 'unknown-doc'],
  ['unknown-doc', 'Directive 19-CT/TW — what does it say about congresses?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 100-KH/TU của Thành ủy về đại hội thế nào?', 'unknown-doc'],
  ['unknown-doc', 'QĐ 190 về luân chuyển cán bộ có hiệu lực chưa?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 21-HD/BTCTW về nhân sự cấp ủy ban hành ngày nào?', 'unknown-doc'],
  ['unknown-doc', 'Regulation 80 on appointing cadres: still in force?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 127-KL/TW ngày 28/2/2025 có nội dung gì?', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 60-NQ/TW về sắp xếp tỉnh thành thì sao?', 'unknown-doc'],
  ['unknown-doc', 'Công văn 1024-CV/QU của quận ủy gửi các chi bộ nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Thông báo 07-TB/TW về đại hội là gì?', 'unknown-doc'],

  // offword: everyday or other-organisation words, but a question about the congress
  ['offword', 'Chi bộ trường tiểu học của tôi đại hội thì phải có mấy nội dung?', 'noi-dung'],
  [
    'offword',
    'Công ty mình có chi bộ cơ sở, báo cáo chính trị trình đại hội viết thế nào cho đúng?',
    'van-kien',
  ],
  ['offword', 'Chị em chi bộ Hội Phụ nữ hỏi: đại hội chi bộ bây giờ còn 5 năm 2 lần không?', 'chi-bo-5-nam'],
  [
    'offword',
    'Bệnh viện bọn mình muốn biết đại hội điểm thì chọn chi bộ nào, làm vào lúc nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Nhà văn hóa tổ dân phố tổ chức đại hội chi bộ, có cần lập tổ văn kiện, tổ nhân sự không?',
    'chuan-bi',
  ],
  ['offword', 'Làm tiệc liên hoan to sau đại hội có bị coi là phô trương, lãng phí không?', 'nguyen-tac'],
  [
    'offword',
    'Ngân hàng có đảng bộ cơ sở, khi chọn người vào cấp ủy khóa mới thì căn cứ những quy định nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Chợ phường vừa họp tiểu thương xong; còn đại hội đảng bộ phường thì phải bầu những gì?',
    'noi-dung',
  ],
  ['offword', 'Hợp tác xã có chi bộ: đại hội chi bộ cơ sở phải xong trước lúc nào?', 'lich-trinh'],
  [
    'offword',
    'Cô giáo chủ nhiệm lớp con tôi là bí thư chi bộ, cô hỏi báo cáo kiểm điểm cấp ủy phải tự phê bình đến mức nào?',
    'van-kien',
  ],
  ['offword', 'Mẹ tôi 50 năm tuổi đảng hỏi: đại hội các cấp nhiệm kỳ này xong hết chưa hay còn?', 'ket-qua'],
  [
    'offword',
    'Ngoài quán cà phê ai cũng bàn chuyện bỏ cấp quận, cho tôi ngày chính xác nó bắt đầu',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Ở nhà máy, chi bộ phân xưởng thuộc đảng ủy công ty thì đại hội trước hay sau chi bộ cơ sở?',
    'lich-trinh',
  ],
  ['offword', 'Đọc báo thấy Đại hội XIV họp xong rồi, họp từ ngày nào đến ngày nào vậy?', 'dai-hoi-xiv'],
  [
    'offword',
    'Tổ trưởng dân phố hỏi: từ sau buổi hội nghị 23/10/2024 đến giờ văn bản về đại hội thay đổi những gì?',
    'thay-doi',
  ],

  // two-part: two questions, two topics
  ['two-part', 'Đại hội có mấy nội dung? Và cấp ủy phải trình những báo cáo gì?', 'noi-dung+van-kien'],
  ['two-part', 'dh diem lam luc nao, con chon nhan su cap uy moi theo quy dinh nao', 'dai-hoi-diem+nhan-su'],
  [
    'two-part',
    'Chính quyền 2 cấp chạy từ ngày nào, còn Đại hội XIV họp khi nào?',
    'chinh-quyen-2-cap+dai-hoi-xiv',
  ],
  [
    'two-part',
    'Chuẩn bị đại hội cần thành lập những tổ nào, và nguyên tắc tổ chức đại hội là gì?',
    'chuan-bi+nguyen-tac',
  ],
  [
    'two-part',
    'Kết quả đại hội các cấp thế nào rồi? Với lại chi bộ giờ đại hội mấy năm một lần?',
    'ket-qua+chi-bo-5-nam',
  ],
  [
    'two-part',
    'What are the four items of a congress, and what is the timeline per type of unit?',
    'noi-dung+lich-trinh',
  ],
  [
    'two-part',
    'Báo cáo chính trị phải viết thế nào; đồng thời nhắc lại giúp lịch đại hội chi bộ trực thuộc',
    'van-kien+lich-trinh',
  ],
  [
    'two-part',
    'Đại hội Đảng bộ quận lần thứ XXVII là đại hội gì, và Đại hội XIV diễn ra khi nào?',
    'dai-hoi-quan+dai-hoi-xiv',
  ],
  [
    'two-part',
    'Từ sau hội nghị 23/10/2024 có gì thay đổi, với lại bầu cấp ủy mới theo tiêu chuẩn nào?',
    'thay-doi+nhan-su',
  ],
  ['two-part', 'may noi dung dai hoi + co dai hoi diem ko', 'noi-dung+dai-hoi-diem'],
  [
    'two-part',
    'Nguyên tắc tập trung dân chủ khi tổ chức đại hội nói sao, và đợt đại hội 2025-2030 kết thúc chưa?',
    'nguyen-tac+ket-qua',
  ],

  // unit: phrased per unit type
  ['unit', 'Chi bộ trực thuộc đảng ủy cơ sở thì đại hội vào khoảng thời gian nào?', 'lich-trinh'],
  [
    'unit',
    'Mỗi đảng bộ cơ sở chọn bao nhiêu chi bộ trực thuộc làm đại hội điểm, trong tháng nào?',
    'dai-hoi-diem',
  ],
  ['unit', 'Với chi bộ cơ sở, đại hội gồm những nội dung gì?', 'noi-dung'],
  ['unit', 'Đảng bộ cơ sở cần lập những tổ gì để phục vụ đại hội?', 'chuan-bi'],
  ['unit', 'chi bo co so dai hoi khi nao thi phai xong', 'lich-trinh'],
  ['unit', 'Đảng bộ phường có được quận chọn làm đại hội điểm không?', 'dai-hoi-diem'],
  ['unit', 'Chi bộ trực thuộc có phải bầu đoàn đại biểu đi dự đại hội cấp trên không?', 'noi-dung'],
  ['unit', 'For a grassroots party committee, when was its congress due?', 'lich-trinh'],
  ['unit', 'Đảng bộ khối hành chính sự nghiệp có phải làm đại hội điểm không?', 'dai-hoi-diem'],
  ['unit', 'Chi bộ cơ sở có phải trình báo cáo kiểm điểm của cấp ủy không?', 'van-kien'],

  // typo: no diacritics, shorthand, slips
  ['typo', 'dai hoi gom may noi dung vay ad', 'noi-dung'],
  ['typo', 'bao cao chinh tri voi bao cao kiem diem khac nhau sao', 'van-kien'],
  ['typo', 'dh diem lm khi nao a', 'dai-hoi-diem'],
  ['typo', 'chuan bi dh can lap to j', 'chuan-bi'],
  ['typo', 'ngyen tac tap trung dan chu khi to chuc dai hoi', 'nguyen-tac'],
  ['typo', 'tieu chuan nhan su cap uy khoa moi can cu vao dau', 'nhan-su'],
  ['typo', 'chinh quyen 2 cap tu ngay nao vay mn', 'chinh-quyen-2-cap'],
  ['typo', 'dh XIV hop ngay nao the', 'dai-hoi-xiv'],
  ['typo', 'cb dai hoi 5 nam 1 lan dung ko', 'chi-bo-5-nam'],
  ['typo', 'dh cac cap xong chua, kq the nao', 'ket-qua'],
  ['typo', 'tu hoi nghi 23/10 toi gio thay doi j', 'thay-doi'],
  ['typo', 'dai hoi dang bo quan HBT lan thu XXVII tien toi theo ke hoach nao vay', 'dai-hoi-quan'],
  ['typo', 'cac van ban ve dh nhiem ky 2025-2030 gom nhung van ban nao', 'tai-lieu'],
  ['typo', 'dai hoii chi bo truc thuoc bat dau tu thang may', 'lich-trinh'],
  ['typo', 'chỉ thi ve dai hoi nam 2024 gồm nhưng phần nao', 'chi-thi-35'],

  // en: English
  ['en', 'What must a party congress include for the 2025-2030 term?', 'noi-dung'],
  ['en', 'Which reports does the party committee submit to its congress?', 'van-kien'],
  [
    'en',
    'In my thesis I need the exact start date of Vietnam’s two-tier local government — which day?',
    'chinh-quyen-2-cap',
  ],
  ['en', 'When exactly was the 14th National Party Congress held?', 'dai-hoi-xiv'],
  ['en', 'Are the 2025–2030 congresses finished? What did the Politburo conclude about them?', 'ket-qua'],
  [
    'en',
    'Under the 2025 pilot, a party cell holds its congress how many times in five years?',
    'chi-bo-5-nam',
  ],
  ['en', 'For my thesis: what changed after the October 2024 conference in Hai Ba Trung?', 'thay-doi'],
  ['en', 'What were the pilot congresses and when were they to be held?', 'dai-hoi-diem'],
  ['en', 'Which principles must the congress follow — democratic centralism, no waste?', 'nguyen-tac'],
  ['en', 'Which teams should a party organisation set up to prepare its congress?', 'chuan-bi'],
  ['en', 'What rules govern nominating members of the new executive committee?', 'nhan-su'],
  [
    'en',
    'What was the Hai Ba Trung district party congress the grassroots congresses led up to?',
    'dai-hoi-quan',
  ],
  ['en', 'Which documents is the bot’s knowledge of the congresses based on?', 'tai-lieu'],
  ['en', 'What are the seven requirements of the 2024 Politburo directive on congresses?', 'chi-thi-35'],

  // fact: facts from FACTS.md
  ['fact', 'Đại hội đại biểu toàn quốc lần thứ XIV bế mạc vào ngày nào?', 'dai-hoi-xiv'],
  [
    'fact',
    'Khi bỏ cấp huyện, Hà Nội có bao nhiêu đảng bộ cấp huyện kết thúc hoạt động?',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'Theo Điều lệ trước đây thì chi bộ đại hội mấy lần trong 5 năm?', 'chi-bo-5-nam'],
  ['fact', 'Bộ Chính trị, Ban Bí thư kết luận gì về đại hội đảng bộ các cấp nhiệm kỳ 2025-2030?', 'ket-qua'],
  ['fact', 'Chỉ thị về đại hội ban hành năm 2024 có mấy phụ lục, là những phụ lục nào?', 'chi-thi-35'],
  [
    'fact',
    'Yêu cầu có cơ chế sàng lọc để không bỏ sót người có đức, có tài nằm trong chỉ thị nào của năm 2024?',
    'chi-thi-35',
  ],
  ['fact', 'Sau kết luận tháng 10/2025 về đại hội, các cấp ủy phải làm gì tiếp theo?', 'ket-qua'],
  ['fact', 'Đảng bộ xã, phường ở Hà Nội bắt đầu hoạt động từ ngày nào?', 'chinh-quyen-2-cap'],
  ['fact', 'Thí điểm đại hội chi bộ 5 năm một lần có hiệu lực từ khi nào?', 'chi-bo-5-nam'],
  ['fact', 'Từ hội nghị quán triệt đến tháng 1/2026 đã có những mốc văn bản, sự kiện nào?', 'thay-doi'],
  ['fact', 'Chỉ thị của Bộ Chính trị năm 2024 về đại hội chia làm mấy phần?', 'chi-thi-35'],

  // lookalike: out of scope, looking in scope
  ['lookalike', 'Đại hội Đoàn phường nhiệm kỳ 2027-2032 tổ chức vào khi nào?', null],
  ['lookalike', 'Đại hội Hội Cựu chiến binh phường có mấy nội dung?', null],
  ['lookalike', 'Đại hội cổ đông thường niên công ty tôi cần chuẩn bị những báo cáo gì?', null],
  ['lookalike', 'Đại hội thể dục thể thao phường năm nay thi những môn gì?', null],
  ['lookalike', 'hai ba trung o dau', null],
  ['lookalike', 'trụ sở 33 Đại Cồ Việt mở cửa mấy giờ?', null],
  ['lookalike', 'Cho xin số hotline của Ban Tổ chức Thành ủy để gọi hỏi gấp', null],
  ['lookalike', 'Ai đang là bí thư Đảng ủy phường hai ba trung o dau bây giờ?', null],
  ['lookalike', 'Phường tôi bầu được bao nhiêu đại biểu đi đại hội Đảng bộ thành phố?', null],
  ['lookalike', 'Chi bộ tổ dân phố 5 đại hội xong, bí thư được bao nhiêu phần trăm phiếu?', null],
  ['lookalike', 'Sáng thứ bảy này Hà Nội có mưa không, chi bộ định đi dã ngoại', null],
  ['lookalike', 'Tôi muốn chuyển sinh hoạt đảng về nơi cư trú thì làm thủ tục gì?', null],
  ['lookalike', 'Mức đóng đảng phí của đảng viên hưu trí bây giờ là bao nhiêu?', null],
  ['lookalike', 'Kết nạp đảng viên mới cần những hồ sơ gì?', null],
  ['lookalike', 'Đại hội Đảng Cộng sản Trung Quốc lần thứ 21 họp khi nào?', null],
  ['lookalike', 'Đảng Nhân dân Cách mạng Lào đại hội năm 2026 có gì mới?', null],
  ['lookalike', 'Đại hội đảng bộ nhiệm kỳ 2030-2035 sẽ tổ chức vào lúc nào?', null],
  ['lookalike', 'Đại hội lần thứ XV của Đảng bao giờ thì họp, năm 2031 à?', null],
  ['lookalike', 'Bot này ai viết, chạy bằng ngôn ngữ lập trình gì?', null],
  ['lookalike', 'Bạn có phải ChatGPT không?', null],
  ['lookalike', 'Đồng chí Trần Quyết Thắng bây giờ giữ chức vụ gì?', null],
  ['lookalike', 'Kết quả bầu cử đại biểu Quốc hội khóa XVI ra sao?', null],
  ['lookalike', 'Lễ hội đền hai ba trung o dau năm nay diễn ra vào ngày nào?', null],
  ['lookalike', 'Đại hội đồng Liên Hợp Quốc khóa 81 họp khi nào?', null],
  ['lookalike', 'Đại học Bách khoa Hà Nội tuyển sinh năm 2026 thế nào?', null],
  ['lookalike', 'Giá vé xem đại nhạc hội cuối năm ở Mỹ Đình bao nhiêu?', null],
  ['lookalike', 'Hội nghị Trung ương 2 khóa XIV bàn những vấn đề gì?', null],
  ['lookalike', 'Lương cơ sở năm 2026 là bao nhiêu tiền?', null],
  ['lookalike', 'Sau sáp nhập Hà Nội có tất cả bao nhiêu phường, xã?', null],
  ['lookalike', 'Kiểm điểm đảng viên cuối năm 2026 làm theo mẫu nào?', null],
  ['lookalike', 'Bầu tổ trưởng tổ dân phố theo quy trình nào?', null],
  ['lookalike', 'Đại hội Công đoàn Việt Nam lần thứ XIII có mấy nội dung?', null],
  ['lookalike', 'Hội nghị khách hàng của điện lực Hà Nội tổ chức ở đâu?', null],
  ['lookalike', 'Sinh hoạt chi bộ định kỳ hàng tháng nên có những nội dung gì?', null],
  ['lookalike', 'Ngày thành lập Đảng 3/2 năm nay có bắn pháo hoa không?', null],
  ['lookalike', 'hoc bong cho con dang vien co khong', null],
  ['lookalike', 'dh co dong cty minh to chuc o dau', null],
  ['lookalike', 'Đảng Dân chủ Mỹ đại hội toàn quốc năm 2028 ở đâu?', null],
  ['lookalike', "What is the schedule of the Chinese Communist Party's next congress?", null],
  ['lookalike', 'Who leads the Hanoi Party Committee as secretary right now?', null],
  ['lookalike', 'Nhà tôi ở phường Bạch Mai, xin giấy xác nhận cư trú thì ra đâu?', null],
  ['lookalike', 'Đảng bộ phường tôi hiện có bao nhiêu đảng viên?', null],
  ['lookalike', 'Chi bộ mình năm ngoái đại hội vào ngày nào nhỉ?', null],
  ['lookalike', 'Hội nghị quán triệt nghị quyết Trung ương 10 ở phường diễn ra khi nào?', null],
  ['lookalike', 'Viết giúp tôi bài phát biểu khai mạc đại hội chi bộ dài 2 trang', null],
  ['lookalike', 'Đại hội thi đua yêu nước phường lần thứ VI khen thưởng những ai?', null],
  ['lookalike', 'Ban Tổ chức Quận ủy hai ba trung o dau cũ giờ chuyển về đâu làm việc?', null],
  ['lookalike', 'Giá vàng nhẫn chiều nay tăng hay giảm?', null],
  ['lookalike', 'Chuyên viên Trần Dung là ai, cho xin số điện thoại', null],
  ['lookalike', 'Does the UK Labour Party hold a conference every year?', null],
  ['lookalike', 'Kỳ họp thứ 10 Quốc hội khóa XV bế mạc hôm nào?', null],
  ['lookalike', 'Đại hội Mặt trận Tổ quốc phường nhiệm kỳ mới có mấy nội dung?', null],
  ['lookalike', 'Đại hội Hội Nông dân xã bầu ban chấp hành bao nhiêu người?', null],
  ['lookalike', 'Tôi bị ốm không dự đại hội chi bộ được thì có bị kỷ luật không?', null],
  ['lookalike', 'Đường Đại Cồ Việt chiều nay có tắc không?', null],
  ['lookalike', 'Lịch cắt điện phường Thanh Nhàn tuần này thế nào?', null],
  ['lookalike', 'Where can I download the source code of this bot?', null],
  ['lookalike', 'Xổ số thủ đô tối qua về con gì?', null],
];

export const NEWSET15: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
