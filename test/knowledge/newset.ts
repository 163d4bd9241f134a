/**
 * The new evaluation set (issue 11), written from ../shared/sources/ (the conference article and
 * FACTS.md) and the pack's list of documents, as a new user would ask, BEFORE any change to the
 * engine and without running these questions through it. Nobody tunes the engine or the pack
 * against it: it is measured once after the engine change (`bench qa_new_*`). Do not edit an item
 * after its commit, except to fix an expected answer that is factually wrong (in its own commit).
 *
 * Each item says what a right reply is:
 *   'topic-id'      that topic is the first topic answered (a document card may come before it)
 *   'a+b'           a two-part question: topic a first, and topic b answered too
 *   'doc:id'        the first part of the reply is that document's card
 *   'unknown-doc'   the question names a document the pack does not hold: "not in the bot's
 *                   sources", never a topic answer and never another document's card
 *   null            out of scope: refused (no topic, no document card)
 * Document ids that the pack did not hold yet when the set was written (kl-200-2025, the 2019
 * Directive 35 ct-35-2019 and its guidance hd-26-2019) come from FACTS.md, and the topic
 * `ket-qua` is the answer FACTS.md gives from Kết luận 200-KL/TW (the congresses have been held).
 */
export type NewKind =
  | 'doc'
  | 'unknown-doc'
  | 'offword'
  | 'two-part'
  | 'unit'
  | 'typo'
  | 'en'
  | 'fact'
  | 'lookalike';

export interface NewItem {
  q: string;
  expect: string | null;
  kind: NewKind;
}

/** One part of a reply, as the bench sees it. */
export type ReplyPart = { topic: string } | { document: string } | { unknownDocument: true };

/** Whether a reply is right for an item (see the header for what each expectation means). */
export function judge(expect: string | null, parts: ReplyPart[]): boolean {
  const topics = parts.flatMap((p) => ('topic' in p ? [p.topic] : []));
  const cards = parts.flatMap((p) => ('document' in p ? [p.document] : []));
  if (expect === null) return topics.length === 0 && cards.length === 0;
  if (expect === 'unknown-doc')
    return topics.length === 0 && cards.length === 0 && parts.some((p) => 'unknownDocument' in p);
  if (expect.startsWith('doc:')) {
    const first = parts[0];
    return first !== undefined && 'document' in first && first.document === expect.slice(4);
  }
  const [a, b] = expect.split('+');
  if (b !== undefined) return topics[0] === a && topics.includes(b);
  return topics[0] === a;
}

/** A reply in a few words, for the confusion listing. */
export function describe(parts: ReplyPart[]): string {
  if (parts.length === 0) return '(refused)';
  return parts
    .map((p) => ('topic' in p ? p.topic : 'document' in p ? `doc:${p.document}` : 'unknown-doc'))
    .join(' + ');
}

const items: Array<[NewKind, string, string | null]> = [
  // Documents asked by number, every document of the pack, in several spellings.
  ['doc', 'Chỉ thị 35-CT/TW ban hành ngày nào?', 'doc:ct-35-2024'],
  ['doc', 'chi thi so 35 cua bo chinh tri con hieu luc ko', 'doc:ct-35-2024'],
  ['doc', 'CT35 do ai ban hanh', 'doc:ct-35-2024'],
  ['doc', 'Directive 35-CT/TW: who issued it and when?', 'doc:ct-35-2024'],
  ['doc', 'Kết luận 118-KL/TW ngày bao nhiêu?', 'doc:kl-118-2025'],
  ['doc', 'kl 118 la van ban gi', 'doc:kl-118-2025'],
  ['doc', 'KL118 còn áp dụng không', 'doc:kl-118-2025'],
  ['doc', 'Conclusion 118: what is it?', 'doc:kl-118-2025'],
  ['doc', 'Ai ban hành Kết luận 118?', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị số 45 của Bộ Chính trị ra ngày nào?', 'doc:ct-45-2025'],
  ['doc', 'ct 45 ct tw la chi thi ve van de gi', 'doc:ct-45-2025'],
  ['doc', 'Directive 45 was issued when?', 'doc:ct-45-2025'],
  ['doc', '45-CT/TW', 'doc:ct-45-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW là hướng dẫn gì?', 'doc:hd-27-2024'],
  ['doc', 'hd27 cua ban to chuc trung uong ban hanh ngay nao', 'doc:hd-27-2024'],
  ['doc', 'Guidance 27-HD/BTCTW date', 'doc:hd-27-2024'],
  ['doc', 'Hướng dẫn số 18 ngày mấy?', 'doc:hd-18-2024'],
  ['doc', 'HD 18-HD/BTCTU của Ban Tổ chức Thành ủy hướng dẫn về cái gì', 'doc:hd-18-2024'],
  ['doc', 'huong dan 18 btctu', 'doc:hd-18-2024'],
  ['doc', 'What is Guidance 18-HD/BTCTU?', 'doc:hd-18-2024'],
  ['doc', 'KH 258-KH/TU của Thành ủy là kế hoạch gì?', 'doc:kh-258-2024'],
  ['doc', 'ke hoach 258 thanh uy ban hanh ngay nao', 'doc:kh-258-2024'],
  ['doc', 'kh258 la gi', 'doc:kh-258-2024'],
  ['doc', '258-KH/TU', 'doc:kh-258-2024'],
  ['doc', 'What is Plan 258?', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch số 203-KH/QU ban hành ngày nào?', 'doc:kh-203-2024'],
  ['doc', 'kh 203 cua quan uy hai ba trung con hieu luc khong', 'doc:kh-203-2024'],
  ['doc', 'Plan 203-KH/QU: issued by whom?', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW ra đời năm nào?', 'doc:nq-26-2018'],
  ['doc', 'nq26 la nghi quyet gi', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26-NQ/TW date and issuer', 'doc:nq-26-2018'],
  ['doc', 'QĐ 89 còn hiệu lực không?', 'doc:qd-89-2017'],
  ['doc', 'quy dinh 89-qd/tw ngay nao', 'doc:qd-89-2017'],
  ['doc', 'Regulation 89, is it still valid', 'doc:qd-89-2017'],
  ['doc', 'Quy định 365-QĐ/TW ban hành khi nào?', 'doc:qd-365-2025'],
  ['doc', 'qd365 do co quan nao ban hanh', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365: what is it?', 'doc:qd-365-2025'],
  ['doc', 'Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy là gì?', 'doc:qd-14-2023'],
  ['doc', 'qd 14 tu ngay bao nhieu', 'doc:qd-14-2023'],
  ['doc', 'Who issued Regulation 14-QĐ/TU?', 'doc:qd-14-2023'],
  ['doc', 'Quy định số 2656 của Quận ủy ban hành ngày nào?', 'doc:qd-2656-2023'],
  ['doc', 'qd2656 la quy dinh gi', 'doc:qd-2656-2023'],
  ['doc', '2656-QĐ/QU', 'doc:qd-2656-2023'],
  ['doc', 'Quy định 1216-QĐ/QU về việc gì?', 'doc:qd-1216-2022'],
  ['doc', 'quy dinh 1216 ban hanh nam nao', 'doc:qd-1216-2022'],
  ['doc', 'What is Regulation 1216?', 'doc:qd-1216-2022'],
  ['doc', 'Quy định 294-QĐ/TW do cơ quan nào ban hành?', 'doc:qd-294-2025'],
  ['doc', 'qd294 co hieu luc tu ngay nao', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294-QĐ/TW, issued by?', 'doc:qd-294-2025'],
  ['doc', 'Kết luận 200-KL/TW nói gì?', 'doc:kl-200-2025'],
  ['doc', 'kl200 ngay nao', 'doc:kl-200-2025'],
  ['doc', 'Conclusion 200-KL/TW date', 'doc:kl-200-2025'],
  ['doc', 'Chỉ thị 35 năm 2019 có còn dùng không?', 'doc:ct-35-2019'],
  ['doc', 'chi thi 35 ngay 30/5/2019', 'doc:ct-35-2019'],
  ['doc', 'Directive 35 of 2019', 'doc:ct-35-2019'],
  ['doc', 'Hướng dẫn 26-HD/BTCTW năm 2019 là gì', 'doc:hd-26-2019'],
  ['doc', 'hd 26 btctw', 'doc:hd-26-2019'],

  // Documents the pack does not hold.
  ['unknown-doc', 'Quy định 105-QĐ/TW về phân cấp quản lý cán bộ là gì', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 12-CT/TU của Thành ủy nói gì?', 'unknown-doc'],
  ['unknown-doc', 'kế hoạch 150-KH/QU', 'unknown-doc'],
  ['unknown-doc', 'nghi quyet 18 nq tw ve sap xep bo may', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 36-HD/BTCTW hướng dẫn gì', 'unknown-doc'],
  ['unknown-doc', 'What does Regulation 144 say?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 24-QĐ/TW thi hành Điều lệ Đảng', 'unknown-doc'],
  ['unknown-doc', 'Directive 21 about the congress?', 'unknown-doc'],

  // In-scope questions that contain words of the old off-topic list.
  [
    'offword',
    'Chi bộ Hội Cựu chiến binh phường là chi bộ trực thuộc, bao giờ phải đại hội xong?',
    'lich-trinh',
  ],
  [
    'offword',
    'Chi bộ công ty có nhiều đoàn viên thanh niên, đại hội chi bộ cần những nội dung gì?',
    'noi-dung',
  ],
  ['offword', 'How much preparation does the political report need?', 'van-kien'],
  ['offword', 'Chi bộ Hội Phụ nữ phường chuẩn bị đại hội cần thành lập những tổ nào?', 'chuan-bi'],
  [
    'offword',
    'Chi bộ trường trung học, nơi thầy cô dạy học sinh, hạn chót đại hội là khi nào?',
    'lich-trinh',
  ],
  ['offword', 'Trời mưa to thì hội nghị quán triệt có được họp trực tuyến không?', 'chuan-bi'],
  [
    'offword',
    'Đại hội chi bộ có nên nấu cỗ liên hoan linh đình không hay phải chống lãng phí?',
    'nguyen-tac',
  ],
  ['offword', 'Chi bộ công ty điện thoại di động là chi bộ cơ sở thì đại hội vào tháng mấy?', 'lich-trinh'],
  ['offword', 'What may the congress cost? Must we avoid waste and show?', 'nguyen-tac'],
  ['offword', "Does the political report have to match the upper level's draft documents?", 'van-kien'],
  ['offword', 'Chi bộ Hội Nông dân đại hội trong tháng mấy?', 'lich-trinh'],
  [
    'offword',
    'Chi bộ khách sạn thuộc đảng bộ công ty du lịch là chi bộ trực thuộc, đại hội khi nào?',
    'lich-trinh',
  ],
  [
    'offword',
    'Chi bộ sinh viên trong trường đại học có phải góp ý dự thảo văn kiện Đại hội XIV không?',
    'noi-dung',
  ],
  ['offword', 'Đảng bộ công ty chứng khoán là đảng bộ cơ sở thì đại hội xong trước ngày nào?', 'lich-trinh'],
  ['offword', 'Chi bộ Hội Người cao tuổi có phải làm báo cáo kiểm điểm của chi ủy không?', 'van-kien'],
  ['offword', 'Chi bộ Câu lạc bộ bóng đá chọn nhân sự cấp ủy theo những quy định nào?', 'nhan-su'],
  ['offword', 'Chi bộ Trung tâm thể dục thể thao có được chọn làm đại hội điểm không?', 'dai-hoi-diem'],
  ['offword', 'Chi bộ Hội Chữ thập đỏ đại hội có bầu đoàn đại biểu đi đại hội cấp trên không?', 'noi-dung'],
  ['offword', 'Chi bộ cơ quan công đoàn phường là chi bộ cơ sở, đại hội bắt đầu từ tháng mấy?', 'lich-trinh'],
  ['offword', 'Đảng bộ công ty xổ số kiến thiết đại hội nhiệm kỳ 2025-2030 có mấy nội dung?', 'noi-dung'],
  ['offword', 'Chi bộ nhà hàng của công ty tổ chức đại hội có được phô trương, tốn kém không?', 'nguyen-tac'],
  ['offword', 'Is it fine to cook a big meal for the congress, or should we cut waste?', 'nguyen-tac'],
  ['offword', "Our cell is in the women's union: when is our congress deadline?", 'lich-trinh'],
  ['offword', 'Our party cell is in a veterans association; what must the congress include?', 'noi-dung'],
  ['offword', "Party cell of the students' dormitory: which reports go to our congress?", 'van-kien'],
  [
    'offword',
    'Chi bộ bến xe máy và ô tô của công ty vận tải phải đại hội xong trước ngày nào?',
    'lich-trinh',
  ],
  ['offword', 'Chi bộ Ban quản lý chung cư có phải rà soát quy hoạch cán bộ trước đại hội không?', 'nhan-su'],

  // Two-part questions.
  [
    'two-part',
    'Báo cáo chính trị cần đánh giá gì, và đảng bộ cơ sở đại hội xong trước ngày nào?',
    'van-kien+lich-trinh',
  ],
  ['two-part', 'Đại hội chi bộ có mấy nội dung và cấp ủy phải trình những báo cáo nào?', 'noi-dung+van-kien'],
  [
    'two-part',
    'chon nhan su cap uy theo quy dinh nao, con dai hoi diem to chuc khi nao',
    'nhan-su+dai-hoi-diem',
  ],
  [
    'two-part',
    'Đại hội XIV diễn ra khi nào, và bây giờ quận ủy còn hoạt động không?',
    'dai-hoi-xiv+chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'What are the contents of a congress, and when is the deadline for a grassroots cell?',
    'noi-dung+lich-trinh',
  ],
  [
    'two-part',
    'How often does a cell hold its congress now, and which principles must it follow?',
    'chi-bo-5-nam+nguyen-tac',
  ],
  ['two-part', 'chuan bi dai hoi can lam gi va bao cao kiem diem viet the nao', 'chuan-bi+van-kien'],
  [
    'two-part',
    'Đại hội điểm tổ chức vào lúc nào, còn nguyên tắc tổ chức đại hội ra sao?',
    'dai-hoi-diem+nguyen-tac',
  ],
  [
    'two-part',
    'Which reports go to the congress? Also, how should we set up the working teams?',
    'van-kien+chuan-bi',
  ],
  [
    'two-part',
    'Nhiệm kỳ chi bộ mấy năm, còn chính quyền hai cấp bắt đầu từ bao giờ?',
    'chi-bo-5-nam+chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'Đại hội Đảng bộ quận là lần thứ mấy, và chi bộ trực thuộc đại hội trong tháng nào?',
    'dai-hoi-quan+lich-trinh',
  ],
  [
    'two-part',
    'Chỉ thị 35 có bảy yêu cầu gì; và từ hội nghị 23/10/2024 đến nay đã thay đổi những gì?',
    'chi-thi-35+thay-doi',
  ],

  // Conversational phrasing, per unit type.
  [
    'unit',
    'Em là bí thư chi bộ tổ dân phố số 5, chi bộ em trực thuộc đảng ủy phường, khi nào phải đại hội ạ?',
    'lich-trinh',
  ],
  ['unit', 'chi bo minh truc thuoc dang uy, co duoc chon lam dai hoi diem khong', 'dai-hoi-diem'],
  ['unit', 'Bên mình là chi bộ trực thuộc, đại hội có phải bầu đoàn đại biểu không anh?', 'noi-dung'],
  ['unit', 'We are a cell under a grassroots committee: by which month must we finish?', 'lich-trinh'],
  [
    'unit',
    'Chi bộ cơ sở bọn mình chỉ có 12 đảng viên, đại hội có cần làm báo cáo kiểm điểm không?',
    'van-kien',
  ],
  ['unit', 'cbcs thi bat dau dai hoi tu thang may vay', 'lich-trinh'],
  ['unit', 'Chi bộ cơ sở của trường mầm non thì chuẩn bị đại hội làm những gì?', 'chuan-bi'],
  [
    'unit',
    'Our grassroots cell reports straight to the ward committee. When does our congress window close?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng bộ cơ sở của tôi có 9 chi bộ, phải đợi các chi bộ đại hội xong rồi mới đại hội à?',
    'lich-trinh',
  ],
  ['unit', 'dang bo co so thi to chuc dai hoi dang vien hay dai hoi dai bieu, vao luc nao', 'lich-trinh'],
  ['unit', 'Đảng ủy cơ sở phải chọn chi bộ nào để làm đại hội điểm?', 'dai-hoi-diem'],
  ['unit', 'As a grassroots party committee, what must our congress elect?', 'noi-dung'],
  ['unit', 'Đảng bộ phường có nằm trong diện được chọn đại hội điểm không?', 'dai-hoi-diem'],
  ['unit', 'Chi bộ trực thuộc như bọn em thì đại hội có phải góp ý văn kiện cấp trên không ạ?', 'noi-dung'],

  // Typos and abbreviations, mostly without diacritics.
  ['typo', 'bao cao chinh tri phai danh gia nhung gj', 'van-kien'],
  ['typo', 'nguyen tac tap trung dan chu khi to chuc dh', 'nguyen-tac'],
  ['typo', 'dh cb truc thuoc xong truoc thang 3 ha', 'lich-trinh'],
  ['typo', 'to nhan su, to van kien, to to chuc co bat buoc lap ko', 'chuan-bi'],
  ['typo', 'tieu chuan can bo de cu vao bch la gi', 'nhan-su'],
  ['typo', 'dai hoi diem cua quan chon nhung don vi nao', 'dai-hoi-diem'],
  ['typo', 'chinh quyen 2 cap bat dau tu 1/7 phai ko', 'chinh-quyen-2-cap'],
  ['typo', 'dh xiv hop tu ngay may den ngay may', 'dai-hoi-xiv'],
  ['typo', 'chi bo 5 nam dh 1 lan dung ko', 'chi-bo-5-nam'],
  ['typo', 'bcct cua db phai du bao tinh hinh ko', 'van-kien'],
  ['typo', 'quy hoach can bo co phai ra soat bo sung ko', 'nhan-su'],
  ['typo', 'hoi nghi quan triet phai xong trong thang 10/2024 ha', 'chuan-bi'],
  ['typo', 'khong pho truong hinh thuc khi to chuc dai hoi', 'nguyen-tac'],
  ['typo', 'bay yeu cau cua chi thi 35 la j', 'chi-thi-35'],
  ['typo', 'nhung thay doi tu sau hoi nghi 23/10', 'thay-doi'],
  ['typo', 'dai hội chi bô co so hoan thanh trươc 30/6/2025 ah', 'lich-trinh'],
  ['typo', 'đai hôi co bâu ban châp hanh moi ko', 'noi-dung'],
  ['typo', 'danh sach van ban lien quan dai hoi', 'tai-lieu'],

  // English.
  ['en', 'What must the political report evaluate?', 'van-kien'],
  ['en', 'What four things does a cell congress do?', 'noi-dung'],
  ['en', 'Do we need a personnel team before the congress?', 'chuan-bi'],
  ['en', 'Which principle matters most when holding the congress?', 'nguyen-tac'],
  ['en', 'By when must a grassroots party committee finish its congress?', 'lich-trinh'],
  ['en', 'Who picks the units for pilot congresses?', 'dai-hoi-diem'],
  ['en', 'Which resolution guides choosing new committee members?', 'nhan-su'],
  ['en', 'Is the Hai Ba Trung district congress the 27th one?', 'dai-hoi-quan'],
  ['en', 'How many appendices are there in Directive 35 of 2024?', 'chi-thi-35'],
  ['en', 'What is new since the October 2024 conference?', 'thay-doi'],
  ['en', 'Are district party committees gone since July 2025?', 'chinh-quyen-2-cap'],
  ['en', 'Can a cell now hold its congress only once in five years?', 'chi-bo-5-nam'],
  ['en', 'When did the 14th National Congress take place?', 'dai-hoi-xiv'],
  ['en', 'Show me all the documents the bot uses.', 'tai-lieu'],

  // Later facts (Kết luận 200-KL/TW: the 2025-2030 congresses have been held).
  ['fact', 'Đại hội các cấp nhiệm kỳ này đã xong chưa?', 'ket-qua'],
  ['fact', 'dai hoi dang bo cac cap nhiem ky 2025 2030 da to chuc thanh cong chua', 'ket-qua'],
  ['fact', 'Bộ Chính trị đánh giá kết quả đại hội đảng bộ các cấp thế nào?', 'ket-qua'],
  ['fact', 'Have the 2025-2030 congresses at all levels been held already?', 'ket-qua'],

  // Out of scope, lookalikes first.
  ['lookalike', 'Nhà văn hóa quận Hai Bà Trưng mở cửa mấy giờ', null],
  ['lookalike', 'báo cáo tài chính cuối năm của công ty nộp khi nào', null],
  ['lookalike', 'hạn nộp hồ sơ xin việc ở UBND phường là ngày nào', null],
  ['lookalike', 'Đại hội cổ đông thường niên công ty tôi họp tháng mấy?', null],
  ['lookalike', 'Đại hội Đoàn Thanh niên phường nhiệm kỳ mới bầu mấy người?', null],
  ['lookalike', 'Đại hội công đoàn cơ sở năm 2026 tổ chức khi nào?', null],
  ['lookalike', 'Đại hội Hội Liên hiệp Phụ nữ quận nhiệm kỳ 2026-2031', null],
  ['lookalike', 'Đại hội thể thao học sinh toàn thành phố', null],
  ['lookalike', 'Phường Bạch Mai ở đâu?', null],
  ['lookalike', 'Hai Bà Trưng', null],
  ['lookalike', 'đường đến 33 Đại Cồ Việt đi thế nào', null],
  ['lookalike', 'Lịch tiếp công dân của UBND phường vào thứ mấy?', null],
  ['lookalike', 'hạn nộp thuế thu nhập cá nhân năm nay', null],
  ['lookalike', 'báo cáo thực tập tốt nghiệp viết thế nào', null],
  ['lookalike', 'Kế hoạch kinh doanh năm 2025 của công ty gồm những nội dung gì?', null],
  ['lookalike', 'Bầu cử đại biểu Quốc hội khóa XVI ngày nào?', null],
  ['lookalike', 'Hội nghị khách hàng cuối năm tổ chức ở đâu', null],
  ['lookalike', 'đại hội võ lâm trong truyện Kim Dung', null],
  ['lookalike', 'Đại nhạc hội cuối tuần ở sân vận động', null],
  ['lookalike', 'Đăng ký tạm trú ở phường cần giấy tờ gì?', null],
  ['lookalike', 'When does the ward office open?', null],
  ['lookalike', 'How do I write a company annual report?', null],
  ['lookalike', 'What is the deadline for university applications?', null],
  ['lookalike', 'shareholders meeting agenda template', null],
  ['lookalike', 'Thời hạn nộp hồ sơ thi tuyển công chức', null],
  ['lookalike', 'nhiệm kỳ của hiệu trưởng trường tiểu học là mấy năm', null],
  ['lookalike', 'Tổ dân phố họp cuối năm bàn những nội dung gì', null],
  ['lookalike', 'Ban chấp hành công đoàn công ty có mấy người?', null],
  ['lookalike', 'quy định về giờ làm việc của công ty', null],
  ['lookalike', 'Luật Đất đai 2024 có hiệu lực từ khi nào?', null],
  ['lookalike', 'Chỉ số chứng khoán hôm nay', null],
  ['lookalike', 'thời tiết Hà Nội cuối tuần', null],
  ['lookalike', 'who won the match yesterday', null],
  ['lookalike', 'Giá vé xem phim tối nay bao nhiêu', null],
  ['lookalike', 'Chương trình đại hội thể dục thể thao phường gồm những môn nào?', null],
  ['lookalike', 'Báo cáo kết quả học tập của học sinh cuối kỳ', null],
];

export const NEWSET: NewItem[] = items.map(([kind, q, expect]) => ({ kind, q, expect }));
