/**
 * The sixty-sixth new evaluation set (issue 11, point 6), written on 2026-12-04 from 02:54 UTC
 * (committed in the commit "Eval: newset66, the sixty-sixth unseen set") by a helper (set66) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before its `const items` line) and its last line, the part of newset.ts
 * before `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under
 * src/, bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items
 * were read. Its users are imagined as the secretary of a party cell in a software company, a
 * member of a ward inspection commission, a Russian student who writes in English, the secretary
 * of the cell of a district hospital that became a regional hospital, a member who writes with
 * exclamation marks and capital words, and a retired official who wants exact dates; with the
 * out-of-scope messages such users send (other organisations' congresses and meetings: a software
 * company's trade union and Youth Union branch, the Red Cross, nurses' and farmers' associations,
 * the study-promotion and retired teachers' associations, the Soviet and Russian communist
 * parties, the Japanese Communist Party, the Youth Union's central committee, COP30, an investment
 * promotion conference, a parents' meeting, voters' meetings with People's Council deputies; other
 * senses of "đại hội" and "hội nghị": the Hai Bà Trưng temple festival, a heroes' gathering in a
 * martial-arts novel, the Congress of Vienna, the Geneva accords of 1954, the 6th National
 * Congress of 1986, telemedicine case conferences, sprint reviews, a web summit; other party
 * business the pack does not cover: inspection procedure, discipline and its expiry, anonymous
 * denunciations, asset declarations, inspecting dues, thematic supervision, drink-driving members,
 * a lost party card, probationary members becoming full members, moving one's membership to the
 * place of residence, members in dance clubs, double-deducted dues, the member's handbook app,
 * badges for new members; people in posts and their phone numbers; addresses, hotlines and opening
 * hours; money (tax settlement, savings rates, service prices, hospital allowances, dormitory
 * fees); local government services (business registration, building permits, certified copies,
 * marriage with a foreigner, health insurance registration after a hospital's renaming); visas,
 * onsite work abroad, hybrid-work rules, textbooks, Mausoleum guides; the bot itself (its
 * deployment, its AI, whether it keeps messages); the National Assembly election, the founding
 * date of the Central Inspection Commission, retirees' check-ups and year-end gatherings;
 * football, weather, cooking).
 *
 * It was committed without running any of its questions through the engine, the bot or the bench;
 * only its shape test (newset66.test.ts), biome and tsc ran. Do not edit an item after its commit,
 * except to fix an expectation that is factually wrong (against the sources), in its own commit
 * that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, who was elected, which cells
 * were chosen for the pilots, committee sizes, the money a congress may spend, which cells the
 * five-yearly pilot covers, the Hà Nội city congress) were left out, not guessed.
 *
 * Engine changes reached main after its commit: c128c7f (working regulations, 'twenty-seventh', the
 * conference named by its date) and bdf6f21 (the word prior relearned with newset65, 'which names
 * were chosen'); its writer saw none of them. It was measured once, at 03:05 UTC on main bdf6f21
 * (`node --expose-gc dist/bench/qa.js`, load 3.41): qa_new_top1 97.8 %, qa_new_oos_refused 98.6 %
 * (3 in-scope misses, 1 lookalike answered; qa_p99_us 107.6 in that run, p50 25.7). Its misses were
 * listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number, three spellings or more each.
  [
    'doc',
    'Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị, chi bộ bệnh viện khu vực chúng tôi còn căn cứ vào được không ạ?',
    'doc:ct-35-2024',
  ],
  ['doc', 'Bác hỏi chính xác: CT35 năm 2024 ký ngày nào, cơ quan nào ký?', 'doc:ct-35-2024'],
  ['doc', 'Directive 35-CT/TW from June 2024, is it still valid or was it replaced?', 'doc:ct-35-2024'],
  ['doc', 'Chỉ thị 35-CT/TW ngày 30/5/2019 hướng tới Đại hội XIII là văn bản nào?', 'doc:ct-35-2019'],
  ['doc', 'chi thi so 35 nam 2019 cua nhiem ky truoc con dung duoc khong', 'doc:ct-35-2019'],
  [
    'doc',
    'Directive 35 of 30 May 2019, the old one before the 13th Congress: what is its status?',
    'doc:ct-35-2019',
  ],
  ['doc', 'Kết luận 118-KL/TW ngày 18/01/2025 sửa những gì trong chỉ thị cũ?', 'doc:kl-118-2025'],
  ['doc', 'KL118 mà phòng dev hay nhắc do cơ quan nào ban hành vậy anh?', 'doc:kl-118-2025'],
  ['doc', 'Conclusion 118-KL/TW: who issued it, and is it superseded now?', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị 45-CT/TW ban hành đúng ngày nào, tôi cần ghi vào hồi ký', 'doc:ct-45-2025'],
  ['doc', 'ct45 bo chinh tri thay the van ban nao', 'doc:ct-45-2025'],
  ['doc', 'Directive 45 of the Politburo, please tell me what it is about', 'doc:ct-45-2025'],
  ['doc', 'CHỈ THỊ 45 LÀ CÁI GÌ VẬY!!! AI GIẢI THÍCH GIÙM!!!', 'doc:ct-45-2025'],
  [
    'doc',
    'Kết luận số 200-KL/TW ngày 17/10/2025, bác muốn biết đúng ngày ký và nội dung chính',
    'doc:kl-200-2025',
  ],
  ['doc', 'Please, Conclusion 200, which bodies have signed it?', 'doc:kl-200-2025'],
  ['doc', 'KL 200-KL/TW của Bộ Chính trị và Ban Bí thư có thay đổi gì về sau không?', 'doc:kl-200-2025'],
  [
    'doc',
    'Hướng dẫn 27-HD/BTCTW của Ban Tổ chức Trung ương ký đúng ngày tháng năm nào, tôi ghi sổ tay',
    'doc:hd-27-2024',
  ],
  ['doc', 'hd27 btctw huong dan chi thi nao vay', 'doc:hd-27-2024'],
  ['doc', 'Guidance 27-HD/BTCTW: is its content confirmed by your sources?', 'doc:hd-27-2024'],
  [
    'doc',
    'Hướng dẫn số 18-HD/BTCTU của Ban Tổ chức Thành ủy Hà Nội ra ngày 01/10/2024 phải không?',
    'doc:hd-18-2024',
  ],
  ['doc', 'HD 18 BTCTU hướng dẫn kế hoạch nào của Thành ủy?', 'doc:hd-18-2024'],
  ['doc', 'Guidance 18 of the Hanoi city organisation board, what does it cover?', 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch số 258-KH/TU ngày 15/7/2024 của Thành ủy có nội dung gì?', 'doc:kh-258-2024'],
  ['doc', 'cho mình hỏi kh258 của thành ủy hà nội là gì', 'doc:kh-258-2024'],
  ['doc', 'Plan 258-KH/TU of the Hanoi Party Committee: date and status?', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch 203-KH/QU của Quận ủy Hai Bà Trưng ban hành khi nào?', 'doc:kh-203-2024'],
  ['doc', 'KH 203 của quận ủy, giờ quận không còn thì văn bản đó ra sao?', 'doc:kh-203-2024'],
  ['doc', 'Plan 203 of the district committee, what is it exactly?', 'doc:kh-203-2024'],
  [
    'doc',
    'Nghị quyết số 26-NQ/TW ngày 19/5/2018, ủy ban kiểm tra phường cần biết cơ quan ban hành và tình trạng',
    'doc:nq-26-2018',
  ],
  ['doc', 'NQ26 về cán bộ thì liên quan gì tới nhân sự đại hội?', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26-NQ/TW of 2018, please give the date and the issuer', 'doc:nq-26-2018'],
  ['doc', 'Hướng dẫn 26-HD/BTCTW ngày 18/10/2019 còn áp dụng không?', 'doc:hd-26-2019'],
  ['doc', 'huong dan so 26 nam 2019 cua ban to chuc trung uong noi gi', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26-HD/BTCTW of 2019 was written for which directive?', 'doc:hd-26-2019'],
  ['doc', 'Quy định 89-QĐ/TW về tiêu chuẩn cán bộ bây giờ còn dùng được không?', 'doc:qd-89-2017'],
  ['doc', 'QĐ 89 năm 2017 bị thay bởi văn bản nào?', 'doc:qd-89-2017'],
  ['doc', 'Regulation 89-QĐ/TW of 2017: its status please', 'doc:qd-89-2017'],
  [
    'doc',
    'Quy định số 365-QĐ/TW ngày 30/8/2025 thay cho văn bản nào, tôi muốn ngày tháng chính xác',
    'doc:qd-365-2025',
  ],
  ['doc', 'qd365 tieu chuan chuc danh can bo do ai ban hanh', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365, issued by whom and on which exact date?', 'doc:qd-365-2025'],
  [
    'doc',
    'Quy định 14-QĐ/TU về tiêu chí đánh giá cán bộ, bên kiểm tra phường tụi tôi còn dùng được không',
    'doc:qd-14-2023',
  ],
  ['doc', 'QĐ14/TU ban hành ngày mấy tháng 11/2023?', 'doc:qd-14-2023'],
  [
    'doc',
    'Sorry for my English: Regulation 14-QĐ/TU of Hanoi standing board, when it was issued?',
    'doc:qd-14-2023',
  ],
  ['doc', 'Quy định số 2656-QĐ/QU ngày 13/11/2023 của Ban Thường vụ Quận ủy là gì?', 'doc:qd-2656-2023'],
  ['doc', 'qd 2656 quan uy hai ba trung con hieu luc khong', 'doc:qd-2656-2023'],
  ['doc', 'Regulation 2656-QĐ/QU, the criteria for cadres: status?', 'doc:qd-2656-2023'],
  [
    'doc',
    'Quy định 1216-QĐ/QU về quy hoạch cán bộ của Ban Thường vụ Quận ủy ký chính xác ngày nào?',
    'doc:qd-1216-2022',
  ],
  ['doc', 'QĐ1216 của quận ủy nói về việc gì', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216 on cadre planning, is it from 2022?', 'doc:qd-1216-2022'],
  ['doc', 'Quy định 294-QĐ/TW có hiệu lực chính xác từ ngày nào?', 'doc:qd-294-2025'],
  ['doc', 'QĐ 294 thí điểm chi bộ đại hội 5 năm 1 lần là ai ban hành', 'doc:qd-294-2025'],
  [
    'doc',
    'Regulation 294-QĐ/TW, for my thesis: what exactly does it pilot and since when?',
    'doc:qd-294-2025',
  ],

  // Documents the pack does not hold.
  [
    'unknown-doc',
    'Quy định 69-QĐ/TW về kỷ luật tổ chức đảng, đảng viên vi phạm có trong bot không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Quy định số 22-QĐ/TW về công tác kiểm tra, giám sát của Đảng nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 02-HD/UBKTTW về quy trình kiểm tra đảng viên', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị quyết 57-NQ/TW về khoa học công nghệ, chi bộ công ty phần mềm cần học gì?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Quyết định 1120-QĐ/BYT về thành lập bệnh viện đa khoa khu vực', 'unknown-doc'],
  ['unknown-doc', 'Thông tư 32/2023/TT-BYT quy định gì về giấy phép hành nghề?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 312-KH/ĐU của Đảng ủy phường về đại hội chi bộ', 'unknown-doc'],
  ['unknown-doc', 'Directive 12-CT/TW of the Politburo, what is it?', 'unknown-doc'],
  ['unknown-doc', 'Resolution 60-NQ/TW of 2025 about merging provinces, do you have it?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 137-KL/TW về sắp xếp đơn vị hành chính có gì?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 06-HD/BTCTW ngày 5/3/2025 có trong nguồn của bot không?', 'unknown-doc'],
  ['unknown-doc', 'Công văn 1542-CV/BTCTU về nhân sự đại hội cấp cơ sở', 'unknown-doc'],
  ['unknown-doc', 'Quy định 232-QĐ/TW thi hành Điều lệ Đảng, cho tôi tóm tắt', 'unknown-doc'],
  ['unknown-doc', 'CHỈ THỊ 24-CT/TW!!! CÓ HAY KHÔNG!!!', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 76-KH/QU ngày 3/9/2024 của Quận ủy về đại hội', 'unknown-doc'],
  ['unknown-doc', 'Regulation 105-QĐ/TW on cadre rotation, is it in your sources?', 'unknown-doc'],
  ['unknown-doc', 'Thông báo kết luận 48-TB/TW ban hành ngày nào chính xác?', 'unknown-doc'],

  // In scope, with everyday words around the question.
  [
    'offword',
    'Tối nay deploy xong bản release em mới rảnh, anh cho em hỏi đại hội chi bộ gồm mấy nội dung?',
    'noi-dung',
  ],
  [
    'offword',
    'Đang giữa ca trực cấp cứu, hỏi nhanh: báo cáo kiểm điểm của cấp ủy phải viết theo tinh thần gì?',
    'van-kien',
  ],
  ['offword', 'Uống xong ly cà phê, tôi muốn biết chuẩn bị đại hội phải lập những tổ nào', 'chuan-bi'],
  [
    'offword',
    'Hôm qua đi chợ gặp mấy đồng chí, cãi nhau mãi chuyện đại hội điểm của chi bộ trực thuộc tổ chức tháng mấy',
    'dai-hoi-diem',
  ],
  ['offword', 'Cháu tôi đang học bài thì tôi hỏi bot: Đại hội XIV của Đảng họp từ ngày nào?', 'dai-hoi-xiv'],
  [
    'offword',
    'Sau trận bóng chiều nay, cho hỏi tổ chức đại hội phải chống lãng phí, không phô trương hình thức ra sao',
    'nguyen-tac',
  ],
  [
    'offword',
    'Between my lectures and the metro ride: what has changed since the conference of 23 October 2024?',
    'thay-doi',
  ],
  [
    'offword',
    'Trời mưa to quá, ở nhà hỏi luôn: chính quyền hai cấp bắt đầu vận hành từ ngày nào?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Vừa giao ban khoa xong, chi bộ có được đại hội 5 năm một lần thay vì hai lần không?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Con mèo nhà tôi vừa làm đổ cốc nước lên tài liệu! Nhân sự cấp ủy khóa mới chọn theo tiêu chuẩn nào vậy!!!',
    'nhan-su',
  ],
  [
    'offword',
    'Đợi taxi ra sân bay, hỏi nhanh: đại hội các cấp nhiệm kỳ 2025-2030 kết quả thế nào?',
    'ket-qua',
  ],
  [
    'offword',
    'Pha trà cho khách xong, tôi muốn xem danh sách các văn bản về đại hội nhiệm kỳ 2025-2030',
    'tai-lieu',
  ],

  // Two-part questions.
  [
    'two-part',
    'Chi bộ công ty em sắp đại hội: gồm những nội dung gì, và chi ủy trình đại hội những báo cáo nào ạ?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ trực thuộc đại hội vào thời gian nào, và đại hội điểm chọn đơn vị ra sao?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Đại hội XIV diễn ra ngày nào? Còn kết quả đại hội đảng bộ các cấp nhiệm kỳ 2025-2030 thì sao?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Bệnh viện vừa lên khu vực, chi bộ chuẩn bị đại hội cần làm những việc gì, và phải giữ nguyên tắc nào?',
    'chuan-bi+nguyen-tac',
  ],
  [
    'two-part',
    'Chính quyền địa phương 2 cấp có từ bao giờ, và thí điểm chi bộ đại hội 5 năm một lần là thế nào?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Báo cáo chính trị phải đánh giá những gì; ngoài ra chọn nhân sự cấp ủy mới dựa trên tiêu chuẩn nào?',
    'van-kien+nhan-su',
  ],
  [
    'two-part',
    'First, what changed after the October 2024 conference? Second, what were the results of the congresses?',
    'thay-doi+ket-qua',
  ],
  [
    'two-part',
    'HAI VIỆC!!! MỘT: ĐẠI HỘI CÓ MẤY NỘI DUNG! HAI: LỊCH ĐẠI HỘI THEO TỪNG LOẠI CHI BỘ!!!',
    'noi-dung+lich-trinh',
  ],
  [
    'two-part',
    'Chỉ thị về đại hội năm 2024 có mấy phần, và Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII là thế nào?',
    'chi-thi-35+dai-hoi-quan',
  ],
  [
    'two-part',
    'Bot dựa vào những văn bản nào về đại hội nhiệm kỳ 2025-2030, và từ sau hội nghị quán triệt đến nay có gì thay đổi?',
    'tai-lieu+thay-doi',
  ],

  // Per unit type.
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở như chi bộ phòng dev của em phải đại hội xong trong tháng mấy?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở bắt đầu đại hội từ tháng nào và hạn hoàn thành là ngày nào?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở tổ chức đại hội đảng viên hay đại biểu sau khi chi bộ trực thuộc xong, thời hạn ra sao?',
    'lich-trinh',
  ],
  [
    'unit',
    'Hồi đó mỗi đảng bộ cơ sở được chọn bao nhiêu chi bộ trực thuộc làm đại hội điểm, vào tháng nào?',
    'dai-hoi-diem',
  ],
  [
    'unit',
    'Đầu quý I/2025 Ban Thường vụ Quận ủy chọn một đảng bộ phường, một đảng bộ khối nào và một chi bộ cơ sở làm điểm?',
    'dai-hoi-diem',
  ],
  [
    'unit',
    'A grassroots party cell (chi bộ cơ sở): by what date did it have to hold its congress?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở thì đại hội bầu những gì, ban chấp hành và đoàn đại biểu phải không?', 'noi-dung'],
  ['unit', 'Đảng bộ cơ sở khối hành chính sự nghiệp có được chọn làm đại hội điểm không?', 'dai-hoi-diem'],
  ['unit', 'chi bo truc thuoc dang uy co so bat dau dai hoi tu thang 01/2025 dung khong', 'lich-trinh'],

  // Typos, no diacritics, abbreviations.
  ['typo', 'bon noi dung dai hoi chi bo nk 2025-2030 la gi', 'noi-dung'],
  ['typo', 'bcct va bao cao kiem diem cua cap uy trinh dh', 'van-kien'],
  ['typo', 'dh chi bo co so hoan thanh truoc ngay nao', 'lich-trinh'],
  ['typo', 'đại hôi điểm tổ chưc vào tháng mây', 'dai-hoi-diem'],
  [
    'typo',
    'chi bo cong ty phan mem co can lap to nhan su, to van kien, to to chuc truoc dh khong',
    'chuan-bi',
  ],
  ['typo', 'nguyen tac tap trung dan chu khi to chuc dh dang bo', 'nguyen-tac'],
  ['typo', 'chinh quyen dia phuong 2 cap van hanh tu khi nao', 'chinh-quyen-2-cap'],
  ['typo', 'chi bo dh 5 nam 1 lan thi diem tu bao gio', 'chi-bo-5-nam'],
  ['typo', 'dh dai bieu toan quoc xiv hop tu ngay may den ngay may thang 1/2026', 'dai-hoi-xiv'],
  ['typo', 'ket qua dh dang bo cac cap nk 2025 2030 ra sao', 'ket-qua'],
  ['typo', 'lưa chọn nhân sư cấp ủy khoá mơi căn cư vào nhưng văn bản nao', 'nhan-su'],
  ['typo', 'dh dang bo quan lan thu XXVII cua HBT', 'dai-hoi-quan'],
  ['typo', 'nhung thay doi sau hoi nghi quan triet thang 10/2024', 'thay-doi'],

  // English.
  [
    'en',
    'Hello! I am student from Moscow. What four things must a Vietnamese party congress do?',
    'noi-dung',
  ],
  ['en', 'Which two reports does the committee present to the congress, please?', 'van-kien'],
  ['en', 'What does democratic centralism mean for organising these congresses?', 'nguyen-tac'],
  ['en', 'How were the pilot congresses organised before the main ones?', 'dai-hoi-diem'],
  ['en', 'When did the district level of government disappear in Vietnam?', 'chinh-quyen-2-cap'],
  ['en', 'Do party cells now hold their congress only once every five years?', 'chi-bo-5-nam'],
  ['en', 'What teams must a party organisation set up to prepare its congress?', 'chuan-bi'],
  ['en', 'Could you explain how new committee members are chosen, which standards apply?', 'nhan-su'],
  ['en', 'What is the 27th congress of Hai Ba Trung district?', 'dai-hoi-quan'],
  ['en', 'What does the Politburo directive of June 2024 on congresses contain?', 'chi-thi-35'],
  ['en', 'Is the 2025–2030 congress campaign finished already?', 'ket-qua'],
  [
    'en',
    'Which party documents is this bot built on, for the 2025-2030 congresses? I need a list for my essay.',
    'tai-lieu',
  ],

  // Facts from FACTS.md.
  [
    'fact',
    'Tôi cần ghi chính xác: Đại hội đại biểu toàn quốc lần thứ XIV khai mạc và bế mạc vào những ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'fact',
    'Đến ngày 01/7/2025 thì Hà Nội có tổng cộng bao nhiêu đảng bộ quận, huyện thôi hoạt động?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Trước khi có thí điểm, theo Điều lệ Đảng thì chi bộ tổ chức đại hội mấy lần mỗi nhiệm kỳ 5 năm?',
    'chi-bo-5-nam',
  ],
  ['fact', 'Chỉ thị của Bộ Chính trị năm 2024 về đại hội có bao nhiêu phụ lục, gồm những gì?', 'chi-thi-35'],
  [
    'fact',
    'Chỉ thị đại hội của Bộ Chính trị năm 2024 đặt ra 7 yêu cầu, tóm tắt giúp bên kiểm tra phường',
    'chi-thi-35',
  ],
  ['fact', 'Văn bản nào đã thay thế chỉ thị đại hội năm 2024 và kết luận sửa đổi nó?', 'thay-doi'],
  [
    'fact',
    'Quy định tiêu chuẩn cán bộ từ năm 2017 đến đúng ngày nào thì bị quy định mới thay thế?',
    'thay-doi',
  ],
  [
    'fact',
    'Tháng 10/2025 Bộ Chính trị, Ban Bí thư kết luận thế nào về đợt đại hội đảng bộ các cấp vừa qua?',
    'ket-qua',
  ],
  [
    'fact',
    'Sau đại hội các cấp, Bộ Chính trị và Ban Bí thư yêu cầu kiện toàn những chức danh nào?',
    'ket-qua',
  ],
  ['fact', 'Ngày nào chính xác cấp huyện chấm dứt và chính quyền hai cấp bắt đầu?', 'chinh-quyen-2-cap'],
  [
    'fact',
    'Cơ chế sàng lọc để không bỏ sót người có đức, có tài là yêu cầu của chỉ thị nào năm 2024?',
    'chi-thi-35',
  ],
  ['fact', 'Ở Trung ương, cơ quan nào hướng dẫn thực hiện chỉ thị đại hội năm 2024?', 'chi-thi-35'],

  // Lookalikes: the software company's cell secretary.
  [
    'lookalike',
    'Đại hội Công đoàn cơ sở công ty phần mềm nhiệm kỳ mới bầu bao nhiêu ủy viên ban chấp hành công đoàn?',
    null,
  ],
  ['lookalike', 'Team mình tổ chức sprint review cuối quý, có mẫu biên bản không?', null],
  ['lookalike', 'Cho mình hỏi cách deploy con bot này lên Docker với webhook', null],
  ['lookalike', 'Bot dùng mô hình AI gì để trả lời vậy?', null],
  ['lookalike', 'Công ty outsource cho Nhật, nhân viên đi onsite Tokyo cần visa loại gì?', null],
  ['lookalike', 'Quyết toán thuế thu nhập cá nhân năm 2025 cho lập trình viên làm freelance thế nào?', null],
  [
    'lookalike',
    'Đại hội Chi đoàn thanh niên công ty nhiệm kỳ 2025-2027 cần chuẩn bị những văn kiện gì?',
    null,
  ],
  ['lookalike', 'Vietnam Web Summit 2026 tổ chức ở đâu, vé bao nhiêu?', null],
  ['lookalike', 'Công ty mình chuyển sang làm việc hybrid, nội quy chấm công thế nào cho đúng luật?', null],
  ['lookalike', 'Chi bộ công ty muốn làm kỷ niệm chương tặng đảng viên mới, đặt in ở đâu rẻ?', null],
  // The ward inspection commission member.
  [
    'lookalike',
    'Ủy ban kiểm tra phường kiểm tra đảng viên khi có dấu hiệu vi phạm thì quy trình mấy bước?',
    null,
  ],
  ['lookalike', 'Thời hạn xóa kỷ luật khiển trách đối với đảng viên là bao lâu?', null],
  ['lookalike', 'Đơn tố cáo nặc danh gửi đảng ủy phường có phải xem xét không?', null],
  ['lookalike', 'Đảng viên kê khai tài sản, thu nhập lần đầu dùng mẫu nào?', null],
  ['lookalike', 'Kiểm tra việc thu, nộp đảng phí của chi bộ khu dân cư cần những hồ sơ gì?', null],
  ['lookalike', 'Giám sát chuyên đề năm 2026 của ủy ban kiểm tra phường nên chọn nội dung gì?', null],
  ['lookalike', 'Thẩm quyền thi hành kỷ luật cảnh cáo chi ủy viên thuộc về ai?', null],
  ['lookalike', 'Đảng viên vi phạm nồng độ cồn khi lái xe thì chi bộ xử lý thế nào?', null],
  ['lookalike', 'Ủy ban kiểm tra đảng ủy phường họp định kỳ mấy lần một tháng?', null],
  // The Russian student.
  [
    'lookalike',
    'When was the 20th Congress of the Soviet Communist Party and what did Khrushchev say there?',
    null,
  ],
  [
    'lookalike',
    'My student visa ends in January, where in Hanoi can I extend it and how long does it take?',
    null,
  ],
  [
    'lookalike',
    'Is there a Russian-speaking guide at the Ho Chi Minh Mausoleum, and what are the opening hours?',
    null,
  ],
  ['lookalike', 'What was the Congress of Vienna of 1815 about? I need it for my history seminar.', null],
  ['lookalike', 'Can a foreign student join the Vietnamese Communist Party or the Youth Union?', null],
  [
    'lookalike',
    'How much is the dormitory fee at Vietnam National University for international students?',
    null,
  ],
  ['lookalike', 'When is the next congress of the Communist Party of the Russian Federation?', null],
  ['lookalike', 'Could you recommend a Vietnamese textbook for B1 level, please?', null],
  [
    'lookalike',
    'I want to marry my Vietnamese girlfriend: which ward office registers marriages with foreigners?',
    null,
  ],
  // The secretary of the hospital cell.
  [
    'lookalike',
    'Bệnh viện huyện đổi tên thành bệnh viện khu vực thì thẻ bảo hiểm y tế đăng ký khám ban đầu có phải làm lại không?',
    null,
  ],
  ['lookalike', 'Chi bộ khoa Ngoại muốn biết lịch trực Tết Nguyên đán của bệnh viện khu vực', null],
  ['lookalike', 'Đại hội Hội Chữ thập đỏ bệnh viện nhiệm kỳ mới tổ chức thế nào?', null],
  ['lookalike', 'Hồ sơ đề nghị danh hiệu Thầy thuốc ưu tú năm 2026 gồm những gì?', null],
  ['lookalike', 'Chứng chỉ hành nghề khám bệnh chuyển sang giấy phép hành nghề thì gia hạn ra sao?', null],
  ['lookalike', 'Giá khám dịch vụ theo yêu cầu ở bệnh viện khu vực là bao nhiêu?', null],
  [
    'lookalike',
    'Hội chẩn liên viện qua telemedicine giữa bệnh viện khu vực và tuyến tỉnh cần phần mềm gì?',
    null,
  ],
  ['lookalike', 'Sau khi sáp nhập, bác sĩ bệnh viện huyện cũ có bị giảm phụ cấp ưu đãi nghề không?', null],
  ['lookalike', 'Đại hội chi hội Điều dưỡng bệnh viện bầu chi hội trưởng thế nào?', null],
  // The member who shouts.
  ['lookalike', 'TẠI SAO ĐẢNG PHÍ THÁNG NÀY TRỪ VÀO LƯƠNG HAI LẦN!!!', null],
  ['lookalike', 'CÁI APP SỔ TAY ĐẢNG VIÊN KHÔNG ĐĂNG NHẬP ĐƯỢC!!! AI SỬA GIÚP!!!', null],
  ['lookalike', 'TỔ DÂN PHỐ HỌP MÀ KHÔNG AI BÁO CHO TÔI!!! VẬY LÀ SAO!!!', null],
  ['lookalike', 'ĐẠI HỘI HỘI CỰU GIÁO CHỨC PHƯỜNG TỔ CHỨC Ở ĐÂU!!!', null],
  ['lookalike', 'MẤT THẺ ĐẢNG RỒI!!! LÀM LẠI THẾ NÀO!!!', null],
  ['lookalike', 'SAO ĐỘI TUYỂN VIỆT NAM THUA!!! HUẤN LUYỆN VIÊN PHẢI TỪ CHỨC!!!', null],
  ['lookalike', 'ĐIỆN THOẠI ĐƯỜNG DÂY NÓNG CỦA PHƯỜNG LÀ SỐ MẤY!!!', null],
  // The retired official.
  [
    'lookalike',
    'Đại hội đại biểu toàn quốc lần thứ VI của Đảng năm 1986 họp chính xác từ ngày nào đến ngày nào?',
    null,
  ],
  ['lookalike', 'Ngày bầu cử đại biểu Quốc hội khóa XVI là ngày nào, tôi đi bầu ở điểm nào?', null],
  ['lookalike', 'Ủy ban Kiểm tra Trung ương được thành lập ngày tháng năm nào?', null],
  ['lookalike', 'Cán bộ hưu trí được khám sức khỏe định kỳ mấy lần một năm, ở đâu?', null],
  ['lookalike', 'Tôi nghỉ hưu muốn chuyển sinh hoạt đảng về chi bộ nơi cư trú thì làm giấy tờ gì?', null],
  ['lookalike', 'Buổi gặp mặt cán bộ hưu trí cuối năm của phường tổ chức chính xác ngày nào?', null],
  ['lookalike', 'Hiệp định Giơ-ne-vơ năm 1954 được ký chính xác ngày nào?', null],
  // Other senses, other organisations, services and everyday life.
  ['lookalike', 'Trong Thiên long bát bộ, đại hội anh hùng ở Tụ Hiền Trang có những ai tham dự?', null],
  ['lookalike', 'Lễ hội đền Hai Bà Trưng năm nay mở hội ngày nào?', null],
  ['lookalike', 'Đại hội Hội Khuyến học phường nhiệm kỳ 2026-2031 cần mấy báo cáo?', null],
  ['lookalike', 'Hội nghị COP30 về khí hậu tổ chức ở nước nào?', null],
  ['lookalike', 'Họp phụ huynh đầu năm lớp con tôi có phải đóng quỹ lớp không?', null],
  ['lookalike', 'Hội nghị xúc tiến đầu tư tỉnh Ninh Bình năm nay có những dự án nào?', null],
  ['lookalike', 'Đăng ký hộ kinh doanh quán cà phê ở phường mới nộp hồ sơ ở đâu?', null],
  ['lookalike', 'Xin giấy phép sửa chữa nhà ở phường Bạch Mai mất bao lâu?', null],
  ['lookalike', 'Chứng thực bản sao bằng đại học ở phường có mất phí không?', null],
  ['lookalike', 'Cách nấu bún chả Hà Nội cho mười người ăn liên hoan chi bộ', null],
  ['lookalike', 'Lãi suất gửi tiết kiệm 12 tháng ngân hàng nào cao nhất?', null],
  ['lookalike', 'Đại hội Đảng Cộng sản Nhật Bản lần gần nhất họp khi nào?', null],
  [
    'lookalike',
    'Hội nghị Ban Chấp hành Trung ương Đoàn gần đây bàn về thanh niên tình nguyện thế nào?',
    null,
  ],
  ['lookalike', 'Bot ơi, bạn có lưu lại những câu tôi hỏi không?', null],
  ['lookalike', 'Đảng viên có được tham gia câu lạc bộ khiêu vũ thể thao không?', null],
  ['lookalike', 'Đảng viên dự bị chuyển chính thức cần những giấy tờ gì?', null],
  ['lookalike', 'Ngày mai Hà Nội có mưa không, đi họp chi bộ có cần mang áo mưa?', null],
  ['lookalike', 'Đại hội Hội Nông dân xã nhiệm kỳ mới bầu chủ tịch hội ra sao?', null],
  ['lookalike', 'Hội nghị tiếp xúc cử tri với đại biểu Hội đồng nhân dân phường lịch thế nào?', null],
  ['lookalike', 'Bí thư Đảng ủy phường Vĩnh Tuy hiện nay là đồng chí nào?', null],
  ['lookalike', 'Phó chủ tịch UBND phường phụ trách văn hóa tên gì, số điện thoại bao nhiêu?', null],
];

export const NEWSET66: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
