/**
 * The sixty-third new evaluation set (issue 11, point 6), written on 2026-12-04 from 02:54 UTC
 * (committed in the commit "Eval: newset63, the sixty-third unseen set") by a helper (set63) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before its `const items` line) and its last line, the part of newset.ts
 * before `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under
 * src/, bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items
 * were read. Its users are imagined as the secretary of a cell in a fire-fighting and rescue
 * team's civilian staff, a ward party committee deputy secretary who also chairs the ward People's
 * Committee, a Laotian student who writes in English, the secretary of a cell in a pharmaceutical
 * company, a member who sends screenshots described in words ("[ảnh chụp ...]"), and an old member
 * who mixes up the 2019 and 2024 directives; with the out-of-scope messages such users send (fire
 * extinguisher inspections, rescue drills and sports contests, duty rosters, hazard allowances for
 * contract drivers, the 114 hotline, fire-safety training certificates, the team's Youth Union
 * branch congress; ward People's Council sessions and report forms, meetings with voters, fines for
 * pavement encroachment, the ward's staff conference, merging residential groups, allowances for
 * holding two posts, disaster plans, national unity festivals, citizen reception days; the Lao
 * party's congress, residence cards, the Lao students' association's congress speech,
 * scholarships, restaurants, Tết holidays, Vietnamese vocabulary homework, translation, kip
 * exchange rates, Mekong-Lancang and ASEAN summits, academy grades; GMP renewal, drug recalls,
 * medical representatives' conferences, pharmacist licences, drug price declarations, the
 * company's trade union congress, biomedical ethics committees, gifts on the Party's founding day,
 * pharmacy science conferences; screenshots of a neighbourhood football notice, a prize-scam SMS,
 * a dues transfer receipt, a party app's login error, a school parents' meeting, a payslip, a map
 * to Ba Đình Hall and a shop's "sale congress" leaflet; congress allowances, exemption for the
 * elderly, who held posts, 60-year badges, the Red Cross association's congress, a Central
 * Committee plenum, National Assembly election results, the national Youth Union congress, members
 * abroad for treatment, readmission, year-end self-review forms, thematic cell meetings, student
 * health insurance, residence registration, the ward police's phone number, transfer of party
 * activity on retirement, who the 14th Congress elected; the bot itself, weather and fuel prices).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset63.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units held the pilot
 * congresses, who was elected, age limits, committee sizes, the money a congress may spend, which
 * cells the five-yearly pilot covers, membership figures) were left out, not guessed.
 *
 * Engine changes reached main after its commit: 244fe9e (visas, residential groups' head
 * elections); its writer saw none of them. It was measured once, at 03:01 UTC on main 244fe9e
 * (`node --expose-gc dist/bench/qa.js`, load 2.50): qa_new_top1 99.2 %, qa_new_oos_refused 98.5 %
 * (1 in-scope miss, 1 lookalike answered; qa_p99_us 99.9 in that run, p50 29.6). Its misses were
 * listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  [
    'doc',
    'Chỉ thị 35-CT/TW ngày 14/6/2024 của Bộ Chính trị bây giờ còn hiệu lực không đồng chí?',
    'doc:ct-35-2024',
  ],
  [
    'doc',
    'Cái CT35 năm 2024 mà quận phổ biến hồi tháng 10 ấy, giờ thay bằng văn bản nào rồi?',
    'doc:ct-35-2024',
  ],
  [
    'doc',
    'Is Directive 35 of June 2024 still the one to follow? My lecturer at the academy mentioned it.',
    'doc:ct-35-2024',
  ],
  [
    'doc',
    'Tôi hỏi Chỉ thị số 35 năm 2024 chứ không phải năm 2019 nhé, văn bản ấy ban hành ngày nào?',
    'doc:ct-35-2024',
  ],
  ['doc', 'Chỉ thị 35-CT/TW ngày 30/5/2019 hồi trước là chỉ thị về việc gì?', 'doc:ct-35-2019'],
  [
    'doc',
    'Ông bạn tôi bảo ct 35 năm 2019 hồi đại hội XIII vẫn còn áp dụng, có đúng không?',
    'doc:ct-35-2019',
  ],
  ['doc', 'What is the status of the 2019 Directive No. 35 toward the 13th Congress?', 'doc:ct-35-2019'],
  [
    'doc',
    'Đồng chí ơi, Kết luận 118-KL/TW mà tổ văn kiện đội PCCC đang dẫn là do cơ quan nào ban hành?',
    'doc:kl-118-2025',
  ],
  ['doc', 'kl118 dieu chinh chi thi dai hoi con hieu luc ko a', 'doc:kl-118-2025'],
  [
    'doc',
    'Conclusion 118 from January 2025: what did it amend, and is it still in force?',
    'doc:kl-118-2025',
  ],
  ['doc', 'Chỉ thị 45 của Bộ Chính trị về đại hội đảng bộ các cấp ban hành ngày nào?', 'doc:ct-45-2025'],
  [
    'doc',
    'Please tell me the issuer and date of Directive 45-CT/TW, I need it for my thesis.',
    'doc:ct-45-2025',
  ],
  [
    'doc',
    '[ảnh chụp trang đầu văn bản CT 45-CT/TW, dấu đỏ mờ] văn bản này giờ còn giá trị không ạ?',
    'doc:ct-45-2025',
  ],
  [
    'doc',
    'Kết luận số 200-KL/TW của Bộ Chính trị và Ban Bí thư nói gì về đại hội các cấp?',
    'doc:kl-200-2025',
  ],
  [
    'doc',
    'KL 200 về kết quả đại hội nhiệm kỳ 2025-2030 ký ngày nào, chi bộ công ty dược cần đọc lại',
    'doc:kl-200-2025',
  ],
  ['doc', 'What does Conclusion 200 of October 2025 say about the congress results?', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW hướng dẫn thực hiện chỉ thị nào, ngày bao nhiêu?', 'doc:hd-27-2024'],
  ['doc', 'HD27 của Ban Tổ chức Trung ương năm 2024 bot có nội dung chi tiết không?', 'doc:hd-27-2024'],
  [
    'doc',
    'My teacher cited Guidance 27-HD/BTCTW in class. Who issued it, and on what date?',
    'doc:hd-27-2024',
  ],
  [
    'doc',
    'Hướng dẫn số 18-HD/BTCTU của Ban Tổ chức Thành ủy Hà Nội hướng dẫn những văn bản nào?',
    'doc:hd-18-2024',
  ],
  [
    'doc',
    '[ảnh màn hình file PDF: hd 18 btctu, trang 1] cái hướng dẫn này của thành ủy còn dùng được không?',
    'doc:hd-18-2024',
  ],
  ['doc', 'Guidance 18 of the Hanoi party organisation board: what is it about?', 'doc:hd-18-2024'],
  [
    'doc',
    'Trong bài phát biểu tôi định dẫn Kế hoạch 258-KH/TU của Thành ủy, nhờ bot cho biết ngày ký',
    'doc:kh-258-2024',
  ],
  ['doc', 'kh258 thanh uy ha noi noi gi ve dai hoi vay bot', 'doc:kh-258-2024'],
  ['doc', 'Can you show me Plan 258 of the Hanoi Party Committee from July 2024?', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch số 203-KH/QU của Quận ủy Hai Bà Trưng về tổ chức đại hội gì?', 'doc:kh-203-2024'],
  [
    'doc',
    'KH 203 của quận ủy cũ còn giá trị không khi phường tôi đã lên hoạt động độc lập sau 1/7?',
    'doc:kh-203-2024',
  ],
  [
    'doc',
    'Plan 203-KH/QU of Hai Ba Trung: what was its status after the districts ended?',
    'doc:kh-203-2024',
  ],
  [
    'doc',
    'Nghị quyết 26-NQ/TW năm 2018 của Trung ương khóa XII liên quan gì đến nhân sự đại hội?',
    'doc:nq-26-2018',
  ],
  ['doc', 'NQ26 khóa XII về cán bộ thì bot ghi ban hành ngày nào?', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26 of May 2018 on cadres: which body issued it?', 'doc:nq-26-2018'],
  ['doc', 'Hướng dẫn 26-HD/BTCTW năm 2019 về chỉ thị đại hội khóa trước là văn bản gì?', 'doc:hd-26-2019'],
  [
    'doc',
    'Hồi 2019 tôi làm theo HD 26 của Ban Tổ chức TW, nay văn bản đó tình trạng thế nào?',
    'doc:hd-26-2019',
  ],
  ['doc', "Is Guidance 26 of October 2019 the one for the previous term's congresses?", 'doc:hd-26-2019'],
  [
    'doc',
    'Quy định 89-QĐ/TW mà chi bộ công ty dược vẫn in ra để xét nhân sự thì nay còn dùng được không?',
    'doc:qd-89-2017',
  ],
  [
    'doc',
    'QĐ 89 năm 2017 về tiêu chuẩn cán bộ đã bị thay thế chưa, tổ nhân sự chi bộ đội PCCC đang hỏi',
    'doc:qd-89-2017',
  ],
  [
    'doc',
    'My notes from 2017 mention Regulation 89 about cadre standards; has something newer taken its place?',
    'doc:qd-89-2017',
  ],
  ['doc', 'Quy định số 365-QĐ/TW của Bộ Chính trị ban hành ngày bao nhiêu?', 'doc:qd-365-2025'],
  ['doc', 'qd365 tieu chuan chuc danh can bo thay cho van ban nao', 'doc:qd-365-2025'],
  ['doc', 'What is Regulation 365-QĐ/TW about, and who issued it?', 'doc:qd-365-2025'],
  [
    'doc',
    'Phường tôi vẫn dùng Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy để đánh giá cán bộ, văn bản này ngày nào và tình trạng ra sao?',
    'doc:qd-14-2023',
  ],
  ['doc', 'QĐ14 TU năm 2023 về đánh giá cán bộ còn áp dụng cho phường mới không?', 'doc:qd-14-2023'],
  ['doc', 'Regulation 14 of the Hanoi Standing Board on evaluating cadres: its date?', 'doc:qd-14-2023'],
  ['doc', 'Quy định 2656-QĐ/QU của Ban Thường vụ Quận ủy Hai Bà Trưng là gì?', 'doc:qd-2656-2023'],
  ['doc', 'qđ 2656 của quận ủy về tiêu chí đánh giá cán bộ ký ngày nào?', 'doc:qd-2656-2023'],
  ['doc', 'Regulation 2656 of the Hai Ba Trung district committee: status?', 'doc:qd-2656-2023'],
  [
    'doc',
    'Quy định số 1216-QĐ/QU ngày 06/4/2022 về quy hoạch cán bộ còn hiệu lực không?',
    'doc:qd-1216-2022',
  ],
  [
    'doc',
    '[ảnh chụp công văn có dòng "QĐ1216"] quy định quy hoạch cán bộ này của ai ban hành?',
    'doc:qd-1216-2022',
  ],
  ['doc', 'Regulation 1216 on cadre planning, issued by the district: tell me more', 'doc:qd-1216-2022'],
  ['doc', 'Quy định 294-QĐ/TW thí điểm đại hội chi bộ có hiệu lực từ ngày nào?', 'doc:qd-294-2025'],
  ['doc', 'qd 294 thi diem dai hoi chi bo 5 nam 1 lan do ai ban hanh', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294 on the five-year pilot for party cells: is it still unchanged?', 'doc:qd-294-2025'],
  [
    'unknown-doc',
    'Chỉ thị 05-CT/TW về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh bot có nội dung không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Quy định 232-QĐ/TW thi hành Điều lệ Đảng năm 2025 nói gì về đại hội chi bộ?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Hướng dẫn số 06-HD/TW về một số vấn đề cụ thể thi hành Điều lệ Đảng, bot tra giúp',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Kế hoạch 47-KH/ĐU của Đảng ủy phường về đại hội chi bộ nhiệm kỳ 2025-2027 có trong bot không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Công văn 3321-CV/BTCTW về nhân sự đại hội cấp cơ sở quy định thế nào?', 'unknown-doc'],
  [
    'unknown-doc',
    'Quyết định 1530-QĐ/BCA về tổ chức đảng trong lực lượng Cảnh sát PCCC và CNCH nói gì?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Hướng dẫn 09-HD/ĐUCA của Đảng ủy Công an Trung ương về đại hội chi bộ trong công an',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kết luận 137-KL/TW có điều chỉnh gì về đại hội không đồng chí?', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị quyết 57-NQ/TW về khoa học công nghệ có phải đưa vào văn kiện đại hội chi bộ không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Is Directive 39-CT/TW in your sources? My professor told us to read it.', 'unknown-doc'],
  ['unknown-doc', 'What does Regulation 144-QĐ/TW on revolutionary ethics standards require?', 'unknown-doc'],
  [
    'unknown-doc',
    'Hướng dẫn số 21-HD/BTCĐUK của Ban Tổ chức Đảng ủy Khối về đại hội chi bộ doanh nghiệp',
    'unknown-doc',
  ],
  ['unknown-doc', 'Quy định số 96-QĐ/TW về lấy phiếu tín nhiệm có áp dụng ở đại hội không?', 'unknown-doc'],
  [
    'unknown-doc',
    'Kế hoạch 312-KH/ĐU của Đảng ủy Khối doanh nghiệp về đại hội chi bộ công ty cổ phần dược',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Chỉ thị 36-CT/TW năm 2019 có phải cái chỉ thị đại hội hồi đó không, hay tôi nhớ nhầm số?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    '[ảnh chụp trang đầu Hướng dẫn 12-HD/BTCTU năm 2025] văn bản này bot có không?',
    'unknown-doc',
  ],
  [
    'offword',
    'Ca trực chữa cháy của tôi hết lúc 7 giờ sáng, tranh thủ hỏi: đại hội chi bộ gồm những nội dung gì?',
    'noi-dung',
  ],
  [
    'offword',
    'Vừa pha xong ấm trà, hỏi bot: báo cáo chính trị trình đại hội phải đánh giá những gì?',
    'van-kien',
  ],
  [
    'offword',
    'Đang ngồi chờ xe buýt về nhà, cho em hỏi cần thành lập những tổ nào để phục vụ đại hội?',
    'chuan-bi',
  ],
  [
    'offword',
    'Con tôi ôn thi học kỳ, còn tôi ôn bài: đại hội phải chống lãng phí, không phô trương hình thức đúng không?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Nhà máy đang kiểm kê kho thuốc cuối năm, nhưng tôi muốn biết đại hội điểm của chi bộ trực thuộc làm tháng nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Trời mưa to cả ngày, ngồi nhà tra lại: Đại hội XIV của Đảng họp từ ngày nào đến ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Cuối tuần đi câu cá với mấy ông bạn già, cãi nhau mãi: chi bộ giờ 5 năm đại hội một lần hay hai lần?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Hết ca trực đêm ở đội cứu nạn cứu hộ, cho hỏi chọn nhân sự cấp ủy khóa mới dựa vào những quy định nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Đang xếp hàng lấy cơm trưa ở căng tin công ty: đại hội các cấp nhiệm kỳ 2025-2030 đã xong hết chưa?',
    'ket-qua',
  ],
  [
    'offword',
    'Vừa họp giao ban UBND phường xong, hỏi nhanh: từ 1/7/2025 cấp huyện có còn không?',
    'chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'Chi bộ nhân viên đội cứu hộ đại hội thì làm mấy nội dung, và chi ủy phải trình những báo cáo gì?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Cần lập những tổ nào để chuẩn bị đại hội, và giới thiệu cấp ủy viên khóa mới dựa vào tiêu chuẩn nào?',
    'chuan-bi+nhan-su',
  ],
  [
    'two-part',
    'Đại hội điểm tổ chức khi nào, còn đại hội các chi bộ trực thuộc phải xong trong tháng nào?',
    'dai-hoi-diem+lich-trinh',
  ],
  [
    'two-part',
    'Đại hội XIV của Đảng họp ngày nào, và kết quả đại hội các cấp nhiệm kỳ 2025-2030 ra sao?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Since 1 July 2025 is there still a district level, and how often do party cells hold a congress now?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Sau hội nghị quán triệt tháng 10/2024 đã có những thay đổi gì, và bot đang dựa vào những văn bản nào?',
    'thay-doi+tai-lieu',
  ],
  ['two-part', 'Nguyên tắc khi tổ chức đại hội là gì, và đại hội phải bầu những gì?', 'nguyen-tac+noi-dung'],
  [
    'two-part',
    'Báo cáo kiểm điểm của cấp ủy phải viết thế nào, còn quận Hai Bà Trưng đại hội đảng bộ lần thứ mấy?',
    'van-kien+dai-hoi-quan',
  ],
  [
    'two-part',
    'What must the political report assess, and when was the 14th National Congress held?',
    'van-kien+dai-hoi-xiv',
  ],
  [
    'two-part',
    'Chỉ thị về đại hội năm 2024 của Bộ Chính trị gồm mấy phần, và sau đó chỉ thị nào thay thế nó?',
    'chi-thi-35+thay-doi',
  ],
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở như chi bộ nhân viên của đội tôi phải đại hội xong trong thời gian nào?',
    'lich-trinh',
  ],
  [
    'unit',
    'Chi bộ cơ sở như chi bộ công ty dược của tôi thì đại hội bắt đầu từ tháng mấy, xong trước ngày nào?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng bộ cơ sở tổ chức đại hội đảng viên hay đại hội đại biểu vào lúc nào, có phải sau các chi bộ trực thuộc?',
    'lich-trinh',
  ],
  [
    'unit',
    'Là đảng bộ cơ sở thì phải chọn mấy chi bộ trực thuộc làm đại hội điểm, trong tháng nào?',
    'dai-hoi-diem',
  ],
  [
    'unit',
    'Chi bộ cơ sở của công ty dược chúng tôi đại hội có phải bầu đoàn đại biểu đi dự đại hội cấp trên không?',
    'noi-dung',
  ],
  ['unit', 'Đảng bộ phường được Ban Thường vụ chọn làm đại hội điểm vào thời gian nào?', 'dai-hoi-diem'],
  [
    'unit',
    'Chi bộ trực thuộc của nhân viên đội PCCC có được thí điểm đại hội 5 năm một lần không?',
    'chi-bo-5-nam',
  ],
  [
    'unit',
    'Our unit is a grassroots party cell (chi bộ cơ sở): by when did its congress have to be finished?',
    'lich-trinh',
  ],
  ['typo', 'dh chi bo cty duoc minh gom may nd vay ad', 'noi-dung'],
  ['typo', 'bcct voi bc kiem diem cap uy trinh dh khac nhau cho nao vay ad', 'van-kien'],
  ['typo', 'thanh lap to nhan su, to van kien, to to chuc de phuc vu dh thi lam gi truoc', 'chuan-bi'],
  ['typo', 'nguyen tac tap trung dan chu khi to chuc dai hoi dang nghia la sao', 'nguyen-tac'],
  ['typo', 'dh diem cua dbcs chon may cb truc thuoc vay', 'dai-hoi-diem'],
  [
    'typo',
    'dh dang bo quan hai ba trung lan thu XXVII nk 2025 2030 to chuc theo ke hoach nao',
    'dai-hoi-quan',
  ],
  ['typo', 'đaị hội Đảng toàn quốc lần thứ XIV diễn ra bao nhiêu ngày?', 'dai-hoi-xiv'],
  ['typo', 'chinh quyen dia phuong 2 cap bat dau van hanh tu ngay nao vay', 'chinh-quyen-2-cap'],
  ['typo', 'tieu chuan lua chon nhan su cap uy khoa moi dua tren nhung vb nao ad oi', 'nhan-su'],
  ['typo', 'nhung thay doi tu sau hoi nghi quan triet thang 10 nam 2024 la gi', 'thay-doi'],
  ['typo', 'ket qua dh dang bo cac cap nk 2025-2030 ra sao roi', 'ket-qua'],
  [
    'en',
    'Hello, I am a Lao student in Hanoi. For my report, what are the four contents of a Vietnamese party congress?',
    'noi-dung',
  ],
  [
    'en',
    'Which two main reports does the committee submit to its congress? Asking for my political science class.',
    'van-kien',
  ],
  ['en', 'How were the pilot congresses organised before the main round?', 'dai-hoi-diem'],
  [
    'en',
    'My Vietnamese friends talk about the 14th Congress all the time. On which days in January 2026 did it take place?',
    'dai-hoi-xiv',
  ],
  ['en', 'Did the party congresses at all levels for 2025-2030 finish successfully?', 'ket-qua'],
  ['en', 'What is the two-level local government model and when did it start?', 'chinh-quyen-2-cap'],
  [
    'en',
    'What principles must a congress follow? I read the words "democratic centralism" and did not understand.',
    'nguyen-tac',
  ],
  ['en', 'What has changed since the dissemination conference of October 2024 in Hai Ba Trung?', 'thay-doi'],
  [
    'en',
    'For my bibliography: which documents does this bot base its answers on about the 2025-2030 congresses?',
    'tai-lieu',
  ],
  ['en', 'How is the new party committee chosen, which standards apply to the nominees?', 'nhan-su'],
  [
    'fact',
    'Chỉ thị về đại hội năm 2024 của Bộ Chính trị có bao nhiêu phụ lục, gồm những phụ lục gì?',
    'chi-thi-35',
  ],
  [
    'fact',
    'Bảy yêu cầu của chỉ thị về đại hội các cấp tiến tới Đại hội XIV tóm tắt là những gì?',
    'chi-thi-35',
  ],
  [
    'fact',
    'Khi Hà Nội bỏ cấp huyện thì tổng cộng bao nhiêu đảng bộ quận, huyện, thị xã thôi hoạt động vậy?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Tôi sinh hoạt đảng 40 năm, nhớ Điều lệ bảo chi bộ 5 năm đại hội hai lần, trước khi thí điểm có đúng vậy không?',
    'chi-bo-5-nam',
  ],
  ['fact', 'Nghe đài bảo Đại hội XIV điều chỉnh chương trình, vậy rốt cuộc bế mạc hôm nào?', 'dai-hoi-xiv'],
  [
    'fact',
    'Quy định cũ năm 2017 về tiêu chuẩn cán bộ đã được thay bằng quy định nào, từ bao giờ?',
    'thay-doi',
  ],
  [
    'fact',
    'Chỉ thị mới thay thế cả chỉ thị tháng 6/2024 lẫn kết luận tháng 1/2025 về đại hội là chỉ thị nào?',
    'thay-doi',
  ],
  ['fact', 'Tháng 10/2025 Bộ Chính trị và Ban Bí thư kết luận gì về đại hội đảng bộ các cấp?', 'ket-qua'],
  ['fact', 'Kết luận về kết quả đại hội các cấp yêu cầu cấp ủy làm gì tiếp theo sau đại hội?', 'ket-qua'],
  [
    'fact',
    'Hồi 2019 Ban Tổ chức TW ra hướng dẫn vào tháng 10, thế chỉ thị đại hội năm 2024 được hướng dẫn bằng văn bản nào?',
    'chi-thi-35',
  ],
  [
    'fact',
    'Cái chỉ thị năm 2019 với chỉ thị năm 2024 trùng số nhau, bot dùng quy định của cái nào?',
    'chi-thi-35',
  ],
  [
    'fact',
    'Tôi già rồi hay lẫn: chỉ thị đại hội năm 2024 chia làm mấy phần, phần đầu là yêu cầu phải không?',
    'chi-thi-35',
  ],
  ['lookalike', 'Đồng chí ơi, bình chữa cháy CO2 ở trụ sở đội phải kiểm định lại mấy năm một lần?', null],
  [
    'lookalike',
    'Hội thao nghiệp vụ chữa cháy và cứu nạn cứu hộ năm nay đội mình thi những nội dung gì?',
    null,
  ],
  ['lookalike', 'Gửi em lịch trực chỉ huy dịp Tết Nguyên đán của đội cảnh sát PCCC bản mới nhất với', null],
  ['lookalike', 'Nhân viên hợp đồng lái xe thang của đội có được hưởng phụ cấp độc hại không?', null],
  ['lookalike', 'Gọi 114 báo cháy từ điện thoại không lắp sim có được không?', null],
  ['lookalike', 'Hội nghị tổng kết phong trào toàn dân PCCC của phường thì mời những thành phần nào?', null],
  [
    'lookalike',
    'Đại hội chi đoàn thanh niên đội PCCC nhiệm kỳ 2025-2027 bầu mấy ủy viên ban chấp hành chi đoàn?',
    null,
  ],
  [
    'lookalike',
    'Cấp giấy chứng nhận huấn luyện nghiệp vụ PCCC cho nhân viên quán karaoke mất bao lâu?',
    null,
  ],
  [
    'lookalike',
    'Kỳ họp HĐND phường giữa năm tôi phải báo cáo kinh tế - xã hội, mẫu báo cáo lấy ở đâu?',
    null,
  ],
  [
    'lookalike',
    'Phường tôi tổ chức hội nghị tiếp xúc cử tri trước kỳ họp Quốc hội thì cần chuẩn bị những gì?',
    null,
  ],
  ['lookalike', 'Chủ tịch UBND phường được xử phạt lấn chiếm vỉa hè tối đa bao nhiêu tiền?', null],
  [
    'lookalike',
    'Hội nghị cán bộ, công chức, viên chức đầu năm của UBND phường phải có những nội dung nào?',
    null,
  ],
  ['lookalike', 'Sáp nhập tổ dân phố thì cần bao nhiêu phần trăm hộ gia đình đồng ý?', null],
  [
    'lookalike',
    'Tôi vừa là phó bí thư đảng ủy vừa là chủ tịch UBND phường thì phụ cấp kiêm nhiệm tính thế nào?',
    null,
  ],
  [
    'lookalike',
    'Kế hoạch phòng chống thiên tai mùa mưa bão của phường phải nộp lên thành phố trước ngày nào?',
    null,
  ],
  ['lookalike', 'Ngày hội Đại đoàn kết toàn dân tộc ở các khu dân cư năm nay tổ chức vào khoảng nào?', null],
  ['lookalike', 'Theo luật, chủ tịch UBND phường phải tiếp công dân định kỳ mấy ngày một tháng?', null],
  [
    'lookalike',
    "When is the next congress of the Lao People's Revolutionary Party and where will it be held?",
    null,
  ],
  [
    'lookalike',
    'How do I extend my temporary residence card as a foreign student in Hanoi before it expires?',
    null,
  ],
  [
    'lookalike',
    "The Lao Students' Association in Vietnam has its congress next month. Can you write my welcome speech?",
    null,
  ],
  [
    'lookalike',
    'Which Vietnamese universities give scholarships to Lao students under the bilateral agreement?',
    null,
  ],
  ['lookalike', 'Is there a Lao restaurant near the Ho Chi Minh National Academy of Politics?', null],
  ['lookalike', 'How many days off do students get for the Tet holiday this year?', null],
  [
    'lookalike',
    'In my Vietnamese class, what is the difference between "hội nghị" and "hội thảo"? I have a test tomorrow.',
    null,
  ],
  ['lookalike', 'Can you translate my thesis abstract on ASEAN economic integration into Vietnamese?', null],
  ['lookalike', "What is today's exchange rate from Lao kip to Vietnamese dong?", null],
  ['lookalike', "When is this year's Mekong-Lancang leaders' meeting?", null],
  ['lookalike', 'Where can I see my semester grades at the regional political academy?', null],
  ['lookalike', 'Hồ sơ gia hạn giấy chứng nhận GMP cho dây chuyền thuốc tiêm gồm những gì?', null],
  ['lookalike', 'Lô kháng sinh của công ty bị Cục Quản lý Dược yêu cầu thu hồi thì xử lý thế nào?', null],
  [
    'lookalike',
    'Hội nghị trình dược viên toàn quốc cuối năm của công ty nên đặt khách sạn nào ở Đà Nẵng?',
    null,
  ],
  ['lookalike', 'Dược sĩ đại học cần mấy năm thực hành mới được cấp chứng chỉ hành nghề dược?', null],
  ['lookalike', 'Kê khai lại giá thuốc khi tỷ giá nguyên liệu nhập khẩu tăng thì nộp cho cơ quan nào?', null],
  ['lookalike', 'Đại hội công đoàn cơ sở công ty dược nhiệm kỳ 2023-2028 bầu bao nhiêu ủy viên?', null],
  ['lookalike', 'Hội đồng đạo đức trong nghiên cứu y sinh học họp cần bao nhiêu thành viên mới đủ?', null],
  [
    'lookalike',
    'Chi bộ muốn mua quà tặng đảng viên nhân ngày thành lập Đảng 3/2 thì trích từ quỹ nào?',
    null,
  ],
  ['lookalike', 'Hội nghị khoa học dược học toàn quốc năm 2026 hạn nộp tóm tắt báo cáo là khi nào?', null],
  [
    'lookalike',
    '[Ảnh chụp thông báo trong nhóm Zalo tổ dân phố: giải bóng đá mini mừng xuân] cái này đăng ký ở đâu ạ?',
    null,
  ],
  [
    'lookalike',
    '[ảnh: tin nhắn SMS báo trúng thưởng từ "Ban Tổ chức Đại hội"] tin này có phải lừa đảo không ạ?',
    null,
  ],
  [
    'lookalike',
    '[Ảnh chụp biên lai chuyển khoản đảng phí tháng 11] em chuyển như vậy đã đúng số tiền chưa ạ?',
    null,
  ],
  ['lookalike', '[ảnh màn hình ứng dụng Sổ tay đảng viên báo lỗi đăng nhập] sửa thế nào bây giờ?', null],
  [
    'lookalike',
    '[Ảnh chụp giấy mời họp phụ huynh đầu năm của trường tiểu học] hội nghị này em có bắt buộc đi không?',
    null,
  ],
  ['lookalike', '[Ảnh chụp bảng lương tháng 10] sao phụ cấp cấp ủy viên của em bị trừ mất một nửa?', null],
  [
    'lookalike',
    '[Ảnh chụp màn hình Google Maps quanh quảng trường] đường vào Hội trường Ba Đình đi cổng nào ạ?',
    null,
  ],
  [
    'lookalike',
    '[ảnh chụp tờ rơi "Đại hội khuyến mãi cuối năm" của siêu thị điện máy] giảm giá thật không bot?',
    null,
  ],
  [
    'lookalike',
    'Hồi năm 2019 đại hội chi bộ xong được bồi dưỡng tiền, lần này mỗi đảng viên được bao nhiêu?',
    null,
  ],
  ['lookalike', 'Tôi 82 tuổi, đi lại khó khăn, có được miễn dự đại hội chi bộ không?', null],
  ['lookalike', 'Năm 2019 ai làm bí thư Thành ủy Hà Nội, tôi quên mất rồi?', null],
  ['lookalike', 'Huy hiệu 60 năm tuổi Đảng thường được trao vào dịp nào trong năm?', null],
  ['lookalike', 'Bot này do ai lập trình, có lưu lại tin nhắn của tôi không?', null],
  ['lookalike', 'Ngày mai ở Hà Nội có mưa không, tôi định đạp xe đi dự hội nghị?', null],
  ['lookalike', 'Đại hội Hội Chữ thập đỏ phường nhiệm kỳ mới bầu chủ tịch hội như thế nào?', null],
  ['lookalike', 'Hội nghị Trung ương 11 khóa XIII đã bàn những vấn đề gì?', null],
  ['lookalike', 'Kết quả bầu cử đại biểu Quốc hội khóa XVI ở đơn vị bầu cử số 3 Hà Nội thế nào?', null],
  ['lookalike', 'Đại hội Đoàn toàn quốc lần thứ XIII diễn ra vào năm nào?', null],
  ['lookalike', 'Đảng viên đi nước ngoài chữa bệnh ba tháng thì xin phép chi bộ ra sao?', null],
  [
    'lookalike',
    'Thủ tục kết nạp lại người từng bị xóa tên khỏi danh sách đảng viên gồm những bước nào?',
    null,
  ],
  ['lookalike', 'Bản kiểm điểm cá nhân đảng viên cuối năm có mẫu mới không, tải ở đâu?', null],
  ['lookalike', 'Chi bộ sinh hoạt chuyên đề quý IV nên chọn chủ đề gì cho sinh động?', null],
  ['lookalike', 'Bảo hiểm y tế học sinh sinh viên năm học này đóng bao nhiêu tiền?', null],
  ['lookalike', 'Công nhân thuê trọ ở phường đăng ký tạm trú trên VNeID thì làm các bước nào?', null],
  ['lookalike', 'Số điện thoại trực ban của công an phường mới là bao nhiêu?', null],
  ['lookalike', 'Nghỉ hưu rồi thì chuyển sinh hoạt đảng về chi bộ khu dân cư cần những giấy tờ gì?', null],
  ['lookalike', 'Đại hội XIV đã bầu ai làm Tổng Bí thư, Bộ Chính trị khóa mới có bao nhiêu người?', null],
  ['lookalike', 'Hội nghị Thượng đỉnh ASEAN lần tới Việt Nam cử ai đi dự?', null],
  ['lookalike', 'Giá xăng RON 95 kỳ điều chỉnh chiều nay tăng hay giảm?', null],
];

export const NEWSET63: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
