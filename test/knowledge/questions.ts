/**
 * The question set for the knowledge base: written for the tests, separately from the pack's own
 * sample questions and in other words. Each item names the topic that should answer it, or null
 * when the bot must refuse (out of scope). Kinds: vi (with diacritics), plain (no diacritics),
 * abbr (abbreviations), typo, en (English), oos (out of scope).
 */
export type Kind = 'vi' | 'plain' | 'abbr' | 'typo' | 'en' | 'oos';
export interface QaItem {
  q: string;
  topic: string | null;
  kind: Kind;
}

const items: Array<[Kind, string, string | null]> = [
  // noi-dung: the four contents
  ['vi', 'Đại hội chi bộ nhiệm kỳ mới phải thực hiện mấy nội dung?', 'noi-dung'],
  ['vi', 'Trong đại hội đảng bộ cơ sở có những phần việc chính nào?', 'noi-dung'],
  ['vi', 'Đại hội có phải bầu đoàn đi dự đại hội cấp trên không ạ?', 'noi-dung'],
  ['plain', 'dai hoi gom nhung noi dung gi', 'noi-dung'],
  ['plain', 'noi dung chinh cua dai hoi chi bo la gi', 'noi-dung'],
  ['plain', 'dai hoi co bau ban chap hanh khong', 'noi-dung'],
  ['abbr', 'ĐH chi bộ có mấy nội dung', 'noi-dung'],
  ['abbr', 'dh cb gom may noi dung', 'noi-dung'],
  ['abbr', 'DH co bau BCH khong', 'noi-dung'],
  ['typo', 'dai hoi gom nhung noi dugn gi', 'noi-dung'],
  ['typo', 'đại hộij có những nội dung nào', 'noi-dung'],
  ['typo', 'noidung dai hoi la gi', 'noi-dung'],
  ['en', 'what does a party congress have to cover', 'noi-dung'],
  ['en', 'list the four items of the congress', 'noi-dung'],
  ['en', 'who does the congress elect', 'noi-dung'],

  // van-kien: the two reports
  ['vi', 'Báo cáo chính trị phải đánh giá những gì?', 'van-kien'],
  ['vi', 'Báo cáo kiểm điểm của cấp ủy cần có tính chiến đấu thế nào?', 'van-kien'],
  ['vi', 'Văn kiện trình đại hội gồm mấy báo cáo?', 'van-kien'],
  ['plain', 'bao cao chinh tri viet nhu the nao', 'van-kien'],
  ['plain', 'van kien dai hoi gom nhung bao cao nao', 'van-kien'],
  ['plain', 'bao cao kiem diem cap uy yeu cau gi', 'van-kien'],
  ['abbr', 'BCCT cần những nội dung gì', 'van-kien'],
  ['abbr', 'vk trinh dh gom nhung bc nao', 'van-kien'],
  ['abbr', 'bcct la bao cao trung tam phai khong', 'van-kien'],
  ['typo', 'bao cao chinh tri viet the nao cho dung', 'van-kien'],
  ['typo', 'bao cao kiem diemm cua cap uy', 'van-kien'],
  ['en', 'what must the political report assess', 'van-kien'],
  ['en', 'how many reports are submitted to the congress', 'van-kien'],
  ['en', 'what is the review report of the party committee about', 'van-kien'],

  // chuan-bi: preparation
  ['vi', 'Công tác chuẩn bị cho đại hội gồm những việc gì?', 'chuan-bi'],
  ['vi', 'Cần lập những tổ nào để giúp việc đại hội?', 'chuan-bi'],
  ['vi', 'Hội nghị quán triệt có được tổ chức trực tuyến không?', 'chuan-bi'],
  ['plain', 'chuan bi dai hoi can lam gi', 'chuan-bi'],
  ['plain', 'co phai lap to van kien to nhan su khong', 'chuan-bi'],
  ['plain', 'tong ket de an chuyen de nhiem ky 2020 2025', 'chuan-bi'],
  ['abbr', 'chuẩn bị ĐH cần lập tổ gì', 'chuan-bi'],
  ['typo', 'chuan bj dai hoi gom nhung viec gi', 'chuan-bi'],
  ['en', 'what do we need to do to get ready for the congress', 'chuan-bi'],
  ['en', 'which working groups should be formed before the congress', 'chuan-bi'],
  ['en', 'can the briefing conference be online', 'chuan-bi'],

  // nguyen-tac: principles
  ['vi', 'Tổ chức đại hội cần tuân thủ nguyên tắc nào?', 'nguyen-tac'],
  ['vi', 'Đại hội có được làm hoành tráng, phô trương không?', 'nguyen-tac'],
  ['vi', 'Nguyên tắc tập trung dân chủ trong đại hội', 'nguyen-tac'],
  ['plain', 'dai hoi phai tiet kiem chong lang phi the nao', 'nguyen-tac'],
  ['plain', 'nguyen tac to chuc dai hoi', 'nguyen-tac'],
  ['abbr', 'ĐH phải đảm bảo an toàn thiết thực không', 'nguyen-tac'],
  ['typo', 'nguyen tac tap trung dan chuu', 'nguyen-tac'],
  ['en', 'what principles apply when organising the congress', 'nguyen-tac'],
  ['en', 'must the congress avoid waste', 'nguyen-tac'],

  // lich-trinh: timeline
  ['vi', 'Chi bộ cơ sở phải đại hội xong trước ngày nào?', 'lich-trinh'],
  ['vi', 'Đại hội đảng bộ cơ sở bắt đầu từ tháng mấy?', 'lich-trinh'],
  ['vi', 'Chi bộ trực thuộc đảng ủy cơ sở đại hội khi nào?', 'lich-trinh'],
  ['vi', 'Thời hạn hoàn thành đại hội chi bộ là bao giờ?', 'lich-trinh'],
  ['plain', 'chi bo truc thuoc dai hoi thang may', 'lich-trinh'],
  ['plain', 'han chot dai hoi chi bo co so', 'lich-trinh'],
  ['plain', 'khi nao dang bo co so to chuc dai hoi', 'lich-trinh'],
  ['plain', 'lich dai hoi cac chi bo', 'lich-trinh'],
  ['abbr', 'ĐBCS đại hội xong trước ngày nào', 'lich-trinh'],
  ['abbr', 'cbcs dai hoi khi nao', 'lich-trinh'],
  ['abbr', 'dbcs han cuoi dh', 'lich-trinh'],
  ['typo', 'thoi gian dai hoi chi bo truc thuocc', 'lich-trinh'],
  ['typo', 'han chot dai hooi dang bo co so', 'lich-trinh'],
  ['en', 'by when must a grassroots cell finish its congress', 'lich-trinh'],
  ['en', 'when do cells under a grassroots committee hold their congresses', 'lich-trinh'],
  ['en', 'congress deadline for my unit', 'lich-trinh'],

  // dai-hoi-diem: pilots
  ['vi', 'Đại hội điểm của chi bộ trực thuộc làm vào tháng nào?', 'dai-hoi-diem'],
  ['vi', 'Quận ủy chọn mấy đơn vị làm đại hội điểm?', 'dai-hoi-diem'],
  ['vi', 'Đảng bộ cơ sở có phải chọn chi bộ làm điểm không?', 'dai-hoi-diem'],
  ['plain', 'dai hoi diem to chuc thang may', 'dai-hoi-diem'],
  ['plain', 'don vi nao lam dai hoi diem', 'dai-hoi-diem'],
  ['abbr', 'ĐH điểm quý I/2025', 'dai-hoi-diem'],
  ['abbr', 'btv quan uy chon dai hoi diem', 'dai-hoi-diem'],
  ['typo', 'dai hoi diemm cua quan', 'dai-hoi-diem'],
  ['en', 'which units were chosen for pilot congresses', 'dai-hoi-diem'],
  ['en', 'when is the pilot congress', 'dai-hoi-diem'],

  // nhan-su: personnel
  ['vi', 'Tiêu chuẩn để giới thiệu vào cấp ủy khóa mới là gì?', 'nhan-su'],
  ['vi', 'Công tác nhân sự đại hội căn cứ những văn bản nào?', 'nhan-su'],
  ['vi', 'Quy hoạch cán bộ có cần bổ sung trước đại hội không?', 'nhan-su'],
  ['plain', 'tieu chuan nhan su cap uy khoa moi', 'nhan-su'],
  ['plain', 'lua chon nhan su theo nghi quyet 26', 'nhan-su'],
  ['plain', 'tieu chi danh gia can bo theo quy dinh nao', 'nhan-su'],
  ['abbr', 'nhân sự BCH khóa mới theo QĐ nào', 'nhan-su'],
  ['abbr', 'NQ 26 ve cong tac can bo ap dung the nao', 'nhan-su'],
  ['typo', 'tieu chuan nhan xu cap uy', 'nhan-su'],
  ['typo', 'quy hoach can boo nhiem ky 2025 2030', 'nhan-su'],
  ['en', 'what are the standards for nominating committee members', 'nhan-su'],
  ['en', 'which regulations apply to choosing the new committee', 'nhan-su'],

  // dai-hoi-quan: district's 27th congress
  ['vi', 'Đại hội Đảng bộ quận lần thứ XXVII là gì?', 'dai-hoi-quan'],
  ['vi', 'Các đại hội cơ sở tiến tới đại hội quận lần thứ mấy?', 'dai-hoi-quan'],
  ['plain', 'dai hoi dang bo quan hai ba trung lan thu 27', 'dai-hoi-quan'],
  ['plain', 'ke hoach 203 cua quan uy', 'dai-hoi-quan'],
  ['abbr', 'ĐH ĐB quận lần thứ 27', 'dai-hoi-quan'],
  ['abbr', 'KH 203-KH/QU noi gi', 'dai-hoi-quan'],
  ['typo', 'dai hoi quan lan thu xxvll', 'dai-hoi-quan'],
  ['en', 'what is the 27th district party congress', 'dai-hoi-quan'],
  ['en', 'tell me about the hai ba trung district congress', 'dai-hoi-quan'],

  // chi-thi-35: structure and 7 requirements
  ['vi', 'Chỉ thị 35 có bao nhiêu yêu cầu?', 'chi-thi-35'],
  ['vi', 'Bố cục của Chỉ thị 35-CT/TW năm 2024 như thế nào?', 'chi-thi-35'],
  ['vi', 'Chỉ thị 35 có mấy phụ lục?', 'chi-thi-35'],
  ['plain', 'chi thi 35 gom may phan', 'chi-thi-35'],
  ['plain', 'cac yeu cau cua chi thi 35', 'chi-thi-35'],
  ['abbr', 'CT 35 có mấy phụ lục', 'chi-thi-35'],
  ['abbr', 'ct35 bay yeu cau', 'chi-thi-35'],
  ['typo', 'chi thi 35 co may phu lucc', 'chi-thi-35'],
  ['en', 'how many requirements does directive 35 set', 'chi-thi-35'],
  ['en', 'what appendices does directive 35 have', 'chi-thi-35'],

  // thay-doi: what changed
  ['vi', 'Chỉ thị 35 bây giờ còn áp dụng không?', 'thay-doi'],
  ['vi', 'Chỉ thị 45-CT/TW thay thế văn bản nào?', 'thay-doi'],
  ['vi', 'Có văn bản mới nào thay Chỉ thị 35 chưa?', 'thay-doi'],
  ['plain', 'chi thi 35 con hieu luc khong', 'thay-doi'],
  ['plain', 'ket luan 118 la gi', 'thay-doi'],
  ['plain', 'quy dinh 89 da bi thay the chua', 'thay-doi'],
  ['abbr', 'CT 45 thay CT 35 từ khi nào', 'thay-doi'],
  ['abbr', 'QĐ 365 thay QĐ nào', 'thay-doi'],
  ['typo', 'chi thi 35 con hieu lucc khong', 'thay-doi'],
  ['typo', 'van ban nao thay thee chi thi 35', 'thay-doi'],
  ['en', 'is directive 35 still valid', 'thay-doi'],
  ['en', 'which directive replaced directive 35', 'thay-doi'],
  ['en', 'what changed after the 2024 conference', 'thay-doi'],

  // chinh-quyen-2-cap
  ['vi', 'Cấp huyện bị bỏ từ ngày nào?', 'chinh-quyen-2-cap'],
  ['vi', 'Mô hình chính quyền 2 cấp vận hành từ khi nào?', 'chinh-quyen-2-cap'],
  ['plain', 'chinh quyen hai cap bat dau khi nao', 'chinh-quyen-2-cap'],
  ['plain', 'dang bo quan con khong', 'chinh-quyen-2-cap'],
  ['abbr', 'QU Hai Bà Trưng còn hoạt động không', 'chinh-quyen-2-cap'],
  ['typo', 'chinh quyen hai cappp', 'chinh-quyen-2-cap'],
  ['en', 'is there still a district level in hanoi', 'chinh-quyen-2-cap'],
  ['en', 'when did the two level local government begin', 'chinh-quyen-2-cap'],

  // chi-bo-5-nam
  ['vi', 'Chi bộ mấy năm đại hội một lần?', 'chi-bo-5-nam'],
  ['vi', 'Thí điểm đại hội chi bộ 5 năm một lần là sao?', 'chi-bo-5-nam'],
  ['plain', 'chi bo dai hoi may nam mot lan', 'chi-bo-5-nam'],
  ['plain', 'quy dinh 294 thi diem gi', 'chi-bo-5-nam'],
  ['abbr', 'QĐ 294 về ĐH chi bộ', 'chi-bo-5-nam'],
  ['typo', 'chi bo dai hoi 5 nam mot lann', 'chi-bo-5-nam'],
  ['en', 'how frequently do party cells hold congresses now', 'chi-bo-5-nam'],
  ['en', 'cell congress every five years', 'chi-bo-5-nam'],

  // dai-hoi-xiv
  ['vi', 'Đại hội XIV của Đảng họp vào ngày nào?', 'dai-hoi-xiv'],
  ['vi', 'Đại hội Đảng toàn quốc lần thứ XIV diễn ra bao lâu?', 'dai-hoi-xiv'],
  ['plain', 'dai hoi 14 cua dang dien ra khi nao', 'dai-hoi-xiv'],
  ['abbr', 'ĐH XIV tổ chức ngày nào', 'dai-hoi-xiv'],
  ['typo', 'dai hoi toan quocc lan thu 14', 'dai-hoi-xiv'],
  ['en', 'dates of the 14th party congress', 'dai-hoi-xiv'],
  ['en', 'when did the fourteenth national congress take place', 'dai-hoi-xiv'],

  // tai-lieu: documents
  ['vi', 'Cho tôi danh sách các văn bản liên quan đến đại hội', 'tai-lieu'],
  ['vi', 'Những tài liệu nào cần đọc để chuẩn bị đại hội?', 'tai-lieu'],
  ['plain', 'danh sach van ban ve dai hoi', 'tai-lieu'],
  ['plain', 'tai lieu dai hoi gom nhung van ban nao', 'tai-lieu'],
  ['abbr', 'các VB căn cứ tổ chức ĐH', 'tai-lieu'],
  ['typo', 'danh sach tai lieuu dai hoi', 'tai-lieu'],
  ['en', 'which documents does the bot rely on', 'tai-lieu'],
  ['en', 'show the list of documents', 'tai-lieu'],

  // out of scope: must be refused
  ['oos', 'Thời tiết Hà Nội ngày mai thế nào?', null],
  ['oos', 'thoi tiet hom nay co mua khong', null],
  ['oos', 'Giá vàng hôm nay bao nhiêu?', null],
  ['oos', 'gia xang tuan nay tang hay giam', null],
  ['oos', 'Tối nay đội tuyển Việt Nam đá bóng với ai?', null],
  ['oos', 'ket qua bong da ngoai hang anh', null],
  ['oos', 'Cách nấu phở bò ngon', null],
  ['oos', 'mua dien thoai iphone o dau re', null],
  ['oos', 'Tỷ giá đô la hôm nay', null],
  ['oos', 'lich chieu phim cuoi tuan', null],
  ['oos', 'Mật khẩu wifi là gì?', null],
  ['oos', 'xin chao', null],
  ['oos', 'cảm ơn', null],
  ['oos', 'ok', null],
  ['oos', 'Đặt vé máy bay đi Đà Nẵng', null],
  ['oos', 'gio mo cua ngan hang', null],
  ['oos', 'học tiếng Anh ở đâu tốt', null],
  ['oos', 'what is the weather in hanoi tomorrow', null],
  ['oos', 'how much does gold cost today', null],
  ['oos', 'who won the football match last night', null],
  ['oos', 'recommend a good restaurant', null],
  ['oos', 'what is the exchange rate of the dollar', null],
  ['oos', 'tell me a joke', null],
  ['oos', 'how do I reset my password', null],
  ['oos', 'giá nhà chung cư quận Hai Bà Trưng', null],
  ['oos', 'lịch nghỉ tết năm nay', null],
  ['oos', 'benh vien nao gan nhat', null],
  ['oos', 'chứng khoán hôm nay tăng không', null],
  ['oos', 'dai hoi the thao toan quoc khi nao khai mac', null],
  ['oos', 'asdfgh qwerty', null],
];

export const QUESTIONS: QaItem[] = items.map(([kind, q, topic]) => ({ kind, q, topic }));
