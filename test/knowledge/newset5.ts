/**
 * The fifth new evaluation set (issue 11, point 6), written on 2026-12-02 between 12:07 and 12:12
 * UTC by a helper that had not seen the engine: from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), the ids of the pack's documents, topics and unit types and what each
 * is about (config/dh-2025-2030.yaml, not its sample questions, keywords, synonyms or phrase
 * lists), with new phrasing (no item of the older sets).
 *
 * It was committed BEFORE the next engine change, without running any of its questions through
 * the engine, the bot or the bench; only its shape test (newset5.test.ts) ran. It was measured once
 * after that change, at 14:19 UTC on 2026-12-02 on main 61b17cd (`node --expose-gc
 * dist/bench/qa.js`, load 1.3): qa_new_top1 92.4 %, qa_new_oos_refused 100.0 % (10 misses, all in
 * scope). It has been a development set since.
 * Do not edit an item after its commit, except to fix an expectation that is factually wrong
 * (against the sources), in its own commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). Questions whose right answer the sources leave open were left out, not guessed.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Every pack document asked by its number in three spellings, about the document itself.
  ['doc', 'Văn bản 35-CT/TW ký ngày 14/6/2024 hiện có còn giá trị không ạ?', 'doc:ct-35-2024'],
  ['doc', 'chi thi 35 nam 2024 noi ve viec gi the', 'doc:ct-35-2024'],
  ['doc', 'What is the 2024 Directive No 35 about?', 'doc:ct-35-2024'],
  ['doc', 'Bản 35-CT/TW năm 2019 bị thay bằng văn bản nào rồi?', 'doc:ct-35-2019'],
  ['doc', 'chỉ thị 35 cũ năm 2019 ai ký vậy', 'doc:ct-35-2019'],
  ['doc', 'Directive 35 from May 2019: what term was it for?', 'doc:ct-35-2019'],
  ['doc', 'Văn bản 118-KL/TW ra ngày bao nhiêu?', 'doc:kl-118-2025'],
  ['doc', 'kết luận 118 của Bộ Chính trị nói về chuyện gì', 'doc:kl-118-2025'],
  ['doc', 'kl118 con hieu luc ko', 'doc:kl-118-2025'],
  ['doc', '45-CT/TW ngày 14/4/2025 có nội dung gì?', 'doc:ct-45-2025'],
  ['doc', 'chi thi 45 ai ban hanh', 'doc:ct-45-2025'],
  ['doc', 'Is Directive No. 45 of April 2025 still valid?', 'doc:ct-45-2025'],
  ['doc', '200-KL/TW có thay thế văn bản nào không?', 'doc:kl-200-2025'],
  ['doc', 'ket luan 200 ngay bao nhieu', 'doc:kl-200-2025'],
  ['doc', 'Who signed Conclusion 200?', 'doc:kl-200-2025'],
  ['doc', 'Văn bản 27-HD/BTCTW hiện còn áp dụng không?', 'doc:hd-27-2024'],
  ['doc', 'huong dan 27 ra ngay nao', 'doc:hd-27-2024'],
  ['doc', 'hd27 btctw noi ve gi', 'doc:hd-27-2024'],
  ['doc', 'Văn bản 18-HD/BTCTU hướng dẫn nội dung gì?', 'doc:hd-18-2024'],
  ['doc', 'hướng dẫn 18 của thành ủy ký ngày mấy', 'doc:hd-18-2024'],
  ['doc', 'hd18 còn đúng không', 'doc:hd-18-2024'],
  ['doc', 'Văn bản 258-KH/TU có bị sửa đổi gì chưa?', 'doc:kh-258-2024'],
  ['doc', 'ke hoach 258 cua thanh uy noi gi', 'doc:kh-258-2024'],
  ['doc', 'Which body issued Plan No. 258?', 'doc:kh-258-2024'],
  ['doc', 'Văn bản 203-KH/QU nói về việc gì?', 'doc:kh-203-2024'],
  ['doc', 'kế hoạch 203 quận ủy ai ký', 'doc:kh-203-2024'],
  ['doc', 'kh203 con hieu luc khong', 'doc:kh-203-2024'],
  ['doc', 'Văn bản 26-NQ/TW còn hiệu lực không?', 'doc:nq-26-2018'],
  ['doc', 'nghị quyết 26 năm 2018 nói về gì vậy', 'doc:nq-26-2018'],
  ['doc', 'What is Resolution No. 26 about?', 'doc:nq-26-2018'],
  ['doc', 'Văn bản 89-QĐ/TW đã được thay bằng quy định nào?', 'doc:qd-89-2017'],
  ['doc', 'quy dinh 89 nam 2017 ve gi', 'doc:qd-89-2017'],
  ['doc', 'Regulation 89 of 2017: is it still in force?', 'doc:qd-89-2017'],
  ['doc', 'Văn bản 365-QĐ/TW ký ngày nào?', 'doc:qd-365-2025'],
  ['doc', 'quy định 365 nói về tiêu chuẩn gì', 'doc:qd-365-2025'],
  ['doc', 'qd365 ai ban hanh', 'doc:qd-365-2025'],
  ['doc', 'Văn bản 14-QĐ/TU của Thành ủy về nội dung gì?', 'doc:qd-14-2023'],
  ['doc', 'quy dinh 14 thanh uy ngay may', 'doc:qd-14-2023'],
  ['doc', 'Who issued Regulation 14 of November 2023?', 'doc:qd-14-2023'],
  ['doc', 'Văn bản 2656-QĐ/QU còn dùng không?', 'doc:qd-2656-2023'],
  ['doc', 'quyết định 2656 quận ủy ra hồi nào', 'doc:qd-2656-2023'],
  ['doc', 'qd2656 noi ve gi', 'doc:qd-2656-2023'],
  ['doc', 'Văn bản 1216-QĐ/QU về vấn đề gì?', 'doc:qd-1216-2022'],
  ['doc', 'quy dinh 1216 ngay bao nhieu', 'doc:qd-1216-2022'],
  ['doc', 'District regulation 1216: what is it about?', 'doc:qd-1216-2022'],
  ['doc', 'Văn bản 294-QĐ/TW ngày 26/5/2025 quy định gì?', 'doc:qd-294-2025'],
  ['doc', 'quy định 294 còn hiệu lực chứ', 'doc:qd-294-2025'],
  ['doc', 'qd294 ai ky', 'doc:qd-294-2025'],
  ['doc', 'Văn bản 26-HD/BTCTW năm 2019 bot có dùng không?', 'doc:hd-26-2019'],
  ['doc', 'huong dan 26 nam 2019 cua ai', 'doc:hd-26-2019'],
  ['doc', 'Guidance No. 26 of October 2019: which directive did it guide?', 'doc:hd-26-2019'],

  // Documents the pack does not hold.
  ['unknown-doc', 'Chỉ thị 52-CT/TW nói về việc gì?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 137-KL/TW ban hành ngày nào?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 31-HD/BTCTW còn hiệu lực không?', 'unknown-doc'],
  ['unknown-doc', 'kh 412 tu ngay nao', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 57-NQ/TW có liên quan đại hội không?', 'unknown-doc'],
  ['unknown-doc', 'quy dinh 132 qd tw noi gi', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 177-KH/QU của quận ủy ra ngày mấy?', 'unknown-doc'],
  ['unknown-doc', 'What does Directive 61-CT/TW say?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 09-HD/BTCTU nói về nhân sự phải không?', 'unknown-doc'],
  ['unknown-doc', 'Quyết định 3170-QĐ/QU ký ngày nào?', 'unknown-doc'],
  ['unknown-doc', 'Thông báo 240-TB/TW có gì mới?', 'unknown-doc'],
  ['unknown-doc', 'Is Conclusion 121-KL/TW still in force?', 'unknown-doc'],
  ['unknown-doc', 'nq 19 tw nam 2017 ve gi', 'unknown-doc'],

  // In scope, with an often off-topic word.
  ['offword', 'Chi bộ hội cựu chiến binh phường chuẩn bị đại hội cần lập các tổ giúp việc nào?', 'chuan-bi'],
  ['offword', 'Chi bộ có nhiều đảng viên thanh niên thì đại hội chi bộ gồm mấy nội dung?', 'noi-dung'],
  [
    'offword',
    'Bí thư chi bộ là cán bộ hội phụ nữ hỏi: báo cáo chính trị và báo cáo kiểm điểm khác nhau thế nào?',
    'van-kien',
  ],
  [
    'offword',
    'Chi bộ trường trung học, học sinh đang thi, đại hội chi bộ trực thuộc phải làm trong khoảng thời gian nào?',
    'lich-trinh',
  ],
  ['offword', 'Gõ trên điện thoại nên hơi vội: đại hội điểm của quận là chi bộ nào?', 'dai-hoi-diem'],
  [
    'offword',
    'How much should a cell spend on its congress, does the guidance say to avoid waste?',
    'nguyen-tac',
  ],
  ['offword', 'Does holding the congress cost a lot of formality, what are the principles?', 'nguyen-tac'],
  [
    'offword',
    'Xem xong trận bóng rồi hỏi tiếp: Đại hội Đảng bộ quận lần thứ XXVII tổ chức khi nào?',
    'dai-hoi-quan',
  ],
  ['offword', 'Vừa nấu cơm vừa hỏi: Đại hội XIV của Đảng diễn ra năm nào?', 'dai-hoi-xiv'],
  ['offword', 'Chi bộ công ty cổ phần chọn nhân sự cấp ủy khóa mới theo tiêu chuẩn nào?', 'nhan-su'],
  [
    'offword',
    'Đảng bộ bệnh viện quận là đảng bộ cơ sở, đại hội đảng bộ cơ sở xong trước tháng mấy?',
    'lich-trinh',
  ],
  ['offword', 'Chi bộ trường học có được thí điểm đại hội chi bộ 5 năm một lần không?', 'chi-bo-5-nam'],
  [
    'offword',
    'Chi bộ hội cựu chiến binh muốn biết sau khi bỏ cấp huyện thì đảng bộ phường thay đổi gì',
    'chinh-quyen-2-cap',
  ],
  ['offword', 'Thanh niên mới vào đảng hỏi: đại hội đảng bộ các cấp nhiệm kỳ này kết quả ra sao?', 'ket-qua'],

  // Two-part questions, two topics.
  ['two-part', 'Đại hội gồm những nội dung gì và phải chuẩn bị những tổ giúp việc nào?', 'noi-dung+chuan-bi'],
  ['two-part', 'Cho hỏi lịch đại hội chi bộ và cách chọn nhân sự cấp ủy khóa mới', 'lich-trinh+nhan-su'],
  [
    'two-part',
    'Đại hội điểm ở đâu, còn Đại hội Đảng bộ quận lần thứ XXVII thì khi nào?',
    'dai-hoi-diem+dai-hoi-quan',
  ],
  [
    'two-part',
    'Chỉ thị 35 năm 2024 gồm những gì, từ sau hội nghị 23/10/2024 có gì thay đổi?',
    'chi-thi-35+thay-doi',
  ],
  [
    'two-part',
    'Hai báo cáo trình đại hội là gì và nguyên tắc tổ chức đại hội ra sao?',
    'van-kien+nguyen-tac',
  ],
  ['two-part', 'What are the two reports, and when is the 14th National Congress?', 'van-kien+dai-hoi-xiv'],
  [
    'two-part',
    'chính quyền 2 cấp là sao và thí điểm đại hội chi bộ 5 năm một lần thế nào',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  ['two-part', 'Có những văn bản nào về đại hội, và kết quả đại hội các cấp thế nào?', 'tai-lieu+ket-qua'],
  ['two-part', 'Nhân sự cấp ủy chọn thế nào, báo cáo chính trị viết sao?', 'nhan-su+van-kien'],
  ['two-part', 'Pilot congresses and the principles for holding one?', 'dai-hoi-diem+nguyen-tac'],

  // Conversational, naming a unit type.
  ['unit', 'Em là bí thư chi bộ trực thuộc đảng ủy phường, bao giờ chi bộ em đại hội ạ?', 'lich-trinh'],
  ['unit', 'Chi bộ cơ sở bọn mình cần chuẩn bị gì cho đại hội hả ad', 'chuan-bi'],
  ['unit', 'Đảng bộ cơ sở của tôi đại hội thì trình mấy báo cáo?', 'van-kien'],
  ['unit', 'Mình ở CBTT, đại hội có mấy nội dung chính vậy', 'noi-dung'],
  ['unit', 'ĐBCS bầu cấp ủy khóa mới thì chuẩn bị nhân sự ra sao?', 'nhan-su'],
  ['unit', 'CBCS tụi em đại hội tháng nào thì kịp?', 'lich-trinh'],
  ['unit', 'I run a grassroots cell, what must our congress cover?', 'noi-dung'],
  ['unit', 'Our grassroots party committee: when must its congress be done?', 'lich-trinh'],

  // Typos, missing diacritics, abbreviations.
  ['typo', 'dai hoi chi bo co nhung noi dung nao ha', 'noi-dung'],
  ['typo', 'bao cao chinh tri voi bao cao kiem diem la gi', 'van-kien'],
  ['typo', 'chuan bi dai hoi can thanh lap to gi', 'chuan-bi'],
  ['typo', 'nhan su cap uy khoa moi chon the nao', 'nhan-su'],
  ['typo', 'dai hoi diem o quan la chi bo nao', 'dai-hoi-diem'],
  ['typo', 'đại hôi đảng bộ quạn lần thư XXVII khi nào họp', 'dai-hoi-quan'],
  ['typo', 'chinh quyen hai cap la gi', 'chinh-quyen-2-cap'],
  ['typo', 'dai hoi xiv cua dang khi nao', 'dai-hoi-xiv'],
  ['typo', 'nhug thay doi sau hoi nghi 23/10', 'thay-doi'],
  ['typo', 'ĐH chi bộ 5 năm 1 lần thí điểm ntn', 'chi-bo-5-nam'],
  ['typo', 'nguyen tac to chuc dai hoi la j', 'nguyen-tac'],
  ['typo', 'ket qua dh cac cap nk 2025-2030', 'ket-qua'],
  ['typo', 'cac van ban ve dai hoi nhiem ky 2025 2030', 'tai-lieu'],
  ['typo', 'lich dai hoi tung loai to chuc dang', 'lich-trinh'],

  // English.
  ['en', 'What are the four parts of a party congress?', 'noi-dung'],
  ['en', 'How do we prepare our congress?', 'chuan-bi'],
  ['en', 'What principles apply when holding the congress?', 'nguyen-tac'],
  ['en', 'Which cells were picked for the pilot congresses?', 'dai-hoi-diem'],
  ['en', 'How is the new committee chosen?', 'nhan-su'],
  ['en', 'When is the district party congress, the 27th one?', 'dai-hoi-quan'],
  ['en', 'What does the 2024 directive on congresses contain?', 'chi-thi-35'],
  ['en', 'What changed after the October 2024 conference?', 'thay-doi'],
  ['en', 'What is two-level local government?', 'chinh-quyen-2-cap'],
  ['en', 'Party cells holding a congress once every five years: how does the pilot work?', 'chi-bo-5-nam'],
  ['en', 'Which documents govern the 2025-2030 congresses?', 'tai-lieu'],
  ['en', 'How did the 2025-2030 congresses at every level end up?', 'ket-qua'],

  // Facts the sources settle.
  ['fact', 'Đại hội chi bộ trực thuộc diễn ra trước hay sau đại hội đảng bộ cơ sở?', 'lich-trinh'],
  ['fact', 'Hai văn kiện trình đại hội chi bộ gồm những gì?', 'van-kien'],
  ['fact', 'Tổ nhân sự, tổ văn kiện, tổ tổ chức phục vụ đại hội làm việc gì?', 'chuan-bi'],
  ['fact', 'Đại hội phải tránh phô trương, lãng phí như thế nào?', 'nguyen-tac'],
  ['fact', 'Bầu đoàn đại biểu đi dự đại hội cấp trên là nội dung thứ mấy của đại hội?', 'noi-dung'],
  ['fact', 'Rà soát quy hoạch cán bộ trước khi giới thiệu nhân sự cấp ủy ra sao?', 'nhan-su'],
  ['fact', 'Đại hội đại biểu toàn quốc lần thứ XIV họp ở đâu, bao giờ?', 'dai-hoi-xiv'],
  ['fact', 'Sau khi sắp xếp đơn vị hành chính, đảng bộ quận còn không?', 'chinh-quyen-2-cap'],
  ['fact', 'Bộ Chính trị cho chi bộ đại hội 5 năm một lần ở đâu thí điểm?', 'chi-bo-5-nam'],

  // Out of scope: lookalikes and chit-chat.
  ['lookalike', 'Đại hội Đoàn thanh niên phường nhiệm kỳ 2027 tổ chức khi nào?', null],
  ['lookalike', 'Đại hội công đoàn cơ sở cần chuẩn bị những gì?', null],
  ['lookalike', 'Đại hội hội phụ nữ phường mình bầu mấy ủy viên ban chấp hành vậy?', null],
  ['lookalike', 'Đại hội đồng cổ đông thường niên phải họp trước tháng mấy?', null],
  ['lookalike', 'Đại hội hội nông dân xã năm nay ai chủ trì?', null],
  ['lookalike', 'Đại hội thể thao toàn quốc lần tới tổ chức ở tỉnh nào?', null],
  ['lookalike', 'Đại hội cựu học sinh khóa 2005 tổ chức ở nhà hàng nào?', null],
  ['lookalike', 'Đại hội Hội Cựu chiến binh quận bầu chủ tịch thế nào?', null],
  ['lookalike', 'Annual shareholders meeting: what is the quorum?', null],
  ['lookalike', 'When is the trade union congress of the company?', null],
  ['lookalike', 'Báo cáo thuế thu nhập cá nhân nộp hạn cuối ngày nào?', null],
  ['lookalike', 'Hạn nộp hồ sơ xét tuyển đại học năm nay là khi nào?', null],
  ['lookalike', 'Phòng nhân sự công ty tuyển kế toán cần bằng cấp gì?', null],
  ['lookalike', 'Báo cáo thực tập tốt nghiệp viết mấy chương?', null],
  ['lookalike', 'Hạn nộp học phí học kỳ hai là ngày bao nhiêu?', null],
  ['lookalike', 'Nhân sự bóng đá đội tuyển năm nay có ai mới?', null],
  ['lookalike', 'Báo cáo kết quả kinh doanh quý 2 của công ty ra sao?', null],
  ['lookalike', 'Kỷ luật đảng viên vi phạm thì có những hình thức nào?', null],
  ['lookalike', 'Đảng phí hằng tháng đóng bao nhiêu phần trăm lương?', null],
  ['lookalike', 'Hồ sơ kết nạp đảng cho một quần chúng ưu tú cần giấy tờ gì ạ?', null],
  ['lookalike', 'Xếp loại đảng viên cuối năm theo mấy mức?', null],
  ['lookalike', 'Chuyển sinh hoạt đảng từ quận này sang tỉnh khác làm thủ tục gì?', null],
  ['lookalike', 'Đảng viên dự bị phải chờ bao lâu mới thành chính thức vậy ad?', null],
  ['lookalike', 'How do I transfer my party membership to another city?', null],
  ['lookalike', 'What are the party membership fees?', null],
  ['lookalike', 'quận Hai Bà Trưng nhé', null],
  ['lookalike', 'thủ đô Hà Nội', null],
  ['lookalike', 'phường Bạch Mai ạ', null],
  ['lookalike', 'Quận Hoàn Kiếm có những phường nào?', null],
  ['lookalike', 'Bệnh viện Bạch Mai khám ngoài giờ đến mấy giờ?', null],
  ['lookalike', 'Điện thoại nào pin trâu giá dưới 5 triệu?', null],
  ['lookalike', 'Nấu phở bò cần những gia vị gì?', null],
  ['lookalike', 'Sáng mai Hà Nội mưa to không bot?', null],
  ['lookalike', 'Trận Việt Nam gặp Thái Lan mấy giờ đá?', null],
  ['lookalike', 'How much is a bowl of pho in Hanoi?', null],
  ['lookalike', 'Trường học nào gần phường Lê Đại Hành tốt?', null],
  ['lookalike', 'cảm ơn bot nhé', null],
  ['lookalike', 'bot ơi kể chuyện cười đi', null],
  ['lookalike', 'hello, are you a human?', null],
  ['lookalike', 'Bot tên là gì vậy?', null],
  ['lookalike', 'chúc ngủ ngon', null],
  ['lookalike', 'Giá vàng SJC hôm nay mấy triệu một chỉ?', null],
  ['lookalike', 'Đăng ký xe máy mới ở đâu?', null],
  ['lookalike', 'Đại hội cổ đông công ty điện lực có chia cổ tức không?', null],
  ['lookalike', 'Công đoàn cơ sở bầu ban chấp hành mấy người?', null],
];

export const NEWSET5: NewItem[] = items.map(([kind, q, expect]) => ({ kind, q, expect }));
