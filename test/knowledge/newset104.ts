/**
 * The hundred-and-fourth new evaluation set (issue 11, point 6), written on 2026-12-04 from 19:52 UTC
 * (committed in the commit "Eval: newset104, the hundred-and-fourth unseen set") by a helper (set104)
 * that never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and names,
 * and each topic's id, title and body (config/ itself was not opened, so no sample questions, keywords,
 * synonyms, evidence or off-topic lists were seen). Also read: the header of newset35.ts (the lines
 * before `const items`) and its last line, the part of newset.ts before `const items`, newset35.test.ts,
 * set-shape.ts, set-checks.ts and sets.ts. Nothing under src/, bench/ or config/, no README, no git log,
 * diff or show, and no other set's or pool's items (newset103.ts included) were read. Its users are
 * imagined as the secretary of a cell at a port logistics company, a member who teaches literature at a
 * high school, a newly elected cell deputy secretary unsure of the terms, an Indian student of political
 * science who writes in English, and a member who writes in Northern dialect with local words (chửa,
 * chả, bu, giời, thế lào, một bận); with the out-of-scope messages such users send (other organisations'
 * congresses and meetings: the Vietnam Logistics Business Association, a port's grassroots trade union,
 * the IMO Assembly, the Writers' Association, the Association for Study Promotion, the retired teachers'
 * association, the Agent Orange victims' association, the Red Cross, the Lawyers' Association, the
 * Students' Association, a company's Youth Union, the Vietnam Trade Union's congress, the Farmers'
 * Union's village branch, a farming cooperative's members' congress, a clan's congress, residents' group
 * meetings, parents' meetings, the Lao People's Revolutionary Party's congress, the Indian National
 * Congress's plenary, the CPI(M)'s congress in Madurai, the BJP's national executive, the Lok Sabha's
 * Speaker, Kerala's Chief Minister, BRICS and the Non-Aligned Movement's summits, the national patriotic
 * emulation congress, voters' meetings with deputies, a Central Committee plenum, a port investment
 * promotion conference; other senses of "đại hội" and "hội nghị": the heroes' gathering in a Kim Dung
 * novel, teaching-demonstration contests, a literary symposium, village festivals, video-conference
 * bandwidth, the Geneva conference of 1954, a safety and labour hygiene review; party business the pack
 * does not cover: a deputy secretary's duties, allowance and power to sign, how long cell minutes are
 * kept, a lost party card, probationary members made full, a cell's welfare fund, the cell committee's
 * meeting rhythm, members working abroad, the party-member handbook app, doubling as inspection chair or
 * as a company's branch director; the users' own work and daily life mixed with congress words: ship
 * schedules and shift rosters, container storage fees, bonded warehouse licences, delivery records at
 * the berth, crane maintenance, fire drills in the warehouse, teaching Tây Tiến and Đất nước, the 2026
 * literature exam, a speech for the education department, a son's entrance exam to a specialised
 * literature class, road contributions, a death-anniversary feast, rice seedlings killed by cold, a
 * village's year-end review; and an Indian student's own needs: universities, citation style, population
 * figures, Hồ Chí Minh's visit to India, comparing elections).
 *
 * It was committed without running any of its questions through the engine, the bot or the bench; only
 * the shape tests (newset104.test.ts among them), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own commit
 * that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null (refused).
 * The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and the 2019 guidance
 * 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose right answer the sources
 * leave open (the district congress's date, which units were chosen for the pilot congresses, who was
 * elected, age limits, committee sizes, vote counting, the money a congress may spend, which cells the
 * five-yearly pilot covers, whether a new commune committee counts as grassroots, membership figures)
 * were left out, not guessed.
 * Engine changes reached main after its writer began: 65db391 (words before a document's reference
 * no part of their own, 'phân cấp' after a number, the bot's maker absent), 16fe6a3 (two questions
 * of their own answered without the whole's topic), 13ce905 (an instruction after the questions no
 * part, 'No.' no sentence end, ordinances) and the word prior relearned with newset102 and
 * newset103; its writer saw none of them. It was measured once, at 20:07 UTC on main 13ce905
 * (`node --expose-gc dist/bench/qa.js`, load 3.15): qa_new_top1 98.8 %, qa_new_oos_refused 97.0 %
 * (2 in-scope misses, 2 lookalikes answered; qa_p99_us 297.8 in that run, p50 51.7). Its misses
 * were listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number, in several spellings each.
  [
    'doc',
    'Chỉ thị số 35-CT/TW ngày 14/6/2024 giờ còn hiệu lực với chi bộ cảng chúng tôi không?',
    'doc:ct-35-2024',
  ],
  ['doc', 'ct35 năm 2024 của Bộ Chính trị bị văn bản nào thay thế rồi hả bác?', 'doc:ct-35-2024'],
  ['doc', 'chi thi 35 nam 2024 ve dai hoi tien toi Dai hoi XIV gom may phan', 'doc:ct-35-2024'],
  [
    'doc',
    'Is Directive 35-CT/TW of June 2024 still the rule for Vietnamese party congresses?',
    'doc:ct-35-2024',
  ],
  ['doc', 'Chỉ thị 35-CT/TW ngày 30/5/2019 hướng tới Đại hội XIII quy định những gì?', 'doc:ct-35-2019'],
  [
    'doc',
    'CT 35 năm 2019 của nhiệm kỳ trước bây giờ chi bộ trường tôi còn áp dụng được không?',
    'doc:ct-35-2019',
  ],
  [
    'doc',
    'Directive 35 of 2019, the one toward the 13th Congress: is it the same as the 2024 one?',
    'doc:ct-35-2019',
  ],
  ['doc', 'chi thi so 35 nam 2019 con dung duoc nua khong', 'doc:ct-35-2019'],
  ['doc', 'Kết luận số 118-KL/TW do cơ quan nào ban hành vậy các đồng chí?', 'doc:kl-118-2025'],
  ['doc', 'kl118 gio con hieu luc ko hay bi thay roi ha bac', 'doc:kl-118-2025'],
  ['doc', 'Thế cái kết luận 118 ấy nó sửa đổi chỉ thị nào hả bác?', 'doc:kl-118-2025'],
  [
    'doc',
    'For my Delhi seminar: Conclusion 118-KL/TW amended which directive, and does it still stand?',
    'doc:kl-118-2025',
  ],
  [
    'doc',
    'Chỉ thị số 45-CT/TW ngày 14/4/2025 ra đời thì chi bộ cảng tôi bỏ những văn bản nào?',
    'doc:ct-45-2025',
  ],
  ['doc', 'CT45 của BCT ban hành hôm nào, em mới làm phó bí thư chưa nắm?', 'doc:ct-45-2025'],
  ['doc', 'chi thi 45 bo chinh tri ve dai hoi dang bo cac cap noi gi', 'doc:ct-45-2025'],
  ['doc', 'What did Directive 45-CT/TW replace, for my dissertation chapter?', 'doc:ct-45-2025'],
  [
    'doc',
    'Kết luận 200-KL/TW ngày 17/10/2025 đánh giá thế nào, tôi cần dẫn khi dạy học sinh?',
    'doc:kl-200-2025',
  ],
  ['doc', 'KL 200 do cơ quan nào ban hành, tôi cần ghi vào báo cáo của chi bộ cảng', 'doc:kl-200-2025'],
  ['doc', 'ket luan so 200 cua bo chinh tri va ban bi thu la gi', 'doc:kl-200-2025'],
  ['doc', 'Conclusion 200 on the results of the 2025-2030 congresses: who issued it?', 'doc:kl-200-2025'],
  [
    'doc',
    'Hướng dẫn số 27-HD/BTCTW ngày 26/8/2024 do ban nào ban hành, em mới làm phó bí thư?',
    'doc:hd-27-2024',
  ],
  ['doc', 'HD27 BTCTW hướng dẫn cho chỉ thị nào thế ạ?', 'doc:hd-27-2024'],
  ['doc', 'huong dan 27 cua ban to chuc trung uong co noi dung gi', 'doc:hd-27-2024'],
  ['doc', 'My professor cites Guidance 27-HD/BTCTW; what is known about its contents?', 'doc:hd-27-2024'],
  ['doc', 'Hướng dẫn số 18-HD/BTCTU của Ban Tổ chức Thành ủy Hà Nội ký ngày nào thế bác?', 'doc:hd-18-2024'],
  ['doc', 'hd 18 btctu thi huong dan noi dung cua ke hoach nao vay', 'doc:hd-18-2024'],
  ['doc', 'Guidance 18-HD/BTCTU of the Hanoi organisation board: date and subject?', 'doc:hd-18-2024'],
  [
    'doc',
    'Kế hoạch số 258-KH/TU của Thành ủy Hà Nội ra đời ngày nào, chi bộ trường tôi cần ghi vào biên bản?',
    'doc:kh-258-2024',
  ],
  ['doc', 'kh258 thanh uy ha noi la ke hoach gi vay', 'doc:kh-258-2024'],
  [
    'doc',
    'Plan 258-KH/TU of the Hanoi Party Committee: what do your sources say about it?',
    'doc:kh-258-2024',
  ],
  ['doc', 'ke hoach 258 tu co con hieu luc khong', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch số 203-KH/QU ngày 29/7/2024 của Quận ủy về việc gì?', 'doc:kh-203-2024'],
  ['doc', 'KH 203 quận ủy HBT giờ bỏ quận rồi thì còn giá trị không?', 'doc:kh-203-2024'],
  ['doc', 'ke hoach 203 cua quan uy hai ba trung ve to chuc dai hoi', 'doc:kh-203-2024'],
  ['doc', 'Plan 203-KH/QU of Hai Ba Trung district: title and status?', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết số 26-NQ/TW ngày 19/5/2018 về cán bộ là của cơ quan nào?', 'doc:nq-26-2018'],
  ['doc', 'NQ26 năm 2018 liên quan gì tới nhân sự đại hội chi bộ trường tôi?', 'doc:nq-26-2018'],
  ['doc', 'Which body adopted Resolution 26-NQ/TW of May 2018, the one on cadre work?', 'doc:nq-26-2018'],
  ['doc', 'nghi quyet 26 trung uong khoa XII ve can bo', 'doc:nq-26-2018'],
  ['doc', 'Quy định số 89-QĐ/TW ngày 04/8/2017 bây giờ còn dùng để xét tiêu chuẩn không?', 'doc:qd-89-2017'],
  ['doc', 'qd89 tiêu chuẩn cán bộ bị thay chưa hả bác?', 'doc:qd-89-2017'],
  ['doc', 'Regulation 89-QĐ/TW on cadre standards: was it replaced?', 'doc:qd-89-2017'],
  ['doc', 'quy dinh 89 cua bo chinh tri nam 2017', 'doc:qd-89-2017'],
  [
    'doc',
    'Quy định số 365-QĐ/TW ngày 30/8/2025 thay cho quy định cũ nào vậy, chi bộ trường tôi cần biết?',
    'doc:qd-365-2025',
  ],
  ['doc', 'QĐ 365 về tiêu chuẩn chức danh cán bộ là của Bộ Chính trị hay Ban Bí thư?', 'doc:qd-365-2025'],
  [
    'doc',
    'Regulation 365 of the Politburo: what date is it and what did it replace, for my footnote?',
    'doc:qd-365-2025',
  ],
  ['doc', 'quy dinh 365 bo chinh tri con hieu luc khong', 'doc:qd-365-2025'],
  ['doc', 'Quy định số 14-QĐ/TU của Ban Thường vụ Thành ủy về nội dung gì?', 'doc:qd-14-2023'],
  ['doc', 'qd14 tu tieu chi danh gia can bo ban hanh ngay nao', 'doc:qd-14-2023'],
  ['doc', 'Regulation 14-QĐ/TU from Hanoi: what does it set out, and when was it issued?', 'doc:qd-14-2023'],
  [
    'doc',
    'Quy định số 2656-QĐ/QU ngày 13/11/2023 giờ bỏ quận rồi thì còn giá trị gì không?',
    'doc:qd-2656-2023',
  ],
  ['doc', 'qd2656 quan uy hai ba trung la quy dinh gi', 'doc:qd-2656-2023'],
  ['doc', 'Regulation 2656 of the district Standing Board: subject and date?', 'doc:qd-2656-2023'],
  ['doc', 'Quy định số 1216-QĐ/QU ngày 06/4/2022 về quy hoạch cán bộ là của ai?', 'doc:qd-1216-2022'],
  ['doc', 'QĐ1216 còn áp dụng sau khi không còn quận nữa không?', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216-QĐ/QU on cadre planning: is it still in use?', 'doc:qd-1216-2022'],
  ['doc', 'Quy định số 294-QĐ/TW bắt đầu có hiệu lực từ hôm nào hả bác?', 'doc:qd-294-2025'],
  ['doc', 'qđ 294 thí điểm đại hội chi bộ là văn bản thế nào ạ?', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294 on party-cell congresses: when did it take effect?', 'doc:qd-294-2025'],
  ['doc', 'quy dinh 294 ban hanh ngay nao', 'doc:qd-294-2025'],
  ['doc', 'Hướng dẫn số 26-HD/BTCTW ngày 18/10/2019 hướng dẫn cho văn bản nào?', 'doc:hd-26-2019'],
  ['doc', 'HD 26 năm 2019 của BTCTW chi bộ cảng tôi còn dùng được không?', 'doc:hd-26-2019'],
  [
    'doc',
    'Is Guidance 26-HD/BTCTW from October 2019 still used by Vietnamese party cells?',
    'doc:hd-26-2019',
  ],

  // Documents the pack does not hold.
  [
    'unknown-doc',
    'Quy định 24-QĐ/TW năm 2021 thi hành Điều lệ Đảng nói gì về đại hội chi bộ?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Hướng dẫn 12-HD/BTCTW về nghiệp vụ công tác đảng viên có trong bot không?', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 36-CT/TW của Bộ Chính trị nói gì về đại hội?', 'unknown-doc'],
  ['unknown-doc', 'kl127 về sắp xếp bộ máy có ảnh hưởng tới đại hội chi bộ cảng không?', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị quyết 57-NQ/TW về khoa học công nghệ, chi bộ công ty logistics phải học thế nào?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Quy định 232-QĐ/TW về bầu cử trong Đảng, chi bộ cảng tôi áp dụng ra sao?', 'unknown-doc'],
  ['unknown-doc', 'Bot có Kế hoạch 47-KH/TU của Thành ủy Hải Phòng về đại hội không?', 'unknown-doc'],
  ['unknown-doc', 'My thesis needs Resolution 66-NQ/TW: what does it say about law-making?', 'unknown-doc'],
  ['unknown-doc', 'Directive 05-CT/TW on studying Ho Chi Minh: does the bot have it?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 80-QĐ/TW về phân cấp quản lý cán bộ áp dụng cho đại hội thế nào?', 'unknown-doc'],
  [
    'unknown-doc',
    'Thế cái nghị quyết 68 về kinh tế tư nhân có bắt chi bộ công ty đại hội sớm không hả bác?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kết luận 150-KL/TW về nhân sự đại hội nói gì?', 'unknown-doc'],
  [
    'unknown-doc',
    'Quy định 41-QĐ/TW về miễn nhiệm, từ chức cán bộ có trong nguồn của bot không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'nghi quyet 21-NQ/TW ve to chuc co so dang noi gi ve dai hoi', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 300-KH/QU của Quận ủy về đại hội chi bộ ra sao?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 06-HD/BTCTW về đại hội đảng bộ trong quân đội nói gì?', 'unknown-doc'],

  // Facts of the topics.
  ['fact', 'Đại hội XIV của Đảng họp từ ngày nào đến ngày nào vậy ạ?', 'dai-hoi-xiv'],
  [
    'fact',
    'Chính quyền cấp huyện chính thức chấm dứt từ ngày nào, em dạy học sinh cho đúng?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Hà Nội có bao nhiêu đảng bộ cấp huyện kết thúc hoạt động khi vận hành chính quyền 2 cấp?',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'Đại hội đảng bộ các cấp nhiệm kỳ 2025-2030 đã tổ chức xong hết cả nước chưa?', 'ket-qua'],
  ['fact', 'Thế bây giờ cái chi bộ nhà mình mấy năm mới đại hội một bận hả bác?', 'chi-bo-5-nam'],
  ['fact', 'Hồi chưa thí điểm thì theo Điều lệ, chi bộ cứ 5 năm đại hội mấy bận hả bác?', 'chi-bo-5-nam'],
  [
    'fact',
    'Trong hai báo cáo trình đại hội, cái nào được gọi là báo cáo trung tâm, có vai trò định hướng?',
    'van-kien',
  ],
  ['fact', 'Đảng bộ quận Hai Bà Trưng tiến tới đại hội lần thứ bao nhiêu?', 'dai-hoi-quan'],
  [
    'fact',
    'Cái chỉ thị năm 2024 của Bộ Chính trị về đại hội đính kèm mấy phụ lục, là những phụ lục gì thế bác?',
    'chi-thi-35',
  ],
  [
    'fact',
    'Khi giới thiệu nhân sự chi ủy khóa mới ở công ty cảng, phải quán triệt nghị quyết nào của Trung ương khóa XII?',
    'nhan-su',
  ],
  ['fact', 'Để phục vụ đại hội thì cấp ủy phải lập những tổ nào?', 'chuan-bi'],
  ['fact', 'Nguyên tắc nào được nhấn mạnh nhất khi chuẩn bị và tổ chức đại hội?', 'nguyen-tac'],
  ['fact', 'Từ hội nghị quán triệt tháng 10/2024 đến nay, những văn bản nào đã bị thay thế?', 'thay-doi'],
  ['fact', 'Bot trả lời dựa vào những văn bản nào, cho tôi xem danh sách đầy đủ?', 'tai-lieu'],
  ['fact', 'Kết luận của Bộ Chính trị về kết quả đại hội các cấp yêu cầu làm gì tiếp theo?', 'ket-qua'],
  ['fact', 'Báo cáo kiểm điểm của chi ủy phải nêu cao tinh thần gì, tôi viết lần đầu?', 'van-kien'],
  [
    'fact',
    'Bầu đoàn đại biểu dự đại hội cấp trên có phải là một trong các nội dung của đại hội không?',
    'noi-dung',
  ],
  ['fact', 'Bác bảo em cái đại hội toàn quốc lần thứ mười bốn họp hôm nào đấy ạ?', 'dai-hoi-xiv'],
  ['fact', 'Đại hội xong cả chửa hay vưỡn còn nơi chưa làm hả các bác?', 'ket-qua'],
  ['fact', 'Giời ơi bỏ huyện từ hôm nào mà em chả biết, bác bảo em với', 'chinh-quyen-2-cap'],
  [
    'fact',
    'Là giáo viên văn, tôi muốn hiểu báo cáo chính trị phải "dự báo được tình hình" là thế nào?',
    'van-kien',
  ],
  ['fact', 'Đại hội điểm là gì vậy các anh chị, em mới làm phó bí thư chưa rõ lắm?', 'dai-hoi-diem'],
  ['fact', 'Tổ văn kiện phục vụ đại hội là tổ gì, em mới được bầu nên chưa hiểu?', 'chuan-bi'],
  ['fact', 'Chỉ thị về đại hội tiến tới Đại hội XIV có 7 yêu cầu, đó là những yêu cầu nào?', 'chi-thi-35'],
  [
    'fact',
    'Có phải mô hình chính quyền địa phương 2 cấp làm các đảng bộ quận kết thúc hoạt động không?',
    'chinh-quyen-2-cap',
  ],

  // Each unit type.
  ['unit', 'Chi bộ trực thuộc đảng ủy cơ sở tổ chức đại hội vào khoảng thời gian nào?', 'lich-trinh'],
  ['unit', 'Chi bộ cơ sở như chi bộ công ty cảng tôi thì hạn cuối đại hội là bao giờ?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở công ty cảng tôi tổ chức đại hội đảng viên hay đại hội đại biểu thì bắt đầu từ tháng mấy?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đại hội điểm cấp quận chọn những loại tổ chức nào: đảng bộ phường, khối hành chính sự nghiệp hay chi bộ cơ sở?',
    'dai-hoi-diem',
  ],
  [
    'unit',
    'Đảng ủy cơ sở nhà trường phải chọn bao nhiêu chi bộ trực thuộc để làm đại hội điểm?',
    'dai-hoi-diem',
  ],
  ['unit', 'Chi bộ cơ sở có phải trình cả báo cáo chính trị lẫn báo cáo kiểm điểm không?', 'van-kien'],
  ['unit', 'Em là phó bí thư một chi bộ trực thuộc, đại hội chi bộ em thì phải bầu những gì?', 'noi-dung'],
  [
    'unit',
    'Chi bộ thôn em trực thuộc đảng ủy cơ sở, thế đại hội chi bộ phải xong trong tháng mấy nhỉ?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng bộ cơ sở khối doanh nghiệp có phải tổng kết các đề án, chuyên đề nhiệm kỳ trước không?',
    'chuan-bi',
  ],
  [
    'unit',
    'For a grassroots party cell, one not under a grassroots committee, what was the deadline to finish its congress?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ trực thuộc và chi bộ cơ sở khác nhau chỗ nào về thời gian đại hội ạ?', 'lich-trinh'],
  ['unit', 'Đảng bộ cơ sở phải đợi xong việc gì rồi mới được tiến hành đại hội?', 'lich-trinh'],

  // Typos and abbreviations.
  ['typo', 'dh cb gom nhung nd gi a', 'noi-dung'],
  ['typo', 'bc chinh tri voi bc kiem diem khac nhau ntn', 'van-kien'],
  ['typo', 'đại hôi điêm lam vào luc nao', 'dai-hoi-diem'],
  ['typo', 'BCH khoá mới chọn nhân sư theo tiêu chuẩn gì vậy', 'nhan-su'],
  ['typo', 'ad oi dai hoi XIV hop ngay nao the', 'dai-hoi-xiv'],
  ['typo', 'cbcs dh xong truoc ngay may vay ad', 'lich-trinh'],
  ['typo', 'chi bô 5 năm 1 lân đai hôi à', 'chi-bo-5-nam'],
  ['typo', 'bỏ cấp huyên từ khi nào z mn', 'chinh-quyen-2-cap'],
  ['typo', 'dh dang bo cac cap nk 2025-2030 da ket thuc het chua ad', 'ket-qua'],
  ['typo', 'nguyen tac tap trung dan chu khi to chuc dh chi bo cang la sao', 'nguyen-tac'],
  ['typo', 'to nhan su, to van kien, to to chuc phuc vu dh lap ra de lam gi vay', 'chuan-bi'],
  ['typo', 'cái báo cáo kiểm điểm ấy nó phải viết thế lào cho đúng hả bác', 'van-kien'],

  // Off-topic words inside real questions.
  [
    'offword',
    'Tôi vừa xếp xong ba container hàng lạnh lên tàu, tranh thủ hỏi: đại hội chi bộ có bốn nội dung nào?',
    'noi-dung',
  ],
  [
    'offword',
    'Giờ giải lao giữa hai tiết dạy Truyện Kiều, cho tôi hỏi báo cáo chính trị trình đại hội phải đánh giá những gì?',
    'van-kien',
  ],
  [
    'offword',
    'Trời rét căm căm, bu em bảo hỏi hộ: đại hội điểm của chi bộ trực thuộc làm vào tháng mấy?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Đang chờ hải quan kiểm hóa lô hàng, hỏi nhanh: đại hội có được phô trương hình thức không?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Cuối tuần tôi phải chấm bài kiểm tra giữa kỳ, nhưng trước hết muốn biết Đại hội XIV của Đảng đã họp chưa?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Em mới nhận chức phó bí thư, vừa đi đám cưới về, chị cho em hỏi chọn nhân sự cấp ủy khóa mới theo những quy định nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Between my JNU seminars and chai breaks: when did party cells under grassroots committees hold their congresses?',
    'lich-trinh',
  ],
  [
    'offword',
    'Cảng đang cao điểm hàng Tết, chi bộ bận quá, thế chi bộ còn phải đại hội hai lần trong năm năm nữa không?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Học sinh lớp tôi hỏi sau giờ ngữ văn: Đại hội Đảng bộ quận Hai Bà Trưng là lần thứ mấy?',
    'dai-hoi-quan',
  ],
  [
    'offword',
    'Vừa đi chợ về, tiện hỏi tí: mô hình chính quyền hai cấp có từ khi nào thế?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Sáng nay tàu vào trễ ca, tôi tranh thủ xem: Bộ Chính trị kết luận gì về kết quả đại hội các cấp?',
    'ket-qua',
  ],
  [
    'offword',
    'Mẹ tôi đang nằm viện, tôi tranh thủ hỏi: từ sau hội nghị quán triệt tháng 10/2024 có những thay đổi gì?',
    'thay-doi',
  ],

  // Two-part questions.
  [
    'two-part',
    'Đại hội chi bộ trường tôi phải làm những nội dung gì, và chi ủy trình những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ trực thuộc đại hội khi nào, và đại hội điểm được tổ chức ra sao?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Nhân sự cấp ủy chọn theo tiêu chuẩn nào, còn chuẩn bị đại hội phải thành lập những tổ gì?',
    'nhan-su+chuan-bi',
  ],
  ['two-part', 'Đại hội XIV họp bao giờ, và kết quả đại hội đảng bộ các cấp ra sao?', 'dai-hoi-xiv+ket-qua'],
  [
    'two-part',
    'Bỏ cấp huyện từ lúc nào, và chi bộ bây giờ mấy năm đại hội một lần?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Tổ chức đại hội phải theo nguyên tắc gì, ngoài ra bot dựa vào những văn bản nào?',
    'nguyen-tac+tai-lieu',
  ],
  [
    'two-part',
    'What are the four agenda items of a party congress, and what are the two reports it receives?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Từ sau hội nghị tháng 10/2024 có gì thay đổi, và Đại hội Đảng bộ quận lần thứ XXVII thì thế nào?',
    'thay-doi+dai-hoi-quan',
  ],
  [
    'two-part',
    'Chỉ thị về đại hội năm 2024 có những yêu cầu nào, và đại hội phải thực hiện mấy nội dung?',
    'chi-thi-35+noi-dung',
  ],
  [
    'two-part',
    'Báo cáo kiểm điểm viết thế nào, còn đại hội phải bảo đảm gì về chống lãng phí?',
    'van-kien+nguyen-tac',
  ],
  [
    'two-part',
    'bao gio dh dang bo co so phai xong va nhan su cap uy theo quy dinh nao',
    'lich-trinh+nhan-su',
  ],

  // English.
  [
    'en',
    'For my political science paper: which four agenda items must a Vietnamese party congress of the 2025-2030 term cover?',
    'noi-dung',
  ],
  [
    'en',
    'How does the political report differ from the self-review report of a CPV party committee?',
    'van-kien',
  ],
  [
    'en',
    "For my term paper in Pune: on which days in January 2026 did the CPV's 14th National Congress meet?",
    'dai-hoi-xiv',
  ],
  [
    'en',
    'From what date did Vietnam drop its district tier and switch to two-level local government?',
    'chinh-quyen-2-cap',
  ],
  ['en', 'Under the new pilot, how often do party cells in Vietnam hold their congresses?', 'chi-bo-5-nam'],
  [
    'en',
    'Did the Vietnamese party congresses of every level for 2025-2030 finish on time, according to the Politburo?',
    'ket-qua',
  ],
  ['en', 'Is democratic centralism the main principle for preparing a CPV congress?', 'nguyen-tac'],
  [
    'en',
    'Which pilot congresses did Hai Ba Trung plan before the main round, and in which months?',
    'dai-hoi-diem',
  ],
  ['en', 'Which rules guided the selection of candidates for the new party committee?', 'nhan-su'],
  ['en', 'Which teams does a grassroots party organisation set up to prepare its congress?', 'chuan-bi'],
  ['en', 'Which documents does this bot rely on for the congress campaign?', 'tai-lieu'],
  [
    'en',
    'Toward which congress of the Hai Ba Trung district party organisation were the grassroots congresses held?',
    'dai-hoi-quan',
  ],
  [
    'en',
    "What are the seven requirements of the Politburo's 2024 directive on party congresses?",
    'chi-thi-35',
  ],
  ['en', 'What has changed in the congress rules since the October 2024 conference in Hanoi?', 'thay-doi'],
  [
    'en',
    'Which kind of party unit held its congress first in the 2025 round, and which came after?',
    'lich-trinh',
  ],

  // Lookalikes: a port logistics cell's secretary at work.
  ['lookalike', 'Lịch tàu cập cảng Cát Lái tuần này thế nào, chi bộ tôi cần xếp ca cho anh em?', null],
  [
    'lookalike',
    'Đại hội Hiệp hội Doanh nghiệp dịch vụ Logistics Việt Nam nhiệm kỳ mới tổ chức khi nào?',
    null,
  ],
  [
    'lookalike',
    'Hội nghị tổng kết công tác an toàn vệ sinh lao động của cảng cần chuẩn bị báo cáo gì?',
    null,
  ],
  ['lookalike', 'Phí lưu container quá hạn ở bãi cảng tính thế nào?', null],
  ['lookalike', 'Đại hội công đoàn cơ sở cảng nhiệm kỳ tới bầu bao nhiêu ủy viên ban chấp hành?', null],
  [
    'lookalike',
    'Chi bộ cảng tôi muốn tổ chức diễn tập phòng cháy chữa cháy kho hàng, cần xin phép ai?',
    null,
  ],
  ['lookalike', 'Thủ tục xin giấy phép kinh doanh kho ngoại quan gồm những gì?', null],
  ['lookalike', 'Mẫu biên bản giao nhận hàng rời tại cầu cảng viết thế nào?', null],
  ['lookalike', 'Đại hội đồng IMO ở London năm nay bàn gì về khí thải tàu biển?', null],
  ['lookalike', 'Cần cẩu giàn STS ở cảng phải bảo dưỡng định kỳ bao lâu một lần?', null],

  // Lookalikes: a literature teacher's school.
  ['lookalike', 'Phân tích hình tượng người lính trong bài thơ Tây Tiến cho học sinh lớp 12 thế nào?', null],
  ['lookalike', 'Đại hội Hội Nhà văn Việt Nam lần gần nhất diễn ra năm nào?', null],
  ['lookalike', 'Trong truyện Kim Dung, đoạn anh hùng đại hội ở Tụ Hiền trang nằm ở hồi nào?', null],
  [
    'lookalike',
    'Trường tôi tổ chức hội giảng chào mừng ngày Nhà giáo, nên chọn bài nào trong chương trình Ngữ văn mới?',
    null,
  ],
  ['lookalike', 'Hội nghị cha mẹ học sinh đầu năm học cần chuẩn bị những nội dung gì?', null],
  ['lookalike', 'Đề thi tốt nghiệp THPT môn Ngữ văn năm 2026 ra nghị luận xã hội về chủ đề gì?', null],
  [
    'lookalike',
    'Viết giúp tôi bài tham luận về đổi mới phương pháp dạy văn cho hội nghị chuyên đề của Sở Giáo dục',
    null,
  ],
  ['lookalike', 'Đại hội Hội Khuyến học xã nhiệm kỳ mới cần những báo cáo nào?', null],
  ['lookalike', 'Tác giả đoạn trích Đất nước trong trường ca Mặt đường khát vọng là ai?', null],
  ['lookalike', 'Hội thảo khoa học về nhà văn Nam Cao năm nay tổ chức ở đâu?', null],

  // Lookalikes: a new deputy secretary's party business the pack does not cover.
  ['lookalike', 'Tôi vừa được bầu phó bí thư chi bộ, nhiệm vụ cụ thể của phó bí thư là gì?', null],
  ['lookalike', 'Phó bí thư chi bộ có được hưởng phụ cấp hằng tháng không, mức bao nhiêu?', null],
  ['lookalike', 'Sổ ghi biên bản sinh hoạt chi bộ phải lưu giữ trong bao nhiêu năm?', null],
  ['lookalike', 'Đồng chí bí thư ốm dài ngày thì phó bí thư có được ký văn bản thay không?', null],
  ['lookalike', 'Cách cài ứng dụng Sổ tay đảng viên trên điện thoại như thế nào?', null],
  ['lookalike', 'Chi bộ có được lập quỹ riêng để thăm hỏi đảng viên ốm đau không?', null],
  ['lookalike', 'Thẻ đảng viên bị mất thì làm lại theo thủ tục nào?', null],
  ['lookalike', 'Đảng viên dự bị đủ 12 tháng thì xét chuyển chính thức theo trình tự nào?', null],
  ['lookalike', 'Chi ủy họp định kỳ mấy lần một tháng là đúng?', null],
  ['lookalike', 'Đồng chí trong chi bộ cảng đi làm thuê ở Hàn Quốc ba năm thì sinh hoạt đảng ra sao?', null],
  ['lookalike', 'Phó bí thư chi bộ có được kiêm chủ nhiệm ủy ban kiểm tra không?', null],

  // Lookalikes: an Indian student of political science.
  ['lookalike', 'When is the next plenary session of the Indian National Congress?', null],
  ['lookalike', 'What did the CPI(M) decide at its 24th Party Congress in Madurai?', null],
  ['lookalike', 'How are members of the BJP national executive chosen?', null],
  [
    'lookalike',
    "Can you compare India's Lok Sabha elections with Vietnam's National Assembly elections?",
    null,
  ],
  ['lookalike', 'Which Indian universities offer courses on Southeast Asian politics?', null],
  ['lookalike', 'What is the APA format for citing a Vietnamese government decree in my dissertation?', null],
  ['lookalike', 'Which country chaired the BRICS summit in 2025?', null],
  ['lookalike', 'How did the Non-Aligned Movement summit in New Delhi in 1983 go?', null],
  ['lookalike', "Tell me about Ho Chi Minh's visit to India in 1958.", null],
  ['lookalike', 'What is the population of Vietnam in 2026?', null],

  // Lookalikes: a Northern member's village and family.
  [
    'lookalike',
    'Bác ơi chiều nay họp tổ dân phố bàn làm đường ngõ, nhà cháu phải góp bao nhiêu tiền ạ?',
    null,
  ],
  [
    'lookalike',
    'Đại hội dòng họ Nguyễn làng cháu năm nay định bầu lại trưởng họ, thủ tục thế nào nhỉ?',
    null,
  ],
  ['lookalike', 'Hội làng mùng mười tháng giêng năm nay có rước kiệu không hả bác?', null],
  ['lookalike', 'Đại hội chi hội nông dân thôn em chửa tổ chức, thế có phải báo cáo lên xã không?', null],
  ['lookalike', 'Đại hội xã viên hợp tác xã nông nghiệp thì chia lãi thế nào hả các bác?', null],
  ['lookalike', 'Cỗ giỗ bu em mười mâm thì đặt bao nhiêu gà là vừa?', null],
  ['lookalike', 'Mạ chết rét thế này thì bao giờ cấy lại được nhỉ?', null],
  ['lookalike', 'Hội nghị tổng kết thôn cuối năm có phải mời cả trưởng thôn cũ không đấy?', null],

  // Lookalikes: other organisations, other senses of the words.
  ['lookalike', 'Đại hội Hội Chữ thập đỏ phường nhiệm kỳ mới bầu bao nhiêu ủy viên?', null],
  ['lookalike', 'Đảng Nhân dân Cách mạng Lào tổ chức đại hội lần thứ XII ở Viêng Chăn vào tháng nào?', null],
  ['lookalike', 'Hội nghị Trung ương lần thứ mười ba khóa XIII bàn những vấn đề gì?', null],
  ['lookalike', 'Đại hội Công đoàn Việt Nam lần thứ XIII bầu ai làm Chủ tịch?', null],
  ['lookalike', 'Hội nghị Genève năm 1954 kết thúc thế nào?', null],
  ['lookalike', 'Hội nghị truyền hình trực tuyến hay bị giật, cần đường truyền bao nhiêu Mbps?', null],
  ['lookalike', 'Đại hội Hội Luật gia Việt Nam nhiệm kỳ mới có những nội dung gì?', null],
  [
    'lookalike',
    'Đại hội Đoàn thanh niên công ty cảng thì bầu đại biểu dự đại hội Đoàn cấp trên ra sao?',
    null,
  ],
  ['lookalike', 'Đại hội Hội Sinh viên trường thì báo cáo chính trị do ai soạn?', null],
  ['lookalike', 'Đại hội thi đua yêu nước toàn quốc lần thứ XI tổ chức ở đâu?', null],
  ['lookalike', 'Hội nghị tiếp xúc cử tri của đại biểu Quốc hội ở phường tôi bao giờ họp?', null],
  ['lookalike', 'Đại hội đại biểu Hội Nạn nhân chất độc da cam xã cần chuẩn bị những gì?', null],
  ['lookalike', 'Đại hội Hội Cựu giáo chức huyện năm nay có mời giáo viên đang dạy không?', null],
  ['lookalike', 'Hội nghị xúc tiến đầu tư cảng biển Hải Phòng với doanh nghiệp Ấn Độ tổ chức hôm nào?', null],
  ['lookalike', 'Bí thư chi bộ có được đồng thời làm giám đốc chi nhánh công ty logistics không?', null],
  ['lookalike', 'What is the role of the Speaker of the Lok Sabha?', null],
  ['lookalike', 'How is the Chief Minister of Kerala chosen after a state election?', null],
  ['lookalike', 'Thằng cu nhà em thi vào lớp mười chuyên văn thì ôn thế lào hả cô?', null],
];

export const NEWSET104: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
