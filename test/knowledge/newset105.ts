/**
 * The one hundred and fifth new evaluation set (issue 11, point 6), written on 2026-12-04 from 19:52 UTC
 * (committed in the commit "Eval: newset105, the one hundred and fifth unseen set") by a helper (set105)
 * that never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample questions,
 * keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of newset35.ts
 * (the lines before `const items`) and its last line, the part of newset.ts before `const items`,
 * newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under src/, bench/ or config/,
 * no README, no git log, diff or show, and no other set's or pool's items (newset103.ts and
 * newset104.ts included) were read. Its users are imagined as the secretary of a party cell at a
 * provincial radio and television station, a member who runs a small car-repair garage, a member
 * who is a social worker, a British historian who writes in English, and a member who asks with
 * rhetorical flourishes and proverbs; with the out-of-scope messages such users send (other
 * organisations' congresses and meetings: the provincial Journalists' Association, the Small and
 * Medium Enterprises Association, the Red Cross, the Study Promotion Association, the Association
 * of People with Disabilities, the Farmers' Union, the Lawyers' Association, a hometown association,
 * an ornamental-plant club, a class's parents' meeting, a residential group's meeting, a provincial
 * investment-promotion conference, listeners' conferences, weekly press briefings, the consultative
 * conferences for National Assembly candidates, the UN General Assembly, the COP climate summit;
 * other senses of "đại hội" and "hội nghị": the martial-arts congress of Kim Dung's novels, King
 * Arthur's Round Table; history for the historian: the Congress of Vienna, the Geneva and Potsdam
 * conferences, the Comintern's Seventh Congress, Khrushchev's speech to the Soviet 20th Congress,
 * the Party's Sixth Congress of 1986, the Trades Union Congress, the Conservative Party conference,
 * archives, citation style and bookshops; party business the pack does not cover: members running a
 * private business, travel abroad, a lost party card, asset declarations, political theory classes,
 * lifting a reprimand, thematic cell meetings, the individual year-end self-review, gifts from a
 * client's family, the Central Committee's next plenum; the users' own work and daily life mixed
 * with congress words: outside-broadcast vans, broadcast royalties, music copyright, press awards,
 * a national radio festival, transmitter faults, drone permits, jingle software, airtime prices,
 * e-invoices and presumptive tax for a household business, oil changes, gearbox faults, a flat
 * truck battery, fire-safety certificates and service books at a garage, a notice to customers,
 * disability and old-age allowances, child-protection procedure, social-work licences, case
 * management, the meaning of proverbs, paint brands, guitar practice, a quick supper).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset105.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected at any congress, age limits, committee sizes, the contents
 * of Guidance 27-HD/BTCTW, the status of the newer documents beyond "no later change recorded")
 * were left out, not guessed.
 * Engine changes reached main after its writer began: 65db391 (words before a document's reference
 * no part of their own, 'phân cấp' after a number, the bot's maker absent), 16fe6a3 (two questions
 * of their own answered without the whole's topic), 13ce905 (an instruction after the questions no
 * part, 'No.' no sentence end, ordinances), 29ad688 (a deputy secretary's duties and regular
 * meetings as other party business) and the word prior relearned with newset102 to newset104; its
 * writer saw none of them. It was measured once, at 20:11 UTC on main 29ad688 (`node --expose-gc
 * dist/bench/qa.js`, load 1.88): qa_new_top1 99.4 %, qa_new_oos_refused 98.5 % (1 in-scope miss, 1
 * lookalike answered; qa_p99_us 181.4 in that run, p50 42.7). Its misses were listed after that
 * run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  [
    'doc',
    'Đồng chí ơi, Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị bây giờ còn hiệu lực không?',
    'doc:ct-35-2024',
  ],
  [
    'doc',
    'Đài tôi định trích ct35 năm 2024 trong bản tin tối, văn bản đó đã bị thay chưa?',
    'doc:ct-35-2024',
  ],
  ['doc', 'chi thi 35 nam 2024 cua bo chinh tri bi van ban nao thay the roi', 'doc:ct-35-2024'],
  [
    'en',
    'For a footnote: Directive 35 of June 2024 — who issued it and is it still the operative text?',
    'doc:ct-35-2024',
  ],
  [
    'doc',
    'Chỉ thị 35-CT/TW ngày 30/5/2019 có còn áp dụng cho đại hội nhiệm kỳ 2025 - 2030 không?',
    'doc:ct-35-2019',
  ],
  [
    'doc',
    'Ở gara tôi có tờ photo CT35 năm 2019 hướng tới Đại hội XIII, bot có thông tin về văn bản ấy không?',
    'doc:ct-35-2019',
  ],
  [
    'en',
    'The 2019 Directive 35 issued toward the 13th Congress: what do your sources record about it?',
    'doc:ct-35-2019',
  ],
  ['doc', 'chi thi so 35 ngay 30/5/2019 huong toi dai hoi XIII la van ban gi', 'doc:ct-35-2019'],
  [
    'doc',
    'Bản tin của đài cần ghi nơi ban hành Kết luận 118-KL/TW, đồng chí cho biết giúp?',
    'doc:kl-118-2025',
  ],
  ['doc', 'kl118 điều chỉnh những gì của chỉ thị về đại hội?', 'doc:kl-118-2025'],
  ['doc', 'ket luan so 118 nam 2025 bay gio con dung duoc nua khong', 'doc:kl-118-2025'],
  ['en', 'Conclusion 118-KL/TW of January 2025: superseded or still standing?', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị 45-CT/TW thay thế những văn bản nào, thưa đồng chí?', 'doc:ct-45-2025'],
  ['doc', 'ct45 ban hanh ngay nao, cua co quan nao', 'doc:ct-45-2025'],
  ['doc', 'Cho tôi hỏi chỉ thị số 45 của Bộ Chính trị có tên đầy đủ là gì?', 'doc:ct-45-2025'],
  ['en', 'Directive 45 of April 2025 — what exactly did it replace?', 'doc:ct-45-2025'],
  ['doc', 'Kết luận số 200-KL/TW của Bộ Chính trị và Ban Bí thư ban hành ngày nào?', 'doc:kl-200-2025'],
  ['doc', 'kl200 nói gì về kết quả đại hội các cấp vậy?', 'doc:kl-200-2025'],
  [
    'en',
    'Conclusion 200 of October 2025: what does it say about the round of congresses?',
    'doc:kl-200-2025',
  ],
  ['doc', 'ket luan 200 co con hieu luc khong ha dong chi', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW do ban nào ban hành và vào ngày nào?', 'doc:hd-27-2024'],
  ['doc', 'hd27 năm 2024 hướng dẫn cho chỉ thị nào?', 'doc:hd-27-2024'],
  ['doc', 'huong dan so 27 cua Ban To chuc Trung uong noi dung chinh la gi', 'doc:hd-27-2024'],
  ['en', 'Guidance 27-HD/BTCTW: its date and what it guides, please.', 'doc:hd-27-2024'],
  [
    'doc',
    'Anh em ở gara hỏi tôi Hướng dẫn số 18-HD/BTCTU ra đời hôm nào, tôi chịu, nhờ bot trả lời',
    'doc:hd-18-2024',
  ],
  ['doc', 'hd18 btctu huong dan nhung noi dung gi the', 'doc:hd-18-2024'],
  [
    'en',
    'For my monograph: what ground does Guidance 18 of the Hanoi city organisation board cover?',
    'doc:hd-18-2024',
  ],
  ['doc', 'huong dan 18 cua ban to chuc thanh uy ha noi nam 2024', 'doc:hd-18-2024'],
  [
    'doc',
    'Tôi làm công tác xã hội, cần dẫn Kế hoạch 258-KH/TU trong báo cáo, văn bản ấy đề ngày bao nhiêu?',
    'doc:kh-258-2024',
  ],
  ['doc', 'kh258 của thành ủy nói về gì vậy đồng chí', 'doc:kh-258-2024'],
  [
    'en',
    'Plan 258 of the Hà Nội Party Committee: what can you tell me about its date and issuer?',
    'doc:kh-258-2024',
  ],
  ['doc', 'ke hoach so 258 thanh uy con gia tri khong', 'doc:kh-258-2024'],
  [
    'doc',
    'Kế hoạch số 203-KH/QU của Quận ủy Hai Bà Trưng còn giá trị không khi đã bỏ cấp quận?',
    'doc:kh-203-2024',
  ],
  ['doc', 'kh203 quy định những gì về đại hội cơ sở?', 'doc:kh-203-2024'],
  ['doc', 'ke hoach 203 nam 2024 cua quan uy do ai ky', 'doc:kh-203-2024'],
  [
    'en',
    'Plan 203-KH/QU of the Hai Bà Trưng district committee — is it still in force after the reform?',
    'doc:kh-203-2024',
  ],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 bàn về vấn đề gì?', 'doc:nq-26-2018'],
  ['doc', 'nq26 khóa XII do ai ban hành thế?', 'doc:nq-26-2018'],
  ['doc', 'phong vien dai toi hoi nghi quyet so 26 ngay 19/5/2018 bay gio the nao roi', 'doc:nq-26-2018'],
  ['en', 'Resolution 26 of May 2018 on cadres: what does the bot record about it?', 'doc:nq-26-2018'],
  [
    'doc',
    'Tổ nhân sự chi bộ đài vẫn cầm Quy định 89-QĐ/TW trong tay, liệu có còn dùng được không?',
    'doc:qd-89-2017',
  ],
  ['doc', 'qd89 bi thay boi quy dinh nao vay', 'doc:qd-89-2017'],
  [
    'en',
    'Did a later text overtake Regulation 89 of August 2017 on cadre standards, as far as your sources go?',
    'doc:qd-89-2017',
  ],
  ['doc', 'quy định số 89 của Bộ Chính trị ban hành năm nào?', 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365-QĐ/TW ngày 30/8/2025 là văn bản gì?', 'doc:qd-365-2025'],
  ['doc', 'qđ365 thay cho quy định cũ nào, nói gọn giúp thợ sửa xe như tôi', 'doc:qd-365-2025'],
  ['en', 'Regulation 365-QĐ/TW — date and issuing body?', 'doc:qd-365-2025'],
  ['doc', 'quy dinh so 365 nam 2025 cua bo chinh tri thay the gi', 'doc:qd-365-2025'],
  [
    'doc',
    'Nghe nói Quy định 14-QĐ/TU là về tiêu chí đánh giá cán bộ, đúng vậy không đồng chí?',
    'doc:qd-14-2023',
  ],
  ['doc', 'qd14 thanh uy ha noi nam 2023 ve tieu chi gi', 'doc:qd-14-2023'],
  ['en', 'Regulation 14 of the Hanoi Standing Board, from 2023: what is it about?', 'doc:qd-14-2023'],
  ['doc', 'quy dinh so 14 cua ban thuong vu thanh uy con hieu luc khong', 'doc:qd-14-2023'],
  ['doc', 'Quy định số 2656-QĐ/QU ngày 13/11/2023 nói về nội dung gì?', 'doc:qd-2656-2023'],
  ['doc', 'qd2656 cua quan uy hai ba trung cu bay gio tinh trang ra sao', 'doc:qd-2656-2023'],
  ['en', 'Which body put out Regulation 2656 on evaluating cadres, and on what day?', 'doc:qd-2656-2023'],
  ['doc', 'quy dinh 2656 ve tieu chi danh gia can bo ban hanh ngay nao', 'doc:qd-2656-2023'],
  [
    'doc',
    "Dân gian có câu 'cây có cội, nước có nguồn': vậy Quy định 1216-QĐ/QU về quy hoạch cán bộ do đâu mà có?",
    'doc:qd-1216-2022',
  ],
  ['doc', 'qd 1216 cua quan uy hai ba trung la gi', 'doc:qd-1216-2022'],
  ['en', 'Regulation 1216 of April 2022 on cadre planning — status?', 'doc:qd-1216-2022'],
  [
    'doc',
    'Chi bộ đài tôi đang tính lịch, Quy định 294-QĐ/TW bắt đầu có hiệu lực từ hôm nào?',
    'doc:qd-294-2025',
  ],
  ['doc', 'qd294 thí điểm đại hội chi bộ thế nào?', 'doc:qd-294-2025'],
  ['en', 'Regulation 294 of May 2025: when did it enter into force?', 'doc:qd-294-2025'],
  [
    'doc',
    'quy dinh so 294 nam 2025 ve thi diem dai hoi chi bo, nguon cua bot ghi co quan ban hanh la ai',
    'doc:qd-294-2025',
  ],
  ['doc', 'Hướng dẫn 26-HD/BTCTW năm 2019 có còn dùng cho đại hội lần này không?', 'doc:hd-26-2019'],
  ['doc', 'hd26 ngày 18/10/2019 hướng dẫn chỉ thị nào?', 'doc:hd-26-2019'],
  ['en', 'Guidance 26 of October 2019 on the earlier directive: does the bot use it?', 'doc:hd-26-2019'],
  [
    'unknown-doc',
    'Quy định 232-QĐ/TW về công tác bầu cử trong Đảng có trong nguồn của bot không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Đài tôi làm chuyên mục chuyển đổi số, Nghị quyết 57-NQ/TW có dặn gì cho đại hội chi bộ không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kết luận 137-KL/TW về sắp xếp đơn vị hành chính, tóm tắt giúp tôi', 'unknown-doc'],
  ['unknown-doc', 'Quy định 24-QĐ/TW thi hành Điều lệ Đảng nói gì về số lượng cấp ủy viên?', 'unknown-doc'],
  [
    'unknown-doc',
    'Thân chủ của tôi là cán bộ hưu hỏi Quy định 96-QĐ/TW về lấy phiếu tín nhiệm, bot có văn bản đó không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Tôi có gara nhỏ, Nghị quyết 68-NQ/TW về kinh tế tư nhân có gì đáng chú ý?', 'unknown-doc'],
  [
    'unknown-doc',
    'Quy định 50-QĐ/TW về quy hoạch cán bộ có trong danh mục văn bản của bot không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kết luận 127-KL/TW của Bộ Chính trị do ai ký?', 'unknown-doc'],
  [
    'unknown-doc',
    'gara toi treo tranh Bac, cho hoi chi thi 05-CT/TW ve hoc tap va lam theo Bac bay gio ra sao',
    'unknown-doc',
  ],
  ['unknown-doc', 'Nghị quyết 60-NQ/TW Hội nghị Trung ương 11 bàn những gì?', 'unknown-doc'],
  ['unknown-doc', 'Is Regulation 144-QĐ/TW on revolutionary ethics among your sources?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 47-KH/TW của Ban Bí thư thuộc đợt đại hội nào?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 06-HD/BTCTU của Thành ủy về đại hội chi bộ có những điểm gì?', 'unknown-doc'],
  [
    'unknown-doc',
    'Công văn 1234-CV/ĐU của Đảng ủy Đài về phân công phóng viên đưa tin đại hội có trong bot không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Quy định 41-QĐ/TW về miễn nhiệm, từ chức cán bộ ra đời khi nào?', 'unknown-doc'],
  ['unknown-doc', 'Does the bot hold Conclusion 150-KL/TW, and what is its date?', 'unknown-doc'],
  ['fact', 'Đến phiên bỏ phiếu, đại hội đảng bộ cơ sở nhiệm kỳ 2025 - 2030 bầu ra những gì?', 'noi-dung'],
  ['fact', 'Báo cáo chính trị của chi bộ phải đánh giá những mặt nào?', 'van-kien'],
  ['fact', 'Báo cáo kiểm điểm của cấp ủy trình đại hội cần mang tinh thần gì?', 'van-kien'],
  ['fact', 'Vì sao báo cáo chính trị được gọi là báo cáo trung tâm của đại hội?', 'van-kien'],
  ['fact', 'Trước đại hội, tổ chức cơ sở đảng phải thành lập những tổ giúp việc nào?', 'chuan-bi'],
  [
    'fact',
    'Đài có sẵn đường truyền, vậy hội nghị quán triệt văn bản về đại hội có được kết hợp hình thức trực tuyến không?',
    'chuan-bi',
  ],
  ['fact', 'Khi chuẩn bị và tổ chức đại hội, nguyên tắc nào được nhấn mạnh nhất?', 'nguyen-tac'],
  ['fact', 'Đại hội có được tổ chức rình rang, phô trương không hay phải tiết kiệm?', 'nguyen-tac'],
  ['fact', 'Đại hội điểm của chi bộ trực thuộc được chỉ đạo tổ chức vào tháng nào?', 'dai-hoi-diem'],
  [
    'fact',
    'Ban Thường vụ Quận ủy chọn mấy đơn vị và loại nào để làm đại hội điểm đầu quý I/2025?',
    'dai-hoi-diem',
  ],
  ['fact', 'Việc lựa chọn, giới thiệu nhân sự cấp ủy khóa mới phải căn cứ những văn bản nào?', 'nhan-su'],
  ['fact', 'Tiêu chí đánh giá cán bộ khi chuẩn bị nhân sự đại hội được lấy theo đâu?', 'nhan-su'],
  ['fact', 'Có được rà soát, bổ sung quy hoạch cán bộ để phục vụ nhân sự đại hội không?', 'nhan-su'],
  [
    'fact',
    'Đánh số theo La Mã thì đại hội Đảng bộ quận Hai Bà Trưng nhiệm kỳ 2025 - 2030 mang số mấy?',
    'dai-hoi-quan',
  ],
  ['fact', 'Chỉ thị của Bộ Chính trị về đại hội ban hành năm 2024 có mấy phần và mấy phụ lục?', 'chi-thi-35'],
  ['fact', 'Bảy yêu cầu của chỉ thị năm 2024 về đại hội đảng bộ các cấp là những yêu cầu nào?', 'chi-thi-35'],
  ['fact', 'Từ sau hội nghị quán triệt ở Quận ủy đến nay đã có những thay đổi gì?', 'thay-doi'],
  ['fact', 'Tôi viết sử địa phương, muốn biết đích xác ngày cấp huyện thôi tồn tại', 'chinh-quyen-2-cap'],
  ['fact', 'Ở Hà Nội có bao nhiêu đảng bộ cấp huyện kết thúc hoạt động khi sắp xếp?', 'chinh-quyen-2-cap'],
  ['fact', 'Theo thí điểm mới, chi bộ bao nhiêu năm thì đại hội một lần?', 'chi-bo-5-nam'],
  [
    'fact',
    'Ngày khai mạc và ngày bế mạc Đại hội đại biểu toàn quốc lần thứ XIV là những ngày nào?',
    'dai-hoi-xiv',
  ],
  ['fact', 'Bot trả lời chuyện đại hội thì căn cứ vào những văn bản gì, kể ra để tôi đối chiếu', 'tai-lieu'],
  [
    'fact',
    'Chẳng lẽ báo cáo kiểm điểm của cấp ủy chỉ viết cho có, hay phải có tính chiến đấu thật sự?',
    'van-kien',
  ],
  [
    'fact',
    'Há chẳng phải Đại hội XIV của Đảng đã họp xong rồi sao, họp vào những ngày nào vậy?',
    'dai-hoi-xiv',
  ],
  [
    'fact',
    'Cả đợt đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030 rốt cuộc đã khép lại chưa hay còn nơi chưa làm?',
    'ket-qua',
  ],
  ['fact', 'Theo kết luận về kết quả đại hội, các cấp ủy được yêu cầu tiếp tục làm gì?', 'ket-qua'],
  [
    'unit',
    'Chi bộ phóng viên của tôi trực thuộc đảng ủy cơ sở, phải đại hội xong trong tháng nào mới đúng hạn?',
    'lich-trinh',
  ],
  [
    'unit',
    'Chi bộ tôi trực thuộc Đảng ủy Đài Phát thanh và Truyền hình tỉnh, đại hội được bắt đầu từ tháng mấy?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở thì hạn chót hoàn thành đại hội là ngày nào?', 'lich-trinh'],
  [
    'unit',
    'Thứ tự thế nào: đảng bộ cơ sở đại hội trước, hay để các chi bộ trực thuộc của nó đại hội xong trước?',
    'lich-trinh',
  ],
  ['unit', 'Đại hội đảng viên của đảng bộ cơ sở phải xong trước ngày nào?', 'lich-trinh'],
  ['unit', 'Chi bộ cơ sở có nằm trong số đơn vị được chọn làm đại hội điểm không?', 'dai-hoi-diem'],
  ['unit', 'Mỗi đảng bộ cơ sở chọn bao nhiêu chi bộ trực thuộc để làm điểm?', 'dai-hoi-diem'],
  [
    'unit',
    'Một đảng bộ khối hành chính sự nghiệp được chọn làm điểm thì đại hội vào thời điểm nào?',
    'dai-hoi-diem',
  ],
  ['unit', 'Đảng ủy cơ sở của đài phải đưa ra đại hội những bản báo cáo chủ yếu nào?', 'van-kien'],
  ['unit', 'Chi bộ trực thuộc khi đại hội cũng thực hiện đủ các nội dung như đảng bộ à?', 'noi-dung'],
  ['unit', 'Đại hội chi bộ cơ sở bắt đầu tiến hành từ tháng nào?', 'lich-trinh'],
  ['offword', 'Gara đang đông khách, tôi hỏi nhanh: đại hội chi bộ có mấy nội dung chính?', 'noi-dung'],
  [
    'offword',
    'Vừa thay xong bộ lốp cho khách, xin hỏi báo cáo kiểm điểm của cấp ủy cần viết theo tinh thần nào?',
    'van-kien',
  ],
  [
    'offword',
    'Đài đang phát bản tin thời sự, đồng chí cho biết đại hội điểm của chi bộ trực thuộc tổ chức tháng nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Tôi vừa đi thăm một cụ già neo đơn về, cho hỏi Đại hội XIV của Đảng khai mạc ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Mưa to đường ngập hết, nhưng tôi vẫn muốn biết tổ văn kiện được lập ra để làm gì khi chuẩn bị đại hội',
    'chuan-bi',
  ],
  [
    'offword',
    'Nước chảy đá mòn, chi bộ tôi kiên trì mãi; giờ xin hỏi theo thí điểm thì chi bộ mấy năm đại hội một lần?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Một cây làm chẳng nên non, ba cây chụm lại nên hòn núi cao, vậy nguyên tắc tập trung dân chủ trong đại hội được nêu thế nào?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Uống nước nhớ nguồn, xin hỏi Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII được tổ chức theo kế hoạch nào?',
    'dai-hoi-quan',
  ],
  [
    'offword',
    'Cháu tôi đang ôn thi đại học, còn tôi muốn biết đại hội các cấp nhiệm kỳ này kết quả ra sao',
    'ket-qua',
  ],
  [
    'offword',
    'Camera trường quay vừa hỏng, trong lúc chờ thợ cho tôi hỏi mô hình chính quyền hai cấp vận hành từ ngày nào?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Sáng nay làm hồ sơ trợ cấp cho ba hộ nghèo, chiều về hỏi: chọn nhân sự cấp ủy khóa mới theo tiêu chuẩn nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Dầu nhớt lại lên giá, nhưng thôi hỏi chuyện chính: từ sau hội nghị quán triệt ngày 23/10/2024 có gì thay đổi?',
    'thay-doi',
  ],
  [
    'offword',
    'Có công mài sắt có ngày nên kim; chỉ thị của Bộ Chính trị về đại hội năm 2024 gồm những yêu cầu nào?',
    'chi-thi-35',
  ],
  [
    'offword',
    'Đang dựng phóng sự cho đài, tôi cần danh sách các văn bản về đại hội mà bot dựa vào',
    'tai-lieu',
  ],
  [
    'offword',
    'My tea has gone cold over the archive boxes, but: by when did cells under a grassroots committee have to finish their congresses?',
    'lich-trinh',
  ],
  [
    'offword',
    'Khách vừa lấy xe đi, tôi tranh thủ hỏi: đại hội phải bảo đảm những yêu cầu gì về an toàn, tiết kiệm?',
    'nguyen-tac',
  ],
  [
    'two-part',
    'Đại hội chi bộ gara chúng tôi phải làm mấy nội dung, và chi ủy phải trình những báo cáo gì?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ cơ sở đại hội vào khoảng thời gian nào, và có đại hội điểm cho loại này không?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Nhân sự cấp ủy khóa mới chọn theo những căn cứ nào, và từ năm 2025 đến nay có văn bản gì thay đổi?',
    'nhan-su+thay-doi',
  ],
  [
    'two-part',
    'Đại hội XIV họp vào lúc nào, và đại hội các cấp trước đó kết quả thế nào?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Cấp huyện bỏ từ bao giờ, và Đại hội Đảng bộ quận lần thứ XXVII theo kế hoạch nào?',
    'chinh-quyen-2-cap+dai-hoi-quan',
  ],
  [
    'two-part',
    'Phải lập những tổ nào để chuẩn bị đại hội, và nguyên tắc tổ chức đại hội là gì?',
    'chuan-bi+nguyen-tac',
  ],
  [
    'two-part',
    'Chi bộ giờ mấy năm đại hội một lần, và chỉ thị về đại hội năm 2024 có mấy phần?',
    'chi-bo-5-nam+chi-thi-35',
  ],
  [
    'two-part',
    'What are the four agenda items of a grassroots congress, and when did the 14th National Congress sit?',
    'noi-dung+dai-hoi-xiv',
  ],
  [
    'two-part',
    'Báo cáo chính trị phải viết thế nào, còn đại hội điểm ở đảng bộ cơ sở làm lúc nào?',
    'van-kien+dai-hoi-diem',
  ],
  [
    'two-part',
    'Bot dựa vào những văn bản nào, và từ sau hội nghị tháng 10/2024 có những thay đổi gì?',
    'tai-lieu+thay-doi',
  ],
  [
    'two-part',
    'Ai ơi giữ chí cho bền: đại hội phải chống lãng phí ra sao, và trước đó cần chuẩn bị những việc gì?',
    'nguyen-tac+chuan-bi',
  ],
  [
    'two-part',
    'Đảng bộ cơ sở phải đại hội xong trước ngày nào, và tại đại hội bầu những gì?',
    'lich-trinh+noi-dung',
  ],
  [
    'two-part',
    'Chính quyền hai cấp chạy từ khi nào, và Đại hội XIV của Đảng diễn ra ngày nào?',
    'chinh-quyen-2-cap+dai-hoi-xiv',
  ],
  ['typo', 'dh chi bo gom may nd vay dc', 'noi-dung'],
  ['typo', 'bcct va bc kiem diem cua cap uy viet ntn', 'van-kien'],
  ['typo', 'lich dh cbcs nk 2025-2030 ntn', 'lich-trinh'],
  ['typo', 'dai hoi diem thang 12/2024 moi DBCS chon may cb truc thuoc', 'dai-hoi-diem'],
  ['typo', 'ngtac tap trung dan chu trong to chuc dh la gi', 'nguyen-tac'],
  ['typo', 'nhan su cap uy khoa moi can cu nhung vb nao z', 'nhan-su'],
  ['typo', 'cap huyen bi bo tu ngay nao v ad', 'chinh-quyen-2-cap'],
  ['typo', 'đạị hôi XIV hop ngay nao vay', 'dai-hoi-xiv'],
  ['typo', 'chi bo 5 nam dh 1 lan dung ko ad', 'chi-bo-5-nam'],
  ['typo', 'kq dh cac cap nk 2025 2030 cuoi cung ra sao ad oi', 'ket-qua'],
  ['typo', 'nhung thay doi sau hoi nghi quan triet thang 10/2024 la gi ad', 'thay-doi'],
  ['typo', 'cac tổ phuc vu đh gom nhung to nao a', 'chuan-bi'],
  ['typo', 'dh dang bo quan hbt lan xxvii theo kh nao', 'dai-hoi-quan'],
  ['typo', 'ct cua bct ve dh nam 2024 chia may phan, kem may phu luc', 'chi-thi-35'],
  [
    'en',
    "As a historian I'd like the four agenda items of a grassroots party congress for 2025–2030.",
    'noi-dung',
  ],
  [
    'en',
    'For my chapter on party procedure: which two reports did outgoing committees table before their congresses?',
    'van-kien',
  ],
  ['en', 'By what date did grassroots party cells have to complete their congresses in 2025?', 'lich-trinh'],
  [
    'en',
    'Which pilot congresses did the district plan for December 2024 and the start of 2025?',
    'dai-hoi-diem',
  ],
  ['en', 'On what principle were congress preparations meant to rest — democratic centralism?', 'nguyen-tac'],
  ['en', 'Which resolutions and regulations governed the choice of new committee members?', 'nhan-su'],
  ['en', 'Did two-level local government abolish the district tier in July 2025?', 'chinh-quyen-2-cap'],
  ['en', 'Are party cells now holding congresses only once every five years?', 'chi-bo-5-nam'],
  ['en', 'Was the 2025–2030 round of party congresses completed on schedule?', 'ket-qua'],
  ['en', 'What has changed in the rules since the Hai Bà Trưng conference of October 2024?', 'thay-doi'],
  [
    'en',
    'What does the 2024 Politburo directive on congresses contain, parts and appendices included?',
    'chi-thi-35',
  ],
  [
    'en',
    'Which working teams were grassroots organisations told to set up before their congress?',
    'chuan-bi',
  ],
  [
    'en',
    'What do your sources say about the 27th congress of the Hai Bà Trưng district party organisation, and the plan behind it?',
    'dai-hoi-quan',
  ],
  ['en', 'Which documents do you rely on for the 2025–2030 congresses?', 'tai-lieu'],
  [
    'lookalike',
    'Đài tôi sắp tường thuật trực tiếp Đại hội Hội Nhà báo tỉnh, thuê xe truyền hình lưu động ở đâu?',
    null,
  ],
  ['lookalike', 'Liên hoan Phát thanh toàn quốc năm nay đài tỉnh phải gửi tác phẩm trước ngày nào?', null],
  ['lookalike', 'Chế độ nhuận bút cho phóng viên đưa tin hội nghị được tính như thế nào?', null],
  ['lookalike', 'Giải Báo chí quốc gia năm nay hạn nộp tác phẩm khi nào?', null],
  [
    'lookalike',
    'Máy phát hình kỹ thuật số của đài bị mất sóng khi phát lại lễ khai mạc, khắc phục thế nào?',
    null,
  ],
  ['lookalike', 'Hội nghị giao ban báo chí hằng tuần có bắt buộc tổng biên tập phải dự không?', null],
  [
    'lookalike',
    'Phát lại chương trình ca nhạc mừng Đảng trên sóng có phải trả tiền bản quyền cho tác giả không?',
    null,
  ],
  ['lookalike', 'Tổ chức hội nghị bạn nghe đài ở huyện vùng cao cần chuẩn bị những gì?', null],
  ['lookalike', 'Quay flycam toàn cảnh hội trường đại hội có phải xin phép bay không?', null],
  ['lookalike', 'Đài tôi cần nhạc hiệu mới cho bản tin thời sự, phần mềm nào làm nhạc tốt?', null],
  ['lookalike', 'Gara tôi vừa sửa xe đưa đón đại biểu, hộ kinh doanh xuất hóa đơn điện tử thế nào?', null],
  ['lookalike', 'Xe Innova nên thay dầu máy sau bao nhiêu cây số?', null],
  [
    'lookalike',
    'Đại hội Hội Doanh nghiệp nhỏ và vừa của tỉnh mời gara tôi vào hội, phí hội viên bao nhiêu?',
    null,
  ],
  ['lookalike', 'Thuế khoán hộ kinh doanh sửa chữa ô tô năm 2026 đã bỏ chưa?', null],
  ['lookalike', 'Đảng viên mở gara sửa xe tư nhân có phải báo cáo với chi bộ không?', null],
  ['lookalike', 'Xe Ford Ranger báo lỗi hộp số, ở khu quận Hai Bà Trưng cũ có gara nào sửa tốt?', null],
  ['lookalike', 'Ắc quy xe tải chết máy đúng hôm đi họp chi bộ, câu bình thế nào cho an toàn?', null],
  ['lookalike', 'Gara nhỏ có cần giấy chứng nhận phòng cháy chữa cháy không?', null],
  [
    'lookalike',
    'Cuối tuần gara đóng cửa để tôi đi dự đại hội, viết thông báo cho khách sao cho lịch sự?',
    null,
  ],
  [
    'lookalike',
    'Thủ tục hưởng trợ cấp xã hội hằng tháng cho người khuyết tật nặng ở phường mới làm thế nào?',
    null,
  ],
  [
    'lookalike',
    'Quy trình can thiệp khi phát hiện trẻ em bị bạo hành trong gia đình gồm những bước nào?',
    null,
  ],
  ['lookalike', 'Đại hội Hội Chữ thập đỏ phường nhiệm kỳ tới bầu bao nhiêu ủy viên ban chấp hành?', null],
  ['lookalike', 'Chứng chỉ hành nghề công tác xã hội thi ở đâu và cần điều kiện gì?', null],
  ['lookalike', 'Người cao tuổi đủ 75 tuổi có được hưởng trợ cấp hằng tháng không?', null],
  ['lookalike', 'Hội Khuyến học phường đại hội xong thì quỹ khuyến học bàn giao thế nào?', null],
  ['lookalike', 'Lập kế hoạch quản lý ca cho một cụ già neo đơn cần những bước nào?', null],
  [
    'lookalike',
    'Đảng viên làm công tác xã hội có được nhận phong bì cảm ơn của gia đình thân chủ không?',
    null,
  ],
  ['lookalike', 'Đại hội Hội Người khuyết tật tỉnh năm nay tổ chức ở đâu?', null],
  ['lookalike', 'How did the Congress of Vienna redraw the map of Europe in 1815?', null],
  ['lookalike', 'What was decided about Indochina at the Geneva Conference of 1954?', null],
  ['lookalike', 'Why is the Sixth Party Congress of 1986 remembered as the Đổi Mới congress?', null],
  [
    'lookalike',
    'What did Khrushchev say in his secret speech to the 20th Congress of the Soviet party?',
    null,
  ],
  ['lookalike', 'How does the Trades Union Congress in Britain choose its general secretary?', null],
  ['lookalike', 'Where can I consult the French colonial archives on Tonkin in Aix-en-Provence?', null],
  ['lookalike', 'Was it the Potsdam Conference that divided Indochina at the 16th parallel in 1945?', null],
  ['lookalike', 'How should I cite a Vietnamese newspaper article in Chicago style?', null],
  ['lookalike', 'What line did the Comintern adopt at its Seventh World Congress in 1935?', null],
  ['lookalike', 'Who addressed the Conservative Party conference in Birmingham last autumn?', null],
  ['lookalike', 'Is the National Archives Centre No. 3 in Hanoi open to foreign researchers?', null],
  ['lookalike', '“Ăn quả nhớ kẻ trồng cây” nên hiểu thế nào cho đúng?', null],
  ['lookalike', 'Đại hội võ lâm trong truyện Kim Dung được tổ chức ở chùa Thiếu Lâm phải không?', null],
  ['lookalike', '“Một con ngựa đau cả tàu bỏ cỏ” có câu tiếng Anh nào tương đương không?', null],
  ['lookalike', 'Hội nghị Bàn Tròn của vua Arthur có bao nhiêu hiệp sĩ?', null],
  ['lookalike', 'Tốt gỗ hơn tốt nước sơn, nhưng sơn lại cửa nhà thì nên chọn hãng sơn nào?', null],
  ['lookalike', 'Trăm hay không bằng tay quen, tập đàn guitar mỗi ngày mấy tiếng thì giỏi?', null],
  ['lookalike', 'Đại hội đồng Liên Hợp Quốc khóa này ai làm chủ tịch?', null],
  ['lookalike', 'Hội nghị thượng đỉnh khí hậu COP kỳ tới họp ở thành phố nào?', null],
  ['lookalike', 'Đại hội Hội Nông dân xã nhiệm kỳ mới có bầu chủ tịch hội trực tiếp không?', null],
  ['lookalike', 'Đại hội Hội Luật gia tỉnh cần chuẩn bị những văn kiện gì?', null],
  [
    'lookalike',
    'Hội nghị hiệp thương giới thiệu người ứng cử đại biểu Quốc hội khóa XVI tổ chức mấy lần?',
    null,
  ],
  ['lookalike', 'Hội nghị xúc tiến đầu tư của tỉnh năm nay có mời doanh nghiệp nhỏ không?', null],
  ['lookalike', 'Họp tổ dân phố bầu tổ trưởng mới thì ai có quyền bỏ phiếu?', null],
  ['lookalike', 'Đại hội chi hội phụ huynh lớp con tôi thu quỹ lớp bao nhiêu là hợp lý?', null],
  ['lookalike', 'Đại hội Hội đồng hương Nghệ An tại Hà Nội năm nay tổ chức ngày nào?', null],
  ['lookalike', 'Đại hội Hội Sinh vật cảnh phường có tổ chức thi bonsai không?', null],
  ['lookalike', 'Hội nghị Trung ương lần tới sẽ bàn những nội dung gì?', null],
  [
    'lookalike',
    'Hè này tôi đưa vợ con đi Thái Lan, đảng viên đi chơi nước ngoài có phải báo cáo chi bộ không?',
    null,
  ],
  ['lookalike', 'Mất thẻ đảng viên thì xin cấp lại như thế nào?', null],
  ['lookalike', 'Kê khai tài sản, thu nhập hằng năm của đảng viên hạn chót là khi nào?', null],
  ['lookalike', 'Lớp trung cấp lý luận chính trị học bao nhiêu tháng?', null],
  ['lookalike', 'Đảng viên bị kỷ luật khiển trách thì bao lâu sau mới được xóa kỷ luật?', null],
  ['lookalike', 'Sinh hoạt chuyên đề quý này chi bộ nên chọn chủ đề gì cho sinh động?', null],
  [
    'lookalike',
    'Bản tự kiểm điểm cá nhân cuối năm của tôi với tư cách đảng viên phải viết theo mẫu số mấy?',
    null,
  ],
  ['lookalike', 'Vợ tôi than họp chi bộ về muộn, nấu bữa tối trong mười lăm phút thế nào?', null],
  ['lookalike', 'Quảng cáo trên sóng truyền hình tỉnh giờ vàng giá bao nhiêu một giây?', null],
  ['lookalike', 'Sổ bảo dưỡng xe của khách bị mất, gara có cấp lại được không?', null],
  ['lookalike', 'Which Hanoi bookshop stocks English-language histories of the Vietnamese revolution?', null],
];

export const NEWSET105: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
