/**
 * The seventy-second new evaluation set (issue 11, point 6), written on 2026-12-04 from 03:46 UTC
 * (committed in the commit "Eval: newset72, the seventy-second unseen set") by a helper (set72)
 * that never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines up to `const items`) and its last line, the part of newset.ts before
 * `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under src/,
 * bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items were
 * read. Its users are imagined as the secretary of the party cell of a fire and rescue team, a
 * retired colonel who writes formal letters, a member in a state-owned electricity company, an
 * Australian academic writing in English about Vietnamese politics, and a young member who writes
 * with emojis and slang and no diacritics; with the out-of-scope messages such users send (fire
 * service business around a congress: extinguishers for the hall, escape routes of the
 * conference's address, guarding a ward people's committee's review meeting, martyr recognition,
 * the fire and rescue skills games, a fire alarm during a cell meeting, rest days after a duty
 * shift, fire approval of a karaoke bar, fire engines and a delegates' motorcade, the force's
 * traditional day, a driving licence after the district level ended; a retired officer's errands:
 * regiment veterans' reunions, a lost resistance medal, the length of a speech to a cell congress,
 * where a named official works now, a 90th-birthday celebration at the congress, the layout of a
 * congratulation letter, military hospital care, a veterans' trip to old battlefields, the armed
 * forces' emulation congress, buying the Party's collected documents; electricity-company business:
 * a corporation's annual business review meeting, the national power plan (another "quy hoạch"),
 * power prices and outage schedules, rooftop solar side businesses, customer codes after the ward
 * merger, a rural electricity cooperative's members' congress, uniforms and budget forms, electrical
 * safety certificates and their "5 years", director-worker dialogue meetings; an academic's needs:
 * archives, citing the bot, the National Assembly election and its candidates, trade unions'
 * congress cycle, research ethics, visiting posts, the Sixth Congress of 1986, translation, women
 * deputies; a young member's: an online game's "đại hội", team building, who made the bot, the
 * emcee's clothes, livestreaming the congress, a Zalo group link, dues by e-wallet, an otaku
 * festival, the party handbook app's password, online awareness classes, a student association's
 * elections; and other bodies that "elect": an apartment building's owners' conference, a family
 * clan's congress, the Red Cross, a hometown association, the National Assembly's consultation
 * conferences, the study-promotion association, a class's parents' committee; other party business:
 * video-conference software, travel abroad, holding a post in a private firm, condolence money
 * from the cell fund, the new ward chairman's name, social housing loans).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset72.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected at any level, the 14th Congress's decisions, age limits,
 * committee sizes, the money a congress may spend, which cells the five-yearly pilot covers, who
 * chaired the conference) were left out, not guessed.
 * Engine changes reached main after its commit: b25bd3c (a second tier of the word prior where the
 * subject is named), a592e9e (absent phrases for newset70's classes), f74f9a6 (the word prior
 * relearned with newset71) and e5714ab (our congress after 'sau' or 'trước' only dates another's);
 * its writer saw none of them. It was measured once, at 04:02 UTC on main e5714ab (`node
 * --expose-gc dist/bench/qa.js`, load 1.93): qa_new_top1 98.6 %, qa_new_oos_refused 89.2 % (2
 * in-scope misses, 7 lookalikes answered; qa_p99_us 180.7 in that run, p50 36.5). Its misses were
 * listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  [
    'doc',
    'Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị hiện nay còn hiệu lực không, đồng chí?',
    'doc:ct-35-2024',
  ],
  ['doc', 'ad oi ct35 nam 2024 con dung ko hay bi thay r 🤔', 'doc:ct-35-2024'],
  ['doc', 'Directive 35 of 2024: is it still the operative text for the congresses?', 'doc:ct-35-2024'],
  ['doc', 'Kính hỏi: CT 35/2024 của Bộ Chính trị đã được thay thế bằng văn bản nào?', 'doc:ct-35-2024'],
  ['doc', 'Chỉ thị 35-CT/TW ngày 30/5/2019 là văn bản gì, bot có dùng không?', 'doc:ct-35-2019'],
  [
    'doc',
    'Directive 35 from 2019, toward the 13th Congress: what do your sources record about it?',
    'doc:ct-35-2019',
  ],
  ['doc', 'cho e hỏi cái ct 35 hồi 2019 (đh XIII) ấy ạ 😅', 'doc:ct-35-2019'],
  [
    'doc',
    'Đồng chí bí thư đội chữa cháy hỏi: Kết luận 118-KL/TW do cơ quan nào ban hành, nguồn có ghi không?',
    'doc:kl-118-2025',
  ],
  ['doc', 'KL 118 con hieu luc ko mn', 'doc:kl-118-2025'],
  [
    'doc',
    'For a footnote in my monograph: which directive did Conclusion 118 of January 2025 amend?',
    'doc:kl-118-2025',
  ],
  ['doc', 'Chỉ thị số 45-CT/TW ngày 14/4/2025 về đại hội đảng bộ các cấp có còn hiệu lực?', 'doc:ct-45-2025'],
  ['doc', 'ct45 thay cho cái nào vậy mn 🧐', 'doc:ct-45-2025'],
  ['doc', 'Directive 45-CT/TW: who issued it and on what date?', 'doc:ct-45-2025'],
  ['doc', 'Kính đề nghị cho biết Chỉ thị 45 của Bộ Chính trị ban hành ngày tháng năm nào.', 'doc:ct-45-2025'],
  [
    'doc',
    'Kính hỏi: Kết luận số 200-KL/TW ngày 17/10/2025 đánh giá đại hội các cấp ra sao, thưa đồng chí?',
    'doc:kl-200-2025',
  ],
  ['doc', 'KL200 cua BCT voi Ban Bi thu ra ngay nao v', 'doc:kl-200-2025'],
  ['doc', 'Conclusion 200 on the congress results: when was it issued and by whom?', 'doc:kl-200-2025'],
  [
    'doc',
    'Chi bộ phân xưởng điện muốn biết Hướng dẫn 27-HD/BTCTW ngày 26/8/2024 do ai ban hành, hướng dẫn những gì?',
    'doc:hd-27-2024',
  ],
  ['doc', 'HD 27 cua Ban To chuc TW con dung khong ad', 'doc:hd-27-2024'],
  [
    'doc',
    'Guidance 27 of the Central Organisation Commission: how confident are your sources about its contents?',
    'doc:hd-27-2024',
  ],
  [
    'doc',
    'Kính đề nghị cho biết Hướng dẫn số 18-HD/BTCTU của Ban Tổ chức Thành ủy Hà Nội ra ngày nào, hướng dẫn văn bản nào.',
    'doc:hd-18-2024',
  ],
  ['doc', 'hd18 btctu la gi z ae 😶', 'doc:hd-18-2024'],
  ['doc', 'Guidance 18-HD/BTCTU of the Hanoi Organisation Board: is it still current?', 'doc:hd-18-2024'],
  [
    'doc',
    'Đội PCCC chúng tôi cần trích dẫn Kế hoạch 258-KH/TU của Thành ủy Hà Nội, văn bản ban hành ngày nào?',
    'doc:kh-258-2024',
  ],
  ['doc', 'KH 258/TU co trong nguon cua bot ko', 'doc:kh-258-2024'],
  ['doc', 'Plan 258 of the Hanoi Party Committee: what do you hold on it?', 'doc:kh-258-2024'],
  [
    'doc',
    'Kế hoạch số 203-KH/QU ngày 29/7/2024 của Quận ủy Hai Bà Trưng giờ còn áp dụng không khi đã bỏ quận?',
    'doc:kh-203-2024',
  ],
  ['doc', 'kh203 qu la ke hoach gi a 🙏', 'doc:kh-203-2024'],
  ['doc', 'Plan 203-KH/QU: what is it about and who issued it?', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW ngày 19/5/2018 là nghị quyết gì?', 'doc:nq-26-2018'],
  ['doc', 'NQ 26 năm 2018 của Ban Chấp hành Trung ương khóa XII hiện ra sao?', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26 of 2018 on cadres: who issued it?', 'doc:nq-26-2018'],
  [
    'doc',
    'Công ty điện lực vẫn in Quy định 89-QĐ/TW để làm nhân sự, văn bản này còn hiệu lực không?',
    'doc:qd-89-2017',
  ],
  ['doc', 'QĐ 89 bị thay chưa vậy ad 🤨', 'doc:qd-89-2017'],
  ['doc', 'Regulation 89 of 2017 on cadre standards: did anything later replace it?', 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365-QĐ/TW ngày 30/8/2025 của Bộ Chính trị thay thế văn bản nào?', 'doc:qd-365-2025'],
  ['doc', 'qd365 thay qd nao vay ae', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365-QĐ/TW: when was it issued?', 'doc:qd-365-2025'],
  [
    'doc',
    'Kính hỏi Quy định 14-QĐ/TU ngày 06/11/2023 của Ban Thường vụ Thành ủy Hà Nội bàn về nội dung gì?',
    'doc:qd-14-2023',
  ],
  ['doc', 'QĐ14/TU ve tieu chi danh gia can bo con dung ko', 'doc:qd-14-2023'],
  [
    'doc',
    'Regulation 14-QĐ/TU of the Hanoi Standing Board on cadre evaluation: when was it issued?',
    'doc:qd-14-2023',
  ],
  [
    'doc',
    'Quy định 2656-QĐ/QU về tiêu chí đánh giá cán bộ do cơ quan nào ký ban hành, thưa đồng chí?',
    'doc:qd-2656-2023',
  ],
  ['doc', 'qd 2656 qu con dung sau khi bo quan ko 😬', 'doc:qd-2656-2023'],
  ['doc', 'What is Regulation 2656 of November 2023?', 'doc:qd-2656-2023'],
  [
    'doc',
    'Quy định số 1216-QĐ/QU ngày 06/4/2022 của Ban Thường vụ Quận ủy nói về việc gì?',
    'doc:qd-1216-2022',
  ],
  ['doc', 'QĐ 1216 ve quy hoach can bo ra nam nao vay', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216 of the Hai Ba Trung Standing Board: what is it?', 'doc:qd-1216-2022'],
  [
    'doc',
    'Chi bộ đội cứu nạn cứu hộ hỏi: Quy định 294-QĐ/TW ngày 26/5/2025 bắt đầu có hiệu lực từ ngày nào?',
    'doc:qd-294-2025',
  ],
  ['doc', 'qđ294 thí điểm đại hội chi bộ là sao ạ 😳', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294 of May 2025: what exactly is being piloted, and since when?', 'doc:qd-294-2025'],
  ['doc', 'Kính hỏi Quy định số 294 ai ký ban hành?', 'doc:qd-294-2025'],
  ['doc', 'Hướng dẫn 26-HD/BTCTW ngày 18/10/2019 bot có dùng không?', 'doc:hd-26-2019'],
  ['doc', 'HD 26 năm 2019 của Ban Tổ chức Trung ương là hướng dẫn gì?', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26 of October 2019: what was it for?', 'doc:hd-26-2019'],
  ['unknown-doc', 'Quy định 232-QĐ/TW năm 2025 nói gì?', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị quyết 57-NQ/TW về đột phá khoa học công nghệ thì chi bộ quán triệt ra sao?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Kính hỏi Quy định 144-QĐ/TW về chuẩn mực đạo đức cách mạng có hiệu lực từ bao giờ?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Hướng dẫn 06-HD/BTCTW hướng dẫn gì vậy ad?', 'unknown-doc'],
  [
    'unknown-doc',
    'Does your knowledge base hold Directive 36-CT/TW, which a colleague in Canberra mentioned?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kết luận 150-KL/TW nói về vấn đề gì?', 'unknown-doc'],
  ['unknown-doc', 'Regulation 24-QĐ/TW on implementing the Party Charter: what does it say?', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị định 136/2020/NĐ-CP hướng dẫn luật phòng cháy chữa cháy có trong tài liệu của bot không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kế hoạch 47-KH/ĐU của Đảng ủy Công an thành phố về đại hội chi bộ có gì?', 'unknown-doc'],
  ['unknown-doc', 'Công văn 1025-CV/ĐU của Đảng ủy Tập đoàn Điện lực hướng dẫn gì?', 'unknown-doc'],
  ['unknown-doc', 'Quyết định 99-QĐ/TW còn hiệu lực không ạ?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 21-HD/BTCTW có gì mới?', 'unknown-doc'],
  ['unknown-doc', 'nq 66 nq/tw co j hot ko ae 😵', 'unknown-doc'],
  ['unknown-doc', 'kl 123-KL/TW ra ngay nao vay mn', 'unknown-doc'],
  ['unknown-doc', 'Quy định 80-QĐ/TW về phân cấp quản lý cán bộ hiện ra sao?', 'unknown-doc'],
  ['unknown-doc', 'Conclusion 137-KL/TW on restructuring: do you hold it?', 'unknown-doc'],
  ['unknown-doc', 'Kính hỏi Chỉ thị 28-CT/TW có liên quan đến đại hội chi bộ không?', 'unknown-doc'],
  [
    'unit',
    'Chi bộ Đội Cảnh sát PCCC và CNCH của tôi là chi bộ trực thuộc đảng ủy cơ sở, đại hội phải làm trong khoảng thời gian nào?',
    'lich-trinh',
  ],
  [
    'unit',
    'Chi bộ phân xưởng sửa chữa thí nghiệm điện trực thuộc đảng ủy công ty thì đại hội bắt đầu từ tháng mấy?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng bộ cơ sở công ty điện lực tổ chức đại hội sau khi các chi bộ trực thuộc đại hội xong, hạn chót là khi nào?',
    'lich-trinh',
  ],
  ['unit', 'Kính hỏi: chi bộ cơ sở nơi tôi sinh hoạt phải hoàn thành đại hội trước ngày nào?', 'lich-trinh'],
  ['unit', 'chi bo co so thi dh tu thang may vay ad 😅', 'lich-trinh'],
  ['unit', 'Đảng bộ cơ sở chọn một chi bộ trực thuộc làm đại hội điểm vào tháng nào?', 'dai-hoi-diem'],
  ['unit', 'Chi bộ trực thuộc bây giờ mấy năm tổ chức đại hội một lần?', 'chi-bo-5-nam'],
  [
    'unit',
    'For a grassroots party committee (đảng bộ cơ sở), when did the 2025 congress window open and close?',
    'lich-trinh',
  ],
  [
    'unit',
    "In the fire brigade's cell, which sits under a grassroots committee, by which month did the congress have to be over?",
    'lich-trinh',
  ],
  ['unit', 'Đảng bộ cơ sở phải trình đại hội những báo cáo nào?', 'van-kien'],
  ['unit', 'Kính hỏi: đại hội chi bộ cơ sở khu dân cư của tôi phải tiến hành bầu những gì?', 'noi-dung'],
  ['unit', 'dang bo co so tong cong ty dien luc co phai lam dh diem ko 🤔', 'dai-hoi-diem'],
  [
    'offword',
    'Vừa đi dập đám cháy kho hàng về, người còn ám khói, tôi hỏi nhanh: đại hội chi bộ gồm mấy nội dung?',
    'noi-dung',
  ],
  [
    'offword',
    'Sáng nay tập dưỡng sinh xong tôi mới ngồi viết thư này: xin hỏi báo cáo kiểm điểm của cấp ủy cần đạt yêu cầu gì?',
    'van-kien',
  ],
  [
    'offword',
    'Đang ca trực ở trạm biến áp, trời nồm ẩm quá, cho hỏi trước đại hội phải lập những tổ nào?',
    'chuan-bi',
  ],
  [
    'offword',
    'Uống ly cà phê muối xong mình hỏi cái: đại hội XIV diễn ra từ ngày mấy tới ngày mấy vậy? ☕',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Cháu nội tôi đang ôn thi nên tôi tự gõ: nguyên tắc tập trung dân chủ được nhấn mạnh thế nào khi tổ chức đại hội?',
    'nguyen-tac',
  ],
  [
    'offword',
    'While my flight to Hanoi is delayed in Singapore: what changed in the congress rules after October 2024?',
    'thay-doi',
  ],
  [
    'offword',
    'Xe thang vừa bảo dưỡng xong, tranh thủ hỏi: lựa chọn nhân sự cấp ủy khóa mới theo những quy định nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Mưa ngập cả hầm gửi xe rồi 😩 mà vẫn phải hỏi: đợt đại hội 2025-2030 các cấp xong hết chưa?',
    'ket-qua',
  ],
  [
    'offword',
    'Con mèo nhà tôi vừa làm đổ lọ mực lên tờ nháp: xin hỏi đại hội điểm cấp quận làm vào đầu quý mấy?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Vé máy bay Tết đắt quá nên không về quê được, tiện hỏi luôn: Đại hội Đảng bộ quận Hai Bà Trưng là lần thứ mấy?',
    'dai-hoi-quan',
  ],
  [
    'offword',
    'Vừa thay bóng đèn hội trường xong, hỏi thêm: chính quyền địa phương 2 cấp bắt đầu từ bao giờ?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'My kangaroo-shaped coffee mug aside, which documents does this bot actually rely on?',
    'tai-lieu',
  ],
  [
    'two-part',
    'Đại hội chi bộ đội PCCC có mấy nội dung, và chi ủy phải trình những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ trực thuộc đại hội khi nào, và đại hội điểm làm vào tháng mấy?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Kính hỏi hai việc: nhân sự cấp ủy khóa mới chọn theo tiêu chuẩn nào, và cần thành lập những tổ giúp việc nào cho đại hội?',
    'nhan-su+chuan-bi',
  ],
  [
    'two-part',
    'When was the 14th Congress held, and were the lower-level congresses all completed?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'cap huyen bo tu bao gio, con chi bo gio may nam dh 1 lan z ae 🤔',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Chỉ thị của Bộ Chính trị tháng 6/2024 về đại hội có những phần nào, và sau đó đã có những thay đổi gì?',
    'chi-thi-35+thay-doi',
  ],
  [
    'two-part',
    'Đại hội phải theo nguyên tắc nào, và báo cáo chính trị phải viết ra sao?',
    'nguyen-tac+van-kien',
  ],
  [
    'two-part',
    'What must a grassroots congress cover, and what happened to the district committees in 2025?',
    'noi-dung+chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'Đại hội Đảng bộ quận lần thứ XXVII là đại hội nào, và kết quả đại hội các cấp ra sao?',
    'dai-hoi-quan+ket-qua',
  ],
  [
    'two-part',
    'Chuẩn bị đại hội cần làm những việc gì, còn thời hạn đại hội với đảng bộ cơ sở là bao giờ?',
    'chuan-bi+lich-trinh',
  ],
  [
    'two-part',
    'Bot dựa vào những văn bản nào, và từ hội nghị tháng 10/2024 đến nay có gì thay đổi?',
    'tai-lieu+thay-doi',
  ],
  [
    'two-part',
    'ad ơi bầu cấp ủy mới thì quy hoạch cán bộ làm sao, với cả đại hội phải chống lãng phí thế nào 🙏',
    'nhan-su+nguyen-tac',
  ],
  ['typo', 'dai hoi chi bo gom nhung noi dung j z ad', 'noi-dung'],
  ['typo', 'bao cao chinh tri la bao cao trung tam a?', 'van-kien'],
  ['typo', 'dh xiv dien ra ngay nao vay mn 🇻🇳', 'dai-hoi-xiv'],
  ['typo', 'chinh quyen 2 cap van hanh tu ngay nao ae', 'chinh-quyen-2-cap'],
  ['typo', 'Đai hội chi bọ bây h 5 năm mới làm 1 lần hả', 'chi-bo-5-nam'],
  ['typo', 'nguyen tac tap trung dan chu khi to chuc dh la gi ad oi 🫡', 'nguyen-tac'],
  ['typo', 'dai hoi cac cap nk 2025-2030 xong het r ha 🥳', 'ket-qua'],
  ['typo', 'thanh lap to nhan su to van kien to to chuc de lm gi', 'chuan-bi'],
  ['typo', 'Kính hỏi: Chỉ thi về đại hội các cấp nam 2024 gồm mấy phần, mấy phụ luc?', 'chi-thi-35'],
  ['typo', 'dh diem o quan lam vao dau quy I ha ad', 'dai-hoi-diem'],
  ['typo', 'tieu chuan nhan su cap uy khoa moi dua vao dau vay', 'nhan-su'],
  ['typo', 'nhung thay doi tu sau hoi nghi thang 10 nam 2024 la j 😵‍💫', 'thay-doi'],
  [
    'en',
    "In my chapter on intra-party accountability: what must the committee's self-review report to the congress contain?",
    'van-kien',
  ],
  [
    'en',
    'For my students: how often do party cells now hold congresses under the 2025 pilot?',
    'chi-bo-5-nam',
  ],
  ['en', 'When exactly did Vietnam abolish the district tier of local government?', 'chinh-quyen-2-cap'],
  ['en', 'What four items does a grassroots congress for 2025–2030 have to cover?', 'noi-dung'],
  ['en', 'Which principle, above all, must committees observe when organising the congress?', 'nguyen-tac'],
  ['en', 'Were the 2025–2030 congresses at every level actually completed on schedule?', 'ket-qua'],
  ['en', 'What preparatory teams does a grassroots organisation set up before its congress?', 'chuan-bi'],
  ['en', 'What were the pilot congresses in Hai Ba Trung and when were they planned?', 'dai-hoi-diem'],
  [
    'en',
    "What does the Politburo's June 2024 directive on congresses contain: parts and appendices?",
    'chi-thi-35',
  ],
  ['en', 'Which district congress was Hai Ba Trung preparing its grassroots units for?', 'dai-hoi-quan'],
  [
    'en',
    'For my comparative chapter: which resolution, standards and criteria govern nominating new committee members?',
    'nhan-su',
  ],
  ['en', 'What has changed since the Hanoi dissemination conference of October 2024?', 'thay-doi'],
  ['fact', 'Đại hội đại biểu toàn quốc lần thứ XIV của Đảng kéo dài mấy ngày?', 'dai-hoi-xiv'],
  [
    'fact',
    'Kính hỏi: chỉ thị năm 2024 về đại hội đảng bộ các cấp đã bị văn bản nào thay thế và từ ngày nào?',
    'thay-doi',
  ],
  ['fact', 'Kính hỏi: đợt đại hội nhiệm kỳ 2025 - 2030 đã kết thúc chưa, căn cứ vào đâu?', 'ket-qua'],
  [
    'fact',
    'Ngày 01/7/2025 Hà Nội có bao nhiêu đảng bộ quận, huyện, thị xã kết thúc hoạt động vậy đồng chí?',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'Trước khi thí điểm thì Điều lệ quy định chi bộ đại hội mấy lần trong 5 năm?', 'chi-bo-5-nam'],
  [
    'fact',
    'Báo cáo kiểm điểm của chi ủy đội chữa cháy trình đại hội phải có tính chiến đấu đến đâu?',
    'van-kien',
  ],
  [
    'fact',
    'Đại hội điểm ở chi bộ trực thuộc do đảng bộ cơ sở chỉ đạo làm trong tháng 12/2024 đúng không ạ?',
    'dai-hoi-diem',
  ],
  ['fact', 'Trong hai văn kiện trình đại hội, văn kiện nào giữ vai trò định hướng?', 'van-kien'],
  ['fact', 'Chỉ thị về đại hội của Bộ Chính trị năm 2024 đặt ra bao nhiêu yêu cầu?', 'chi-thi-35'],
  [
    'fact',
    'Trước đại hội, tổ chức cơ sở đảng phải tổng kết các đề án, chuyên đề của nhiệm kỳ nào?',
    'chuan-bi',
  ],
  ['fact', 'Đại hội phải kiên quyết chống những gì theo yêu cầu của Quận ủy?', 'nguyen-tac'],
  ['fact', 'Việc rà soát, bổ sung quy hoạch cán bộ phục vụ nhân sự đại hội làm khi nào?', 'nhan-su'],
  [
    'fact',
    'Kính hỏi: đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030 được tổ chức nhằm tiến tới Đại hội toàn quốc lần thứ mấy?',
    'dai-hoi-xiv',
  ],
  [
    'fact',
    'Ở nội dung thứ hai, đại hội chi bộ công ty điện góp ý vào dự thảo những văn kiện nào?',
    'noi-dung',
  ],
  ['fact', 'Bầu đoàn đại biểu dự đại hội cấp trên là nội dung thứ mấy của đại hội?', 'noi-dung'],
  [
    'lookalike',
    'Chi bộ Đội Cảnh sát PCCC và CNCH chúng tôi cần mua bình chữa cháy mới cho hội trường đại hội, loại bột hay CO2 thì phù hợp?',
    null,
  ],
  [
    'lookalike',
    'Hội trường 33 Đại Cồ Việt có đủ lối thoát nạn theo tiêu chuẩn PCCC để họp đại hội đảng bộ không?',
    null,
  ],
  [
    'lookalike',
    'Đội tôi được giao phương án chữa cháy bảo vệ hội nghị tổng kết của Ủy ban nhân dân phường, cần bố trí mấy xe trực?',
    null,
  ],
  [
    'lookalike',
    'Một đảng viên trong chi bộ đội chữa cháy hy sinh khi cứu nạn, hồ sơ đề nghị công nhận liệt sĩ gồm những gì?',
    null,
  ],
  [
    'lookalike',
    'Hội thao nghiệp vụ chữa cháy và cứu nạn cứu hộ cấp thành phố năm nay thi những nội dung nào?',
    null,
  ],
  [
    'lookalike',
    'Chi bộ đang sinh hoạt thì có chuông báo cháy, bí thư có phải lập biên bản hoãn buổi sinh hoạt không?',
    null,
  ],
  ['lookalike', 'Chiến sĩ trực chiến 24/24 có được nghỉ bù sau ngày dự đại hội chi bộ không?', null],
  ['lookalike', 'Thủ tục nghiệm thu PCCC cho quán karaoke mới mở trên địa bàn phường làm ở đâu?', null],
  [
    'lookalike',
    'Xe chữa cháy đi làm nhiệm vụ có được vượt lên khi đoàn xe đưa đại biểu dự đại hội đang đi qua không?',
    null,
  ],
  ['lookalike', 'Thẻ đảng viên của tôi bị ướt hỏng khi đi cứu hộ lũ, xin cấp lại ở đâu?', null],
  ['lookalike', 'Ngày truyền thống của lực lượng Cảnh sát PCCC và CNCH là ngày nào?', null],
  ['lookalike', 'Đổi giấy phép lái xe hạng C cho lái xe chữa cháy làm ở đâu sau khi bỏ cấp huyện?', null],
  [
    'lookalike',
    'Kính gửi quý cơ quan, tôi là đại tá nghỉ hưu, xin hỏi Ban liên lạc truyền thống Trung đoàn tổ chức họp mặt kỷ niệm ngày thành lập cần báo cáo với cơ quan nào?',
    null,
  ],
  [
    'lookalike',
    'Kính đề nghị cho biết thủ tục xin cấp lại Huân chương Kháng chiến bị thất lạc khi chuyển nhà.',
    null,
  ],
  [
    'lookalike',
    'Kính thưa các đồng chí, tôi viết bài tham luận gửi đại hội chi bộ về truyền thống Điện Biên Phủ, xin hỏi bài dài mấy trang là vừa?',
    null,
  ],
  [
    'lookalike',
    'Tôi trân trọng đề nghị quý cơ quan cho biết đồng chí Nguyễn Quang Trung hiện công tác ở đâu sau khi quận Hai Bà Trưng không còn.',
    null,
  ],
  [
    'lookalike',
    'Kính gửi, xin hỏi chi bộ có được tổ chức mừng thọ cho đảng viên tròn chín mươi tuổi ngay trong buổi đại hội không?',
    null,
  ],
  [
    'lookalike',
    'Kính hỏi: thể thức một lá thư chúc mừng gửi Đại hội Đảng bộ phường trình bày thế nào cho đúng?',
    null,
  ],
  [
    'lookalike',
    'Xin hỏi thủ tục khám chữa bệnh cho sĩ quan nghỉ hưu tại Bệnh viện Trung ương Quân đội 108 theo bảo hiểm y tế.',
    null,
  ],
  [
    'lookalike',
    'Kính đề nghị cho tôi biết lịch trình đoàn cựu chiến binh phường về thăm chiến trường xưa Quảng Trị.',
    null,
  ],
  [
    'lookalike',
    'Kính gửi, Đại hội thi đua quyết thắng của lực lượng vũ trang Thủ đô năm nay tổ chức vào ngày nào?',
    null,
  ],
  [
    'lookalike',
    'Kính hỏi: tôi muốn đặt mua bộ sách Văn kiện Đảng toàn tập, nhà sách nào ở Hà Nội còn bán?',
    null,
  ],
  [
    'lookalike',
    'Đảng ủy tổng công ty điện lực tổ chức hội nghị tổng kết sản xuất kinh doanh năm, đảng viên có bắt buộc dự không?',
    null,
  ],
  ['lookalike', 'Quy hoạch điện VIII điều chỉnh đã được phê duyệt chưa?', null],
  ['lookalike', 'Giá điện sinh hoạt bậc thang hiện nay mỗi kWh bao nhiêu tiền?', null],
  ['lookalike', 'Lịch cắt điện ở phường Bạch Mai tuần này thế nào, hôm đó chi bộ tôi họp đại hội?', null],
  [
    'lookalike',
    'Đảng viên làm ở công ty điện lực có được góp vốn mở cửa hàng lắp điện mặt trời áp mái không?',
    null,
  ],
  ['lookalike', 'Sau khi sáp nhập phường, mã khách hàng dùng điện của hộ gia đình có phải đổi không?', null],
  ['lookalike', 'Đại hội xã viên hợp tác xã dịch vụ điện nông thôn bầu ban quản trị như thế nào?', null],
  [
    'lookalike',
    'Chi bộ tổ vận hành trạm biến áp muốn xin kinh phí may đồng phục đi dự đại hội, lập dự toán theo mẫu nào?',
    null,
  ],
  ['lookalike', 'Chứng chỉ an toàn điện bậc 5 của thợ điện trong chi bộ có thời hạn mấy năm?', null],
  [
    'lookalike',
    'Hội nghị đối thoại giữa giám đốc và người lao động ở công ty điện lực mỗi năm phải tổ chức mấy lần?',
    null,
  ],
  [
    'lookalike',
    "I'm writing a journal article: which archives in Hanoi let foreign researchers read party congress minutes?",
    null,
  ],
  ['lookalike', 'How should I cite this bot in APA style: who is its author and publisher?', null],
  ['lookalike', "How are candidates selected for Vietnam's 2026 National Assembly election?", null],
  [
    'lookalike',
    'Do Vietnamese trade unions hold their congresses on a five-year cycle like the party cells?',
    null,
  ],
  [
    'lookalike',
    'Is there a human-ethics protocol I need before interviewing party cell secretaries in Hanoi?',
    null,
  ],
  ['lookalike', 'Which Vietnamese universities host visiting scholars in political science?', null],
  ['lookalike', 'What did the Sixth Party Congress of 1986 decide about Doi Moi?', null],
  ['lookalike', 'Can you translate my interview consent form into Vietnamese for party members?', null],
  ['lookalike', 'What share of National Assembly deputies are women after the latest election?', null],
  ['lookalike', 'dai hoi vo lam tuan nay mo sv moi chua ae 🔥🔥', null],
  ['lookalike', 'chi bo minh di team building sau dai hoi, co cho nao o Ba Vi re re ko 😂', null],
  ['lookalike', 'ad oi con bot nay ai code the, xin in4 vs 🤣', null],
  ['lookalike', 'mc dan chuong trinh dai hoi chi bo nen mac vest hay ao dai z mn 😎', null],
  ['lookalike', 'dai hoi chi bo co dc live tiktok cho ae ngoai xem ko 📱', null],
  ['lookalike', 'xin link nhom zalo cua chi bo phuong em vs 🥺', null],
  ['lookalike', 'nop dang phi qua momo dc ko ad 💸', null],
  ['lookalike', 'cuoi tuan o Ha Noi co dai hoi otaku nao ko ae, cosplay di cho vui 🤭', null],
  ['lookalike', 'app so tay dang vien dang nhap ko dc, quen mk thi lam sao 😭', null],
  ['lookalike', 'hoc lop cam tinh dang online tren app co dc tinh ko ae 🤔', null],
  ['lookalike', 'dh hoi sinh vien truong em bau ban chap hanh kieu gi v 😅', null],
  [
    'lookalike',
    'Hội nghị nhà chung cư bầu ban quản trị tòa nhà cần bao nhiêu phần trăm chủ hộ tham dự?',
    null,
  ],
  ['lookalike', 'Họ nhà tôi tổ chức đại hội dòng họ để bầu trưởng họ mới, có mẫu biên bản không?', null],
  ['lookalike', 'Hội Chữ thập đỏ phường tổ chức đại hội nhiệm kỳ mới, hồ sơ nhân sự gồm những gì?', null],
  ['lookalike', 'Hội đồng hương Nghệ An tại Hà Nội họp mặt cuối năm ở đâu?', null],
  [
    'lookalike',
    'Hội nghị hiệp thương lần thứ hai giới thiệu người ứng cử đại biểu Quốc hội tổ chức khi nào?',
    null,
  ],
  ['lookalike', 'Hội Khuyến học phường đại hội có cần báo cáo chính trị như đại hội đảng không?', null],
  [
    'lookalike',
    'Ban đại diện cha mẹ học sinh lớp con tôi họp đầu năm, có phải bỏ phiếu kín như bầu ban chấp hành không?',
    null,
  ],
  ['lookalike', 'Hội nghị truyền hình trực tuyến của đảng bộ cứ bị giật hình, nên dùng phần mềm nào?', null],
  ['lookalike', 'Đảng viên ra nước ngoài du lịch cần xin phép chi bộ trước mấy ngày?', null],
  [
    'lookalike',
    'Đảng viên chi bộ doanh nghiệp nhà nước có được kiêm chức danh ở công ty tư nhân không?',
    null,
  ],
  ['lookalike', 'Chi bộ có được dùng quỹ chi bộ để phúng viếng bố mẹ đảng viên không, mức bao nhiêu?', null],
  ['lookalike', 'Chủ tịch Ủy ban nhân dân phường mới sau sáp nhập ở chỗ tôi tên là gì?', null],
  ['lookalike', 'Ngân hàng nào cho đảng viên vay ưu đãi mua nhà ở xã hội?', null],
];

export const NEWSET72: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
