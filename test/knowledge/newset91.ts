/**
 * The ninety-first new evaluation set (issue 11, point 6), written on 2026-12-04 from 19:00 UTC
 * (committed in the commit "Eval: newset91, the ninety-first unseen set") by a helper (set91) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before `const items`) and its export line, the part of newset.ts before
 * `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts, and (to run the tools,
 * beyond what the task listed) the first 30 lines of package.json and biome.json. Nothing under src/,
 * bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items
 * (newset90.ts included) were read. Its users are imagined as the secretary of the party cell of a
 * hospital's surgery department, a member who teaches at a primary school, the secretary of the
 * cell at a Korean-owned garment company who writes in English, a retired army colonel, and a
 * member who types on a phone without diacritics and with many abbreviations; with the
 * out-of-scope messages such users send (other organisations' congresses and meetings: the
 * national surgical society's congress, a hospital Youth Union branch, the hospital trade union's
 * and the Red Cross chapter's elections, a school's Young Pioneer troop and class congresses, the
 * parents' meeting at the start of the school year, a ward's study-encouragement association, a
 * commune farmers' association, a garment factory's trade union and Youth Union, a Korean
 * director's dialogue with workers, a Korean parent company's shareholders' meeting, the Workers'
 * Party of Korea's congress, Japan's LDP leadership race, the US Democratic National Convention,
 * a division's veterans' reunion; other senses of "đại hội" and "hội nghị": school sports days,
 * teaching contests, the school-year review conference, pre-operative case consultations and the
 * department's morning briefing, a laparoscopic surgery conference, the army's emulation
 * congress, a wuxia novel's martial-arts gathering, an online shopping sale, "đại hội" for a
 * feast, the Paris and Geneva conferences, the Party's second congress of 1951, the Central
 * Committee's plenums, the National Assembly's sessions and elections; party business the pack
 * does not cover: a lost party card, probation ending, members travelling abroad, a member's own
 * annual self-review, doctors in private practice, discipline, the e-handbook app, thematic
 * resolutions, mid-term confidence votes, cell funds for sick members, essays on the 14th
 * Congress's resolution, a third child, party cells in foreign-owned firms, other countries'
 * communist parties; the users' own work and daily life mixed with congress words: surgery
 * allowances, holiday duty rosters, lesson plans, overtime on a congress day, translating into
 * Korean, Chuseok leave, residents' group meetings, Agent Orange benefits, a frozen word
 * processor, school pick-up times, patients' questions, Teachers' Day, online meeting audio).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset91.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why. One item was reworded before it landed, by its writer: newset92,
 * landed first, held the same question.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, the money a congress may
 * spend, which cells the five-yearly pilot covers, membership figures) were left out, not guessed.
 * Engine changes reached main after its commit: c98669d (a third tier of the subject-named word
 * prior, for a near tie); its writer saw none of them. It was measured once, at 19:14 UTC on main
 * c98669d (`node --expose-gc dist/bench/qa.js`, load 7.25): qa_new_top1 99.3 %, qa_new_oos_refused
 * 98.4 % (1 in-scope miss, 1 lookalike answered; qa_p99_us 2928.5 in that run, beside a helper's
 * stray test process, p50 46.9; 306.5 at load 2.1 a minute later, in a run without the unseen set).
 * Its misses were listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number, in several spellings each.
  ['doc', 'Chỉ thị 35-CT/TW năm 2024 của Bộ Chính trị giờ còn áp dụng cho đại hội không?', 'doc:ct-35-2024'],
  ['doc', 'ct35 nam 2024 bi thay the chua a', 'doc:ct-35-2024'],
  ['doc', 'Is Directive 35 from June 2024 still valid?', 'doc:ct-35-2024'],
  ['doc', 'Khoa ngoại em vẫn lưu CT 35/2024 trong tủ hồ sơ, văn bản đó còn giá trị không?', 'doc:ct-35-2024'],
  ['doc', 'Kết luận 118-KL/TW điều chỉnh chỉ thị về đại hội ra sao?', 'doc:kl-118-2025'],
  ['doc', 'kl118 gio con hieu luc hay het roi ad', 'doc:kl-118-2025'],
  [
    'doc',
    'Our Korean director saw Conclusion 118-KL/TW in a newsletter; what is that document?',
    'doc:kl-118-2025',
  ],
  ['doc', 'Ai ban hành Kết luận số 118?', 'doc:kl-118-2025'],
  ['doc', 'Thầy hiệu trưởng hỏi tôi Chỉ thị số 45-CT/TW do ai ký ban hành và vào ngày nào', 'doc:ct-45-2025'],
  ['doc', 'ct45 thay cho van ban nao', 'doc:ct-45-2025'],
  ['doc', 'Please explain Directive 45-CT/TW briefly', 'doc:ct-45-2025'],
  ['doc', 'Trường tiểu học chúng tôi được phổ biến chỉ thị 45, đó là văn bản gì?', 'doc:ct-45-2025'],
  [
    'doc',
    'Kết luận 200-KL/TW đánh giá đại hội các cấp nhiệm kỳ này thế nào, thưa đồng chí?',
    'doc:kl-200-2025',
  ],
  ['doc', 'KL200 cua BCT va BBT la gi', 'doc:kl-200-2025'],
  [
    'doc',
    'For my report to head office: Conclusion No. 200 of October 2025, what is its gist?',
    'doc:kl-200-2025',
  ],
  ['doc', 'Hướng dẫn 27-HD/BTCTW của Ban Tổ chức Trung ương hướng dẫn gì?', 'doc:hd-27-2024'],
  ['doc', 'hd27 btctw ngay bao nhieu', 'doc:hd-27-2024'],
  ['doc', 'Where can I read Guidance 27-HD/BTCTW?', 'doc:hd-27-2024'],
  ['doc', 'Hướng dẫn số 18-HD/BTCTU của Ban Tổ chức Thành ủy có những nội dung gì?', 'doc:hd-18-2024'],
  ['doc', 'hd18 btctu ha noi ban hanh ngay nao', 'doc:hd-18-2024'],
  [
    'doc',
    'Someone in our Hanoi cell mentioned Guidance 18-HD/BTCTU; which body issued it and when?',
    'doc:hd-18-2024',
  ],
  ['doc', 'Kế hoạch 258-KH/TU của Thành ủy Hà Nội đề ngày bao nhiêu, đồng chí?', 'doc:kh-258-2024'],
  ['doc', 'kh258 tu con dung ko', 'doc:kh-258-2024'],
  ['doc', 'Tell me about Plan 258 of the city committee', 'doc:kh-258-2024'],
  [
    'doc',
    'Kế hoạch số 203-KH/QU mà Quận ủy Hai Bà Trưng ban hành năm 2024 nói về tổ chức đại hội nào?',
    'doc:kh-203-2024',
  ],
  ['doc', 'KH 203 quan uy HBT con hieu luc khong khi da bo cap quan', 'doc:kh-203-2024'],
  ['doc', 'Plan 203-KH/QU: is it still in force now that districts are gone?', 'doc:kh-203-2024'],
  [
    'doc',
    'Ông đại tá hỏi: Nghị quyết 26-NQ/TW năm 2018 về xây dựng đội ngũ cán bộ do Trung ương khóa mấy ban hành?',
    'doc:nq-26-2018',
  ],
  ['doc', 'nq26 ban hanh ngay nao vay', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26-NQ/TW of 2018: issuing body?', 'doc:nq-26-2018'],
  [
    'doc',
    'Chi bộ khoa vẫn dùng Quy định 89-QĐ/TW để xét tiêu chuẩn cán bộ, như vậy có đúng không?',
    'doc:qd-89-2017',
  ],
  ['doc', 'qd89 nam 2017 bi thay bang cai nao roi', 'doc:qd-89-2017'],
  [
    'doc',
    'Our HR staff still cite Regulation 89 on cadre standards — has it been replaced?',
    'doc:qd-89-2017',
  ],
  ['doc', 'Quy định 365-QĐ/TW của Bộ Chính trị ban hành ngày nào?', 'doc:qd-365-2025'],
  ['doc', 'QĐ365 thay the van ban nao', 'doc:qd-365-2025'],
  ['doc', 'What is Regulation 365-QĐ/TW about?', 'doc:qd-365-2025'],
  [
    'doc',
    'Quy định 14-QĐ/TU năm 2023 của Ban Thường vụ Thành ủy nêu tiêu chí đánh giá cán bộ thế nào?',
    'doc:qd-14-2023',
  ],
  ['doc', 'qd14 tu danh gia can bo ra sao', 'doc:qd-14-2023'],
  [
    'doc',
    'When did the Hanoi Standing Board issue Regulation 14-QĐ/TU on evaluating cadres?',
    'doc:qd-14-2023',
  ],
  ['doc', 'Quy định số 2656-QĐ/QU của Ban Thường vụ Quận ủy là văn bản gì?', 'doc:qd-2656-2023'],
  ['doc', 'qd 2656 qu hbt con ap dung ko', 'doc:qd-2656-2023'],
  ['doc', 'Could you show me Regulation 2656 of the Hai Ba Trung standing board?', 'doc:qd-2656-2023'],
  [
    'doc',
    'Quy định 1216-QĐ/QU về quy hoạch cán bộ của quận có còn dùng sau khi bỏ quận không?',
    'doc:qd-1216-2022',
  ],
  ['doc', 'qđ1216 quy hoach can bo', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216-QĐ/QU: status?', 'doc:qd-1216-2022'],
  ['doc', 'Quy định 294-QĐ/TW về thí điểm đại hội chi bộ do cơ quan nào ban hành?', 'doc:qd-294-2025'],
  ['doc', 'qd294 thi diem dh chi bo la sao', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294 on five-yearly cell congresses — from what date does it apply?', 'doc:qd-294-2025'],
  ['doc', 'Tôi là đại tá về hưu, muốn hỏi Quy định số 294 áp dụng từ ngày nào', 'doc:qd-294-2025'],
  ['doc', 'Chỉ thị 35-CT/TW ngày 30/5/2019 có còn dùng được không?', 'doc:ct-35-2019'],
  ['doc', 'ct35 nam 2019 huong toi dh XIII', 'doc:ct-35-2019'],
  ['doc', 'Directive 35 of May 2019: which congress was it preparing for?', 'doc:ct-35-2019'],
  [
    'doc',
    'Tủ tài liệu chi bộ còn Hướng dẫn 26-HD/BTCTW năm 2019, nhiệm kỳ này dùng lại được không?',
    'doc:hd-26-2019',
  ],
  ['doc', 'hd26 nam 2019 cua btctw', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26-HD/BTCTW of October 2019?', 'doc:hd-26-2019'],

  // Documents the pack does not hold.
  [
    'unknown-doc',
    'Khoa Ngoại muốn đưa Nghị quyết 57-NQ/TW vào báo cáo, bot có nội dung nghị quyết đó không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Quy định 232-QĐ/TW thi hành Điều lệ Đảng hướng dẫn thủ tục bầu cử trong chi bộ ra sao?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Cho tôi xem Hướng dẫn 12-HD/BTCTW', 'unknown-doc'],
  ['unknown-doc', 'qd96 lay phieu tin nhiem ap dung the nao', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 150-KL/TW là văn bản gì?', 'unknown-doc'],
  ['unknown-doc', 'Regulation 80-QĐ/TW on decentralising cadre management?', 'unknown-doc'],
  ['unknown-doc', 'Công văn 1190-CV/BTCTU về nhân sự đại hội nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 22-QĐ/TW về kiểm tra, giám sát có áp dụng cho chi bộ khoa không?', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 66-NQ/TW ban hành ngày nào?', 'unknown-doc'],
  ['unknown-doc', 'kl137 sap xep don vi hanh chinh la gi', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 08-CT/TU của Thành ủy về đại hội có những điểm gì?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 50-QĐ/TW về quy hoạch cán bộ quy định những gì?', 'unknown-doc'],
  ['unknown-doc', 'Directive 39-CT/TW, what does it require?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 101-KH/ĐU của Đảng ủy bệnh viện về đại hội các chi bộ', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 16-HD/BTCTW về đại hội chi bộ có gì mới?', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 21-NQ/TW năm 2022 về tổ chức cơ sở đảng', 'unknown-doc'],
  ['unknown-doc', 'hd06 hd/tw ve dieu le dang', 'unknown-doc'],

  // Facts the pack states.
  ['fact', 'Đại hội chi bộ, đảng bộ nhiệm kỳ này phải thực hiện bao nhiêu nội dung?', 'noi-dung'],
  ['fact', 'Văn kiện trình đại hội có hai báo cáo, cái nào giữ vai trò trung tâm, định hướng?', 'van-kien'],
  ['fact', 'Cần thành lập những tổ nào để phục vụ đại hội đảng bộ?', 'chuan-bi'],
  ['fact', 'Tổ chức đại hội phải chống lãng phí, không phô trương hình thức ra sao?', 'nguyen-tac'],
  ['fact', 'Đại hội điểm của chi bộ trực thuộc được tổ chức vào tháng nào?', 'dai-hoi-diem'],
  [
    'fact',
    'Cô giáo muốn kể cho học sinh: Đại hội đại biểu toàn quốc lần thứ XIV họp trong những ngày nào?',
    'dai-hoi-xiv',
  ],
  ['fact', 'Chi bộ bây giờ mấy năm tổ chức đại hội một lần?', 'chi-bo-5-nam'],
  ['fact', 'Từ khi nào thì không còn cấp huyện nữa?', 'chinh-quyen-2-cap'],
  ['fact', 'Sau hội nghị quán triệt tháng 10/2024 đến nay đã có những thay đổi gì?', 'thay-doi'],
  [
    'fact',
    'Tính đến năm 2026, đợt đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030 còn đang diễn ra hay đã xong?',
    'ket-qua',
  ],
  ['fact', 'Chỉ thị của Bộ Chính trị về đại hội ban hành năm 2024 có mấy phụ lục?', 'chi-thi-35'],
  ['fact', 'Bot lấy căn cứ từ những văn bản nào, liệt kê giúp số và ngày ban hành', 'tai-lieu'],
  ['fact', 'Đại hội các đảng bộ cơ sở tiến tới đại hội đảng bộ quận lần thứ mấy?', 'dai-hoi-quan'],
  ['fact', 'Lựa chọn nhân sự cấp ủy khóa mới phải căn cứ những tiêu chuẩn, quy định nào?', 'nhan-su'],
  ['fact', 'Mỗi loại tổ chức đảng tiến hành đại hội vào khoảng thời gian nào?', 'lich-trinh'],

  // Questions about a kind of unit.
  [
    'unit',
    'Là chi bộ trực thuộc đảng ủy cơ sở thì đại hội phải xong trước cuối tháng mấy năm 2025?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở bắt đầu tiến hành đại hội từ tháng mấy?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở đại hội sau khi các chi bộ trực thuộc làm xong, hạn chót là ngày nào?',
    'lich-trinh',
  ],
  [
    'unit',
    'Chi bộ khoa Ngoại là chi bộ trực thuộc Đảng ủy bệnh viện, hạn cuối đại hội là khi nào?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở có phải trình báo cáo kiểm điểm của cấp ủy trong nhiệm kỳ không?', 'van-kien'],
  [
    'unit',
    'Đảng ủy bệnh viện là đảng bộ cơ sở, phải chọn bao nhiêu chi bộ trực thuộc làm đại hội điểm?',
    'dai-hoi-diem',
  ],
  ['unit', 'Chi bộ trực thuộc bầu đoàn đại biểu đi dự đại hội cấp nào?', 'noi-dung'],
  ['unit', 'Chi bộ cơ sở của trường tiểu học thì đại hội theo mốc thời gian nào?', 'lich-trinh'],
  ['unit', 'Đảng bộ cơ sở có phải lập tổ văn kiện và tổ nhân sự không?', 'chuan-bi'],

  // Two-part questions.
  ['two-part', 'Đại hội có những nội dung gì, và cấp ủy phải trình những báo cáo nào?', 'noi-dung+van-kien'],
  [
    'two-part',
    'Chi bộ cơ sở đại hội khi nào, và đại hội điểm được làm vào lúc nào?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Đại hội XIV diễn ra khi nào, và kết quả đại hội các cấp nhiệm kỳ này ra sao?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Chọn nhân sự cấp ủy mới theo tiêu chuẩn gì, và chuẩn bị đại hội cần lập những tổ nào?',
    'nhan-su+chuan-bi',
  ],
  [
    'two-part',
    'Cấp huyện còn không, và chi bộ giờ bao lâu đại hội một lần?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'What has changed since the October 2024 conference, and have the congresses all been held now?',
    'thay-doi+ket-qua',
  ],
  ['two-part', 'dh phai theo nguyen tac gi, va bao cao chinh tri viet ra sao', 'nguyen-tac+van-kien'],
  [
    'two-part',
    'Chỉ thị năm 2024 về đại hội có mấy phần, và bot dựa vào những văn bản nào?',
    'chi-thi-35+tai-lieu',
  ],
  [
    'two-part',
    'Đại hội cơ sở tiến tới đại hội của quận nào, và cấp quận bây giờ còn không?',
    'dai-hoi-quan+chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'What are the four agenda items, and when did the 14th National Congress meet?',
    'noi-dung+dai-hoi-xiv',
  ],

  // In-scope questions with off-topic words around them.
  [
    'offword',
    'Hôm nay trực mổ cả đêm mệt rã rời, cho tôi hỏi báo cáo kiểm điểm của cấp ủy cần có tính chất gì?',
    'van-kien',
  ],
  [
    'offword',
    'Giờ ra chơi tranh thủ hỏi: đại hội chi bộ trường tôi phải bàn những nội dung nào?',
    'noi-dung',
  ],
  [
    'offword',
    'Con đang sốt mà tối nay vẫn phải họp chi ủy, cho hỏi đại hội điểm cấp quận chọn những loại tổ chức nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Xưởng may đang chạy đơn hàng xuất đi Hàn gấp, nhưng tôi cần biết chuẩn bị đại hội phải làm những việc gì',
    'chuan-bi',
  ],
  ['offword', 'Cháu nội tôi đang ôn thi, ông hỏi: Đại hội XIV của Đảng đã họp xong chưa?', 'dai-hoi-xiv'],
  [
    'offword',
    'tranh thu luc cho benh nhan gay me, hoi nhanh: nhan su cap uy khoa moi phai quan triet nghi quyet nao',
    'nhan-su',
  ],
  [
    'offword',
    'Mưa to ngập hết đường, đại hội vẫn phải bảo đảm nguyên tắc tập trung dân chủ thế nào?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Trưởng phòng nhân sự người Hàn hỏi tôi: mô hình chính quyền hai cấp bắt đầu từ bao giờ?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Vừa chấm xong 40 bài kiểm tra Toán, cho cô hỏi thí điểm đại hội chi bộ 5 năm một lần là thế nào?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Đang pha cà phê sáng ở nhà, tôi muốn hỏi Bộ Chính trị kết luận thế nào về kết quả đại hội các cấp',
    'ket-qua',
  ],

  // Typos, missing diacritics and abbreviations.
  ['typo', 'dai hoi chi bo truc thuoc hoan thanh trong thang may', 'lich-trinh'],
  ['typo', 'bc chinh tri va bc kiem diem khac nhau the nao', 'van-kien'],
  ['typo', 'ĐH chi bộ có mấy ND vậy đ/c', 'noi-dung'],
  ['typo', 'Đại hôi điêm cua chi bô trưc thuôc tô chưc thang nao', 'dai-hoi-diem'],
  ['typo', 'dh dang toan quoc lan xiv hop tu ngay nao vay ad', 'dai-hoi-xiv'],
  ['typo', 'chinh quyen 2 cap bat dau tu ngay nao, quan con ko', 'chinh-quyen-2-cap'],
  ['typo', 'cb bn nam dh 1 lan', 'chi-bo-5-nam'],
  ['typo', 'to chuc dh cb phai dam bao ntac tap trung dan chu, chong lang phi ntn', 'nguyen-tac'],
  ['typo', 'thanh lap to nhan su, to van kien, to to chuc ntn', 'chuan-bi'],
  ['typo', 'kq dh dang bo cac cap nk 25-30 dc danh gia sao r', 'ket-qua'],
  ['typo', 'Chỉ thi cua BCT năm 2024 vê đại hôi co mây phu luc, mây phân vây', 'chi-thi-35'],
  ['typo', 'nhung thay doi sau hoi nghi quan triet 10/2024', 'thay-doi'],

  // English.
  [
    'en',
    'I am the cell secretary at a Korean garment company. What must our cell congress cover this term?',
    'noi-dung',
  ],
  [
    'en',
    'Our cell has to write the reports for the congress: which two main reports are they, and what goes in them?',
    'van-kien',
  ],
  ['en', 'What should our factory cell do to prepare for its congress?', 'chuan-bi'],
  ['en', 'What principles must be respected when the congress is held?', 'nguyen-tac'],
  ['en', 'By when did grassroots party committees have to finish their congresses?', 'lich-trinh'],
  [
    'en',
    'Our party committee wants to know: in which month were the pilot cell congresses meant to take place?',
    'dai-hoi-diem',
  ],
  ['en', 'How is the new committee chosen, and which rules apply to the candidates?', 'nhan-su'],
  [
    'en',
    'Which district congress were the grassroots congresses of Hai Ba Trung leading up to?',
    'dai-hoi-quan',
  ],
  ['en', 'How many appendices does the 2024 Politburo directive on congresses have?', 'chi-thi-35'],
  ['en', 'Is there still a district level of government in Vietnam?', 'chinh-quyen-2-cap'],
  ['en', 'Under the pilot, how often does a party cell hold its congress?', 'chi-bo-5-nam'],
  ['en', "My Korean colleagues ask when Vietnam's 14th Party Congress opened and closed.", 'dai-hoi-xiv'],
  ['en', 'Before I trust your answers: list the party documents your information comes from.', 'tai-lieu'],
  ['en', 'Is the 2025–2030 round of party congresses finished now, according to the Politburo?', 'ket-qua'],

  // Out of scope: other organisations' congresses and meetings.
  [
    'lookalike',
    'Đại hội Hội Ngoại khoa Việt Nam năm nay tổ chức ở đâu, tôi muốn đăng ký báo cáo ca lâm sàng',
    null,
  ],
  ['lookalike', 'Chi đoàn thanh niên khoa Ngoại sắp đại hội, bí thư chi đoàn bầu thế nào?', null],
  ['lookalike', 'Đại hội Công đoàn cơ sở bệnh viện bầu ban chấp hành công đoàn bao nhiêu người?', null],
  ['lookalike', 'Đại hội Hội Chữ thập đỏ bệnh viện bầu bao nhiêu ủy viên?', null],
  ['lookalike', 'Đại hội Liên đội trường tiểu học cần chuẩn bị những tiết mục văn nghệ gì?', null],
  ['lookalike', 'Kịch bản đại hội chi đội lớp 5 cho học sinh tiểu học', null],
  ['lookalike', 'Hội nghị cha mẹ học sinh đầu năm học bầu ban đại diện thế nào?', null],
  ['lookalike', 'Đại hội Hội Khuyến học phường nhiệm kỳ mới cần những báo cáo gì?', null],
  ['lookalike', 'Đại hội đại biểu Hội Nông dân xã nhiệm kỳ tới tổ chức vào tháng mấy?', null],
  [
    'lookalike',
    'Our factory trade union holds its congress next month; how many delegates should each sewing line send?',
    null,
  ],
  ['lookalike', 'Đại hội Đoàn thanh niên công ty may, kinh phí lấy từ đâu?', null],
  ['lookalike', 'Đối thoại định kỳ giữa giám đốc người Hàn và công nhân tổ chức mấy lần một năm?', null],
  [
    'lookalike',
    'Our Korean parent company holds its shareholders meeting in Seoul; does the Vietnamese party cell have to attend?',
    null,
  ],
  ['lookalike', 'What did the Workers’ Party of Korea decide at its last party congress?', null],
  ['lookalike', "How does Japan's LDP choose its party president?", null],
  ['lookalike', 'Where is the US Democratic National Convention held this time?', null],
  [
    'lookalike',
    'Ban liên lạc cựu chiến binh Sư đoàn 308 họp mặt truyền thống, thủ tục mời khách thế nào?',
    null,
  ],
  [
    'lookalike',
    'Hội nghị Ban chấp hành Công đoàn giáo dục bàn về thưởng Tết cho giáo viên, khi nào có kết quả?',
    null,
  ],

  // Out of scope: other senses of "đại hội" and "hội nghị".
  ['lookalike', 'Đại hội thể dục thể thao cấp trường cho học sinh tiểu học gồm những môn gì?', null],
  ['lookalike', 'Hội giảng chào mừng ngày Nhà giáo, đăng ký tiết dạy thế nào?', null],
  ['lookalike', 'Hội nghị tổng kết năm học của trường tiểu học cần báo cáo những gì?', null],
  ['lookalike', 'Hội chẩn liên khoa trước mổ cần những ai tham gia?', null],
  ['lookalike', 'Giao ban khoa Ngoại sáng thứ hai bắt đầu mấy giờ?', null],
  ['lookalike', 'Hội nghị phẫu thuật nội soi toàn quốc nhận tóm tắt đến hạn nào?', null],
  ['lookalike', 'Đại hội thi đua quyết thắng của quân đội tổ chức mấy năm một lần?', null],
  ['lookalike', 'Đại hội anh hùng ở Tụ Hiền Trang trong Thiên Long Bát Bộ có những ai dự?', null],
  ['lookalike', 'Đại hội sale 12.12 trên sàn thương mại điện tử có mã giảm giá không?', null],
  ['lookalike', 'dai hoi an uong sau dh chi bo, quan lau nao gan benh vien ngon', null],
  [
    'lookalike',
    'Hồi ở đơn vị, chúng tôi được nghe về Hội nghị Paris 1973; hiệp định đó có bao nhiêu chương?',
    null,
  ],
  ['lookalike', 'Hội nghị Genève 1954 chia cắt đất nước ở vĩ tuyến nào?', null],
  ['lookalike', 'Đại hội Đảng lần thứ II năm 1951 ở Chiêm Hóa, Tuyên Quang bầu ai làm Chủ tịch Đảng?', null],
  ['lookalike', 'Hội nghị Trung ương mới nhất bàn những vấn đề gì?', null],
  ['lookalike', 'Kỳ họp Quốc hội tháng này thông qua những luật gì?', null],
  [
    'lookalike',
    'Khu phố tôi đang lập danh sách cử tri bầu đại biểu Quốc hội khóa XVI, đại tá về hưu có phải đăng ký lại không?',
    null,
  ],

  // Out of scope: party business the pack does not cover.
  ['lookalike', 'Tôi bị mất thẻ đảng viên, làm lại ở đâu?', null],
  ['lookalike', 'Đảng viên dự bị hết 12 tháng thì chuyển chính thức cần những giấy tờ gì?', null],
  ['lookalike', 'Đảng viên đi du lịch Hàn Quốc có phải xin phép chi bộ không?', null],
  ['lookalike', 'Bản kiểm điểm cá nhân cuối năm của đảng viên viết theo mẫu nào?', null],
  ['lookalike', 'Đảng viên là bác sĩ có được mở phòng khám tư không?', null],
  ['lookalike', 'Hình thức kỷ luật khiển trách đảng viên do ai quyết định?', null],
  ['lookalike', 'Sổ tay đảng viên điện tử đăng nhập không được thì làm sao?', null],
  ['lookalike', 'Nghị quyết chuyên đề của chi bộ về chuyển đổi số bệnh viện viết thế nào?', null],
  ['lookalike', 'Lấy phiếu tín nhiệm đối với bí thư chi bộ giữa nhiệm kỳ làm thế nào?', null],
  ['lookalike', 'Chi bộ có được dùng quỹ để thăm hỏi đảng viên ốm không?', null],
  ['lookalike', 'Học tập nghị quyết Đại hội XIV thì bài thu hoạch viết bao nhiêu trang?', null],
  [
    'lookalike',
    'Cô giáo đảng viên trong trường vừa sinh con thứ ba, chi bộ có phải xem xét kỷ luật không?',
    null,
  ],
  ['lookalike', 'Can a foreign-owned company refuse to let the party cell meet on its premises?', null],
  ['lookalike', 'Hàn Quốc có Đảng Cộng sản không?', null],

  // Out of scope: the users' own work and daily life mixed with congress words.
  [
    'lookalike',
    'Sau đại hội chi bộ khoa tôi mổ 3 ca ruột thừa, phụ cấp phẫu thuật loại II tính bao nhiêu?',
    null,
  ],
  [
    'lookalike',
    'Lịch trực Tết của khoa Ngoại xếp sao cho công bằng giữa bác sĩ đảng viên và không phải đảng viên?',
    null,
  ],
  ['lookalike', 'Soạn bài giảng Đạo đức lớp 3 kể chuyện Bác Hồ, nên dùng tranh gì?', null],
  [
    'lookalike',
    'The factory runs a Sunday shift on our cell congress day; what is the overtime rate for the workers?',
    null,
  ],
  ['lookalike', 'How do I say "đại hội chi bộ" in Korean for my director?', null],
  ['lookalike', 'Chuseok is coming; must the company give Vietnamese workers a day off?', null],
  ['lookalike', 'Đại tá về hưu sinh hoạt tổ dân phố, họp tổ dân phố mỗi tháng mấy lần?', null],
  ['lookalike', 'Đi dự đại hội chi bộ về, tôi muốn hỏi thủ tục hưởng chế độ chất độc da cam', null],
  ['lookalike', 'tui dang go bao cao chinh tri cho dh chi bo ma word bi treo, cuu voi', null],
  ['lookalike', 'dh chi bo xong roi, chieu nay di don con may gio tan truong', null],
  [
    'lookalike',
    'Vừa họp chi bộ bàn đại hội xong, bệnh nhân hỏi mổ nội soi túi mật bao lâu thì được ăn cơm?',
    null,
  ],
  ['lookalike', 'Ngày Nhà giáo Việt Nam 20/11 chi bộ trường nên tặng quà gì cho thầy cô về hưu?', null],
  ['lookalike', 'Phòng họp trực tuyến của bệnh viện bị rè tiếng khi hội nghị, chỉnh micro thế nào?', null],
];

export const NEWSET91: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
