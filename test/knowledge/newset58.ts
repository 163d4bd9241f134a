/**
 * The fifty-eighth new evaluation set (issue 11, point 6), written on 2026-12-04 from 02:32 UTC
 * (committed in the commit "Eval: newset58, the fifty-eighth unseen set") by a helper (set58) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before its `const items` line) and its last line, the part of newset.ts
 * before `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under
 * src/, bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items
 * were read. Its users are imagined as the secretary of a party cell in a state publishing house,
 * a commune party committee's deputy secretary in charge of propaganda, a Chinese student in Hà Nội
 * who writes in English, the secretary of a party cell on a shrimp farm (often without
 * diacritics), a member who dictates by voice-to-text (odd word breaks and double spaces), and the
 * head of a ward committee's organisation board who asks about documents by number; with the
 * out-of-scope messages such users send (other organisations' congresses and meetings: the
 * publishing house's workers' conference and trade-union congress, a shrimp cooperative's members'
 * meeting, a feed company's customer conference, shareholders of a seafood company, the Farmers'
 * Association, the Veterans' Association, the Elderly People's Association, the Study Promotion
 * Association, a neighbourhood Youth Union branch, the Communist Party of China's and the French
 * Communist Party's congresses, a G20 summit, an investment promotion conference; other senses of
 * "đại hội" and "hội nghị": a commune sports games, a clan's year-end gathering, a scientific
 * conference on e-books, People's Council voter meetings, a national unity day, village
 * festivals; other party business the pack does not cover: lost party cards, dues of retired
 * members, suspending party activity while working abroad, transfer papers, quarterly admission
 * reports, an e-handbook app, inspection by the control commission, a ward's six-month review
 * report, a Central Committee plenum; people in posts; publishing business: confirmation of
 * publication, royalties, editorial board quorum, paper prices, book fairs; propaganda trappings:
 * loudspeaker schedules, poster costs, quiz prizes; shrimp farming: prices, white-spot disease,
 * aerator power tariffs, policy-bank loans, farm codes, seed shrimp, storms; a foreign student's
 * life: visas, language tests, exchange rates, opening hours, buses, holidays, joining the Youth
 * Union; local government services after the merger (land papers); maternity leave; phone
 * numbers; ward staff allowances; reminders, dentist bookings, singing and who made the bot).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset58.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, money, which cells the
 * five-yearly pilot covers) were left out, not guessed.
 *
 * One item (the English question on Regulation 2656) was reworded before any run, in its own
 * commit, because newset55, landed at the same time, held the same question.
 *
 * Engine changes reached main after its commit: edecb51, f7cfd8d and db1fb7a (the word prior
 * relearned with newset55 to newset57); its writer saw none of them, nor 1d39d1b, which reached
 * main while it was being written. It was measured once, at 02:43 UTC on main db1fb7a
 * (`node --expose-gc dist/bench/qa.js`, load 2.84): qa_new_top1 97.2 %, qa_new_oos_refused
 * 100.0 % (4 in-scope misses, no lookalike answered; qa_p99_us 103.3 in that run, p50 26.5). Its
 * misses were listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // The head of a ward's organisation board, documents by number.
  [
    'doc',
    'Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị hiện còn được áp dụng không?',
    'doc:ct-35-2024',
  ],
  ['doc', 'Ban tổ chức phường cần tra lại CT35 năm 2024, văn bản đó do ai ký ban hành?', 'doc:ct-35-2024'],
  ['doc', 'Is Directive 35 of 2024 still the rule for party congresses?', 'doc:ct-35-2024'],
  ['doc', 'Kết luận số 118-KL/TW ban hành ngày nào, còn giá trị không?', 'doc:kl-118-2025'],
  ['doc', 'Cho tôi thông tin văn bản kl118 năm 2025', 'doc:kl-118-2025'],
  [
    'doc',
    'For my thesis: what did Conclusion 118 of January 2025 change in the congress rules?',
    'doc:kl-118-2025',
  ],
  ['doc', 'Chỉ thị 45-CT/TW của Bộ Chính trị ký ngày nào?', 'doc:ct-45-2025'],
  ['doc', 'phường tôi đang dùng CT45, có văn bản nào thay thế nó chưa?', 'doc:ct-45-2025'],
  ['doc', 'Directive 45: who issued it and what is its status?', 'doc:ct-45-2025'],
  ['doc', 'voice chỉ thị  45 ct tw  nói về  việc gì vậy', 'doc:ct-45-2025'],
  ['doc', 'Phường cần ghi trích yếu: Kết luận số 200-KL/TW do cơ quan nào ban hành?', 'doc:kl-200-2025'],
  ['doc', 'KL 200 tháng 10 năm 2025 nói về nội dung gì?', 'doc:kl-200-2025'],
  ['doc', 'Please explain Conclusion 200 of the Politburo and the Secretariat', 'doc:kl-200-2025'],
  [
    'doc',
    'Để vào sổ công văn, Hướng dẫn số 27-HD/BTCTW của Ban Tổ chức Trung ương ra ngày nào?',
    'doc:hd-27-2024',
  ],
  ['doc', 'HD27 năm 2024 của Ban Tổ chức Trung ương hướng dẫn cái gì?', 'doc:hd-27-2024'],
  ['doc', 'Guidance 27 from the Central Organisation Commission: what is it?', 'doc:hd-27-2024'],
  ['doc', 'Hướng dẫn 18-HD/BTCTU của Ban Tổ chức Thành ủy ban hành ngày mấy?', 'doc:hd-18-2024'],
  ['doc', 'văn bản hd 18 btctu hà nội hướng dẫn nội dung gì', 'doc:hd-18-2024'],
  ['doc', 'Guidance 18-HD/BTCTU of the Hanoi city committee: what does it cover?', 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch số 258-KH/TU của Thành ủy Hà Nội ngày bao nhiêu?', 'doc:kh-258-2024'],
  ['doc', 'kh258 thanh uy ha noi la van ban gi', 'doc:kh-258-2024'],
  [
    'doc',
    'My teacher mentioned Plan 258 of the Hanoi Party Committee; what is known about it?',
    'doc:kh-258-2024',
  ],
  [
    'doc',
    'Kế hoạch 203-KH/QU của Quận ủy Hai Bà Trưng còn hiệu lực không khi đã bỏ quận?',
    'doc:kh-203-2024',
  ],
  ['doc', 'Trưởng ban tổ chức phường hỏi KH 203 quận ủy ký ngày nào', 'doc:kh-203-2024'],
  ['doc', 'plan 203 of the district committee, its date please', 'doc:kh-203-2024'],
  [
    'doc',
    'Chi bộ nhà xuất bản đang soạn tài liệu, Nghị quyết 26-NQ/TW năm 2018 của Trung ương khóa XII ban hành ngày nào?',
    'doc:nq-26-2018',
  ],
  ['doc', 'NQ26 năm 2018 do ai ban hành?', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26 of May 2018 on cadres, is it in your documents?', 'doc:nq-26-2018'],
  ['doc', 'Tổ nhân sự phường vẫn đang trích Quy định 89-QĐ/TW, như vậy có còn đúng không?', 'doc:qd-89-2017'],
  ['doc', 'QĐ 89 năm 2017 bị thay chưa?', 'doc:qd-89-2017'],
  ['doc', 'Regulation 89 from 2017: superseded or not?', 'doc:qd-89-2017'],
  ['doc', 'Ngày ký của Quy định số 365-QĐ/TW là ngày nào, để phường ghi vào tờ trình?', 'doc:qd-365-2025'],
  ['doc', 'qd365 cua bo chinh tri la quy dinh ve gi', 'doc:qd-365-2025'],
  [
    'doc',
    'In my politics class we read about Regulation 365 of August 2025, what does it set?',
    'doc:qd-365-2025',
  ],
  ['doc', 'Quy định số 14-QĐ/TU của Ban Thường vụ Thành ủy về tiêu chí đánh giá cán bộ', 'doc:qd-14-2023'],
  ['doc', 'phường cần bản qđ14/TU năm 2023, nó quy định gì?', 'doc:qd-14-2023'],
  ['doc', 'Regulation 14-QĐ/TU of the Hanoi Standing Board: date and status?', 'doc:qd-14-2023'],
  ['doc', 'Quy định 2656-QĐ/QU của Ban Thường vụ Quận ủy ban hành ngày nào?', 'doc:qd-2656-2023'],
  ['doc', 'qđ 2656 quận ủy về đánh giá cán bộ còn dùng không', 'doc:qd-2656-2023'],
  ['doc', "What is the district standing board's Regulation 2656 about?", 'doc:qd-2656-2023'],
  ['doc', 'Quy định số 1216-QĐ/QU về quy hoạch cán bộ là của cơ quan nào?', 'doc:qd-1216-2022'],
  ['doc', 'QD1216 nam 2022 quan uy hai ba trung', 'doc:qd-1216-2022'],
  [
    'doc',
    'Regulation 1216 of the Hai Ba Trung standing board on cadre planning, which year?',
    'doc:qd-1216-2022',
  ],
  ['doc', 'Chi bộ trại tôm hỏi Quy định 294-QĐ/TW bắt đầu áp dụng từ bao giờ?', 'doc:qd-294-2025'],
  ['doc', 'qd 294 thi diem dai hoi chi bo la van ban nao', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294 about cell congresses every five years, is it still unchanged?', 'doc:qd-294-2025'],
  ['doc', 'Chỉ thị 35-CT/TW ngày 30/5/2019 hướng tới Đại hội XIII giờ còn dùng không?', 'doc:ct-35-2019'],
  ['doc', 'ct 35 năm 2019 khác gì với chỉ thị năm 2024?', 'doc:ct-35-2019'],
  ['doc', 'Directive 35 of 2019 toward the 13th Congress: is it in the bot?', 'doc:ct-35-2019'],
  [
    'doc',
    'Tủ hồ sơ phường còn Hướng dẫn 26-HD/BTCTW năm 2019, bản đó còn dùng được không?',
    'doc:hd-26-2019',
  ],
  ['doc', 'HD26 năm 2019 của Ban Tổ chức Trung ương là gì', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26 of October 2019: what does it guide?', 'doc:hd-26-2019'],
  [
    'doc',
    'Nhà xuất bản cần in lại Quy định 365-QĐ/TW, văn bản này thay cho quy định nào?',
    'doc:qd-365-2025',
  ],
  ['doc', 'Tuyên giáo xã hỏi: Kết luận 200-KL/TW có phải đại hội đã xong?', 'doc:kl-200-2025'],

  // Documents the pack does not hold.
  ['unknown-doc', 'Hướng dẫn số 21-HD/BTCTW về đại hội chi bộ quy định những gì?', 'unknown-doc'],
  ['unknown-doc', 'Phường muốn tra Quy định 232-QĐ/TW về thi hành Điều lệ, bot có không?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch số 47-KH/ĐU của Đảng ủy phường về đại hội chi bộ khu dân cư', 'unknown-doc'],
  ['unknown-doc', 'Công văn 1032-CV/BTCTU gửi các đảng ủy phường nội dung là gì?', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 57-NQ/TW của Bộ Chính trị có trong tài liệu của bot không?', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 04-CT/TU của Thành ủy về tuyên truyền đại hội', 'unknown-doc'],
  ['unknown-doc', 'Quyết định số 305-QĐ/TU chuẩn y ban chấp hành đảng bộ phường', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 150-KL/TW của Ban Bí thư nói về gì?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 12-HD/BTGTW về tuyên truyền đại hội đảng bộ các cấp', 'unknown-doc'],
  ['unknown-doc', 'Thông tri 30-TT/TW còn hiệu lực không?', 'unknown-doc'],
  ['unknown-doc', 'Quy định số 142-QĐ/TW về trách nhiệm người đứng đầu', 'unknown-doc'],
  ['unknown-doc', 'Is Directive 11-CT/TW on the Youth Union in your bot?', 'unknown-doc'],
  ['unknown-doc', 'kế hoạch  96 kh đu  của đảng ủy xã  về tuyên truyền  là gì', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 06-HD/UBKTTW của Ủy ban Kiểm tra Trung ương', 'unknown-doc'],
  ['unknown-doc', 'ke hoach 71-KH/DU cua dang uy xa ve dai hoi chi bo ap', 'unknown-doc'],
  ['unknown-doc', 'Quy định 190-QĐ/TW của Bộ Chính trị nói gì về đại hội?', 'unknown-doc'],

  // Everyday words around an in-scope question.
  [
    'offword',
    'Đang in dở lô sách giáo khoa, tranh thủ hỏi: đại hội chi bộ khóa này làm mấy nội dung?',
    'noi-dung',
  ],
  [
    'offword',
    'Vừa cho tôm ăn xong, anh hỏi bot: báo cáo chính trị của chi bộ phải đánh giá những gì?',
    'van-kien',
  ],
  [
    'offword',
    'Trời mưa to mất điện ao tôm, nhân tiện hỏi đại hội XIV họp từ ngày nào đến ngày nào?',
    'dai-hoi-xiv',
  ],
  ['offword', 'Chiều nay đi đón con rồi họp, cho hỏi thành lập những tổ nào để phục vụ đại hội?', 'chuan-bi'],
  ['offword', 'Loa xã hỏng đang chờ thợ sửa, vậy báo cáo kiểm điểm của cấp ủy cần tinh thần gì?', 'van-kien'],
  [
    'offword',
    'Pha ấm trà xong rồi, bot cho biết đại hội phải theo nguyên tắc gì và chống những gì?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Hôm nay bán được mẻ tôm giá tốt, mà đại hội các cấp nhiệm kỳ 2025-2030 đã xong hết chưa?',
    'ket-qua',
  ],
  ['offword', 'đang nấu cơm  hỏi luôn  chi bộ bây giờ  mấy năm  đại hội  một lần', 'chi-bo-5-nam'],
  [
    'offword',
    'Sáng nay duyệt ma-két bìa sách xong, còn đại hội điểm của đảng bộ cơ sở tổ chức tháng nào?',
    'dai-hoi-diem',
  ],
  ['offword', 'Bà con đang phơi lúa ngoài sân, cho hỏi từ khi nào không còn cấp huyện?', 'chinh-quyen-2-cap'],
  [
    'offword',
    'Con mèo cào rách bản in thử, thôi hỏi: nhân sự cấp ủy khóa mới chọn theo những văn bản nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Ship hàng đi Sóc Trăng xong mới rảnh, từ sau hội nghị quán triệt tháng 10/2024 có gì thay đổi?',
    'thay-doi',
  ],
  [
    'offword',
    'My roommate is cooking hotpot, quick question: what reports does a cell committee submit to its congress?',
    'van-kien',
  ],

  // Two questions in one message.
  [
    'two-part',
    'Chi bộ nhà xuất bản hỏi: đại hội phải làm mấy nội dung, và cấp ủy trình những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Đại hội XIV diễn ra ngày nào, và đại hội các cấp nhiệm kỳ này kết quả ra sao?',
    'dai-hoi-xiv+ket-qua',
  ],
  ['two-part', 'Chuẩn bị đại hội cần lập những tổ nào và phải bảo đảm nguyên tắc gì?', 'chuan-bi+nguyen-tac'],
  [
    'two-part',
    'Thời gian đại hội từng loại tổ chức đảng thế nào, còn đại hội điểm làm lúc nào?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'What are the four items of a congress and the two reports the committee submits?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'chính quyền 2 cấp  bắt đầu từ bao giờ  và  chi bộ đại hội 5 năm  một lần là thế nào',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Đại hội Đảng bộ quận lần thứ XXVII là gì, và sau tháng 7/2025 quận còn không?',
    'dai-hoi-quan+chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'Chỉ thị về đại hội năm 2024 có mấy phần, mấy phụ lục, và về sau nó bị thay thế thế nào?',
    'chi-thi-35+thay-doi',
  ],
  [
    'two-part',
    'Bot dựa vào những văn bản nào, và đợt đại hội nhiệm kỳ này đã kết thúc chưa?',
    'tai-lieu+ket-qua',
  ],
  [
    'two-part',
    'Báo cáo kiểm điểm cần tinh thần gì, và đại hội chi bộ phải bầu những gì?',
    'van-kien+noi-dung',
  ],
  [
    'two-part',
    'Đại hội điểm tổ chức vào tháng nào, và giới thiệu nhân sự cấp ủy phải quán triệt nghị quyết nào?',
    'dai-hoi-diem+nhan-su',
  ],
  [
    'two-part',
    'When was the 14th Congress, and what did the 2025 conclusion say about the congresses at all levels?',
    'dai-hoi-xiv+ket-qua',
  ],

  // By unit type.
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở như chi bộ phòng biên tập của tôi đại hội trong khoảng thời gian nào?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở trại tôm thì đại hội bắt đầu từ tháng mấy và xong trước ngày nào?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở đại hội lúc nào, có phải đợi các chi bộ trực thuộc xong trước không?',
    'lich-trinh',
  ],
  ['unit', 'chi bo truc thuoc dang uy co so phai xong dai hoi trong thang may', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở chọn bao nhiêu chi bộ trực thuộc để làm đại hội điểm, trong tháng mấy?',
    'dai-hoi-diem',
  ],
  [
    'unit',
    'Chi bộ cơ sở có nằm trong các đơn vị Ban Thường vụ Quận ủy chọn làm đại hội điểm không?',
    'dai-hoi-diem',
  ],
  ['unit', 'Grassroots party cell: by which date must its congress be finished?', 'lich-trinh'],
  [
    'unit',
    'Đại hội đảng viên hoặc đại hội đại biểu của đảng bộ cơ sở thì tiến hành từ tháng nào?',
    'lich-trinh',
  ],
  ['unit', 'đảng bộ cơ sở  khối hành chính  sự nghiệp  có được chọn  đại hội điểm  không ạ', 'dai-hoi-diem'],
  [
    'unit',
    'A party cell under a grassroots committee, like the one in my faculty, holds its congress in which months?',
    'lich-trinh',
  ],

  // Typos, no diacritics, abbreviations.
  ['typo', 'dh chi bo nk 2025 2030 gom nhung nd gi vay ad', 'noi-dung'],
  ['typo', 'bc chinh tri cua chi bo tom can danh gia nhung gi', 'van-kien'],
  ['typo', 'thanh lap to nhan su, to van kien, to to chuc de lam j', 'chuan-bi'],
  ['typo', 'dai hoi xiv cua dang hop tu ngay may thang 1', 'dai-hoi-xiv'],
  ['typo', 'cap huyen bi bo tu ngay nao vay ad oi', 'chinh-quyen-2-cap'],
  ['typo', 'ĐH các cấp nk 2025-2030 kết thúc chưa ad', 'ket-qua'],
  ['typo', 'chi bo dai hoi 5 nam 1 lan thi diem tu khi nao z', 'chi-bo-5-nam'],
  ['typo', 'BCH khoa moi chon nhan su theo tieu chuan can bo nao', 'nhan-su'],
  ['typo', 'nhung thay doi sau hoi nghi quan triet thang 10 nam 2024 la gi', 'thay-doi'],
  ['typo', 'ĐH phải tập chung dân chủ, chống lảng phí đúng k', 'nguyen-tac'],
  ['typo', 'đại hội điễm tháng 12 năm 2024 là sao bot', 'dai-hoi-diem'],
  ['typo', 'dh dang bo quan hai ba trung lan thu 27 nk 2025 2030', 'dai-hoi-quan'],

  // English.
  ['en', 'What are the four things a party cell congress must do in this term?', 'noi-dung'],
  ['en', 'What should the political report of a party cell assess?', 'van-kien'],
  ['en', 'When did Vietnam stop having the district level of local government?', 'chinh-quyen-2-cap'],
  [
    'en',
    'Sorry for my English, the Vietnamese Party 14th Congress was which days in January 2026?',
    'dai-hoi-xiv',
  ],
  ['en', 'Have all the party congresses for 2025-2030 already finished?', 'ket-qua'],
  ['en', 'How often do party cells hold congresses now, once or twice in five years?', 'chi-bo-5-nam'],
  ['en', 'Which teams should a party committee set up to prepare its congress?', 'chuan-bi'],
  ['en', 'What principles must a congress keep to, like democratic centralism and no waste?', 'nguyen-tac'],
  ['en', 'What changed in the congress documents after the October 2024 conference?', 'thay-doi'],
  ['en', 'Which documents does this bot rely on for congress questions?', 'tai-lieu'],
  [
    'en',
    'I read about the 27th Congress of the Hai Ba Trung district party organisation, which term was it for?',
    'dai-hoi-quan',
  ],
  ['en', 'How many parts and appendices does the 2024 directive on party congresses have?', 'chi-thi-35'],
  ['en', 'How are candidates for the new party committee chosen, by which standards?', 'nhan-su'],

  // Facts from FACTS.md.
  ['fact', 'Xã cần treo khẩu hiệu mừng thành công, Đại hội XIV của Đảng bế mạc hôm nào?', 'dai-hoi-xiv'],
  ['fact', 'Chỉ thị của Bộ Chính trị năm 2024 về đại hội các cấp nêu bao nhiêu yêu cầu?', 'chi-thi-35'],
  ['fact', 'Các phụ lục của chỉ thị về đại hội năm 2024 gồm những gì?', 'chi-thi-35'],
  [
    'fact',
    'Tuyên giáo cần số liệu: bao nhiêu đảng bộ cấp huyện ở Hà Nội dừng hoạt động từ 1/7/2025?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Hồi trước chưa thí điểm thì Điều lệ bắt chi bộ trại tôm đại hội mấy lần một nhiệm kỳ 5 năm?',
    'chi-bo-5-nam',
  ],
  [
    'fact',
    'Bài tuyên truyền cần dẫn: tháng 10/2025 Bộ Chính trị, Ban Bí thư kết luận đại hội các cấp ra sao?',
    'ket-qua',
  ],
  ['fact', 'Quy định mới về tiêu chuẩn cán bộ thay quy định cũ từ ngày nào năm 2025?', 'thay-doi'],
  [
    'fact',
    'Yêu cầu có cơ chế sàng lọc để không bỏ sót người có đức, có tài nằm ở chỉ thị nào?',
    'chi-thi-35',
  ],
  ['fact', 'Việc thí điểm chi bộ 5 năm đại hội một lần áp dụng từ ngày tháng năm nào?', 'chi-bo-5-nam'],
  ['fact', 'Chỉ thị mới về đại hội ban hành tháng 4/2025 thay thế những văn bản nào?', 'thay-doi'],
  ['fact', 'Sau đại hội, kết luận tháng 10/2025 yêu cầu các cấp ủy tiếp tục làm gì?', 'ket-qua'],
  ['fact', 'Cơ quan nào hướng dẫn thực hiện chỉ thị về đại hội các cấp năm 2024?', 'chi-thi-35'],

  // Lookalikes: the publishing house's cell secretary.
  [
    'lookalike',
    'Nhà xuất bản sắp tổ chức hội nghị người lao động đầu năm, chương trình gồm những mục nào?',
    null,
  ],
  [
    'lookalike',
    'Đại hội công đoàn cơ sở nhà xuất bản nhiệm kỳ tới bầu bao nhiêu ủy viên ban chấp hành?',
    null,
  ],
  ['lookalike', 'Thủ tục xin xác nhận đăng ký xuất bản cuốn sách lịch sử đảng bộ ngành thế nào?', null],
  ['lookalike', 'Mức nhuận bút cho biên tập viên sách chính trị hiện nay tính thế nào?', null],
  ['lookalike', 'Phố sách Đinh Lễ cuối tuần này có hội sách không, mở cửa mấy giờ?', null],
  ['lookalike', 'In kỷ yếu chi bộ bằng giấy couché định lượng 150 thì giá một tờ bao nhiêu?', null],
  ['lookalike', 'Hội đồng biên tập họp duyệt bản thảo cần tối thiểu mấy thành viên có mặt?', null],
  ['lookalike', 'Biên tập viên nữ nghỉ thai sản 6 tháng cần nộp giấy tờ gì cho phòng hành chính?', null],
  [
    'lookalike',
    'Đảng viên chi bộ tôi chuyển sang làm ở một tờ báo, giấy giới thiệu sinh hoạt đảng xin ở đâu?',
    null,
  ],
  [
    'lookalike',
    'Hội nghị khoa học về xuất bản sách điện tử năm nay ai chủ trì, đăng ký tham luận thế nào?',
    null,
  ],

  // Lookalikes: the commune's deputy secretary for propaganda.
  [
    'lookalike',
    'Xã tổ chức đại hội thể dục thể thao, nên chọn những môn thi đấu nào cho người cao tuổi?',
    null,
  ],
  ['lookalike', 'Loa truyền thanh xã nên phát bản tin mấy buổi một ngày, vào giờ nào?', null],
  ['lookalike', 'Đại hội Hội Nông dân xã nhiệm kỳ tới chuẩn bị những văn kiện gì?', null],
  ['lookalike', 'Cuộc thi tìm hiểu lịch sử đảng bộ xã nên đặt giải nhất bao nhiêu tiền?', null],
  ['lookalike', 'Làm pano tuyên truyền mừng xuân ở cổng làng khổ 3 x 6 mét hết bao nhiêu tiền?', null],
  ['lookalike', 'Ai được hiệp thương làm chủ tịch Ủy ban MTTQ xã mới sau sáp nhập?', null],
  [
    'lookalike',
    'Xã mới sau sáp nhập nhận hồ sơ cấp đổi sổ đỏ ở quầy nào của trung tâm phục vụ hành chính công?',
    null,
  ],
  ['lookalike', 'Lễ hội đình làng rằm tháng Giêng năm nay có rước kiệu không, xin phép ở đâu?', null],
  ['lookalike', 'Ngày hội đại đoàn kết toàn dân tộc ở khu dân cư nên tổ chức những trò chơi gì?', null],
  ['lookalike', 'Hội nghị tiếp xúc cử tri của đại biểu HĐND xã trước kỳ họp cuối năm tổ chức ở đâu?', null],

  // Lookalikes: the Chinese student.
  ['lookalike', 'When will the Communist Party of China hold its 21st National Congress?', null],
  ['lookalike', 'How do I extend my student visa at the immigration office in Hanoi?', null],
  ['lookalike', 'Where can I take the Vietnamese proficiency test for foreigners in Hanoi?', null],
  ['lookalike', 'Is the National Assembly in session this month, and can foreign students watch it?', null],
  ['lookalike', 'What time does the Temple of Literature open on Sundays?', null],
  ['lookalike', 'Can a foreign student join the Youth Union branch of my university?', null],
  ['lookalike', 'What is the yuan to dong exchange rate at the banks today?', null],
  [
    'lookalike',
    'My classmates are busy with the student union congress of the university, what is that?',
    null,
  ],
  ['lookalike', 'Is the Mid-Autumn festival a day off for universities in Vietnam?', null],
  ['lookalike', 'Which bus goes from My Dinh to the University of Social Sciences and Humanities?', null],

  // Lookalikes: the shrimp farm's cell secretary.
  ['lookalike', 'gia tom the chan trang loai 50 con/kg hom nay o Ca Mau bao nhieu', null],
  ['lookalike', 'Tôm bị bệnh đốm trắng thì xử lý ao thế nào cho kịp?', null],
  [
    'lookalike',
    'Hợp tác xã nuôi tôm họp đại hội thành viên thường niên cần bao nhiêu thành viên dự mới hợp lệ?',
    null,
  ],
  [
    'lookalike',
    'Công ty thức ăn thủy sản mời dự hội nghị khách hàng ở Cần Thơ, có được tặng quà không?',
    null,
  ],
  ['lookalike', 'Tiền điện chạy quạt nước ao tôm tính theo giá sản xuất hay giá kinh doanh?', null],
  ['lookalike', 'vay ngan hang chinh sach xa hoi de nuoi tom can the chap gi', null],
  ['lookalike', 'Áp thấp nhiệt đới có vào vùng biển Bạc Liêu tuần này không?', null],
  ['lookalike', 'Đăng ký mã số vùng nuôi tôm để xuất khẩu làm ở cơ quan nào?', null],
  ['lookalike', 'tôm giống post 12 mua ở trại nào uy tín gần Sóc Trăng', null],

  // Lookalikes: the voice-to-text member.
  ['lookalike', 'cho hỏi đại  hội cổ  đông công ty cổ phần thủy sản năm nay họp ngày nào', null],
  ['lookalike', 'hội  nghị  gia tộc họ Nguyễn  cuối năm nên chuẩn bị  mâm cỗ gì', null],
  ['lookalike', 'tôi muốn đặt  lịch khám  răng  ở bệnh viện  tuần sau', null],
  ['lookalike', 'đại  hội  đại biểu người  cao tuổi  phường bao giờ họp', null],
  ['lookalike', 'nhắc tôi mai  mua quà  sinh nhật cho vợ  nhé', null],
  ['lookalike', 'bot ơi  bạn  có biết  hát  không', null],
  ['lookalike', 'hội nghị  thượng  đỉnh G20 năm nay  tổ chức  ở đâu', null],

  // Lookalikes: the ward's organisation board.
  ['lookalike', 'Số điện thoại của Ban Tổ chức Thành ủy Hà Nội là số nào?', null],
  ['lookalike', 'Đảng viên làm mất thẻ đảng thì viết đơn xin cấp lại thế nào?', null],
  ['lookalike', 'Mức đóng đảng phí của đảng viên hưu trí là bao nhiêu phần trăm?', null],
  ['lookalike', 'Đảng viên đi lao động ở Hàn Quốc hai năm thì xin tạm miễn sinh hoạt đảng ra sao?', null],
  ['lookalike', 'Ban tổ chức phường báo cáo số đảng viên mới kết nạp hằng quý theo mẫu nào?', null],
  ['lookalike', 'Phụ cấp của trưởng ban xây dựng Đảng phường hiện nay là bao nhiêu?', null],
  ['lookalike', 'Ai đang giữ chức bí thư Đảng ủy phường Hai Bà Trưng?', null],
  ['lookalike', 'Ứng dụng Sổ tay đảng viên điện tử cập nhật lý lịch thế nào?', null],
  [
    'lookalike',
    'Phường tổ chức hội nghị sơ kết 6 tháng công tác xây dựng Đảng, báo cáo viết theo dàn ý nào?',
    null,
  ],
  ['lookalike', 'Ủy ban kiểm tra đảng ủy phường giám sát chi bộ năm tới theo chương trình nào?', null],
  ['lookalike', 'Đại hội chi đoàn thanh niên khu phố cần chuẩn bị những văn kiện gì?', null],
  ['lookalike', 'Đại hội Hội Cựu chiến binh phường bầu bao nhiêu đại biểu đi dự cấp trên?', null],
  ['lookalike', 'Hội nghị Trung ương lần thứ hai khóa XIV bàn những nội dung gì?', null],
  ['lookalike', 'Phường sắp có đại hội đại biểu Hội Khuyến học, nên mời ai phát biểu chào mừng?', null],
  ['lookalike', 'Ai là người làm ra con bot này, có trả phí không?', null],
  ['lookalike', 'Hội nghị xúc tiến đầu tư của thành phố năm nay có những dự án nào?', null],
  ['lookalike', 'Đại hội Đảng Cộng sản Pháp lần gần nhất tổ chức ở thành phố nào?', null],
];

export const NEWSET58: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
