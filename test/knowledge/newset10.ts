/**
 * The tenth new evaluation set (issue 11, point 6), written on 2026-12-02 from about 15:10 UTC
 * (committed in the commit "Eval: newset10, the tenth unseen set") by a helper (set10) that had not
 * seen the engine. It was written from ../shared/sources/ (the conference article of 23/10/2024 and
 * FACTS.md), ../shared/DESIGN.md, and from config/dh-2025-2030.yaml only the documents' ids,
 * numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and names, and each
 * topic's id, title and body, printed by a small script that parsed the YAML and printed nothing
 * else (no sample questions, keywords, synonyms, evidence or off-topic lists were seen). Also read:
 * the header and `const items` line of newset9.ts (a `tail` of that file also showed its last two
 * items by mistake; none of them is reused here), the header, types and `judge` of newset.ts,
 * newset9.test.ts, set-shape.ts and set-checks.ts. Nothing under src/ or bench/, no README, no git
 * log or diff, and no other set's items were read.
 *
 * It was committed BEFORE the next engine change, without running any of its questions through
 * the engine, the bot or the bench; only its shape test (newset10.test.ts), biome and tsc ran. It was
 * measured once after that change (b37ff37..e525303, which landed while it was being written or
 * just after), at 15:16 UTC on main 94ca019 (`node --expose-gc dist/bench/qa.js`, load 3.8):
 * qa_new_top1 97.8 %, qa_new_oos_refused 98.0 % (3 in-scope misses, 1 lookalike answered). A
 * development set since (`qa_new10_*`). Do not edit an item after its commit, except to fix an
 * expectation that is factually wrong (against the sources), in its own commit that says which
 * and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). Questions whose right answer the sources leave open were left out, not guessed.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents of the pack, each by its number in several spellings.
  ['doc', 'Chỉ thị 35 ngày 14/6/2024 do cơ quan nào ký ban hành vậy?', 'doc:ct-35-2024'],
  ['doc', 'ct35 nam 2024 con dung duoc nua ko', 'doc:ct-35-2024'],
  ['doc', 'Directive 35 of June 2024, is it still in force?', 'doc:ct-35-2024'],
  ['doc', 'Văn bản 35-CT/TW năm 2024 bị thay bởi văn bản nào?', 'doc:ct-35-2024'],
  ['doc', 'Chỉ thị 35 năm 2019 là chỉ thị về việc gì ạ', 'doc:ct-35-2019'],
  ['doc', 'CT 35 hồi 30/5/2019 có còn áp dụng cho nhiệm kỳ này không', 'doc:ct-35-2019'],
  ['doc', 'directive 35-CT/TW dated May 2019, what was it about', 'doc:ct-35-2019'],
  ['doc', 'Kết luận 118 ban hành ngày nào?', 'doc:kl-118-2025'],
  ['doc', 'kl118 con hieu luc khong anh', 'doc:kl-118-2025'],
  ['doc', 'Conclusion 118-KL/TW who issued it?', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị 45 của Bộ Chính trị ra ngày bao nhiêu', 'doc:ct-45-2025'],
  ['doc', 'CT45 thay cho văn bản nào vậy mọi người', 'doc:ct-45-2025'],
  ['doc', 'Directive 45-CT/TW: date and issuer?', 'doc:ct-45-2025'],
  ['doc', 'chi thi so 45-CT/TW noi ve van de gi', 'doc:ct-45-2025'],
  ['doc', 'Kết luận 200 của Bộ Chính trị nói về cái gì?', 'doc:kl-200-2025'],
  ['doc', 'KL 200 ngày mấy tháng mấy', 'doc:kl-200-2025'],
  ['doc', 'Conclusion 200 — who signed it off, Politburo?', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27 của Ban Tổ chức Trung ương ban hành khi nào', 'doc:hd-27-2024'],
  ['doc', 'HD 27-HD/BTCTW huong dan cai gi', 'doc:hd-27-2024'],
  ['doc', 'Guidance 27 from the Central Organisation Commission, what date?', 'doc:hd-27-2024'],
  ['doc', 'Hướng dẫn số 18 của Ban Tổ chức Thành ủy là về nội dung gì', 'doc:hd-18-2024'],
  ['doc', 'hd18 btctu ra ngay nao', 'doc:hd-18-2024'],
  ['doc', 'Who issued guidance 18-HD/BTCTU?', 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch 258 của Thành ủy Hà Nội ký ngày nào?', 'doc:kh-258-2024'],
  ['doc', 'KH258 của TU là văn bản gì thế', 'doc:kh-258-2024'],
  ['doc', 'Plan 258-KH/TU, when was it issued?', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch 203 của Quận ủy ban hành ngày nào', 'doc:kh-203-2024'],
  ['doc', 'kh 203-KH/QU la ke hoach ve viec gi', 'doc:kh-203-2024'],
  ['doc', 'Plan 203 of the Hai Ba Trung committee: what is it?', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26 năm 2018 của Trung ương ngày bao nhiêu?', 'doc:nq-26-2018'],
  ['doc', 'NQ26 khóa XII do ai ban hành', 'doc:nq-26-2018'],
  [
    'doc',
    'Resolution 26-NQ/TW of 2018 - which term of the Central Committee passed it, and on what day?',
    'doc:nq-26-2018',
  ],
  ['doc', 'Quy định 89 về tiêu chuẩn cán bộ còn hiệu lực không?', 'doc:qd-89-2017'],
  ['doc', 'qd89 nam 2017 bi thay the chua', 'doc:qd-89-2017'],
  ['doc', 'Regulation 89-QĐ/TW, is it replaced?', 'doc:qd-89-2017'],
  ['doc', 'Quy định 365 của Bộ Chính trị ban hành ngày nào', 'doc:qd-365-2025'],
  ['doc', 'QĐ 365 quy định về cái gì vậy', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365-QĐ/TW what does it cover', 'doc:qd-365-2025'],
  ['doc', 'Quy định 14 của Ban Thường vụ Thành ủy ngày bao nhiêu?', 'doc:qd-14-2023'],
  ['doc', 'qđ14 TU nói về gì', 'doc:qd-14-2023'],
  ['doc', 'Regulation 14-QĐ/TU of the city standing board: what is it about?', 'doc:qd-14-2023'],
  ['doc', 'Quy định 2656 của Quận ủy là quy định gì', 'doc:qd-2656-2023'],
  ['doc', 'QĐ 2656-QĐ/QU ban hanh ngay nao', 'doc:qd-2656-2023'],
  ['doc', 'Who issued regulation 2656?', 'doc:qd-2656-2023'],
  ['doc', 'Quy định 1216 của BTV Quận ủy về việc gì?', 'doc:qd-1216-2022'],
  ['doc', 'qd1216 ngay thang nam ban hanh', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216-QĐ/QU, date please', 'doc:qd-1216-2022'],
  ['doc', 'Quy định 294 có hiệu lực từ bao giờ?', 'doc:qd-294-2025'],
  ['doc', 'QĐ294 cơ quan ban hành là ai, ghi rõ giúp mình', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294-QĐ/TW on five-yearly cell congresses, what date?', 'doc:qd-294-2025'],
  ['doc', 'Hướng dẫn 26 năm 2019 của Ban Tổ chức TW hướng dẫn cái gì', 'doc:hd-26-2019'],
  ['doc', 'HD 26-HD/BTCTW ngày 18/10/2019 còn dùng được không', 'doc:hd-26-2019'],
  ['doc', 'guidance 26 of October 2019, which directive does it guide?', 'doc:hd-26-2019'],

  // Documents the pack does not hold.
  ['unknown-doc', 'Nghị quyết 57-NQ/TW về khoa học công nghệ nói gì', 'unknown-doc'],
  ['unknown-doc', 'Quy định 105 về phân cấp quản lý cán bộ còn hiệu lực ko', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 33 của Ban Bí thư ban hành ngày nào?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 09-HD/BTCTW nói về việc gì', 'unknown-doc'],
  ['unknown-doc', 'ke hoach 312-KH/TU cua thanh uy la gi', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 137-KL/TW về sắp xếp bộ máy là gì?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 232-QĐ/TW thi hành Điều lệ Đảng quy định gì', 'unknown-doc'],
  ['unknown-doc', 'Regulation 144 on revolutionary ethics, what is it?', 'unknown-doc'],
  ['unknown-doc', 'Directive 21 of the Secretariat, when was it issued?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 176-KH/QU của Quận ủy Hai Bà Trưng là kế hoạch gì', 'unknown-doc'],
  ['unknown-doc', 'nghi quyet 66 ve xay dung phap luat noi gi vay', 'unknown-doc'],
  ['unknown-doc', 'Quy định 50-QĐ/TW về công tác quy hoạch cán bộ có nội dung gì', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn số 06-HD/BTCTU của Ban Tổ chức Thành ủy ra hôm nào', 'unknown-doc'],

  // In-scope questions with everyday or off-topic-sounding words.
  [
    'offword',
    'Chi bộ trong trường học sinh đông, đại hội chi bộ trực thuộc phải xong trong tháng nào?',
    'lich-trinh',
  ],
  ['offword', 'Chi bộ Hội Phụ nữ phường chuẩn bị đại hội thì cần lập những tổ nào?', 'chuan-bi'],
  ['offword', 'Đảng bộ công ty em có nhiều đoàn viên thanh niên, đại hội có mấy nội dung?', 'noi-dung'],
  ['offword', 'Chi bộ cựu chiến binh bầu nhân sự cấp ủy mới phải theo tiêu chuẩn quy định nào?', 'nhan-su'],
  [
    'offword',
    'Hôm đó trời mưa to thì hội nghị quán triệt có được làm trực tuyến không, hay bắt buộc trực tiếp?',
    'chuan-bi',
  ],
  ['offword', 'Có được nấu cỗ liên hoan linh đình sau đại hội chi bộ không, nguyên tắc là gì?', 'nguyen-tac'],
  ['offword', 'How much should the political report assess — what must it cover?', 'van-kien'],
  [
    'offword',
    'What does the self-review report cost the committee in criticism, how combative must it be?',
    'van-kien',
  ],
  ['offword', 'Mình gọi điện thoại hỏi mãi chưa rõ: báo cáo kiểm điểm của cấp ủy phải thế nào?', 'van-kien'],
  ['offword', 'Chi bộ khối doanh nghiệp có phải góp ý dự thảo văn kiện Đại hội XIV không?', 'noi-dung'],
  [
    'offword',
    'Trong buổi đại hội chi bộ ở trường mầm non có phải bầu đoàn đại biểu đi đại hội cấp trên không?',
    'noi-dung',
  ],
  ['offword', 'Chi bộ bệnh viện muốn biết đại hội chi bộ bây giờ mấy năm một lần?', 'chi-bo-5-nam'],
  ['offword', 'Does the congress need to match democratic centralism, what principles apply?', 'nguyen-tac'],
  [
    'offword',
    'Hội người cao tuổi có chi bộ riêng, đại hội đảng các cấp nhiệm kỳ này đã xong hết chưa?',
    'ket-qua',
  ],
  ['offword', 'Chi bộ phòng khám chọn người vào cấp ủy khóa mới phải quán triệt nghị quyết nào?', 'nhan-su'],

  // Two-part questions.
  [
    'two-part',
    'Đại hội có những nội dung gì, và báo cáo chính trị phải đánh giá những gì?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Cần thành lập những tổ nào để chuẩn bị, rồi nguyên tắc tổ chức đại hội là gì?',
    'chuan-bi+nguyen-tac',
  ],
  [
    'two-part',
    'Đại hội điểm làm khi nào, còn chi bộ cơ sở đại hội xong trước ngày nào?',
    'dai-hoi-diem+lich-trinh',
  ],
  [
    'two-part',
    'Tiêu chuẩn nhân sự cấp ủy theo văn bản nào, và chính quyền hai cấp chạy từ bao giờ?',
    'nhan-su+chinh-quyen-2-cap',
  ],
  ['two-part', 'Đại hội XIV họp ngày nào và đại hội các cấp đã có kết quả ra sao?', 'dai-hoi-xiv+ket-qua'],
  [
    'two-part',
    'What changed after the October 2024 conference, and how often do cells hold congresses now?',
    'thay-doi+chi-bo-5-nam',
  ],
  [
    'two-part',
    'chi thi 35 nam 2024 gom nhung phan nao, va dai hoi dang bo quan lan thu XXVII la gi',
    'chi-thi-35+dai-hoi-quan',
  ],
  [
    'two-part',
    'Báo cáo kiểm điểm viết thế nào? Thêm nữa, đại hội phải chống lãng phí ra sao?',
    'van-kien+nguyen-tac',
  ],
  [
    'two-part',
    'What are the four items of a congress, and which teams do we set up to prepare it?',
    'noi-dung+chuan-bi',
  ],
  [
    'two-part',
    'Quận còn không sau 1/7/2025, và bầu cấp ủy khóa mới thì quán triệt nghị quyết gì?',
    'chinh-quyen-2-cap+nhan-su',
  ],

  // Each unit type, asked as its secretary would.
  ['unit', 'Em là bí thư chi bộ trực thuộc đảng ủy phường, chi bộ em đại hội lúc nào?', 'lich-trinh'],
  ['unit', 'chi bo truc thuoc dang uy co so bat dau dai hoi tu thang may', 'lich-trinh'],
  ['unit', 'Chi bộ cơ sở bên mình phải hoàn thành đại hội trước ngày nào ạ?', 'lich-trinh'],
  ['unit', 'CBCS thì đại hội từ tháng mấy đến tháng mấy', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở tổ chức đại hội sau khi các chi bộ trực thuộc xong, hạn chót là khi nào?',
    'lich-trinh',
  ],
  ['unit', 'ĐBCS đại hội đảng viên bắt đầu từ tháng nào vậy', 'lich-trinh'],
  ['unit', 'Our grassroots party cell: by when must the congress be finished?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở bên tôi cần chọn bao nhiêu chi bộ trực thuộc để chỉ đạo đại hội điểm, làm trong tháng nào?',
    'dai-hoi-diem',
  ],
  ['unit', 'I run a cell under a grassroots committee, which month do we finish our congress?', 'lich-trinh'],

  // Typos and abbreviations.
  ['typo', 'dai hoi co may noi dung z', 'noi-dung'],
  ['typo', 'bao cao chinh tri pai danh gia j', 'van-kien'],
  ['typo', 'ĐH chi bộ trựcc thuộc hoàn thành tháng mấyy', 'lich-trinh'],
  ['typo', 'thanh lap to nhan su to van kien de chuan bi dh ntn', 'chuan-bi'],
  ['typo', 'nguyen tac tap trung dan chu trong to chuc dh la gi', 'nguyen-tac'],
  ['typo', 'dh diem thang 12/2024 chon may chi bo', 'dai-hoi-diem'],
  ['typo', 'gioi thieu nhan su cap uy khoa moi can can cu tieu chuan o qd nao vay ad', 'nhan-su'],
  ['typo', 'dai hoi dang bo quan lan thu 27 nk 2025-2030', 'dai-hoi-quan'],
  ['typo', 'chính quyền 2 cấp vận hàng từ ngày nao', 'chinh-quyen-2-cap'],
  ['typo', 'dh chi bo bh 5 nam 1 lan a', 'chi-bo-5-nam'],
  ['typo', 'đại hôi XIV của đảng hop ngay nao', 'dai-hoi-xiv'],
  ['typo', 'dh cac cap nk nay xong het chua ak', 'ket-qua'],
  ['typo', 'bc kiem diem cua cap uy phai co tinh chien dau ko', 'van-kien'],
  ['typo', 'co gi thay doi tu sau hoi nghi 23/10/2024 ko', 'thay-doi'],
  ['typo', 'cac van ban ve dh nhiem ky 2025 2030 gom nhung gi', 'tai-lieu'],

  // English.
  ['en', 'What are the four agenda items of a party congress this term?', 'noi-dung'],
  [
    'en',
    'Which two main reports go before our congress from the committee, and what must each contain?',
    'van-kien',
  ],
  ['en', 'How should a grassroots organisation prepare its congress?', 'chuan-bi'],
  ['en', 'What principles must the congress follow, e.g. against waste?', 'nguyen-tac'],
  [
    'en',
    'Our ward committee wants to know when the pilot congresses were meant to take place and who picked them',
    'dai-hoi-diem',
  ],
  ['en', 'What standards guide choosing the new party committee members?', 'nhan-su'],
  ['en', 'Tell me about the 27th congress of the Hai Ba Trung district party organisation', 'dai-hoi-quan'],
  [
    'en',
    'The 2024 Politburo directive on congresses: how is it laid out, parts and appendices?',
    'chi-thi-35',
  ],
  [
    'en',
    'Is there still a district level of government after 1 July 2025, or only two levels?',
    'chinh-quyen-2-cap',
  ],
  ['en', 'Dates of the 14th National Congress of the Party, start and end?', 'dai-hoi-xiv'],
  ['en', 'Are the 2025-2030 congresses at all levels finished?', 'ket-qua'],
  ['en', 'List the documents the bot relies on for the congresses', 'tai-lieu'],
  ['en', 'In what order do the different party units hold their congresses?', 'lich-trinh'],

  // Facts a topic body states, without document numbers.
  ['fact', 'Báo cáo nào là báo cáo trung tâm, có vai trò định hướng của đại hội?', 'van-kien'],
  ['fact', 'Đầu quý I/2025 Ban Thường vụ Quận ủy lấy những loại đơn vị nào để làm điểm?', 'dai-hoi-diem'],
  [
    'fact',
    'Theo Điều lệ Đảng trước khi thí điểm thì mỗi 5 năm chi bộ đại hội bao nhiêu lần?',
    'chi-bo-5-nam',
  ],
  ['fact', 'Ở Hà Nội có bao nhiêu đảng bộ cấp huyện kết thúc hoạt động từ 1/7/2025?', 'chinh-quyen-2-cap'],
  ['fact', 'Đại hội toàn quốc lần thứ XIV khai mạc và bế mạc hôm nào?', 'dai-hoi-xiv'],
  ['fact', 'Chỉ thị về đại hội năm 2024 có mấy yêu cầu, tóm tắt là gì?', 'chi-thi-35'],
  ['fact', 'Nguồn của bot có nêu ngày tổ chức đại hội đảng bộ quận Hai Bà Trưng không?', 'dai-hoi-quan'],
  ['fact', 'Hội nghị quán triệt có được kết hợp hình thức trực tuyến không?', 'chuan-bi'],
  ['fact', 'Đại hội phải bảo đảm những yêu cầu gì: an toàn, thiết thực, hiệu quả?', 'nguyen-tac'],
  ['fact', 'Sau khi đại hội xong, Bộ Chính trị yêu cầu tiếp tục kiện toàn những chức danh nào?', 'ket-qua'],

  // Lookalikes: out of scope.
  ['lookalike', 'Đại hội Đoàn TNCS Hồ Chí Minh thành phố nhiệm kỳ tới tổ chức khi nào?', null],
  ['lookalike', 'Công đoàn cơ sở nhà máy em sắp đại hội, cần in những biểu mẫu nào?', null],
  ['lookalike', 'Đại hội đồng cổ đông thường niên phải họp trước ngày nào?', null],
  ['lookalike', 'Đại hội Thể dục thể thao toàn quốc năm nay ở tỉnh nào?', null],
  ['lookalike', 'Đại hội Hội Nông dân xã nhiệm kỳ mới bầu bao nhiêu ủy viên?', null],
  ['lookalike', 'Đại hội Hội Cựu chiến binh quận nhiệm kỳ 2022-2027 diễn ra ở đâu?', null],
  ['lookalike', 'Đại hội Đảng Cộng sản Trung Quốc lần thứ 20 họp năm nào?', null],
  ['lookalike', 'Who won the US presidential election in 2024?', null],
  ['lookalike', 'When is the next Labour Party conference in the UK?', null],
  ['lookalike', 'Đại hội Hội Liên hiệp Phụ nữ Việt Nam lần thứ XIII có gì mới?', null],
  ['lookalike', 'Đại hội Mặt trận Tổ quốc phường bầu ra bao nhiêu người?', null],
  ['lookalike', 'Đại hội giáo xứ cuối năm tổ chức ngày mấy?', null],
  ['lookalike', 'Đại hội đại biểu Hội Sinh viên trường em đăng ký thế nào?', null],
  ['lookalike', 'Hội nghị khách hàng của ngân hàng năm nay tổ chức ở khách sạn nào?', null],
  ['lookalike', 'Olympic 2028 tổ chức ở đâu?', null],
  ['lookalike', 'số 33 Đại Cồ Việt', null],
  ['lookalike', 'Thanh Nhàn, Hai Bà Trưng', null],
  ['lookalike', 'Hai Bà Trưng quận', null],
  ['lookalike', 'Quận Đống Đa giờ thuộc phường nào?', null],
  ['lookalike', 'Hồ sơ kết nạp đảng viên mới cho quần chúng cần lý lịch mấy bản?', null],
  ['lookalike', 'Đảng viên nghỉ hưu đóng đảng phí bao nhiêu tiền một tháng?', null],
  ['lookalike', 'Đi làm xa muốn chuyển sinh hoạt đảng tạm thời sang chi bộ khác thì nộp giấy gì?', null],
  ['lookalike', 'Xếp loại đảng viên cuối năm có mấy mức?', null],
  ['lookalike', 'Kỷ luật cảnh cáo đảng viên do cấp nào quyết định?', null],
  ['lookalike', 'Ai đang là Tổng Bí thư hiện nay?', null],
  ['lookalike', 'Bí thư Thành ủy Hà Nội bây giờ là ai?', null],
  ['lookalike', 'Chủ tịch UBND phường Bạch Mai tên gì?', null],
  ['lookalike', 'Số điện thoại Ban Tổ chức Thành ủy là bao nhiêu?', null],
  ['lookalike', 'Trụ sở Ủy ban phường Lê Đại Hành ở đâu, mấy giờ mở cửa?', null],
  ['lookalike', 'Email liên hệ văn phòng Đảng ủy phường là gì?', null],
  ['lookalike', 'Đại hội cổ đông bất thường có cần đủ 65% biểu quyết không?', null],
  ['lookalike', 'Hạn nộp tờ khai thuế thu nhập cá nhân năm nay là khi nào?', null],
  ['lookalike', 'Học sinh lớp 10 thi tuyển vào trường công lập môn gì?', null],
  ['lookalike', 'Điểm chuẩn Đại học Bách khoa năm ngoái bao nhiêu?', null],
  ['lookalike', 'Công ty nợ lương hai tháng thì khiếu nại ở đâu?', null],
  ['lookalike', 'Hội phụ huynh lớp thu quỹ bao nhiêu là hợp lý?', null],
  ['lookalike', 'Mai trời Hà Nội có mưa không?', null],
  ['lookalike', 'Nấu bún chả kiểu Hà Nội cần những gì?', null],
  ['lookalike', 'Tỷ số trận Việt Nam gặp Thái Lan tối qua thế nào?', null],
  ['lookalike', 'Giá vàng nhẫn sáng nay mua vào bán ra bao nhiêu?', null],
  ['lookalike', 'How much is a train ticket from Hanoi to Hue next weekend?', null],
  ['lookalike', 'What is the capital of Australia?', null],
  ['lookalike', 'Bầu cử đại biểu Quốc hội khóa XVI tổ chức ngày nào?', null],
  ['lookalike', 'Kỳ họp thứ mười Quốc hội thông qua những luật gì?', null],
  ['lookalike', 'Hội nghị Trung ương lần này bàn về vấn đề gì?', null],
  ['lookalike', 'Tập thể dục buổi sáng bao nhiêu phút là đủ?', null],
  ['lookalike', 'Làm căn cước công dân cho con ở đâu?', null],
  ['lookalike', 'Đại hội của hội đồng hương Nghệ An tại Hà Nội tổ chức bao giờ?', null],
  ['lookalike', 'Annual general meeting of shareholders: what quorum is needed?', null],
];

export const NEWSET10: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
