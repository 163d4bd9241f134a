/**
 * The fifty-second new evaluation set (issue 11, point 6), written on 2026-12-04 from 02:19 UTC
 * (committed in the commit "Eval: newset52, the fifty-second unseen set") by a helper (set52) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before its `const items` line) and its last line, the part of newset.ts
 * before `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under
 * src/, bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items
 * were read. Its users are imagined as the secretary of a party cell in a coal mine, a young
 * journalist member who asks about documents precisely, a German political scientist who writes in
 * English, the secretary of a cell in a private university, a member who writes half in
 * abbreviations (đh, cb, đv, bch, ubnd), and the deputy secretary of a commune party committee in
 * the mountains; with the out-of-scope messages such users send (other organisations' congresses
 * and meetings: a coal company's trade union congress, workers' conferences at the mine, a mining
 * company's shareholders' meeting, the Journalists' Association congress, the SPD's federal
 * congress, the Chinese and Lao parties' congresses, the Fatherland Front, a university's council
 * and its owner company's shareholders, the Students' Association and the commune Youth Union, the
 * ethnic minorities' congress, the Farmers' Association, a tea cooperative's year-end meeting, a
 * provincial sports games; other senses of "hội nghị": occupational-safety meetings, a scientific
 * conference, a commune committee's half-year review; other party business the pack does not
 * cover: missing cell meetings on night shifts, admission and its sponsors, transfers of party
 * activity, dues of retired members, lost membership cards, travel abroad, thematic monthly
 * meetings, the cell's solidarity fund, who the first plenum of the 14th Central Committee elected
 * and what the 14th Congress resolution says; people in posts (a commune's secretary); press work
 * at the congress (accreditation, photo reuse, fees, the press law); research access, visas,
 * interviews and think tanks; money (hazard and meal allowances, coal prices, dividends, tuition,
 * village secretaries' allowances, poverty funds, forest-protection payments); local government
 * services and sessions (land papers, People's Council sessions, village head elections,
 * landslides, festivals, phone coverage); occupational disease; graduate admissions; an office's
 * phone number; the bot itself and file sending).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset52.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, the money a congress may spend, which cells the
 * five-yearly pilot covers, membership figures) were left out, not guessed.
 *
 * It was written after 745c0a6 (the word prior) reached main; its writer saw neither that nor any
 * other engine change. Engine changes reached main after its commit: 878dbde (the word prior
 * relearned with newset51) and 3c6d3e5 (a pagoda's festivals, the CPI(M)). It was measured once,
 * at 02:26 UTC on main 3c6d3e5 (`node --expose-gc dist/bench/qa.js`, load 1.52): qa_new_top1
 * 97.8 %, qa_new_oos_refused 96.9 % (3 in-scope misses, 2 lookalikes answered; qa_p99_us 99.3 in
 * that run, p50 29.9). Its misses were listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number: every pack document, in at least three spellings.
  [
    'doc',
    'Chi bộ phân xưởng than chúng tôi vẫn giữ bản Chỉ thị 35-CT/TW ngày 14/6/2024, văn bản này giờ còn hiệu lực không?',
    'doc:ct-35-2024',
  ],
  ['doc', 'cho mình xin số, ngày, cơ quan ban hành của chi thi so 35 nam 2024 ve dai hoi', 'doc:ct-35-2024'],
  [
    'doc',
    'In my chapter I cite Directive 35 of June 2024: who issued it, and is it still the operative text?',
    'doc:ct-35-2024',
  ],
  [
    'doc',
    'Tòa soạn cần trích chính xác: Kết luận 118-KL/TW điều chỉnh nội dung gì và ai ký ban hành?',
    'doc:kl-118-2025',
  ],
  ['doc', 'ket luan 118 nam 2025 bay gio con ap dung ko', 'doc:kl-118-2025'],
  ['doc', 'Conclusion 118-KL/TW: what was its date and what became of it later?', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị 45-CT/TW của Bộ Chính trị ban hành ngày nào, nội dung về gì?', 'doc:ct-45-2025'],
  ['doc', 'ct45 thay cho vb nào vậy mn', 'doc:ct-45-2025'],
  ['doc', 'Does Directive 45 of April 2025 still stand, or has a later text replaced it?', 'doc:ct-45-2025'],
  [
    'doc',
    'Đồng chí cho biết Kết luận số 200-KL/TW do cơ quan nào ban hành, ngày tháng nào?',
    'doc:kl-200-2025',
  ],
  ['doc', 'kl 200 ve ket qua dai hoi cac cap ban hanh ngay nao', 'doc:kl-200-2025'],
  [
    'doc',
    'What exactly does Conclusion 200-KL/TW say, and who signed it off, the Politburo alone?',
    'doc:kl-200-2025',
  ],
  [
    'doc',
    'Hướng dẫn 27-HD/BTCTW của Ban Tổ chức Trung ương ra ngày nào, tôi cần để ghi chú thích bài báo.',
    'doc:hd-27-2024',
  ],
  ['doc', 'hd27 cua ban to chuc trung uong huong dan chi thi nao', 'doc:hd-27-2024'],
  [
    'doc',
    'Is Guidance 27 of the Central Organisation Commission available to the bot, and what is its status?',
    'doc:hd-27-2024',
  ],
  [
    'doc',
    'Hướng dẫn 18-HD/BTCTU của Ban Tổ chức Thành ủy Hà Nội hướng dẫn những văn bản nào?',
    'doc:hd-18-2024',
  ],
  ['doc', 'huong dan so 18 ban to chuc thanh uy ha noi ngay nao', 'doc:hd-18-2024'],
  ['doc', 'Guidance 18-HD/BTCTU: date and issuer, please, for a footnote.', 'doc:hd-18-2024'],
  [
    'doc',
    'Em là phóng viên trẻ, cần ghi đúng: Kế hoạch 258-KH/TU do Thành ủy Hà Nội ký ngày nào ạ?',
    'doc:kh-258-2024',
  ],
  ['doc', 'kh258 cua thanh uy noi gi', 'doc:kh-258-2024'],
  ['doc', 'What do your sources record about Plan 258 of the Hanoi city committee?', 'doc:kh-258-2024'],
  [
    'doc',
    'Kế hoạch 203-KH/QU của Quận ủy Hai Bà Trưng nói về việc gì, hiện còn giá trị không khi đã bỏ quận?',
    'doc:kh-203-2024',
  ],
  ['doc', 'ke hoach so 203 quan uy ngay 29/7/2024', 'doc:kh-203-2024'],
  ['doc', 'Plan 203-KH/QU: which district committee issued it and when?', 'doc:kh-203-2024'],
  [
    'doc',
    'Nghị quyết 26-NQ/TW năm 2018 của Trung ương khóa XII về cán bộ: bot có thông tin gì?',
    'doc:nq-26-2018',
  ],
  ['doc', 'nq26 khóa xii ban hành ngày mấy ạ', 'doc:nq-26-2018'],
  [
    'doc',
    'Resolution 26 of May 2018 on cadres: which body adopted it, according to your sources?',
    'doc:nq-26-2018',
  ],
  ['doc', 'Quy định 89-QĐ/TW về tiêu chuẩn cán bộ còn dùng được cho nhân sự cấp ủy không?', 'doc:qd-89-2017'],
  ['doc', 'QĐ 89 của bct đã bị thay chưa', 'doc:qd-89-2017'],
  ['doc', 'Regulation 89 of 2017: superseded or not, and by which text?', 'doc:qd-89-2017'],
  ['doc', 'Quy định 365-QĐ/TW ngày 30/8/2025 của Bộ Chính trị quy định về nội dung gì?', 'doc:qd-365-2025'],
  ['doc', 'qd365 thay qd nao, bct ky ngay may vay ad', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365-QĐ/TW: is there any later amendment recorded?', 'doc:qd-365-2025'],
  [
    'doc',
    'Bài viết của em trích Quy định 14-QĐ/TU về tiêu chí đánh giá cán bộ, xin ngày ký và cơ quan ký.',
    'doc:qd-14-2023',
  ],
  ['doc', 'quy dinh so 14 thanh uy ha noi danh gia can bo', 'doc:qd-14-2023'],
  ['doc', 'Who issued Regulation 14-QĐ/TU on evaluating cadres, and in which year?', 'doc:qd-14-2023'],
  ['doc', 'Quy định 2656-QĐ/QU của Ban Thường vụ Quận ủy Hai Bà Trưng là quy định gì?', 'doc:qd-2656-2023'],
  ['doc', 'qd 2656 quan uy ngay ban hanh', 'doc:qd-2656-2023'],
  ['doc', 'Regulation 2656 of the Hai Bà Trưng district board: date and subject?', 'doc:qd-2656-2023'],
  ['doc', 'Quy định 1216-QĐ/QU về quy hoạch cán bộ ban hành từ bao giờ?', 'doc:qd-1216-2022'],
  ['doc', 'QĐ1216 quận ủy hbt còn áp dụng ko', 'doc:qd-1216-2022'],
  [
    'doc',
    'For my footnotes: Regulation 1216 on cadre planning in Hai Bà Trưng, who adopted it and on what date?',
    'doc:qd-1216-2022',
  ],
  [
    'doc',
    'Chi bộ mỏ hỏi: Quy định 294-QĐ/TW thí điểm đại hội chi bộ bắt đầu áp dụng từ ngày nào, ai ký?',
    'doc:qd-294-2025',
  ],
  ['doc', 'qd294 la vb gi, co quan nao ban hanh vay ad', 'doc:qd-294-2025'],
  [
    'doc',
    'In Regulation 294 (May 2025), what exactly is piloted, and which body issued it, per your records?',
    'doc:qd-294-2025',
  ],
  [
    'doc',
    'Chỉ thị 35-CT/TW ngày 30/5/2019 của kỳ trước có còn dùng được cho đại hội chi bộ không?',
    'doc:ct-35-2019',
  ],
  ['doc', 'chi thi 35 nam 2019 huong toi dai hoi xiii', 'doc:ct-35-2019'],
  [
    'doc',
    'I have a Directive 35 dated 2019 in my files: is that the same text as the 2024 one?',
    'doc:ct-35-2019',
  ],
  [
    'doc',
    'Tòa soạn còn lưu Hướng dẫn 26-HD/BTCTW năm 2019, văn bản đó hướng dẫn cho chỉ thị nào và còn dùng được không?',
    'doc:hd-26-2019',
  ],
  ['doc', 'hd 26 nam 2019 cua ban to chuc tw con hieu luc khong', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26-HD/BTCTW of October 2019: what does the bot know of it?', 'doc:hd-26-2019'],
  // Documents the pack does not hold.
  [
    'unknown-doc',
    'Hướng dẫn 01-HD/ĐU của Đảng ủy Tập đoàn Than - Khoáng sản về đại hội chi bộ phân xưởng nói gì?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Quy định 232-QĐ/TW thi hành Điều lệ Đảng năm 2025 thay đổi gì về sinh hoạt chi bộ ở mỏ?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Kế hoạch 47-KH/TU của Tỉnh ủy Quảng Ninh về đại hội đảng bộ các cấp, bot có không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Nghị quyết 57-NQ/TW về khoa học công nghệ có phải đưa vào báo cáo chính trị của trường không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Công văn 7860-CV/BTCTW về nhân sự đại hội ban hành ngày nào?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 137-KL/TW về sắp xếp tổ chức bộ máy nói gì về đại hội?', 'unknown-doc'],
  [
    'unknown-doc',
    'Chỉ thị 12-CT/TU của Tỉnh ủy Lào Cai về đại hội đảng bộ xã vùng cao có những điểm gì?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'What does Directive 08-CT/TW say about party cells in private universities?',
    'unknown-doc',
  ],
  ['unknown-doc', 'kh 07-KH/ĐU của đảng ủy xã mình về đh cb có trong bot ko', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 31-HD/BTGTW về tuyên truyền đại hội ban hành khi nào?', 'unknown-doc'],
  [
    'unknown-doc',
    'Quyết định 1480-QĐ/TU chuẩn y ban chấp hành đảng bộ trường tôi, bot có bản đó không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Is Resolution 60-NQ/TW of 2025 on administrative restructuring among your sources?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Quy định 80-QĐ/TW về phân cấp quản lý cán bộ áp dụng thế nào khi bầu cấp ủy?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Hướng dẫn 06-HD/TW về nghiệp vụ công tác đảng viên, bot trả lời được không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Thông báo 50-TB/TU về lịch đại hội đảng bộ tỉnh Hà Giang lần thứ XVIII cho tôi xem với',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Chỉ thị 05-CT/ĐU của Đảng ủy Than Mạo Khê về đại hội phân xưởng, đồng chí có không?',
    'unknown-doc',
  ],
  // In scope, with everyday words around the question.
  [
    'offword',
    'Tối nay hết ca ba tôi mới rảnh, hỏi nhanh: đại hội chi bộ phân xưởng phải làm mấy nội dung?',
    'noi-dung',
  ],
  [
    'offword',
    'Đang ngồi chờ xe đưa đón lên mỏ, cho hỏi báo cáo chính trị trình đại hội cần đánh giá những gì?',
    'van-kien',
  ],
  [
    'offword',
    'Trời mưa to, đường lên bản trơn lắm, cho tôi hỏi trước đại hội phải thành lập những tổ nào?',
    'chuan-bi',
  ],
  [
    'offword',
    'Con tôi đang ôn thi học kỳ, tôi tranh thủ hỏi: đại hội phải chống lãng phí, không phô trương hình thức thế nào?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Uống xong cốc cà phê sáng, mình hỏi luôn: mỗi đảng bộ cơ sở làm đại hội điểm ở chi bộ trực thuộc vào tháng mấy?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Mấy hôm nay rét đậm, bà con lo giữ trâu bò, nhưng tôi cần biết: chọn nhân sự cấp ủy khóa mới căn cứ vào đâu?',
    'nhan-su',
  ],
  [
    'offword',
    'Sinh viên nghỉ Tết hết rồi, trường vắng tanh, tôi hỏi: cấp huyện không còn từ ngày nào?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Quán phở đầu ngõ đông quá nên ngồi đọc điện thoại: Đại hội XIV họp từ ngày nào tới ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Máy giặt nhà tôi hỏng, đang đợi thợ đến sửa, hỏi bot: chi bộ bây giờ bao lâu mới đại hội một lần?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Wifi phòng lab chập chờn nên gửi lại câu này: đại hội đảng bộ các cấp nhiệm kỳ này đã kết thúc chưa?',
    'ket-qua',
  ],
  [
    'offword',
    'Vừa đi chợ phiên về, mua được con gà, hỏi chút: báo cáo kiểm điểm của cấp ủy phải viết theo tinh thần gì?',
    'van-kien',
  ],
  [
    'offword',
    'Ca đêm vừa xong, mắt díp lại rồi nhưng cho hỏi: từ sau hội nghị quán triệt tháng 10/2024 có gì thay đổi?',
    'thay-doi',
  ],
  [
    'offword',
    'Đợi vợ nấu cơm, tôi xem lại: bot dựa vào những văn bản nào khi trả lời về đại hội nhiệm kỳ 2025 - 2030?',
    'tai-lieu',
  ],
  // Two-part questions.
  [
    'two-part',
    'Đại hội chi bộ gồm những nội dung gì, và cấp ủy phải trình đại hội những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chuẩn bị đại hội cần làm những việc gì; còn nhân sự cấp ủy khóa mới thì chọn theo tiêu chuẩn nào?',
    'chuan-bi+nhan-su',
  ],
  [
    'two-part',
    'Chi bộ trực thuộc đảng ủy cơ sở đại hội trong thời gian nào, và đại hội điểm thì làm lúc nào?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Đại hội XIV của Đảng diễn ra bao giờ? Đại hội các cấp nhiệm kỳ 2025 - 2030 đã xong hết chưa?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Bỏ cấp huyện từ ngày nào, và giờ chi bộ mấy năm đại hội một lần?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Tổ chức đại hội phải theo nguyên tắc gì, và đại hội phải thực hiện mấy nội dung?',
    'nguyen-tac+noi-dung',
  ],
  [
    'two-part',
    'Từ sau hội nghị quán triệt tháng 10/2024 có những thay đổi gì; còn Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII được tổ chức theo kế hoạch nào?',
    'thay-doi+dai-hoi-quan',
  ],
  [
    'two-part',
    'Báo cáo chính trị phải đáp ứng yêu cầu gì; ngoài ra đại hội phải bảo đảm những nguyên tắc nào?',
    'van-kien+nguyen-tac',
  ],
  [
    'two-part',
    'What are the four agenda items of a congress, and which reports does the outgoing committee submit?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'When did two-level local government begin, and when was the 14th National Congress held?',
    'chinh-quyen-2-cap+dai-hoi-xiv',
  ],
  ['two-part', 'đh cb gồm mấy nd, còn nhân sự bch khóa mới chọn ntn', 'noi-dung+nhan-su'],
  [
    'two-part',
    'Chỉ thị của Bộ Chính trị về đại hội ban hành tháng 6/2024 gồm những phần nào, và sau đó đã có những thay đổi gì?',
    'chi-thi-35+thay-doi',
  ],
  // Per unit type.
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở như chi bộ phân xưởng của tôi phải đại hội trong khoảng thời gian nào?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng bộ cơ sở mở đại hội sau khi các chi bộ trực thuộc đại hội xong, thời hạn hoàn thành là khi nào?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở của trường đại học tư thục phải hoàn thành đại hội trước ngày nào?', 'lich-trinh'],
  [
    'unit',
    'Đảng ủy xã vùng cao của tôi là đảng bộ cơ sở, phải chọn mấy chi bộ trực thuộc để đại hội điểm?',
    'dai-hoi-diem',
  ],
  [
    'unit',
    'Chi bộ cơ sở có phải bầu đoàn đại biểu dự đại hội cấp trên không, đại hội gồm những việc gì?',
    'noi-dung',
  ],
  [
    'unit',
    'For a grassroots party cell (chi bộ cơ sở), by when did its congress have to be finished?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ trực thuộc thì cấp ủy trình đại hội những báo cáo gì?', 'van-kien'],
  ['unit', 'Đảng bộ cơ sở ở xã vùng cao cần lập những tổ nào để phục vụ đại hội?', 'chuan-bi'],
  [
    'unit',
    'Một đảng bộ khối hành chính sự nghiệp được quận chọn đại hội điểm thì phải đại hội vào khoảng nào?',
    'dai-hoi-diem',
  ],
  [
    'unit',
    'Các đảng bộ cơ sở đại hội xong thì tiến tới đại hội đảng bộ cấp nào ở Hai Bà Trưng?',
    'dai-hoi-quan',
  ],
  // Typos, no diacritics, abbreviations.
  ['typo', 'dh chi bo phan xuong gom may noi dung a', 'noi-dung'],
  ['typo', 'bao cao chinh tri cua chi bo truong minh can danh gia nhung mat nao', 'van-kien'],
  ['typo', 'thanh lap to nhan su, to van kien, to to chuc de chuan bi dh the nao', 'chuan-bi'],
  ['typo', 'nguyen tac tap trung dan chu khi to chuc dai hoi dang bo xa la gi', 'nguyen-tac'],
  ['typo', 'dai hoi diem thang 12/2024 moi dang bo co so chon may chi bo lam', 'dai-hoi-diem'],
  ['typo', 'tieu chuan chon nhan su cap uy khoa moi can cu vao dau vay', 'nhan-su'],
  ['typo', 'chinh quyen dia phuong hai cap bat dau van hanh tu bao gio', 'chinh-quyen-2-cap'],
  ['typo', 'dai hoi xiv cua dang hop nhung ngay nao', 'dai-hoi-xiv'],
  ['typo', 'chi bo 5 nam dai hoi 1 lan la that a', 'chi-bo-5-nam'],
  ['typo', 'ket qua dh dang bo cac cap nk 2025-2030 duoc bct danh gia ra sao', 'ket-qua'],
  ['typo', 'đại hộ chi bộ phai bầu nhưng gì', 'noi-dung'],
  ['typo', 'lịch trìh đại hôi chi bộ cơ sỏ và đảng bộ cơ sỏ', 'lich-trinh'],
  ['typo', 'nhug thay doi sau hoi nghi quan triet 23/10/2024', 'thay-doi'],
  // English.
  [
    'en',
    'For a comparative study: which agenda items must a Vietnamese grassroots party congress of the 2025-2030 term cover?',
    'noi-dung',
  ],
  [
    'en',
    'Which two reports does an outgoing party committee present, and what is the political report meant to do?',
    'van-kien',
  ],
  [
    'en',
    'Which principles govern the organisation of these congresses; is democratic centralism named explicitly?',
    'nguyen-tac',
  ],
  ['en', 'How were pilot congresses scheduled ahead of the main round of cell congresses?', 'dai-hoi-diem'],
  ['en', 'On what basis are candidates for the new party committee chosen and evaluated?', 'nhan-su'],
  ['en', 'When exactly was the district tier of local government abolished in Vietnam?', 'chinh-quyen-2-cap'],
  ['en', "What were the dates of the Communist Party of Vietnam's 14th National Congress?", 'dai-hoi-xiv'],
  [
    'en',
    'Did the Politburo judge the 2025-2030 congress round to have been completed on schedule?',
    'ket-qua',
  ],
  [
    'en',
    'What has changed in the rules since the Hai Bà Trưng dissemination conference of October 2024?',
    'thay-doi',
  ],
  [
    'en',
    'Is it correct that party cells now hold a congress only once every five years instead of twice?',
    'chi-bo-5-nam',
  ],
  [
    'en',
    'Which preparatory teams must a grassroots party organisation set up ahead of its congress?',
    'chuan-bi',
  ],
  [
    'en',
    "What does the Politburo's 2024 directive on congresses contain: how many parts and appendices?",
    'chi-thi-35',
  ],
  ['en', 'Which documents does this bot base its answers on, with their status?', 'tai-lieu'],
  // Facts from FACTS.md.
  [
    'fact',
    'Chỉ thị mới của Bộ Chính trị về đại hội ban hành tháng 4/2025 đã thay thế những văn bản nào?',
    'thay-doi',
  ],
  [
    'fact',
    'Ở Hà Nội có bao nhiêu đảng bộ cấp huyện kết thúc hoạt động khi chính quyền hai cấp vận hành?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Hồi chưa thí điểm thì theo Điều lệ, chi bộ phân xưởng chúng tôi đại hội mấy lần trong 5 năm?',
    'chi-bo-5-nam',
  ],
  ['fact', 'Việc thí điểm chi bộ 5 năm mới đại hội một lần chính thức áp dụng từ hôm nào?', 'chi-bo-5-nam'],
  [
    'fact',
    'Em cần ghi trong bài: Đại hội đại biểu toàn quốc lần thứ XIV khai mạc và bế mạc những ngày nào?',
    'dai-hoi-xiv',
  ],
  ['fact', 'Chỉ thị về đại hội năm 2024 của Bộ Chính trị nêu mấy yêu cầu, tóm tắt giúp tôi?', 'chi-thi-35'],
  ['fact', 'Chỉ thị về đại hội năm 2024 có những phụ lục gì?', 'chi-thi-35'],
  [
    'fact',
    'Tháng 10/2025 Bộ Chính trị và Ban Bí thư kết luận thế nào về đại hội đảng bộ các cấp?',
    'ket-qua',
  ],
  ['fact', 'Sau khi đại hội các cấp xong, kết luận của Bộ Chính trị yêu cầu tiếp tục làm gì?', 'ket-qua'],
  [
    'fact',
    'Ban Tổ chức Trung ương hướng dẫn thực hiện chỉ thị đại hội năm 2024 bằng văn bản nào?',
    'chi-thi-35',
  ],
  ['fact', 'Quy định tiêu chuẩn cán bộ năm 2017 được thay bằng quy định mới vào ngày nào?', 'thay-doi'],
  // Lookalikes: out of scope, refused. Coal-mine cell secretary.
  [
    'lookalike',
    'Đại hội công đoàn Công ty Than Mạo Khê nhiệm kỳ 2023 - 2028 bầu bao nhiêu ủy viên ban chấp hành?',
    null,
  ],
  ['lookalike', 'Hội nghị người lao động đầu năm của mỏ có phải xin ý kiến chi bộ trước không?', null],
  [
    'lookalike',
    'Chi bộ phân xưởng khai thác 3 tổ chức hội nghị an toàn vệ sinh lao động quý IV thì mẫu biên bản thế nào?',
    null,
  ],
  ['lookalike', 'Phụ cấp độc hại cho thợ lò hầm lò năm 2026 tăng bao nhiêu?', null],
  ['lookalike', 'Đại hội cổ đông thường niên Than Hà Tu năm nay chia cổ tức mấy phần trăm?', null],
  ['lookalike', 'Thợ lò bị bệnh bụi phổi silic thì đi giám định ở đâu?', null],
  [
    'lookalike',
    'Đảng viên làm ca ba không dự được sinh hoạt chi bộ thường kỳ thì có bị kiểm điểm không?',
    null,
  ],
  ['lookalike', 'Ngày truyền thống thợ mỏ 12/11 chi bộ tổ chức gặp mặt thì lấy kinh phí ở đâu?', null],
  ['lookalike', 'Tiền ăn ca của thợ lò một ngày hiện nay bao nhiêu?', null],
  ['lookalike', 'Giá than cám bán lẻ ở Cẩm Phả bao nhiêu một tấn?', null],
  // Young journalist member.
  [
    'lookalike',
    'Phóng viên muốn xin thẻ tác nghiệp tại Trung tâm báo chí Đại hội XIV thì đăng ký ở đâu?',
    null,
  ],
  ['lookalike', 'Đại hội Hội Nhà báo Việt Nam lần thứ XII diễn ra vào thời gian nào?', null],
  ['lookalike', 'Ai được bầu làm Tổng Bí thư tại Hội nghị Trung ương lần thứ nhất khóa XIV?', null],
  ['lookalike', 'Nghị quyết Đại hội XIV xác định mấy đột phá chiến lược, là những gì?', null],
  ['lookalike', 'Báo điện tử có được đăng lại ảnh phiên khai mạc của TTXVN mà không xin phép không?', null],
  ['lookalike', 'Nhuận bút một bài phóng sự ảnh trên báo đảng tính thế nào?', null],
  ['lookalike', 'Luật Báo chí sửa đổi năm 2025 có hiệu lực từ ngày nào?', null],
  ['lookalike', 'Hội nghị Trung ương lần thứ nhất khóa XIV bầu những ai vào Bộ Chính trị?', null],
  // German political scientist, in English.
  ['lookalike', 'How does the SPD choose the delegates to its federal party congress, for comparison?', null],
  ['lookalike', 'How many full members were elected to the Central Committee at the 14th Congress?', null],
  [
    'lookalike',
    "Could you compare the CPV congress cycle with the Chinese Communist Party's 20th Congress?",
    null,
  ],
  [
    'lookalike',
    'Is there an archive in Hanoi where foreign researchers may read party cell minutes from the 1980s?',
    null,
  ],
  [
    'lookalike',
    'Which visa do I need for a three-month research stay at the Ho Chi Minh National Academy of Politics?',
    null,
  ],
  [
    'lookalike',
    'Could I interview a ward party secretary for my book, and whom must I ask for permission?',
    null,
  ],
  ['lookalike', 'What was the voter turnout in the 2021 National Assembly election?', null],
  [
    'lookalike',
    'Does the Vietnam Fatherland Front hold its own national congress, and when is the next one?',
    null,
  ],
  [
    'lookalike',
    'Which think tanks in Hanoi publish English-language analyses of the 14th Congress resolutions?',
    null,
  ],
  ['lookalike', "Is the Politburo's meeting schedule published anywhere in advance?", null],
  // Secretary of a cell in a private university.
  [
    'lookalike',
    'Hội đồng trường của đại học tư thục phải họp mấy lần một năm theo Luật Giáo dục đại học?',
    null,
  ],
  ['lookalike', 'Đại hội Hội Sinh viên trường nhiệm kỳ 2025 - 2028 cần chuẩn bị những văn kiện gì?', null],
  ['lookalike', 'Hội nghị khoa học cấp trường về chuyển đổi số nhận bài đến hạn nào?', null],
  ['lookalike', 'Giảng viên hợp đồng muốn được kết nạp Đảng thì cần mấy đảng viên giới thiệu?', null],
  ['lookalike', 'Học phí ngành công nghệ thông tin trường mình năm 2026 là bao nhiêu một tín chỉ?', null],
  ['lookalike', 'Lễ tốt nghiệp tháng 7 có nên mời bí thư chi bộ lên phát biểu không?', null],
  ['lookalike', 'Đại hội cổ đông của công ty chủ quản có quyền bãi nhiệm hiệu trưởng trường tư không?', null],
  ['lookalike', 'Sinh viên là đảng viên dự bị đi du học thì chuyển sinh hoạt đảng thế nào?', null],
  ['lookalike', 'Điểm chuẩn xét tuyển thạc sĩ ngành chính trị học năm nay là bao nhiêu?', null],
  // Member who writes in abbreviations.
  ['lookalike', 'đh cđ cơ sở năm nay bầu bch mấy người ạ', null],
  ['lookalike', 'đv chuyển sh đảng tạm thời sang xã khác cần thủ tục gì', null],
  ['lookalike', 'cb sinh hoạt chuyên đề tháng 12 nên chọn nd gì', null],
  ['lookalike', 'ubnd xã mới cấp lại sổ đỏ mất bao lâu', null],
  ['lookalike', 'đảng phí đv hưu trí đóng bnhiêu 1 tháng', null],
  ['lookalike', 'đv đi du lịch nước ngoài có phải báo cb ko', null],
  ['lookalike', 'bch đoàn xã đh khi nào vậy', null],
  ['lookalike', 'thẻ đv bị mất xin cấp lại ở đâu', null],
  ['lookalike', 'hđnd xã họp kỳ cuối năm vào ngày nào', null],
  // Deputy secretary of a commune party committee in the mountains.
  ['lookalike', 'Đại hội đại biểu các dân tộc thiểu số cấp xã tổ chức như thế nào, mời những ai?', null],
  ['lookalike', 'Phụ cấp bí thư chi bộ thôn bản vùng đặc biệt khó khăn hiện nay là bao nhiêu?', null],
  ['lookalike', 'Bầu trưởng thôn nhiệm kỳ mới cần bao nhiêu phần trăm số hộ đồng ý?', null],
  ['lookalike', 'Đại hội Hội Nông dân xã có phải báo cáo đảng ủy xã trước không?', null],
  [
    'lookalike',
    'Vốn chương trình mục tiêu quốc gia giảm nghèo năm 2026 xã mình được phân bổ bao nhiêu?',
    null,
  ],
  ['lookalike', 'Đường lên bản bị sạt lở, xin hỗ trợ khắc phục thì gửi văn bản cho ai?', null],
  ['lookalike', 'Lễ hội xuống đồng của người Tày có phải xin phép xã không?', null],
  ['lookalike', 'Hội nghị sơ kết 6 tháng đầu năm của đảng ủy xã cần những báo cáo gì?', null],
  ['lookalike', 'Xã vùng cao mất sóng điện thoại thì liên hệ nhà mạng nào?', null],
  ['lookalike', 'Khoán bảo vệ rừng mỗi héc ta một năm được trả bao nhiêu tiền?', null],
  ['lookalike', 'Bí thư đảng ủy xã Tả Van hiện nay là ai?', null],
  ['lookalike', 'Kỳ họp HĐND tỉnh tháng 12 có thông qua nghị quyết phụ cấp cán bộ thôn không?', null],
  // Other organisations, other senses, the bot itself.
  ['lookalike', 'Bot này do ai làm, có lưu tin nhắn của tôi không?', null],
  ['lookalike', 'Số điện thoại trực ban Văn phòng Đảng ủy phường Hai Bà Trưng là bao nhiêu?', null],
  ['lookalike', 'Bot có gửi được file Word mẫu biên bản họp chi bộ qua Zalo không?', null],
  ['lookalike', 'Đại hội thể dục thể thao tỉnh Quảng Ninh lần thứ X có môn kéo co không?', null],
  ['lookalike', 'Đại hội XII của Đảng Nhân dân Cách mạng Lào họp ở Viêng Chăn vào tháng mấy?', null],
  ['lookalike', 'Hội nghị tổng kết năm của hợp tác xã chè có phải mời cấp ủy dự không?', null],
  ['lookalike', 'Quỹ đoàn kết của chi bộ có được dùng để thăm đảng viên ốm không?', null],
];

export const NEWSET52: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
