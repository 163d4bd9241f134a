/**
 * The ninety-fourth new evaluation set (issue 11, point 6), written on 2026-12-04 from 19:00 UTC
 * (committed in the commit "Eval: newset94, the ninety-fourth unseen set") by a helper (set94) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before `const items`) and its export line, the part of newset.ts before
 * `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under src/,
 * bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items
 * (newset91.ts to newset93.ts, written at the same time, included) were read. Its users are
 * imagined as the secretary of a bus company's party cell, a kindergarten headmistress, a member
 * living beside a pagoda who volunteers there, an overseas Vietnamese student writing in English,
 * and a member who mixes Vietnamese and English in one sentence; with the out-of-scope messages
 * such users send (the bus company's own meetings: the workers' conference, the trade union
 * congress, the traffic-safety meeting, the year-end review, the transport association's congress;
 * a coach hire for delegates, the bus route to the hall, monthly passes for
 * old members, a driver's traffic fine and the cell, night-shift drivers missing cell meetings,
 * a secretary's allowance, a thematic resolution on electric buses; the kindergarten's business:
 * the parents' representative board's congress, the public employees' conference, the good-teacher
 * contest, the children's sports day, the primary school's Pioneer congress, the city's school-year
 * conference, the children's songs for the ward congress, the boarding menu, a thematic cell
 * meeting on teachers' ethics, a head who is also secretary, admission of a young teacher, dues on
 * a raised salary; the pagoda: the ward's Buddhist congress and the national Buddhist congress,
 * members worshipping, taking refuge and volunteering, the Vu Lan ceremony's sub-committees, a
 * festival permit after the merger, the lay group's year-end report, the Dharma board's review
 * report, vegetarian meals for delegates, the abbot as a congress guest, the residents' group
 * electing its head; the student abroad: the students' association in the UK, moving membership
 * abroad, admission abroad, a cell at the embassy, voting in the National Assembly election,
 * visas for a conference in Japan, a student union's quorum, Model UN, scholarships, the Lao and
 * Japanese communist parties' congresses; the mixed-language member: a year-end party's budget,
 * Zoom breakout rooms, a shareholders' AGM quorum, slide templates, a digital-transformation
 * workshop's speaker, a KPI report, a K-pop fan meeting's permit, dues through the e-handbook
 * app; other senses and other bodies: martial-arts fiction, SEA Games 33, the UN General Assembly,
 * a cooperative's members' congress, the study-encouragement, Red Cross, farmers' and former
 * youth volunteers' associations, the Central Committee's plenums, the French Communist Party,
 * the consultative conferences for National Assembly candidates; a lost party card, the 30-year
 * badge's money).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset94.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year or month (2024 or
 * 2019), and the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year.
 * Questions whose right answer the sources leave open (the district congress's date, which units
 * were chosen for the pilot congresses, who was elected, age limits, committee sizes, the money a
 * congress may spend, which cells the five-yearly pilot covers, what 27-HD/BTCTW says in detail)
 * were left out, not guessed.
 * Engine changes reached main after its commit: c98669d (a third tier of the subject-named word
 * prior, for a near tie), 19d617b, f9ffdde and c133510 (the word prior relearned with newset91 to
 * newset93); its writer saw none of them. It was measured once, at 19:19 UTC on main c133510
 * (`node --expose-gc dist/bench/qa.js`, load 2.39): qa_new_top1 98.0 %, qa_new_oos_refused 95.6 %
 * (3 in-scope misses, 3 lookalikes answered; qa_p99_us 257.3 in that run, p50 47.4). Its misses
 * were listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents asked by number, several spellings each.
  [
    'doc',
    'Đội xe chúng tôi vẫn in Chỉ thị số 35-CT/TW ngày 14/6/2024 để học, văn bản đó giờ còn hiệu lực không ạ?',
    'doc:ct-35-2024',
  ],
  ['doc', 'chi thi 35 nam 2024 bi van ban nao thay the roi', 'doc:ct-35-2024'],
  ['doc', 'Bí thư chi bộ xe buýt hỏi: CT35 năm 2024 hiện nay tình trạng ra sao?', 'doc:ct-35-2024'],
  [
    'doc',
    'For my thesis: is Directive 35-CT/TW of June 2024 still the rule, or was it replaced?',
    'doc:ct-35-2024',
  ],
  ['doc', 'Chỉ thị 35-CT/TW ngày 30/5/2019 là chỉ thị về đại hội nào vậy?', 'doc:ct-35-2019'],
  ['doc', 'chi thi so 35 nam 2019 huong toi dai hoi XIII con ap dung khong', 'doc:ct-35-2019'],
  ['doc', 'What was Directive 35 of May 2019, the one before the 13th Congress?', 'doc:ct-35-2019'],
  ['doc', 'Kết luận 118-KL/TW điều chỉnh những gì của chỉ thị về đại hội?', 'doc:kl-118-2025'],
  ['doc', 'kl118 bây giờ còn giá trị không hay bị thay rồi?', 'doc:kl-118-2025'],
  ['doc', 'ket luan so 118 do co quan nao ban hanh', 'doc:kl-118-2025'],
  ['doc', 'What is the status of Conclusion 118-KL/TW today?', 'doc:kl-118-2025'],
  [
    'doc',
    'Cô hiệu trưởng cần ghi vào biên bản: Chỉ thị 45-CT/TW của Bộ Chính trị ký ngày nào?',
    'doc:ct-45-2025',
  ],
  ['doc', 'cô hiệu trưởng mầm non hỏi ct45 thay thế những văn bản nào', 'doc:ct-45-2025'],
  ['doc', 'anh em lai xe hoi chi thi 45 ve dai hoi la van ban gi', 'doc:ct-45-2025'],
  ['doc', 'Tell me about Directive 45-CT/TW from April 2025.', 'doc:ct-45-2025'],
  ['doc', 'Kết luận số 200-KL/TW của Bộ Chính trị và Ban Bí thư ra ngày nào?', 'doc:kl-200-2025'],
  ['doc', 'KL 200 nói gì về đại hội các cấp vậy bot?', 'doc:kl-200-2025'],
  ['doc', 'ket luan 200 kl tw', 'doc:kl-200-2025'],
  ['doc', 'Conclusion 200-KL/TW, what did it find?', 'doc:kl-200-2025'],
  [
    'doc',
    'Nhà chùa có người hỏi giúp: Hướng dẫn 27-HD/BTCTW của Ban Tổ chức Trung ương là hướng dẫn cho văn bản nào?',
    'doc:hd-27-2024',
  ],
  ['doc', 'HD27 của BTCTW năm 2024 có nội dung chi tiết không?', 'doc:hd-27-2024'],
  ['doc', 'huong dan so 27 nam 2024 cua ban to chuc trung uong', 'doc:hd-27-2024'],
  ['doc', 'Hướng dẫn số 18-HD/BTCTU ngày 01/10/2024 của Ban Tổ chức Thành ủy là gì?', 'doc:hd-18-2024'],
  ['doc', 'cho mình xin thông tin hd18 của ban tổ chức thành ủy nhé', 'doc:hd-18-2024'],
  [
    'doc',
    'Could you show me the card for Guidance 18-HD/BTCTU of the Hanoi organisation board?',
    'doc:hd-18-2024',
  ],
  ['doc', 'Kế hoạch 258-KH/TU ngày 15/7/2024 của Thành ủy Hà Nội', 'doc:kh-258-2024'],
  ['doc', 'kh258 của thành ủy có còn áp dụng không?', 'doc:kh-258-2024'],
  ['doc', 'ke hoach so 258 cua thanh uy ve dai hoi', 'doc:kh-258-2024'],
  ['doc', 'Plan 258 of the Hanoi Party Committee, is it in your sources?', 'doc:kh-258-2024'],
  [
    'doc',
    'Kế hoạch số 203-KH/QU của Quận ủy Hai Bà Trưng có còn hiệu lực sau khi bỏ cấp huyện không?',
    'doc:kh-203-2024',
  ],
  ['doc', 'KH 203 quận ủy ban hành ngày nào nhỉ', 'doc:kh-203-2024'],
  [
    'doc',
    'A bus company secretary asks: Plan 203-KH/QU was signed by which committee and on what date?',
    'doc:kh-203-2024',
  ],
  [
    'doc',
    'Tài liệu học tập của chi bộ xe buýt có nhắc Nghị quyết 26-NQ/TW năm 2018, văn bản này của cơ quan nào?',
    'doc:nq-26-2018',
  ],
  ['doc', 'nq26 của trung ương khóa XII nói về gì', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26-NQ/TW of May 2018, what is it?', 'doc:nq-26-2018'],
  ['doc', 'Hồ sơ nhân sự của trường vẫn ghi Quy định 89-QĐ/TW, như vậy còn đúng không?', 'doc:qd-89-2017'],
  ['doc', 'qd89 bị thay thế chưa vậy', 'doc:qd-89-2017'],
  ['doc', 'quy dinh so 89 nam 2017 cua bo chinh tri', 'doc:qd-89-2017'],
  [
    'doc',
    'Someone in my Zalo group cited Regulation 89 on cadre standards, is that one still current?',
    'doc:qd-89-2017',
  ],
  [
    'doc',
    'Quy định 365-QĐ/TW ngày 30/8/2025 của Bộ Chính trị thay thế văn bản nào về tiêu chuẩn?',
    'doc:qd-365-2025',
  ],
  ['doc', 'cho mình xin cái card của QĐ365 nha, cần gấp cho meeting', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365-QĐ/TW on cadre standards', 'doc:qd-365-2025'],
  [
    'doc',
    'Chi bộ mầm non được nhắc áp dụng Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy, văn bản đó ban hành ngày nào?',
    'doc:qd-14-2023',
  ],
  ['doc', 'qd 14 thanh uy ha noi nam 2023 la gi', 'doc:qd-14-2023'],
  ['doc', 'Regulation 14-QĐ/TU of the city standing board, status?', 'doc:qd-14-2023'],
  [
    'doc',
    'Sau khi quận không còn, Quy định 2656-QĐ/QU của Ban Thường vụ Quận ủy ghi nhận tình trạng thế nào?',
    'doc:qd-2656-2023',
  ],
  ['doc', 'qd2656 quận ủy còn giá trị không', 'doc:qd-2656-2023'],
  ['doc', 'quy dinh so 2656 ve tieu chi danh gia can bo', 'doc:qd-2656-2023'],
  [
    'doc',
    'Chi ủy trường mầm non muốn rà soát quy hoạch theo Quy định 1216-QĐ/QU, văn bản này ngày nào?',
    'doc:qd-1216-2022',
  ],
  ['doc', 'QĐ 1216 năm 2022 của quận ủy', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216 on cadre planning, date please', 'doc:qd-1216-2022'],
  [
    'doc',
    'Bà con ở chùa bàn tán về Quy định 294-QĐ/TW, nó thí điểm việc gì và từ bao giờ?',
    'doc:qd-294-2025',
  ],
  ['doc', 'qd294 thi diem dai hoi chi bo', 'doc:qd-294-2025'],
  ['doc', 'What is Regulation 294-QĐ/TW about?', 'doc:qd-294-2025'],
  ['doc', 'Hướng dẫn 26-HD/BTCTW năm 2019 còn áp dụng cho nhiệm kỳ này không?', 'doc:hd-26-2019'],
  ['doc', 'hd26 btctw 2019 la huong dan cho chi thi nao', 'doc:hd-26-2019'],
  [
    'doc',
    'Guidance 26 from October 2019 keeps appearing in my reading list, is it for the current term?',
    'doc:hd-26-2019',
  ],
  [
    'en',
    'Member living next to the pagoda asks: what is CT 45 about? Answer in English please',
    'doc:ct-45-2025',
  ],
  ['typo', 'quy dinh 365 qđ tw do bo chinh tri ky ngay may', 'doc:qd-365-2025'],
  ['typo', 'hướng dẩn 27 của ban tổ chức trung ương còn hiệu lực ko', 'doc:hd-27-2024'],

  // Documents the pack does not hold.
  [
    'unknown-doc',
    'Chi bộ xe buýt được nhắc học Quy định 232-QĐ/TW thi hành Điều lệ, bot có văn bản đó không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Nghị quyết 57-NQ/TW về đột phá khoa học công nghệ ban hành ngày nào, ai ký?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Cho tôi xem thông tin Kết luận 150-KL/TW của Bộ Chính trị', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 06-HD/BTCTW về quy trình nhân sự có những bước nào?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 300-KH/QU của quận ủy về đại hội có còn dùng không?', 'unknown-doc'],
  ['unknown-doc', 'chi thi 39 ct tw noi gi', 'unknown-doc'],
  ['unknown-doc', 'What does Resolution 66-NQ/TW say about party congresses?', 'unknown-doc'],
  ['unknown-doc', 'Quyết định 1230-QĐ/TU của Thành ủy về chuẩn bị đại hội', 'unknown-doc'],
  [
    'unknown-doc',
    'Kết luận 137-KL/TW về sắp xếp đơn vị hành chính có trong nguồn của bot không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Công văn 512-CV/ĐU của đảng ủy phường về lịch đại hội chi bộ', 'unknown-doc'],
  ['unknown-doc', 'hd12 btctw con dung duoc khong', 'unknown-doc'],
  ['unknown-doc', 'Quy định 24-QĐ/TW thi hành Điều lệ có nói về đại hội điểm không?', 'unknown-doc'],
  ['unknown-doc', 'Thông báo 47-TB/TU của Thành ủy về đại hội', 'unknown-doc'],
  ['unknown-doc', 'Is Directive 15-CT/TW of 2022 in your sources?', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị quyết 68-NQ/TW về kinh tế tư nhân bắt chi bộ công ty xe buýt làm gì khi đại hội?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kế hoạch 99-KH/TU ngày nào ban hành?', 'unknown-doc'],

  // Facts, one or more per topic.
  ['fact', 'Đại hội chi bộ công ty xe buýt nhiệm kỳ 2025 - 2030 phải thực hiện mấy nội dung?', 'noi-dung'],
  [
    'fact',
    'Chi bộ xe buýt đang viết báo cáo chính trị, báo cáo đó phải đánh giá những mặt nào cho khách quan?',
    'van-kien',
  ],
  ['fact', 'Báo cáo kiểm điểm của chi ủy trong nhiệm kỳ phải có tinh thần gì?', 'van-kien'],
  ['fact', 'Trước đại hội, chi bộ trường mầm non phải thành lập những tổ giúp việc nào?', 'chuan-bi'],
  ['fact', 'Quận ủy yêu cầu đại hội phải bảo đảm an toàn, tiết kiệm, không phô trương ra sao?', 'nguyen-tac'],
  ['fact', 'Mỗi đảng bộ cơ sở chọn bao nhiêu chi bộ để làm đại hội điểm, vào tháng nào?', 'dai-hoi-diem'],
  [
    'fact',
    'Lựa chọn, giới thiệu nhân sự cấp ủy khóa mới phải căn cứ những tiêu chuẩn và tiêu chí nào?',
    'nhan-su',
  ],
  [
    'fact',
    'Đại hội các đảng bộ, chi bộ cơ sở được tổ chức tiến tới đại hội đảng bộ quận lần thứ mấy?',
    'dai-hoi-quan',
  ],
  [
    'fact',
    'Chỉ thị về đại hội mà Bộ Chính trị ban hành tháng 6/2024 có mấy phần và mấy phụ lục?',
    'chi-thi-35',
  ],
  ['fact', 'Kể từ hội nghị quán triệt tháng 10/2024 đến giờ đã có những thay đổi gì về đại hội?', 'thay-doi'],
  ['fact', 'Bây giờ còn cấp huyện không, chính quyền địa phương còn mấy cấp?', 'chinh-quyen-2-cap'],
  ['fact', 'Hiện nay chi bộ bao lâu mới tổ chức đại hội một lần?', 'chi-bo-5-nam'],
  [
    'fact',
    'Bà con ở chùa hỏi tôi Đại hội đại biểu toàn quốc lần thứ XIV của Đảng họp mấy ngày, từ hôm nào?',
    'dai-hoi-xiv',
  ],
  ['fact', 'Bot này trả lời dựa trên những văn bản nào về đại hội?', 'tai-lieu'],
  ['fact', 'Đợt đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030 kết quả thế nào, đã xong hết chưa?', 'ket-qua'],
  [
    'fact',
    'Đại hội chi bộ trực thuộc đảng ủy cơ sở bắt đầu từ tháng mấy và xong trong tháng nào?',
    'lich-trinh',
  ],

  // Questions tied to a unit type.
  [
    'unit',
    'Chi bộ trường mầm non chúng tôi là chi bộ cơ sở, đại hội phải hoàn thành trước ngày nào?',
    'lich-trinh',
  ],
  [
    'unit',
    'Chi bộ đội xe buýt trực thuộc đảng ủy công ty thì đại hội trong khoảng thời gian nào?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng bộ cơ sở công ty vận tải phải đợi các chi bộ trực thuộc đại hội xong rồi mới đại hội đảng bộ à?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng bộ cơ sở công ty xe buýt có bắt buộc chọn một chi bộ đội xe làm đại hội điểm không?',
    'dai-hoi-diem',
  ],
  ['unit', 'Chi bộ cơ sở khu dân cư gần chùa được bắt đầu đại hội từ tháng mấy?', 'lich-trinh'],
  ['unit', 'Chi bộ trực thuộc đảng ủy cơ sở cũng phải bầu đoàn đại biểu dự đại hội cấp trên à?', 'noi-dung'],
  ['unit', 'Ở chi bộ cơ sở, chi ủy trình đại hội những báo cáo nào?', 'van-kien'],
  [
    'unit',
    'Đảng bộ khối hành chính sự nghiệp có nằm trong diện được quận chọn làm đại hội điểm không?',
    'dai-hoi-diem',
  ],
  [
    'unit',
    'Chi bộ cơ sở của trường mầm non bây giờ còn đại hội hai lần trong năm năm nữa không?',
    'chi-bo-5-nam',
  ],
  ['unit', 'Chi bộ trực thuộc làm đại hội thì có cần lập tổ văn kiện và tổ nhân sự không?', 'chuan-bi'],
  [
    'unit',
    'Đảng bộ cơ sở tổ chức đại hội đảng viên hay đại hội đại biểu thì phải xong trước ngày nào?',
    'lich-trinh',
  ],

  // Real questions with off-topic words around them.
  [
    'offword',
    'Hôm nay xe buýt tuyến 32 hỏng điều hòa, khách kêu cả buổi; nhân tiện cho hỏi đại hội chi bộ phải làm những nội dung gì?',
    'noi-dung',
  ],
  [
    'offword',
    'Sáng nay các cháu lớp chồi khóc nhiều quá, mệt. Cho tôi hỏi báo cáo kiểm điểm của cấp ủy phải viết theo yêu cầu gì?',
    'van-kien',
  ],
  [
    'offword',
    'Vừa đi công quả ở chùa về, tiện hỏi: quận tổ chức đại hội điểm ở những loại tổ chức đảng nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'My flatmate is cooking phở tonight; meanwhile, when did the Party hold its Fourteenth National Congress?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Mưa to ngập cả đường Đại Cồ Việt, mà cho hỏi các tổ chức cơ sở đảng chuẩn bị đại hội phải làm những việc gì?',
    'chuan-bi',
  ],
  [
    'offword',
    'Deadline công việc dí quá, nhưng cho mình hỏi đại hội phải theo nguyên tắc tập trung dân chủ thế nào?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Giá dầu diesel lại tăng rồi. Hỏi chút: từ cuối năm 2024 đến nay các văn bản về đại hội thay đổi những gì?',
    'thay-doi',
  ],
  [
    'offword',
    'Con tôi vừa thi xong học kỳ, nhẹ cả người; sau khi bỏ cấp huyện thì chính quyền địa phương còn mấy cấp?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Chùa đang đúc chuông mới, vui lắm. À, chọn nhân sự cấp ủy khóa mới phải quán triệt nghị quyết nào về cán bộ?',
    'nhan-su',
  ],
  [
    'offword',
    'Ca chiều nay thiếu hai tài xế, đau đầu; tranh thủ hỏi đợt đại hội nhiệm kỳ 2025 - 2030 đã kết thúc chưa?',
    'ket-qua',
  ],
  [
    'offword',
    'Tối nay họp phụ huynh lớp lá, nhưng trước đó tôi cần biết bot lấy thông tin từ những văn bản nào',
    'tai-lieu',
  ],
  [
    'offword',
    'Đang ăn chè ở cổng chùa, hỏi nhanh: các đảng bộ cơ sở đại hội để tiến tới đại hội đảng bộ quận nào?',
    'dai-hoi-quan',
  ],
  [
    'offword',
    'Lịch chạy xe Tết đang rối tung; đại hội chi bộ trực thuộc phải xong trong tháng mấy nhỉ?',
    'lich-trinh',
  ],

  // Two-part questions.
  [
    'two-part',
    'Đại hội chi bộ trường mầm non có mấy nội dung, và chi ủy phải trình những báo cáo gì?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ trực thuộc đại hội khi nào, và đại hội điểm ở đảng bộ cơ sở làm vào tháng mấy?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Chuẩn bị đại hội cần làm những việc gì, và tổ chức đại hội phải theo những nguyên tắc nào?',
    'chuan-bi+nguyen-tac',
  ],
  [
    'two-part',
    'Chọn nhân sự cấp ủy khóa mới theo những quy định nào? Và chi bộ giờ mấy năm đại hội một lần?',
    'nhan-su+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Đại hội XIV của Đảng diễn ra khi nào, và đại hội các cấp nhiệm kỳ 2025 - 2030 có kết quả gì?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Chính quyền địa phương 2 cấp bắt đầu từ khi nào, còn đại hội đảng bộ quận lần thứ XXVII thì sao?',
    'chinh-quyen-2-cap+dai-hoi-quan',
  ],
  [
    'two-part',
    'What are the four items of a congress, and what has changed since October 2024?',
    'noi-dung+thay-doi',
  ],
  [
    'two-part',
    'Chỉ thị tháng 6/2024 về đại hội gồm những phần nào, và bot dựa vào những văn bản nào?',
    'chi-thi-35+tai-lieu',
  ],
  [
    'two-part',
    'Cho em hỏi timeline đại hội chi bộ cơ sở, với cả mấy cái tổ cần lập để prepare cho đại hội?',
    'lich-trinh+chuan-bi',
  ],
  [
    'two-part',
    'Báo cáo chính trị phải viết thế nào, và đại hội phải chống lãng phí, phô trương ra sao?',
    'van-kien+nguyen-tac',
  ],
  [
    'two-part',
    'Đại hội điểm của quận gồm những đơn vị loại nào, và đảng bộ cơ sở phải đại hội xong trước ngày nào?',
    'dai-hoi-diem+lich-trinh',
  ],
  [
    'two-part',
    'Cấp huyện bỏ từ khi nào, và việc thí điểm đại hội chi bộ năm năm một lần áp dụng từ bao giờ?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],

  // Typos and abbreviations.
  ['typo', 'dh cb truc thuoc hoan thanh trc thang may', 'lich-trinh'],
  ['typo', 'bcct voi bc kiem diem cua chi uy truong mam non khac nhau cho nao', 'van-kien'],
  ['typo', 'nguyen tac tap trug dan chu khi to chuc dai hoi la gi', 'nguyen-tac'],
  ['typo', 'tieu chuan nhan su bch khoa moi can theo nhung quy dinh nao', 'nhan-su'],
  ['typo', 'ĐH điểm tổ chưc vào thờ gian nào vậy', 'dai-hoi-diem'],
  ['typo', 'cac ND cua DH dang bo nk 2025-2030 gom nhung gi', 'noi-dung'],
  ['typo', 'thanh lap to van kien, to nhan su, to to chuc phuc vu dh ntn', 'chuan-bi'],
  ['typo', 'ĐH đảng toàn quốc lần XIV khai mạc hôm nào', 'dai-hoi-xiv'],
  ['typo', 'chinh quyen dia phuong hai cap chay tu ngay nao vay bot', 'chinh-quyen-2-cap'],
  ['typo', 'kq dh dang bo cac cap nk 2025 2030 sao roi, xong chua bot', 'ket-qua'],
  ['typo', 'nhung thay doi sau hoi nghi quan triet 23/10/2024 la gi', 'thay-doi'],
  ['typo', 'cb bay h dai hoi may nam 1 lan', 'chi-bo-5-nam'],
  ['typo', 'chi thi thang 6/2024 ve dh co may yeu cau', 'chi-thi-35'],
  ['typo', 'dh dang bo quan hai ba trung lan thu xxvii to chuc theo ke hoach nao', 'dai-hoi-quan'],

  // English, in scope.
  ['en', 'What reports must the committee submit to a party congress?', 'van-kien'],
  [
    'en',
    "My uncle's grassroots party cell in Hanoi: by what date did it have to finish its congress?",
    'lich-trinh',
  ],
  ['en', 'Which pilot congresses did the district plan before the main round?', 'dai-hoi-diem'],
  ['en', 'What principles must a party congress follow, in short?', 'nguyen-tac'],
  ['en', 'Which documents does this bot base its congress answers on, with their dates?', 'tai-lieu'],
  [
    'en',
    'Back home, were the 2025–2030 party congresses at every level actually completed on schedule?',
    'ket-qua',
  ],
  ['en', 'Is there still a district level of local government in Vietnam?', 'chinh-quyen-2-cap'],
  [
    'en',
    'What preparatory work did the district ask grassroots party organisations to do before their congresses?',
    'chuan-bi',
  ],
  ['en', 'What must guide the choice of members for the new party committee?', 'nhan-su'],
  ['en', "What does the Politburo's June 2024 directive on congresses contain?", 'chi-thi-35'],
  ['en', 'How often do party cells hold a congress under the current pilot?', 'chi-bo-5-nam'],

  // Out of scope: things such users send that look like the bot's subject.
  [
    'lookalike',
    'Công ty xe buýt tổ chức hội nghị người lao động đầu năm thì chương trình gồm những phần nào?',
    null,
  ],
  [
    'lookalike',
    'Đại hội công đoàn cơ sở công ty vận tải hành khách nhiệm kỳ mới bầu bao nhiêu ủy viên ban chấp hành công đoàn?',
    null,
  ],
  ['lookalike', 'Nhà xe nào ở Hà Nội cho thuê xe 29 chỗ chở đại biểu đi dự đại hội giá mềm?', null],
  ['lookalike', 'Tuyến buýt nào đi từ bến Giáp Bát đến hội trường đại hội của phường?', null],
  [
    'lookalike',
    'Lái xe buýt là đảng viên bị phạt nguội vượt đèn đỏ thì chi bộ có phải kiểm điểm không?',
    null,
  ],
  ['lookalike', 'Hội nghị an toàn giao thông của đoàn xe buýt quý này cần báo cáo những số liệu gì?', null],
  ['lookalike', 'Đại hội Hiệp hội Vận tải ô tô Việt Nam nhiệm kỳ mới tổ chức ở đâu?', null],
  [
    'lookalike',
    'Công ty chuyển sang xe buýt điện, chi bộ có nên ra nghị quyết chuyên đề về chuyển đổi xanh không?',
    null,
  ],
  [
    'lookalike',
    'Tài xế chạy ca đêm không dự được sinh hoạt chi bộ định kỳ thì phải làm đơn xin vắng thế nào?',
    null,
  ],
  ['lookalike', 'Đảng viên cao tuổi đi xe buýt có được miễn vé tháng không?', null],
  ['lookalike', 'Hội nghị tổng kết cuối năm của xí nghiệp xe buýt nên mời lãnh đạo cấp nào phát biểu?', null],
  ['lookalike', 'Bí thư chi bộ kiêm đội trưởng đội xe thì phụ cấp trách nhiệm cấp ủy tính thế nào?', null],
  [
    'lookalike',
    'Đại hội Ban đại diện cha mẹ trẻ của trường mầm non đầu năm học cần chuẩn bị những gì?',
    null,
  ],
  ['lookalike', 'Hội nghị viên chức trường mầm non năm học mới gồm mấy nội dung?', null],
  ['lookalike', 'Kết nạp đảng cho cô giáo mầm non mới vào nghề cần những hồ sơ gì?', null],
  [
    'lookalike',
    'Các cháu mẫu giáo lớn biểu diễn văn nghệ chào mừng đại hội đảng bộ phường thì nên chọn bài hát nào?',
    null,
  ],
  ['lookalike', 'Hội thi giáo viên dạy giỏi cấp phường của ngành mầm non tổ chức vào tháng mấy?', null],
  [
    'lookalike',
    'Chi bộ trường mầm non sinh hoạt chuyên đề về đạo đức nhà giáo thì nên chọn chủ đề gì?',
    null,
  ],
  ['lookalike', 'Tuần này bận chuẩn bị đại hội quá, ai gợi ý giúp thực đơn bán trú cho các cháu với', null],
  ['lookalike', 'Hiệu trưởng mầm non là đảng viên có được kiêm bí thư chi bộ nhà trường không?', null],
  [
    'lookalike',
    'Hội nghị triển khai nhiệm vụ năm học mới của ngành mầm non thành phố họp vào ngày nào?',
    null,
  ],
  ['lookalike', 'Lương cô giáo mầm non hạng III tăng rồi thì đảng phí hàng tháng phải đóng bao nhiêu?', null],
  ['lookalike', 'Hội khỏe Phù Đổng cho trẻ mầm non có được tính là đại hội thể dục thể thao không?', null],
  [
    'lookalike',
    'Đại hội Liên đội trường tiểu học bên cạnh mời trường mầm non sang dự thì nên cử ai đi?',
    null,
  ],
  ['lookalike', 'Đại hội Phật giáo phường nhiệm kỳ mới bầu Ban Trị sự gồm bao nhiêu vị?', null],
  ['lookalike', 'Đảng viên đi lễ chùa và làm công quả hằng tuần có vi phạm quy định của Đảng không?', null],
  ['lookalike', 'Muốn đăng ký làm tình nguyện viên khóa tu mùa hè ở chùa thì liên hệ ai?', null],
  ['lookalike', 'Ban tổ chức lễ Vu Lan ở chùa cần phân công những tiểu ban nào?', null],
  ['lookalike', 'Đại hội đại biểu Phật giáo toàn quốc lần thứ X dự kiến diễn ra năm nào?', null],
  ['lookalike', 'Chùa xin phép tổ chức lễ hội đầu xuân thì sau sáp nhập phải nộp hồ sơ ở phường nào?', null],
  [
    'lookalike',
    'Đạo tràng Phật tử của chùa họp tổng kết năm có cần báo cáo với chi bộ khu dân cư không?',
    null,
  ],
  [
    'lookalike',
    'Chùa muốn nấu cơm chay mời đại biểu dự đại hội chi bộ khu dân cư, nên nấu những món gì?',
    null,
  ],
  ['lookalike', 'Đảng viên có được quy y Tam bảo và nhận pháp danh không?', null],
  ['lookalike', 'Sư trụ trì chùa có được mời dự đại hội đảng bộ phường với tư cách khách mời không?', null],
  [
    'lookalike',
    'Ban Hoằng pháp tổ chức hội nghị tổng kết khóa tu, báo cáo tổng kết viết theo mẫu nào?',
    null,
  ],
  ['lookalike', 'Khu phố cạnh chùa họp hội nghị tổ dân phố bầu tổ trưởng thì ai có quyền bầu?', null],
  ['lookalike', 'When is the next congress of the Vietnamese Students Association in the UK?', null],
  ['lookalike', 'How do I move my party membership temporarily while I study in Germany?', null],
  ['lookalike', 'Can a Vietnamese student abroad vote in the 2026 National Assembly election?', null],
  [
    'lookalike',
    "Does the Lao People's Revolutionary Party hold its congress in the same year as Vietnam's?",
    null,
  ],
  [
    'lookalike',
    'I am presenting at an academic conference in Osaka, do I need a visa with a Vietnamese passport?',
    null,
  ],
  ['lookalike', 'Our student union annual general meeting needs a quorum, what percentage is usual?', null],
  ['lookalike', 'Is there a party cell at the Vietnamese embassy that overseas students can attend?', null],
  ['lookalike', 'In Model United Nations, how does the General Assembly committee draft a resolution?', null],
  ['lookalike', 'How can I be admitted to the Communist Party of Vietnam while studying overseas?', null],
  [
    'lookalike',
    'Are there government scholarships for Vietnamese students to attend international conferences?',
    null,
  ],
  ['lookalike', 'When did the Japanese Communist Party hold its last party congress?', null],
  ['lookalike', 'Team mình đang plan year-end party cho chi bộ, budget bao nhiêu per head là ok?', null],
  ['lookalike', 'Cho mình hỏi cách setup Zoom breakout room cho buổi sinh hoạt chi bộ online nhé', null],
  ['lookalike', 'Đại hội cổ đông AGM công ty mình năm nay cần quorum bao nhiêu phần trăm vậy?', null],
  ['lookalike', 'Có template slide PowerPoint tông đỏ cho event đại hội không, share mình với?', null],
  ['lookalike', 'Workshop digital transformation cho đảng viên thì nên mời speaker nào?', null],
  ['lookalike', 'Sếp bảo mình viết báo cáo KPI quý 4 gấp trước đại hội, có format nào chuẩn không?', null],
  ['lookalike', 'Con gái mình tổ chức offline fan meeting Kpop, có cần xin phép phường không?', null],
  ['lookalike', 'App Sổ tay đảng viên điện tử có đóng đảng phí online được không?', null],
  ['lookalike', 'Đại hội võ lâm trong truyện Kim Dung được tổ chức ở đâu?', null],
  ['lookalike', 'SEA Games 33 khai mạc ngày nào và ở thành phố nào?', null],
  ['lookalike', 'Đại hội đồng Liên Hợp Quốc khóa 80 họp ở đâu, bàn chuyện gì?', null],
  ['lookalike', 'Đại hội thành viên hợp tác xã nông nghiệp phải họp mấy năm một lần?', null],
  ['lookalike', 'Đại hội Hội Khuyến học phường nhiệm kỳ mới có mấy nội dung chính?', null],
  ['lookalike', 'Hội Chữ thập đỏ phường đại hội thì bầu ban chấp hành bao nhiêu người?', null],
  ['lookalike', 'Đại hội Hội Nông dân xã sau sáp nhập tổ chức lúc nào?', null],
  [
    'lookalike',
    'Hội nghị Ban Chấp hành Trung ương lần gần nhất bàn những vấn đề gì, có ai tóm tắt giúp?',
    null,
  ],
  ['lookalike', 'Đại hội Đảng Cộng sản Pháp gần đây nhất diễn ra năm nào?', null],
  ['lookalike', 'Hội nghị hiệp thương giới thiệu người ứng cử đại biểu Quốc hội có mấy vòng?', null],
  [
    'lookalike',
    'Đại hội Hội Cựu thanh niên xung phong phường có phải xây dựng báo cáo chính trị không?',
    null,
  ],
  ['lookalike', 'Thẻ đảng viên bị mất khi đi xe buýt thì xin cấp lại ở đâu?', null],
  ['lookalike', 'Đảng viên được tặng Huy hiệu 30 năm tuổi Đảng có được thưởng tiền không?', null],
];

export const NEWSET94: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
