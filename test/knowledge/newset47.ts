/**
 * The forty-seventh new evaluation set (issue 11, point 6), written on 2026-12-04 from 01:41 UTC
 * (committed in the commit "Eval: newset47, the forty-seventh unseen set") by a helper (set47)
 * that never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints:
 * the documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes
 * and names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before its `const items` line) and its last line, the part of newset.ts
 * before `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under
 * src/, bench/ or config/, no project README, no git log, diff or show, and no other set's or
 * pool's items were read (the workplace's own notes on its machine and search tool, outside the
 * project, were read; they say nothing about the engine). Its users are imagined as the secretary of a cell in a fishing cooperative, a deputy
 * secretary of a university's party committee, a Japanese researcher who writes in English, the
 * secretary of a cell of the civilian staff of a ward police station, a member who asks two or
 * three things in one message, and a grandmother whose grandson types for her; with the
 * out-of-scope messages such users send (the cooperative's annual members' meeting and its profit
 * sharing, fishing-boat registration, diesel and tuna prices, storm warnings, voyage-monitoring
 * devices and their fines, fishermen's meetings on illegal fishing, the fisheries association's
 * congress, the whale-worship festival, hull and crew insurance; the students' association's and
 * the school Youth Union's congresses, the staff conference, electing a rector by the university
 * council, transferring graduating student members, admitting students, the party awareness
 * course, international workshops, professorship reviews, tuition; Japan's LDP and Communist
 * Party, the Lao party's congress, research visas, archive hours, vote-count downloads, citing the
 * bot, a Japan–Vietnam conference, hotels, translating a historical "hội nghị"; ID-card and VNeID
 * appointments, temporary residence, traffic fines, the police Youth Union's congress, night-shift
 * pay of contract staff, fire-safety review meetings, a stolen motorbike, police trade-union dues,
 * the new station's address and phone; dues, lost member books and cards, year-end grading and
 * rewards, the monthly cell meeting, travel abroad and exemption from meetings, booking the
 * meeting room, a broken projector, whether the bot keeps messages or runs on Zalo; the 55-year
 * badge and its money, pensions, health-insurance cards, the elderly people's and veterans'
 * associations' congresses, a member's funeral, the parents' meeting at school, the ward sports
 * games, cooking, blood-pressure pills; who the new commune secretary is, whether the bot is a
 * person, the yen's rate, a dairy company's shareholders' dividend, an investment promotion
 * conference, the hall's wifi password, an invitation template).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset47.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, who was elected, how many
 * delegates, age limits, committee sizes, the money a congress may spend, which cells the
 * five-yearly pilot covers) were left out, not guessed.
 *
 * Engine changes reached main after its commit: 5e14c86 (a question naming a party organisation
 * but not the subject must match a fifth of its weight), 2d23ec3 (the government's reform is not
 * the subject beside other party business), c036f2a (the press at a congress, forwarded scams)
 * and 8bdb4ea (nguyen-tac's keywords); its writer saw none of them. It was measured once, at
 * 01:55 UTC on main 8bdb4ea (`node --expose-gc dist/bench/qa.js`, load 1.64): qa_new_top1
 * 97.8 %, qa_new_oos_refused 100.0 % (3 in-scope misses, no lookalike answered; qa_p99_us 93.4 in
 * that run, p50 28.6). Its misses were listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number, in several spellings each.
  [
    'doc',
    'Chi bộ HTX hải sản Tân Lập chúng tôi còn giữ bản Chỉ thị 35-CT/TW ngày 14/6/2024, giờ nó còn hiệu lực hay bị thay rồi?',
    'doc:ct-35-2024',
  ],
  ['doc', 'ct35 nam 2024 cua bo chinh tri con dung ko', 'doc:ct-35-2024'],
  [
    'doc',
    'Could you show me the card for Directive 35-CT/TW of 14 June 2024? I am comparing it with party rules in Japan.',
    'doc:ct-35-2024',
  ],
  ['doc', 'Văn bản CT 35 năm 2024 của Bộ Chính trị, thưa bot, ai thay thế nó?', 'doc:ct-35-2024'],
  [
    'doc',
    'Chỉ thị 35 ngày 30/5/2019 hướng tới Đại hội XIII thì tình trạng thế nào trong nguồn của bot?',
    'doc:ct-35-2019',
  ],
  [
    'doc',
    'Directive 35 of 30 May 2019, toward the 13th Congress: what does your card say?',
    'doc:ct-35-2019',
  ],
  [
    'doc',
    'Đảng ủy trường còn lưu CT35-CT/TW bản năm 2019, xin cho biết thông tin văn bản đó',
    'doc:ct-35-2019',
  ],
  ['doc', 'Kết luận 118-KL/TW điều chỉnh những gì của chỉ thị cũ vậy bot?', 'doc:kl-118-2025'],
  ['doc', 'kl118 do co quan nao ky vay ban oi', 'doc:kl-118-2025'],
  ['doc', 'Who issued Conclusion 118-KL/TW of January 2025, and is it still valid?', 'doc:kl-118-2025'],
  ['doc', 'Bà nhờ cháu hỏi: Chỉ thị số 45-CT/TW là của ai, ra ngày nào?', 'doc:ct-45-2025'],
  ['doc', 'CT45 ra đời thì thay cho những văn bản nào, chi bộ nghề cá cần biết', 'doc:ct-45-2025'],
  ['doc', 'Directive 45 of the Politburo: what is its status now?', 'doc:ct-45-2025'],
  ['doc', 'Kết luận số 200-KL/TW ngày 17/10/2025 là của cơ quan nào?', 'doc:kl-200-2025'],
  ['doc', 'KL 200 của Bộ Chính trị và Ban Bí thư có thay đổi gì sau khi ban hành không', 'doc:kl-200-2025'],
  [
    'doc',
    'Conclusion No. 200-KL/TW: please give me the issuing body and the date for my paper.',
    'doc:kl-200-2025',
  ],
  ['doc', 'Hướng dẫn 27-HD/BTCTW ngày 26/8/2024 có nội dung gì?', 'doc:hd-27-2024'],
  ['doc', 'hd27 cua ban to chuc trung uong', 'doc:hd-27-2024'],
  [
    'doc',
    'Guidance 27-HD/BTCTW from the Central Organisation Commission: is its content confirmed?',
    'doc:hd-27-2024',
  ],
  ['doc', 'Hướng dẫn số 18-HD/BTCTU của Ban Tổ chức Thành ủy Hà Nội ban hành khi nào?', 'doc:hd-18-2024'],
  ['doc', 'HD 18 BTCTU hướng dẫn cái gì', 'doc:hd-18-2024'],
  ['doc', 'What is Guidance 18 of the Hanoi Organisation Board about?', 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch 258-KH/TU ngày 15/7/2024 của Thành ủy nói về gì', 'doc:kh-258-2024'],
  ['doc', 'kh258 la cua thanh uy ha noi a', 'doc:kh-258-2024'],
  ['doc', 'Plan 258 of the Hanoi Party Committee, 2024: what do you hold on it?', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch số 203-KH/QU do Quận ủy Hai Bà Trưng ký ngày nào, bà muốn biết', 'doc:kh-203-2024'],
  ['doc', 'KH 203 quận ủy HBT, giờ quận không còn thì văn bản đó ra sao', 'doc:kh-203-2024'],
  ['doc', 'Plan 203-KH/QU of Hai Ba Trung district: issuer and date, please.', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 về cán bộ, bot có thông tin không?', 'doc:nq-26-2018'],
  ['doc', 'nq26 khoa XII la nghi quyet gi', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26 of the 12th Central Committee (May 2018): what is its status?', 'doc:nq-26-2018'],
  ['doc', 'Quy định 89-QĐ/TW ngày 4/8/2017 về tiêu chuẩn cán bộ còn áp dụng không?', 'doc:qd-89-2017'],
  ['doc', 'QĐ 89 bị thay chưa', 'doc:qd-89-2017'],
  ['doc', 'For my footnote: has Regulation 89 on cadre standards been superseded?', 'doc:qd-89-2017'],
  ['doc', 'Cho tôi xin thông tin Quy định số 365-QĐ/TW ngày 30/8/2025 của Bộ Chính trị', 'doc:qd-365-2025'],
  ['doc', 'qd365 thay the cai nao', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365-QĐ/TW: date and issuer?', 'doc:qd-365-2025'],
  [
    'doc',
    'Đảng ủy trường cần tra Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy về tiêu chí đánh giá cán bộ',
    'doc:qd-14-2023',
  ],
  ['doc', 'QĐ14/TU ngày 6/11/2023 còn hiệu lực không', 'doc:qd-14-2023'],
  ['doc', 'Regulation 14-QĐ/TU of the Hanoi Standing Board: what is it?', 'doc:qd-14-2023'],
  ['doc', 'Quy định 2656-QĐ/QU ngày 13/11/2023 nói về gì', 'doc:qd-2656-2023'],
  ['doc', 'qđ 2656 của quận ủy', 'doc:qd-2656-2023'],
  ['doc', 'Regulation 2656 of the district Standing Board, please', 'doc:qd-2656-2023'],
  ['doc', 'Quy định số 1216-QĐ/QU về quy hoạch cán bộ của Ban Thường vụ Quận ủy', 'doc:qd-1216-2022'],
  ['doc', 'QD1216 con hieu luc khong', 'doc:qd-1216-2022'],
  ['doc', 'What does your card say about Regulation 1216 (April 2022)?', 'doc:qd-1216-2022'],
  ['doc', 'Quy định 294-QĐ/TW bắt đầu có hiệu lực từ hôm nào vậy anh bot?', 'doc:qd-294-2025'],
  ['doc', 'qd 294 thi diem dai hoi chi bo', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294 of May 2025: who issued it?', 'doc:qd-294-2025'],
  ['doc', 'Hướng dẫn 26-HD/BTCTW năm 2019 còn dùng được không?', 'doc:hd-26-2019'],
  ['doc', 'HD26 ngày 18/10/2019 là hướng dẫn gì', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26-HD/BTCTW of October 2019: details?', 'doc:hd-26-2019'],

  // Documents the pack does not hold.
  ['unknown-doc', 'Chỉ thị 32-CT/TW về đánh bắt hải sản có trong bot không?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 232-QĐ/TW về thi hành Điều lệ Đảng, bot có không?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 06-HD/BTCTW năm 2022 về nghiệp vụ công tác đảng viên', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 150-KL/TW có gì mới', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị quyết 57-NQ/TW về khoa học công nghệ, trường đại học cần nắm những gì?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kế hoạch 112-KH/ĐU của Đảng ủy trường về đại hội chi bộ sinh viên', 'unknown-doc'],
  ['unknown-doc', 'Is Directive 23-CT/TW in your sources?', 'unknown-doc'],
  ['unknown-doc', 'Regulation 144-QĐ/TW on revolutionary ethics: do you have it?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn số 21-HD/BTGTW về tuyên truyền đại hội', 'unknown-doc'],
  ['unknown-doc', 'Công văn 1520-CV/ĐU của đảng ủy phường gửi các chi bộ nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 07-KH/ĐUCA của Đảng ủy Công an phường', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 03-NQ/ĐU của Đảng ủy xã về hợp tác xã nghề cá', 'unknown-doc'],
  ['unknown-doc', 'Thông báo 52-TB/TU của Thành ủy', 'unknown-doc'],
  ['unknown-doc', 'Conclusion 121-KL/TW on streamlining the apparatus: is it in the bot?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 80-QĐ/TW về phân cấp quản lý cán bộ', 'unknown-doc'],
  ['unknown-doc', 'bà hỏi cái chỉ thị 05 về học tập Bác Hồ có trong máy không cháu', 'unknown-doc'],

  // In scope, with everyday words around the question.
  [
    'offword',
    'Tàu vừa cập cảng, cá chưa kịp bán, tranh thủ hỏi: đại hội chi bộ phải làm mấy nội dung?',
    'noi-dung',
  ],
  [
    'offword',
    'Nhà đang nấu cơm, bot cho hỏi báo cáo chính trị trình đại hội cần đánh giá những gì?',
    'van-kien',
  ],
  [
    'offword',
    'Trưa nay trực ca ở phường xong, tôi muốn biết cần lập những tổ nào để phục vụ đại hội',
    'chuan-bi',
  ],
  [
    'offword',
    'Mưa gió bão bùng thế này, đại hội có phải tránh phô trương, chống lãng phí không?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Cháu đang đi học thêm, bà hỏi: Đại hội Đảng toàn quốc lần thứ mười bốn họp ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Uống xong cốc cà phê, em hỏi luôn: bây giờ còn cấp quận, cấp huyện không?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Giữa giờ giảng, cho tôi hỏi nhanh các đại hội nhiệm kỳ 2025-2030 đã xong hết chưa?',
    'ket-qua',
  ],
  [
    'offword',
    'Con mèo vừa làm đổ lọ mực, chuyện khác: chi bộ giờ bao nhiêu năm đại hội một lần?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Đang vá lưới, hỏi chút: báo cáo kiểm điểm của cấp ủy phải viết theo tinh thần nào?',
    'van-kien',
  ],
  [
    'offword',
    'Sáng đi chợ mua rau, chiều họp chi bộ, nhân tiện hỏi chọn người vào cấp ủy khóa mới dựa vào tiêu chuẩn gì?',
    'nhan-su',
  ],
  [
    'offword',
    'Hôm nay sinh nhật con gái, mà đại hội điểm của chi bộ trực thuộc làm trong tháng nào vậy?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Xe máy hỏng giữa đường, đứng chờ thợ, hỏi: từ sau hội nghị quán triệt tháng 10/2024 có thay đổi gì về đại hội?',
    'thay-doi',
  ],

  // Two questions in one message.
  [
    'two-part',
    'Chi bộ HTX hỏi: đại hội gồm những nội dung gì, và cấp ủy trình đại hội mấy báo cáo?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Cho tôi hỏi hai việc: chuẩn bị đại hội cần làm những gì, và tổ chức đại hội phải theo nguyên tắc nào?',
    'chuan-bi+nguyen-tac',
  ],
  [
    'two-part',
    'Đại hội điểm làm khi nào? Thêm nữa, nhân sự cấp ủy mới chọn theo những quy định gì?',
    'dai-hoi-diem+nhan-su',
  ],
  [
    'two-part',
    'Đại hội XIV diễn ra ngày nào, còn kết quả đại hội các cấp nhiệm kỳ này ra sao?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Chính quyền hai cấp bắt đầu từ bao giờ; và chi bộ có còn đại hội hai lần trong năm năm không?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Lịch đại hội theo từng loại tổ chức đảng thế nào, và bot dựa vào những văn bản nào?',
    'lich-trinh+tai-lieu',
  ],
  [
    'two-part',
    'Mình hỏi gộp: Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII là thế nào, và từ sau hội nghị quán triệt có gì thay đổi?',
    'dai-hoi-quan+thay-doi',
  ],
  [
    'two-part',
    'When was the 14th National Congress held, and how often do party cells now hold their congresses?',
    'dai-hoi-xiv+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Bà hỏi hai điều: đại hội các cấp xong chưa, và giờ còn quận không hả cháu?',
    'ket-qua+chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'Chỉ thị của Bộ Chính trị năm 2024 về đại hội gồm mấy phần, còn báo cáo chính trị phải đánh giá những gì?',
    'chi-thi-35+van-kien',
  ],
  [
    'two-part',
    'Tổ văn kiện, tổ nhân sự lập ra để làm gì, và bầu đoàn đại biểu dự đại hội cấp trên có phải một nội dung của đại hội không?',
    'chuan-bi+noi-dung',
  ],

  // Per unit type.
  ['unit', 'Chi bộ trực thuộc đảng ủy cơ sở thì đại hội bắt đầu từ tháng mấy?', 'lich-trinh'],
  ['unit', 'Chi bộ cơ sở như HTX đánh cá chúng tôi đại hội theo lịch nào?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở của trường đại học tổ chức đại hội sau khi các chi bộ trực thuộc xong, đúng không?',
    'lich-trinh',
  ],
  ['unit', 'Đảng bộ cơ sở trường tôi phải chọn mấy chi bộ trực thuộc để làm đại hội điểm?', 'dai-hoi-diem'],
  ['unit', 'Chi bộ cơ sở có được chọn làm đại hội điểm đầu quý I/2025 không?', 'dai-hoi-diem'],
  ['unit', 'Chi bộ trực thuộc bây giờ đại hội mấy năm một lần theo thí điểm mới?', 'chi-bo-5-nam'],
  [
    'unit',
    'A party cell under a grassroots committee: when was its congress supposed to be held?',
    'lich-trinh',
  ],
  ['unit', 'Đảng ủy cơ sở của trường trình đại hội những báo cáo nào, thưa bot?', 'van-kien'],
  ['unit', 'Chi bộ cơ sở đại hội thì bầu những gì?', 'noi-dung'],

  // Typos, no diacritics, abbreviations.
  ['typo', 'dai hoi chi bo gom may noi dung z', 'noi-dung'],
  ['typo', 'bao cao chinh tri trinh dh phai danh gia nhg gi', 'van-kien'],
  ['typo', 'chuan bi dh chi bo cong an phg can lap nhung to nao', 'chuan-bi'],
  ['typo', 'ng tac tap trung dan chu khi to chuc dh', 'nguyen-tac'],
  ['typo', 'dh diem cua dbcs lam thang may', 'dai-hoi-diem'],
  ['typo', 'chon nhan su cap uy khoa moi theo tieu chuan j', 'nhan-su'],
  ['typo', 'dh xiv hop ngay nao vay ad', 'dai-hoi-xiv'],
  ['typo', 'chinh quyen 2 cap van hanh tu bao h vay ad', 'chinh-quyen-2-cap'],
  ['typo', 'cb ghe ca cua toi dai hoi 5 nam 1 lan dung ko', 'chi-bo-5-nam'],
  ['typo', 'ket qua dh cac cap nk 2025 2030 ra sao', 'ket-qua'],
  ['typo', 'tu sau hn quan triet 23/10/2024 co thay doi gi ko', 'thay-doi'],
  ['typo', 'dh dang bo quan hbt lan thu XXVII la dh gi v', 'dai-hoi-quan'],

  // English.
  ['en', 'What must a party cell congress cover for the 2025-2030 term?', 'noi-dung'],
  ['en', 'What should the political report to the congress assess?', 'van-kien'],
  ['en', 'Which teams does a grassroots organisation set up to prepare its congress?', 'chuan-bi'],
  [
    'en',
    'What principle must guide the organisation of the congress, according to your sources?',
    'nguyen-tac',
  ],
  ['en', 'In which month were the pilot congresses of party cells held?', 'dai-hoi-diem'],
  ['en', 'On what basis are new committee members chosen and nominated?', 'nhan-su'],
  ['en', 'Has the district level of local government been abolished in Vietnam?', 'chinh-quyen-2-cap'],
  ['en', 'For my fieldwork timeline: are the 2025-2030 congresses at all levels now finished?', 'ket-qua'],
  [
    'en',
    'Could you list the documents this bot relies on for the 2025-2030 congresses, for my bibliography?',
    'tai-lieu',
  ],
  ['en', 'What has changed since the dissemination conference of 23 October 2024?', 'thay-doi'],
  ['en', 'Tell me about the XXVII Congress of the Hai Ba Trung District Party Organisation.', 'dai-hoi-quan'],

  // Facts from FACTS.md.
  ['fact', 'Chỉ thị của Bộ Chính trị tháng 6/2024 về đại hội có mấy phụ lục?', 'chi-thi-35'],
  ['fact', 'Bảy yêu cầu của chỉ thị về đại hội tiến tới Đại hội XIV tóm tắt là gì?', 'chi-thi-35'],
  ['fact', 'Bà hỏi Đại hội XIV của Đảng bế mạc vào ngày nào hả cháu?', 'dai-hoi-xiv'],
  [
    'fact',
    'Từ 1/7/2025 Hà Nội có bao nhiêu đảng bộ cấp huyện thôi hoạt động, tôi cần số liệu cho bài giảng',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Trước khi có thí điểm, theo Điều lệ Đảng thì chi bộ công an phường đại hội mấy lần trong 5 năm?',
    'chi-bo-5-nam',
  ],
  ['fact', 'Văn bản nào thay cho quy định về tiêu chuẩn cán bộ năm 2017?', 'thay-doi'],
  [
    'fact',
    'Kết luận tháng 10/2025 của Bộ Chính trị, Ban Bí thư đánh giá đại hội các cấp thế nào?',
    'ket-qua',
  ],
  [
    'fact',
    'The Japanese press said the 14th Congress ran from 19 to 23 January 2026. Can you confirm?',
    'dai-hoi-xiv',
  ],
  [
    'fact',
    'Is there an earlier directive from 2019 with the same number as the 2024 congress directive?',
    'chi-thi-35',
  ],
  ['fact', 'Theo kết luận về kết quả đại hội, cấp ủy phải tiếp tục làm gì sau đại hội?', 'ket-qua'],
  ['fact', 'Chỉ thị về đại hội năm 2024 bị thay bằng chỉ thị nào, vào ngày nào?', 'thay-doi'],

  // Lookalikes: the fishing cooperative's cell secretary.
  [
    'lookalike',
    'HTX chúng tôi sắp đại hội thành viên thường niên, biểu quyết chia lãi thế nào cho đúng Luật Hợp tác xã?',
    null,
  ],
  ['lookalike', 'Tàu cá dưới 15 mét đăng ký ở đâu, giấy tờ cần những gì?', null],
  ['lookalike', 'Giá dầu diesel cho tàu tuần này bao nhiêu một lít?', null],
  ['lookalike', 'Bão sắp vào, tàu thuyền phải về bến trước ngày nào?', null],
  ['lookalike', 'Thiết bị giám sát hành trình trên tàu cá bị mất tín hiệu thì bị phạt bao nhiêu?', null],
  ['lookalike', 'Hội nghị ngư dân về chống khai thác IUU của xã tổ chức ở đâu?', null],
  ['lookalike', 'Đại hội Hội Nghề cá tỉnh nhiệm kỳ mới bầu được bao nhiêu ủy viên?', null],
  ['lookalike', 'Lễ hội cầu ngư năm nay làm ngày mấy âm lịch?', null],
  ['lookalike', 'Bảo hiểm thân tàu, bảo hiểm thuyền viên được nhà nước hỗ trợ bao nhiêu phần trăm?', null],
  ['lookalike', 'Giá cá ngừ đại dương ở cảng cá hôm nay thế nào?', null],

  // Lookalikes: the university committee's deputy secretary.
  ['lookalike', 'Đại hội đại biểu Hội Sinh viên trường cần chuẩn bị những văn kiện gì?', null],
  ['lookalike', 'Hội nghị viên chức, người lao động đầu năm học phải có những báo cáo nào?', null],
  ['lookalike', 'Quy trình bầu hiệu trưởng của hội đồng trường gồm mấy bước?', null],
  ['lookalike', 'Sinh viên đảng viên tốt nghiệp về địa phương thì chuyển sinh hoạt đảng thế nào?', null],
  ['lookalike', 'Hồ sơ kết nạp đảng cho sinh viên năm ba gồm những gì?', null],
  ['lookalike', 'Lớp bồi dưỡng nhận thức về Đảng khóa tới mở khi nào?', null],
  [
    'lookalike',
    'Hội thảo khoa học quốc tế của khoa cần xin phép cơ quan nào khi mời chuyên gia nước ngoài?',
    null,
  ],
  ['lookalike', 'Hội đồng giáo sư ngành xét công nhận đạt chuẩn năm nay có thay đổi gì?', null],
  ['lookalike', 'Đại hội Đoàn trường nhiệm kỳ mới bầu bí thư đoàn như thế nào?', null],
  ['lookalike', 'Học phí năm học tới của trường tăng bao nhiêu?', null],

  // Lookalikes: the Japanese researcher.
  [
    'lookalike',
    'How does the LDP presidential election in Japan compare with how a Vietnamese general secretary is chosen?',
    null,
  ],
  ['lookalike', 'When is the next congress of the Japanese Communist Party?', null],
  [
    'lookalike',
    'I need a research visa for fieldwork in Hanoi; which office issues the letter of invitation?',
    null,
  ],
  ['lookalike', 'What are the opening hours of the National Archives Centre III in Hanoi?', null],
  ['lookalike', 'Can I download the vote counts of each ward congress as a CSV file?', null],
  ['lookalike', 'How should I cite this bot in a journal article, and who maintains it?', null],
  ['lookalike', 'When did the Lao party hold its twelfth national congress?', null],
  ['lookalike', 'Is there a Japan-Vietnam academic conference on political reform this spring?', null],
  ['lookalike', 'Which hotel near Ba Dinh is cheap for a two-week stay?', null],
  ['lookalike', 'Please translate the phrase hội nghị Diên Hồng into Japanese.', null],

  // Lookalikes: the secretary of the ward police station's civilian staff cell.
  ['lookalike', 'Lịch làm căn cước cho người già tại công an phường là thứ mấy?', null],
  ['lookalike', 'Kích hoạt VNeID mức 2 cho người dân cần mang gì?', null],
  ['lookalike', 'Đăng ký tạm trú online bị trả hồ sơ thì làm sao?', null],
  ['lookalike', 'Tra cứu phạt nguội xe máy biển 29 ở trang nào?', null],
  ['lookalike', 'Đại hội Đoàn thanh niên công an phường tổ chức trước hay sau Tết?', null],
  ['lookalike', 'Nhân viên hợp đồng khối văn phòng công an phường trực đêm được phụ cấp bao nhiêu?', null],
  ['lookalike', 'Hội nghị tổng kết công tác phòng cháy chữa cháy năm nay cần chuẩn bị slide gì?', null],
  ['lookalike', 'Mất xe máy trước cửa chợ thì trình báo ở đâu, mang giấy tờ gì?', null],
  ['lookalike', 'Công đoàn cơ sở công an phường thu đoàn phí bao nhiêu phần trăm lương?', null],
  ['lookalike', 'Trụ sở công an phường mới sau sáp nhập ở số nhà nào, số điện thoại trực ban là gì?', null],

  // Lookalikes: the member who asks several things at once.
  [
    'lookalike',
    'Cho hỏi mấy việc: đảng phí tháng này đóng bao nhiêu, sổ đảng viên mất thì làm lại ở đâu, và thẻ đảng có được cấp lại không?',
    null,
  ],
  [
    'lookalike',
    'Hai việc nhé: chi bộ xếp loại cuối năm chấm điểm thế nào, và khen thưởng đảng viên xuất sắc được bao nhiêu tiền?',
    null,
  ],
  ['lookalike', 'Ba câu: sinh hoạt chi bộ tháng này chuyên đề gì, ai chủ trì, họp mấy giờ?', null],
  [
    'lookalike',
    'Mình hỏi luôn: đi du lịch nước ngoài có phải báo cáo chi bộ không, và xin miễn sinh hoạt đảng thế nào?',
    null,
  ],
  ['lookalike', 'Hỏi gộp: phòng họp đảng ủy phường đặt lịch qua ai, và máy chiếu hỏng thì báo ai sửa?', null],
  ['lookalike', 'Hai điều: bot có lưu lại tin nhắn của tôi không, và có bản cho Zalo không?', null],

  // Lookalikes: the grandmother, through her grandson.
  [
    'lookalike',
    'Bà tôi được nhận huy hiệu 55 năm tuổi Đảng, lễ trao tổ chức ở đâu và có tiền thưởng không?',
    null,
  ],
  ['lookalike', 'Bà nhờ cháu hỏi: lương hưu tháng này tăng bao nhiêu?', null],
  ['lookalike', 'Thẻ bảo hiểm y tế của bà hết hạn, gia hạn ở phường hay ở bưu điện?', null],
  ['lookalike', 'Đại hội Hội Người cao tuổi phường, bà định ứng cử chi hội trưởng thì cần làm gì?', null],
  ['lookalike', 'Bà hỏi: đảng viên lâu năm mất thì tang lễ có chi bộ đứng ra lo không?', null],
  ['lookalike', 'Hội nghị cha mẹ học sinh lớp cháu họp tối thứ sáu, bà đi thay được không?', null],
  ['lookalike', 'Đại hội thể dục thể thao phường năm nay bà đăng ký môn dưỡng sinh ở đâu?', null],
  ['lookalike', 'Bà hỏi cháu cách nấu canh chua cá lóc cho ngon', null],
  ['lookalike', 'Thuốc huyết áp của bà uống trước hay sau bữa ăn?', null],
  ['lookalike', 'Hội Cựu chiến binh phường đại hội bầu ông nào làm chủ tịch vậy cháu?', null],

  // Lookalikes: people in posts, money, the bot itself, odds and ends.
  ['lookalike', 'Ai là bí thư Đảng ủy xã mới sau sáp nhập của chúng tôi?', null],
  ['lookalike', 'Bot ơi, bạn là người thật hay là máy?', null],
  ['lookalike', 'Tỷ giá yên Nhật hôm nay là bao nhiêu?', null],
  ['lookalike', 'Đại hội cổ đông Vinamilk năm nay chia cổ tức bao nhiêu?', null],
  ['lookalike', 'Hội nghị xúc tiến đầu tư vào khu kinh tế biển của tỉnh tổ chức khi nào?', null],
  ['lookalike', 'Wifi ở hội trường đảng ủy mật khẩu là gì?', null],
  ['lookalike', 'Có mẫu giấy mời họp chi bộ bằng Word không, gửi tôi với', null],
];

export const NEWSET47: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
