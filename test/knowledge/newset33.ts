/**
 * The thirty-third new evaluation set (issue 11, point 6), written on 2026-12-03 from 18:20 UTC
 * (committed in the commit "Eval: newset33, the thirty-third unseen set") by a helper (set33) that
 * never saw the engine. It was written from ../shared/sources/ (the conference
 * article of 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of
 * ../shared/STYLE.md, ../helpers/COMMON.md, and from the pack only what
 * `node /work/helpers/pack-view.mjs` prints: the documents' ids, numbers, dates, titles/abouts,
 * issuers and statuses, the unit types' codes and names, and each topic's id, title and body
 * (config/ itself was not opened, so no sample questions, keywords, synonyms, evidence or off-topic
 * lists were seen). Also read: the header of newset31.ts (the lines before its import line, and that
 * import line) and its export line, the part of newset.ts before `const items`, newset31.test.ts,
 * set-shape.ts, set-checks.ts and sets.ts. Nothing under src/, bench/ or config/, no README, no git
 * log, diff or show, and no other set's or pool's items (newset32.ts included) were read. Its users
 * are imagined as the cell secretary of a bank branch, a primary-school head teacher who is her
 * school's cell secretary, the secretary of an agricultural cooperative in a commune, an office
 * worker of a grassroots party committee, a probationary member preparing her first congress, a
 * Japanese researcher who writes in English, and a construction-site cell secretary typing on a
 * phone with many typos; with the out-of-scope messages such users send (other organisations'
 * congresses and meetings: shareholders, trade union, workers' and staff conferences, Young
 * Pioneers, parents, cooperative members, farmers, veterans, youth union, clans, Buddhist Sangha;
 * other senses of "đại hội" and "hội nghị": sports games, martial-arts novels, game tournaments,
 * scientific and summit meetings, history; other party business the pack does not cover: admission
 * and probation, membership dues, transfers, annual grading, badges, exemptions, training; people
 * in posts, addresses, office hours and passwords; money and prices; local government services
 * after the merger; schools, companies, construction safety and tenders, health, law outside the
 * Party, state elections and the National Assembly, other countries' parties, the bot itself,
 * translation and writing requests, office software and phone trouble, lucky-day picking, clothes,
 * weather and small talk).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset33.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why. Engine changes reached main after its commit: the split of
 * search.ts (51ff901 … c69da92, a move with every qa_* bench line unchanged) and 172dfac
 * (evidence.heads, minDistinct 0.15); its writer saw none of them. It was measured once on the
 * engine as it stood then, at 18:40 UTC on main 172dfac (`node --expose-gc dist/bench/qa.js`,
 * load 0.94, two helpers writing sets meanwhile): qa_new_top1 92.4 %, qa_new_oos_refused 94.2 %
 * (11 in-scope misses, 4 lookalikes answered; qa_p99_us 228.2 in that run, p50 52.6). Its misses
 * were listed after that run, and it is a development set since.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, age limits, committee sizes,
 * the money a congress may spend, who was elected to which post, whether a probationary member
 * votes, how a congress may be postponed, the next term's timetable, membership figures) were left
 * out, not guessed.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  [
    'doc',
    'Chi bộ chi nhánh ngân hàng tôi vẫn để Chỉ thị 35-CT/TW ngày 14/6/2024 trong cặp hồ sơ đại hội, văn bản đó giờ còn hiệu lực không?',
    'doc:ct-35-2024',
  ],
  ['doc', 'cô hiệu trưởng kiêm bí thư hỏi: CT35 năm 2024 về đại hội bị thay chưa vậy', 'doc:ct-35-2024'],
  [
    'doc',
    'chỉ thị số 35 của Bộ Chính trị ban hành năm 2024 là của cơ quan nào, ký ngày nào, để tôi ghi vào biên bản họp trường',
    'doc:ct-35-2024',
  ],
  [
    'doc',
    'Tủ tài liệu đảng ủy xã còn bản Chỉ thị 35-CT/TW ngày 30/5/2019, đại hội chi bộ HTX có dùng theo văn bản này được không?',
    'doc:ct-35-2019',
  ],
  ['doc', 'ct 35 nam 2019 huong toi dai hoi XIII gio con gia tri gi khong', 'doc:ct-35-2019'],
  ['doc', 'cho tôi xem thông tin chỉ thị số 35 năm 2019, loại cũ của nhiệm kỳ trước ấy', 'doc:ct-35-2019'],
  [
    'doc',
    'Kết luận 118-KL/TW ngày 18/1/2025 chi bộ ngân hàng còn phải thực hiện không hay đã bị thay rồi?',
    'doc:kl-118-2025',
  ],
  ['doc', 'kl118 la van ban gi vay, em dang lam ho so cho dang uy', 'doc:kl-118-2025'],
  ['doc', 'kết luận số 118 điều chỉnh những gì, bây giờ còn dùng được không', 'doc:kl-118-2025'],
  [
    'doc',
    'Chỉ thị 45-CT/TW của Bộ Chính trị ban hành ngày nào, để tôi dán vào bảng tin phòng giáo viên',
    'doc:ct-45-2025',
  ],
  ['doc', 'CT45 thay thế cho những văn bản nào ạ', 'doc:ct-45-2025'],
  ['doc', 'chi thi so 45 nam 2025 noi ve viec gi, hop xa vien toi can noi qua', 'doc:ct-45-2025'],
  ['doc', 'Kết luận 200-KL/TW kết luận về việc gì, sếp phòng giao dịch nhờ tôi tóm tắt', 'doc:kl-200-2025'],
  ['doc', 'KL 200 do Bộ Chính trị hay Ban Bí thư ban hành vậy anh', 'doc:kl-200-2025'],
  ['doc', 'kết luận số 200 ngày 17/10/2025 đánh giá đại hội các cấp ra sao', 'doc:kl-200-2025'],
  [
    'doc',
    'Hướng dẫn 27-HD/BTCTW ngày 26/8/2024 có nội dung chi tiết thế nào, văn phòng đảng ủy chưa có bản gốc',
    'doc:hd-27-2024',
  ],
  ['doc', 'HD27 cua Ban To chuc Trung uong con hieu luc khong a', 'doc:hd-27-2024'],
  ['doc', 'hướng dẫn số 27 của Ban Tổ chức Trung ương là hướng dẫn về cái gì', 'doc:hd-27-2024'],
  ['doc', 'Hướng dẫn 18-HD/BTCTU ngày 01/10/2024 do cơ quan nào ban hành?', 'doc:hd-18-2024'],
  [
    'doc',
    'văn bản HD 18 của Ban Tổ chức Thành ủy hướng dẫn những nội dung gì, đảng ủy phường cần lưu',
    'doc:hd-18-2024',
  ],
  ['doc', 'huong dan so 18 cua thanh uy ha noi ra ngay nao', 'doc:hd-18-2024'],
  [
    'doc',
    'Kế hoạch 258-KH/TU của Thành ủy Hà Nội ra ngày nào, tôi cần ghi vào sổ công văn đến của đảng ủy',
    'doc:kh-258-2024',
  ],
  ['doc', 'KH258 thanh uy con hieu luc ko ad', 'doc:kh-258-2024'],
  [
    'doc',
    'kế hoạch số 258 ngày 15/7/2024 là của cơ quan nào, tôi đang soạn công văn cho đảng ủy',
    'doc:kh-258-2024',
  ],
  ['doc', 'Kế hoạch 203-KH/QU của Quận ủy Hai Bà Trưng nói về việc gì?', 'doc:kh-203-2024'],
  ['doc', 'KH 203 quan uy hbt ban hanh ngay nao vay', 'doc:kh-203-2024'],
  [
    'doc',
    'Nghị quyết 26-NQ/TW năm 2018 về cán bộ do ai ban hành, tôi cần ghi nguồn cho tờ trình nhân sự',
    'doc:nq-26-2018',
  ],
  ['doc', 'NQ26 ban chap hanh trung uong khoa XII ra ngay nao', 'doc:nq-26-2018'],
  ['doc', 'nghị quyết số 26 năm 2018 bây giờ còn hiệu lực không', 'doc:nq-26-2018'],
  [
    'doc',
    'Hướng dẫn 26-HD/BTCTW ngày 18/10/2019 trong tủ hồ sơ cũ còn dùng cho đại hội được không?',
    'doc:hd-26-2019',
  ],
  ['doc', 'HD26 nam 2019 huong dan cai gi the', 'doc:hd-26-2019'],
  ['doc', 'hướng dẫn số 26 năm 2019 của nhiệm kỳ trước nói về chỉ thị nào', 'doc:hd-26-2019'],
  ['doc', 'Quy định 89-QĐ/TW về tiêu chuẩn cán bộ đã bị thay chưa?', 'doc:qd-89-2017'],
  ['doc', 'QĐ89 nam 2017 con ap dung khi gioi thieu nhan su chi bo ngan hang khong', 'doc:qd-89-2017'],
  ['doc', 'quy định số 89 được thay bằng quy định nào vậy', 'doc:qd-89-2017'],
  [
    'doc',
    'Quy định 365-QĐ/TW ngày 30/8/2025 nói về tiêu chuẩn gì, chi bộ ngân hàng tôi có cần đọc không?',
    'doc:qd-365-2025',
  ],
  ['doc', 'qd 365 do bo chinh tri ban hanh phai khong anh', 'doc:qd-365-2025'],
  ['doc', 'Quy định 14-QĐ/TU ngày 06/11/2023 của Ban Thường vụ Thành ủy nói về gì?', 'doc:qd-14-2023'],
  ['doc', 'QĐ 14 của BTV Thành ủy về tiêu chí đánh giá cán bộ giờ còn hiệu lực không', 'doc:qd-14-2023'],
  ['doc', 'quy dinh so 14 cua thanh uy ha noi nam 2023 la gi', 'doc:qd-14-2023'],
  ['doc', 'Quy định 2656-QĐ/QU ngày 13/11/2023 của Quận ủy về việc gì?', 'doc:qd-2656-2023'],
  ['doc', 'QD2656 quan uy hai ba trung con dung duoc khong', 'doc:qd-2656-2023'],
  ['doc', 'quy định số 2656 còn dùng được sau khi không còn quận nữa không', 'doc:qd-2656-2023'],
  ['doc', 'Quy định 1216-QĐ/QU về quy hoạch cán bộ của quận ủy cũ ban hành hôm nào ạ?', 'doc:qd-1216-2022'],
  ['doc', 'qđ 1216 của quận ủy còn hiệu lực k chị', 'doc:qd-1216-2022'],
  ['doc', 'quy dinh so 1216 nam 2022 la van ban gi', 'doc:qd-1216-2022'],
  [
    'doc',
    'Quy định 294-QĐ/TW có hiệu lực từ ngày nào, chi bộ trường tôi cần biết để lên kế hoạch năm học',
    'doc:qd-294-2025',
  ],
  ['doc', 'QĐ294 thí điểm đại hội chi bộ mấy năm một lần', 'doc:qd-294-2025'],
  ['doc', 'quy định số 294 năm 2025 do cơ quan nào ban hành', 'doc:qd-294-2025'],
  ['en', 'Directive 35-CT/TW of 2024: what replaced it, and when?', 'doc:ct-35-2024'],
  ['en', 'Is Regulation 89-QĐ/TW still in force? I need its status for a footnote.', 'doc:qd-89-2017'],
  ['en', 'What is Plan 203-KH/QU of Hai Ba Trung district, and what is its status now?', 'doc:kh-203-2024'],
  ['en', 'Regulation 365-QĐ/TW: what does it set, and what did it replace?', 'doc:qd-365-2025'],
  ['en', 'Who issued Conclusion 118-KL/TW? My Japanese colleagues ask.', 'doc:kl-118-2025'],
  ['typo', 'chi thi 45 ban hanh ngay nao z ad', 'doc:ct-45-2025'],
  ['typo', 'qd 294 co hieu luc tu ngay nao a, dt em lag qua', 'doc:qd-294-2025'],
  ['typo', 'ket luan 200 noi j ve ket qua dh cac cap', 'doc:kl-200-2025'],
  [
    'unknown-doc',
    'Quy định 24-QĐ/TW về thi hành Điều lệ Đảng có trong dữ liệu của bot không ạ?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Hướng dẫn 06-HD/TW về nghiệp vụ công tác đảng viên nói gì, em mới vào Đảng',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kết luận 150-KL/TW là văn bản gì, đảng ủy phường vừa nhắc tới', 'unknown-doc'],
  ['unknown-doc', 'Quy định 232-QĐ/TW năm 2025 nói gì về bầu cử trong Đảng?', 'unknown-doc'],
  [
    'unknown-doc',
    'Kế hoạch 115-KH/ĐU của đảng ủy phường về đại hội chi bộ ban hành ngày nào?',
    'unknown-doc',
  ],
  ['unknown-doc', 'huong dan 36-HD/BTCTW nam 2025 co gi moi', 'unknown-doc'],
  [
    'unknown-doc',
    'Quy định 96-QĐ/TW về lấy phiếu tín nhiệm áp dụng cho cấp ủy chi nhánh ngân hàng thế nào?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Nghị quyết 57-NQ/TW có liên quan gì đến đại hội chi bộ trường học không?', 'unknown-doc'],
  ['unknown-doc', 'Công văn 1520-CV/BTCTU của Ban Tổ chức Thành ủy nhắc nội dung gì', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 28-CT/TW của Ban Bí thư còn hiệu lực không?', 'unknown-doc'],
  ['unknown-doc', 'Quyết định 190-QĐ/TW có phải quy chế bầu cử trong Đảng không ạ', 'unknown-doc'],
  [
    'unknown-doc',
    'Do you have Conclusion 127-KL/TW on restructuring the political system in your sources?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Thông báo 62-TB/ĐU về lịch đại hội các chi bộ trực thuộc có trong bot không',
    'unknown-doc',
  ],
  ['unknown-doc', 'Hướng dẫn 12-HD/ĐU của đảng ủy khối về đại hội chi bộ chi nhánh ngân hàng', 'unknown-doc'],
  ['unknown-doc', 'huong dan 9-HD/DU cua dang uy xa ve dai hoi chi bo htx noi gi', 'unknown-doc'],
  [
    'unknown-doc',
    'Kế hoạch 07-KH/CB của chi bộ công trường về đại hội, bot có bản này không?',
    'unknown-doc',
  ],
  [
    'offword',
    'Chi bộ chi nhánh ngân hàng tôi sắp họp bầu lại ban lãnh đạo, buổi họp lớn đó phải bàn những việc gì?',
    'noi-dung',
  ],
  [
    'offword',
    'ngoài bản tổng kết 5 năm, tập hồ sơ mang ra buổi họp lớn của chi bộ cần những tờ trình chính nào',
    'van-kien',
  ],
  [
    'offword',
    'trước buổi họp bầu nhiệm kỳ mới, chi bộ phải lập mấy nhóm giúp việc, ai lo phần giấy tờ, ai lo người',
    'chuan-bi',
  ],
  [
    'offword',
    'họp tổng kết nhiệm kỳ của chi bộ trường có được làm rình rang, treo băng rôn, mời tiệc linh đình không',
    'nguyen-tac',
  ],
  [
    'offword',
    'buổi bầu thử làm mẫu hồi cuối năm 2024 để các chi bộ khác học theo là thế nào',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'người được đề cử vào ban lãnh đạo chi bộ khóa tới phải đạt chuẩn theo những giấy tờ nào',
    'nhan-su',
  ],
  ['offword', 'từ hè năm ngoái không còn quận, huyện nữa thì bộ máy ở dưới ra sao', 'chinh-quyen-2-cap'],
  ['offword', 'theo cách làm thử mới, bao lâu chi bộ mới phải họp bầu lại một lần', 'chi-bo-5-nam'],
  [
    'offword',
    'cuộc họp toàn quốc lớn nhất của Đảng đầu năm nay kéo dài từ hôm nào tới hôm nào',
    'dai-hoi-xiv',
  ],
  ['offword', 'đợt bầu bán ở các chi bộ, đảng bộ vừa rồi cả nước xong xuôi hết chưa', 'ket-qua'],
  ['offword', 'từ buổi phổ biến văn bản hồi tháng 10/2024 tới giờ có gì đổi khác', 'thay-doi'],
  ['offword', 'bot dựa vào những giấy tờ nào để trả lời chuyện họp bầu của chi bộ', 'tai-lieu'],
  ['offword', 'hạn cuối để chi bộ cơ sở bầu xong ban mới rơi vào hôm nào', 'lich-trinh'],
  [
    'two-part',
    'Đại hội chi bộ ngân hàng gồm mấy nội dung, và cấp ủy trình đại hội những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'chi bộ trường tôi là chi bộ trực thuộc, đại hội vào tháng mấy, và đại hội điểm làm lúc nào?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'nhân sự cấp ủy mới chọn theo tiêu chuẩn nào, còn chuẩn bị thì phải lập những tổ gì?',
    'nhan-su+chuan-bi',
  ],
  ['two-part', 'Đại hội XIV họp ngày nào, và đại hội các cấp đã xong hết chưa?', 'dai-hoi-xiv+ket-qua'],
  [
    'two-part',
    'bỏ cấp huyện từ bao giờ, và Đại hội Đảng bộ quận lần thứ XXVII là đại hội gì?',
    'chinh-quyen-2-cap+dai-hoi-quan',
  ],
  [
    'two-part',
    'chi bộ HTX giờ bao lâu đại hội một lần, và đại hội phải giữ nguyên tắc gì?',
    'chi-bo-5-nam+nguyen-tac',
  ],
  [
    'two-part',
    'báo cáo chính trị phải viết thế nào, còn đại hội chi bộ cơ sở hạn chót là ngày nào?',
    'van-kien+lich-trinh',
  ],
  [
    'two-part',
    'đại hội điểm tổ chức lúc nào, và công tác chuẩn bị đại hội gồm những việc gì?',
    'dai-hoi-diem+chuan-bi',
  ],
  ['two-part', 'Đại hội gồm mấy nội dung, và Đại hội XIV của Đảng diễn ra ngày nào?', 'noi-dung+dai-hoi-xiv'],
  [
    'two-part',
    'từ sau hội nghị 23/10/2024 có những thay đổi gì, và bot dựa vào những văn bản nào?',
    'thay-doi+tai-lieu',
  ],
  [
    'two-part',
    'What are the two reports to the congress, and what principles must it follow?',
    'van-kien+nguyen-tac',
  ],
  [
    'two-part',
    'ket qua dai hoi cac cap the nao, va tu bao gio khong con cap huyen',
    'ket-qua+chinh-quyen-2-cap',
  ],
  [
    'unit',
    'Chi bộ chi nhánh ngân hàng tôi là chi bộ trực thuộc đảng ủy cơ sở, đại hội phải xong trong tháng nào?',
    'lich-trinh',
  ],
  ['unit', 'trường tiểu học tôi là chi bộ cơ sở, đại hội được bắt đầu từ tháng mấy?', 'lich-trinh'],
  [
    'unit',
    'đảng bộ cơ sở xã chúng tôi có phải đợi các chi bộ trực thuộc đại hội xong rồi mới đại hội không?',
    'lich-trinh',
  ],
  [
    'unit',
    'đảng bộ cơ sở xã tôi có mấy chi bộ thôn và chi bộ HTX, có phải chọn một chi bộ trực thuộc làm đại hội điểm không?',
    'dai-hoi-diem',
  ],
  ['unit', 'chi bộ cơ sở được Ban Thường vụ Quận ủy chọn làm điểm thì đại hội vào lúc nào?', 'dai-hoi-diem'],
  ['unit', 'chi bộ trực thuộc thì đại hội có phải bầu đoàn đại biểu dự đại hội cấp trên không?', 'noi-dung'],
  ['unit', 'đảng bộ khối hành chính sự nghiệp được chọn đại hội điểm vào quý mấy?', 'dai-hoi-diem'],
  ['unit', 'chi bộ cơ sở ở công trường có cần lập tổ văn kiện, tổ nhân sự trước đại hội không?', 'chuan-bi'],
  ['unit', 'chi bộ trực thuộc đảng ủy cơ sở giờ đại hội 5 năm một lần hay hai lần?', 'chi-bo-5-nam'],
  ['unit', 'đảng ủy cơ sở phường trình đại hội những báo cáo gì?', 'van-kien'],
  ['unit', 'dang bo co so bat dau dai hoi tu thang 4/2025 dung khong', 'lich-trinh'],
  ['typo', 'dai hoi chi bo gom nhug noi dug j vay ad', 'noi-dung'],
  ['typo', 'chi bo congtruong minh la chi bo truc thuoc, dai hoi xog trc thag may', 'lich-trinh'],
  ['typo', 'bao cao chin tri vs bao cao kiem diem khac nhau ntn', 'van-kien'],
  ['typo', 'chuan bi dai hoi can thanh lap nhung to j ad oi', 'chuan-bi'],
  ['typo', 'dai hoi dc lam linh dinh ko hay phai tiet kiem chong lang phi', 'nguyen-tac'],
  ['typo', 'Dại hội XIV diễn ra tư ngay nào đen ngày nào', 'dai-hoi-xiv'],
  ['typo', 'dai hoi diem to chuc thag 12/2024 a', 'dai-hoi-diem'],
  ['typo', 'tieu chuan nhan su cap uy khoa moi theo nhug qd nao', 'nhan-su'],
  ['typo', 'bo cap huyen tu ngay bn vay', 'chinh-quyen-2-cap'],
  ['typo', 'dh cac cap nhiem ky 2025-2030 xog het chua ae', 'ket-qua'],
  ['typo', 'chi bo dai hoi 5 nam 1 lan tu bao h', 'chi-bo-5-nam'],
  [
    'en',
    'I am a researcher from Kyoto. What are the four items on the agenda of a party cell congress for 2025–2030?',
    'noi-dung',
  ],
  ['en', 'Which two reports does the committee submit to a grassroots congress?', 'van-kien'],
  [
    'en',
    'When exactly was the 14th National Congress of the Communist Party of Vietnam held?',
    'dai-hoi-xiv',
  ],
  [
    'en',
    'When did two-level local government start, and what happened to the district party committees in Hanoi?',
    'chinh-quyen-2-cap',
  ],
  [
    'en',
    'Under the new pilot rule, how many years pass between two congresses of a party cell?',
    'chi-bo-5-nam',
  ],
  ['en', 'Did the 2025–2030 congresses at all levels finish on schedule?', 'ket-qua'],
  ['en', 'What were the pilot congresses in Hai Ba Trung district, and when were they held?', 'dai-hoi-diem'],
  ['en', 'By what date did grassroots party cells have to finish their congresses?', 'lich-trinh'],
  [
    'en',
    'What are the seven requirements of the 2024 Politburo directive on party congresses?',
    'chi-thi-35',
  ],
  ['en', 'Which documents guide the selection of new committee members?', 'nhan-su'],
  ['en', 'For my paper: what principles must a congress observe, for instance against waste?', 'nguyen-tac'],
  ['fact', 'Đại hội XIV của Đảng bế mạc hôm nào, con tôi hỏi để làm bài tập lịch sử', 'dai-hoi-xiv'],
  ['fact', 'Quy định thí điểm đại hội chi bộ 5 năm một lần có hiệu lực từ ngày nào?', 'chi-bo-5-nam'],
  ['fact', 'Hà Nội có bao nhiêu đảng bộ cấp huyện kết thúc hoạt động từ 1/7/2025?', 'chinh-quyen-2-cap'],
  ['fact', 'chỉ thị về đại hội của Bộ Chính trị ban hành tháng 6/2024 có mấy phụ lục?', 'chi-thi-35'],
  ['fact', 'đại hội chi bộ trực thuộc đảng ủy cơ sở phải hoàn thành trong tháng mấy năm 2025?', 'lich-trinh'],
  [
    'fact',
    'trong hai báo cáo trình đại hội chi bộ trường, báo cáo nào là báo cáo trung tâm có vai trò định hướng?',
    'van-kien',
  ],
  ['fact', 'đại hội điểm ở chi bộ trực thuộc đảng bộ cơ sở làm trong tháng nào?', 'dai-hoi-diem'],
  ['fact', 'Trước khi thí điểm, Điều lệ Đảng quy định đại hội chi bộ mấy lần trong 5 năm?', 'chi-bo-5-nam'],
  ['fact', 'Kết luận về kết quả đại hội các cấp yêu cầu các cấp ủy tiếp tục làm gì?', 'ket-qua'],
  ['fact', 'Đại hội Đảng bộ quận Hai Bà Trưng nhiệm kỳ 2025 - 2030 là đại hội lần thứ mấy?', 'dai-hoi-quan'],
  ['fact', 'chỉ thị về đại hội của Bộ Chính trị khóa XIII nêu bao nhiêu yêu cầu?', 'chi-thi-35'],
  [
    'fact',
    'các tổ chức cơ sở đảng phải tổ chức hội nghị quán triệt văn bản đại hội theo hình thức nào?',
    'chuan-bi',
  ],
  [
    'fact',
    'đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030 được tổ chức để tiến tới đại hội toàn quốc lần thứ mấy?',
    'dai-hoi-xiv',
  ],
  [
    'lookalike',
    'Chi nhánh ngân hàng tôi sắp tổ chức hội nghị người lao động đầu năm, cần chuẩn bị những báo cáo gì?',
    null,
  ],
  [
    'lookalike',
    'Đại hội đồng cổ đông thường niên của ngân hàng có phải bầu lại hội đồng quản trị nhiệm kỳ mới không?',
    null,
  ],
  ['lookalike', 'lãi suất gửi tiết kiệm kỳ hạn 6 tháng ở chi nhánh đang là bao nhiêu?', null],
  ['lookalike', 'Đại hội công đoàn cơ sở chi nhánh ngân hàng gồm mấy nội dung?', null],
  ['lookalike', 'thẻ ATM của khách bị nuốt ở cây của chi nhánh thì gọi tổng đài số nào?', null],
  ['lookalike', 'Đại hội Liên đội trường tiểu học năm học này cần chuẩn bị những gì?', null],
  [
    'lookalike',
    'Trường tôi tổ chức đại hội đại biểu cha mẹ học sinh vào tháng 9, nội dung gồm những gì?',
    null,
  ],
  ['lookalike', 'lịch nghỉ Tết Nguyên đán của học sinh tiểu học Hà Nội năm tới là bao nhiêu ngày?', null],
  ['lookalike', 'hội nghị viên chức, người lao động của trường đầu năm học phải thông qua những gì?', null],
  ['lookalike', 'hồ sơ xét danh hiệu chiến sĩ thi đua cơ sở cho giáo viên nộp khi nào?', null],
  ['lookalike', 'Hội khỏe Phù Đổng cấp trường tiểu học nên tổ chức những môn nào?', null],
  [
    'lookalike',
    'Đại hội thành viên thường niên của hợp tác xã nông nghiệp phải thông qua những báo cáo nào?',
    null,
  ],
  ['lookalike', 'Đại hội Hội Nông dân xã lần tới cần chuẩn bị những văn kiện gì?', null],
  ['lookalike', 'giá phân urê vụ đông xuân này bao nhiêu một bao 50 kg?', null],
  ['lookalike', 'HTX muốn vay vốn xây kho lạnh thì ngân hàng nào cho vay ưu đãi?', null],
  ['lookalike', 'trời rét đậm thế này có nên gieo mạ không hay đợi ấm lên?', null],
  ['lookalike', 'xã mới sau sáp nhập thì làm thủ tục cấp sổ đỏ cho đất nông nghiệp ở đâu?', null],
  ['lookalike', 'mẫu phiếu đánh giá, xếp loại chất lượng đảng viên cuối năm lấy ở đâu?', null],
  [
    'lookalike',
    'thủ tục chuyển sinh hoạt đảng chính thức cho đảng viên chuyển công tác sang tỉnh khác thế nào?',
    null,
  ],
  ['lookalike', 'đảng ủy cơ sở cần mua máy photocopy cho văn phòng, loại nào bền mà rẻ?', null],
  ['lookalike', 'Văn phòng Đảng ủy phường có làm việc sáng thứ Bảy không, mấy giờ mở cửa?', null],
  ['lookalike', 'cách tính đảng phí cho đảng viên đã nghỉ hưu thế nào?', null],
  ['lookalike', 'xét tặng Huy hiệu 40 năm tuổi Đảng cần những hồ sơ gì?', null],
  ['lookalike', 'đảng viên tuổi cao xin miễn sinh hoạt đảng thì làm đơn thế nào?', null],
  ['lookalike', 'em mới được kết nạp, bao lâu thì được xét chuyển đảng viên chính thức ạ?', null],
  ['lookalike', 'lớp bồi dưỡng lý luận chính trị cho đảng viên mới học mấy buổi, có thi không ạ?', null],
  ['lookalike', 'em nên mặc áo dài hay sơ mi khi đi dự đại hội chi bộ lần đầu ạ?', null],
  ['lookalike', 'lời hứa khi đứng vào hàng ngũ của Đảng em phải đọc thuộc những câu nào?', null],
  ['lookalike', 'When is the next congress of the Japan Communist Party?', null],
  ['lookalike', 'How does the Liberal Democratic Party of Japan choose its president?', null],
  ['lookalike', 'Can you explain the doi moi reforms of 1986 in a few lines?', null],
  ['lookalike', 'Where can I get a research visa to stay in Hanoi for six months?', null],
  ['lookalike', 'Could you translate chi bộ into Japanese for my paper?', null],
  ['lookalike', 'How should I cite this bot in an academic paper, and under what licence is it?', null],
  ['lookalike', 'Who became General Secretary after the 14th National Congress?', null],
  ['lookalike', 'gian giao cao 20 m thi cong nhan phai co chung chi an toan gi', null],
  ['lookalike', 'xin giay phep xay dung nha o rieng le o xa moi nop ho so o dau', null],
  ['lookalike', 'gia xi mang hom nay bn 1 tan vay ae', null],
  ['lookalike', 'troi mua bao ngay mai cong truong co dc nghi ko', null],
  ['lookalike', 'ung luong cho cong nhan truoc tet the nao cho dung luat lao dong', null],
  ['lookalike', 'Đại hội dòng họ Nguyễn ở quê tôi bầu trưởng họ thế nào cho đúng lệ?', null],
  ['lookalike', 'Đại hội Phật giáo tỉnh nhiệm kỳ mới tổ chức ở chùa nào?', null],
  ['lookalike', 'Đại hội Hội Cựu chiến binh phường gồm những nội dung gì?', null],
  ['lookalike', 'Đại hội chi đoàn giáo viên trẻ của trường cần mấy báo cáo?', null],
  ['lookalike', 'bầu cử đại biểu Quốc hội và HĐND các cấp năm 2026 diễn ra ngày nào?', null],
  ['lookalike', 'kỳ họp cuối năm nay của Quốc hội bàn những luật gì?', null],
  ['lookalike', 'hội nghị khoa học nhi khoa toàn quốc năm nay tổ chức ở đâu?', null],
  [
    'lookalike',
    'Đại hội Thể dục thể thao toàn quốc lần tới tổ chức ở tỉnh nào, trường tôi muốn cho học sinh đi cổ vũ',
    null,
  ],
  ['lookalike', 'soạn giúp tôi bài diễn văn khai mạc đại hội chi bộ trường, dài chừng hai trang', null],
  ['lookalike', 'đặt cỗ liên hoan sau đại hội chi bộ cho khoảng 30 người thì hết bao nhiêu tiền?', null],
  ['lookalike', 'in phông nền hội trường đại hội khổ 3 x 6 mét giá bao nhiêu?', null],
  ['lookalike', 'Đại hội II của Đảng năm 1951 họp ở đâu?', null],
  ['lookalike', 'Đại hội Đảng Nhân dân Cách mạng Lào lần gần nhất diễn ra khi nào?', null],
  ['lookalike', 'đồng chí Trần Quyết Thắng bây giờ công tác ở đâu?', null],
  ['lookalike', 'trụ sở 33 Đại Cồ Việt bây giờ là của cơ quan nào?', null],
  ['lookalike', 'mật khẩu wifi hội trường đảng ủy là gì vậy?', null],
  ['lookalike', 'cảm ơn bot nhé, chúc cả nhà năm mới vui vẻ', null],
  ['lookalike', 'điện thoại Samsung của tôi không mở được file PDF văn kiện, làm sao?', null],
  ['lookalike', 'file Word báo cáo chính trị bị lỗi font chữ khi in, sửa thế nào?', null],
  ['lookalike', 'chuyển khoản quỹ chi bộ qua app ngân hàng bị treo, làm sao lấy lại tiền?', null],
  ['lookalike', 'xem giúp ngày tốt theo âm lịch tháng sau để tổ chức đại hội chi bộ', null],
  ['lookalike', 'uống thuốc hạ huyết áp trước khi lên phát biểu ở đại hội có sao không?', null],
  ['lookalike', 'Luật Hợp tác xã mới quy định một thành viên được góp vốn tối đa bao nhiêu phần trăm?', null],
  [
    'lookalike',
    'Công ty xây dựng của tôi muốn đấu thầu công trình trường học của xã thì cần hồ sơ gì?',
    null,
  ],
  ['lookalike', 'Hội nghị Diên Hồng là hội nghị gì?', null],
  ['lookalike', 'Hội nghị cấp cao APEC ở Phú Quốc tổ chức vào tháng mấy?', null],
  ['lookalike', 'How many seats does the United States Congress have?', null],
  ['lookalike', 'trong truyện chưởng Kim Dung, đại hội võ lâm ở chùa Thiếu Lâm bầu ai làm minh chủ?', null],
  ['lookalike', 'giải đấu Liên Quân mùa này chung kết ở đâu vậy ae', null],
];

export const NEWSET33: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
