/**
 * The sixteenth new evaluation set (issue 11, point 6), written on 2026-12-02 from 16:51 UTC
 * (committed in the commit "Eval: newset16, the sixteenth unseen set") by a helper (set16) that
 * had not seen the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from config/dh-2025-2030.yaml only the documents' ids, numbers, dates,
 * titles/abouts, issuers and statuses, the unit types' codes and names, and each topic's id, title
 * and body, printed by a small script that parsed the YAML and printed nothing else (no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset15.ts (its first 31 lines, before its import line) and its export line, the header, types,
 * `judge` and `describe` of newset.ts, newset15.test.ts, set-shape.ts, set-checks.ts and sets.ts.
 * Nothing under src/ or bench/, no README, no git log, diff or show, nothing of newset12.ts …
 * newset15.ts beyond that header and export line, and no other set's items were read. Its users
 * are imagined anew: new cell secretaries at a kindergarten, a company, a market management board,
 * a police-station civil office, a residential cell in a church area and an army veterans' cell;
 * members in their seventies who write formally and at length; young members who type fragments
 * without diacritics; an English-speaking diplomat or journalist; and organisation-board staff
 * checking the bot before recommending it. Some questions open with a greeting or a story, some
 * end with a tag ("…, đúng không?", "right?").
 *
 * It was committed BEFORE the next engine change, without running any of its questions through
 * the engine, the bot or the bench; only its shape test (newset16.test.ts), biome and tsc ran.
 * Engine changes reached main while it was being written (up to 98f73e8) and after its commit
 * (713632c to 52e7762: phrases that fold to common words, a member's benefits, " + " as a cut,
 * chat shorthand); its writer saw none of them. It was measured once on the engine as it stood
 * then, at 17:10 UTC on main 52e7762 (`node --expose-gc dist/bench/qa.js`, load 1.10):
 * qa_new_top1 97.2 %, qa_new_oos_refused 96.2 % (4 in-scope misses, 2 lookalikes answered). Its
 * misses were listed after that run, and it is a development set since. Do not edit an item after
 * its commit, except to fix an expectation that is factually wrong (against the sources), in its
 * own commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open were left out, not guessed.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // doc: every pack document by its number, in several spellings
  [
    'doc',
    'Kính gửi bot, tôi là bí thư chi bộ mới ở trường mầm non, xin hỏi Chỉ thị 35-CT/TW năm 2024 do cơ quan nào ban hành ạ?',
    'doc:ct-35-2024',
  ],
  ['doc', 'ct35 2024 gio con hieu luc ko', 'doc:ct-35-2024'],
  [
    'doc',
    'Directive 35 of June 2024 on the congresses toward the 14th Congress: what replaced it?',
    'doc:ct-35-2024',
  ],
  ['doc', 'chỉ thị số 35 ngày 14/6/2024 tên đầy đủ là gì, phải không ạ là về đại hội XIV?', 'doc:ct-35-2024'],
  [
    'doc',
    'Chỉ thị 35-CT/TW ngày 30/5/2019 hướng tới Đại hội XIII là văn bản gì, còn dùng được không?',
    'doc:ct-35-2019',
  ],
  ['doc', 'cái CT 35 hồi năm 2019 ấy, nhiệm kỳ trước, nó nói về gì', 'doc:ct-35-2019'],
  ['doc', 'Is there an older Directive 35 from 2019, the one before the 13th Congress?', 'doc:ct-35-2019'],
  [
    'doc',
    'Trong tủ hồ sơ chi bộ còn tập Hướng dẫn 26-HD/BTCTW ngày 18/10/2019, nó hướng dẫn văn bản nào, còn dùng cho nhiệm kỳ này không?',
    'doc:hd-26-2019',
  ],
  ['doc', 'hd26 nam 2019 cua ban to chuc la gi vay', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26 of October 2019: which directive does it guide, the 2019 one?', 'doc:hd-26-2019'],
  ['doc', 'Kết luận 118-KL/TW ký ngày nào và ai ký, có ai biết không?', 'doc:kl-118-2025'],
  ['doc', 'KL 118 điều chỉnh chỉ thị nào, bây giờ còn hiệu lực không ạ', 'doc:kl-118-2025'],
  ['doc', 'kl118 bi thay roi dung ko', 'doc:kl-118-2025'],
  ['doc', 'What is Conclusion 118 about?', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị 45-CT/TW ngày bao nhiêu, của Bộ Chính trị phải không?', 'doc:ct-45-2025'],
  ['doc', 'CT45 thay cho những văn bản nào vậy ad', 'doc:ct-45-2025'],
  [
    'doc',
    'Thưa đồng chí, chỉ thị số 45 về đại hội đảng bộ các cấp hiện nay tình trạng ra sao?',
    'doc:ct-45-2025',
  ],
  ['doc', 'When was Directive 45-CT/TW issued?', 'doc:ct-45-2025'],
  ['doc', 'Kết luận 200-KL/TW của Bộ Chính trị và Ban Bí thư nói về việc gì?', 'doc:kl-200-2025'],
  ['doc', 'kết luận số 200 ra ngày nào thế', 'doc:kl-200-2025'],
  ['doc', 'Conclusion 200-KL/TW, October 2025: who issued it?', 'doc:kl-200-2025'],
  ['doc', 'KL200 là văn bản tổng kết đại hội à?', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW ngày 26/8/2024 của Ban Tổ chức Trung ương hướng dẫn gì?', 'doc:hd-27-2024'],
  ['doc', 'HD 27 của BTCTW còn áp dụng không hay chưa rõ', 'doc:hd-27-2024'],
  ['doc', 'hd27 ai ban hanh', 'doc:hd-27-2024'],
  ['doc', 'Hướng dẫn 18-HD/BTCTU của Ban Tổ chức Thành ủy ban hành ngày nào?', 'doc:hd-18-2024'],
  ['doc', 'cho em hỏi HD 18 Thành ủy hướng dẫn những nội dung gì ạ', 'doc:hd-18-2024'],
  ['doc', 'Guidance 18-HD/BTCTU from the Hanoi organisation board, what is it about?', 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch 258-KH/TU của Thành ủy Hà Nội ngày nào?', 'doc:kh-258-2024'],
  ['doc', 'kh258 là kế hoạch của ai vậy', 'doc:kh-258-2024'],
  [
    'doc',
    'A colleague at the embassy mentioned Plan 258 of the Hanoi Party Committee; what date does it bear and what is its status now?',
    'doc:kh-258-2024',
  ],
  ['doc', 'Kế hoạch 203-KH/QU của Quận ủy Hai Bà Trưng tên là gì?', 'doc:kh-203-2024'],
  ['doc', 'KH203 quận ủy ra ngày bao nhiêu', 'doc:kh-203-2024'],
  [
    'doc',
    'Tôi muốn xem kế hoạch số 203 về tổ chức đại hội cơ sở, nay quận không còn thì nó còn giá trị không?',
    'doc:kh-203-2024',
  ],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 của Trung ương khóa XII là nghị quyết gì?', 'doc:nq-26-2018'],
  ['doc', 'NQ 26 ngày 19/5/2018 do ai ban hành', 'doc:nq-26-2018'],
  ['doc', 'nq26 con hieu luc khong b', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26 of May 2018, which Central Committee issued it?', 'doc:nq-26-2018'],
  ['doc', 'Quy định 89-QĐ/TW về tiêu chuẩn cán bộ nay đã bị thay thế chưa?', 'doc:qd-89-2017'],
  ['doc', 'QĐ 89 năm 2017 còn dùng được không, đúng không là hết rồi?', 'doc:qd-89-2017'],
  ['doc', 'qd89 thay bang qd nao', 'doc:qd-89-2017'],
  ['doc', 'Quy định 365-QĐ/TW ngày 30/8/2025 quy định về gì?', 'doc:qd-365-2025'],
  ['doc', 'QD 365 cua bo chinh tri ban hanh khi nao', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365 on standards for cadre positions, is it still in force?', 'doc:qd-365-2025'],
  [
    'doc',
    'Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy về tiêu chí đánh giá cán bộ ngày nào?',
    'doc:qd-14-2023',
  ],
  ['doc', 'qd14 thanh uy noi ve gi', 'doc:qd-14-2023'],
  ['doc', 'Cho hỏi QĐ 14 năm 2023 của thành ủy còn áp dụng hay không ạ', 'doc:qd-14-2023'],
  ['doc', 'Quy định 2656-QĐ/QU của Ban Thường vụ Quận ủy về nội dung gì?', 'doc:qd-2656-2023'],
  ['doc', 'qđ 2656 ban hành ngày mấy', 'doc:qd-2656-2023'],
  ['doc', 'Regulation 2656 of the district standing board: what does it cover?', 'doc:qd-2656-2023'],
  ['doc', 'Quy định 1216-QĐ/QU về quy hoạch cán bộ ban hành năm nào?', 'doc:qd-1216-2022'],
  ['doc', 'quy định số 1216 của quận ủy là của ban nào', 'doc:qd-1216-2022'],
  ['doc', 'qd1216 con hieu luc k', 'doc:qd-1216-2022'],
  ['doc', 'Quy định 294-QĐ/TW thí điểm đại hội chi bộ ban hành ngày nào?', 'doc:qd-294-2025'],
  ['doc', 'QĐ 294 do cơ quan nào ký vậy', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294 on party-cell congresses, when does it take effect?', 'doc:qd-294-2025'],
  ['doc', 'qd294 la gi', 'doc:qd-294-2025'],

  // unknown-doc: documents the pack does not hold
  ['unknown-doc', 'Nghị quyết 57-NQ/TW về khoa học công nghệ có liên quan đại hội không?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 232-QĐ/TW thi hành Điều lệ Đảng nói gì về đại hội?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 06-HD/TW hướng dẫn gì vậy', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 301-KH/TU của Thành ủy ban hành ngày nào?', 'unknown-doc'],
  ['unknown-doc', 'chỉ thị 36-CT/TW về đại hội là của năm nào', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 119-KL/TW còn hiệu lực không?', 'unknown-doc'],
  ['unknown-doc', 'Công văn 1150-CV/QU gửi các chi bộ về việc gì?', 'unknown-doc'],
  ['unknown-doc', 'Quyết định 1522-QĐ/UBND của phường ban hành khi nào', 'unknown-doc'],
  ['unknown-doc', 'What does Directive 40-CT/TW say about congresses?', 'unknown-doc'],
  ['unknown-doc', 'nq60 nam 2025 ve sap xep to chuc la gi', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 21-HD/BTCTW về nhân sự đại hội có gì mới?', 'unknown-doc'],
  ['unknown-doc', 'Thông tri 12-TT/TW do ai ký?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 99-KH/ĐU của đảng ủy phường về đại hội chi bộ nói gì ạ', 'unknown-doc'],

  // offword: everyday or other-organisation words, but about the congress
  [
    'offword',
    'Chi bộ trường mầm non của em toàn cô giáo, hiệu trưởng bảo em hỏi đại hội chi bộ phải có mấy nội dung?',
    'noi-dung',
  ],
  [
    'offword',
    'Giám đốc công ty giao tôi lo đại hội chi bộ công ty, cần thành lập những tổ nào để chuẩn bị?',
    'chuan-bi',
  ],
  [
    'offword',
    'Ban quản lý chợ có chi bộ, báo cáo chính trị trình đại hội chi bộ viết thế nào cho đúng?',
    'van-kien',
  ],
  [
    'offword',
    'Chi bộ đội thủ tục hành chính công an phường chuẩn bị đại hội thì quy trình nhân sự cần lưu ý gì?',
    'chuan-bi',
  ],
  [
    'offword',
    'Khu dân cư chúng tôi gần nhà thờ, chi bộ có nhiều bà con giáo dân, đại hội chi bộ có phải tổ chức liên hoan, tặng hoa linh đình không?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Chi bộ cựu chiến binh chúng tôi muốn làm đại hội thật hoành tráng, có băng rôn cờ hoa, như vậy có đúng tinh thần không?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Hội phụ nữ phường cũng có chi bộ, chi bộ đó bầu ban chấp hành rồi bầu đoàn đại biểu đi đại hội cấp trên đúng không?',
    'noi-dung',
  ],
  [
    'offword',
    'Tôi là kế toán, chi bộ giao viết báo cáo kiểm điểm của cấp ủy, báo cáo này cần có tính chiến đấu thế nào?',
    'van-kien',
  ],
  [
    'offword',
    'Chi bộ bệnh viện chúng tôi góp ý dự thảo văn kiện Đại hội XIV ở đại hội chi bộ, Đại hội XIV họp lúc nào?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Nhà trường đang nghỉ hè, chi bộ trường có thể họp đại hội trực tuyến không hay phải trực tiếp?',
    'chuan-bi',
  ],
  [
    'offword',
    'Công đoàn công ty vừa xong đại hội, còn chi bộ công ty mình thì chọn người vào cấp ủy khóa mới theo những văn bản nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Ban quản lý chợ Đồng Xuân hay chợ nào cũng vậy, chi bộ cơ sở thì đại hội xong trước ngày nào?',
    'lich-trinh',
  ],
  ['offword', 'Đoàn thanh niên hỏi nhờ: đại hội đảng bộ các cấp nhiệm kỳ này đã xong hết chưa?', 'ket-qua'],
  [
    'offword',
    'Hàng xóm tôi bảo quận giải thể rồi nên đại hội đảng bộ quận không còn, quận bị bỏ từ ngày nào?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Ở cơ quan tôi mọi người đồn chi bộ giờ 5 năm mới đại hội một lần như công ty cổ phần họp cổ đông, thật không?',
    'chi-bo-5-nam',
  ],

  // two-part: two questions, two topics
  [
    'two-part',
    'Em mới làm bí thư chi bộ ban quản lý chợ: đại hội chi bộ có mấy nội dung? Và cấp ủy phải trình những báo cáo nào ạ?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Đại hội điểm tổ chức lúc nào, còn Đại hội XIV của Đảng họp ngày nào?',
    'dai-hoi-diem+dai-hoi-xiv',
  ],
  ['two-part', 'chuan bi dai hoi can lap to gi, roi nguyen tac to chuc la gi', 'chuan-bi+nguyen-tac'],
  [
    'two-part',
    'Xin hỏi hai việc: chính quyền hai cấp chạy từ bao giờ, và đại hội chi bộ bây giờ mấy năm một lần?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Chọn nhân sự cấp ủy theo tiêu chuẩn nào, và đại hội các cấp đã có kết quả chưa?',
    'nhan-su+ket-qua',
  ],
  [
    'two-part',
    'What has changed since the October 2024 conference, and what are the two reports to the congress?',
    'thay-doi+van-kien',
  ],
  [
    'two-part',
    'Lịch đại hội từng loại tổ chức đảng thế nào, đồng thời cho biết đại hội điểm của quận chọn những đơn vị nào?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Đại hội đảng bộ quận lần thứ XXVII ra sao, với lại bốn nội dung đại hội là gì?',
    'dai-hoi-quan+noi-dung',
  ],
  [
    'two-part',
    'Bot dựa vào những văn bản nào, và tổ chức đại hội phải theo nguyên tắc gì?',
    'tai-lieu+nguyen-tac',
  ],
  [
    'two-part',
    'How often do party cells hold congresses now, and when was the 14th National Congress?',
    'chi-bo-5-nam+dai-hoi-xiv',
  ],
  ['two-part', 'báo cáo chính trị viết sao + nhân sự cấp ủy mới chọn kiểu gì', 'van-kien+nhan-su'],

  // unit: per unit type
  ['unit', 'Chi bộ trực thuộc đảng ủy cơ sở đại hội từ tháng mấy đến tháng mấy?', 'lich-trinh'],
  ['unit', 'Chúng tôi là chi bộ cơ sở, thời hạn đại hội của chúng tôi là bao giờ?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở thì phải đợi các chi bộ trực thuộc đại hội xong mới được đại hội phải không?',
    'lich-trinh',
  ],
  ['unit', 'Là đảng bộ cơ sở, chúng tôi phải chọn bao nhiêu chi bộ để làm đại hội điểm?', 'dai-hoi-diem'],
  ['unit', 'chi bo co so thi dai hoi bau nhung gi', 'noi-dung'],
  ['unit', 'Đảng bộ cơ sở trình đại hội những văn kiện gì?', 'van-kien'],
  ['unit', 'Chi bộ trực thuộc có phải bầu đoàn đại biểu dự đại hội đảng bộ cấp trên không?', 'noi-dung'],
  ['unit', 'For a grassroots party committee, when did the congress have to be finished?', 'lich-trinh'],
  ['unit', 'Chi bộ cơ sở có được quận chọn làm đại hội điểm không, vào lúc nào?', 'dai-hoi-diem'],

  // typo: misspelt or without diacritics
  ['typo', 'dai hoi chi bo cua minh gom nhung noi dung j the', 'noi-dung'],
  ['typo', 'bao cao chinh tri vs bao cao kiem diem khac nhau cho nao', 'van-kien'],
  ['typo', 'đại hộii điểm làm vào thág mấy', 'dai-hoi-diem'],
  ['typo', 'nguyen tac tap trung dan chu khi to chuc dh chi bo minh ap dung the nao vay', 'nguyen-tac'],
  ['typo', 'dh xiv hop ngay nao z', 'dai-hoi-xiv'],
  ['typo', 'chinh quyen 2 cap bat dau tu khi nao vay mn', 'chinh-quyen-2-cap'],
  ['typo', 'chi bo 5 nam dh 1 lan la that ha', 'chi-bo-5-nam'],
  ['typo', 'nhân sư cấp uỷ khoá mơi chọn theo tiêu chuẩn gi', 'nhan-su'],
  ['typo', 'cac to nhan su to van kien to to chuc lap ra de lam gi', 'chuan-bi'],
  ['typo', 'dh cac cap nk 2025 2030 xong chua a', 'ket-qua'],
  ['typo', 'tu sau hoi nghi quan triet thang 10 nam 2024 co thay doi gi k', 'thay-doi'],
  ['typo', 'dai hoi dang bo quan hai ba trung lan thu 27 the nao roi', 'dai-hoi-quan'],
  ['typo', 'lich dai hoi cho tung loai chi bo dang bo ra sao ak', 'lich-trinh'],
  ['typo', 'bot dung nhung van ban j de tra loi', 'tai-lieu'],
  ['typo', 'chong phô trương lang phi khi to chuc dai hôi la nhu nao', 'nguyen-tac'],

  // en: English
  ['en', 'I am a diplomat in Hanoi. What are the four items a party cell congress has to cover?', 'noi-dung'],
  [
    'en',
    'As a journalist I would like to know: were the 2025–2030 party congresses completed on schedule?',
    'ket-qua',
  ],
  ['en', 'What reports does the committee submit to its congress?', 'van-kien'],
  ['en', 'Which teams must a grassroots organisation set up before its congress?', 'chuan-bi'],
  ['en', 'What principles must the congress follow, for example against waste?', 'nguyen-tac'],
  [
    'en',
    'Out of curiosity, in which months were the district’s pilot party congresses scheduled?',
    'dai-hoi-diem',
  ],
  ['en', 'How are candidates for the new party committee selected?', 'nhan-su'],
  ['en', 'Vietnam abolished the district level, right? Since when?', 'chinh-quyen-2-cap'],
  ['en', 'When did the Communist Party of Vietnam hold its 14th National Congress?', 'dai-hoi-xiv'],
  ['en', 'Which documents does this bot rely on for the congresses?', 'tai-lieu'],
  ['en', 'What happened to the Hai Bà Trưng district 27th congress plan?', 'dai-hoi-quan'],
  ['en', 'In what order do the cells and grassroots committees hold their congresses?', 'lich-trinh'],
  ['en', 'Is it true cells now meet in congress only once in five years?', 'chi-bo-5-nam'],

  // fact: facts from FACTS.md
  ['fact', 'Chỉ thị 35 năm 2024 có mấy phần, mấy phụ lục?', 'chi-thi-35'],
  [
    'fact',
    'Thưa các đồng chí, theo Điều lệ Đảng trước khi có thí điểm, chi bộ chúng tôi phải đại hội bao nhiêu lần trong một nhiệm kỳ 5 năm?',
    'chi-bo-5-nam',
  ],
  ['fact', 'Ở Hà Nội có bao nhiêu đảng bộ cấp huyện kết thúc hoạt động ngày 1/7/2025?', 'chinh-quyen-2-cap'],
  ['fact', 'Đại hội XIV kéo dài từ ngày 19 đến ngày 23 tháng 1 năm 2026, đúng không?', 'dai-hoi-xiv'],
  [
    'fact',
    'Kính thưa, tôi năm nay 76 tuổi, đã đọc báo thấy nói Kết luận 200 khẳng định đại hội các cấp đã thành công đúng kế hoạch, xin cho biết kết luận đó còn yêu cầu các cấp ủy làm gì tiếp?',
    'ket-qua',
  ],
  ['fact', 'Bảy yêu cầu của chỉ thị về đại hội tiến tới Đại hội XIV tóm tắt là những gì?', 'chi-thi-35'],
  ['fact', 'Từ ngày nào các đảng bộ xã, phường ở Hà Nội bắt đầu hoạt động?', 'chinh-quyen-2-cap'],
  ['fact', 'Quy định về thí điểm đại hội chi bộ có hiệu lực từ ngày nào?', 'chi-bo-5-nam'],
  [
    'fact',
    'Những mốc thay đổi chính từ tháng 1/2025 đến tháng 1/2026 về công tác đại hội là gì?',
    'thay-doi',
  ],
  ['fact', 'Quận ủy chọn mấy đơn vị để làm đại hội điểm đầu quý I/2025?', 'dai-hoi-diem'],

  // lookalike: out of scope, expect a refusal
  [
    'lookalike',
    'Chi đoàn phường em hỏi đại hội Đoàn TNCS Hồ Chí Minh cấp phường khóa tới làm vào tháng nào?',
    null,
  ],
  ['lookalike', 'Công đoàn cơ sở công ty tôi bầu ban chấp hành mấy người?', null],
  ['lookalike', 'Đại hội đồng cổ đông thường niên phải triệu tập trước bao nhiêu ngày?', null],
  ['lookalike', 'Hội khỏe Phù Đổng cấp trường mầm non có tổ chức không?', null],
  ['lookalike', 'Hội đồng mục vụ giáo xứ bầu lại nhiệm kỳ mới thì làm thế nào?', null],
  ['lookalike', 'Đại hội Hội Cựu chiến binh phường nhiệm kỳ 2027 chuẩn bị những gì?', null],
  ['lookalike', 'Hội Liên hiệp Phụ nữ quận đại hội lần thứ mấy rồi?', null],
  ['lookalike', 'Họp phụ huynh đầu năm học ở trường mầm non cần chuẩn bị gì?', null],
  ['lookalike', 'Tổ dân phố họp bàn thu phí vệ sinh thì ai chủ trì?', null],
  ['lookalike', 'Bầu cử đại biểu Quốc hội khóa mới diễn ra ngày nào?', null],
  ['lookalike', 'Bí thư Thành ủy Hà Nội hiện nay là đồng chí nào?', null],
  ['lookalike', 'Số điện thoại văn phòng đảng ủy phường Bạch Mai là bao nhiêu?', null],
  ['lookalike', 'Chủ nhật này chi bộ định đi dã ngoại, thời tiết Hà Nội có mưa không bot?', null],
  ['lookalike', 'Hồ sơ kết nạp Đảng gồm những giấy tờ gì?', null],
  ['lookalike', 'Bố tôi là đảng viên hưu trí, mỗi tháng đóng đảng phí theo mức nào?', null],
  ['lookalike', 'Chuyển sinh hoạt đảng khi đổi chỗ làm thì thủ tục thế nào?', null],
  [
    'lookalike',
    'Cho tôi hỏi ngoài lề: Trung Quốc họp đại hội đảng lần thứ 20 vào năm nào, bầu ra những ai?',
    null,
  ],
  [
    'lookalike',
    'For comparison in my article: when and where does the US Democratic Party hold its next national convention?',
    null,
  ],
  ['lookalike', 'Đại hội nhiệm kỳ 2030 - 2035 sẽ theo chỉ thị nào, bao giờ bắt đầu?', null],
  ['lookalike', 'Đại hội VI năm 1986 đề ra đường lối đổi mới như thế nào?', null],
  ['lookalike', 'Bot này do ai làm ra, dùng trí tuệ nhân tạo gì?', null],
  ['lookalike', 'Phường Vĩnh Tuy hiện có bao nhiêu đảng viên?', null],
  ['lookalike', 'ở hai bà trưng thì sao, nghe nói phố ấy nhiều quán ăn ngon lắm', null],
  ['lookalike', 'Sau sáp nhập thì quận Hai Bà Trưng cũ được chia về những phường mới nào vậy?', null],
  ['lookalike', 'Vợ tôi ốm nằm viện, tôi xin vắng sinh hoạt chi bộ tháng này được không?', null],
  ['lookalike', 'đại hội anh hùng võ lâm ở Thiếu Lâm Tự trong truyện kiếm hiệp là hồi thứ mấy', null],
  ['lookalike', 'Tiệc tất niên cuối năm của công ty nên tổ chức ở nhà hàng nào?', null],
  ['lookalike', 'Lương hưu năm nay tăng bao nhiêu phần trăm?', null],
  ['lookalike', 'Làm căn cước ở công an phường cần mang theo giấy tờ gì?', null],
  ['lookalike', 'Mua vé xem đội tuyển Việt Nam đá ở Mỹ Đình ở đâu?', null],
  ['lookalike', 'Huy hiệu 50 năm tuổi Đảng xét tặng vào dịp nào?', null],
  ['lookalike', 'Thi nâng ngạch chuyên viên chính năm nay có những môn gì?', null],
  [
    'lookalike',
    'Quick check before my interview tomorrow: who holds the post of General Secretary right now, right?',
    null,
  ],
  ['lookalike', 'Tell me about the Lao People’s Revolutionary Party congress.', null],
  ['lookalike', 'Đại hội đại biểu Hội Luật gia thành phố họp khi nào?', null],
  ['lookalike', 'Ủy ban Mặt trận Tổ quốc phường có bao nhiêu ủy viên?', null],
  ['lookalike', 'Bầu tổ trưởng tổ dân phố mới cần bao nhiêu phiếu?', null],
  [
    'lookalike',
    'Công ty chúng tôi sắp tổ chức hội nghị khách hàng cuối năm, nên mời những ai và trang trí thế nào?',
    null,
  ],
  ['lookalike', 'Chi hội người cao tuổi tổ 5 đại hội có cần mời phường không?', null],
  ['lookalike', 'Đảng viên uống rượu lái xe bị kỷ luật hình thức gì?', null],
  ['lookalike', 'Lớp bồi dưỡng nhận thức về Đảng học ở đâu, mấy buổi?', null],
  ['lookalike', 'Ngày thành lập Đảng là ngày nào, năm nay kỷ niệm bao nhiêu năm?', null],
  ['lookalike', 'nau pho bo sao cho ngon', null],
  ['lookalike', 'tien thuong tet cong ty minh nam nay duoc may thang luong vay ae', null],
  ['lookalike', 'lich cat dien phuong minh tuan nay', null],
  ['lookalike', 'Đảng Nhân dân Cách mạng Lào đại hội lần thứ mấy rồi?', null],
  [
    'lookalike',
    'Đại hội thể dục thể thao của phường năm nay có thi kéo co và cờ tướng cho các cụ không?',
    null,
  ],
  ['lookalike', 'Kết quả xổ số miền Bắc hôm qua?', null],
  ['lookalike', 'Is the British Labour Party conference open to foreign journalists?', null],
  ['lookalike', 'Chủ tịch UBND phường Thanh Nhàn là ai, phải không ạ là người mới về?', null],
  ['lookalike', 'Tôi 72 tuổi, con trai muốn đi xuất khẩu lao động Nhật, cần giấy tờ gì?', null],
  ['lookalike', 'chán quá bot ơi, kể cho mình một chuyện cười về cơ quan đi', null],
  ['lookalike', 'Hội nghị Ban Chấp hành Trung ương lần thứ mười họp bàn những gì?', null],
];

export const NEWSET16: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
