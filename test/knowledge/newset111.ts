/**
 * The one hundred and eleventh new evaluation set (issue 11, point 6), written on 2026-12-04 from
 * 20:52 UTC (committed in the commit "Eval: newset111, the one hundred and eleventh unseen set") by a
 * helper (set111) that never saw the engine. It was written from ../shared/sources/ (the conference
 * article of 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of
 * ../shared/STYLE.md, ../helpers/COMMON.md, and from the pack only what
 * `node /work/helpers/pack-view.mjs` prints: the documents' ids, numbers, dates, titles/abouts,
 * issuers and statuses, the unit types' codes and names, and each topic's id, title and body
 * (config/ itself was not opened, so no sample questions, keywords, synonyms, evidence or off-topic
 * lists were seen). Also read: the header of newset35.ts (the lines before `const items`; in
 * printing that line the two lines after it, the opening of its first item with no question, were
 * shown too) and its last line, the part of newset.ts before `const items`, newset35.test.ts,
 * set-shape.ts, set-checks.ts and sets.ts. Nothing under src/, bench/ or config/, no README, no git
 * log, diff or show, and no other set's or pool's items (newset110.ts included) were read. Its users
 * are imagined as the secretary of a cell at a provincial electricity transmission company, a
 * member who is a nun's relative helping at a temple, a member who is a bank teller, a Brazilian
 * journalist writing in English, and a member who asks everything as "có đúng là … không?"; with
 * the out-of-scope messages such users send (the power company's own meetings: its trade union
 * and Youth Union congresses, the workers' conference, the safety conference, the year-end
 * business review and its backdrop, the power-sector sports games; the power line work itself:
 * outage schedules, electricity tariffs, safety-grade exams, night-shift allowances; Buddhist
 * business: the provincial and national Buddhist congresses, the monks' and nuns' conference
 * before the summer retreat, Buddha's birthday rites, requiem offerings, lunar calendar days,
 * temple festivals and permits, taking refuge, Vu Lan volunteering, temple donations and tax,
 * dress for a dharma talk; bank business: the bank's shareholders' meeting, its branch trade union
 * and Youth Union congresses, customer conferences, year-end review shows, savings rates,
 * exchange rates, biometric checks on transfers, cash withdrawal limits, maternity leave; other
 * countries and bodies: Brazil's Workers' Party and Communist Party congresses, the Chinese and
 * Lao parties' congresses, BRICS, COP30, Mercosur, press accreditation and interviews, the
 * National Assembly's election of the president and its own elections, the real-to-dong rate, a
 * coffee trade deal, the 1973 Paris conference; other associations' congresses after the merger:
 * veterans, the Fatherland Front, study promotion, the Red Cross, farmers, the People's Council
 * nomination conferences, parents' meetings, an energy association's conference, neighbourhood
 * minutes; party business the pack does not cover: cell transfers, thematic monthly meetings,
 * paying dues by bank transfer, annual grading, admission sponsors, lost party cards, 40-year
 * badges, retired members' meetings, members at temples and travelling abroad, a teller as a Youth
 * Union secretary, central plenums; and rumours asked as "có đúng là": base salary rises and the
 * like; a cell's year-end party).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset111.test.ts with the other sets' shape tests), biome and tsc
 * ran. Do not edit an item after its commit, except to fix an expectation that is factually wrong
 * (against the sources), in its own commit that says which and why. Before the commit, 41 of its
 * questions were reworded (same kind and expectation) because the shape test found them in earlier
 * sets; the test lists only this set's own questions, so no earlier item was read.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, whether a grassroots committee holds a members' or a delegates' congress,
 * which cells the five-yearly pilot covers, who
 * was elected, age limits, committee sizes, money) were left out, not guessed; so was the 2024
 * conference's venue, which the article gives but no topic of the pack holds.
 * Engine changes reached main after its writer began: bf4616c (interpreters absent), 8a042bf and
 * d3a1070 (code moved and a comment rewrapped, behaviour unchanged); its writer saw none of them. It
 * was measured once, at 21:00 UTC on main d3a1070 (`node --expose-gc dist/bench/qa.js`, load 6.65
 * beside three helpers' test runs): qa_new_top1 100.0 %, qa_new_oos_refused 100.0 % (no in-scope
 * miss, no lookalike answered; qa_p99_us 2361.0 in that run, p50 46.1). It had no miss to list, and
 * it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  [
    'doc',
    'Chỉ thị số 35-CT/TW năm 2024 của Bộ Chính trị giờ chi bộ truyền tải điện còn áp dụng không ạ?',
    'doc:ct-35-2024',
  ],
  [
    'doc',
    'ct35 năm 2024 bị thay bởi văn bản nào vậy, em làm ở quầy giao dịch hỏi giúp chi bộ',
    'doc:ct-35-2024',
  ],
  [
    'doc',
    'Is Directive 35 of June 2024 still in force, or was it replaced before the congresses ended?',
    'doc:ct-35-2024',
  ],
  ['doc', 'co dung la chi thi 35 nam 2024 cua bo chinh tri da het hieu luc khong', 'doc:ct-35-2024'],
  [
    'doc',
    'Kết luận 118-KL/TW do cơ quan nào ban hành, chi bộ em cần biết để ghi vào biên bản',
    'doc:kl-118-2025',
  ],
  ['doc', 'kl118 là văn bản gì, hiện giờ còn dùng nữa không', 'doc:kl-118-2025'],
  ['doc', 'Có đúng là kết luận số 118 đã bị thay thế rồi không?', 'doc:kl-118-2025'],
  ['doc', 'For my report from Hanoi: what is Conclusion 118-KL/TW and is it still valid?', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị 45-CT/TW ban hành ngày nào và do ai ký ban hành?', 'doc:ct-45-2025'],
  ['doc', 'CT45 hiện nay tình trạng ra sao, có gì thay đổi không', 'doc:ct-45-2025'],
  ['doc', 'chi thi so 45 cua bo chinh tri ve dai hoi da thay the nhung van ban nao', 'doc:ct-45-2025'],
  ['doc', 'Directive 45-CT/TW: when was it issued and by which body?', 'doc:ct-45-2025'],
  [
    'doc',
    'Chi bộ truyền tải điện em muốn trích Kết luận số 200-KL/TW, kết luận này nói gì về đại hội các cấp?',
    'doc:kl-200-2025',
  ],
  ['doc', 'Có đúng là KL 200 do Bộ Chính trị và Ban Bí thư ban hành không?', 'doc:kl-200-2025'],
  ['doc', 'What does Conclusion No. 200 of October 2025 say about the congress round?', 'doc:kl-200-2025'],
  [
    'doc',
    'Giao dịch viên hỏi: Hướng dẫn 27-HD/BTCTW của Ban Tổ chức Trung ương ra ngày nào, nội dung đã xác nhận chưa?',
    'doc:hd-27-2024',
  ],
  ['doc', 'hd27 btctw ban hanh ngay nao vay anh', 'doc:hd-27-2024'],
  [
    'doc',
    'Guidance 27 of the Central Organisation Commission: what is it and when was it issued?',
    'doc:hd-27-2024',
  ],
  [
    'doc',
    'Có đúng là Hướng dẫn số 18-HD/BTCTU do Ban Tổ chức Thành ủy Hà Nội ban hành không?',
    'doc:hd-18-2024',
  ],
  ['doc', 'HD 18 của thành ủy Hà Nội ra ngày nào vậy, bác nhà chùa hỏi hộ', 'doc:hd-18-2024'],
  ['doc', 'Guidance 18-HD/BTCTU: who issued it and what does it cover?', 'doc:hd-18-2024'],
  ['doc', 'Cô ni sư nhờ tôi hỏi Kế hoạch 258-KH/TU của Thành ủy ban hành ngày bao nhiêu', 'doc:kh-258-2024'],
  ['doc', 'kh258 ban hanh ngay nao, ai ky', 'doc:kh-258-2024'],
  ['doc', 'Plan 258 of the Hanoi Party Committee: what do your sources hold about it?', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch số 203-KH/QU của Quận ủy Hai Bà Trưng bây giờ còn dùng được không?', 'doc:kh-203-2024'],
  ['doc', 'Có đúng là KH 203 của quận ủy ra ngày 29/7/2024 không?', 'doc:kh-203-2024'],
  ['doc', 'Plan 203-KH/QU: is it still current now that the districts are gone?', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 về công tác cán bộ do ai ban hành?', 'doc:nq-26-2018'],
  ['doc', 'nq26 nam 2018 cua trung uong con hieu luc khong', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26 of the 12th Central Committee: what is its date and status?', 'doc:nq-26-2018'],
  [
    'doc',
    'Chi ủy công ty điện còn dẫn Quy định 89-QĐ/TW về tiêu chuẩn cán bộ, như vậy có đúng không?',
    'doc:qd-89-2017',
  ],
  ['doc', 'qd89 nam 2017 gio thay bang quy dinh nao roi ban oi', 'doc:qd-89-2017'],
  ['doc', 'Regulation 89 on cadre standards: was it replaced, and by what?', 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365-QĐ/TW được ban hành vào ngày nào?', 'doc:qd-365-2025'],
  [
    'doc',
    'Có đúng là QĐ 365 về tiêu chuẩn chức danh cán bộ do Bộ Chính trị ban hành không?',
    'doc:qd-365-2025',
  ],
  [
    'doc',
    'Regulation 365-QĐ/TW of August 2025: which older rule on cadre standards did it supersede?',
    'doc:qd-365-2025',
  ],
  [
    'doc',
    'Có đúng là Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy nói về tiêu chí đánh giá cán bộ không?',
    'doc:qd-14-2023',
  ],
  ['doc', 'qd14 thanh uy ha noi noi ve van de gi', 'doc:qd-14-2023'],
  [
    'doc',
    'A Brazilian reader asks what Regulation 14 of the Hanoi city Standing Board is about',
    'doc:qd-14-2023',
  ],
  [
    'doc',
    'Quy định 2656-QĐ/QU của Ban Thường vụ Quận ủy Hai Bà Trưng ban hành ngày nào, ngân hàng em có phải áp dụng không?',
    'doc:qd-2656-2023',
  ],
  ['doc', 'qd2656 cua quan uy hai ba trung con dung khong', 'doc:qd-2656-2023'],
  ['doc', 'Regulation 2656: who issued it and when?', 'doc:qd-2656-2023'],
  ['doc', 'Có đúng là Quy định số 1216-QĐ/QU về quy hoạch cán bộ ra năm 2022 không?', 'doc:qd-1216-2022'],
  ['doc', 'QĐ1216 là quy định gì, của cơ quan nào', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216-QĐ/QU: date and issuer, please', 'doc:qd-1216-2022'],
  [
    'doc',
    'Quy định 294-QĐ/TW bắt đầu có hiệu lực từ ngày nào, chi bộ đội đường dây em muốn biết',
    'doc:qd-294-2025',
  ],
  ['doc', 'qd 294 thi diem cai gi vay, chi bo em co lien quan khong', 'doc:qd-294-2025'],
  [
    'doc',
    'Regulation 294 on cell congresses once in five years: from which date does it apply?',
    'doc:qd-294-2025',
  ],
  ['doc', 'Có đúng là quy định 294 đã thay đổi số lần đại hội chi bộ không?', 'doc:qd-294-2025'],
  ['doc', 'Sổ tay chi bộ nhà chùa còn ghi Chỉ thị 35-CT/TW năm 2019, văn bản đó là gì?', 'doc:ct-35-2019'],
  ['doc', 'ct35 2019 con ap dung cho nhiem ky nay khong', 'doc:ct-35-2019'],
  ['doc', 'Directive 35 of May 2019, the one toward the 13th Congress: what is it?', 'doc:ct-35-2019'],
  ['doc', 'Hướng dẫn 26-HD/BTCTW năm 2019 là hướng dẫn về việc gì?', 'doc:hd-26-2019'],
  ['doc', 'co dung la hd26 nam 2019 khong con ap dung khong', 'doc:hd-26-2019'],
  [
    'doc',
    'Guidance 26-HD/BTCTW of October 2019: which directive did it guide, and for what term?',
    'doc:hd-26-2019',
  ],
  ['unknown-doc', 'Quy định 232-QĐ/TW về thi hành Điều lệ Đảng có điểm gì mới?', 'unknown-doc'],
  [
    'unknown-doc',
    'Có đúng là Hướng dẫn 06-HD/TW đã thay hướng dẫn cũ về thi hành Điều lệ không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Nghị quyết 57-NQ/TW về khoa học công nghệ áp dụng ở công ty truyền tải điện ra sao?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Quy định 96-QĐ/TW về lấy phiếu tín nhiệm do ai ký?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 126-KL/TW nói những gì?', 'unknown-doc'],
  ['unknown-doc', 'quy dinh 69 qd tw ve ky luat dang vien vi pham', 'unknown-doc'],
  [
    'unknown-doc',
    'Chỉ thị 05-CT/TW về học tập và làm theo tư tưởng của Bác có liên quan đại hội không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Có đúng là Quy định 50-QĐ/TW về quy hoạch cán bộ đã được sửa không?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 12-HD/BTCTW về nghiệp vụ công tác đảng viên gồm mấy phần?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 47-KH/TW của Bộ Chính trị triển khai thế nào?', 'unknown-doc'],
  ['unknown-doc', 'Is Directive 36-CT/TW in your sources?', 'unknown-doc'],
  ['unknown-doc', 'What does Resolution 60-NQ/TW say about the party organisation?', 'unknown-doc'],
  ['unknown-doc', 'kl127 là kết luận gì vậy ạ', 'unknown-doc'],
  [
    'unknown-doc',
    'Kế hoạch 06-KH/ĐU của Đảng ủy Công ty Truyền tải điện về đại hội chi bộ có gì?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Đảng ủy công ty truyền tải điện áp dụng Quy định 80-QĐ/TW về phân cấp quản lý cán bộ thế nào?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Có đúng là Hướng dẫn 21-HD/BTCTW hướng dẫn bầu cử trong Đảng không?', 'unknown-doc'],
  [
    'offword',
    'Vừa đi kiểm tra đường dây về, cho em hỏi đại hội chi bộ nhiệm kỳ 2025 - 2030 gồm những nội dung gì?',
    'noi-dung',
  ],
  [
    'offword',
    'Trưa nay ở chùa đông khách thập phương, tranh thủ hỏi: báo cáo chính trị của chi bộ phải đánh giá những gì?',
    'van-kien',
  ],
  [
    'offword',
    'Quầy giao dịch vắng khách, tôi hỏi luôn: đảng bộ cơ sở chọn mấy chi bộ để làm đại hội điểm?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Trạm biến áp mất điện cả sáng, nhân tiện hỏi nguyên tắc tập trung dân chủ khi tổ chức đại hội là thế nào?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Sau buổi tụng kinh, cô tôi hỏi: Đại hội XIV của Đảng họp từ ngày nào đến ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Em đang kiểm tiền cuối ngày, hỏi nhanh: cấp huyện bị bỏ từ ngày nào vậy?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Mưa bão cả tuần, đường dây 110kV sự cố liên tục; chi bộ em cần lập những tổ nào để chuẩn bị đại hội?',
    'chuan-bi',
  ],
  [
    'offword',
    'For my piece on coffee and politics in Vietnam: what are the two reports a party congress receives?',
    'van-kien',
  ],
  [
    'offword',
    'Vừa nhận lương xong, hỏi: chọn nhân sự cấp ủy khóa mới phải theo những quy định nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Hôm nay rằm, lễ chùa xong mới rảnh hỏi: đại hội đảng bộ các cấp nhiệm kỳ này đã xong hết chưa?',
    'ket-qua',
  ],
  [
    'offword',
    'Khách xếp hàng dài quá, em hỏi nhanh: từ sau hội nghị tháng 10/2024 có những thay đổi gì về văn bản đại hội?',
    'thay-doi',
  ],
  [
    'offword',
    'Đang ở công trường kéo dây, có đúng là chi bộ giờ 5 năm mới đại hội một lần không?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Tiện lúc chờ xe về quê, hỏi: Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII được chuẩn bị theo kế hoạch nào?',
    'dai-hoi-quan',
  ],
  [
    'two-part',
    'Có đúng là đại hội chi bộ có 4 nội dung không, và chi ủy phải trình những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ trực thuộc của công ty điện đại hội vào tháng nào, còn đại hội điểm thì làm lúc nào?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Chỉ thị của Bộ Chính trị năm 2024 về đại hội gồm những phần nào, và từ đó đến nay có gì thay đổi?',
    'chi-thi-35+thay-doi',
  ],
  [
    'two-part',
    'Nhân sự cấp ủy khóa mới chọn theo tiêu chuẩn nào, và cần lập những tổ giúp việc gì cho đại hội?',
    'nhan-su+chuan-bi',
  ],
  [
    'two-part',
    'Đại hội XIV tổ chức khi nào, và đại hội các cấp trước đó kết quả ra sao?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Chính quyền hai cấp bắt đầu từ khi nào, và Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII thì sao?',
    'chinh-quyen-2-cap+dai-hoi-quan',
  ],
  [
    'two-part',
    'Có đúng là chi bộ được thí điểm 5 năm đại hội một lần không, và chi bộ cơ sở phải đại hội xong trước ngày nào?',
    'chi-bo-5-nam+lich-trinh',
  ],
  [
    'two-part',
    'Đại hội phải theo nguyên tắc gì, và trước đại hội phải quán triệt các văn bản bằng hình thức nào?',
    'nguyen-tac+chuan-bi',
  ],
  [
    'two-part',
    'Báo cáo kiểm điểm của cấp ủy viết thế nào, và giới thiệu nhân sự cấp ủy mới phải quán triệt nghị quyết nào?',
    'van-kien+nhan-su',
  ],
  [
    'two-part',
    'What were the results of the 2025–2030 congresses, and when was the 14th National Congress held?',
    'ket-qua+dai-hoi-xiv',
  ],
  [
    'two-part',
    'Bot dựa vào những văn bản nào về đại hội, và văn bản nào trong đó đã bị thay thế?',
    'tai-lieu+thay-doi',
  ],
  [
    'two-part',
    'Ban Thường vụ chọn những loại đơn vị nào làm đại hội điểm, và đại hội gồm những nội dung gì?',
    'dai-hoi-diem+noi-dung',
  ],
  [
    'two-part',
    'When must a grassroots party committee finish its congress, and which rules govern picking its new committee?',
    'lich-trinh+nhan-su',
  ],
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở ở chi nhánh ngân hàng phải xong đại hội trong tháng mấy?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở của chi nhánh ngân hàng bắt đầu đại hội từ tháng nào?', 'lich-trinh'],
  [
    'unit',
    'Có đúng là đảng bộ cơ sở phải đợi các chi bộ trực thuộc đại hội xong mới được đại hội không?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở ở công ty truyền tải điện có phải ai cũng làm đại hội điểm không?', 'dai-hoi-diem'],
  ['unit', 'Em là bí thư chi bộ trực thuộc, đại hội của chi bộ em phải bầu những gì?', 'noi-dung'],
  ['unit', 'Có đúng là mỗi đảng bộ cơ sở chọn 01 chi bộ trực thuộc làm đại hội điểm không?', 'dai-hoi-diem'],
  ['unit', 'chi-bo-co-so thì hạn chót đại hội là ngày nào', 'lich-trinh'],
  ['unit', 'dang-bo-co-so dai hoi bat dau tu thang may', 'lich-trinh'],
  ['unit', 'A party cell under a grassroots committee: when does its congress window open?', 'lich-trinh'],
  [
    'unit',
    'For a grassroots party committee, which reports does its executive committee submit to the congress?',
    'van-kien',
  ],
  ['unit', 'Chi bộ cơ sở ở ngân hàng chuẩn bị đại hội cần làm những việc gì?', 'chuan-bi'],
  ['unit', 'Chi bộ trực thuộc đảng ủy cơ sở phải góp ý vào dự thảo văn kiện nào tại đại hội?', 'noi-dung'],
  ['typo', 'dại hội chi bô nhiệm kỳ nay gồm nhưng nội dung j v', 'noi-dung'],
  ['typo', 'bcct cua chi bo can danh gia nhug gi', 'van-kien'],
  ['typo', 'lich dai hoi cbcs hoan thanh truoc ngay nao', 'lich-trinh'],
  ['typo', 'ĐH điểm của ĐBCS làm vào thág mấy', 'dai-hoi-diem'],
  ['typo', 'nhân sụ chi ủy khóa mới bên truyền tải chọn theo tiêu chuẫn nào', 'nhan-su'],
  ['typo', 'dai hoi XIV cua dang hop tu ngay nao toi ngay nao z', 'dai-hoi-xiv'],
  ['typo', 'chinh quyen 2 cap chay tu bao gio the', 'chinh-quyen-2-cap'],
  ['typo', 'đh chi bộ 5 năm 1 lần là thí điêm đúng ko', 'chi-bo-5-nam'],
  ['typo', 'BCH chi bộ trình ĐH mấy báo cao', 'van-kien'],
  ['typo', 'nguyen tac to chuc dh la gi, co phai chong lang phi ko', 'nguyen-tac'],
  ['typo', 'có đúng ĐH các cấp nk 2025-2030 đã xog hết rồi ko', 'ket-qua'],
  ['typo', 'chuẩn bị ĐH chi bộ ngân hàng cần thành lâp nhũng tổ gì', 'chuan-bi'],
  ['typo', 'ĐH đảng bộ quân HBT lần XXVII chuẩn bị thế nao', 'dai-hoi-quan'],
  ['en', 'What must a party congress include this term?', 'noi-dung'],
  ['en', 'What happened to the district party committees in Hanoi on 1 July 2025?', 'chinh-quyen-2-cap'],
  [
    'en',
    'Under the 2025 pilot, how many times in five years does a party cell meet in congress?',
    'chi-bo-5-nam',
  ],
  ['en', 'On which dates did the Vietnamese Communist Party hold its 14th National Congress?', 'dai-hoi-xiv'],
  ['en', 'Which principles must congress organisers follow, and is waste ruled out?', 'nguyen-tac'],
  ['en', 'What preparations should a grassroots party organisation make before its congress?', 'chuan-bi'],
  ['en', 'Were there pilot congresses before the main round, and in which months?', 'dai-hoi-diem'],
  ['en', 'What has changed in the congress rules since October 2024?', 'thay-doi'],
  [
    'en',
    'What does the 2024 Politburo directive on congresses contain: how many parts and appendices?',
    'chi-thi-35',
  ],
  ['en', 'List the documents your answers about the congresses are based on, please', 'tai-lieu'],
  ['en', 'For my Brazilian readers: is the 2025–2030 round of party congresses over now?', 'ket-qua'],
  ['en', 'What standards guide the choice of candidates for a new party committee?', 'nhan-su'],
  ['en', 'As a journalist I want to know: what is the central report at a grassroots congress?', 'van-kien'],
  [
    'en',
    "Which plan organised the grassroots congresses toward the Hai Ba Trung district's 27th congress?",
    'dai-hoi-quan',
  ],
  ['fact', 'Có đúng là đại hội chi bộ trực thuộc phải xong trong tháng 3/2025 không?', 'lich-trinh'],
  ['fact', 'Có đúng là Điều lệ Đảng trước đây quy định chi bộ đại hội 5 năm hai lần không?', 'chi-bo-5-nam'],
  ['fact', 'Có đúng là Đại hội XIV của Đảng khai mạc ngày 19/01/2026 không?', 'dai-hoi-xiv'],
  ['fact', 'Có đúng là báo cáo kiểm điểm của cấp ủy phải có tính chiến đấu không?', 'van-kien'],
  ['fact', 'Có đúng là ở Hà Nội 30 đảng bộ cấp huyện đã kết thúc hoạt động không?', 'chinh-quyen-2-cap'],
  ['fact', 'Có đúng là Bộ Chính trị đã kết luận đại hội các cấp thành công, đúng kế hoạch không?', 'ket-qua'],
  ['fact', 'Có đúng là chỉ thị năm 2024 về đại hội có 4 phụ lục không?', 'chi-thi-35'],
  ['fact', 'Có đúng là đại hội phải bầu đoàn đại biểu đi dự đại hội cấp trên không?', 'noi-dung'],
  ['fact', 'Có đúng là đại hội không được phô trương hình thức không?', 'nguyen-tac'],
  ['fact', 'Có đúng là đại hội điểm ở chi bộ trực thuộc làm trong tháng 12/2024 không?', 'dai-hoi-diem'],
  ['fact', 'Tiêu chuẩn cán bộ ban hành năm 2017 đã được thay bằng quy định mới chưa?', 'thay-doi'],
  ['fact', 'Có đúng là phải thành lập tổ văn kiện để phục vụ đại hội không?', 'chuan-bi'],
  [
    'fact',
    'Có đúng là cấp ủy phải rà soát, bổ sung quy hoạch cán bộ để chuẩn bị nhân sự đại hội không?',
    'nhan-su',
  ],
  ['fact', 'Có đúng là chỉ thị mới về đại hội ra tháng 4/2025 thay cho chỉ thị cũ không?', 'thay-doi'],
  ['lookalike', 'Đại hội Công đoàn Tổng công ty Truyền tải điện nhiệm kỳ 2023 - 2028 tổ chức ở đâu?', null],
  [
    'lookalike',
    'Hội nghị người lao động năm 2026 của công ty truyền tải điện cần chuẩn bị những báo cáo gì?',
    null,
  ],
  ['lookalike', 'Đại hội Đoàn Thanh niên công ty truyền tải điện bầu bao nhiêu ủy viên ban chấp hành?', null],
  ['lookalike', 'Lịch cắt điện đường dây 500kV khu vực tôi tuần sau thế nào?', null],
  ['lookalike', 'Giá điện bậc thang sinh hoạt tháng này bao nhiêu tiền một số?', null],
  ['lookalike', 'Hội nghị an toàn vệ sinh lao động của truyền tải điện khu vực có nội dung gì?', null],
  ['lookalike', 'Thi nâng bậc an toàn điện cho công nhân vận hành đường dây ôn những gì?', null],
  ['lookalike', 'Phụ cấp trực ca đêm ở trạm biến áp 220kV tính thế nào?', null],
  [
    'lookalike',
    'Hội nghị tổng kết sản xuất kinh doanh của công ty điện nên trang trí phông nền ra sao?',
    null,
  ],
  ['lookalike', 'Đại hội thể thao ngành điện năm nay có môn kéo co không?', null],
  [
    'lookalike',
    'Chi bộ tôi ở công ty truyền tải, tháng này sinh hoạt chuyên đề về tiết kiệm điện thì nên nói gì?',
    null,
  ],
  [
    'lookalike',
    'Đảng viên chuyển công tác từ truyền tải điện miền Bắc vào miền Nam thì chuyển sinh hoạt đảng thế nào?',
    null,
  ],
  ['lookalike', 'Đại hội Phật giáo tỉnh nhiệm kỳ 2022 - 2027 bầu Ban Trị sự như thế nào?', null],
  ['lookalike', 'Có đúng là đảng viên không được đi lễ chùa ngày rằm không?', null],
  ['lookalike', 'Chùa tôi chuẩn bị Đại lễ Phật đản cần những nghi thức nào?', null],
  ['lookalike', 'Hội nghị chư tôn đức tăng ni trước mùa an cư kết hạ năm nay tổ chức ở đâu?', null],
  ['lookalike', 'Cô tôi là ni sư, chùa sắp làm lễ cầu siêu, mâm cỗ chay gồm những món gì?', null],
  ['lookalike', 'Ngày mùng một và ngày rằm tháng này âm lịch rơi vào ngày dương lịch nào?', null],
  ['lookalike', 'Đại hội đại biểu Phật giáo toàn quốc lần thứ IX họp năm nào?', null],
  ['lookalike', 'Lễ hội chùa đầu năm có cần xin phép ủy ban xã không?', null],
  ['lookalike', 'Đảng viên có được quy y, nhận pháp danh ở chùa không?', null],
  ['lookalike', 'Tôi đi giúp chùa nấu cơm chay dịp Vu Lan, có phải báo cáo chi bộ không?', null],
  ['lookalike', 'Tiền công đức xây chùa có được trừ thuế thu nhập cá nhân không?', null],
  ['lookalike', 'Đại hội đồng cổ đông thường niên của ngân hàng năm 2026 họp ngày nào?', null],
  ['lookalike', 'Lãi suất tiết kiệm kỳ hạn 12 tháng ở ngân hàng hiện nay bao nhiêu?', null],
  ['lookalike', 'Đại hội Công đoàn cơ sở chi nhánh ngân hàng phải chuẩn bị những báo cáo gì?', null],
  [
    'lookalike',
    'Hội nghị tri ân khách hàng doanh nghiệp của chi nhánh ngân hàng nên mời ai phát biểu khai mạc?',
    null,
  ],
  ['lookalike', 'Đóng đảng phí qua chuyển khoản ngân hàng có được không?', null],
  ['lookalike', 'Có đúng là từ năm nay chuyển khoản trên 10 triệu phải xác thực khuôn mặt không?', null],
  ['lookalike', 'Tỷ giá đô la Mỹ ở quầy hôm nay mua vào bán ra bao nhiêu?', null],
  ['lookalike', 'Hội nghị tổng kết hoạt động năm của ngân hàng có cần chương trình văn nghệ không?', null],
  ['lookalike', 'Giao dịch viên ngân hàng là đảng viên có được kiêm bí thư chi đoàn không?', null],
  ['lookalike', 'Đánh giá, xếp loại đảng viên cuối năm ở ngân hàng chấm theo mẫu nào?', null],
  ['lookalike', 'Hạn mức rút tiền mặt tại quầy một ngày là bao nhiêu?', null],
  ['lookalike', 'Đại hội chi đoàn ngân hàng có bầu đại biểu đi đại hội Đoàn cấp trên không?', null],
  ['lookalike', "When is the Brazilian Workers' Party (PT) holding its national congress this year?", null],
  ['lookalike', 'Did the Communist Party of Brazil (PCdoB) hold its congress in 2025?', null],
  ['lookalike', 'How do foreign journalists get press accreditation to report from Hanoi?', null],
  ['lookalike', 'Can I interview a ward party secretary for my newspaper in São Paulo?', null],
  ['lookalike', 'What was decided at the BRICS summit in Rio de Janeiro?', null],
  ['lookalike', 'COP30 in Belém: did Vietnam send a delegation?', null],
  ['lookalike', "Whom will Vietnam's National Assembly elect as state president?", null],
  ['lookalike', 'What is the exchange rate between the Brazilian real and the Vietnamese dong?', null],
  ['lookalike', 'Is it true that Vietnam and Brazil signed a coffee trade deal?', null],
  ['lookalike', 'How does the Chinese Communist Party choose delegates for its national congress?', null],
  ['lookalike', 'Is there a press conference after the Mercosur summit?', null],
  ['lookalike', 'Có đúng là lương cơ sở tăng từ tháng 7 không?', null],
  ['lookalike', 'Có đúng là bầu cử đại biểu Quốc hội khóa XVI tổ chức vào tháng 3 không?', null],
  ['lookalike', 'Có đúng là đảng viên về hưu không phải sinh hoạt chi bộ nữa không?', null],
  ['lookalike', 'Có đúng là Hội Cựu chiến binh phường sắp tổ chức đại hội không?', null],
  ['lookalike', 'Có đúng là đại hội Mặt trận Tổ quốc xã nhiệm kỳ mới tổ chức vào cuối năm không?', null],
  ['lookalike', 'Có đúng là huy hiệu 40 năm tuổi đảng có kèm tiền thưởng không?', null],
  ['lookalike', 'Có đúng là kết nạp đảng phải có hai đảng viên chính thức giới thiệu không?', null],
  ['lookalike', 'Có đúng là hội nghị Trung ương gần nhất bàn về sáp nhập tỉnh không?', null],
  ['lookalike', 'Có đúng là thẻ đảng viên bị mất thì được cấp lại không?', null],
  ['lookalike', 'Hội nghị hiệp thương giới thiệu người ứng cử đại biểu HĐND xã gồm mấy vòng?', null],
  ['lookalike', 'Đại hội Hội Khuyến học phường tôi nhiệm kỳ mới bầu ban chấp hành bao nhiêu người?', null],
  ['lookalike', 'Hội nghị cha mẹ học sinh đầu năm của lớp con tôi cần chuẩn bị gì?', null],
  ['lookalike', 'Đại hội Hội Chữ thập đỏ xã nhiệm kỳ 2026 - 2031 có bắt buộc có văn kiện không?', null],
  ['lookalike', 'Hội nghị của Hiệp hội Năng lượng về điện gió ngoài khơi diễn ra khi nào?', null],
  ['lookalike', 'Đại hội Hội Nông dân xã sau sáp nhập do ai chủ trì?', null],
  ['lookalike', 'Tôi cần mẫu biên bản họp tổ dân phố để gửi phường', null],
  ['lookalike', 'Giao dịch viên là đảng viên đi du lịch Thái Lan có phải xin phép chi bộ không?', null],
  ['lookalike', 'Chế độ thai sản cho nhân viên ngân hàng được nghỉ mấy tháng?', null],
  ['lookalike', 'Hội nghị Paris về Việt Nam năm 1973 đã ký kết hiệp định gì?', null],
  ['lookalike', 'Có đúng là Đảng Nhân dân Cách mạng Lào sắp họp Đại hội lần thứ XII không?', null],
  ['lookalike', 'Chi bộ tôi liên hoan tất niên, nên mua bia loại nào cho hợp lý?', null],
  ['lookalike', 'Cuối tuần ni sư mời tôi dự buổi giảng pháp, tôi nên mặc gì cho phù hợp?', null],
];

export const NEWSET111: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
