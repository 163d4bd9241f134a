/**
 * The one hundred and fourteenth new evaluation set (issue 11, point 6), written on 2026-12-04 from
 * 20:52 UTC (committed in the commit "Eval: newset114, the one hundred and fourteenth unseen set") by
 * a helper (set114) that never saw the engine. It was written from ../shared/sources/ (the
 * conference article of 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of
 * ../shared/STYLE.md, ../helpers/COMMON.md, and from the pack only what
 * `node /work/helpers/pack-view.mjs` prints: the documents' ids, numbers, dates, titles/abouts,
 * issuers and statuses, the unit types' codes and names, and each topic's id, title and body
 * (config/ itself was not opened, so no sample questions, keywords, synonyms, evidence or off-topic
 * lists were seen). Also read: the header of newset35.ts (the lines before `const items`) and its
 * last line, the part of newset.ts before `const items`, newset35.test.ts, set-shape.ts,
 * set-checks.ts and sets.ts. Nothing under src/, bench/ or config/, no README, no git log, diff or
 * show, and no other set's or pool's items were read. Its users are imagined as the secretary of a
 * cell at a textile company's dyeing workshop, a member who runs a street food stall, a member who
 * is a ward cadastral officer, a Malaysian civil servant writing in English, and a member who asks
 * the same thing twice in different words in one message; with the out-of-scope messages such
 * users send (other organisations' congresses and meetings: the textile company's trade union
 * congress, workers' conference, shareholders' annual meeting, customer conference, the company
 * Youth Union and its branch congress, the ward's Veterans' Association, Women's Union, Fatherland
 * Front, the commune Farmers' Association, the market traders' association, UMNO's general
 * assembly, Barisan Nasional, the Chinese Communist Party's congress, an ASEAN civil service
 * meeting, a People's Council session and a voters' meeting with deputies; other senses of "đại
 * hội" and "hội nghị": workers' sports games, a ward sports congress, pupils' emulation congresses,
 * a textile science conference, a street food festival, a traditional martial arts festival,
 * history (Diên Hồng, the Party's first congress in Macau); party business the pack does not
 * cover: dues, temporary transfer of membership, admission, annual grading, monthly cell meetings,
 * 40-year badges, exemption from cell meetings, who was elected; the trappings and costs of a
 * congress (hall hire, flowers, backdrops); the dyeing workshop's own work (dye recipes, night-shift
 * allowances, waste water fines, production meeting minutes, pensions); the food stall's (food
 * safety papers, pork prices, pavement fines, household business registration, lump-sum tax,
 * broth, flu shots, health insurance); the cadastral officer's (land-use certificates, land price
 * tables, boundary disputes, redundant staff after the merger, new seals, land database software);
 * the Malaysian visitor's (elections, visas, exchange rates, halal restaurants, a pho stall); the
 * bot and Telegram passwords, digital signature tokens, weather, school entrance exams).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset114.test.ts), biome and tsc ran. Do not edit an item after its
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
 *
 * Engine changes reached main after its writer began: bf4616c (interpreters absent), 8a042bf and
 * d3a1070 (code moved and a comment rewrapped, behaviour unchanged), 3ad027c (the weak tier of the
 * word prior at -3.2) and the word prior relearned with newset111 to newset113; its writer saw
 * none of them. It was measured once, at 21:04 UTC on main 3ad027c (`node --expose-gc
 * dist/bench/qa.js`, load 2.13): qa_new_top1 98.8 %, qa_new_oos_refused 98.4 % (2 in-scope misses,
 * 1 lookalike answered; qa_p99_us 231.1 in that run, p50 50.6). Its misses were listed after that
 * run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  ['doc', 'Chỉ thị số 45-CT/TW ngày nào ban hành, còn hiệu lực không đồng chí?', 'doc:ct-45-2025'],
  ['doc', 'tổ nhuộm hỏi ct45 thay cho văn bản nào vậy', 'doc:ct-45-2025'],
  ['doc', 'chi thi 45 cua bo chinh tri noi ve gi', 'doc:ct-45-2025'],
  ['en', 'What exactly is Directive 45 that the Politburo issued in April 2025?', 'doc:ct-45-2025'],
  ['doc', 'Chỉ thị 35-CT/TW năm 2024 của Bộ Chính trị giờ còn dùng được không?', 'doc:ct-35-2024'],
  ['doc', 'to nhuom hoi ct35 nam 2024 gio da bi thay the chua a', 'doc:ct-35-2024'],
  [
    'en',
    'Writing from Putrajaya: is Directive 35 of June 2024 still the one Vietnamese cells follow?',
    'doc:ct-35-2024',
  ],
  ['doc', 'chi thi 35 ban hanh thang 6 nam 2024 co may phu luc', 'doc:ct-35-2024'],
  ['doc', 'Chỉ thị 35-CT/TW năm 2019 hướng tới Đại hội nào?', 'doc:ct-35-2019'],
  ['doc', 'cho tôi hỏi ct35 năm 2019 khác gì bản năm 2024', 'doc:ct-35-2019'],
  ['en', 'What was Directive 35 of May 2019 about?', 'doc:ct-35-2019'],
  ['doc', 'Kết luận số 118-KL/TW điều chỉnh những gì mà xưởng nhuộm tôi cần biết?', 'doc:kl-118-2025'],
  ['doc', 'kl118 thang 1 nam 2025 bay gio con hieu luc khong chi', 'doc:kl-118-2025'],
  ['doc', 'ket luan 118 ai ky ban hanh', 'doc:kl-118-2025'],
  ['en', 'Conclusion 118 — is it superseded now?', 'doc:kl-118-2025'],
  ['doc', 'Kết luận 200-KL/TW nói gì về kết quả đại hội?', 'doc:kl-200-2025'],
  ['doc', 'kl200 ra ngày bao nhiêu', 'doc:kl-200-2025'],
  ['en', 'Tell me about Conclusion 200 on the congress results.', 'doc:kl-200-2025'],
  ['doc', 'ket luan so 200 do co quan nao ban hanh', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW có nội dung gì?', 'doc:hd-27-2024'],
  ['doc', 'hd27 ban to chuc trung uong ra ngay nao', 'doc:hd-27-2024'],
  ['en', 'Guidance 27 of the Central Organisation Commission: what date?', 'doc:hd-27-2024'],
  [
    'doc',
    'Hướng dẫn số 18-HD/BTCTU của Ban Tổ chức Thành ủy hướng dẫn gì, em bán xôi hỏi ạ?',
    'doc:hd-18-2024',
  ],
  ['doc', 'hd18 thanh uy ha noi con dung khong', 'doc:hd-18-2024'],
  [
    'en',
    'As a Malaysian civil servant, what does Guidance 18-HD/BTCTU of the Hanoi board cover?',
    'doc:hd-18-2024',
  ],
  ['doc', 'huong dan 18 ban hanh thang may', 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch 258-KH/TU của Thành ủy ban hành ngày nào, cán bộ địa chính hỏi?', 'doc:kh-258-2024'],
  ['doc', 'kh258 la ke hoach ve cai gi', 'doc:kh-258-2024'],
  ['en', 'Plan 258 of the Hanoi Party Committee — what is it and who signed it off?', 'doc:kh-258-2024'],
  [
    'doc',
    'Kế hoạch số 203-KH/QU của Quận ủy Hai Bà Trưng còn áp dụng không khi không còn quận?',
    'doc:kh-203-2024',
  ],
  ['doc', 'kh203 quy dinh lich dai hoi the nao', 'doc:kh-203-2024'],
  ['en', 'What is Plan 203 of the district committee?', 'doc:kh-203-2024'],
  ['doc', 'ke hoach 203 ngay bao nhieu', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW ngày 19/5/2018 nói về nhân sự thế nào?', 'doc:nq-26-2018'],
  ['doc', 'nq26 khoa XII la nghi quyet gi ma chon nhan su phai quan triet', 'doc:nq-26-2018'],
  ['en', 'Resolution 26 of the 12th Central Committee — why is it cited for personnel?', 'doc:nq-26-2018'],
  [
    'doc',
    'Quy định 89-QĐ/TW về tiêu chuẩn cán bộ bây giờ chi bộ xưởng nhuộm còn dùng được không?',
    'doc:qd-89-2017',
  ],
  ['doc', 'qd89 nam 2017 bi thay boi quy dinh nao roi vay', 'doc:qd-89-2017'],
  ['en', 'Has Regulation 89 on cadre standards been replaced, and by what?', 'doc:qd-89-2017'],
  ['doc', 'quy dinh 89 nam 2017 cua ai', 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365-QĐ/TW ban hành ngày nào, cho em hỏi lại là ký ngày bao nhiêu?', 'doc:qd-365-2025'],
  ['doc', 'qd365 thay the van ban nao vay', 'doc:qd-365-2025'],
  [
    'en',
    'Regulation 365 of the Politburo on cadre standards — which regulation does it replace?',
    'doc:qd-365-2025',
  ],
  ['doc', 'quy dinh 365 noi ve tieu chuan chuc danh gi vay ban', 'doc:qd-365-2025'],
  [
    'doc',
    'Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy nói về tiêu chí gì, tôi làm địa chính phường hỏi?',
    'doc:qd-14-2023',
  ],
  ['doc', 'qd14 thanh uy ban hanh ngay nao', 'doc:qd-14-2023'],
  ['en', 'Regulation 14-QĐ/TU of the Hanoi Standing Board, from 2023: what is it about?', 'doc:qd-14-2023'],
  ['doc', 'Quy định số 2656-QĐ/QU của Quận ủy về đánh giá cán bộ ngày nào?', 'doc:qd-2656-2023'],
  ['doc', 'qd2656 cua quan uy hai ba trung la quy dinh gi', 'doc:qd-2656-2023'],
  ['en', 'Regulation 2656 on evaluating cadres: which body issued it and when?', 'doc:qd-2656-2023'],
  ['doc', 'Quy định 1216-QĐ/QU về quy hoạch cán bộ là của ai?', 'doc:qd-1216-2022'],
  ['doc', 'qd1216 nam 2022 noi gi', 'doc:qd-1216-2022'],
  ['en', 'Regulation 1216 on cadre planning in the district — its date please.', 'doc:qd-1216-2022'],
  ['doc', 'quy dinh 1216 con dung khong', 'doc:qd-1216-2022'],
  [
    'doc',
    'Quy định 294-QĐ/TW có hiệu lực từ bao giờ, hay hỏi cách khác là áp dụng từ ngày nào?',
    'doc:qd-294-2025',
  ],
  ['doc', 'qd294 thi diem dai hoi chi bo the nao, chi bo xuong nhuom co ap dung khong', 'doc:qd-294-2025'],
  ['en', 'When did Regulation 294 take effect?', 'doc:qd-294-2025'],
  ['doc', 'quy dinh 294 ngay ban hanh', 'doc:qd-294-2025'],
  ['doc', 'Hướng dẫn 26-HD/BTCTW năm 2019 chi bộ tôi còn lấy ra áp dụng được không?', 'doc:hd-26-2019'],
  ['doc', 'chi bo xuong nhuom hoi hd26 nam 2019 di kem chi thi nao', 'doc:hd-26-2019'],
  ['en', 'Guidance 26-HD/BTCTW of October 2019 — what was it written for?', 'doc:hd-26-2019'],
  [
    'unknown-doc',
    'Nghị quyết 21-NQ/TW về tăng cường củng cố tổ chức cơ sở đảng có trong bot không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Quy định 232-QĐ/TW về thi hành Điều lệ Đảng có điểm gì về đại hội chi bộ xưởng?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kết luận 150-KL/TW hướng dẫn gì cho đại hội?', 'unknown-doc'],
  ['unknown-doc', 'cho hỏi qd 80 về phân cấp quản lý cán bộ', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 36-CT/TW có liên quan đại hội không?', 'unknown-doc'],
  ['unknown-doc', 'Quyết định 244-QĐ/TW ban hành quy chế bầu cử trong Đảng nội dung ra sao?', 'unknown-doc'],
  ['unknown-doc', 'nghi quyet 57 ve khoa hoc cong nghe co phai van kien dai hoi khong', 'unknown-doc'],
  ['unknown-doc', "What does Regulation 144 on party members' ethics say?", 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 300-KH/TU của Thành ủy về đại hội có chưa?', 'unknown-doc'],
  [
    'unknown-doc',
    'Hướng dẫn 06-HD/TW về nghiệp vụ công tác đảng viên, cán bộ địa chính như tôi cần đọc phần nào?',
    'unknown-doc',
  ],
  ['unknown-doc', 'kl137 ve sap xep don vi hanh chinh la gi', 'unknown-doc'],
  [
    'unknown-doc',
    'Quy định 213-QĐ/TW về đảng viên đang công tác giữ mối liên hệ với nơi cư trú?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Conclusion 123 of the Central Committee — is it in the bot?', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 60-NQ/TW về sắp xếp tổ chức bộ máy có hướng dẫn đại hội không?', 'unknown-doc'],
  ['unknown-doc', 'hướng dẫn số 12-HD/BTCTW về quy trình nhân sự đại hội là gì', 'unknown-doc'],
  ['unknown-doc', 'Quy định 96-QĐ/TW về lấy phiếu tín nhiệm nói thế nào?', 'unknown-doc'],
  [
    'fact',
    'Đại hội đảng bộ, chi bộ nhiệm kỳ này phải làm mấy nội dung, chị tổ trưởng tổ nhuộm hỏi',
    'noi-dung',
  ],
  [
    'fact',
    'Bầu đoàn đại biểu dự đại hội cấp trên có phải là một nội dung của đại hội chi bộ không?',
    'noi-dung',
  ],
  ['fact', 'Văn kiện cấp ủy trình đại hội gồm những báo cáo chủ yếu nào?', 'van-kien'],
  ['fact', 'Báo cáo kiểm điểm của chi ủy xưởng nhuộm phải viết theo tinh thần gì?', 'van-kien'],
  ['fact', 'Báo cáo chính trị có vai trò thế nào trong đại hội?', 'van-kien'],
  ['fact', 'Trước đại hội phải thành lập những tổ nào để phục vụ?', 'chuan-bi'],
  ['fact', 'Hội nghị quán triệt công tác đại hội có được kết hợp trực tuyến không?', 'chuan-bi'],
  ['fact', 'Đại hội phải bảo đảm những yêu cầu gì, có được tổ chức linh đình không?', 'nguyen-tac'],
  ['fact', 'Nguyên tắc nào phải quán triệt nhất khi tổ chức đại hội đảng?', 'nguyen-tac'],
  ['fact', 'Đại hội điểm của đảng bộ cơ sở làm vào tháng nào?', 'dai-hoi-diem'],
  [
    'fact',
    'Ban Thường vụ Quận ủy chọn những loại đơn vị nào để làm đại hội điểm đầu năm 2025?',
    'dai-hoi-diem',
  ],
  ['fact', 'Chọn nhân sự cấp ủy khóa mới phải dựa vào những văn bản nào?', 'nhan-su'],
  ['fact', 'Chi ủy có cần rà soát, bổ sung quy hoạch cán bộ trước đại hội nhiệm kỳ này không?', 'nhan-su'],
  ['fact', 'Đại hội Đảng bộ quận Hai Bà Trưng lần thứ mấy là đại hội nhiệm kỳ 2025 - 2030?', 'dai-hoi-quan'],
  ['fact', 'Chỉ thị của Bộ Chính trị năm 2024 về đại hội có mấy phần mấy phụ lục?', 'chi-thi-35'],
  [
    'fact',
    'Từ sau hội nghị quán triệt tháng 10/2024 đến giờ, những văn bản nào đã thay đổi, bị thay thế?',
    'thay-doi',
  ],
  ['fact', 'Cấp huyện không còn từ ngày nào?', 'chinh-quyen-2-cap'],
  [
    'fact',
    'Phường tôi làm địa chính hỏi: khi bỏ cấp huyện, Hà Nội có bao nhiêu đảng bộ quận, huyện, thị xã thôi hoạt động?',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'Đại hội chi bộ giờ mấy năm tổ chức một lần?', 'chi-bo-5-nam'],
  [
    'fact',
    'Chị bán bánh cuốn hỏi: Đại hội đại biểu toàn quốc lần thứ XIV diễn ra từ ngày nào đến ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'fact',
    'Bot lấy thông tin từ những văn bản nào về đại hội nhiệm kỳ 2025 - 2030, danh sách văn bản gồm những gì?',
    'tai-lieu',
  ],
  ['fact', 'Đợt đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030 đã xong chưa?', 'ket-qua'],
  ['fact', 'Kết quả đại hội các cấp nhiệm kỳ này được Bộ Chính trị đánh giá ra sao?', 'ket-qua'],
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở như chi bộ xưởng nhuộm thì đại hội trong khoảng thời gian nào?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở của hợp tác xã ăn uống phải hoàn thành đại hội trước ngày nào?', 'lich-trinh'],
  ['unit', 'Đảng bộ cơ sở tổ chức đại hội đảng viên hay đại biểu, bắt đầu từ tháng mấy?', 'lich-trinh'],
  ['unit', 'chi bo truc thuoc bat dau dai hoi tu thang may nam 2025', 'lich-trinh'],
  ['unit', 'Đại hội đảng bộ cơ sở phải chờ các chi bộ trực thuộc đại hội xong trước không?', 'lich-trinh'],
  ['unit', 'Chi bộ trực thuộc được chọn làm đại hội điểm thì làm trong tháng nào?', 'dai-hoi-diem'],
  ['unit', 'Chi bộ cơ sở của phường tôi đại hội 5 năm một lần hay 5 năm hai lần?', 'chi-bo-5-nam'],
  [
    'offword',
    'Em bán bún chả ở vỉa hè, tối nay đi họp chi bộ: đại hội chi bộ gồm những nội dung gì ạ?',
    'noi-dung',
  ],
  [
    'offword',
    'Ca nhuộm vải hôm nay nghỉ sớm, tranh thủ hỏi: báo cáo chính trị của chi bộ phải đánh giá những gì?',
    'van-kien',
  ],
  [
    'offword',
    'Tôi làm địa chính phường, đang đo đạc thửa đất thì được giao viết báo cáo kiểm điểm cấp ủy, yêu cầu của báo cáo này là gì?',
    'van-kien',
  ],
  ['offword', 'Vừa dọn hàng xôi xong, cho hỏi chuẩn bị đại hội chi bộ cần làm những việc gì?', 'chuan-bi'],
  ['offword', 'Máy nhuộm đang hỏng, anh em hỏi đại hội có được phô trương hình thức không?', 'nguyen-tac'],
  [
    'offword',
    'Hôm nay trời mưa bán ế quá, đại hội chi bộ trực thuộc phải xong trong tháng nào vậy?',
    'lich-trinh',
  ],
  [
    'offword',
    'Đang giải quyết hồ sơ cấp sổ đỏ, xin hỏi nhanh tiêu chuẩn chọn nhân sự cấp ủy khóa mới theo văn bản nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Sau khi sáp nhập phường tôi chuyển sang làm địa chính xã mới, chính quyền 2 cấp bắt đầu từ ngày nào?',
    'chinh-quyen-2-cap',
  ],
  ['offword', 'Khách đông quá chưa kịp xem tivi, Đại hội XIV của Đảng đã họp xong chưa?', 'dai-hoi-xiv'],
  [
    'offword',
    'Công ty dệt vừa tăng ca, chi bộ tôi hỏi đợt đại hội nhiệm kỳ 2025-2030 kết thúc chưa?',
    'ket-qua',
  ],
  [
    'offword',
    'Xưởng nhuộm có chi bộ riêng, cho hỏi tôi phải thảo luận góp ý văn kiện nào tại đại hội chi bộ?',
    'noi-dung',
  ],
  [
    'two-part',
    'Đại hội chi bộ xưởng nhuộm có mấy nội dung, và chi ủy trình đại hội những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  ['two-part', 'Chi bộ cơ sở đại hội khi nào, và có phải thành lập tổ nhân sự không?', 'lich-trinh+chuan-bi'],
  ['two-part', 'Đại hội điểm làm lúc nào và nhân sự cấp ủy chọn theo tiêu chuẩn gì?', 'dai-hoi-diem+nhan-su'],
  [
    'two-part',
    'Cấp huyện bỏ từ bao giờ, và đại hội chi bộ nay mấy năm một lần?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Đại hội XIV họp ngày nào và đại hội các cấp nhiệm kỳ này kết quả thế nào?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Tổ chức đại hội phải theo nguyên tắc gì, và cần chuẩn bị những việc gì?',
    'nguyen-tac+chuan-bi',
  ],
  [
    'two-part',
    'Chỉ thị năm 2024 của Bộ Chính trị có mấy phụ lục, và từ đó đến nay văn bản nào đã thay đổi?',
    'chi-thi-35+thay-doi',
  ],
  [
    'two-part',
    'What are the four contents of a congress, and when must a grassroots cell finish it?',
    'noi-dung+lich-trinh',
  ],
  [
    'two-part',
    'Báo cáo kiểm điểm viết thế nào (tức là báo cáo kiểm điểm cần đạt yêu cầu gì), và đại hội điểm làm tháng nào?',
    'van-kien+dai-hoi-diem',
  ],
  ['typo', 'dh cb gom nhung nd gi vay', 'noi-dung'],
  ['typo', 'bccT va bc kiem diem cua cap uy can nhung gi', 'van-kien'],
  ['typo', 'chuan bi dh chi bo xuong can lap to nhan su, to van kien ko', 'chuan-bi'],
  ['typo', 'nguyen tac tap trung dan chu khi to chuc dh dang', 'nguyen-tac'],
  ['typo', 'thoi gian dh cbcs hoan thanh truoc ngay nao', 'lich-trinh'],
  ['typo', 'dh diem cua dbcs chon chi bo truc thuoc lam thang may', 'dai-hoi-diem'],
  ['typo', 'nhan su cap uy khoa moi chon theo tieu chuan nao ak', 'nhan-su'],
  ['typo', 'dai hoi dbo quan hai ba trung lan thu XXVII nk 2025 2030 la gi', 'dai-hoi-quan'],
  ['typo', 'bo chinh quyen cap huyen tu ngay nao vay a', 'chinh-quyen-2-cap'],
  ['typo', 'dai hoi chi bo 5 nam 1 lan thi diem tu khi nao', 'chi-bo-5-nam'],
  ['typo', 'dhxiv hop ngay nao', 'dai-hoi-xiv'],
  ['typo', 'nhung van ban thay doi sau hoi nghi quan triet thang 10 nam 2024', 'thay-doi'],
  ['typo', 'ket qua dh dang bo cac cap nk 2025 2030 duoc danh gia ra sao', 'ket-qua'],
  [
    'typo',
    'dai hoi chi bo dang phai lam may noi dung, cho minh hoi lai la co bao nhieu noi dung chinh',
    'noi-dung',
  ],
  ['en', 'What are the four items a Vietnamese party cell congress must cover?', 'noi-dung'],
  [
    'en',
    'Which two reports does a cell committee submit to its congress, for a Malaysian reader?',
    'van-kien',
  ],
  ['en', 'How should a grassroots party organisation prepare its congress?', 'chuan-bi'],
  ['en', 'What principles must guide the holding of a party congress in Vietnam?', 'nguyen-tac'],
  [
    'en',
    'When were cells under a grassroots committee supposed to hold their congresses in 2025?',
    'lich-trinh',
  ],
  ['en', 'How were pilot congresses chosen in the district?', 'dai-hoi-diem'],
  ['en', 'On what standards are members of a new Vietnamese party committee chosen?', 'nhan-su'],
  [
    'en',
    "A colleague in Kuala Lumpur asks what the Hai Ba Trung district's 27th Party Congress was organised toward.",
    'dai-hoi-quan',
  ],
  ['en', 'What parts and appendices does the 2024 Politburo directive on congresses contain?', 'chi-thi-35'],
  [
    'en',
    'Which documents have changed since the October 2024 dissemination conference in Hai Ba Trung?',
    'thay-doi',
  ],
  [
    'en',
    'As a Malaysian official I wonder: when did Vietnam move to two-level local government?',
    'chinh-quyen-2-cap',
  ],
  ['en', 'How often do party cells now hold congresses?', 'chi-bo-5-nam'],
  [
    'en',
    "For my ministry's briefing note: on which dates in January 2026 did the Vietnamese Communist Party hold its 14th National Congress?",
    'dai-hoi-xiv',
  ],
  ['en', 'Which documents does your bot draw on for the 2025-2030 party congresses?', 'tai-lieu'],
  ['en', 'Were the 2025-2030 party congresses at all levels completed successfully?', 'ket-qua'],
  [
    'en',
    'How often do cells hold congresses now — I mean, is it once or twice every five years?',
    'chi-bo-5-nam',
  ],
  [
    'fact',
    'Đại hội chi bộ nhiệm kỳ này gồm những nội dung gì, nói cách khác chi bộ phải làm những việc gì tại đại hội?',
    'noi-dung',
  ],
  [
    'fact',
    'Bao giờ thì hết hạn đại hội chi bộ cơ sở, tức là hạn chót phải tổ chức xong là ngày nào?',
    'lich-trinh',
  ],
  [
    'fact',
    'Đại hội XIV tổ chức khi nào, hay nói khác là Đại hội đại biểu toàn quốc mới nhất họp những ngày nào?',
    'dai-hoi-xiv',
  ],
  ['lookalike', 'Đại hội công đoàn công ty dệt may năm nay bầu ban chấp hành mấy người?', null],
  ['lookalike', 'Hội nghị người lao động của xưởng nhuộm cần chuẩn bị những gì?', null],
  ['lookalike', 'Đại hội đồng cổ đông thường niên công ty dệt họp vào tháng mấy?', null],
  ['lookalike', 'Thuốc nhuộm hoạt tính pha tỷ lệ bao nhiêu cho vải cotton?', null],
  ['lookalike', 'Công nhân nhuộm làm ca đêm được phụ cấp bao nhiêu phần trăm?', null],
  ['lookalike', 'Xưởng nhuộm xả nước thải vượt chuẩn bị phạt thế nào?', null],
  ['lookalike', 'Hội nghị khách hàng của tổng công ty dệt tổ chức ở đâu?', null],
  ['lookalike', 'Đại hội Đoàn thanh niên công ty may nhiệm kỳ mới khi nào?', null],
  ['lookalike', 'Chi đoàn xưởng nhuộm tổ chức đại hội chi đoàn cần những báo cáo gì?', null],
  ['lookalike', 'Hội thao công nhân dệt may toàn ngành có môn kéo co không?', null],
  ['lookalike', 'Bán hàng rong trên vỉa hè có cần giấy chứng nhận an toàn thực phẩm không?', null],
  ['lookalike', 'Giá thịt lợn hôm nay ở chợ đầu mối bao nhiêu một cân?', null],
  ['lookalike', 'Hội tiểu thương chợ phường tổ chức đại hội hội viên thế nào?', null],
  ['lookalike', 'Quán bún của tôi bị phường nhắc lấn chiếm vỉa hè, phạt bao nhiêu?', null],
  ['lookalike', 'Đăng ký hộ kinh doanh quán ăn nhỏ ở phường mới cần giấy tờ gì?', null],
  ['lookalike', 'Nấu nước dùng phở bao lâu thì ngọt xương?', null],
  ['lookalike', 'Đại hội ẩm thực đường phố Hà Nội năm nay tổ chức ở đâu?', null],
  ['lookalike', 'Quán ăn nộp thuế khoán mỗi tháng bao nhiêu?', null],
  ['lookalike', 'Thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu ở phường mới là gì?', null],
  ['lookalike', 'Bảng giá đất của thành phố năm nay tăng bao nhiêu?', null],
  ['lookalike', 'Tranh chấp ranh giới thửa đất giữa hai hộ thì phường hòa giải thế nào?', null],
  ['lookalike', 'Kỳ họp Hội đồng nhân dân phường mới sau sáp nhập có những nội dung gì?', null],
  ['lookalike', 'Cán bộ địa chính phường dôi dư sau sắp xếp được hưởng chế độ gì?', null],
  ['lookalike', 'Con dấu mới của ủy ban nhân dân phường sau sáp nhập dùng từ ngày nào?', null],
  ['lookalike', 'Hội nghị tiếp xúc cử tri của đại biểu Quốc hội ở phường tôi lúc nào?', null],
  ['lookalike', 'Phần mềm cơ sở dữ liệu đất đai bị lỗi đồng bộ thì báo ai?', null],
  ['lookalike', 'Đại hội Hội Cựu chiến binh phường nhiệm kỳ mới bầu mấy ủy viên?', null],
  ['lookalike', 'Đại hội Hội Liên hiệp Phụ nữ phường tổ chức trong bao lâu?', null],
  ['lookalike', 'Đại hội đại biểu Mặt trận Tổ quốc xã phường nhiệm kỳ tới khi nào?', null],
  ['lookalike', 'Đại hội Hội Nông dân xã năm nay có những nội dung gì?', null],
  ['lookalike', 'Đại hội thể dục thể thao phường có những môn thi nào?', null],
  ['lookalike', 'Đại hội cháu ngoan Bác Hồ của trường tiểu học con tôi tổ chức ngày nào?', null],
  ['lookalike', 'Hội nghị khoa học ngành dệt nhuộm năm nay nhận bài đến khi nào?', null],
  ['lookalike', 'Hội nghị Diên Hồng diễn ra năm nào, dưới triều vua nào?', null],
  ['lookalike', 'Đại hội lần thứ nhất của Đảng họp ở Ma Cao năm nào?', null],
  ['lookalike', 'Đảng phí của đảng viên bán hàng tự do tính thế nào?', null],
  ['lookalike', 'Chuyển sinh hoạt đảng tạm thời khi đi làm xa cần thủ tục gì?', null],
  ['lookalike', 'Kết nạp đảng cho công nhân nhuộm trẻ cần những điều kiện gì?', null],
  ['lookalike', 'Đánh giá xếp loại đảng viên cuối năm nay có gì mới?', null],
  ['lookalike', 'Sinh hoạt chi bộ hằng tháng nên chọn chuyên đề gì cho xưởng?', null],
  ['lookalike', 'Huy hiệu 40 năm tuổi Đảng được tặng vào dịp nào?', null],
  ['lookalike', 'Đảng viên lớn tuổi xin miễn sinh hoạt chi bộ làm đơn thế nào?', null],
  ['lookalike', 'Ai được bầu làm bí thư đảng ủy phường tôi sau đại hội?', null],
  ['lookalike', 'Tiền thuê hội trường và hoa trang trí đại hội chi bộ lấy từ nguồn nào?', null],
  ['lookalike', 'Phông nền đại hội chi bộ in kích thước bao nhiêu thì đẹp?', null],
  ['lookalike', 'UMNO general assembly — when is it held this year?', null],
  ['lookalike', 'When is the next Malaysian general election expected?', null],
  ['lookalike', 'How do I apply for a Vietnamese business visa from Kuala Lumpur?', null],
  ['lookalike', 'Is there an ASEAN civil service cooperation meeting in Hanoi this year?', null],
  ['lookalike', 'What is the exchange rate between the ringgit and the dong today?', null],
  ['lookalike', 'Which halal restaurants are near Hoan Kiem Lake?', null],
  ['lookalike', 'Who won the most recent Barisan Nasional party election?', null],
  ['lookalike', 'Can you recommend a good pho stall near my hotel?', null],
  ['lookalike', 'Đại hội Đảng Cộng sản Trung Quốc lần tới vào năm nào?', null],
  ['lookalike', 'Cuối tuần này Hà Nội mưa không để em dọn hàng sớm?', null],
  ['lookalike', 'Bot ơi cài đặt lại mật khẩu Telegram thế nào?', null],
  ['lookalike', 'Ký số văn bản bằng USB token bị lỗi chứng thư thì làm sao?', null],
  ['lookalike', 'Lương hưu của công nhân dệt nghỉ năm nay được tính thế nào?', null],
  ['lookalike', 'Tiêm phòng cúm cho người bán đồ ăn ở đâu rẻ?', null],
  [
    'lookalike',
    'Con tôi thi vào lớp 10 năm nay có mấy môn? Tức là kỳ thi tuyển sinh lớp 10 thi những môn gì?',
    null,
  ],
  [
    'lookalike',
    'Mua bảo hiểm y tế hộ gia đình cho người bán hàng rong ở đâu, hay nói cách khác đóng bảo hiểm y tế tự nguyện chỗ nào?',
    null,
  ],
  ['lookalike', 'Biên bản họp tổ sản xuất xưởng nhuộm viết theo mẫu nào?', null],
  ['lookalike', 'Đại hội võ thuật cổ truyền toàn quốc lần tới tổ chức ở tỉnh nào vậy?', null],
];

export const NEWSET114: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
