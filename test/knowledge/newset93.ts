/**
 * The ninety-third new evaluation set (issue 11, point 6), written on 2026-12-04 from 19:00 UTC
 * (committed in the commit "Eval: newset93, the ninety-third unseen set") by a helper (set93) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample questions,
 * keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of newset35.ts
 * (the lines before `const items`) and its last line, the part of newset.ts before `const items`,
 * newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under src/, bench/ or config/,
 * no README, no git log, diff or show, and no other set's or pool's items (newset91.ts, newset92.ts
 * and newset94.ts included) were read. Its users are imagined as a member of the grassroots party
 * committee of a state bank branch, the secretary of a nursing home's party cell, a translator who
 * is a member (and often writes in English), a member who tells a long story before the question,
 * and a newly admitted member who does not know the vocabulary yet; with the out-of-scope messages
 * such users send (other organisations' congresses and meetings: the banking sector's annual
 * conference, a branch's credit council and asset-liability committee, the banking trade union's
 * congress, the UN General Assembly, the Lao and North Korean parties' congresses, the US
 * Democratic National Convention, the Japanese LDP's leadership vote, the G20 and COP summits,
 * the National Assembly's first session and voters' meetings with deputies, an apartment block's
 * owners' conference, a school's parents' meeting, the "good children of Uncle Hồ" congress, a
 * family clan's congress, a farm cooperative's members' congress, the Jurists', Red Cross, former
 * youth volunteers', Farmers', Students' and Writers' associations, the translators' federation
 * FIT's congress; other senses of "đại hội" and "hội nghị": the heroes' gathering of a martial-arts
 * novel, the Geneva Conference of 1954, a video-conference room's sound, a branch's half-year
 * business review; party business the pack does not cover: the probation period, party cards,
 * the political theory class for new members, the admission oath, members' trips abroad, drink-
 * driving and discipline, the inspection committee's checks, the mid-term Central plenum, members'
 * ties to their place of residence, the member's notebook; banking work: anti-money-laundering
 * reports, internal audit, deposit targets, bad-debt ratios, the mobile app's one-time codes, home
 * loans for the young; nursing-home work: longevity gifts, diabetic menus, fall prevention, the
 * hazard allowance, admitting a lone elder, a funeral without kin, student volunteers, a
 * 20 November show, family meetings; translation work: notarised translation prices, booth
 * interpreters' shifts, a French term, a CAT tool's fonts, a political glossary; and the users'
 * own lives told with congress words: football after a wedding, school fees, a pomelo tree, a
 * poem for the congress, paternity leave, a hoarse voice after speaking, a minibus for an outing).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only the shape tests (newset93.test.ts with the other newset*.test.ts), biome, tsc and a
 * throwaway count of its own items by kind ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions that
 * name no document carry no number that is a pack document's (no day 14, 18, 26 or 27), and the
 * questions about documents the pack does not hold carry none at all. Questions whose right answer
 * the sources leave open (the district congress's date, which units were chosen for the pilot
 * congresses, who was elected where, age limits, committee sizes, whether probationary members
 * vote at a congress, which cells the five-yearly pilot covers, other provinces' congress dates)
 * were left out, not guessed.
 * Engine changes reached main after its commit: c98669d (a third tier of the subject-named word
 * prior, for a near tie), 19d617b and f9ffdde (the word prior relearned with newset91 and
 * newset92); its writer saw none of them. It was measured once, at 19:17 UTC on main f9ffdde
 * (`node --expose-gc dist/bench/qa.js`, load 1.87): qa_new_top1 99.4 %, qa_new_oos_refused 98.5 %
 * (1 in-scope miss, 1 lookalike answered; qa_p99_us 290.9 in that run, p50 58.0). Its misses were
 * listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number, in several spellings.
  ['doc', 'Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị giờ còn hiệu lực không?', 'doc:ct-35-2024'],
  ['doc', 'chi thi 35 nam 2024 bi thay the chua', 'doc:ct-35-2024'],
  ['doc', 'ct35 năm 2024 đã hết hiệu lực chưa vậy', 'doc:ct-35-2024'],
  ['doc', 'Is Directive 35-CT/TW of June 2024 still valid?', 'doc:ct-35-2024'],
  ['doc', 'Chỉ thị số 35-CT/TW ngày 30/5/2019 hướng tới Đại hội XIII là văn bản nào?', 'doc:ct-35-2019'],
  ['doc', 'chỉ thị 35 năm 2019 có còn áp dụng cho đại hội chi bộ ngân hàng không', 'doc:ct-35-2019'],
  ['doc', 'CT 35 ban hành năm 2019 cho nhiệm kỳ trước là của cơ quan nào', 'doc:ct-35-2019'],
  ['doc', 'Directive 35 of 30 May 2019: what was it about?', 'doc:ct-35-2019'],
  ['doc', 'Kết luận số 118-KL/TW ngày 18/01/2025 điều chỉnh những gì?', 'doc:kl-118-2025'],
  ['doc', 'kl118 bay gio con hieu luc hay da bi thay roi', 'doc:kl-118-2025'],
  ['doc', 'Which body signed off Conclusion 118-KL/TW, for my translation note?', 'doc:kl-118-2025'],
  ['doc', 'kết luận 118 do cơ quan nào ban hành vậy bot', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị số 45-CT/TW ngày 14/4/2025 về đại hội đảng bộ các cấp có nội dung gì?', 'doc:ct-45-2025'],
  ['doc', 'chi thi 45 ra doi thi thay cho nhung van ban nao vay bot', 'doc:ct-45-2025'],
  ['doc', 'CT45 có gì mới so với trước đây', 'doc:ct-45-2025'],
  ['doc', 'Which earlier texts did Directive 45-CT/TW take the place of?', 'doc:ct-45-2025'],
  [
    'doc',
    'Kết luận số 200-KL/TW ngày 17/10/2025 của Bộ Chính trị và Ban Bí thư nói gì về đại hội?',
    'doc:kl-200-2025',
  ],
  ['doc', 'ket luan 200 danh gia ket qua dai hoi nhu the nao', 'doc:kl-200-2025'],
  ['doc', 'KL200 ban hành ngày nào ạ', 'doc:kl-200-2025'],
  ['doc', 'Conclusion 200-KL/TW on the results of the congresses', 'doc:kl-200-2025'],
  [
    'doc',
    'Hướng dẫn số 27-HD/BTCTW ngày 26/8/2024 của Ban Tổ chức Trung ương hướng dẫn những gì?',
    'doc:hd-27-2024',
  ],
  ['doc', 'huong dan 27 cua BTCTW co noi ve nhan su khong', 'doc:hd-27-2024'],
  ['doc', 'HD27/BTCTW ở đâu xem được', 'doc:hd-27-2024'],
  ['doc', 'Guidance 27-HD/BTCTW of the Central Organisation Commission', 'doc:hd-27-2024'],
  ['doc', 'Hướng dẫn số 18-HD/BTCTU ngày 01/10/2024 của Ban Tổ chức Thành ủy nói gì?', 'doc:hd-18-2024'],
  ['doc', 'hướng dẫn 18 của Ban Tổ chức Thành ủy Hà Nội hướng dẫn nội dung nào', 'doc:hd-18-2024'],
  ['doc', 'hd18 btctu con dung duoc khong', 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch số 258-KH/TU ngày 15/7/2024 của Thành ủy Hà Nội có nội dung gì?', 'doc:kh-258-2024'],
  ['doc', 'ke hoach 258 cua thanh uy ha noi', 'doc:kh-258-2024'],
  ['doc', 'KH258 Thành ủy ban hành khi nào', 'doc:kh-258-2024'],
  ['doc', 'Hanoi Party Committee Plan 258-KH/TU', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch số 203-KH/QU ngày 29/7/2024 của Quận ủy Hai Bà Trưng về việc gì?', 'doc:kh-203-2024'],
  ['doc', 'ke hoach 203 quan uy con hieu luc khong khi khong con cap quan', 'doc:kh-203-2024'],
  ['doc', 'kh 203 là của quận ủy nào', 'doc:kh-203-2024'],
  ['doc', 'Plan 203-KH/QU of Hai Ba Trung district', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết số 26-NQ/TW ngày 19/5/2018 về cán bộ là của ai?', 'doc:nq-26-2018'],
  ['doc', 'nghi quyet 26 nam 2018 cua Trung uong khoa XII', 'doc:nq-26-2018'],
  ['doc', 'NQ26 năm 2018 liên quan gì tới nhân sự cấp ủy', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26-NQ/TW of 2018 on cadres', 'doc:nq-26-2018'],
  ['doc', 'Quy định số 89-QĐ/TW ngày 04/8/2017 còn dùng được không?', 'doc:qd-89-2017'],
  ['doc', 'quy dinh 89 ve tieu chuan can bo', 'doc:qd-89-2017'],
  ['doc', 'QĐ89 bị thay bằng văn bản nào', 'doc:qd-89-2017'],
  ['doc', 'Regulation 89-QĐ/TW on cadre standards: is it current?', 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365-QĐ/TW ngày 30/8/2025 của Bộ Chính trị về nội dung gì?', 'doc:qd-365-2025'],
  ['doc', 'quy dinh 365 cua bo chinh tri thay cho van ban nao', 'doc:qd-365-2025'],
  ['doc', 'QĐ 365/TW nói về gì', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365-QD/TW of the Politburo', 'doc:qd-365-2025'],
  ['doc', 'Quy định số 14-QĐ/TU ngày 06/11/2023 của Ban Thường vụ Thành ủy', 'doc:qd-14-2023'],
  ['doc', 'quy dinh 14 cua thanh uy ve tieu chi danh gia can bo', 'doc:qd-14-2023'],
  ['doc', 'QĐ14/TU áp dụng cho ai', 'doc:qd-14-2023'],
  ['doc', 'Regulation 14-QĐ/TU of the Hanoi Standing Board', 'doc:qd-14-2023'],
  ['doc', 'Quy định số 2656-QĐ/QU ngày 13/11/2023 của Ban Thường vụ Quận ủy', 'doc:qd-2656-2023'],
  ['doc', 'quy dinh 2656 cua quan uy hai ba trung', 'doc:qd-2656-2023'],
  ['doc', 'qd2656 tiêu chí đánh giá cán bộ thế nào', 'doc:qd-2656-2023'],
  [
    'doc',
    'Quy định số 1216-QĐ/QU ngày 06/4/2022 về quy hoạch cán bộ của quận bây giờ ra sao?',
    'doc:qd-1216-2022',
  ],
  ['doc', 'quy định 1216 của Ban Thường vụ Quận ủy còn hiệu lực không', 'doc:qd-1216-2022'],
  ['doc', 'qd 1216 qu noi gi', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216 on cadre planning', 'doc:qd-1216-2022'],
  ['doc', 'Quy định số 294-QĐ/TW ngày 26/5/2025 về thí điểm đại hội chi bộ', 'doc:qd-294-2025'],
  ['doc', 'quy dinh 294 thi diem dai hoi chi bo ap dung tu ngay nao', 'doc:qd-294-2025'],
  ['doc', 'QĐ294 là của cơ quan nào ban hành', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294-QĐ/TW on cell congresses: from what date did it apply?', 'doc:qd-294-2025'],
  ['doc', 'Hướng dẫn số 26-HD/BTCTW ngày 18/10/2019 là hướng dẫn gì?', 'doc:hd-26-2019'],
  ['doc', 'huong dan 26 nam 2019 cua Ban To chuc Trung uong', 'doc:hd-26-2019'],
  ['doc', 'HD26/BTCTW năm 2019 còn dùng không', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26-HD/BTCTW (2019)', 'doc:hd-26-2019'],

  // Documents the pack does not hold.
  [
    'unknown-doc',
    'Quy định 232-QĐ/TW về bầu cử trong Đảng thì chi bộ viện dưỡng lão cần lưu ý gì?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Nghị quyết 57-NQ/TW về khoa học công nghệ thì chi bộ ngân hàng học thế nào?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kết luận số 150-KL/TW nói gì về nhân sự đại hội?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 06-HD/BTCTW về quy trình giới thiệu nhân sự ở đâu có?', 'unknown-doc'],
  ['unknown-doc', 'cho em xin file chỉ thị 05-CT/TW với ạ', 'unknown-doc'],
  ['unknown-doc', 'Quy định 144-QĐ/TW về chuẩn mực đạo đức cách mạng áp dụng sao?', 'unknown-doc'],
  ['unknown-doc', 'Công văn 1523-CV/BTCTU của Ban Tổ chức Thành ủy yêu cầu gì?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 42-KH/TU của Thành ủy về đại hội còn hiệu lực không?', 'unknown-doc'],
  ['unknown-doc', 'What does Directive 08-CT/TW say about congresses?', 'unknown-doc'],
  ['unknown-doc', "Is Resolution 66-NQ/TW relevant to our cell's congress?", 'unknown-doc'],
  ['unknown-doc', 'nq60 noi gi ve sap xep to chuc bo may', 'unknown-doc'],
  ['unknown-doc', 'quyet dinh 99-QD/TW ve cong tac can bo la gi', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 21-HD/BTCTW về đại hội chi bộ có những điểm gì?', 'unknown-doc'],
  [
    'unknown-doc',
    'Quy định 24-QĐ/TW thi hành Điều lệ có đoạn nào về đại hội chi bộ ngân hàng không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kết luận 121-KL/TW về sắp xếp bộ máy có liên quan đến đại hội không?', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 39-CT/TW có nói về đại hội không?', 'unknown-doc'],

  // Facts, one topic at a time.
  ['fact', 'Đại hội chi bộ nhiệm kỳ 2025 - 2030 phải làm mấy nội dung?', 'noi-dung'],
  ['fact', 'Đại hội có bầu đoàn đại biểu đi dự đại hội cấp trên không?', 'noi-dung'],
  ['fact', 'Báo cáo kiểm điểm của cấp ủy phải viết theo tinh thần gì?', 'van-kien'],
  [
    'fact',
    'Trong hai báo cáo cấp ủy trình đại hội, báo cáo nào giữ vai trò trung tâm, định hướng?',
    'van-kien',
  ],
  ['fact', 'Chi nhánh tôi cần lập mấy tổ giúp việc để phục vụ đại hội đảng bộ?', 'chuan-bi'],
  ['fact', 'Hội nghị quán triệt văn bản về đại hội có được họp kết hợp trực tuyến không?', 'chuan-bi'],
  ['fact', 'Tổ chức đại hội phải theo nguyên tắc nào là chính?', 'nguyen-tac'],
  ['fact', 'Đại hội có được tổ chức rình rang, phô trương không?', 'nguyen-tac'],
  ['fact', 'Đại hội điểm ở chi bộ trực thuộc đảng bộ cơ sở làm vào tháng mấy?', 'dai-hoi-diem'],
  [
    'fact',
    'Hồi đó Ban Thường vụ Quận ủy chọn mấy đảng bộ, chi bộ và thuộc khối nào để đại hội điểm?',
    'dai-hoi-diem',
  ],
  ['fact', 'Giới thiệu nhân sự cấp ủy khóa mới căn cứ tiêu chuẩn cán bộ nào?', 'nhan-su'],
  ['fact', 'Trước đại hội có cần bổ sung quy hoạch cán bộ không?', 'nhan-su'],
  ['fact', 'Đại hội Đảng bộ quận Hai Bà Trưng nhiệm kỳ này là lần thứ mấy?', 'dai-hoi-quan'],
  [
    'fact',
    'Chỉ thị năm 2024 của Bộ Chính trị về đại hội kèm theo mấy phụ lục, là những phụ lục gì?',
    'chi-thi-35',
  ],
  ['fact', 'Bảy yêu cầu của chỉ thị năm 2024 về đại hội đảng bộ các cấp là gì?', 'chi-thi-35'],
  ['fact', 'Từ sau hội nghị quán triệt tháng 10/2024 đến giờ có những gì thay đổi?', 'thay-doi'],
  ['fact', 'Cấp huyện chính thức không còn kể từ ngày nào vậy bot?', 'chinh-quyen-2-cap'],
  ['fact', 'Chi bộ bây giờ mấy năm mới đại hội một lần?', 'chi-bo-5-nam'],
  [
    'fact',
    'Mẹ tôi hỏi Đại hội toàn quốc lần thứ XIV của Đảng khai mạc hôm nào, bế mạc hôm nào?',
    'dai-hoi-xiv',
  ],
  ['fact', 'Bot trả lời dựa vào những văn bản nào?', 'tai-lieu'],
  ['fact', 'Đại hội các cấp nhiệm kỳ này đã xong hết chưa?', 'ket-qua'],
  ['fact', 'Kết quả đợt đại hội đảng bộ các cấp được Trung ương đánh giá ra sao?', 'ket-qua'],

  // Unit types.
  [
    'unit',
    'Chi bộ phòng giao dịch trực thuộc đảng ủy cơ sở chi nhánh thì đại hội từ tháng nào đến tháng nào?',
    'lich-trinh',
  ],
  ['unit', 'Đảng bộ cơ sở của chi nhánh ngân hàng tôi phải đại hội xong trước ngày nào?', 'lich-trinh'],
  ['unit', 'Chi bộ cơ sở ở viện dưỡng lão bắt đầu đại hội từ tháng mấy?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở của ngân hàng phải chờ các chi bộ trực thuộc đại hội xong rồi mới đại hội đúng không?',
    'lich-trinh',
  ],
  ['unit', 'Đại hội đảng viên hay đại hội đại biểu ở đảng bộ cơ sở thì tổ chức lúc nào?', 'lich-trinh'],
  ['unit', 'Chi bộ trực thuộc có phải làm đại hội điểm không?', 'dai-hoi-diem'],
  [
    'unit',
    'Một chi bộ cơ sở như chi bộ viện dưỡng lão có thể được chọn làm đại hội điểm không?',
    'dai-hoi-diem',
  ],
  ['unit', 'Đảng bộ khối hành chính sự nghiệp làm đại hội điểm khi nào?', 'dai-hoi-diem'],
  ['unit', 'Chi bộ trực thuộc bầu những gì tại đại hội của mình?', 'noi-dung'],

  // Typos and abbreviations.
  ['typo', 'ĐH CB viện dưỡng lão gồm mấy ND vậy ad?', 'noi-dung'],
  ['typo', 'BCCT va bc kiem diem khac nhau the nao', 'van-kien'],
  ['typo', 'chuẩn bị đại hôi cần lập tổ văn kiên, tổ nhân sư không', 'chuan-bi'],
  ['typo', 'dại hội điễm tổ chức thág 12 phải ko', 'dai-hoi-diem'],
  ['typo', 'ngyên tắc tập chung dân chủ trong đại hội', 'nguyen-tac'],
  ['typo', 'chíh quyền 2 cấp bắt đầu tư khi nào', 'chinh-quyen-2-cap'],
  ['typo', 'ĐH XIV diễn ra bao h', 'dai-hoi-xiv'],
  ['typo', 'nhân sự BCH khóa ms chọn theo tiêu chuẩn gì', 'nhan-su'],
  ['typo', 'DH dang bo cac cap NK 2025-2030 ket thuc chua', 'ket-qua'],
  ['typo', 'CB bh đh 5 năm mới 1 lần hả, trc là 5 năm 2 lần mà', 'chi-bo-5-nam'],
  ['typo', 'nhung thay doi sau hoi nghi quan triet 23/10', 'thay-doi'],
  ['typo', 'đh đảng bộ quận HBT lần thứ XXVII theo kế hoạch nào', 'dai-hoi-quan'],
  ['typo', 'dai hoi chi bo truc thuoc dang uy co so cham nhat la thang may phai xong', 'lich-trinh'],

  // Real questions with off-topic words around them.
  [
    'offword',
    'Sáng nay vừa họp giao ban tín dụng xong, sếp bảo tôi lo phần văn kiện đại hội đảng bộ chi nhánh; vậy báo cáo chính trị phải đánh giá những gì?',
    'van-kien',
  ],
  [
    'offword',
    'Mấy cụ ở viện dưỡng lão hỏi tôi đại hội chi bộ thì làm gì, tôi là bí thư mà cũng lúng túng, đại hội có những nội dung nào?',
    'noi-dung',
  ],
  [
    'offword',
    'Tôi dịch tài liệu cho một đoàn khách nước ngoài, họ hỏi đại hội điểm bên mình được tổ chức thế nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Chuyện là hôm trước ở quê có đám giỗ, ông chú tôi bảo bây giờ không còn quận huyện nữa, cãi nhau mãi; vậy từ bao giờ chỉ còn chính quyền hai cấp?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Trời mưa to cả tuần mà chi bộ vẫn phải lo đại hội; trước đại hội cần rà soát những việc gì?',
    'chuan-bi',
  ],
  [
    'offword',
    'Giữa ca trực đêm với các cụ, tôi tranh thủ hỏi: đại hội phải chống lãng phí, tiêu cực theo yêu cầu thế nào?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Ông hàng xóm tôi nghỉ hưu ở ngân hàng cứ hỏi mãi Đại hội đại biểu toàn quốc lần thứ XIV họp khi nào, bot cho tôi biết với',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Vợ tôi bảo lo việc nhà trước đi, nhưng tôi cứ muốn biết: chi bộ bây giờ thí điểm bao lâu mới đại hội một lần?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Vừa uống cà phê với mấy anh phòng kế toán, có người nói đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030 xong cả rồi, đúng không?',
    'ket-qua',
  ],
  [
    'offword',
    'Tôi phải làm bảng lương xong trước thứ sáu, hỏi nhanh: chọn nhân sự cấp ủy khóa mới phải theo những quy định nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Con tôi đang ôn thi, hỏi tôi Đại hội Đảng bộ quận Hai Bà Trưng nhiệm kỳ 2025 - 2030 là đại hội lần thứ mấy',
    'dai-hoi-quan',
  ],
  [
    'offword',
    'Khách vay vốn đang chờ ngoài quầy, cho tôi xem nhanh thời gian đại hội của chi bộ trực thuộc',
    'lich-trinh',
  ],
  [
    'offword',
    'Tôi đang dịch một bài báo sang tiếng Anh, cần biết chỉ thị năm 2024 của Bộ Chính trị về đại hội có những yêu cầu gì',
    'chi-thi-35',
  ],

  // Two-part questions.
  ['two-part', 'Đại hội chi bộ có mấy nội dung và cấp ủy trình những báo cáo nào?', 'noi-dung+van-kien'],
  [
    'two-part',
    'Chi bộ trực thuộc đại hội khi nào, và đại hội điểm thì tổ chức ra sao?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Cần chuẩn bị những việc gì, và phải giữ nguyên tắc nào khi tổ chức đại hội?',
    'chuan-bi+nguyen-tac',
  ],
  [
    'two-part',
    'Đại hội XIV họp khi nào, và kết quả đại hội các cấp được đánh giá thế nào?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Chính quyền hai cấp vận hành từ bao giờ, còn đại hội chi bộ bây giờ mấy năm một lần?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Chọn nhân sự cấp ủy mới theo tiêu chuẩn nào, và báo cáo kiểm điểm phải viết ra sao?',
    'nhan-su+van-kien',
  ],
  [
    'two-part',
    'Bot dùng những văn bản nào, và từ hội nghị quán triệt đến nay có gì thay đổi?',
    'tai-lieu+thay-doi',
  ],
  [
    'two-part',
    'Đại hội Đảng bộ quận lần thứ XXVII là đại hội nào, và cấp huyện bây giờ còn không?',
    'dai-hoi-quan+chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'Chỉ thị năm 2024 về đại hội gồm mấy phần, và đại hội phải bầu những gì?',
    'chi-thi-35+noi-dung',
  ],
  [
    'two-part',
    'What are the four items of a congress, and when did the 14th National Congress take place?',
    'noi-dung+dai-hoi-xiv',
  ],
  [
    'two-part',
    'Đại hội điểm của quận chọn những loại đơn vị nào; ngoài ra phải thành lập những tổ nào phục vụ đại hội?',
    'dai-hoi-diem+chuan-bi',
  ],
  [
    'two-part',
    'Đảng bộ cơ sở phải đại hội xong trước ngày nào, và các đảng bộ cấp huyện ở Hà Nội kết thúc ra sao?',
    'lich-trinh+chinh-quyen-2-cap',
  ],

  // English.
  ['en', "As a translator I need the list: what items must a cell's congress cover?", 'noi-dung'],
  ['en', 'Which two main reports go before the congress from the outgoing committee?', 'van-kien'],
  ['en', 'How should a grassroots unit get ready for its congress?', 'chuan-bi'],
  ['en', 'What principles govern holding a party congress?', 'nguyen-tac'],
  ['en', 'In which months did party cells under a grassroots committee hold their congresses?', 'lich-trinh'],
  ['en', 'Tell me about the pilot congresses: who held them and in which month?', 'dai-hoi-diem'],
  ['en', 'What rules apply to choosing the new committee members?', 'nhan-su'],
  ['en', 'Which district congress were these grassroots congresses leading up to?', 'dai-hoi-quan'],
  ['en', 'Since the dissemination meeting of October 2024, what changes have there been?', 'thay-doi'],
  ['en', 'Are there still districts in Vietnam after the 2025 reform?', 'chinh-quyen-2-cap'],
  [
    'en',
    'Under the pilot regulation, how many years pass between two congresses of a party cell?',
    'chi-bo-5-nam',
  ],
  ['en', 'On what dates did the Communist Party of Vietnam hold its 14th National Congress?', 'dai-hoi-xiv'],
  ['en', 'List the documents your answers are based on, please.', 'tai-lieu'],
  ['en', 'Is the whole round of 2025-2030 congresses over now at every level?', 'ket-qua'],
  [
    'en',
    'For my translation: how many appendices are attached to the 2024 Politburo directive on congresses, and on what?',
    'chi-thi-35',
  ],

  // Lookalikes: out of scope, refused.
  [
    'lookalike',
    'Hội nghị triển khai nhiệm vụ ngành ngân hàng năm 2026 do Thống đốc chủ trì họp vào ngày nào?',
    null,
  ],
  [
    'lookalike',
    'Hội đồng tín dụng của chi nhánh họp xét duyệt khoản vay lớn cần tối thiểu mấy thành viên có mặt?',
    null,
  ],
  [
    'lookalike',
    'Đại hội Công đoàn ngành Ngân hàng Việt Nam nhiệm kỳ tới có bao nhiêu đại biểu chính thức?',
    null,
  ],
  [
    'lookalike',
    'Khách gửi tiền mặt hơn 400 triệu thì giao dịch viên phải báo cáo phòng chống rửa tiền thế nào?',
    null,
  ],
  [
    'lookalike',
    'Đoàn kiểm toán nội bộ hội sở về chi nhánh tuần sau, phòng kế toán cần chuẩn bị hồ sơ gì?',
    null,
  ],
  ['lookalike', 'Hội nghị sơ kết 6 tháng hoạt động kinh doanh của chi nhánh nên có những nội dung gì?', null],
  ['lookalike', 'Ứng dụng ngân hàng số báo không nhận được mã OTP khi chuyển khoản, xử lý sao?', null],
  [
    'lookalike',
    'Chỉ tiêu huy động vốn quý này của phòng giao dịch bị giao cao quá, có xin điều chỉnh được không?',
    null,
  ],
  ['lookalike', 'Đảng ủy chi nhánh chúng tôi muốn biết tỷ lệ nợ xấu bao nhiêu thì bị hội sở nhắc nhở?', null],
  ['lookalike', 'Cuộc họp Ủy ban quản lý tài sản nợ - có (ALCO) của ngân hàng bàn những gì?', null],
  ['lookalike', 'Đại hội đồng Liên Hợp Quốc khóa họp thường niên năm nay khai mạc ngày nào?', null],
  ['lookalike', 'Đại hội Đảng Nhân dân Cách mạng Lào lần gần nhất bầu ai làm Tổng Bí thư?', null],
  ['lookalike', 'Hội nghị Thượng đỉnh G20 năm nay tổ chức ở nước nào?', null],
  ['lookalike', 'Hội nghị COP về biến đổi khí hậu năm nay Việt Nam cam kết những gì?', null],
  ['lookalike', 'Kỳ họp thứ nhất Quốc hội khóa XVI bầu Chủ tịch nước vào ngày nào?', null],
  ['lookalike', 'Hội nghị cử tri tiếp xúc đại biểu Quốc hội ở phường tôi tổ chức lúc mấy giờ?', null],
  [
    'lookalike',
    'Hội nghị nhà chung cư lần đầu bầu ban quản trị cần bao nhiêu phần trăm chủ hộ tham dự?',
    null,
  ],
  ['lookalike', 'Họp phụ huynh đầu năm lớp con tôi bầu ban đại diện cha mẹ học sinh thế nào?', null],
  ['lookalike', 'Đại hội cháu ngoan Bác Hồ của phường năm nay chọn các cháu theo tiêu chí gì?', null],
  [
    'lookalike',
    'Họ Nguyễn làng tôi sắp tổ chức đại hội dòng họ bầu trưởng họ mới, biên bản nên ghi những mục gì?',
    null,
  ],
  [
    'lookalike',
    'Đại hội thành viên hợp tác xã nông nghiệp thôn tôi phải có bao nhiêu xã viên dự thì mới hợp lệ?',
    null,
  ],
  ['lookalike', 'Đại hội Hội Luật gia thành phố nhiệm kỳ mới tổ chức ở đâu?', null],
  ['lookalike', 'Đại hội Hội Chữ thập đỏ phường cần chuẩn bị những báo cáo nào?', null],
  ['lookalike', 'Đại hội Hội Cựu thanh niên xung phong sắp tới có mời đại biểu cấp trên không?', null],
  ['lookalike', 'Trong truyện Thiên long bát bộ, đại hội anh hùng ở Tụ Hiền trang diễn ra thế nào?', null],
  ['lookalike', 'Hội nghị Genève năm 1954 chia cắt Việt Nam ở vĩ tuyến nào?', null],
  [
    'lookalike',
    'Phòng họp trực tuyến của chi nhánh bị mất tiếng khi kết nối với hội sở, chỉnh micro thế nào?',
    null,
  ],
  ['lookalike', 'Đại hội Đảng Lao động Triều Tiên bao lâu tổ chức một lần?', null],
  ['lookalike', 'Hội Nông dân xã tổ chức đại hội nhiệm kỳ mấy năm một lần?', null],
  [
    'lookalike',
    'Đại hội Hội Sinh viên trường tôi chọn đại biểu đi dự đại hội cấp trên theo tiêu chuẩn nào?',
    null,
  ],
  ['lookalike', 'Trung tâm bảo trợ xã hội mừng thọ các cụ tròn 90 tuổi thì quà tặng theo mức nào?', null],
  ['lookalike', 'Thực đơn một tuần cho cụ ông bị tiểu đường ở viện dưỡng lão nên có những món gì?', null],
  ['lookalike', 'Cuộc họp với gia đình các cụ cuối quý ở viện dưỡng lão nên có chương trình thế nào?', null],
  ['lookalike', 'Làm sao phòng té ngã ban đêm cho cụ bà 85 tuổi trong phòng ở viện dưỡng lão?', null],
  [
    'lookalike',
    'Nhân viên chăm sóc người già ở trung tâm được hưởng phụ cấp độc hại bao nhiêu phần trăm?',
    null,
  ],
  ['lookalike', 'Thủ tục tiếp nhận một cụ neo đơn vào trung tâm bảo trợ xã hội gồm những giấy tờ gì?', null],
  ['lookalike', 'Cụ ở trung tâm mất mà không có thân nhân thì tang lễ do ai đứng ra lo?', null],
  ['lookalike', 'Nhóm sinh viên tình nguyện muốn đến thăm các cụ cuối tuần cần giấy giới thiệu gì?', null],
  [
    'lookalike',
    'Chi bộ viện dưỡng lão tôi muốn tổ chức văn nghệ cho các cụ dịp 20/11, nên chọn bài hát nào?',
    null,
  ],
  ['lookalike', 'Hội nghị quốc tế của Liên đoàn Dịch thuật Quốc tế (FIT) lần tới tổ chức ở đâu?', null],
  ['lookalike', 'Giá dịch thuật công chứng một trang tiếng Anh ở Hà Nội hiện nay khoảng bao nhiêu?', null],
  ['lookalike', 'Phiên dịch cabin cho một hội nghị quốc tế cả ngày cần mấy người thay ca?', null],
  ['lookalike', "Từ 'ban chấp hành' sang tiếng Pháp nên dịch là comité exécutif hay bureau cho đúng?", null],
  ['lookalike', 'Phần mềm Trados bị lỗi font tiếng Việt khi xuất file, sửa thế nào?', null],
  ['lookalike', 'Đại hội Hội Nhà văn Việt Nam lần này có bao nhiêu hội viên mới được kết nạp?', null],
  ['lookalike', 'Is there a good English–Vietnamese glossary of political terms you can recommend?', null],
  ['lookalike', 'Where will the next US Democratic National Convention be held?', null],
  ['lookalike', "Who won the leadership election of Japan's Liberal Democratic Party?", null],
  ['lookalike', 'Em mới được kết nạp vào Đảng, thời gian dự bị là bao lâu ạ?', null],
  ['lookalike', 'Bao giờ đảng viên mới được phát thẻ đảng?', null],
  ['lookalike', 'Lớp bồi dưỡng lý luận chính trị cho đảng viên mới học trong mấy ngày?', null],
  ['lookalike', 'Lễ kết nạp đảng viên, người được kết nạp đọc lời tuyên thệ thế nào?', null],
  ['lookalike', 'Đảng viên đi du lịch nước ngoài có phải báo cáo chi bộ trước không?', null],
  [
    'lookalike',
    'Đảng viên bị phạt vì vi phạm nồng độ cồn khi lái xe thì chi bộ có xem xét kỷ luật không?',
    null,
  ],
  ['lookalike', 'Ủy ban kiểm tra đảng ủy kiểm tra chi bộ định kỳ mấy lần một năm?', null],
  ['lookalike', 'Hội nghị Trung ương giữa nhiệm kỳ thường bàn những vấn đề gì?', null],
  [
    'lookalike',
    'Đảng viên đang công tác có phải giữ mối liên hệ với chi bộ nơi cư trú không, giấy giới thiệu lấy ở đâu?',
    null,
  ],
  ['lookalike', 'Em là đảng viên mới, sổ tay đảng viên em phải ghi chép những gì?', null],
  [
    'lookalike',
    'Chuyện là tuần trước tôi đi đám cưới đứa cháu ở Nam Định, ngồi cùng bàn mấy ông bạn đảng viên cũ, nói chuyện đại hội chán thì chuyển sang bóng đá; cho tôi hỏi đội tuyển Việt Nam đá trận vòng loại tới vào ngày nào?',
    null,
  ],
  [
    'lookalike',
    'Hôm qua chi bộ họp xong, tôi về nhà thấy vợ đau lưng, con thì sốt, lại nhớ ra sắp đến hạn đóng tiền học; cho hỏi học phí trường công lập năm nay có được miễn không?',
    null,
  ],
  [
    'lookalike',
    'Tôi là đảng viên lâu năm, dự không biết bao nhiêu kỳ đại hội, nay về hưu muốn làm vườn; cây bưởi nhà tôi bị vàng lá thì bón phân gì?',
    null,
  ],
  [
    'lookalike',
    'Ngày xưa tôi làm ở ngân hàng, mỗi lần đại hội lại thức đêm viết báo cáo; bây giờ cháu tôi muốn vay mua nhà trả góp, lãi suất ưu đãi cho người trẻ là bao nhiêu?',
    null,
  ],
  ['lookalike', 'Viết giúp tôi một bài thơ chúc mừng đại hội chi bộ viện dưỡng lão thành công tốt đẹp', null],
  ['lookalike', 'Vợ tôi sắp sinh, tôi là đảng viên, chế độ nghỉ thai sản cho chồng được mấy ngày?', null],
  ['lookalike', 'Sau đại hội chi bộ tôi bị khàn tiếng vì phát biểu nhiều, uống gì cho nhanh khỏi?', null],
  [
    'lookalike',
    'Quán triệt nghị quyết xong, cả chi bộ muốn đi dã ngoại Ba Vì một ngày, nên thuê xe mấy chỗ cho 25 người?',
    null,
  ],
];

export const NEWSET93: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
