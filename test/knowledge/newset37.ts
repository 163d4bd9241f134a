/**
 * The thirty-seventh new evaluation set (issue 11, point 6), written on 2026-12-03 from 18:57 UTC
 * (committed in the commit "Eval: newset37, the thirty-seventh unseen set") by a helper (set37)
 * that never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before its import line, and that import line) and its export line, the
 * part of newset.ts before `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and
 * sets.ts. Nothing under src/, bench/ or config/, no README, no git log, diff or show, and no other
 * set's or pool's items (newset36.ts, written at the same time, included) were read. Its users are
 * imagined as the secretary of a party cell in a kindergarten, the secretary of the grassroots
 * party committee of a state bank, a member who is a doctor on night shifts, a retired colonel who
 * is a member of a residential cell, an American graduate student who writes in English, a staff
 * member of a commune's organisation board after the 2025 merger, and a teenager who types for her
 * grandmother without diacritics; with the out-of-scope messages such users send (other
 * organisations' congresses and meetings: a kindergarten's trade union congress, parents' meetings,
 * staff conferences, a bank's shareholders' meeting and board elections by cumulative voting, a
 * bank branch's workers' conference, a family-medicine society's congress, the veterans'
 * association, an elderly people's association, the commune Youth Union and a bank's Youth Union
 * cell, the Fatherland Front after the mass organisations merged, a residential group electing its
 * leader, the US Democratic convention, the Chinese party's congress, Japan's Liberal Democratic
 * Party, the UN General Assembly; other senses of "đại hội", "hội nghị", "kết luận" and "điểm": a
 * martial-arts novel's heroes' gathering, the SEA Games, a national cardiology conference, medical
 * consultations between hospitals, ward handover meetings, a medical assessment board's conclusion,
 * university entrance scores, fireworks sites; other party business the pack does not cover: a
 * member's death and party card, dues for the very old, a member's own year-end self-review, moving
 * a member's party activity abroad while studying, records of a dissolved district committee, who
 * was elected General Secretary and how big the new Politburo is, the Sixth Congress of 1986;
 * people in posts; addresses and opening hours; money and prices (tuition, savings rates, exchange
 * rates, pensions, allowances for holding two posts, equipment hire); local government services
 * after the merger (the new commune's seat, birth certificates, civil servants' promotion exams,
 * official e-mail, land-use plans); law outside the Party (shareholders' meetings, rest after a
 * 24-hour shift, driving licences, medals); schools (classroom sizes, teaching contests); health (a
 * child's febrile seizure, melatonin for night workers); other countries (US presidential terms,
 * the House Rules Committee, proportional representation); history (Điện Biên Phủ, the Paris
 * Agreement of 1973, Đổi Mới); research help (citation style, archive permits); the bot itself and
 * its dashboard on a phone; recipes, songs, weather and small talk).
 *
 * It was committed without running any of its questions through the engine, the bot or the bench;
 * only the shape tests (newset3*.test.ts), biome and tsc ran. Do not edit an item after its commit,
 * except to fix an expectation that is factually wrong (against the sources), in its own commit
 * that says which and why. Engine changes reached main after its commit: 422ca64 and 59b07bd (the
 * synonyms' syllables built only when needed, behaviour unchanged) and f906b1e (a move); its writer
 * saw none of them. It was measured once, at 19:30 UTC on main aa1002f (`node --expose-gc
 * dist/bench/qa.js`, load 1.81 just after a CI run): qa_new_top1 95.5 %, qa_new_oos_refused 98.6 %
 * (6 in-scope misses, 1 lookalike answered; qa_p99_us 280.2 in that run, p50 48.9). Its misses were
 * listed after that run, and it is a development set since.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, the money a congress may
 * spend, which cells the five-yearly pilot covers, whether a new commune committee counts as
 * grassroots, how the merged communes held their congresses, membership figures) were left out,
 * not guessed.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents asked by number (at least three spellings each).
  [
    'doc',
    'Em là bí thư chi bộ trường mầm non, Chỉ thị 35-CT/TW năm 2024 của Bộ Chính trị giờ còn áp dụng không hay đã bị thay?',
    'doc:ct-35-2024',
  ],
  ['doc', 'ct35 nam 2024 cua bo chinh tri con hieu luc ko a, ba em hoi', 'doc:ct-35-2024'],
  [
    'doc',
    'Is Directive 35 of 2024, on the congresses toward the 14th Congress, still in force?',
    'doc:ct-35-2024',
  ],
  ['doc', 'trực đêm xong mới hỏi được: CT 35 (2024) bị văn bản nào thay rồi?', 'doc:ct-35-2024'],
  ['doc', 'Chỉ thị 35-CT/TW ngày 30/5/2019 hướng tới Đại hội XIII thì bot có dùng không?', 'doc:ct-35-2019'],
  [
    'doc',
    'Tôi đại tá về hưu, còn giữ tập CT35 năm 2019 về đại hội nhiệm kỳ trước, nó còn giá trị gì không?',
    'doc:ct-35-2019',
  ],
  ['doc', 'What was the 2019 Directive No. 35 about, the one before the 13th Congress?', 'doc:ct-35-2019'],
  [
    'doc',
    'Kết luận 118-KL/TW năm 2025 do cơ quan nào ban hành, giám đốc chi nhánh ngân hàng hỏi tôi?',
    'doc:kl-118-2025',
  ],
  ['doc', 'kl118 dau nam 2025 gio con hieu luc khong ha chi', 'doc:kl-118-2025'],
  ['doc', 'Conclusion 118-KL/TW: what did it amend, and is it still valid?', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị số 45-CT/TW của Bộ Chính trị ban hành ngày nào vậy anh?', 'doc:ct-45-2025'],
  ['doc', 'Ban tổ chức xã chúng tôi cần biết tình trạng hiện nay của CT45 về đại hội', 'doc:ct-45-2025'],
  ['doc', 'Directive 45 of April 2025: who issued it?', 'doc:ct-45-2025'],
  ['doc', 'ct 45-ct/tw thay the nhung van ban nao vay', 'doc:ct-45-2025'],
  ['doc', 'Kết luận 200-KL/TW ngày 17/10/2025 là của cơ quan nào?', 'doc:kl-200-2025'],
  ['doc', 'kl200 cua bo chinh tri va ban bi thu noi gi vay', 'doc:kl-200-2025'],
  ['doc', 'Is Conclusion No. 200 of October 2025 among your sources?', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW của Ban Tổ chức Trung ương có những nội dung gì?', 'doc:hd-27-2024'],
  ['doc', 'HD27 năm 2024 hướng dẫn cho chỉ thị nào thế ạ?', 'doc:hd-27-2024'],
  ['doc', 'What is Guidance 27-HD/BTCTW and when was it issued?', 'doc:hd-27-2024'],
  [
    'doc',
    'Tôi là bí thư đảng ủy ngân hàng, Hướng dẫn số 18-HD/BTCTU của Ban Tổ chức Thành ủy ra ngày nào?',
    'doc:hd-18-2024',
  ],
  ['doc', 'hd 18 btctu gio con dung khong khi quan da giai the', 'doc:hd-18-2024'],
  ['doc', 'What does Hanoi guidance 18 of October 2024 cover?', 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch 258-KH/TU của Thành ủy Hà Nội tình trạng hiện nay thế nào?', 'doc:kh-258-2024'],
  ['doc', 'kh258 thanh uy ban hanh ngay nao vay chau', 'doc:kh-258-2024'],
  [
    'doc',
    'For a footnote in my dissertation: Plan 258 of the Hanoi Party Committee, what date and what status?',
    'doc:kh-258-2024',
  ],
  [
    'doc',
    'Tôi ở ban tổ chức xã, đang lưu Kế hoạch 203-KH/QU của quận ủy cũ, kế hoạch đó ban hành ngày nào?',
    'doc:kh-203-2024',
  ],
  [
    'doc',
    'Sau sáp nhập, cán bộ ban tổ chức xã như tôi còn căn cứ KH 203 của quận ủy cũ được không?',
    'doc:kh-203-2024',
  ],
  ['doc', 'Plan 203-KH/QU: who issued it, and is it still in effect?', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 về đội ngũ cán bộ do ai ban hành?', 'doc:nq-26-2018'],
  ['doc', 'NQ26 khoa XII con hieu luc ko anh', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26 of May 2018: is it still current?', 'doc:nq-26-2018'],
  [
    'doc',
    'Hồ sơ quy hoạch ở ngân hàng vẫn ghi Quy định 89-QĐ/TW về tiêu chuẩn cán bộ, giờ còn áp dụng không?',
    'doc:qd-89-2017',
  ],
  ['doc', 'qd89 nam 2017 bi thay chua vay', 'doc:qd-89-2017'],
  ['doc', 'Was Regulation 89 of 2017 replaced by something newer?', 'doc:qd-89-2017'],
  ['doc', 'Quy định 365-QĐ/TW về tiêu chuẩn chức danh cán bộ ban hành khi nào?', 'doc:qd-365-2025'],
  ['doc', 'QĐ 365 của Bộ Chính trị có thay đổi gì sau khi ban hành không?', 'doc:qd-365-2025'],
  ['doc', 'My advisor asked me who issued Regulation 365-QĐ/TW, do you know?', 'doc:qd-365-2025'],
  [
    'doc',
    'Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy về tiêu chí đánh giá cán bộ còn dùng không?',
    'doc:qd-14-2023',
  ],
  ['doc', 'qd14 tu danh gia can bo ban hanh nam nao', 'doc:qd-14-2023'],
  ['doc', 'Regulation 14-QĐ/TU of Hanoi: what is its status?', 'doc:qd-14-2023'],
  ['doc', 'Quy định số 2656-QĐ/QU ngày 13/11/2023 là của cơ quan nào?', 'doc:qd-2656-2023'],
  ['doc', 'qd 2656 quan uy con dung sau khi bo cap quan khong', 'doc:qd-2656-2023'],
  ['doc', 'What is Regulation 2656 of the Hai Ba Trung committee about?', 'doc:qd-2656-2023'],
  ['doc', 'Quy định 1216-QĐ/QU về quy hoạch cán bộ do ai ban hành?', 'doc:qd-1216-2022'],
  ['doc', 'QD1216 quan uy nam 2022 noi ve gi', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216 of April 2022: is it still valid?', 'doc:qd-1216-2022'],
  ['doc', 'Quy định 294-QĐ/TW thí điểm đại hội chi bộ có hiệu lực từ khi nào?', 'doc:qd-294-2025'],
  ['doc', 'qd294 ai ky vay, chi bo khu dan cu cua ong em hoi', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294, the pilot for party cells: who issued it?', 'doc:qd-294-2025'],
  ['doc', 'Hướng dẫn 26-HD/BTCTW năm 2019 còn dùng cho nhiệm kỳ này không?', 'doc:hd-26-2019'],
  ['doc', 'HD26 nam 2019 huong dan chi thi nao vay', 'doc:hd-26-2019'],
  ['doc', 'Is the 2019 guidance 26-HD/BTCTW still relevant today?', 'doc:hd-26-2019'],
  [
    'doc',
    'Văn bản KL 200 năm 2025 đánh giá đại hội các cấp ra sao, đảng ủy ngân hàng cần nắm',
    'doc:kl-200-2025',
  ],
  ['doc', 'Đảng bộ phường cũ của tôi dùng QĐ 294 năm 2025, nó do cơ quan nào ban hành?', 'doc:qd-294-2025'],
  // Documents the pack does not hold.
  [
    'unknown-doc',
    'Ông tôi là đại tá về hưu hỏi Quy định 24-QĐ/TW thi hành Điều lệ Đảng nói gì về sinh hoạt chi bộ khu dân cư?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Chi bộ trường mầm non cần làm gì theo Chỉ thị 05-CT/TW về học tập và làm theo Bác?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Nghị quyết 57-NQ/TW về khoa học công nghệ, đảng bộ ngân hàng triển khai ra sao?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kết luận 123-KL/TW ban hành ngày nào vậy?', 'unknown-doc'],
  ['unknown-doc', 'quy dinh 144-qd/tw ve chuan muc dao duc cach mang cua dang vien', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 06-HD/BTCTW về nghiệp vụ công tác đảng viên có trong bot không?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 300-KH/TU của Thành ủy Hà Nội năm 2025 yêu cầu những gì?', 'unknown-doc'],
  [
    'unknown-doc',
    'Quy định 50-QĐ/TW về quy hoạch cán bộ áp dụng thế nào khi chuẩn bị nhân sự?',
    'unknown-doc',
  ],
  ['unknown-doc', 'What does Directive 60-CT/TW say?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 01-HD/ĐU của đảng ủy xã mới về sinh hoạt chi bộ có gì?', 'unknown-doc'],
  ['unknown-doc', 'NQ 21-NQ/TW về củng cố tổ chức cơ sở đảng còn hiệu lực không?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 80-QĐ/TW về phân cấp quản lý cán bộ do ai ban hành?', 'unknown-doc'],
  ['unknown-doc', 'Công văn 1050-CV/BTCTU gửi các đảng ủy xã nói gì?', 'unknown-doc'],
  ['unknown-doc', 'kl 150-kl/tw ve nhan su ban hanh ngay nao', 'unknown-doc'],
  ['unknown-doc', 'Is Resolution 66-NQ/TW on law-making in your sources?', 'unknown-doc'],
  [
    'unknown-doc',
    'Quyết định 99-QĐ/ĐU của đảng ủy ngân hàng về chuẩn y kết quả bầu cử ở đâu?',
    'unknown-doc',
  ],
  // Unit types.
  [
    'unit',
    'Chi bộ trường mầm non chúng tôi trực thuộc đảng ủy phường, hồi đó đại hội phải xong trong tháng mấy?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng bộ cơ sở của ngân hàng tôi (có 9 chi bộ trực thuộc) được bắt đầu đại hội từ tháng nào?',
    'lich-trinh',
  ],
  ['unit', 'chi bo co so cua benh vien minh han chot dai hoi la truoc ngay nao vay', 'lich-trinh'],
  [
    'unit',
    'Chi bộ khu dân cư của tôi trực thuộc đảng ủy phường, đại hội trước hay sau đại hội đảng bộ phường?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng bộ cơ sở ngân hàng có phải chọn một chi bộ trực thuộc để làm đại hội điểm không?',
    'dai-hoi-diem',
  ],
  [
    'unit',
    'Chi bộ cơ sở thì cấp ủy cũng phải trình báo cáo chính trị và báo cáo kiểm điểm như đảng bộ à?',
    'van-kien',
  ],
  [
    'unit',
    'Our unit is a grassroots party cell at a state bank branch; by when did it have to hold its congress?',
    'lich-trinh',
  ],
  ['unit', 'chi bo truc thuoc dang uy co so bat dau dai hoi tu thang 1/2025 phai ko', 'lich-trinh'],
  ['unit', 'Đảng bộ khối hành chính sự nghiệp được chọn làm đại hội điểm vào thời gian nào?', 'dai-hoi-diem'],
  // Facts.
  ['fact', 'Đại hội XIV của Đảng khai mạc ngày nào và bế mạc ngày nào?', 'dai-hoi-xiv'],
  ['fact', 'Từ ngày nào thì cả nước không còn cấp huyện nữa?', 'chinh-quyen-2-cap'],
  ['fact', 'Trước khi thí điểm, Điều lệ Đảng quy định đại hội chi bộ mấy năm mấy lần?', 'chi-bo-5-nam'],
  ['fact', 'Chỉ thị về đại hội của Bộ Chính trị năm 2024 có mấy phụ lục, là những phụ lục gì?', 'chi-thi-35'],
  ['fact', 'Đại hội các cấp nhiệm kỳ 2025-2030 đã xong hết chưa hay còn nơi nào chưa tổ chức?', 'ket-qua'],
  [
    'fact',
    'Hà Nội có bao nhiêu đảng bộ cấp huyện kết thúc hoạt động khi chuyển sang chính quyền hai cấp?',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII là cho nhiệm kỳ nào?', 'dai-hoi-quan'],
  ['fact', 'Ban Thường vụ Quận ủy chọn mấy đơn vị để tổ chức đại hội điểm đầu quý I/2025?', 'dai-hoi-diem'],
  [
    'fact',
    'Yêu cầu về cơ chế sàng lọc người có đức có tài nằm ở chỉ thị đại hội năm 2024, cụ thể là yêu cầu thứ mấy?',
    'chi-thi-35',
  ],
  ['fact', 'Báo cáo nào được coi là báo cáo trung tâm của đại hội chi bộ?', 'van-kien'],
  // Questions worded off the pack's usual words.
  ['offword', 'Buổi đại hội chi bộ thì chương trình nghị sự gồm những việc gì ạ?', 'noi-dung'],
  ['offword', 'Giấy tờ chính mà cấp ủy đem ra trước đại hội là những bản nào?', 'van-kien'],
  ['offword', 'Trước hôm đại hội, chi bộ phải lo liệu những việc gì cho chu đáo?', 'chuan-bi'],
  ['offword', 'Có làm thử ở một nơi trước để rút kinh nghiệm rồi mới làm đại trà không?', 'dai-hoi-diem'],
  ['offword', 'Lựa người vào cấp ủy khóa tới thì dựa vào những căn cứ nào?', 'nhan-su'],
  [
    'offword',
    'Làm đại hội sao cho gọn nhẹ, không rình rang tốn kém, theo tinh thần trên chỉ đạo?',
    'nguyen-tac',
  ],
  ['offword', 'Dạo này bỏ quận rồi, chỉ còn thành phố với phường xã phải không?', 'chinh-quyen-2-cap'],
  ['offword', 'Bao lâu chi bộ mới họp đại hội một lần, tôi nghe nói giãn ra rồi?', 'chi-bo-5-nam'],
  ['offword', 'Từ cuối năm 2024 tới giờ chuyện đại hội có những gì đổi khác?', 'thay-doi'],
  ['offword', 'Bot lấy thông tin từ những giấy tờ, văn bản nào vậy?', 'tai-lieu'],
  ['offword', 'Cả nước các nơi họp đại hội xong xuôi cả chưa?', 'ket-qua'],
  // Typos.
  ['typo', 'ba em hoi dai hoi chi bo khu pho gom nhung noi dug gi a', 'noi-dung'],
  ['typo', 'bao cáo chíh trị với báo cao kiểm điểm khác nhau sao', 'van-kien'],
  ['typo', 'lich trinh dai hôi chi bô truc thuoc dang uy co so', 'lich-trinh'],
  ['typo', 'đại hôi điễm tháng 12/2024 do cấp nào chọn chi bộ', 'dai-hoi-diem'],
  ['typo', 'nhan su cap uy khoá moi o truong mam non chon theo tieu chuan gi', 'nhan-su'],
  ['typo', 'nguyen tăc tap trung dan chu khi to chuc dai hoi la j', 'nguyen-tac'],
  ['typo', 'chinh quyen dia phuong hai cap van hanh tư bao gio', 'chinh-quyen-2-cap'],
  ['typo', 'dai hoj XIV dien ra ngay nao', 'dai-hoi-xiv'],
  ['typo', 'ket qua dại hội các cáp nhiem ky 2025-2030 ra sao', 'ket-qua'],
  ['typo', 'chuan bị đai hội cho đảng bộ ngân hàg cần lập nhữg tổ nào', 'chuan-bi'],
  // English.
  ['en', 'What must a party cell political report cover?', 'van-kien'],
  ['en', 'When was the Party 14th National Congress held?', 'dai-hoi-xiv'],
  ['en', 'Were the 2025-2030 party congresses at all levels completed?', 'ket-qua'],
  ['en', 'Which teams should a grassroots party organisation set up before its congress?', 'chuan-bi'],
  [
    'en',
    'My landlady is a party member; how often do party cells hold congresses under the new pilot?',
    'chi-bo-5-nam',
  ],
  ['en', 'What principles must be followed when organising a party congress?', 'nguyen-tac'],
  ['en', 'What changed after the October 2024 conference in Hai Ba Trung?', 'thay-doi'],
  ['en', 'Which rules apply when nominating people for the new party committee?', 'nhan-su'],
  ['en', 'When did the district level of local government disappear in Vietnam?', 'chinh-quyen-2-cap'],
  ['en', 'For my thesis: which documents does this bot base its answers on?', 'tai-lieu'],
  ['en', 'What are the parts and appendices of the 2024 directive on party congresses?', 'chi-thi-35'],
  ['en', 'How many pilot congresses were planned and when were they held?', 'dai-hoi-diem'],
  // Two-part questions.
  [
    'two-part',
    'Đại hội chi bộ trường mầm non gồm mấy nội dung, và cấp ủy phải trình những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Đảng ủy ngân hàng phải làm đại hội điểm lúc nào, còn các chi bộ trực thuộc thì hạn chót đại hội ra sao?',
    'dai-hoi-diem+lich-trinh',
  ],
  [
    'two-part',
    'Cần thành lập những tổ gì để chuẩn bị đại hội, và chọn nhân sự cấp ủy căn cứ quy định nào?',
    'chuan-bi+nhan-su',
  ],
  [
    'two-part',
    'Đại hội XIV họp ngày nào, và đại hội các cấp trước đó đã hoàn thành chưa?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'bo cap huyen tu khi nao, con dai hoi chi bo bay gio may nam mot lan',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Tổ chức đại hội phải theo nguyên tắc gì, và trước đó cần chuẩn bị những việc gì?',
    'nguyen-tac+chuan-bi',
  ],
  [
    'two-part',
    'What are the two reports to the congress, and what are its four agenda items?',
    'van-kien+noi-dung',
  ],
  [
    'two-part',
    'Sau hội nghị 23/10/2024 có những thay đổi gì, và đại hội Đảng bộ quận lần thứ XXVII tổ chức theo kế hoạch nào?',
    'thay-doi+dai-hoi-quan',
  ],
  [
    'two-part',
    'Báo cáo kiểm điểm của cấp ủy phải viết thế nào, còn lịch đại hội chi bộ cơ sở ra sao?',
    'van-kien+lich-trinh',
  ],
  [
    'two-part',
    'Kết quả đại hội các cấp thế nào, và từ nay chi bộ bao lâu đại hội một lần?',
    'ket-qua+chi-bo-5-nam',
  ],
  // Lookalikes: close to the domain, out of scope.
  ['lookalike', 'Đại hội công đoàn trường mầm non Hoa Sen nhiệm kỳ 2023-2028 phải chuẩn bị những gì?', null],
  ['lookalike', 'Họp phụ huynh đầu năm lớp mẫu giáo lớn thì cô chủ nhiệm nên nói những nội dung gì?', null],
  ['lookalike', 'Hội nghị viên chức của trường mầm non đầu năm học có mấy nội dung bắt buộc?', null],
  ['lookalike', 'hoc phi mam non cong lap o phuong moi nam hoc nay bao nhieu 1 thang', null],
  ['lookalike', 'Diện tích tối thiểu một phòng nuôi dưỡng trẻ mầm non là bao nhiêu mét vuông?', null],
  ['lookalike', 'Hội thi giáo viên dạy giỏi cấp phường năm nay tổ chức vào tháng mấy?', null],
  ['lookalike', 'Bé trong lớp sốt cao co giật thì cô giáo phải sơ cứu thế nào?', null],
  [
    'lookalike',
    'Đại hội đồng cổ đông thường niên của ngân hàng thương mại phải họp trong bao lâu kể từ khi kết thúc năm tài chính?',
    null,
  ],
  ['lookalike', 'Lãi suất gửi tiết kiệm kỳ hạn 12 tháng ở ngân hàng quốc doanh đang là bao nhiêu?', null],
  ['lookalike', 'Bầu thành viên hội đồng quản trị ngân hàng theo cách bầu dồn phiếu thì tính thế nào?', null],
  ['lookalike', 'Hội nghị người lao động của chi nhánh ngân hàng phải trình những báo cáo gì?', null],
  ['lookalike', 'ty gia usd vcb hom nay ban ra bn', null],
  ['lookalike', 'Thống đốc Ngân hàng Nhà nước Việt Nam hiện giờ là ai?', null],
  [
    'lookalike',
    'Ngân hàng gộp các phòng giao dịch cấp huyện về chi nhánh tỉnh thì số tài khoản của khách có đổi không?',
    null,
  ],
  ['lookalike', 'Phòng nhân sự hội sở đang tuyển giao dịch viên, yêu cầu bằng cấp gì?', null],
  ['lookalike', 'Hội nghị tim mạch toàn quốc năm nay tổ chức ở đâu, đăng ký làm báo cáo viên thế nào?', null],
  ['lookalike', 'Bác sĩ trực 24 giờ thì hôm sau có được nghỉ bù theo luật không?', null],
  ['lookalike', 'Hội chẩn liên viện cần những thành phần nào ký biên bản?', null],
  ['lookalike', 'Giao ban khoa sáng thứ hai thường phải báo cáo những gì?', null],
  ['lookalike', 'Đại hội Hội Y học gia đình bầu ban chấp hành bao nhiêu người?', null],
  ['lookalike', 'Làm ca đêm liên tục mất ngủ thì uống melatonin liều bao nhiêu là vừa?', null],
  ['lookalike', 'Kết luận của hội đồng giám định y khoa về tỷ lệ thương tật có giá trị bao lâu?', null],
  ['lookalike', 'Đại hội Hội Cựu chiến binh phường nhiệm kỳ tới bầu bao nhiêu ủy viên ban chấp hành?', null],
  ['lookalike', 'Lương hưu của đại tá quân đội từ 1/7 năm nay tăng bao nhiêu phần trăm?', null],
  ['lookalike', 'Chiến dịch Điện Biên Phủ năm 1954 kéo dài bao nhiêu ngày đêm?', null],
  ['lookalike', 'Đảng viên trong chi bộ khu dân cư từ trần thì chi bộ làm thủ tục gì với thẻ đảng?', null],
  ['lookalike', 'Tổ dân phố họp bầu tổ trưởng mới thì những ai có quyền đi bầu?', null],
  ['lookalike', 'Buổi gặp mặt cựu chiến binh nên hát bài truyền thống nào cho khí thế?', null],
  ['lookalike', 'Ai được bầu làm Tổng Bí thư sau Đại hội XIV?', null],
  ['lookalike', 'Huân chương Chiến công có được hưởng trợ cấp hằng tháng không?', null],
  ['lookalike', 'When is the 2028 Democratic National Convention going to be held?', null],
  ['lookalike', "How many delegates attended the Chinese Communist Party's 20th National Congress?", null],
  ['lookalike', 'What does the Rules Committee of the US House of Representatives do?', null],
  ['lookalike', 'How do I cite a Vietnamese newspaper article in Chicago style for my dissertation?', null],
  [
    'lookalike',
    'Where do I apply for permission to read files at the National Archives Centre III in Hanoi?',
    null,
  ],
  ['lookalike', 'Who led the Party when Doi Moi was launched in 1986?', null],
  ['lookalike', 'Is the Vietnamese National Assembly elected by proportional representation?', null],
  ['lookalike', 'How many members are in the Politburo elected in January 2026?', null],
  ['lookalike', 'Sau hợp nhất, trụ sở UBND xã mới đặt ở xã cũ nào?', null],
  [
    'lookalike',
    'Công chức xã sau sáp nhập muốn thi nâng ngạch chuyên viên chính thì cần điều kiện gì?',
    null,
  ],
  ['lookalike', 'Đại hội Đoàn thanh niên xã mới hợp nhất dự kiến tổ chức khi nào?', null],
  ['lookalike', 'Ủy ban Mặt trận Tổ quốc xã sau khi hợp nhất các đoàn thể có mấy phó chủ tịch?', null],
  ['lookalike', 'Giấy khai sinh cấp trước khi sáp nhập xã có phải làm lại theo tên xã mới không?', null],
  ['lookalike', 'Hộp thư điện tử công vụ của UBND xã mới xin cấp ở đâu?', null],
  ['lookalike', 'Hồ sơ đảng viên của huyện ủy cũ sau khi giải thể đang lưu ở đâu để tra cứu?', null],
  ['lookalike', 'ba noi chau hoi luong huu thang 7 nay co duoc tang khong a', null],
  ['lookalike', 'chau go gium ba: chi hoi nguoi cao tuoi to 5 bao gio hop dai hoi', null],
  ['lookalike', 'ba hoi cach nau xoi gac cung ram thang gieng', null],
  ['lookalike', 'ba noi muon dung can cuoc thay the bhyt di kham thi lam sao', null],
  ['lookalike', 'ba hoi dang vien tren 80 tuoi co duoc mien dong dang phi khong', null],
  ['lookalike', 'ba noi hoi chua Tran Quoc mo cua may gio sang', null],
  ['lookalike', 'Đại hội anh hùng võ lâm trong truyện Kim Dung tổ chức ở đâu?', null],
  ['lookalike', 'Khóa họp thứ 81 của Đại hội đồng Liên Hợp Quốc khai mạc ngày nào?', null],
  ['lookalike', 'diem chuan dai hoc y ha noi nam nay bao nhieu diem', null],
  ['lookalike', 'Bằng lái xe hạng B bao nhiêu năm phải đổi một lần?', null],
  ['lookalike', 'Nhiệm kỳ tổng thống Mỹ kéo dài mấy năm, được tái cử mấy lần?', null],
  ['lookalike', 'Bạn là bot của ai, tin nhắn của tôi có bị lưu lại không?', null],
  ['lookalike', 'Cảm ơn bot nhé, trực đêm mệt quá, đi ngủ đây', null],
  ['lookalike', 'Cuối tuần này Hà Nội có rét đậm dưới 10 độ không?', null],
  ['lookalike', 'Bản đồ quy hoạch sử dụng đất của xã đến năm 2030 xem ở đâu?', null],
  ['lookalike', 'Giáo viên mầm non là đảng viên viết bản kiểm điểm cá nhân cuối năm theo mẫu nào?', null],
  ['lookalike', 'Hiệp định Paris năm 1973 có những điều khoản chính nào?', null],
  ['lookalike', 'Đảng Dân chủ Tự do Nhật Bản bầu chủ tịch đảng theo cách nào?', null],
  ['lookalike', 'Mini App bảng điều khiển không mở được trên iPhone thì phải làm sao?', null],
  ['lookalike', 'Lịch trực Tết của bệnh viện nên chia thế nào cho công bằng giữa các bác sĩ?', null],
  ['lookalike', 'Thuê máy chiếu và loa kéo cho buổi sinh hoạt ngoài trời ở đâu rẻ?', null],
  [
    'lookalike',
    'Chi đoàn thanh niên ngân hàng đại hội có bầu bí thư chi đoàn trực tiếp tại đại hội không?',
    null,
  ],
  ['lookalike', 'Đại hội VI của Đảng năm 1986 đề ra đường lối gì?', null],
  ['lookalike', 'Đêm giao thừa năm nay Hà Nội bắn pháo hoa ở những điểm nào?', null],
  ['lookalike', 'Đại hội Thể thao Đông Nam Á lần tới tổ chức ở nước nào?', null],
  ['lookalike', 'Bí thư chi bộ kiêm trưởng thôn được hưởng phụ cấp kiêm nhiệm bao nhiêu?', null],
  ['lookalike', 'Đảng viên đi học thạc sĩ ở Mỹ hai năm thì chuyển sinh hoạt đảng tạm thời ra sao?', null],
];

export const NEWSET37: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
