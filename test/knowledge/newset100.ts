/**
 * The hundredth new evaluation set (issue 11, point 6), written on 2026-12-04 from 19:35 UTC
 * (committed in the commit "Eval: newset100, the hundredth unseen set") by a helper (set100) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before its `const items`) and its last line, the part of newset.ts before
 * `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under src/,
 * bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items
 * (newset99, newset101 and newset102, written at the same time, included) were read. Its users are
 * imagined as the secretary of a cell at an electricity retail company, a member who is a retired
 * police officer (careful and formal), the head of a residents' cultural club who is a member, a
 * German exchange student who writes in English, and a member who uses Southern vocabulary and
 * spellings ("hông", "dzậy", "mần", "chừng nào", "tụi tui"); with the out-of-scope messages such
 * users send (other organisations' congresses and meetings: the electricity company's workers'
 * conference, its trade union and Youth Union cell congresses, large-customer conferences and
 * year-end business reviews, the Association of Retired Police Officers, the national police
 * conference and the police emulation congress, the residents' security festival, a health club's
 * founding congress, the elderly people's branch, a ward sports congress, a traditional martial
 * arts congress, a farming co-operative's members' congress, the young entrepreneurs' association,
 * Germany's SPD, CDU and Die Linke congresses, the Bundestag, the Chinese party's congress, a
 * students' congress and an academic conference; other senses of "đại hội" and "hội nghị": the
 * Congress of Vienna, festivals (Nghinh Ông, Kỳ Yên, boat races, the Tết fair, a singing contest
 * for the elderly); party business the pack does not cover: admitting a meter reader, dues on a
 * hazard allowance, political theory courses, moving one's party membership on retirement, a lost
 * party card, the monthly meeting's evening, a new secretary's allowance, training for newly
 * elected committee members, the Party member handbook app; the users' own work and daily life
 * mixed with congress words: power cuts, tiered power prices, doubled bills, rooftop solar, power
 * safety, grid-loss targets, a day's pay for attending, a speech to write, a photocopier jam,
 * invitations, a trip after the congress, a hot-pot place to celebrate, a memorial meal, pensions,
 * criminal record certificates, online fraud, neighbourhood mediation, fan dances, costumes, the
 * cultural house for weddings, the "cultural family" title, a club's funds, charter and elections,
 * exchanges with another ward, a folk music club, visas, train tickets, Vietnamese tones, rice
 * prices).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset100.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year; a question about
 * a document holds no other document's number (not even as a day of a date). Questions whose right
 * answer the sources leave open (the district congress's date, which units were chosen for the
 * pilot congresses, who was elected, age limits, committee sizes, the money a congress may spend,
 * which cells the five-yearly pilot covers, the status of Chỉ thị 45-CT/TW, 365-QĐ/TW or
 * 294-QĐ/TW after their issue as anything but "no later change recorded") were left out, not
 * guessed.
 * Engine changes reached main after its writer began: cc9b408 (a count read after a classifier, ',
 * với cả' as a cut, absent phrases for newset91-94's classes), 513ab0a to 47227bc (the word prior
 * relearned with newset95 to newset99) and d99f0d0 (a message in capitals read in lower case, 'còn
 * huyện' and the like as the district level, where the bot gets its information); its writer saw
 * none of them. It was measured once, at 19:47 UTC on main 47227bc (`node --expose-gc
 * dist/bench/qa.js`, load 7.24): qa_new_top1 98.8 %, qa_new_oos_refused 97.1 % (2 in-scope misses,
 * 2 lookalikes answered; qa_p99_us 1453.8 in that run, p50 47.2). Its misses were listed after
 * that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number, each in at least three spellings.
  [
    'doc',
    'Kính gửi đồng chí, Chỉ thị số 35-CT/TW năm 2024 của Bộ Chính trị hiện còn hiệu lực hay đã được thay thế ạ?',
    'doc:ct-35-2024',
  ],
  ['typo', 'ct35 nam 2024 con dung ko hay bi thay roi', 'doc:ct-35-2024'],
  ['en', 'Is Directive 35 from 2024 still the rule for congresses, or was it replaced?', 'doc:ct-35-2024'],
  ['doc', 'Chỉ thị 35 hồi năm 2024 của Bộ Chính trị giờ còn xài hông?', 'doc:ct-35-2024'],
  [
    'doc',
    'Chỉ thị 35-CT/TW ngày 30/5/2019 là văn bản gì, có liên quan nhiệm kỳ này không?',
    'doc:ct-35-2019',
  ],
  [
    'doc',
    'CT35 năm 2019 hướng tới Đại hội XIII có còn áp dụng cho chi bộ điện lực tụi tôi không?',
    'doc:ct-35-2019',
  ],
  [
    'en',
    'What was Directive 35 of May 2019 about? My professor mixed it up with the 2024 one.',
    'doc:ct-35-2019',
  ],
  [
    'doc',
    'Bí thư chi bộ điện lực hỏi: Kết luận 118-KL/TW do cơ quan nào ký ban hành, ghi vào biên bản cho đúng?',
    'doc:kl-118-2025',
  ],
  ['typo', 'kl118 dieu chinh bo sung nhung gi vay', 'doc:kl-118-2025'],
  ['en', 'For my exchange-semester notes: Conclusion 118, valid or not any more?', 'doc:kl-118-2025'],
  ['doc', 'Kết luận số 118 giờ còn hiệu lực hông dzậy?', 'doc:kl-118-2025'],
  ['doc', 'Xin hỏi Chỉ thị 45-CT/TW được ban hành vào ngày nào?', 'doc:ct-45-2025'],
  ['typo', 'CT45 thay the cho nhung van ban nao', 'doc:ct-45-2025'],
  ['en', 'Who issued Directive 45 on the party congresses?', 'doc:ct-45-2025'],
  ['doc', 'chi thi so 45 cua bo chinh tri ve dai hoi dang bo cac cap', 'doc:ct-45-2025'],
  ['doc', 'Kết luận 200-KL/TW nói gì về các kỳ đại hội vừa qua?', 'doc:kl-200-2025'],
  ['doc', 'KL200 của Bộ Chính trị và Ban Bí thư ban hành khi nào?', 'doc:kl-200-2025'],
  [
    'en',
    'Back in Hamburg I was told about Conclusion 200 — what does it conclude about the congresses?',
    'doc:kl-200-2025',
  ],
  [
    'doc',
    'Kính gửi đồng chí, Hướng dẫn 27-HD/BTCTW hướng dẫn những điểm gì về đại hội, mong đồng chí cho biết?',
    'doc:hd-27-2024',
  ],
  ['typo', 'hd27 btctw noi dung chi tiet la gi', 'doc:hd-27-2024'],
  [
    'en',
    'A classmate cited Guidance 27 of the Central Organisation Commission; what is that text?',
    'doc:hd-27-2024',
  ],
  [
    'doc',
    'Hướng dẫn số 18-HD/BTCTU mà chủ nhiệm câu lạc bộ nghe nhắc trong buổi sinh hoạt là của ai, hướng dẫn gì?',
    'doc:hd-18-2024',
  ],
  ['typo', 'HD18 BTCTU ban hanh ngay nao', 'doc:hd-18-2024'],
  ['en', 'When was Guidance 18 of the Hanoi organisation board issued?', 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch 258-KH/TU của Thành ủy Hà Nội ký hồi nào dzậy?', 'doc:kh-258-2024'],
  ['doc', 'kh258 la ke hoach gi cua thanh uy', 'doc:kh-258-2024'],
  [
    'en',
    'Plan 258 of the Hanoi Party Committee keeps coming up in my readings; what is it?',
    'doc:kh-258-2024',
  ],
  [
    'doc',
    'Kế hoạch số 203-KH/QU của Quận ủy Hai Bà Trưng còn dùng được không khi đã bỏ cấp quận?',
    'doc:kh-203-2024',
  ],
  ['doc', 'KH203 của quận ủy ban hành ngày nào vậy?', 'doc:kh-203-2024'],
  ['en', 'Plan 203 of Hai Ba Trung district: who issued it?', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 là của cơ quan nào ban hành?', 'doc:nq-26-2018'],
  ['typo', 'nq26 nam 2018 ve can bo la nghi quyet gi', 'doc:nq-26-2018'],
  ['en', 'Resolution 26 of May 2018: what is it?', 'doc:nq-26-2018'],
  [
    'doc',
    'Tôi là công an về hưu, xin hỏi Quy định 89-QĐ/TW về tiêu chuẩn cán bộ nay còn giá trị thi hành không?',
    'doc:qd-89-2017',
  ],
  ['doc', 'QĐ89 năm 2017 bị thay bằng văn bản nào rồi?', 'doc:qd-89-2017'],
  ['en', 'Regulation 89 of 2017: has it been superseded?', 'doc:qd-89-2017'],
  [
    'doc',
    'Chi bộ phòng kỹ thuật điện lực cần trích dẫn Quy định 365-QĐ/TW, cho hỏi ngày ban hành?',
    'doc:qd-365-2025',
  ],
  ['typo', 'qd365 ra doi de thay qd nao vay ad', 'doc:qd-365-2025'],
  ['en', 'Regulation 365: who issued it and when?', 'doc:qd-365-2025'],
  [
    'doc',
    'Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy Hà Nội nay đã có thay đổi gì chưa, thưa đồng chí?',
    'doc:qd-14-2023',
  ],
  ['doc', 'QĐ14 của thành ủy ban hành ngày mấy?', 'doc:qd-14-2023'],
  [
    'en',
    'Could you tell a German student what Regulation 14 of the Hanoi Standing Board covers?',
    'doc:qd-14-2023',
  ],
  ['doc', 'Kính hỏi Quy định số 2656-QĐ/QU do cơ quan nào ban hành?', 'doc:qd-2656-2023'],
  ['typo', 'qd2656 cua quan uy hai ba trung', 'doc:qd-2656-2023'],
  ['en', 'Regulation 2656 of the district: what is in it?', 'doc:qd-2656-2023'],
  [
    'doc',
    'Quy định 1216-QĐ/QU của Ban Thường vụ Quận ủy ký ngày nào, tụi tui cần ghi vô báo cáo?',
    'doc:qd-1216-2022',
  ],
  ['doc', 'QD1216 quan uy hai ba trung gio con hieu luc ko ad', 'doc:qd-1216-2022'],
  ['en', 'Regulation 1216 on cadre planning: is it still in force?', 'doc:qd-1216-2022'],
  ['doc', 'Quy định 294-QĐ/TW bắt đầu có hiệu lực từ bữa nào dzậy?', 'doc:qd-294-2025'],
  ['doc', 'QĐ294 là cái gì dzậy?', 'doc:qd-294-2025'],
  ['en', 'Regulation 294: which body issued it?', 'doc:qd-294-2025'],
  [
    'doc',
    'Kính hỏi Hướng dẫn 26-HD/BTCTW năm 2019 có còn được áp dụng cho đại hội nhiệm kỳ này không?',
    'doc:hd-26-2019',
  ],
  ['typo', 'HD26 nam 2019 huong dan cai gi', 'doc:hd-26-2019'],
  ['en', 'Guidance 26 from October 2019: what was it for?', 'doc:hd-26-2019'],

  // Documents the pack does not hold.
  [
    'unknown-doc',
    'Bot có lưu Quy định 232-QĐ/TW về thi hành Điều lệ Đảng để tôi tra cứu không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Nghị quyết 57-NQ/TW về phát triển khoa học công nghệ nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 127-KL/TW về sắp xếp tổ chức bộ máy là văn bản gì?', 'unknown-doc'],
  ['unknown-doc', 'Cho tôi xem Quy định 144-QĐ/TW về chuẩn mực đạo đức cách mạng.', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 06-HD/TW của Ban Bí thư hướng dẫn gì?', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 36-CT/TW được ban hành ngày nào?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 366-QĐ/TW về đánh giá cán bộ có hiệu lực chưa?', 'unknown-doc'],
  ['unknown-doc', 'Công văn 512-CV/ĐU của Đảng ủy Công ty Điện lực về đại hội chi bộ nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 08-KH/ĐU của đảng ủy phường mới về đại hội có gì?', 'unknown-doc'],
  [
    'unknown-doc',
    'Does your bot store Resolution 66-NQ/TW on law-making? I need it for a seminar.',
    'unknown-doc',
  ],
  ['unknown-doc', 'Do you have Directive 05-CT/TW on studying Ho Chi Minh?', 'unknown-doc'],
  ['unknown-doc', 'Nghị định 178/2024/NĐ-CP về chính sách nghỉ hưu trước tuổi nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 150-KL/TW nói cái gì dzậy?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn số 12-HD/BTCTW về nhân sự đại hội có trong bot không?', 'unknown-doc'],
  ['unknown-doc', 'Xin hỏi Quy định 22-QĐ/TW về công tác kiểm tra, giám sát hiện ra sao?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 47-KH/TU của Thành ủy TP.HCM về đại hội có những gì?', 'unknown-doc'],
  ['unknown-doc', 'nq21 ve to chuc co so dang co trong bot ko', 'unknown-doc'],

  // Unit types.
  [
    'unit',
    'Chi bộ phòng kinh doanh của tôi trực thuộc đảng ủy công ty điện lực, đại hội phải xong trong tháng nào?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở thì bắt đầu đại hội từ tháng mấy và hạn chót là ngày nào?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở tổ chức đại hội đảng viên hay đại hội đại biểu, thời gian tiến hành thế nào?',
    'lich-trinh',
  ],
  ['unit', 'Đảng ủy cơ sở chọn mấy chi bộ trực thuộc để làm đại hội điểm?', 'dai-hoi-diem'],
  ['unit', 'Đại hội điểm của chi bộ cơ sở là do ai lựa chọn dzậy?', 'dai-hoi-diem'],
  ['unit', 'Đại hội điểm ở đảng bộ khối hành chính sự nghiệp làm vào lúc nào?', 'dai-hoi-diem'],
  [
    'unit',
    'Chi bộ trực thuộc ở công ty tụi tôi phải đại hội trước rồi đảng bộ cơ sở mới đại hội, có đúng vậy không?',
    'lich-trinh',
  ],
  [
    'unit',
    'My cell is a grassroots party cell (chi bộ cơ sở). By when did it have to finish its congress?',
    'lich-trinh',
  ],
  ['unit', 'Đảng bộ phường được chọn làm đại hội điểm vào đầu quý mấy?', 'dai-hoi-diem'],
  [
    'unit',
    'Đảng bộ cơ sở phải đợi các chi bộ trực thuộc đại hội xong mới được đại hội, đúng không?',
    'lich-trinh',
  ],
  ['unit', 'Đại hội điểm ở chi bộ trực thuộc được làm trong tháng nào?', 'dai-hoi-diem'],

  // Facts, one topic each.
  [
    'fact',
    'Là bí thư chi bộ, tôi cần nắm đại hội chi bộ nhiệm kỳ 2025-2030 làm mấy nội dung chính?',
    'noi-dung',
  ],
  ['fact', 'Ngoài báo cáo chính trị, cấp ủy còn phải trình đại hội báo cáo gì nữa?', 'van-kien'],
  ['fact', 'Báo cáo kiểm điểm của chi ủy phải viết với tinh thần như thế nào?', 'van-kien'],
  ['fact', 'Trước đại hội cần thành lập những tổ giúp việc nào?', 'chuan-bi'],
  [
    'fact',
    'Hội nghị quán triệt văn bản về đại hội phải tổ chức trực tiếp hay được làm trực tuyến?',
    'chuan-bi',
  ],
  [
    'fact',
    'Kính gửi đồng chí, nguyên tắc quan trọng nhất khi tổ chức đại hội là nguyên tắc gì?',
    'nguyen-tac',
  ],
  ['fact', 'Lựa chọn nhân sự cấp ủy khóa mới phải căn cứ những văn bản nào?', 'nhan-su'],
  ['fact', 'Trước đại hội có cần rà soát, bổ sung quy hoạch cán bộ không?', 'nhan-su'],
  ['fact', 'Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII là của nhiệm kỳ nào?', 'dai-hoi-quan'],
  ['fact', 'Chỉ thị tháng 6/2024 của Bộ Chính trị về đại hội các cấp có mấy phụ lục?', 'chi-thi-35'],
  ['fact', 'Bảy yêu cầu của chỉ thị năm 2024 về đại hội đảng bộ các cấp là những gì?', 'chi-thi-35'],
  ['fact', 'Từ sau hội nghị quán triệt tháng 10/2024 tới giờ có những thay đổi gì?', 'thay-doi'],
  ['fact', 'Kính hỏi đồng chí, cấp huyện chính thức không còn kể từ thời điểm nào?', 'chinh-quyen-2-cap'],
  [
    'fact',
    'Kính hỏi khi bỏ cấp huyện, Hà Nội đã có bao nhiêu đảng bộ quận, huyện kết thúc hoạt động?',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'Đại hội chi bộ giờ mấy năm mới mần một lần dzậy?', 'chi-bo-5-nam'],
  [
    'fact',
    'Hồi trước chưa thí điểm thì Điều lệ Đảng bắt chi bộ đại hội mấy lần trong 5 năm dzậy?',
    'chi-bo-5-nam',
  ],
  [
    'fact',
    'Câu lạc bộ định tổ chức buổi xem lại truyền hình, vậy Đại hội đại biểu toàn quốc lần thứ XIV bế mạc hôm nào?',
    'dai-hoi-xiv',
  ],
  ['fact', 'Cho tôi danh sách các văn bản về đại hội nhiệm kỳ 2025-2030 mà bot dùng.', 'tai-lieu'],
  ['fact', 'Trung ương đánh giá thế nào về kết quả đại hội đảng bộ các cấp nhiệm kỳ 2025-2030?', 'ket-qua'],
  [
    'fact',
    'Đại hội các cấp xong xuôi rồi, kết luận của Bộ Chính trị và Ban Bí thư giao tiếp tục kiện toàn những gì?',
    'ket-qua',
  ],
  ['fact', 'Báo cáo chính trị có vai trò gì trong văn kiện đại hội?', 'van-kien'],
  ['fact', 'Tại đại hội chi bộ, đảng viên bỏ phiếu bầu những gì?', 'noi-dung'],
  ['fact', 'Tổng kết các đề án, chuyên đề nhiệm kỳ 2020-2025 có phải làm trước đại hội không?', 'chuan-bi'],

  // In scope, with off-topic words around the question.
  [
    'offword',
    'Trời nóng cúp điện liên tục, khách hàng gọi quá trời; tranh thủ hỏi: báo cáo chính trị của chi bộ phải đánh giá những gì?',
    'van-kien',
  ],
  [
    'offword',
    'Vừa đi ghi chỉ số công tơ về, cho tôi hỏi đại hội chi bộ nhiệm kỳ này gồm những nội dung nào?',
    'noi-dung',
  ],
  [
    'offword',
    'Tôi là công an về hưu, sáng nay đi tập dưỡng sinh về, xin hỏi Đại hội XIV diễn ra trong những ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Câu lạc bộ văn nghệ đang tập múa cho Tết, nhân tiện hỏi chính quyền địa phương 2 cấp vận hành từ khi nào?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Bữa nay mưa quá trời, ngồi nhà buồn hỏi chơi: tổ nhân sự, tổ văn kiện, tổ tổ chức lập ra để phục vụ cái gì?',
    'chuan-bi',
  ],
  [
    'offword',
    'Mới đi đám cưới về, hỏi chút: Đại hội Đảng bộ quận lần thứ XXVII là đại hội gì?',
    'dai-hoi-quan',
  ],
  [
    'offword',
    'Đang chờ xe buýt, hỏi nhanh: chọn nhân sự cấp ủy khóa mới theo tiêu chuẩn cán bộ nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Sau ca trực sự cố lưới điện, cho tôi hỏi những thay đổi quan trọng về đại hội từ năm 2025 tới nay là gì?',
    'thay-doi',
  ],
  [
    'offword',
    'Tụi tui đang đổ bánh xèo, hỏi luôn: Trung ương kết luận đại hội các cấp nhiệm kỳ này có thành công hông?',
    'ket-qua',
  ],
  [
    'offword',
    'Đi chợ về thấy băng rôn chào mừng, xin hỏi đại hội phải bảo đảm những yêu cầu gì về an toàn, chống lãng phí?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Câu lạc bộ tụi tôi định dựng sân khấu thật hoành tráng cho đại hội chi bộ, như vậy có trái yêu cầu không phô trương hình thức không?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Vừa dọn nhà văn hóa xong, cho hỏi đại hội điểm cấp quận làm ở những loại tổ chức đảng nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Đang uống cà phê sữa đá, hỏi thử: thí điểm đại hội chi bộ 5 năm một lần bắt đầu từ khi nào?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Cháu tôi học lớp 12 hỏi bài: Chỉ thị của Bộ Chính trị tháng 6/2024 về đại hội có mấy phần?',
    'chi-thi-35',
  ],
  [
    'offword',
    'Trưa nay ăn cơm tấm xong, cho hỏi bot lấy thông tin đại hội từ những văn bản nào?',
    'tai-lieu',
  ],
  [
    'offword',
    'Công ty đang chạy chỉ tiêu thu tiền điện cuối năm, mà chi bộ trực thuộc tụi tôi đại hội hạn chót là khi nào?',
    'lich-trinh',
  ],

  // Two-part questions.
  [
    'two-part',
    'Chi bộ kinh doanh điện chuẩn bị đại hội: đại hội có mấy nội dung, và chi ủy phải trình những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Kính hỏi chi bộ trực thuộc tiến hành đại hội trong các tháng nào, và đại hội điểm được làm vào lúc nào?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Đại hội XIV diễn ra ngày nào, và kết quả đại hội đảng bộ các cấp được đánh giá ra sao?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Cấp huyện không còn từ khi nào, và chi bộ giờ mấy năm đại hội một lần?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Kính hỏi nguyên tắc tổ chức đại hội là gì, đồng thời trước đại hội phải thành lập những tổ nào?',
    'nguyen-tac+chuan-bi',
  ],
  ['two-part', 'Chọn nhân sự cấp ủy mới căn cứ vào đâu, và đại hội bầu những gì?', 'nhan-su+noi-dung'],
  [
    'two-part',
    'Chỉ thị tháng 6/2024 về đại hội có những yêu cầu gì, và sau đó đã có những thay đổi nào?',
    'chi-thi-35+thay-doi',
  ],
  [
    'two-part',
    'When did the 14th National Congress take place, and what are the four contents of a grassroots congress?',
    'dai-hoi-xiv+noi-dung',
  ],
  [
    'two-part',
    'Báo cáo kiểm điểm viết sao cho đúng, rồi đại hội chi bộ cơ sở chừng nào phải xong dzậy?',
    'van-kien+lich-trinh',
  ],
  [
    'two-part',
    'Bot dùng những văn bản nào, và từ hội nghị tháng 10/2024 đến nay có gì thay đổi?',
    'tai-lieu+thay-doi',
  ],
  [
    'two-part',
    'Đại hội Đảng bộ quận lần thứ XXVII là gì, và bây giờ cấp quận còn không?',
    'dai-hoi-quan+chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'Who picked the units for the pilot congresses, and which principles must every congress follow?',
    'dai-hoi-diem+nguyen-tac',
  ],

  // Typos, abbreviations, no diacritics.
  ['typo', 'dh chi bo nk 2025-2030 gom nhung nd gi', 'noi-dung'],
  ['typo', 'bcct chi bo dien luc can danh gia nhung mat nao', 'van-kien'],
  ['typo', 'cb truc thuoc dh phai xong trong thang may z ad', 'lich-trinh'],
  ['typo', 'thi diem dh chi bo 5 nam 1 lan co hieu luc tu bua nao', 'chi-bo-5-nam'],
  ['typo', 'dai hoi dai bieu toan quoc lan thu XIV to chuc ngay nao z', 'dai-hoi-xiv'],
  ['typo', 'chinh quyen dia phuong hai cap van hanh tu ngay nao vay', 'chinh-quyen-2-cap'],
  ['typo', 'tieu chuan nhan su cap uy khoa moi can cu van ban nao', 'nhan-su'],
  ['typo', 'dai hoi diem cua DBCS lam thang nao', 'dai-hoi-diem'],
  ['typo', 'nguyen tac tap trung dan chu trong to chuc dh la sao', 'nguyen-tac'],
  ['typo', 'tw danh gia ket qua dh cac cap nk 2025 2030 ra sao ad', 'ket-qua'],
  ['typo', 'hoi nghi quan triet cac van ban ve dh co to chuc truc tuyen dc ko', 'chuan-bi'],
  ['typo', 'Bảo cáo kiêm điểm của chi ủy phải có tính chíến đấu, tự phê bìn là thế nào?', 'van-kien'],
  ['typo', 'Đai hôi đảng bộ quân Hai Bà Trưng lần thứ XXVII tiến tới theo kế hoặch nào?', 'dai-hoi-quan'],
  ['typo', 'nhung thay doi ve dh tu sau hoi nghi quan triet thang 10/2024', 'thay-doi'],

  // English.
  ['en', 'What are the four things a party cell congress has to do in the 2025-2030 term?', 'noi-dung'],
  [
    'en',
    "I'm a German exchange student: which two reports does the committee present to its congress?",
    'van-kien',
  ],
  [
    'en',
    "I'm writing my Bachelorarbeit in Berlin about Vietnam: what must the political report of a party cell assess?",
    'van-kien',
  ],
  [
    'en',
    'Since when has Vietnam had two-level local government, with no more districts?',
    'chinh-quyen-2-cap',
  ],
  [
    'en',
    'A friend in Leipzig asked me: under the new pilot, how many years pass between two party cell congresses?',
    'chi-bo-5-nam',
  ],
  ['en', 'What teams should a party organisation set up before its congress?', 'chuan-bi'],
  ['en', 'What does democratic centralism have to do with organising a congress?', 'nguyen-tac'],
  ['en', 'Were the 2025-2030 congresses at all levels a success, according to the Politburo?', 'ket-qua'],
  ['en', 'What has changed since the Hai Ba Trung conference in October 2024?', 'thay-doi'],
  [
    'en',
    'The 2024 directive on congresses toward the 14th Congress: how many parts and appendices does it have?',
    'chi-thi-35',
  ],
  ['en', 'For my seminar paper: please list the documents your answers are based on.', 'tai-lieu'],
  ['en', 'What was the twenty-seventh party congress of Hai Ba Trung district?', 'dai-hoi-quan'],
  ['en', 'How were the new committee members supposed to be chosen?', 'nhan-su'],
  ['en', 'Which dates in January 2026 did the Party’s 14th National Congress run?', 'dai-hoi-xiv'],

  // Out of scope: the electricity company.
  ['lookalike', 'Hội nghị người lao động Công ty Điện lực năm nay cần chuẩn bị những báo cáo gì?', null],
  [
    'lookalike',
    'Đại hội công đoàn cơ sở Công ty Điện lực nhiệm kỳ mới bầu bao nhiêu ủy viên ban chấp hành?',
    null,
  ],
  ['lookalike', 'Lịch cắt điện khu vực phường tôi tuần sau thế nào?', null],
  ['lookalike', 'Giá điện sinh hoạt bậc thang đang tính bao nhiêu một ký điện vậy?', null],
  ['lookalike', 'Hội nghị khách hàng sử dụng điện lớn năm nay tổ chức ở đâu?', null],
  [
    'lookalike',
    'Chi bộ phòng kinh doanh điện lực muốn kết nạp một nhân viên ghi chỉ số công tơ thì cần hồ sơ gì?',
    null,
  ],
  ['lookalike', 'Đại hội chi đoàn thanh niên Công ty Điện lực phải có mấy nội dung?', null],
  ['lookalike', 'Khách hàng hỏi sao hóa đơn tiền điện tháng này tăng gấp đôi, tôi trả lời thế nào?', null],
  ['lookalike', 'Đăng ký lắp điện mặt trời mái nhà bán điện lên lưới cần thủ tục gì?', null],
  ['lookalike', 'Hội thao ngành điện chào mừng đại hội thì thi những môn gì?', null],
  ['lookalike', 'Đảng phí của đảng viên công ty điện lực có tính trên phụ cấp độc hại không?', null],
  ['lookalike', 'Hội nghị tổng kết sản xuất kinh doanh điện cuối năm nên mời những ai?', null],
  ['lookalike', 'An toàn điện mùa mưa bão cần tuyên truyền những gì cho khách hàng?', null],
  [
    'lookalike',
    'Chi bộ điện lực cử đảng viên đi học lớp trung cấp lý luận chính trị thì thủ tục thế nào?',
    null,
  ],
  ['lookalike', 'Đại hội xong, chi bộ giao tôi chỉ tiêu giảm tổn thất điện năng, làm sao giảm được?', null],
  ['lookalike', 'Đi dự đại hội thì công ty điện lực có chấm công ngày đó cho tôi không?', null],

  // Out of scope: the retired police officer.
  [
    'lookalike',
    'Kính gửi đồng chí, Đại hội Hội Cựu Công an nhân dân phường nhiệm kỳ tới tổ chức vào thời gian nào?',
    null,
  ],
  [
    'lookalike',
    'Xin đồng chí cho biết thủ tục chuyển sinh hoạt đảng về nơi cư trú khi nghỉ hưu từ ngành công an.',
    null,
  ],
  ['lookalike', 'Tôi xin hỏi lương hưu của sĩ quan công an nghỉ hưu năm nay được điều chỉnh ra sao?', null],
  ['lookalike', 'Kính hỏi, thủ tục xin cấp phiếu lý lịch tư pháp số 2 hiện nay thế nào?', null],
  ['lookalike', 'Hội nghị Công an toàn quốc vừa rồi đã kết luận những nội dung gì?', null],
  [
    'lookalike',
    'Tôi muốn được biết Ngày hội toàn dân bảo vệ an ninh Tổ quốc ở khu dân cư tổ chức những nội dung gì.',
    null,
  ],
  ['lookalike', 'Kính gửi đồng chí, đảng viên bị mất thẻ đảng thì làm thủ tục cấp lại ra sao?', null],
  ['lookalike', 'Tổ bảo vệ an ninh, trật tự ở cơ sở được bầu tại hội nghị khu dân cư như thế nào?', null],
  ['lookalike', 'Xin đồng chí hướng dẫn cách tố giác một vụ lừa đảo qua mạng với cơ quan công an.', null],
  [
    'lookalike',
    'Đại hội thi đua Vì an ninh Tổ quốc của công an thành phố năm nay có những hình thức khen thưởng gì?',
    null,
  ],
  [
    'lookalike',
    'Sau đại hội chi bộ khu dân cư, tôi được giao phụ trách tổ hòa giải; hòa giải tranh chấp ranh giới đất thế nào?',
    null,
  ],

  // Out of scope: the residents' cultural club.
  [
    'lookalike',
    'Câu lạc bộ văn nghệ khu dân cư muốn dựng tiết mục múa quạt chào mừng đại hội, nên chọn bài hát nào?',
    null,
  ],
  ['lookalike', 'Đại hội thành lập câu lạc bộ dưỡng sinh của khu phố cần những thủ tục gì?', null],
  ['lookalike', 'Nhà văn hóa tổ dân phố có được cho thuê để tổ chức đám cưới không?', null],
  ['lookalike', 'Bầu chủ nhiệm câu lạc bộ thơ ca thì bỏ phiếu kín hay giơ tay?', null],
  ['lookalike', 'Hồ sơ bình xét danh hiệu Gia đình văn hóa năm nay gồm những gì?', null],
  ['lookalike', 'Liên hoan tiếng hát người cao tuổi của phường hạn chót đăng ký dự thi là khi nào?', null],
  ['lookalike', 'Xin kinh phí hoạt động câu lạc bộ từ ủy ban phường mới thì làm văn bản ra sao?', null],
  ['lookalike', 'Đại hội chi hội người cao tuổi tổ dân phố phải bầu những ai?', null],
  ['lookalike', 'Thuê trang phục áo dài đồng diễn cho buổi mít tinh ở đâu rẻ?', null],
  ['lookalike', 'Quy chế hoạt động của câu lạc bộ khiêu vũ thể thao nên có mấy chương?', null],
  [
    'lookalike',
    'Đại hội thể dục thể thao phường năm nay câu lạc bộ tụi tôi đăng ký môn kéo co được không?',
    null,
  ],
  [
    'lookalike',
    'Đại hội chi bộ xong, câu lạc bộ muốn tổ chức giao lưu văn nghệ với phường bạn thì xin phép ở đâu?',
    null,
  ],
  ['lookalike', 'Tôi cần mẫu giấy mời đại biểu dự buổi liên hoan văn nghệ của khu phố.', null],

  // Out of scope: the German exchange student.
  ['lookalike', 'How does the SPD elect its leader at a federal party congress (Parteitag)?', null],
  ['lookalike', 'When is the next CDU party conference in Germany?', null],
  ['lookalike', 'How do I extend my student visa and temporary residence card in Hanoi?', null],
  [
    'lookalike',
    'Can you compare the Bundestag election with how the National Assembly of Vietnam is elected?',
    null,
  ],
  ['lookalike', "What happened at the Chinese Communist Party's twentieth National Congress?", null],
  [
    'lookalike',
    'Is there a student congress at Vietnam National University that I can join as an exchange student?',
    null,
  ],
  ['lookalike', 'Which Vietnamese tones are hardest for German speakers?', null],
  ['lookalike', 'Where can I buy a train ticket from Hanoi to Hue for the Tet holiday?', null],
  [
    'lookalike',
    'My German professor asked me to write about the Congress of Vienna in 1815, can you help?',
    null,
  ],
  ['lookalike', 'Does the German Left party (Die Linke) hold a party congress every year?', null],
  [
    'lookalike',
    'How do I register for an academic conference on Southeast Asian studies in Ho Chi Minh City?',
    null,
  ],

  // Out of scope: the Southern member.
  ['lookalike', 'Đám giỗ ông ngoại tui bữa nay, mần mâm cúng mấy món là đủ hen?', null],
  ['lookalike', 'Đại hội võ thuật cổ truyền tỉnh năm nay tổ chức ở đâu dzậy?', null],
  ['lookalike', 'Lễ hội Nghinh Ông ở Cần Giờ năm nay chừng nào diễn ra?', null],
  ['lookalike', 'Hội chợ Tết ở nhà văn hóa phường có cho đăng ký gian hàng bánh tét hông?', null],
  ['lookalike', 'Ấp tui muốn thành lập câu lạc bộ đờn ca tài tử thì xin phép ai?', null],
  ['lookalike', 'Cúng đình Kỳ Yên năm nay ban tế tự có bầu lại hông?', null],
  ['lookalike', 'Đua ghe ngo ở Sóc Trăng tháng mấy mới tổ chức dzậy?', null],
  ['lookalike', 'Giá lúa bữa nay bao nhiêu một ký dzậy?', null],
  ['lookalike', 'Tui muốn đi nhậu mừng chi bộ mới đại hội xong, quán lẩu mắm nào ngon ở Cần Thơ?', null],
  ['lookalike', 'Đại hội xã viên hợp tác xã nông nghiệp ấp tui phải có mấy báo cáo?', null],
  ['lookalike', 'Chi bộ tụi tui họp tháng này đổi qua tối thứ Bảy được hông?', null],
  [
    'lookalike',
    'Đại hội xong tui được bầu vô chi ủy, giờ có phải đi học lớp bồi dưỡng cấp ủy viên hông?',
    null,
  ],

  // Out of scope: other party business and daily life with congress words.
  ['lookalike', 'Sau đại hội, bí thư chi bộ mới có được nhận phụ cấp kiêm nhiệm không?', null],
  ['lookalike', 'Đồng chí viết giùm tôi bài phát biểu chúc mừng đại hội chi bộ khoảng 500 chữ.', null],
  ['lookalike', 'Máy photocopy in tài liệu đại hội bị kẹt giấy thì sửa thế nào?', null],
  ['lookalike', 'Đại hội Hội Doanh nhân trẻ thành phố năm nay tổ chức ở khách sạn nào?', null],
  [
    'lookalike',
    'Chi bộ tổ chức đi tham quan về nguồn ở Pác Bó sau đại hội thì dự trù kinh phí bao nhiêu?',
    null,
  ],
  ['lookalike', 'Phần mềm Sổ tay đảng viên điện tử đăng nhập bị lỗi thì làm sao?', null],
];

export const NEWSET100: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
