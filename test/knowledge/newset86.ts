/**
 * The eighty-sixth new evaluation set (issue 11, point 6), written on 2026-12-04 from 04:25 UTC
 * (committed in the commit "Eval: newset86, the eighty-sixth unseen set") by a helper (set86) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before `const items`) and its last line, the part of newset.ts before
 * `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under src/,
 * bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items were
 * read. Its users are imagined as the secretary of the party cell of a private school, a member
 * who sells insurance, the organisation board of a grassroots committee in a customs branch, an
 * Indonesian diplomat who writes in English, and a member who asks yes-or-no questions one after
 * another; with the out-of-scope messages such users send (other organisations' congresses and
 * meetings: parents' association meetings, a private school's board, the Young Pioneers, an
 * insurer's agents' convention and the MDRT meeting, a customs anti-smuggling review, cooperative
 * members' congresses, the city bar association, the study-promotion association, a Protestant
 * church's general assembly, apartment owners' conferences, creditors' meetings in bankruptcy,
 * the Youth Union's national congress, the Lao party's congress, Indonesia's PDI-P and Golkar,
 * the ASEAN Inter-Parliamentary Assembly, the UN General Assembly; other senses of "đại hội" and
 * "hội nghị": the Geneva accords, the Party's sixth congress of 1986, a martial-arts novel's
 * heroes' gathering, National Assembly elections and their consultative conferences; other party
 * business the pack does not cover: selling insurance to fellow members or at cell meetings,
 * asset declarations, two-way cell activity where members live, founding a new cell, how often a
 * committee's plenum meets, appointing a secretary mid-term, travel abroad, rotation of customs
 * staff, twinning with border cells, the member database software, funds for members' insurance;
 * the mechanics of a congress the pack does not state: probationary members' votes, quorum,
 * secret ballot, Sunday sittings, phones in the hall, livestreaming, stamped ballots, the deadline
 * for sending the resolution up, delegates' allowances, sponsorship, inviting a school's
 * investor, foreign observers; people in posts and an ambassador; an old headquarters' address
 * and a ward's phone number; money (school fees, tutoring, import duty on used cars, insurance
 * and income tax, savings rates); government services (driving licences, birth registration on
 * VNeID); the school year (opening-day speeches, trade unions); holidays, diplomatic dress codes
 * and courtesy calls; the bot itself: who wrote it, its languages, what it keeps).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset86.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, the money a congress may
 * spend, which cells the five-yearly pilot covers, what Directive 45 itself says) were left out,
 * not guessed.
 * Engine changes reached main after its commit: a110a19 (a move of code), 16bfa64, f524963 and
 * 009210e (the word prior relearned with newset83 to newset85), and 30a3565, 350eb90 and 04a762a
 * (absent phrases for newset83's to newset85's classes, 'hội chơi' among the organisations); its
 * writer saw none of them. It was measured once, at 04:58 UTC on main 04a762a (`node --expose-gc
 * dist/bench/qa.js`, load 2.86): qa_new_top1 97.8 %, qa_new_oos_refused 91.4 % (3 in-scope misses,
 * 6 lookalikes answered; qa_p99_us 229.1 in that run, p50 37.5). Its misses were listed after that
 * run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  [
    'doc',
    'Chỉ thị 35-CT/TW năm 2024 của Bộ Chính trị bây giờ còn hiệu lực không, chi bộ trường tư thục tôi còn dùng được không?',
    'doc:ct-35-2024',
  ],
  ['doc', 'CT 35 năm 2024 đã bị văn bản nào thay thế rồi hả bot?', 'doc:ct-35-2024'],
  [
    'en',
    'Is Directive 35-CT/TW of 2024 still the governing text for your party congresses, or was it replaced?',
    'doc:ct-35-2024',
  ],
  [
    'doc',
    'Ban Tổ chức Đảng ủy Chi cục Hải quan cần tra cứu chỉ thị số 35 ngày 14/6/2024: ai ký ban hành và còn hiệu lực không?',
    'doc:ct-35-2024',
  ],
  [
    'doc',
    'Chỉ thị 35-CT/TW ngày 30/5/2019 có phải là chỉ thị chi bộ chúng tôi đang áp dụng không?',
    'doc:ct-35-2019',
  ],
  ['typo', 'ct 35 nam 2019 la van ban gi vay', 'doc:ct-35-2019'],
  ['en', 'What was Directive 35 of 2019 about, and does the bot apply its rules?', 'doc:ct-35-2019'],
  ['doc', 'Kết luận 118-KL/TW ngày 18/01/2025 điều chỉnh những gì và còn hiệu lực không?', 'doc:kl-118-2025'],
  ['doc', 'Có phải KL 118 đã hết hiệu lực rồi không?', 'doc:kl-118-2025'],
  ['en', 'Who issued Conclusion 118 on the congress directive, and is it still valid?', 'doc:kl-118-2025'],
  [
    'offword',
    'Đang xếp hàng chờ nộp hồ sơ bồi thường bảo hiểm cho khách, hỏi luôn: KL118 là văn bản gì?',
    'doc:kl-118-2025',
  ],
  [
    'doc',
    'Chỉ thị 45-CT/TW của Bộ Chính trị ban hành ngày nào, thay thế những văn bản nào?',
    'doc:ct-45-2025',
  ],
  ['typo', 'chi thi 45 con hieu luc ko bot', 'doc:ct-45-2025'],
  [
    'en',
    'Could you give me the date and issuer of Directive 45 on congresses at all levels?',
    'doc:ct-45-2025',
  ],
  [
    'doc',
    'Đảng ủy chúng tôi muốn trích dẫn CT45 trong báo cáo, cho xin số, ngày và cơ quan ban hành',
    'doc:ct-45-2025',
  ],
  ['doc', 'Kết luận số 200-KL/TW ngày 17/10/2025 đánh giá đại hội các cấp thế nào?', 'doc:kl-200-2025'],
  ['typo', 'KL200 cua BCT va BBT noi gi vay', 'doc:kl-200-2025'],
  ['en', 'Please summarise Conclusion 200-KL/TW of the Politburo and the Secretariat.', 'doc:kl-200-2025'],
  [
    'doc',
    'Chi bộ trường tôi nghe nhắc Hướng dẫn 27-HD/BTCTW, bot có nội dung chi tiết của hướng dẫn ấy không?',
    'doc:hd-27-2024',
  ],
  ['doc', 'Có phải HD 27 của Ban Tổ chức Trung ương ra ngày 26/8/2024 không?', 'doc:hd-27-2024'],
  [
    'en',
    "Is Guidance 27 of the Central Organisation Commission available in the bot's sources?",
    'doc:hd-27-2024',
  ],
  [
    'doc',
    'Ban Tổ chức Đảng ủy chúng tôi cần ghi căn cứ: Hướng dẫn số 18-HD/BTCTU ra ngày nào, của cơ quan nào?',
    'doc:hd-18-2024',
  ],
  ['typo', 'HD18 cua BTC thanh uy con hieu luc khong', 'doc:hd-18-2024'],
  [
    'en',
    "For my embassy's briefing note: what does guidance 18-HD/BTCTU of the Hanoi organisation board deal with?",
    'doc:hd-18-2024',
  ],
  [
    'doc',
    'Tôi bán bảo hiểm nên ít đọc văn bản, Kế hoạch 258-KH/TU của Thành ủy là kế hoạch ra tháng mấy năm nào?',
    'doc:kh-258-2024',
  ],
  ['doc', 'Có phải KH 258 là kế hoạch của Thành ủy về đại hội không?', 'doc:kh-258-2024'],
  ['en', 'Tell me the issuer and date of Plan 258 of the Hanoi Party Committee.', 'doc:kh-258-2024'],
  [
    'doc',
    'Kế hoạch 203-KH/QU của Quận ủy Hai Bà Trưng bây giờ còn áp dụng được không khi không còn quận?',
    'doc:kh-203-2024',
  ],
  ['typo', 'ke hoach 203 cua quan uy hai ba trung ve dai hoi ngay nao', 'doc:kh-203-2024'],
  [
    'en',
    'Is Plan 203 of the Hai Ba Trung district committee still relevant after July 2025?',
    'doc:kh-203-2024',
  ],
  ['doc', 'Chi bộ tôi đang làm tờ trình nhân sự, cần số và ngày của KH203 của Quận ủy', 'doc:kh-203-2024'],
  [
    'doc',
    'Nghị quyết 26-NQ/TW năm 2018 của Trung ương về vấn đề gì, chọn nhân sự có phải theo nó không?',
    'doc:nq-26-2018',
  ],
  ['doc', 'Có phải NQ 26 năm 2018 là của Ban Chấp hành Trung ương khóa XII không?', 'doc:nq-26-2018'],
  ['en', 'Which body adopted Resolution 26-NQ/TW in 2018?', 'doc:nq-26-2018'],
  ['doc', 'Hướng dẫn 26-HD/BTCTW năm 2019 còn dùng cho đại hội nhiệm kỳ này không?', 'doc:hd-26-2019'],
  ['doc', 'Có phải HD 26 năm 2019 là hướng dẫn của Chỉ thị năm 2019 không?', 'doc:hd-26-2019'],
  [
    'en',
    'Does guidance 26-HD/BTCTW of October 2019 still apply to the 2025–2030 congresses?',
    'doc:hd-26-2019',
  ],
  ['doc', 'Quy định 89-QĐ/TW về tiêu chuẩn cán bộ có còn dùng được không?', 'doc:qd-89-2017'],
  ['doc', 'Có phải QĐ 89 của Bộ Chính trị đã bị thay rồi không?', 'doc:qd-89-2017'],
  [
    'en',
    'Our political section still cites Regulation 89 on cadre standards; has it been superseded since?',
    'doc:qd-89-2017',
  ],
  ['doc', 'Quy định số 365-QĐ/TW ban hành ngày nào, thay văn bản nào?', 'doc:qd-365-2025'],
  ['typo', 'QD365 ve tieu chuan chuc danh can bo do ai ban hanh', 'doc:qd-365-2025'],
  ['en', 'What is Regulation 365-QĐ/TW and when was it issued?', 'doc:qd-365-2025'],
  [
    'doc',
    'Đảng ủy Chi cục Hải quan có áp dụng Quy định 14-QĐ/TU về tiêu chí đánh giá cán bộ không, văn bản đó của ai?',
    'doc:qd-14-2023',
  ],
  ['doc', 'Có phải QĐ 14 của Thành ủy Hà Nội vẫn chưa có thay đổi gì không?', 'doc:qd-14-2023'],
  ['en', 'Who issued Regulation 14-QĐ/TU on evaluating cadres?', 'doc:qd-14-2023'],
  ['doc', 'Có phải Quy định 2656-QĐ/QU là của Ban Thường vụ Quận ủy Hai Bà Trưng không?', 'doc:qd-2656-2023'],
  ['doc', 'Có phải QĐ 2656 ban hành tháng 11/2023 không?', 'doc:qd-2656-2023'],
  ['en', 'Regulation 2656 of the Hai Ba Trung standing board: what is it about?', 'doc:qd-2656-2023'],
  [
    'doc',
    'Bổ sung quy hoạch cán bộ thì Quy định 1216-QĐ/QU ban hành năm nào, còn dùng được không sau khi bỏ cấp quận?',
    'doc:qd-1216-2022',
  ],
  ['typo', 'qd 1216 cua quan uy hai ba trung con hieu luc k', 'doc:qd-1216-2022'],
  ['en', 'Tell me about Regulation 1216-QĐ/QU on cadre planning.', 'doc:qd-1216-2022'],
  [
    'doc',
    'Chi bộ trường tư thục muốn biết Quy định 294-QĐ/TW có hiệu lực từ hôm nào và do ai ban hành?',
    'doc:qd-294-2025',
  ],
  ['doc', 'Có phải QĐ294 cho phép chi bộ đại hội 5 năm một lần không?', 'doc:qd-294-2025'],
  ['en', 'What does Regulation 294 pilot for party cells, and since when?', 'doc:qd-294-2025'],
  ['unknown-doc', 'Quy định 232-QĐ/TW về bầu cử trong Đảng quy định thế nào về phiếu bầu?', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị quyết 21-NQ/TW về tổ chức cơ sở đảng có nói gì về đại hội chi bộ không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Hướng dẫn 36-HD/BTCTW của Ban Tổ chức Trung ương hướng dẫn những gì?', 'unknown-doc'],
  ['unknown-doc', 'Có phải Kế hoạch 99-KH/QU của Quận ủy về đại hội điểm không?', 'unknown-doc'],
  ['unknown-doc', 'Có phải Chỉ thị 28-CT/TW vẫn đang được áp dụng cho đại hội chi bộ không?', 'unknown-doc'],
  [
    'unknown-doc',
    'Quy định 144-QĐ/TW về chuẩn mực đạo đức cách mạng có dùng để chọn nhân sự không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kết luận 150-KL/TW nói gì về đại hội đảng bộ?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 12-HD/BTCTW về nghiệp vụ công tác đảng viên ban hành năm nào?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 69-QĐ/TW về kỷ luật tổ chức đảng có áp dụng khi đại hội không?', 'unknown-doc'],
  [
    'unknown-doc',
    'Công văn 1234-CV/ĐU của Đảng ủy Chi cục Hải quan về lịch đại hội chi bộ là gì?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kế hoạch 47-KH/TU của Thành ủy về đại hội có nội dung gì?', 'unknown-doc'],
  ['unknown-doc', 'Thông báo 77-TB/TW của Ban Bí thư về đại hội là gì?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 80-QĐ/TW về phân cấp quản lý cán bộ còn dùng không?', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị quyết 57-NQ/TW có yêu cầu đại hội chi bộ trường học bàn về chuyển đổi số không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Is Regulation 213-QĐ/TW on members living in residential areas in your sources?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Hướng dẫn 09-HD/ĐU của Đảng ủy cơ sở về chuẩn bị đại hội chi bộ trực thuộc có trong bot không?',
    'unknown-doc',
  ],
  ['fact', 'Báo cáo kiểm điểm của cấp ủy trình đại hội phải có tính gì?', 'van-kien'],
  ['fact', 'Các tổ nhân sự, tổ văn kiện, tổ tổ chức phục vụ đại hội có phải thành lập không?', 'chuan-bi'],
  ['fact', 'Nguyên tắc nào phải được coi trọng nhất khi chuẩn bị và tổ chức đại hội?', 'nguyen-tac'],
  [
    'fact',
    'Có phải Đại hội đại biểu toàn quốc lần thứ XIV của Đảng đã họp xong vào tháng 1/2026 không?',
    'dai-hoi-xiv',
  ],
  ['fact', 'Đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030 đã được đánh giá kết quả thế nào?', 'ket-qua'],
  ['fact', 'Bot đang dựa vào những văn bản nào về đại hội nhiệm kỳ 2025 - 2030?', 'tai-lieu'],
  [
    'fact',
    'Các tổ chức cơ sở đảng ở Hai Bà Trưng đại hội để tiến tới đại hội đảng bộ quận lần thứ bao nhiêu?',
    'dai-hoi-quan',
  ],
  [
    'fact',
    'Chỉ thị của Bộ Chính trị về đại hội đảng bộ các cấp năm 2024 gồm mấy phần và mấy phụ lục?',
    'chi-thi-35',
  ],
  [
    'fact',
    'Từ sau hội nghị quán triệt tháng 10/2024 đến nay đã có những thay đổi gì về đại hội?',
    'thay-doi',
  ],
  ['fact', 'Báo cáo chính trị của chi bộ có vai trò gì trong đại hội?', 'van-kien'],
  ['fact', 'Đại hội có được phô trương hình thức không, yêu cầu về tiết kiệm thế nào?', 'nguyen-tac'],
  ['fact', 'Mô hình chính quyền địa phương hai cấp vận hành từ khi nào?', 'chinh-quyen-2-cap'],
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở tổ chức đại hội bắt đầu từ tháng mấy và xong khi nào?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở của một trường tư thục phải hoàn thành đại hội trước ngày nào?', 'lich-trinh'],
  [
    'unit',
    'Đảng ủy Chi cục Hải quan là đảng bộ cơ sở, đại hội đảng bộ được bắt đầu từ khi nào?',
    'lich-trinh',
  ],
  ['unit', 'Mỗi đảng bộ cơ sở phải chọn mấy chi bộ trực thuộc để chỉ đạo đại hội điểm?', 'dai-hoi-diem'],
  ['unit', 'Đại hội chi bộ cơ sở phải thực hiện những nội dung nào?', 'noi-dung'],
  ['unit', 'Đại hội chi bộ trực thuộc bao lâu thì tổ chức một lần?', 'chi-bo-5-nam'],
  ['unit', 'Cấp ủy đảng bộ cơ sở trình đại hội những báo cáo gì?', 'van-kien'],
  ['unit', 'Chi bộ trực thuộc đảng ủy cơ sở cần chuẩn bị những việc gì trước đại hội?', 'chuan-bi'],
  ['unit', 'Đại hội đảng bộ cơ sở được tổ chức sau hay trước đại hội các chi bộ trực thuộc?', 'lich-trinh'],
  ['en', 'When did grassroots party cells have to finish their 2025–2030 congresses?', 'lich-trinh'],
  [
    'en',
    'For a party cell under a grassroots committee, which month did its congress have to be completed in?',
    'lich-trinh',
  ],
  ['typo', 'dai hoi chi bo truong tu thuc gom may noi dung vay ad', 'noi-dung'],
  ['typo', 'BCCT va bao cao kiem diem cua cap uy khac nhau the nao', 'van-kien'],
  ['typo', 'ĐH CBCS phải xong trc ngày nào ạ', 'lich-trinh'],
  ['typo', 'dh diem cua DBCS to chuc thang may', 'dai-hoi-diem'],
  ['typo', 'nhan su cap uy khoa moi cua dang bo hai quan chon theo tieu chuan nao a', 'nhan-su'],
  ['typo', 'co phai dai hoi XIV cua Dang dien ra thang 1 nam 2026 khong', 'dai-hoi-xiv'],
  ['typo', 'chinh quyen 2 cap van hanh tu bao gio vay', 'chinh-quyen-2-cap'],
  ['typo', 'CB 5 năm ĐH 1 lần đúng k ạ', 'chi-bo-5-nam'],
  ['typo', 'ket qua dh dang bo cac cap nk 2025-2030 duoc danh gia ra sao roi bot', 'ket-qua'],
  ['typo', 'đại hộ chi bộ phải chẩn bị nhửng gì', 'chuan-bi'],
  [
    'typo',
    'to chuc dai hoi phai dam bao nguyen tac tap trung dan chu the nao, chong lang phi ra sao',
    'nguyen-tac',
  ],
  [
    'offword',
    'Sáng nay vừa đưa học sinh lên xe buýt của trường vừa nghĩ: đại hội chi bộ bầu những gì nhỉ?',
    'noi-dung',
  ],
  [
    'offword',
    'Đang chờ khách ký hợp đồng bảo hiểm nhân thọ, cho tôi hỏi nhanh báo cáo chính trị phải đánh giá những gì?',
    'van-kien',
  ],
  ['offword', 'Uống xong ly cà phê sữa đá, hỏi bot một câu: Đại hội XIV họp mấy ngày?', 'dai-hoi-xiv'],
  [
    'offword',
    'Tiền điện tháng này cao quá, thôi hỏi việc chính: đại hội phải chống lãng phí theo nguyên tắc nào?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Con mèo vừa nhảy lên bàn phím, xin lỗi bot, tôi hỏi lại: chi bộ bao nhiêu năm đại hội một lần?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Mới đi siêu thị về, muốn biết đợt đại hội nhiệm kỳ 2025 - 2030 các cấp đã kết thúc chưa',
    'ket-qua',
  ],
  ['offword', 'Giờ ra chơi tranh thủ hỏi: chi bộ có phải lập tổ văn kiện phục vụ đại hội không?', 'chuan-bi'],
  [
    'offword',
    'Vừa xong ca trực ở cửa khẩu, cho hỏi đại hội điểm của đảng bộ cơ sở tổ chức tháng mấy?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Đội kiểm soát vừa bắt lô hàng lậu xong, hỏi chút: bổ sung quy hoạch cán bộ cho nhân sự đại hội theo quy định nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Con gái hỏi sao địa chỉ trên hóa đơn tiền nước không còn ghi quận, cấp huyện bỏ từ khi nào vậy?',
    'chinh-quyen-2-cap',
  ],
  [
    'en',
    'Out of curiosity from the Indonesian embassy: what four items does a Vietnamese party cell congress cover?',
    'noi-dung',
  ],
  ['en', 'Which two reports does the outgoing committee present to the congress?', 'van-kien'],
  [
    'en',
    'Our ministry needs the exact dates: from which day to which day did the Communist Party of Vietnam hold its 14th National Congress?',
    'dai-hoi-xiv',
  ],
  ['en', 'How often do party cells hold congresses under the current pilot?', 'chi-bo-5-nam'],
  ['en', 'What principles must guide the preparation of a party congress?', 'nguyen-tac'],
  [
    'en',
    'Is it true that Vietnam no longer has district-level government, and since what date?',
    'chinh-quyen-2-cap',
  ],
  ['en', 'What has changed since the dissemination conference in Hai Ba Trung in October 2024?', 'thay-doi'],
  [
    'en',
    'Before I quote you in a cable: which documents do your answers on the congresses rest on?',
    'tai-lieu',
  ],
  ['en', 'What is a pilot congress, and when were they scheduled?', 'dai-hoi-diem'],
  ['en', 'How were the 2025–2030 party congresses assessed once they were over?', 'ket-qua'],
  [
    'two-part',
    'Đại hội chi bộ trường tư thục làm mấy nội dung, và chi ủy phải trình đại hội những báo cáo gì?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chuẩn bị đại hội cần thành lập những tổ nào, và phải theo những nguyên tắc gì?',
    'chuan-bi+nguyen-tac',
  ],
  [
    'two-part',
    'Chi bộ cơ sở đại hội khi nào, và đại hội điểm tổ chức vào thời gian nào?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Đại hội XIV họp ngày nào, và kết quả đại hội các cấp nhiệm kỳ 2025 - 2030 ra sao?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Chi bộ bây giờ bao lâu đại hội một lần, và chính quyền hai cấp bắt đầu từ khi nào?',
    'chi-bo-5-nam+chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'Chọn nhân sự cấp ủy khóa mới theo những quy định nào, và báo cáo chính trị phải đánh giá những gì?',
    'nhan-su+van-kien',
  ],
  [
    'two-part',
    'Chỉ thị của Bộ Chính trị tháng 6/2024 có mấy phụ lục, và đại hội chi bộ gồm mấy nội dung?',
    'chi-thi-35+noi-dung',
  ],
  [
    'two-part',
    'Đại hội Đảng bộ quận Hai Bà Trưng là lần thứ mấy, và khi nào thì cấp huyện không còn?',
    'dai-hoi-quan+chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'Bot lấy thông tin từ những văn bản nào, và kể từ hội nghị quán triệt của Quận ủy đến giờ đã có gì thay đổi?',
    'tai-lieu+thay-doi',
  ],
  [
    'two-part',
    'Đợt đại hội các cấp đã xong chưa, và đại hội đảng bộ cơ sở lẽ ra phải hoàn thành trước ngày nào?',
    'ket-qua+lich-trinh',
  ],
  ['two-part', 'Báo cáo kiểm điểm phải viết thế nào, và tổ văn kiện có cần lập không?', 'van-kien+chuan-bi'],
  [
    'two-part',
    'In English please: what does a congress decide, and what principles apply to holding it?',
    'noi-dung+nguyen-tac',
  ],
  ['lookalike', 'Đại hội cha mẹ học sinh đầu năm học của trường tư thục bầu ban đại diện thế nào?', null],
  ['lookalike', 'Hội đồng trường của trường tư thục bầu chủ tịch hội đồng theo quy trình nào?', null],
  ['lookalike', 'Đại hội Liên đội thiếu niên tiền phong của trường năm nay nên tổ chức tuần nào?', null],
  [
    'lookalike',
    'Chi bộ trường tư thục có được nhận tiền tài trợ của công ty chủ quản để tổ chức đại hội không?',
    null,
  ],
  [
    'lookalike',
    'Học phí năm học mới của trường tư thục tăng bao nhiêu phần trăm thì phải báo Sở Giáo dục?',
    null,
  ],
  ['lookalike', 'Giáo viên là đảng viên dạy thêm ngoài giờ ở trung tâm có vi phạm quy định không?', null],
  ['lookalike', 'Bí thư chi bộ trường phát biểu trong lễ khai giảng nên nói những ý gì?', null],
  ['lookalike', 'Trường tư thục có bắt buộc phải thành lập công đoàn cơ sở không?', null],
  ['lookalike', 'Chi bộ có cần mời nhà đầu tư sáng lập trường dự đại hội chi bộ không?', null],
  [
    'lookalike',
    'Đảng viên có được bán bảo hiểm nhân thọ cho các đảng viên khác trong chi bộ mình không?',
    null,
  ],
  [
    'lookalike',
    'Đại hội đại lý bảo hiểm toàn quốc của công ty tôi năm nay tổ chức ở Phú Quốc hay Đà Nẵng?',
    null,
  ],
  [
    'lookalike',
    'Tôi có được giới thiệu sản phẩm bảo hiểm trong buổi sinh hoạt chi bộ hàng tháng không?',
    null,
  ],
  ['lookalike', 'Phí bảo hiểm nhân thọ có được trừ khi tính thuế thu nhập cá nhân không?', null],
  ['lookalike', 'Hội nghị Bàn tròn triệu đô MDRT năm nay tổ chức ở thành phố nào?', null],
  ['lookalike', 'Đảng viên làm đại lý bảo hiểm có phải kê khai tài sản, thu nhập hằng năm không?', null],
  ['lookalike', 'Chi bộ mua bảo hiểm tai nạn cho đại biểu đi dự đại hội đảng bộ cấp trên ở đâu rẻ?', null],
  ['lookalike', 'Chi bộ có được trích quỹ đảng để mua bảo hiểm sức khỏe cho đảng viên cao tuổi không?', null],
  [
    'lookalike',
    'Đảng viên làm ở công ty tư nhân sinh hoạt hai chiều với chi bộ nơi cư trú cần giấy tờ gì?',
    null,
  ],
  [
    'lookalike',
    'Hội nghị sơ kết công tác chống buôn lậu sáu tháng đầu năm của Chi cục Hải quan cần chuẩn bị báo cáo gì?',
    null,
  ],
  [
    'lookalike',
    'Sau khi tổ chức lại ngành hải quan, Đảng ủy Chi cục Hải quan khu vực trực thuộc đảng bộ nào?',
    null,
  ],
  ['lookalike', 'Thuế nhập khẩu ô tô đã qua sử dụng hiện nay tính thế nào?', null],
  [
    'lookalike',
    'Ban Tổ chức Đảng ủy phải cập nhật dữ liệu đảng viên lên phần mềm quản lý cơ sở dữ liệu đảng viên trước ngày nào?',
    null,
  ],
  [
    'lookalike',
    'Đảng ủy cơ sở muốn thành lập thêm chi bộ ở đội kiểm soát hải quan mới thì làm thủ tục gì?',
    null,
  ],
  ['lookalike', 'Hội nghị ban chấp hành đảng bộ cơ sở thường kỳ bao lâu họp một lần?', null],
  [
    'lookalike',
    'Bí thư chi bộ chuyển công tác giữa nhiệm kỳ thì đảng ủy có được chỉ định bí thư mới không?',
    null,
  ],
  ['lookalike', 'Đảng viên công chức hải quan đi du lịch nước ngoài có phải xin phép chi bộ không?', null],
  ['lookalike', 'Luân chuyển công chức hải quan định kỳ có áp dụng cho bí thư chi bộ không?', null],
  [
    'lookalike',
    'Đảng ủy Chi cục Hải quan có được kết nghĩa với chi bộ thôn bản biên giới không, thủ tục ra sao?',
    null,
  ],
  ['lookalike', 'When is the next national congress of PDI-P in Indonesia?', null],
  [
    'lookalike',
    'Could you arrange a courtesy call for our ambassador with the Secretary of the Hanoi Party Committee?',
    null,
  ],
  ['lookalike', 'Does the Communist Party of Vietnam send observers to Indonesian general elections?', null],
  [
    'lookalike',
    'What is on the agenda of the ASEAN Inter-Parliamentary Assembly general assembly this year?',
    null,
  ],
  ['lookalike', 'Is there a Bahasa Indonesia version of this bot, or can I switch it to Indonesian?', null],
  ['lookalike', 'Can foreign embassies send an observer to a grassroots party cell congress in Hanoi?', null],
  ['lookalike', "Who is currently Vietnam's ambassador to Jakarta?", null],
  ['lookalike', 'When will Golkar hold its next Munas, and will Vietnamese delegates attend?', null],
  [
    'lookalike',
    'What is the dress code for the National Day reception hosted by the Foreign Ministry?',
    null,
  ],
  ['lookalike', 'Có phải đảng viên dự bị không được biểu quyết tại đại hội chi bộ không?', null],
  [
    'lookalike',
    'Có phải đại hội chi bộ phải có quá hai phần ba đảng viên chính thức có mặt mới hợp lệ không?',
    null,
  ],
  ['lookalike', 'Có đúng là bầu cử trong Đảng bắt buộc phải bỏ phiếu kín không?', null],
  ['lookalike', 'Có phải bot này do Ban Tổ chức Thành ủy viết ra không?', null],
  ['lookalike', 'Có phải số máy bàn của Văn phòng Đảng ủy phường vẫn giữ số cũ của Quận ủy không?', null],
  ['lookalike', 'Có phải hội nghị Trung ương lần thứ hai khóa XIV họp vào tháng ba không?', null],
  ['lookalike', 'Có phải Đại hội Đoàn toàn quốc lần thứ XIII sẽ tổ chức vào năm 2027 không?', null],
  ['lookalike', 'Có phải năm nay công chức được nghỉ Tết Nguyên đán chín ngày không?', null],
  ['lookalike', 'Có phải đại hội chi bộ được tổ chức vào ngày Chủ nhật không?', null],
  ['lookalike', 'Có được mang điện thoại di động vào hội trường trong lúc bỏ phiếu bầu cấp ủy không?', null],
  ['lookalike', 'Nghị quyết đại hội chi bộ phải gửi lên đảng ủy cấp trên trong vòng bao nhiêu ngày?', null],
  [
    'lookalike',
    'Đại biểu dự đại hội đảng bộ cấp trên được thanh toán công tác phí bao nhiêu một ngày?',
    null,
  ],
  ['lookalike', 'Đại hội chi bộ có được phát trực tiếp lên trang Facebook của trường không?', null],
  ['lookalike', 'Phiếu bầu ở đại hội chi bộ có phải đóng dấu của cấp ủy cấp trên không?', null],
  ['lookalike', 'Đại hội xã viên của hợp tác xã nông nghiệp phải họp mấy năm một lần?', null],
  ['lookalike', 'Đại hội Đoàn luật sư thành phố nhiệm kỳ mới bầu chủ nhiệm vào lúc nào?', null],
  ['lookalike', 'Đại hội chi hội khuyến học của tổ dân phố cần chuẩn bị báo cáo gì và mời ai?', null],
  ['lookalike', 'Đại hội đồng Hội thánh Tin Lành năm nay có bầu lại ban trị sự không?', null],
  ['lookalike', 'Đại hội Đảng Nhân dân Cách mạng Lào vừa rồi tổ chức ở Viêng Chăn mấy ngày?', null],
  ['lookalike', 'Đại hội đồng Liên hợp quốc khóa này do nước nào làm chủ tịch?', null],
  ['lookalike', 'Hiệp định Genève về Đông Dương được ký kết vào ngày nào?', null],
  [
    'lookalike',
    'Đề cương bài giảng về đường lối Đổi mới của Đại hội VI cho giáo viên lịch sử nên viết thế nào?',
    null,
  ],
  ['lookalike', 'Trong truyện Kim Dung, đại hội anh hùng ở chùa Thiếu Lâm diễn ra thế nào?', null],
  ['lookalike', 'Hội nghị chủ nợ trong thủ tục phá sản doanh nghiệp được triệu tập khi nào?', null],
  ['lookalike', 'Hội nghị nhà chung cư lần đầu bầu ban quản trị cần bao nhiêu chủ hộ tham dự?', null],
  ['lookalike', 'Ngày bầu cử đại biểu Quốc hội khóa XVI và Hội đồng nhân dân các cấp là ngày nào?', null],
  [
    'lookalike',
    'Hội nghị hiệp thương giới thiệu người ứng cử đại biểu Quốc hội do cơ quan nào chủ trì?',
    null,
  ],
  ['lookalike', 'Trụ sở 33 Đại Cồ Việt bây giờ là trụ sở của cơ quan nào?', null],
  ['lookalike', 'Đồng chí Trần Quyết Thắng hiện nay đang giữ chức vụ gì?', null],
  ['lookalike', 'Đổi giấy phép lái xe sang mẫu mới trên cổng dịch vụ công làm thế nào?', null],
  ['lookalike', 'Làm sao đăng ký khai sinh cho con trên ứng dụng VNeID?', null],
  ['lookalike', 'Bot có lưu lại lịch sử các câu tôi đã hỏi không, ai đọc được?', null],
  ['lookalike', 'Lãi suất gửi tiết kiệm kỳ hạn một năm ở ngân hàng nào cao nhất?', null],
];

export const NEWSET86: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
