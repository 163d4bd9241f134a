/**
 * The one hundred and eighth new evaluation set (issue 11, point 6), written on 2026-12-04 from
 * 20:13 UTC (committed in the commit "Eval: newset108, the one hundred and eighth unseen set") by
 * a helper (set108) that never saw the engine. It was written from ../shared/sources/ (the
 * conference article of 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of
 * ../shared/STYLE.md, ../helpers/COMMON.md, and from the pack only what
 * `node /work/helpers/pack-view.mjs` prints: the documents' ids, numbers, dates, titles/abouts,
 * issuers and statuses, the unit types' codes and names, and each topic's id, title and body
 * (config/ itself was not opened, so no sample questions, keywords, synonyms, evidence or off-topic
 * lists were seen). Also read: the header of newset35.ts (the lines before `const items`) and its
 * last line, the part of newset.ts before `const items`, newset35.test.ts, set-shape.ts,
 * set-checks.ts and sets.ts. Nothing under src/, bench/ or config/, no README, no git log, diff or
 * show, and no other set's or pool's items (newset107.ts included), nor questions.ts, heldout.ts
 * or fresh.ts, were read. Its users are imagined as the secretary of a party cell at a forestry
 * protection station, a member who is a hairdresser, a member who is a court clerk, a Laotian
 * student in Hà Nội who writes in simple Vietnamese and simple English, and a member who quotes
 * the bot's own words back at it; with the out-of-scope messages such users send (other
 * organisations' congresses and meetings: a forest protection board's trade union, the commune
 * Farmers' Union, a rangers' Youth Union cell, a beauty association, a cosmetics firm's customer
 * conference, the courts' trade union and annual work conference, the Lao People's Revolutionary
 * Party's congress, the Lao students' association in Việt Nam, a university Students' Association,
 * the Japanese Communist Party, the Red Cross, a study-promotion branch, the Football Federation, a
 * home-province association, voters' meetings with National Assembly deputies; other senses of
 * "đại hội" and "hội nghị": a ward sports games, a salon's "đại hội giảm giá" sale, forest fire
 * prevention and forestry review meetings, hairdressing contests; party business the pack does not
 * cover: admission, dues paid by bank transfer, temporary transfer of membership, a cell's monthly
 * themed meeting, absence from cell meetings, a member running a business, party discipline, the
 * Central Committee's plenums; the users' own work and daily life mixed with congress words: forest
 * patrol rosters, forest protection payments and logging fines, hairstyles for a congress day, a
 * salon's tax, dye prices, vocational training fees and hygiene papers, court hearings, court
 * fees, clerk promotion exams, people's assessors, trial panels, hearing minutes, court files after
 * the reorganisation, clerks' allowances, a student visa, Pi Mai, Vietnamese language exams,
 * scholarships, dormitory hours, bus tickets, the Youth Union for foreigners; and, quoting the
 * bot's words, birth certificates and health insurance cards after the merger, gold prices, film
 * listings, waste sorting pilots, a ward chairman's name, a phone number, what to call the bot and
 * what it is written in).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset108.test.ts), biome and tsc ran. Do not edit an item after
 * its commit, except to fix an expectation that is factually wrong (against the sources), in its
 * own commit that says which and why. One item was reworded before the commit, when newset107
 * (landed first, its items unseen) turned out to hold the same question.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, the money a congress may
 * spend, which cells the five-yearly pilot covers, membership figures) were left out, not guessed.
 * Engine changes reached main after its writer began: 620cd44 ('mấy bản' narrowed to copies
 * printed, founding a grassroots party organisation as other party business), 719715f (a law named
 * by its number, a maintenance team absent) and the word prior relearned with newset106 and
 * newset107; its writer saw none of them. It was measured once, at 20:37 UTC on main 5711453
 * (`node --expose-gc dist/bench/qa.js`, load 1.49): qa_new_top1 98.1 %, qa_new_oos_refused 100.0 %
 * (3 in-scope misses, no lookalike answered; qa_p99_us 514.0 in that run, p50 56.9). Its misses
 * were listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  [
    'doc',
    'Chi bộ trạm bảo vệ rừng hỏi: Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị bây giờ còn dùng được không?',
    'doc:ct-35-2024',
  ],
  ['doc', 'ct35 năm 2024 về đại hội đảng bộ các cấp bị thay bằng văn bản nào rồi?', 'doc:ct-35-2024'],
  ['doc', 'chi thi 35 nam 2024 ve dai hoi dang bo cac cap do ai ban hanh', 'doc:ct-35-2024'],
  ['doc', 'Is Directive 35 of 2024 on party congresses still in force?', 'doc:ct-35-2024'],
  ['doc', 'Kết luận 118-KL/TW điều chỉnh những gì của chỉ thị về đại hội năm 2024?', 'doc:kl-118-2025'],
  ['doc', 'kl118 giờ còn hiệu lực ko bot', 'doc:kl-118-2025'],
  [
    'doc',
    'Bot vừa ghi “Kết luận số 118 ngày 18/01/2025 đã điều chỉnh, bổ sung một số nội dung”, vậy cơ quan nào ban hành kết luận ấy?',
    'doc:kl-118-2025',
  ],
  ['doc', 'What is Conclusion 118 about? Simple answer please.', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị 45-CT/TW ra ngày nào và thay thế những văn bản gì?', 'doc:ct-45-2025'],
  ['doc', 'CT 45 của Bộ Chính trị về đại hội sau khi ban hành có bị sửa đổi gì không?', 'doc:ct-45-2025'],
  ['doc', 'ct45 la chi thi gi vay, thu ky toa hoi', 'doc:ct-45-2025'],
  ['doc', 'Directive 45-CT/TW: who issued it and when, please, my teacher asks', 'doc:ct-45-2025'],
  [
    'doc',
    'Thư ký tòa hỏi: Kết luận số 200-KL/TW ngày 17/10/2025 đánh giá đại hội các cấp ra sao?',
    'doc:kl-200-2025',
  ],
  ['doc', 'kl200 của Bộ Chính trị và Ban Bí thư nói gì vậy ạ', 'doc:kl-200-2025'],
  ['doc', 'ket luan 200 ban hanh ngay nao, em lam toc hoi cho biet', 'doc:kl-200-2025'],
  ['doc', 'Conclusion 200-KL/TW, what does it say? I am a student from Laos.', 'doc:kl-200-2025'],
  [
    'doc',
    'Trạm kiểm lâm hỏi Hướng dẫn 27-HD/BTCTW của Ban Tổ chức Trung ương là hướng dẫn cho chỉ thị nào?',
    'doc:hd-27-2024',
  ],
  ['doc', 'hd27 cua btctw ra doi hom nao vay', 'doc:hd-27-2024'],
  [
    'doc',
    'HD 27 năm 2024 của Ban Tổ chức Trung ương có nội dung chi tiết trong nguồn không?',
    'doc:hd-27-2024',
  ],
  [
    'doc',
    'Guidance 27 of the Central Organisation Commission, what day it was made? I study in Hanoi.',
    'doc:hd-27-2024',
  ],
  ['doc', 'Hướng dẫn số 18-HD/BTCTU ngày 01/10/2024 hướng dẫn nội dung gì?', 'doc:hd-18-2024'],
  ['doc', 'hd18 cua ban to chuc thanh uy ha noi la van ban gi', 'doc:hd-18-2024'],
  ['doc', 'Văn bản HD 18/BTCTU của Thành ủy Hà Nội giờ còn áp dụng không?', 'doc:hd-18-2024'],
  ['doc', 'Guidance 18-HD/BTCTU, which body issued it?', 'doc:hd-18-2024'],
  ['doc', 'Em làm tóc ở Hà Nội, Kế hoạch 258-KH/TU của Thành ủy ra đời ngày nào ạ?', 'doc:kh-258-2024'],
  ['doc', 'kh258 tu noi ve viec gi', 'doc:kh-258-2024'],
  ['doc', 'ke hoach so 258 cua thanh uy con gia tri khong', 'doc:kh-258-2024'],
  ['doc', 'Plan 258 of the Hanoi Party Committee, what do you know?', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch số 203-KH/QU ngày 29/7/2024 của Quận ủy nói về việc gì?', 'doc:kh-203-2024'],
  ['doc', 'KH 203 của Quận ủy Hai Bà Trưng giờ còn giá trị không khi đã bỏ quận?', 'doc:kh-203-2024'],
  ['doc', 'kh203/qu cho chi bo co so la ke hoach gi', 'doc:kh-203-2024'],
  ['doc', 'What is Plan 203-KH/QU of the district?', 'doc:kh-203-2024'],
  [
    'doc',
    'Nghị quyết 26-NQ/TW năm 2018 về cán bộ là của cơ quan nào, tôi ghi vào sổ tay trạm rừng',
    'doc:nq-26-2018',
  ],
  ['doc', 'nq26 khoa XII la nghi quyet gi, toi la thu ky toa an', 'doc:nq-26-2018'],
  ['doc', 'nghi quyet so 26 nam 2018 con hieu luc khong', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26-NQ/TW, which year and who adopted it? Lao student asking.', 'doc:nq-26-2018'],
  [
    'doc',
    'Bot từng nhắc Quy định 89-QĐ/TW về tiêu chuẩn cán bộ, giờ nó còn hiệu lực không?',
    'doc:qd-89-2017',
  ],
  ['doc', 'qd89 bi thay the boi van ban nao roi, tiem toc em hoi', 'doc:qd-89-2017'],
  ['doc', 'QĐ 89 năm 2017 của Bộ Chính trị bị thay bởi quy định nào?', 'doc:qd-89-2017'],
  ['doc', 'Regulation 89 on cadre standards, is it still used?', 'doc:qd-89-2017'],
  ['doc', 'Tôi là thư ký tòa, Quy định số 365-QĐ/TW ngày 30/8/2025 nói về vấn đề gì?', 'doc:qd-365-2025'],
  ['doc', 'qđ365 thay thế quy định nào thế', 'doc:qd-365-2025'],
  ['doc', 'quy dinh 365 cua bo chinh tri sau nay co sua doi gi khong, tram rung hoi', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365-QĐ/TW, is it the new one on cadre standards?', 'doc:qd-365-2025'],
  [
    'doc',
    'Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy về tiêu chí đánh giá cán bộ được ký ngày bao nhiêu, em làm tóc hỏi giúp chi bộ',
    'doc:qd-14-2023',
  ],
  ['doc', 'qd14 thanh uy ha noi ban hanh ngay nao', 'doc:qd-14-2023'],
  ['doc', 'Cho hỏi QĐ 14/TU về đánh giá cán bộ còn dùng không?', 'doc:qd-14-2023'],
  ['doc', 'Regulation 14-QĐ/TU of the Hanoi standing board, what is it? Simple please.', 'doc:qd-14-2023'],
  [
    'doc',
    'Quy định 2656-QĐ/QU của Ban Thường vụ Quận ủy Hai Bà Trưng là văn bản gì, tôi là thư ký tòa án',
    'doc:qd-2656-2023',
  ],
  ['doc', 'qd2656 qu ve danh gia can bo con ap dung ko', 'doc:qd-2656-2023'],
  ['doc', 'quy dinh so 2656 ngay 13/11/2023 cua quan uy', 'doc:qd-2656-2023'],
  [
    'doc',
    'Regulation 2656 of the district standing board, what is it about? I am from Laos.',
    'doc:qd-2656-2023',
  ],
  [
    'doc',
    'Chi bộ trạm rừng hỏi Quy định 1216-QĐ/QU về quy hoạch cán bộ ban hành hôm nào?',
    'doc:qd-1216-2022',
  ],
  ['doc', 'QĐ 1216 của Quận ủy còn áp dụng được không sau khi bỏ cấp huyện?', 'doc:qd-1216-2022'],
  ['doc', 'qd1216 la quy dinh gi vay ban, thu ky toa hoi', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216-QĐ/QU, what is it?', 'doc:qd-1216-2022'],
  ['doc', 'Bot nói có thí điểm, vậy Quy định 294-QĐ/TW có hiệu lực từ khi nào?', 'doc:qd-294-2025'],
  ['doc', 'qđ 294 thí điểm cái gì vậy, trạm rừng chúng tôi muốn biết', 'doc:qd-294-2025'],
  ['doc', 'qd294 do co quan nao ban hanh, em lam toc muon biet', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294 about party cell congress once in five years?', 'doc:qd-294-2025'],
  ['doc', 'Chỉ thị 35-CT/TW ngày 30/5/2019 có còn áp dụng cho nhiệm kỳ 2025 - 2030 không?', 'doc:ct-35-2019'],
  ['doc', 'ct35 năm 2019 hướng tới Đại hội XIII khác gì chỉ thị năm 2024?', 'doc:ct-35-2019'],
  ['doc', 'chi thi so 35 nam 2019 do co quan nao ban hanh', 'doc:ct-35-2019'],
  ['doc', 'Directive 35 from 2019, the old one for the 13th Congress?', 'doc:ct-35-2019'],
  [
    'doc',
    'Hướng dẫn 26-HD/BTCTW ngày 18/10/2019 giờ chi bộ trạm kiểm lâm còn dùng được không?',
    'doc:hd-26-2019',
  ],
  ['doc', 'hd26 năm 2019 của Ban Tổ chức Trung ương hướng dẫn gì vậy, thư ký tòa hỏi', 'doc:hd-26-2019'],
  ['doc', 'huong dan so 26 nam 2019 cho chi thi cu', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26-HD/BTCTW of 2019, does the bot use it?', 'doc:hd-26-2019'],
  [
    'unknown-doc',
    'Trạm kiểm lâm hỏi Quy định 232-QĐ/TW về thi hành Điều lệ Đảng có trong nguồn của bot không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Hướng dẫn 06-HD/TW về nghiệp vụ công tác đảng viên nói gì?', 'unknown-doc'],
  [
    'unknown-doc',
    'Mình là sinh viên Lào, Nghị quyết 57-NQ/TW về khoa học công nghệ có liên quan tới đại hội không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Thư ký tòa hỏi Quy định 96-QĐ/TW về lấy phiếu tín nhiệm giờ còn hiệu lực không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kết luận 150-KL/TW hướng dẫn gì cho công tác đại hội?', 'unknown-doc'],
  ['unknown-doc', 'Thư ký tòa hỏi: Chỉ thị 28-CT/TW là văn bản gì?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 300-KH/TU của Thành ủy về đại hội đảng bộ thành phố nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 50-QĐ/TW về quy hoạch cán bộ ban hành năm nào?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 12-HD/BTCTW về nhân sự đại hội có trong nguồn không?', 'unknown-doc'],
  ['unknown-doc', 'Is Regulation 80-QĐ/TW on appointing cadres in your sources?', 'unknown-doc'],
  ['unknown-doc', 'I am a Lao student. Directive 05-CT/TW of the Politburo, what is it?', 'unknown-doc'],
  ['unknown-doc', 'chi thi 32 ct tw ve dai hoi con hieu luc ko', 'unknown-doc'],
  ['unknown-doc', 'kl137 noi gi ve sap xep to chuc bo may', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 31-HD/BTCTU của Ban Tổ chức Thành ủy hướng dẫn gì?', 'unknown-doc'],
  ['unknown-doc', 'Thông tri 03-TT/TW về đại hội còn dùng không?', 'unknown-doc'],
  [
    'unknown-doc',
    'Em làm tóc, nghe khách nhắc Quy định 142-QĐ/TW về người đứng đầu, nó nói gì ạ?',
    'unknown-doc',
  ],
  [
    'fact',
    'Đại hội đảng bộ, chi bộ nhiệm kỳ 2025 - 2030 phải thực hiện bao nhiêu nội dung, kể ra giúp tôi?',
    'noi-dung',
  ],
  ['fact', 'Báo cáo nào là báo cáo trung tâm, có vai trò định hướng, trình đại hội chi bộ?', 'van-kien'],
  ['fact', 'Để phục vụ đại hội cần thành lập những tổ giúp việc nào?', 'chuan-bi'],
  ['fact', 'Đại hội phải bảo đảm những yêu cầu gì về an toàn, thiết thực và chống lãng phí?', 'nguyen-tac'],
  [
    'fact',
    'Kế hoạch đại hội điểm trước đây được bố trí ra sao, cấp nào chọn bao nhiêu đơn vị?',
    'dai-hoi-diem',
  ],
  ['fact', 'Đại hội XIV của Đảng đã diễn ra chưa, vào những ngày nào?', 'dai-hoi-xiv'],
  ['fact', 'Mô hình chính quyền địa phương 2 cấp vận hành từ bao giờ?', 'chinh-quyen-2-cap'],
  [
    'fact',
    'Trước khi thí điểm, Điều lệ Đảng quy định chi bộ trạm rừng chúng tôi phải đại hội mấy lần trong 5 năm?',
    'chi-bo-5-nam',
  ],
  [
    'fact',
    'Đợt đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030 đã kết thúc chưa, cấp trên đánh giá thế nào?',
    'ket-qua',
  ],
  [
    'fact',
    'Chỉ thị năm 2024 của Bộ Chính trị về đại hội đảng bộ các cấp có mấy phần, mấy phụ lục?',
    'chi-thi-35',
  ],
  [
    'fact',
    'Có những thay đổi gì về văn bản đại hội từ sau hội nghị quán triệt của quận hồi tháng 10/2024?',
    'thay-doi',
  ],
  ['fact', 'Bot đang dựa vào danh mục văn bản nào để trả lời về đại hội nhiệm kỳ này?', 'tai-lieu'],
  [
    'fact',
    'Bot vừa viết “tiến tới Đại hội Đảng bộ quận”, đó là đại hội đảng bộ quận Hai Bà Trưng lần thứ mấy?',
    'dai-hoi-quan',
  ],
  ['fact', 'Khi giới thiệu người vào cấp ủy khóa mới phải căn cứ những tiêu chuẩn, tiêu chí nào?', 'nhan-su'],
  [
    'fact',
    'Bot vừa nói “người thực sự có đức, có tài”, đó là yêu cầu thứ mấy trong bảy yêu cầu của chỉ thị năm 2024 về đại hội?',
    'chi-thi-35',
  ],
  [
    'fact',
    'Bạn vừa trả lời “đúng kế hoạch, đáp ứng yêu cầu”, vậy kết quả đại hội các cấp nhiệm kỳ 2025 - 2030 được kết luận ra sao?',
    'ket-qua',
  ],
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở bắt đầu đại hội từ tháng mấy và phải xong khi nào?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở thì đại hội trong khoảng thời gian nào?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở đại hội sau khi các chi bộ trực thuộc đại hội xong, vậy bắt đầu từ tháng nào?',
    'lich-trinh',
  ],
  [
    'unit',
    'Mỗi đảng bộ cơ sở được chọn bao nhiêu chi bộ trực thuộc để chỉ đạo đại hội điểm, và trong tháng nào?',
    'dai-hoi-diem',
  ],
  ['unit', 'Chi bộ cơ sở có được chọn làm đại hội điểm vào đầu quý I/2025 không?', 'dai-hoi-diem'],
  [
    'unit',
    'Chi bộ trạm bảo vệ rừng của tôi là chi bộ cơ sở, hạn đại hội là trước ngày 30/6/2025 phải không?',
    'lich-trinh',
  ],
  ['unit', 'A party cell under a grassroots committee: in which months was its congress?', 'lich-trinh'],
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở tại trạm rừng có phải bầu đoàn đại biểu đi dự đại hội cấp trên không?',
    'noi-dung',
  ],
  [
    'unit',
    'Đảng ủy cơ sở của tòa án khu vực trình đại hội đảng bộ cơ sở những báo cáo chủ yếu nào?',
    'van-kien',
  ],
  ['unit', 'Chi bộ cơ sở cần chuẩn bị những việc gì trước đại hội?', 'chuan-bi'],
  [
    'unit',
    'Đảng bộ phường và đảng bộ khối hành chính sự nghiệp được chọn làm đại hội điểm vào lúc nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Chi bộ trạm bảo vệ rừng của tôi ở sâu trong núi, sóng điện thoại yếu; đại hội chi bộ thì phải có những nội dung gì?',
    'noi-dung',
  ],
  [
    'offword',
    'Trạm kiểm lâm chỉ có bảy đảng viên, mùa khô lại bận trực cháy rừng, vậy chuẩn bị đại hội cần những việc gì?',
    'chuan-bi',
  ],
  [
    'offword',
    'Em làm tóc cả ngày nên ít đọc báo, Đại hội đại biểu toàn quốc lần thứ XIV họp vào ngày nào ạ?',
    'dai-hoi-xiv',
  ],
  ['offword', 'Khách ở tiệm tóc bảo đại hội đảng các cấp xong hết rồi, có đúng vậy không?', 'ket-qua'],
  [
    'offword',
    'Tôi là thư ký tòa án, quen ghi biên bản phiên tòa; báo cáo kiểm điểm của cấp ủy trình đại hội cần viết theo tinh thần nào?',
    'van-kien',
  ],
  [
    'offword',
    'Ở tòa tôi quen làm theo luật; lựa chọn, giới thiệu nhân sự cấp ủy khóa mới thì phải quán triệt nghị quyết, quy định nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Mình là sinh viên Lào học ở Hà Nội, thầy giáo nói Việt Nam bỏ cấp huyện, từ ngày nào vậy?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Sau giờ tan tòa tôi mới đọc tin chi bộ thí điểm đại hội 5 năm một lần, quy định đó có hiệu lực từ khi nào?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Cắt tóc cho khách xong em mới rảnh hỏi: tổ chức đại hội phải theo nguyên tắc tập trung dân chủ thế nào?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Trạm rừng đang mùa trồng keo, chi bộ bận quá; đại hội có được làm cho có hình thức, qua loa không?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Sinh viên Lào như mình muốn hiểu: đại hội điểm là gì và trước đây tổ chức vào lúc nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Tiệm tóc em ở phường thuộc quận Hai Bà Trưng cũ, Đại hội Đảng bộ quận lần thứ XXVII là theo kế hoạch nào?',
    'dai-hoi-quan',
  ],
  [
    'offword',
    'Ghi xong biên bản phiên tòa tôi muốn hỏi: từ hội nghị tháng 10/2024 đến nay những văn bản đại hội nào đã bị thay?',
    'thay-doi',
  ],
  [
    'offword',
    'Trạm kiểm lâm chúng tôi cần in danh mục văn bản về đại hội nhiệm kỳ 2025 - 2030 kèm tình trạng, bot gửi giúp',
    'tai-lieu',
  ],
  ['typo', 'dai hoi chi bo gom nhug noi dung j vay', 'noi-dung'],
  ['typo', 'bc chinh tri vs bc kiem diem cap uy khac nhau ntn', 'van-kien'],
  ['typo', 'cbcs hạn dh là trc 30/6/2025 à', 'lich-trinh'],
  ['typo', 'dbcs chon 1 cb truc thuoc lam dh diem thang 12/2024 ha', 'dai-hoi-diem'],
  ['typo', 'thanh lap to van kien to nhan su phuc vu dh the nao', 'chuan-bi'],
  ['typo', 'kq dh cac cap nk 2025-2030 the nao roi ad', 'ket-qua'],
  ['typo', 'chính quyen 2 cap chay tu ngay may', 'chinh-quyen-2-cap'],
  ['typo', 'cb thi điem dh 5 nam 1 lan tu bao h', 'chi-bo-5-nam'],
  ['typo', 'đh xiv cua dang to chuc tu hom nao toi hom nao vay', 'dai-hoi-xiv'],
  ['typo', 'nhan su cap uy khoa moi chon theo tieu chuan gi z', 'nhan-su'],
  ['typo', 'ke tu hn quan triet o quan thang 10/2024 den h co gi thay doi ko', 'thay-doi'],
  ['typo', 'dh phai tiet kiem, chong lang phi, ko pho truong phai ko', 'nguyen-tac'],
  ['typo', 'chi thi ve dh nam 2024 co may phu luc, 7 yeu cau la gi', 'chi-thi-35'],
  ['en', 'I am a student from Laos. What must a party cell congress do, in simple words?', 'noi-dung'],
  ['en', 'Which two reports go to the congress? Please answer simple.', 'van-kien'],
  ['en', 'How do party units prepare the congress, what teams do they set up?', 'chuan-bi'],
  ['en', 'Must the congress be simple and without waste?', 'nguyen-tac'],
  ['en', 'When did the 14th National Congress of the Vietnam communist party happen?', 'dai-hoi-xiv'],
  ['en', 'Vietnam has two-level local government now. Since when?', 'chinh-quyen-2-cap'],
  ['en', 'Party cells hold congress only one time in five years now, is it true?', 'chi-bo-5-nam'],
  ['en', 'Are all the party congresses for 2025-2030 finished already?', 'ket-qua'],
  ['en', 'What changed after the district conference of October 2024?', 'thay-doi'],
  ['en', 'Show me the list of documents you rely on, please.', 'tai-lieu'],
  [
    'en',
    'What is a pilot congress? When was it, for which kind of unit? I am a Lao student.',
    'dai-hoi-diem',
  ],
  ['en', 'How are new committee members chosen, by which standards?', 'nhan-su'],
  ['en', 'What is the XXVII congress of the Hai Ba Trung district party?', 'dai-hoi-quan'],
  [
    'en',
    'The Politburo directive from June 2024 about congresses, how many parts and appendices it has?',
    'chi-thi-35',
  ],
  [
    'two-part',
    'Đại hội chi bộ gồm những nội dung gì, và cấp ủy trình những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ cơ sở đại hội hạn chót khi nào, còn đại hội điểm thì tổ chức lúc nào?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Chi bộ trạm rừng chuẩn bị đại hội cần làm những việc gì, và tổ chức phải theo nguyên tắc nào?',
    'chuan-bi+nguyen-tac',
  ],
  [
    'two-part',
    'Em làm tóc hỏi: Đại hội XIV họp ngày nào, và đại hội các cấp nhiệm kỳ 2025 - 2030 đã xong chưa?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Từ khi bỏ cấp huyện thì thế nào, và chi bộ có còn đại hội 5 năm hai lần không?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Nhân sự cấp ủy khóa mới theo tiêu chuẩn nào, và chỉ thị năm 2024 về đại hội có mấy phụ lục?',
    'nhan-su+chi-thi-35',
  ],
  ['two-part', 'What changed since October 2024, and are the congresses now over?', 'thay-doi+ket-qua'],
  [
    'two-part',
    'Cho tôi danh sách văn bản về đại hội, rồi thời gian đại hội theo từng loại tổ chức đảng',
    'tai-lieu+lich-trinh',
  ],
  [
    'two-part',
    'Đại hội Đảng bộ quận lần thứ XXVII là gì, và sau 1/7/2025 quận còn không?',
    'dai-hoi-quan+chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'Em là thợ tóc, hỏi hai việc: đại hội phải chống lãng phí thế nào, và báo cáo chính trị cần đánh giá ra sao?',
    'nguyen-tac+van-kien',
  ],
  ['lookalike', 'Hội nghị triển khai phòng cháy chữa cháy rừng mùa khô năm nay họp vào ngày nào?', null],
  ['lookalike', 'Đại hội công đoàn cơ sở ban quản lý rừng phòng hộ cần chuẩn bị những gì?', null],
  ['lookalike', 'Tiền khoán bảo vệ rừng mỗi héc-ta năm 2026 được trả bao nhiêu?', null],
  [
    'lookalike',
    'Chi bộ trạm kiểm lâm sinh hoạt chuyên đề tháng này nên chọn đề tài gì về chống cháy rừng?',
    null,
  ],
  ['lookalike', 'Đại hội Hội Nông dân xã có mời trạm kiểm lâm địa bàn đến dự không?', null],
  [
    'lookalike',
    'Hội nghị tổng kết ngành lâm nghiệp tỉnh yêu cầu báo cáo diện tích trồng rừng theo mẫu nào?',
    null,
  ],
  ['lookalike', 'Lịch tuần tra rừng ban đêm của trạm nên xếp thế nào cho anh em đỡ vất vả?', null],
  ['lookalike', 'Kết nạp quần chúng là người nhận khoán bảo vệ rừng vào Đảng cần hồ sơ gì?', null],
  ['lookalike', 'Đảng viên trực ở chốt rừng xa, nộp đảng phí bằng chuyển khoản được không?', null],
  ['lookalike', 'Đảng viên trạm rừng đi học dài hạn thì chuyển sinh hoạt đảng tạm thời ra sao?', null],
  ['lookalike', 'Chặt cây trong rừng phòng hộ trái phép bị phạt bao nhiêu tiền?', null],
  ['lookalike', 'Chi đoàn kiểm lâm tổ chức đại hội chi đoàn nhiệm kỳ mới vào dịp nào thì hợp lý?', null],
  ['lookalike', 'Em làm tóc, tuần sau em đi dự đại hội chi bộ thì nên làm kiểu tóc gì cho trang nhã?', null],
  ['lookalike', 'Hội thi tạo mẫu tóc toàn quốc năm nay đăng ký ở đâu, lệ phí bao nhiêu?', null],
  ['lookalike', 'Đại hội Hội Làm đẹp thành phố có cho thợ tóc tự do vào làm hội viên không?', null],
  ['lookalike', 'Tiệm tóc hộ kinh doanh của em mỗi năm nộp thuế khoán bao nhiêu?', null],
  [
    'lookalike',
    'Salon em định quảng cáo “đại hội giảm giá” cuối năm, đặt tên vậy có vi phạm gì không?',
    null,
  ],
  ['lookalike', 'Thuốc nhuộm tóc nhập khẩu dạo này tăng giá bao nhiêu phần trăm?', null],
  ['lookalike', 'Học nghề cắt tóc ở trung tâm giáo dục nghề nghiệp có được hỗ trợ học phí không?', null],
  ['lookalike', 'Đảng viên mở tiệm tóc có phải báo cáo chi bộ nơi cư trú không?', null],
  ['lookalike', 'Cuối tuần em bận khách, xin vắng buổi sinh hoạt chi bộ khu dân cư có được không?', null],
  ['lookalike', 'Hội nghị khách hàng của hãng mỹ phẩm tóc năm nay tổ chức ở khách sạn nào?', null],
  ['lookalike', 'Giấy chứng nhận đủ điều kiện cho tiệm gội đầu giờ xin ở phường hay ở thành phố?', null],
  ['lookalike', 'Phiên tòa phúc thẩm vụ tranh chấp đất tuần sau có bị hoãn không?', null],
  ['lookalike', 'Hội nghị triển khai công tác năm của ngành Tòa án nhân dân tổ chức vào ngày nào?', null],
  ['lookalike', 'Đại hội công đoàn Tòa án nhân dân khu vực phải chuẩn bị những văn kiện gì?', null],
  ['lookalike', 'Án phí sơ thẩm vụ ly hôn có tranh chấp tài sản tính như thế nào?', null],
  ['lookalike', 'Thi nâng ngạch thư ký viên chính tòa án gồm những môn nào?', null],
  ['lookalike', 'Hội thẩm nhân dân do ai bầu ra và nhiệm kỳ bao nhiêu năm?', null],
  ['lookalike', 'Hội đồng xét xử sơ thẩm vụ án hình sự gồm mấy người?', null],
  ['lookalike', 'Biên bản phiên tòa có bắt buộc chữ ký của cả thư ký và chủ tọa không?', null],
  ['lookalike', 'Tòa án huyện đổi thành tòa án khu vực thì hồ sơ án cũ chuyển về đâu?', null],
  ['lookalike', 'Đảng viên làm thư ký tòa để lộ hồ sơ vụ án thì bị kỷ luật đảng ở mức nào?', null],
  ['lookalike', 'Phụ cấp trách nhiệm theo nghề của thư ký tòa án hiện nay là bao nhiêu phần trăm?', null],
  ['lookalike', 'Đại hội Đảng Nhân dân Cách mạng Lào lần thứ XII họp vào tháng nào?', null],
  ['lookalike', 'When is the next congress of the Lao People’s Revolutionary Party?', null],
  ['lookalike', 'Hội sinh viên Lào tại Việt Nam tổ chức đại hội nhiệm kỳ mới ở đâu?', null],
  ['lookalike', 'Tết Bunpimay năm nay sinh viên Lào ở Hà Nội có được nghỉ học không?', null],
  ['lookalike', 'How can I extend my student visa in Hanoi, which office?', null],
  [
    'lookalike',
    'Mình là sinh viên Lào, muốn thi chứng chỉ năng lực tiếng Việt bậc 4 thì đăng ký ở đâu?',
    null,
  ],
  ['lookalike', 'Đại hội Hội Sinh viên trường mình có cho lưu học sinh nước ngoài đi bầu không?', null],
  ['lookalike', 'Học bổng hiệp định Việt Nam - Lào mỗi tháng được bao nhiêu tiền?', null],
  ['lookalike', 'Ký túc xá lưu học sinh Lào ở Hà Nội mấy giờ đóng cửa?', null],
  ['lookalike', 'Bus ticket from Vientiane to Hanoi, how much and where to buy?', null],
  ['lookalike', 'Can a foreign student join the Ho Chi Minh Communist Youth Union?', null],
  ['lookalike', 'Bot nói “cấp huyện không còn”, vậy giấy khai sinh cho con tôi giờ làm ở đâu?', null],
  ['lookalike', 'Bạn vừa bảo mọi câu trả lời đều có nguồn, vậy nguồn giá vàng SJC hôm nay là gì?', null],
  ['lookalike', 'Bạn gọi tôi là “đồng chí”, vậy tôi nên gọi bạn là gì cho phải phép?', null],
  [
    'lookalike',
    'Bot nói “kiện toàn các chức danh cấp ủy, chính quyền”, vậy ai sẽ làm chủ tịch phường tôi?',
    null,
  ],
  ['lookalike', 'Bạn nói “nguồn của bot”, vậy bot này viết bằng ngôn ngữ lập trình gì?', null],
  [
    'lookalike',
    'Bạn bảo văn bản này không có trong nguồn, thế tra giúp tôi lịch chiếu phim tối nay được không?',
    null,
  ],
  [
    'lookalike',
    'Bạn vừa nhắc “đồng chí Trần Quyết Thắng”, số điện thoại của đồng chí ấy là bao nhiêu?',
    null,
  ],
  [
    'lookalike',
    'Bot trả lời “thí điểm”, vậy thí điểm phân loại rác tại nguồn ở phường tôi bắt đầu khi nào?',
    null,
  ],
  ['lookalike', 'Bạn nói “chính quyền 2 cấp”, vậy thẻ bảo hiểm y tế cũ có phải đổi không?', null],
  [
    'lookalike',
    'Đại hội thể dục thể thao phường năm nay trạm kiểm lâm có được cử đội kéo co tham gia không?',
    null,
  ],
  ['lookalike', 'Hội nghị cử tri tiếp xúc đại biểu Quốc hội tháng tới tổ chức ở đâu?', null],
  ['lookalike', 'Đại hội chi hội khuyến học tổ dân phố cần chuẩn bị những gì?', null],
  [
    'lookalike',
    'Em làm tóc, được mời vào Hội Chữ thập đỏ phường, đại hội hội đó bầu bao nhiêu ủy viên ban chấp hành?',
    null,
  ],
  ['lookalike', 'Đảng Cộng sản Nhật Bản đã tổ chức đại hội lần thứ mấy rồi?', null],
  ['lookalike', 'Hội nghị Trung ương lần gần nhất bàn những vấn đề gì?', null],
  ['lookalike', 'Hội nghị đồng hương Nghệ An tại Hà Nội cuối năm tổ chức ở đâu?', null],
  [
    'lookalike',
    'Sinh viên Lào thích bóng đá hỏi: đại hội Liên đoàn Bóng đá Việt Nam khóa mới bầu ai làm chủ tịch?',
    null,
  ],
];

export const NEWSET108: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
