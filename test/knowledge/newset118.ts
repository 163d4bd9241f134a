/**
 * The one hundred and eighteenth new evaluation set (issue 11, point 6), written on 2026-12-04 from
 * 21:12 UTC (committed in the commit "Eval: newset118, the one hundred and eighteenth unseen set") by
 * a helper (set118) that never saw the engine. It was written from ../shared/sources/ (the
 * conference article of 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of
 * ../shared/STYLE.md, ../helpers/COMMON.md, and from the pack only what
 * `node /work/helpers/pack-view.mjs` prints: the documents' ids, numbers, dates, titles/abouts,
 * issuers and statuses, the unit types' codes and names, and each topic's id, title and body
 * (config/ itself was not opened, so no sample questions, keywords, synonyms, evidence or off-topic
 * lists were seen). Also read: the header of newset35.ts (the lines before its items) and its last
 * line, the part of newset.ts before its items, newset35.test.ts, set-shape.ts, set-checks.ts and
 * sets.ts. Not read: anything under src/, bench/ or config/, README.md, any other set's or pool's
 * items, and the git history.
 *
 * Personas: the secretary of a cell at a city library branch, a member who is a retired railway
 * engineer, a member who works as a real-estate broker, a Thai exchange student writing in simple
 * English, and a member who asks with typos made on a phone keyboard.
 *
 * Out-of-scope classes written here (expect null): congresses and meetings of other organisations
 * (trade union, youth union, women's and veterans' associations, students' association, Buddhist
 * congress, shareholders' meetings, foreign parties' congresses and conventions); other senses of
 * "đại hội"/"hội nghị" (sports games, readers' and customers' conferences, summits, scientific
 * conferences, apartment owners' meetings, state elections); party business the pack does not
 * cover (dues, membership transfer, admission, yearly grading, lost cards, allowances, anniversary
 * events, travel permission, Central Committee plenums); and the users' own work and daily life
 * mixed with congress words (library services, railway timetables, land prices and titles,
 * pensions, visas, wedding speeches).
 *
 * It was committed without running any of its questions through the engine, the bot or the bench.
 * Each item is [kind, question, expectation], the expectation as in newset.ts: a topic id, 'a+b'
 * for a two-part question, 'doc:id' for a document card first, 'unknown-doc' for a document the
 * pack does not hold, or null for a refusal.
 * No engine change reached main after its writer began (21:12 UTC) but the word prior relearned
 * with newset115 to newset117; its writer saw none of it. It was measured once, at 21:24 UTC on
 * main f8c1b20 (`node --expose-gc dist/bench/qa.js`, load 2.94): qa_new_top1 99.3 %,
 * qa_new_oos_refused 100.0 % (1 in-scope miss, no lookalike answered; qa_p99_us 350.8 in that run,
 * p50 74.7). Its misses were listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // documents by number, at least three spellings each
  [
    'doc',
    'Chỉ thị 35-CT/TW ngày 14/6/2024 còn hiệu lực không, chi bộ thư viện tôi vẫn lưu bản in',
    'doc:ct-35-2024',
  ],
  ['doc', 'ct35 nam 2024 cua bo chinh tri ban hanh ngay nao vay', 'doc:ct-35-2024'],
  ['doc', 'Directive 35 of 2024, my teacher says it is old now, true?', 'doc:ct-35-2024'],
  [
    'doc',
    'Chỉ thị số 35-CT/TW ngày 30/5/2019 là văn bản gì, có dùng cho đợt đại hội vừa rồi không?',
    'doc:ct-35-2019',
  ],
  ['doc', 'chi thi 35 nam 2019 huong toi dai hoi XIII noi gi', 'doc:ct-35-2019'],
  ['doc', 'Directive 35-CT/TW of 30 May 2019 for the 13th Congress, what is it?', 'doc:ct-35-2019'],
  [
    'doc',
    'Kết luận 118-KL/TW mà chi bộ thư viện được phổ biến hồi đầu năm 2025 do cơ quan nào ký?',
    'doc:kl-118-2025',
  ],
  ['doc', 'kl118 sua nhung gi trong chi thi ve dai hoi', 'doc:kl-118-2025'],
  ['doc', 'Conclusion 118 is still in force or not?', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị số 45-CT/TW ra đời ngày nào, tôi nghỉ hưu rồi nên không nắm', 'doc:ct-45-2025'],
  ['doc', 'CT45 thay the nhung van ban nao, toi la ky su duong sat ve huu hoi cho biet', 'doc:ct-45-2025'],
  ['doc', 'what is directive 45-CT/TW about, please explain easy', 'doc:ct-45-2025'],
  ['doc', 'Kết luận 200-KL/TW nói gì về đợt đại hội nhiệm kỳ 2025 - 2030?', 'doc:kl-200-2025'],
  ['doc', 'ket luan so 200 cua bo chinh tri va ban bi thu ngay nao', 'doc:kl-200-2025'],
  ['doc', 'Conclusion No. 200-KL/TW, my Thai friend asks who issued it', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW của Ban Tổ chức Trung ương hướng dẫn về việc gì?', 'doc:hd-27-2024'],
  ['doc', 'hd27 btctw co noi dung chi tiet khong', 'doc:hd-27-2024'],
  ['doc', 'Guidance 27-HD/BTCTW, what date was it signed?', 'doc:hd-27-2024'],
  ['doc', 'Hướng dẫn số 18-HD/BTCTU mà chi bộ thư viện chi nhánh nhận được ra ngày nào?', 'doc:hd-18-2024'],
  ['doc', 'huong dan 18 ban to chuc thanh uy ha noi ve cai gi', 'doc:hd-18-2024'],
  ['doc', 'HD18 of the Hanoi organisation board, what is it?', 'doc:hd-18-2024'],
  [
    'doc',
    'Kế hoạch 258-KH/TU của Thành ủy Hà Nội, bot có toàn văn để tôi in cho chi bộ thư viện không?',
    'doc:kh-258-2024',
  ],
  ['doc', 'kh258 thanh uy ban hanh nam nao', 'doc:kh-258-2024'],
  ['doc', 'Plan 258-KH/TU of the Hanoi Party Committee, status?', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch số 203-KH/QU của Quận ủy Hai Bà Trưng bây giờ còn áp dụng không?', 'doc:kh-203-2024'],
  ['doc', 'ke hoach 203 quan uy hbt ngay bao nhieu', 'doc:kh-203-2024'],
  ['doc', 'plan 203 of Hai Ba Trung district committee, is it still used?', 'doc:kh-203-2024'],
  [
    'doc',
    'Nghị quyết 26-NQ/TW năm 2018 liên quan gì đến việc chọn cấp ủy khóa mới, hỏi cho người làm môi giới như tôi',
    'doc:nq-26-2018',
  ],
  ['doc', 'nq26 khoa XII ban hanh ngay nao vay ban oi', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26-NQ/TW of 2018, who made it?', 'doc:nq-26-2018'],
  ['doc', 'Quy định 89-QĐ/TW về tiêu chuẩn cán bộ giờ còn dùng không?', 'doc:qd-89-2017'],
  ['doc', 'qd89 nam 2017 da bi thay chua', 'doc:qd-89-2017'],
  ['doc', 'Regulation 89 on cadre standards, my professor say replaced, by what?', 'doc:qd-89-2017'],
  [
    'doc',
    'Quy định số 365-QĐ/TW về tiêu chuẩn chức danh cán bộ, ông kỹ sư về hưu như tôi muốn biết ngày ban hành',
    'doc:qd-365-2025',
  ],
  ['doc', 'quy dinh 365 tieu chuan chuc danh can bo thay cho van ban nao', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365-QĐ/TW, in simple words what old rule it replace?', 'doc:qd-365-2025'],
  [
    'doc',
    'Quy định 14-QĐ/TU về tiêu chí đánh giá cán bộ, chi bộ thư viện có phải áp dụng khi giới thiệu nhân sự không?',
    'doc:qd-14-2023',
  ],
  ['doc', 'qd14 thanh uy ha noi con hieu luc ko', 'doc:qd-14-2023'],
  ['doc', 'Regulation 14-QD/TU of Hanoi city, which board made it?', 'doc:qd-14-2023'],
  ['doc', 'Quy định 2656-QĐ/QU của quận cũ giờ bỏ cấp quận rồi còn giá trị gì không?', 'doc:qd-2656-2023'],
  ['doc', 'qd 2656 quan uy hai ba trung ngay nao', 'doc:qd-2656-2023'],
  ['doc', 'Regulation No 2656 of the district standing board, status?', 'doc:qd-2656-2023'],
  ['doc', 'Quy định 1216-QĐ/QU về quy hoạch cán bộ của Quận ủy có còn giá trị?', 'doc:qd-1216-2022'],
  ['doc', 'qđ1216 ban hành năm nào vậy', 'doc:qd-1216-2022'],
  ['doc', 'regulation 1216 cadre planning, which year?', 'doc:qd-1216-2022'],
  [
    'doc',
    'Quy định 294-QĐ/TW thí điểm đại hội chi bộ, chi bộ thư viện áp dụng từ ngày nào?',
    'doc:qd-294-2025',
  ],
  ['doc', 'qd294 thi diem dai hoi chi bo la sao ha ban, go tren dt nen ko dau', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294 pilot, when did it start?', 'doc:qd-294-2025'],
  [
    'doc',
    'Hướng dẫn 26-HD/BTCTW năm 2019 tôi còn giữ trong tủ hồ sơ, có dùng cho đợt vừa rồi được không?',
    'doc:hd-26-2019',
  ],
  ['doc', 'hd26 btctw nam 2019 cua nhiem ky truoc a', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26-HD/BTCTW of October 2019, for which congress term please?', 'doc:hd-26-2019'],

  // documents the pack does not hold
  ['unknown-doc', 'Quy định 24-QĐ/TW về thi hành Điều lệ Đảng quy định gì về đại hội?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 12-HD/TW về nghiệp vụ công tác đảng viên có trong bot không?', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị quyết 57-NQ/TW về chuyển đổi số trong thư viện, bot có nội dung không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kết luận 123-KL/TW ông bạn đường sắt gửi tôi, ban hành ngày nào?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 150-KH/TU của Thành ủy về đại hội có gì mới?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 232-QĐ/TW về bầu cử trong Đảng áp dụng thế nào?', 'unknown-doc'],
  ['unknown-doc', 'hd 06-HD/BTCTU hướng dẫn gì cho chi bộ thư viện', 'unknown-doc'],
  ['unknown-doc', 'Directive 08-CT/TW, what does it say?', 'unknown-doc'],
  ['unknown-doc', 'Conclusion 121-KL/TW about streamlining, can you show?', 'unknown-doc'],
  ['unknown-doc', 'kl137 noi ve sap xep don vi hanh chinh dung ko', 'unknown-doc'],
  ['unknown-doc', 'Quy định 69-QĐ/TW về kỷ luật tổ chức đảng có hiệu lực chưa?', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 50-CT/TW của Ban Bí thư nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 10-KH/ĐU của đảng ủy phường về đại hội chi bộ có không?', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 21-NQ/TW về công tác dân số có trong nguồn của bot?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 09-HD/BTCTW ngày 2/6/2025 hướng dẫn gì?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 142-QĐ/TW về tuổi tái cử có không?', 'unknown-doc'],

  // lookalikes: not the bot's subject
  [
    'lookalike',
    'Đại hội công đoàn cơ sở thư viện quận nhiệm kỳ tới bầu bao nhiêu ủy viên ban chấp hành công đoàn?',
    null,
  ],
  ['lookalike', 'Đại hội Hội Cựu chiến binh phường năm nay tổ chức ở hội trường nào?', null],
  ['lookalike', 'Đại hội Hội Người cao tuổi tổ dân phố cần chuẩn bị phần thưởng gì?', null],
  ['lookalike', 'Hội nghị khách hàng dự án căn hộ cuối tuần này cần mời bao nhiêu người?', null],
  [
    'lookalike',
    'Đại hội đồng cổ đông công ty môi giới bất động sản thông qua báo cáo tài chính thế nào?',
    null,
  ],
  ['lookalike', 'Đại hội Hội hưu trí ngành đường sắt có mời người ngoài ngành không?', null],
  ['lookalike', 'Hội nghị tổng kết năm của Tổng công ty Đường sắt tổ chức ở đâu?', null],
  ['lookalike', 'Thai students association in Hanoi has general meeting, how to join?', null],
  ['lookalike', 'How do I renew my student visa in Hanoi?', null],
  ['lookalike', 'Đại hội thể dục thể thao phường có môn cờ tướng không?', null],
  ['lookalike', 'Đại hội Đoàn thanh niên cơ sở bầu bí thư đoàn thế nào?', null],
  ['lookalike', 'Đại hội Hội Liên hiệp Phụ nữ phường cần hồ sơ nhân sự gì?', null],
  ['lookalike', 'Hội nghị bạn đọc của thư viện nên mời tác giả nào?', null],
  ['lookalike', 'Khách hàng của tôi hỏi hội nghị nhà chung cư lần đầu bầu ban quản trị thế nào', null],
  ['lookalike', 'Đại hội Hội Luật gia quận có bầu đoàn đại biểu không?', null],
  ['lookalike', 'Tôi là kỹ sư đường sắt về hưu, đảng phí mỗi tháng tính theo lương hưu thế nào?', null],
  ['lookalike', 'Thủ tục chuyển sinh hoạt đảng khi tôi chuyển nhà sang phường khác?', null],
  ['lookalike', 'Kết nạp đảng viên mới cho cán bộ thư viện cần những giấy tờ gì?', null],
  ['lookalike', 'Chi bộ thư viện đánh giá xếp loại đảng viên cuối năm nay theo mấy mức?', null],
  ['lookalike', 'Chi bộ sinh hoạt thường kỳ hàng tháng vào ngày mấy là đúng?', null],
  ['lookalike', 'When is the Pheu Thai party general assembly this year?', null],
  [
    'lookalike',
    'Ông bạn Thái hỏi tôi Đại hội Đảng Cộng sản Trung Quốc lần thứ 20 khai mạc ở Bắc Kinh ngày nào',
    null,
  ],
  ['lookalike', 'Đại hội Đảng Nhân dân Cách mạng Lào gần đây bầu ai làm Tổng Bí thư?', null],
  ['lookalike', 'Hội nghị Trung ương lần thứ mười một bàn những nội dung gì?', null],
  ['lookalike', 'Ngày bầu cử đại biểu Quốc hội khóa XVI tôi đi bầu ở điểm nào của phường mới?', null],
  ['lookalike', 'Bầu tổ trưởng tổ dân phố mới cần bao nhiêu hộ đồng ý?', null],
  ['lookalike', 'Đại hội cổ đông thường niên của Vinhomes năm nay chia cổ tức bao nhiêu?', null],
  ['lookalike', 'Hội nghị xúc tiến đầu tư bất động sản phía nam Hà Nội tổ chức khi nào?', null],
  ['lookalike', 'Giá đất phường Bạch Mai sau khi sáp nhập phường tăng hay giảm?', null],
  ['lookalike', 'Bỏ cấp huyện rồi thì sổ đỏ cho khách tôi ký ở đâu?', null],
  ['lookalike', 'Tàu hỏa Hà Nội đi Hải Phòng buổi sáng mấy giờ chạy?', null],
  ['lookalike', 'Đường sắt tốc độ cao Bắc Nam khởi công khi nào?', null],
  ['lookalike', 'Lương hưu của kỹ sư đường sắt nghỉ hưu có được tăng từ tháng 7 không?', null],
  ['lookalike', 'Làm thẻ thư viện cho thiếu nhi cần ảnh cỡ mấy?', null],
  ['lookalike', 'Thư viện phường có mở cửa Chủ nhật không?', null],
  ['lookalike', 'Nhà văn hóa tổ dân phố có cho thuê tổ chức tiệc cưới không?', null],
  ['lookalike', 'Quy trình bầu ban chấp hành công đoàn cơ quan gồm mấy bước?', null],
  ['lookalike', 'Hội nghị cán bộ, công chức, viên chức thư viện đầu năm cần những báo cáo gì?', null],
  ['lookalike', 'Đại hội chi đoàn thư viện có cần bí thư chi bộ dự không?', null],
  ['lookalike', 'Vietnam Students Association congress, can foreign students vote?', null],
  ['lookalike', 'Đại hội đại biểu Hội Nông dân tỉnh nhiệm kỳ mới họp mấy ngày?', null],
  ['lookalike', 'ASEAN summit in Thailand, which Vietnamese leader come?', null],
  ['lookalike', 'SEA Games is a sports đại hội, which country host next time?', null],
  ['lookalike', 'Hội nghị khoa học về an toàn chạy tàu năm nay nhận bài đến bao giờ?', null],
  ['lookalike', 'Giúp tôi viết bài phát biểu trong đám cưới cháu gái', null],
  ['lookalike', 'Môi giới bất động sản có cần chứng chỉ hành nghề không?', null],
  ['lookalike', 'Đại hội đồng cổ đông bất thường cần bao nhiêu phần trăm cổ phần triệu tập?', null],
  ['lookalike', 'Cho tôi mẫu bản kiểm điểm cá nhân đảng viên làm môi giới nhà đất cuối năm', null],
  ['lookalike', 'Điều kiện kết nạp lại đảng viên đã bị xóa tên là gì?', null],
  ['lookalike', 'Tôi đánh rơi thẻ đảng viên trên tàu hỏa, làm lại ở đâu?', null],
  ['lookalike', 'Phụ cấp bí thư chi bộ ở phường bây giờ là bao nhiêu?', null],
  ['lookalike', 'Đại hội Phật giáo Việt Nam nhiệm kỳ mới tổ chức ở chùa nào?', null],
  ['lookalike', 'Ngày thành lập Đảng 3/2 năm nay chi bộ nên tổ chức hoạt động gì?', null],
  ['lookalike', 'Đảng viên đi du lịch Thái Lan có phải xin phép chi bộ không?', null],
  ['lookalike', 'Tuổi nghỉ hưu của nam giới năm 2026 là bao nhiêu?', null],
  ['lookalike', 'Where is the Democratic National Convention in the USA next time?', null],
  ['lookalike', 'Hội chợ sách mùa thu của thư viện thành phố mở mấy ngày?', null],
  ['lookalike', 'Khách thuê văn phòng hỏi phòng họp đủ chỗ cho hội nghị 100 người không?', null],

  // in-scope questions with off-topic words inside
  [
    'offword',
    'Hôm nay mưa quá, thư viện vắng khách, nhân tiện cho hỏi đại hội chi bộ gồm mấy nội dung?',
    'noi-dung',
  ],
  [
    'offword',
    'Tôi vừa chốt xong một căn hộ ở Minh Khai, giờ mới rảnh hỏi: báo cáo chính trị trình đại hội phải đánh giá ra sao?',
    'van-kien',
  ],
  [
    'offword',
    'Hồi còn làm ở depot Giáp Bát tôi dự nhiều đại hội; bây giờ cấp ủy phải lập những tổ nào để phục vụ đại hội?',
    'chuan-bi',
  ],
  [
    'offword',
    'Ngồi chờ con học thêm, muốn biết đại hội phải chống lãng phí, không phô trương hình thức thế nào',
    'nguyen-tac',
  ],
  [
    'offword',
    'Uống xong cốc cà phê sáng, cho tôi hỏi đại hội điểm của chi bộ trực thuộc làm trong tháng nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Sáng nay khách hủy hợp đồng đặt cọc, buồn quá; nhân sự cấp ủy khóa mới phải theo tiêu chuẩn nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Trời trở lạnh, đầu gối đau, nhưng vẫn muốn biết Đại hội XIV của Đảng họp từ ngày nào đến ngày nào',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'I like pho and bun cha very much. Party congresses 2025-2030, all finished already?',
    'ket-qua',
  ],
  ['offword', 'Đang kiểm kê sách cuối năm, xin hỏi chi bộ bây giờ mấy năm đại hội một lần?', 'chi-bo-5-nam'],
  ['offword', 'Khách mua nhà cứ hỏi quận cũ; cấp quận, cấp huyện bỏ từ ngày nào vậy?', 'chinh-quyen-2-cap'],
  [
    'offword',
    'Tàu SE1 chậm hai tiếng nên tôi nhắn hỏi: từ hội nghị quán triệt tháng 10/2024 đến nay văn bản đại hội thay đổi gì?',
    'thay-doi',
  ],
  [
    'offword',
    'Mới đi họp phụ huynh về, cho hỏi chỉ thị năm 2024 về đại hội đảng bộ các cấp có mấy phụ lục?',
    'chi-thi-35',
  ],

  // two-part questions
  [
    'two-part',
    'Đại hội chi bộ thư viện có mấy nội dung, và văn kiện trình đại hội gồm những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ trực thuộc đại hội lúc nào, còn đại hội điểm thì tổ chức khi nào?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Đại hội XIV của Đảng họp những ngày nào, và đại hội cơ sở cả nước nhiệm kỳ 2025-2030 có thành công không?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Cấp huyện bỏ từ bao giờ, và Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII theo kế hoạch nào?',
    'chinh-quyen-2-cap+dai-hoi-quan',
  ],
  [
    'two-part',
    'Chi bộ thư viện chuẩn bị đại hội cần làm những việc gì, và khi tổ chức phải giữ nguyên tắc nào?',
    'chuan-bi+nguyen-tac',
  ],
  [
    'two-part',
    'Chi bộ bây giờ 5 năm đại hội mấy lần, và đại hội chi bộ gồm những nội dung gì?',
    'chi-bo-5-nam+noi-dung',
  ],
  [
    'two-part',
    'Chỉ thị năm 2024 về đại hội gồm mấy phần, và bot dựa vào những văn bản nào?',
    'chi-thi-35+tai-lieu',
  ],
  [
    'two-part',
    'What are the four items of a congress, and how to choose people for the new committee?',
    'noi-dung+nhan-su',
  ],
  [
    'two-part',
    'bao cao kiem diem cap uy viet the nao, va dai hoi phai bao dam nguyen tac gi',
    'van-kien+nguyen-tac',
  ],
  [
    'two-part',
    'Từ sau hội nghị quán triệt có gì thay đổi, và Đại hội XIV đã diễn ra chưa?',
    'thay-doi+dai-hoi-xiv',
  ],
  [
    'two-part',
    'Cho tôi danh sách văn bản về đại hội và thời gian đại hội của chi bộ cơ sở',
    'tai-lieu+lich-trinh',
  ],
  [
    'two-part',
    'Đại hội đảng bộ cơ sở bầu những gì, và thời hạn hoàn thành là khi nào?',
    'noi-dung+lich-trinh',
  ],

  // unit types
  ['unit', 'Chi bộ trực thuộc đảng ủy cơ sở phải hoàn thành đại hội trong tháng mấy năm 2025?', 'lich-trinh'],
  ['unit', 'Chi bộ cơ sở của thư viện chúng tôi phải đại hội xong trước ngày nào?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở tổ chức đại hội đại biểu sau khi các chi bộ trực thuộc xong, hạn chót là bao giờ?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở thư viện có phải bầu đoàn đại biểu đi dự đại hội cấp trên không?', 'noi-dung'],
  ['unit', 'Đảng bộ cơ sở cần thành lập những tổ nào phục vụ đại hội?', 'chuan-bi'],
  [
    'unit',
    'Đảng bộ cơ sở của ngành đường sắt thì chọn mấy chi bộ trực thuộc làm đại hội điểm?',
    'dai-hoi-diem',
  ],
  ['unit', 'chi bo truc thuoc dang uy co so co phai dai hoi 5 nam 1 lan khong', 'chi-bo-5-nam'],
  ['unit', 'A grassroots party cell, when was the deadline for its congress?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ khối hành chính sự nghiệp nào được Ban Thường vụ chọn làm đại hội điểm, vào lúc nào?',
    'dai-hoi-diem',
  ],

  // typos and abbreviations from a phone keyboard
  ['typo', 'dai hoi chi bo gom nhung noi dng gi a', 'noi-dung'],
  ['typo', 'bao cao chinh trị cua chi bo phải đánh gia nhu the nao vay ak', 'van-kien'],
  ['typo', 'ĐH CB nk 2025-2030 bầu nhũng gì ạ', 'noi-dung'],
  ['typo', 'nguyen tac tap trung dan chu khi to chuc dh la gj', 'nguyen-tac'],
  ['typo', 'thoi gian dh cbcs la khi nao ha ad', 'lich-trinh'],
  ['typo', 'dai hôi diem to chuc thang may vay', 'dai-hoi-diem'],
  ['typo', 'chi bo thu vien gioi thieu nhân sư cấp ủy khoá mơi dua vao tieu chuan nao', 'nhan-su'],
  ['typo', 'dh xiv cua dang hop ngay nao z', 'dai-hoi-xiv'],
  ['typo', 'bo cap huyen tư khi nao vay ad', 'chinh-quyen-2-cap'],
  ['typo', 'kq dai hoi cac cap nk 2025 2030 the nao roi', 'ket-qua'],
  ['typo', 'chuan bi dh can lam nhung viec gi truoc a', 'chuan-bi'],
  ['typo', 'tổ văn kiên tổ nhân sư có phải lập ko', 'chuan-bi'],
  ['typo', 'chi thi ve dh nam 2024 co may yeu cau vay', 'chi-thi-35'],

  // English, simple
  ['en', 'What does a party cell congress do? Four things?', 'noi-dung'],
  ['en', 'When was the 14th Party Congress of Vietnam held?', 'dai-hoi-xiv'],
  ['en', 'In Vietnam, the party congresses for 2025-2030 are all finished now or still going?', 'ket-qua'],
  ['en', 'Vietnam has no more district level? From when?', 'chinh-quyen-2-cap'],
  ['en', 'What reports does the committee give to the congress?', 'van-kien'],
  ['en', 'What is a pilot congress and when it happen?', 'dai-hoi-diem'],
  ['en', 'How often party cell have congress now?', 'chi-bo-5-nam'],
  ['en', 'Which rules are used for choosing the new committee members?', 'nhan-su'],
  ['en', 'What changed after the October 2024 meeting about congresses?', 'thay-doi'],
  ['en', 'What must a congress avoid, like waste and show?', 'nguyen-tac'],
  ['en', 'List of documents the bot use for congress please', 'tai-lieu'],
  ['en', 'Hai Ba Trung district 27th congress, which plan organised it?', 'dai-hoi-quan'],
  ['en', 'What is inside the 2024 directive on congresses, how many parts?', 'chi-thi-35'],

  // facts from the sources
  ['fact', 'Trong văn kiện đại hội, báo cáo nào là báo cáo trung tâm có vai trò định hướng?', 'van-kien'],
  ['fact', 'Báo cáo kiểm điểm của cấp ủy phải có tính chiến đấu như thế nào?', 'van-kien'],
  ['fact', 'Hội nghị quán triệt văn bản về đại hội tổ chức trực tiếp hay trực tuyến?', 'chuan-bi'],
  ['fact', 'Ai là người chọn đảng bộ phường để làm đại hội điểm đầu quý I/2025?', 'dai-hoi-diem'],
  ['fact', 'Chi bộ thư viện có cần rà soát, bổ sung quy hoạch cán bộ cho nhân sự đại hội không?', 'nhan-su'],
  ['fact', 'Trước khi có thí điểm, Điều lệ Đảng cho chi bộ đại hội mấy lần trong mỗi 5 năm?', 'chi-bo-5-nam'],
  ['fact', 'Từ 1/7/2025 Hà Nội có mấy đảng bộ quận, huyện, thị xã dừng hoạt động?', 'chinh-quyen-2-cap'],
  ['fact', 'Chỉ thị về đại hội đảng bộ các cấp năm 2024 đặt ra bao nhiêu yêu cầu?', 'chi-thi-35'],
  ['fact', 'Đại hội đại biểu toàn quốc lần thứ XIV của Đảng bế mạc vào hôm nào?', 'dai-hoi-xiv'],
  [
    'fact',
    'Đại hội Đảng bộ quận Hai Bà Trưng khóa XXVII được chuẩn bị theo kế hoạch nào của Quận ủy?',
    'dai-hoi-quan',
  ],
  [
    'fact',
    'Theo kết luận của Bộ Chính trị và Ban Bí thư tháng 10/2025, đại hội các cấp có đúng kế hoạch không?',
    'ket-qua',
  ],
  ['fact', 'Người đứng đầu cấp ủy có trách nhiệm gì khi tổ chức đại hội?', 'nguyen-tac'],
  ['fact', 'Bot này trả lời chuyện đại hội dựa vào những văn bản nào, liệt kê giúp tôi', 'tai-lieu'],
  ['fact', 'Sau đại hội, cấp ủy được yêu cầu kiện toàn những chức danh nào?', 'ket-qua'],
  ['fact', 'Đại hội chi bộ góp ý vào dự thảo văn kiện của những cấp nào?', 'noi-dung'],
  ['fact', 'Đại hội chi bộ cơ sở bắt đầu được thực hiện từ tháng mấy?', 'lich-trinh'],
];

export const NEWSET118: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
