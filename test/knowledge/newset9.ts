/**
 * The ninth new evaluation set (issue 11, point 6), written on 2026-12-02 from about 14:49 UTC
 * (committed in the commit "Eval: newset9, the ninth unseen set") by a helper (set9) that had not
 * seen the engine. It was written from ../shared/sources/ (the conference article of 23/10/2024 and
 * FACTS.md), ../shared/DESIGN.md, and from config/dh-2025-2030.yaml only the documents' ids,
 * numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and names, and each
 * topic's id, title and body, printed by a small script that parsed the YAML and printed nothing
 * else (no sample questions, keywords, synonyms, evidence or off-topic lists were seen). Also read:
 * the header and `const items` line of newset8.ts, the header, types and `judge` of newset.ts,
 * newset8.test.ts, set-shape.ts and set-checks.ts. Nothing under src/ or bench/, no README, no git
 * log or diff, and no other set's items were read.
 *
 * It was committed BEFORE the next engine change, without running any of its questions through
 * the engine, the bot or the bench; only its shape test (newset9.test.ts), biome and tsc ran. It was
 * measured once after that change (9ce1303, which landed while it was being written), at 14:58 UTC
 * on main f1b8ede (`node --expose-gc dist/bench/qa.js`, load 2.7): qa_new_top1 96.4 %,
 * qa_new_oos_refused 98.1 % (5 in-scope misses, 1 lookalike answered). Not used for tuning since,
 * but its misses were listed by that run: the next engine change needs a newer unseen set. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). Questions whose right answer the sources leave open were left out, not guessed.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents asked by number, about the document itself.
  ['doc', 'Chỉ thị 35-CT/TW ngày 14/6/2024 do cơ quan nào ban hành vậy?', 'doc:ct-35-2024'],
  ['doc', 'CT35 năm 2024 giờ còn hiệu lực không ạ', 'doc:ct-35-2024'],
  ['doc', 'Is Directive 35 of 2024 still in force?', 'doc:ct-35-2024'],
  ['doc', 'chi thi so 35 nam 2024 bi thay the boi van ban nao', 'doc:ct-35-2024'],
  ['doc', 'Chỉ thị số 35-CT/TW ngày 30/5/2019 là chỉ thị gì?', 'doc:ct-35-2019'],
  ['doc', 'CT 35 năm 2019 hướng tới Đại hội XIII bot có dùng không', 'doc:ct-35-2019'],
  ['doc', 'what is the 2019 Directive 35 about', 'doc:ct-35-2019'],
  ['doc', 'Kết luận 118-KL/TW ngày 18/1/2025 là kết luận về việc gì?', 'doc:kl-118-2025'],
  ['doc', 'KL 118 hiện còn áp dụng nữa không', 'doc:kl-118-2025'],
  ['doc', 'ket luan so 118 ban hanh ngay bao nhieu', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị 45-CT/TW ban hành ngày nào thế?', 'doc:ct-45-2025'],
  ['doc', 'ct45 của Bộ Chính trị là chỉ thị về cái gì', 'doc:ct-45-2025'],
  ['doc', 'Directive 45 replaced which documents?', 'doc:ct-45-2025'],
  ['doc', 'Kết luận số 200-KL/TW ký ngày nào vậy', 'doc:kl-200-2025'],
  ['doc', 'KL 200 do cơ quan nào ban hành', 'doc:kl-200-2025'],
  ['doc', 'Conclusion 200, what date and who issued it?', 'doc:kl-200-2025'],
  ['doc', 'Cơ quan nào ra Hướng dẫn 27-HD/BTCTW hồi tháng 8/2024 nhỉ?', 'doc:hd-27-2024'],
  ['doc', 'HD 27 của Ban Tổ chức Trung ương hướng dẫn cái gì', 'doc:hd-27-2024'],
  ['doc', 'huong dan so 27 ban hanh khi nao a', 'doc:hd-27-2024'],
  ['doc', 'Hướng dẫn số 18-HD/BTCTU do ai ban hành?', 'doc:hd-18-2024'],
  ['doc', 'HD18 của Ban Tổ chức Thành ủy là hướng dẫn gì vậy', 'doc:hd-18-2024'],
  ['doc', 'Guidance 18 of the Hanoi organisation board, what date was it?', 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch 258-KH/TU ngày 15/7/2024 là của cấp nào?', 'doc:kh-258-2024'],
  ['doc', 'KH 258 của Thành ủy ban hành ngày mấy', 'doc:kh-258-2024'],
  ['doc', 'plan 258 of the city committee, what is its status', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch số 203-KH/QU là kế hoạch gì ạ?', 'doc:kh-203-2024'],
  ['doc', 'kh203 quận ủy ký ngày mấy', 'doc:kh-203-2024'],
  ['doc', 'When was Plan 203 of Hai Ba Trung district issued?', 'doc:kh-203-2024'],
  ['doc', 'cho em hỏi Nghị quyết 26-NQ/TW năm 2018 là của ai ban hành ạ', 'doc:nq-26-2018'],
  ['doc', 'NQ26 năm 2018 của Trung ương là nghị quyết nào', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26 of 2018, which body issued it?', 'doc:nq-26-2018'],
  ['doc', 'Quy định 89-QĐ/TW bây giờ còn hiệu lực không?', 'doc:qd-89-2017'],
  ['doc', 'QĐ 89 bị thay bằng văn bản nào rồi', 'doc:qd-89-2017'],
  ['doc', 'regulation 89 of the politburo, dated when', 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365-QĐ/TW thay quy định nào, ra ngày bao nhiêu?', 'doc:qd-365-2025'],
  ['doc', 'qd365 la quy dinh ve cai gi', 'doc:qd-365-2025'],
  ['doc', 'What is Regulation 365 and who issued it?', 'doc:qd-365-2025'],
  ['doc', 'Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy ký ngày nào?', 'doc:qd-14-2023'],
  ['doc', 'QĐ 14 của Thành ủy Hà Nội quy định về tiêu chí gì', 'doc:qd-14-2023'],
  ['doc', 'quy dinh so 14 nam 2023 cua thanh uy con hieu luc khong', 'doc:qd-14-2023'],
  ['doc', 'Quy định 2656-QĐ/QU là quy định gì?', 'doc:qd-2656-2023'],
  ['doc', 'QĐ 2656 của quận ủy ban hành khi nào', 'doc:qd-2656-2023'],
  ['doc', 'regulation 2656, who is the issuer', 'doc:qd-2656-2023'],
  ['doc', 'Quy định số 1216-QĐ/QU ngày 6/4/2022 nói về gì?', 'doc:qd-1216-2022'],
  ['doc', 'qđ1216 của quận còn áp dụng không', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216 — which board issued it?', 'doc:qd-1216-2022'],
  ['doc', 'Quy định 294-QĐ/TW ban hành ngày nào, ai ký?', 'doc:qd-294-2025'],
  ['doc', 'QĐ 294 có hiệu lực từ bao giờ', 'doc:qd-294-2025'],
  ['doc', 'regulation 294 — what does it cover, and since when', 'doc:qd-294-2025'],
  ['doc', 'Hướng dẫn 26-HD/BTCTW năm 2019 hướng dẫn chỉ thị nào?', 'doc:hd-26-2019'],
  ['doc', 'HD 26 năm 2019 của Ban Tổ chức TW bây giờ còn dùng không', 'doc:hd-26-2019'],
  ['doc', 'huong dan so 26 ngay 18/10/2019 la van ban gi', 'doc:hd-26-2019'],

  // Documents the pack does not hold.
  ['unknown-doc', 'Quy định 144-QĐ/TW về chuẩn mực đạo đức cách mạng là gì?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 12-HD/BTCTW ban hành ngày nào', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 21-KL/TW nói về nội dung gì vậy', 'unknown-doc'],
  ['unknown-doc', 'Quy định 22-QĐ/TW về công tác kiểm tra giám sát còn hiệu lực không', 'unknown-doc'],
  ['unknown-doc', 'chỉ thị 05-CT/TW về học tập và làm theo Bác là gì', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 57-NQ/TW do ai ban hành?', 'unknown-doc'],
  ['unknown-doc', 'QĐ 96 về lấy phiếu tín nhiệm ban hành năm nào', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 150-KH/TU của Thành ủy là kế hoạch gì', 'unknown-doc'],
  ['unknown-doc', 'nghi quyet 21-NQ/TW ve to chuc co so dang la gi', 'unknown-doc'],
  ['unknown-doc', 'Regulation 132-QĐ/TW, what does it say?', 'unknown-doc'],
  ['unknown-doc', 'What is Directive 24-CT/TU of the city committee?', 'unknown-doc'],
  ['unknown-doc', 'Thông báo 05-TB/QU của quận ủy về đại hội nói gì', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 03-HD/BTCTU năm 2025 hướng dẫn cái gì', 'unknown-doc'],

  // In-scope questions from party cells, with everyday or off-topic words in them.
  ['offword', 'Chi bộ Hội Phụ nữ phường hỏi: báo cáo kiểm điểm của cấp ủy phải viết thế nào?', 'van-kien'],
  ['offword', 'Chi bộ công ty may chúng tôi cần lập những tổ nào để phục vụ đại hội?', 'chuan-bi'],
  [
    'offword',
    'Trời mưa to, hội nghị quán triệt văn bản đại hội có được họp trực tuyến không hay bắt buộc trực tiếp?',
    'chuan-bi',
  ],
  [
    'offword',
    'Chi bộ cựu chiến binh tổ dân phố có phải bầu đoàn đại biểu dự đại hội cấp trên không?',
    'noi-dung',
  ],
  [
    'offword',
    'Bí thư chi bộ trường tiểu học hỏi: đại hội có được nấu cỗ, liên hoan linh đình không?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Chi bộ có nhiều đảng viên trẻ bên đoàn thanh niên, chọn nhân sự cấp ủy khóa mới phải theo tiêu chuẩn gì?',
    'nhan-su',
  ],
  [
    'offword',
    'Xem trên điện thoại mãi không thấy: báo cáo chính trị của chi bộ phải đánh giá những gì?',
    'van-kien',
  ],
  [
    'offword',
    'Chi bộ ban quản lý chợ hỏi đại hội chi bộ giờ 5 năm mới làm một lần phải không?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Chi bộ khu dân cư toàn các cụ hưu trí, tổ chức đại hội thế nào cho tiết kiệm tiền, không lãng phí?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Chi bộ trường mầm non muốn biết đại hội điểm ở đảng bộ cơ sở làm vào tháng nào',
    'dai-hoi-diem',
  ],
  ['offword', 'Đảng bộ công ty xe buýt: đại hội đảng bộ cơ sở phải hoàn thành trước ngày nào?', 'lich-trinh'],
  [
    'offword',
    'Chi bộ Hội Nông dân hỏi tổ văn kiện, tổ nhân sự lập ra để làm gì khi chuẩn bị đại hội',
    'chuan-bi',
  ],
  [
    'offword',
    'Chi bộ khách sạn chúng tôi hỏi đại hội các cấp nhiệm kỳ 2025-2030 đã tổ chức xong hết chưa?',
    'ket-qua',
  ],
  ['offword', 'Our cell at a football club asks: what four items must the congress cover?', 'noi-dung'],
  [
    'offword',
    'How much does the self-review report have to criticise? Our cell is in a food company.',
    'van-kien',
  ],
  ['offword', 'Chi bộ bệnh viện hỏi: đại hội chi bộ trực thuộc phải làm xong trong tháng mấy?', 'lich-trinh'],

  // Two-part questions: the first topic first, the second answered too.
  [
    'two-part',
    'Báo cáo kiểm điểm phải thế nào, và đại hội chi bộ cơ sở xong trước ngày nào?',
    'van-kien+lich-trinh',
  ],
  ['two-part', 'Đại hội gồm mấy nội dung? Ngoài ra đại hội điểm làm vào lúc nào?', 'noi-dung+dai-hoi-diem'],
  [
    'two-part',
    'Cần lập những tổ nào để chuẩn bị đại hội, với lại nhân sự cấp ủy mới chọn theo quy định nào?',
    'chuan-bi+nhan-su',
  ],
  [
    'two-part',
    'Chính quyền 2 cấp chạy từ khi nào, và Đại hội XIV họp ngày nào?',
    'chinh-quyen-2-cap+dai-hoi-xiv',
  ],
  [
    'two-part',
    'Đại hội chi bộ 5 năm một lần là sao, rồi đại hội các cấp đã xong hết chưa?',
    'chi-bo-5-nam+ket-qua',
  ],
  [
    'two-part',
    'Nguyên tắc tổ chức đại hội là gì; còn báo cáo chính trị cần nêu những gì?',
    'nguyen-tac+van-kien',
  ],
  [
    'two-part',
    'Từ sau hội nghị tháng 10/2024 có gì thay đổi, và Đại hội Đảng bộ quận lần thứ XXVII là đại hội nào?',
    'thay-doi+dai-hoi-quan',
  ],
  [
    'two-part',
    'What must the political report assess, and when do cells under a grassroots committee hold their congress?',
    'van-kien+lich-trinh',
  ],
  [
    'two-part',
    'chi bo dai hoi 5 nam 1 lan tu bao gio, va bau ban chap hanh co phai noi dung dai hoi khong',
    'chi-bo-5-nam+noi-dung',
  ],
  [
    'two-part',
    'cho hỏi đại hội điểm chọn những đơn vị nào, và nhân sự cấp ủy khóa mới chọn theo tiêu chí gì',
    'dai-hoi-diem+nhan-su',
  ],
  [
    'two-part',
    'Chỉ thị về đại hội năm 2024 có mấy phụ lục, và Đại hội XIV diễn ra khi nào?',
    'chi-thi-35+dai-hoi-xiv',
  ],

  // Conversational phrasing per unit type.
  ['unit', 'Chi bộ tôi trực thuộc đảng ủy phường, đại hội phải xong trong tháng mấy?', 'lich-trinh'],
  ['unit', 'Mình là bí thư chi bộ cơ sở, đại hội chi bộ bắt đầu từ tháng nào?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở thì các chi bộ trực thuộc đại hội trước rồi mới tới đại hội đảng bộ đúng không?',
    'lich-trinh',
  ],
  ['unit', 'chi bo co so cua em co can lap to nhan su, to van kien khong', 'chuan-bi'],
  ['unit', 'Đảng bộ cơ sở phải chọn mấy chi bộ để làm đại hội điểm?', 'dai-hoi-diem'],
  [
    'unit',
    'We are a grassroots party cell: by what date did our congress have to be finished?',
    'lich-trinh',
  ],
  ['unit', 'chi bộ trực thuộc có phải bầu đoàn đại biểu đi đại hội đảng bộ cấp trên không', 'noi-dung'],
  ['unit', 'Đảng bộ khối hành chính sự nghiệp có được chọn làm đại hội điểm của quận không?', 'dai-hoi-diem'],
  ['unit', 'chi bộ trực thuộc đảng ủy cơ sở giờ 5 năm mới đại hội 1 lần hả', 'chi-bo-5-nam'],

  // Typos, abbreviations, no diacritics.
  ['typo', 'dai hoi gom nhung noi dug gi', 'noi-dung'],
  ['typo', 'bao cao chinh tri can danh gia nhug gi', 'van-kien'],
  ['typo', 'ĐH chi bộ trưc thuộc hoàn thàh tháng mấy', 'lich-trinh'],
  ['typo', 'đai hoi diem lam thang 12 ah', 'dai-hoi-diem'],
  ['typo', 'BCH khoa moi chon nhan su theo tieu chuan j', 'nhan-su'],
  ['typo', 'chinh quyen 2 cap bat dau tu ngay nao', 'chinh-quyen-2-cap'],
  ['typo', 'dh xiv hop tu ngay nao den ngay nao vay', 'dai-hoi-xiv'],
  ['typo', 'nguyen tac tap trung dan chu khi to chuc dh la the nao', 'nguyen-tac'],
  ['typo', 'ĐBCS cần chuẩn bi j cho ĐH', 'chuan-bi'],
  ['typo', 'dh cac cap nk 2025-2030 da xong chua nhi', 'ket-qua'],
  ['typo', 'co gi thay doi tu sau hoi nghi quan triet 23/10 ko', 'thay-doi'],
  ['typo', 'CB đh 5 nam 1 lan la thi diem a', 'chi-bo-5-nam'],
  ['typo', 'cac van ban bot dung gom nhung van ban nao', 'tai-lieu'],
  ['typo', 'bao cao kiem diem cap uy phai co tinh chien dau la sao', 'van-kien'],
  ['typo', 'đại hôị đảng bộ quận lần thứ 27 là đại hôi gì', 'dai-hoi-quan'],

  // English.
  ['en', 'What are the four items a party congress must cover?', 'noi-dung'],
  ['en', 'which 2 reports go to the congress from the outgoing committee?', 'van-kien'],
  ['en', 'on which days was the 14th national congress of the Party held', 'dai-hoi-xiv'],
  ['en', 'from what date did the two-tier local government model start working?', 'chinh-quyen-2-cap'],
  ['en', 'Have all the 2025-2030 party congresses been held already?', 'ket-qua'],
  ['en', 'How should a grassroots committee get ready for its congress?', 'chuan-bi'],
  ['en', 'pilot congress in december 2024, who chooses the cell?', 'dai-hoi-diem'],
  ['en', 'What principles must be respected when organising the congress?', 'nguyen-tac'],
  ['en', 'how are the new committee members picked', 'nhan-su'],
  ['en', 'anything changed after the 23 Oct 2024 briefing conference? list pls', 'thay-doi'],
  ['en', 'do party cells now hold a congress only once every five years?', 'chi-bo-5-nam'],
  ['en', 'list the documents the bot relies on', 'tai-lieu'],
  ['en', 'What does the 2024 directive on congresses contain, how many appendices?', 'chi-thi-35'],
  ['en', 'the 27th Hai Ba Trung district party congress, what was that about?', 'dai-hoi-quan'],

  // Facts a topic body states (no document numbers).
  ['fact', 'Báo cáo nào là báo cáo trung tâm trình đại hội?', 'van-kien'],
  ['fact', 'Đại hội điểm của chi bộ trực thuộc làm trong tháng 12/2024 phải không?', 'dai-hoi-diem'],
  [
    'fact',
    'Hà Nội có bao nhiêu đảng bộ cấp huyện kết thúc hoạt động khi chuyển sang chính quyền 2 cấp?',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'Chỉ thị về đại hội của Bộ Chính trị năm 2024 nêu bao nhiêu yêu cầu?', 'chi-thi-35'],
  ['fact', 'Trước đây Điều lệ Đảng quy định đại hội chi bộ mấy lần trong 5 năm?', 'chi-bo-5-nam'],
  ['fact', 'Đại hội đại biểu toàn quốc lần thứ XIV kết thúc vào hôm nào vậy?', 'dai-hoi-xiv'],
  ['fact', 'Ban Thường vụ Quận ủy chọn những đơn vị nào làm đại hội điểm đầu quý I/2025?', 'dai-hoi-diem'],
  [
    'fact',
    'Phụ lục của chỉ thị về đại hội năm 2024 có phụ lục về tuổi và số lượng cấp ủy viên không?',
    'chi-thi-35',
  ],
  ['fact', 'Bầu ban chấp hành nhiệm kỳ 2025-2030 là nội dung thứ mấy của đại hội?', 'noi-dung'],
  ['fact', 'Sau đại hội các cấp, Bộ Chính trị và Ban Bí thư yêu cầu tiếp tục làm gì?', 'ket-qua'],

  // Lookalikes: out of scope, refused.
  ['lookalike', 'Đại hội Đoàn TNCS Hồ Chí Minh phường năm nay tổ chức khi nào?', null],
  ['lookalike', 'Đại hội công đoàn cơ sở trường học cần chuẩn bị những gì?', null],
  ['lookalike', 'Đại hội đồng cổ đông thường niên của công ty phải họp trước 30/6 à?', null],
  ['lookalike', 'Đại hội Hội Cựu chiến binh phường nhiệm kỳ mới bầu bao nhiêu ủy viên?', null],
  ['lookalike', 'Đại hội Hội Liên hiệp Phụ nữ Việt Nam lần thứ XIII họp năm nào?', null],
  ['lookalike', 'Đại hội đại biểu Mặt trận Tổ quốc phường có mấy nội dung?', null],
  ['lookalike', 'Đại hội Hội Nông dân xã viết báo cáo chính trị thế nào?', null],
  ['lookalike', 'Đảng Cộng sản Trung Quốc họp đại hội lần thứ 20 năm nào nhỉ', null],
  ['lookalike', 'When is the next Democratic National Convention in the US?', null],
  ['lookalike', 'Đại hội chi đội thiếu niên tiền phong lớp 5 cần làm những gì?', null],
  ['lookalike', 'Đại hội Hội Sinh viên trường bầu ban chấp hành như thế nào?', null],
  ['lookalike', 'SEA Games 33 là đại hội thể thao Đông Nam Á lần thứ mấy?', null],
  ['lookalike', 'Đại hội thể dục thể thao phường năm nay có môn cầu lông không?', null],
  ['lookalike', 'trong truyện chưởng Kim Dung, đại hội võ lâm anh hùng tổ chức ở đâu', null],
  ['lookalike', 'Đại hội cháu ngoan Bác Hồ của thành phố tổ chức ở đâu?', null],
  ['lookalike', 'which city hosts the summer olympics in 2028', null],
  ['lookalike', 'đại hội cosplay anime ở Hà Nội tháng này ở đâu', null],
  ['lookalike', 'quận Hai Bà Trưng trước đây', null],
  ['lookalike', 'phường Bạch Mai nhé', null],
  ['lookalike', '33 Đại Cồ Việt đi đường nào', null],
  ['lookalike', 'Hồ Hoàn Kiếm thuộc phường nào bây giờ', null],
  ['lookalike', 'Thủ tục chuyển sinh hoạt đảng khi đổi chỗ làm việc?', null],
  ['lookalike', 'đảng viên hưu trí đóng đảng phí hằng tháng bao nhiêu tiền', null],
  ['lookalike', 'Hồ sơ kết nạp đảng viên mới gồm những giấy tờ gì?', null],
  ['lookalike', 'Cách viết bản kiểm điểm đảng viên cuối năm', null],
  ['lookalike', 'Thủ tục xét tặng huy hiệu 30 năm tuổi Đảng thế nào?', null],
  ['lookalike', 'Đảng viên dự bị bao lâu thì được xét công nhận chính thức?', null],
  ['lookalike', 'đồng chí nào đang giữ chức Bí thư Thành ủy Hà Nội', null],
  ['lookalike', 'Ai được bầu làm Tổng Bí thư tại Đại hội XIV?', null],
  ['lookalike', 'Chủ tịch UBND phường Vĩnh Tuy tên là gì?', null],
  ['lookalike', 'Số điện thoại Ban Tổ chức Thành ủy Hà Nội là bao nhiêu?', null],
  ['lookalike', 'Địa chỉ trụ sở Đảng ủy phường Vĩnh Tuy ở đâu?', null],
  ['lookalike', 'bộ phận một cửa của phường làm việc mấy giờ', null],
  ['lookalike', 'mức lương cơ sở từ tháng 7 năm 2026 tăng lên bao nhiêu', null],
  ['lookalike', 'Quốc hội khóa XVI nhiệm kỳ kéo dài mấy năm?', null],
  ['lookalike', 'Bầu cử đại biểu HĐND các cấp năm 2026 vào ngày nào?', null],
  ['lookalike', 'Hạn nộp tờ khai thuế quý 4 của doanh nghiệp là ngày nào?', null],
  ['lookalike', 'Lịch thi tốt nghiệp THPT năm nay thế nào?', null],
  ['lookalike', 'Hội nghị người lao động của công ty tổ chức vào tháng mấy?', null],
  ['lookalike', 'Quy chế hoạt động của ban đại diện cha mẹ học sinh', null],
  ['lookalike', 'Đăng ký tạm trú online làm thế nào?', null],
  ['lookalike', 'chiều nay ở Hà Nội mưa không, có cần mang áo mưa không', null],
  ['lookalike', 'nấu nước dùng phở bò sao cho trong và ngọt', null],
  ['lookalike', 'Tỷ giá đô la Mỹ hôm nay bao nhiêu?', null],
  ['lookalike', 'is it going to rain in hanoi this weekend?', null],
  ['lookalike', 'Kết quả trận Việt Nam gặp Thái Lan tối qua', null],
  ['lookalike', 'How do I renew my Vietnamese passport?', null],
  ['lookalike', 'bây giờ là mấy giờ rồi', null],
  ['lookalike', 'Ban chấp hành công đoàn cơ sở nhiệm kỳ mấy năm?', null],
  ['lookalike', 'Hướng dẫn tổ chức đại hội chi hội người cao tuổi', null],
  ['lookalike', 'Đại hội Đảng Nhân dân Cách mạng Lào lần thứ XII họp ở đâu?', null],
  ['lookalike', 'Tết Nguyên đán năm tới được nghỉ mấy ngày?', null],
];

export const NEWSET9: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
