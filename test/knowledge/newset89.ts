/**
 * The eighty-ninth new evaluation set (issue 11, point 6), written on 2026-12-04 from 05:10 UTC
 * (committed in the commit "Eval: newset89, the eighty-ninth unseen set") by a helper (set89) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts and its last line, the part of newset.ts before `const items`, newset35.test.ts,
 * set-shape.ts, set-checks.ts and sets.ts (and, by a slip, the first three lines of newset86.ts'
 * header, no item). Nothing under src/, bench/ or config/, no README, no git log, diff or show, and
 * no other set's or pool's items were read. Its users are imagined as the secretary of the party
 * cell of a kindergarten in a mountain commune, a member who is a police officer on traffic duty,
 * the office staff of a hospital's grassroots party committee, an Australian tourist who writes in
 * English after seeing congress banners, and a member who asks about the bot's sources in every
 * message; with the out-of-scope messages such users send (other organisations' congresses and
 * meetings: the provincial congress of ethnic minorities, the commune's study-promotion and
 * farmers' associations, a tea cooperative's members' congress, a primary school's Young Pioneer
 * congress, a kindergarten's staff conference, a hospital's workers' conference, trade union,
 * nurses' branch, patients' council and scientific conference, the police emulation congress and
 * security briefings, a hometown association, a clan's congress, retired teachers, a harvest
 * review meeting, the Fatherland Front's consultative conference and the National Assembly
 * election, the Korean Workers' Party, a climate summit; history (the Party's 2nd Congress);
 * other party business the pack does not cover: admitting a contract teacher, a lost party card,
 * party-member software and records, members living at their residence, discipline, dues
 * exemption, the party-cell minutes book, half-year reports, a cell's own past targets, the
 * Party's founding anniversary, where a hospital committee sits after the reorganisation, whether
 * the commune police form their own cell; people in posts (the new General Secretary, a speaker of
 * the conference); the trappings of a congress (children's dances, flowers from the boarding
 * fund, dress, invitation paper, ambulance rides for delegates); traffic: road closures during the
 * 14th Congress, motorcades and red lights, helmet fines, drinking after the celebration, the
 * guard roster; money (allowances for remote teachers, night duty, redundancy pay); local
 * government after the merger (outlying school sites, the committee's address and phone); health
 * (measles vaccination); tourists' questions (shops and museums, watching a congress, selfies
 * with banners, visas, flags as souvenirs, parades, comparisons with an Australian election); the
 * bot itself (who built it, whether it keeps messages, whether it uses ChatGPT, where to report a
 * wrong answer, a Zalo version); a Zoom link).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset89.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, the money a congress may
 * spend, which cells the five-yearly pilot covers, whether a police or commune cell keeps the
 * district's timeline, postponements, membership figures) were left out, not guessed.
 * Engine changes reached main after its commit: e3bc64f (a number typed onto the word before it),
 * fa839dc (absent phrases for newset87's classes) and 54d7fe8 (the word prior relearned with
 * newset88); its writer saw none of them. It was measured once, at 05:29 UTC on main 54d7fe8 (`node
 * --expose-gc dist/bench/qa.js`, load 1.92): qa_new_top1 95.4 %, qa_new_oos_refused 94.0 % (7
 * in-scope misses, 4 lookalikes answered; qa_p99_us 208.6 in that run, p50 39.3). Its misses were
 * listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  [
    'doc',
    'Chỉ thị 35-CT/TW năm 2024 của Bộ Chính trị bây giờ còn hiệu lực không, bot lấy thông tin đó từ nguồn nào?',
    'doc:ct-35-2024',
  ],
  [
    'doc',
    'CT35 ban hành năm 2024 về đại hội, cô hiệu trưởng trường mầm non hỏi đã bị thay chưa',
    'doc:ct-35-2024',
  ],
  ['doc', 'Australian here: is Directive 35 of June 2024 still valid?', 'doc:ct-35-2024'],
  ['doc', 'chi thi so 35 nam 2024 ve dai hoi do ai ky ban hanh vay', 'doc:ct-35-2024'],
  ['doc', 'Kết luận 118-KL/TW điều chỉnh những gì của chỉ thị về đại hội, nguồn ở đâu?', 'doc:kl-118-2025'],
  ['doc', 'KL118 do cơ quan nào ban hành vậy bot?', 'doc:kl-118-2025'],
  ['doc', 'ket luan so 118 nam 2025 con dung khong hay bi thay roi', 'doc:kl-118-2025'],
  ['doc', 'Conclusion 118-KL/TW: who issued it and is it still in force?', 'doc:kl-118-2025'],
  [
    'doc',
    'Chi bộ mầm non chúng tôi cần tra Chỉ thị 45-CT/TW, nó ban hành ngày nào và ai ký?',
    'doc:ct-45-2025',
  ],
  ['doc', 'đứng chốt xong mới hỏi: ct 45 thay thế những văn bản nào', 'doc:ct-45-2025'],
  ['doc', 'Directive 45-CT/TW: what is its status, and where does the bot get that from?', 'doc:ct-45-2025'],
  ['doc', 'chỉ thị số 45 của Bộ Chính trị có còn giữ nguyên không', 'doc:ct-45-2025'],
  ['doc', 'Kết luận 200-KL/TW nói gì về đại hội các cấp, trích nguồn giúp tôi', 'doc:kl-200-2025'],
  ['doc', 'KL 200 năm 2025 của Bộ Chính trị và Ban Bí thư ban hành ngày nào', 'doc:kl-200-2025'],
  ['doc', 'What is Conclusion 200 about, the one from October 2025?', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW có nội dung gì, bot có nguồn xác nhận không?', 'doc:hd-27-2024'],
  ['doc', 'HD27 của Ban Tổ chức Trung ương ra ngày nào ạ', 'doc:hd-27-2024'],
  ['doc', 'Is guidance 27 of the Central Organisation Commission in your sources?', 'doc:hd-27-2024'],
  [
    'doc',
    'Văn phòng đảng ủy bệnh viện hỏi Hướng dẫn số 18-HD/BTCTU của Ban Tổ chức Thành ủy hướng dẫn những gì',
    'doc:hd-18-2024',
  ],
  ['doc', 'HD 18 BTCTU bây giờ còn áp dụng không bot', 'doc:hd-18-2024'],
  ['doc', 'Guidance 18-HD/BTCTU: what is it and who wrote it?', 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch 258-KH/TU của Thành ủy Hà Nội có nội dung gì, nguồn nào ghi?', 'doc:kh-258-2024'],
  ['doc', 'KH258 Thành ủy ban hành ngày tháng năm nào', 'doc:kh-258-2024'],
  ['doc', 'Plan 258 of the Hanoi Party Committee, what date was it issued?', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch 203-KH/QU về tổ chức đại hội cơ sở do ai ban hành', 'doc:kh-203-2024'],
  ['doc', 'kh 203 cua quan uy con gia tri khong khi khong con cap quan nua', 'doc:kh-203-2024'],
  ['doc', 'What does Plan 203-KH/QU say, and is it still current?', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 của Trung ương nói về việc gì, nguồn đâu?', 'doc:nq-26-2018'],
  ['doc', 'NQ26 của Trung ương khóa XII, bot lấy ở đâu ra?', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26 of 2018 from the Central Committee: what is it?', 'doc:nq-26-2018'],
  [
    'doc',
    'Văn phòng đảng ủy bệnh viện hỏi: Quy định 89-QĐ/TW về tiêu chuẩn cán bộ giờ còn dùng được không, nguồn nào?',
    'doc:qd-89-2017',
  ],
  ['doc', 'QĐ89 năm 2017 bị thay chưa, bot đọc ở đâu?', 'doc:qd-89-2017'],
  ['doc', 'Regulation 89 from 2017: is it still in force?', 'doc:qd-89-2017'],
  ['doc', 'Quy định 365-QĐ/TW thay cho văn bản nào vậy?', 'doc:qd-365-2025'],
  [
    'doc',
    'cho em hoi qd 365 ve tieu chuan chuc danh can bo do co quan nao ban hanh, ngay nao a',
    'doc:qd-365-2025',
  ],
  ['doc', 'Regulation 365-QĐ/TW: date and issuer please', 'doc:qd-365-2025'],
  [
    'doc',
    'Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy về đánh giá cán bộ còn hiệu lực không',
    'doc:qd-14-2023',
  ],
  ['doc', 'QĐ 14 TU năm 2023 ai ban hành', 'doc:qd-14-2023'],
  [
    'doc',
    'Sorry, one more from me: what is Regulation 14 of the Hanoi standing board about?',
    'doc:qd-14-2023',
  ],
  ['doc', 'Quy định 2656-QĐ/QU ban hành ngày nào, nguồn của bot là gì?', 'doc:qd-2656-2023'],
  ['doc', 'QĐ2656 của Quận ủy Hai Bà Trưng quy định gì', 'doc:qd-2656-2023'],
  [
    'doc',
    'I keep seeing regulation 2656 of the district committee cited; what is it and where is it from?',
    'doc:qd-2656-2023',
  ],
  ['doc', 'Quy định 1216-QĐ/QU về quy hoạch cán bộ có còn dùng không', 'doc:qd-1216-2022'],
  ['doc', 'dong chi bi thu nho tra qd 1216 quan uy nam 2022 noi ve gi, con hieu luc ko', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216-QĐ/QU: who issued it?', 'doc:qd-1216-2022'],
  ['doc', 'Quy định 294-QĐ/TW có hiệu lực từ ngày nào, nguồn nào nói?', 'doc:qd-294-2025'],
  ['doc', 'QĐ294 thí điểm đại hội chi bộ là văn bản của cơ quan nào', 'doc:qd-294-2025'],
  [
    'doc',
    'My friend in the party mentioned Regulation 294; who issued it and when did it take effect?',
    'doc:qd-294-2025',
  ],
  ['doc', 'Chỉ thị 35-CT/TW năm 2019 cho nhiệm kỳ trước bây giờ có còn dùng không?', 'doc:ct-35-2019'],
  ['doc', 'CT35 năm 2019 hướng tới Đại hội XIII là văn bản gì', 'doc:ct-35-2019'],
  ['doc', 'What about Directive 35 of May 2019, the older one?', 'doc:ct-35-2019'],
  [
    'doc',
    'Chi bộ mầm non còn giữ bản Hướng dẫn 26-HD/BTCTW năm 2019, văn bản này hướng dẫn chỉ thị nào, còn dùng không?',
    'doc:hd-26-2019',
  ],
  [
    'doc',
    'Trong tủ hồ sơ chi bộ mầm non có tờ HD26 năm 2019, giờ nó còn áp dụng cho đại hội không',
    'doc:hd-26-2019',
  ],
  ['doc', 'Guidance 26 from 2019: what was it for?', 'doc:hd-26-2019'],
  [
    'unknown-doc',
    'Quy định 232-QĐ/TW về thi hành Điều lệ Đảng có trong nguồn của bot không, nó nói gì về đại hội chi bộ mầm non?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Hướng dẫn 06-HD/TW có mẫu báo cáo chính trị cho chi bộ mầm non không?', 'unknown-doc'],
  [
    'unknown-doc',
    'Kết luận 150-KL/TW của Bộ Chính trị về đại hội có trong nguồn của bot không',
    'unknown-doc',
  ],
  ['unknown-doc', 'Nghị quyết 57-NQ/TW có liên quan gì đến đại hội chi bộ không, nguồn đâu?', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 05-CT/TW về học tập và làm theo Bác vận dụng vào đại hội thế nào', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 12-HD/BTCTW năm 2025 về đại hội nói gì', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 110-KH/TU của Tỉnh ủy về đại hội đảng bộ các cấp', 'unknown-doc'],
  [
    'unknown-doc',
    'Quy định 22-QĐ/TW về công tác kiểm tra, giám sát có áp dụng cho đại hội không',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kết luận 137-KL/TW về sắp xếp đơn vị hành chính, bot tóm tắt giúp', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 09-HD/ĐU của Đảng ủy bệnh viện về đại hội các chi bộ khoa phòng', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 301-KH/QU của quận ủy về đại hội có không?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 190-QĐ/TW mới ban hành có nói đến đại hội không', 'unknown-doc'],
  ['unknown-doc', 'Is Directive 12-CT/TW in your sources?', 'unknown-doc'],
  ['unknown-doc', 'Công văn 1234-CV/ĐU của đảng ủy xã về đại hội chi bộ trường học', 'unknown-doc'],
  [
    'unknown-doc',
    'Thông tư 73/2024/TT-BCA về tuần tra giao thông có trong nguồn của bot không',
    'unknown-doc',
  ],
  ['unknown-doc', 'Nghị quyết 66-NQ/TW có điều gì liên quan đến văn kiện đại hội không', 'unknown-doc'],
  [
    'offword',
    'Em vừa đón các cháu lớp chồi xong, hỏi nhanh: đại hội chi bộ gồm những nội dung gì ạ?',
    'noi-dung',
  ],
  [
    'offword',
    'Đứng chốt ngã tư nắng quá, tranh thủ hỏi: báo cáo chính trị trình đại hội phải đánh giá thế nào?',
    'van-kien',
  ],
  [
    'offword',
    'Phòng hành chính bệnh viện đang photo tài liệu, cho hỏi cần thành lập những tổ nào để phục vụ đại hội',
    'chuan-bi',
  ],
  [
    'offword',
    'Trời mưa to, đường lên bản trơn lắm, nhưng chị vẫn muốn biết đại hội phải tổ chức theo nguyên tắc gì',
    'nguyen-tac',
  ],
  [
    'offword',
    'Đang ăn cơm trưa ở căng tin bệnh viện, hỏi tí: báo cáo kiểm điểm của cấp ủy phải có tính chiến đấu là thế nào',
    'van-kien',
  ],
  [
    'offword',
    'Cháu nhà tôi sốt nên tôi đổi ca trực; nhân tiện hỏi Đại hội XIV của Đảng họp từ ngày nào',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Vừa đo nồng độ cồn xong cho một anh lái xe tải, cho hỏi chi bộ bây giờ đại hội 5 năm một lần phải không',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Bếp ăn bán trú của trường vừa nấu xong cháo, cô hỏi: đại hội các cấp nhiệm kỳ 2025-2030 đã xong hết chưa?',
    'ket-qua',
  ],
  [
    'offword',
    'Máy in văn phòng đảng ủy hết mực rồi; trong lúc chờ, cho hỏi từ sau hội nghị tháng 10/2024 có gì thay đổi về đại hội',
    'thay-doi',
  ],
  [
    'offword',
    'Sáng nay đi chợ phiên mua rau, nghe nói không còn huyện nữa, thế đảng bộ huyện giờ ra sao?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Xe đặc chủng đang chờ ngoài đường, hỏi nhanh: đại hội điểm chọn mấy chi bộ, làm vào tháng nào',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Bệnh nhân đông quá mà sếp giao soạn tờ trình: nhân sự cấp ủy khóa mới phải căn cứ những quy định nào',
    'nhan-su',
  ],
  [
    'offword',
    'Uống xong cốc cà phê sáng tôi muốn đọc lại cho kỹ: những văn bản nào bot dựa vào khi nói về đại hội?',
    'tai-lieu',
  ],
  [
    'offword',
    'Tôi đang trông hai đứa cháu nội ở nhà, muốn hỏi: đại hội chi bộ phải bầu những gì, bot lấy nguồn từ đâu?',
    'noi-dung',
  ],
  [
    'two-part',
    'Chi bộ mầm non vùng cao đại hội thì có mấy nội dung, và chi ủy phải trình những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ trường mầm non trực thuộc đảng ủy xã đại hội lúc nào, và giờ còn đại hội 2 lần trong 5 năm không?',
    'lich-trinh+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Đảng ủy bệnh viện chuẩn bị đại hội cần làm những việc gì, và nhân sự cấp ủy mới chọn theo tiêu chuẩn nào?',
    'chuan-bi+nhan-su',
  ],
  [
    'two-part',
    'Đại hội XIV diễn ra khi nào, và đại hội các cấp nhiệm kỳ này đã kết thúc chưa?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Cho hỏi nguyên tắc tổ chức đại hội là gì, còn đại hội điểm thì làm thế nào? Nguồn đâu?',
    'nguyen-tac+dai-hoi-diem',
  ],
  [
    'two-part',
    'When was the 14th National Congress held, and what are the four items on a congress agenda?',
    'dai-hoi-xiv+noi-dung',
  ],
  [
    'two-part',
    'Chính quyền 2 cấp bắt đầu từ bao giờ, và Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII là thế nào?',
    'chinh-quyen-2-cap+dai-hoi-quan',
  ],
  [
    'two-part',
    'Báo cáo kiểm điểm viết thế nào; ngoài ra công tác chuẩn bị đại hội gồm những việc gì?',
    'van-kien+chuan-bi',
  ],
  [
    'two-part',
    'Những gì đã thay đổi sau hội nghị quán triệt, và bot dựa vào các văn bản nào?',
    'thay-doi+tai-lieu',
  ],
  [
    'two-part',
    'Chi bộ đại hội 5 năm một lần từ khi nào, và đại hội phải chống lãng phí ra sao?',
    'chi-bo-5-nam+nguyen-tac',
  ],
  [
    'two-part',
    'Kết quả đại hội nhiệm kỳ 2025-2030 thế nào, và Đại hội đại biểu toàn quốc lần thứ XIV họp ngày nào?',
    'ket-qua+dai-hoi-xiv',
  ],
  [
    'two-part',
    'Đại hội điểm làm khi nào, và đại hội chính thức của chi bộ trực thuộc diễn ra lúc nào?',
    'dai-hoi-diem+lich-trinh',
  ],
  [
    'two-part',
    'Đảng bộ huyện không còn thì sao, và còn những gì khác đã thay đổi về đại hội từ cuối 2024 đến nay?',
    'chinh-quyen-2-cap+thay-doi',
  ],
  [
    'two-part',
    'What must the political report cover, and how should a congress avoid waste and show?',
    'van-kien+nguyen-tac',
  ],
  ['unit', 'Chi bộ trường mầm non thuộc đảng ủy xã thì đại hội phải xong trong tháng mấy?', 'lich-trinh'],
  ['unit', 'Đảng bộ cơ sở bệnh viện tổ chức đại hội trong khoảng thời gian nào?', 'lich-trinh'],
  ['unit', 'Chi bộ cơ sở bắt đầu đại hội từ tháng mấy năm 2025 và hạn chót là bao giờ?', 'lich-trinh'],
  ['unit', 'Chi bộ trực thuộc có phải đại hội trước đảng bộ cơ sở không?', 'lich-trinh'],
  ['unit', 'Chi bộ đội tôi là chi bộ trực thuộc đảng ủy cơ sở, hạn đại hội là khi nào vậy', 'lich-trinh'],
  [
    'unit',
    'Đảng ủy bệnh viện là đảng bộ cơ sở thì được chọn mấy chi bộ khoa để làm đại hội điểm?',
    'dai-hoi-diem',
  ],
  ['unit', 'Với chi bộ cơ sở, đại hội có phải bầu đoàn đại biểu đi dự đại hội cấp trên không?', 'noi-dung'],
  ['unit', 'Đảng bộ cơ sở trình đại hội những văn kiện gì, bot lấy từ đâu?', 'van-kien'],
  [
    'unit',
    'Đại hội đảng bộ cơ sở bệnh viện làm sau khi các chi bộ khoa phòng đại hội xong phải không?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở được chọn làm đại hội điểm thì tổ chức vào thời gian nào?', 'dai-hoi-diem'],
  ['unit', 'For a grassroots party cell, when was its congress window?', 'lich-trinh'],
  ['unit', 'Đảng bộ cơ sở phải lập những tổ giúp việc nào cho đại hội?', 'chuan-bi'],
  ['typo', 'co oi dai hoi cb truong mam non gom nhung nd gi a', 'noi-dung'],
  ['typo', 'bc chinh tri va bc kiem diem trinh dh can nhung yeu cau j', 'van-kien'],
  ['typo', 'ĐH điểm cua ĐBCS lam vao thang may vay', 'dai-hoi-diem'],
  ['typo', 'nguyen tac to chuc dh la tap trung dan chu phai ko bot', 'nguyen-tac'],
  ['typo', 'DH XIV hop tu ngay nao den ngay nao vay bot, nguon o dau', 'dai-hoi-xiv'],
  ['typo', 'cb truc thuoc DU xa thi dh trong thoi gian nao nhi', 'lich-trinh'],
  ['typo', 'chi bo 5 nam dh 1 lan ap dung tu bao h', 'chi-bo-5-nam'],
  ['typo', 'nhân sự cấp ủy khoá mới theo tiêu chuẩn nao, nguon o dau', 'nhan-su'],
  ['typo', 'chuẩn bị đai hội cần thành lâp những tổ gì', 'chuan-bi'],
  ['typo', 'ket qua dai hoi dang bo cac cap nk 2025-2030 the nao roi', 'ket-qua'],
  ['typo', 'cap huyen con ko, chinh quyen 2 cap tu khi nao', 'chinh-quyen-2-cap'],
  ['typo', 'tu sau hoi nghi 23/10 co thay doi gi ve dh ko bot', 'thay-doi'],
  ['typo', 'đai hôi đảng bô quân Hai Bà Trưng lần thứ XXVII tổ chưc theo kế hoach nào vậy', 'dai-hoi-quan'],
  ['typo', 'bot dua vao nhung van ban nao ve DH nhiem ky nay', 'tai-lieu'],
  ['typo', 'ct ve dh nam 2024 co may phan may phu luc', 'chi-thi-35'],
  [
    'en',
    'I saw big red banners about a party congress in a mountain town. What does a congress actually do?',
    'noi-dung',
  ],
  ['en', 'Which two reports does the committee hand to its congress?', 'van-kien'],
  ['en', 'Are these party congresses finished now or still going on?', 'ket-qua'],
  ['en', 'Tourist here: on which dates was the 14th national congress held?', 'dai-hoi-xiv'],
  ['en', 'Why are there no districts in Vietnam any more?', 'chinh-quyen-2-cap'],
  [
    'en',
    'Mate, how often does a party cell hold its congress these days, once every five years?',
    'chi-bo-5-nam',
  ],
  ['en', 'What principles must a congress follow, is it meant to avoid extravagance?', 'nguyen-tac'],
  ['en', 'What changed after the October 2024 conference on the congresses?', 'thay-doi'],
  ['en', 'How are new committee members chosen, which rules apply?', 'nhan-su'],
  [
    'en',
    'The banner said something about a pilot congress; what is that and when were they held?',
    'dai-hoi-diem',
  ],
  ['en', 'Which documents does the bot base its congress answers on?', 'tai-lieu'],
  ['en', 'What should a party unit do to prepare its congress?', 'chuan-bi'],
  ['en', "What was the Hai Ba Trung district's twenty-seventh congress about?", 'dai-hoi-quan'],
  ['en', 'What does the 2024 Politburo directive on the congresses contain?', 'chi-thi-35'],
  [
    'fact',
    'Đồng chí cho hỏi Đại hội đại biểu toàn quốc lần thứ XIV khai mạc, bế mạc vào những ngày nào, nguồn ở đâu?',
    'dai-hoi-xiv',
  ],
  [
    'fact',
    'Ở xã vùng cao chúng tôi, chính quyền địa phương hai cấp chính thức vận hành từ ngày nào?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Khi chuyển sang chính quyền hai cấp, Hà Nội có bao nhiêu đảng bộ cấp huyện kết thúc hoạt động?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Hồi trước Điều lệ Đảng quy định chi bộ trường học phải đại hội mấy lần trong 5 năm?',
    'chi-bo-5-nam',
  ],
  ['fact', 'Đại hội điểm ở chi bộ trực thuộc làm trong tháng mấy năm 2024?', 'dai-hoi-diem'],
  [
    'fact',
    'Trong các văn kiện trình đại hội đảng bộ bệnh viện, báo cáo nào được coi là báo cáo trung tâm?',
    'van-kien',
  ],
  [
    'fact',
    'Việc bầu đoàn đại biểu đi dự đại hội cấp trên nằm ở nội dung thứ mấy trong bốn nội dung đại hội?',
    'noi-dung',
  ],
  [
    'fact',
    'Chỉ thị về đại hội mà Bộ Chính trị ban hành năm 2024 nêu tổng cộng bao nhiêu yêu cầu, bot lấy ở đâu?',
    'chi-thi-35',
  ],
  ['fact', 'Cơ quan nào ban hành kết luận về kết quả đại hội các cấp nhiệm kỳ 2025-2030?', 'ket-qua'],
  ['fact', 'Hạn cuối để chi bộ cơ sở hoàn thành đại hội là trước ngày nào của năm 2025?', 'lich-trinh'],
  ['fact', 'Đại hội các cấp có diễn ra đúng kế hoạch không, theo văn bản nào?', 'ket-qua'],
  ['fact', 'Đại hội đảng bộ các cấp nhiệm kỳ này tiến tới đại hội toàn quốc lần thứ mấy?', 'dai-hoi-xiv'],
  ['fact', 'Nguyên tắc quan trọng nhất khi tổ chức đại hội là nguyên tắc gì?', 'nguyen-tac'],
  [
    'lookalike',
    'Đại hội đại biểu các dân tộc thiểu số cấp tỉnh lần tới tổ chức khi nào, xã tôi được mấy đại biểu?',
    null,
  ],
  [
    'lookalike',
    'Chi bộ mầm non muốn tập cho các cháu tiết mục múa chào mừng đại hội đảng bộ xã, có bài hát nào phù hợp không?',
    null,
  ],
  ['lookalike', 'Hội nghị cán bộ, viên chức đầu năm học của trường mầm non phải có những báo cáo nào?', null],
  ['lookalike', 'Đại hội Hội Khuyến học xã nhiệm kỳ mới bầu mấy người vào ban chấp hành?', null],
  ['lookalike', 'Đại hội thành viên hợp tác xã chè Shan tuyết tổ chức mấy năm một lần?', null],
  [
    'lookalike',
    'Phụ cấp thu hút cho giáo viên mầm non ở xã đặc biệt khó khăn được bao nhiêu phần trăm?',
    null,
  ],
  ['lookalike', 'Sau sáp nhập xã, điểm trường lẻ ở bản xa có bị giải thể không?', null],
  ['lookalike', 'Chi bộ trường tôi muốn kết nạp cô giáo hợp đồng vào Đảng, hồ sơ gồm những gì?', null],
  ['lookalike', 'Đại hội liên đội trường tiểu học bên cạnh thường tổ chức vào tháng mấy?', null],
  ['lookalike', 'Chi bộ có được dùng tiền quỹ bán trú để mua hoa mừng đại hội không?', null],
  ['lookalike', 'Ngày hội Đại đoàn kết toàn dân tộc ở thôn năm nay tổ chức thế nào?', null],
  ['lookalike', 'Những tuyến phố nào ở Hà Nội bị cấm xe trong những ngày diễn ra Đại hội XIV?', null],
  ['lookalike', 'Đoàn xe chở đại biểu đi dự đại hội đảng bộ tỉnh có được ưu tiên vượt đèn đỏ không?', null],
  ['lookalike', 'Mức phạt xe máy không đội mũ bảo hiểm hiện nay là bao nhiêu?', null],
  [
    'lookalike',
    'Đảng viên công an tại ngũ sinh hoạt nơi cư trú thì phải báo cáo chi bộ thôn những gì?',
    null,
  ],
  ['lookalike', 'Đại hội thi đua Vì an ninh Tổ quốc của công an tỉnh tổ chức mấy năm một lần?', null],
  ['lookalike', 'Tổ cảnh sát giao thông được phân công bảo vệ đại hội đảng bộ xã thì trực từ mấy giờ?', null],
  ['lookalike', 'Sau tiệc mừng đại hội chi bộ thành công, bao lâu thì hết nồng độ cồn để lái xe về?', null],
  ['lookalike', 'Thẻ đảng viên bị mất khi đi tuần tra thì làm lại ở đâu?', null],
  ['lookalike', 'Công an xã bây giờ là chi bộ riêng hay ghép chung với chi bộ quân sự xã?', null],
  ['lookalike', 'Hội nghị giao ban an ninh trật tự tháng này của công an xã họp vào thứ mấy?', null],
  ['lookalike', 'Hội nghị người lao động năm 2026 của bệnh viện cần chuẩn bị những báo cáo gì?', null],
  ['lookalike', 'Đại hội Công đoàn cơ sở bệnh viện bầu ban chấp hành bao nhiêu người?', null],
  [
    'lookalike',
    'Đảng bộ bệnh viện sau sắp xếp trực thuộc Đảng ủy Sở Y tế hay Đảng bộ Ủy ban nhân dân tỉnh?',
    null,
  ],
  ['lookalike', 'Họp Hội đồng người bệnh cấp khoa mỗi tháng mấy lần?', null],
  ['lookalike', 'Văn phòng đảng ủy bệnh viện cần mua sổ ghi biên bản sinh hoạt chi bộ ở đâu?', null],
  ['lookalike', 'Phần mềm quản lý đảng viên cập nhật lý lịch đảng viên thế nào?', null],
  ['lookalike', 'Hội nghị khoa học thường niên của bệnh viện nhận bài báo cáo đến hạn nào?', null],
  ['lookalike', 'Đại hội Chi hội Điều dưỡng bệnh viện nhiệm kỳ mới có phải báo cáo Sở Y tế không?', null],
  ['lookalike', 'Bác sĩ trực đêm ở bệnh viện tuyến tỉnh được phụ cấp bao nhiêu một phiên?', null],
  ['lookalike', 'Đại biểu đi dự đại hội đảng bộ bệnh viện bằng xe cứu thương có đúng quy định không?', null],
  ['lookalike', 'Link Zoom hội nghị trực tuyến của Sở Y tế chiều nay là gì?', null],
  ['lookalike', 'Đảng ủy bệnh viện làm báo cáo sơ kết 6 tháng sinh hoạt chuyên đề theo mẫu nào?', null],
  ['lookalike', 'Who became General Secretary at the 14th congress?', null],
  ['lookalike', 'Are shops and museums closed in Hanoi while the party congress is on?', null],
  ['lookalike', 'Can a foreign tourist sit in and watch a party congress?', null],
  ['lookalike', 'Is it okay to take selfies in front of the congress banners on the street?', null],
  ['lookalike', 'Did the 14th congress change the visa rules for Australians?', null],
  ['lookalike', 'Where can I buy one of those red flags with a yellow star as a souvenir?', null],
  ['lookalike', 'How does a Vietnamese party congress compare with an Australian federal election?', null],
  ['lookalike', 'Is there a parade for the congress in Hanoi that I can watch?', null],
  ['lookalike', 'Bot này ai lập trình, có phải Ban Tuyên giáo làm không, nguồn đâu?', null],
  ['lookalike', 'Bot có lưu lại tin nhắn tôi hỏi không, ai đọc được những tin đó?', null],
  ['lookalike', 'Bot có dùng ChatGPT để trả lời không, hay có người ngồi gõ?', null],
  ['lookalike', 'Muốn góp ý sửa một câu trả lời sai của bot thì gửi cho ai?', null],
  ['lookalike', 'Bot có bản dùng trên Zalo không, tôi không quen Telegram?', null],
  [
    'lookalike',
    'Hội nghị hiệp thương lần thứ hai giới thiệu người ứng cử đại biểu Quốc hội do ai chủ trì?',
    null,
  ],
  ['lookalike', 'Bầu cử đại biểu Quốc hội khóa XVI và Hội đồng nhân dân các cấp diễn ra ngày nào?', null],
  ['lookalike', 'Đại hội II của Đảng năm 1951 họp ở Tuyên Quang phải không?', null],
  ['lookalike', 'Đại hội Hội Nông dân xã nhiệm kỳ mới tổ chức trong năm nào?', null],
  ['lookalike', 'Ủy ban kiểm tra Đảng ủy xã xử lý đảng viên sinh con thứ ba thế nào?', null],
  ['lookalike', 'Cho tôi xin số điện thoại bàn của Văn phòng Đảng ủy xã mới sau sáp nhập', null],
  ['lookalike', 'Trụ sở Đảng ủy xã sau sáp nhập chuyển về thôn nào?', null],
  ['lookalike', 'Đảng viên trên 70 tuổi có được miễn đóng đảng phí không?', null],
  ['lookalike', 'Đại hội Đảng Lao động Triều Tiên lần tới là khi nào?', null],
  ['lookalike', 'Hội nghị COP về biến đổi khí hậu năm nay tổ chức ở nước nào?', null],
  [
    'lookalike',
    'Nghị quyết đại hội chi bộ thôn nhiệm kỳ trước giao chỉ tiêu trồng quế bao nhiêu héc ta, tra giúp tôi',
    null,
  ],
  ['lookalike', 'Chi bộ thôn tổ chức gặp mặt mừng ngày thành lập Đảng thì chuẩn bị những gì?', null],
  ['lookalike', 'Giáo viên nữ đi dự đại hội chi bộ có bắt buộc mặc áo dài không?', null],
  ['lookalike', 'Giấy mời dự đại hội đảng bộ xã in trên khổ giấy gì, màu gì?', null],
  ['lookalike', 'Đại hội Hội đồng hương Nghệ Tĩnh tại Lào Cai năm nay họp ở đâu?', null],
  ['lookalike', 'Đại hội dòng họ Hoàng ở bản tổ chức vào dịp nào, mỗi suất đóng bao nhiêu?', null],
  ['lookalike', 'Hội nghị tổng kết mùa vụ của thôn bàn nên gieo giống lúa gì?', null],
  ['lookalike', 'Đại hội Hội Cựu giáo chức xã có mời chi bộ trường mầm non dự không?', null],
  [
    'lookalike',
    'Đồng chí Trần Quyết Thắng phát biểu ở hội nghị quán triệt năm ấy bây giờ đang công tác ở đâu?',
    null,
  ],
  ['lookalike', 'Trạm y tế xã tiêm vắc xin sởi cho trẻ mầm non vào ngày nào?', null],
  ['lookalike', 'Cán bộ dôi dư sau sáp nhập xã được nhận trợ cấp thôi việc bao nhiêu?', null],
];

export const NEWSET89: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
