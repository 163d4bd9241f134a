/**
 * The eighteenth new evaluation set (issue 11, point 6), written on 2026-12-02 from 17:17 UTC
 * (committed in the commit "Eval: newset18, the eighteenth unseen set") by a helper (set18) that
 * had not seen the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from config/dh-2025-2030.yaml only the documents' ids, numbers, dates,
 * titles/abouts, issuers and statuses, the unit types' codes and names, and each topic's id, title
 * and body, printed by a small script that parsed the YAML and printed nothing else (no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset17.ts (its first 31 lines, before its import line) and its export line, the header, types,
 * `judge` and `describe` of newset.ts, newset17.test.ts, set-shape.ts, set-checks.ts and sets.ts.
 * Nothing under src/ or bench/, no README, no git log, diff or show, nothing of newset12.ts …
 * newset17.ts beyond that header and export line, and no other set's items were read. Its users
 * are imagined a year after the campaign (2026): people reviewing what was done for a year-end
 * report, new members who joined after the congresses, people unsure what still applies now that
 * Directive 35 was replaced and the district is gone, staff comparing the rules of 2019 and 2024,
 * a retired teacher who writes long careful messages, a young accountant who writes in a few
 * words, and English speakers from an NGO.
 *
 * It was committed BEFORE the next engine change, without running any of its questions through
 * the engine, the bot or the bench; only its shape test (newset18.test.ts), biome and tsc ran.
 * Engine changes reached main while it was being written (up to a93d2f5) and one after its commit
 * (eb63d8b, English function-word pairs); its writer saw none of them. It was measured once on
 * the engine as it stood then, at 17:42 UTC on main eb63d8b (`node --expose-gc dist/bench/qa.js`,
 * load 2.95): qa_new_top1 95.2 %, qa_new_oos_refused 88.5 % (7 in-scope misses, 6 lookalikes
 * answered). Its misses were listed after that run, and it is a development set since. Do not
 * edit an item after its commit, except to fix an expectation that is factually wrong (against
 * the sources), in its own commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open were left out, not guessed.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // doc: every pack document by its number, in several spellings
  ['doc', 'Chỉ thị 35-CT/TW năm 2024 bây giờ còn áp dụng không hay đã bị thay rồi?', 'doc:ct-35-2024'],
  ['doc', 'ct35 năm 2024 do cơ quan nào ban hành', 'doc:ct-35-2024'],
  ['doc', 'Directive 35 of June 2024: what replaced it?', 'doc:ct-35-2024'],
  ['doc', 'CT 35 ban hành tháng 6/2024 tên đầy đủ là gì ạ', 'doc:ct-35-2024'],
  ['doc', 'Chỉ thị 35 năm 2019 hướng tới đại hội nào?', 'doc:ct-35-2019'],
  ['doc', 'ct35 2019 ngày ban hành chính xác là ngày nào', 'doc:ct-35-2019'],
  ['doc', 'Directive 35-CT/TW of May 2019, is it still in force?', 'doc:ct-35-2019'],
  ['doc', 'Cho tôi hỏi chỉ thị số 35 ra năm 2019 (nhiệm kỳ trước) là văn bản gì', 'doc:ct-35-2019'],
  [
    'doc',
    'Làm báo cáo so sánh hai nhiệm kỳ, cho tôi hỏi Hướng dẫn 26-HD/BTCTW năm 2019 là hướng dẫn cho chỉ thị nào?',
    'doc:hd-26-2019',
  ],
  ['doc', 'hd26 2019 ngày mấy', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26-HD/BTCTW (2019): what is it about?', 'doc:hd-26-2019'],
  ['doc', 'HD 26 của năm 2019 còn dùng được không', 'doc:hd-26-2019'],
  ['doc', 'Kết luận 118-KL/TW ai ban hành vậy?', 'doc:kl-118-2025'],
  ['doc', 'kl118 giờ còn hiệu lực ko', 'doc:kl-118-2025'],
  ['doc', 'Conclusion 118: what did it amend?', 'doc:kl-118-2025'],
  ['doc', 'KL 118 ngày ký là ngày nào', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị 45-CT/TW ban hành ngày nào?', 'doc:ct-45-2025'],
  ['doc', 'ct45 thay thế văn bản nào', 'doc:ct-45-2025'],
  ['doc', 'Directive 45 — who issued it and what is it about?', 'doc:ct-45-2025'],
  ['doc', 'CT 45/2025 hiện giờ tình trạng thế nào', 'doc:ct-45-2025'],
  ['doc', 'Kết luận 200-KL/TW nói về nội dung gì?', 'doc:kl-200-2025'],
  ['doc', 'kl200 do ai ký ban hành', 'doc:kl-200-2025'],
  ['doc', 'Conclusion 200-KL/TW, date please', 'doc:kl-200-2025'],
  ['doc', 'KL số 200 của Bộ Chính trị ra tháng mấy năm 2025', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW của Ban Tổ chức Trung ương ban hành ngày nào?', 'doc:hd-27-2024'],
  ['doc', 'hd27 hướng dẫn cái gì', 'doc:hd-27-2024'],
  ['doc', 'Guidance 27 from the Central Organisation Commission: status?', 'doc:hd-27-2024'],
  ['doc', 'Hướng dẫn 18-HD/BTCTU của Ban Tổ chức Thành ủy nói về gì?', 'doc:hd-18-2024'],
  ['doc', 'hd18 btctu ngày mấy', 'doc:hd-18-2024'],
  ['doc', 'Our NGO is reading Guidance 18-HD/BTCTU, which body issued it?', 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch 258-KH/TU của Thành ủy ban hành khi nào?', 'doc:kh-258-2024'],
  ['doc', 'kh258 còn hiệu lực không', 'doc:kh-258-2024'],
  ['doc', 'Plan 258-KH/TU of the Hanoi Party Committee, what date?', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch 203-KH/QU tên đầy đủ là gì?', 'doc:kh-203-2024'],
  ['doc', 'kh203 của quận ủy ký ngày nào', 'doc:kh-203-2024'],
  [
    'doc',
    'Plan 203 of the Hai Ba Trung district: is it still valid now the district is gone?',
    'doc:kh-203-2024',
  ],
  [
    'doc',
    'Mình mới vào Đảng, Nghị quyết 26-NQ/TW năm 2018 mà chi bộ hay nhắc là của cơ quan nào ban hành?',
    'doc:nq-26-2018',
  ],
  ['doc', 'nq26 ngày bao nhiêu', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26 of the 12th Central Committee: date and status?', 'doc:nq-26-2018'],
  ['doc', 'Quy định 89-QĐ/TW bị thay bằng quy định nào?', 'doc:qd-89-2017'],
  ['doc', 'qđ89 còn dùng không', 'doc:qd-89-2017'],
  ['doc', 'Regulation 89 on cadre standards: who issued it?', 'doc:qd-89-2017'],
  ['doc', 'QĐ 89 ngày ban hành', 'doc:qd-89-2017'],
  ['doc', 'Viết báo cáo cuối năm cần trích Quy định 365-QĐ/TW, xin ngày ban hành', 'doc:qd-365-2025'],
  ['doc', 'qd365 về cái gì', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365 — what does it cover?', 'doc:qd-365-2025'],
  ['doc', 'Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy về gì?', 'doc:qd-14-2023'],
  ['doc', 'qđ14 thành ủy ngày mấy', 'doc:qd-14-2023'],
  ['doc', 'Regulation 14-QĐ/TU: issuer?', 'doc:qd-14-2023'],
  ['doc', 'Quy định 2656-QĐ/QU còn hiệu lực không?', 'doc:qd-2656-2023'],
  ['doc', 'qd2656 quận ủy ban hành ngày nào', 'doc:qd-2656-2023'],
  ['doc', 'Regulation 2656 of the district Standing Board: what is it about?', 'doc:qd-2656-2023'],
  ['doc', 'Quy định 1216-QĐ/QU nói về vấn đề gì?', 'doc:qd-1216-2022'],
  ['doc', 'qđ1216 ngày ký', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216, who issued it?', 'doc:qd-1216-2022'],
  ['doc', 'Quy định 294-QĐ/TW bắt đầu có hiệu lực từ hôm nào vậy bot?', 'doc:qd-294-2025'],
  ['doc', 'qd294 ai ban hành', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294 on cell congresses: date?', 'doc:qd-294-2025'],
  ['doc', 'QĐ số 294 bây giờ tình trạng ra sao', 'doc:qd-294-2025'],

  // unknown-doc: documents the pack does not hold
  ['unknown-doc', 'Chỉ thị 47-CT/TW nói gì về đại hội?', 'unknown-doc'],
  ['unknown-doc', 'quy định 144-QĐ/TW ban hành khi nào', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 12-HD/BTCTW có áp dụng cho chi bộ không?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 150-KL/TW còn hiệu lực không?', 'unknown-doc'],
  ['unknown-doc', 'kh 301-KH/TU của thành ủy về đại hội', 'unknown-doc'],
  ['unknown-doc', 'Công văn 1021-CV/BTCTW hướng dẫn gì vậy?', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 57-NQ/TW có liên quan đến đại hội chi bộ không?', 'unknown-doc'],
  ['unknown-doc', 'Thông tri 09-TT/TW ai ký?', 'unknown-doc'],
  ['unknown-doc', 'Directive 12-CT/TW on congresses: date?', 'unknown-doc'],
  ['unknown-doc', 'Regulation 232-QĐ/TW, is it in the bot?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 58-QĐ/TW về đại hội chi bộ', 'unknown-doc'],
  ['unknown-doc', 'hd 05-HD/BTCTU còn dùng ko', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 412-KH/ĐU của đảng ủy phường nói gì?', 'unknown-doc'],

  // offword: in scope, with everyday or other-organisation words
  ['offword', 'Chi bộ trường mầm non chúng tôi khi đại hội phải làm mấy nội dung?', 'noi-dung'],
  [
    'offword',
    'Chi bộ công ty xây dựng đại hội có được tổ chức liên hoan linh đình không, hay phải tiết kiệm?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Chi bộ bệnh viện quán triệt văn bản đại hội có phải họp trực tiếp không hay họp online là được?',
    'chuan-bi',
  ],
  ['offword', 'Chi bộ trong cơ quan Hội Phụ nữ chuẩn bị đại hội thì phải lập những tổ nào?', 'chuan-bi'],
  [
    'offword',
    'Chi bộ khu dân cư ở tổ dân phố tôi nghe nói giờ 5 năm mới đại hội một lần, đúng không?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Ở chi bộ ngân hàng, báo cáo chính trị và báo cáo kiểm điểm của chi ủy khác nhau chỗ nào?',
    'van-kien',
  ],
  ['offword', 'Đại hội chi bộ nhà máy dệt bầu đoàn đại biểu để đi dự đại hội nào?', 'noi-dung'],
  [
    'offword',
    'Bố tôi đảng viên 50 năm tuổi đảng, ông hỏi Đại hội Đảng toàn quốc vừa rồi họp những ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Công ty đang bận quyết toán thuế, mà đợt đại hội đảng các cấp đã xong hết chưa nhỉ?',
    'ket-qua',
  ],
  [
    'offword',
    'Chi bộ Đoàn thanh niên công ty tổ chức đại hội phải chống lãng phí, phô trương ra sao?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Chi bộ siêu thị chúng tôi chọn người vào chi ủy khóa mới theo tiêu chuẩn của văn bản nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Chi bộ hợp tác xã nông nghiệp đại hội theo thứ tự thời gian thế nào so với các chi bộ khác?',
    'lich-trinh',
  ],
  [
    'offword',
    'Chi bộ đài truyền thanh phường: trong văn kiện đại hội, báo cáo nào là báo cáo trung tâm?',
    'van-kien',
  ],
  [
    'offword',
    'Chi bộ công ty phần mềm giờ thuộc đảng ủy phường vì quận không còn; chính quyền hai cấp chạy từ ngày nào?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Hồi đó phường chọn một chi bộ khối trường học làm đại hội điểm, đại hội điểm tổ chức vào lúc nào vậy?',
    'dai-hoi-diem',
  ],

  // two-part: two questions, two topics
  [
    'two-part',
    'Đại hội chi bộ gồm mấy nội dung, và chi ủy phải trình những báo cáo gì?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Đại hội điểm làm lúc nào, còn các chi bộ khác đại hội theo lịch ra sao?',
    'dai-hoi-diem+lich-trinh',
  ],
  [
    'two-part',
    'Chuẩn bị đại hội cần lập những tổ gì? Và tổ chức phải theo nguyên tắc nào?',
    'chuan-bi+nguyen-tac',
  ],
  [
    'two-part',
    'Nhân sự cấp ủy khóa mới dựa vào tiêu chuẩn nào, và từ hội nghị tháng 10/2024 đến nay có gì thay đổi?',
    'nhan-su+thay-doi',
  ],
  ['two-part', 'Đại hội XIV họp ngày nào; đại hội các cấp trước đó kết quả ra sao?', 'dai-hoi-xiv+ket-qua'],
  [
    'two-part',
    'Cấp huyện bỏ từ bao giờ, và Đại hội Đảng bộ quận lần thứ XXVII là đại hội gì?',
    'chinh-quyen-2-cap+dai-hoi-quan',
  ],
  [
    'two-part',
    'Bao lâu chi bộ đại hội một lần, và mỗi lần đại hội gồm những nội dung gì?',
    'chi-bo-5-nam+noi-dung',
  ],
  ['two-part', 'báo cáo kiểm điểm viết thế nào + chọn người vào cấp ủy mới ra sao', 'van-kien+nhan-su'],
  [
    'two-part',
    'Đợt đại hội vừa rồi có thành công không, lần tới chi bộ bao nhiêu năm nữa mới đại hội?',
    'ket-qua+chi-bo-5-nam',
  ],
  ['two-part', 'Chi bộ trực thuộc đại hội tháng mấy, đại hội bàn những nội dung nào?', 'lich-trinh+noi-dung'],
  [
    'two-part',
    'What must the political report contain, and how is the new committee chosen?',
    'van-kien+nhan-su',
  ],

  // unit: per unit type
  ['unit', 'Chi bộ trực thuộc đảng ủy cơ sở đại hội trong khoảng thời gian nào?', 'lich-trinh'],
  ['unit', 'Đảng bộ cơ sở có phải chọn một chi bộ trực thuộc để làm đại hội điểm không?', 'dai-hoi-diem'],
  ['unit', 'Chi bộ cơ sở trình đại hội những văn kiện gì?', 'van-kien'],
  ['unit', 'Với đảng bộ cơ sở thì đại hội gồm những nội dung nào?', 'noi-dung'],
  ['unit', 'Chi bộ trực thuộc có thuộc diện thí điểm 5 năm đại hội một lần không?', 'chi-bo-5-nam'],
  ['unit', 'Đảng bộ cơ sở chuẩn bị đại hội phải thành lập các tổ gì?', 'chuan-bi'],
  ['unit', 'Chi bộ cơ sở đại hội trước hay sau các chi bộ trực thuộc?', 'lich-trinh'],
  ['unit', 'For a grassroots party committee, what does its congress elect?', 'noi-dung'],
  ['unit', 'Chi bộ cơ sở chọn nhân sự chi ủy khóa mới dựa trên những quy định nào?', 'nhan-su'],

  // typo: misspelt, unaccented, chat-style
  ['typo', 'dai hoi chi bo gom nhung noi dung j', 'noi-dung'],
  ['typo', 'bao cao chinh tri vs bao cao kiem diem cua cap uy khac nhau cho nao', 'van-kien'],
  ['typo', 'chuan bi dai hoi can lap nhug to nao', 'chuan-bi'],
  ['typo', 'nguyen tac tap chung dan chu khi to chuc dai hoi la sao', 'nguyen-tac'],
  ['typo', 'dai hoi diem thag 12 nam 2024 chon chi bo nao', 'dai-hoi-diem'],
  ['typo', 'nhan su cap uy khoa moi chon the nao vay', 'nhan-su'],
  ['typo', 'dh dang bo quan lan thu XXVII la dai hoi j vay', 'dai-hoi-quan'],
  ['typo', 'chi bo 5 nam dai hoi may lan z', 'chi-bo-5-nam'],
  ['typo', 'dai hoi XIV hop ngay nao nhi', 'dai-hoi-xiv'],
  ['typo', 'ket qua dai hoi cac cap nhiem ki 2025-2030 ra sao', 'ket-qua'],
  ['typo', 'chinh quyen hai cap bat dau tu ngay may', 'chinh-quyen-2-cap'],
  ['typo', 'tu sau hoi nghi quan triet thang 10 nam 2024 co nhung thay doi gi', 'thay-doi'],
  ['typo', 'bot dua vao nhung van ban nao vay', 'tai-lieu'],
  ['typo', 'chỉ thj 35 năm 2024 gồm mấy phần, mấy phụ lục', 'chi-thi-35'],
  ['typo', 'đại hôị chi bộ cần trìn mấy báo cáo', 'van-kien'],

  // en: English speakers from an NGO
  ['en', 'Our NGO team would like to know the four items a cell congress has to cover', 'noi-dung'],
  ['en', 'Which two main reports go before a grassroots congress, and what is each for?', 'van-kien'],
  ['en', 'How should a unit prepare for its congress, which teams does it set up?', 'chuan-bi'],
  ['en', 'What principles must a congress follow, for example about waste and show?', 'nguyen-tac'],
  ['en', 'Back in the 2024-2025 campaign, when did the pilot (model) congresses take place?', 'dai-hoi-diem'],
  ['en', 'What rules govern choosing the members of the new committee?', 'nhan-su'],
  [
    'en',
    'From what date has Vietnam run local government on two levels instead of three?',
    'chinh-quyen-2-cap',
  ],
  [
    'en',
    'Since the pilot rule, how many times in five years does a party cell meet in congress?',
    'chi-bo-5-nam',
  ],
  ['en', 'On which days in January 2026 did the Party hold its 14th National Congress?', 'dai-hoi-xiv'],
  ['en', 'Were the 2025-2030 congresses completed on schedule?', 'ket-qua'],
  ['en', 'What has changed since the dissemination conference in October 2024?', 'thay-doi'],
  ['en', 'Which documents does this bot rely on?', 'tai-lieu'],
  [
    'en',
    'Please summarise the seven requirements set by the June 2024 directive on party congresses',
    'chi-thi-35',
  ],
  ['en', 'In what order did the different kinds of party units hold their congresses?', 'lich-trinh'],

  // fact: facts from FACTS.md
  ['fact', 'Từ ngày nào thì không còn cấp huyện nữa?', 'chinh-quyen-2-cap'],
  ['fact', 'Ở Hà Nội bao nhiêu đảng bộ cấp huyện đã kết thúc hoạt động?', 'chinh-quyen-2-cap'],
  [
    'fact',
    'Tôi là giáo viên về hưu, xin hỏi: trước khi có thí điểm mới, theo Điều lệ Đảng thì trong 5 năm chi bộ phải đại hội mấy lần ạ?',
    'chi-bo-5-nam',
  ],
  ['fact', 'Bộ Chính trị và Ban Bí thư đánh giá đợt đại hội nhiệm kỳ 2025 - 2030 thế nào?', 'ket-qua'],
  ['fact', 'Chỉ thị 35 năm 2024 có mấy phụ lục, là những phụ lục gì?', 'chi-thi-35'],
  ['fact', 'Bảy yêu cầu của chỉ thị 35 năm 2024 tóm tắt là gì?', 'chi-thi-35'],
  ['fact', 'Tiêu chuẩn cán bộ bây giờ theo quy định mới nào, cái cũ đã bị thay chưa?', 'thay-doi'],
  ['fact', 'Đại hội toàn quốc lần thứ XIV diễn ra trong mấy ngày, từ hôm nào đến hôm nào?', 'dai-hoi-xiv'],
  ['fact', 'Sau các đại hội, Kết luận của Bộ Chính trị yêu cầu tiếp tục làm những việc gì?', 'ket-qua'],
  ['fact', 'Chỉ thị về đại hội năm 2024 bị thay thế vào ngày nào, bằng chỉ thị mới nào?', 'thay-doi'],

  // lookalike: out of scope, looks in scope
  ['lookalike', 'Đại hội Hội Nông dân xã nhiệm kỳ 2028 - 2033 chuẩn bị những gì?', null],
  ['lookalike', 'Đại hội công đoàn cơ sở năm 2026 phải có những báo cáo nào?', null],
  ['lookalike', 'Đại hội đồng cổ đông thường niên cần bao nhiêu phần trăm cổ phần dự mới hợp lệ?', null],
  ['lookalike', 'Đại hội Đoàn phường nhiệm kỳ tới tổ chức tháng mấy?', null],
  ['lookalike', 'Đại hội Thể dục thể thao toàn quốc lần kế tiếp sẽ do tỉnh nào đăng cai?', null],
  ['lookalike', 'Hội Cựu giáo chức phường tôi sắp đại hội, cần chuẩn bị diễn văn khai mạc thế nào?', null],
  ['lookalike', 'Đại hội võ lâm trong truyện kiếm hiệp Kim Dung diễn ra ở đâu?', null],
  ['lookalike', 'Đại hội Đảng Cộng sản Trung Quốc lần thứ 21 họp năm nào?', null],
  ['lookalike', 'Đảng Dân chủ Mỹ tổ chức đại hội toàn quốc ở thành phố nào?', null],
  ['lookalike', 'Đại hội Đảng Nhân dân Cách mạng Lào lần thứ XII có gì mới?', null],
  ['lookalike', 'Sau Đại hội XIV, ai giữ chức Chủ tịch nước?', null],
  ['lookalike', 'Bí thư đảng ủy phường Bạch Mai hiện nay là đồng chí nào?', null],
  ['lookalike', 'Cho xin số máy bàn Ban Tổ chức Thành ủy Hà Nội để gọi hỏi', null],
  ['lookalike', 'Trụ sở đảng ủy phường Hai Bà Trưng mới đặt ở phố nào?', null],
  ['lookalike', 'Mai Hà Nội có mưa không, tôi định đi họp chi bộ', null],
  ['lookalike', 'quận Hai Bà Trưng cũ rộng bao nhiêu km2', null],
  ['lookalike', 'Từ Long Biên đến Đại Cồ Việt đi đường nào cho nhanh?', null],
  ['lookalike', 'Thủ tục chuyển sinh hoạt đảng từ phường sang công ty mới làm thế nào?', null],
  ['lookalike', 'Đảng viên hưu trí đóng đảng phí mỗi tháng bao nhiêu?', null],
  ['lookalike', 'Em mới được kết nạp tháng 3/2026, bao giờ em được xét chuyển đảng viên chính thức?', null],
  ['lookalike', 'Kiểm điểm, xếp loại đảng viên cuối năm 2026 có mấy mức?', null],
  ['lookalike', 'Chi bộ tôi chuẩn bị gì trước cho đợt đại hội nhiệm kỳ sau nữa, 2030 - 2035?', null],
  ['lookalike', 'Đại hội chi bộ tôi năm 2020 bầu được mấy chi ủy viên nhỉ?', null],
  ['lookalike', 'Phường Thanh Lương bây giờ có bao nhiêu chi bộ và bao nhiêu đảng viên?', null],
  ['lookalike', 'Đảng Cộng sản Việt Nam được thành lập vào ngày tháng năm nào?', null],
  ['lookalike', 'Đại hội II của Đảng họp ở đâu, năm nào?', null],
  ['lookalike', 'Con bot này chạy trên máy chủ nào, ai viết ra nó?', null],
  ['lookalike', 'Bạn là ChatGPT hay Gemini?', null],
  ['lookalike', 'Bầu cử đại biểu HĐND nhiệm kỳ 2026 - 2031 diễn ra ngày nào?', null],
  ['lookalike', 'Đại biểu Quốc hội khóa XVI của Hà Nội gồm những ai?', null],
  ['lookalike', 'Con tôi thi vào lớp 10 năm nay điểm chuẩn trường Trần Nhân Tông bao nhiêu?', null],
  ['lookalike', 'cách lập báo cáo tài chính cuối năm', null],
  ['lookalike', 'kinh phí đại hội chi bộ hạch toán tài khoản nào', null],
  ['lookalike', 'Báo cáo tổng kết công tác xây dựng Đảng năm 2026 của chi bộ viết theo mẫu nào?', null],
  ['lookalike', 'Đã nghỉ hưu thì có bắt buộc sinh hoạt đảng ở nơi cư trú không?', null],
  ['lookalike', 'Đảng viên đi lao động ở Nhật Bản thì sinh hoạt đảng thế nào?', null],
  ['lookalike', 'Sau sáp nhập tỉnh, Hà Giang nhập vào tỉnh nào?', null],
  ['lookalike', 'Lương cán bộ phường sau khi bỏ cấp quận có tăng không?', null],
  ['lookalike', 'Hội nghị Trung ương lần thứ hai khóa XIV bàn những vấn đề gì?', null],
  ['lookalike', "What's the best pho place near Dai Co Viet street?", null],
  ['lookalike', 'Is the Communist Party of Cuba holding a congress this year?', null],
  ['lookalike', "Who chairs the Hanoi People's Committee now?", null],
  ['lookalike', 'Can our NGO send observers to a party cell meeting?', null],
  ['lookalike', 'Họ Nguyễn nhà tôi sắp đại hội dòng họ cuối năm, nên chuẩn bị gì?', null],
  ['lookalike', 'Đại hội Hội Khuyến học phường nhiệm kỳ mới bầu bao nhiêu ủy viên?', null],
  ['lookalike', 'Đảng viên vi phạm sinh con thứ ba có còn bị kỷ luật không?', null],
  ['lookalike', 'Lịch nghỉ Tết Nguyên đán 2027 được mấy ngày?', null],
  ['lookalike', 'Đại hội chi bộ mình hồi tháng 3 năm ngoái họp ở hội trường nào nhỉ?', null],
  ['lookalike', 'Đại hội đại biểu toàn quốc lần thứ XV dự kiến họp năm nào?', null],
  ['lookalike', 'giá vàng hôm nay', null],
  ['lookalike', 'Đại hội Mặt trận Tổ quốc cấp xã nhiệm kỳ 2024 - 2029 có bao nhiêu nội dung?', null],
  ['lookalike', 'Ban Chấp hành Đảng bộ thành phố Hà Nội khóa mới có bao nhiêu ủy viên?', null],
];

export const NEWSET18: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
