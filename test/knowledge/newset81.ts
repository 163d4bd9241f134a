/**
 * The eighty-first new evaluation set (issue 11, point 6), written on 2026-12-04 from 04:14 UTC
 * (committed in the commit "Eval: newset81, the eighty-first unseen set") by a helper (set81) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before its `const items` line) and its last line, the part of newset.ts
 * before `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under
 * src/, bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items
 * were read. Its users are imagined as the secretary of the party cell of a museum, a member who
 * is a tour guide, a former district official now working at the city level, a Singaporean
 * researcher writing in English, and a member who asks one short question after a long story
 * about the family; with the out-of-scope messages such users send (other organisations'
 * congresses and meetings: the Cultural Heritage Association, the Study Promotion Association,
 * the Students' Association, the ethnic minorities' congress, a clan's nationwide gathering, a
 * tourism promotion conference, a newspaper's readers' conference, the city committee's year-end
 * plenum, the Lao People's Revolutionary Party's congress, Singapore's PAP conference; other
 * senses of "đại hội" and "hội nghị": a family "congress" for a golden wedding, a museum's
 * scientific council; history (the first communist cell at 5D Hàm Long, the cell in Hỏa Lò
 * prison); museum work: borrowing and buying artefacts, keeping congress ballots as artefacts,
 * year-end inventories, exhibitions, wedding photos, opening days, the new director after a
 * merger, royalties; tour guides' business: guide cards, tips, tours abroad and reporting to the
 * cell, which cell a freelance guide belongs to, visiting the National Convention Center and the
 * Mausoleum, tour prices, festivals, tourists watching a ward congress; the former district:
 * its old building, archives, yearbook of the previous congress, awards, pay and travel
 * allowances, exams for posts, a named person's present post and phone numbers; the research:
 * who was elected, vote counts, delegates, growth targets, translations, archives, interviews,
 * money per ward; family matters: funerals of members, a child marrying a foreigner, admission of
 * a grandson, rent support, monthly cell meetings by phone; the trappings of a congress (singers,
 * badges, dress, a parade); neighbourhood elections; hotlines; cell funds for trips; the bot
 * itself: memory, proofreading photos, a forgotten e-office password).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only the shape tests (newset81.test.ts and the other sets'), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, the money a congress may
 * spend, which cells the five-yearly pilot covers, whether a new commune committee counts as
 * grassroots, membership figures) were left out, not guessed.
 * Engine changes reached main after its commit: 9229542 (the bot's sources named as the subject),
 * 09a7d5d and 6ee7ade (the word prior relearned with newset79 and newset80), and 2f67aa5 and
 * 804a10f (absent phrases for newset79's and newset80's classes); its writer saw none of them. It
 * was measured once, at 04:27 UTC on main 804a10f (`node --expose-gc dist/bench/qa.js`, load 2.31):
 * qa_new_top1 98.6 %, qa_new_oos_refused 100.0 % (2 in-scope misses, 0 lookalikes answered;
 * qa_p99_us 249.5 in that run, p50 43.9). Its misses were listed after that run, and it is a
 * development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  ['doc', 'Chỉ thị 35-CT/TW năm 2024 của Bộ Chính trị bây giờ còn hiệu lực không?', 'doc:ct-35-2024'],
  ['doc', 'CT35 ban hành tháng 6/2024 đã bị văn bản nào thay chưa?', 'doc:ct-35-2024'],
  ['en', 'Is Directive 35 of June 2024 still the one a museum party cell should follow?', 'doc:ct-35-2024'],
  ['typo', 'chi thi so 35 nam 2024 co may phu luc vay', 'doc:ct-35-2024'],
  [
    'doc',
    'Tủ hồ sơ chi bộ bảo tàng còn bản Chỉ thị 35-CT/TW ngày 30/5/2019, có nên dùng nữa không?',
    'doc:ct-35-2019',
  ],
  ['doc', 'CT 35 năm 2019 có còn dùng cho nhiệm kỳ 2025 - 2030 không?', 'doc:ct-35-2019'],
  ['en', 'What was Directive 35 of 2019 about, for the record of my research?', 'doc:ct-35-2019'],
  [
    'doc',
    'Em thuyết minh cho khách cần nói Kết luận 118-KL/TW là của cơ quan nào, bot biết không?',
    'doc:kl-118-2025',
  ],
  ['typo', 'kl 118 dieu chinh nhung noi dung gi cua chi thi', 'doc:kl-118-2025'],
  ['en', 'Is Conclusion 118 from January 2025 still valid today?', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị hiện ở tình trạng nào?', 'doc:ct-45-2025'],
  ['doc', 'ct45 thay thế những văn bản nào thế ạ?', 'doc:ct-45-2025'],
  ['en', 'Directive 45-CT/TW: who issued it and what did it replace?', 'doc:ct-45-2025'],
  [
    'doc',
    'Ở cơ quan thành phố người ta nhắc Kết luận 200-KL/TW suốt, nó kết luận điều gì?',
    'doc:kl-200-2025',
  ],
  ['doc', 'KL200 của Bộ Chính trị và Ban Bí thư ký ngày nào?', 'doc:kl-200-2025'],
  ['en', 'What does Conclusion 200 conclude about the congresses, in one line?', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW có những nội dung gì chính?', 'doc:hd-27-2024'],
  ['typo', 'hd 27 btctw huong dan chi thi nao, chi bo bao tang minh co can doc khong', 'doc:hd-27-2024'],
  ['en', 'For a footnote I need Guidance 27-HD/BTCTW: who issued it and when?', 'doc:hd-27-2024'],
  ['doc', 'Hướng dẫn số 18-HD/BTCTU mà hồi ở quận tôi hay dẫn, giờ tình trạng ra sao?', 'doc:hd-18-2024'],
  ['typo', 'hd18 btctu huong dan nhung noi dung nao', 'doc:hd-18-2024'],
  [
    'en',
    "Singaporean readers will ask: what did Guidance 18 of Hanoi's organisation board cover?",
    'doc:hd-18-2024',
  ],
  ['doc', 'Kế hoạch 258-KH/TU của Thành ủy là kế hoạch gì?', 'doc:kh-258-2024'],
  ['doc', 'KH 258 Thành ủy Hà Nội ban hành khi nào hả bot?', 'doc:kh-258-2024'],
  ['en', 'Plan 258-KH/TU of the Hanoi committee: what do you hold on it?', 'doc:kh-258-2024'],
  [
    'doc',
    'Kế hoạch số 203-KH/QU của Quận ủy Hai Bà Trưng có còn áp dụng sau khi bỏ quận không?',
    'doc:kh-203-2024',
  ],
  ['typo', 'kh203 quan uy hai ba trung con hieu luc khong', 'doc:kh-203-2024'],
  ['en', 'Plan 203 of the Hai Ba Trung district committee, is it still relevant?', 'doc:kh-203-2024'],
  ['doc', 'Chi ủy bảo tàng đang chọn nhân sự, Nghị quyết 26-NQ/TW năm 2018 yêu cầu gì?', 'doc:nq-26-2018'],
  ['doc', 'NQ 26 năm 2018 của Trung ương khóa XII nói về cán bộ thế nào?', 'doc:nq-26-2018'],
  [
    'en',
    'In my dataset, Resolution 26-NQ/TW (May 2018) is cited by the Hai Ba Trung conference; what do you hold on it?',
    'doc:nq-26-2018',
  ],
  [
    'doc',
    'Hồi làm ở quận tôi thuộc lòng Quy định 89-QĐ/TW, bây giờ còn áp dụng nữa không?',
    'doc:qd-89-2017',
  ],
  ['typo', 'con gai hoi me qd 89 nam 2017 ve tieu chuan can bo gio bi bo chua', 'doc:qd-89-2017'],
  ['en', 'Was Regulation 89 of 2017 replaced, and by what?', 'doc:qd-89-2017'],
  [
    'doc',
    'Quy định 365-QĐ/TW mới ra, chi bộ bảo tàng có phải học không, ban hành hôm nào?',
    'doc:qd-365-2025',
  ],
  ['doc', 'qd365 thay thế quy định nào vậy bot?', 'doc:qd-365-2025'],
  [
    'en',
    'Regulation 365-QĐ/TW on standards for cadre positions: issued by whom and when, please?',
    'doc:qd-365-2025',
  ],
  ['doc', 'Quy định số 14-QĐ/TU của Ban Thường vụ Thành ủy là quy định gì?', 'doc:qd-14-2023'],
  [
    'doc',
    'QĐ 14 của Thành ủy Hà Nội năm 2023 về tiêu chí đánh giá cán bộ còn hiệu lực không?',
    'doc:qd-14-2023',
  ],
  [
    'en',
    'Is Regulation 14-QĐ/TU on evaluating cadres in Hanoi something I can cite as current?',
    'doc:qd-14-2023',
  ],
  [
    'doc',
    'Tôi từng tham gia soạn Quy định 2656-QĐ/QU ở quận, giờ bot ghi tình trạng nó thế nào?',
    'doc:qd-2656-2023',
  ],
  ['typo', 'qd 2656 cua quan uy hai ba trung noi ve gi', 'doc:qd-2656-2023'],
  ['en', 'Regulation 2656 of the Hai Ba Trung district: what is it?', 'doc:qd-2656-2023'],
  ['doc', 'Quy định 1216-QĐ/QU về quy hoạch cán bộ của quận là gì?', 'doc:qd-1216-2022'],
  ['typo', 'qđ 1216 ve quy hoach can bo cua quan uy cu con dung duoc khong', 'doc:qd-1216-2022'],
  [
    'en',
    'Regulation 1216 of the former district: was cadre planning for the congress based on it?',
    'doc:qd-1216-2022',
  ],
  [
    'doc',
    'Quy định 294-QĐ/TW mà anh em trong đoàn hướng dẫn viên hay bàn là quy định gì?',
    'doc:qd-294-2025',
  ],
  ['doc', 'QĐ294 về đại hội chi bộ 5 năm một lần do đâu ban hành, bot có ghi không?', 'doc:qd-294-2025'],
  [
    'en',
    'Regulation 294 (May 2025) looks central to my chapter on cell congresses; what is its status?',
    'doc:qd-294-2025',
  ],
  ['doc', 'Hướng dẫn 26-HD/BTCTW năm 2019 có còn áp dụng không?', 'doc:hd-26-2019'],
  [
    'doc',
    'Trong tủ còn tập HD 26 năm 2019 photo từ hồi ở quận, nó hướng dẫn chỉ thị nào vậy?',
    'doc:hd-26-2019',
  ],
  [
    'en',
    "Guidance 26 from October 2019 appears in an older paper of mine; is it part of this term's rules?",
    'doc:hd-26-2019',
  ],
  [
    'unknown-doc',
    'Quy định 232-QĐ/TW về bầu cử, chi bộ bảo tàng bầu chi ủy phải theo điều nào?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Nghị định 178/2024/NĐ-CP về chính sách cho cán bộ khi sắp xếp bộ máy áp dụng thế nào?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kết luận 127-KL/TW nói gì về sắp xếp tổ chức?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 150-KL/TW về đại hội đảng bộ xã có gì mới?', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 60-NQ/TW năm 2025 có liên quan đại hội không?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 144-QĐ/TW về chuẩn mực đạo đức cách mạng của cán bộ là gì?', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 05-CT/TW về học tập và làm theo Bác, chi bộ bảo tàng cần làm gì?', 'unknown-doc'],
  [
    'unknown-doc',
    'Hồi ở quận tôi hay tra Quy định 24-QĐ/TW thi hành Điều lệ, bot có văn bản đó không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Hướng dẫn 01-HD/BTCTW về nghiệp vụ công tác đảng viên', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 36-CT/TW có phải là chỉ thị về đại hội không?', 'unknown-doc'],
  ['en', 'What does Resolution 57-NQ/TW say about the congresses?', 'unknown-doc'],
  ['en', 'Do you have Directive 12-CT/TW of the Politburo?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 311-KH/TU của Thành ủy về đại hội ra sao?', 'unknown-doc'],
  ['unknown-doc', 'Công văn 1007-CV/QU của Quận ủy về nhân sự đại hội', 'unknown-doc'],
  ['typo', 'quyet dinh 99-qd/tw ve phan cap quan ly can bo la gi', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 12-HD/BTCTU về đại hội chi bộ khu dân cư có gì?', 'unknown-doc'],
  ['fact', 'Khách trong đoàn hỏi em Đại hội XIV khai mạc hôm nào, bế mạc hôm nào?', 'dai-hoi-xiv'],
  ['fact', 'Chỉ thị năm 2024 của Bộ Chính trị về đại hội có bao nhiêu phụ lục, gồm những gì?', 'chi-thi-35'],
  ['fact', 'Báo cáo chính trị trình đại hội chi bộ phải đánh giá những mặt nào?', 'van-kien'],
  ['fact', 'Báo cáo kiểm điểm của cấp ủy trong nhiệm kỳ cần có tính chất gì?', 'van-kien'],
  ['fact', 'Khi tổ chức đại hội, nguyên tắc nào phải được nhấn mạnh nhất?', 'nguyen-tac'],
  ['fact', 'Đợt đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030 đến nay đã xong hết chưa?', 'ket-qua'],
  [
    'fact',
    'Tôi rời Quận ủy lên thành phố đúng lúc bỏ cấp huyện, đó là ngày bao nhiêu nhỉ?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Đại hội Đảng bộ quận mà các chi bộ ở Hai Bà Trưng chuẩn bị tiến tới mang số thứ tự nào?',
    'dai-hoi-quan',
  ],
  [
    'fact',
    'Từ sau hội nghị quán triệt tháng 10/2024 tới giờ đã có những thay đổi gì về văn bản?',
    'thay-doi',
  ],
  ['fact', 'Bot trả lời dựa vào những văn bản nào, liệt kê giúp tôi?', 'tai-lieu'],
  ['fact', 'Giới thiệu người vào cấp ủy khóa mới phải căn cứ những quy định nào?', 'nhan-su'],
  ['fact', 'Có cần rà soát, bổ sung quy hoạch cán bộ để phục vụ nhân sự đại hội không?', 'nhan-su'],
  ['fact', 'Chỉ thị về đại hội mà Bộ Chính trị ra năm 2024 đặt ra mấy yêu cầu?', 'chi-thi-35'],
  [
    'fact',
    'Hồi chưa thí điểm thì chi bộ bảo tàng chúng tôi cứ 5 năm đại hội mấy lần theo Điều lệ?',
    'chi-bo-5-nam',
  ],
  ['fact', 'Hội nghị quán triệt văn bản về đại hội có được kết hợp trực tuyến không?', 'chuan-bi'],
  ['fact', 'Đại hội chi bộ phải góp ý vào dự thảo văn kiện của những cấp nào?', 'noi-dung'],
  ['fact', 'Kết quả chung của đại hội các cấp nhiệm kỳ này được Trung ương đánh giá ra sao?', 'ket-qua'],
  ['fact', 'Đại hội phải bảo đảm những yêu cầu gì để không lãng phí, hình thức?', 'nguyen-tac'],
  [
    'unit',
    'Chi bộ bảo tàng của tôi là chi bộ trực thuộc đảng ủy cơ sở, đại hội phải xong trong tháng nào?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở thì đại hội bắt đầu làm từ tháng mấy năm 2025?', 'lich-trinh'],
  ['unit', 'Đảng bộ cơ sở đại hội sau khi các chi bộ trực thuộc xong, hạn chót là bao giờ?', 'lich-trinh'],
  [
    'unit',
    'Đảng ủy cơ sở khối văn hóa của chúng tôi phải chọn mấy chi bộ trực thuộc đại hội điểm trước?',
    'dai-hoi-diem',
  ],
  ['unit', 'Ban Thường vụ Quận ủy chọn chi bộ cơ sở làm đại hội điểm vào thời gian nào?', 'dai-hoi-diem'],
  [
    'unit',
    'Chi bộ trực thuộc như chi bộ phòng trưng bày có phải bầu người đi dự đại hội đảng bộ cấp trên không?',
    'noi-dung',
  ],
  [
    'unit',
    'Đảng bộ cơ sở ở bảo tàng thành phố trình đại hội mấy báo cáo, gồm những báo cáo nào?',
    'van-kien',
  ],
  ['unit', 'Theo thí điểm mới, chi bộ trực thuộc bao nhiêu năm đại hội một lần?', 'chi-bo-5-nam'],
  ['unit', 'Chi bộ trực thuộc đảng ủy cơ sở cần lập những tổ nào để chuẩn bị đại hội?', 'chuan-bi'],
  [
    'en',
    "In a grassroots party committee, do the cells hold their congresses before the committee's own congress?",
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng bộ cơ sở của bảo tàng trước trực thuộc Quận ủy, cấp quận thôi hoạt động từ lúc nào?',
    'chinh-quyen-2-cap',
  ],
  [
    'unit',
    'Đại hội chi bộ cơ sở có phải bầu cấp ủy nhiệm kỳ 2025 - 2030 và đoàn đại biểu dự đại hội cấp trên không?',
    'noi-dung',
  ],
  [
    'offword',
    'Hôm nay bảo tàng đông khách quá, tranh thủ giờ nghỉ trưa hỏi nhanh: đại hội chi bộ phải có mấy nội dung?',
    'noi-dung',
  ],
  [
    'offword',
    'Em đang ngồi trên xe đưa đoàn khách đi Hạ Long, tranh thủ hỏi: báo cáo chính trị của chi bộ cần viết thế nào?',
    'van-kien',
  ],
  [
    'offword',
    'Nhà tôi mấy hôm nay lo đám cưới cho con gái út, ông xã thì ốm, thằng cháu nội mới vào lớp một, bận tối mắt. Thôi tôi hỏi một câu: đại hội chi bộ bây giờ mấy năm một lần?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Mẹ chồng tôi năm nay 90 tuổi vẫn minh mẫn, tối qua cụ hỏi Đại hội XIV họp mấy ngày mà tôi không trả lời được. Đại hội XIV họp từ ngày nào đến ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Con trai tôi đi du học Nhật, con dâu mới sinh, tôi trông cháu suốt nên chẳng theo dõi tin tức gì. Chính quyền địa phương 2 cấp vận hành từ bao giờ?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Vợ chồng tôi cãi nhau mãi chuyện sửa nhà, bố tôi thì đang nằm viện, đầu óc rối bời. Tóm lại đại hội đảng các cấp nhiệm kỳ này kết thúc chưa?',
    'ket-qua',
  ],
  [
    'offword',
    'Phòng trưng bày đang sửa mái, hiện vật phải chuyển kho hết, mà chi bộ vẫn phải lo đại hội: tổ văn kiện, tổ nhân sự lập thế nào?',
    'chuan-bi',
  ],
  [
    'offword',
    'Mùa cao điểm du lịch em dẫn tour liên tục, muốn biết đại hội điểm ở chi bộ trực thuộc làm vào tháng nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Hồi tôi còn ở quận, phòng làm việc ngay cạnh căng tin, giờ lên thành phố đi xa hơn nhiều. Hỏi lại cho chắc: Ban Thường vụ Quận ủy chọn những đơn vị loại nào để làm đại hội điểm đầu quý I/2025?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Trời mưa to, kẹt xe nên đến họp muộn; tiện hỏi luôn: tổ chức đại hội phải chống lãng phí, phô trương ra sao?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Tôi còn giữ cả chồng tài liệu cũ của Quận ủy trong tủ sắt ở nhà; đại hội các đảng bộ cơ sở được tổ chức tiến tới Đại hội Đảng bộ quận lần thứ mấy?',
    'dai-hoi-quan',
  ],
  [
    'offword',
    'Sáng nay vừa đón đoàn học sinh tiểu học đến xem hiện vật, chiều lại họp chi ủy: nhân sự cấp ủy khóa mới chọn theo tiêu chuẩn nào?',
    'nhan-su',
  ],
  ['typo', 'dh cb bao tang gom nhung nd gi vay ad', 'noi-dung'],
  ['typo', 'bao cao kiem diem cua cap uy phai co nhung gi', 'van-kien'],
  ['typo', 'DHCB truc thuoc phai hoan thanh trong thang may', 'lich-trinh'],
  ['typo', 'ĐH XIV diễn ra bao giờ nhỉ', 'dai-hoi-xiv'],
  ['typo', 'chon nhan su chi uy khoa moi o bao tang can theo tieu chuan gi ha ban', 'nhan-su'],
  ['typo', 'ket qua dh cac cap nk 2025-2030 the nao', 'ket-qua'],
  ['typo', 'thí điễm đại hộ chi bộ 5 năm 1 lần là sao', 'chi-bo-5-nam'],
  ['typo', 'chính quền 2 cấp bắt đầu chạy từ bao giờ', 'chinh-quyen-2-cap'],
  ['typo', 'nguyen tac tap trung dan chu trong to chuc dai hoi', 'nguyen-tac'],
  ['en', "What must a party cell's congress cover at a museum like ours?", 'noi-dung'],
  ['en', "On which dates did the Party's 14th National Congress take place, for my footnote?", 'dai-hoi-xiv'],
  ['en', 'Which two reports does the outgoing committee present to a cell congress?', 'van-kien'],
  ['en', 'Has the 2025-2030 round of grassroots congresses finished by now?', 'ket-qua'],
  ['en', 'Since when has Hanoi had no district-level party committees?', 'chinh-quyen-2-cap'],
  ['en', 'What principle must party committees follow in organising the congress?', 'nguyen-tac'],
  [
    'en',
    "Under the 2025 pilot, does a cell like a museum's still hold its congress twice in five years?",
    'chi-bo-5-nam',
  ],
  ['en', 'What changed in the rules after the Hai Ba Trung conference of October 2024?', 'thay-doi'],
  ['en', 'For my paper: what were the pilot congresses and when were they held?', 'dai-hoi-diem'],
  ['en', 'How were members of the new party committee to be chosen?', 'nhan-su'],
  ['two-part', 'Đại hội chi bộ có mấy nội dung, và báo cáo chính trị viết ra sao?', 'noi-dung+van-kien'],
  [
    'two-part',
    'Chi bộ trực thuộc đại hội khi nào và cần chuẩn bị những việc gì trước đó?',
    'lich-trinh+chuan-bi',
  ],
  ['two-part', 'Đại hội XIV họp ngày nào, và đại hội các cấp đã kết thúc chưa?', 'dai-hoi-xiv+ket-qua'],
  [
    'two-part',
    'Chọn nhân sự cấp ủy theo quy định nào, và nguyên tắc tổ chức đại hội là gì?',
    'nhan-su+nguyen-tac',
  ],
  [
    'two-part',
    'Mô hình chính quyền hai cấp có từ ngày nào, và sau đó đại hội chi bộ thí điểm bao lâu một lần?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Đại hội điểm làm lúc nào, còn Đại hội Đảng bộ quận Hai Bà Trưng là lần thứ mấy?',
    'dai-hoi-diem+dai-hoi-quan',
  ],
  [
    'two-part',
    'What were the seven requirements of the 2024 directive, and what has changed since the October 2024 conference?',
    'chi-thi-35+thay-doi',
  ],
  ['two-part', 'Bot dựa vào những văn bản nào, và đại hội gồm những nội dung gì?', 'tai-lieu+noi-dung'],
  ['two-part', 'Hai báo cáo trình đại hội là gì, và phải lập những tổ nào để chuẩn bị?', 'van-kien+chuan-bi'],
  ['two-part', 'Khi nào đảng bộ cơ sở đại hội, và đại hội phải bầu những gì?', 'lich-trinh+noi-dung'],
  [
    'two-part',
    'When did the grassroots cells hold their congresses, and how was the whole round judged afterwards?',
    'lich-trinh+ket-qua',
  ],
  [
    'two-part',
    'Chỉ thị năm 2024 về đại hội có mấy phần, và Đại hội XIV diễn ra khi nào?',
    'chi-thi-35+dai-hoi-xiv',
  ],
  [
    'lookalike',
    'Chi bộ bảo tàng muốn mượn hiện vật của Đại hội Đảng bộ quận khóa trước để trưng bày thì xin phép ai?',
    null,
  ],
  [
    'lookalike',
    'Phiếu bầu của đại hội chi bộ sau khi kiểm xong có được giữ lại làm hiện vật bảo tàng không?',
    null,
  ],
  [
    'lookalike',
    'Hội đồng khoa học của bảo tàng họp thẩm định hiện vật mới thì cần bao nhiêu thành viên?',
    null,
  ],
  ['lookalike', 'Ngày 19/5 bảo tàng có mở cửa miễn phí cho khách không?', null],
  [
    'lookalike',
    'Chi bộ bảo tàng xin kinh phí tổ chức triển lãm chuyên đề chào mừng đại hội Đảng ở đâu?',
    null,
  ],
  ['lookalike', 'Đại hội Hội Di sản văn hóa Việt Nam nhiệm kỳ mới tổ chức ở đâu?', null],
  [
    'lookalike',
    'Sau khi sáp nhập bảo tàng với ban quản lý di tích, giám đốc bảo tàng mới do ai bổ nhiệm?',
    null,
  ],
  ['lookalike', 'Chi bộ trong nhà tù Hỏa Lò ngày xưa được thành lập năm nào?', null],
  [
    'lookalike',
    'Khách hỏi tôi chi bộ cộng sản đầu tiên ở số nhà 5D Hàm Long ra đời thế nào, bot kể giúp?',
    null,
  ],
  ['lookalike', 'Bảo tàng có nhận chụp ảnh cưới trong khuôn viên không, phí bao nhiêu?', null],
  ['lookalike', 'Kiểm kê hiện vật định kỳ cuối năm ở bảo tàng thành phố làm theo quy trình nào?', null],
  [
    'lookalike',
    'Đảng viên chi bộ bảo tàng viết bài về hiện vật đăng báo có được nhận nhuận bút không?',
    null,
  ],
  [
    'lookalike',
    'Em dẫn đoàn khách vào Trung tâm Hội nghị Quốc gia, nơi họp Đại hội XIV, có được chụp ảnh bên trong không?',
    null,
  ],
  ['lookalike', 'Thẻ hướng dẫn viên du lịch quốc tế hết hạn thì gia hạn ở đâu?', null],
  [
    'lookalike',
    'Đảng viên làm hướng dẫn viên dẫn tour sang Thái Lan có phải báo cáo chi bộ trước khi đi không?',
    null,
  ],
  [
    'lookalike',
    'Khách Lào hỏi em Đại hội Đảng Nhân dân Cách mạng Lào lần thứ XII họp khi nào, em nên trả lời sao?',
    null,
  ],
  ['lookalike', 'Lăng Chủ tịch Hồ Chí Minh tạm đóng cửa bảo trì đến ngày nào?', null],
  [
    'lookalike',
    'Đoàn khách du lịch của em muốn dự khán phiên khai mạc đại hội đảng bộ phường có được vào không?',
    null,
  ],
  [
    'lookalike',
    'Em là hướng dẫn viên tự do, nên sinh hoạt đảng ở chi bộ khu dân cư hay chi bộ công ty lữ hành?',
    null,
  ],
  ['lookalike', 'Đoàn cựu chiến binh muốn đi thăm lại Điện Biên Phủ, tour 3 ngày giá bao nhiêu?', null],
  ['lookalike', 'Đảng viên làm hướng dẫn viên nhận tiền tip của khách có vi phạm gì không?', null],
  ['lookalike', 'Lễ hội Gióng ở Sóc Sơn năm nay tổ chức vào ngày nào?', null],
  [
    'lookalike',
    'Tôi từ Quận ủy lên làm ở Thành ủy, thời gian công tác ở quận có được tính để nâng lương trước hạn không?',
    null,
  ],
  ['lookalike', 'Trụ sở 33 Đại Cồ Việt sau khi bỏ quận giờ là trụ sở của cơ quan nào?', null],
  [
    'lookalike',
    'Đồng chí Trần Quyết Thắng, nguyên Phó Bí thư Thường trực Quận ủy, hiện giữ chức vụ gì?',
    null,
  ],
  ['lookalike', 'Đồng chí Trưởng Ban Tổ chức Quận ủy hồi đó bây giờ dùng số điện thoại nào?', null],
  [
    'lookalike',
    'Hồ sơ lưu trữ của Quận ủy Hai Bà Trưng sau khi quận giải thể được bàn giao về kho lưu trữ nào?',
    null,
  ],
  ['lookalike', 'Kỷ yếu Đại hội Đảng bộ quận lần thứ XXVI còn bản in nào không, xin ở đâu?', null],
  ['lookalike', 'Tôi giờ làm ở cơ quan thành phố, bao giờ có đợt thi tuyển chức danh trưởng phòng?', null],
  ['lookalike', 'Hội nghị Thành ủy cuối năm nay bàn những nội dung gì?', null],
  ['lookalike', 'Cán bộ quận cũ chuyển lên thành phố thì phụ cấp đi lại tính thế nào?', null],
  ['lookalike', 'Đại hội Đảng bộ thành phố Hà Nội lần thứ XVIII bầu bao nhiêu ủy viên Ban Chấp hành?', null],
  ['lookalike', 'Giấy khen của Quận ủy cấp trước khi giải thể còn giá trị để xét thi đua không?', null],
  ['lookalike', 'How does the PAP in Singapore run its party conference, and who votes there?', null],
  [
    'lookalike',
    'Does the Party publish the age and gender breakdown of the newly elected ward committees?',
    null,
  ],
  ['lookalike', 'Could you share the vote counts from the Hanoi city party congress?', null],
  ['lookalike', 'Could you email me the slides shown at the Hai Ba Trung conference in October 2024?', null],
  [
    'lookalike',
    'Which Vietnamese archives let foreign researchers read the minutes of cell congresses?',
    null,
  ],
  ['lookalike', 'What growth target did the 14th Party Congress adopt for the next five years?', null],
  ['lookalike', 'How many delegates attended the 14th National Congress in Hanoi?', null],
  [
    'lookalike',
    'Can I interview a party cell secretary for my dissertation, and whose approval do I need?',
    null,
  ],
  [
    'lookalike',
    'Is the National Convention Center in My Dinh open to visitors when no congress is on?',
    null,
  ],
  ['lookalike', 'How much money did each ward receive to hold its party congress?', null],
  [
    'lookalike',
    'Bố tôi là đảng viên 40 năm, mới mất tháng trước, cả nhà còn lo cúng 49 ngày, mẹ tôi thì yếu. Cho tôi hỏi: chi bộ có tổ chức viếng đảng viên từ trần không, ai lo việc đó?',
    null,
  ],
  [
    'lookalike',
    'Con gái tôi sắp lấy chồng người nước ngoài, hai bên họ hàng bàn mãi chuyện cỗ bàn, ông nội thì phản đối. Hỏi: đảng viên có con kết hôn với người nước ngoài có phải báo cáo chi bộ không?',
    null,
  ],
  [
    'lookalike',
    'Nhà tôi ba thế hệ sống chung, cháu đích tôn vừa đỗ đại học, ông bà mừng lắm. Tôi muốn hỏi: cháu vào đại học rồi có được kết nạp Đảng sớm không?',
    null,
  ],
  [
    'lookalike',
    'Anh trai tôi ở quê mới mổ tim, chị dâu vào viện chăm, tôi đi lại Hà Nội - Thái Bình suốt. Đại hội họ Nguyễn toàn quốc năm nay tổ chức ở đâu?',
    null,
  ],
  [
    'lookalike',
    'Mẹ tôi 80 tuổi, đảng viên lâu năm, cứ đòi đi sinh hoạt chi bộ khu phố hằng tháng dù chân yếu, con cháu can không được. Có cách nào cho cụ sinh hoạt qua điện thoại không?',
    null,
  ],
  [
    'lookalike',
    'Vợ tôi làm kế toán, tôi làm bảo vệ, hai con học cấp hai, nhà thuê trọ chật. Xin hỏi đảng viên khó khăn có được hỗ trợ tiền thuê nhà không?',
    null,
  ],
  [
    'lookalike',
    'Ông ngoại các cháu hồi trước là bộ đội, nhà còn giữ cả huân chương và thư từ thời chiến. Bảo tàng có mua lại những kỷ vật đó không?',
    null,
  ],
  [
    'lookalike',
    'Bố mẹ tôi kỷ niệm 50 năm ngày cưới, cả nhà định tổ chức một buổi đại hội gia đình ở quê. Nên chuẩn bị những tiết mục gì cho vui?',
    null,
  ],
  ['lookalike', 'Đại hội Hội Khuyến học phường nhiệm kỳ mới có bầu chủ tịch hội không?', null],
  ['lookalike', 'Đại hội đại biểu các dân tộc thiểu số thành phố tổ chức mấy năm một lần?', null],
  ['lookalike', 'Hội nghị xúc tiến du lịch Hà Nội năm nay có mời hướng dẫn viên tham dự không?', null],
  ['lookalike', 'Bot ơi, bạn có nhớ câu hỏi hôm qua tôi gửi không?', null],
  ['lookalike', 'Tôi gửi ảnh chụp biên bản đại hội chi bộ để bot soát lỗi chính tả được không?', null],
  ['lookalike', 'Đại hội chi bộ bảo tàng tôi nên mời ca sĩ nào hát mở màn?', null],
  ['lookalike', 'Chi bộ muốn đặt làm 30 cái huy hiệu kỷ niệm đại hội, chỗ nào ở phố Hàng Bạc làm rẻ?', null],
  [
    'lookalike',
    'Đảng bộ phường mới gửi công văn qua hệ thống điều hành điện tử, tôi quên mật khẩu thì lấy lại thế nào?',
    null,
  ],
  [
    'lookalike',
    'Đại hội Hội Hướng dẫn viên du lịch Hà Nội khóa mới tổ chức lúc nào, hội viên có phải đóng phí không?',
    null,
  ],
  ['lookalike', 'Tổ dân phố tôi họp bầu tổ trưởng mới, có cần chi bộ giới thiệu người không?', null],
  ['lookalike', 'Hội nghị bạn đọc của báo Hà Nội Mới năm nay tổ chức ở đâu?', null],
  ['lookalike', 'Dự đại hội chi bộ có bắt buộc mặc áo dài hay com-lê không?', null],
  ['lookalike', 'Số điện thoại đường dây nóng của Ban Tổ chức Thành ủy là gì?', null],
  ['lookalike', 'Chi bộ đi tham quan học tập ở Côn Đảo sau đại hội có được dùng quỹ chi bộ không?', null],
  ['lookalike', 'Đại hội XIV có tổ chức lễ diễu binh không?', null],
];

export const NEWSET81: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
