/**
 * The sixty-eighth new evaluation set (issue 11, point 6), written on 2026-12-04 from 03:31 UTC
 * (committed in the commit "Eval: newset68, the sixty-eighth unseen set") by a helper (set68) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before `const items`) and its export line, the part of newset.ts before
 * `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under src/,
 * bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items were
 * read. Its users are imagined as the 70-year-old secretary of the party cell of a residential
 * group (tổ dân phố) who writes long, polite messages, an IT engineer member who mixes English into
 * Vietnamese, the office staff of a hospital's grassroots party committee, an Indian researcher
 * who writes in English, and a member of the party cell of a military-run company; with the
 * out-of-scope messages such users send (other organisations' congresses and meetings: a family
 * lineage's congress, an apartment building's owners' conference, the study-promotion
 * association, the Red Cross, the Young Pioneers' school congress, the Writers' Association, the
 * army's emulation congress and its military-political conference, the Army Party congress, the
 * Hà Nội city congress's venue, the UN General Assembly, COP climate talks, the Indian National
 * Congress and the CPI(M); other senses of "hội": a medical case consultation (hội chẩn), sprint
 * reviews, military sports days, the national defence day, the great-unity festival; other party
 * business the pack does not cover: a member's funeral and eulogy, party press subscriptions, lost
 * party cards, cell funds, study themes, quarterly plenum resolutions, members going abroad,
 * discipline over patients' envelopes, residence-cell feedback before reappointment, members in
 * business, the Party's anniversary rally; people, votes and archives of the 14th Congress;
 * phone numbers and e-mails; money (shares in an equitised army company, seniority allowances,
 * early retirement of defence workers, health-insurance rates, a 45-seat coach, merchandise);
 * government and hospital services (pension paperwork, health inspections, Tết duty rosters,
 * civil-service exams, a leaking ceiling); software and the bot itself (its framework, privacy,
 * the party handbook app's OTP, meeting platforms, livestreaming, QR attendance, PDF conversion,
 * fonts, online forms, an AI draft of the self-review report); poems and songs for the congress;
 * research visits, observers and grants).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset68.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, the money a congress may
 * spend, which cells the five-yearly pilot covers, how a bedridden member votes, the month by
 * which the grassroots dissemination had to end) were left out, not guessed.
 * Engine changes reached main after its commit: f3c52f3 (the word prior relearned with newset67),
 * b2ea913 (a congress dated by a year the pack never names), aed9ab5 (a document named again before
 * its date) and 490b8e3 (the synonyms 'ms' and 'beforehand'); its writer saw none of them. It was
 * measured once, at 03:46 UTC on main 490b8e3 (`node --expose-gc dist/bench/qa.js`, load 1.25):
 * qa_new_top1 99.3 %, qa_new_oos_refused 92.5 % (1 in-scope miss, 5 lookalikes answered;
 * qa_p99_us 123.9 in that run, p50 29.7). Its misses were listed after that run, and it is a
 * development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number, in several spellings each.
  [
    'doc',
    'Kính gửi bot, tôi là bí thư chi bộ tổ dân phố số 5, năm nay đã 70 tuổi, xin được hỏi Chỉ thị số 35-CT/TW năm 2024 của Bộ Chính trị hiện nay còn hiệu lực hay đã được thay thế ạ? Xin cảm ơn bot.',
    'doc:ct-35-2024',
  ],
  ['doc', 'Cho mình check status của CT35 bản 2024 nhé, còn dùng được không?', 'doc:ct-35-2024'],
  ['en', 'What did Directive 35 of June 2024 on the party congresses contain?', 'doc:ct-35-2024'],
  ['typo', 'chi thi 35 nam 2024 da bi thay the chua vay', 'doc:ct-35-2024'],
  ['doc', 'Kết luận số 118-KL/TW điều chỉnh những nội dung gì của chỉ thị về đại hội?', 'doc:kl-118-2025'],
  ['doc', 'KL 118 do cơ quan nào ban hành vậy bot?', 'doc:kl-118-2025'],
  ['en', 'Who issued Conclusion 118-KL/TW, and is it still in force?', 'doc:kl-118-2025'],
  ['typo', 'ket luan 118 con hieu luc ko', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị 45-CT/TW của Bộ Chính trị thay thế những văn bản nào?', 'doc:ct-45-2025'],
  ['doc', 'ct45 hiện giờ còn áp dụng không ạ?', 'doc:ct-45-2025'],
  ['en', 'Directive 45-CT/TW: what is it about and who issued it?', 'doc:ct-45-2025'],
  ['doc', 'Cho em hỏi nhanh Chỉ thị 45 có update gì sau khi ban hành không?', 'doc:ct-45-2025'],
  [
    'doc',
    'Thưa bot, Kết luận 200-KL/TW mà chi bộ tổ dân phố chúng tôi mới được phổ biến nói gì về đại hội các cấp ạ?',
    'doc:kl-200-2025',
  ],
  ['doc', 'KL200 ban hành ngày nào vậy?', 'doc:kl-200-2025'],
  [
    'en',
    'Conclusion 200 of October 2025: was it issued by the Politburo or by the Secretariat?',
    'doc:kl-200-2025',
  ],
  [
    'doc',
    'Văn phòng Đảng ủy bệnh viện xin hỏi Kết luận số 200 do cơ quan nào ban hành và ban hành ngày nào?',
    'doc:kl-200-2025',
  ],
  ['doc', 'Hướng dẫn 27-HD/BTCTW hướng dẫn những gì?', 'doc:hd-27-2024'],
  ['doc', 'Bên mình cần trích dẫn HD27 trong slide, văn bản này ký ngày nào vậy bot?', 'doc:hd-27-2024'],
  ['en', 'Guidance 27-HD/BTCTW: date and issuer, please.', 'doc:hd-27-2024'],
  ['typo', 'huong dan so 27 BTCTW con hieu luc khong', 'doc:hd-27-2024'],
  [
    'doc',
    'Văn phòng Đảng ủy bệnh viện cần biết Hướng dẫn số 18-HD/BTCTU ra ngày nào để ghi vào căn cứ',
    'doc:hd-18-2024',
  ],
  ['doc', 'HD 18 BTCTU hướng dẫn nội dung gì thế?', 'doc:hd-18-2024'],
  ['en', 'What is Guidance 18-HD/BTCTU of the Hanoi organisation board?', 'doc:hd-18-2024'],
  [
    'doc',
    'Kính gửi bot, xin cho tôi biết Kế hoạch 258-KH/TU của Thành ủy Hà Nội là kế hoạch gì ạ?',
    'doc:kh-258-2024',
  ],
  ['doc', 'Tra giúp KH258 của Thành ủy Hà Nội với', 'doc:kh-258-2024'],
  ['en', 'For a footnote in my paper, I need the issue date of Plan 258-KH/TU.', 'doc:kh-258-2024'],
  [
    'doc',
    'Kế hoạch số 203-KH/QU về tổ chức đại hội đảng bộ, chi bộ cơ sở do cơ quan nào ban hành?',
    'doc:kh-203-2024',
  ],
  ['doc', 'kh 203 quận ủy còn dùng được không khi không còn quận?', 'doc:kh-203-2024'],
  ['en', 'Is Plan 203-KH/QU still valid now that districts are gone?', 'doc:kh-203-2024'],
  ['typo', 'ke hoach 203 cua quan uy hbt ky ngay may vay', 'doc:kh-203-2024'],
  [
    'doc',
    'Chi bộ công ty mình đang học lại Nghị quyết 26-NQ/TW năm 2018, bot cho hỏi cơ quan nào ban hành nghị quyết này?',
    'doc:nq-26-2018',
  ],
  ['doc', 'NQ26 khóa XII hiện còn hiệu lực không?', 'doc:nq-26-2018'],
  ['en', 'Resolution 26-NQ/TW of May 2018: is it in the bot’s sources?', 'doc:nq-26-2018'],
  ['doc', 'Hướng dẫn 26-HD/BTCTW năm 2019 có còn áp dụng cho nhiệm kỳ này không?', 'doc:hd-26-2019'],
  ['doc', 'HD26 năm 2019 của Ban Tổ chức Trung ương là văn bản gì?', 'doc:hd-26-2019'],
  ['en', 'Guidance 26 of October 2019: does the bot use it?', 'doc:hd-26-2019'],
  [
    'doc',
    'Đảng ủy bệnh viện còn trích Quy định 89-QĐ/TW trong tờ trình nhân sự được nữa không?',
    'doc:qd-89-2017',
  ],
  ['doc', 'QĐ89 năm 2017 bị thay bằng gì rồi?', 'doc:qd-89-2017'],
  ['en', 'Regulation 89 of 2017 on cadre standards: what is its status?', 'doc:qd-89-2017'],
  ['typo', 'quy dinh so 89 nam 2017 con hieu luc ko', 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365-QĐ/TW ban hành ngày nào, do cơ quan nào ban hành?', 'doc:qd-365-2025'],
  ['doc', 'QĐ 365 thay cho quy định nào vậy?', 'doc:qd-365-2025'],
  [
    'en',
    'In my notes I have Regulation 365-QĐ/TW of August 2025; which earlier regulation did it replace?',
    'doc:qd-365-2025',
  ],
  [
    'doc',
    'Xin bot cho biết Quy định 14-QĐ/TU về tiêu chí đánh giá cán bộ được Ban Thường vụ Thành ủy ký vào ngày tháng năm nào ạ?',
    'doc:qd-14-2023',
  ],
  ['doc', 'qđ14 thành ủy hà nội năm 2023 là quy định gì?', 'doc:qd-14-2023'],
  [
    'en',
    "Could you explain Regulation 14-QĐ/TU of the Hanoi city committee's Standing Board for a foreign researcher?",
    'doc:qd-14-2023',
  ],
  ['doc', 'Quy định 2656-QĐ/QU của Quận ủy Hai Bà Trưng quy định về việc gì vậy bot?', 'doc:qd-2656-2023'],
  ['doc', 'QĐ 2656 quận ủy Hai Bà Trưng tháng 11/2023 còn hiệu lực không?', 'doc:qd-2656-2023'],
  [
    'en',
    'Regulation 2656 keeps coming up in Hai Bà Trưng papers: what is it and which body issued it?',
    'doc:qd-2656-2023',
  ],
  [
    'doc',
    'Thưa bot, Quy định số 1216-QĐ/QU về quy hoạch cán bộ của Quận ủy ngày xưa được ban hành vào ngày nào ạ?',
    'doc:qd-1216-2022',
  ],
  ['doc', '1216-QĐ/QU còn dùng để bổ sung quy hoạch không?', 'doc:qd-1216-2022'],
  ['en', 'Regulation 1216 on cadre planning: what date is it?', 'doc:qd-1216-2022'],
  ['doc', 'Quy định 294-QĐ/TW về thí điểm đại hội chi bộ có hiệu lực từ khi nào?', 'doc:qd-294-2025'],
  ['doc', 'QĐ294 thí điểm đại hội chi bộ, nguồn của bot ghi cơ quan nào ban hành?', 'doc:qd-294-2025'],
  [
    'en',
    'Regulation 294 from May 2025 seems to pilot something about party cells; what exactly?',
    'doc:qd-294-2025',
  ],
  [
    'doc',
    'Tủ tài liệu của chi bộ còn bản Chỉ thị 35-CT/TW ngày 30/5/2019, xin hỏi bot văn bản đó nay còn áp dụng không ạ?',
    'doc:ct-35-2019',
  ],
  ['doc', 'CT 35 năm 2019 hướng tới Đại hội XIII là văn bản nào?', 'doc:ct-35-2019'],
  [
    'en',
    'Directive 35 of 2019, the one for the 13th Congress: does the bot use its rules?',
    'doc:ct-35-2019',
  ],
  [
    'doc',
    'Dear bot, đồng chí cho hỏi Chỉ thị số 35 năm 2019 với chỉ thị cùng số năm 2024 có phải là một không?',
    'doc:ct-35-2019',
  ],

  // Documents the pack does not hold.
  ['unknown-doc', 'Quy định 232-QĐ/TW về bầu cử trong Đảng có nội dung gì?', 'unknown-doc'],
  ['unknown-doc', 'Cho tôi xem nội dung Kết luận 150-KL/TW', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 60-NQ/TW năm 2025 nói gì?', 'unknown-doc'],
  ['unknown-doc', 'What does Regulation 262-QĐ/TW say?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 06-HD/TW có trong nguồn của bot không?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 24-QĐ/TW thi hành Điều lệ Đảng là văn bản nào?', 'unknown-doc'],
  [
    'unknown-doc',
    'Hướng dẫn 1530-HD/CT của Tổng cục Chính trị về đại hội đảng trong Quân đội nói gì?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kế hoạch 09-KH/ĐU của Đảng ủy Bệnh viện về đại hội có nội dung gì?', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 57-NQ/TW về chuyển đổi số có trong sources của bot không?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 144-QĐ/TW về chuẩn mực đạo đức cách mạng ban hành ngày nào?', 'unknown-doc'],
  ['unknown-doc', 'Resolution 68-NQ/TW on the private economy: what is its status?', 'unknown-doc'],
  ['unknown-doc', 'quy dinh 124 kiem diem tap the ca nhan la gi', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 137-KL/TW do ai ban hành?', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 05-CT/TW về học tập và làm theo Bác có trong bot không?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 80-QĐ/TW về bổ nhiệm cán bộ còn hiệu lực không?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn số 36-HD/BTCTW hướng dẫn những gì?', 'unknown-doc'],

  // In scope, with everyday words around the question.
  [
    'offword',
    'Sáng nay tôi đi tập dưỡng sinh ở công viên về mới nhớ ra, xin hỏi bot đại hội chi bộ nhiệm kỳ 2025 - 2030 phải thực hiện những nội dung gì ạ?',
    'noi-dung',
  ],
  [
    'offword',
    'Vừa ăn phở xong, hỏi nhanh: báo cáo chính trị của đại hội phải đánh giá những gì?',
    'van-kien',
  ],
  [
    'offword',
    'Đang chờ build CI chạy xong nên hỏi luôn: cần thành lập những tổ nào để phục vụ đại hội?',
    'chuan-bi',
  ],
  [
    'offword',
    'Ca trực đêm ở khoa cấp cứu vừa xong, cho hỏi tổ chức đại hội phải bảo đảm những yêu cầu gì về chống lãng phí?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Trời mưa to quá không đi họp được, xin hỏi bot từ ngày 1/7/2025 cấp huyện có còn không?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Cháu tôi đang nấu cơm, tôi tranh thủ hỏi: đại hội chi bộ bây giờ bao lâu tổ chức một lần ạ?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Xe công ty hỏng giữa đường, ngồi chờ cứu hộ hỏi luôn: Đại hội XIV của Đảng diễn ra từ ngày nào đến ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Tiện lúc pha trà cho khách, xin hỏi đại hội điểm ở đảng bộ cơ sở phải làm vào tháng nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Sorry đang debug production, quick question: đợt đại hội nhiệm kỳ 2025-2030 đã kết thúc chưa?',
    'ket-qua',
  ],
  [
    'offword',
    'Đi chợ mua rau về, tôi muốn hỏi từ sau hội nghị quán triệt tháng 10/2024 đến nay đã có những thay đổi gì?',
    'thay-doi',
  ],
  [
    'offword',
    'Máy lạnh phòng họp hỏng rồi, cho hỏi lựa chọn nhân sự cấp ủy khóa mới phải theo những tiêu chuẩn nào?',
    'nhan-su',
  ],

  // Two-part questions.
  [
    'two-part',
    'Nhờ bot nói giúp đại hội chi bộ công ty quân đội gồm mấy nội dung, và chi ủy phải trình đại hội những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Xin hỏi thời gian đại hội chi bộ trực thuộc, đồng thời cho biết đại hội điểm tổ chức lúc nào?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Cần thành lập những tổ giúp việc nào cho đại hội, và tiêu chuẩn nhân sự cấp ủy mới dựa vào đâu?',
    'chuan-bi+nhan-su',
  ],
  [
    'two-part',
    'Chi bộ bây giờ mấy năm đại hội một lần, và Đại hội XIV của Đảng họp khi nào?',
    'chi-bo-5-nam+dai-hoi-xiv',
  ],
  [
    'two-part',
    'Has the 2025–2030 congress round finished, and what has changed since the October 2024 conference?',
    'ket-qua+thay-doi',
  ],
  [
    'two-part',
    'Nguyên tắc tổ chức đại hội là gì, và Đại hội Đảng bộ quận Hai Bà Trưng nhiệm kỳ này là lần thứ mấy?',
    'nguyen-tac+dai-hoi-quan',
  ],
  [
    'two-part',
    'Cho mình hỏi 2 việc: chính quyền 2 cấp chạy từ bao giờ, với lại bot đang dựa vào những văn bản nào?',
    'chinh-quyen-2-cap+tai-lieu',
  ],
  [
    'two-part',
    'Báo cáo kiểm điểm của cấp ủy phải viết thế nào, và bầu đoàn đại biểu dự đại hội cấp trên có phải là một nội dung của đại hội không?',
    'van-kien+noi-dung',
  ],
  [
    'two-part',
    'Chỉ thị của Bộ Chính trị năm 2024 về đại hội có mấy phụ lục, và từ đó đến nay những gì đã thay đổi?',
    'chi-thi-35+thay-doi',
  ],
  [
    'two-part',
    'When were the pilot congresses held, and what must the committee’s self-review report do?',
    'dai-hoi-diem+van-kien',
  ],

  // Per unit type.
  ['unit', 'Chi bộ trực thuộc đảng ủy cơ sở tổ chức đại hội từ tháng nào đến tháng nào?', 'lich-trinh'],
  ['unit', 'Chi bộ cơ sở của công ty quân đội mình hồi đó phải đại hội xong trước ngày nào?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở bệnh viện tổ chức đại hội đại biểu khi nào, sau khi các chi bộ trực thuộc đại hội xong?',
    'lich-trinh',
  ],
  ['unit', 'Đảng bộ cơ sở bệnh viện phải chọn mấy chi bộ trực thuộc để làm đại hội điểm?', 'dai-hoi-diem'],
  ['unit', 'Ban Thường vụ Quận ủy chọn bao nhiêu chi bộ cơ sở để tổ chức đại hội điểm?', 'dai-hoi-diem'],
  [
    'unit',
    'Kính gửi bot, tôi là bí thư chi bộ tổ dân phố, chi bộ chúng tôi trực thuộc Đảng ủy phường. Tôi già rồi hay quên, xin bot nhắc lại giúp đại hội chi bộ phải bầu những gì và thảo luận những văn kiện nào ạ? Tôi xin chân thành cảm ơn.',
    'noi-dung',
  ],
  ['unit', 'As a grassroots party committee, by when did we have to finish our congress?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở khối hành chính sự nghiệp có được chọn để tổ chức đại hội điểm không?',
    'dai-hoi-diem',
  ],
  ['unit', 'Chi bộ cơ sở thì văn kiện trình đại hội gồm những gì?', 'van-kien'],
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy công ty: quy định thí điểm mới về số lần đại hội chi bộ trong 5 năm là gì?',
    'chi-bo-5-nam',
  ],

  // Typos, missing diacritics, abbreviations.
  ['typo', 'dh chi bo gom may noi dung vay', 'noi-dung'],
  ['typo', 'bao cao chinh tri va bao cao kiem diem cua cap uy phai the nao', 'van-kien'],
  ['typo', 'DBCS phai hoan thanh DH truoc ngay nao', 'lich-trinh'],
  ['typo', 'chinh quyen dia phuong 2 cap bat dau tu bao gio', 'chinh-quyen-2-cap'],
  ['typo', 'dai hoi XIV cua dang hop ngay nao den ngay nao', 'dai-hoi-xiv'],
  ['typo', 'chon nhan su cap uy khoa moi can can cu nhung van ban nao vay bot', 'nhan-su'],
  ['typo', 'Đại hội điiểm tổ chưc vào thàng nào?', 'dai-hoi-diem'],
  ['typo', 'ket qua dai hoi cac cap nk 2025-2030 the nao roi', 'ket-qua'],
  ['typo', 'to chuc DH phai theo nguyen tac tap trung dan chu the nao a', 'nguyen-tac'],
  ['typo', 'CB bao lau dh 1 lan theo quy dinh thi diem', 'chi-bo-5-nam'],

  // English.
  ['en', 'What are the four items on a party cell congress agenda for 2025-2030?', 'noi-dung'],
  ['en', 'Which two reports does an outgoing party committee put before its congress?', 'van-kien'],
  ['en', 'Which teams did a party committee have to set up before its congress?', 'chuan-bi'],
  ['en', 'When was the Party’s 14th National Congress held?', 'dai-hoi-xiv'],
  ['en', 'Under the 2025 pilot, how many congresses does a party cell hold in five years?', 'chi-bo-5-nam'],
  ['en', 'Which principles must guide the congress, democratic centralism for instance?', 'nguyen-tac'],
  ['en', 'Is there still a district level in Vietnam’s local government?', 'chinh-quyen-2-cap'],
  ['en', 'Could you list the documents your answers are based on, with their status?', 'tai-lieu'],
  [
    'en',
    'For my research: what were the overall results of the 2025–2030 congresses at all levels?',
    'ket-qua',
  ],
  [
    'en',
    "For my literature review: what requirements did the Politburo's June 2024 directive on congresses set out?",
    'chi-thi-35',
  ],

  // Facts.
  ['fact', 'Trong văn kiện trình đại hội, báo cáo nào giữ vai trò trung tâm, định hướng ạ?', 'van-kien'],
  [
    'fact',
    'Kính gửi bot, các đại hội cơ sở năm đó tiến tới Đại hội Đảng bộ quận Hai Bà Trưng lần thứ bao nhiêu ạ?',
    'dai-hoi-quan',
  ],
  [
    'fact',
    'Tại Hà Nội có bao nhiêu đảng bộ cấp huyện kết thúc hoạt động khi bỏ cấp huyện?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Hồi trước khi có thí điểm, Điều lệ Đảng cho chi bộ đại hội bao nhiêu lần trong một nhiệm kỳ 5 năm?',
    'chi-bo-5-nam',
  ],
  ['fact', 'Chỉ thị về đại hội năm 2024 của Bộ Chính trị gồm mấy phần?', 'chi-thi-35'],
  ['fact', 'Ban Thường vụ Quận ủy tổ chức đại hội điểm vào thời gian nào?', 'dai-hoi-diem'],
  [
    'fact',
    'Theo kết luận của Bộ Chính trị và Ban Bí thư về đại hội các cấp, sau đại hội cần tiếp tục làm gì?',
    'ket-qua',
  ],
  ['fact', 'Báo cáo kiểm điểm của chi ủy trình đại hội cần thể hiện tinh thần gì?', 'van-kien'],
  ['fact', 'Đại hội chi bộ trực thuộc phải hoàn thành trong tháng mấy năm 2025?', 'lich-trinh'],
  ['fact', 'Nội dung thứ hai của đại hội là góp ý vào những văn kiện nào?', 'noi-dung'],
  ['fact', 'Khi rà soát công việc chuẩn bị đại hội, cần chú ý nhất đến khâu nào?', 'chuan-bi'],
  [
    'fact',
    'Nếu cần thiết thì cấp ủy có được bổ sung quy hoạch cán bộ phục vụ nhân sự đại hội không?',
    'nhan-su',
  ],
  [
    'fact',
    'Thưa bot, tôi đọc báo thấy nay không còn quận nữa, vậy Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII mà trước đây Quận ủy chuẩn bị thì nay thế nào ạ?',
    'dai-hoi-quan',
  ],

  // Lookalikes: the residential-group cell's elderly secretary.
  [
    'lookalike',
    'Thưa bot, chi bộ tổ dân phố chúng tôi có đồng chí đảng viên 85 tuổi vừa từ trần, xin hỏi chi bộ cần làm những thủ tục gì để tổ chức lễ tang và viết điếu văn cho đồng chí ấy ạ?',
    null,
  ],
  [
    'lookalike',
    'Kính gửi bot, tôi muốn hỏi chi bộ tổ dân phố có bắt buộc đặt mua báo Nhân Dân và Tạp chí Xây dựng Đảng hằng năm không, mỗi năm hết bao nhiêu tiền ạ?',
    null,
  ],
  [
    'lookalike',
    'Xin hỏi bot, tổ dân phố chúng tôi sắp họp hội nghị nhân dân để bầu tổ trưởng tổ dân phố mới, việc bầu đó theo quy định nào và ai được đi bầu ạ?',
    null,
  ],
  [
    'lookalike',
    'Thưa bot, dòng họ Nguyễn của tôi định tổ chức đại hội dòng họ vào dịp rằm tháng Giêng, xin gợi ý giúp chương trình đại hội dòng họ gồm những mục gì ạ?',
    null,
  ],
  [
    'lookalike',
    'Kính chào bot, tôi bị mất thẻ đảng viên khi đi chợ, xin hỏi thủ tục đề nghị cấp lại thẻ đảng như thế nào và nộp cho ai ạ?',
    null,
  ],
  [
    'lookalike',
    'Thưa bot, chung cư nơi tôi ở sắp tổ chức hội nghị nhà chung cư để bầu ban quản trị, tôi là bí thư chi bộ thì có nên đứng ra chủ trì không ạ?',
    null,
  ],
  [
    'lookalike',
    'Xin phép hỏi bot, chi bộ tổ dân phố chúng tôi mỗi năm được phường cấp kinh phí hoạt động bao nhiêu tiền và được chi cho những việc gì ạ?',
    null,
  ],
  [
    'lookalike',
    'Thưa bot, đại hội chi hội khuyến học của tổ dân phố nhiệm kỳ mới phải bầu bao nhiêu ủy viên ban chấp hành chi hội ạ?',
    null,
  ],
  [
    'lookalike',
    'Kính gửi bot, các cụ trong câu lạc bộ thơ của phường nhờ tôi làm một bài thơ lục bát mừng đại hội chi bộ, bot có thể làm giúp một bài không ạ?',
    null,
  ],
  [
    'lookalike',
    'Xin hỏi bot, buổi sinh hoạt chi bộ tháng này chúng tôi muốn học chuyên đề về tấm gương Bác Hồ, chuyên đề học tập và làm theo Bác năm nay là gì ạ?',
    null,
  ],
  [
    'lookalike',
    'Thưa bot, chúng tôi chuẩn bị Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư, chi bộ cần phối hợp với ban công tác Mặt trận như thế nào ạ?',
    null,
  ],
  [
    'lookalike',
    'Kính gửi bot, trụ sở ủy ban phường mới sau sáp nhập đặt ở đâu, tôi cần đến xin xác nhận chữ ký cho giấy ủy quyền lĩnh lương hưu ạ?',
    null,
  ],
  [
    'lookalike',
    'Thưa bot, nhà tôi bị thấm dột từ căn hộ tầng trên, tôi là bí thư chi bộ thì có nên đưa việc này ra chi bộ giải quyết không ạ?',
    null,
  ],
  [
    'lookalike',
    'Kính gửi bot, Đại hội Hội Chữ thập đỏ phường nhiệm kỳ mới có phải báo cáo với chi bộ tổ dân phố không ạ?',
    null,
  ],
  [
    'lookalike',
    'Xin hỏi bot, đại hội liên đội Thiếu niên Tiền phong ở trường của cháu tôi thì phụ huynh có được đến dự không ạ?',
    null,
  ],
  [
    'lookalike',
    'Thưa bot, lễ kỷ niệm ngày thành lập Đảng 3/2 năm nay chi bộ tổ dân phố có phải tổ chức mít tinh không ạ?',
    null,
  ],
  [
    'lookalike',
    'Kính gửi bot, chi bộ chúng tôi định đi tham quan khu di tích Pác Bó sau đại hội, thuê xe 45 chỗ đi ba ngày giá bao nhiêu ạ?',
    null,
  ],
  [
    'lookalike',
    'Xin cho tôi lời bài hát Đảng đã cho ta mùa xuân để các cụ hát trong buổi đại hội chi bộ ạ',
    null,
  ],

  // Lookalikes: the IT engineer.
  [
    'lookalike',
    'Bot này được build bằng framework gì vậy, Telegraf hay grammY? Mình muốn contribute code.',
    null,
  ],
  ['lookalike', 'Chi bộ mình họp online thì nên dùng Zoom, Google Meet hay Teams cho secure hơn?', null],
  [
    'lookalike',
    'Team mình đang chuẩn bị sprint review meeting cuối quý, bot có template agenda không?',
    null,
  ],
  ['lookalike', 'App Sổ tay đảng viên điện tử báo lỗi không nhận OTP, fix kiểu gì vậy bot?', null],
  [
    'lookalike',
    'Đảng ủy khối doanh nghiệp muốn build dashboard quản lý đảng viên, recommend giúp mình stack backend với database nào scale tốt?',
    null,
  ],
  [
    'lookalike',
    'Mình cần convert file báo cáo chính trị từ .docx sang PDF/A để nộp online, tool nào free nhỉ?',
    null,
  ],
  [
    'lookalike',
    'Chi bộ muốn livestream đại hội lên fanpage công ty, setup OBS thế nào cho stream ổn định?',
    null,
  ],
  ['lookalike', 'Bot có log lại chat của mình không, data lưu ở server nào, có encrypt không?', null],
  [
    'lookalike',
    'Mình muốn làm QR code điểm danh đảng viên dự đại hội chi bộ, có tool nào generate nhanh không?',
    null,
  ],
  [
    'lookalike',
    'Dùng ChatGPT viết draft báo cáo kiểm điểm của chi ủy thì có vi phạm quy định bảo mật tài liệu của Đảng không?',
    null,
  ],
  ['lookalike', 'Laptop công ty mở file nghị quyết đại hội bị lỗi font VNI-Times, fix sao bot?', null],
  [
    'lookalike',
    'Chi bộ cần vote ẩn danh chọn ngày đi liên hoan, dùng Google Form hay Microsoft Forms tiện hơn?',
    null,
  ],

  // Lookalikes: the hospital committee's office.
  [
    'lookalike',
    'Văn phòng Đảng ủy bệnh viện cần xếp lịch trực Tết cho các đồng chí trong Ban Thường vụ, có mẫu lịch trực không?',
    null,
  ],
  [
    'lookalike',
    'Đảng ủy bệnh viện hỏi: bác sĩ là đảng viên đi học nâng cao ở Nhật 6 tháng thì cần xin phép cấp ủy những thủ tục gì?',
    null,
  ],
  [
    'lookalike',
    'Bệnh viện sắp có đoàn thanh tra của Sở Y tế về đấu thầu thuốc, Đảng ủy cần chuẩn bị báo cáo gì?',
    null,
  ],
  [
    'lookalike',
    'Xin hỏi mức thanh toán bảo hiểm y tế cho bệnh nhân chuyển tuyến năm 2026 là bao nhiêu phần trăm?',
    null,
  ],
  [
    'lookalike',
    'Đảng viên là điều dưỡng bị phản ánh nhận phong bì của người nhà bệnh nhân, chi bộ xử lý kỷ luật theo hình thức nào?',
    null,
  ],
  ['lookalike', 'Hội đồng chuyên môn bệnh viện họp hội chẩn liên khoa ca bệnh khó thì ai chủ trì?', null],
  [
    'lookalike',
    'Văn phòng cần mẫu nghị quyết hội nghị Ban Chấp hành Đảng bộ bệnh viện quý IV để ban hành chương trình công tác năm sau',
    null,
  ],
  [
    'lookalike',
    'Đảng ủy bệnh viện xin số điện thoại của Ban Tổ chức Đảng ủy Khối để hỏi về hồ sơ kết nạp đảng viên',
    null,
  ],
  [
    'lookalike',
    'Trước khi bổ nhiệm lại trưởng khoa là đảng viên, Đảng ủy bệnh viện có phải lấy nhận xét của chi bộ nơi cư trú không?',
    null,
  ],
  [
    'lookalike',
    'Đảng ủy bệnh viện muốn tổ chức hội nghị biểu dương đảng viên trẻ tiêu biểu, kinh phí lấy từ nguồn nào?',
    null,
  ],

  // Lookalikes: the Indian researcher.
  ['lookalike', 'When does the Indian National Congress working committee meet next?', null],
  [
    'lookalike',
    'I am a researcher from Delhi: may I attend a ward party cell’s congress in Hanoi as an observer?',
    null,
  ],
  ['lookalike', 'How many women were elected to the Central Committee at the 14th Congress?', null],
  ['lookalike', 'Who was elected General Secretary at the 14th National Congress in January 2026?', null],
  [
    'lookalike',
    'Is there an official English translation of the 14th Congress political report that I can cite?',
    null,
  ],
  [
    'lookalike',
    'Which Vietnamese archives hold the minutes of grassroots party congresses from the 1980s?',
    null,
  ],
  [
    'lookalike',
    'Could you give me the e-mail of someone at the Hanoi Party Committee’s Organisation Board for an interview request?',
    null,
  ],
  ['lookalike', 'How does the CPI(M) party congress in Kerala elect its state committee?', null],
  [
    'lookalike',
    'Does the Vietnamese party publish how many votes each delegate received at a congress?',
    null,
  ],
  ['lookalike', 'What is the best book on Đổi Mới and the Sixth Party Congress of 1986?', null],
  [
    'lookalike',
    'Is there a grant from the Vietnam Academy of Social Sciences for foreign postdoctoral researchers?',
    null,
  ],
  ['lookalike', 'Where will the next session of the UN General Assembly be held?', null],

  // Lookalikes: the military-run company's cell.
  [
    'lookalike',
    'Chi bộ phân xưởng công ty mình thuộc Bộ Quốc phòng, Đại hội thi đua Quyết thắng của công ty năm nay tổ chức vào tháng mấy?',
    null,
  ],
  ['lookalike', 'Đại hội Đảng bộ Quân đội lần thứ XII được tổ chức vào ngày nào?', null],
  [
    'lookalike',
    'Công ty quân đội của mình sắp cổ phần hóa, đảng viên có được ưu tiên mua cổ phần không?',
    null,
  ],
  [
    'lookalike',
    'Quân nhân chuyên nghiệp làm ở doanh nghiệp quân đội được tính phụ cấp thâm niên thế nào?',
    null,
  ],
  ['lookalike', 'Hội nghị quân chính đầu năm của công ty thì chi bộ phải chuẩn bị báo cáo những gì?', null],
  ['lookalike', 'Ngày hội quốc phòng toàn dân 22/12 công nhân công ty quân đội có được nghỉ không?', null],
  ['lookalike', 'Đảng viên trong doanh nghiệp quân đội có được bán hàng online kiếm thêm không?', null],
  ['lookalike', 'Xin số tổng đài của Tổng cục Công nghiệp quốc phòng', null],
  [
    'lookalike',
    'Chi bộ công ty tổ chức hội thao quân sự, thi bắn súng AK thì quy chế chấm điểm thế nào?',
    null,
  ],
  ['lookalike', 'Công nhân quốc phòng nghỉ hưu trước tuổi được hưởng chế độ gì?', null],
  ['lookalike', 'Đại hội Đảng bộ thành phố Hà Nội lần thứ XVIII tổ chức ở hội trường nào?', null],
  ['lookalike', 'Đại hội Hội Nhà văn Việt Nam gần nhất bầu ai làm chủ tịch?', null],
  ['lookalike', 'Hội nghị COP về khí hậu năm nay Việt Nam cam kết những gì?', null],
  ['lookalike', 'Bot có bán áo cờ in logo đại hội để chi bộ mặc trong ngày đại hội không?', null],
  ['lookalike', 'Con gái tôi thi công chức phường, đề thi có hỏi về Điều lệ Đảng không?', null],
];

export const NEWSET68: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
