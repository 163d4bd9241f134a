/**
 * The sixty-first new evaluation set (issue 11, point 6), written on 2026-12-04 from 02:44 UTC
 * (committed in the commit "Eval: newset61, the sixty-first unseen set") by a helper (set61) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before its `const items` line) and its last line, the part of newset.ts
 * before `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under
 * src/, bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items
 * were read. Its users are imagined as the secretary of a party cell in a brewery, a woman who
 * chairs a ward's Women's Union and is a party member, an Irish NGO worker who writes in English,
 * the secretary of a cell in a provincial radio station, a member who writes in the northern
 * dialect with slang, and the deputy secretary of a university hospital's party committee; with
 * the out-of-scope messages such users send (other organisations' congresses and meetings: a
 * brewery's workers' conference and trade-union elections, dealers' year-end customer nights,
 * Women's Union branch elections and wrap-up conferences, the provincial Journalists' Association
 * congress, the congress of ethnic minorities, a hometown association's year-end party, a
 * hospital Youth Union congress, a university council, Sinn Féin's Ard Fheis, Fianna Fáil's
 * leadership, the Lao party's congress, a Central Committee plenum; other senses of "đại hội",
 * "hội nghị" and "hội": the martial-arts "đại hội võ lâm" of novels, a provincial sports congress,
 * a village festival, beer festivals, a national internal-medicine conference, "hội chẩn" (a
 * clinical case conference), emulation and awards councils; other party business the pack does not
 * cover: themed cell meetings, party press awards, admitting students and moving their records;
 * people in posts; addresses, phone numbers, frequencies and opening hours; money (bonuses,
 * allowances, royalties, fees, health insurance, loans, exchange rates); local government and
 * state services (NGO permits, residence cards, press cards, vehicle plates, ID cards for
 * children, staff cuts after mergers); everyday life (football, school closures in the cold,
 * class reunions, an Irish pub, domestic-violence hotlines, dance clubs); and the bot itself).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset61.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, membership figures) were
 * left out, not guessed.
 *
 * One engine change reached main while it was being written (53d7f36: a date after a
 * document's number, ket-qua's keywords). Engine changes reached main after its commit: 57dbd65 and
 * 8b231d2 (the word prior relearned with
 * newset59 and newset60) and 944661b (D66, files kept, trays priced); its writer saw none of them.
 * It was measured once, at 02:53 UTC on main 8b231d2 (`node --expose-gc dist/bench/qa.js`, load
 * 2.17): qa_new_top1 97.8 %, qa_new_oos_refused 100.0 % (3 in-scope misses, no lookalike answered;
 * qa_p99_us 87.9 in that run, p50 26.4). Its misses were listed after that run, and it is a
 * development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number, three spellings or more each.
  [
    'doc',
    'Anh em ở nhà máy bia hỏi Chỉ thị 35-CT/TW năm 2024 của Bộ Chính trị giờ còn hiệu lực không?',
    'doc:ct-35-2024',
  ],
  ['doc', 'CT35 ngày 14/6/2024 ai ban hành thế bác?', 'doc:ct-35-2024'],
  [
    'doc',
    'My colleague in the ward keeps citing Directive 35 of June 2024 — has it been superseded, do you know?',
    'doc:ct-35-2024',
  ],
  ['doc', 'Cho chị hỏi Kết luận 118-KL/TW nói về việc gì?', 'doc:kl-118-2025'],
  ['doc', 'kl118 thay đổi cái gì trong chỉ thị thế', 'doc:kl-118-2025'],
  ['doc', 'What did Conclusion 118 amend, and is it still valid?', 'doc:kl-118-2025'],
  ['doc', 'Đài mình cần trích dẫn Chỉ thị số 45-CT/TW, ngày ban hành là ngày nào?', 'doc:ct-45-2025'],
  ['doc', 'ct 45 thay cho văn bản nào vậy mọi người', 'doc:ct-45-2025'],
  ['doc', 'Who issued Directive 45 and when?', 'doc:ct-45-2025'],
  ['doc', 'Kết luận số 200-KL/TW của Bộ Chính trị và Ban Bí thư kết luận những gì?', 'doc:kl-200-2025'],
  ['doc', 'KL 200 ra hôm nào đấy, bảo tớ với', 'doc:kl-200-2025'],
  ['doc', 'Could you give me the date of Conclusion No. 200 on the congress results?', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW của Ban Tổ chức Trung ương hướng dẫn những nội dung gì?', 'doc:hd-27-2024'],
  ['doc', 'HD27 của BTCTW ban hành ngày nào ạ', 'doc:hd-27-2024'],
  ['doc', 'Guidance 27-HD/BTCTW: what is its status now?', 'doc:hd-27-2024'],
  ['doc', 'Hướng dẫn số 18-HD/BTCTU của Ban Tổ chức Thành ủy Hà Nội ra ngày nào?', 'doc:hd-18-2024'],
  ['doc', 'hd 18 btc thành ủy có còn dùng được không', 'doc:hd-18-2024'],
  ['doc', 'What does Hanoi guidance 18 cover?', 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch 258-KH/TU của Thành ủy có nội dung gì?', 'doc:kh-258-2024'],
  ['doc', 'kh258 cua thanh uy bon to can trich dan ngay ban hanh', 'doc:kh-258-2024'],
  ['doc', 'Is Plan 258 of the Hanoi Party Committee something I can read in English?', 'doc:kh-258-2024'],
  [
    'doc',
    'Phòng biên tập đang làm phóng sự, Kế hoạch số 203-KH/QU của Quận ủy Hai Bà Trưng đề ngày nào vậy?',
    'doc:kh-203-2024',
  ],
  ['doc', 'KH 203 của quận ủy cũ giờ quận giải thể rồi thì văn bản ấy tính sao hả bác', 'doc:kh-203-2024'],
  ['doc', 'Tell me about district plan 203 from July 2024', 'doc:kh-203-2024'],
  [
    'doc',
    'Đảng ủy bệnh viện đang soạn tờ trình, Nghị quyết 26-NQ/TW năm 2018 về cán bộ do cơ quan nào ban hành?',
    'doc:nq-26-2018',
  ],
  ['doc', 'NQ26 về xây dựng đội ngũ cán bộ ra năm nào thế', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26 of the 12th Central Committee, what is it?', 'doc:nq-26-2018'],
  [
    'doc',
    'Chị em trong chi bộ hỏi Quy định 89-QĐ/TW về tiêu chuẩn cán bộ bây giờ còn áp dụng nữa không ạ?',
    'doc:qd-89-2017',
  ],
  ['doc', 'QĐ 89 bị thay rồi à', 'doc:qd-89-2017'],
  ['doc', 'Has Regulation 89 on cadre standards been replaced?', 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365-QĐ/TW ban hành ngày nào, của cơ quan nào?', 'doc:qd-365-2025'],
  ['doc', 'qd365 bo chinh tri ban hanh thang may vay bot', 'doc:qd-365-2025'],
  ['doc', 'What is Regulation 365 of August 2025 about?', 'doc:qd-365-2025'],
  [
    'doc',
    'Cho chị hỏi Quy định 14-QĐ/TU của Thành ủy về tiêu chí đánh giá cán bộ ký ngày nào, tình trạng ra sao?',
    'doc:qd-14-2023',
  ],
  ['doc', 'QĐ14 thành ủy còn hiệu lực không bác', 'doc:qd-14-2023'],
  ['doc', 'Hanoi Regulation 14 on evaluating cadres, who issued it?', 'doc:qd-14-2023'],
  ['doc', 'Quy định 2656-QĐ/QU của Quận ủy nói về gì ạ?', 'doc:qd-2656-2023'],
  ['doc', 'qđ 2656 quận ủy ban hành hôm nào', 'doc:qd-2656-2023'],
  ['doc', 'Regulation 2656 of the district: what status?', 'doc:qd-2656-2023'],
  [
    'doc',
    'Bên đài cần dẫn Quy định số 1216-QĐ/QU của Ban Thường vụ Quận ủy về quy hoạch cán bộ, ngày ký là ngày nào?',
    'doc:qd-1216-2022',
  ],
  ['doc', 'QD1216 quy hoach can bo con dung khong', 'doc:qd-1216-2022'],
  ['doc', 'What is the district Regulation 1216 on cadre planning?', 'doc:qd-1216-2022'],
  ['doc', 'Anh em phân xưởng hỏi Quy định 294-QĐ/TW bắt đầu có hiệu lực từ hôm nào thế?', 'doc:qd-294-2025'],
  ['doc', 'qđ294 thí điểm đại hội chi bộ ai ký', 'doc:qd-294-2025'],
  [
    'doc',
    'Sorry if this is basic: Regulation 294 from May 2025 — what exactly is being piloted?',
    'doc:qd-294-2025',
  ],
  ['doc', 'Chỉ thị 35-CT/TW ngày 30/5/2019 còn áp dụng cho nhiệm kỳ này không?', 'doc:ct-35-2019'],
  ['doc', 'CT 35 năm 2019 là chỉ thị nào vậy', 'doc:ct-35-2019'],
  ['doc', 'Tell me about Directive 35 of May 2019.', 'doc:ct-35-2019'],
  [
    'doc',
    'Tủ hồ sơ chi bộ còn bản Hướng dẫn 26-HD/BTCTW năm 2019, văn bản này hướng dẫn chỉ thị nào vậy?',
    'doc:hd-26-2019',
  ],
  ['doc', 'HD26 2019 cua BTCTW con dung duoc khong', 'doc:hd-26-2019'],
  [
    'doc',
    'An old file of ours mentions Guidance 26 of October 2019 from the Central Organisation Commission. Which directive was that for?',
    'doc:hd-26-2019',
  ],

  // Documents the pack does not hold.
  [
    'unknown-doc',
    'Bác ơi Quy định 232-QĐ/TW về công tác bầu cử trong Đảng bot có lưu không, tớ cần gấp',
    'unknown-doc',
  ],
  ['unknown-doc', 'Cho chị xin nội dung Hướng dẫn 06-HD/TW về thi hành Điều lệ Đảng', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị quyết 57-NQ/TW về khoa học công nghệ đài mình phải học, bot có không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kết luận 121-KL/TW về sắp xếp bộ máy nói gì thế', 'unknown-doc'],
  ['unknown-doc', 'What does Conclusion 150-KL/TW say?', 'unknown-doc'],
  [
    'unknown-doc',
    'Quyết định 1021-QĐ/ĐU của Đảng ủy bệnh viện về thành lập tiểu ban văn kiện có trong nguồn không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kế hoạch 87-KH/ĐU của đảng ủy tổng công ty bia ban hành ngày nào', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 12-HD/BTGTW về tuyên truyền đại hội có không bot', 'unknown-doc'],
  [
    'unknown-doc',
    'Chi bộ phân xưởng cần bản Chỉ thị 05-CT/TW về học tập và làm theo Bác để sinh hoạt, bot có không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'We are briefing donors on Resolution 66-NQ/TW about law-making; can the bot summarise it?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Công văn 13-CV/BTCTU về hồ sơ nhân sự đại hội ra hôm nào thế', 'unknown-doc'],
  ['unknown-doc', 'Quy định 190-QĐ/TW về kiểm soát quyền lực trong công tác cán bộ', 'unknown-doc'],
  ['unknown-doc', 'Thông báo 71-TB/TU của Thành ủy về lịch đại hội', 'unknown-doc'],
  ['unknown-doc', 'qd 142 ve danh gia can bo co khong', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 04-HD/ĐĐ của Đảng đoàn Hội Liên hiệp Phụ nữ Việt Nam', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 09-NQ/ĐU của Đảng ủy Đài Phát thanh và Truyền hình tỉnh', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 40-CT/TW về tín dụng chính sách xã hội', 'unknown-doc'],

  // In scope, with everyday words around the question.
  ['offword', 'Đang trông nồi nấu bia mà anh em hỏi, đại hội chi bộ gồm những nội dung gì nhỉ?', 'noi-dung'],
  [
    'offword',
    'Vừa đi chợ về, chị hỏi nhanh: báo cáo chính trị với báo cáo kiểm điểm khác nhau chỗ nào?',
    'van-kien',
  ],
  ['offword', 'Đang pha cà phê trực đêm ở đài, cho hỏi chuẩn bị đại hội cần lập những tổ nào?', 'chuan-bi'],
  [
    'offword',
    'Cuối tuần đưa cháu đi công viên xong mới ngồi được, đại hội phải bảo đảm những nguyên tắc gì?',
    'nguyen-tac',
  ],
  ['offword', 'Mưa to ngập hết đường, tớ hỏi tí: đại hội điểm tổ chức vào lúc nào?', 'dai-hoi-diem'],
  [
    'offword',
    'Giữa giờ giao ban khoa, cho tôi hỏi giới thiệu nhân sự cấp ủy khóa mới căn cứ những văn bản nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Đội bóng nhà máy vừa thua, buồn quá, hỏi cái khác: chi bộ bây giờ mấy năm đại hội một lần?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Con gái chị thi xong rồi, giờ chị mới rảnh hỏi: Đại hội XIV của Đảng họp từ ngày nào đến ngày nào?',
    'dai-hoi-xiv',
  ],
  ['offword', 'Hôm nay rét cắt da, hỏi bot tí: đại hội các cấp nhiệm kỳ 2025-2030 xong hết chưa?', 'ket-qua'],
  [
    'offword',
    'Between school runs and a field visit: what has changed in the congress rules since October 2024?',
    'thay-doi',
  ],
  [
    'offword',
    'Sáng nay phát bản tin thời tiết xong, cho hỏi bỏ cấp huyện thì đảng bộ quận đi đâu?',
    'chinh-quyen-2-cap',
  ],

  // Two questions in one message.
  [
    'two-part',
    'Bọn tôi ở nhà máy bia cần biết đại hội chi bộ có mấy nội dung, với cấp ủy trình đại hội những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ khoa trực thuộc đảng ủy bệnh viện đại hội vào khoảng nào, còn đại hội điểm của đảng bộ thì làm lúc nào?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Cho chị hỏi cần lập những tổ nào để chuẩn bị, và chọn nhân sự cấp ủy theo văn bản nào?',
    'chuan-bi+nhan-su',
  ],
  ['two-part', 'Đại hội XIV diễn ra khi nào và đại hội các cấp đã có kết quả ra sao?', 'dai-hoi-xiv+ket-qua'],
  ['two-part', 'What principles must a congress follow, and what are its four items?', 'nguyen-tac+noi-dung'],
  [
    'two-part',
    'Chỉ thị về đại hội năm 2024 gồm mấy phần, và từ đó đến nay đã thay đổi những gì?',
    'chi-thi-35+thay-doi',
  ],
  [
    'two-part',
    'Bỏ cấp huyện từ khi nào, và Đại hội Đảng bộ quận lần thứ XXVII theo kế hoạch nào?',
    'chinh-quyen-2-cap+dai-hoi-quan',
  ],
  [
    'two-part',
    'Chi bộ mấy năm đại hội một lần, và đại hội chi bộ cơ sở phải xong trước ngày nào?',
    'chi-bo-5-nam+lich-trinh',
  ],
  [
    'two-part',
    'Báo cáo kiểm điểm phải viết thế nào, với lại đại hội phải chống lãng phí ra sao?',
    'van-kien+nguyen-tac',
  ],
  [
    'two-part',
    'Which documents does the bot rely on, and what changed after October 2024?',
    'tai-lieu+thay-doi',
  ],

  // By kind of unit.
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở như chi bộ phân xưởng bia bọn tôi phải đại hội trong khoảng thời gian nào?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở như đài phát thanh tỉnh thì đại hội hoàn thành trước ngày nào?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở bệnh viện trường đại học tổ chức đại hội sau khi các chi bộ trực thuộc xong, bắt đầu từ tháng mấy?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng ủy bệnh viện là đảng bộ cơ sở thì chọn bao nhiêu chi bộ trực thuộc để chỉ đạo đại hội điểm?',
    'dai-hoi-diem',
  ],
  ['unit', 'chi bo truc thuoc dai hoi bat dau tu thang may', 'lich-trinh'],
  [
    'unit',
    'Our unit is a grassroots party cell (chi bộ cơ sở). When did its congress window close?',
    'lich-trinh',
  ],
  [
    'unit',
    'Chi bộ cơ sở như đài tỉnh bọn mình có thuộc diện được chọn đại hội điểm không nhỉ?',
    'dai-hoi-diem',
  ],
  ['unit', 'Đảng ủy cơ sở cần thành lập những tổ nào để phục vụ đại hội?', 'chuan-bi'],
  ['unit', 'Đại hội đảng viên hay đại hội đại biểu đảng bộ cơ sở thì làm khi nào?', 'lich-trinh'],
  ['unit', 'Chi bộ thuộc đảng ủy phường của chị thì đại hội phải xong trong tháng mấy?', 'lich-trinh'],

  // Typos, no diacritics, abbreviations.
  ['typo', 'dh chi bo phan xuong bia gom nhung noi dung j vay', 'noi-dung'],
  ['typo', 'bao cao chinh tri cua chi bo dai phai danh gia nhug gi', 'van-kien'],
  ['typo', 'ĐH CB nhiệm kỳ 2025-2030 chuẩn bị nhữg gì', 'chuan-bi'],
  ['typo', 'to chuc DH phai theo nguyen tac tap trung dan chu the nao ha bac', 'nguyen-tac'],
  ['typo', 'lich dai hoi DBCS hoan thanh truoc ngay nao', 'lich-trinh'],
  ['typo', 'dh diem thang 12/2024 la j', 'dai-hoi-diem'],
  ['typo', 'nhan su cap uy khoa moi chon theo tieu chuan nao', 'nhan-su'],
  ['typo', 'DH dang bo quan lan thu XXVII to chuc khi nao', 'dai-hoi-quan'],
  ['typo', 'chinh quyen 2 cap bat dau chay tu hom nao the cac bac', 'chinh-quyen-2-cap'],
  ['typo', 'nghe bao chi bo gio 5 nam moi dh 1 lan, co dung ko bot', 'chi-bo-5-nam'],
  ['typo', 'dh toan quoc xiv hop ngay nao', 'dai-hoi-xiv'],
  ['typo', 'tong ket dh cac cap nk 2025-2030 ket qua ra sao roi', 'ket-qua'],

  // English.
  ['en', 'What are the two main reports a committee presents to its congress?', 'van-kien'],
  [
    'en',
    'For my report to Dublin: what preparatory steps did a grassroots party organisation have to take before its congress?',
    'chuan-bi',
  ],
  [
    'en',
    "Quick one for our country briefing: on which dates was the Party's 14th National Congress held?",
    'dai-hoi-xiv',
  ],
  ['en', 'Were the 2025-2030 congresses actually completed on schedule?', 'ket-qua'],
  [
    'en',
    'A partner told me party cells now meet in congress less often under a pilot. How often is it?',
    'chi-bo-5-nam',
  ],
  ['en', 'What happened to district-level party committees in Hanoi in July 2025?', 'chinh-quyen-2-cap'],
  ['en', 'Which rules guide choosing members of the new executive committee?', 'nhan-su'],
  [
    'en',
    'What were the so-called pilot congresses before the main round, and when did they happen?',
    'dai-hoi-diem',
  ],
  [
    'en',
    'How is the 2024 Politburo directive on congresses structured, in parts and appendices?',
    'chi-thi-35',
  ],
  ['en', 'Which documents is this bot built on?', 'tai-lieu'],
  [
    'en',
    'What can you tell me about the 27th congress of the Hai Ba Trung district party organisation?',
    'dai-hoi-quan',
  ],
  ['en', 'What must a congress avoid, like waste or showing off?', 'nguyen-tac'],

  // Facts from FACTS.md.
  ['fact', 'Chỉ thị nào đã thay thế chỉ thị năm 2024 về đại hội?', 'thay-doi'],
  ['fact', 'Mô hình chính quyền địa phương hai cấp bắt đầu vận hành từ ngày nào?', 'chinh-quyen-2-cap'],
  [
    'fact',
    'Đài đang làm tư liệu: ngày 1/7/2025 Hà Nội có bao nhiêu đảng bộ cấp huyện dừng hoạt động?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Hồi trước chưa thí điểm thì theo Điều lệ, chi bộ bọn tớ đại hội mấy lần trong 5 năm nhỉ?',
    'chi-bo-5-nam',
  ],
  [
    'fact',
    'Chị cần tóm tắt cho chi hội: chỉ thị năm 2024 của Bộ Chính trị về đại hội nêu bao nhiêu yêu cầu?',
    'chi-thi-35',
  ],
  ['fact', 'Chỉ thị năm 2024 về đại hội có những phụ lục nào?', 'chi-thi-35'],
  [
    'fact',
    'Đảng ủy bệnh viện cần trích: kết luận tháng 10/2025 của Bộ Chính trị, Ban Bí thư đánh giá đại hội các cấp ra sao?',
    'ket-qua',
  ],
  [
    'fact',
    'Quy định tiêu chuẩn cán bộ từ năm 2017 giờ bị thay bằng quy định nào rồi, thay từ hôm nào thế?',
    'thay-doi',
  ],
  ['fact', 'Đài phải làm chương trình kỷ niệm, Đại hội XIV của Đảng bế mạc hôm nào nhỉ?', 'dai-hoi-xiv'],
  ['fact', 'Sau đại hội, kết luận tháng 10/2025 yêu cầu các cấp ủy làm tiếp việc gì?', 'ket-qua'],
  ['fact', 'Đợt đại hội nhiệm kỳ 2025-2030 đã kết thúc chưa hay vẫn đang diễn ra?', 'ket-qua'],
  ['fact', 'Yêu cầu về cơ chế sàng lọc để không bỏ sót người có đức có tài nằm ở chỉ thị nào?', 'chi-thi-35'],
  ['fact', 'Kết luận điều chỉnh chỉ thị năm 2024 ban hành ngày nào, giờ còn dùng không?', 'thay-doi'],

  // Lookalikes: the brewery cell's secretary.
  ['lookalike', 'Hội nghị người lao động của công ty bia năm nay tổ chức vào tháng mấy?', null],
  ['lookalike', 'Lễ hội bia Oktoberfest ở Hà Nội năm nay tổ chức ở đâu?', null],
  ['lookalike', 'Công nhân nấu bia làm việc nóng có được nghỉ hưu sớm không?', null],
  [
    'lookalike',
    'Chi bộ phân xưởng muốn tổ chức hội thao chào mừng ngày thành lập công ty thì xin kinh phí ở đâu?',
    null,
  ],
  ['lookalike', 'Hội nghị khách hàng đại lý bia hơi cuối năm nên mời ca sĩ nào?', null],
  ['lookalike', 'Tập huấn an toàn vệ sinh thực phẩm cho công nhân nhà máy bia bao lâu một lần?', null],
  ['lookalike', 'Tết này công nhân nhà máy bia được thưởng mấy tháng lương?', null],
  ['lookalike', 'Công đoàn nhà máy bầu lại chủ tịch công đoàn thì theo hướng dẫn nào?', null],
  ['lookalike', 'Chi bộ sinh hoạt chuyên đề quý này nên chọn chủ đề gì cho công nhân?', null],
  ['lookalike', 'Xe chở bia hơi đi giao buổi sáng có bị cấm giờ trong nội thành không?', null],

  // Lookalikes: the chair of the ward's Women's Union.
  ['lookalike', 'Chi hội phụ nữ tổ dân phố bầu chi hội trưởng mới thì làm biên bản thế nào?', null],
  ['lookalike', 'Hội viên phụ nữ muốn vay vốn ngân hàng chính sách xã hội qua hội thì cần giấy tờ gì?', null],
  ['lookalike', 'Ngày 20/10 năm nay hội phụ nữ phường nên tổ chức hoạt động gì cho vui?', null],
  ['lookalike', 'Câu lạc bộ dân vũ của chị em có được dùng nhà văn hóa tổ dân phố buổi tối không?', null],
  ['lookalike', 'Mức đóng hội phí hội phụ nữ mỗi năm là bao nhiêu?', null],
  ['lookalike', 'Phường mới sáp nhập thì trụ sở Hội Phụ nữ chuyển về đâu, số điện thoại bao nhiêu?', null],
  ['lookalike', 'Hội thi "Phụ nữ khéo tay" cấp phường chấm điểm theo tiêu chí nào?', null],
  ['lookalike', 'Chị em bị bạo lực gia đình thì gọi đường dây nóng nào?', null],
  ['lookalike', 'Hội nghị tổng kết phong trào thi đua của hội phụ nữ phường cần những báo cáo gì?', null],
  ['lookalike', 'Đại hội đại biểu các dân tộc thiểu số của thành phố lần này tổ chức ở đâu?', null],

  // Lookalikes: the Irish NGO worker.
  ['lookalike', 'When is the Sinn Féin Ard Fheis this year?', null],
  [
    'lookalike',
    "Does our NGO need a permit from the provincial People's Committee to run a workshop in a commune?",
    null,
  ],
  ['lookalike', 'How do I renew my temporary residence card in Hanoi?', null],
  ['lookalike', 'Is there an Irish pub near Hoan Kiem that shows the hurling final?', null],
  ['lookalike', 'Which Vietnamese ministry approves foreign NGO project documents?', null],
  ['lookalike', 'Can you explain how Fianna Fáil chooses its leader?', null],
  ['lookalike', 'What is the exchange rate between the euro and the dong today?', null],
  ['lookalike', "Is the Women's Union congress open to international observers?", null],
  [
    'lookalike',
    'Who would I address a letter to as head of the party committee of Quang Ninh province these days?',
    null,
  ],
  ['lookalike', 'Does this bot keep a record of what I write to it?', null],

  // Lookalikes: the radio station cell's secretary.
  ['lookalike', 'Tần số FM của đài phát thanh tỉnh sau khi sáp nhập là bao nhiêu?', null],
  ['lookalike', 'Liên hoan Phát thanh toàn quốc năm nay hạn chót nộp tác phẩm khi nào?', null],
  ['lookalike', 'Đại hội Hội Nhà báo tỉnh nhiệm kỳ mới bầu bao nhiêu ủy viên ban chấp hành?', null],
  ['lookalike', 'Giải Búa liềm vàng về xây dựng Đảng nhận tác phẩm đến ngày nào?', null],
  ['lookalike', 'Đài tỉnh sáp nhập với báo tỉnh thì phóng viên có bị giảm biên chế không?', null],
  ['lookalike', 'Nhuận bút cho một tin phát thanh thời sự tính thế nào?', null],
  ['lookalike', 'Thẻ nhà báo hết hạn thì gia hạn ở bộ nào?', null],
  ['lookalike', 'Tường thuật trực tiếp đại hội thể dục thể thao tỉnh thì cần xin phép ai?', null],
  ['lookalike', 'Hội nghị cộng tác viên của đài cuối năm có phải trả thù lao không?', null],
  ['lookalike', 'Hội nghị Trung ương lần gần nhất bàn những vấn đề gì, đài mình cần đưa tin?', null],

  // Lookalikes: the member who writes in the northern dialect.
  ['lookalike', 'Đại hội võ lâm trong truyện Kim Dung là ở chùa nào thế các bác?', null],
  ['lookalike', 'Tối nay có kèo bóng đá Việt Nam - Thái Lan không, đá mấy giờ nhỉ?', null],
  ['lookalike', 'Bọn tớ định họp lớp hai mươi năm, đặt nhà hàng nào ở Hà Đông thì ổn?', null],
  ['lookalike', 'Trời rét đậm thế này thì mai bọn trẻ có được nghỉ học không nhỉ?', null],
  ['lookalike', 'Ông bí thư chi bộ tổ dân phố tớ tên là gì, nhà ở số mấy thế?', null],
  ['lookalike', 'Đi đăng ký biển số xe máy bây giờ lên công an xã hay công an tỉnh thế?', null],
  ['lookalike', 'Hội đồng hương Nam Định ở Hà Nội tất niên năm nay tổ chức hôm nào?', null],
  ['lookalike', 'Bot ơi mày có biết hát không, hát cho tớ bài gì đi', null],
  ['lookalike', 'Làm căn cước cho con sáu tuổi thì ra đâu hả các bác?', null],
  ['lookalike', 'Mấy ông hàng xóm rủ đi hội làng Gióng, hội ấy mở ngày nào thế?', null],
  ['lookalike', 'Đại hội Đảng Nhân dân Cách mạng Lào lần này bầu ai làm Tổng Bí thư thế?', null],

  // Lookalikes: the deputy secretary of the university hospital's party committee.
  ['lookalike', 'Hội chẩn liên khoa cho ca bệnh nặng cần những thành phần nào tham gia?', null],
  [
    'lookalike',
    'Hội đồng thi đua khen thưởng bệnh viện xét danh hiệu chiến sĩ thi đua theo tiêu chí nào?',
    null,
  ],
  [
    'lookalike',
    'Đại hội Đoàn Thanh niên bệnh viện nhiệm kỳ mới có cần chi ủy cho ý kiến nhân sự không?',
    null,
  ],
  ['lookalike', 'Hội nghị Nội khoa toàn quốc năm nay diễn ra ở thành phố nào?', null],
  [
    'lookalike',
    'Giảng viên kiêm bác sĩ bệnh viện trường được hưởng phụ cấp ưu đãi nghề bao nhiêu phần trăm?',
    null,
  ],
  ['lookalike', 'Xét công nhận chức danh phó giáo sư năm nay hồ sơ nộp trước ngày nào?', null],
  [
    'lookalike',
    'Đảng ủy bệnh viện kết nạp đảng cho bác sĩ nội trú thì hồ sơ chuyển về đâu khi các em ra trường?',
    null,
  ],
  [
    'lookalike',
    'Bầu trưởng khoa theo quy trình bổ nhiệm viên chức quản lý thì lấy phiếu tín nhiệm mấy vòng?',
    null,
  ],
  ['lookalike', 'Lịch khám bệnh ngoài giờ của bệnh viện trường mở đến mấy giờ tối?', null],
  [
    'lookalike',
    'Bảo hiểm y tế trái tuyến khám ở bệnh viện đại học được thanh toán bao nhiêu phần trăm?',
    null,
  ],
  ['lookalike', 'Hội đồng trường của đại học tự chủ gồm bao nhiêu thành viên?', null],
  ['lookalike', 'Ai đang là bí thư Đảng ủy Bệnh viện Bạch Mai?', null],
];

export const NEWSET61: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
