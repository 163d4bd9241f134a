/**
 * The one hundred and twelfth new evaluation set (issue 11, point 6), written on 2026-12-04 from
 * 20:52 UTC (committed in the commit "Eval: newset112, the one hundred and twelfth unseen set") by a
 * helper (set112) that never saw the engine. It was written from ../shared/sources/ (the conference
 * article of 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of
 * ../shared/STYLE.md, ../helpers/COMMON.md, and from the pack only what
 * `node /work/helpers/pack-view.mjs` prints: the documents' ids, numbers, dates, titles/abouts,
 * issuers and statuses, the unit types' codes and names, and each topic's id, title and body
 * (config/ itself was not opened, so no sample questions, keywords, synonyms, evidence or off-topic
 * lists were seen). Also read: the header of newset35.ts (the lines before its item list) and its
 * export line, the part of newset.ts before its item list, newset35.test.ts, set-shape.ts,
 * set-checks.ts and sets.ts. Nothing under src/, bench/ or config/, no README, no git log, diff or
 * show, and no other set's or pool's items (newset111.ts included) were read. Its users are
 * imagined as the secretary of a party cell at a seaport customs office, a member who is a primary
 * school principal, a member who drives a motorbike taxi, a Swedish researcher who writes in
 * English, and a member who writes very long messages with several sentences of background; with
 * the out-of-scope messages such users send (other organisations' congresses and meetings: a
 * customs office's trade union congress and civil servants' conference, business-customs dialogue
 * meetings, a customs Youth Union cell's congress, the World Customs Organization, parents'
 * meetings and parents' boards, the Young Pioneers' school and class congresses, a primary school's
 * staff conference and year-end review, the ward's learning-promotion association, a motorbike
 * taxi guild, a ride-hailing firm's driver meetings, market traders' meetings, the Young
 * Entrepreneurs' Association, ethnic minorities' congresses, investment promotion and education
 * science conferences, Swedish parties' congresses and leadership choices, the Riksdag, Almedalen
 * Week, the Lao party's congress; other senses of "đại hội" and "hội nghị": the customs sports
 * games, the Phù Đổng school games, teachers' model-lesson contests, homeroom-teacher contests,
 * Teachers' Day; party business the pack does not cover: a cell's outing fund, where a member
 * without a workplace meets, a residence cell's contributions, a lost party card, probationary
 * members becoming full members, members working abroad, correcting cell-meeting minutes, a cell's
 * thematic resolution, a retiring member's farewell gift; the users' own work and daily life mixed
 * with congress words: reefer-container papers, demurrage, night berthing and shift rosters at the
 * port, end-of-term exams, textbooks, seniority pay, principal evaluations, accreditation
 * self-assessment reports, helmets, tyres, number plates after the merger, road closures on a ward
 * congress day, the route from the conference's own address, voluntary social insurance, invoices
 * for rides, speeches and emcee scripts to write, research permits, archives, literature, survey
 * statistics, translation and Stockholm's population).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset112.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, the money a congress may
 * spend, which cells the five-yearly pilot covers, membership figures) were left out, not guessed.
 * Engine changes reached main after its writer began: bf4616c (interpreters absent), 8a042bf and
 * d3a1070 (code moved and a comment rewrapped, behaviour unchanged) and a5c0c9b (the word prior
 * relearned with newset111); its writer saw none of them. It was measured once, at 21:01 UTC on
 * main a5c0c9b (`node --expose-gc dist/bench/qa.js`, load 4.31): qa_new_top1 98.6 %,
 * qa_new_oos_refused 98.4 % (2 in-scope misses, 1 lookalike answered; qa_p99_us 233.2 in that run,
 * p50 44.3). Its misses were listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  [
    'doc',
    'Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị bây giờ còn áp dụng cho chi bộ hải quan cảng không?',
    'doc:ct-35-2024',
  ],
  ['doc', 'ct35 năm 2024 đã bị thay bằng văn bản nào rồi ạ', 'doc:ct-35-2024'],
  [
    'doc',
    'Is Directive 35 of June 2024 still the rule for Vietnamese party congresses, or was it replaced?',
    'doc:ct-35-2024',
  ],
  ['doc', 'chi thi 35 nam 2024 cua bo chinh tri co may phu luc', 'doc:ct-35-2024'],
  [
    'doc',
    'Chi bộ hải quan cảng cần biết Kết luận 118-KL/TW đã điều chỉnh những gì, bot cho xin thông tin',
    'doc:kl-118-2025',
  ],
  ['doc', 'em chạy xe ôm, hỏi kl118 giờ còn hiệu lực hay hết rồi', 'doc:kl-118-2025'],
  ['doc', 'Which body issued Conclusion 118 of January 2025?', 'doc:kl-118-2025'],
  [
    'doc',
    'Hiệu trưởng hỏi: Chỉ thị 45-CT/TW của Bộ Chính trị ký ban hành vào ngày tháng năm nào?',
    'doc:ct-45-2025',
  ],
  ['doc', 'CT45 ra đời thì những văn bản cũ nào hết dùng hả bot', 'doc:ct-45-2025'],
  ['doc', 'What is the current status of Directive 45-CT/TW?', 'doc:ct-45-2025'],
  ['doc', 'chỉ thị số 45 về đại hội đảng bộ các cấp do ai ký ban hành', 'doc:ct-45-2025'],
  ['doc', 'Kết luận 200-KL/TW đánh giá đại hội các cấp nhiệm kỳ này thế nào?', 'doc:kl-200-2025'],
  ['doc', 'kl 200 ngay bao nhieu, cua co quan nao', 'doc:kl-200-2025'],
  ['doc', 'Could you summarise Conclusion 200 of October 2025 for my paper?', 'doc:kl-200-2025'],
  [
    'doc',
    'Hướng dẫn 27-HD/BTCTW mà chi bộ hải quan được nhắc tới là hướng dẫn về việc gì?',
    'doc:hd-27-2024',
  ],
  ['doc', 'hd27 cua ban to chuc trung uong co noi ve so luong cap uy vien khong', 'doc:hd-27-2024'],
  [
    'doc',
    'For my footnotes: on what date did the Central Organisation Commission issue Guidance 27?',
    'doc:hd-27-2024',
  ],
  [
    'doc',
    'Hướng dẫn số 18-HD/BTCTU của Ban Tổ chức Thành ủy Hà Nội ký ngày nào, giờ còn dùng không?',
    'doc:hd-18-2024',
  ],
  ['doc', 'HD 18 BTCTU huong dan nhung noi dung gi', 'doc:hd-18-2024'],
  ['doc', 'Where does guidance 18-HD/BTCTU come from and is it still valid?', 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch 258-KH/TU của Thành ủy Hà Nội có nội dung gì?', 'doc:kh-258-2024'],
  ['doc', 'kh258 thanh uy ban hanh thang may', 'doc:kh-258-2024'],
  ['doc', 'Plan 258 of the Hanoi Party Committee: what do your sources say about it?', 'doc:kh-258-2024'],
  [
    'doc',
    'Kế hoạch số 203-KH/QU của Quận ủy Hai Bà Trưng bây giờ còn dùng được không khi không còn quận?',
    'doc:kh-203-2024',
  ],
  ['doc', 'KH 203 quận ủy ban hành hôm nào thế', 'doc:kh-203-2024'],
  ['doc', 'I keep seeing plan 203 cited in the district article. What is it?', 'doc:kh-203-2024'],
  ['doc', 'cho toi xem ke hoach 203 cua quan uy hai ba trung ve dai hoi co so voi', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 của Trung ương nói về việc gì?', 'doc:nq-26-2018'],
  ['doc', 'NQ26 khoa 12 lien quan gi toi nhan su cap uy', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26 of May 2018 — why does the district article mention it?', 'doc:nq-26-2018'],
  [
    'doc',
    'Trường tôi đang rà soát nhân sự, Quy định 89-QĐ/TW về tiêu chuẩn cán bộ năm 2017 giờ còn dùng được không?',
    'doc:qd-89-2017',
  ],
  ['doc', 'qd89 nam 2017 da co van ban nao thay the chua vay', 'doc:qd-89-2017'],
  [
    'doc',
    'In my chapter on cadre standards I cite Regulation 89 of August 2017. Has it been superseded, and by what?',
    'doc:qd-89-2017',
  ],
  [
    'doc',
    'Quy định số 365-QĐ/TW về tiêu chuẩn chức danh cán bộ do cơ quan nào ký, ngày nào?',
    'doc:qd-365-2025',
  ],
  ['doc', 'QĐ 365 ra ngày bao nhiêu vậy ad', 'doc:qd-365-2025'],
  ['doc', 'Tell me about regulation 365 on standards for cadre positions.', 'doc:qd-365-2025'],
  [
    'doc',
    'Chi bộ cảng tôi ở Hà Nội có cần biết Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy không, nó nói về gì?',
    'doc:qd-14-2023',
  ],
  ['doc', 'qđ14/tu tiêu chí đánh giá cán bộ ban hành năm nào', 'doc:qd-14-2023'],
  [
    'doc',
    'Regulation 14-QĐ/TU issued by the Standing Board in Hanoi in 2023 — what are its subject and date?',
    'doc:qd-14-2023',
  ],
  ['doc', 'Quy định 2656-QĐ/QU của Ban Thường vụ Quận ủy có nội dung gì?', 'doc:qd-2656-2023'],
  ['doc', 'qd 2656 cua ban thuong vu quan uy ve tieu chi danh gia can bo ky ngay may', 'doc:qd-2656-2023'],
  ['doc', 'Who issued regulation 2656 and what does it cover?', 'doc:qd-2656-2023'],
  [
    'doc',
    'Quy định 1216-QĐ/QU về quy hoạch cán bộ của Quận ủy được ban hành ngày nào, có còn giá trị sau khi bỏ quận không?',
    'doc:qd-1216-2022',
  ],
  ['doc', 'QĐ1216 quận ủy còn hiệu lực không bot', 'doc:qd-1216-2022'],
  ['doc', 'What is Regulation 1216 on cadre planning?', 'doc:qd-1216-2022'],
  [
    'doc',
    'Quy định 294-QĐ/TW về thí điểm đại hội chi bộ bắt đầu có hiệu lực từ hôm nào vậy đồng chí?',
    'doc:qd-294-2025',
  ],
  ['doc', 'qd294 noi chi bo thi diem dai hoi the nao, truong tieu hoc co ap dung khong', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294 of May 2025: who issued it and when did it take effect?', 'doc:qd-294-2025'],
  ['doc', 'Chỉ thị 35-CT/TW ngày 30/5/2019 có còn dùng cho nhiệm kỳ này không?', 'doc:ct-35-2019'],
  ['doc', 'ct35 năm 2019 hướng tới đại hội mấy', 'doc:ct-35-2019'],
  [
    'doc',
    'Directive 35 of May 2019, the one for the 13th Congress: what do you hold on it?',
    'doc:ct-35-2019',
  ],
  [
    'doc',
    'Trong tủ hồ sơ chi bộ còn bản Hướng dẫn 26-HD/BTCTW năm 2019, văn bản đó hướng dẫn cho chỉ thị nào?',
    'doc:hd-26-2019',
  ],
  ['doc', 'hd26 nam 2019 cua ban to chuc tw con ap dung khong', 'doc:hd-26-2019'],
  [
    'doc',
    'Guidance 26 from October 2019 keeps appearing in older papers; which directive did it accompany, and is it used now?',
    'doc:hd-26-2019',
  ],
  ['unknown-doc', 'Quy định 232-QĐ/TW về bầu cử trong Đảng có điểm gì mới?', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị quyết 57-NQ/TW về khoa học công nghệ chi bộ trường tiểu học có phải học không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kết luận 21-KL/TW về xây dựng Đảng còn áp dụng không?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 06-HD/BTCTW về thẻ đảng viên nói gì?', 'unknown-doc'],
  [
    'unknown-doc',
    'Chỉ thị 05-CT/TW học tập và làm theo tư tưởng Hồ Chí Minh có cần đưa vào báo cáo không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Nghị quyết 60-NQ/TW về sắp xếp tỉnh thành do ai ban hành?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 144-QĐ/TW chuẩn mực đạo đức cách mạng ban hành ngày nào?', 'unknown-doc'],
  ['unknown-doc', 'qd96 lấy phiếu tín nhiệm có áp dụng cho chi bộ hải quan không', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 47-KH/ĐU của Đảng ủy Cục Hải quan về đại hội chi bộ có gì?', 'unknown-doc'],
  ['unknown-doc', 'What does Regulation 131-QĐ/TW on inspection say?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 12-HD/BTGTW về tuyên truyền đại hội có trong bot không?', 'unknown-doc'],
  ['unknown-doc', 'Công văn 4310 của Ban Tổ chức Thành ủy về hồ sơ nhân sự nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Thông báo 10-TB/TW nói gì về đại hội?', 'unknown-doc'],
  ['unknown-doc', 'Quyết định 99-QĐ/TW về khung kế hoạch học tập nghị quyết là gì?', 'unknown-doc'],
  [
    'unknown-doc',
    'Quy định 24-QĐ/TW thi hành Điều lệ Đảng có quy định về đại hội chi bộ không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Is Directive 09-CT/TW part of the congress rules you know about?', 'unknown-doc'],
  [
    'lookalike',
    'Đại hội Công đoàn cơ sở Chi cục Hải quan cửa khẩu cảng nhiệm kỳ mới nên tổ chức vào tháng nào?',
    null,
  ],
  [
    'lookalike',
    'Hội nghị cán bộ, công chức năm 2026 của chi cục hải quan cần chuẩn bị những báo cáo gì?',
    null,
  ],
  ['lookalike', 'Hồ sơ khai báo cho container hàng đông lạnh nhập qua cảng gồm những giấy tờ nào?', null],
  ['lookalike', 'Hội nghị đối thoại giữa doanh nghiệp và hải quan quý này tổ chức ở hội trường nào?', null],
  [
    'lookalike',
    'Đại hội Chi đoàn thanh niên hải quan cảng có bầu đoàn đại biểu đi dự đại hội Đoàn cấp trên không?',
    null,
  ],
  ['lookalike', 'Lịch trực ca kiểm hóa ở bến container dịp Tết phân công thế nào cho công bằng?', null],
  ['lookalike', 'Phiên họp Tổ chức Hải quan Thế giới năm nay họp ở nước nào?', null],
  ['lookalike', 'Phí lưu bãi container quá hạn ở cảng tính theo ngày hay theo tuần?', null],
  ['lookalike', 'Chi bộ hải quan cảng muốn tổ chức đi dã ngoại cuối năm thì kinh phí lấy từ quỹ nào?', null],
  ['lookalike', 'Giải thể thao ngành hải quan toàn quốc năm nay có thi cầu lông đôi nam nữ không?', null],
  ['lookalike', 'Tàu nước ngoài cập cảng ban đêm thì đội giám sát hải quan phải có mặt mấy người?', null],
  [
    'lookalike',
    'Buổi họp phụ huynh toàn trường đầu năm học tiểu học nên có chương trình gồm những phần nào?',
    null,
  ],
  ['lookalike', 'Đại hội Liên đội Thiếu niên Tiền phong của trường tiểu học thường làm vào tháng mấy?', null],
  [
    'lookalike',
    'Hội nghị viên chức, người lao động trường tiểu học đầu năm học trình những báo cáo nào?',
    null,
  ],
  ['lookalike', 'Hội khỏe Phù Đổng cấp phường năm nay trường tôi nên đăng ký môn gì?', null],
  ['lookalike', 'Ban đại diện cha mẹ học sinh nhiệm kỳ mới bầu trưởng ban theo nguyên tắc nào?', null],
  ['lookalike', 'Lịch kiểm tra cuối học kỳ II cho khối lớp 5 năm nay là ngày nào?', null],
  ['lookalike', 'Hội giảng giáo viên dạy giỏi cấp trường có cần báo cáo lên cấp trên không?', null],
  ['lookalike', 'Trường tiểu học năm học tới dùng bộ sách giáo khoa lớp 1 nào?', null],
  ['lookalike', 'Hội nghị tổng kết năm học của trường nên có những tiết mục văn nghệ gì?', null],
  ['lookalike', 'Đại hội Hội Khuyến học phường nhiệm kỳ mới gồm mấy nội dung chính?', null],
  ['lookalike', 'Phụ cấp thâm niên nhà giáo tiểu học năm 2026 được tính thế nào?', null],
  ['lookalike', 'Đánh giá chuẩn hiệu trưởng cuối năm học phải nộp minh chứng gì?', null],
  ['lookalike', 'Đảng viên dự bị là giáo viên hợp đồng thì thủ tục chuyển đảng chính thức thế nào?', null],
  ['lookalike', 'Chạy xe ôm công nghệ thì mức đóng góp quỹ chi bộ nơi cư trú hằng tháng là bao nhiêu?', null],
  ['lookalike', 'Buổi gặp mặt tài xế đối tác của hãng xe công nghệ tháng này tổ chức ở đâu?', null],
  ['lookalike', 'Đại hội Nghiệp đoàn xe ôm phường tôi khi nào bầu lại ban chấp hành?', null],
  ['lookalike', 'Mũ bảo hiểm loại nào thì đạt chuẩn để chở khách không bị phạt?', null],
  ['lookalike', 'Từ trụ sở 33 Đại Cồ Việt ra bến xe Giáp Bát đi đường nào nhanh nhất?', null],
  ['lookalike', 'Lốp xe máy loại nào bền cho người chạy xe ôm cả ngày?', null],
  ['lookalike', 'Tôi chạy xe ôm, không có cơ quan, thì đảng viên như tôi sinh hoạt ở đâu?', null],
  [
    'lookalike',
    'Xe máy tôi đăng ký ở quận cũ, sau sắp xếp đơn vị hành chính có phải đổi biển số không?',
    null,
  ],
  ['lookalike', 'Hôm diễn ra đại hội đảng bộ phường có cấm đường nào không để tôi chạy tránh?', null],
  ['lookalike', 'Người chạy xe ôm muốn đóng bảo hiểm xã hội tự nguyện thì đến đâu đăng ký?', null],
  ['lookalike', 'Thẻ đảng viên của tôi bị mất khi đi xe, làm lại thì cần những giấy tờ gì?', null],
  ['lookalike', 'When is the next party congress of the Swedish Social Democrats?', null],
  ['lookalike', 'How does the Riksdag elect its Speaker after a general election?', null],
  [
    'lookalike',
    'Can you recommend scholarly literature on factions inside the Communist Party of Vietnam?',
    null,
  ],
  ['lookalike', 'What is the population of Stockholm county?', null],
  [
    'lookalike',
    'How do I apply for a research permit to interview officials in Vietnam as a Swedish academic?',
    null,
  ],
  [
    'lookalike',
    'Is there an archive in Hanoi where I can read the minutes of ward party cell meetings?',
    null,
  ],
  ['lookalike', 'How does the Swedish Moderate Party choose its leader?', null],
  ['lookalike', 'Can you translate my interview consent form into Vietnamese?', null],
  ['lookalike', 'What happens at the annual Almedalen Week in Visby?', null],
  ['lookalike', "How big was the last congress of the Lao People's Revolutionary Party?", null],
  [
    'lookalike',
    'Tôi là bí thư chi bộ ở chi cục hải quan cảng. Tuần sau cơ quan tổ chức đại hội công đoàn cơ sở. Anh em nhờ tôi soạn bài phát biểu khai mạc. Bot viết giúp tôi bài khai mạc đại hội công đoàn được không?',
    null,
  ],
  [
    'lookalike',
    'Trường tôi vừa xong đợt kiểm định chất lượng giáo dục. Đoàn đánh giá ngoài sắp về. Sở yêu cầu báo cáo tự đánh giá. Tôi nên viết phần điểm mạnh, điểm yếu thế nào cho thuyết phục?',
    null,
  ],
  [
    'lookalike',
    'Tôi chạy xe ôm đã mười năm, vợ tôi bán rau ở chợ phường. Chợ sắp có hội nghị tiểu thương bàn việc di dời. Mọi người lo lắm. Tiểu thương có được hỗ trợ tiền khi chuyển chợ không?',
    null,
  ],
  [
    'lookalike',
    'I am writing a paper on local governance in Vietnam. Last spring I interviewed ward officials in Hanoi. I used a Likert scale. Could you check whether my survey results are statistically significant?',
    null,
  ],
  [
    'lookalike',
    'Chi bộ tôi ở cảng có một đồng chí sắp nghỉ hưu. Cả chi bộ muốn làm buổi chia tay ấm cúng. Đồng chí ấy rất thích hoa lan. Nên tặng quà gì cho hợp và không bị coi là lãng phí?',
    null,
  ],
  [
    'lookalike',
    'Tôi là hiệu trưởng một trường tiểu học, cũng là đảng viên. Năm nay trường được giao tổ chức hội thi giáo viên chủ nhiệm giỏi cấp phường. Tôi cần một kịch bản dẫn chương trình. Bot soạn giúp được không?',
    null,
  ],
  [
    'lookalike',
    'Con gái tôi học lớp 3. Cô giáo báo hôm thứ bảy có đại hội chi đội của lớp. Cháu được bầu làm chi đội trưởng. Phụ huynh có cần chuẩn bị gì cho cháu không?',
    null,
  ],
  [
    'lookalike',
    'Sáng nay tôi chở một khách ra sân bay Nội Bài. Khách là đại biểu đi dự một hội nghị quốc tế về logistics. Họ hỏi tôi cuốc xe đó xuất hóa đơn được không. Xe ôm có xuất hóa đơn được không?',
    null,
  ],
  [
    'lookalike',
    'Biên bản họp chi bộ thường kỳ tháng này tôi ghi sai tên một đồng chí, có được tẩy xóa không?',
    null,
  ],
  ['lookalike', 'Đảng viên đi làm việc ở nước ngoài một năm thì có phải xin tạm hoãn sinh hoạt không?', null],
  [
    'lookalike',
    'Chi bộ tôi muốn ra nghị quyết chuyên đề về chuyển đổi số trong thông quan, viết theo mẫu nào?',
    null,
  ],
  ['lookalike', 'Đại hội đại biểu các dân tộc thiểu số cấp tỉnh lần tới diễn ra khi nào?', null],
  [
    'lookalike',
    'Hội nghị xúc tiến đầu tư vào khu kinh tế cảng biển năm nay mời những doanh nghiệp nào?',
    null,
  ],
  ['lookalike', 'Đại hội Hội Doanh nghiệp trẻ thành phố có mấy nội dung chính?', null],
  [
    'lookalike',
    'Hội nghị khoa học về quản lý giáo dục tiểu học năm nay nhận bài tham luận đến bao giờ?',
    null,
  ],
  ['lookalike', 'Lễ kỷ niệm ngày Nhà giáo Việt Nam ở trường nên mời những ai?', null],
  ['lookalike', 'What did the Social Democrats decide at their last party congress about NATO?', null],
  [
    'offword',
    'Tôi đang đứng chờ khách ở ngã tư, trời mưa to, hỏi nhanh: đại hội chi bộ phải làm những nội dung gì?',
    'noi-dung',
  ],
  [
    'offword',
    'Giữa hai ca kiểm hóa container, tôi muốn hỏi: báo cáo chính trị trình đại hội phải viết thế nào?',
    'van-kien',
  ],
  [
    'offword',
    'Sau giờ chào cờ đầu tuần ở trường, tôi tranh thủ hỏi: trước đại hội chi bộ cần lập những tổ nào?',
    'chuan-bi',
  ],
  [
    'offword',
    'Vừa đổ xăng xong, cho tôi hỏi: tổ chức đại hội phải tránh lãng phí, phô trương ra sao?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Học sinh đang ra chơi nên tôi hỏi nhanh: chi bộ cơ sở như trường tôi phải xong đại hội trước ngày nào?',
    'lich-trinh',
  ],
  [
    'offword',
    'Hôm nay tàu vào cảng muộn nên tôi rảnh, muốn hỏi đại hội điểm năm đó làm vào tháng nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Trong lúc chờ phụ huynh đến họp, tôi hỏi: chọn người vào cấp ủy khóa mới căn cứ những văn bản nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Khách vừa xuống xe ở phố Đại Cồ Việt, cho tôi hỏi đại hội đảng bộ quận lần thứ XXVII là đại hội gì?',
    'dai-hoi-quan',
  ],
  [
    'offword',
    'Ngồi uống trà đá ven đường, tôi thắc mắc: chi bộ bao nhiêu năm mới đại hội một lần theo thí điểm?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Between two interviews in a café in Hanoi: when exactly did the 14th National Party Congress take place?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Đang làm tờ khai cho lô hàng gỗ thì nhớ ra: đại hội các cấp nhiệm kỳ 2025 - 2030 xong hết chưa?',
    'ket-qua',
  ],
  [
    'offword',
    'Trưa nay trường cúp điện nên tôi hỏi bằng điện thoại: từ sau hội nghị tháng 10/2024 có những thay đổi gì về đại hội?',
    'thay-doi',
  ],
  [
    'offword',
    'Chở khách qua mấy phường mới, tôi tò mò: từ khi nào không còn cấp huyện nữa?',
    'chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'Đại hội gồm mấy nội dung, và cấp ủy phải trình đại hội những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ trực thuộc phải xong đại hội khi nào, và đại hội điểm được tổ chức ra sao?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Trước đại hội cần chuẩn bị những việc gì, và tổ chức đại hội phải theo nguyên tắc nào?',
    'chuan-bi+nguyen-tac',
  ],
  ['two-part', 'Báo cáo kiểm điểm phải viết thế nào, và bầu những gì ở đại hội?', 'van-kien+noi-dung'],
  [
    'two-part',
    'Đại hội XIV diễn ra khi nào, và đại hội các cấp nhiệm kỳ này có thành công không?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Chi bộ giờ bao lâu đại hội một lần, và cấp huyện còn không?',
    'chi-bo-5-nam+chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'Chọn nhân sự cấp ủy khóa mới theo tiêu chuẩn gì, và cần thành lập những tổ nào để phục vụ đại hội?',
    'nhan-su+chuan-bi',
  ],
  [
    'two-part',
    'What changed after the October 2024 conference, and which documents does the bot rely on?',
    'thay-doi+tai-lieu',
  ],
  [
    'two-part',
    'Đại hội Đảng bộ quận lần thứ XXVII là gì, và khi nào thì không còn cấp quận?',
    'dai-hoi-quan+chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'Chỉ thị năm 2024 của Bộ Chính trị về đại hội có những yêu cầu gì, và sau đó có gì thay đổi?',
    'chi-thi-35+thay-doi',
  ],
  [
    'two-part',
    'Đảng bộ cơ sở đại hội từ tháng mấy, và báo cáo chính trị có vai trò gì?',
    'lich-trinh+van-kien',
  ],
  [
    'two-part',
    'How must the congress avoid waste, and what are its four agenda items?',
    'nguyen-tac+noi-dung',
  ],
  [
    'unit',
    'Chi bộ chúng tôi trực thuộc đảng ủy cơ sở của cục hải quan, được bắt đầu đại hội từ tháng nào?',
    'lich-trinh',
  ],
  ['unit', 'Trường tôi là chi bộ cơ sở, đại hội phải hoàn thành trước ngày nào?', 'lich-trinh'],
  ['unit', 'Đảng bộ cơ sở tổ chức đại hội đảng viên hay đại hội đại biểu, bắt đầu khi nào?', 'lich-trinh'],
  ['unit', 'Chi bộ hải quan cảng là chi bộ trực thuộc đảng ủy, hạn cuối đại hội là tháng nào?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở ở cảng có phải đợi mọi chi bộ trực thuộc đại hội xong mới được tổ chức đại hội của mình không?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng bộ cơ sở của trường được chọn bao nhiêu chi bộ trực thuộc để chỉ đạo đại hội điểm, vào tháng nào?',
    'dai-hoi-diem',
  ],
  [
    'unit',
    'Ban Thường vụ Quận ủy chọn mấy đơn vị làm đại hội điểm đầu quý I/2025, trong đó có chi bộ cơ sở không?',
    'dai-hoi-diem',
  ],
  ['unit', 'When did a grassroots party cell have to finish its congress in 2025?', 'lich-trinh'],
  [
    'unit',
    'For a party cell under a grassroots committee, which month was the congress deadline?',
    'lich-trinh',
  ],
  ['typo', 'dh chi bo truc thuoc fai xong truoc thang may', 'lich-trinh'],
  ['typo', 'bcct va bc kiem diem cua cap uy khac nhau cho nao ha bot', 'van-kien'],
  ['typo', 'ĐBCS đh từ thág 4 đến bao h', 'lich-trinh'],
  ['typo', 'tổ vk, tổ ns, tổ tc lập ra để làm j', 'chuan-bi'],
  ['typo', 'dai hoi diem thág 12 nam 2024 la cua ai', 'dai-hoi-diem'],
  ['typo', 'ĐH CB gom nhung nd nao z', 'noi-dung'],
  ['typo', 'to chuc dh chi bo phai theo ng tac tap trung dan chu nghia la sao', 'nguyen-tac'],
  ['typo', 'cb 5 nam dh 1 lan tu bao gio', 'chi-bo-5-nam'],
  ['typo', 'dh XIV cua dang dien ra ngay nao vay', 'dai-hoi-xiv'],
  ['typo', 'cap huyen bo tu ngay naoo', 'chinh-quyen-2-cap'],
  ['typo', 'ds cac van ban bot dua vao la j', 'tai-lieu'],
  ['typo', 'bầu BCH nk 2025-2030 và bầu đoàn đb đi đh cấp trên', 'noi-dung'],
  ['en', 'What are the two main reports a party committee submits to its congress?', 'van-kien'],
  [
    'en',
    'What preparatory teams should a grassroots party organisation set up before its congress?',
    'chuan-bi',
  ],
  [
    'en',
    'Which principle must guide the organisation of a party congress, according to the district?',
    'nguyen-tac',
  ],
  ['en', 'When were the pilot congresses planned to take place, before the main round?', 'dai-hoi-diem'],
  ['en', 'Which regulations govern choosing members of the new party committee?', 'nhan-su'],
  [
    'en',
    "My field site was Hai Bà Trưng. What do your sources say about the district's 27th Party Congress?",
    'dai-hoi-quan',
  ],
  [
    'en',
    'What does the 2024 Politburo directive on congresses contain, in parts and appendices?',
    'chi-thi-35',
  ],
  [
    'en',
    'From what date has the two-tier local government model, without districts, been in operation?',
    'chinh-quyen-2-cap',
  ],
  ['en', 'Is the whole 2025-2030 round of party congresses, at every level, now finished?', 'ket-qua'],
  ['en', 'How often do party cells hold congresses under the pilot scheme?', 'chi-bo-5-nam'],
  ['en', 'List the documents your answers are based on.', 'tai-lieu'],
  [
    'fact',
    'Đại hội chi bộ nhiệm kỳ 2025 - 2030 thảo luận góp ý vào dự thảo văn kiện của những đại hội nào?',
    'noi-dung',
  ],
  ['fact', 'Báo cáo nào là báo cáo trung tâm, có vai trò định hướng trong văn kiện đại hội?', 'van-kien'],
  [
    'fact',
    'Báo cáo kiểm điểm của cấp ủy phải thể hiện tinh thần tự phê bình và phê bình ra sao?',
    'van-kien',
  ],
  [
    'fact',
    'Hội nghị quán triệt về đại hội ở các tổ chức cơ sở đảng phải tổ chức trực tiếp hay trực tuyến?',
    'chuan-bi',
  ],
  [
    'fact',
    'Các tổ chức cơ sở đảng phải tổng kết những đề án, chương trình của nhiệm kỳ nào trước đại hội?',
    'chuan-bi',
  ],
  ['fact', 'Đại hội phải bảo đảm những yêu cầu gì về an toàn, thiết thực, hiệu quả?', 'nguyen-tac'],
  ['fact', 'Ban Thường vụ Quận ủy chọn những loại đảng bộ nào để làm đại hội điểm?', 'dai-hoi-diem'],
  [
    'fact',
    'Chi bộ trường tôi có phải rà soát, bổ sung quy hoạch cán bộ trước khi chuẩn bị nhân sự đại hội không?',
    'nhan-su',
  ],
  [
    'fact',
    'Tiêu chí đánh giá cán bộ khi giới thiệu nhân sự cấp ủy lấy từ những quy định nào của Thành ủy và Quận ủy?',
    'nhan-su',
  ],
  ['fact', 'Chỉ thị của Bộ Chính trị năm 2024 về đại hội có mấy yêu cầu, tóm tắt giúp tôi?', 'chi-thi-35'],
  ['fact', 'Ở Hà Nội bao nhiêu đảng bộ cấp huyện kết thúc hoạt động khi bỏ cấp huyện?', 'chinh-quyen-2-cap'],
  [
    'fact',
    'Trước đợt thí điểm, theo Điều lệ thì chi bộ hải quan như chúng tôi đại hội bao nhiêu lần mỗi 5 năm?',
    'chi-bo-5-nam',
  ],
  ['fact', 'Tôi chạy xe ôm hay nghe đài, xin hỏi Đại hội XIV của Đảng kết thúc vào hôm nào?', 'dai-hoi-xiv'],
  ['fact', 'Sau khi đại hội các cấp xong, Bộ Chính trị yêu cầu kiện toàn những chức danh nào?', 'ket-qua'],
  [
    'fact',
    'Sau hội nghị tháng 10/2024, chỉ thị về đại hội được thay bằng văn bản nào và vào ngày nào?',
    'thay-doi',
  ],
  [
    'fact',
    'Đại hội các đảng bộ cơ sở ở Hai Bà Trưng được tổ chức tiến tới đại hội nào của quận?',
    'dai-hoi-quan',
  ],
  [
    'fact',
    'Tôi là hiệu trưởng, chi bộ trường tôi chuẩn bị đại hội. Tôi đã đọc nhiều tài liệu nhưng vẫn rối. Đồng chí phó bí thư cũng hỏi tôi. Cho tôi hỏi rõ: báo cáo chính trị phải đánh giá những mặt nào?',
    'van-kien',
  ],
  [
    'fact',
    'Tôi làm bí thư chi bộ ở hải quan cảng đã hai nhiệm kỳ. Lần trước đại hội làm theo cách cũ. Nay nghe nói có nhiều thay đổi về văn bản và bộ máy. Xin cho biết từ cuối năm 2024 đến nay đã thay đổi những gì?',
    'thay-doi',
  ],
];

export const NEWSET112: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
