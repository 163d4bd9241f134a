/**
 * The eightieth new evaluation set (issue 11, point 6), written on 2026-12-04 from 04:14 UTC
 * (committed in the commit "Eval: newset80, the eightieth unseen set") by a helper (set80) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before `const items`) and its export line, the part of newset.ts before
 * `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under src/,
 * bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items were
 * read. Its users are imagined as the secretary of the party cell of a residential group in a new
 * urban area, a member who is a nurse on a night shift, a member of the commune party committee's
 * office in a mountain commune after the 2025 merger, a Canadian journalist writing in English,
 * and a member who copies questions from a quiz sheet; with the out-of-scope messages such users
 * send (other organisations' congresses and meetings: a first apartment-building conference and
 * its management board, a residential group's election of its head, a primary school's parents'
 * association, the hospital Red Cross, the Vietnam Nurses Association, the provincial congress of
 * ethnic minorities, a tea cooperative's members' congress, a clan's gathering that elects its
 * head, a hometown association, former youth volunteers, the study-promotion and farmers'
 * associations, the Vietnam Journalists' Association, the Liberal Party of Canada's leadership
 * convention, a provincial investment-promotion conference, COP30, the UN General Assembly, a
 * Central Committee plenum; other senses of "đại hội" and "hội nghị": the martial-arts gathering
 * of wuxia novels, the Soviet party's 20th congress, the Paris peace conference, a commune's
 * extended year-end plenum; party business the pack does not cover: election mechanics (proxy
 * ballots, over-marked ballots, the counting board, a ballot box brought home, probationary
 * members' vote), a by-election for a secretary who moves away, members working elsewhere who
 * keep ties with their place of residence, suspension while working abroad, striking members off,
 * the fewest members a cell needs, asset declarations, inspection committees' notice, political
 * theory courses, archive handover between merged communes, the commune office's staffing, quiz
 * and contest answers on the Charter, the Constitution, the 13th and 14th Congresses' dates and
 * theme, and the Party's first General Secretary; people in posts and their phone numbers
 * (including those named in the source article), the delegates' number and the vote at the 14th
 * Congress; addresses and venues (the old district office at 33 Đại Cồ Việt, the new commune
 * office, a building lobby, hotels, restaurants); money (travel costs on mountain roads, service
 * fees, support to village elders); government services after
 * the merger (driving licences), nursing licences, interpreters for the Hmong; writing speeches, a
 * master of ceremonies' script, French translation, song lyrics and templates for the user; the
 * bot itself offline and its privacy; another app's password; a livestream; an investor's
 * community hall; a traditional festival's date).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset80.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes and the share of surplus
 * candidates, the money a congress may spend, which cells the five-yearly pilot covers, whether a
 * new commune committee counts as grassroots, membership figures) were left out, not guessed.
 * Engine changes reached main after its commit: 09a7d5d (the word prior relearned with newset79)
 * and 2f67aa5 (absent phrases for newset79's classes); its writer saw none of them. It was measured
 * once, at 04:26 UTC on main 2f67aa5 (`node --expose-gc dist/bench/qa.js`, load 2.19): qa_new_top1
 * 97.9 %, qa_new_oos_refused 97.2 % (3 in-scope misses, 2 lookalikes answered; qa_p99_us 180.1 in
 * that run, p50 39.5). Its misses were listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number, each in several spellings.
  ['doc', 'Chỉ thị 35-CT/TW ngày 14/6/2024 của Bộ Chính trị bây giờ còn hiệu lực không?', 'doc:ct-35-2024'],
  ['doc', 'CT 35 năm 2024 bị thay bằng văn bản nào rồi vậy?', 'doc:ct-35-2024'],
  ['doc', 'Quiz sheet says directive 35 of 2024: who issued it and is it still current?', 'doc:ct-35-2024'],
  ['doc', 'Tờ câu hỏi ghi CT35/2024, đó là văn bản gì ạ?', 'doc:ct-35-2024'],
  ['doc', 'Chỉ thị 35-CT/TW ngày 30/5/2019 có áp dụng cho đại hội nhiệm kỳ này không?', 'doc:ct-35-2019'],
  ['doc', 'CT 35 năm 2019 là chỉ thị hướng tới đại hội nào?', 'doc:ct-35-2019'],
  ['doc', 'Does the bot still use directive 35 of 2019, the one before the 13th Congress?', 'doc:ct-35-2019'],
  ['doc', 'Kết luận 118-KL/TW điều chỉnh chỉ thị nào, hiện còn giá trị không?', 'doc:kl-118-2025'],
  ['doc', 'KL 118 đầu năm 2025 còn hiệu lực không bot?', 'doc:kl-118-2025'],
  ['doc', 'Conclusion 118: which body issued it?', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị 45-CT/TW của Bộ Chính trị ban hành ngày tháng năm nào?', 'doc:ct-45-2025'],
  ['doc', 'CT45 thay thế những văn bản nào về đại hội?', 'doc:ct-45-2025'],
  ['doc', 'chi thi so 45 nam 2025 noi ve van de gi', 'doc:ct-45-2025'],
  ['doc', 'Kết luận 200-KL/TW của Bộ Chính trị và Ban Bí thư nói những gì?', 'doc:kl-200-2025'],
  ['doc', 'KL 200 được ban hành vào ngày nào vậy?', 'doc:kl-200-2025'],
  ['doc', 'ket luan so 200 cua bo chinh tri ra ngay nao', 'doc:kl-200-2025'],
  [
    'doc',
    'Xã vùng cao cần tra Hướng dẫn 27-HD/BTCTW: văn bản này do Ban Tổ chức Trung ương ra ngày nào, hướng dẫn gì?',
    'doc:hd-27-2024',
  ],
  ['doc', 'HD 27 của Ban Tổ chức TW ra ngày nào?', 'doc:hd-27-2024'],
  [
    'doc',
    'Guidance 27 from the Central Organisation Commission: are its details confirmed?',
    'doc:hd-27-2024',
  ],
  [
    'doc',
    'Bí thư chi bộ khu đô thị hỏi: Hướng dẫn 18-HD/BTCTU bên Ban Tổ chức Thành ủy ký ngày bao nhiêu?',
    'doc:hd-18-2024',
  ],
  ['doc', 'HD18 thành ủy hướng dẫn những nội dung gì?', 'doc:hd-18-2024'],
  ['doc', 'huong dan so 18 cua ban to chuc thanh uy ha noi la gi', 'doc:hd-18-2024'],
  [
    'doc',
    'Tờ đề thi hỏi Kế hoạch 258-KH/TU do Thành ủy ký ban hành hôm nào, bot trả lời giúp',
    'doc:kh-258-2024',
  ],
  ['doc', 'KH 258 thành ủy là kế hoạch gì?', 'doc:kh-258-2024'],
  [
    'doc',
    'I keep seeing plan 258 from the Hanoi city committee cited; what is on record about it?',
    'doc:kh-258-2024',
  ],
  [
    'doc',
    'Văn phòng đảng ủy xã tìm lại Kế hoạch 203-KH/QU của Quận ủy Hai Bà Trưng cũ, nội dung là gì?',
    'doc:kh-203-2024',
  ],
  ['doc', 'KH203 của quận ủy còn dùng được không khi không còn quận?', 'doc:kh-203-2024'],
  ['doc', 'ke hoach so 203 quan uy hai ba trung cu ky luc nao vay', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 nói về việc gì?', 'doc:nq-26-2018'],
  ['doc', 'NQ 26 khóa XII do cơ quan nào ban hành?', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26 of May 2018: what is its status in the bot?', 'doc:nq-26-2018'],
  ['doc', 'Quy định 89-QĐ/TW ngày 04/8/2017 bây giờ còn hiệu lực không?', 'doc:qd-89-2017'],
  ['doc', 'QĐ 89 về tiêu chuẩn cán bộ đã bị thay chưa?', 'doc:qd-89-2017'],
  ['doc', 'qd89 la quy dinh gi vay', 'doc:qd-89-2017'],
  ['doc', 'Quy định 365-QĐ/TW được ban hành ngày nào?', 'doc:qd-365-2025'],
  ['doc', 'QĐ365 thay cho quy định nào vậy ạ?', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365: what is it about and who issued it?', 'doc:qd-365-2025'],
  ['doc', 'Quy định 14-QĐ/TU bên Thành ủy đặt ra tiêu chí gì cho cán bộ, ai ký?', 'doc:qd-14-2023'],
  ['doc', 'QĐ 14 của Thành ủy Hà Nội năm 2023 là quy định gì?', 'doc:qd-14-2023'],
  ['doc', 'quy dinh so 14 ngay 06/11/2023 noi ve gi', 'doc:qd-14-2023'],
  ['doc', 'Quy định 2656-QĐ/QU của Quận ủy ban hành khi nào?', 'doc:qd-2656-2023'],
  ['doc', 'QĐ 2656 về tiêu chí đánh giá cán bộ do ai ban hành?', 'doc:qd-2656-2023'],
  ['doc', 'Quy định số 2656 còn áp dụng không sau khi bỏ quận?', 'doc:qd-2656-2023'],
  ['doc', 'Quy định 1216-QĐ/QU của Ban Thường vụ Quận ủy cũ về quy hoạch ra từ năm nào?', 'doc:qd-1216-2022'],
  ['doc', 'QĐ1216 quy hoạch cán bộ là của cơ quan nào?', 'doc:qd-1216-2022'],
  [
    'doc',
    'A source mentions regulation 1216 on cadre planning in the old district; who signed it off?',
    'doc:qd-1216-2022',
  ],
  ['doc', 'Quy định 294-QĐ/TW ngày 26/5/2025 thí điểm việc gì?', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294: who issued it and when did it take effect?', 'doc:qd-294-2025'],
  ['doc', 'Tài liệu cũ trong tủ có Hướng dẫn 26-HD/BTCTW năm 2019, nó đi kèm chỉ thị nào?', 'doc:hd-26-2019'],
  ['doc', 'HD 26 năm 2019 bây giờ còn dùng không?', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26 of October 2019: does the bot apply its rules?', 'doc:hd-26-2019'],
  ['typo', 'QĐ 294 thi diem dh chi bo co hieu luc tu bao gio vay bot', 'doc:qd-294-2025'],
  ['en', 'For my piece: what is the status of Directive 45-CT/TW today?', 'doc:ct-45-2025'],
  ['en', 'Conclusion 200-KL/TW: what did it say about the congress results?', 'doc:kl-200-2025'],

  // Documents the pack does not hold, by number.
  [
    'unknown-doc',
    'Quy định 24-QĐ/TW năm 2021 về thi hành Điều lệ Đảng nói gì về đại hội chi bộ?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Hướng dẫn 06-HD/TW có nội dung gì về sinh hoạt chi bộ?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 232-QĐ/TW năm 2025 thi hành Điều lệ Đảng có gì mới?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 150-KL/TW nói gì về đại hội đảng bộ xã mới?', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 36-CT/TW có liên quan đến đại hội không?', 'unknown-doc'],
  [
    'unknown-doc',
    'Chi bộ tổ dân phố có phải nhắc Nghị quyết 57-NQ/TW trong báo cáo của mình không ạ?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kế hoạch 47-KH/TW về sắp xếp tổ chức bộ máy nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 31-HD/BTCTW hướng dẫn những gì?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 137-KL/TW về sáp nhập xã có hiệu lực từ khi nào?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 69-QĐ/TW về kỷ luật đảng viên còn áp dụng không?', 'unknown-doc'],
  [
    'unknown-doc',
    'Công văn số 512-CV/ĐU của Đảng ủy xã về đại hội chi bộ bản có trong bot không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Nghị quyết 66-NQ/TW nói gì về xây dựng pháp luật?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 12-HD/BTCTU của Thành ủy về đại hội chi bộ tổ dân phố có gì?', 'unknown-doc'],
  [
    'unknown-doc',
    'Quy định 213-QĐ/TW về đảng viên đang công tác giữ mối liên hệ với chi bộ nơi cư trú nói gì?',
    'unknown-doc',
  ],
  ['unknown-doc', 'What does Resolution 60-NQ/TW say about merging provinces?', 'unknown-doc'],
  ['unknown-doc', 'Directive 08-CT/TW: is it about the party congresses?', 'unknown-doc'],

  // Facts the topics state.
  [
    'fact',
    'Tôi được giao chấp bút báo cáo chính trị của chi bộ khu đô thị, báo cáo phải đánh giá những mặt nào?',
    'van-kien',
  ],
  ['fact', 'Báo cáo kiểm điểm của cấp ủy trong nhiệm kỳ phải có tính chất gì?', 'van-kien'],
  [
    'fact',
    'Đảng viên trong bản hỏi Đại hội toàn quốc lần thứ XIV khai mạc và bế mạc vào những ngày nào?',
    'dai-hoi-xiv',
  ],
  ['fact', 'Việc thí điểm chi bộ 5 năm mới đại hội một lần bắt đầu áp dụng từ ngày nào thế?', 'chi-bo-5-nam'],
  [
    'fact',
    'Khi bỏ cấp huyện, riêng Hà Nội có tất cả mấy đảng bộ quận, huyện, thị xã dừng hoạt động?',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'Đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030 đã xong hết chưa?', 'ket-qua'],
  ['fact', 'Đại hội điểm của chi bộ trực thuộc được tổ chức trong tháng nào?', 'dai-hoi-diem'],
  ['fact', 'Để phục vụ đại hội phải thành lập những tổ nào?', 'chuan-bi'],
  ['fact', 'Tổ chức đại hội phải đúng nguyên tắc nào của Đảng, nhất là nguyên tắc gì?', 'nguyen-tac'],
  ['fact', 'Chọn nhân sự cấp ủy khóa mới phải dựa vào những nghị quyết, quy định nào?', 'nhan-su'],
  ['fact', 'Từ sau hội nghị quán triệt tháng 10/2024 đến nay công tác đại hội có gì thay đổi?', 'thay-doi'],
  ['fact', 'Chỉ thị của Bộ Chính trị năm 2024 về đại hội các cấp gồm mấy phần, mấy phụ lục?', 'chi-thi-35'],
  [
    'fact',
    'Các chi bộ ở Hai Bà Trưng đại hội tiến tới Đại hội Đảng bộ quận lần thứ bao nhiêu vậy?',
    'dai-hoi-quan',
  ],
  [
    'fact',
    'Sau khi xong đại hội các cấp, kết luận của Trung ương giao các cấp ủy việc gì tiếp theo?',
    'ket-qua',
  ],
  [
    'fact',
    'Câu 2: Đại hội chi bộ nhiệm kỳ 2025 - 2030 thực hiện mấy nội dung? A. 3; B. 4; C. 5; D. 6',
    'noi-dung',
  ],
  ['fact', 'Câu 5: Văn kiện cấp ủy trình đại hội gồm hai báo cáo chủ yếu nào?', 'van-kien'],
  [
    'fact',
    'Câu 10: Quy định thí điểm đại hội chi bộ 5 năm một lần có hiệu lực từ ngày nào? A. 01/7/2025; B. 01/01/2026',
    'chi-bo-5-nam',
  ],
  ['fact', 'Câu 11: Theo kế hoạch, đại hội điểm của quận được tổ chức vào thời điểm nào?', 'dai-hoi-diem'],

  // Questions per unit type.
  [
    'unit',
    'Chi bộ tổ dân phố trực thuộc đảng ủy phường thì đại hội từ tháng mấy đến tháng mấy?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở như chi bộ trạm y tế xã chúng tôi phải xong đại hội trước hạn nào?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở tổ chức đại hội trước hay sau khi các chi bộ trực thuộc đại hội xong?',
    'lich-trinh',
  ],
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở như chi bộ khu đô thị của tôi thì đại hội gồm những nội dung gì?',
    'noi-dung',
  ],
  ['unit', 'Đảng bộ cơ sở của bệnh viện phải chọn bao nhiêu chi bộ trực thuộc đại hội điểm?', 'dai-hoi-diem'],
  [
    'unit',
    'Ở cấp quận, Ban Thường vụ chọn mấy loại tổ chức đảng để đại hội điểm đầu năm 2025?',
    'dai-hoi-diem',
  ],
  [
    'unit',
    'Chi bộ cơ sở chuẩn bị đại hội có phải lập tổ văn kiện, tổ nhân sự, tổ tổ chức không?',
    'chuan-bi',
  ],
  ['unit', 'Đảng bộ cơ sở chuẩn bị đại hội phải rà soát kỹ nhất việc gì?', 'chuan-bi'],
  ['unit', 'Chi bộ trực thuộc có phải trình báo cáo kiểm điểm của chi ủy ở đại hội không?', 'van-kien'],
  [
    'unit',
    'Đại hội đảng bộ cơ sở bầu những gì, có bầu đoàn đại biểu đi dự đại hội cấp trên không?',
    'noi-dung',
  ],

  // Two-part questions.
  [
    'two-part',
    'Đại hội chi bộ tổ dân phố gồm những nội dung nào, và chi ủy trình mấy bản báo cáo?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ trực thuộc đại hội khi nào, còn đại hội điểm làm vào lúc nào?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Chi bộ bản chuẩn bị đại hội phải làm những việc nào, và giới thiệu người vào cấp ủy dựa trên tiêu chuẩn gì?',
    'chuan-bi+nhan-su',
  ],
  [
    'two-part',
    'Đại hội XIV họp ngày nào, còn đại hội các cấp nhiệm kỳ này kết quả ra sao?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Chính quyền 2 cấp vận hành từ bao giờ, và bây giờ chi bộ bao lâu đại hội một lần?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Tổ chức đại hội phải theo nguyên tắc gì, và chỉ thị năm 2024 của Bộ Chính trị về đại hội có mấy phụ lục?',
    'nguyen-tac+chi-thi-35',
  ],
  [
    'two-part',
    'Từ hội nghị 23/10/2024 đến nay có gì thay đổi, và bot dựa vào những văn bản nào?',
    'thay-doi+tai-lieu',
  ],
  [
    'two-part',
    'Đại hội Đảng bộ quận lần thứ XXVII là đại hội nào, và bây giờ cấp huyện còn không?',
    'dai-hoi-quan+chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'Báo cáo chính trị phải đánh giá gì, và nhân sự cấp ủy khóa mới chọn thế nào?',
    'van-kien+nhan-su',
  ],
  [
    'two-part',
    'What are the four items on a congress agenda, and when did the 14th National Congress take place?',
    'noi-dung+dai-hoi-xiv',
  ],

  // In scope, with everyday words around the question.
  [
    'offword',
    'Vừa hết ca trực đêm, tranh thủ cốc cà phê hỏi luôn: đại hội chi bộ phải làm mấy nội dung?',
    'noi-dung',
  ],
  [
    'offword',
    'Con đang sốt mà tôi vẫn phải viết báo cáo: báo cáo kiểm điểm của chi ủy cần những gì?',
    'van-kien',
  ],
  [
    'offword',
    'Trời mưa to, đường lên bản trơn lắm, hỏi nhanh: cấp huyện bỏ từ ngày nào vậy?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Thang máy chung cư hỏng nên họp trên tầng thượng; đại hội điểm ở đảng bộ cơ sở làm vào tháng nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Đang nấu cơm cho hỏi: đại hội phải chống lãng phí, không phô trương hình thức đúng không?',
    'nguyen-tac',
  ],
  ['offword', 'Điện thoại sắp hết pin, chỉ cần biết: đại hội chi bộ giờ mấy năm một lần?', 'chi-bo-5-nam'],
  [
    'offword',
    'Ngồi chờ xe khách về xã, hỏi bot: đại hội các cấp nhiệm kỳ 2025 - 2030 kết quả thế nào?',
    'ket-qua',
  ],
  [
    'offword',
    'Bệnh nhân vừa ngủ, cho tôi hỏi: chuẩn bị đại hội phải lập những tổ nào để phục vụ?',
    'chuan-bi',
  ],
  [
    'offword',
    'Con mèo vừa làm đổ cốc nước lên tài liệu, nhắc lại giúp: nhân sự cấp ủy khóa mới chọn theo tiêu chuẩn nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Sáng nay chợ phiên đông quá chưa kịp đọc: từ tháng 10/2024 đến giờ có những thay đổi nào?',
    'thay-doi',
  ],

  // Typos, missing diacritics and abbreviations.
  ['typo', 'dai hoi chi bo nk 2025 2030 gom may noi dung', 'noi-dung'],
  ['typo', 'BCCT cua chi bo phai danh gia nhung gi', 'van-kien'],
  ['typo', 'ĐH CB trực thuộc bắt đầu tháng mấy, xong trong tháng mấy', 'lich-trinh'],
  ['typo', 'đại hội điễm của đảng bộ cơ sở tổ chức khi nào vậy', 'dai-hoi-diem'],
  ['typo', 'gioi thieu nhan su cap uy khoa moi phai quan triet nghi quyet va quy dinh nao a', 'nhan-su'],
  ['typo', 'chin quyen 2 cap bat dau van hanh tu ngay nao', 'chinh-quyen-2-cap'],
  ['typo', 'ĐH XIV cua Dang hop may ngay, tu hom nao', 'dai-hoi-xiv'],
  ['typo', 'cb 5 nam dh may lan theo thi diem moi', 'chi-bo-5-nam'],
  ['typo', 'to chuc dh phai theo nguyen tac tap trung dan chu the nao', 'nguyen-tac'],
  ['typo', 'dot dh dang bo cac cap nk 2025-2030 da ket thuc chua hay con', 'ket-qua'],
  ['typo', 'chuan bi dh can lam nhung viec gi a', 'chuan-bi'],
  ['typo', 'vk trình đh gồm mấy bc chủ yếu', 'van-kien'],
  ['typo', 'nhung thay doi tu sau hoi nghi 23/10/2024 la gi', 'thay-doi'],

  // English, as the Canadian journalist writes.
  ['en', 'What must a party cell congress cover in the 2025-2030 term, for a Canadian reader?', 'noi-dung'],
  ['en', 'Which reports does a cell committee present to its congress?', 'van-kien'],
  [
    'en',
    'Between which months were cells under a grassroots committee due to hold their congresses?',
    'lich-trinh',
  ],
  ['en', 'Under the new pilot, how often do party cells hold a congress?', 'chi-bo-5-nam'],
  ['en', 'On what date did Vietnam stop having a district level of local government?', 'chinh-quyen-2-cap'],
  ['en', 'For my story: on what dates did the Party’s 14th National Congress run?', 'dai-hoi-xiv'],
  ['en', 'Were the 2025-2030 party congresses finished on schedule?', 'ket-qua'],
  [
    'en',
    'Which principles must a party congress follow, according to the district conference?',
    'nguyen-tac',
  ],
  ['en', 'How are members of the new party committee chosen, and by which standards?', 'nhan-su'],
  ['en', 'Since that October 2024 district meeting, which rules changed, in date order?', 'thay-doi'],
  [
    'en',
    'Tell me about the model (pilot) congresses: which kinds of units held them, and in which months?',
    'dai-hoi-diem',
  ],
  [
    'en',
    'List the documents your answers draw on, with their dates and issuers, for my fact-check.',
    'tai-lieu',
  ],
  ['en', 'What does the Politburo’s 2024 directive on the congresses contain?', 'chi-thi-35'],

  // Lookalikes: messages these users send that the pack does not answer.
  [
    'lookalike',
    'Hội nghị nhà chung cư lần đầu để bầu Ban quản trị tòa nhà cần bao nhiêu phần trăm chủ hộ dự?',
    null,
  ],
  [
    'lookalike',
    'Chi bộ tổ dân phố khu đô thị mới có quyền đòi chủ đầu tư bàn giao nhà sinh hoạt cộng đồng không?',
    null,
  ],
  ['lookalike', 'Họp tổ dân phố bầu tổ trưởng mới thì cần quá nửa số hộ hay quá nửa số người đồng ý?', null],
  [
    'lookalike',
    'Đảng viên đang công tác ở cơ quan nhưng sống ở khu đô thị thì phải giới thiệu về chi bộ nơi cư trú bằng giấy gì?',
    null,
  ],
  [
    'lookalike',
    'Phí dịch vụ chung cư tăng vô lý, bí thư chi bộ tổ dân phố có đứng ra kiến nghị với ban quản lý được không?',
    null,
  ],
  [
    'lookalike',
    'Đại hội Hội cha mẹ học sinh trường tiểu học trong khu đô thị bầu ban đại diện thế nào?',
    null,
  ],
  ['lookalike', 'Chi bộ muốn mượn sảnh tầng một chung cư để tổ chức đại hội thì làm đơn gửi ai?', null],
  [
    'lookalike',
    'Viết giúp tôi bài tham luận tại đại hội chi bộ về xây dựng khu đô thị văn minh, sạch đẹp.',
    null,
  ],
  [
    'lookalike',
    'Cho tôi xin kịch bản dẫn chương trình đại hội chi bộ tổ dân phố, dài khoảng hai trang.',
    null,
  ],
  ['lookalike', 'Đại hội Hội Chữ thập đỏ bệnh viện nhiệm kỳ 2025 - 2030 tổ chức vào tháng nào?', null],
  ['lookalike', 'Đại hội đại biểu Hội Điều dưỡng Việt Nam lần tới họp ở đâu?', null],
  [
    'lookalike',
    'Đêm nay tôi trực, sáng mai đại hội chi bộ khoa, tôi có được nhờ đồng chí khác bỏ phiếu hộ không?',
    null,
  ],
  ['lookalike', 'Phiếu bầu cấp ủy gạch thừa tên so với số lượng cần bầu thì phiếu đó có hợp lệ không?', null],
  ['lookalike', 'Chứng chỉ hành nghề điều dưỡng có thời hạn mấy năm, gia hạn nộp hồ sơ ở sở nào?', null],
  [
    'lookalike',
    'Sinh hoạt chi bộ hằng tháng của khoa cấp cứu có được họp qua Zalo vì vướng ca đêm không?',
    null,
  ],
  ['lookalike', 'Ban kiểm phiếu ở đại hội chi bộ bệnh viện gồm mấy người, ai đề cử?', null],
  [
    'lookalike',
    'Đảng viên 90 tuổi nằm liệt giường có được mang hòm phiếu đến nhà để bầu trong đại hội chi bộ không?',
    null,
  ],
  [
    'lookalike',
    'Trụ sở Đảng ủy xã mới sau sáp nhập đặt ở trung tâm xã cũ nào, đi từ bản Pác Nặm mất bao lâu?',
    null,
  ],
  [
    'lookalike',
    'Đại biểu ở bản xa đi dự đại hội đảng bộ xã được thanh toán tiền xăng xe bao nhiêu một cây số?',
    null,
  ],
  [
    'lookalike',
    'Đảng viên cao tuổi người Mông không nghe rõ tiếng phổ thông, chi bộ thuê phiên dịch khi đại hội ở đâu?',
    null,
  ],
  ['lookalike', 'Bản chỉ còn hai đảng viên thì có được thành lập chi bộ riêng không?', null],
  [
    'lookalike',
    'Biên bản bàn giao tài liệu lưu trữ của đảng ủy các xã cũ cho đảng ủy xã mới cần ghi những mục gì?',
    null,
  ],
  ['lookalike', 'Đại hội đại biểu các dân tộc thiểu số của tỉnh lần tới tổ chức năm nào?', null],
  ['lookalike', 'Người có uy tín trong đồng bào dân tộc thiểu số được hỗ trợ bao nhiêu tiền mỗi năm?', null],
  ['lookalike', 'Lễ hội Lồng Tồng của xã năm nay tổ chức vào ngày nào âm lịch?', null],
  [
    'lookalike',
    'Đại hội thành viên hợp tác xã chè Shan tuyết phải có bao nhiêu thành viên tham dự mới hợp lệ?',
    null,
  ],
  ['lookalike', 'Văn phòng đảng ủy xã mới được giao biên chế mấy người?', null],
  ['lookalike', 'Hội nghị Ban Chấp hành Đảng bộ xã mở rộng cuối năm phải chuẩn bị báo cáo gì?', null],
  ['lookalike', 'Ở bản sóng điện thoại yếu, bot này có trả lời được khi mất mạng không?', null],
  ['lookalike', 'Đại hội dòng họ Lường ở bản bầu trưởng họ mới có cần báo cáo chi bộ không?', null],
  ['lookalike', 'When is the Liberal Party of Canada’s next leadership convention?', null],
  [
    'lookalike',
    'Can a foreign reporter get accreditation to sit in on a ward party congress in Hanoi, and who issues it?',
    null,
  ],
  ['lookalike', 'What is the phone number of the Hanoi Party Committee’s press office?', null],
  ['lookalike', 'Who was elected General Secretary at the 14th Congress, and with how many votes?', null],
  ['lookalike', 'How many delegates attended the 14th National Party Congress in January 2026?', null],
  ['lookalike', 'Translate "đại hội chi bộ" into French for my editor in Montréal.', null],
  ['lookalike', 'Is there a livestream recording of a Hanoi ward party congress that I could embed?', null],
  [
    'lookalike',
    'Which hotel did foreign media stay in near the National Convention Center during the congress?',
    null,
  ],
  [
    'lookalike',
    'How does a Vietnamese party congress compare with China’s National People’s Congress?',
    null,
  ],
  ['lookalike', 'Đại hội đồng Liên Hợp Quốc khóa 80 khai mạc vào ngày nào?', null],
  [
    'lookalike',
    'Câu 12: Điều lệ Đảng hiện hành gồm bao nhiêu chương, bao nhiêu điều? A. 10 chương 46 điều; B. 12 chương 48 điều',
    null,
  ],
  ['lookalike', 'Câu 9: Theo Hiến pháp năm 2013, nhiệm kỳ của Quốc hội là mấy năm?', null],
  ['lookalike', 'Câu 15: Chủ đề của Đại hội XIV của Đảng là gì? Chép nguyên văn giúp tôi.', null],
  ['lookalike', 'Câu 4: Đại hội đại biểu toàn quốc lần thứ XIII của Đảng họp vào thời gian nào?', null],
  ['lookalike', 'Câu 20: Đảng viên dự bị có được biểu quyết bầu cử tại đại hội chi bộ không?', null],
  ['lookalike', 'Đáp án tuần 3 cuộc thi trắc nghiệm trực tuyến tìm hiểu văn kiện Đại hội XIV là gì?', null],
  [
    'lookalike',
    'Câu 19: Hiệp định Pa-ri về chấm dứt chiến tranh ở Việt Nam được ký tại hội nghị nào, năm nào?',
    null,
  ],
  ['lookalike', 'Câu 7: Ai là Tổng Bí thư đầu tiên của Đảng Cộng sản Việt Nam?', null],
  ['lookalike', 'Đại hội lần thứ XX của Đảng Cộng sản Liên Xô năm 1956 có ý nghĩa gì?', null],
  ['lookalike', 'Võ lâm đại hội trong truyện Kim Dung tổ chức ở chùa nào?', null],
  ['lookalike', 'Đại hội Hội Cựu thanh niên xung phong phường nhiệm kỳ mới cần chuẩn bị văn kiện gì?', null],
  ['lookalike', 'Đại hội Hội Khuyến học xã vùng cao bầu Ban Chấp hành gồm bao nhiêu ủy viên?', null],
  ['lookalike', 'Đại hội chi hội nông dân bản nhiệm kỳ 2025 - 2030 có phải báo cáo đảng ủy xã không?', null],
  [
    'lookalike',
    'Đồng chí Trần Quyết Thắng bây giờ giữ chức vụ gì, số điện thoại liên hệ là bao nhiêu?',
    null,
  ],
  ['lookalike', 'Trụ sở 33 Đại Cồ Việt của Quận ủy cũ bây giờ là cơ quan nào làm việc?', null],
  ['lookalike', 'Đại biểu Quốc hội về tiếp xúc cử tri ở tổ dân phố chúng tôi vào hôm nào?', null],
  ['lookalike', 'Bí thư chi bộ tổ dân phố có phải kê khai tài sản, thu nhập hằng năm không?', null],
  [
    'lookalike',
    'Đảng viên đi xuất khẩu lao động ở Hàn Quốc ba năm thì tạm dừng sinh hoạt đảng thế nào?',
    null,
  ],
  ['lookalike', 'Đảng viên bỏ sinh hoạt chi bộ liền mấy tháng thì bị xóa tên?', null],
  ['lookalike', 'Học trung cấp lý luận chính trị hệ vừa làm vừa học mất mấy tháng?', null],
  [
    'lookalike',
    'Bí thư chi bộ chuyển nhà đi nơi khác giữa nhiệm kỳ thì chi bộ bầu bổ sung bí thư thế nào?',
    null,
  ],
  ['lookalike', 'Hội nghị Trung ương 13 khóa XIII bàn những nội dung gì?', null],
  ['lookalike', 'Hội nghị xúc tiến đầu tư của tỉnh năm nay có mời doanh nghiệp Canada không?', null],
  [
    'lookalike',
    'Mẫu biên bản kiểm phiếu bầu đoàn đại biểu đi dự đại hội cấp trên có sẵn file Word để tải không?',
    null,
  ],
  ['lookalike', 'Gửi tôi lời bài hát "Đảng đã cho ta mùa xuân" để hát mở đầu đại hội chi bộ.', null],
  ['lookalike', 'Ứng dụng Sổ tay đảng viên báo sai mật khẩu, lấy lại thế nào?', null],
  ['lookalike', 'Bot này có lưu số điện thoại và tên thật của tôi không, ai đọc được tin nhắn?', null],
  ['lookalike', 'Tên xã đổi sau sáp nhập thì giấy phép lái xe có phải đổi lại không?', null],
  ['lookalike', 'Where was the COP30 climate conference held, and did Vietnam send a delegation?', null],
  [
    'lookalike',
    'Ủy ban kiểm tra Đảng ủy xã giám sát chuyên đề đối với chi bộ bản thì phải báo trước mấy ngày?',
    null,
  ],
  ['lookalike', 'Đại hội Hội đồng hương xã tôi ở Hà Nội năm nay tổ chức ở nhà hàng nào?', null],
  ['lookalike', 'When is the next congress of the Vietnam Journalists’ Association?', null],
];

export const NEWSET80: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
