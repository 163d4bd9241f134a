/**
 * The one hundred and sixth new evaluation set (issue 11, point 6), written on 2026-12-04 from
 * 19:52 UTC (committed in the commit "Eval: newset106, the one hundred and sixth unseen set") by a
 * helper (set106) that never saw the engine. It was written from ../shared/sources/ (the conference
 * article of 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of
 * ../shared/STYLE.md, ../helpers/COMMON.md, and from the pack only what
 * `node /work/helpers/pack-view.mjs` prints: the documents' ids, numbers, dates, titles/abouts,
 * issuers and statuses, the unit types' codes and names, and each topic's id, title and body
 * (config/ itself was not opened, so no sample questions, keywords, synonyms, evidence or off-topic
 * lists were seen). Also read: the header of newset35.ts (the lines before its `const items`) and
 * its export line, the part of newset.ts before `const items`, newset35.test.ts, set-shape.ts,
 * set-checks.ts and sets.ts. Nothing under src/, bench/ or config/, no README, no git log, diff or
 * show, and no other set's or pool's items (newset103.ts to newset105.ts included) were read. Its
 * users are imagined as the secretary of a party cell at a university hospital's pharmacy
 * department, a member who farms shrimp, a member of a ward party committee's inspection
 * committee, a Filipino NGO worker who writes in English, and a member who writes half without
 * diacritics and half with them; with the out-of-scope messages such users send (other
 * organisations' congresses and meetings: a hospital's staff and workers' conference, a pharmacists'
 * association branch, the hospital's drug and therapeutics council, a farmers' union congress, a
 * shrimp co-operative's members' meeting, an agricultural extension meeting, a seafood trade fair, a
 * students' association, an ethnic minorities' congress, the Red Cross, the Vietnam Trade Union's
 * congress, a study-promotion association, the Catholic bishops' conference and the Communist Party
 * of the Philippines, the ASEAN civil society conference, an NGO's general assembly, a Filipino
 * community congress; other senses of "đại hội" and "hội nghị": clinical pharmacy science
 * conferences, a pharmacy year-end review, a neighbourhood group's year-end meeting, a clan's
 * gathering, National Assembly candidate consultation and voters' meetings, barangay assemblies,
 * party-list registration and the Philippine Senate; party business the pack does not cover: the
 * inspection committee's work (discipline procedure and its time limits, asset declarations,
 * anonymous denunciations, checking dues, its yearly programme and review meetings, holding other
 * posts), political theory classes for new members, lost membership cards, thematic resolutions and
 * study themes, members reporting to their place of residence, founding a party organisation in a
 * private company; the users' own work and daily life mixed with congress words: drug tenders,
 * stock-receiving forms, drug labels, practising certificates, shrimp diseases, prices, salinity,
 * water treatment, loans, crop insurance and theft, motorbike registration, power cuts, a trip after
 * the congress, a poem, a translation and a slide template for the congress, a stomach ache after a
 * meeting; foreign NGOs' offices, visas, flights and a merged commune's e-mail address).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset106.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, who elects the inspection committee, committee sizes,
 * which cells the five-yearly pilot covers, the next term's rules, membership figures) were left
 * out, not guessed.
 * Engine changes reached main after its writer began: 65db391 (words before a document's reference
 * no part of their own, 'phân cấp' after a number, the bot's maker absent), 16fe6a3 (two questions
 * of their own answered without the whole's topic), 13ce905 (an instruction after the questions no
 * part, 'No.' no sentence end, ordinances), 29ad688 (a deputy secretary's duties and regular
 * meetings as other party business) and the word prior relearned with newset102 to newset105; its
 * writer saw none of them. It was measured once, at 20:12 UTC on main 0b83317 (`node --expose-gc
 * dist/bench/qa.js`, load 2.62): qa_new_top1 98.0 %, qa_new_oos_refused 98.4 % (3 in-scope misses,
 * 1 lookalike answered; qa_p99_us 192.2 in that run, p50 55.7). Its misses were listed after that
 * run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  [
    'doc',
    'Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị giờ còn dùng để tổ chức đại hội nữa không?',
    'doc:ct-35-2024',
  ],
  ['typo', 'ct35 năm 2024 bi thay roi ha, thay bang van ban nao vay', 'doc:ct-35-2024'],
  [
    'en',
    "Is the Politburo's Directive 35 of June 2024 still in force, or was it replaced?",
    'doc:ct-35-2024',
  ],
  ['doc', 'Khoa Dược cần trích dẫn CT 35/2024 về đại hội, văn bản này ban hành ngày nào?', 'doc:ct-35-2024'],
  [
    'doc',
    'Chỉ thị 35-CT/TW ngày 30/5/2019 là văn bản gì, có áp dụng cho nhiệm kỳ 2025 - 2030 không?',
    'doc:ct-35-2019',
  ],
  ['doc', 'ct 35 năm 2019 hướng tới Đại hội XIII thì bot có dùng quy định của nó không?', 'doc:ct-35-2019'],
  [
    'en',
    'My Hanoi partner keeps citing an older Directive No. 35 from May 2019; what was that one about?',
    'doc:ct-35-2019',
  ],
  ['doc', 'Kết luận số 118-KL/TW do cơ quan nào ban hành vậy đồng chí?', 'doc:kl-118-2025'],
  ['typo', 'kl118 sửa những gì trong chỉ thị cũ về đại hội, con hieu luc ko', 'doc:kl-118-2025'],
  ['en', 'Conclusion 118 of January 2025: is it still valid today?', 'doc:kl-118-2025'],
  ['typo', 'ket luan 118 nam 2025 bi thay the chua', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị 45-CT/TW về đại hội đảng bộ các cấp ban hành ngày nào?', 'doc:ct-45-2025'],
  ['doc', 'CT45 của Bộ Chính trị thay thế những văn bản nào?', 'doc:ct-45-2025'],
  ['en', 'Directive 45-CT/TW on the party congresses: who issued it and when?', 'doc:ct-45-2025'],
  ['typo', 'chi thi so 45 nam 2025 hien nay tinh trang the nao', 'doc:ct-45-2025'],
  ['doc', 'Kết luận 200-KL/TW ngày 17/10/2025 đánh giá đại hội các cấp ra sao?', 'doc:kl-200-2025'],
  ['doc', 'KL 200 của Bộ Chính trị và Ban Bí thư yêu cầu tiếp tục làm gì sau đại hội?', 'doc:kl-200-2025'],
  ['en', 'What does Conclusion No. 200 of the Politburo and the Secretariat say?', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW hướng dẫn những nội dung gì?', 'doc:hd-27-2024'],
  ['typo', 'ad oi, hd27 của BTC Trung uong co hướng dẫn chi tiết gì cho chi bộ không', 'doc:hd-27-2024'],
  ['en', 'Guidance 27 from the Central Organisation Commission: what is in it?', 'doc:hd-27-2024'],
  ['doc', 'Hướng dẫn số 18-HD/BTCTU của Ban Tổ chức Thành ủy ban hành khi nào?', 'doc:hd-18-2024'],
  ['doc', 'HD 18 BTCTU hướng dẫn những nội dung nào của chỉ thị về đại hội?', 'doc:hd-18-2024'],
  ['en', "Tell me about the Hanoi Organisation Board's guidance 18 of October 2024.", 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch số 258-KH/TU của Thành ủy Hà Nội ban hành ngày nào?', 'doc:kh-258-2024'],
  ['typo', 'kh258 thanh uy ha noi noi ve gi vay', 'doc:kh-258-2024'],
  ['en', 'Plan 258 of the Hanoi Party Committee: what do your sources record?', 'doc:kh-258-2024'],
  [
    'doc',
    'Kế hoạch 203-KH/QU của Quận ủy Hai Bà Trưng còn giá trị không khi đã bỏ cấp quận?',
    'doc:kh-203-2024',
  ],
  ['doc', 'KH 203 của Quận ủy HBT về tổ chức đại hội cơ sở là văn bản gì?', 'doc:kh-203-2024'],
  ['en', 'Plan 203-KH/QU of the Hai Ba Trung district committee: what is its status?', 'doc:kh-203-2024'],
  ['typo', 'ke hoach 203 cua quan uy ve dai hoi co so ban hanh ngay nao', 'doc:kh-203-2024'],
  [
    'doc',
    'Nghị quyết số 26-NQ/TW ngày 19/5/2018 của Trung ương khóa XII có liên quan gì đến nhân sự đại hội?',
    'doc:nq-26-2018',
  ],
  ['doc', 'NQ26 khóa XII năm 2018 là nghị quyết về việc gì?', 'doc:nq-26-2018'],
  [
    'en',
    'Resolution 26 of May 2018 by the 12th Central Committee: why does it matter for the congress?',
    'doc:nq-26-2018',
  ],
  [
    'doc',
    'Ủy ban kiểm tra phường hỏi: Hướng dẫn 26-HD/BTCTW năm 2019 có còn là căn cứ cho đại hội vừa rồi không?',
    'doc:hd-26-2019',
  ],
  ['typo', 'HD26 BTCTW nam 2019 huong dan cho chi thi nao', 'doc:hd-26-2019'],
  ['en', 'Guidance 26-HD/BTCTW of October 2019: does the bot use its rules?', 'doc:hd-26-2019'],
  [
    'doc',
    'Chi bộ khoa Dược đang soạn hồ sơ nhân sự theo Quy định 89-QĐ/TW, như vậy có còn đúng không?',
    'doc:qd-89-2017',
  ],
  ['typo', 'qd89 bi thay chua vay, thay bang cai nao', 'doc:qd-89-2017'],
  [
    'en',
    'A colleague in Hanoi still quotes Regulation 89 from August 2017; is it outdated now?',
    'doc:qd-89-2017',
  ],
  [
    'doc',
    'Nuôi tôm ở xã, tôi nghe nói có Quy định số 365-QĐ/TW mới về tiêu chuẩn chức danh, ban hành hôm nào?',
    'doc:qd-365-2025',
  ],
  ['doc', 'QĐ 365 thay cho quy định nào về tiêu chuẩn cán bộ?', 'doc:qd-365-2025'],
  [
    'en',
    "Which older rule on cadre standards did the Politburo's Regulation 365 take the place of?",
    'doc:qd-365-2025',
  ],
  [
    'doc',
    'Khi góp ý nhân sự, chi bộ bệnh viện có phải dựa vào Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy không?',
    'doc:qd-14-2023',
  ],
  ['typo', 'qd14 TU ve tieu chi danh gia can bo con hieu luc ko', 'doc:qd-14-2023'],
  ['en', 'For my report on Hanoi, what does Regulation 14-QĐ/TU of November 2023 cover?', 'doc:qd-14-2023'],
  [
    'doc',
    'Đồng chí cho tra cứu Quy định số 2656-QĐ/QU của quận ủy cũ, giờ tình trạng ra sao?',
    'doc:qd-2656-2023',
  ],
  ['doc', 'QĐ2656 của quận ủy về đánh giá cán bộ còn áp dụng được không?', 'doc:qd-2656-2023'],
  ['en', 'Regulation 2656 of the Hai Ba Trung district: who issued it?', 'doc:qd-2656-2023'],
  [
    'doc',
    'Ủy ban kiểm tra cần biết Quy định 1216-QĐ/QU về quy hoạch cán bộ do cơ quan nào ban hành?',
    'doc:qd-1216-2022',
  ],
  ['typo', 'qd 1216 quy hoach can bo cua quan uy con dung duoc ko', 'doc:qd-1216-2022'],
  [
    'en',
    'Is Regulation 1216 of the former Hai Ba Trung district still the basis for cadre planning?',
    'doc:qd-1216-2022',
  ],
  [
    'doc',
    'Chi bộ ấp tôm nghe nói Quy định 294-QĐ/TW cho đại hội 5 năm một lần, áp dụng từ bữa nào?',
    'doc:qd-294-2025',
  ],
  ['typo', 'qđ294 cơ quan nao ban hanh vay', 'doc:qd-294-2025'],
  [
    'en',
    'Regulation 294 on party cells holding congresses every five years: when did it take effect?',
    'doc:qd-294-2025',
  ],
  [
    'unknown-doc',
    'Ủy ban kiểm tra phường hay dùng Quy định 232-QĐ/TW về thi hành Điều lệ, bot có tra được văn bản đó không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Hướng dẫn số 06-HD/TW về nghiệp vụ công tác đảng nói gì về đại hội chi bộ?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kết luận 150-KL/TW về sắp xếp tổ chức đảng có nội dung gì?', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị quyết 57-NQ/TW về khoa học công nghệ có yêu cầu chi bộ bệnh viện làm gì?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Quy định 22-QĐ/TW về công tác kiểm tra, giám sát và kỷ luật của Đảng quy định gì?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Hướng dẫn 03-HD/UBKTTW về kiểm tra tài chính đảng hướng dẫn những gì?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch số 312-KH/TU của Thành ủy về đại hội có gì mới?', 'unknown-doc'],
  [
    'unknown-doc',
    'What does Guidance 01-HD/BTCTW say about the new commune party committees?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Công văn 9012-CV/BTCTW về nhân sự đại hội gửi các tỉnh ủy nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 137-KL/TW có liên quan đến đại hội chi bộ ấp không?', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị quyết 60-NQ/TW của Trung ương khóa XIII có nói về đại hội đảng bộ xã không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Hướng dẫn số 12-HD/BTCTU của Thành ủy về đại hội chi bộ bệnh viện có gì?', 'unknown-doc'],
  [
    'unknown-doc',
    'Quy định 96-QĐ/TW về lấy phiếu tín nhiệm có áp dụng khi chọn cấp ủy viên không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'chi thi 25-CT/TW co noi ve dai hoi chi bo khong', 'unknown-doc'],
  ['unknown-doc', 'Is Regulation 190-QĐ/TW on cadre rotation part of your sources?', 'unknown-doc'],
  ['unknown-doc', 'quy dinh so 144 QĐ/TW ve dao duc can bo co trong bot ko', 'unknown-doc'],
  ['fact', 'Chi bộ khoa Dược muốn ghi vào sổ: Đại hội XIV khai mạc hôm nào, bế mạc hôm nào?', 'dai-hoi-xiv'],
  [
    'fact',
    'Đợt đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030 đã xong chưa, Trung ương đánh giá thế nào?',
    'ket-qua',
  ],
  [
    'fact',
    'Xã tôi sáp nhập theo mô hình hai cấp, chính thức chạy từ ngày tháng năm nào?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Số đảng bộ quận, huyện ở Hà Nội dừng hoạt động khi bỏ cấp huyện là bao nhiêu?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Theo Điều lệ cũ, trước đợt thí điểm, chi bộ của tôi phải đại hội bao nhiêu lần mỗi 5 năm?',
    'chi-bo-5-nam',
  ],
  ['fact', 'Trong văn kiện trình đại hội, báo cáo nào là báo cáo trung tâm?', 'van-kien'],
  ['fact', 'Báo cáo kiểm điểm của cấp ủy trình đại hội phải có tính chất gì?', 'van-kien'],
  ['fact', 'Nội dung thứ hai trong bốn nội dung của đại hội chi bộ là gì?', 'noi-dung'],
  ['fact', 'Đại hội đảng bộ có phải bầu đoàn đại biểu đi dự đại hội cấp trên không?', 'noi-dung'],
  [
    'fact',
    'Đầu quý I/2025, Ban Thường vụ Quận ủy chọn một đảng bộ phường và những loại đơn vị nào nữa để làm điểm?',
    'dai-hoi-diem',
  ],
  [
    'fact',
    'Đại hội đại biểu Đảng bộ quận Hai Bà Trưng mà các cơ sở tiến tới là lần thứ bao nhiêu?',
    'dai-hoi-quan',
  ],
  ['fact', 'Để phục vụ đại hội, tổ chức cơ sở đảng phải thành lập những tổ giúp việc nào?', 'chuan-bi'],
  [
    'fact',
    'Hội nghị quán triệt văn bản về đại hội ở cơ sở có được kết hợp họp trực tuyến không?',
    'chuan-bi',
  ],
  [
    'fact',
    'Cấp ủy lãnh đạo đại hội phải bám nguyên tắc nào là chính, theo chỉ đạo của quận ủy?',
    'nguyen-tac',
  ],
  ['fact', 'Đại hội có được làm phô trương hình thức không, yêu cầu chống lãng phí thế nào?', 'nguyen-tac'],
  ['fact', 'Chỉ thị của Bộ Chính trị tháng 6/2024 về đại hội các cấp nêu mấy yêu cầu?', 'chi-thi-35'],
  ['fact', 'Chỉ thị về đại hội ban hành năm 2024 có những phụ lục nào?', 'chi-thi-35'],
  ['fact', 'Từ sau hội nghị quán triệt tháng 10/2024 đến nay đã có những thay đổi gì?', 'thay-doi'],
  ['fact', 'Danh sách văn bản mà trợ lý này dùng để trả lời về đại hội gồm những gì?', 'tai-lieu'],
  ['fact', 'Chọn nhân sự cấp ủy khóa mới phải căn cứ những nghị quyết, quy định nào?', 'nhan-su'],
  ['fact', 'Cấp ủy có cần rà soát, bổ sung quy hoạch cán bộ để chuẩn bị nhân sự đại hội không?', 'nhan-su'],
  ['fact', 'Các đảng bộ xã, phường ở Hà Nội bắt đầu hoạt động từ khi nào?', 'chinh-quyen-2-cap'],
  [
    'unit',
    'Chi bộ khoa Dược là chi bộ trực thuộc đảng ủy bệnh viện, đại hội từ tháng nào đến tháng nào?',
    'lich-trinh',
  ],
  ['unit', 'Là chi bộ cơ sở ở khoa Dược, hạn chót đại hội của chúng tôi là ngày nào?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở tổ chức đại hội sau khi các chi bộ trực thuộc xong, thời gian cụ thể ra sao?',
    'lich-trinh',
  ],
  ['unit', 'Mỗi đảng bộ cơ sở phải chỉ đạo mấy chi bộ trực thuộc làm đại hội điểm?', 'dai-hoi-diem'],
  ['unit', 'Giữa chi bộ trực thuộc và đảng bộ cơ sở thì đơn vị nào đại hội trước?', 'lich-trinh'],
  [
    'unit',
    'Tôi ở chi bộ trực thuộc đảng ủy cơ sở, đại hội chi bộ tôi phải xong trong tháng mấy?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở và đảng bộ cơ sở có cùng hạn hoàn thành đại hội không?', 'lich-trinh'],
  [
    'unit',
    'Ngoài đảng bộ phường, có chi bộ cơ sở nào được quận chọn làm đại hội điểm không?',
    'dai-hoi-diem',
  ],
  ['unit', 'Đại hội đảng viên hoặc đại hội đại biểu của đảng bộ cơ sở bắt đầu từ tháng nào?', 'lich-trinh'],
  [
    'unit',
    'By what date did a grassroots party cell need to wrap up its congress in Hai Ba Trung?',
    'lich-trinh',
  ],
  [
    'two-part',
    'Chi bộ khoa Dược đại hội thì bàn những nội dung gì, và cấp ủy phải chuẩn bị mấy bản báo cáo?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ cơ sở đại hội vào thời gian nào, và đại hội điểm được làm ra sao?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Cho tui hỏi Đại hội XIV họp mấy ngày, với lại đại hội các cấp nhiệm kỳ này Trung ương kết luận kết quả thế nào?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Cần thành lập những tổ nào để chuẩn bị đại hội, và chọn nhân sự cấp ủy theo tiêu chuẩn gì?',
    'chuan-bi+nhan-su',
  ],
  [
    'two-part',
    'Bỏ cấp huyện từ bao giờ, và bây giờ chi bộ bao lâu đại hội một lần?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Tổ chức đại hội phải theo nguyên tắc gì, còn báo cáo chính trị phải viết thế nào?',
    'nguyen-tac+van-kien',
  ],
  [
    'two-part',
    'Đại hội Đảng bộ quận lần thứ XXVII là gì, và từ sau hội nghị quán triệt đã có những thay đổi nào?',
    'dai-hoi-quan+thay-doi',
  ],
  [
    'two-part',
    'Chỉ thị về đại hội năm 2024 gồm những phần nào, và bot dựa vào những văn bản nào?',
    'chi-thi-35+tai-lieu',
  ],
  [
    'two-part',
    'For my NGO brief: what four items does a grassroots congress cover, and what dates did the 14th National Congress run?',
    'noi-dung+dai-hoi-xiv',
  ],
  [
    'two-part',
    'dai hoi diem lam thang may, con dai hoi chi bo truc thuoc thi khi nao',
    'dai-hoi-diem+lich-trinh',
  ],
  ['two-part', 'Báo cáo kiểm điểm cấp ủy phải nêu những gì, và đại hội bầu những gì?', 'van-kien+noi-dung'],
  [
    'two-part',
    'Trung ương kết luận gì về đại hội các cấp, và chính quyền hai cấp áp dụng từ lúc nào?',
    'ket-qua+chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Em vừa kiểm kê xong tủ thuốc gây nghiện, cho em hỏi đại hội chi bộ phải có mấy nội dung ạ?',
    'noi-dung',
  ],
  [
    'offword',
    'Đang cho tôm ăn cữ chiều, hỏi nhanh: báo cáo chính trị trình đại hội phải đánh giá những gì?',
    'van-kien',
  ],
  [
    'offword',
    'Sau buổi giám sát ở phường sáng nay, đồng chí cho hỏi tổ chức đại hội phải tuân thủ nguyên tắc nào?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Between two field visits in Quezon City, a quick one: which teams does a grassroots unit set up to prepare its congress?',
    'chuan-bi',
  ],
  [
    'offword',
    'Mưa to ao tôm tràn bờ cả đêm, mà Đại hội toàn quốc lần thứ XIV của Đảng họp từ ngày nào đến ngày nào nhỉ?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Khoa Dược đang chạy gói thầu thuốc, chị muốn biết chi bộ trực thuộc làm đại hội điểm vào tháng nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Vừa họp tổ dân phố về thu gom rác xong, hỏi luôn: từ khi nào không còn cấp huyện?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Lương tháng này chưa về, nhưng tôi hỏi việc khác: theo thí điểm thì chi bộ mấy năm đại hội một lần?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Giá tôm thẻ đang xuống, còn kết quả đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030 thì Trung ương đánh giá sao?',
    'ket-qua',
  ],
  [
    'offword',
    'Sáng trực quầy cấp phát thuốc ngoại trú, chiều lo nhân sự: chọn cấp ủy viên khóa mới căn cứ vào những gì?',
    'nhan-su',
  ],
  [
    'offword',
    'Con đang ôn thi nên mẹ tự hỏi: Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII tổ chức theo kế hoạch nào?',
    'dai-hoi-quan',
  ],
  [
    'offword',
    'Máy sục khí hỏng từ tối qua; nhân tiện cho hỏi những văn bản về đại hội nào đã bị thay thế từ sau tháng 10/2024?',
    'thay-doi',
  ],
  [
    'offword',
    'Hồ sơ giám sát chất đầy bàn, đồng chí cho hỏi báo cáo kiểm điểm của cấp ủy cần tự phê bình ra sao?',
    'van-kien',
  ],
  ['typo', 'dại hội chi bộ gồm mấy nội dug vậy', 'noi-dung'],
  ['typo', 'bao cao kiem diem cua cap uy phai co tinh chien dau ko', 'van-kien'],
  ['typo', 'lịch đai hôi chi bô co so nam 2025 the nao', 'lich-trinh'],
  ['typo', 'dh diem cua DBCS chon may CB truc thuoc', 'dai-hoi-diem'],
  ['typo', 'BCCT vs BC kiem diem cua cap uy, cai nao la bao cao trung tam?', 'van-kien'],
  ['typo', 'ĐH XIV diễn ra bao giờ vậy ad', 'dai-hoi-xiv'],
  ['typo', 'chon nhan su cap uy khoa moi cho chi bo ap thi dua tren tieu chuan j', 'nhan-su'],
  ['typo', 'to chuc DH chi bo phai dam bao nguyen tac j, co can chong lang phi ko', 'nguyen-tac'],
  ['typo', 'chinh quyen 2 cap chay tu ngay nao, cấp huyện còn không', 'chinh-quyen-2-cap'],
  ['typo', 'ket qua dai hoi cac cap nk 2025-2030 ra sao roi', 'ket-qua'],
  ['en', "What must a Vietnamese party cell's congress cover?", 'noi-dung'],
  ['en', 'What reports does an outgoing cell committee present at its congress?', 'van-kien'],
  ['en', 'When was two-level local government introduced in Vietnam?', 'chinh-quyen-2-cap'],
  ['en', 'Under the 2025 pilot, how many years apart are party cell congresses?', 'chi-bo-5-nam'],
  ['en', 'Were the 2025-2030 party congresses completed, according to the Politburo?', 'ket-qua'],
  ['en', 'Which principle must party committees follow above all when holding congresses?', 'nguyen-tac'],
  ['en', 'Since the district briefing of October 2024, which rules and structures have changed?', 'thay-doi'],
  ['en', 'How were the December 2024 pilot congresses organised, and who chose the cells?', 'dai-hoi-diem'],
  ['en', 'Can you list the source documents behind your answers on the congresses?', 'tai-lieu'],
  [
    'en',
    "Summarise the seven requirements set by the Politburo's directive of June 2024 for the congresses.",
    'chi-thi-35',
  ],
  ['en', 'How should the new party committee members be chosen?', 'nhan-su'],
  [
    'en',
    'Our Hanoi partners mention a district congress that the Hai Ba Trung cells were preparing for: which congress was it, and for which term?',
    'dai-hoi-quan',
  ],
  [
    'lookalike',
    'Phòng tổ chức giao chi bộ khoa Dược lo hội nghị viên chức năm 2026, cần những báo cáo gì?',
    null,
  ],
  ['lookalike', 'Đại hội Chi hội Dược sĩ bệnh viện nhiệm kỳ mới bầu bao nhiêu ủy viên ban chấp hành?', null],
  ['lookalike', 'Hội đồng thuốc và điều trị của bệnh viện phải họp mấy lần một năm?', null],
  ['lookalike', 'Hội nghị khoa học dược lâm sàng toàn quốc năm nay tổ chức ở đâu?', null],
  ['lookalike', 'Quy trình đấu thầu thuốc tập trung cấp địa phương gồm mấy bước?', null],
  ['lookalike', 'Chi bộ khoa Dược họp xong rồi, giờ em cần mẫu biên bản kiểm nhập thuốc vào kho', null],
  ['lookalike', 'Dược sĩ khoa tôi sắp hết hạn chứng chỉ hành nghề, xin cấp lại cần hồ sơ gì?', null],
  [
    'lookalike',
    'Bệnh viện tổ chức hội nghị tổng kết công tác dược năm 2025, bài phát biểu mẫu lấy ở đâu?',
    null,
  ],
  ['lookalike', 'Đại hội Hội Nông dân xã nhiệm kỳ 2023 - 2028 bầu ban chấp hành mấy người?', null],
  ['lookalike', 'Hợp tác xã nuôi tôm tổ chức đại hội thành viên thường niên cần những nội dung gì?', null],
  ['lookalike', 'Hội nghị khuyến nông về nuôi tôm thẻ chân trắng tuần sau có phát con giống không?', null],
  ['lookalike', 'Tôm bị bệnh đốm trắng thì phải xử lý ao thế nào?', null],
  ['lookalike', 'Giá tôm sú loại 30 con một ký hôm nay bao nhiêu?', null],
  ['lookalike', 'Vay vốn ngân hàng chính sách để mở rộng ao tôm có cần chi bộ xác nhận không?', null],
  ['lookalike', 'Độ mặn bao nhiêu là phù hợp để thả tôm giống?', null],
  ['lookalike', 'Chi bộ ấp họp xong thì đi đâu mua chế phẩm vi sinh xử lý nước ao?', null],
  ['lookalike', 'Hội nghị xúc tiến thương mại thủy sản ở Cà Mau năm 2026 diễn ra khi nào?', null],
  ['lookalike', 'Ao tôm bị thiệt hại do mưa lũ thì bảo hiểm nông nghiệp bồi thường thế nào?', null],
  ['lookalike', 'Quy trình xem xét thi hành kỷ luật đảng viên vi phạm gồm những bước nào?', null],
  ['lookalike', 'Ủy ban kiểm tra đảng ủy phường giám sát việc kê khai tài sản, thu nhập như thế nào?', null],
  ['lookalike', 'Đơn tố cáo đảng viên không ký tên thì ủy ban kiểm tra có phải giải quyết không?', null],
  ['lookalike', 'Kiểm tra việc thu, nộp đảng phí của chi bộ thì dùng mẫu biên bản nào?', null],
  ['lookalike', 'Chương trình kiểm tra, giám sát năm 2026 của ủy ban kiểm tra phường xây dựng ra sao?', null],
  ['lookalike', 'Hội nghị ủy ban kiểm tra mở rộng sơ kết 6 tháng đầu năm cần những báo cáo gì?', null],
  ['lookalike', 'Đảng viên sinh con thứ ba thì có bị xử lý kỷ luật không?', null],
  ['lookalike', 'Thời hiệu xử lý kỷ luật đối với đảng viên vi phạm là bao lâu?', null],
  ['lookalike', 'Ủy viên ủy ban kiểm tra phường có được kiêm nhiệm chức vụ khác không?', null],
  ['lookalike', 'When is the next barangay assembly day in the Philippines?', null],
  ['lookalike', 'How do party-list groups register for the Philippine midterm elections?', null],
  ['lookalike', 'Our NGO holds its general assembly next month: what quorum do we need?', null],
  [
    'lookalike',
    "What did the Catholic Bishops' Conference of the Philippines decide at its plenary this year?",
    null,
  ],
  ['lookalike', 'Do I need a business visa to attend a civil society forum in Hanoi?', null],
  ['lookalike', 'Can a foreign NGO open a project office in Vietnam, and which agency approves it?', null],
  ['lookalike', 'Is there a Filipino community congress in Ho Chi Minh City this year?', null],
  ['lookalike', 'How does the Philippine Senate elect its president?', null],
  ['lookalike', 'Which flights between Manila and Hanoi are cheapest in March?', null],
  ['lookalike', 'Who chairs the ASEAN Civil Society Conference next year?', null],
  ['lookalike', 'What was decided at the last congress of the Communist Party of the Philippines?', null],
  [
    'lookalike',
    'Our partner commune in Vietnam merged in 2025: how do I find its new official email address?',
    null,
  ],
  ['lookalike', 'cho minh hoi đăng ký xe máy ở phường mới làm ở đâu', null],
  ['lookalike', 'lich cup dien phuong minh tuan nay the nao', null],
  ['lookalike', 'hoi nghi tong ket nam cua to dan pho can chuẩn bị những gì', null],
  ['lookalike', 'dai hoi dong ho Nguyen chọn ngày giỗ tổ nào cho đẹp', null],
  ['lookalike', 'Đại hội Hội Sinh viên trường đại học Dược nhiệm kỳ mới tổ chức khi nào?', null],
  ['lookalike', 'Đại hội đại biểu các dân tộc thiểu số cấp tỉnh lần thứ V tổ chức năm nào?', null],
  ['lookalike', 'Đại hội Hội Chữ thập đỏ phường nhiệm kỳ 2027 - 2032 có mấy nội dung?', null],
  ['lookalike', 'Đại hội Công đoàn Việt Nam lần thứ XIII bầu ra bao nhiêu ủy viên?', null],
  ['lookalike', 'Hội nghị hiệp thương giới thiệu người ứng cử đại biểu Quốc hội gồm mấy vòng?', null],
  ['lookalike', 'Hội nghị cử tri nơi cư trú lấy ý kiến về người ứng cử tổ chức thế nào?', null],
  ['lookalike', 'Đại hội Hội Khuyến học xã lần thứ tư cần chuẩn bị những văn kiện gì?', null],
  ['lookalike', 'Chi bộ khoa Dược đại hội xong rồi, giờ in nhãn thuốc bằng máy in mới thế nào?', null],
  ['lookalike', 'Sau đại hội chi bộ muốn đưa các đồng chí đi du lịch Phú Quốc thì đặt tour ở đâu?', null],
  ['lookalike', 'Viết giúp tôi bài thơ chúc mừng đại hội chi bộ ấp', null],
  ['lookalike', 'Ao tôm của bí thư chi bộ bị trộm thì báo công an xã thế nào?', null],
  ['lookalike', 'Sau hội nghị ủy ban kiểm tra em bị đau dạ dày, nên uống thuốc gì?', null],
  ['lookalike', 'Dịch giúp bài phát biểu khai mạc đại hội chi bộ sang tiếng Anh', null],
  ['lookalike', 'Make me a slide template for our party cell congress opening.', null],
  ['lookalike', 'Đảng viên mới kết nạp ở ấp phải học lớp lý luận chính trị bao nhiêu ngày?', null],
  ['lookalike', 'Lũ cuốn mất thẻ đảng viên của tôi, xin cấp lại ở đâu?', null],
  ['lookalike', 'Nghị quyết chuyên đề của chi bộ năm 2026 viết theo mẫu nào?', null],
  ['lookalike', 'Chủ đề sinh hoạt chuyên đề học tập và làm theo tư tưởng Hồ Chí Minh năm nay là gì?', null],
  ['lookalike', 'Quy trình giới thiệu đảng viên về sinh hoạt nơi cư trú gồm những bước nào?', null],
  ['lookalike', 'Thành lập tổ chức cơ sở đảng trong doanh nghiệp tư nhân cần điều kiện gì?', null],
];

export const NEWSET106: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
