/**
 * The hundred-and-tenth new evaluation set (issue 11, point 6), written on 2026-12-04 from 20:13 UTC
 * (committed in the commit "Eval: newset110, the hundred-and-tenth unseen set") by a helper (set110)
 * that never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, notes, issuers and statuses, the unit types' codes
 * and names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before `const items`) and its last line, the part of newset.ts before
 * `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under src/,
 * bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items
 * (newset107.ts to newset109.ts included, which were not on main when it was written) were read.
 * Its users are imagined as the secretary of a cell at a wholesale fish market, a member who is a
 * pharmacist's assistant, a member who is an elderly widow living alone, a Japanese interpreter
 * who writes in English, and a member who mixes questions with complaints about paperwork; with
 * the out-of-scope messages such users send (other organisations' congresses and meetings: a
 * fisheries association, a fish cooperative's members' congress, the market board's meetings with
 * traders, a pharmacists' association, a drug company's customer conference, the health-sector
 * trade union, a traditional-medicine association's executive meeting, a hospital pharmacy's Youth
 * Union branch, the elderly people's association, the Red Cross, a residential group's Women's
 * Union branch, the study-promotion association (with its "political report"), the lawyers'
 * association, the ward's Fatherland Front after the merger, the Vietnam–Japan friendship
 * association, the Japanese Communist Party's congress, the LDP's leadership vote, a Japanese
 * shareholders' meeting, the Japanese Diet's extraordinary session, the G7 summit in Hiroshima;
 * other senses of "đại hội" and "hội nghị": a supermarket's seafood sale, a pharmacy chain's
 * discount "đại hội", a clinical-pharmacy science conference, the martial-arts "đại hội" of Kim
 * Dung's novels, Comiket, the Paris accords, Zoom calls; party business the pack does not cover:
 * dues on a trader's unsteady income, a cell's collection for a member whose stall burned, visits
 * to a sick member living alone, reissuing a lost party card, leave from a congress for a death
 * anniversary, probation to full membership, moving one's party activity to Japan for a year,
 * discipline periods, the yearly personal self-review form, asset declarations, thematic cell
 * meetings, moving a monthly meeting, the admission ceremony's flags and flowers, a ward's
 * resolution-study session, the party handbook app; the users' own work and daily life mixed with
 * congress words: fish prices and ice for the post-congress meal, market inspection papers,
 * business registration and flat-rate tax of a fish stall after the ward was renamed, selling
 * antibiotics without a prescription, renewing a pharmacy practice certificate, blood-pressure
 * pills before a congress, survivor's allowance for a member's widow, free health checks, a will,
 * the electricity bill, notarised copies, CV confirmation stamps and motorbike transfers after the
 * merger, translating party terms and congress documents into Japanese and their fees, work
 * permits, a hotel for a Japanese delegation, the Tokyo–Hanoi time difference).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset110.test.ts with the other sets' shape tests), biome and tsc
 * ran. Do not edit an item after its commit, except to fix an expectation that is factually wrong
 * (against the sources), in its own commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, the money a congress may
 * spend, which cells the five-yearly pilot covers, whether a new commune committee counts as
 * grassroots, membership figures) were left out, not guessed.
 * Engine changes reached main after its writer began: 620cd44 ('mấy bản' narrowed to copies
 * printed, founding a grassroots party organisation as other party business), 719715f (a law named
 * by its number, a maintenance team absent) and the word prior relearned with newset106 to
 * newset109; its writer saw none of them. It was measured once, at 20:39 UTC on main e50386c
 * (`node --expose-gc dist/bench/qa.js`, load 2.72): qa_new_top1 98.7 %, qa_new_oos_refused 98.4 %
 * (2 in-scope misses, 1 lookalike answered; qa_p99_us 328.1 in that run, p50 73.0). Its misses
 * were listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  [
    'doc',
    'Chỉ thị số 35-CT/TW ngày 14/6/2024 bây giờ còn áp dụng không hay đã bị thay rồi?',
    'doc:ct-35-2024',
  ],
  ['doc', 'ct35 năm 2024 do cơ quan nào ban hành vậy', 'doc:ct-35-2024'],
  [
    'doc',
    'Directive 35 of 2024, the one toward the 14th Congress: who issued it and what is its status now?',
    'doc:ct-35-2024',
  ],
  ['doc', 'chi thi 35 nam 2024 cua bo chinh tri con hieu luc khong', 'doc:ct-35-2024'],
  [
    'doc',
    'Chỉ thị 35-CT/TW ngày 30/5/2019 hướng tới Đại hội XIII có còn dùng cho nhiệm kỳ này không?',
    'doc:ct-35-2019',
  ],
  ['doc', 'CT 35 năm 2019 do ai ban hành, bà nghe nói có hai cái cùng số', 'doc:ct-35-2019'],
  ['doc', 'Directive No. 35 from May 2019 toward the 13th Congress: what is its status?', 'doc:ct-35-2019'],
  ['doc', 'nhờ tra giúp ct35 ban hành năm 2019 cho nhiệm kỳ trước', 'doc:ct-35-2019'],
  ['doc', 'Kết luận số 118-KL/TW ngày 18/01/2025 nói về việc gì?', 'doc:kl-118-2025'],
  ['doc', 'kl118 bây giờ còn hiệu lực không ạ', 'doc:kl-118-2025'],
  ['doc', 'Conclusion 118 from January 2025: which body issued it?', 'doc:kl-118-2025'],
  ['doc', 'ket luan 118 da bi van ban nao thay chua', 'doc:kl-118-2025'],
  [
    'doc',
    'Chỉ thị 45-CT/TW ngày 14/4/2025 thay thế những văn bản nào, bí thư chợ cá hỏi để ghi vào sổ?',
    'doc:ct-45-2025',
  ],
  ['doc', 'ct45 của Bộ Chính trị ban hành ngày nào thế', 'doc:ct-45-2025'],
  [
    'doc',
    'Directive 45: when was it issued and what did it replace? I need it for a Japanese briefing',
    'doc:ct-45-2025',
  ],
  ['doc', 'chi thi so 45 ve dai hoi dang bo cac cap la gi', 'doc:ct-45-2025'],
  ['doc', 'Kết luận 200-KL/TW ngày 17/10/2025 kết luận những gì về đại hội các cấp?', 'doc:kl-200-2025'],
  ['doc', 'KL 200 do Bộ Chính trị hay Ban Bí thư ký ban hành vậy em?', 'doc:kl-200-2025'],
  [
    'doc',
    'What does Conclusion No. 200 of October 2025 say, in plain words for my interpreting notes?',
    'doc:kl-200-2025',
  ],
  ['doc', 'kl200 ra ngay nao vay ban', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn số 27-HD/BTCTW của Ban Tổ chức Trung ương hướng dẫn gì?', 'doc:hd-27-2024'],
  ['doc', 'HD 27 năm 2024 có nội dung chi tiết trong nguồn của bot không?', 'doc:hd-27-2024'],
  [
    'doc',
    'Guidance 27 of the Central Organisation Commission: on what date was it signed, and is its content known?',
    'doc:hd-27-2024',
  ],
  ['doc', 'Hướng dẫn 18-HD/BTCTU ngày 01/10/2024 của Ban Tổ chức Thành ủy là văn bản gì?', 'doc:hd-18-2024'],
  ['doc', 'hd18 thành ủy hà nội ra khi nào, tìm mãi trong đống giấy không thấy', 'doc:hd-18-2024'],
  ['doc', 'huong dan so 18 cua ban to chuc thanh uy huong dan noi dung gi', 'doc:hd-18-2024'],
  ['doc', 'Guidance No. 18 from the Hanoi organisation board: who issued it and when?', 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch số 258-KH/TU ngày 15/7/2024 của Thành ủy có những gì?', 'doc:kh-258-2024'],
  ['doc', 'KH258 của Thành ủy giờ còn giá trị không?', 'doc:kh-258-2024'],
  ['doc', 'Plan 258 of the Hanoi Party Committee: which day in 2024 was it issued on?', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch 203-KH/QU ngày 29/7/2024 của Quận ủy Hai Bà Trưng nói về việc gì?', 'doc:kh-203-2024'],
  ['doc', 'kh 203 quận ủy còn giá trị không khi đã bỏ cấp quận?', 'doc:kh-203-2024'],
  ['doc', 'Plan No 203 of the district committee: what is its title?', 'doc:kh-203-2024'],
  ['doc', 'ke hoach 203 cua quan uy hai ba trung ban hanh ngay nao', 'doc:kh-203-2024'],
  [
    'doc',
    'Nghị quyết số 26-NQ/TW ngày 19/5/2018 của Trung ương khóa XII là nghị quyết gì?',
    'doc:nq-26-2018',
  ],
  ['doc', 'NQ26 năm 2018 về cán bộ do ai ban hành', 'doc:nq-26-2018'],
  [
    'doc',
    'Resolution 26 of May 2018: which term of the Central Committee issued it, for my glossary?',
    'doc:nq-26-2018',
  ],
  ['doc', 'Quy định số 89-QĐ/TW ngày 04/8/2017 còn hiệu lực không?', 'doc:qd-89-2017'],
  ['doc', 'qđ89 về tiêu chuẩn cán bộ bị thay bằng cái gì rồi', 'doc:qd-89-2017'],
  ['doc', 'Regulation 89 on cadre standards: can I still cite it in a translation today?', 'doc:qd-89-2017'],
  ['doc', 'QĐ 89 năm 2017 của Bộ Chính trị bà đọc ở đâu', 'doc:qd-89-2017'],
  ['doc', 'Quy định 365-QĐ/TW ngày 30/8/2025 thay cho quy định nào?', 'doc:qd-365-2025'],
  ['doc', 'QĐ365 của Bộ Chính trị quy định về gì', 'doc:qd-365-2025'],
  ['doc', 'Regulation No. 365: what is it about and who issued it?', 'doc:qd-365-2025'],
  ['doc', 'Quy định số 14-QĐ/TU ngày 06/11/2023 của Ban Thường vụ Thành ủy về gì?', 'doc:qd-14-2023'],
  [
    'doc',
    'qd 14 thanh uy ve tieu chi danh gia can bo ban hanh ngay nao, giay to bat ghi ro',
    'doc:qd-14-2023',
  ],
  ['doc', 'Regulation 14 of the Hanoi Standing Board: what date was it issued?', 'doc:qd-14-2023'],
  [
    'doc',
    'Quy định 2656-QĐ/QU ngày 13/11/2023 của Ban Thường vụ Quận ủy quy định cái gì, bà không nhớ?',
    'doc:qd-2656-2023',
  ],
  ['doc', 'qd2656 quan uy con dung khong', 'doc:qd-2656-2023'],
  [
    'doc',
    'For a Japanese report I am drafting: Regulation 2656 of the district Standing Board deals with which subject?',
    'doc:qd-2656-2023',
  ],
  ['doc', 'Quy định số 1216-QĐ/QU ngày 06/4/2022 về quy hoạch cán bộ có nội dung gì?', 'doc:qd-1216-2022'],
  ['doc', 'QĐ 1216 quận ủy ban hành năm nào vậy, hồ sơ bắt ghi số văn bản mà không biết', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216 on cadre planning: is it still valid?', 'doc:qd-1216-2022'],
  [
    'doc',
    'Quy định 294-QĐ/TW ngày 26/5/2025 có hiệu lực từ khi nào, chi bộ chợ tôi có phải làm theo không?',
    'doc:qd-294-2025',
  ],
  ['doc', 'qd294 thí điểm cái gì vậy, nhà thuốc em ai cũng hỏi', 'doc:qd-294-2025'],
  [
    'doc',
    'Regulation 294 on party cells: which body issued it, and from which day did it apply?',
    'doc:qd-294-2025',
  ],
  ['doc', 'quy dinh so 294 ve dai hoi chi bo la gi', 'doc:qd-294-2025'],
  [
    'doc',
    'Hướng dẫn 26-HD/BTCTW ngày 18/10/2019 có dùng cho đại hội nhiệm kỳ 2025-2030 không?',
    'doc:hd-26-2019',
  ],
  ['doc', 'HD 26 năm 2019 của Ban Tổ chức Trung ương bot có dùng không', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26 from 2019: does the bot still rely on it?', 'doc:hd-26-2019'],
  ['unknown-doc', 'Quy định 232-QĐ/TW về thi hành Điều lệ Đảng nói gì về đại hội chi bộ chợ?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 06-HD/TW còn hiệu lực không ạ?', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 57-NQ/TW do cơ quan nào ban hành?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 96-QĐ/TW về lấy phiếu tín nhiệm có trong tài liệu của bot không?', 'unknown-doc'],
  ['unknown-doc', 'qd50 về quy hoạch cán bộ ban hành năm nào', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 36-CT/TW nói về việc gì?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 150-KL/TW có liên quan đến đại hội chi bộ không?', 'unknown-doc'],
  ['unknown-doc', 'What does Resolution 66-NQ/TW say about party cells?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 12-HD/BTCTW về nghiệp vụ công tác đảng viên tìm ở đâu?', 'unknown-doc'],
  [
    'unknown-doc',
    'Quy định 144-QĐ/TW về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên có mấy điều?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Công văn 1500-CV/QU của Quận ủy về đại hội đã gửi xuống chi bộ chưa?', 'unknown-doc'],
  ['unknown-doc', 'Thông báo 73-TB/TW nói gì vậy?', 'unknown-doc'],
  ['unknown-doc', 'kl97 cua trung uong la gi', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 21-NQ/TW về củng cố tổ chức cơ sở đảng có gì mới?', 'unknown-doc'],
  ['unknown-doc', 'Is Directive 24-CT/TW about the party congresses?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 01-KH/TU của Thành ủy về đại hội nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 09-HD/BTCTU của Ban Tổ chức Thành ủy hướng dẫn những gì?', 'unknown-doc'],
  [
    'offword',
    'Tôi là bí thư chi bộ chợ đầu mối cá, 4 giờ sáng đã phải ra sạp, cho hỏi đại hội chi bộ phải làm mấy nội dung?',
    'noi-dung',
  ],
  [
    'offword',
    'Đứng quầy thuốc cả ngày mỏi chân, hỏi nhanh: báo cáo chính trị trình đại hội phải đánh giá những gì?',
    'van-kien',
  ],
  [
    'offword',
    'Bà ở một mình, mắt kém, cháu đọc giùm: đại hội chi bộ bây giờ mấy năm mới họp một lần?',
    'chi-bo-5-nam',
  ],
  ['offword', 'Giấy tờ nhiều phát ngán, nhưng cho hỏi chuẩn bị đại hội phải lập những tổ nào?', 'chuan-bi'],
  [
    'offword',
    'Trời mưa chợ vắng khách, nhân tiện hỏi đại hội phải chống lãng phí, không phô trương hình thức thế nào?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Giữa giờ nghỉ bán thuốc, em muốn biết Đại hội XIV của Đảng họp từ ngày nào đến ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Hôm nay cá lên giá, mà đợt đại hội đảng bộ các cấp nhiệm kỳ 2025-2030 đã xong hết chưa?',
    'ket-qua',
  ],
  [
    'offword',
    'Phường tôi vừa đổi tên, đi làm giấy mãi chưa xong; chính quyền hai cấp vận hành từ ngày nào vậy?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Con gái gửi quà từ Nhật về, bà hỏi thêm: đại hội điểm hồi đó tổ chức vào tháng mấy?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Vừa làm xong sổ sách nhập hàng, cho hỏi giới thiệu nhân sự cấp ủy khóa mới phải theo tiêu chuẩn nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Mới photo xong chục bộ hồ sơ, còn hỏi: bot dựa vào những văn bản nào về đại hội nhiệm kỳ này?',
    'tai-lieu',
  ],
  [
    'offword',
    'Lúc chờ khách ở sân bay Narita, tôi muốn hỏi chỉ thị về đại hội năm 2024 có mấy phần, mấy phụ lục?',
    'chi-thi-35',
  ],
  [
    'offword',
    'Tiền ship cá đông lạnh lại tăng, mà kể từ hội nghị quán triệt tháng 10/2024 đến giờ có gì thay đổi?',
    'thay-doi',
  ],
  [
    'offword',
    'Nhà thuốc đóng cửa sớm, em hỏi Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII được chuẩn bị theo kế hoạch nào?',
    'dai-hoi-quan',
  ],
  [
    'two-part',
    'Đại hội chi bộ chợ cá gồm những nội dung gì, và chi ủy phải trình mấy bản báo cáo?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ trực thuộc đại hội vào thời gian nào, và đại hội điểm làm ra sao?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Chỉ thị về đại hội năm 2024 bị thay bằng văn bản gì, và đợt đại hội các cấp đã kết thúc chưa?',
    'thay-doi+ket-qua',
  ],
  [
    'two-part',
    'Cần lập những tổ nào để chuẩn bị đại hội, và chọn nhân sự cấp ủy mới dựa vào tiêu chuẩn nào?',
    'chuan-bi+nhan-su',
  ],
  [
    'two-part',
    'Đại hội XIV họp ngày nào, và từ nay chi bộ bao lâu đại hội một lần?',
    'dai-hoi-xiv+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Mô hình chính quyền hai cấp là gì, và tổ chức đại hội phải theo những nguyên tắc nào?',
    'chinh-quyen-2-cap+nguyen-tac',
  ],
  [
    'two-part',
    'What must the political report cover, and when did the 14th National Congress take place?',
    'van-kien+dai-hoi-xiv',
  ],
  [
    'two-part',
    'Nguyên tắc tập trung dân chủ khi tổ chức đại hội là thế nào, và báo cáo kiểm điểm phải có tính gì?',
    'nguyen-tac+van-kien',
  ],
  [
    'two-part',
    'Chỉ thị về đại hội năm 2024 có những yêu cầu gì, và bot dùng những văn bản nào?',
    'chi-thi-35+tai-lieu',
  ],
  [
    'two-part',
    'Đảng bộ cơ sở đại hội trong khoảng thời gian nào, rồi đại hội bầu những gì?',
    'lich-trinh+noi-dung',
  ],
  [
    'two-part',
    'Đại hội điểm cấp quận chọn những loại đơn vị nào, và từ sau hội nghị 23/10/2024 có gì thay đổi?',
    'dai-hoi-diem+thay-doi',
  ],
  ['two-part', 'ket qua dh cac cap 2025-2030 ra sao va dh co may nd', 'ket-qua+noi-dung'],
  [
    'two-part',
    'Which teams should a cell set up before its congress, and what principles must it follow?',
    'chuan-bi+nguyen-tac',
  ],
  [
    'unit',
    'Chi bộ chợ cá của tôi là chi bộ trực thuộc đảng ủy cơ sở, đại hội phải xong trong tháng nào?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở thì bắt đầu đại hội từ tháng mấy?', 'lich-trinh'],
  ['unit', 'Đảng bộ cơ sở đại hội sau khi các chi bộ trực thuộc xong, hạn chót là ngày nào?', 'lich-trinh'],
  [
    'unit',
    'Đảng ủy cơ sở của chợ đầu mối được chọn mấy chi bộ trực thuộc để làm đại hội điểm?',
    'dai-hoi-diem',
  ],
  ['unit', 'Đại hội điểm cấp quận gồm những loại tổ chức đảng nào?', 'dai-hoi-diem'],
  [
    'unit',
    'Chi bộ nhà thuốc bệnh viện trực thuộc đảng ủy, đại hội chi bộ có bầu đoàn đại biểu đi đại hội cấp trên không?',
    'noi-dung',
  ],
  ['unit', 'Chi bộ của bà trước đây 5 năm đại hội 2 lần, giờ quy định thí điểm thế nào?', 'chi-bo-5-nam'],
  ['unit', 'Grassroots party committee congress: by when did it have to be finished?', 'lich-trinh'],
  ['unit', 'Đảng bộ cơ sở phải chuẩn bị đại hội những việc gì?', 'chuan-bi'],
  ['unit', 'Chi bộ cơ sở ở chợ đầu mối thì đại hội phải trình những báo cáo gì?', 'van-kien'],
  [
    'unit',
    'Hồi đó quận có chọn một đảng bộ khối hành chính sự nghiệp làm đại hội điểm không ạ?',
    'dai-hoi-diem',
  ],
  ['typo', 'dh chi bo cho ca gom may nd vay a', 'noi-dung'],
  ['typo', 'bcct cua chi bo nha thuoc phai danh gia nhung gi', 'van-kien'],
  ['typo', 'thoi gian dh cb truc thuoc', 'lich-trinh'],
  ['typo', 'bà hỏi đại hội điễm ở chi bộ trực thuộc tổ chúc vào tháng mấy năm đó', 'dai-hoi-diem'],
  ['typo', 'nguyen tac tap trung dan chu khi to chuc dh chi bo la sao', 'nguyen-tac'],
  ['typo', 'chuan bi dh co can lap to nhan su, to van kien, to to chuc ko a', 'chuan-bi'],
  ['typo', 'ĐH XIV khai mac ngay nao, be mac ngay nao', 'dai-hoi-xiv'],
  ['typo', 'chinh quyen 2 cap chay tu bao gio ma phuong toi doi ten', 'chinh-quyen-2-cap'],
  ['typo', 'đh cb 5 năm 1 lần đúng ko', 'chi-bo-5-nam'],
  ['typo', 'ket qua dh cac cap nk 2025-2030 co dat ke hoach ko, cho ca nghe don thoi', 'ket-qua'],
  ['typo', 'tieu chuan chon nhan su cap uy khoa moi dua vao dau', 'nhan-su'],
  ['typo', 'bc kiem diem cua cap uy can tinh chien dau ko', 'van-kien'],
  ['typo', 'cac vb bot dung ve dh nk nay', 'tai-lieu'],
  ['typo', 'nhug thay doi tu sau hoi nghi quan triet 23/10/2024 toi gio', 'thay-doi'],
  ['en', 'What are the four items a party cell congress must cover?', 'noi-dung'],
  ['en', 'Which two reports does a fish-market cell committee put before its congress?', 'van-kien'],
  ['en', 'When did cells under a grassroots committee have to finish their congresses?', 'lich-trinh'],
  [
    'en',
    "I keep seeing 'đại hội điểm' in the papers: what were these pilot congresses and when did they take place?",
    'dai-hoi-diem',
  ],
  ['en', 'What standards guide the choice of new committee members?', 'nhan-su'],
  ['en', 'Is the 2025–2030 congress campaign over by now?', 'ket-qua'],
  ['en', "Under the new pilot, how many years apart are a party cell's congresses?", 'chi-bo-5-nam'],
  [
    'en',
    "From what date has Vietnam's two-level local government been running, so I date my translation right?",
    'chinh-quyen-2-cap',
  ],
  ['en', 'Since the Hai Ba Trung dissemination conference of October 2024, what has changed?', 'thay-doi'],
  [
    'en',
    "What parts and appendices does the Politburo's 2024 directive on congresses contain?",
    'chi-thi-35',
  ],
  ['en', 'By which principles must a congress be organised?', 'nguyen-tac'],
  ['en', 'What preparation does a cell need before its congress?', 'chuan-bi'],
  ['en', "For my Japanese client: on which dates did the Party's 14th National Congress run?", 'dai-hoi-xiv'],
  ['en', 'Which party documents does this bot take its congress answers from?', 'tai-lieu'],
  [
    'en',
    'Which district congress were the Hai Bà Trưng grassroots congresses preparing for?',
    'dai-hoi-quan',
  ],
  ['fact', 'Báo cáo chính trị có vai trò gì trong đại hội?', 'van-kien'],
  [
    'fact',
    'Trước đợt thí điểm, Điều lệ Đảng cho chi bộ đại hội mấy lần trong một nhiệm kỳ 5 năm hả cháu?',
    'chi-bo-5-nam',
  ],
  ['fact', 'Đại hội điểm ở chi bộ trực thuộc phải xong trong tháng nào năm 2024?', 'dai-hoi-diem'],
  [
    'fact',
    'Có bao nhiêu đảng bộ cấp huyện ở Hà Nội kết thúc hoạt động khi bỏ cấp huyện?',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'Chỉ thị của Bộ Chính trị về đại hội năm 2024 nêu bao nhiêu yêu cầu?', 'chi-thi-35'],
  ['fact', 'Đại hội XIV của Đảng bế mạc vào ngày nào vậy cháu?', 'dai-hoi-xiv'],
  ['fact', 'Đại hội phải tổng kết nghị quyết của nhiệm kỳ nào?', 'noi-dung'],
  ['fact', 'Kết luận về kết quả đại hội các cấp yêu cầu làm gì tiếp theo?', 'ket-qua'],
  ['fact', 'Quy hoạch cán bộ phục vụ nhân sự đại hội được rà soát, bổ sung theo quy định nào?', 'nhan-su'],
  ['fact', 'Tổ văn kiện được thành lập để phục vụ việc gì?', 'chuan-bi'],
  ['fact', 'Đại hội bầu Ban Chấp hành cho nhiệm kỳ nào?', 'noi-dung'],
  ['fact', 'Người đứng đầu cấp ủy có trách nhiệm gì trong việc tổ chức đại hội?', 'nguyen-tac'],
  ['lookalike', 'Hiệp hội Thủy sản tổ chức đại hội nhiệm kỳ mới vào tháng mấy?', null],
  [
    'lookalike',
    'Ban quản lý chợ đầu mối họp tiểu thương bàn tăng phí thuê sạp, tôi có bắt buộc dự không?',
    null,
  ],
  ['lookalike', 'Đại hội xã viên hợp tác xã thủy sản bầu ban quản trị theo cách nào?', null],
  ['lookalike', 'Hội nghị tiểu thương bàn di dời chợ cá ra ngoại thành bao giờ có kết quả?', null],
  [
    'lookalike',
    'Sáng mai đại hội chi bộ mà 3 giờ tôi phải nhập cá, giá cá basa hôm nay bao nhiêu một ký?',
    null,
  ],
  ['lookalike', 'Ướp cá cho bữa liên hoan sau đại hội chi bộ thì cần bao nhiêu đá cây?', null],
  ['lookalike', 'Đổi tên phường rồi, giấy đăng ký hộ kinh doanh sạp cá có phải làm lại không?', null],
  ['lookalike', 'Khai thuế khoán cho hộ kinh doanh sạp cá năm 2026 nộp ở đâu?', null],
  ['lookalike', 'Đảng viên bán cá ở chợ thu nhập bấp bênh thì mức đảng phí tính thế nào?', null],
  ['lookalike', 'Chi bộ chợ có được quyên góp giúp đảng viên bị cháy sạp cá không?', null],
  ['lookalike', 'Đội quản lý thị trường kiểm tra nguồn gốc cá nhập khẩu cần những giấy gì?', null],
  ['lookalike', 'Siêu thị đang có đại hội khuyến mãi hải sản cuối tuần này không?', null],
  ['lookalike', 'Đại hội Hội Dược học thành phố nhiệm kỳ tới tổ chức ở đâu?', null],
  [
    'lookalike',
    'Hội nghị khách hàng của hãng dược tặng mẫu thuốc, nhân viên nhà thuốc có được nhận không?',
    null,
  ],
  ['lookalike', 'Đại hội giảm giá thực phẩm chức năng ở chuỗi nhà thuốc kéo dài đến bao giờ?', null],
  ['lookalike', 'Hội nghị khoa học dược lâm sàng tháng sau có tính điểm đào tạo liên tục không?', null],
  ['lookalike', 'Nhân viên nhà thuốc có được bán kháng sinh khi khách không có đơn không?', null],
  [
    'lookalike',
    'Đảng viên làm ở nhà thuốc gia hạn chứng chỉ hành nghề dược ở đâu, hồ sơ dày cộp mệt quá',
    null,
  ],
  ['lookalike', 'Đại hội Công đoàn ngành y tế bầu bao nhiêu ủy viên ban chấp hành?', null],
  ['lookalike', 'Hội nghị Ban chấp hành Hội Đông y quận họp ngày nào?', null],
  ['lookalike', 'Uống thuốc huyết áp trước khi đi dự đại hội buổi sáng có sao không?', null],
  ['lookalike', 'Chi đoàn thanh niên nhà thuốc bệnh viện đại hội thì có mấy nội dung?', null],
  ['lookalike', 'Chồng tôi là đảng viên 40 năm vừa mất, tôi có được nhận tiền tuất hằng tháng không?', null],
  ['lookalike', 'Đám giỗ ông nhà trùng ngày đại hội chi bộ, bà có được xin vắng không?', null],
  ['lookalike', 'Đại hội Hội Người cao tuổi phường có cần mang thẻ hội viên không?', null],
  ['lookalike', 'Bà sống một mình, chi bộ có cử người đến thăm khi bà ốm không?', null],
  ['lookalike', 'Mất thẻ đảng viên vì nhà dột, bà xin cấp lại ở đâu?', null],
  ['lookalike', 'Đại hội Hội Chữ thập đỏ phường năm nay có phát quà cho người già neo đơn không?', null],
  ['lookalike', 'Tiền điện tháng này nhà bà tăng gấp đôi, đi họp tổ dân phố thì hỏi ai?', null],
  ['lookalike', 'Chi hội phụ nữ tổ dân phố họp bàn thăm người neo đơn thì ai chủ trì?', null],
  ['lookalike', 'Bà muốn làm di chúc để lại nhà cho cháu thì ra phường hay văn phòng công chứng?', null],
  ['lookalike', 'Đảng viên cao tuổi như bà có được khám sức khỏe định kỳ miễn phí không?', null],
  ['lookalike', 'Đại hội Hội Khuyến học tổ dân phố có phải làm báo cáo chính trị không?', null],
  ['lookalike', 'When does the Japanese Communist Party hold its next congress, and where?', null],
  ['lookalike', 'How does the LDP choose its president, is it a vote at a party convention?', null],
  [
    'lookalike',
    "My client's annual shareholders' meeting in Nagoya: do I interpret the Q&A session too?",
    null,
  ],
  ['lookalike', "How do I say 'democratic centralism' in Japanese for a delegation briefing?", null],
  ['lookalike', 'Is there a Vietnamese–Japanese glossary of party terms I can download?', null],
  [
    'lookalike',
    'Which hotel near Ba Dinh suits a visiting Japanese delegation during a party conference?',
    null,
  ],
  ['lookalike', 'What was agreed at the G7 summit in Hiroshima?', null],
  ['lookalike', 'What time does Comiket open on its first day?', null],
  [
    'lookalike',
    'Does a Japanese interpreter need a work permit to interpret at a conference in Hanoi?',
    null,
  ],
  ['lookalike', 'Hội hữu nghị Việt Nam – Nhật Bản thành phố tổ chức đại hội lần thứ mấy rồi?', null],
  [
    'lookalike',
    'I translate congress documents into Japanese: should I charge per page or per character?',
    null,
  ],
  ['lookalike', "What's the time difference between Tokyo and Hanoi for tomorrow's video conference?", null],
  ['lookalike', "Can you explain the schedule of the Japanese Diet's extraordinary session?", null],
  ['lookalike', 'Công chứng bản sao ở phường mới chờ cả buổi, có làm online được không?', null],
  ['lookalike', 'Xác nhận lý lịch cho con thi vào công an thì đóng dấu ở phường cũ hay phường mới?', null],
  ['lookalike', 'Kê khai tài sản thu nhập cuối năm dùng mẫu nào, năm nào cũng khai mệt quá', null],
  ['lookalike', 'Bản kiểm điểm cá nhân cuối năm 2026 của đảng viên lấy mẫu ở đâu?', null],
  [
    'lookalike',
    'Hồ sơ chuyển đảng viên dự bị thành chính thức gồm những giấy gì, sao phải ký lắm thế?',
    null,
  ],
  ['lookalike', 'Chuyển sinh hoạt đảng tạm thời khi sang Nhật làm việc một năm thì thủ tục ra sao?', null],
  ['lookalike', 'App Sổ tay đảng viên cứ báo lỗi đăng nhập, cài lại thế nào?', null],
  ['lookalike', 'Sang tên xe máy sau khi sáp nhập phường phải đi đâu, hỏi ba nơi không ai biết', null],
  ['lookalike', 'Đảng viên bị khiển trách thì sau bao lâu được xem là hết thời hạn kỷ luật?', null],
  ['lookalike', 'Nghị quyết chuyên đề sinh hoạt chi bộ quý này nên chọn đề tài gì?', null],
  ['lookalike', 'Đại hội võ lâm trong truyện Kim Dung diễn ra ở núi nào?', null],
  ['lookalike', 'Hiệp định Paris về Việt Nam được ký kết năm nào?', null],
  ['lookalike', 'Đại hội Hội Luật gia quận có mấy nội dung?', null],
  ['lookalike', 'Hội nghị trực tuyến qua Zoom bị mất tiếng thì chỉnh thế nào?', null],
  [
    'lookalike',
    'Đảng bộ phường tổ chức hội nghị học tập nghị quyết mới tuần sau, có phải mang sổ ghi chép không?',
    null,
  ],
  ['lookalike', 'Đại hội Mặt trận Tổ quốc phường sau sáp nhập bầu bao nhiêu ủy viên?', null],
  ['lookalike', 'Lễ kết nạp đảng viên mới ở chi bộ chợ cần chuẩn bị cờ và hoa thế nào?', null],
  ['lookalike', 'Sinh hoạt chi bộ tháng này dời sang tối thứ Sáu có cần báo đảng ủy không?', null],
];

export const NEWSET110: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
