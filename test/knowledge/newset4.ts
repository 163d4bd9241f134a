/**
 * The fourth new evaluation set (issue 11, point 6), written on 2026-12-02 by a helper that had not
 * seen the engine: from ../shared/sources/ (the conference article of 23/10/2024 and FACTS.md), the
 * ids of the pack's documents, topics and unit types (config/dh-2025-2030.yaml, not its sample
 * questions, keywords or synonyms) and an idea of who asks (cell secretaries, members, the
 * organisation board's staff; Vietnamese with and without diacritics, the abbreviations of
 * FACTS.md, typos, chatty phrasing, English).
 *
 * It was committed BEFORE the next engine change, without running any of its questions through
 * the engine, the bot or the bench, and nobody has tuned the engine or the pack against it: it is
 * measured once after that change (`bench qa_new_*`). newset3.ts, the third such set, was measured
 * once at 06:57 UTC on 2026-12-02 (qa_new_top1 91.1 %, qa_new_oos_refused 87.8 %) and is now a
 * development set (`qa_new3_*`); this one replaced it as the unseen measure. This set was in turn
 * measured once at 07:17 UTC on 2026-12-02 (qa_new_top1 95.7 %, qa_new_oos_refused 87.8 %) and has
 * been a development set (`qa_new4_*`) since newset5.ts replaced it.
 * Do not edit an item after its commit, except to fix an expectation that is factually wrong
 * (against the sources), in its own commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). Questions whose right answer the sources leave open were left out, not guessed.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents asked by number, each in three spellings (full number, kind word or abbreviation
  // with the number, English), about the document itself: date, issuer, status, what replaced it.
  ['doc', 'Chỉ thị 35-CT/TW năm 2024 bây giờ còn hiệu lực không?', 'doc:ct-35-2024'],
  ['doc', 'ct35 2024 ban hanh ngay nao vay', 'doc:ct-35-2024'],
  ['doc', 'Politburo Directive 35 of 2024: is it still in force?', 'doc:ct-35-2024'],
  [
    'doc',
    'Chỉ thị số 35-CT/TW ngày 30/5/2019 có phải chỉ thị đang dùng cho đại hội không?',
    'doc:ct-35-2019',
  ],
  ['doc', 'ct 35 hồi 2019 là của Bộ Chính trị khóa nào vậy', 'doc:ct-35-2019'],
  ['doc', 'The 2019 Directive No. 35: does the bot use its rules?', 'doc:ct-35-2019'],
  ['doc', 'Kết luận số 118-KL/TW ngày 18/1/2025 giờ còn hiệu lực không?', 'doc:kl-118-2025'],
  ['doc', 'KL118 đã bị văn bản nào thay thế rồi?', 'doc:kl-118-2025'],
  ['doc', 'Who issued Conclusion 118?', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị số 45-CT/TW của Bộ Chính trị ban hành ngày nào vậy?', 'doc:ct-45-2025'],
  ['doc', 'ct45 là chỉ thị về đại hội đúng không ad', 'doc:ct-45-2025'],
  ['doc', 'Directive 45-CT/TW: who issued it and when?', 'doc:ct-45-2025'],
  ['doc', 'Kết luận số 200-KL/TW là của Bộ Chính trị hay của Ban Chấp hành Trung ương?', 'doc:kl-200-2025'],
  ['doc', 'kl200 ra ngay nao ad', 'doc:kl-200-2025'],
  ['doc', 'Conclusion No. 200 of October 2025: what is it about?', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn số 27-HD/BTCTW ngày 26/8/2024 do cơ quan nào ban hành?', 'doc:hd-27-2024'],
  ['doc', 'HD27 của Ban Tổ chức TW hướng dẫn văn bản nào?', 'doc:hd-27-2024'],
  ['doc', 'Central Organization Commission guidance 27: which directive does it guide?', 'doc:hd-27-2024'],
  ['doc', 'Hướng dẫn 18-HD/BTCTU của Ban Tổ chức Thành ủy ra ngày mấy?', 'doc:hd-18-2024'],
  ['doc', 'hd 18 thanh uy con dung duoc ko', 'doc:hd-18-2024'],
  ['doc', 'City guidance No 18 (October 2024): who issued it?', 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch số 258-KH/TU ngày 15/7/2024 là kế hoạch của cơ quan nào?', 'doc:kh-258-2024'],
  ['doc', 'kh258 tu ban hanh khi nao', 'doc:kh-258-2024'],
  ['doc', 'Plan 258-KH/TU: is it still current?', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch số 203-KH/QU ngày 29/7/2024 của Quận ủy giờ còn áp dụng không?', 'doc:kh-203-2024'],
  ['doc', 'KH 203 QU ra ngày nào', 'doc:kh-203-2024'],
  ['doc', 'Hai Ba Trung district plan 203: when was it issued?', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết số 26-NQ/TW ngày 19/5/2018 là nghị quyết về vấn đề gì?', 'doc:nq-26-2018'],
  ['doc', 'nq26 do ai ban hanh', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26 of the 12th Central Committee: what date?', 'doc:nq-26-2018'],
  ['doc', 'Quy định số 89-QĐ/TW ngày 04/8/2017 bây giờ còn dùng không?', 'doc:qd-89-2017'],
  ['doc', 'qd89 bi thay the chua', 'doc:qd-89-2017'],
  ['doc', 'Regulation 89-QĐ/TW: who issued it?', 'doc:qd-89-2017'],
  ['doc', 'Quy định 365-QĐ/TW ngày 30/8/2025 do ai ban hành?', 'doc:qd-365-2025'],
  ['doc', 'qđ365 thay quy định nào vậy', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365 of August 2025: what is it about?', 'doc:qd-365-2025'],
  ['doc', 'Quy định số 14-QĐ/TU ngày 06/11/2023 của Thành ủy còn hiệu lực không?', 'doc:qd-14-2023'],
  ['doc', 'qd14 cua ban thuong vu thanh uy la quy dinh gi', 'doc:qd-14-2023'],
  ['doc', 'Hanoi city regulation 14-QĐ/TU: issue date?', 'doc:qd-14-2023'],
  ['doc', 'Quy định số 2656-QĐ/QU do Ban Thường vụ Quận ủy ban hành ngày nào?', 'doc:qd-2656-2023'],
  ['doc', 'qd2656 la quy dinh ve gi', 'doc:qd-2656-2023'],
  ['doc', 'What is District Regulation No. 2656?', 'doc:qd-2656-2023'],
  ['doc', 'Quy định 1216-QĐ/QU ngày 06/4/2022 giờ còn áp dụng không?', 'doc:qd-1216-2022'],
  ['doc', 'qđ 1216 do ai ban hành', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216 on cadre planning: when was it issued?', 'doc:qd-1216-2022'],
  ['doc', 'Quy định số 294-QĐ/TW do cơ quan nào ban hành?', 'doc:qd-294-2025'],
  ['doc', 'qd294 ban hanh ngay nao', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294 (2025): when did it take effect?', 'doc:qd-294-2025'],
  ['doc', 'Hướng dẫn số 26-HD/BTCTW năm 2019 do ai ban hành?', 'doc:hd-26-2019'],
  ['doc', 'hd26 2019 con ap dung cho dai hoi nay khong', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26 of October 2019: which directive did it guide?', 'doc:hd-26-2019'],

  // Documents the pack does not hold (real-looking numbers, none shared with a pack document).
  ['unknown-doc', 'Quy định số 105-QĐ/TW về phân cấp quản lý cán bộ ban hành năm nào?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 213-QĐ/TW nói về việc gì vậy ad?', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 28-CT/TW còn hiệu lực không?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 21-KL/TW về xây dựng Đảng ban hành ngày nào?', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 19-NQ/TW của Trung ương là nghị quyết gì?', 'unknown-doc'],
  ['unknown-doc', 'hd 12 btctw huong dan gi vay ad', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 301-KH/TU của Thành ủy về đại hội có không?', 'unknown-doc'],
  ['unknown-doc', 'KH 150-KH/QU của Quận ủy ra ngày nào?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 69-QĐ/TW về kỷ luật tổ chức đảng là quy định gì?', 'unknown-doc'],
  ['unknown-doc', 'Regulation 124-QĐ/TW: what does it regulate?', 'unknown-doc'],
  ['unknown-doc', 'Directive 33 of the Politburo: what date?', 'unknown-doc'],
  ['unknown-doc', 'Conclusion 123-KL/TW: who issued it?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn số 01-HD/TW năm 2021 về nghiệp vụ công tác đảng là gì?', 'unknown-doc'],
  ['unknown-doc', 'qd24 thi hanh dieu le dang ra nam nao', 'unknown-doc'],

  // In scope, with a word that is often off topic: cells of associations, schools, hospitals and
  // firms, and the everyday words their secretaries type.
  [
    'offword',
    'Chi bộ có nhiều đảng viên là cán bộ Đoàn thanh niên, là chi bộ trực thuộc đảng ủy phường: đại hội chi bộ phải xong trong tháng mấy?',
    'lich-trinh',
  ],
  [
    'offword',
    'Chi bộ trường tiểu học, giáo viên bận dạy học sinh, trực thuộc đảng ủy phường thì đại hội chi bộ bắt đầu từ tháng nào?',
    'lich-trinh',
  ],
  [
    'offword',
    'Đảng ủy bệnh viện là đảng bộ cơ sở: báo cáo kiểm điểm của ban chấp hành phải có tính chất gì?',
    'van-kien',
  ],
  [
    'offword',
    'Chi bộ doanh nghiệp tư nhân chuẩn bị đại hội cần thành lập những tổ giúp việc nào?',
    'chuan-bi',
  ],
  ['offword', 'Đảng bộ công ty là đảng bộ cơ sở, tại đại hội phải bầu những gì?', 'noi-dung'],
  [
    'offword',
    'How much should our cell’s political report say about shortcomings and their causes?',
    'van-kien',
  ],
  [
    'offword',
    'Our cell wants to keep the congress cost low: what does the guidance say about waste and show?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Hôm nay mưa to quá, tranh thủ hỏi: đại hội đảng bộ cơ sở hoàn thành trước ngày nào?',
    'lich-trinh',
  ],
  ['offword', 'Vừa nấu cơm vừa hỏi: đại hội chi bộ gồm mấy nội dung vậy ad?', 'noi-dung'],
  [
    'offword',
    'Mình gõ trên điện thoại nên hỏi ngắn: chọn nhân sự cấp ủy khóa mới phải theo những quy định nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Chi ủy chi bộ Hội Phụ nữ phường viết báo cáo chính trị phải đánh giá những mặt nào?',
    'van-kien',
  ],
  [
    'offword',
    'Chi bộ cơ sở Hội Cựu chiến binh phải đại hội xong trước ngày 30/6/2025 đúng không?',
    'lich-trinh',
  ],
  [
    'offword',
    'Chi bộ trường THCS, nhiều thầy cô chủ nhiệm học sinh: đại hội chi bộ có phải góp ý dự thảo văn kiện Đại hội XIV không?',
    'noi-dung',
  ],
  [
    'offword',
    'Should our political report match the viewpoints in the upper level’s draft documents?',
    'van-kien',
  ],
  [
    'offword',
    'Đảng bộ doanh nghiệp nhà nước chọn nhân sự cấp ủy phải quán triệt nghị quyết nào của Trung ương?',
    'nhan-su',
  ],
  ['offword', 'Chi bộ công ty TNHH là chi bộ cơ sở, đại hội bắt đầu từ tháng mấy năm 2025?', 'lich-trinh'],
  [
    'offword',
    'How much time do grassroots cells have for their congress, from which month to which date?',
    'lich-trinh',
  ],
  [
    'offword',
    'Giá cả đắt đỏ, chi bộ muốn tổ chức đại hội tiết kiệm: nguyên tắc chống lãng phí nói gì?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Đảng ủy trường đại học là đảng bộ cơ sở: phải chọn mấy chi bộ trực thuộc làm đại hội điểm?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Chi bộ trạm y tế phường chuẩn bị đại hội: tổ văn kiện, tổ nhân sự, tổ tổ chức có cần lập không?',
    'chuan-bi',
  ],
  [
    'offword',
    'Chi bộ chi nhánh ngân hàng đại hội xong phải bầu đoàn đại biểu đi dự đại hội nào?',
    'noi-dung',
  ],
  [
    'offword',
    'Đảng bộ cơ sở hợp tác xã có phải tổng kết các đề án, chương trình công tác nhiệm kỳ 2020-2025 trước đại hội không?',
    'chuan-bi',
  ],
  [
    'offword',
    'Chi bộ có nhiều đoàn viên công đoàn hỏi: có thí điểm đại hội chi bộ 5 năm một lần không?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Our cell sits in the youth union office: when must a cell under a grassroots committee finish its congress?',
    'lich-trinh',
  ],

  // Two-part questions whose parts different topics answer: the first topic first, both answered.
  [
    'two-part',
    'Đại hội chi bộ có mấy nội dung, và chi bộ cơ sở phải đại hội xong trước ngày nào?',
    'noi-dung+lich-trinh',
  ],
  [
    'two-part',
    'Báo cáo kiểm điểm viết thế nào? Còn nhân sự cấp ủy thì chọn theo tiêu chuẩn nào?',
    'van-kien+nhan-su',
  ],
  [
    'two-part',
    'Đại hội điểm của đảng bộ cơ sở làm tháng mấy, và đại hội phải theo những nguyên tắc gì?',
    'dai-hoi-diem+nguyen-tac',
  ],
  [
    'two-part',
    'Cấp huyện bỏ từ khi nào, và Đại hội XIV của Đảng họp ngày nào?',
    'chinh-quyen-2-cap+dai-hoi-xiv',
  ],
  [
    'two-part',
    'Thí điểm đại hội chi bộ 5 năm một lần là sao? Với lại Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII là đại hội nào?',
    'chi-bo-5-nam+dai-hoi-quan',
  ],
  [
    'two-part',
    'Chỉ thị về đại hội của Bộ Chính trị năm 2024 gồm mấy phần, và từ năm 2025 có gì thay đổi?',
    'chi-thi-35+thay-doi',
  ],
  ['two-part', 'Các cấp đã đại hội xong hết chưa? Và bot dựa vào những tài liệu nào?', 'ket-qua+tai-lieu'],
  [
    'two-part',
    'What must the political report assess, and when did the 14th National Congress take place?',
    'van-kien+dai-hoi-xiv',
  ],
  [
    'two-part',
    'chuan bi dh can lap nhung to nao, con dh diem cua quan chon nhung don vi nao',
    'chuan-bi+dai-hoi-diem',
  ],
  ['two-part', 'Nhân sự cấp ủy chọn theo quy định nào, còn đại hội có mấy nội dung?', 'nhan-su+noi-dung'],
  [
    'two-part',
    'Which units held the district’s pilot congresses, and what are the four contents of a congress?',
    'dai-hoi-diem+noi-dung',
  ],
  [
    'two-part',
    'Đại hội phải chống lãng phí ra sao, và báo cáo chính trị có vai trò gì?',
    'nguyen-tac+van-kien',
  ],

  // Per unit type, as the secretary of that unit asks.
  [
    'unit',
    'Mình là bí thư chi bộ trực thuộc đảng ủy phường, chi bộ mình đại hội trong khoảng thời gian nào?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở của mình bắt đầu đại hội từ tháng mấy?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở phải đợi các chi bộ trực thuộc đại hội xong rồi mới đại hội đúng không?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở có phải bầu đoàn đại biểu dự đại hội đảng bộ cấp trên không?', 'noi-dung'],
  ['unit', 'Đảng bộ cơ sở chọn chi bộ nào làm đại hội điểm, làm khi nào?', 'dai-hoi-diem'],
  [
    'unit',
    'Mình ở đảng bộ khối hành chính sự nghiệp, quận chọn mấy đảng bộ HCSN làm đại hội điểm?',
    'dai-hoi-diem',
  ],
  ['unit', 'Đảng ủy phường là đảng bộ cơ sở, chuẩn bị đại hội cần rà soát những việc gì?', 'chuan-bi'],
  [
    'unit',
    'Chi bộ trực thuộc bầu chi ủy nhiệm kỳ 2025-2030 thì tiêu chuẩn nhân sự dựa theo văn bản nào?',
    'nhan-su',
  ],
  ['unit', 'As secretary of a grassroots party cell, when is our congress window?', 'lich-trinh'],
  ['unit', 'Grassroots party committee: what are the two main reports its committee submits?', 'van-kien'],
  ['unit', 'CBCS thì đại hội gồm những nội dung gì?', 'noi-dung'],

  // Typos, no diacritics, abbreviations.
  ['typo', 'dai hoi cb truc thuoc hoan thanh thang may', 'lich-trinh'],
  ['typo', 'bao cao chinh tri phai danh gia nhung gi z ad', 'van-kien'],
  ['typo', 'dh diem cua dbcs lam thang 12 nam 2024 dung ko', 'dai-hoi-diem'],
  ['typo', 'tieu chuan nhan su cap uy khoa moi theo qd nao', 'nhan-su'],
  ['typo', 'dh xiv cua dang hop tu ngay nao den ngay nao', 'dai-hoi-xiv'],
  ['typo', 'bo chinh tri co ket luan dh cac cap thanh cong chua', 'ket-qua'],
  ['typo', '4 nd dai hoi dang bo la gj', 'noi-dung'],
  ['typo', 'nguyen tac tap trung dan chu trog dh la sao', 'nguyen-tac'],
  ['typo', 'chuan bi dh can thanh lap to nhan su to van kien ah', 'chuan-bi'],
  ['typo', 'bo cap quan tu ngay nao vay ad', 'chinh-quyen-2-cap'],
  ['typo', 'lam the nao de dc ket nap dang nhanh', null],
  ['typo', 'dong dang phi o dau ad', null],

  // English.
  ['en', 'When must a grassroots party committee finish its congress?', 'lich-trinh'],
  ['en', 'What are the four things a party congress does?', 'noi-dung'],
  ['en', 'Which rules guide choosing new party committee members?', 'nhan-su'],
  ['en', 'Which pilot congresses did the district standing committee pick?', 'dai-hoi-diem'],
  ['en', 'What is the self-review report of the committee supposed to do?', 'van-kien'],
  ['en', 'When did the 14th Party Congress open and close?', 'dai-hoi-xiv'],
  ['en', 'Are party cells piloting congresses only once every five years?', 'chi-bo-5-nam'],
  ['en', 'How do I become a party member?', null],
  ['en', 'When is the trade union congress of my company?', null],
  ['en', 'How much is the monthly party fee for a retired member?', null],

  // Facts and currency (FACTS.md: Kết luận 200, the end of the district level, the 14th Congress).
  ['fact', 'Đại hội đảng bộ các cấp nhiệm kỳ 2025-2030 đến nay đã tổ chức xong chưa ad?', 'ket-qua'],
  ['fact', 'Các đại hội đảng bộ nhiệm kỳ này có diễn ra đúng tiến độ không?', 'ket-qua'],
  ['fact', 'Cấp quận ở Hà Nội bị bỏ từ ngày nào?', 'chinh-quyen-2-cap'],
  ['fact', 'Hà Nội có bao nhiêu đảng bộ quận, huyện kết thúc hoạt động ngày 1/7/2025?', 'chinh-quyen-2-cap'],
  ['fact', 'Đại hội XIV của Đảng khai mạc và bế mạc vào những ngày nào vậy ad?', 'dai-hoi-xiv'],
  ['fact', 'Trước đây theo Điều lệ thì chi bộ đại hội mấy lần trong 5 năm?', 'chi-bo-5-nam'],
  ['fact', 'Từ khi có chỉ thị đại hội năm 2024 đến nay, những văn bản nào đã thay đổi?', 'thay-doi'],
  [
    'fact',
    'Phụ lục về tuổi và số lượng cấp ủy viên nằm trong chỉ thị đại hội năm 2024 phải không?',
    'chi-thi-35',
  ],
  ['fact', 'Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII là nhiệm kỳ nào?', 'dai-hoi-quan'],
  ['fact', 'Hiện giờ còn đại hội đảng bộ cấp huyện nữa không?', 'chinh-quyen-2-cap'],

  // Out of scope: other organisations' congresses, "đại hội" in other senses, party matters the
  // pack does not cover, place names alone, everyday questions.
  ['lookalike', 'Đại hội Đoàn TNCS Hồ Chí Minh phường nhiệm kỳ tới tổ chức khi nào?', null],
  ['lookalike', 'Đại hội công đoàn cơ sở trường mầm non cần chuẩn bị gì?', null],
  ['lookalike', 'Đại hội cổ đông thường niên 2026 của ngân hàng họp ngày nào?', null],
  ['lookalike', 'Đại hội Hội Cựu chiến binh phường nhiệm kỳ tới bầu bao nhiêu ủy viên?', null],
  ['lookalike', 'Đại hội đại biểu phụ nữ quận nhiệm kỳ 2026-2031 có gì mới?', null],
  ['lookalike', 'Đại hội Hội Nông dân xã tổ chức vào tháng mấy?', null],
  ['lookalike', 'Đại hội chi đoàn lớp 12A cần mấy bản báo cáo?', null],
  ['lookalike', 'When is the student union congress at Hanoi University?', null],
  ['lookalike', 'Đại hội thể dục thể thao phường năm nay có những môn gì?', null],
  ['lookalike', 'Đại hội Thể thao Đông Nam Á lần tới tổ chức ở đâu?', null],
  ['lookalike', 'Đại hội võ lâm trong truyện Kim Dung là gì?', null],
  ['lookalike', 'Where will the 2028 Olympic Games be held?', null],
  ['lookalike', 'Hồ sơ kết nạp Đảng cho quần chúng ưu tú gồm những gì?', null],
  ['lookalike', 'Đảng viên dự bị bao lâu thì được công nhận chính thức?', null],
  ['lookalike', 'Kỷ luật khiển trách đảng viên do cấp nào quyết định?', null],
  ['lookalike', 'Mức đóng đảng phí của đảng viên hưu trí là bao nhiêu?', null],
  ['lookalike', 'Làm lại thẻ đảng bị hỏng cần thủ tục gì?', null],
  ['lookalike', 'Biên bản sinh hoạt chi bộ hằng tháng ghi những mục nào?', null],
  ['lookalike', 'Kiểm điểm, xếp loại chất lượng đảng viên cuối năm làm vào tháng mấy?', null],
  ['lookalike', 'Chuyển sinh hoạt đảng chính thức sang đảng bộ phường khác làm thế nào?', null],
  ['lookalike', 'Đảng viên đi du lịch nước ngoài cần xin phép ai?', null],
  ['lookalike', 'Miễn sinh hoạt đảng cho đảng viên cao tuổi cần điều kiện gì?', null],
  ['lookalike', 'Đảng viên đang công tác giữ mối liên hệ với nơi cư trú thế nào?', null],
  ['lookalike', 'Q. Hai Bà Trưng', null],
  ['lookalike', 'phường Thanh Nhàn', null],
  ['lookalike', 'Ha Noi', null],
  ['lookalike', 'Mai Hà Nội có mưa không?', null],
  ['lookalike', 'Cách nấu phở bò ngon tại nhà', null],
  ['lookalike', 'Số điện thoại cấp cứu của bệnh viện Bạch Mai là gì?', null],
  ['lookalike', 'Công ty mình nộp thuế thu nhập doanh nghiệp quý 4 hạn ngày nào?', null],
  ['lookalike', 'Học sinh lớp 9 thi vào lớp 10 công lập Hà Nội cần bao nhiêu điểm?', null],
  ['lookalike', 'Giá vàng SJC sáng nay mua vào bán ra bao nhiêu?', null],
  ['lookalike', 'How much does a taxi from Noi Bai airport to Hai Ba Trung cost?', null],
  ['lookalike', 'Did Vietnam win the football match last night?', null],
  ['lookalike', 'Làm căn cước cho trẻ em dưới 14 tuổi ở phường cần giấy tờ gì?', null],
  ['lookalike', 'Tết Nguyên đán năm sau được nghỉ mấy ngày?', null],
  ['lookalike', 'Bot dịch giúp mình đoạn văn này sang tiếng Anh được không?', null],
  ['lookalike', 'oke bot', null],
  ['lookalike', 'Xin chào buổi sáng bot', null],
  ['lookalike', 'Kế hoạch tổ chức tiệc tất niên của cơ quan nên có những mục gì?', null],
  ['lookalike', 'Báo cáo tài chính quý 3 của doanh nghiệp nộp cho cơ quan nào?', null],
  ['lookalike', 'Bầu tổ trưởng tổ dân phố nhiệm kỳ mới làm thế nào?', null],
  ['lookalike', 'Tiêu chuẩn xét thi đua khen thưởng cuối năm cho công chức phường là gì?', null],
  ['lookalike', 'Hội nghị khách hàng của công ty điện lực tổ chức ở đâu?', null],
];

export const NEWSET4: NewItem[] = items.map(([kind, q, expect]) => ({ kind, q, expect }));
