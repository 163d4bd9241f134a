/**
 * The ninety-second new evaluation set (issue 11, point 6), written on 2026-12-04 from 19:00 UTC
 * (committed in the commit "Eval: newset92, the ninety-second unseen set") by a helper (set92) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before `const items`) and its export line, the part of newset.ts before
 * `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under src/,
 * bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items
 * (offwords.ts and the newset91.ts being written at the same time included) were read (by
 * mistake one `git log -1` ran with its output thrown away unread, and one `git diff --stat` of
 * this worktree showed only this set's own line count in sets.ts). The 41 questions that the
 * shape test found in earlier sets (it names only this set's own questions) were reworded. Its users
 * are imagined as the secretary of a university faculty's party cell, a member on a market
 * management board, a farmer member in a suburban commune merged on 1/7/2025, a foreign researcher
 * of Vietnamese politics writing in English, and a young member who writes in teen slang; with the
 * out-of-scope messages such users send (other organisations' congresses and meetings: a student
 * union's congress, a Youth Union class branch's and a ward branch's congress, the faculty's
 * staff and workers' conference, a university council's election, a traders' association's
 * founding congress, the Farmers' Association congress of the new commune, a cooperative's annual
 * members' meeting, village meetings and village-head elections, the Chinese and Lao parties'
 * congresses, the US Democratic National Convention, Vietnam's National Assembly election; other
 * senses of "đại hội" and "hội nghị": a faculty science conference, a field-side farming
 * demonstration, a year-end traders' gathering with a show, a martial-arts "đại hội" in a video
 * game, staff sports games, a book fair, a concert and a fan meeting; party business the pack
 * does not cover: admitting students and traders, background dossiers, confirming probationary
 * members, moving a student member's party registration, residence reviews of lecturers, reporting
 * before study abroad, merging two faculties' cells, a monthly cell meeting's theme, what to wear
 * to a first cell meeting, who sits in the Politburo, an observer at a cell meeting; the users'
 * own work and daily life: research funding, accreditation evidence, master's admissions, doctoral
 * study abroad, midterm exams, kiosk rents, fire checks, household business tax, e-invoices, food
 * safety, stall tenders, a temporary market, night-market hours, land compensation, red books
 * after the merger, the new commune office, fertiliser prices, swine fever, irrigation fees, crop
 * insurance, OCOP stars, a village festival, a village road levy, Youth Union dues and transfers,
 * summer volunteering, TikTok followers; a researcher's visas, archives, reading lists, calls for
 * papers and GDP figures).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset92.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, which cells the five-yearly
 * pilot covers, whether a new commune committee counts as grassroots, what the later documents
 * changed in detail) were left out, not guessed.
 * Engine changes reached main after its commit: c98669d (a third tier of the subject-named word
 * prior, for a near tie) and 19d617b (the word prior relearned with newset91); its writer saw none
 * of them. It was measured once, at 19:17 UTC on main 19d617b (`node --expose-gc
 * dist/bench/qa.js`, load 1.64): qa_new_top1 97.3 %, qa_new_oos_refused 98.5 % (4 in-scope misses,
 * 1 lookalike answered; qa_p99_us 195.5 in that run, p50 43.3). Its misses were listed after that
 * run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  ['doc', 'Chỉ thị số 35-CT/TW năm 2024 của Bộ Chính trị hiện còn hiệu lực không?', 'doc:ct-35-2024'],
  ['doc', 'cho em hoi ct35 nam 2024 bi thay the chua a', 'doc:ct-35-2024'],
  ['en', 'Is Directive 35 of June 2024 on party congresses still in force?', 'doc:ct-35-2024'],
  [
    'doc',
    'Thầy trưởng khoa hỏi Chỉ thị 35-CT/TW ngày 30/5/2019 là của nhiệm kỳ nào, tra giúp tôi',
    'doc:ct-35-2019',
  ],
  ['doc', 'chi thi 35 nam 2019 huong toi dai hoi lan thu may', 'doc:ct-35-2019'],
  ['en', 'The 2019 Directive 35-CT/TW for the 13th Congress: what was it about?', 'doc:ct-35-2019'],
  [
    'doc',
    'Trong tài liệu của chi bộ chợ có nhắc Kết luận 118-KL/TW, cơ quan ban hành là ai?',
    'doc:kl-118-2025',
  ],
  ['doc', 'kl118 điều chỉnh những gì của chỉ thị cũ', 'doc:kl-118-2025'],
  ['en', 'Is Conclusion 118 of January 2025 still valid?', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị số 45-CT/TW của Bộ Chính trị nói về nội dung gì?', 'doc:ct-45-2025'],
  ['doc', 'ct 45 thay thế những văn bản nào ạ', 'doc:ct-45-2025'],
  ['en', 'Directive 45-CT/TW: which documents did it replace?', 'doc:ct-45-2025'],
  ['doc', 'Kết luận số 200-KL/TW ngày 17/10/2025 có nội dung chính là gì?', 'doc:kl-200-2025'],
  ['doc', 'van ban kl200 cua BCT va Ban Bi thu ra ngay nao', 'doc:kl-200-2025'],
  ['en', 'For my paper I need the gist of Conclusion 200, issued in October 2025', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW hướng dẫn thực hiện văn bản nào?', 'doc:hd-27-2024'],
  ['doc', 'hd27 của BTC Trung ương bây giờ tình trạng ra sao hả bot', 'doc:hd-27-2024'],
  ['en', 'I keep seeing Guidance 27 cited in Vietnamese sources; what date does it carry?', 'doc:hd-27-2024'],
  [
    'doc',
    'Chi bộ khoa có bản photo Hướng dẫn số 18-HD/BTCTU, xin cho biết ngày ban hành và tình trạng',
    'doc:hd-18-2024',
  ],
  ['doc', 'huong dan 18 btctu ha noi ban hanh ngay nao', 'doc:hd-18-2024'],
  ['doc', 'Văn bản HD18/BTCTU tình trạng hiện nay ra sao?', 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch số 258-KH/TU của Thành ủy Hà Nội ban hành khi nào?', 'doc:kh-258-2024'],
  ['doc', 'kh258 thanh uy ha noi la ke hoach gi', 'doc:kh-258-2024'],
  ['en', "Is the Hanoi committee's Plan 258-KH/TU of July 2024 superseded or unchanged?", 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch 203-KH/QU của Quận ủy Hai Bà Trưng giờ còn áp dụng không?', 'doc:kh-203-2024'],
  ['doc', 'ke hoach 203 quan uy hai ba trung ve dai hoi co so', 'doc:kh-203-2024'],
  ['doc', 'kh203 ra ngày bao nhiêu vậy', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 của Ban Chấp hành Trung ương là về vấn đề gì?', 'doc:nq-26-2018'],
  ['doc', 'nq26 năm 2018 ai ban hành', 'doc:nq-26-2018'],
  ['en', 'Which body issued Resolution 26 in May 2018, the one on cadre work?', 'doc:nq-26-2018'],
  ['doc', 'Quy định 89-QĐ/TW về tiêu chuẩn cán bộ còn được dùng không?', 'doc:qd-89-2017'],
  ['doc', 'qd89 nam 2017 gio con ap dung khong hay da co quy dinh khac', 'doc:qd-89-2017'],
  ['en', 'My interviewees still mention Regulation 89 of 2017; is it outdated now?', 'doc:qd-89-2017'],
  ['doc', 'Đảng viên ở ban quản lý chợ hỏi Quy định số 365-QĐ/TW ra đời ngày tháng nào', 'doc:qd-365-2025'],
  ['doc', 'quy dinh 365 ve tieu chuan chuc danh can bo thay the quy dinh nao', 'doc:qd-365-2025'],
  ['doc', 'QĐ365 thay cho quy định nào, tình trạng giờ thế nào?', 'doc:qd-365-2025'],
  [
    'doc',
    'Chi bộ trường hay trích Quy định 14-QĐ/TU, văn bản này do ai ban hành, năm nào?',
    'doc:qd-14-2023',
  ],
  ['doc', 'qd14 thanh uy ha noi ve tieu chi danh gia can bo', 'doc:qd-14-2023'],
  ['doc', 'quy dinh so 14 thanh uy nam 2023 ban hanh ngay nao', 'doc:qd-14-2023'],
  [
    'doc',
    'Quy định số 2656-QĐ/QU của quận cũ giờ không còn quận thì sao, tình trạng thế nào?',
    'doc:qd-2656-2023',
  ],
  ['doc', 'qd 2656 quan uy hai ba trung noi ve gi', 'doc:qd-2656-2023'],
  [
    'en',
    'What subject does the Hai Ba Trung Regulation 2656 of November 2023 deal with?',
    'doc:qd-2656-2023',
  ],
  ['doc', 'Ông bí thư thôn nhắc Quy định 1216-QĐ/QU, xin hỏi ban hành ngày nào', 'doc:qd-1216-2022'],
  ['doc', 'qđ1216 của quận ủy ra năm nào', 'doc:qd-1216-2022'],
  ['doc', 'quy dinh 1216 quan uy con hieu luc khong', 'doc:qd-1216-2022'],
  ['doc', 'Quy định 294-QĐ/TW bắt đầu áp dụng từ ngày nào, bot tra giúp với', 'doc:qd-294-2025'],
  ['doc', 'qd294 noi ve thi diem gi vay ad oi', 'doc:qd-294-2025'],
  ['en', 'Regulation 294 on party cells: when did it take effect?', 'doc:qd-294-2025'],
  ['doc', 'Hướng dẫn 26-HD/BTCTW năm 2019 thuộc chỉ thị nào?', 'doc:hd-26-2019'],
  ['doc', 'huong dan 26 nam 2019 cua BTCTW con dung duoc khong', 'doc:hd-26-2019'],
  ['en', 'Guidance 26-HD/BTCTW of October 2019: is it still used?', 'doc:hd-26-2019'],
  ['typo', 'kết lận 118-KL/TW còn hiệu lực ko', 'doc:kl-118-2025'],
  ['typo', 'quy dinh 294 qdtw ai ban hanh z', 'doc:qd-294-2025'],
  ['typo', 'chỉ thi số 45 ngay 14/4/2025 còn hiêu lực k', 'doc:ct-45-2025'],
  [
    'unknown-doc',
    'Đảng ủy trường gửi Quy định 232-QĐ/TW, trong đó đại hội chi bộ khoa làm thế nào?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Nghị quyết 57-NQ/TW có liên quan gì tới đại hội không?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn số 06-HD/TW hướng dẫn nội dung gì?', 'unknown-doc'],
  ['unknown-doc', 'kl121 ve sap xep to chuc bo may noi gi', 'unknown-doc'],
  [
    'unknown-doc',
    'Chi bộ thôn tôi đang học Chỉ thị 05-CT/TW, văn bản đó giờ còn hiệu lực không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kế hoạch 52-KH/TU của Thành ủy về đại hội có những mốc nào?', 'unknown-doc'],
  ['unknown-doc', 'Resolution 60-NQ/TW on merging provinces: what does it say?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 31-HD/BTCTW về công tác nhân sự đại hội quy định gì?', 'unknown-doc'],
  ['unknown-doc', 'Công văn 13-CV/BTCTW gửi các đảng bộ nói gì?', 'unknown-doc'],
  ['unknown-doc', 'qd190 ve phan cap quan ly can bo the nao', 'unknown-doc'],
  ['unknown-doc', 'What is Directive 24-CT/TW about?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 150-KL/TW của Bộ Chính trị về nhân sự là gì?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch số 47-KH/ĐU của Đảng ủy trường về đại hội chi bộ khoa ra sao?', 'unknown-doc'],
  ['unknown-doc', 'Quyết định 1969-QĐ/TU thành lập đảng bộ xã mới nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Thông báo 07-TB/ĐU của đảng ủy xã về lịch đại hội có gì?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 09-HD/BTGTW về tuyên truyền đại hội có nội dung gì?', 'unknown-doc'],
  [
    'unit',
    'Chi bộ khoa em trực thuộc Đảng ủy trường đại học, theo kế hoạch thì đại hội chi bộ phải xong trong tháng mấy?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở của ban quản lý chợ thì hạn chót tổ chức đại hội là ngày nào?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở đại hội sau khi các chi bộ trực thuộc đại hội xong, vậy bắt đầu từ tháng mấy?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng ủy trường là đảng bộ cơ sở thì phải chọn bao nhiêu chi bộ khoa làm đại hội điểm?',
    'dai-hoi-diem',
  ],
  [
    'unit',
    'Đầu quý I/2025 quận chọn một đảng bộ phường, một đảng bộ khối hành chính sự nghiệp và gì nữa để làm điểm?',
    'dai-hoi-diem',
  ],
  [
    'unit',
    'Chi bộ khoa là chi bộ trực thuộc, đại hội có phải bầu đoàn đại biểu đi dự đại hội đảng bộ trường không?',
    'noi-dung',
  ],
  ['unit', 'Đại hội chi bộ cơ sở phải có những báo cáo nào trình đại hội?', 'van-kien'],
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở có phải trình báo cáo kiểm điểm của cấp ủy tại đại hội không?',
    'van-kien',
  ],
  ['unit', 'Đảng bộ cơ sở cần thành lập những tổ nào để phục vụ đại hội?', 'chuan-bi'],
  ['unit', 'Với chi bộ cơ sở thì đại hội phải bầu những gì?', 'noi-dung'],
  ['fact', 'Bà con trong thôn hỏi Đại hội XIV của Đảng khai mạc và bế mạc ngày nào', 'dai-hoi-xiv'],
  [
    'fact',
    'Xã tôi ở ngoại thành nghe nói không còn huyện nữa, chính xác là từ ngày nào?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Khi Hà Nội bỏ cấp huyện thì có tổng cộng mấy đảng bộ quận, huyện, thị xã dừng hoạt động?',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'Đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030 đã được đánh giá là thành công chưa?', 'ket-qua'],
  ['fact', 'Trong các văn kiện trình đại hội, báo cáo nào là báo cáo trung tâm?', 'van-kien'],
  ['fact', 'Đại hội điểm ở các chi bộ trực thuộc được làm trong tháng nào?', 'dai-hoi-diem'],
  [
    'fact',
    'Theo Điều lệ Đảng trước khi có thí điểm, một chi bộ đại hội bao nhiêu lần trong năm năm?',
    'chi-bo-5-nam',
  ],
  ['fact', 'Nguyên tắc nào được nhấn mạnh nhất khi lãnh đạo công tác đại hội?', 'nguyen-tac'],
  [
    'fact',
    'Đại hội có được làm phô trương, hình thức không, yêu cầu về chống lãng phí ra sao?',
    'nguyen-tac',
  ],
  ['fact', 'Chỉ thị của Bộ Chính trị năm 2024 về đại hội các cấp gồm mấy phần và mấy phụ lục?', 'chi-thi-35'],
  [
    'fact',
    'Chi bộ khoa vẫn dùng tài liệu hội nghị quán triệt cuối năm 2024, từ đó đến nay có những thay đổi gì?',
    'thay-doi',
  ],
  ['fact', 'Bầu Ban Chấp hành nhiệm kỳ mới là nội dung thứ mấy trong các nội dung đại hội?', 'noi-dung'],
  [
    'fact',
    'Đại hội Đảng bộ quận Hai Bà Trưng tiến tới nhiệm kỳ 2025 - 2030 được đánh số lần thứ bao nhiêu?',
    'dai-hoi-quan',
  ],
  ['fact', 'Lựa chọn nhân sự cấp ủy khóa mới phải quán triệt nghị quyết nào của Trung ương?', 'nhan-su'],
  ['fact', 'Bot trả lời dựa trên những văn bản nào về đại hội?', 'tai-lieu'],
  ['fact', 'Sau khi đại hội xong, Bộ Chính trị yêu cầu các cấp ủy làm gì tiếp theo?', 'ket-qua'],
  [
    'two-part',
    'Đại hội chi bộ khoa gồm những nội dung gì, và chi ủy phải trình những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Lịch đại hội chi bộ trực thuộc thế nào, còn đại hội điểm thì làm khi nào?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Cần chuẩn bị những việc gì cho đại hội, và nguyên tắc tổ chức ra sao?',
    'chuan-bi+nguyen-tac',
  ],
  [
    'two-part',
    'Nhân sự cấp ủy mới chọn theo tiêu chuẩn nào; còn Đại hội XIV họp vào lúc nào?',
    'nhan-su+dai-hoi-xiv',
  ],
  [
    'two-part',
    'Từ khi bỏ cấp huyện thì tổ chức đảng thay đổi ra sao, và giờ chi bộ mấy năm đại hội một lần?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Kết quả đại hội các cấp nhiệm kỳ này ra sao, và bot dựa vào những văn bản nào?',
    'ket-qua+tai-lieu',
  ],
  [
    'two-part',
    'Chỉ thị năm 2024 của Bộ Chính trị về đại hội gồm những phần nào, và từ đó tới giờ có gì thay đổi?',
    'chi-thi-35+thay-doi',
  ],
  [
    'two-part',
    'Báo cáo kiểm điểm của cấp ủy cần viết thế nào, còn khâu nhân sự thì căn cứ những quy định nào?',
    'van-kien+nhan-su',
  ],
  [
    'two-part',
    'Đại hội Đảng bộ quận lần thứ XXVII được tổ chức theo kế hoạch nào, và chính quyền 2 cấp thì bắt đầu từ bao giờ?',
    'dai-hoi-quan+chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'Cần lập những tổ nào phục vụ đại hội, và hạn chót đại hội chi bộ cơ sở là khi nào?',
    'chuan-bi+lich-trinh',
  ],
  [
    'two-part',
    'What are the four agenda items of a congress, and when was the 14th National Congress held?',
    'noi-dung+dai-hoi-xiv',
  ],
  [
    'two-part',
    'Which reports go to the congress, and how were the pilot congresses chosen?',
    'van-kien+dai-hoi-diem',
  ],
  ['two-part', 'nd dh gom nhung gi + lich dh cbcs the nao', 'noi-dung+lich-trinh'],
  [
    'two-part',
    'Chi bộ giờ bao lâu đại hội một lần theo thí điểm, và đợt đại hội nhiệm kỳ 2025 - 2030 xong hết chưa?',
    'chi-bo-5-nam+ket-qua',
  ],
  [
    'offword',
    'Sáng nay họp giao ban khoa xong mệt quá, cho hỏi đại hội chi bộ có mấy nội dung bắt buộc?',
    'noi-dung',
  ],
  [
    'offword',
    'Chợ hôm nay vắng khách, tranh thủ hỏi: báo cáo chính trị của chi bộ cần đánh giá những gì?',
    'van-kien',
  ],
  ['offword', 'Vừa gặt lúa xong, hỏi bot: đại hội điểm của đảng bộ cơ sở làm vào tháng nào?', 'dai-hoi-diem'],
  [
    'offword',
    'trời ơi deadline chồng deadline, mà nghe nói chi bộ mình giờ 5 năm mới đại hội 1 lần hả',
    'chi-bo-5-nam',
  ],
  ['offword', 'Đang chấm bài thi cuối kỳ, nhờ bot nhắc lại các tổ phục vụ đại hội cần thành lập', 'chuan-bi'],
  [
    'offword',
    'Mưa to ngập đường vào chợ, mà cho hỏi nguyên tắc tập trung dân chủ khi tổ chức đại hội nói thế nào?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Con lợn nái nhà tôi sắp đẻ, tiện hỏi luôn: từ khi không còn huyện thì đảng bộ huyện cũ ra sao?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Between two archive visits in Hanoi: when exactly was the 14th Party Congress held?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Ăn trưa ở căng tin trường xong, hỏi chút: chọn nhân sự cấp ủy khóa mới căn cứ những quy định nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Đang livestream bán hàng, hỏi lẹ: đại hội đảng bộ các cấp nhiệm kỳ này kết thúc chưa?',
    'ket-qua',
  ],
  [
    'offword',
    'Sau buổi bảo vệ luận văn của sinh viên, tôi muốn xem lại danh mục văn bản về đại hội nhiệm kỳ 2025 - 2030',
    'tai-lieu',
  ],
  [
    'offword',
    'Quầy rau bên cạnh nhờ hỏi: Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII được chuẩn bị theo kế hoạch của ai?',
    'dai-hoi-quan',
  ],
  ['typo', 'ĐH CB gồm mấy ND vậy ad', 'noi-dung'],
  ['typo', 'bcct cua dang bo phai danh gia nhung gi', 'van-kien'],
  ['typo', 'lịch đh cbcs năm 2025 thế nào ạ', 'lich-trinh'],
  ['typo', 'dh diem thang 12/2024 thi dang uy co so chon may chi bo', 'dai-hoi-diem'],
  ['typo', 'nhân xự cấp uỷ khoá mới theo tiu chuẩn nào', 'nhan-su'],
  ['typo', 'yêu cầu chống lãng phí, không phô chương khi tổ chức đhội', 'nguyen-tac'],
  ['typo', 'chinh quyen 2 cap van hanh tu bao gio z', 'chinh-quyen-2-cap'],
  ['typo', 'đh xiv diễn ra ngày mấy vậy ad', 'dai-hoi-xiv'],
  ['typo', 'nhug thay doi sau hoi nghi quan triet thang 10/2024', 'thay-doi'],
  ['typo', 'các văn bản bot dùng lám căn cứ là j', 'tai-lieu'],
  ['typo', 'ĐBCS thành lập tổ vk, tổ ns, tổ tc ntn', 'chuan-bi'],
  ['en', "What must a party cell's congress cover in the 2025–2030 term?", 'noi-dung'],
  ['en', 'In a grassroots congress, which two reports must the outgoing committee table?', 'van-kien'],
  ['en', 'In which months were the congresses of cells under grassroots committees scheduled?', 'lich-trinh'],
  ['en', 'How did the pilot congresses in Hai Ba Trung work, and in which months?', 'dai-hoi-diem'],
  [
    'en',
    'What principles should guide how a congress is organised, such as democratic centralism?',
    'nguyen-tac',
  ],
  ['en', 'How are new committee members selected, and by which standards?', 'nhan-su'],
  ['en', 'On what date did the district tier of Vietnamese local government disappear?', 'chinh-quyen-2-cap'],
  [
    'en',
    'Is it true that Vietnamese party cells now meet in congress only once per five-year term?',
    'chi-bo-5-nam',
  ],
  [
    'en',
    'Did the 2025–2030 round of party congresses finish as planned, according to the Politburo?',
    'ket-qua',
  ],
  [
    'en',
    'Since the October 2024 dissemination conference in Hai Ba Trung, what rules or documents have changed?',
    'thay-doi',
  ],
  ['en', 'Which documents does the bot rely on for its answers?', 'tai-lieu'],
  ['en', "What does the Politburo's 2024 directive on party congresses contain?", 'chi-thi-35'],
  ['en', "What was the Hai Ba Trung district's 27th Party Congress?", 'dai-hoi-quan'],
  [
    'en',
    'What preparatory steps did grassroots party organisations have to take before their congress?',
    'chuan-bi',
  ],
  ['lookalike', 'Khoa tôi sắp tổ chức hội nghị khoa học cấp khoa, thủ tục xin kinh phí thế nào?', null],
  ['lookalike', 'Đại hội đại biểu Hội Sinh viên trường nhiệm kỳ mới cần chuẩn bị những văn kiện gì?', null],
  ['lookalike', 'Hội nghị viên chức và người lao động của khoa đầu năm học gồm những nội dung gì?', null],
  ['lookalike', 'Thủ tục kết nạp sinh viên ưu tú vào Đảng gồm những bước nào?', null],
  ['lookalike', 'Lớp bồi dưỡng nhận thức về Đảng cho sinh viên năm nay mở khi nào?', null],
  ['lookalike', 'Hội đồng trường đại học được bầu theo quy trình nào?', null],
  ['lookalike', 'Sắp sáp nhập hai khoa thì chi bộ của hai khoa có phải hợp nhất luôn không?', null],
  ['lookalike', 'Giảng viên trẻ muốn đi học tiến sĩ nước ngoài có phải xin ý kiến chi bộ không?', null],
  ['lookalike', 'Đại hội chi đoàn sinh viên lớp K68 nên tổ chức trong bao lâu?', null],
  ['lookalike', 'Kỳ tuyển sinh thạc sĩ đợt 2 của trường hạn nộp hồ sơ là ngày nào?', null],
  ['lookalike', 'Sinh viên là đảng viên dự bị chuyển sinh hoạt đảng khi ra trường thế nào?', null],
  ['lookalike', 'Hội thao cán bộ giảng viên toàn trường năm nay có những môn gì?', null],
  ['lookalike', 'Mẫu nhận xét đảng viên nơi cư trú cho giảng viên ghi những gì?', null],
  ['lookalike', 'Kiểm định chất lượng chương trình đào tạo của khoa cần chuẩn bị minh chứng gì?', null],
  ['lookalike', 'Hội nghị tiểu thương chợ cuối năm nên có những tiết mục văn nghệ gì?', null],
  ['lookalike', 'Giá thuê ki-ốt ở chợ năm 2026 tăng bao nhiêu?', null],
  ['lookalike', 'Ban quản lý chợ kiểm tra phòng cháy chữa cháy định kỳ mấy lần một năm?', null],
  ['lookalike', 'Tiểu thương nộp thuế hộ kinh doanh thế nào sau khi bỏ thuế khoán?', null],
  ['lookalike', 'Chợ tạm di dời đi đâu trong thời gian xây chợ mới?', null],
  ['lookalike', 'Đại hội thành lập Hội tiểu thương chợ cần xin giấy phép gì?', null],
  ['lookalike', 'Chợ đêm cuối tuần mấy giờ đóng cửa?', null],
  ['lookalike', 'Kiểm tra an toàn thực phẩm quầy thịt ở chợ do cơ quan nào làm?', null],
  ['lookalike', 'Đấu thầu điểm kinh doanh trong chợ làm theo quy trình nào?', null],
  ['lookalike', 'Chi bộ ban quản lý chợ họp tháng này nên chọn chuyên đề sinh hoạt gì?', null],
  ['lookalike', 'Hóa đơn điện tử cho tiểu thương bán rau nên dùng phần mềm nào?', null],
  ['lookalike', 'Tiểu thương ở chợ có được vào Đảng không, cần điều kiện gì?', null],
  ['lookalike', 'Đại hội đại biểu Hội Nông dân xã mới sau sáp nhập tổ chức khi nào?', null],
  ['lookalike', 'Đại hội thành viên hợp tác xã nông nghiệp thường niên phải thông qua những gì?', null],
  ['lookalike', 'Giá bồi thường đất nông nghiệp khi làm đường vành đai qua xã tôi là bao nhiêu?', null],
  ['lookalike', 'Sau sáp nhập xã thì sổ đỏ cũ có phải đổi tên xã không?', null],
  ['lookalike', 'Giá phân đạm Phú Mỹ tuần này bao nhiêu một bao?', null],
  ['lookalike', 'Lợn nhà tôi bỏ ăn, sốt cao, có phải dịch tả lợn châu Phi không?', null],
  ['lookalike', 'Trụ sở xã mới sau ngày 1/7/2025 đặt ở thôn nào?', null],
  ['lookalike', 'Họp thôn bàn việc đổ bê tông đường làng thì mỗi hộ góp bao nhiêu tiền?', null],
  ['lookalike', 'Bầu trưởng thôn nhiệm kỳ mới cần bao nhiêu phần trăm hộ đồng ý?', null],
  ['lookalike', 'Lễ hội làng rằm tháng Giêng năm nay có rước kiệu không?', null],
  ['lookalike', 'Sản phẩm OCOP của xã muốn lên 4 sao cần những tiêu chí gì?', null],
  ['lookalike', 'Thủy lợi phí vụ chiêm năm nay xã có thu không?', null],
  ['lookalike', 'Bảo hiểm nông nghiệp cho cây lúa mua ở đâu?', null],
  ['lookalike', 'Hội nghị đầu bờ giới thiệu giống lúa mới tổ chức ở cánh đồng nào?', null],
  ['lookalike', 'When will Vietnam hold its next National Assembly election?', null],
  [
    'lookalike',
    'Could you list the Politburo members elected at the 14th Congress with their portfolios?',
    null,
  ],
  [
    'lookalike',
    "How does the Chinese Communist Party's 20th Congress compare with Vietnam's national congress?",
    null,
  ],
  ['lookalike', 'Can you recommend books on the history of the Communist Party of Vietnam?', null],
  ['lookalike', 'Is there a call for papers for a Vietnam Studies conference in Hanoi next year?', null],
  ['lookalike', 'What visa do I need for three months of fieldwork interviews in Vietnam?', null],
  ['lookalike', 'How do I get access to the National Archives Centre III in Hanoi?', null],
  ['lookalike', 'What GDP growth did Vietnam report for 2025 and what is the 2026 target?', null],
  [
    'lookalike',
    "How many delegates attended the last congress of the Lao People's Revolutionary Party?",
    null,
  ],
  ['lookalike', 'Can a foreign researcher sit in on a party cell meeting as an observer?', null],
  ['lookalike', 'How are delegates chosen for the US Democratic National Convention?', null],
  ['lookalike', 'ê bot, đại hội chi đoàn phường mình tuần sau cần chuẩn bị j v', null],
  ['lookalike', 'đại hội võ lâm trong game mới ra có event gì hok', null],
  ['lookalike', 'đoàn phí năm nay đóng bao nhiu z ạ', null],
  ['lookalike', 'ai bít lịch concert anh trai say hi ở HN hông', null],
  ['lookalike', 'mùa hè xanh năm nay đăng ký ở đâu vậy mn', null],
  ['lookalike', 'mai thi giữa kỳ mà chưa học chữ nào, có cách nào cứu hong bot', null],
  ['lookalike', 'crush rủ đi hội chợ sách cuối tuần, mặc gì cho ngầu', null],
  ['lookalike', 'đi họp chi bộ lần đầu cần mặc đồng phục gì k ạ', null],
  ['lookalike', 'Chuyển sinh hoạt Đoàn lên đại học làm thủ tục gì z', null],
  ['lookalike', 'làm sao để tăng follow tiktok nhanh á bot', null],
  ['lookalike', 'fan meeting của idol Hàn ở Sài Gòn bán vé ở đâu v mn', null],
  ['lookalike', 'Đảng viên dự bị hết 12 tháng thì xét chuyển chính thức thế nào?', null],
  ['lookalike', 'Hồ sơ lý lịch của người xin vào Đảng phải khai mấy đời?', null],
  ['lookalike', 'Đảng viên đi nước ngoài học 6 tháng phải báo cáo chi bộ những gì?', null],
];

export const NEWSET92: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
