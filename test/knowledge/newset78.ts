/**
 * The seventy-eighth new evaluation set (issue 11, point 6), written on 2026-12-04 from 04:00 UTC
 * (committed in the commit "Eval: newset78, the seventy-eighth unseen set") by a helper (set78)
 * that never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before its `const items` line) and its last line, the first five lines of
 * newset74.ts's header comment, the part of newset.ts before `const items`, newset35.test.ts,
 * set-shape.ts, set-checks.ts and sets.ts. Nothing under src/, bench/ or config/, no README, no
 * git log, diff or show, and no other set's or pool's items were read. Its users are imagined as
 * the secretary of the party cell of a construction site team, a member of a ward party
 * committee's office who prepares statistics, a member who is a lawyer and asks about the exact
 * legal force of documents, a Filipino reporter who writes in English, and a member who asks about
 * the bot's own behaviour and limits; with the out-of-scope messages such users send (other
 * organisations' congresses and meetings: a construction company's trade union, a building
 * materials cooperative's members, the Hà Nội Bar Association, the Vietnam Lawyers' Association,
 * the Students' Association, an association of the blind, a hometown association, a family clan's
 * gathering, children's "good grandchildren of Uncle Hồ" congress, the Communist Party of the
 * Philippines, a Vietnam–Philippines joint commission; other senses of "đại hội" and "hội nghị":
 * the heroes' gathering in a martial-arts novel, the Paris Conference, site handover and weekly
 * site meetings, safety review meetings, video conferencing software; other party business the
 * pack does not cover: probationary members' votes, spoilt ballots, congress minutes and their
 * signatures, self-nomination deadlines, lost party cards, travel abroad and work abroad, holding
 * two posts, admitting seasonal workers, personal year-end self-reviews, 30-year badges, the
 * Party's anniversary, the Central Committee plenum that nominated the 14th Congress's personnel,
 * what the 14th Congress resolved (growth target, the East Sea); the legal nature of party
 * documents: whether they are legal normative documents or published in the Official Gazette,
 * conflicts with State law, lawsuits against expulsion, limitation periods for discipline, binding
 * force on non-members, procurement of legal services; ward statistics: members by age and over
 * 80, the share of women in committees, reporting days, poverty and population figures, database
 * software, spreadsheet formulas; construction site matters: accident insurance, meal allowances,
 * building permits, acceptance of works, ground-breaking ceremonies; money and exchange rates
 * (peso to đồng); press accreditation, airport transport and translation for the reporter; and
 * the bot itself: whether it uses ChatGPT, stores messages, voice and photo input, Zalo, daily
 * limits, who runs it, whom to tell about a wrong answer, drafting speeches, Tagalog).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset78.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, the money a congress may
 * spend, which cells the five-yearly pilot covers, whether a cell under a grassroots committee
 * sets up its own teams, whether a new ward committee counts as grassroots, how many of a ward's
 * cells have finished, membership figures) were left out, not guessed.
 * Engine changes reached main after its commit: 8f8c58f (an association named by its capitals holds
 * the congress, an English clause pointing back), a9c021c (after another organisation's congress
 * the asking clause answers alone only when it names ours, ', việc thứ hai là'), dd4e38b, a1cc04e,
 * 878d668 and d06b86a (the word prior relearned with newset74 to newset77) and the absent phrases
 * of 8f8c58f, 3a109a2, a9c021c, 715e692 and 1aaa932; its writer saw none of them. It was measured
 * once, at 04:18 UTC on main 1aaa932 (`node --expose-gc dist/bench/qa.js`, load 2.21): qa_new_top1
 * 99.3 %, qa_new_oos_refused 94.0 % (1 in-scope miss, 4 lookalikes answered; qa_p99_us 97.5 in
 * that run, p50 29.0). Its misses were listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  ['doc', 'Về hiệu lực pháp lý, Chỉ thị số 35-CT/TW năm 2024 hiện còn được áp dụng không?', 'doc:ct-35-2024'],
  ['doc', 'CT 35 năm 2024 của Bộ Chính trị bị văn bản nào thay thế?', 'doc:ct-35-2024'],
  [
    'en',
    'As a matter of legal force, is Directive 35 of June 2024 still binding on party units?',
    'doc:ct-35-2024',
  ],
  ['typo', 'chi thi 35/CT-TW nam 2024 con hieu luc ko ad', 'doc:ct-35-2024'],
  [
    'doc',
    'Chỉ thị 35-CT/TW ngày 30/5/2019 có còn được dùng cho đại hội nhiệm kỳ này không?',
    'doc:ct-35-2019',
  ],
  ['doc', 'CT35 năm 2019 hướng tới đại hội nào của Đảng?', 'doc:ct-35-2019'],
  ['en', 'Directive 35 of 30 May 2019: what was it for, and does the bot use it?', 'doc:ct-35-2019'],
  [
    'doc',
    'Kết luận số 118-KL/TW do cơ quan nào ký ban hành, luật sư tôi cần biết chính xác?',
    'doc:kl-118-2025',
  ],
  ['doc', 'KL 118 năm 2025 bây giờ còn giá trị thi hành không?', 'doc:kl-118-2025'],
  ['en', 'Conclusion 118-KL/TW: who issued it, and is it still in effect?', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị số 45-CT/TW ban hành ngày nào và tình trạng hiệu lực ra sao?', 'doc:ct-45-2025'],
  ['doc', 'ct45 thay thế những văn bản nào vậy đồng chí bot?', 'doc:ct-45-2025'],
  ['en', 'Directive 45-CT/TW: what is its current status in your records?', 'doc:ct-45-2025'],
  ['typo', 'chỉ thi 45 cua BCT ra ngay nao', 'doc:ct-45-2025'],
  ['doc', 'Kết luận 200-KL/TW của Bộ Chính trị và Ban Bí thư có nội dung chính là gì?', 'doc:kl-200-2025'],
  ['doc', 'KL200 ban hành ngày nào, tôi cần ghi vào báo cáo của phường?', 'doc:kl-200-2025'],
  ['en', 'What does Conclusion No. 200 say about the party congresses?', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW hướng dẫn chi tiết những điểm gì?', 'doc:hd-27-2024'],
  ['doc', 'HD 27 của Ban Tổ chức Trung ương ra ngày tháng năm nào?', 'doc:hd-27-2024'],
  ['en', 'Guidance 27-HD/BTCTW: are its contents confirmed in your sources?', 'doc:hd-27-2024'],
  [
    'doc',
    'Hướng dẫn số 18-HD/BTCTU của Ban Tổ chức Thành ủy còn áp dụng sau khi sáp nhập không?',
    'doc:hd-18-2024',
  ],
  ['typo', 'hd18 btctu la van ban gi vay', 'doc:hd-18-2024'],
  ['en', 'Who issued Guidance 18 of the Hanoi party organisation board, and when?', 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch 258-KH/TU mà phường tôi hay trích dẫn do Thành ủy ký ngày nào?', 'doc:kh-258-2024'],
  ['doc', 'KH 258 của Thành ủy nói về việc gì, có bản gốc không?', 'doc:kh-258-2024'],
  ['en', 'Plan 258 of the Hanoi Party Committee: what is it and who signed it?', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch số 203-KH/QU còn giá trị không khi quận đã không còn nữa?', 'doc:kh-203-2024'],
  ['typo', 'kh203 quan uy hai ba trung ve dai hoi co so', 'doc:kh-203-2024'],
  ['en', 'For my story, Plan 203-KH/QU: when was it signed and by which committee?', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 do Ban Chấp hành Trung ương khóa nào ban hành?', 'doc:nq-26-2018'],
  ['doc', 'NQ 26 năm 2018 về công tác cán bộ hiện có hiệu lực thế nào?', 'doc:nq-26-2018'],
  ['en', 'Resolution 26-NQ/TW of 2018: what status do your sources give it?', 'doc:nq-26-2018'],
  ['doc', 'Quy định 89-QĐ/TW về tiêu chuẩn cán bộ còn hiệu lực pháp lý không?', 'doc:qd-89-2017'],
  ['doc', 'QĐ 89 năm 2017 đã bị thay chưa, thay bằng gì?', 'doc:qd-89-2017'],
  ['en', "A lawyer's question: Regulation 89 of 2017, superseded or still operative?", 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365-QĐ/TW ban hành ngày nào, cơ quan nào ký?', 'doc:qd-365-2025'],
  ['typo', 'qd365 tieu chuan chuc danh can bo la cua ai', 'doc:qd-365-2025'],
  ['en', 'Regulation 365-QĐ/TW: which earlier regulation did it replace?', 'doc:qd-365-2025'],
  [
    'doc',
    'Phòng tôi cần trích Quy định 14-QĐ/TU, cho biết nó ban hành ngày nào và về nội dung gì?',
    'doc:qd-14-2023',
  ],
  ['doc', 'QĐ 14 của Thành ủy Hà Nội năm 2023 còn hiệu lực không?', 'doc:qd-14-2023'],
  ['en', 'Regulation 14-QD/TU of Hanoi: what does it cover?', 'doc:qd-14-2023'],
  ['doc', 'Quy định 2656-QĐ/QU của Ban Thường vụ Quận ủy nay còn áp dụng không?', 'doc:qd-2656-2023'],
  ['doc', 'qđ 2656 ban hành ngày nào hả bot', 'doc:qd-2656-2023'],
  ['en', 'Regulation No. 2656 of Hai Ba Trung: what is it about?', 'doc:qd-2656-2023'],
  ['doc', 'Quy định số 1216-QĐ/QU về quy hoạch cán bộ do ai ban hành?', 'doc:qd-1216-2022'],
  ['typo', 'QD1216 nam 2022 cua quan uy gio con ap dung duoc khong ban', 'doc:qd-1216-2022'],
  ['en', 'Regulation 1216 of 2022: is it still in force as far as you know?', 'doc:qd-1216-2022'],
  ['doc', 'Quy định 294-QĐ/TW có hiệu lực kể từ ngày nào?', 'doc:qd-294-2025'],
  ['doc', 'QĐ 294 do cơ quan nào ban hành, nguồn có ghi rõ không?', 'doc:qd-294-2025'],
  ['en', 'From what date does Regulation 294-QĐ/TW apply, legally speaking?', 'doc:qd-294-2025'],
  ['doc', 'Hướng dẫn 26-HD/BTCTW năm 2019 còn dùng được cho nhiệm kỳ này không?', 'doc:hd-26-2019'],
  ['doc', 'HD 26 năm 2019 của Ban Tổ chức Trung ương hướng dẫn văn bản nào?', 'doc:hd-26-2019'],
  ['en', 'Guidance 26-HD/BTCTW of 2019: is it used for the current term?', 'doc:hd-26-2019'],
  ['unknown-doc', 'Quy định 232-QĐ/TW về công tác bầu cử trong Đảng có điểm gì mới?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn số 36-HD/BTCTW hướng dẫn những gì về đại hội?', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 57-NQ/TW về khoa học công nghệ có trong nguồn của bot không?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 126-KL/TW về sắp xếp bộ máy nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 137-KL/TW năm 2025 do ai ký?', 'unknown-doc'],
  ['unknown-doc', 'Quyết định 759/QĐ-TTg về sắp xếp đơn vị hành chính có hiệu lực khi nào?', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị định 178/2024/NĐ-CP về chính sách nghỉ việc có áp dụng cho cán bộ đảng ủy phường không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Công văn số 1234-CV/BTCTU về thống kê đại hội gửi các phường ngày nào?', 'unknown-doc'],
  [
    'unknown-doc',
    'Kế hoạch số 101-KH/ĐU của đảng ủy phường về đại hội chi bộ có trong nguồn không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Quy định 262-QĐ/TW về đánh giá, xếp loại cán bộ còn hiệu lực không?', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 38-CT/TW còn giá trị pháp lý không?', 'unknown-doc'],
  ['unknown-doc', 'Thông báo 12-TB/TW của Bộ Chính trị về đại hội nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Is Resolution 66-NQ/TW on law-making among your sources?', 'unknown-doc'],
  ['unknown-doc', 'What does Directive 05-CT/TW say about party congresses?', 'unknown-doc'],
  [
    'unknown-doc',
    'Quy định 144-QĐ/TW về chuẩn mực đạo đức cách mạng áp dụng thế nào khi chọn nhân sự?',
    'unknown-doc',
  ],
  ['unknown-doc', 'hd 21-HD/BTCTW danh gia xep loai chat luong dang vien', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết số 60-NQ/TW Hội nghị Trung ương 11 có nói về đại hội không?', 'unknown-doc'],
  [
    'offword',
    'Anh em công trường đang nghỉ trưa ăn cơm hộp, cho hỏi nhanh đại hội chi bộ phải làm mấy nội dung?',
    'noi-dung',
  ],
  [
    'offword',
    'Xe bồn bê tông đang chờ đổ sàn, bí thư hỏi gấp: báo cáo chính trị của chi bộ phải đánh giá những gì?',
    'van-kien',
  ],
  [
    'offword',
    'Trời nắng 38 độ ngoài công trường, cho hỏi trước đại hội phải lập những tổ nào để phục vụ?',
    'chuan-bi',
  ],
  [
    'offword',
    'Con tôi đang sốt nên tôi tranh thủ hỏi: Đại hội toàn quốc lần thứ XIV của Đảng diễn ra từ ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Đang pha cà phê thì trưởng phòng hỏi: từ tháng 7/2025 cấp huyện còn tồn tại không?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Máy photocopy của văn phòng phường lại kẹt giấy, tiện hỏi luôn: tổ chức đại hội phải theo nguyên tắc gì?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Tối nay xem bóng đá Việt Nam gặp Philippines, nhưng cho hỏi trước kết quả đại hội các cấp nhiệm kỳ 2025-2030 ra sao?',
    'ket-qua',
  ],
  [
    'offword',
    'Giàn giáo vừa tháo xong, hỏi bot cái: giờ chi bộ thí điểm mấy năm mới đại hội một lần?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Mưa tầm tã nên công trường nghỉ, tôi muốn xem lịch đại hội của chi bộ trực thuộc đảng ủy cơ sở',
    'lich-trinh',
  ],
  [
    'offword',
    'Vợ nhắc đi chợ mua rau muống, nhưng cho tôi hỏi chọn nhân sự cấp ủy khóa mới phải quán triệt nghị quyết nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Hôm nay sinh nhật con gái, hỏi nhanh: đại hội điểm ở đảng bộ cơ sở phải làm trong tháng nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Máy trộn vữa kêu ầm ầm nghe không rõ, nhắn bot: sau hội nghị tháng 10/2024 văn bản đại hội thay đổi những gì?',
    'thay-doi',
  ],
  [
    'two-part',
    'Chi bộ đội thi công đại hội thì làm những nội dung gì, và cấp ủy chúng tôi trình đại hội hai báo cáo gì?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ trực thuộc đại hội vào lúc nào, còn đại hội điểm thì làm ra sao?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Nhân sự cấp ủy chọn theo tiêu chuẩn nào, và tổ chức đại hội phải giữ nguyên tắc gì?',
    'nhan-su+nguyen-tac',
  ],
  ['two-part', 'Đại hội XIV họp khi nào, và đại hội các cấp đã có kết quả ra sao?', 'dai-hoi-xiv+ket-qua'],
  [
    'two-part',
    'Chính quyền hai cấp bắt đầu từ bao giờ, còn Đại hội Đảng bộ quận lần thứ XXVII là thế nào?',
    'chinh-quyen-2-cap+dai-hoi-quan',
  ],
  [
    'two-part',
    'Chuẩn bị đại hội cần làm những việc gì, và chi bộ bao lâu mới đại hội một lần?',
    'chuan-bi+chi-bo-5-nam',
  ],
  [
    'two-part',
    'What are the four agenda items of a congress, and what has changed since October 2024?',
    'noi-dung+thay-doi',
  ],
  [
    'two-part',
    'Chỉ thị của Bộ Chính trị năm 2024 về đại hội gồm những phần nào, và từ đó đến nay đã thay đổi gì?',
    'chi-thi-35+thay-doi',
  ],
  [
    'two-part',
    'Cho xin danh sách các văn bản bot dựa vào, kèm bốn nội dung của đại hội',
    'tai-lieu+noi-dung',
  ],
  [
    'two-part',
    'bao cao kiem diem cua cap uy can yeu cau gi, va khi chuan bi dai hoi can lap nhung to nao',
    'van-kien+chuan-bi',
  ],
  [
    'unit',
    'Chi bộ đội thi công chúng tôi trực thuộc đảng ủy công ty, đại hội phải xong trong tháng mấy?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở thì đại hội được bắt đầu từ tháng nào và xong trước ngày nào?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở đại hội sau khi các chi bộ trực thuộc xong, vậy thời hạn hoàn thành là bao giờ?',
    'lich-trinh',
  ],
  [
    'unit',
    'Mỗi đảng bộ cơ sở chọn bao nhiêu chi bộ trực thuộc để chỉ đạo đại hội điểm, và vào tháng nào?',
    'dai-hoi-diem',
  ],
  ['unit', 'Đảng bộ cơ sở trình đại hội đảng viên những báo cáo chủ yếu nào?', 'van-kien'],
  [
    'unit',
    'Chi bộ cơ sở khối hành chính sự nghiệp có phải bầu đoàn đại biểu đi đại hội cấp trên không?',
    'noi-dung',
  ],
  ['unit', 'When did grassroots party committees have to finish their congresses?', 'lich-trinh'],
  ['unit', 'dang bo co so dai hoi dang vien xong truoc ngay nao nhi', 'lich-trinh'],
  ['unit', 'Chi bộ trực thuộc đảng ủy cơ sở ở công trường bắt đầu đại hội từ tháng nào?', 'lich-trinh'],
  ['typo', 'ĐH CB trực thuộc hoàn thành trong th 3/2025 đúng ko bot?', 'lich-trinh'],
  ['typo', 'BCCT cua DBCS phai danh gia nhung gi', 'van-kien'],
  ['typo', 'ngyen tac tap trung dan chu khi to chuc dai hoi la the nao', 'nguyen-tac'],
  ['typo', 'dai hoi dang toan quoc lan thu XIV hop tu ngay nao vay', 'dai-hoi-xiv'],
  ['typo', 'chinh quyen dia phuong hai cap van hanh tu ngay nao the', 'chinh-quyen-2-cap'],
  ['typo', 'thi diem dai hoi chi bo nam nam mot lan co hieu luc tu thang may nam 2025', 'chi-bo-5-nam'],
  ['typo', 'dh cac cap nk 2025-2030 to chuc xong het chua, ket qua sao ad oi', 'ket-qua'],
  ['typo', 'tiu chuan nhân sự cấp ủy khóa mơi dựa vao nhung van ban nao', 'nhan-su'],
  ['typo', 'dại hội điễm cấp quận chọn mấy đơn vị vậy', 'dai-hoi-diem'],
  ['typo', '4 nd cua dh dang bo nk 2025 2030 gom gi', 'noi-dung'],
  [
    'en',
    'What are the four agenda items of a grassroots congress of the Communist Party of Vietnam?',
    'noi-dung',
  ],
  [
    'en',
    'For my article: what are the political report and the self-review report that a committee brings to its congress?',
    'van-kien',
  ],
  ['en', "When exactly was the Communist Party of Vietnam's 14th National Congress held?", 'dai-hoi-xiv'],
  ['en', 'Does Vietnam still have a district level of government after July 2025?', 'chinh-quyen-2-cap'],
  ['en', 'Have all the 2025-2030 party congresses at every level been completed?', 'ket-qua'],
  ['en', 'What principles must a party congress follow, such as democratic centralism?', 'nguyen-tac'],
  ['en', 'How often do party cells now hold congresses under the pilot rule?', 'chi-bo-5-nam'],
  [
    'en',
    "What was the Hai Ba Trung district's 27th party congress, and what became of the district?",
    'dai-hoi-quan',
  ],
  ['en', 'Which documents does this bot rely on for the congress rules?', 'tai-lieu'],
  ['en', "What did the Politburo's June 2024 directive on congresses contain?", 'chi-thi-35'],
  ['en', 'What has changed since the Hai Ba Trung dissemination conference in October 2024?', 'thay-doi'],
  ['en', 'How were candidates for the new party committees supposed to be chosen?', 'nhan-su'],
  ['en', 'Which preparation teams does a grassroots unit set up before its congress?', 'chuan-bi'],
  [
    'en',
    'In what months did cells under a grassroots party committee hold their congresses in 2025?',
    'lich-trinh',
  ],
  ['en', 'How were the pilot congresses of December 2024 and early 2025 organised?', 'dai-hoi-diem'],
  ['fact', 'Đại hội XIV của Đảng họp từ ngày nào đến ngày nào, tôi cần ghi vào bài?', 'dai-hoi-xiv'],
  [
    'fact',
    'Tôi làm thống kê: bao nhiêu đảng bộ quận, huyện của Hà Nội dừng hoạt động từ 1/7/2025?',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'Báo cáo trung tâm trình đại hội, có vai trò định hướng, là báo cáo nào?', 'van-kien'],
  ['fact', 'Báo cáo kiểm điểm của cấp ủy trong nhiệm kỳ phải có tính chiến đấu đúng không?', 'van-kien'],
  ['fact', 'Đại hội phải không phô trương hình thức và chống lãng phí, có đúng vậy không?', 'nguyen-tac'],
  [
    'fact',
    'Văn bản của Bộ Chính trị năm 2024 về đại hội các cấp có mấy phần và mấy phụ lục, để tôi lập bảng?',
    'chi-thi-35',
  ],
  ['fact', 'Cho phường tôi chốt số liệu: đợt đại hội nhiệm kỳ 2025-2030 đã xong ở mọi cấp chưa?', 'ket-qua'],
  ['fact', 'Đại hội Đảng bộ quận Hai Bà Trưng là lần thứ mấy?', 'dai-hoi-quan'],
  [
    'fact',
    'Theo kế hoạch, Ban Thường vụ Quận ủy chọn những loại đơn vị nào để đại hội điểm đầu quý I/2025?',
    'dai-hoi-diem',
  ],
  [
    'fact',
    'Trước khi có quy định thí điểm, Điều lệ Đảng quy định chi bộ đại hội mấy lần trong 5 năm?',
    'chi-bo-5-nam',
  ],
  [
    'fact',
    'Hội nghị quán triệt về đại hội phải tổ chức trực tiếp hay có thể kết hợp trực tuyến?',
    'chuan-bi',
  ],
  ['fact', 'Nội dung thứ hai của đại hội là góp ý vào văn kiện của những cấp nào?', 'noi-dung'],
  ['fact', 'Bot dựa vào những văn bản nào để trả lời về đại hội?', 'tai-lieu'],
  [
    'fact',
    'Sau khi đại hội các cấp thành công, Bộ Chính trị yêu cầu tiếp tục kiện toàn những gì?',
    'ket-qua',
  ],
  [
    'lookalike',
    'Đại hội công đoàn cơ sở của công ty xây dựng nhiệm kỳ 2025-2030 phải tổ chức trước tháng mấy?',
    null,
  ],
  [
    'lookalike',
    'Chi bộ đội thi công muốn tổ chức hội nghị tổng kết an toàn vệ sinh lao động cuối năm thì mời những ai?',
    null,
  ],
  ['lookalike', 'Hội nghị nghiệm thu hoàn thành hạng mục móng cần những bên nào ký biên bản?', null],
  ['lookalike', 'Công nhân làm giàn giáo bị ngã thì bảo hiểm tai nạn lao động chi trả thế nào?', null],
  [
    'lookalike',
    'Đảng viên trong đội thi công sang Lào làm công trình sáu tháng thì sinh hoạt chi bộ kiểu gì?',
    null,
  ],
  ['lookalike', 'Lễ khởi công công trình có cần mời bí thư đảng ủy phường lên phát biểu không?', null],
  ['lookalike', 'Tiền cơm ca của công nhân công trường năm 2026 tối thiểu bao nhiêu một suất?', null],
  ['lookalike', 'Đại hội xã viên hợp tác xã vật liệu xây dựng cần bao nhiêu xã viên dự mới hợp lệ?', null],
  ['lookalike', 'Ban chỉ huy công trường nên họp giao ban tuần vào thứ mấy?', null],
  ['lookalike', 'Giấy phép xây dựng nhà ở riêng lẻ sau khi sáp nhập phường thì nộp ở đâu?', null],
  ['lookalike', 'Mẫu biểu thống kê số lượng đảng viên theo độ tuổi gửi lên thành phố lấy ở đâu?', null],
  ['lookalike', 'Tỷ lệ cấp ủy viên nữ của các chi bộ trong phường sau đại hội là bao nhiêu phần trăm?', null],
  [
    'lookalike',
    'Số đảng viên được trao huy hiệu 30 năm tuổi Đảng của phường dịp 3/2 năm nay là bao nhiêu?',
    null,
  ],
  ['lookalike', 'Cách dùng hàm COUNTIF trong Excel để đếm số chi bộ đã nộp báo cáo đại hội', null],
  ['lookalike', 'Phần mềm quản lý cơ sở dữ liệu đảng viên bị lỗi đăng nhập thì gọi ai hỗ trợ?', null],
  ['lookalike', 'Số hộ nghèo của phường năm 2025 lấy số liệu từ phòng nào của ủy ban?', null],
  ['lookalike', 'Dân số phường mới sau sáp nhập là bao nhiêu người?', null],
  ['lookalike', 'Đảng ủy phường yêu cầu nộp báo cáo thống kê đảng viên vào ngày mấy hằng tháng?', null],
  ['lookalike', 'Chi bộ tổ dân phố số 7 có bao nhiêu đảng viên trên 80 tuổi?', null],
  [
    'lookalike',
    'Chỉ thị của Bộ Chính trị có phải là văn bản quy phạm pháp luật theo Luật Ban hành văn bản không?',
    null,
  ],
  ['lookalike', 'Đảng viên bị kỷ luật khai trừ có quyền khởi kiện ra Tòa án hành chính không?', null],
  ['lookalike', 'Đại hội Đoàn Luật sư thành phố Hà Nội nhiệm kỳ mới tổ chức khi nào?', null],
  [
    'lookalike',
    'Nghị quyết đại hội chi bộ có ràng buộc người lao động không phải đảng viên trong công ty không?',
    null,
  ],
  ['lookalike', 'Thời hiệu xử lý kỷ luật đối với đảng viên vi phạm là bao nhiêu năm?', null],
  [
    'lookalike',
    'Khi văn bản của Đảng và luật của Nhà nước quy định khác nhau thì áp dụng cái nào trước?',
    null,
  ],
  ['lookalike', 'Hợp đồng tư vấn pháp lý với đảng ủy phường có phải qua đấu thầu không?', null],
  ['lookalike', 'Văn bản của Đảng có được đăng Công báo như nghị định của Chính phủ không?', null],
  ['lookalike', 'Đại hội Hội Luật gia Việt Nam nhiệm kỳ mới diễn ra ở đâu?', null],
  [
    'lookalike',
    "Where can foreign journalists get accreditation to cover sessions of Vietnam's National Assembly?",
    null,
  ],
  ['lookalike', "What GDP growth target did Vietnam's 14th Party Congress adopt?", null],
  [
    'lookalike',
    "Does the Communist Party of the Philippines hold party congresses the way Vietnam's party does?",
    null,
  ],
  ['lookalike', 'How many senators sit in the Philippine Senate?', null],
  ['lookalike', "What is today's exchange rate from Philippine peso to Vietnamese dong?", null],
  [
    'lookalike',
    'Is a Grab car cheaper than a taxi from Noi Bai airport to the Hanoi international press centre?',
    null,
  ],
  ['lookalike', 'What did the 14th Congress resolution say about the South China Sea?', null],
  [
    'lookalike',
    'Can you translate this Tagalog sentence into Vietnamese for my interview with a party cell secretary?',
    null,
  ],
  [
    'lookalike',
    'When is the next Vietnam–Philippines joint commission meeting on bilateral cooperation?',
    null,
  ],
  ['lookalike', 'Bot này có dùng ChatGPT để trả lời không?', null],
  ['lookalike', 'Tin nhắn tôi hỏi bot có bị lưu lại không, ai đọc được?', null],
  ['lookalike', 'Sao bot trả lời chậm thế, có phải do mạng công trường yếu không?', null],
  ['lookalike', 'Bot có nghe được tin nhắn thoại nếu tôi hỏi bằng giọng nói về đại hội chi bộ không?', null],
  ['lookalike', 'Bot soạn giúp tôi bài phát biểu khai mạc đại hội chi bộ được không?', null],
  ['lookalike', 'Ai là người lập trình và quản trị con bot này?', null],
  ['lookalike', 'Bot có giới hạn mỗi ngày được hỏi bao nhiêu câu không?', null],
  ['lookalike', 'Nếu bot trả lời sai về đại hội thì tôi phản ánh với ai?', null],
  ['lookalike', 'Bot có chạy được trên Zalo hay chỉ dùng được trên Telegram?', null],
  ['lookalike', 'Bot có đọc được ảnh chụp biên bản đại hội tôi gửi lên không?', null],
  ['lookalike', 'Can this bot answer in Tagalog, or only in Vietnamese and English?', null],
  ['lookalike', 'Trong Thiên long bát bộ, Kiều Phong bị vạch mặt ở đại hội anh hùng nào?', null],
  ['lookalike', 'Đại hội Cháu ngoan Bác Hồ của thiếu nhi phường năm nay tổ chức ở đâu?', null],
  ['lookalike', 'Đại hội dòng họ Nguyễn cuối năm cần chuẩn bị những gì?', null],
  ['lookalike', 'Đại hội Hội đồng hương Nghệ Tĩnh tại Hà Nội bầu ban chấp hành thế nào?', null],
  ['lookalike', 'Hội nghị Paris về Việt Nam được ký kết vào ngày tháng năm nào?', null],
  ['lookalike', 'Đảng viên dự bị có được biểu quyết tại đại hội chi bộ không?', null],
  ['lookalike', 'Phiếu bầu gạch xóa quá số lượng cần bầu thì có hợp lệ không?', null],
  ['lookalike', 'Biên bản đại hội chi bộ phải có chữ ký của những ai?', null],
  ['lookalike', 'Thẻ đảng viên bị mất khi đi công trình xa thì xin cấp lại thế nào?', null],
  ['lookalike', 'Đảng viên đi du lịch Thái Lan có phải báo cáo chi bộ trước không?', null],
  ['lookalike', 'Hội nghị Trung ương lần thứ mấy giới thiệu nhân sự cho Đại hội XIV?', null],
  ['lookalike', 'Lễ kỷ niệm 96 năm ngày thành lập Đảng ở phường tổ chức vào hôm nào?', null],
  ['lookalike', 'Đại hội Hội Người mù quận nhiệm kỳ mới tổ chức khi nào?', null],
  ['lookalike', 'Đại hội Hội Sinh viên Việt Nam lần gần nhất diễn ra ở đâu?', null],
  ['lookalike', 'Đảng viên tự ứng cử vào cấp ủy phải nộp đơn trước đại hội bao nhiêu ngày?', null],
  ['lookalike', 'Bí thư chi bộ công trường có được kiêm luôn chỉ huy trưởng công trường không?', null],
  ['lookalike', 'Hội nghị truyền hình trực tuyến với các xã nên dùng Zoom hay Microsoft Teams?', null],
  ['lookalike', 'Kiểm điểm đảng viên cuối năm 2025 dùng mẫu bản kiểm điểm cá nhân nào?', null],
  ['lookalike', 'Công nhân thời vụ ở công trường có được giới thiệu kết nạp vào Đảng không?', null],
];

export const NEWSET78: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
