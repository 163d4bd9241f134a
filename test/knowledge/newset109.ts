/**
 * The one hundred and ninth new evaluation set (issue 11, point 6), written on 2026-12-04 from 20:13 UTC
 * (committed in the commit "Eval: newset109, the one hundred and ninth unseen set") by a helper (set109)
 * that never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample questions,
 * keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of newset35.ts
 * (the lines before `const items`) and its last line, the part of newset.ts before `const items`,
 * newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under src/, bench/ or config/,
 * no README, no git log, diff or show, and no other set's or pool's items (questions.ts, heldout.ts,
 * fresh.ts, pool*.ts and every other newset*.ts past its header) were read. Its users are imagined
 * as the secretary of a party cell at a city bus depot, a member who sells insurance, a member who
 * is a university lecturer in history, an Australian teacher who writes in English, and a member who
 * asks in the negative ("không phải là … à?"); with the out-of-scope messages such users send
 * (other organisations' congresses and meetings: the bus company's trade union congress, workers'
 * conferences and safety briefings at the depot, the transport company's Youth Union congress, a
 * workers' sports games, a safe-driving contest, an insurer's customer conference, its top-agent
 * award congress and year-end business review, an insurer's shareholders' meeting, a university's
 * staff conference, the Australian Education Union, a parent-teacher conference night, a Vietnamese
 * students' association AGM in Melbourne, the Communist Party of Australia, a youth union cell, the
 * Farmers' Union, the Red Cross, a study-promotion association branch, a veterans' association, the
 * Women's Union, the city Federation of Labour, the Vietnam Students' Association, the Lao People's
 * Revolutionary Party, the UN General Assembly, a residents' group meeting, an apartment building
 * owners' conference, voters' meetings with People's Council deputies, the National Assembly
 * election's consultative conference, an investment promotion conference; other senses of "đại
 * hội" and "hội nghị": a martial arts games, history (the Party's first congress in Macau, the 2nd
 * and 6th congresses, the 8th plenum of 1941, the Tours congress, the Geneva conference), a
 * history faculty's seminar, a master's thesis committee, the professors' council, course credits
 * and textbooks, an ANZAC Day school assembly; other party business the pack does not cover:
 * admission and its ceremony, awareness classes, dues, a secretary's allowance, monthly cell
 * meetings and their themes, a cell's outing budget, a thematic resolution on digital change,
 * members working abroad or as freelance agents, a lost party card, a member's own yearly
 * self-review, the inspection committee's yearly supervision, who a university committee elected;
 * the users' own work and daily life: bus traffic fines, the depot's Tết roster, voluntary social
 * insurance, agents' commissions, selling insurance to comrades, accident insurance for delegates,
 * pensions, work visas, opening hours, a wedding speech), and seventeen documents the pack does
 * not hold (Party regulations, directives, conclusions, guidance, a plan, a dispatch, a notice and
 * a Government decree).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset109.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, the money a congress may
 * spend, which cells the five-yearly pilot covers, the contents of Guidance 27-HD/BTCTW, membership
 * figures) were left out, not guessed.
 * Engine changes reached main after its writer began: 620cd44 ('mấy bản' narrowed to copies
 * printed, founding a grassroots party organisation as other party business), 719715f (a law named
 * by its number, a maintenance team absent) and the word prior relearned with newset106 to
 * newset108; its writer saw none of them. It was measured once, at 20:38 UTC on main c504566
 * (`node --expose-gc dist/bench/qa.js`, load 2.55): qa_new_top1 99.4 %, qa_new_oos_refused 98.6 %
 * (1 in-scope miss, 1 lookalike answered; qa_p99_us 297.9 in that run, p50 66.2). Its misses were
 * listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  [
    'doc',
    'Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị giờ còn dùng để tổ chức đại hội được nữa không, thưa đồng chí?',
    'doc:ct-35-2024',
  ],
  ['typo', 'chi thi 35 nam 2024 cua bo chinh tri con hieu luc ko vay ad', 'doc:ct-35-2024'],
  [
    'en',
    'Is Directive 35 from June 2024 still what party units follow when they hold a congress?',
    'doc:ct-35-2024',
  ],
  [
    'doc',
    'CT35/2024 không phải là vẫn đang áp dụng cho đại hội chi bộ xí nghiệp xe buýt à?',
    'doc:ct-35-2024',
  ],
  [
    'doc',
    'Kết luận số 118-KL/TW ngày 18/01/2025 điều chỉnh những gì của chỉ thị về đại hội?',
    'doc:kl-118-2025',
  ],
  ['typo', 'kl118 ai ký ban hành vậy đồng chí, tôi tra mãi không thấy', 'doc:kl-118-2025'],
  ['en', 'What did Conclusion 118-KL/TW amend, and does it still apply today?', 'doc:kl-118-2025'],
  ['doc', 'Không phải là kết luận 118 vẫn còn hiệu lực đến hết nhiệm kỳ à?', 'doc:kl-118-2025'],
  [
    'doc',
    'Chỉ thị 45-CT/TW của Bộ Chính trị ban hành ngày nào và thay thế những văn bản gì?',
    'doc:ct-45-2025',
  ],
  ['typo', 'chỉ thi so 45 con hieu luc khong a, chi bo depot can biet', 'doc:ct-45-2025'],
  ['en', 'Directive No. 45 of April 2025: what did it replace?', 'doc:ct-45-2025'],
  ['doc', 'CT-45 không phải là chỉ bổ sung thêm cho văn bản cũ thôi à?', 'doc:ct-45-2025'],
  ['doc', 'Kết luận 200-KL/TW ngày 17/10/2025 đánh giá đại hội đảng bộ các cấp ra sao?', 'doc:kl-200-2025'],
  ['typo', 'kl 200 cua bo chinh tri va ban bi thu noi gi ve dai hoi vay', 'doc:kl-200-2025'],
  [
    'en',
    'My Year 12 class wants to know: what does Conclusion 200 record about how the congresses went?',
    'doc:kl-200-2025',
  ],
  ['doc', 'KL200 có yêu cầu kiện toàn các chức danh chính quyền sau đại hội không?', 'doc:kl-200-2025'],
  [
    'doc',
    'Hướng dẫn số 27-HD/BTCTW ngày 26/8/2024 của Ban Tổ chức Trung ương hướng dẫn những nội dung gì?',
    'doc:hd-27-2024',
  ],
  ['typo', 'hd27 btctw co noi ve ho so nhan su cap uy khong', 'doc:hd-27-2024'],
  ['en', 'Where can I read Guidance 27-HD/BTCTW from the Central Organisation Commission?', 'doc:hd-27-2024'],
  ['doc', 'Hướng dẫn 18-HD/BTCTU của Ban Tổ chức Thành ủy Hà Nội ra ngày nào?', 'doc:hd-18-2024'],
  ['typo', 'huong dan so 18 cua btc thanh uy ha noi con dung duoc khong', 'doc:hd-18-2024'],
  ['en', 'Who issued Guidance 18 of October 2024 in Hanoi?', 'doc:hd-18-2024'],
  ['doc', 'HD18/BTCTU hướng dẫn kế hoạch nào của Thành ủy vậy đồng chí?', 'doc:hd-18-2024'],
  [
    'doc',
    'Kế hoạch số 258-KH/TU ngày 15/7/2024 của Thành ủy Hà Nội, chi bộ depot tôi cần đọc phần nào?',
    'doc:kh-258-2024',
  ],
  ['typo', 'kh258 thanh uy ban hanh thang may nam 2024', 'doc:kh-258-2024'],
  ['en', "What is the Hanoi Party Committee's Plan 258 about?", 'doc:kh-258-2024'],
  [
    'doc',
    'Kế hoạch 203-KH/QU của Quận ủy Hai Bà Trưng còn áp dụng sau khi bỏ cấp quận không?',
    'doc:kh-203-2024',
  ],
  ['typo', 'ke hoach so 203 quan uy hbt ban hanh ngay bao nhieu', 'doc:kh-203-2024'],
  ['en', 'Plan 203-KH/QU of Hai Ba Trung district: what was it for?', 'doc:kh-203-2024'],
  ['doc', 'KH 203 của quận không phải là hết tác dụng rồi à?', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết số 26-NQ/TW ngày 19/5/2018 về cán bộ do cơ quan nào ban hành?', 'doc:nq-26-2018'],
  ['typo', 'nq26 nam 2018 con duoc dung khi chon nhan su cap uy khong', 'doc:nq-26-2018'],
  ['en', 'Resolution 26 of May 2018: why does it matter for choosing committee members?', 'doc:nq-26-2018'],
  ['doc', 'Quy định 89-QĐ/TW năm 2017 về tiêu chuẩn cán bộ có còn hiệu lực không?', 'doc:qd-89-2017'],
  ['typo', 'qd89 bi thay the boi van ban nao roi', 'doc:qd-89-2017'],
  ['en', 'Is Regulation 89 on cadre standards still valid in 2026?', 'doc:qd-89-2017'],
  ['doc', 'Không phải là Quy định số 89 vẫn là chuẩn để chọn cấp ủy à?', 'doc:qd-89-2017'],
  ['doc', 'Quy định 365-QĐ/TW ngày 30/8/2025 của Bộ Chính trị quy định về vấn đề gì?', 'doc:qd-365-2025'],
  ['typo', 'QĐ 365 thay cho quy dinh nao vay dong chi', 'doc:qd-365-2025'],
  ['en', 'Regulation No. 365 of the Politburo: what does it cover?', 'doc:qd-365-2025'],
  [
    'doc',
    'Quy định số 14-QĐ/TU của Ban Thường vụ Thành ủy về tiêu chí đánh giá cán bộ ban hành khi nào?',
    'doc:qd-14-2023',
  ],
  ['typo', 'qd14 cua thanh uy ha noi nam 2023 danh gia can bo theo tieu chi gi', 'doc:qd-14-2023'],
  ['en', "The Hanoi Standing Board's Regulation 14: what is it about?", 'doc:qd-14-2023'],
  [
    'doc',
    'Quy định 2656-QĐ/QU ngày 13/11/2023 của Ban Thường vụ Quận ủy còn dùng được không?',
    'doc:qd-2656-2023',
  ],
  ['typo', 'qd2656 cua btv quan uy hai ba trung noi ve tieu chi gi', 'doc:qd-2656-2023'],
  ['en', 'Regulation 2656 of the district Standing Board: is it still relevant now?', 'doc:qd-2656-2023'],
  [
    'doc',
    'Quy định số 1216-QĐ/QU ngày 06/4/2022 về quy hoạch cán bộ, bên bảo hiểm chúng tôi có phải theo không?',
    'doc:qd-1216-2022',
  ],
  ['typo', 'ra soat quy hoach can bo theo qd 1216 la the nao', 'doc:qd-1216-2022'],
  ['en', 'What is Regulation 1216-QĐ/QU on cadre planning?', 'doc:qd-1216-2022'],
  [
    'doc',
    'Quy định 294-QĐ/TW thí điểm đại hội chi bộ, tôi cần trích dẫn cho bài giảng: hiệu lực từ ngày nào?',
    'doc:qd-294-2025',
  ],
  ['typo', 'qd294 ap dung cho chi bo tu khi nao vay', 'doc:qd-294-2025'],
  ['en', 'Who issued Regulation 294 of May 2025?', 'doc:qd-294-2025'],
  ['doc', 'Không phải quy định 294 là do Ban Bí thư ban hành à?', 'doc:qd-294-2025'],
  ['doc', 'Chỉ thị 35-CT/TW ngày 30/5/2019 là văn bản gì, có dùng cho nhiệm kỳ này không?', 'doc:ct-35-2019'],
  ['typo', 'chi thi 35 nam 2019 huong toi dai hoi may cua dang', 'doc:ct-35-2019'],
  ['en', 'The 2019 Directive 35: which national congress was it for?', 'doc:ct-35-2019'],
  ['doc', 'CT35 năm 2019 không phải là đã hết dùng từ lâu rồi à?', 'doc:ct-35-2019'],
  [
    'doc',
    'Hướng dẫn 26-HD/BTCTW ngày 18/10/2019 có còn áp dụng cho đại hội nhiệm kỳ 2025-2030 không?',
    'doc:hd-26-2019',
  ],
  ['typo', 'hd26 nam 2019 chi bo xe buyt con lay ra dung duoc ko', 'doc:hd-26-2019'],
  ['en', 'Guidance 26-HD/BTCTW of October 2019: can our cell still use it?', 'doc:hd-26-2019'],
  ['unknown-doc', 'Quy định 232-QĐ/TW về bầu cử trong Đảng có gì mới so với trước?', 'unknown-doc'],
  [
    'unknown-doc',
    'Đồng chí tra giúp Chỉ thị 28-CT/TW của Ban Bí thư về công tác tư tưởng với.',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kết luận 150-KL/TW hướng dẫn gì về nhân sự cấp ủy?', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị quyết 57-NQ/TW về khoa học công nghệ có bắt chi bộ đưa vào báo cáo chính trị không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Quy định 22-QĐ/TW năm 2021 về công tác kiểm tra, giám sát nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 12-HD/BTCTW về đại hội chi bộ tìm ở đâu được?', 'unknown-doc'],
  [
    'unknown-doc',
    'Kế hoạch 81-KH/ĐU của Đảng ủy Tổng công ty Vận tải về đại hội chi bộ xí nghiệp buýt có trong bot không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Quy định 96-QĐ/TW về lấy phiếu tín nhiệm áp dụng thế nào ở chi bộ?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 137-KL/TW về sắp xếp đơn vị hành chính nói những gì?', 'unknown-doc'],
  [
    'unknown-doc',
    'Công văn 1028-CV/ĐU của đảng ủy trường về nhân sự đại hội có hiệu lực không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Thông báo 47-TB/TW của Ban Bí thư thông báo về việc gì?', 'unknown-doc'],
  ['unknown-doc', 'Do you have Directive 12-CT/TW? A colleague in Hanoi mentioned it.', 'unknown-doc'],
  ['unknown-doc', 'What does Regulation 190-QĐ/TW say about party congresses?', 'unknown-doc'],
  ['unknown-doc', 'Nghị định 33/2023/NĐ-CP về cán bộ cấp xã còn hiệu lực không đồng chí?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 01-HD/TW thi hành Điều lệ Đảng có mục nào về đại hội chi bộ?', 'unknown-doc'],
  [
    'unknown-doc',
    'Quy định số 24-QĐ/TW thi hành Điều lệ Đảng nói đại hội chi bộ mấy năm một lần?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Không phải là có Kết luận 210-KL/TW mới ra về đại hội rồi à?', 'unknown-doc'],
  ['fact', 'Đại hội chi bộ ở depot xe buýt chúng tôi phải có mấy nội dung chính?', 'noi-dung'],
  [
    'fact',
    'Đại hội chi bộ bên bảo hiểm chúng tôi có phải bầu đoàn đại biểu đi dự đại hội đảng bộ cấp trên không?',
    'noi-dung',
  ],
  ['fact', 'Cấp ủy chi bộ chúng tôi phải trình đại hội những báo cáo chủ yếu nào?', 'van-kien'],
  [
    'fact',
    'Tôi giảng cho học viên: báo cáo kiểm điểm của cấp ủy phải có tính chiến đấu được hiểu là gì?',
    'van-kien',
  ],
  [
    'fact',
    'Trong hai báo cáo trình đại hội chi bộ depot, báo cáo chính trị có phải là báo cáo trung tâm không?',
    'van-kien',
  ],
  [
    'fact',
    'Chi bộ xí nghiệp buýt trước đại hội cần thành lập những tổ giúp việc nào, mỗi tổ lo việc gì?',
    'chuan-bi',
  ],
  [
    'fact',
    'Hội nghị quán triệt văn bản đại hội ở cơ sở bắt buộc họp trực tiếp, hay đại lý bảo hiểm như tôi họp online cũng được?',
    'chuan-bi',
  ],
  ['fact', 'Tổ chức đại hội đảng phải theo nguyên tắc nào là quan trọng nhất?', 'nguyen-tac'],
  ['fact', 'Đại hội có được tổ chức hoành tráng không hay phải tiết kiệm, chống lãng phí?', 'nguyen-tac'],
  [
    'fact',
    'Ban Thường vụ Quận ủy chọn những loại tổ chức đảng nào làm đại hội điểm đầu quý I/2025, để tôi đưa vào giáo án?',
    'dai-hoi-diem',
  ],
  ['fact', 'Quy hoạch cán bộ có cần rà soát, bổ sung trước đại hội nhiệm kỳ 2025-2030 không?', 'nhan-su'],
  [
    'fact',
    'Đại hội đảng bộ quận Hai Bà Trưng mà các chi bộ tiến tới là đại hội lần thứ mấy?',
    'dai-hoi-quan',
  ],
  ['fact', 'Quận Hai Bà Trưng bây giờ còn là một cấp chính quyền không?', 'chinh-quyen-2-cap'],
  ['fact', 'Chi bộ bây giờ bao lâu mới đại hội một lần?', 'chi-bo-5-nam'],
  ['fact', 'Trước khi thí điểm, Điều lệ quy định đại hội chi bộ mấy lần trong 5 năm?', 'chi-bo-5-nam'],
  ['fact', 'Đại hội đại biểu toàn quốc lần thứ XIV kéo dài từ ngày nào đến ngày nào?', 'dai-hoi-xiv'],
  ['fact', 'Bot trả lời về đại hội dựa trên những văn bản nào?', 'tai-lieu'],
  [
    'fact',
    'Cho tôi danh mục các văn bản về đại hội nhiệm kỳ 2025-2030 và tình trạng của từng văn bản.',
    'tai-lieu',
  ],
  ['fact', 'Từ sau hội nghị quán triệt của quận tháng 10/2024 đến nay có những mốc thay đổi gì?', 'thay-doi'],
  [
    'fact',
    'Theo đánh giá của Trung ương, đợt đại hội đảng bộ các cấp nhiệm kỳ 2025-2030 có diễn ra đúng kế hoạch đã đề ra không?',
    'ket-qua',
  ],
  ['fact', 'Sau đợt đại hội, Bộ Chính trị và Ban Bí thư yêu cầu các cấp ủy làm gì tiếp?', 'ket-qua'],
  ['fact', 'Chỉ thị năm 2024 của Bộ Chính trị về đại hội đảng bộ các cấp có mấy yêu cầu?', 'chi-thi-35'],
  [
    'fact',
    'Chỉ thị về đại hội mà Bộ Chính trị ban hành tháng 6/2024 có mấy phần, mấy phụ lục?',
    'chi-thi-35',
  ],
  [
    'fact',
    'Việc giới thiệu nhân sự cấp ủy khóa mới phải quán triệt nghị quyết nào của Trung ương?',
    'nhan-su',
  ],
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở như chi bộ depot của tôi phải đại hội xong trong tháng nào?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở của công ty bảo hiểm được bắt đầu đại hội từ tháng mấy năm 2025?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở của trường đại học tổ chức đại hội khi nào, trước hay sau các chi bộ trực thuộc?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng bộ cơ sở tổ chức đại hội đảng viên hay đại hội đại biểu thì hạn chót là ngày nào?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng bộ cơ sở của tổng công ty vận tải phải chọn mấy chi bộ trực thuộc để chỉ đạo đại hội điểm?',
    'dai-hoi-diem',
  ],
  ['unit', 'Chi bộ cơ sở có được chọn làm đại hội điểm cấp quận không?', 'dai-hoi-diem'],
  ['unit', 'Không phải là chi bộ cơ sở phải đại hội xong trong quý I/2025 à?', 'lich-trinh'],
  ['unit', 'Chi bộ trực thuộc trong đảng bộ công ty bảo hiểm bắt đầu đại hội từ lúc nào?', 'lich-trinh'],
  ['unit', 'Đảng bộ khối hành chính sự nghiệp có đơn vị nào được làm đại hội điểm không?', 'dai-hoi-diem'],
  [
    'unit',
    'By what date did a grassroots party committee, say at a university, have to finish its congress?',
    'lich-trinh',
  ],
  ['en', 'For my class in Perth: what are the four things a party cell congress has to do?', 'noi-dung'],
  ['en', 'Which two reports does the committee put before a party congress?', 'van-kien'],
  ['en', 'How should a party unit get ready for its congress, and which teams does it set up?', 'chuan-bi'],
  ['en', 'What principle must party committees follow above all when running a congress?', 'nguyen-tac'],
  [
    'en',
    "In what months were the district's pilot party congresses held, before the regular ones?",
    'dai-hoi-diem',
  ],
  [
    'en',
    'Which party rules did a cell follow when nominating people for its new committee in 2025?',
    'nhan-su',
  ],
  [
    'en',
    'I teach Vietnamese history in Adelaide: what was the 27th congress of the Hai Ba Trung district party?',
    'dai-hoi-quan',
  ],
  ['en', 'What does the 2024 Politburo directive on party congresses consist of?', 'chi-thi-35'],
  [
    'en',
    "Since the district's dissemination conference of 23 October 2024, what documents and structures have changed?",
    'thay-doi',
  ],
  ['en', 'After 1 July 2025, does Hanoi still have district-level government at all?', 'chinh-quyen-2-cap'],
  [
    'en',
    'Under the new pilot rule, how many years apart will a party cell hold its congresses?',
    'chi-bo-5-nam',
  ],
  ['en', 'When exactly did the 14th National Party Congress take place?', 'dai-hoi-xiv'],
  ['en', 'Before I quote you in a lesson: which party documents are your answers based on?', 'tai-lieu'],
  ['en', 'Have all the 2025–2030 party congresses been completed now?', 'ket-qua'],
  ['en', "Isn't it true that party cells still hold congresses twice every five years?", 'chi-bo-5-nam'],
  [
    'en',
    'My students asked: when must a cell under a grassroots committee finish its congress?',
    'lich-trinh',
  ],
  [
    'offword',
    'Sáng nay xe tuyến 34 hỏng điều hòa, tranh thủ hỏi: báo cáo kiểm điểm cấp ủy phải nêu những gì?',
    'van-kien',
  ],
  [
    'offword',
    'Vừa chốt xong hợp đồng bảo hiểm cho khách, cho tôi hỏi đại hội chi bộ gồm những nội dung gì?',
    'noi-dung',
  ],
  [
    'offword',
    'Mai tôi dạy tiết Lịch sử Đảng cho sinh viên, nhân tiện hỏi Đại hội XIV họp từ ngày nào đến ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Đang trực ca đêm ở bãi đỗ xe, hỏi chút: tổ văn kiện, tổ nhân sự lập ra để làm gì?',
    'chuan-bi',
  ],
  [
    'offword',
    'Khách hàng vừa hủy hợp đồng, buồn quá, nhưng cho hỏi đại hội có phải chống phô trương, lãng phí không?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Sinh viên tôi hỏi khó quá: thí điểm đại hội chi bộ 5 năm một lần áp dụng từ ngày nào?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Trời mưa to tắc đường, hỏi nhanh: cấp quận còn hay đã bỏ từ tháng 7/2025?',
    'chinh-quyen-2-cap',
  ],
  ['offword', 'Giá xăng lại lên rồi; mà đại hội các cấp nhiệm kỳ này xong hết chưa đồng chí?', 'ket-qua'],
  [
    'offword',
    'Con tôi đang ôn thi nên tôi hỏi hộ chi bộ: chọn nhân sự cấp ủy khóa mới dựa vào tiêu chuẩn nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Hết giờ lên lớp, tôi muốn hỏi đại hội điểm ở chi bộ trực thuộc làm vào tháng 12/2024 phải không?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Xe buýt điện mới về depot đẹp lắm; đồng chí cho hỏi từ hội nghị quán triệt đến giờ văn bản về đại hội thay đổi những gì?',
    'thay-doi',
  ],
  [
    'offword',
    'Đang soạn slide cho khách mua bảo hiểm, hỏi xen: bot dùng những văn bản nào về đại hội?',
    'tai-lieu',
  ],
  ['typo', 'dh cb gom may nd chinh vay ad', 'noi-dung'],
  ['typo', 'bc chinh tri va bc kiem diem cua cap uy khac nhau ntn', 'van-kien'],
  ['typo', 'chi bo depot thanh lap to nhan su, to van kien, to to chuc phuc vu dh de lam j vay', 'chuan-bi'],
  ['typo', 'nguyen tac tap trung dan chu khi cb to chuc dh phai the hien the nao', 'nguyen-tac'],
  ['typo', 'dh diem cua dbcs chon 1 chi bo truc thuoc lam trong thang may nam 2024', 'dai-hoi-diem'],
  ['typo', 'CBCS phai xong dh truoc ngay nao a', 'lich-trinh'],
  ['typo', 'chinh quyen 2 cap van hanh tu ngay bn', 'chinh-quyen-2-cap'],
  ['typo', 'đại hôi 14 toàn quốc của đảng khai mạc bế mạc ngày nào vậy ad', 'dai-hoi-xiv'],
  ['typo', 'đại hội chi bộ giờ 5 năm mấy lần hả ad', 'chi-bo-5-nam'],
  ['typo', 'kl cua tw ve ket qua dai hoi cac cap nk 2025-2030 danh gia the nao', 'ket-qua'],
  ['typo', 'tu sau hoi nghi quan triet 23/10/2024 cua quan uy den nay co nhung moc thay doi nao', 'thay-doi'],
  ['typo', 'ds van ban ve dh nk 2025 2030', 'tai-lieu'],
  ['typo', 'chỉ thi năm 2024 về đai hội đảng bộ các cấp có mấy phụ lục', 'chi-thi-35'],
  ['typo', 'dh dang bo quan hbt lan thu XXVII nk 2025-2030 la dh gi, to chuc theo kh cua ai', 'dai-hoi-quan'],
  ['fact', 'Không phải là đại hội chỉ cần bầu Ban Chấp hành là đủ à?', 'noi-dung'],
  ['fact', 'Không phải là báo cáo chính trị chỉ cần nêu thành tích thôi à?', 'van-kien'],
  ['fact', 'Không phải là đại hội điểm làm sau khi các chi bộ đại hội xong à?', 'dai-hoi-diem'],
  ['fact', 'Không phải là cấp huyện vẫn còn sau tháng 7/2025 à?', 'chinh-quyen-2-cap'],
  ['fact', 'Không phải là Đại hội XIV họp vào tháng 2/2026 à?', 'dai-hoi-xiv'],
  ['fact', 'Không phải là đại hội các cấp nhiệm kỳ 2025-2030 còn đang dở dang à?', 'ket-qua'],
  ['fact', 'Không phải là hội nghị quán triệt văn bản đại hội chỉ được họp trực tuyến à?', 'chuan-bi'],
  ['fact', 'Không phải là đại hội phải tổ chức linh đình cho xứng tầm à?', 'nguyen-tac'],
  [
    'two-part',
    'Đại hội chi bộ xí nghiệp buýt gồm mấy nội dung, và cấp ủy chi bộ phải trình những báo cáo chủ yếu nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ trực thuộc như depot tôi đại hội trong thời gian nào, còn đại hội điểm của đảng bộ cơ sở làm tháng nào?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Cho sinh viên tôi hỏi: Đại hội XIV họp những ngày nào, và đại hội đảng bộ các cấp nhiệm kỳ 2025-2030 đã xong hết chưa?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Chuẩn bị đại hội cần lập những tổ nào, và phải giữ những nguyên tắc gì?',
    'chuan-bi+nguyen-tac',
  ],
  [
    'two-part',
    'Chọn nhân sự cấp ủy khóa mới theo tiêu chuẩn nào, và giờ chi bộ mấy năm đại hội một lần?',
    'nhan-su+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Cấp huyện bỏ từ khi nào, và đại hội đảng bộ quận Hai Bà Trưng là lần thứ mấy?',
    'chinh-quyen-2-cap+dai-hoi-quan',
  ],
  [
    'two-part',
    'Có gì thay đổi từ sau hội nghị quán triệt, và bot dựa vào những văn bản nào?',
    'thay-doi+tai-lieu',
  ],
  [
    'two-part',
    'Chỉ thị năm 2024 của Bộ Chính trị về đại hội có mấy phụ lục, và báo cáo chính trị phải đánh giá thế nào?',
    'chi-thi-35+van-kien',
  ],
  [
    'two-part',
    'Báo cáo kiểm điểm cần gì, và khi rà soát công tác chuẩn bị đại hội phải chú ý điều gì nhất?',
    'van-kien+chuan-bi',
  ],
  [
    'two-part',
    'Đại hội các cấp nhiệm kỳ 2025-2030 kết quả ra sao, và thí điểm đại hội chi bộ 5 năm một lần từ bao giờ?',
    'ket-qua+chi-bo-5-nam',
  ],
  [
    'two-part',
    'What are the four agenda items, and when did grassroots cells have to finish their congress?',
    'noi-dung+lich-trinh',
  ],
  [
    'two-part',
    'Đại hội điểm làm khi nào, và đại hội phải bảo đảm an toàn, thiết thực ra sao?',
    'dai-hoi-diem+nguyen-tac',
  ],
  [
    'two-part',
    'Nguyên tắc tập trung dân chủ trong đại hội là gì, và nhân sự cấp ủy phải theo quy định nào?',
    'nguyen-tac+nhan-su',
  ],
  ['lookalike', 'Đại hội công đoàn cơ sở xí nghiệp xe buýt nhiệm kỳ 2023-2028 cần chuẩn bị những gì?', null],
  ['lookalike', 'Hội nghị người lao động của xí nghiệp buýt đầu năm phải có những báo cáo nào?', null],
  ['lookalike', 'Lái xe buýt vượt đèn đỏ bị phạt bao nhiêu tiền theo quy định mới?', null],
  ['lookalike', 'Chi bộ xí nghiệp tổ chức đi tham quan nhân dịp 3/2 thì kinh phí lấy ở đâu?', null],
  ['lookalike', 'Đại hội thể thao công nhân ngành vận tải thành phố năm nay có môn kéo co không?', null],
  ['lookalike', 'Lịch trực Tết Nguyên đán của depot xe buýt Long Biên xếp thế nào?', null],
  ['lookalike', 'Hội thi lái xe an toàn cấp tổng công ty vận tải tổ chức vào tháng nào?', null],
  ['lookalike', 'Đại hội Đoàn thanh niên công ty vận tải nhiệm kỳ 2027-2032 bầu bao nhiêu ủy viên?', null],
  ['lookalike', 'Thủ tục kết nạp Đảng cho một công nhân lái xe buýt gồm những bước nào?', null],
  ['lookalike', 'Sinh hoạt chi bộ hằng tháng ở depot nên chọn chuyên đề gì cho hay?', null],
  ['lookalike', 'Công nhân lái xe lương 12 triệu thì đóng đảng phí bao nhiêu một tháng?', null],
  ['lookalike', 'Bí thư chi bộ ở xí nghiệp buýt có được hưởng phụ cấp trách nhiệm không?', null],
  ['lookalike', 'Họp giao ban an toàn giao thông quý I ở xí nghiệp cần lập biên bản theo mẫu nào?', null],
  ['lookalike', 'Hội nghị khách hàng của công ty bảo hiểm nhân thọ năm nay tổ chức ở khách sạn nào?', null],
  [
    'lookalike',
    'Đại hội vinh danh đại lý bảo hiểm xuất sắc năm nay có được đi du lịch Hàn Quốc không?',
    null,
  ],
  ['lookalike', 'Đóng bảo hiểm xã hội tự nguyện mức thấp nhất là bao nhiêu một tháng?', null],
  [
    'lookalike',
    'Đảng viên làm đại lý bảo hiểm tự do thì sinh hoạt đảng ở nơi cư trú hay nơi làm việc?',
    null,
  ],
  ['lookalike', 'Hoa hồng bán một hợp đồng bảo hiểm sức khỏe được tính thế nào?', null],
  ['lookalike', 'Có nên mua bảo hiểm tai nạn cho các đại biểu đi dự đại hội hội cựu giáo chức không?', null],
  ['lookalike', 'Hội nghị tổng kết kinh doanh cuối năm của chi nhánh bảo hiểm nên mời những ai?', null],
  ['lookalike', 'Đảng viên có được chào bán bảo hiểm cho các đồng chí trong chi bộ mình không?', null],
  [
    'lookalike',
    'Đại hội đồng cổ đông thường niên của Bảo Việt năm nay chia cổ tức bao nhiêu phần trăm?',
    null,
  ],
  ['lookalike', 'Đại hội đại biểu lần thứ nhất của Đảng họp ở Ma Cao vào năm nào?', null],
  [
    'lookalike',
    'Bài giảng về Đại hội VI năm 1986 nên nhấn mạnh những điểm nào của đường lối đổi mới toàn diện?',
    null,
  ],
  ['lookalike', 'Đại hội II của Đảng ở Tuyên Quang năm 1951 có quyết định gì đặc biệt?', null],
  ['lookalike', 'Hội nghị Trung ương 8 năm 1941 ở Pác Bó quyết định những vấn đề gì?', null],
  ['lookalike', 'Tại Đại hội Tours năm 1920, Nguyễn Ái Quốc bỏ phiếu tán thành điều gì?', null],
  ['lookalike', 'Hội nghị Giơ-ne-vơ năm 1954 lấy vĩ tuyến mấy làm giới tuyến quân sự tạm thời?', null],
  ['lookalike', 'Học phần Lịch sử Đảng cho sinh viên năm nhất hiện nay có mấy tín chỉ?', null],
  [
    'lookalike',
    'Hội thảo khoa học của khoa Lịch sử về Đại hội Đổi mới nhận tóm tắt báo cáo đến hạn nào?',
    null,
  ],
  ['lookalike', 'Hội đồng chấm luận văn thạc sĩ chuyên ngành Xây dựng Đảng cần mấy thành viên?', null],
  ['lookalike', 'Đại hội Đảng bộ trường đại học nhiệm kỳ 2020-2025 bầu ai làm bí thư đảng ủy?', null],
  ['lookalike', 'Hội nghị viên chức, người lao động trường đại học đầu năm học bàn những nội dung gì?', null],
  [
    'lookalike',
    'Hội đồng Giáo sư ngành Lịch sử xét công nhận đạt chuẩn phó giáo sư năm nay vào lúc nào?',
    null,
  ],
  ['lookalike', "When is the Australian Education Union's federal conference this year?", null],
  [
    'lookalike',
    "Our school's parent-teacher conference night is next week: how do I book interview slots?",
    null,
  ],
  [
    'lookalike',
    "I'm teaching Year 10 about the Vietnam War: when were the Paris Peace Accords signed?",
    null,
  ],
  [
    'lookalike',
    "What's on the agenda of the Vietnamese Students' Association annual general meeting in Melbourne?",
    null,
  ],
  ['lookalike', 'How do I get a work visa to teach English in Hanoi for a year?', null],
  ['lookalike', 'Does the Communist Party of Australia still hold a national congress?', null],
  ['lookalike', "What should the principal say at our school's ANZAC Day assembly?", null],
  ['lookalike', 'Which high school textbooks cover the 1986 Doi Moi reforms well?', null],
  [
    'lookalike',
    'Is there a professional development conference for history teachers in Sydney next term?',
    null,
  ],
  [
    'lookalike',
    'Không phải là đại hội chi đoàn thanh niên cũng phải góp ý vào văn kiện của Đoàn cấp trên à?',
    null,
  ],
  ['lookalike', 'Không phải là hội nghị tiếp xúc cử tri phải tổ chức trước mỗi kỳ họp HĐND à?', null],
  ['lookalike', 'Không phải là lương hưu được điều chỉnh tăng từ tháng 7 à?', null],
  ['lookalike', 'Không phải là đảng viên đi xuất khẩu lao động được tạm hoãn sinh hoạt đảng à?', null],
  ['lookalike', 'Không phải là đại hội Hội Cựu chiến binh phường cũng 5 năm mới họp một lần à?', null],
  ['lookalike', 'Không phải là hội nghị nhà chung cư phải có quá nửa số chủ hộ dự mới hợp lệ à?', null],
  ['lookalike', 'Đại hội Hội Nông dân xã nhiệm kỳ 2023-2028 bầu bao nhiêu ủy viên ban chấp hành?', null],
  ['lookalike', 'Đại hội Hội Chữ thập đỏ phường cần chuẩn bị những văn kiện gì?', null],
  ['lookalike', 'Đại hội chi hội Khuyến học tổ dân phố tổ chức vào dịp nào trong năm?', null],
  ['lookalike', 'Hội nghị hiệp thương lần thứ nhất bầu cử đại biểu Quốc hội khóa XVI diễn ra khi nào?', null],
  ['lookalike', 'Đại hội Liên đoàn Lao động thành phố Hà Nội lần thứ XVII họp vào ngày nào?', null],
  ['lookalike', 'Đại hội Đảng Nhân dân Cách mạng Lào lần thứ XII tổ chức ở đâu?', null],
  ['lookalike', 'Đại hội Hội Sinh viên Việt Nam khóa mới bầu ai làm chủ tịch?', null],
  [
    'lookalike',
    'Đại hội võ thuật cổ truyền của công nhân ngành vận tải năm nay có nội dung thi quyền không?',
    null,
  ],
  ['lookalike', 'Phiên họp Đại hội đồng Liên Hợp Quốc khóa 80 khai mạc vào ngày nào?', null],
  ['lookalike', 'Hội nghị tổ dân phố bầu tổ trưởng mới cần bao nhiêu hộ tham dự?', null],
  ['lookalike', 'Cách viết bản kiểm điểm cá nhân của đảng viên cuối năm cho đúng mẫu?', null],
  ['lookalike', 'Học lớp bồi dưỡng nhận thức về Đảng kéo dài mấy buổi?', null],
  ['lookalike', 'Lễ kết nạp đảng viên mới cần chuẩn bị cờ Đảng, ảnh Bác như thế nào?', null],
  ['lookalike', 'Thẻ đảng viên bị mất khi đi xe buýt thì làm lại ở đâu?', null],
  ['lookalike', 'Ủy ban kiểm tra đảng ủy năm nay giám sát chuyên đề gì đối với chi bộ?', null],
  ['lookalike', 'Chi bộ ra nghị quyết chuyên đề về chuyển đổi số thì viết theo bố cục nào?', null],
  ['lookalike', 'Hội nghị xúc tiến đầu tư vào thành phố năm nay có bao nhiêu dự án ký kết?', null],
  ['lookalike', 'Xin mẫu bài phát biểu chúc mừng đám cưới con gái đồng chí bí thư chi bộ.', null],
  [
    'en',
    "Can I bring my Year 11 class to watch a Vietnamese Women's Union congress on our study tour?",
    null,
  ],
  ['en', 'What time does the Ho Chi Minh Mausoleum open for school groups?', null],
];

export const NEWSET109: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
