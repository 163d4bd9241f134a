/**
 * The fifty-third new evaluation set (issue 11, point 6), written on 2026-12-04 from 02:11 UTC
 * (committed in the commit "Eval: newset53, the fifty-third unseen set") by a helper (set53) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before its `const items` line) and its last line, the part of newset.ts
 * before `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under
 * src/, bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items
 * were read. Its users are imagined as the secretary of a cell in a seafood export company, a
 * pensioner who worked at the old district party committee, an American graduate student who
 * writes in English, the secretary of the cell of a hospital's surgery department, a member who
 * copies questions from a Zalo group with their emojis, and the office chief of a ward party
 * committee preparing a report; with the out-of-scope messages such users send (other
 * organisations' meetings: a company's extraordinary shareholders' meeting, a seafood trade fair,
 * a nurses' association branch, a retired teachers' association, a Women's Union street-group
 * congress, a ward sports games, a surgery congress, an Asian-studies conference, the Chinese
 * party's congress; other senses of "hội nghị": pre-operative case conferences, director-worker
 * dialogues, a ward committee's quarterly plenum, People's Council budget sessions; other party
 * business the pack does not cover: temporary membership at sea, admission and its ceremony,
 * 45-year badges, lost membership cards, thematic cell meetings, absences and annual grading, the
 * grading report's deadline, six-monthly reviews of a congress resolution, handing over an old
 * district committee's archives, the party-member database software, a scam in the board's name, a
 * forwarded rumour of a levy; people in posts: the General Secretary elected, the Politburo's list
 * and seats, a former district secretary; history: the 1986 congress archives, the district's 26th
 * congress; addresses, phones and hours: the old district office, a ward office; money: pensions,
 * allowances for cold stores and surgery, Tết gifts, ward budgets, a rumoured monthly allowance,
 * party funds for gifts and parties, shrimp prices, container freight; trade: the EU's IUU card;
 * local government services: the new ward's population, administrative reform reports, statistics
 * deadlines, driving licences on VNeID, power cuts; research visas and ethics review, observing a
 * congress as a foreigner; everyday life: a death-anniversary tray, weather, lunch, jokes,
 * football links, Tết duty rosters, doctors' promotion exams; the bot itself and who runs it).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset53.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why. One item was reworded in its own commit before any run, by the
 * same helper, which had not seen the engine: newset54, written at the same time and landed before
 * it, held the same question.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, the money a congress may
 * spend, membership figures) were left out, not guessed.
 *
 * It was written while 745c0a6 (the word prior) reached main and committed after it; its writer
 * saw no engine change. Engine changes reached main after its commit: 878dbde and be45425 (the word
 * prior relearned with newset51 and newset52), 3c6d3e5 (a pagoda's festivals) and 629a823 (the
 * SPD, think tanks). It was measured once, at 02:28 UTC on main 629a823 (`node --expose-gc
 * dist/bench/qa.js`, load 2.30): qa_new_top1 97.8 %, qa_new_oos_refused 93.5 % (3 in-scope
 * misses, 4 lookalikes answered; qa_p99_us 95.9 in that run, p50 28.5). Its misses were listed
 * after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  [
    'doc',
    'Em là bí thư chi bộ khoa Ngoại, cho hỏi Chỉ thị số 35-CT/TW ngày 14/6/2024 giờ còn hiệu lực hay đã bị thay thế ạ?',
    'doc:ct-35-2024',
  ],
  ['doc', 'ct35/2024 của BCT ban hành ngày nào vậy', 'doc:ct-35-2024'],
  ['doc', 'Directive 35-CT/TW of June 2024: is it still in force, or was it replaced?', 'doc:ct-35-2024'],
  ['doc', 'chi thi 35 nam 2024 thi bay gio thay bang van ban nao roi', 'doc:ct-35-2024'],
  [
    'doc',
    'Hồi 2019 tôi còn công tác ở Quận ủy, có Chỉ thị 35-CT/TW ngày 30/5/2019 hướng tới Đại hội XIII, bot có giữ văn bản đó không?',
    'doc:ct-35-2019',
  ],
  ['doc', 'CT 35 năm 2019 của nhiệm kỳ trước bây giờ tình trạng thế nào?', 'doc:ct-35-2019'],
  [
    'doc',
    'Directive 35 of 30 May 2019, the one toward the 13th Congress: what is its status in your sources?',
    'doc:ct-35-2019',
  ],
  ['doc', 'Kết luận số 118-KL/TW ngày 18/1/2025 bây giờ có còn hiệu lực không ạ?', 'doc:kl-118-2025'],
  ['doc', 'KL118 do cơ quan nào ban hành vậy, văn phòng cần ghi cho đúng', 'doc:kl-118-2025'],
  ['doc', 'Conclusion 118-KL/TW: who issued it, and was it later replaced?', 'doc:kl-118-2025'],
  [
    'doc',
    'Chỉ thị 45-CT/TW của Bộ Chính trị ban hành ngày nào, sau đó có thay đổi gì không?',
    'doc:ct-45-2025',
  ],
  [
    'doc',
    'CT 45 hiện nay tình trạng ra sao, chi bộ công ty cần biết để ghi vào nghị quyết',
    'doc:ct-45-2025',
  ],
  ['doc', 'Directive 45: issued when, and by which body?', 'doc:ct-45-2025'],
  ['doc', 'ct45/tw con hieu luc ko ad', 'doc:ct-45-2025'],
  [
    'doc',
    'Kết luận 200-KL/TW ngày 17/10/2025 của Bộ Chính trị và Ban Bí thư, cho tôi xem thông tin văn bản này',
    'doc:kl-200-2025',
  ],
  ['doc', 'KL 200 ban hành ngày nào, ai ban hành?', 'doc:kl-200-2025'],
  ['doc', 'Conclusion 200 of October 2025: date and issuing body, please.', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW của Ban Tổ chức Trung ương ra ngày nào vậy?', 'doc:hd-27-2024'],
  ['doc', 'HD27 BTCTW tình trạng bây giờ thế nào, còn dùng được không', 'doc:hd-27-2024'],
  ['doc', 'Guidance 27-HD/BTCTW of August 2024: what is its status?', 'doc:hd-27-2024'],
  [
    'doc',
    'Hướng dẫn số 18-HD/BTCTU ngày 01/10/2024 của Ban Tổ chức Thành ủy bây giờ tình trạng thế nào?',
    'doc:hd-18-2024',
  ],
  ['doc', 'hd 18 btctu ha noi ban hanh ngay nao', 'doc:hd-18-2024'],
  ['doc', 'Guidance 18 of the Hanoi city organisation board: what is that document?', 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch số 258-KH/TU ngày 15/7/2024 của Thành ủy Hà Nội còn giá trị không?', 'doc:kh-258-2024'],
  ['doc', 'kh258 thành ủy là văn bản gì thế mọi người 🤔', 'doc:kh-258-2024'],
  ['doc', 'Plan 258-KH/TU: what does the bot know about it?', 'doc:kh-258-2024'],
  [
    'doc',
    'Kế hoạch 203-KH/QU của Quận ủy Hai Bà Trưng ngày 29/7/2024, giờ không còn quận thì văn bản này tính sao?',
    'doc:kh-203-2024',
  ],
  ['doc', 'KH 203/QU tình trạng hiện nay', 'doc:kh-203-2024'],
  ['doc', 'Plan 203 of the Hai Ba Trung district committee: when was it issued?', 'doc:kh-203-2024'],
  [
    'doc',
    'Nghị quyết 26-NQ/TW ngày 19/5/2018 của Ban Chấp hành Trung ương khóa XII hiện còn hiệu lực không?',
    'doc:nq-26-2018',
  ],
  ['doc', 'NQ26 năm 2018 của Trung ương nói về việc gì ạ', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26-NQ/TW (2018): what is it and who issued it?', 'doc:nq-26-2018'],
  [
    'doc',
    'Hồi nhiệm kỳ trước tôi có đọc Hướng dẫn 26-HD/BTCTW năm 2019, văn bản đó hướng dẫn chỉ thị nào và giờ ra sao?',
    'doc:hd-26-2019',
  ],
  ['doc', 'HD 26 của BTCTW ngày 18/10/2019 bây giờ còn dùng được không?', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26-HD/BTCTW of October 2019: status, please.', 'doc:hd-26-2019'],
  ['doc', 'Quy định 89-QĐ/TW năm 2017 về tiêu chuẩn cán bộ còn dùng được không?', 'doc:qd-89-2017'],
  ['doc', 'QĐ 89 bị thay bằng quy định nào rồi?', 'doc:qd-89-2017'],
  ['doc', 'Is Regulation 89-QĐ/TW still the cadre standard the Party uses?', 'doc:qd-89-2017'],
  ['doc', 'qd89/tw cua bct ky ngay nao, cb cty em can ghi vao bien ban', 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365-QĐ/TW ngày 30/8/2025 do cơ quan nào ban hành?', 'doc:qd-365-2025'],
  ['doc', 'QĐ365 thay cho quy định nào vậy bot', 'doc:qd-365-2025'],
  ['doc', 'For a footnote: Regulation 365 of August 2025, what exactly does it cover?', 'doc:qd-365-2025'],
  [
    'doc',
    'Văn phòng cần trích dẫn Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy Hà Nội: ngày ký và tình trạng hiện nay?',
    'doc:qd-14-2023',
  ],
  ['doc', 'QĐ 14/TU còn hiệu lực không', 'doc:qd-14-2023'],
  [
    'doc',
    'In my notes I have Regulation 14-QĐ/TU of the Hanoi city committee; is it still current per your sources?',
    'doc:qd-14-2023',
  ],
  [
    'doc',
    'Quy định 2656-QĐ/QU ngày 13/11/2023 của Ban Thường vụ Quận ủy giờ còn áp dụng cho phường không?',
    'doc:qd-2656-2023',
  ],
  ['doc', 'qd 2656 quan uy hai ba trung la van ban gi', 'doc:qd-2656-2023'],
  ['doc', 'Regulation 2656 of Hai Ba Trung district: what is it about?', 'doc:qd-2656-2023'],
  [
    'doc',
    'Ông hỏi chút: Quy định số 1216-QĐ/QU về quy hoạch cán bộ hồi tôi còn ở Quận ủy ban hành ngày nào?',
    'doc:qd-1216-2022',
  ],
  ['doc', 'QĐ1216 còn dùng được sau khi bỏ cấp quận không', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216-QĐ/QU (April 2022): status?', 'doc:qd-1216-2022'],
  ['doc', 'Quy định 294-QĐ/TW ngày 26/5/2025 ai ban hành, có hiệu lực từ bao giờ?', 'doc:qd-294-2025'],
  ['doc', 'QĐ 294 do cơ quan nào ban hành ạ', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294-QĐ/TW: issuer and current status?', 'doc:qd-294-2025'],
  ['unknown-doc', 'Quy định 232-QĐ/TW về thi hành Điều lệ Đảng, bot có văn bản này không?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 150-KL/TW hướng dẫn quy hoạch cán bộ nói những gì?', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị quyết 57-NQ/TW về khoa học công nghệ yêu cầu gì với chi bộ trong doanh nghiệp xuất khẩu?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Resolution 66-NQ/TW on law-making: what does it require of local party bodies?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Hướng dẫn số 02-HD/BTCTW về chuyển sinh hoạt đảng sau sắp xếp, xem nội dung ở đâu?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Kế hoạch 311-KH/ĐU của Đảng ủy phường Bạch Mai về đại hội chi bộ có gì mới?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Quy định 366-QĐ/TW về kiểm điểm, đánh giá, xếp loại có áp dụng với đảng viên hưu trí không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Chỉ thị 05-CT/TW về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh còn hiệu lực không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Nghị quyết 21-NQ/TW về củng cố tổ chức cơ sở đảng nói gì về chi bộ trong bệnh viện?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Regulation 24-QĐ/TW on implementing the Party Charter: can you summarise it?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Hướng dẫn 12-HD/UBKTTW về thi hành kỷ luật đảng viên quy định thế nào?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 137-KL/TW về sắp xếp tổ chức bộ máy có nhắc tới đại hội không?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 80-QĐ/TW về phân cấp quản lý cán bộ và bổ nhiệm, bot tra giúp', 'unknown-doc'],
  [
    'unknown-doc',
    'Công văn 4521-CV/BTCTU hướng dẫn hồ sơ nhân sự đại hội, văn phòng tìm không thấy',
    'unknown-doc',
  ],
  ['unknown-doc', '📣📣 Ai có file Thông báo 09-TB/TW về tổ chức đại hội chi bộ không ạ 🙏🙏', 'unknown-doc'],
  [
    'unknown-doc',
    'Directive 28-CT/TW on party building in private enterprises: is it in your sources?',
    'unknown-doc',
  ],
  [
    'offword',
    'Vừa ký xong lô cá tra fillet đi Mỹ, rảnh hỏi luôn: đại hội chi bộ nhiệm kỳ 2025-2030 phải làm mấy nội dung?',
    'noi-dung',
  ],
  [
    'offword',
    'Giữa hai ca mổ ruột thừa, em hỏi nhanh: báo cáo kiểm điểm của cấp ủy yêu cầu những gì?',
    'van-kien',
  ],
  [
    'offword',
    'Sáng uống chén trà nghe đài nhắc Đại hội XIV, vậy đại hội ấy họp từ ngày nào đến ngày nào hả cháu?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    '☕☕ Sáng thứ bảy mưa lạnh 🥶 ai giải thích giúp đại hội điểm là gì và làm vào lúc nào ạ',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Máy in văn phòng lại kẹt giấy, trong lúc chờ thợ cho hỏi tổ nhân sự, tổ văn kiện, tổ tổ chức đại hội lập ra để làm gì?',
    'chuan-bi',
  ],
  [
    'offword',
    'Sitting in a café on Hàng Bài with my laptop: what principles did the district insist on for holding congresses, like no pomp and no waste?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Tàu hàng trễ cảng cả tuần, đau đầu quá, mà chi bộ công ty còn phải đại hội 5 năm hai lần nữa không?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Ăn vội hộp cơm trưa ở phòng trực, sực nhớ: chọn nhân sự cấp ủy khóa mới phải dựa theo những quy định nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Cháu nội đang ôn thi đại học, ông tranh thủ hỏi: từ khi nào không còn cấp quận, cấp huyện nữa?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Chiều nay họp giao ban xong mới rảnh: theo kết luận của Bộ Chính trị thì đợt đại hội các cấp đã hoàn thành chưa?',
    'ket-qua',
  ],
  [
    'two-part',
    'Cho tôi hai ý để đưa vào báo cáo: đại hội đảng bộ có mấy nội dung, và cấp ủy trình đại hội những văn kiện nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ trực thuộc như chi bộ công ty mình đại hội vào tháng mấy, và đại hội điểm thì làm trước vào lúc nào?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Khoa em cần biết: nhân sự cấp ủy chọn theo tiêu chuẩn nào, và công tác chuẩn bị đại hội gồm những việc gì?',
    'nhan-su+chuan-bi',
  ],
  [
    'two-part',
    'Tôi hỏi hai chuyện: chi bộ giờ bao lâu đại hội một lần, và đại hội nhiệm kỳ này các nơi đã làm xong hết chưa?',
    'chi-bo-5-nam+ket-qua',
  ],
  [
    'two-part',
    'Two questions: when was the 14th National Congress held, and when did Vietnam switch to two-level local government?',
    'dai-hoi-xiv+chinh-quyen-2-cap',
  ],
  [
    'two-part',
    '❓❓ Đại hội phải tuân theo nguyên tắc gì 👉 và trước đại hội cần chuẩn bị những gì ạ 🙏',
    'nguyen-tac+chuan-bi',
  ],
  [
    'two-part',
    'Báo cáo chính trị cần đạt yêu cầu gì, đồng thời từ sau hội nghị quán triệt tháng 10/2024 đến nay có những thay đổi nào?',
    'van-kien+thay-doi',
  ],
  [
    'two-part',
    'What does the 2024 Directive 35 contain, and what has changed since the October 2024 conference?',
    'chi-thi-35+thay-doi',
  ],
  [
    'two-part',
    'Ban Thường vụ Quận ủy chọn những loại đơn vị nào làm đại hội điểm, và đại hội phải bầu những gì?',
    'dai-hoi-diem+noi-dung',
  ],
  [
    'two-part',
    'Kết quả đợt đại hội nhiệm kỳ 2025-2030 thế nào, và Đại hội XIV họp vào những ngày nào?',
    'ket-qua+dai-hoi-xiv',
  ],
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở như chi bộ phân xưởng chế biến thì đại hội từ tháng nào đến tháng nào?',
    'lich-trinh',
  ],
  [
    'unit',
    'Chi bộ khoa Ngoại là chi bộ trực thuộc Đảng ủy bệnh viện, vậy chi bộ em phải đại hội xong trước tháng mấy?',
    'lich-trinh',
  ],
  [
    'unit',
    'Công ty mình là chi bộ cơ sở, không có đảng ủy ở trên trong công ty, vậy lịch đại hội của chi bộ cơ sở thế nào?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng bộ cơ sở phải đợi các chi bộ trực thuộc đại hội xong rồi mới đại hội, đúng không, thời gian cụ thể ra sao?',
    'lich-trinh',
  ],
  [
    'unit',
    'Hồi đó mỗi đảng bộ cơ sở được chọn bao nhiêu chi bộ trực thuộc để làm đại hội điểm hả cháu?',
    'dai-hoi-diem',
  ],
  ['unit', 'For a grassroots party cell (chi bộ cơ sở), what was the congress window?', 'lich-trinh'],
  [
    'unit',
    '📅 Đảng bộ phường là đảng bộ cơ sở thì đại hội từ tháng mấy và phải xong trước ngày nào ạ?',
    'lich-trinh',
  ],
  [
    'unit',
    'Does a party cell under a grassroots committee hold its congress before the committee itself does?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ trực thuộc có phải bầu đoàn đại biểu đi dự đại hội đảng bộ cấp trên không?', 'noi-dung'],
  ['typo', 'dh chi bo gom may nd vay', 'noi-dung'],
  ['typo', 'bcct voi bc kiem diem cua cap uy khac nhau ntn', 'van-kien'],
  ['typo', 'dai hoi diem to chuc thang may a', 'dai-hoi-diem'],
  ['typo', 'cb dh 5 nam 1 lan la thi diem dung ko', 'chi-bo-5-nam'],
  ['typo', 'dh xiv hop ngay nao vay ae', 'dai-hoi-xiv'],
  ['typo', 'chinh quyen dia phuong 2 cap bat dau tu ngay nao', 'chinh-quyen-2-cap'],
  ['typo', 'dại hội đảg bộ các cấp nk 2025-2030 đã xog chưa', 'ket-qua'],
  ['typo', 'nguyen tac tap trung dan chu khi to chuc dh phai dam bao gi', 'nguyen-tac'],
  ['typo', 'can chuan bi gi truoc dh dang bo co so', 'chuan-bi'],
  ['typo', 'tieu chuan chon nhan su bch khoa moi dua vao dau', 'nhan-su'],
  ['typo', 'nhug thay doi tu sau hoi nghi quan triet thang 10/2024', 'thay-doi'],
  ['typo', 'cac van ban ve dh nk 2025 2030 bot dung gom nhug gi', 'tai-lieu'],
  ['typo', 'dh dang bo quan hai ba trung lan thu xxvii la dh gi', 'dai-hoi-quan'],
  [
    'en',
    'For my dissertation: which four agenda items did a 2025–2030 grassroots party congress have to cover?',
    'noi-dung',
  ],
  [
    'en',
    'What are the two main reports a party committee presents to its congress, and how do they differ?',
    'van-kien',
  ],
  ['en', 'When exactly were the pilot congresses in Hai Ba Trung supposed to take place?', 'dai-hoi-diem'],
  ['en', 'Did the Politburo conclude that the 2025–2030 congresses were completed on schedule?', 'ket-qua'],
  ['en', 'How often do party cells hold congresses now? Is it still twice every five years?', 'chi-bo-5-nam'],
  [
    'en',
    'For my literature review, could you list the party documents you draw on about the 2025–2030 congresses?',
    'tai-lieu',
  ],
  ['en', 'What criteria guide the nomination of new party committee members for the new term?', 'nhan-su'],
  [
    'en',
    'What was the 27th congress that the Hai Ba Trung district committee planned toward?',
    'dai-hoi-quan',
  ],
  ['en', 'What preparatory teams should a grassroots organisation set up before its congress?', 'chuan-bi'],
  [
    'en',
    'I keep reading that the June 2024 Politburo directive set seven requirements; what were they, briefly?',
    'chi-thi-35',
  ],
  ['en', 'What has changed in the congress rules since late October 2024?', 'thay-doi'],
  ['fact', 'Chỉ thị 35 năm 2024 có mấy phần và mấy phụ lục?', 'chi-thi-35'],
  ['fact', '📺 Đại hội XIV của Đảng khai mạc và bế mạc vào những ngày nào vậy cả nhà 🇻🇳', 'dai-hoi-xiv'],
  [
    'fact',
    'Báo cáo của phường cần số liệu: Hà Nội có bao nhiêu đảng bộ quận, huyện thôi hoạt động khi bỏ cấp huyện?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Hồi tôi còn công tác, Điều lệ Đảng cho chi bộ đại hội mấy lần trong 5 năm, giờ khác đi thế nào?',
    'chi-bo-5-nam',
  ],
  [
    'fact',
    'Chỉ thị mới về đại hội đảng bộ các cấp thay cho chỉ thị năm 2024 được ban hành khi nào?',
    'thay-doi',
  ],
  ['fact', 'Quy định về tiêu chuẩn cán bộ năm 2017 được thay thế vào thời điểm nào?', 'thay-doi'],
  [
    'fact',
    'Kết luận của Bộ Chính trị, Ban Bí thư về kết quả đại hội các cấp yêu cầu gì tiếp theo?',
    'ket-qua',
  ],
  ['fact', 'Yêu cầu về cơ chế sàng lọc nhân sự trong chỉ thị đại hội năm 2024 là gì?', 'chi-thi-35'],
  [
    'fact',
    'Chi bộ khoa em nghe nói được thí điểm đại hội 5 năm một lần, quy định đó áp dụng từ ngày nào?',
    'chi-bo-5-nam',
  ],
  [
    'fact',
    'Chỉ thị đại hội năm 2024 được Ban Tổ chức Trung ương ra hướng dẫn thực hiện chưa, là hướng dẫn nào?',
    'chi-thi-35',
  ],
  [
    'fact',
    'Kết luận tháng 1/2025 điều chỉnh chỉ thị đại hội năm 2024 về sau bị thay bởi văn bản nào?',
    'thay-doi',
  ],
  [
    'fact',
    'Đại hội đảng bộ các cấp nhiệm kỳ này có đúng kế hoạch và đáp ứng yêu cầu của chỉ thị mới không?',
    'ket-qua',
  ],
  [
    'lookalike',
    'Chi bộ mình ở công ty xuất khẩu cá tra, tháng sau công ty họp đại hội đồng cổ đông bất thường để bầu lại HĐQT, thủ tục triệu tập thế nào?',
    null,
  ],
  [
    'lookalike',
    'Công ty đi hội chợ Seafood Expo ở Barcelona, hội nghị xúc tiến thương mại đó đăng ký gian hàng ở đâu?',
    null,
  ],
  ['lookalike', 'EU bao giờ gỡ thẻ vàng IUU cho hải sản Việt Nam?', null],
  ['lookalike', 'Công nhân kho lạnh âm 25 độ được phụ cấp độc hại bao nhiêu một ngày?', null],
  [
    'lookalike',
    'Đảng viên chi bộ mình đi tàu cá ngoài khơi ba tháng thì sinh hoạt đảng tạm thời ở đâu?',
    null,
  ],
  ['lookalike', 'Giá tôm sú loại 30 con một ký ở Cà Mau hôm nay bao nhiêu?', null],
  [
    'lookalike',
    'Đối thoại định kỳ giữa giám đốc và công nhân theo Bộ luật Lao động bao nhiêu tháng một lần?',
    null,
  ],
  [
    'lookalike',
    'Chi bộ công ty tư nhân có được lấy quỹ phúc lợi của doanh nghiệp để liên hoan sau đại hội không?',
    null,
  ],
  ['lookalike', 'Kết nạp công nhân người dân tộc Khmer vào Đảng thì thẩm tra lý lịch mấy đời?', null],
  ['lookalike', 'Cước container lạnh đi cảng Long Beach tháng này bao nhiêu một chuyến?', null],
  ['lookalike', 'Trụ sở Quận ủy cũ ở 33 Đại Cồ Việt bây giờ làm văn phòng của cơ quan nào?', null],
  ['lookalike', 'Tôi nhớ Đại hội Đảng bộ quận lần thứ XXVI họp năm 2020 ở hội trường nào nhỉ?', null],
  ['lookalike', 'Lương hưu của cán bộ nghỉ trước năm 1995 đợt này tăng bao nhiêu phần trăm?', null],
  ['lookalike', 'Huy hiệu 45 năm tuổi Đảng năm nay phường trao vào dịp 3/2 hay 7/11?', null],
  ['lookalike', 'Thẻ đảng viên tôi để lạc khi chuyển nhà, làm lại ở đâu và mất bao lâu?', null],
  ['lookalike', 'Hội Cựu giáo chức phường bao giờ đại hội nhiệm kỳ mới?', null],
  ['lookalike', 'Ông bạn tôi từng làm Bí thư Quận ủy Hai Bà Trưng khóa trước, giờ ông ấy giữ chức gì?', null],
  ['lookalike', 'Quà Tết của Đảng ủy phường cho đảng viên trên 80 tuổi năm nay là bao nhiêu tiền?', null],
  [
    'lookalike',
    'Khám sức khỏe định kỳ cho cán bộ hưu trí diện Thành ủy quản lý thì đến bệnh viện nào?',
    null,
  ],
  ['lookalike', 'Giỗ đầu ông nhà tôi tháng sau, mâm cơm cúng cần những món gì cho phải lễ?', null],
  [
    'lookalike',
    "How does the CPV congress cycle compare with the Chinese Communist Party's 20th National Congress in 2022?",
    null,
  ],
  [
    'lookalike',
    'Where are the archives of the 6th Party Congress of 1986 kept, and can foreign researchers access them?',
    null,
  ],
  [
    'lookalike',
    'For my chapter on leadership turnover: whom did the 14th National Congress elect as General Secretary, and by what vote?',
    null,
  ],
  ['lookalike', 'Do I need a research visa or a business visa to do fieldwork interviews in Hanoi?', null],
  [
    'lookalike',
    'My university IRB asks whether interviewing party members counts as high-risk research. Any advice?',
    null,
  ],
  ['lookalike', 'Can a foreign graduate student sit in as an observer at a ward party congress?', null],
  [
    'lookalike',
    'What is the paper submission deadline for the Association for Asian Studies annual conference?',
    null,
  ],
  [
    'lookalike',
    'How many seats does the Politburo have after the 2026 congress, and how many are held by women?',
    null,
  ],
  [
    'lookalike',
    'Is this bot run by the Party itself or by a private developer? Do you log my messages?',
    null,
  ],
  ['lookalike', 'Any good bún chả place near Đại Cồ Việt street for lunch?', null],
  [
    'lookalike',
    'Hội nghị Ngoại khoa toàn quốc năm nay tổ chức ở thành phố nào, hạn nộp tóm tắt báo cáo khi nào?',
    null,
  ],
  ['lookalike', 'Hội chẩn liên khoa trước mổ cấp cứu cần mấy bác sĩ ký biên bản?', null],
  ['lookalike', 'Phụ cấp phẫu thuật loại đặc biệt cho phẫu thuật viên chính bao nhiêu một ca?', null],
  [
    'lookalike',
    'Đảng viên trực đêm nên vắng họp chi bộ ba lần trong năm có bị xếp loại không hoàn thành nhiệm vụ không?',
    null,
  ],
  ['lookalike', 'Đại hội Chi hội Điều dưỡng khoa Ngoại bầu chi hội trưởng theo cách nào?', null],
  ['lookalike', 'Lịch trực Tết khoa phẫu thuật chia ca 24/24 sao cho công bằng?', null],
  ['lookalike', 'Sinh hoạt chuyên đề của chi bộ khoa tháng này nên chọn chủ đề gì về y đức?', null],
  ['lookalike', 'Thi thăng hạng bác sĩ chính năm nay thi những môn gì?', null],
  ['lookalike', 'Chi bộ khoa muốn tặng quà bệnh nhân nghèo dịp 27/2 thì lấy kinh phí đảng được không?', null],
  [
    'lookalike',
    '🔥🔥 NÓNG: danh sách Ủy viên Bộ Chính trị khóa XIV đầy đủ 👇👇 có đúng không mọi người?',
    null,
  ],
  ['lookalike', '📢📢 Từ 1/1/2027 đảng viên được nhận phụ cấp hằng tháng 500k 👏👏 thật không bot?', null],
  [
    'lookalike',
    '🌸🌸 Mẫu lời chúc mừng Đại hội Hội Phụ nữ tổ dân phố số 7 thành công rực rỡ 🌸 ai có cho xin',
    null,
  ],
  [
    'lookalike',
    '⚠️⚠️ Có người giả danh Ban Tổ chức Thành ủy gọi điện bắt đóng tiền hồ sơ quy hoạch, phải làm sao? 😡',
    null,
  ],
  ['lookalike', '😂😂 bot ơi kể chuyện cười về họp hành đi cho vui', null],
  ['lookalike', '⚽ Link xem trực tiếp chung kết bóng đá nam SEA Games 33 ở đâu anh em 🔥', null],
  ['lookalike', '📌 Lịch cắt điện khu vực phường Bạch Mai ngày mai từ mấy giờ? 😩', null],
  ['lookalike', '🙏 Cả nhà ơi ai có mẫu giấy mời dự lễ kết nạp đảng viên mới không ạ 🙏', null],
  ['lookalike', '🎉 Đại hội thể dục thể thao phường năm 2026 có môn pickleball không ạ 🏓', null],
  [
    'lookalike',
    '👉 Chuyển tiếp: Bộ Chính trị yêu cầu mỗi đảng viên đóng góp một ngày lương, tin này thật hay giả? 🤔',
    null,
  ],
  [
    'lookalike',
    'Mẫu báo cáo tổng kết công tác cải cách hành chính năm 2026 của UBND phường lấy ở đâu?',
    null,
  ],
  [
    'lookalike',
    'Báo cáo kết quả đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm 2026 phải gửi lên Thành ủy trước ngày nào?',
    null,
  ],
  [
    'lookalike',
    'Hội nghị Ban Chấp hành Đảng bộ phường thường kỳ quý IV cần chuẩn bị những tờ trình gì?',
    null,
  ],
  ['lookalike', 'Phường mới sau sáp nhập có bao nhiêu tổ dân phố và bao nhiêu nhân khẩu?', null],
  ['lookalike', 'Kỳ họp HĐND phường bàn dự toán ngân sách năm 2027 tổ chức vào tháng nào?', null],
  ['lookalike', 'Phần mềm cơ sở dữ liệu đảng viên báo lỗi không đăng nhập được, gọi số hỗ trợ nào?', null],
  ['lookalike', 'Số điện thoại và giờ làm việc của Văn phòng Đảng ủy phường Hai Bà Trưng là gì?', null],
  [
    'lookalike',
    'Kinh phí hoạt động của Đảng ủy phường năm 2027 được cấp theo định mức bao nhiêu một đảng viên?',
    null,
  ],
  ['lookalike', 'Mẫu biên bản bàn giao hồ sơ lưu trữ của Quận ủy cũ cho Đảng ủy phường mới lấy ở đâu?', null],
  [
    'lookalike',
    'Báo cáo sơ kết 6 tháng thực hiện nghị quyết đại hội Đảng bộ phường cần những đề mục gì?',
    null,
  ],
  ['lookalike', 'Hạn nộp báo cáo thống kê dân số giữa kỳ cho cơ quan thống kê là ngày nào?', null],
  ['lookalike', 'Mai trời Hà Nội có mưa không, tôi định ra hồ tập dưỡng sinh từ sớm', null],
  ['lookalike', 'Đổi giấy phép lái xe sang bản tích hợp trên VNeID làm thế nào?', null],
];

export const NEWSET53: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
