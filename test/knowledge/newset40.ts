/**
 * The fortieth new evaluation set (issue 11, point 6), written on 2026-12-03 from 20:00 UTC
 * (committed in the commit "Eval: newset40, the fortieth unseen set") by a helper (set40) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before its import line, and that import line) and its export line, the
 * part of newset.ts before `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and
 * sets.ts. Nothing under src/, bench/ or config/, no README, no git log, diff or show, and no other
 * set's or pool's items (newset41.ts, written at the same time, included) were read. Its users are
 * imagined as the secretary of a party cell in a railway station, a ward party committee member in
 * charge of propaganda, a retired army doctor who is a member, the secretary of the cell of a
 * cultural house, a German journalist who writes in English, a member who pastes a news headline
 * and asks about it, and a shy new member who asks very short questions; with the out-of-scope
 * messages such users send (other organisations' congresses and meetings: a station's trade union
 * congress, the railway corporation's workers' conference, a Youth Union cell's congress, the
 * veterans' association, the study-promotion association, the students' association, the national
 * Youth Union congress, a children's "good grandchildren of Uncle Ho" congress, a bank's
 * shareholders' meeting, the Lao party's and Germany's SPD and DKP congresses; other senses of
 * "đại hội" and "hội nghị": a ward sports games, a military medical science conference, a mobile
 * game's "đại hội võ lâm", wedding and conference centres, a film title; other party business the
 * pack does not cover: the 14th Congress's resolution and breakthroughs, who was elected General
 * Secretary, the second plenum of the 14th Central Committee, 40-year badges, dues on a pension,
 * the year-end self-review form, admission files, transferring membership from the army,
 * propaganda posters' sizes, slogans for the Party's anniversary, rapporteurs' conferences, quiz
 * answers and prizes, where to buy the printed congress documents; history (the 6th Congress of
 * 1986); the National Assembly election and People's Council sessions; railway timetables, fares,
 * night-shift allowances, lost luggage, high-speed rail, jobs; the cultural house's hall hire,
 * dance classes, Wi-Fi and shows; pensions, blood-pressure pills, a military hospital's hours;
 * power cuts, ID cards after the merger, school entrance marks, land law, gold and exchange rates;
 * press accreditation, visas, restaurants and the Bundestag; requests the bot should not take up:
 * auspicious lunar dates, tea-break snacks, a poem, a translation, arithmetic; the bot itself and
 * small talk).
 *
 * It was committed without running any of its questions through the engine, the bot or the bench;
 * only the shape tests (newset3*.test.ts, newset4*.test.ts), biome and tsc ran. Do not edit an item
 * after its commit, except to fix an expectation that is factually wrong (against the sources), in
 * its own commit that says which and why. Engine changes reached main after its commit: 68efbce
 * (who made the bot); its writer saw none of them. It was measured once, at 20:13 UTC on main
 * 68efbce (`node --expose-gc dist/bench/qa.js`, load 1.89): qa_new_top1 96.3 %, qa_new_oos_refused
 * 96.9 % (5 in-scope misses, 2 lookalikes answered; qa_p99_us 319.4 in that run, p50 42.8). Its
 * misses were listed after that run, and it is a development set since.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, the money a congress may
 * spend, which cells the five-yearly pilot covers, membership figures, the next term's dates) were
 * left out, not guessed.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number, three or more spellings each.
  [
    'doc',
    'Chi bộ ga tôi vẫn treo bản Chỉ thị số 35-CT/TW năm 2024 trên bảng tin, văn bản đó giờ còn hiệu lực không?',
    'doc:ct-35-2024',
  ],
  ['doc', 'ct35 nam 2024 cua bo chinh tri bi thay chua a', 'doc:ct-35-2024'],
  [
    'doc',
    'Is directive 35 of 2024 from the Politburo still the rule for party congresses?',
    'doc:ct-35-2024',
  ],
  [
    'doc',
    'Ông bác sĩ quân y về hưu hỏi: Chỉ thị 35-CT/TW năm 2019 hướng tới Đại hội XIII là văn bản gì?',
    'doc:ct-35-2019',
  ],
  ['doc', 'ct 35 ban hanh nam 2019 con dung duoc cho dai hoi khong', 'doc:ct-35-2019'],
  ['doc', '35-CT/TW bản năm 2019 (nhiệm kỳ trước) ai ký ban hành?', 'doc:ct-35-2019'],
  [
    'doc',
    'Kết luận 118-KL/TW điều chỉnh những gì, còn áp dụng không, tôi cần nói lại cho anh em tổ gác chắn',
    'doc:kl-118-2025',
  ],
  ['doc', 'kl 118 ra ngay nao vay', 'doc:kl-118-2025'],
  ['doc', 'dạ cho em hỏi kl118 là gì ạ', 'doc:kl-118-2025'],
  [
    'doc',
    'Báo phường cần dẫn Chỉ thị 45 của Bộ Chính trị, ghi ngày ban hành thế nào cho đúng?',
    'doc:ct-45-2025',
  ],
  ['doc', 'ct-45 thay cho van ban nao vay, ca truc ga dang hoi', 'doc:ct-45-2025'],
  ['doc', 'What does Directive 45-CT/TW cover and when was it issued?', 'doc:ct-45-2025'],
  ['doc', 'Kết luận số 200-KL/TW ngày 17/10/2025 do cơ quan nào ban hành?', 'doc:kl-200-2025'],
  ['doc', 'KL200 noi ve cai gi vay moi nguoi', 'doc:kl-200-2025'],
  [
    'doc',
    'My editor in Berlin wants the exact date of Conclusion 200 on the congress results',
    'doc:kl-200-2025',
  ],
  [
    'doc',
    'Chi bộ ga cần ghi đúng ngày Hướng dẫn 27-HD/BTCTW của Ban Tổ chức Trung ương, là ngày nào?',
    'doc:hd-27-2024',
  ],
  ['doc', 'hd 27 ban to chuc trung uong huong dan chi thi nao', 'doc:hd-27-2024'],
  ['doc', 'Who issued guidance 27 on the 2024 directive?', 'doc:hd-27-2024'],
  [
    'doc',
    'Hướng dẫn số 18-HD/BTCTU của Ban Tổ chức Thành ủy hướng dẫn về những nội dung gì?',
    'doc:hd-18-2024',
  ],
  ['doc', 'hd18 thanh uy ha noi ngay bao nhieu', 'doc:hd-18-2024'],
  [
    'doc',
    'Cán bộ tuyên giáo phường muốn trích hướng dẫn 18 của Ban Tổ chức Thành ủy, tình trạng văn bản ra sao?',
    'doc:hd-18-2024',
  ],
  [
    'doc',
    'Làm bản tin phường, tôi cần ngày ban hành Kế hoạch 258-KH/TU của Thành ủy Hà Nội',
    'doc:kh-258-2024',
  ],
  ['doc', 'kh 258 thanh uy con hieu luc ko', 'doc:kh-258-2024'],
  ['doc', 'Please give me the issuer and date of plan 258 of the Hanoi committee', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch số 203-KH/QU của Quận ủy Hai Bà Trưng tên đầy đủ là gì?', 'doc:kh-203-2024'],
  ['doc', 'kh203 quan uy hai ba trung ra ngay nao', 'doc:kh-203-2024'],
  ['doc', 'Quận không còn nữa thì kế hoạch 203 của quận ủy giờ tình trạng thế nào?', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 là của Hội nghị Trung ương khóa mấy?', 'doc:nq-26-2018'],
  ['doc', 'nq26 ve can bo ban hanh ngay nao', 'doc:nq-26-2018'],
  ['doc', 'Which body adopted resolution 26 of May 2018?', 'doc:nq-26-2018'],
  ['doc', 'Quy định 89-QĐ/TW về tiêu chuẩn cán bộ có còn dùng không hay đã thay?', 'doc:qd-89-2017'],
  ['doc', 'qđ 89 năm 2017 bị thay bằng quy định nào', 'doc:qd-89-2017'],
  ['doc', 'For my German readers: is regulation 89 on cadre standards superseded now?', 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365-QĐ/TW về tiêu chuẩn chức danh cán bộ ban hành ngày nào?', 'doc:qd-365-2025'],
  ['doc', 'qd365 cua bo chinh tri la gi', 'doc:qd-365-2025'],
  ['doc', 'dạ quy định 365 ai ban hành ạ', 'doc:qd-365-2025'],
  ['doc', 'Ông bác sĩ về hưu hỏi Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy ra ngày nào', 'doc:qd-14-2023'],
  ['doc', 'qd 14 cua thanh uy ha noi con hieu luc k', 'doc:qd-14-2023'],
  ['doc', 'What is regulation 14-QD/TU of the Hanoi Standing Board about?', 'doc:qd-14-2023'],
  ['doc', 'Quy định 2656-QĐ/QU về tiêu chí đánh giá cán bộ của quận ủy ra ngày nào?', 'doc:qd-2656-2023'],
  ['doc', 'qd 2656 quan uy hai ba trung', 'doc:qd-2656-2023'],
  [
    'doc',
    'Chi bộ nhà văn hóa đang soạn tờ trình, văn bản 2656 của Ban Thường vụ Quận ủy còn hiệu lực không?',
    'doc:qd-2656-2023',
  ],
  [
    'doc',
    'Chi bộ nhà văn hóa muốn biết Quy định số 1216-QĐ/QU về quy hoạch cán bộ ban hành khi nào',
    'doc:qd-1216-2022',
  ],
  ['doc', 'QĐ1216 của quận ủy là về cái gì', 'doc:qd-1216-2022'],
  ['doc', 'Who issued regulation 1216 on cadre planning in Hai Ba Trung?', 'doc:qd-1216-2022'],
  ['doc', 'Đọc báo thấy Quy định 294-QĐ/TW, văn bản này có hiệu lực từ hôm nào vậy?', 'doc:qd-294-2025'],
  ['doc', 'qđ 294 thí điểm gì vậy ạ', 'doc:qd-294-2025'],
  ['doc', 'QD294 ai ky vay', 'doc:qd-294-2025'],
  [
    'doc',
    'Tủ hồ sơ chi bộ ga còn Hướng dẫn 26-HD/BTCTW năm 2019, văn bản này hướng dẫn chỉ thị nào?',
    'doc:hd-26-2019',
  ],
  ['doc', 'hd 26 nam 2019 con ap dung cho nhiem ky nay khong', 'doc:hd-26-2019'],
  ['doc', 'Is guidance 26 of October 2019 relevant to the current congresses?', 'doc:hd-26-2019'],
  [
    'doc',
    'Tôi dán tin: "Bộ Chính trị ban hành Chỉ thị 45-CT/TW về đại hội đảng bộ các cấp" — văn bản này ngày nào?',
    'doc:ct-45-2025',
  ],
  // Documents the pack does not hold.
  [
    'unknown-doc',
    'Phường đang tuyên truyền Nghị quyết 57-NQ/TW về khoa học công nghệ, nghị quyết đó có nói gì về đại hội chi bộ ga không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Quy định 232-QĐ/TW thi hành Điều lệ Đảng quy định đại hội chi bộ ra sao?', 'unknown-doc'],
  ['unknown-doc', 'huong dan 06-HD/TW ve nghiep vu cong tac dang co gi moi', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 150-KL/TW về sắp xếp tổ chức bộ máy có liên quan đại hội không?', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 12-CT/TU của Thành ủy về đại hội cơ sở ở đâu ra?', 'unknown-doc'],
  ['unknown-doc', 'kế hoạch 310-KH/QU của quận ủy về đại hội điểm nói gì', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 60-NQ/TW hội nghị trung ương 11 có nội dung gì về đại hội?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 377-QĐ/TW về phân cấp quản lý cán bộ áp dụng thế nào?', 'unknown-doc'],
  ['unknown-doc', 'Công văn 1120-CV/BTCTW hướng dẫn hồ sơ nhân sự đại hội', 'unknown-doc'],
  ['unknown-doc', 'thong bao 47-TB/TW ve dai hoi la gi', 'unknown-doc'],
  ['unknown-doc', 'What does Directive 12-CT/TW say about local congresses?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 03-HD/BTCTU của Ban Tổ chức Thành ủy về nhân sự cấp ủy', 'unknown-doc'],
  ['unknown-doc', 'Quyết định 1305-QĐ/TU về thành lập đảng bộ phường mới có trong bot không?', 'unknown-doc'],
  ['unknown-doc', 'kế hoạch 99-KH/ĐU của đảng ủy phường về tuyên truyền đại hội', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 19-NQ/TW năm 2022 có quy định gì về đại hội chi bộ nông thôn?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 09-HD/BTGTW của Ban Tuyên giáo về tuyên truyền đại hội nói gì?', 'unknown-doc'],
  // In scope, with words of their lives.
  [
    'offword',
    'Tôi trực ca đêm ở ga cả tuần, đại hội chi bộ phải làm mấy nội dung để tôi chuẩn bị trước?',
    'noi-dung',
  ],
  ['offword', 'Vợ tôi thắc mắc sao chi bộ phải viết báo cáo kiểm điểm, báo cáo đó phải thế nào?', 'van-kien'],
  [
    'offword',
    'Điện thoại tôi sắp hết pin, nhắc nhanh giúp đại hội điểm là chọn đơn vị nào làm trước',
    'dai-hoi-diem',
  ],
  ['offword', 'Cháu tôi bảo tỉnh thành sáp nhập, huyện bỏ rồi, vậy quận ủy còn không?', 'chinh-quyen-2-cap'],
  [
    'offword',
    'Trời mưa to chi bộ nhà văn hóa vẫn họp, đại hội phải bảo đảm những nguyên tắc gì?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Lương hưu thì tôi biết rồi, còn đại hội chi bộ từ nay mấy năm mới tổ chức một lần?',
    'chi-bo-5-nam',
  ],
  ['offword', 'Ga đông khách dịp Tết, chi bộ chúng tôi cần lập những tổ nào để phục vụ đại hội?', 'chuan-bi'],
  ['offword', 'Con gái hỏi bố đi họp đại hội để bầu những gì, tôi giải thích sao cho đúng?', 'noi-dung'],
  [
    'offword',
    'Tiền điện nhà văn hóa tháng này tăng, nhưng tôi hỏi việc khác: chọn cấp ủy khóa mới dựa vào tiêu chuẩn nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Tôi làm loa phát thanh phường, cần nói đúng: đại hội các cấp nhiệm kỳ 2025 - 2030 đã xong chưa?',
    'ket-qua',
  ],
  ['offword', 'Ông bạn cựu chiến binh cứ hỏi Đại hội XIV họp mấy ngày, tôi trả lời sao?', 'dai-hoi-xiv'],
  [
    'offword',
    'Zalo nhóm chi bộ đang cãi nhau, báo cáo chính trị có phải là báo cáo trung tâm không?',
    'van-kien',
  ],
  [
    'offword',
    'Tôi đang ngồi tàu về quê, đọc giúp danh sách các văn bản về đại hội mà bot dựa vào',
    'tai-lieu',
  ],
  // Two questions in one.
  [
    'two-part',
    'Chi bộ nhà văn hóa hỏi: đại hội gồm mấy nội dung, và cấp ủy phải trình những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'chi bo truc thuoc dai hoi thang may, con dai hoi diem thi lam luc nao',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Đại hội XIV họp ngày nào, và đại hội các cấp trước đó đã kết thúc thành công chưa?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'What are the principles for holding the congress, and which teams must a unit set up?',
    'nguyen-tac+chuan-bi',
  ],
  [
    'two-part',
    'Từ sau hội nghị quán triệt đến nay có gì thay đổi, và cấp huyện bỏ từ khi nào?',
    'thay-doi+chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'Chọn nhân sự cấp ủy theo quy định nào, đồng thời phải giữ nguyên tắc gì khi tổ chức đại hội?',
    'nhan-su+nguyen-tac',
  ],
  ['two-part', 'bc chinh tri yeu cau gi, va dh phai thao luan van kien cap nao', 'van-kien+noi-dung'],
  [
    'two-part',
    'Đại hội chi bộ giờ 5 năm một lần phải không, và đại hội đảng bộ quận lần thứ mấy?',
    'chi-bo-5-nam+dai-hoi-quan',
  ],
  [
    'two-part',
    'Chỉ thị về đại hội năm 2024 có mấy phần, và những gì đã thay đổi sau đó?',
    'chi-thi-35+thay-doi',
  ],
  [
    'two-part',
    'How were the pilot congresses planned, and when did cells under a grassroots committee hold theirs?',
    'dai-hoi-diem+lich-trinh',
  ],
  // Unit types.
  [
    'unit',
    'Chi bộ ga tôi là chi bộ trực thuộc đảng ủy cơ sở, đại hội phải xong trong tháng mấy?',
    'lich-trinh',
  ],
  ['unit', 'chi bo co so nha van hoa phai hoan thanh dai hoi truoc ngay nao', 'lich-trinh'],
  ['unit', 'Đảng bộ cơ sở đại hội sau khi các chi bộ trực thuộc đại hội xong, đúng không?', 'lich-trinh'],
  ['unit', 'When did a grassroots party cell have to finish its congress?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ ga chúng tôi là đảng bộ cơ sở, phải chọn mấy chi bộ trực thuộc để làm đại hội điểm?',
    'dai-hoi-diem',
  ],
  [
    'unit',
    'Ban Thường vụ Quận ủy chọn những loại đảng bộ, chi bộ nào làm đại hội điểm đầu năm?',
    'dai-hoi-diem',
  ],
  ['unit', 'đại hội đảng viên của đảng bộ cơ sở bắt đầu từ tháng nào', 'lich-trinh'],
  ['unit', 'Chi bộ trực thuộc như chúng tôi trước kia đại hội 5 năm hai lần, giờ thì sao?', 'chi-bo-5-nam'],
  // Typos and chat shorthand.
  ['typo', 'đại hộj chi bộ gồm nhứng nôi dung gì', 'noi-dung'],
  ['typo', 'bao cao kiem diem cua cap uy phai co tinh chien dau la the nao vay cac dong chi', 'van-kien'],
  ['typo', 'nguyen tac tap chung dan chu trong dai hoi dang', 'nguyen-tac'],
  ['typo', 'dh diem cua dbcs lam trog thang 12 a', 'dai-hoi-diem'],
  ['typo', 'chính quyền địa phươg 2 cấp chạy từ bao h', 'chinh-quyen-2-cap'],
  ['typo', 'dại hội XIV của đảg họp tháng mấy', 'dai-hoi-xiv'],
  ['typo', 'nhan su cap uy khoa moi chon theo tieu chuan j', 'nhan-su'],
  ['typo', 'đh cb giờ 5 nam 1 lan hả', 'chi-bo-5-nam'],
  ['typo', 'cong tac chuan bi dh gom nhung viec j', 'chuan-bi'],
  ['typo', 'đại hôi đảng bộ các cấp nhiêm kỳ 2025-2030 kết quả thế nào', 'ket-qua'],
  // English.
  [
    'en',
    'I am a German journalist: what are the four items on the agenda of a Vietnamese party cell congress?',
    'noi-dung',
  ],
  [
    'en',
    "I'm filing from Hanoi: on which days exactly did the 14th National Congress of the CPV sit?",
    'dai-hoi-xiv',
  ],
  ['en', 'Is it true that Hanoi abolished its district-level party committees in 2025?', 'chinh-quyen-2-cap'],
  ['en', 'Have the local party congresses for the 2025-2030 term all been completed?', 'ket-qua'],
  ['en', 'How often will party cells hold congresses under the new pilot rule?', 'chi-bo-5-nam'],
  ['en', 'For my article: what is a pilot congress in the Vietnamese party system?', 'dai-hoi-diem'],
  ['en', 'Which two reports does the outgoing committee present to a congress?', 'van-kien'],
  ['en', 'What has changed in the rules for the congresses since October 2024?', 'thay-doi'],
  ['en', 'What standards guide the choice of the new committee members?', 'nhan-su'],
  ['en', 'What does the 2024 Politburo directive on congresses contain, in short?', 'chi-thi-35'],
  [
    'en',
    'Before I quote you in my piece: which party documents does this bot rely on for the congresses?',
    'tai-lieu',
  ],
  // Facts.
  ['fact', 'Ông cựu quân y hỏi Đại hội đại biểu toàn quốc lần thứ XIV bế mạc vào ngày nào?', 'dai-hoi-xiv'],
  [
    'fact',
    'Làm pano tuyên truyền, tôi cần biết cấp huyện chính thức không còn từ ngày nào?',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'Kết luận nào của Bộ Chính trị xác nhận đại hội các cấp đã tổ chức thành công?', 'ket-qua'],
  ['fact', 'Chỉ thị về đại hội năm 2024 có mấy phụ lục, gồm những gì?', 'chi-thi-35'],
  [
    'fact',
    'Nhà văn hóa treo băng rôn, Đại hội Đảng bộ quận Hai Bà Trưng nhiệm kỳ 2025 - 2030 ghi là lần thứ mấy?',
    'dai-hoi-quan',
  ],
  ['fact', 'Hà Nội có bao nhiêu đảng bộ cấp huyện kết thúc hoạt động ngày 01/7/2025?', 'chinh-quyen-2-cap'],
  [
    'fact',
    'Hồi tôi còn tại ngũ, Điều lệ Đảng quy định chi bộ đại hội mấy lần trong 5 năm, giờ thí điểm thế nào?',
    'chi-bo-5-nam',
  ],
  ['fact', 'Chỉ thị năm 2024 về đại hội nêu bao nhiêu yêu cầu?', 'chi-thi-35'],
  ['fact', 'Chi bộ ga trực thuộc đảng ủy, đại hội bắt đầu được từ tháng mấy năm 2025?', 'lich-trinh'],
  ['fact', 'Văn bản nào đã thay thế chỉ thị năm 2024 và kết luận điều chỉnh nó?', 'thay-doi'],
  [
    'fact',
    'Tin báo: "Đại hội XIV điều chỉnh chương trình, bế mạc vào chiều 23/1" — vậy đại hội khai mạc hôm nào?',
    'dai-hoi-xiv',
  ],
  [
    'fact',
    'Tin: "Hà Nội: 30 đảng bộ cấp huyện kết thúc hoạt động" là từ ngày nào và vì sao?',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'Tiêu đề báo "Thí điểm đại hội chi bộ 5 năm một lần" nghĩa là sao?', 'chi-bo-5-nam'],
  ['fact', 'dạ báo cáo chính trị là gì ạ', 'van-kien'],
  ['fact', 'em mới vào đảng, đh có mấy việc ạ', 'noi-dung'],
  ['fact', 'đại hội điểm là gì ạ?', 'dai-hoi-diem'],
  // Out of scope, close to the domain.
  ['lookalike', 'Đại hội công đoàn ga Hà Nội nhiệm kỳ mới tổ chức khi nào?', null],
  ['lookalike', 'Giá vé tàu Thống Nhất Hà Nội - Sài Gòn dịp Tết năm nay bao nhiêu?', null],
  ['lookalike', 'Hội nghị người lao động của Tổng công ty Đường sắt năm nay có tăng thưởng không?', null],
  ['lookalike', 'Tàu SE1 xuất phát ở ga Hà Nội lúc mấy giờ?', null],
  ['lookalike', 'Chi đoàn thanh niên ga tổ chức đại hội chi đoàn cần chuẩn bị mấy nội dung?', null],
  ['lookalike', 'Tiền bồi dưỡng ca đêm cho nhân viên gác chắn đường ngang là bao nhiêu?', null],
  ['lookalike', 'Đường sắt tốc độ cao Bắc - Nam bao giờ khởi công?', null],
  ['lookalike', 'Khách để quên vali trên tàu thì báo ở phòng nào của ga?', null],
  ['lookalike', 'Pano áp phích tuyên truyền trên phố phải in kích thước bao nhiêu?', null],
  ['lookalike', 'Cuộc thi trắc nghiệm tìm hiểu lịch sử Đảng bộ phường có giải thưởng bao nhiêu tiền?', null],
  ['lookalike', 'Khẩu hiệu chào mừng kỷ niệm ngày thành lập Đảng 3/2 năm nay là gì?', null],
  ['lookalike', 'Hội nghị báo cáo viên tháng này của phường nói chuyên đề gì?', null],
  ['lookalike', 'Đáp án câu 7 cuộc thi tìm hiểu Đại hội XIV trên mạng là gì?', null],
  ['lookalike', 'Nghị quyết Đại hội XIV có mấy đột phá chiến lược?', null],
  ['lookalike', 'Ông cựu quân y muốn biết ai được bầu làm Tổng Bí thư tại Đại hội XIV vừa rồi', null],
  ['lookalike', 'Hội nghị Ban Chấp hành Trung ương lần thứ hai khóa XIV bàn những việc gì?', null],
  ['lookalike', 'Phường giao tôi tuyên truyền bầu cử đại biểu Quốc hội khóa XVI, bầu ngày nào?', null],
  ['lookalike', 'Kỳ họp HĐND phường mới tháng này có chất vấn không?', null],
  ['lookalike', 'Đại hội Hội Cựu chiến binh phường nhiệm kỳ tới bầu mấy ủy viên?', null],
  ['lookalike', 'Hội nghị khoa học quân y toàn quân năm nay tổ chức ở đâu?', null],
  ['lookalike', 'Xét tặng Huy hiệu 40 năm tuổi Đảng cần hồ sơ gì?', null],
  ['lookalike', 'Thuốc huyết áp nên uống buổi sáng hay buổi tối thì tốt?', null],
  ['lookalike', 'Sĩ quan quân đội nghỉ hưu năm 2026 lương hưu điều chỉnh bao nhiêu phần trăm?', null],
  ['lookalike', 'Chuyển sinh hoạt đảng từ đảng bộ quân sự về nơi cư trú làm thủ tục gì?', null],
  ['lookalike', 'Lịch sử: Đại hội VI của Đảng năm 1986 đề ra đường lối gì?', null],
  ['lookalike', 'Bệnh viện Trung ương Quân đội 108 có khám vào thứ bảy không?', null],
  ['lookalike', 'Nhà văn hóa cho thuê hội trường tổ chức đám cưới giá bao nhiêu một buổi?', null],
  ['lookalike', 'Hội diễn văn nghệ quần chúng chào mừng ngày hội đại đoàn kết đăng ký ở đâu?', null],
  ['lookalike', 'Đại hội thể dục thể thao phường năm nay có môn kéo co không?', null],
  ['lookalike', 'Lớp dân vũ buổi tối ở nhà văn hóa học phí bao nhiêu?', null],
  ['lookalike', 'Đại hội Hội Khuyến học phường cần chuẩn bị báo cáo gì?', null],
  ['lookalike', 'Mật khẩu wifi của nhà văn hóa tổ dân phố là gì?', null],
  ['lookalike', 'Ngày tốt theo lịch âm để tổ chức đại hội chi bộ là ngày nào?', null],
  ['lookalike', 'Tiệc trà giữa giờ đại hội nên mua bánh kẹo gì cho đẹp?', null],
  ['lookalike', 'Viết giúp tôi bài thơ chào mừng đại hội chi bộ khoảng tám câu', null],
  ['lookalike', 'Dịch giúp câu "đại hội chi bộ thành công tốt đẹp" sang tiếng Đức', null],
  ['lookalike', 'Chi bộ có 23 đảng viên chia đều 3 tổ thì mỗi tổ mấy người?', null],
  ['lookalike', 'Đại hội võ lâm trong game Võ Lâm Truyền Kỳ mở lúc mấy giờ?', null],
  ['lookalike', 'Trung tâm hội nghị tiệc cưới nào ở Hai Bà Trưng rẻ nhất?', null],
  ['lookalike', 'Đại hội cháu ngoan Bác Hồ của quận năm nay chọn bao nhiêu em?', null],
  ['lookalike', 'Đại hội Hội Sinh viên trường đại học tổ chức mấy năm một lần?', null],
  ['lookalike', 'Bác sĩ quân y nghỉ hưu như tôi đóng đảng phí bao nhiêu một tháng theo lương hưu?', null],
  ['lookalike', 'Mẫu bản kiểm điểm cá nhân đảng viên cuối năm mới nhất tải ở đâu?', null],
  ['lookalike', 'Hồ sơ kết nạp Đảng cho quần chúng ưu tú ở nhà văn hóa gồm những gì?', null],
  ['lookalike', 'Văn kiện Đại hội XIV bản in bán ở hiệu sách nào, giá bao nhiêu?', null],
  ['lookalike', 'When is the next SPD party congress in Germany?', null],
  ['lookalike', 'How do foreign journalists get press accreditation in Hanoi?', null],
  ['lookalike', 'What is the euro to dong exchange rate today?', null],
  ['lookalike', 'Who won the last Bundestag election?', null],
  ['lookalike', 'Can you recommend a good pho restaurant near the Opera House?', null],
  ['lookalike', 'Does Vietnam require a visa for German citizens staying 30 days?', null],
  [
    'lookalike',
    'Tin: "Đại hội cổ đông Vietcombank thông qua chia cổ tức bằng cổ phiếu" — tỷ lệ bao nhiêu?',
    null,
  ],
  ['lookalike', 'Tin: "Đại hội Đảng Nhân dân Cách mạng Lào lần thứ XII" khai mạc ngày nào?', null],
  ['lookalike', 'Tin: "Giá vàng miếng hôm nay tăng mạnh" — mua vào bao nhiêu?', null],
  ['lookalike', 'Tin: "Quốc hội thông qua Luật Đất đai sửa đổi" — khi nào có hiệu lực?', null],
  ['lookalike', 'Tin: "Đại hội Đoàn toàn quốc lần thứ XIII" bầu ai làm Bí thư thứ nhất?', null],
  ['lookalike', 'dạ bot là ai ạ', null],
  ['lookalike', 'bot có biết hát không', null],
  ['lookalike', 'dạ em chào anh chị ạ', null],
  ['lookalike', 'mai phường có mất điện không ạ', null],
  ['lookalike', 'Làm lại căn cước cho mẹ ở phường mới mất bao lâu?', null],
  ['lookalike', 'Công ty cổ phần vận tải đường sắt tuyển nhân viên soát vé không?', null],
  ['lookalike', 'Con bí thư chi bộ ga thi vào lớp 10 công lập năm nay cần bao nhiêu điểm?', null],
  ['lookalike', 'Đảng Cộng sản Đức DKP có bao nhiêu đảng viên?', null],
  ['lookalike', 'Phim "Đại hội anh hùng" chiếu rạp nào?', null],
];

export const NEWSET40: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
