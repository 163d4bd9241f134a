/**
 * The one hundred and seventh new evaluation set (issue 11, point 6), written on 2026-12-04 from
 * 20:13 UTC (committed in the commit "Eval: newset107, the one hundred and seventh unseen set") by
 * a helper (set107) that never saw the engine. It was written from ../shared/sources/ (the
 * conference article of 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of
 * ../shared/STYLE.md, ../helpers/COMMON.md, and from the pack only what
 * `node /work/helpers/pack-view.mjs` prints: the documents' ids, numbers, dates, titles/abouts,
 * issuers and statuses, the unit types' codes and names, and each topic's id, title and body
 * (config/ itself was not opened, so no sample questions, keywords, synonyms, evidence or off-topic
 * lists were seen). Also read: the header of newset35.ts (the lines before `const items`) and its
 * last line, the part of newset.ts before `const items`, newset35.test.ts, set-shape.ts,
 * set-checks.ts and sets.ts. Nothing under src/, bench/ or config/, no README, no git log, diff or
 * show, and no other set's or pool's items (newset106.ts included) were read. Its users are
 * imagined as the secretary of a party cell at a cement plant, a member who is a kindergarten cook,
 * a member who is a retired diplomat, an American graduate student writing in English, and a member
 * who writes with emoji and internet slang; with the out-of-scope messages such users send (other
 * organisations' congresses and meetings: a cement company's extraordinary shareholders' meeting,
 * the plant's trade-union congress and workers' conference, a distributor's customer conference,
 * a kindergarten's staff conference and parents' association, the study-promotion association, the
 * Red Cross, a province's ethnic minorities' congress, the Việt - Pháp friendship association, the
 * Lao and North Korean parties' congresses, the Chinese party's next congress, the Democratic
 * National Convention, the Iowa caucus, the Communist Party USA's convention, the Vietnamese
 * National Assembly's quorum, an Asian Studies conference; other senses of "đại hội" and "hội
 * nghị": a cosplay festival, national sports games, a drinking night, Kim Dung's martial heroes'
 * gathering, K-pop fans' round tables, a class chat group, a mobile game's tournament, an AI summit,
 * a science conference on building materials, the hiệp thương conferences for People's Council
 * candidates, history (the Geneva and Paris conferences, the Hà Nội US - North Korea summit, the
 * 6th Congress and Đổi Mới, the diplomatic service's own conference, a Central Committee plenum);
 * other party business the pack does not cover: monthly cell meetings, admission and the course
 * before it, probationary members' full membership, dues on piece-rate pay, moving one's party
 * membership on retirement or to an embassy, inspection by the inspection committee, year-end
 * grading and personal self-review, 40-year badges, a part-time secretary's allowance, keeping the
 * minutes book; the users' own work and daily life mixed with congress words: kiln breakdowns,
 * cement prices, safety meetings, cooking for a congress, food-safety certificates, school menus,
 * a cook contest, a contract cook's pay rise, the money for a party after the congress, what to
 * wear, tax on meeting allowances, a diplomat's passport and memoirs, a student's IRB approval,
 * archives, citation style, visa and a tutor).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset107.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, who was elected at any
 * congress, which units were chosen for the pilots, age limits, committee sizes, the money a
 * congress may spend, the contents of Guidance 27-HD/BTCTW, the later status of 45-CT/TW, 365-QĐ/TW
 * and 294-QĐ/TW beyond "no later change recorded") were left out, not guessed; questions that
 * name a document by number ask for its card, never a topic.
 * Engine changes reached main after its writer began: 620cd44 ('mấy bản' narrowed to copies
 * printed, founding a grassroots party organisation as other party business) and 7c4d626 (the word
 * prior relearned with newset106); its writer saw none of them. It was measured once, at 20:21 UTC
 * on main 620cd44 (`node --expose-gc dist/bench/qa.js`, load 12.30): qa_new_top1 98.1 %,
 * qa_new_oos_refused 98.5 % (3 in-scope misses, 1 lookalike answered; qa_p99_us 12460.9 in that
 * run, p50 58.8). Its misses were listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number: full number, kind word + number, no diacritics, glued, English.
  [
    'doc',
    'Chỉ thị số 35-CT/TW năm 2024 của Bộ Chính trị bây giờ chi bộ nhà máy xi măng còn áp dụng nữa không?',
    'doc:ct-35-2024',
  ],
  ['doc', 'ct35 năm 2024 bị thay bằng văn bản nào rồi ạ', 'doc:ct-35-2024'],
  [
    'en',
    'Is Directive 35 of 2024 on the party congresses still valid, or was it replaced?',
    'doc:ct-35-2024',
  ],
  ['doc', 'chi thi 35 ban hanh nam 2024 ve dai hoi con hieu luc khong', 'doc:ct-35-2024'],
  ['doc', 'Kết luận số 118-KL/TW điều chỉnh những gì trong chỉ thị cũ?', 'doc:kl-118-2025'],
  ['doc', 'kl118 giờ còn dùng được ko mn 🤔', 'doc:kl-118-2025'],
  ['en', 'Who issued Conclusion 118 and is it still in force?', 'doc:kl-118-2025'],
  ['doc', 'ket luan 118 ngay ban hanh la ngay nao', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị 45-CT/TW của Bộ Chính trị thay thế cho những văn bản nào?', 'doc:ct-45-2025'],
  ['doc', 'ct45 ra đời ngày nào vậy ạ 📅', 'doc:ct-45-2025'],
  [
    'en',
    'What does Directive 45-CT/TW cover, for a thesis chapter on the 2025 congresses?',
    'doc:ct-45-2025',
  ],
  ['doc', 'chi thi so 45 cua bo chinh tri noi ve dai hoi gi', 'doc:ct-45-2025'],
  [
    'doc',
    'Bí thư chi bộ nhà máy xi măng hỏi: Kết luận số 200-KL/TW do cơ quan nào ký ban hành vậy?',
    'doc:kl-200-2025',
  ],
  ['doc', 'KL200 kết luận về cái gì vậy ad 😅', 'doc:kl-200-2025'],
  ['en', 'What is Conclusion No. 200 of the Politburo and the Secretariat about?', 'doc:kl-200-2025'],
  ['doc', 'ket luan 200 ra ngay nao', 'doc:kl-200-2025'],
  [
    'doc',
    'Hướng dẫn 27-HD/BTCTW của Ban Tổ chức Trung ương, chi bộ phân xưởng có cần tìm đọc không?',
    'doc:hd-27-2024',
  ],
  ['doc', 'hd27 ban hành ngày bao nhiêu', 'doc:hd-27-2024'],
  ['en', 'Guidance 27-HD/BTCTW: when was it issued and by whom?', 'doc:hd-27-2024'],
  ['doc', 'huong dan so 27 cua ban to chuc trung uong', 'doc:hd-27-2024'],
  [
    'doc',
    'Hướng dẫn số 18-HD/BTCTU của Ban Tổ chức Thành ủy Hà Nội ký vào ngày tháng năm nào?',
    'doc:hd-18-2024',
  ],
  ['doc', 'HD18 thành ủy hướng dẫn gì thế ạ', 'doc:hd-18-2024'],
  ['en', 'Guidance no. 18 of the Hanoi organisation board: what is it?', 'doc:hd-18-2024'],
  ['doc', 'huong dan 18 btctu con hieu luc khong', 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch số 258-KH/TU của Thành ủy Hà Nội có nội dung gì?', 'doc:kh-258-2024'],
  ['doc', 'kh258 ký ngày nào vậy', 'doc:kh-258-2024'],
  ['en', 'Plan 258 of the Hanoi Party Committee: date and status, please', 'doc:kh-258-2024'],
  ['doc', 'ke hoach 258 cua thanh uy', 'doc:kh-258-2024'],
  [
    'doc',
    'Kế hoạch số 203-KH/QU của Quận ủy Hai Bà Trưng giờ còn giá trị không khi quận đã bỏ?',
    'doc:kh-203-2024',
  ],
  ['doc', 'kh203 quận ủy ban hành ngày mấy', 'doc:kh-203-2024'],
  ['en', 'What was Plan 203-KH/QU about?', 'doc:kh-203-2024'],
  ['doc', 'KH 203 của quận ủy nói gì về đại hội', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết số 26-NQ/TW năm 2018 của Trung ương về cán bộ là nghị quyết gì?', 'doc:nq-26-2018'],
  ['doc', 'nq26 khóa XII còn áp dụng khi chọn nhân sự không', 'doc:nq-26-2018'],
  ['en', 'Resolution 26-NQ/TW of the 12th Central Committee: what is its date?', 'doc:nq-26-2018'],
  ['doc', 'nghi quyet 26 cua ban chap hanh trung uong ban hanh ngay nao', 'doc:nq-26-2018'],
  [
    'doc',
    'Ông tôi hỏi Quy định 89-QĐ/TW về tiêu chuẩn cán bộ bây giờ có còn dùng để chọn cấp ủy không?',
    'doc:qd-89-2017',
  ],
  ['doc', 'qd89 năm 2017 bị thay thế chưa vậy ad 🤔', 'doc:qd-89-2017'],
  ['en', 'Was Regulation 89 on cadre standards replaced?', 'doc:qd-89-2017'],
  ['doc', 'QĐ 89 của Bộ Chính trị ban hành năm nào', 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365-QĐ/TW của Bộ Chính trị quy định về cái gì?', 'doc:qd-365-2025'],
  ['doc', 'qđ365 có hiệu lực từ bao giờ', 'doc:qd-365-2025'],
  ['en', 'Regulation 365-QD/TW replaced which earlier regulation?', 'doc:qd-365-2025'],
  ['doc', 'quy dinh 365 ngay ban hanh', 'doc:qd-365-2025'],
  [
    'doc',
    'Quy định số 14-QĐ/TU của Ban Thường vụ Thành ủy về tiêu chí đánh giá cán bộ là gì?',
    'doc:qd-14-2023',
  ],
  ['doc', 'qd14 thành ủy hà nội ra ngày nào', 'doc:qd-14-2023'],
  [
    'en',
    'Regulation 14-QĐ/TU of the Hanoi city Standing Board: what does it set out, and when was it adopted?',
    'doc:qd-14-2023',
  ],
  ['doc', 'QĐ 14 của ban thường vụ thành ủy còn dùng không', 'doc:qd-14-2023'],
  [
    'doc',
    'Quy định số 2656-QĐ/QU của Ban Thường vụ Quận ủy Hai Bà Trưng ra ngày nào, nay còn giá trị không?',
    'doc:qd-2656-2023',
  ],
  ['doc', 'qd2656 nói về tiêu chí gì', 'doc:qd-2656-2023'],
  ['en', 'Regulation 2656 of the Hai Ba Trung district standing board: what is it?', 'doc:qd-2656-2023'],
  ['doc', 'quy dinh so 2656 cua quan uy', 'doc:qd-2656-2023'],
  ['doc', 'Quy định 1216-QĐ/QU về quy hoạch cán bộ của quận ủy ra năm nào?', 'doc:qd-1216-2022'],
  ['doc', 'qd1216 giờ còn giá trị khi không còn quận nữa không', 'doc:qd-1216-2022'],
  ['en', 'Regulation no 1216 on cadre planning: issuer and date?', 'doc:qd-1216-2022'],
  ['doc', 'QĐ 1216 ban thường vụ quận ủy', 'doc:qd-1216-2022'],
  [
    'doc',
    'Chi bộ bếp ăn trường mầm non muốn biết Quy định số 294-QĐ/TW có hiệu lực từ ngày nào?',
    'doc:qd-294-2025',
  ],
  ['doc', 'qđ294 thí điểm vụ gì thế mấy bác 🙏😅', 'doc:qd-294-2025'],
  [
    'en',
    'For my dissertation: when did Regulation 294 on party-cell congresses take effect, and who issued it?',
    'doc:qd-294-2025',
  ],
  ['doc', 'quy dinh 294 do ai ban hanh', 'doc:qd-294-2025'],
  ['doc', 'Chỉ thị 35-CT/TW năm 2019 hướng tới Đại hội XIII là văn bản nào?', 'doc:ct-35-2019'],
  ['doc', 'ct35 năm 2019 khác gì với cái năm sau', 'doc:ct-35-2019'],
  [
    'en',
    'The 2019 Directive 35 toward the 13th Congress: is it the same as the later one?',
    'doc:ct-35-2019',
  ],
  ['doc', 'chi thi so 35 ngay 30/5/2019 la gi', 'doc:ct-35-2019'],
  [
    'doc',
    'Hồi trước tôi đọc Hướng dẫn 26-HD/BTCTW năm 2019, nó hướng dẫn cho chỉ thị nào vậy?',
    'doc:hd-26-2019',
  ],
  ['doc', 'hd26 năm 2019 bot có dùng không', 'doc:hd-26-2019'],
  [
    'en',
    'Guidance 26-HD/BTCTW of October 2019 keeps showing up in my sources: which directive did it guide?',
    'doc:hd-26-2019',
  ],
  ['doc', 'huong dan so 26 nam 2019 bot co dung quy dinh cua no khong', 'doc:hd-26-2019'],

  // Documents the pack does not hold.
  [
    'unknown-doc',
    'Quy định 232-QĐ/TW thi hành Điều lệ Đảng, chỗ nói về đại hội chi bộ phân xưởng, bot có không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Nghị quyết 57-NQ/TW về khoa học công nghệ có trong bot không?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 12-HD/BTCTW về nhân sự đại hội ở đâu ạ', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 150-KL/TW hướng dẫn gì về cán bộ', 'unknown-doc'],
  ['unknown-doc', 'chỉ thị 39-CT/TW của ban bí thư nội dung thế nào', 'unknown-doc'],
  ['unknown-doc', 'Quy định 80-QĐ/TW phân cấp quản lý cán bộ còn hiệu lực không?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 312-KH/TU của Thành ủy về đại hội có gì mới', 'unknown-doc'],
  [
    'unknown-doc',
    'As a grad student I keep seeing Directive 05-CT/TW cited: what does it say about party congresses?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Nghị định 33/2023/NĐ-CP về cán bộ cấp xã áp dụng sao', 'unknown-doc'],
  ['unknown-doc', 'Luật số 72/2025/QH15 về tổ chức chính quyền địa phương có điểm gì mới', 'unknown-doc'],
  ['unknown-doc', 'hướng dẫn 21-HD/BTCTW chi bộ em cần đọc ko 😶', 'unknown-doc'],
  ['unknown-doc', 'Quy định 22-QĐ/TW về công tác kiểm tra giám sát nói gì', 'unknown-doc'],
  [
    'unknown-doc',
    'Thông báo 120-TB/TW của Bộ Chính trị về nhân sự có trong nguồn của bot không',
    'unknown-doc',
  ],
  ['unknown-doc', 'công văn 1234-CV/QU của quận ủy về đại hội chi bộ', 'unknown-doc'],
  [
    'unknown-doc',
    'Resolution 66-NQ/TW on law-making and enforcement: do your sources include it at all?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kết luận 121-KL/TW về tinh gọn bộ máy có liên quan đến đại hội không', 'unknown-doc'],

  // Contents, reports, preparation, principles, and the rest, with facts from the sources.
  ['fact', 'Nội dung thứ hai trong bốn nội dung đại hội chi bộ là gì?', 'noi-dung'],
  [
    'fact',
    'Trong hai báo cáo cấp ủy trình đại hội, bản nào được coi là báo cáo trung tâm giữ vai trò định hướng?',
    'van-kien',
  ],
  ['fact', 'Báo cáo kiểm điểm của cấp ủy trong nhiệm kỳ phải có tính chiến đấu như thế nào?', 'van-kien'],
  ['fact', 'Để phục vụ đại hội thì phải thành lập tổ văn kiện, tổ nhân sự và tổ gì nữa?', 'chuan-bi'],
  [
    'fact',
    'Đại hội phải kiên quyết chống những biểu hiện gì, có được phô trương hình thức không?',
    'nguyen-tac',
  ],
  ['fact', 'Khi tổ chức đại hội, nhất là phải theo nguyên tắc nào của Đảng?', 'nguyen-tac'],
  [
    'fact',
    'Xin hỏi Đại hội XIV của Đảng đã họp từ hôm nào tới hôm nào trong tháng Giêng năm 2026?',
    'dai-hoi-xiv',
  ],
  [
    'fact',
    'Trước khi có thí điểm mới, theo Điều lệ Đảng thì cứ 5 năm chi bộ đại hội mấy lần?',
    'chi-bo-5-nam',
  ],
  ['fact', 'Bộ Chính trị và Ban Bí thư đánh giá đợt đại hội các cấp nhiệm kỳ 2025 - 2030 ra sao?', 'ket-qua'],
  ['fact', 'Chỉ thị năm 2024 của Bộ Chính trị về đại hội các cấp có bao nhiêu yêu cầu?', 'chi-thi-35'],
  ['fact', 'Chỉ thị năm 2024 của Bộ Chính trị về đại hội kèm theo những phụ lục gì?', 'chi-thi-35'],
  [
    'fact',
    'Các chi bộ ở Hai Bà Trưng đại hội tiến tới đại hội đảng bộ quận lần thứ bao nhiêu, theo kế hoạch nào?',
    'dai-hoi-quan',
  ],
  ['fact', 'Từ sau hội nghị quán triệt hồi tháng 10/2024 đến nay đã có những thay đổi gì?', 'thay-doi'],
  ['fact', 'Bot trả lời dựa vào những văn bản nào, cho tôi danh sách số và ngày', 'tai-lieu'],
  [
    'fact',
    'Ông cựu đại sứ hỏi: mô hình chính quyền địa phương hai cấp đi vào vận hành chính thức từ ngày nào?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Ban Thường vụ Quận ủy chọn mấy đơn vị để tổ chức đại hội điểm vào đầu quý I/2025?',
    'dai-hoi-diem',
  ],

  // Unit types.
  [
    'unit',
    'Chi bộ phân xưởng lò nung là chi bộ trực thuộc đảng ủy công ty xi măng, đại hội bắt đầu từ tháng mấy và xong khi nào?',
    'lich-trinh',
  ],
  [
    'unit',
    'Chi bộ trường mầm non chúng tôi là chi bộ cơ sở, hạn cuối tổ chức đại hội là ngày nào?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng bộ cơ sở công ty xi măng có phải chờ các chi bộ trực thuộc đại hội xong hết rồi mới tổ chức đại hội của mình không?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đại hội đảng viên hay đại hội đại biểu, đảng bộ cơ sở tổ chức kiểu nào và vào thời gian nào?',
    'lich-trinh',
  ],
  [
    'unit',
    'Mỗi đảng bộ cơ sở chọn bao nhiêu chi bộ trực thuộc để làm đại hội điểm, trong tháng nào?',
    'dai-hoi-diem',
  ],
  ['unit', 'Chi bộ cơ sở có nằm trong số đơn vị Ban Thường vụ chọn làm đại hội điểm không?', 'dai-hoi-diem'],
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở có phải bầu đoàn đại biểu đi dự đại hội cấp trên không?',
    'noi-dung',
  ],
  ['unit', 'Ban chấp hành đảng bộ cơ sở phải trình đại hội những văn kiện, báo cáo gì?', 'van-kien'],
  ['unit', 'Chi bộ cơ sở khối hành chính sự nghiệp cần lập những tổ gì để phục vụ đại hội?', 'chuan-bi'],
  [
    'en',
    'When did a party cell under a grassroots committee have to hold its congress in 2025?',
    'lich-trinh',
  ],
  ['en', 'As a grassroots party committee (đảng bộ cơ sở), what items must our congress cover?', 'noi-dung'],

  // Off-topic words inside real questions.
  [
    'offword',
    'Tôi là cấp dưỡng trường mầm non, sáng nào cũng nấu cháo cho các cháu, xin hỏi đại hội chi bộ có những nội dung gì?',
    'noi-dung',
  ],
  [
    'offword',
    'Nhà máy xi măng đang dừng lò bảo dưỡng nên ai cũng bận, nhưng chi bộ vẫn phải lập những tổ nào để chuẩn bị đại hội?',
    'chuan-bi',
  ],
  [
    'offword',
    'Hồi còn làm đại sứ tôi dự nhiều hội nghị quốc tế, nay về hưu sinh hoạt ở phường, xin hỏi báo cáo kiểm điểm của cấp ủy phải viết thế nào?',
    'van-kien',
  ],
  ['offword', 'Trời mưa to quá ☔ mà vẫn muốn hỏi: giờ chi bộ mấy năm mới đại hội một lần?', 'chi-bo-5-nam'],
  [
    'offword',
    'For my dissertation, with a cup of egg coffee in hand: what did the Politburo conclude about the results of the 2025–2030 congresses?',
    'ket-qua',
  ],
  [
    'offword',
    'Vừa hết ca đêm ở trạm nghiền clinker, cho hỏi đại hội phải chống lãng phí, không phô trương ra sao?',
    'nguyen-tac',
  ],
  ['offword', 'Bếp trường hôm nay hết gas 😩 nhưng cho em hỏi cái: đại hội điểm là gì vậy?', 'dai-hoi-diem'],
  [
    'offword',
    'Cháu nội tôi học lớp chồi gõ hộ bà câu này: chọn người vào cấp ủy khóa mới theo những tiêu chí nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Tôi công tác ở Bộ Ngoại giao ba mươi năm, nay muốn biết Đại hội XIV của Đảng diễn ra vào những ngày nào',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Giá xi măng đang xuống, anh em công nhân lo lắm, nhưng tôi cần biết chính quyền địa phương 2 cấp vận hành từ bao giờ',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'sếp bắt nộp báo cáo sản lượng gấp 😵 mà thôi, cho hỏi từ hội nghị quán triệt năm 2024 tới giờ có gì thay đổi',
    'thay-doi',
  ],
  [
    'offword',
    'Đang nấu canh bí cho lớp mẫu giáo bé, tranh thủ hỏi: báo cáo chính trị của chi bộ phải đánh giá những gì?',
    'van-kien',
  ],

  // Two-part questions.
  [
    'two-part',
    'Đại hội có mấy nội dung, và chi bộ trực thuộc phải xong đại hội lúc nào?',
    'noi-dung+lich-trinh',
  ],
  ['two-part', 'Báo cáo chính trị viết sao, rồi nhân sự cấp ủy khóa mới chọn thế nào?', 'van-kien+nhan-su'],
  [
    'two-part',
    'Nguyên tắc tổ chức đại hội là gì và đợt đại hội các cấp nhiệm kỳ này đã có kết quả chưa?',
    'nguyen-tac+ket-qua',
  ],
  [
    'two-part',
    'Chính quyền 2 cấp chạy từ bao giờ, còn Đại hội XIV của Đảng họp ngày nào?',
    'chinh-quyen-2-cap+dai-hoi-xiv',
  ],
  [
    'two-part',
    'Chỉ thị của Bộ Chính trị năm 2024 có mấy yêu cầu, và từ đó đến nay đã thay đổi những gì?',
    'chi-thi-35+thay-doi',
  ],
  [
    'two-part',
    'Đại hội điểm làm vào lúc nào, và chuẩn bị đại hội cần lập những tổ nào?',
    'dai-hoi-diem+chuan-bi',
  ],
  [
    'two-part',
    'Đại hội đảng bộ quận Hai Bà Trưng là lần thứ mấy, và bot dựa vào những văn bản nào?',
    'dai-hoi-quan+tai-lieu',
  ],
  [
    'two-part',
    'What are the four items of a party congress, and which two reports does the committee submit?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'How often do party cells hold congresses under the pilot, and when was the 14th National Congress held?',
    'chi-bo-5-nam+dai-hoi-xiv',
  ],
  ['two-part', 'nhân sự cấp ủy chọn theo tiêu chuẩn nào 🤔 + đại hội điểm là sao 😅', 'nhan-su+dai-hoi-diem'],
  ['two-part', 'ĐH phải an toàn, thiết thực ra sao và ĐH chi bộ cơ sở làm khi nào', 'nguyen-tac+lich-trinh'],

  // Typos, no diacritics, abbreviations, slang.
  ['typo', 'ĐH CB gồm mấy ND z mn 🧐', 'noi-dung'],
  ['typo', 'bao cao chinh tri voi bao cao kiem diem cap uy trinh dai hoi khac nhau cho nao vay', 'van-kien'],
  ['typo', 'chi bo nha may xi mang chuan bi dai hoi phai lap nhung to gi', 'chuan-bi'],
  ['typo', 'to chuc dh chi bo phai theo nguyen tac tap trung dan chu the nao', 'nguyen-tac'],
  ['typo', 'đại hội điẻm tổ chức thág mấy', 'dai-hoi-diem'],
  ['typo', 'nhân xự cấp ủy khoá mới chọn theo tiêu chuẩn j', 'nhan-su'],
  ['typo', 'ĐH ĐB quận HBT lần thứ XXVII tổ chức theo KH nào', 'dai-hoi-quan'],
  ['typo', 'chinh quyen 2 cap tu ngay nao, cap huyen con ko', 'chinh-quyen-2-cap'],
  ['typo', 'cb bh 5 nam dh may lan vay 😂', 'chi-bo-5-nam'],
  ['typo', 'ĐH toàn quốc lần thứ XIV diễn ra bao h thế', 'dai-hoi-xiv'],
  ['typo', 'kq đh các cấp nk 2025-2030 thế nào rồi ạ', 'ket-qua'],
  ['typo', 'thòi gian đại hội chi bộ trực thuôc đảng ủy cơ sở', 'lich-trinh'],
  ['typo', 'ĐBCS bầu BCH rồi bầu đoàn ĐB đi ĐH cấp trên phải ko', 'noi-dung'],

  // English, in scope.
  ['en', 'What must the political report of a party cell assess?', 'van-kien'],
  [
    'en',
    'Above all, which principle must party committees follow when organising their congresses?',
    'nguyen-tac',
  ],
  ['en', 'Has the 2025–2030 round of Vietnamese party congresses at all levels concluded?', 'ket-qua'],
  [
    'en',
    'For my thesis: on which dates did the Communist Party of Vietnam hold its 14th National Congress?',
    'dai-hoi-xiv',
  ],
  ['en', 'Under the new pilot rule, how often does a party cell hold a congress?', 'chi-bo-5-nam'],
  ['en', 'Which teams should a grassroots party organisation set up to prepare its congress?', 'chuan-bi'],
  ['en', 'What criteria guide the nomination of people for the new party committee?', 'nhan-su'],
  [
    'en',
    'Writing my literature review: what has changed in the rules since the Hai Ba Trung dissemination conference of October 2024?',
    'thay-doi',
  ],
  [
    'en',
    'What happened to the district level in the July 2025 local government reform?',
    'chinh-quyen-2-cap',
  ],
  [
    'en',
    'Which party documents does this bot draw its answers from, with their numbers and dates?',
    'tai-lieu',
  ],
  [
    'en',
    'The Hai Ba Trung grassroots congresses were held toward which district congress, and which plan organised it?',
    'dai-hoi-quan',
  ],
  [
    'en',
    'In the Hai Ba Trung plan, what were the pilot congresses and when were they meant to take place?',
    'dai-hoi-diem',
  ],
  [
    'en',
    'How many parts and appendices does the 2024 Politburo directive on party congresses have?',
    'chi-thi-35',
  ],

  // Lookalikes: the cement plant.
  [
    'lookalike',
    'Đại hội đồng cổ đông bất thường của công ty xi măng cần bao nhiêu phần trăm cổ phần dự họp?',
    null,
  ],
  ['lookalike', 'Đại hội công đoàn cơ sở nhà máy xi măng nhiệm kỳ 2023 - 2028 bầu bao nhiêu ủy viên?', null],
  ['lookalike', 'Hội nghị an toàn vệ sinh lao động của phân xưởng lò nung cần chuẩn bị những gì?', null],
  ['lookalike', 'Giá xi măng PCB40 tháng này bao nhiêu một tấn?', null],
  ['lookalike', 'Chi bộ phân xưởng đóng bao sinh hoạt định kỳ hằng tháng thì nội dung gồm những gì?', null],
  ['lookalike', 'Kết nạp đảng viên là công nhân vận hành lò quay cần những hồ sơ gì?', null],
  ['lookalike', 'Đảng viên nghỉ hưu ở nhà máy chuyển sinh hoạt đảng về phường nơi cư trú làm thế nào?', null],
  ['lookalike', 'Đảng phí của công nhân hưởng lương theo sản phẩm tính thế nào?', null],
  ['lookalike', 'Hội nghị người lao động năm 2026 của nhà máy xi măng có mấy nội dung?', null],
  ['lookalike', 'Lò nung số 2 hỏng đúng tuần đại hội chi bộ, gọi đội bảo trì nào sửa?', null],
  ['lookalike', 'Hội nghị khách hàng của nhà phân phối xi măng năm nay tổ chức ở Hạ Long hay Sa Pa?', null],
  ['lookalike', 'Ủy ban kiểm tra đảng ủy công ty kiểm tra chi bộ phân xưởng theo quy trình nào?', null],
  [
    'lookalike',
    'Đánh giá, xếp loại chất lượng tổ chức đảng cuối năm ở nhà máy chấm theo thang điểm nào?',
    null,
  ],
  // The kindergarten cook.
  ['lookalike', 'Hôm đại hội chi bộ trường, tôi phải nấu cơm trưa cho bao nhiêu suất?', null],
  ['lookalike', 'Giấy chứng nhận tập huấn an toàn thực phẩm của cấp dưỡng hết hạn thì làm lại ở đâu?', null],
  ['lookalike', 'Hội nghị cán bộ, viên chức đầu năm học của trường mầm non có mấy nội dung?', null],
  ['lookalike', 'Đại hội Hội cha mẹ học sinh lớp mẫu giáo lớn bầu ban đại diện thế nào?', null],
  ['lookalike', 'Hội thi nấu ăn dinh dưỡng cho trẻ mầm non cấp phường năm nay thi món gì?', null],
  ['lookalike', 'Cấp dưỡng mầm non làm hợp đồng có được tăng lương từ tháng 7 không?', null],
  ['lookalike', 'Tiền mua thực phẩm cho buổi liên hoan sau đại hội chi bộ lấy từ quỹ nào?', null],
  ['lookalike', 'Thực đơn bán trú tuần sau cho các cháu nhà trẻ nên có món cá gì?', null],
  ['lookalike', 'Tôi là cấp dưỡng, muốn được kết nạp Đảng thì phải học lớp cảm tình đảng ở đâu?', null],
  ['lookalike', 'Bản kiểm điểm cá nhân đảng viên cuối năm của tôi viết mẫu nào?', null],
  // The retired diplomat.
  ['lookalike', 'Hội nghị Genève năm 1954 về Đông Dương có những bên nào tham dự?', null],
  ['lookalike', 'Hội nghị Paris về Việt Nam năm 1973 ký kết vào ngày nào?', null],
  [
    'lookalike',
    'Hồi còn ở Vientiane tôi quen nhiều bạn Lào, xin hỏi Đại hội Đảng Nhân dân Cách mạng Lào lần thứ XII họp vào tháng nào?',
    null,
  ],
  ['lookalike', 'Hội nghị Ngoại giao lần thứ 32 bàn những chủ đề gì?', null],
  ['lookalike', 'Đại hội Hội hữu nghị Việt - Pháp thành phố nhiệm kỳ mới bầu chủ tịch ra sao?', null],
  ['lookalike', 'Công ước Viên năm 1961 về quan hệ ngoại giao quy định quyền miễn trừ thế nào?', null],
  [
    'lookalike',
    'Đảng viên đi công tác nhiệm kỳ ở sứ quán nước ngoài thì chuyển sinh hoạt đảng thế nào?',
    null,
  ],
  ['lookalike', 'Cán bộ ngoại giao nghỉ hưu có được giữ hộ chiếu công vụ không?', null],
  ['lookalike', 'Hội nghị thượng đỉnh Mỹ - Triều ở Hà Nội năm 2019 kết thúc ra sao?', null],
  [
    'lookalike',
    'Tôi đang viết hồi ký về những năm làm ngoại giao, xin phép xuất bản ở nhà xuất bản nào?',
    null,
  ],
  ['lookalike', 'Đại hội Đảng Lao động Triều Tiên lần gần nhất bầu ai làm Tổng Bí thư?', null],
  ['lookalike', 'Hội nghị Trung ương 10 khóa XIII đã bàn và quyết định những vấn đề gì?', null],
  // The American graduate student.
  ['lookalike', 'How does the Democratic National Convention choose its presidential nominee?', null],
  ['lookalike', 'Do I need IRB approval to interview Vietnamese party members for my dissertation?', null],
  ['lookalike', 'Where can I find the archives of Nhân Dân newspaper from 1986?', null],
  [
    'lookalike',
    'What were the main decisions of the 6th Party Congress in 1986 that launched Đổi Mới?',
    null,
  ],
  ['lookalike', 'How should I cite this Telegram bot in Chicago style?', null],
  ['lookalike', 'Will the Chinese Communist Party hold its 21st National Congress in 2027?', null],
  [
    'lookalike',
    'My student visa runs out next month: how do I extend it at the immigration office in Hanoi?',
    null,
  ],
  ['lookalike', 'Is the Iowa caucus still the first contest in the US primary calendar?', null],
  ['lookalike', 'What is the quorum for a plenary session of the Vietnamese National Assembly?', null],
  ['lookalike', 'Can you recommend a Vietnamese tutor near Hai Ba Trung for a graduate student?', null],
  [
    'lookalike',
    'Which panels at the Association for Asian Studies annual conference cover Vietnamese politics?',
    null,
  ],
  ['lookalike', 'How are delegates to the Communist Party USA national convention elected?', null],
  // The member who writes with emoji and slang.
  ['lookalike', 'đại hội wibu cosplay cuối tuần này tổ chức ở đâu z 🤩', null],
  ['lookalike', 'hóng đại hội thể thao toàn quốc 🏃‍♂️ bao giờ khai mạc vậy mn', null],
  ['lookalike', 'ae ơi tối nay đại hội nhậu ở quán nào 🍻🍻', null],
  ['lookalike', 'đại hội anh hùng trong truyện Kim Dung ai làm minh chủ võ lâm 🤺', null],
  ['lookalike', 'hội nghị bàn tròn của fan K-pop bàn chuyện mua vé concert 🎫 có ai đi ko', null],
  ['lookalike', 'nhóm zalo lớp cũ họp đại hội chém gió 🗣️ thì đặt tên nhóm sao cho vui', null],
  ['lookalike', 'giải đấu Liên Quân có vòng gọi là đại hội cao thủ hả 😂', null],
  ['lookalike', 'hội nghị thượng đỉnh AI của mấy ông lớn công nghệ năm nay có gì hot 🔥', null],
  ['lookalike', 'mai đi đại hội chi bộ mặc áo gì cho đẹp ạ 👔', null],
  ['lookalike', 'tiền bồi dưỡng đi họp đại hội có bị trừ thuế thu nhập cá nhân ko 🤑', null],
  // Other senses and other organisations.
  ['lookalike', 'Đại hội Hội Khuyến học phường nhiệm kỳ mới bầu bao nhiêu ủy viên ban chấp hành?', null],
  ['lookalike', 'Đại hội đại biểu các dân tộc thiểu số cấp tỉnh tổ chức mấy năm một lần?', null],
  ['lookalike', 'Đại hội Hội Chữ thập đỏ cơ sở có phải báo cáo trước với đảng ủy không?', null],
  [
    'lookalike',
    'Hội nghị hiệp thương giới thiệu người ứng cử đại biểu Hội đồng nhân dân gồm mấy vòng?',
    null,
  ],
  ['lookalike', 'Hội nghị khoa học quốc tế về vật liệu xây dựng xanh năm 2026 nhận bài đến bao giờ?', null],
  ['lookalike', 'Huy hiệu 40 năm tuổi Đảng được trao vào dịp nào trong năm?', null],
  ['lookalike', 'Đảng viên dự bị hết thời gian thì chi bộ xét chuyển đảng viên chính thức thế nào?', null],
  ['lookalike', 'Bí thư chi bộ không chuyên trách có được hưởng phụ cấp hằng tháng không?', null],
  [
    'lookalike',
    'Sổ ghi biên bản sinh hoạt chi bộ phân xưởng đóng bao ghi kín rồi thì phải nộp lưu trữ ở đâu?',
    null,
  ],
];

export const NEWSET107: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
