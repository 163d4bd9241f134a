/**
 * The sixty-seventh new evaluation set (issue 11, point 6), written on 2026-12-04 from 03:31 UTC
 * (committed in the commit "Eval: newset67, the sixty-seventh unseen set") by a helper (set67) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before `const items`) and its last line, the part of newset.ts before
 * `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under src/,
 * bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items were
 * read. Its users are imagined as the secretary of the party cell of a primary school in a
 * suburban commune, a young member who types in telex without tones and uses slang, a British
 * journalist asking in English how Vietnamese party congresses worked in 2025, the deputy secretary
 * of a ward's party committee after the ward merger of 2025, and a cell member in a state bank
 * branch who worries about exact wording; with the out-of-scope messages such users send (other
 * organisations' congresses and meetings: a primary school's Young Pioneers' congress, parents'
 * meetings, the commune's Learning Promotion Association, a school trade union, a Red Cross
 * chapter, a hometown association, a Protestant church's general assembly, a People's Credit
 * Fund's members' meeting, an apartment building's owners' conference, a clan's year-end meeting,
 * a class reunion, the UK Labour and Conservative parties, the UN General Assembly; other senses of
 * "đại hội" and "hội nghị": pupils' sports festivals, education science conferences, martial-arts
 * tournaments in an online game, esports at the SEA Games, voters' meetings, the election
 * consultation conferences of 2026, a bank branch's year-end review, a ward committee's quarterly
 * plenum, a Central Committee plenum, the 1986 congress and Đổi Mới; other party business the pack
 * does not cover: awareness classes for would-be members, political theory courses, probationary
 * members' full membership, lost party cards, discipline for a third child, travel abroad, shares
 * in one's own bank, members' dress, feedback from the place of residence, merging school cells'
 * meetings, hand-over minutes between merged ward committees, vote-count minutes, speech lengths,
 * study essays on the 14th Congress's resolution, anniversary activities, seals on cell
 * resolutions, capital letters in party documents; people, posts and allowances; phone numbers,
 * press offices and hotels; accreditation and press-freedom rankings; the number of cells,
 * members and journalists; money: teachers' pay, tuition, deposit rates, dues by e-wallet;
 * government services after the merger: birth registration, school enrolment, neighbourhood
 * heads, the 2026 National Assembly election; the reorganised State Bank branches; the party
 * members' handbook app and VNeID; the bot itself: who wrote it, its source, whether it uses a
 * chatbot inside, whether it keeps messages).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset67.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, the money a congress may
 * spend, which cells the five-yearly pilot covers, whether a new commune committee counts as
 * grassroots, membership figures) were left out, not guessed.
 * No engine change reached main after its commit: it was measured on the engine as it stood when it
 * landed (eac8c06, the word prior read where the subject is named, came before it; its writer saw
 * none of the engine). It was measured once, at 03:40 UTC on main ac31c98 (`node --expose-gc dist/bench/qa.js`, load 3.07): qa_new_top1
 * 96.3 %, qa_new_oos_refused 98.5 % (5 in-scope misses, 1 lookalike answered; qa_p99_us 353.9 in
 * that run, p50 48.5). Its misses were listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number, three or more spellings each.
  ['doc', 'Chỉ thị 35-CT/TW ngày 14/6/2024 giờ còn hiệu lực không hay đã bị thay?', 'doc:ct-35-2024'],
  ['doc', 'CT35 năm 2024 của Bộ Chính trị bây giờ còn dùng được không?', 'doc:ct-35-2024'],
  [
    'en',
    "For my piece: is the Politburo's Directive 35 of 2024 still in force today, or was it replaced?",
    'doc:ct-35-2024',
  ],
  ['typo', 'chỉ thi 35 nam 2024 gom mấy phần vậy', 'doc:ct-35-2024'],
  [
    'doc',
    'Chỉ thị 35-CT/TW ngày 30/5/2019 hướng tới Đại hội XIII có còn áp dụng cho nhiệm kỳ này không?',
    'doc:ct-35-2019',
  ],
  ['en', 'Directive 35-CT/TW of May 2019: what was it about?', 'doc:ct-35-2019'],
  ['typo', 'ct 35 nam 2019 la cua nhiem ky nao vay', 'doc:ct-35-2019'],
  [
    'doc',
    'Tôi thấy có hai văn bản cùng số 35-CT/TW, văn bản ban hành năm 2019 là văn bản gì?',
    'doc:ct-35-2019',
  ],
  ['doc', 'Kết luận 118-KL/TW do cơ quan nào ban hành?', 'doc:kl-118-2025'],
  ['doc', 'KL 118 năm 2025 bây giờ còn hiệu lực không?', 'doc:kl-118-2025'],
  ['en', 'Conclusion 118 of January 2025: is it superseded now?', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị số 45-CT/TW ngày 14/4/2025 thay thế những văn bản nào?', 'doc:ct-45-2025'],
  ['doc', 'CT 45/2025 do cơ quan nào ban hành?', 'doc:ct-45-2025'],
  ['en', 'Directive 45-CT/TW: when exactly was it issued?', 'doc:ct-45-2025'],
  ['typo', 'chi thi 45 con hieu luc ko ae', 'doc:ct-45-2025'],
  [
    'doc',
    'Phường tôi cần trích dẫn: Kết luận 200-KL/TW ngày 17/10/2025 đánh giá đại hội các cấp ra sao?',
    'doc:kl-200-2025',
  ],
  ['doc', 'KL200 của Bộ Chính trị và Ban Bí thư ban hành ngày nào?', 'doc:kl-200-2025'],
  [
    'en',
    'In plain words, what does Conclusion 200 of October 2025 say about the congress round?',
    'doc:kl-200-2025',
  ],
  ['doc', 'Hướng dẫn 27-HD/BTCTW hướng dẫn cho văn bản nào?', 'doc:hd-27-2024'],
  ['doc', 'HD27 của Ban Tổ chức Trung ương có ngày ban hành là bao giờ?', 'doc:hd-27-2024'],
  [
    'en',
    'Guidance 27 of the Central Organisation Commission: on what date was it signed off?',
    'doc:hd-27-2024',
  ],
  [
    'doc',
    'Ghi cho đúng ngày: Hướng dẫn số 18-HD/BTCTU của Ban Tổ chức Thành ủy Hà Nội đề ngày mấy?',
    'doc:hd-18-2024',
  ],
  ['typo', 'hd 18 btctu noi ve gi vay', 'doc:hd-18-2024'],
  ['en', 'Guidance 18-HD/BTCTU of the Hanoi committee: what is its status?', 'doc:hd-18-2024'],
  [
    'doc',
    'Tên đầy đủ của Kế hoạch 258-KH/TU ngày 15/7/2024 của Thành ủy là gì để tôi ghi vào biên bản?',
    'doc:kh-258-2024',
  ],
  ['doc', 'KH258 thành ủy Hà Nội nguồn của bot có nội dung gì?', 'doc:kh-258-2024'],
  [
    'en',
    'Plan 258 of the Hanoi Party Committee: what exactly do your sources record about it?',
    'doc:kh-258-2024',
  ],
  [
    'doc',
    'Kế hoạch số 203-KH/QU của Quận ủy Hai Bà Trưng còn giá trị không khi quận đã bỏ?',
    'doc:kh-203-2024',
  ],
  ['typo', 'kh 203 quan uy hbt ban hanh ngay nao', 'doc:kh-203-2024'],
  ['en', 'Plan 203-KH/QU: who issued it and when?', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 về cán bộ là nghị quyết gì?', 'doc:nq-26-2018'],
  ['doc', 'NQ26 khóa XII ban hành ngày nào?', 'doc:nq-26-2018'],
  ['en', "Resolution 26 of May 2018 on cadres: which term's Central Committee adopted it?", 'doc:nq-26-2018'],
  ['doc', 'Hướng dẫn 26-HD/BTCTW ngày 18/10/2019 bây giờ có còn dùng không?', 'doc:hd-26-2019'],
  ['doc', 'HD 26 năm 2019 hướng dẫn cho chỉ thị nào, chi bộ tôi còn phải theo không?', 'doc:hd-26-2019'],
  ['en', 'Guidance 26-HD/BTCTW (2019): does the bot still use it?', 'doc:hd-26-2019'],
  [
    'doc',
    'Báo cáo chi bộ tôi còn trích Quy định 89-QĐ/TW về tiêu chuẩn cán bộ, như vậy có sai không?',
    'doc:qd-89-2017',
  ],
  ['doc', 'QĐ89 năm 2017 bị thay bằng quy định nào?', 'doc:qd-89-2017'],
  ['en', 'Regulation 89 of 2017 on cadre standards: was it replaced?', 'doc:qd-89-2017'],
  [
    'doc',
    'Quy định số 365-QĐ/TW ngày 30/8/2025 của Bộ Chính trị có trích yếu chính xác thế nào?',
    'doc:qd-365-2025',
  ],
  ['typo', 'qd 365 thay cho qd nao vay', 'doc:qd-365-2025'],
  ['en', 'Regulation 365-QĐ/TW of August 2025: which earlier regulation does it replace?', 'doc:qd-365-2025'],
  ['doc', 'Quy định 14-QĐ/TU ngày 06/11/2023 của Ban Thường vụ Thành ủy về vấn đề gì?', 'doc:qd-14-2023'],
  ['doc', 'QĐ 14 của Thành ủy về tiêu chí đánh giá cán bộ còn áp dụng không?', 'doc:qd-14-2023'],
  [
    'en',
    'Regulation 14-QĐ/TU of the Hanoi Standing Board, issued in 2023: what does it cover?',
    'doc:qd-14-2023',
  ],
  [
    'doc',
    'Quy định 2656-QĐ/QU của Ban Thường vụ Quận ủy Hai Bà Trưng đề ngày nào, viết đủ ngày tháng năm giúp tôi',
    'doc:qd-2656-2023',
  ],
  ['typo', 'qd2656 ngay ban hanh la ngay nao', 'doc:qd-2656-2023'],
  ['en', 'Regulation 2656 on evaluating cadres: who issued it?', 'doc:qd-2656-2023'],
  ['doc', 'Quy định số 1216-QĐ/QU về quy hoạch cán bộ của quận cũ ký ban hành ngày nào?', 'doc:qd-1216-2022'],
  ['doc', 'QĐ 1216 của Quận ủy còn hiệu lực sau khi bỏ cấp quận không?', 'doc:qd-1216-2022'],
  ['en', 'Regulation 1216 of April 2022: what is its status?', 'doc:qd-1216-2022'],
  ['doc', 'Ghi chính xác giúp tôi: Quy định 294-QĐ/TW bắt đầu có hiệu lực từ ngày nào?', 'doc:qd-294-2025'],
  ['doc', 'QĐ294 năm 2025 về đại hội chi bộ do cơ quan nào ban hành vậy?', 'doc:qd-294-2025'],
  ['en', 'Regulation 294 of May 2025: when did it take effect?', 'doc:qd-294-2025'],

  // Documents the pack does not hold.
  [
    'unknown-doc',
    'Quy định 232-QĐ/TW thi hành Điều lệ Đảng có điểm gì mới cho chi bộ trường học?',
    'unknown-doc',
  ],
  ['unknown-doc', 'nghi quyet 57 ve khoa hoc cong nghe chi bo truong co phai hoc ko', 'unknown-doc'],
  [
    'unknown-doc',
    'Hướng dẫn 06-HD/TW về một số vấn đề thi hành Điều lệ Đảng ban hành năm nào?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kết luận 126-KL/TW về sắp xếp bộ máy có nói gì đến đại hội không?', 'unknown-doc'],
  ['unknown-doc', 'Conclusion 127-KL/TW: what did it decide about the congresses?', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị quyết 60-NQ/TW của Hội nghị Trung ương 11 có liên quan đại hội đảng bộ phường không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Quy định 22-QĐ/TW về công tác kiểm tra, giám sát áp dụng thế nào?', 'unknown-doc'],
  ['unknown-doc', 'Công văn 1234-CV/ĐU của Đảng ủy phường về lịch đại hội chi bộ nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Resolution 66-NQ/TW on law-making: does it affect the party congresses?', 'unknown-doc'],
  ['unknown-doc', 'NQ 68 về kinh tế tư nhân chi bộ ngân hàng có phải quán triệt ngay không?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 105-QĐ/TW về phân cấp quản lý cán bộ còn áp dụng không?', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 21-NQ/TW năm 2022 về tổ chức cơ sở đảng có gì?', 'unknown-doc'],
  ['unknown-doc', 'qd 29 thi hanh dieu le dang cu con dung ko', 'unknown-doc'],
  ['unknown-doc', 'Directive 24-CT/TW: is it among your sources?', 'unknown-doc'],
  [
    'unknown-doc',
    'Kế hoạch 47-KH/ĐU của Đảng ủy xã về đại hội chi bộ trường học có những mốc nào?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Hướng dẫn 36-HD/VPTW về thể thức văn bản của Đảng quy định gì?', 'unknown-doc'],

  // The primary-school cell secretary.
  [
    'unit',
    'Chi bộ trường tiểu học là chi bộ trực thuộc đảng ủy cơ sở thì đại hội vào thời gian nào?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở như trường tiểu học độc lập thì đại hội bắt đầu từ tháng nào?', 'lich-trinh'],
  [
    'offword',
    'Tôi dạy lớp 3, chiều nay họp phụ huynh xong mới soạn được: báo cáo chính trị của chi bộ phải đánh giá những gì?',
    'van-kien',
  ],
  ['fact', 'Đại hội chi bộ trường học phải thành lập những tổ nào để phục vụ?', 'chuan-bi'],
  [
    'offword',
    'Sân trường đang sửa nên chi bộ mượn nhà văn hóa thôn để họp; trước đại hội cần chuẩn bị những việc gì?',
    'chuan-bi',
  ],
  ['fact', 'Báo cáo kiểm điểm của chi ủy trình đại hội cần có tính chất gì?', 'van-kien'],
  ['two-part', 'Đại hội chi bộ có mấy nội dung và chi ủy phải trình những báo cáo nào?', 'noi-dung+van-kien'],
  [
    'offword',
    'Trời mưa to ngập hết đường vào trường, nhưng tôi vẫn muốn hỏi: đại hội điểm của chi bộ trực thuộc làm trong tháng nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Con tôi ốm, tôi tranh thủ lúc chờ khám hỏi: tổ văn kiện và tổ nhân sự lập ra để làm gì cho đại hội?',
    'chuan-bi',
  ],
  ['fact', 'Hội nghị quán triệt của các tổ chức cơ sở đảng tổ chức trực tiếp hay trực tuyến?', 'chuan-bi'],
  [
    'two-part',
    'Nguyên tắc tổ chức đại hội là gì và cần lập những tổ nào phục vụ đại hội?',
    'nguyen-tac+chuan-bi',
  ],

  // The young member in telex without tones.
  ['typo', 'dh chi bo gom may noi dung z ae', 'noi-dung'],
  ['typo', 'bc chinh tri voi bc kiem diem khac nhau cho nao', 'van-kien'],
  ['typo', 'chi bo gio 5 nam moi dh 1 lan ha, quy dinh nao vay', 'chi-bo-5-nam'],
  ['typo', 'dai hoi diem la j vay, to chuc luc nao', 'dai-hoi-diem'],
  ['typo', 'nhan su cap uy khoa moi chon theo tieu chuan j vay ae', 'nhan-su'],
  ['typo', 'dh cac cap xong het chua hay van con', 'ket-qua'],
  ['typo', 'dai hoi 14 cua dang dien ra ngay nao z', 'dai-hoi-xiv'],
  ['typo', 'bo cap huyen tu khi nao the', 'chinh-quyen-2-cap'],
  ['typo', 'chuan bi dh can lap nhung to j', 'chuan-bi'],
  ['unit', 'ĐH ĐBCS thì phải đợi ĐH các CB trực thuộc xong mới làm à?', 'lich-trinh'],
  ['typo', 'truoc dh chi bo phai ra soat cong viec chuan bi nao', 'chuan-bi'],
  ['typo', 'nhân sự BCH khóa ms chọn theo tiêu chuẩn QĐ nào', 'nhan-su'],
  ['typo', 'ket qua dai hoi dang bo cac cap nk 2025-2030 the nao', 'ket-qua'],
  ['typo', 'tai lieu bot dung gom nhung van ban nao', 'tai-lieu'],
  ['two-part', 'dh diem la gi, voi lai chi bo 5 nam dh 1 lan la sao', 'dai-hoi-diem+chi-bo-5-nam'],
  ['offword', 'uong tra sua xong roi hoi luon: dh chi bo gio la 5 nam 1 lan dung ko', 'chi-bo-5-nam'],

  // The British journalist.
  ['en', 'What did the 2025 grassroots party congresses have to cover?', 'noi-dung'],
  ['en', 'On which dates did the Communist Party of Vietnam hold its 14th National Congress?', 'dai-hoi-xiv'],
  [
    'en',
    'Did the district party committees survive the 2025 reorganisation of local government?',
    'chinh-quyen-2-cap',
  ],
  ['en', 'How did the Party judge the outcome of the 2025–2030 congress round?', 'ket-qua'],
  ['en', 'Is it true that party cells now hold congresses only once every five years?', 'chi-bo-5-nam'],
  ['en', 'What two reports does a local committee present to its congress?', 'van-kien'],
  ['en', 'What principles were local congresses told to follow, against waste and showiness?', 'nguyen-tac'],
  ['en', 'How were new committee members supposed to be vetted and chosen?', 'nhan-su'],
  ['en', 'Which rules changed after the October 2024 briefing in Hai Ba Trung?', 'thay-doi'],
  ['en', 'Were there pilot congresses held before the main round?', 'dai-hoi-diem'],
  [
    'two-part',
    'What was the congress timetable for each kind of party unit, and what had to be prepared beforehand?',
    'lich-trinh+chuan-bi',
  ],
  [
    'offword',
    'Sorry for the clumsy question, my fixer is on holiday: what is in the 2024 Politburo directive on congresses, its parts and appendices?',
    'chi-thi-35',
  ],
  ['en', 'Which documents does this bot rely on for its answers?', 'tai-lieu'],
  [
    'offword',
    'Between two interviews and a bowl of pho: when exactly did Vietnam abolish the district level?',
    'chinh-quyen-2-cap',
  ],
  ['unit', 'For a grassroots party committee, by when did its congress have to be finished?', 'lich-trinh'],
  [
    'two-part',
    'What did the 2024 congress directive contain, and which later documents changed or replaced it?',
    'chi-thi-35+thay-doi',
  ],

  // The deputy secretary of a merged ward's committee.
  [
    'fact',
    'Phường mới hình thành sau 01/7/2025, cấp huyện không còn thì đảng bộ quận cũ ra sao?',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'Từ sau hội nghị tháng 10/2024 đến nay những văn bản nào về đại hội đã thay đổi?', 'thay-doi'],
  [
    'two-part',
    'Kết quả đại hội các cấp được đánh giá thế nào và Đại hội XIV diễn ra khi nào?',
    'ket-qua+dai-hoi-xiv',
  ],
  [
    'offword',
    'Vừa họp giao ban tổ dân phố xong, tôi hỏi nhanh: Bộ Chính trị kết luận gì sau khi đại hội các cấp kết thúc?',
    'ket-qua',
  ],
  ['fact', 'Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII là đại hội nhiệm kỳ nào?', 'dai-hoi-quan'],
  [
    'fact',
    'Đầu quý I/2025 Ban Thường vụ Quận ủy chọn những loại tổ chức đảng nào để làm đại hội điểm?',
    'dai-hoi-diem',
  ],
  [
    'two-part',
    'Các văn bản về đại hội đã thay đổi những gì, và chính quyền hai cấp vận hành từ bao giờ?',
    'thay-doi+chinh-quyen-2-cap',
  ],
  ['fact', 'Nguyên tắc tập trung dân chủ được nhấn mạnh thế nào khi tổ chức đại hội?', 'nguyen-tac'],
  ['unit', 'Đảng bộ cơ sở thì chọn mấy chi bộ trực thuộc để làm đại hội điểm?', 'dai-hoi-diem'],
  ['unit', 'Chi bộ trực thuộc đảng ủy cơ sở có phải làm đại hội trước đảng bộ cơ sở không?', 'lich-trinh'],
  [
    'fact',
    'Đại hội các chi bộ ở Hai Bà Trưng hồi đó được tổ chức tiến tới đại hội nào của quận?',
    'dai-hoi-quan',
  ],

  // The bank-branch cell member who worries about wording.
  [
    'fact',
    "Xin nguyên văn yêu cầu đối với Báo cáo chính trị: có đúng là 'báo cáo trung tâm, có vai trò định hướng' không?",
    'van-kien',
  ],
  ['fact', 'Cho tôi câu chữ chính xác của nội dung thứ ba trong bốn nội dung đại hội', 'noi-dung'],
  [
    'fact',
    "Đúng từng chữ: đại hội phải 'không phô trương hình thức' và kiên quyết chống những gì?",
    'nguyen-tac',
  ],
  [
    'offword',
    'Chi nhánh đang chốt số liệu quý, tôi cần gấp: chỉ thị của Bộ Chính trị năm 2024 về đại hội có mấy phụ lục, tên từng phụ lục?',
    'chi-thi-35',
  ],
  [
    'fact',
    "Cụm từ chính xác là 'đại hội chi bộ 5 năm một lần' hay '5 năm hai lần' theo quy định thí điểm mới?",
    'chi-bo-5-nam',
  ],
  [
    'unit',
    "Thời hạn đại hội chi bộ cơ sở ghi nguyên văn là 'hoàn thành trước ngày 30/6/2025' đúng không?",
    'lich-trinh',
  ],
  [
    'two-part',
    'Lựa chọn nhân sự cấp ủy khóa mới dựa vào những văn bản nào, và tiêu chuẩn cán bộ đã được thay bằng quy định mới chưa?',
    'nhan-su+thay-doi',
  ],
  [
    'offword',
    'Đang xếp hàng ở quầy giao dịch, hỏi nhanh: bầu đoàn đại biểu dự đại hội cấp trên là nội dung thứ mấy?',
    'noi-dung',
  ],
  ['unit', 'Chi bộ cơ sở của chi nhánh ngân hàng bầu ra những gì tại đại hội?', 'noi-dung'],
  [
    'fact',
    'Những mốc thay đổi chính kể từ hội nghị quán triệt ngày 23/10/2024 là gì, ghi đủ ngày?',
    'thay-doi',
  ],

  // Lookalikes: the school.
  ['lookalike', 'Đại hội Liên đội trường tiểu học năm học 2025 - 2026 cần chuẩn bị những nội dung gì?', null],
  ['lookalike', 'Hội nghị cha mẹ học sinh đầu năm bầu ban đại diện lớp theo quy trình nào?', null],
  ['lookalike', 'Đại hội Hội Khuyến học xã nhiệm kỳ mới có mấy nội dung chính?', null],
  ['lookalike', 'Hội khỏe Phù Đổng cấp xã năm nay thi những môn gì cho học sinh tiểu học?', null],
  [
    'lookalike',
    'Hội nghị khoa học giáo dục tiểu học cấp tỉnh hạn chót nộp sáng kiến kinh nghiệm là khi nào?',
    null,
  ],
  [
    'lookalike',
    'Chi bộ trường tôi có cô giáo hợp đồng muốn vào Đảng, lớp bồi dưỡng nhận thức về Đảng học ở đâu?',
    null,
  ],
  [
    'lookalike',
    'Điểm trường lẻ sáp nhập về trường chính thì sinh hoạt chi bộ ghép lịch thế nào cho giáo viên hai điểm?',
    null,
  ],
  ['lookalike', 'Đăng ký tuyển sinh lớp 1 trực tuyến ở xã tôi mở từ ngày nào?', null],
  [
    'lookalike',
    'Miễn học phí tiểu học công lập năm học 2025 - 2026 thì quỹ phụ huynh có còn thu không?',
    null,
  ],
  ['lookalike', 'Lương giáo viên tiểu học hạng III bậc 4 hiện nay là bao nhiêu một tháng?', null],
  ['lookalike', 'Cô hiệu trưởng kiêm bí thư chi bộ thì có được nhận thêm phụ cấp bí thư không?', null],
  ['lookalike', 'Đại hội Công đoàn cơ sở trường tiểu học nhiệm kỳ 2023 - 2028 có mấy nội dung?', null],

  // Lookalikes: the young member.
  ['lookalike', 'dai hoi vo lam trong game server moi mo luc may h ae', null],
  ['lookalike', 'ad oi con bot nay ai code vay, co source tren github ko', null],
  ['lookalike', 'nop dang phi qua momo hay zalopay dc ko ae', null],
  ['lookalike', 'dh doan truong dh minh bau bi thu lcd kieu gi z', null],
  ['lookalike', 'lop cam tinh dang hoc online tren app nao z', null],
  ['lookalike', 'ae co ai co sdt bi thu doan phuong ko cho xin', null],
  ['lookalike', 'bot nay co dung chatgpt ben trong ko vay', null],
  ['lookalike', 'dh the thao dien tu esports o sea games co doi viet nam ko', null],
  ['lookalike', 'dang vien tre dc nhuom toc di hop chi bo ko ae', null],

  // Lookalikes: the British journalist.
  [
    'lookalike',
    'How does a foreign journalist get accreditation for the media centre at a National Party Congress?',
    null,
  ],
  ['lookalike', "Could you give me the phone number of the Hanoi Party Committee's press office?", null],
  ['lookalike', "When and where is the UK Labour Party's annual conference in 2026?", null],
  ['lookalike', 'How many journalists were accredited to cover the 14th Party Congress?', null],
  [
    'lookalike',
    "What is the date of Vietnam's 2026 National Assembly election, and how are candidates vetted?",
    null,
  ],
  ['lookalike', "What is Vietnam's ranking in the 2025 World Press Freedom Index?", null],
  [
    'lookalike',
    'How does the Conservative Party choose its leader, compared with a Vietnamese party congress?',
    null,
  ],
  ['lookalike', 'Can I sit in on a ward party congress as an observer, and whom should I ask?', null],
  ['lookalike', 'Which hotel near Ba Dinh is closest to the National Convention Center?', null],
  ['lookalike', 'What did the Party Congress of 1986 decide about Doi Moi?', null],

  // Lookalikes: the merged ward.
  ['lookalike', 'Hội nghị tiếp xúc cử tri của đại biểu HĐND phường quý này tổ chức ở tổ dân phố nào?', null],
  [
    'lookalike',
    'Hội nghị nhà chung cư lần đầu để bầu Ban quản trị cần bao nhiêu phần trăm chủ sở hữu dự?',
    null,
  ],
  ['lookalike', 'Hội nghị hiệp thương lần thứ nhất bầu cử đại biểu Quốc hội khóa XVI do ai chủ trì?', null],
  [
    'lookalike',
    'Đảng ủy phường mới sau hợp nhất có bao nhiêu chi bộ trực thuộc và bao nhiêu đảng viên?',
    null,
  ],
  ['lookalike', 'Phụ cấp kiêm nhiệm của phó bí thư đảng ủy phường mới tính bao nhiêu phần trăm lương?', null],
  [
    'lookalike',
    'Mẫu biên bản bàn giao hồ sơ đảng viên giữa hai đảng ủy phường cũ khi hợp nhất lấy ở đâu?',
    null,
  ],
  ['lookalike', 'Đại hội Hội Chữ thập đỏ phường sau sáp nhập tổ chức khi nào?', null],
  [
    'lookalike',
    'Thủ tục đăng ký khai sinh cho con trên cổng dịch vụ công sau khi đổi tên phường thế nào?',
    null,
  ],
  [
    'lookalike',
    'Hội nghị Ban Chấp hành Đảng bộ phường thường kỳ quý IV cần chuẩn bị dự thảo nghị quyết gì?',
    null,
  ],
  ['lookalike', 'Tổ dân phố sau sáp nhập bầu tổ trưởng mới theo trình tự nào?', null],
  ['lookalike', 'Đảng viên nơi cư trú nhận phiếu nhận xét của chi bộ tổ dân phố ở đâu?', null],
  ['lookalike', 'Đại hội chi hội đồng hương Nghệ An ở phường tôi có cần xin phép ủy ban không?', null],

  // Lookalikes: the bank branch.
  ['lookalike', 'Lãi suất tiết kiệm kỳ hạn 12 tháng ở chi nhánh Agribank hiện là bao nhiêu?', null],
  ['lookalike', 'Hội nghị tổng kết năm 2025 của chi nhánh ngân hàng cần những báo cáo gì?', null],
  ['lookalike', "Trong văn bản của Đảng, chữ 'Đảng' và 'chi bộ' viết hoa khi nào cho đúng thể thức?", null],
  ['lookalike', 'Đảng viên làm ngân hàng có được mua cổ phiếu của chính ngân hàng mình không?', null],
  [
    'lookalike',
    'Chi nhánh Ngân hàng Nhà nước tỉnh đổi thành chi nhánh khu vực thì chi bộ chuyển sinh hoạt về đảng bộ nào?',
    null,
  ],
  ['lookalike', 'Đảng viên đi du lịch nước ngoài dịp Tết có phải báo cáo chi bộ bằng văn bản không?', null],
  ['lookalike', 'Đại hội thành viên Quỹ tín dụng nhân dân thường niên biểu quyết những nội dung gì?', null],
  ['lookalike', 'Nghị quyết đại hội chi bộ khi ban hành có cần đóng dấu đỏ của chi nhánh không?', null],
  ['lookalike', 'Biên bản kiểm phiếu bầu cử tại đại hội chi bộ ghi số phiếu bằng chữ hay bằng số?', null],

  // Lookalikes: anyone.
  ['lookalike', 'Hội nghị gia tộc họ Nguyễn cuối năm nên chuẩn bị mấy nội dung?', null],
  ['lookalike', 'Họp lớp kỷ niệm 20 năm ra trường cần chuẩn bị những việc gì?', null],
  ['lookalike', 'Kỳ họp Đại hội đồng Liên Hợp Quốc khóa 80 khai mạc ngày nào ở New York?', null],
  ['lookalike', 'Đại hội Hội thánh Tin Lành Việt Nam miền Bắc nhiệm kỳ mới bầu ban trị sự thế nào?', null],
  ['lookalike', 'Hội nghị Trung ương lần thứ mười ba khóa XIII đã bàn những vấn đề gì?', null],
  ['lookalike', 'Viết bài thu hoạch học tập nghị quyết Đại hội XIV khoảng bao nhiêu chữ là đủ?', null],
  ['lookalike', 'Tham luận của chi bộ tại đại hội đảng bộ nên dài mấy phút?', null],
  ['lookalike', 'Cô giáo trong chi bộ tôi đánh rơi thẻ đảng viên, làm lại thẻ ở đâu và mất bao lâu?', null],
  ['lookalike', 'Đảng viên dự bị hết 12 tháng thì chi bộ xét chuyển chính thức thế nào?', null],
  [
    'lookalike',
    'Giáo viên là đảng viên sinh con thứ ba thì bây giờ chi bộ còn phải xem xét kỷ luật không?',
    null,
  ],
  ['lookalike', 'Ứng dụng Sổ tay đảng viên điện tử đăng nhập bằng tài khoản VNeID được không?', null],
  ['lookalike', 'Lớp trung cấp lý luận chính trị cho đảng viên xã năm 2026 đăng ký ở đâu?', null],
  ['lookalike', 'Kỷ niệm 96 năm ngày thành lập Đảng, chi bộ nên tổ chức hoạt động gì?', null],
  ['lookalike', 'Bot có lưu tin nhắn của tôi không, ai đọc được những câu tôi hỏi?', null],
];

export const NEWSET67: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
