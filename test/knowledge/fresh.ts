import type { Kind, QaItem } from './questions.js';

/**
 * A second, fresh held-out set, written from ../shared/sources/ (the conference article and
 * FACTS.md) before the engine code or any per-item result of heldout.ts was read, and committed
 * before any engine change. Once heldout.ts became the development set for improving the engine,
 * this set is the one that measures generalisation: nobody looks at its per-item results while
 * tuning, and its phrasings must never be copied into the pack. test/knowledge/fresh.test.ts
 * checks that no item repeats questions.ts, heldout.ts or the pack's sample questions word for
 * word after diacritic folding.
 */
const items: Array<[Kind, string, string | null]> = [
  // noi-dung: the four contents
  ['vi', 'Tại đại hội đảng bộ, đảng viên phải làm những việc gì?', 'noi-dung'],
  ['vi', 'Đại hội có thảo luận dự thảo văn kiện Đại hội XIV không?', 'noi-dung'],
  ['plain', 'dai hoi co phai gop y vao van kien cap tren khong', 'noi-dung'],
  ['plain', 'bon noi dung cua dai hoi dang bo la nhung gi', 'noi-dung'],
  ['abbr', 'ĐH ĐB có bầu BCH và đoàn ĐB đi dự ĐH cấp trên ko', 'noi-dung'],
  ['abbr', 'nd chinh cua DH CB nk 2025-2030', 'noi-dung'],
  ['typo', 'đại hội phải tổng kết nghị quyêt nhiệm kì cũ không', 'noi-dung'],
  ['typo', 'dai hoi bau nhung gi vay', 'noi-dung'],
  ['en', 'What items must a party congress go through?', 'noi-dung'],
  ['en', 'does the congress elect delegates to the higher level', 'noi-dung'],

  // van-kien: the two reports
  ['vi', 'Báo cáo chính trị của đảng bộ phải đáp ứng yêu cầu gì?', 'van-kien'],
  ['vi', 'Báo cáo kiểm điểm cần có tính chiến đấu như thế nào?', 'van-kien'],
  ['plain', 'hai bao cao chu yeu trinh dai hoi la gi', 'van-kien'],
  ['plain', 'bao cao chinh tri la bao cao trung tam phai lam sao', 'van-kien'],
  ['abbr', 'VK của cấp ủy trình ĐH có mấy BC chủ yếu', 'van-kien'],
  ['abbr', 'BCCT cần đánh giá ưu điểm hạn chế ra sao', 'van-kien'],
  ['typo', 'bao cao kiem diem cua cap uy phai tu phe binh ko', 'van-kien'],
  ['typo', 'văn kiên đại hôi gồm mấy báo cáo', 'van-kien'],
  ['en', 'what should our political report evaluate honestly', 'van-kien'],
  ['en', 'which two reports go to the congress', 'van-kien'],

  // chuan-bi: preparation
  ['vi', 'Trước đại hội phải tổng kết các đề án, chương trình nhiệm kỳ trước không?', 'chuan-bi'],
  ['vi', 'Hội nghị quán triệt chỉ thị phải xong trong tháng nào?', 'chuan-bi'],
  ['plain', 'co can lap to to chuc phuc vu dai hoi khong', 'chuan-bi'],
  ['plain', 'hoi nghi quan triet co duoc hop truc tuyen khong', 'chuan-bi'],
  ['abbr', 'TCCS chuẩn bị ĐH thế nào', 'chuan-bi'],
  ['abbr', 'cbi DH can lam nhung viec gi', 'chuan-bi'],
  ['typo', 'chuan bị đại hôi gồm nhưng việc gì', 'chuan-bi'],
  ['typo', 'chuan bi dai hoi can thanh lap may to', 'chuan-bi'],
  ['en', 'what preparation is needed before the congress', 'chuan-bi'],
  ['en', 'may we run the directive briefing meeting partly online', 'chuan-bi'],

  // nguyen-tac: principles
  ['vi', 'Đại hội có phải theo nguyên tắc tập trung dân chủ không?', 'nguyen-tac'],
  ['vi', 'Tổ chức đại hội cần bảo đảm an toàn, thiết thực ra sao?', 'nguyen-tac'],
  ['plain', 'to chuc dai hoi khong pho truong hinh thuc', 'nguyen-tac'],
  ['abbr', 'nguyên tắc tổ chức ĐH CB', 'nguyen-tac'],
  ['typo', 'nguyen tac tap trung dan chu trong dai hoi la gi', 'nguyen-tac'],
  ['typo', 'chông lãng phí tiêu cực khi tổ chưc đại hội', 'nguyen-tac'],
  ['en', 'Should the congress be practical and avoid show?', 'nguyen-tac'],
  ['en', 'principles for organising the congress', 'nguyen-tac'],

  // lich-trinh: timeline per unit type
  ['vi', 'Đại hội chi bộ cơ sở bắt đầu từ tháng mấy năm 2025?', 'lich-trinh'],
  ['vi', 'Thời hạn hoàn thành đại hội chi bộ trực thuộc đảng ủy cơ sở?', 'lich-trinh'],
  ['plain', 'lich to chuc dai hoi cac cap nam 2025', 'lich-trinh'],
  ['plain', 'dai hoi chi bo truc thuoc lam trong thang may', 'lich-trinh'],
  ['abbr', 'ĐH CB trực thuộc ĐU cơ sở xong tháng 3 đúng ko', 'lich-trinh'],
  ['abbr', 'han cuoi DH DBCS', 'lich-trinh'],
  ['typo', 'tien đô đại hội các chi bô', 'lich-trinh'],
  ['typo', 'khi nao phai xong dai hoi dang bo co sơ', 'lich-trinh'],
  ['en', 'When do grassroots cell congresses start?', 'lich-trinh'],
  ['en', 'timeline for the party congresses in 2025', 'lich-trinh'],

  // dai-hoi-diem: pilot congresses
  ['vi', 'Ban Thường vụ Quận ủy chọn những đơn vị nào làm đại hội điểm?', 'dai-hoi-diem'],
  ['vi', 'Đại hội điểm của chi bộ trực thuộc làm vào tháng 12/2024 phải không?', 'dai-hoi-diem'],
  ['plain', 'dai hoi diem cap quan to chuc khi nao', 'dai-hoi-diem'],
  ['abbr', 'BTV QU chọn ĐH điểm ở đâu', 'dai-hoi-diem'],
  ['typo', 'dai hoi diêm dau quy 1 nam 2025', 'dai-hoi-diem'],
  ['en', 'what is a pilot congress and when is it held', 'dai-hoi-diem'],

  // nhan-su: personnel
  ['vi', 'Tiêu chuẩn cán bộ khi giới thiệu nhân sự cấp ủy khóa mới?', 'nhan-su'],
  ['vi', 'Nghị quyết 26-NQ/TW liên quan gì đến nhân sự đại hội?', 'nhan-su'],
  ['plain', 'gioi thieu nhan su cap uy can quan triet nghi quyet nao', 'nhan-su'],
  ['abbr', 'tiêu chí đánh giá CB theo QĐ 14-QĐ/TU', 'nhan-su'],
  ['abbr', 'chon nhan su BCH khoa toi can cu QD nao vay', 'nhan-su'],
  ['typo', 'ra soat bo sung quy hoach can bộ', 'nhan-su'],
  ['en', 'How are candidates for the new committee chosen?', 'nhan-su'],

  // dai-hoi-quan: the district's 27th congress
  ['vi', 'Đại hội đại biểu Đảng bộ quận Hai Bà Trưng lần thứ 27', 'dai-hoi-quan'],
  ['plain', 'dai hoi dang bo quan lan thu xxvii', 'dai-hoi-quan'],
  ['abbr', 'ĐH ĐB quận HBT lần 27 nhiệm kỳ 2025-2030', 'dai-hoi-quan'],
  ['typo', 'đại hội quận hai bà trưng lân thứ 27', 'dai-hoi-quan'],
  ['en', "the district party committee's 27th congress", 'dai-hoi-quan'],

  // chi-thi-35: the directive itself
  ['vi', 'Chỉ thị 35 có những phụ lục nào?', 'chi-thi-35'],
  ['vi', 'Chỉ thị 35-CT/TW nêu bảy yêu cầu cụ thể nào?', 'chi-thi-35'],
  ['plain', 'chi thi 35 co may phan', 'chi-thi-35'],
  ['abbr', 'CT 35-CT/TW có mấy phụ lục', 'chi-thi-35'],
  ['typo', 'chi thị 35 gôm những yêu câu nào', 'chi-thi-35'],
  ['en', 'What are the seven requirements of Directive 35?', 'chi-thi-35'],

  // thay-doi: what has changed
  ['vi', 'Chỉ thị 45-CT/TW ban hành ngày nào và thay thế gì?', 'thay-doi'],
  ['vi', 'Kết luận 118 còn hiệu lực không?', 'thay-doi'],
  ['plain', 'quy dinh 365 thay the quy dinh nao', 'thay-doi'],
  ['abbr', 'CT 35 bị thay bằng CT 45 chưa', 'thay-doi'],
  ['typo', 'nhung thay doi sau hoi nghi quan triêt', 'thay-doi'],
  ['en', 'Which directive replaced Directive 35-CT/TW?', 'thay-doi'],

  // chinh-quyen-2-cap: two-level local government
  ['vi', 'Từ 1/7/2025 còn cấp quận không?', 'chinh-quyen-2-cap'],
  ['plain', 'mo hinh chinh quyen 2 cap la gi', 'chinh-quyen-2-cap'],
  ['abbr', 'sau 1/7/2025 QU HBT thế nào', 'chinh-quyen-2-cap'],
  ['typo', 'bo cap huyen tu khi nao vây', 'chinh-quyen-2-cap'],
  ['en', 'When did two-level local government take effect?', 'chinh-quyen-2-cap'],

  // chi-bo-5-nam: cell congresses once in five years
  ['vi', 'Việc thí điểm chi bộ đại hội năm năm một lần áp dụng từ bao giờ?', 'chi-bo-5-nam'],
  ['plain', 'dai hoi chi bo con 2 lan trong 5 nam khong', 'chi-bo-5-nam'],
  ['abbr', 'QĐ 294 thí điểm ĐH CB mấy năm 1 lần', 'chi-bo-5-nam'],
  ['en', 'Are party cell congresses now held every five years?', 'chi-bo-5-nam'],

  // dai-hoi-xiv: the 14th National Congress
  ['vi', 'Đại hội đại biểu toàn quốc lần thứ XIV diễn ra khi nào?', 'dai-hoi-xiv'],
  ['plain', 'dai hoi xiv be mac ngay nao', 'dai-hoi-xiv'],
  ['abbr', 'ĐH toàn quốc lần 14 tháng 1/2026', 'dai-hoi-xiv'],
  ['en', 'When was the 14th Party Congress held?', 'dai-hoi-xiv'],

  // tai-lieu: documents list
  ['vi', 'Danh sách các văn bản về đại hội đảng các cấp', 'tai-lieu'],
  ['plain', 'cho toi xem cac van ban chi dao dai hoi', 'tai-lieu'],
  ['abbr', 'các CT, HD, KH về ĐH nhiệm kỳ mới', 'tai-lieu'],
  ['en', 'Show me the documents about the congresses', 'tai-lieu'],

  // out of scope, including lookalikes about other organisations' congresses
  ['oos', 'Đại hội cổ đông bất thường cần bao nhiêu phần trăm cổ phần?', null],
  ['oos', 'dai hoi co dong ngan hang nam nay khi nao', null],
  ['oos', 'Đại hội thể dục thể thao toàn quốc năm 2026', null],
  ['oos', 'dai hoi the thao hoc sinh quan co nhung mon gi', null],
  ['oos', 'Đại hội Đoàn trường nhiệm kỳ mới bầu bao nhiêu ủy viên?', null],
  ['oos', 'dai hoi doan thanh nien phuong to chuc ra sao', null],
  ['oos', 'Đại hội Hội Liên hiệp Phụ nữ phường', null],
  ['oos', 'Thời tiết cuối tuần ở Hà Nội thế nào?', null],
  ['oos', 'hom nay troi co nang khong', null],
  ['oos', 'Giá vàng SJC hôm nay bao nhiêu?', null],
  ['oos', 'gia thit lon o cho bao nhieu 1 kg', null],
  ['oos', 'Tỉ số trận Việt Nam gặp Thái Lan tối qua', null],
  ['oos', 'lich thi dau ngoai hang anh tuan nay', null],
  ['oos', 'Xổ số miền Nam hôm nay ra số mấy?', null],
  ['oos', 'kqxs vietlott toi nay', null],
  ['oos', 'Mẹo nấu phở bò nước trong', null],
  ['oos', 'cong thuc lam banh mi', null],
  ['oos', 'will it rain in Hanoi this weekend', null],
  ['oos', 'price of gold today', null],
  ['oos', 'who scored in the Vietnam vs Thailand football game', null],
  ['oos', 'recipe for spring rolls', null],
  ['oos', 'When is the annual general meeting of shareholders?', null],
];

export const FRESH: QaItem[] = items.map(([kind, q, topic]) => ({ kind, q, topic }));
