/**
 * The twentieth new evaluation set (issue 11, point 6), written on 2026-12-02 from 17:57 UTC
 * (committed in the commit "Eval: newset20, the twentieth unseen set") by a helper (set20) that
 * had not seen the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from config/dh-2025-2030.yaml only the documents' ids, numbers, dates,
 * titles/abouts, issuers and statuses, the unit types' codes and names, and each topic's id, title
 * and body, printed by a small script that parsed the YAML and printed nothing else (no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset19.ts (its first 35 lines, before its import line) and its export line, the header, types,
 * `judge` and `describe` of newset.ts, newset19.test.ts, set-shape.ts, set-checks.ts and sets.ts.
 * Nothing under src/ or bench/, no README, no git log, diff or show, nothing of newset12.ts …
 * newset19.ts beyond that header and export line, and no other set's items were read. Its users
 * are imagined as a month of ordinary traffic: cell secretaries and members young and old,
 * organisation-board staff, an English speaker or two, writing formally or in chat shorthand,
 * with and without diacritics, with typos, some telling a story first, some asking two things at
 * once; and the out-of-scope messages such traffic holds (other organisations' congresses, other
 * senses of "đại hội", other party business, people in posts, addresses, weather, money, personal
 * matters, other countries and terms, the bot itself, small talk).
 *
 * It was committed BEFORE the next engine change, without running any of its questions through
 * the engine, the bot or the bench; only its shape test (newset20.test.ts), biome and tsc ran.
 * Engine changes reached main while it was being written (up to c683135) and one after its commit
 * (033837a, a place before the subject); its writer saw none of them. It was measured once on the
 * engine as it stood then, at 18:03 UTC on main 77e45ea (`node --expose-gc dist/bench/qa.js`, load
 * 2.20): qa_new_top1 94.4 %, qa_new_oos_refused 96.2 % (8 in-scope misses, 2 lookalikes
 * answered). Its misses were listed after that run, and it is a development set since. Do not
 * edit an item after its commit, except to fix an expectation that is factually wrong (against
 * the sources), in its own commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open were left out, not guessed.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number, several spellings each.
  ['doc', 'Chỉ thị 35-CT/TW năm 2024 bây giờ còn hiệu lực không ạ?', 'doc:ct-35-2024'],
  ['doc', 'ct35 2024 do co quan nao ban hanh vay mn', 'doc:ct-35-2024'],
  ['doc', 'Directive 35 of June 2024: was it replaced, and by what?', 'doc:ct-35-2024'],
  ['doc', 'cho mình hỏi CT 35 ngày 14/6/2024 bị thay bằng văn bản nào thế', 'doc:ct-35-2024'],
  ['doc', 'Chỉ thị 35-CT/TW ngày 30/5/2019 nói về vấn đề gì?', 'doc:ct-35-2019'],
  ['doc', 'ct 35 nam 2019 cua nhiem ky truoc la ve cai gi vay', 'doc:ct-35-2019'],
  ['doc', 'Directive 35 from 2019, the one before the 13th Congress: what was it about?', 'doc:ct-35-2019'],
  ['doc', 'Hướng dẫn 26-HD/BTCTW năm 2019 hướng dẫn cho văn bản nào?', 'doc:hd-26-2019'],
  ['doc', 'hd26 nam 2019 bay gio con dung duoc khong hay bo roi', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26-HD/BTCTW of October 2019, what does it guide?', 'doc:hd-26-2019'],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 được ban hành ngày nào?', 'doc:nq-26-2018'],
  ['doc', 'NQ 26 nam 2018 la cua co quan nao ban hanh', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26 of 2018: who issued it and when?', 'doc:nq-26-2018'],
  ['doc', 'Quy định 89-QĐ/TW về tiêu chuẩn cán bộ bây giờ còn áp dụng không?', 'doc:qd-89-2017'],
  ['doc', 'qd 89 bi thay bang quy dinh nao roi a', 'doc:qd-89-2017'],
  ['doc', 'Is Regulation 89 of 2017 on cadre standards still valid?', 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365-QĐ/TW ngày 30/8/2025 quy định về nội dung gì?', 'doc:qd-365-2025'],
  ['doc', 'QĐ365 thay cho quy định nào vậy ad', 'doc:qd-365-2025'],
  ['doc', 'What does Regulation 365-QĐ/TW cover, and who issued it?', 'doc:qd-365-2025'],
  [
    'doc',
    'Cho em hỏi Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy Hà Nội ký ban hành hôm nào ạ?',
    'doc:qd-14-2023',
  ],
  ['doc', 'qd 14 cua thanh uy ve tieu chi danh gia can bo con hieu luc ko', 'doc:qd-14-2023'],
  ['doc', 'Regulation 14-QĐ/TU of Hanoi: what is it about?', 'doc:qd-14-2023'],
  ['doc', 'Quy định 2656-QĐ/QU ngày 13/11/2023 nói về vấn đề gì?', 'doc:qd-2656-2023'],
  ['doc', 'qd2656 cua quan uy HBT gio con hieu luc khong', 'doc:qd-2656-2023'],
  ['doc', 'Who issued Regulation 2656, and on what date?', 'doc:qd-2656-2023'],
  ['doc', 'Quy định số 1216-QĐ/QU về quy hoạch cán bộ được ban hành khi nào?', 'doc:qd-1216-2022'],
  ['doc', 'QĐ 1216 của Ban Thường vụ Quận ủy còn dùng được sau khi bỏ quận không?', 'doc:qd-1216-2022'],
  ['doc', 'regulation 1216 of the district standing board, what date was it?', 'doc:qd-1216-2022'],
  ['doc', 'Quy định 294-QĐ/TW bắt đầu có hiệu lực thi hành từ hôm nào vậy các đồng chí?', 'doc:qd-294-2025'],
  ['doc', 'qd 294 la quy dinh ve cai gi vay ad oi', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294: who issued it and what does it pilot?', 'doc:qd-294-2025'],
  ['doc', 'Kế hoạch số 203-KH/QU ngày 29/7/2024 có trích yếu là gì?', 'doc:kh-203-2024'],
  ['doc', 'KH 203 của quận ủy Hai Bà Trưng là kế hoạch về việc gì', 'doc:kh-203-2024'],
  ['doc', 'Plan 203-KH/QU, what is it and is it still current?', 'doc:kh-203-2024'],
  ['doc', 'Kế hoạch 258-KH/TU của Thành ủy ban hành ngày nào?', 'doc:kh-258-2024'],
  ['doc', 'kh258 TU la cua co quan nao', 'doc:kh-258-2024'],
  ['doc', 'When was Plan 258 of the Hanoi Party Committee issued?', 'doc:kh-258-2024'],
  ['doc', 'Hướng dẫn 18-HD/BTCTU ngày 01/10/2024 hướng dẫn những nội dung gì?', 'doc:hd-18-2024'],
  ['doc', 'HD 18 cua ban to chuc thanh uy con hieu luc ko a', 'doc:hd-18-2024'],
  ['doc', 'Guidance 18-HD/BTCTU, which body put it out and is it still used?', 'doc:hd-18-2024'],
  ['doc', 'Hướng dẫn số 27-HD/BTCTW của Ban Tổ chức Trung ương ra ngày nào?', 'doc:hd-27-2024'],
  ['doc', 'hd27 btctw huong dan cai gi the', 'doc:hd-27-2024'],
  ['doc', 'Guidance 27 of the Central Organisation Commission, date please', 'doc:hd-27-2024'],
  ['doc', 'Kết luận 118-KL/TW điều chỉnh những gì, giờ còn hiệu lực không?', 'doc:kl-118-2025'],
  ['doc', 'KL 118 do ai ban hanh vay moi nguoi', 'doc:kl-118-2025'],
  ['doc', 'Hi, Conclusion 118 from January 2025, what replaced it later on?', 'doc:kl-118-2025'],
  [
    'doc',
    'Kết luận số 200-KL/TW ngày 17/10/2025 kết luận những gì về đợt đại hội vừa rồi?',
    'doc:kl-200-2025',
  ],
  ['doc', 'kl200 cua BCT va Ban Bi thu ve van de gi', 'doc:kl-200-2025'],
  ['doc', 'Conclusion 200-KL/TW: what is it about and who issued it?', 'doc:kl-200-2025'],
  ['doc', 'Chỉ thị 45-CT/TW ban hành ngày nào, cơ quan nào ban hành?', 'doc:ct-45-2025'],
  ['doc', 'ct45 thay the cho nhung van ban nao vay', 'doc:ct-45-2025'],
  ['doc', 'Is Directive 45 still in force?', 'doc:ct-45-2025'],
  [
    'doc',
    'Đồng chí cho hỏi chỉ thị số 45 về đại hội đảng bộ các cấp có nội dung chính là gì?',
    'doc:ct-45-2025',
  ],

  // Documents the pack does not hold.
  ['unknown-doc', 'Chỉ thị 36-CT/TW có nói gì về đại hội chi bộ không?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 232-QĐ/TW về thi hành Điều lệ Đảng nói gì về đại hội?', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 57-NQ/TW là nghị quyết gì vậy bot', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 12-HD/BTCTW năm 2025 về công tác nhân sự có gì mới?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 123-KL/TW ban hành ngày nào?', 'unknown-doc'],
  ['unknown-doc', 'ke hoach 150-KH/TU cua thanh uy ve dai hoi noi gi', 'unknown-doc'],
  ['unknown-doc', 'What does Directive 48-CT/TW say about congresses?', 'unknown-doc'],
  ['unknown-doc', 'Regulation 24-QĐ/TW on implementing the Party Charter: still in force?', 'unknown-doc'],
  ['unknown-doc', 'Công văn 09-CV/QU của quận ủy về đại hội chi bộ yêu cầu gì?', 'unknown-doc'],
  ['unknown-doc', 'hd 01 btctu nam 2025 huong dan gi ve dai hoi', 'unknown-doc'],
  ['unknown-doc', 'Thông báo 30-TB/TW có liên quan đến đại hội không?', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 21-NQ/TW về tổ chức cơ sở đảng ban hành năm nào?', 'unknown-doc'],
  ['unknown-doc', 'KL 137 ve sap xep don vi hanh chinh co anh huong den dai hoi khong', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch số 75-KH/ĐU của đảng ủy phường về đại hội chi bộ', 'unknown-doc'],

  // In scope, with everyday or other-organisation words.
  [
    'offword',
    'Công ty mình là doanh nghiệp tư nhân có chi bộ cơ sở, đại hội chi bộ gồm những nội dung gì?',
    'noi-dung',
  ],
  [
    'offword',
    'Trường tiểu học của tôi có chi bộ, báo cáo chính trị của chi bộ phải đánh giá những gì?',
    'van-kien',
  ],
  [
    'offword',
    'Chi bộ bệnh viện bọn em định tổ chức đại hội thật hoành tráng, có hoa có tiệc, như vậy có đúng tinh thần không?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Sếp giao em viết báo cáo kiểm điểm của chi ủy để trình đại hội, yêu cầu của báo cáo này là gì?',
    'van-kien',
  ],
  [
    'offword',
    'Ngân hàng tôi có đảng bộ cơ sở, chọn người vào cấp ủy khóa mới thì dựa vào những quy định nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Chi bộ ở hợp tác xã nông nghiệp có phải bầu đoàn đại biểu đi dự đại hội cấp trên không?',
    'noi-dung',
  ],
  [
    'offword',
    'Công an phường cũng có chi bộ, cho hỏi đại hội điểm được chọn và tổ chức thế nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Ngồi quán cà phê nghe mọi người bàn là từ tháng 7 không còn quận nữa, vậy đảng bộ quận thế nào rồi?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Trên facebook thấy bảo chi bộ giờ 5 năm mới đại hội một lần, có đúng không ạ?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Đọc báo thấy nói đại hội các cấp đã xong hết, vậy chi bộ khu phố mình có còn phải tổ chức nữa không?',
    'ket-qua',
  ],
  [
    'offword',
    'Trường đại học chúng tôi muốn họp quán triệt về đại hội hoàn toàn qua Zoom cho tiện, có được không?',
    'chuan-bi',
  ],
  [
    'offword',
    'Cơ quan thuế có đảng bộ, nguyên tắc tập trung dân chủ khi tổ chức đại hội nghĩa là phải làm gì?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Nhà máy may của chúng tôi có chi bộ trực thuộc đảng ủy, đại hội chi bộ phải xong vào thời gian nào?',
    'lich-trinh',
  ],
  [
    'offword',
    'Vừa đi công tác nước ngoài về, nghe nói có nhiều văn bản mới về đại hội từ cuối 2024, ai tóm tắt giúp những thay đổi?',
    'thay-doi',
  ],
  [
    'offword',
    'Mấy bạn đoàn viên trong chi đoàn hỏi em: Đại hội Đảng toàn quốc lần thứ 14 họp vào ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Chi bộ siêu thị bọn mình đang chuẩn bị đại hội, có cần lập tổ văn kiện với tổ nhân sự riêng không?',
    'chuan-bi',
  ],

  // Two questions in one message.
  [
    'two-part',
    'Đại hội chi bộ gồm mấy nội dung, và cấp ủy phải trình đại hội những báo cáo gì?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Cho hỏi đại hội điểm tổ chức lúc nào? Và nhân sự cấp ủy khóa mới chọn theo tiêu chuẩn nào?',
    'dai-hoi-diem+nhan-su',
  ],
  [
    'two-part',
    'Cấp huyện bỏ từ bao giờ, và Đại hội XIV của Đảng họp ngày nào?',
    'chinh-quyen-2-cap+dai-hoi-xiv',
  ],
  [
    'two-part',
    'chi bo bao lau dai hoi 1 lan? con dai hoi cac cap nhiem ky nay da xong chua',
    'chi-bo-5-nam+ket-qua',
  ],
  [
    'two-part',
    'Chuẩn bị đại hội cần lập những tổ nào; đại hội phải bảo đảm những nguyên tắc gì?',
    'chuan-bi+nguyen-tac',
  ],
  [
    'two-part',
    'What are the two reports to the congress, and when was the 14th National Congress held?',
    'van-kien+dai-hoi-xiv',
  ],
  [
    'two-part',
    'Từ sau hội nghị quán triệt tháng 10/2024 có gì thay đổi? Và bot dựa vào những văn bản nào?',
    'thay-doi+tai-lieu',
  ],
  [
    'two-part',
    'Thời gian đại hội theo từng loại tổ chức đảng thế nào, và đại hội điểm chọn những đơn vị nào?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII là nhiệm kỳ nào, và kết quả đại hội các cấp trên cả nước ra sao?',
    'dai-hoi-quan+ket-qua',
  ],
  [
    'two-part',
    'Đại hội phải chống lãng phí, phô trương thế nào? Và tóm lại đợt đại hội 2025-2030 kết quả chung ra sao?',
    'nguyen-tac+ket-qua',
  ],
  [
    'two-part',
    'Tôi là bí thư chi bộ mới được phân công, muốn biết hai việc: các bước chuẩn bị đại hội, và bốn nội dung của đại hội.',
    'chuan-bi+noi-dung',
  ],

  // Per unit type.
  ['unit', 'Chi bộ trực thuộc đảng ủy cơ sở thì đại hội trước hay sau đảng bộ cơ sở?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở chúng tôi có phải chọn một chi bộ trực thuộc làm đại hội điểm không?',
    'dai-hoi-diem',
  ],
  ['unit', 'Chi bộ cơ sở thì tiến hành đại hội vào khoảng thời gian nào?', 'lich-trinh'],
  ['unit', 'đảng bộ phường được chọn làm đại hội điểm thì tổ chức vào lúc nào', 'dai-hoi-diem'],
  ['unit', 'Với chi bộ cơ sở thì đại hội cũng phải bầu đoàn đại biểu dự đại hội cấp trên à?', 'noi-dung'],
  ['unit', 'Đảng bộ cơ sở khối hành chính sự nghiệp cần chuẩn bị những việc gì cho đại hội?', 'chuan-bi'],
  ['unit', 'chi bo truc thuoc co phai lam bao cao kiem diem cua chi uy trinh dai hoi ko', 'van-kien'],
  ['unit', 'For a grassroots party committee, when is its congress held?', 'lich-trinh'],
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở của tôi chỉ có 9 đảng viên thì đại hội cũng phải làm đủ bốn nội dung à?',
    'noi-dung',
  ],
  ['unit', 'Đảng bộ cơ sở tại đại hội thì bầu Ban Chấp hành cho nhiệm kỳ nào?', 'noi-dung'],

  // Typos and missing diacritics.
  ['typo', 'dai hoi chi bo gom nhung noi dug j vay ac', 'noi-dung'],
  ['typo', 'bao cao chin tri cua chi bo can dam bao nhung yeu cau gi', 'van-kien'],
  ['typo', 'đại hộ điểm của đảng bộ cơ sở tổ chức thág mấy', 'dai-hoi-diem'],
  ['typo', 'nhân sư cấp ủy khoá mới lựa chon theo tiêu chẩn nào', 'nhan-su'],
  ['typo', 'chính quyền dịa phương hai cắp bắt đầu vận hành từ khi nào', 'chinh-quyen-2-cap'],
  ['typo', 'đại hôi XIV của đảng diễn ra từ ngày nào đến ngày nào', 'dai-hoi-xiv'],
  ['typo', 'đại hội cac cấp nhiệm kì 2025-2030 đã xog hết chưa', 'ket-qua'],
  [
    'typo',
    'cong tac chuan bi dai hoi phai lap nhung to nao a, to van kien, to nhan su hay gi nua',
    'chuan-bi',
  ],
  ['typo', 'nguyên tăc tập trung dân chủ trong tổ chức đại hôi đảng bộ', 'nguyen-tac'],
  ['typo', 'thí diểm đại hôi chi bộ 5 năm 1 lần là sao ạ', 'chi-bo-5-nam'],
  ['typo', 'bao cáo kiêm điểm cua cấp ủy phải có tính chiến đâu là thế nào', 'van-kien'],
  ['typo', 'lich trinh dai hoi cua cac loai to chuc dang the nao ah', 'lich-trinh'],
  ['typo', 'những thay dổi sau hội nghi quán triệt ngày 23/10/2024 là gì', 'thay-doi'],
  ['typo', 'dai hoi dang bo quan HBT lan thu 27 to chuc theo ke hoach nao vay', 'dai-hoi-quan'],
  ['typo', 'bot dựa vào nhũng văn bản nào vè đại hội nhiệm kỳ này', 'tai-lieu'],

  // English.
  ['en', 'What items does a grassroots cell congress have to cover this term?', 'noi-dung'],
  ['en', 'In plain words, what should the political report of our cell assess?', 'van-kien'],
  ['en', 'How should we prepare our congress, and which teams do we need to set up?', 'chuan-bi'],
  ['en', 'Is it fine to turn our congress into a big showy event with banners everywhere?', 'nguyen-tac'],
  [
    'en',
    'Our cell sits under a grassroots committee: in what order and window do such cells hold their congresses?',
    'lich-trinh',
  ],
  ['en', 'What is a pilot congress and which units hold one?', 'dai-hoi-diem'],
  ['en', 'What rules apply when picking people for the new party committee?', 'nhan-su'],
  ['en', 'What happened to the district party committees in July 2025?', 'chinh-quyen-2-cap'],
  ['en', 'Do party cells still hold a congress twice every five years?', 'chi-bo-5-nam'],
  [
    'en',
    'A colleague asked me in which days of January 2026 the 14th National Party Congress took place, do you know?',
    'dai-hoi-xiv',
  ],
  ['en', 'Are the 2025-2030 party congresses finished everywhere by now?', 'ket-qua'],
  ['en', 'what changed after the dissemination conference in October 2024?', 'thay-doi'],
  ['en', 'Please list the documents you base your answers on', 'tai-lieu'],
  ['en', "Tell me about the Hai Ba Trung district's 27th party congress", 'dai-hoi-quan'],

  // Facts from FACTS.md.
  ['fact', 'Bác nhà em hỏi Đại hội XIV của Đảng khai mạc và bế mạc vào những ngày nào?', 'dai-hoi-xiv'],
  ['fact', 'Từ ngày 1/7/2025 Hà Nội có bao nhiêu đảng bộ cấp huyện kết thúc hoạt động?', 'chinh-quyen-2-cap'],
  [
    'fact',
    'Hồi trước, theo Điều lệ Đảng thì chi bộ phải đại hội bao nhiêu lần trong một nhiệm kỳ 5 năm?',
    'chi-bo-5-nam',
  ],
  ['fact', 'Bộ Chính trị, Ban Bí thư đánh giá đợt đại hội nhiệm kỳ 2025-2030 như thế nào?', 'ket-qua'],
  [
    'fact',
    'Chỉ thị của Bộ Chính trị năm 2024 về đại hội đảng bộ các cấp có mấy phần và mấy phụ lục?',
    'chi-thi-35',
  ],
  [
    'fact',
    'Yêu cầu có cơ chế sàng lọc để không bỏ sót người thực sự có đức, có tài nằm trong chỉ thị nào về đại hội?',
    'chi-thi-35',
  ],
  ['fact', 'Cấp huyện chính thức không còn từ ngày nào?', 'chinh-quyen-2-cap'],
  [
    'fact',
    'Sau đại hội, các cấp ủy còn phải làm tiếp những việc gì theo kết luận của Trung ương?',
    'ket-qua',
  ],
  [
    'fact',
    'Đại hội đại biểu toàn quốc lần thứ XIV của Đảng họp tất cả trong mấy ngày, từ hôm nào?',
    'dai-hoi-xiv',
  ],
  [
    'fact',
    'Việc thí điểm chi bộ 5 năm mới đại hội một lần được áp dụng bắt đầu từ mốc thời gian nào?',
    'chi-bo-5-nam',
  ],

  // Out of scope: refused.
  [
    'lookalike',
    'Chi đoàn khu phố em hỏi Đại hội Đoàn TNCS Hồ Chí Minh phường nhiệm kỳ 2027-2032 bao giờ tổ chức?',
    null,
  ],
  ['lookalike', 'Đại hội công đoàn cơ sở của công ty tôi cần chuẩn bị những gì?', null],
  ['lookalike', 'Đại hội cổ đông thường niên năm 2026 của công ty tôi nên họp tháng mấy?', null],
  ['lookalike', 'Đại hội Thể thao toàn quốc lần thứ X tổ chức ở tỉnh nào?', null],
  ['lookalike', 'Hội Cựu chiến binh phường tôi đại hội nhiệm kỳ mới vào lúc nào?', null],
  ['lookalike', 'Đại hội lần thứ 21 của Đảng Cộng sản Trung Quốc dự kiến họp vào năm nào vậy bot?', null],
  ['lookalike', 'Thời tiết Hà Nội cuối tuần này thế nào, có mưa không?', null],
  ['lookalike', 'Cho tôi hỏi sau Đại hội vừa rồi thì đồng chí Tổng Bí thư tên là gì, bao nhiêu tuổi?', null],
  ['lookalike', 'Bí thư Đảng ủy phường Bạch Mai hiện nay là ai vậy?', null],
  ['lookalike', 'Xin số điện thoại bàn của Ban Tổ chức Thành ủy Hà Nội để gọi hỏi việc chuyển hồ sơ', null],
  ['lookalike', 'Địa chỉ trụ sở Đảng ủy phường Vĩnh Tuy mới ở đâu?', null],
  ['lookalike', 'Mức đóng đảng phí hằng tháng của đảng viên hưu trí là bao nhiêu?', null],
  [
    'lookalike',
    'Chi bộ tôi có một quần chúng ưu tú, thủ tục kết nạp cậu ấy vào Đảng gồm những bước và giấy tờ gì?',
    null,
  ],
  ['lookalike', 'Chuyển sinh hoạt đảng từ Hà Nội về Nam Định thì làm những thủ tục gì?', null],
  ['lookalike', 'Đánh giá, xếp loại chất lượng đảng viên cuối năm 2026 theo tiêu chí nào?', null],
  ['lookalike', 'Đại hội chi bộ nhiệm kỳ 2030-2035 bao giờ thì bắt đầu chuẩn bị?', null],
  ['lookalike', 'Đại hội XV của Đảng dự kiến họp vào năm nào?', null],
  ['lookalike', 'Bạn là ai, ai làm ra con bot này vậy?', null],
  ['lookalike', 'Chào buổi sáng bot, hôm nay bạn khỏe không?', null],
  ['lookalike', 'cảm ơn bot nhiều nha, chúc cả nhà mạnh khỏe', null],
  ['lookalike', 'Tỷ giá đô la Mỹ hôm nay ở Vietcombank bao nhiêu?', null],
  ['lookalike', 'ad ơi giá vàng miếng SJC chiều nay mua vào bán ra thế nào', null],
  ['lookalike', 'Lương cơ sở năm 2026 là bao nhiêu một tháng?', null],
  ['lookalike', 'Vợ tôi sắp sinh, tháng này tôi có được xin nghỉ sinh hoạt chi bộ không?', null],
  ['lookalike', 'Con tôi thi vào lớp 10 năm nay nên chọn trường nào ở quận Đống Đa?', null],
  ['lookalike', 'Bầu cử đại biểu Quốc hội khóa XVI diễn ra vào ngày nào?', null],
  ['lookalike', 'Đại hội đại biểu Mặt trận Tổ quốc Việt Nam lần thứ XI tổ chức khi nào?', null],
  ['lookalike', 'Where does the US Democratic Party hold its national convention this time?', null],
  ['lookalike', 'When is the next Chinese Communist Party congress?', null],
  ['lookalike', "What's the weather going to be like in Da Nang tomorrow?", null],
  ['lookalike', 'Who is the current Party Secretary of Hanoi?', null],
  ['lookalike', 'Nhà văn hóa tổ dân phố có cho thuê để tổ chức tiệc cưới không?', null],
  ['lookalike', 'Đại hội Hội Sinh viên Việt Nam lần thứ XII họp ở đâu?', null],
  ['lookalike', 'Đại hội Hội Nông dân xã nhiệm kỳ 2028-2033 có bầu trực tiếp chủ tịch không?', null],
  ['lookalike', 'Cách nấu phở bò nước trong ngon như ngoài hàng', null],
  ['lookalike', 'Hướng dẫn mình đổi mật khẩu hai lớp của Telegram với', null],
  ['lookalike', 'Làm sao để xin cấp lại thẻ đảng viên bị mất?', null],
  ['lookalike', 'Đảng viên sinh con thứ ba bây giờ còn bị kỷ luật không?', null],
  ['lookalike', 'Quận Hoàn Kiếm cũ giờ được chia thành bao nhiêu phường?', null],
  ['lookalike', 'Lịch nghỉ Tết Nguyên đán 2027 của cán bộ công chức thế nào?', null],
  ['lookalike', 'Đại hội võ lâm anh hùng trong truyện Kim Dung thì được tổ chức ở núi nào nhỉ?', null],
  ['lookalike', 'Sinh nhật Bác Hồ là ngày nào tháng nào?', null],
  ['lookalike', 'Ngày thành lập Đảng Cộng sản Việt Nam là ngày nào?', null],
  ['lookalike', 'Đại hội Đảng bộ tỉnh Nghệ An nhiệm kỳ 2025-2030 bầu ai làm Bí thư Tỉnh ủy?', null],
  ['lookalike', 'Học cao cấp lý luận chính trị ở đâu và mất bao lâu?', null],
  [
    'lookalike',
    'Cuối năm dòng họ Nguyễn nhà tôi muốn làm đại hội con cháu, nên tổ chức thế nào cho vui?',
    null,
  ],
  ['lookalike', 'Bot có biết tỉ số trận bóng đá tối qua không?', null],
  ['lookalike', 'Can I use this bot to file my personal income tax?', null],
  ['lookalike', 'Thủ tục làm hộ chiếu ở Hà Nội mất bao lâu?', null],
  ['lookalike', 'Nghỉ hưu rồi thì có được miễn sinh hoạt đảng không?', null],
  ['lookalike', 'Hội nghị Trung ương 15 khóa XIII bàn những nội dung gì?', null],
  ['lookalike', 'Tôi muốn xin ra khỏi Đảng thì viết đơn thế nào?', null],
];

export const NEWSET20: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
