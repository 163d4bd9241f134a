/**
 * The seventy-fifth new evaluation set (issue 11, point 6), written on 2026-12-04 from 04:00 UTC
 * (committed in the commit "Eval: newset75, the seventy-fifth unseen set") by a helper (set75) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before its `const items`) and its last line, the part of newset.ts before
 * `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under src/,
 * bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items
 * (newset74.ts included) were read. Its users are imagined as the secretary of the party cell of a
 * residential group in a pagoda neighbourhood, a member who runs a small shop and asks between
 * customers, a deputy head of a grassroots committee's inspection commission, a Japanese graduate
 * student who writes in English, and a member who writes very long sentences with many commas;
 * with the out-of-scope messages such users send (other organisations' congresses and meetings:
 * an apartment building's owners' conference, a grassroots mediation team, a market traders'
 * association, a bonsai and ornamental-plant association, an agricultural cooperative's members'
 * meeting, a provincial hometown association, a school's parents' meeting, voters' meetings with
 * ward councillors, the Red Cross and the study-promotion association, a health-exercise club, the
 * Japanese Communist Party, the US Democratic National Convention; other senses of "đại hội" and
 * "hội nghị": a shop's "sale congress", a martial-arts game event, the Paris and Yalta conferences;
 * other party business the pack does not cover: a pagoda's guest house as a meeting place, Vu Lan
 * offerings, members at temple rites, a member's funeral and the party flag, termite-eaten member
 * files, a member working in Japan, anniversary parties, field trips to revolutionary sites and
 * their money, a war memoir, the electronic member handbook app, members running a shop; the
 * inspection commission's own work: inspection minutes, lifting a reprimand, a collapsed rotating
 * savings group, anonymous denunciations, its annual plan, who may sit on it or keep the dues,
 * party finance audits, asset declarations, appeals against discipline; people, phone numbers and
 * addresses of the new ward's committee; money: a cell secretary's allowance, household-business
 * tax after the flat tax, cash registers linked to the tax office, bank QR codes, wholesale beer
 * prices, poverty thresholds, invoices for drinks supplied to a congress; government services:
 * death registration on VNeID, street renaming and house papers, blocked drains, university
 * admission choices; neighbourhood life: karaoke at night, cultured-family ratings, the national
 * unity festival, selling cigarettes to pupils; research help: interviews, an English Party
 * Charter, comparisons with the LDP's leadership race, women elected to the Central Committee,
 * archives, fieldwork visas, citation style, a café near Đại Cồ Việt, the 2026 National Assembly
 * election, a cell for students in Japan; and the bot itself: Zalo, privacy, who made it).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset75.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which named units were chosen
 * for the pilot congresses, who was elected, age limits, committee sizes, election procedure, the
 * money a congress may spend, which cells the five-yearly pilot covers, membership figures) were
 * left out, not guessed.
 * Engine changes reached main after its commit: 8f8c58f (an association named by its capitals holds
 * the congress, an English clause pointing back, absent phrases for newset73's classes), dd4e38b
 * (the word prior relearned with newset74) and 3a109a2 (absent phrases for newset74's classes); its
 * writer saw none of them. It was measured once, at 04:12 UTC on main 3a109a2 (`node --expose-gc
 * dist/bench/qa.js`, load 2.59): qa_new_top1 96.8 %, qa_new_oos_refused 97.1 % (5 in-scope misses,
 * 2 lookalikes answered; qa_p99_us 98.9 in that run, p50 28.0). Its misses were listed after that
 * run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number, at least three spellings each.
  [
    'doc',
    'Tổ dân phố cạnh chùa của tôi vẫn dán bản Chỉ thị số 35-CT/TW năm 2024 trên bảng tin, văn bản đó giờ còn hiệu lực không?',
    'doc:ct-35-2024',
  ],
  ['doc', 'CT35 năm 2024 của Bộ Chính trị tóm lại là văn bản gì vậy đồng chí', 'doc:ct-35-2024'],
  [
    'doc',
    'Is Directive 35 of 2024 on the congresses toward the 14th Congress still valid?',
    'doc:ct-35-2024',
  ],
  ['doc', 'chi thi 35 nam 2024 ai ky ban hanh', 'doc:ct-35-2024'],
  [
    'doc',
    'Chỉ thị 35-CT/TW ngày 30/5/2019 hướng tới Đại hội XIII, chi bộ tổ dân phố còn dùng được không?',
    'doc:ct-35-2019',
  ],
  [
    'doc',
    'Trong tủ hồ sơ chi bộ còn tập CT 35 năm 2019 của nhiệm kỳ trước, văn bản ấy bây giờ tình trạng thế nào?',
    'doc:ct-35-2019',
  ],
  ['doc', 'My sources cite a 2019 directive No. 35 for the 13th Congress; what is it?', 'doc:ct-35-2019'],
  [
    'doc',
    'Bên UBKT chúng tôi cần ghi trích yếu: Kết luận 118-KL/TW do cơ quan nào ban hành?',
    'doc:kl-118-2025',
  ],
  ['doc', 'KL 118 đầu năm 2025 sửa những gì, giờ còn áp dụng không', 'doc:kl-118-2025'],
  [
    'doc',
    'For a footnote in my thesis: what did Conclusion 118 of January 2025 change, and is it still in force?',
    'doc:kl-118-2025',
  ],
  ['doc', 'kl118 con hieu luc k', 'doc:kl-118-2025'],
  [
    'doc',
    'Chỉ thị 45-CT/TW của Bộ Chính trị ký ngày nào, tôi cần ghi vào sổ biên bản chi bộ tổ dân phố',
    'doc:ct-45-2025',
  ],
  [
    'doc',
    'Tranh thủ lúc vắng khách: CT45 ra đời thì thay cho những văn bản nào hả đồng chí?',
    'doc:ct-45-2025',
  ],
  [
    'doc',
    'For my research on Vietnamese grassroots politics: what is Directive 45-CT/TW about?',
    'doc:ct-45-2025',
  ],
  ['doc', 'chi thi so 45 nam 2025 con hieu luc khong', 'doc:ct-45-2025'],
  ['doc', 'Kết luận 200-KL/TW về kết quả đại hội các cấp do ai ký ban hành?', 'doc:kl-200-2025'],
  ['doc', 'Khách vừa về, tôi hỏi nhanh: KL 200 tháng 10/2025 nói gì?', 'doc:kl-200-2025'],
  ['doc', 'Could you show me Conclusion No. 200 of October 2025?', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW hướng dẫn cho văn bản nào vậy?', 'doc:hd-27-2024'],
  ['doc', 'HD 27 của Ban Tổ chức Trung ương năm 2024 có nội dung chi tiết không?', 'doc:hd-27-2024'],
  ['doc', 'Guidance 27 of the Central Organisation Commission: date and status?', 'doc:hd-27-2024'],
  [
    'doc',
    'Sổ lưu văn bản của chi bộ tổ dân phố bị nhòe chữ, Hướng dẫn số 18-HD/BTCTU của Ban Tổ chức Thành ủy ra ngày nào?',
    'doc:hd-18-2024',
  ],
  ['doc', 'hd18 btctu con dung k', 'doc:hd-18-2024'],
  ['doc', 'What does guidance 18-HD/BTCTU of the Hanoi organisation board cover?', 'doc:hd-18-2024'],
  [
    'doc',
    'Kế hoạch 258-KH/TU của Thành ủy Hà Nội, UBKT chúng tôi cần biết ngày ban hành và tình trạng hiện nay',
    'doc:kh-258-2024',
  ],
  ['doc', 'Phó chủ nhiệm UBKT hỏi: KH 258 của Thành ủy bây giờ tình trạng ra sao?', 'doc:kh-258-2024'],
  ['doc', 'Is Plan 258 of the Hanoi Party Committee available in your sources?', 'doc:kh-258-2024'],
  [
    'doc',
    'Kế hoạch số 203-KH/QU của Quận ủy Hai Bà Trưng nay còn giá trị không khi quận đã giải thể?',
    'doc:kh-203-2024',
  ],
  ['doc', 'kh203 quan uy ve gi vay', 'doc:kh-203-2024'],
  ['doc', 'Plan No. 203-KH/QU: who issued it and when?', 'doc:kh-203-2024'],
  [
    'doc',
    'Tôi đang viết báo cáo cho chi bộ, Nghị quyết 26-NQ/TW năm 2018 về cán bộ do Ban Chấp hành Trung ương khóa mấy ban hành vậy?',
    'doc:nq-26-2018',
  ],
  ['doc', 'NQ 26 về xây dựng đội ngũ cán bộ các cấp còn hiệu lực không', 'doc:nq-26-2018'],
  [
    'doc',
    'My professor mentioned Resolution 26 of May 2018 on cadres; which body issued it?',
    'doc:nq-26-2018',
  ],
  [
    'doc',
    'Giữa hai lượt khách tôi hỏi: Quy định 89-QĐ/TW về tiêu chuẩn cán bộ đã bị văn bản khác thay chưa?',
    'doc:qd-89-2017',
  ],
  ['doc', 'Chi bộ tôi giới thiệu nhân sự vẫn dẫn QĐ 89, vậy văn bản đó còn dùng không', 'doc:qd-89-2017'],
  ['doc', 'Was Regulation 89 of 2017 replaced?', 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365-QĐ/TW ban hành ngày nào và thay văn bản nào?', 'doc:qd-365-2025'],
  ['doc', 'qd365 la quy dinh ve gi', 'doc:qd-365-2025'],
  ['doc', 'Regulation No 365 of the Politburo, what does it set?', 'doc:qd-365-2025'],
  [
    'doc',
    'Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy về đánh giá cán bộ còn dùng không?',
    'doc:qd-14-2023',
  ],
  ['doc', 'QĐ 14 của Thành ủy Hà Nội năm 2023 nói về cái gì', 'doc:qd-14-2023'],
  [
    'doc',
    'Regulation 14-QĐ/TU of November 2023 on evaluating cadres: which board issued it and is it confirmed?',
    'doc:qd-14-2023',
  ],
  [
    'doc',
    'Quy định 2656-QĐ/QU của Ban Thường vụ Quận ủy, khi quận không còn thì văn bản đó tình trạng ra sao?',
    'doc:qd-2656-2023',
  ],
  ['doc', 'QĐ 2656 quận ủy về tiêu chí gì hả đồng chí', 'doc:qd-2656-2023'],
  ['doc', 'regulation 2656 of the district standing board, status please', 'doc:qd-2656-2023'],
  [
    'doc',
    'Quy định số 1216-QĐ/QU về quy hoạch cán bộ còn hiệu lực sau khi bỏ quận không?',
    'doc:qd-1216-2022',
  ],
  ['doc', 'qd 1216 ngay bao nhieu', 'doc:qd-1216-2022'],
  ['doc', 'Văn bản 1216 của Ban Thường vụ Quận ủy năm 2022 là gì?', 'doc:qd-1216-2022'],
  [
    'doc',
    'Chi bộ tổ dân phố cạnh chùa chúng tôi muốn biết Quy định 294-QĐ/TW có hiệu lực từ ngày nào',
    'doc:qd-294-2025',
  ],
  ['doc', 'QĐ294 thí điểm cái gì vậy, chi bộ tổ dân phố có liên quan không', 'doc:qd-294-2025'],
  ['doc', 'Who issued Regulation 294 on five-yearly cell congresses?', 'doc:qd-294-2025'],
  ['doc', 'Hướng dẫn 26-HD/BTCTW năm 2019 còn áp dụng không?', 'doc:hd-26-2019'],
  ['doc', 'HD 26 năm 2019 của Ban Tổ chức Trung ương hướng dẫn chỉ thị nào', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26-HD/BTCTW from 2019, is it still used?', 'doc:hd-26-2019'],

  // Documents the pack does not hold.
  [
    'unknown-doc',
    'Quy định 22-QĐ/TW về công tác kiểm tra, giám sát và kỷ luật của Đảng, bot có văn bản này không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Quy định 69-QĐ/TW về kỷ luật đảng viên vi phạm quy định mức khiển trách thế nào?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Hướng dẫn 02-HD/UBKTTW về quy trình kiểm tra khi có dấu hiệu vi phạm', 'unknown-doc'],
  [
    'unknown-doc',
    'Chỉ thị 36-CT/TW có quy định gì về đại hội chi bộ tổ dân phố không, tôi tìm mãi không thấy?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Quy định 213-QĐ/TW về đảng viên đang công tác giữ mối liên hệ với chi bộ nơi cư trú',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kế hoạch 47-KH/ĐU của đảng ủy phường về đại hội chi bộ tổ dân phố', 'unknown-doc'],
  ['unknown-doc', 'KL 150 của Ban Bí thư nói gì về nhân sự đại hội?', 'unknown-doc'],
  ['unknown-doc', 'Do you have Directive 53-CT/TW in your sources?', 'unknown-doc'],
  [
    'unknown-doc',
    'Regulation 232-QĐ/TW on implementing the Party Charter: what does it say about cell congresses?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Quy định 296-QĐ/TW về công tác kiểm tra của UBKT các cấp', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 12-HD/BTCTW năm 2025 về đại hội có gì mới', 'unknown-doc'],
  ['unknown-doc', 'thong bao 07-TB/TU cua thanh uy ve lich dai hoi', 'unknown-doc'],
  ['unknown-doc', 'CT 50 của Bộ Chính trị còn hiệu lực không?', 'unknown-doc'],
  ['unknown-doc', 'Công văn 1502-CV/ĐU của Đảng ủy phường về lịch đại hội chi bộ', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 21-NQ/TW có áp dụng cho chi bộ khu dân cư không?', 'unknown-doc'],

  // Facts the topics state.
  ['fact', 'Văn kiện cấp ủy trình đại hội có hai báo cáo chủ yếu, đó là những báo cáo nào?', 'van-kien'],
  [
    'fact',
    'Tôi cần ghi vào sổ nghị quyết chi bộ: Đại hội đại biểu toàn quốc lần thứ XIV của Đảng khai mạc ngày nào, bế mạc ngày nào?',
    'dai-hoi-xiv',
  ],
  ['fact', 'Cấp huyện chính thức không còn kể từ ngày nào?', 'chinh-quyen-2-cap'],
  [
    'fact',
    'Ở Hà Nội có bao nhiêu đảng bộ cấp huyện kết thúc hoạt động khi vận hành chính quyền hai cấp?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Ban Thường vụ Quận ủy chọn mấy đảng bộ, chi bộ làm đại hội điểm đầu quý I/2025, thuộc loại nào?',
    'dai-hoi-diem',
  ],
  ['fact', 'Đợt đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030 đến nay đã kết thúc chưa?', 'ket-qua'],
  [
    'fact',
    'Chỉ thị của Bộ Chính trị năm 2024 về đại hội đảng bộ các cấp có bao nhiêu phụ lục, gồm những phụ lục gì?',
    'chi-thi-35',
  ],
  ['fact', 'Báo cáo kiểm điểm của cấp ủy trong nhiệm kỳ phải có tính gì?', 'van-kien'],
  ['fact', 'Khi giới thiệu nhân sự cấp ủy khóa mới phải quán triệt nghị quyết nào về cán bộ?', 'nhan-su'],
  ['fact', 'Theo quy định thí điểm mới, chi bộ bao nhiêu năm thì đại hội một lần?', 'chi-bo-5-nam'],
  [
    'fact',
    'Công tác chuẩn bị đại hội có yêu cầu tổng kết các đề án, chuyên đề của nhiệm kỳ trước không?',
    'chuan-bi',
  ],
  ['fact', 'Đại hội phải bảo đảm những yêu cầu gì về an toàn, thiết thực, chống lãng phí?', 'nguyen-tac'],
  [
    'fact',
    'Các đại hội cơ sở ở Hai Bà Trưng được tổ chức tiến tới đại hội đảng bộ quận lần thứ mấy?',
    'dai-hoi-quan',
  ],
  ['fact', 'Từ sau hội nghị quán triệt tháng 10/2024, những văn bản nào đã được thay thế?', 'thay-doi'],
  ['fact', 'Kết quả đại hội các cấp được Bộ Chính trị, Ban Bí thư đánh giá thế nào?', 'ket-qua'],

  // In scope, with everyday words around the question.
  [
    'offword',
    'Đang bán hàng, khách đông quá, đồng chí cho hỏi nhanh đại hội chi bộ phải làm mấy nội dung?',
    'noi-dung',
  ],
  [
    'offword',
    'Sáng nay đi chùa về tôi mới sực nhớ, báo cáo kiểm điểm của chi ủy viết sao cho có tính chiến đấu?',
    'van-kien',
  ],
  [
    'offword',
    'Trời mưa ngập cả ngõ, các cụ không đi được, hội nghị quán triệt có được kết hợp trực tuyến không?',
    'chuan-bi',
  ],
  [
    'offword',
    'Vừa pha xong ấm trà thì nhớ ra, đại hội phải chống lãng phí, không phô trương hình thức, đúng không đồng chí?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Con gái tôi du học bên Nhật gọi điện về hỏi, quận mình còn không hay đã bỏ cấp huyện rồi?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Khách đang đợi lấy thẻ cào, tôi hỏi tranh thủ: chi bộ cơ sở phải đại hội xong trước ngày nào?',
    'lich-trinh',
  ],
  [
    'offword',
    'Mấy bà bán xôi ở cổng chùa cũng hỏi tôi Đại hội XIV của Đảng họp hôm nào, đồng chí trả lời giúp.',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Tối qua mất điện cả phố nên tôi chưa đọc được: đại hội điểm của chi bộ trực thuộc làm vào tháng nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Con mèo làm đổ lọ mực lên sổ ghi chép, tôi chép lại: nhân sự cấp ủy khóa mới chọn theo những quy định nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Hàng Tết về nhiều, bận quá, đồng chí nói gọn giúp: đại hội các cấp nhiệm kỳ này đã xong xuôi chưa?',
    'ket-qua',
  ],
  [
    'offword',
    'Ông hàng xóm đánh cờ tướng bảo chi bộ từ nay năm năm mới đại hội một lần, có đúng vậy không?',
    'chi-bo-5-nam',
  ],
  ['offword', 'Đang kho cá trên bếp, tôi hỏi vội: chuẩn bị đại hội phải lập những tổ nào?', 'chuan-bi'],
  [
    'offword',
    'Khách quen vừa mua bao gạo vừa hỏi tôi, chỉ thị về đại hội của Bộ Chính trị năm 2024 có mấy yêu cầu, đồng chí nhắc giúp.',
    'chi-thi-35',
  ],
  [
    'offword',
    'Cháu nội đang ôn thi bên cạnh, tôi hỏi lẹ: sau hội nghị quán triệt 23/10/2024 có những thay đổi gì?',
    'thay-doi',
  ],

  // Per unit type.
  [
    'unit',
    'Chi bộ tổ dân phố của tôi trực thuộc đảng ủy phường, đại hội phải hoàn thành trong tháng mấy?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng bộ cơ sở có phải đợi các chi bộ trực thuộc đại hội xong rồi mới tiến hành đại hội không?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở bắt đầu tổ chức đại hội từ tháng nào?', 'lich-trinh'],
  ['unit', 'Đảng bộ cơ sở phải chọn mấy chi bộ trực thuộc để chỉ đạo đại hội điểm?', 'dai-hoi-diem'],
  ['unit', 'Chi bộ cơ sở có nằm trong diện được chọn làm đại hội điểm của quận không?', 'dai-hoi-diem'],
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở đại hội thì có bầu đoàn đại biểu đi đại hội cấp trên không?',
    'noi-dung',
  ],
  [
    'unit',
    'Là phó chủ nhiệm UBKT, tôi muốn biết đảng ủy cơ sở trình đại hội đảng bộ những báo cáo chủ yếu nào',
    'van-kien',
  ],
  ['unit', 'Đảng bộ cơ sở cần thành lập những tổ giúp việc nào để phục vụ đại hội?', 'chuan-bi'],
  [
    'unit',
    'In my fieldwork notes, I need the deadline by which a grassroots party committee had to hold its congress. What was it?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đại hội đảng viên hoặc đại hội đại biểu đảng bộ cơ sở tiến hành vào thời gian nào?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng bộ khối hành chính sự nghiệp mà Ban Thường vụ Quận ủy chọn thì đại hội điểm vào khoảng thời gian nào?',
    'dai-hoi-diem',
  ],
  ['unit', 'Chi bộ trực thuộc đảng ủy cơ sở đại hội thì phải làm những nội dung gì?', 'noi-dung'],
  [
    'unit',
    'For a party cell under a grassroots committee, which months did its congress window span?',
    'lich-trinh',
  ],

  // Two parts, two topics.
  [
    'two-part',
    'Đại hội chi bộ gồm những nội dung gì, và chi ủy phải trình những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ trực thuộc đại hội vào thời gian nào, và đại hội điểm tổ chức ra sao?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Chọn nhân sự cấp ủy khóa mới theo văn bản nào, còn khâu chuẩn bị đại hội cần lập những tổ gì?',
    'nhan-su+chuan-bi',
  ],
  [
    'two-part',
    'Đại hội XIV của Đảng họp khi nào, và đại hội các cấp nhiệm kỳ 2025 - 2030 kết quả ra sao?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Cấp huyện còn tồn tại không, và chi bộ bây giờ mấy năm đại hội một lần?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Chỉ thị về đại hội của Bộ Chính trị năm 2024 gồm mấy phần, và từ đó đến nay có những thay đổi gì?',
    'chi-thi-35+thay-doi',
  ],
  [
    'two-part',
    'Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII theo kế hoạch nào, và đại hội phải theo nguyên tắc gì?',
    'dai-hoi-quan+nguyen-tac',
  ],
  [
    'two-part',
    'What are the four items on a congress agenda, and when did grassroots cells hold their congresses?',
    'noi-dung+lich-trinh',
  ],
  [
    'two-part',
    'Báo cáo chính trị phải viết thế nào, và đại hội chống lãng phí, phô trương ra sao?',
    'van-kien+nguyen-tac',
  ],
  [
    'two-part',
    'Bot dựa vào những văn bản nào, và đại hội các cấp đã tổ chức thành công chưa?',
    'tai-lieu+ket-qua',
  ],
  [
    'two-part',
    'Đại hội điểm làm vào tháng nào, và đại hội chi bộ cơ sở phải xong trước hạn nào?',
    'dai-hoi-diem+lich-trinh',
  ],
  [
    'two-part',
    'Quy hoạch cán bộ rà soát, bổ sung theo quy định nào, đồng thời đại hội bầu những gì?',
    'nhan-su+noi-dung',
  ],
  [
    'two-part',
    'Tôi xin hỏi hai việc, việc thứ nhất là đại hội chi bộ nay bao lâu tổ chức một lần, việc thứ hai là Đại hội XIV của Đảng đã họp xong chưa, cảm ơn đồng chí.',
    'chi-bo-5-nam+dai-hoi-xiv',
  ],
  [
    'two-part',
    'Các tổ chức cơ sở đảng phải chuẩn bị những việc gì, và từ sau hội nghị quán triệt đến nay đã có những thay đổi gì?',
    'chuan-bi+thay-doi',
  ],

  // Typos, no diacritics, abbreviations.
  ['typo', 'dh chi bo gom may noi dung vay dc', 'noi-dung'],
  ['typo', 'BCCT cua CB phai danh gia nhung gi', 'van-kien'],
  ['typo', 'ĐH điểm làm tháng mấy z', 'dai-hoi-diem'],
  ['typo', 'cap huyen bi bo tu bao gio vay', 'chinh-quyen-2-cap'],
  ['typo', 'chi bo 5 nam dai hoi may lan', 'chi-bo-5-nam'],
  ['typo', 'DH XIV hop tu ngay nao toi ngay nao', 'dai-hoi-xiv'],
  ['typo', 'nhân sự cấp ủi khóa mới chọn theo tiêu chẩn nào', 'nhan-su'],
  ['typo', 'cac to phuc vu dai hoi gom nhung to nao', 'chuan-bi'],
  ['typo', 'ĐBCS đại hội hạn chót là khi nào vậy', 'lich-trinh'],
  ['typo', 'nguyen tac tap trung dan chu khi to chuc DH the nao', 'nguyen-tac'],
  ['typo', 'ket qua dh cac cap nk 2025-2030 theo KL cua BCT va BBT the nao', 'ket-qua'],
  ['typo', 'nhung thay doi tu sau hoi nghi quan triet thang 10', 'thay-doi'],
  ['typo', 'dh dang bo quan lan thu XXVII to chuc theo ke hoach nao', 'dai-hoi-quan'],
  ['typo', 'Chỉ thị về ĐH của BCT năm 2024 có mấy yêu câu', 'chi-thi-35'],
  ['typo', 'bot nay tra loi dua tren nhung van ban nao vay, liet ke giup', 'tai-lieu'],

  // English.
  [
    'en',
    'For my thesis: which two reports does a party committee present to its congress, and which one is the central report?',
    'van-kien',
  ],
  ['en', 'Since when has Vietnam run a two-level local government without districts?', 'chinh-quyen-2-cap'],
  ['en', 'How often will party cells hold congresses under the 2025 pilot regulation?', 'chi-bo-5-nam'],
  [
    'en',
    'For my chapter on the 2026 party calendar: between which dates did the 14th National Congress of the Party meet?',
    'dai-hoi-xiv',
  ],
  [
    'en',
    'Did the party organisations finish their 2025–2030 congresses on schedule, according to the Politburo conclusion?',
    'ket-qua',
  ],
  ['en', 'Which principle must committees follow above all when organising a congress?', 'nguyen-tac'],
  [
    'en',
    'Which working teams should a grassroots party organisation set up before its congress?',
    'chuan-bi',
  ],
  ['en', 'In which month were the pilot congresses of the chosen cells held?', 'dai-hoi-diem'],
  ['en', 'What standards and criteria guide the nomination of new committee members?', 'nhan-su'],
  [
    'en',
    'Since the Hai Bà Trưng dissemination conference in October 2024, which documents and structures have changed?',
    'thay-doi',
  ],
  [
    'en',
    'The grassroots congresses in Hai Bà Trưng were held toward which numbered district congress, and under which plan?',
    'dai-hoi-quan',
  ],
  ['en', "What parts and appendices does the Politburo's 2024 directive on congresses have?", 'chi-thi-35'],
  ['en', 'Could you list the party documents you draw your answers from, with their status?', 'tai-lieu'],
  ['en', 'Which kind of party unit held its congress first in this campaign?', 'lich-trinh'],
  ['en', 'What must a congress of a party cell cover on its agenda?', 'noi-dung'],

  // Lookalikes: the pagoda neighbourhood's cell.
  [
    'lookalike',
    'Chi bộ tổ dân phố chúng tôi có được mượn nhà khách của chùa làm nơi họp đại hội không, sư trụ trì đồng ý rồi?',
    null,
  ],
  ['lookalike', 'Rằm tháng Bảy chùa làm lễ Vu Lan, chi bộ có nên vận động đảng viên công đức không?', null],
  ['lookalike', 'Đảng viên đi lễ chùa, thắp hương, xin lộc đầu năm thì có bị coi là mê tín không?', null],
  ['lookalike', 'Bình xét gia đình văn hóa cuối năm ở tổ dân phố cần những tiêu chí nào?', null],
  [
    'lookalike',
    'Nhà hàng xóm hát karaoke đến nửa đêm, bí thư chi bộ tổ dân phố có quyền nhắc nhở không?',
    null,
  ],
  [
    'lookalike',
    'Cụ đảng viên tám mươi tuổi trong tổ vừa mất, chi bộ tổ chức viếng và phủ cờ Đảng theo nghi thức nào?',
    null,
  ],
  [
    'lookalike',
    'Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm nay làm vào hôm nào, chi bộ có phải chủ trì không?',
    null,
  ],
  ['lookalike', 'Hội nghị nhà chung cư bầu ban quản trị cần bao nhiêu phần trăm chủ sở hữu dự?', null],
  ['lookalike', 'Tổ hòa giải ở cơ sở của tổ dân phố bầu lại thì ai triệu tập hội nghị?', null],
  [
    'lookalike',
    'Phụ cấp hằng tháng của bí thư chi bộ tổ dân phố sau khi sắp xếp phường là bao nhiêu tiền?',
    null,
  ],
  ['lookalike', 'Cống thoát nước ngõ vào chùa bị tắc, báo cho ai ở phường mới?', null],
  ['lookalike', 'Hồ sơ đảng viên của chi bộ để lâu bị mối xông hết, làm lại ở đâu?', null],
  [
    'lookalike',
    'Kỷ niệm ngày thành lập Đảng, chi bộ tổ dân phố có được tổ chức liên hoan ở nhà văn hóa không?',
    null,
  ],
  ['lookalike', 'Ứng dụng Sổ tay đảng viên điện tử báo lỗi đăng nhập, tôi nhờ ai sửa?', null],
  [
    'lookalike',
    'Đảng viên sinh hoạt ở chi bộ tổ dân phố nhưng sang Nhật làm việc ba năm thì giữ sinh hoạt đảng thế nào?',
    null,
  ],

  // Lookalikes: the shopkeeper.
  [
    'lookalike',
    'Đang có khách, hỏi nhanh: bỏ thuế khoán rồi thì hộ kinh doanh tạp hóa như tôi kê khai doanh thu thế nào?',
    null,
  ],
  [
    'lookalike',
    'Siêu thị đầu ngõ treo băng rôn "Đại hội khuyến mãi" giảm nửa giá, đại hội kiểu đó kéo dài đến khi nào?',
    null,
  ],
  [
    'lookalike',
    'Đảng ủy phường đặt tôi giao nước suối và bánh kẹo cho đại hội chi bộ, tôi xuất hóa đơn điện tử cho ai?',
    null,
  ],
  ['lookalike', 'Đảng viên mở tiệm tạp hóa có phải báo cáo chi bộ về thu nhập không?', null],
  ['lookalike', 'Máy tính tiền kết nối với cơ quan thuế bắt buộc từ tháng nào với hộ kinh doanh nhỏ?', null],
  ['lookalike', 'Mã QR chuyển khoản của cửa hàng hiện sai tên chủ tài khoản, sửa ở đâu?', null],
  [
    'lookalike',
    'Hội tiểu thương chợ phường sắp đại hội bầu ban đại diện mới, tôi có nên ứng cử không?',
    null,
  ],
  ['lookalike', 'Bán thuốc lá lẻ cho học sinh có bị phạt không?', null],
  ['lookalike', 'Giá sỉ thùng bia Tết năm nay ở chợ đầu mối là bao nhiêu?', null],
  ['lookalike', 'Thằng cháu tôi chơi game cứ nói tối nay có "đại hội võ lâm", đó là hội gì vậy?', null],

  // Lookalikes: the inspection commission's deputy head.
  [
    'lookalike',
    'Là phó chủ nhiệm UBKT đảng ủy, tôi cần mẫu biên bản kiểm tra khi đảng viên có dấu hiệu vi phạm.',
    null,
  ],
  ['lookalike', 'Thời hạn để xóa hình thức kỷ luật khiển trách của đảng viên là bao lâu?', null],
  ['lookalike', 'Đảng viên trong chi bộ làm chủ hụi rồi vỡ hụi, UBKT đảng ủy xử lý thế nào?', null],
  ['lookalike', 'Đơn tố cáo nặc danh gửi UBKT đảng ủy thì có phải xem xét không?', null],
  ['lookalike', 'Kế hoạch kiểm tra, giám sát năm 2026 của UBKT đảng ủy cơ sở gồm những nội dung gì?', null],
  ['lookalike', 'Phó chủ nhiệm UBKT đảng ủy cơ sở có được kiêm thủ quỹ đảng phí không?', null],
  ['lookalike', 'Kiểm tra tài chính đảng ở chi bộ thì phải soát những sổ sách gì?', null],
  ['lookalike', 'Chủ nhiệm UBKT đảng ủy cơ sở có bắt buộc là phó bí thư không?', null],
  ['lookalike', 'Đảng viên kê khai tài sản, thu nhập hằng năm hạn chót là ngày nào?', null],
  ['lookalike', 'Đảng viên khiếu nại quyết định kỷ luật của chi bộ thì cấp nào giải quyết?', null],

  // Lookalikes: the Japanese graduate student.
  [
    'lookalike',
    'I am a graduate student at a Japanese university writing on Vietnamese local politics. May I interview a ward party secretary in Hanoi?',
    null,
  ],
  [
    'lookalike',
    'Is there an official English translation of the Party Charter I can cite in my thesis?',
    null,
  ],
  [
    'lookalike',
    "How does the Japanese LDP's leadership race compare with how a party cell picks its secretary?",
    null,
  ],
  ['lookalike', 'When is the Japanese Communist Party holding its next party congress?', null],
  [
    'lookalike',
    'For a gender-studies seminar in Tokyo: what share of the new Central Committee elected in January 2026 are women?',
    null,
  ],
  ['lookalike', 'Which archive in Hanoi lets foreign researchers read old party newspapers?', null],
  ['lookalike', 'What visa do I need for a six-month fieldwork stay in Vietnam?', null],
  ['lookalike', 'Can you recommend a quiet café near Đại Cồ Việt street where I can write?', null],
  ['lookalike', 'How should I cite a Vietnamese Politburo document in APA style?', null],
  ['lookalike', 'When were the 2026 National Assembly elections held, and what was the turnout?', null],
  [
    'lookalike',
    'Is there a Vietnamese party cell for Vietnamese students in Japan, and how do I contact it?',
    null,
  ],

  // Lookalikes: the member who writes long sentences.
  [
    'lookalike',
    'Hôm trước họp chi bộ xong, anh em ngồi lại uống nước, có đồng chí bảo là sắp tới phường sẽ đổi tên đường, đổi cả số nhà, tôi lo là giấy tờ nhà đất, giấy khai sinh của các cháu đều phải làm lại, vậy có đúng không?',
    null,
  ],
  [
    'lookalike',
    'Tôi đã nghỉ hưu, sức khỏe còn tốt, ở nhà trông cháu, thỉnh thoảng đi chùa, đi tập dưỡng sinh, nay câu lạc bộ dưỡng sinh phường tổ chức đại hội bầu ban chủ nhiệm mới, tôi được giới thiệu, vậy câu lạc bộ có cần xin phép phường không?',
    null,
  ],
  [
    'lookalike',
    'Chi bộ chúng tôi, sau khi đại hội xong, họp bàn, thống nhất, là sẽ tổ chức một chuyến đi về nguồn, thăm Pác Bó, thăm Tân Trào, cho các đồng chí cao tuổi, vậy kinh phí thì chi bộ được dùng quỹ nào?',
    null,
  ],
  [
    'lookalike',
    'Cháu tôi thi đại học năm nay, đăng ký nguyện vọng, xét học bạ, rồi xét điểm thi, tôi không rành, vậy đồng chí cho hỏi hạn chót điều chỉnh nguyện vọng là ngày nào?',
    null,
  ],
  [
    'lookalike',
    'Tôi là đảng viên lâu năm, nay muốn viết hồi ký về những năm ở chiến trường, có đoạn kể về chi bộ, về đại hội chi bộ thời chiến, vậy có phải xin phép ai trước khi in không?',
    null,
  ],

  // Lookalikes: other organisations' congresses and other senses of the words.
  [
    'lookalike',
    'Hội Sinh vật cảnh phường tôi sắp đại hội bầu chủ tịch hội, có cần chi bộ giới thiệu nhân sự không?',
    null,
  ],
  [
    'lookalike',
    'Hợp tác xã nông nghiệp quê tôi tổ chức đại hội thành viên thường niên, thành viên được chia lãi thế nào?',
    null,
  ],
  ['lookalike', 'Hội đồng hương Nghệ An tại Hà Nội gặp mặt đầu xuân, ai đứng ra tổ chức?', null],
  [
    'lookalike',
    'Trường của cháu họp hội nghị cha mẹ học sinh đầu năm, ban đại diện thu quỹ bao nhiêu là đúng?',
    null,
  ],
  ['lookalike', 'Tổ dân phố tổ chức hội nghị cử tri tiếp xúc đại biểu HĐND phường, ai chủ trì?', null],
  ['lookalike', 'Hội Chữ thập đỏ phường bao nhiêu năm thì đại hội một lần?', null],
  ['lookalike', 'Đại hội Hội Khuyến học phường năm nay tổ chức vào tháng mấy?', null],
  ['lookalike', 'What happens at the Democratic National Convention in the United States?', null],
  [
    'lookalike',
    'Cháu tôi hỏi bài lịch sử: Hiệp định ký ở Hội nghị Paris năm 1973 gồm những điều khoản chính nào?',
    null,
  ],
  ['lookalike', 'Hội nghị Ianta năm 1945 gồm những nước nào tham dự?', null],

  // Lookalikes: the bot, people, phone numbers, addresses, services.
  ['lookalike', 'Bot này có bản trên Zalo không, các cụ trong tổ không dùng Telegram.', null],
  ['lookalike', 'Tin nhắn tôi gửi cho bot có ai đọc được không, có lưu lại không?', null],
  ['lookalike', 'Ai viết ra con bot này vậy, tôi muốn gửi lời cảm ơn.', null],
  ['lookalike', 'Cho tôi số điện thoại của chủ nhiệm UBKT đảng ủy phường.', null],
  ['lookalike', 'Trụ sở đảng ủy phường mới sau sắp xếp đặt ở đâu, đi đường nào vào?', null],
  ['lookalike', 'Bí thư đảng ủy phường mới của chúng tôi tên là gì?', null],
  ['lookalike', 'Đăng ký khai tử cho cụ ông trong tổ trên VNeID làm thế nào?', null],
  ['lookalike', 'Hộ nghèo năm 2026 xét theo chuẩn thu nhập bao nhiêu một tháng?', null],
];

export const NEWSET75: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
