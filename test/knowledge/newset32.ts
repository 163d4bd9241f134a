/**
 * The thirty-second new evaluation set (issue 11, point 6), written on 2026-12-03 from 18:20 UTC
 * (committed in the commit "Eval: newset32, the thirty-second unseen set") by a helper (set32) that
 * had not seen the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset31.ts (the lines before its import line, and that import line) and its export line, the
 * part of newset.ts before `const items`, newset31.test.ts, set-shape.ts, set-checks.ts and
 * sets.ts. Nothing under src/ or bench/, no README, no git log, diff or show, and no other set's
 * items were read. Its users are imagined as the cell secretary of a district hospital, the
 * secretary of a university faculty cell, a residential-area cell secretary in a ward merged on
 * 1/7/2025, a retired member of 80 who types without diacritics, a foreign journalist writing in
 * English, a young IT member in chat shorthand, and a clerk of a ward organisation board checking
 * deadlines; with the out-of-scope messages such users send (other organisations' congresses and
 * meetings: trade union, Youth Union cell, students', nurses', elderly, veterans', Fatherland
 * Front, shareholders', parents', sports, emulation, clan and condominium meetings; other senses
 * of "đại hội"/"hội nghị": the UN General Assembly, scientific conferences, summits, workers'
 * conferences; other party business: fees, admission, transfers, lost cards, exemption, badges,
 * yearly ratings, plenums, the members' handbook app, allowances; deadlines that are not the
 * congress's: tax, military service, year-end reports, professorships; people in posts; addresses,
 * phones and hours; money and prices; ward services after the merger; companies, schools and
 * health; law outside the Party; other countries; history; the bot itself and small talk).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset32.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why. Engine changes reached main after its commit: newset33 (92629cf),
 * and the split of search.ts into question-text.ts, postings.ts, refusal.ts and reading.ts
 * (51ff901 … c69da92, a move with every qa_* bench line unchanged); its writer saw none of them.
 * It was measured once on the engine as it stood then, at 18:34 UTC on main c69da92 (`node
 * --expose-gc dist/bench/qa.js`, load 2.91): qa_new_top1 98.5 %, qa_new_oos_refused 92.9 % (2
 * in-scope misses, 5 lookalikes answered; qa_p99_us 139.5 in that run, p50 35.4). Its misses were
 * listed after that run, and it is a development set since.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, age limits, committee sizes,
 * the money a congress may spend, who was elected to which post at the 14th Congress, whether a
 * congress may be held online, the number of delegates, how the 2019 and 2024 rules differ) were
 * left out, not guessed.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  [
    'doc',
    'Chi bộ bệnh viện tôi hỏi: Chỉ thị 35-CT/TW năm 2024 giờ còn áp dụng không hay đã bị thay?',
    'doc:ct-35-2024',
  ],
  ['doc', 'ct35 nam 2024 bi thay chua ad', 'doc:ct-35-2024'],
  ['doc', 'Is Directive 35 of June 2024 still the rule for local party congresses?', 'doc:ct-35-2024'],
  ['doc', 'chi thi so 35 ngay 14/6/2024 cua Bo Chinh tri con hieu luc khong', 'doc:ct-35-2024'],
  ['doc', 'Chỉ thị 35-CT/TW ngày 30/5/2019 là văn bản của nhiệm kỳ nào vậy?', 'doc:ct-35-2019'],
  ['doc', 'CT 35 năm 2019 hướng tới Đại hội XIII phải ko, bot có dùng ko', 'doc:ct-35-2019'],
  [
    'doc',
    'Directive 35-CT/TW of May 2019, toward the 13th Congress: does your bot still use it?',
    'doc:ct-35-2019',
  ],
  ['doc', 'Kết luận 118-KL/TW điều chỉnh chỉ thị về đại hội ra sao, khoa tôi cần nắm', 'doc:kl-118-2025'],
  ['doc', 'kl118 con hieu luc ko bn', 'doc:kl-118-2025'],
  ['doc', 'Conclusion 118 of January 2025: who issued it and is it still valid?', 'doc:kl-118-2025'],
  ['doc', 'KL số 118 ngày 18/1/2025 bây giờ tình trạng thế nào?', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị 45-CT/TW của Bộ Chính trị ban hành ngày nào, tôi cần ghi vào biên bản', 'doc:ct-45-2025'],
  ['doc', 'ct 45 co con hieu luc ko hay co van ban moi r', 'doc:ct-45-2025'],
  ['doc', 'What did Directive 45 of April 2025 replace?', 'doc:ct-45-2025'],
  [
    'doc',
    'chi thi so 45 ve dai hoi dang bo cac cap do co quan nao ban hanh, toi gia roi hay quen',
    'doc:ct-45-2025',
  ],
  ['doc', 'Kết luận 200-KL/TW nói gì về kết quả đại hội các cấp?', 'doc:kl-200-2025'],
  ['doc', 'KL200 do ai ky vay', 'doc:kl-200-2025'],
  ['doc', 'Conclusion 200-KL/TW: what date and which bodies issued it?', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW ngày 26/8/2024 hướng dẫn nội dung gì cho chi bộ khoa?', 'doc:hd-27-2024'],
  ['doc', 'HD 27 của Ban Tổ chức Trung ương đã xác nhận nội dung chưa', 'doc:hd-27-2024'],
  ['doc', 'Guidance 27-HD/BTCTW from August 2024, what is its status?', 'doc:hd-27-2024'],
  ['doc', 'Hướng dẫn số 18-HD/BTCTU của Ban Tổ chức Thành ủy hướng dẫn về việc gì?', 'doc:hd-18-2024'],
  ['doc', 'hd18 btctu la van ban gi the', 'doc:hd-18-2024'],
  ['doc', 'Văn bản 18-HD/BTCTU ban hành ngày nào, phường tôi cần tra lại', 'doc:hd-18-2024'],
  [
    'doc',
    'Phòng tôi đang soát hồ sơ: Kế hoạch 258-KH/TU của Thành ủy Hà Nội ra ngày nào?',
    'doc:kh-258-2024',
  ],
  ['doc', 'KH 258 TU con hieu luc ko, lam bao cao can ghi', 'doc:kh-258-2024'],
  ['doc', 'Plan 258-KH/TU of the Hanoi Party Committee: when was it issued?', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch số 203-KH/QU của Quận ủy Hai Bà Trưng nói về gì?', 'doc:kh-203-2024'],
  ['doc', 'kh203 qu con dung dc ko khi quan bo roi', 'doc:kh-203-2024'],
  ['doc', 'Plan 203 of the Hai Ba Trung district committee, what was it about?', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 về cán bộ do ai ban hành?', 'doc:nq-26-2018'],
  ['doc', 'NQ 26 khoa XII ve cong tac can bo con hieu luc khong', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26-NQ/TW of 2018 on cadres: who adopted it?', 'doc:nq-26-2018'],
  [
    'doc',
    'Bệnh viện tôi đang dùng Quy định 89-QĐ/TW về tiêu chuẩn cán bộ, còn đúng không?',
    'doc:qd-89-2017',
  ],
  ['doc', 'qd89 bi thay the boi van ban nao', 'doc:qd-89-2017'],
  ['doc', 'Regulation 89 of 2017 on cadre standards, is it still in force?', 'doc:qd-89-2017'],
  ['doc', 'Khoa tôi cần trích dẫn Quy định 365-QĐ/TW, văn bản này đề ngày nào?', 'doc:qd-365-2025'],
  ['doc', 'QĐ 365 của Bộ Chính trị thay cho văn bản nào vậy', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365-QĐ/TW, what does it set out?', 'doc:qd-365-2025'],
  [
    'doc',
    'Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy về tiêu chí đánh giá cán bộ ra sao?',
    'doc:qd-14-2023',
  ],
  ['doc', 'QD 14 TU ve tieu chi danh gia can bo con ap dung ko', 'doc:qd-14-2023'],
  ['doc', "Regulation 14-QĐ/TU of Hanoi's Standing Board: what is its date?", 'doc:qd-14-2023'],
  ['doc', 'Ban tổ chức phường tôi còn lưu Quy định 2656-QĐ/QU, văn bản này nói về gì?', 'doc:qd-2656-2023'],
  ['doc', 'qd2656 con dung ko sau khi bo quan', 'doc:qd-2656-2023'],
  [
    'doc',
    "For my notes, Regulation 2656 of the old district's Standing Board covers what?",
    'doc:qd-2656-2023',
  ],
  [
    'doc',
    'Quy định số 1216-QĐ/QU về quy hoạch cán bộ đề ngày tháng năm nào, để tôi ghi vào sổ?',
    'doc:qd-1216-2022',
  ],
  ['doc', 'QĐ 1216 QU còn hiệu lực ko, đảng ủy phường mới có dùng ko', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216-QĐ/QU on cadre planning: who issued it?', 'doc:qd-1216-2022'],
  ['doc', 'Chi bộ khu dân cư hỏi: Quy định 294-QĐ/TW bắt đầu có hiệu lực từ hôm nào?', 'doc:qd-294-2025'],
  ['doc', 'qd 294 thi diem dai hoi chi bo ntn', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294 on party-cell congresses: who issued it?', 'doc:qd-294-2025'],
  ['doc', 'quy dinh so 294 ap dung cho chi bo khu dan cu cua toi chua', 'doc:qd-294-2025'],
  ['doc', 'Tủ hồ sơ cũ còn Hướng dẫn 26-HD/BTCTW năm 2019, nó hướng dẫn cho chỉ thị nào?', 'doc:hd-26-2019'],
  ['doc', 'HD 26 năm 2019 của Ban Tổ chức TW còn dùng được không', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26-HD/BTCTW of October 2019: is it still relevant?', 'doc:hd-26-2019'],
  ['unknown-doc', 'Quy định 232-QĐ/TW về công tác bầu cử trong Đảng có trong bot không?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 06-HD/BTCTW hướng dẫn gì về đại hội chi bộ?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 150-KL/TW về sắp xếp tổ chức bộ máy nói gì?', 'unknown-doc'],
  ['unknown-doc', 'chi thi 19 ct tw ve dai hoi con hieu luc ko', 'unknown-doc'],
  ['unknown-doc', 'nq 57 ve chuyen doi so co lien quan dai hoi ko bn', 'unknown-doc'],
  ['unknown-doc', 'Công văn 1530-CV/ĐU của Đảng ủy phường về đại hội chi bộ yêu cầu gì?', 'unknown-doc'],
  [
    'unknown-doc',
    'Kế hoạch 12-KH/ĐU của Đảng ủy phường mới về đại hội chi bộ có hạn chót không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Quy định 24-QĐ/TW thi hành Điều lệ Đảng nói gì về đại hội?', 'unknown-doc'],
  ['unknown-doc', 'What does Directive 36-CT/TW say about congress preparations?', 'unknown-doc'],
  ['unknown-doc', 'Thông tri 03-TT/TU của Thành ủy về đại hội có gì mới?', 'unknown-doc'],
  ['unknown-doc', 'ke hoach 100 kh btcqu ve nhan su dai hoi the nao', 'unknown-doc'],
  ['unknown-doc', 'Quyết định 1055-QĐ/TU thành lập đảng bộ phường mới có trong nguồn không?', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 60-NQ/TW có nói gì về đại hội đảng bộ phường không?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 16-HD/BTCTU về đại hội chi bộ khu dân cư?', 'unknown-doc'],
  ['unknown-doc', 'Is Conclusion 126-KL/TW in your sources?', 'unknown-doc'],
  ['unknown-doc', 'quy dinh 190 qd tw ve quy trinh nhan su dai hoi', 'unknown-doc'],
  [
    'offword',
    'Tôi ở bệnh viện huyện, ca trực kín lịch, cho hỏi đại hội chi bộ cần thông qua những nội dung gì?',
    'noi-dung',
  ],
  [
    'offword',
    'Khoa em đang mùa chấm thi, em cần biết báo cáo kiểm điểm của cấp ủy phải viết thế nào',
    'van-kien',
  ],
  ['offword', 'Cháu gái hỏi hộ ông 80 tuổi: Đại hội Đảng toàn quốc lần thứ XIV họp hôm nào?', 'dai-hoi-xiv'],
  [
    'offword',
    'Điện thoại mình hay đơ, bot trả lời nhanh giúp: đại hội phải bảo đảm những nguyên tắc gì?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Trời mưa to đi lại khó, hội nghị quán triệt văn bản đại hội có được kết hợp trực tuyến không?',
    'chuan-bi',
  ],
  [
    'offword',
    'Chuyện tiền nước chè chưa bàn, trước hết đại hội phải chống lãng phí, phô trương như thế nào?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Phường tôi mới sáp nhập, trụ sở cũng chuyển, từ ngày nào thì không còn cấp huyện?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Ở trường đại học, cấp ủy khoa muốn bổ sung quy hoạch cán bộ cho nhân sự đại hội thì theo quy định nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Lương hưu vừa về, tôi tranh thủ hỏi: chi bộ khu dân cư bây giờ bao nhiêu năm đại hội một lần?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Vợ tôi nhắc đi họp, bot cho tôi xem nhanh thời gian đại hội theo từng loại chi bộ',
    'lich-trinh',
  ],
  [
    'offword',
    'Công ty phần mềm của em có chi bộ, chuẩn bị đại hội cần lập những tổ giúp việc nào?',
    'chuan-bi',
  ],
  [
    'offword',
    'Giữa giờ giao ban bệnh viện hỏi nhanh: đại hội đảng bộ các cấp nhiệm kỳ 2025-2030 có kết quả ra sao?',
    'ket-qua',
  ],
  [
    'offword',
    'Sinh viên hỏi tôi nên tôi hỏi bot: đại hội đảng bộ cơ sở góp ý vào văn kiện của những cấp nào?',
    'noi-dung',
  ],
  [
    'offword',
    'Bão về nghỉ ở nhà nên hỏi: sau hội nghị tháng 10/2024 có những thay đổi gì về đại hội?',
    'thay-doi',
  ],
  [
    'offword',
    'Mạng nhà yếu, gửi lại câu hỏi: chỉ thị về đại hội của Bộ Chính trị năm 2024 có mấy yêu cầu?',
    'chi-thi-35',
  ],
  [
    'two-part',
    'Đại hội chi bộ khoa phải có mấy nội dung, và báo cáo chính trị viết thế nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'bệnh viện em cần lập những tổ nào chuẩn bị đại hội, với lại nguyên tắc tổ chức là gì',
    'chuan-bi+nguyen-tac',
  ],
  ['two-part', 'Đại hội XIV họp khi nào, và đại hội các cấp ở dưới đã làm xong chưa?', 'dai-hoi-xiv+ket-qua'],
  [
    'two-part',
    'Chính quyền 2 cấp chạy từ khi nào, và chi bộ giờ mấy năm đại hội một lần?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'What are the four items of a congress, and by which rules are new committee members chosen?',
    'noi-dung+nhan-su',
  ],
  [
    'two-part',
    'Đại hội điểm tổ chức tháng nào, còn đại hội chi bộ trực thuộc thì bao giờ phải xong?',
    'dai-hoi-diem+lich-trinh',
  ],
  [
    'two-part',
    'Chỉ thị về đại hội năm 2024 gồm những phần gì, và từ đó đến giờ có gì thay đổi?',
    'chi-thi-35+thay-doi',
  ],
  [
    'two-part',
    'nhan su cap uy khoa moi chon theo tieu chuan nao, con bao cao kiem diem can nhung gi',
    'nhan-su+van-kien',
  ],
  ['two-part', 'bot dua vao nhung van ban nao, va ket qua dai hoi cac cap ra sao roi', 'tai-lieu+ket-qua'],
  ['two-part', 'Đại hội bầu những gì, và phải làm sao để không phô trương hình thức?', 'noi-dung+nguyen-tac'],
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở như chi bộ khoa Nội thì đại hội trong khoảng thời gian nào?',
    'lich-trinh',
  ],
  ['unit', 'chi bo co so khu dan cu thi han dai hoi la bao gio', 'lich-trinh'],
  ['unit', 'Đảng bộ cơ sở của trường đại học thì đại hội bắt đầu từ tháng mấy?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở bệnh viện phải chọn bao nhiêu chi bộ trực thuộc để làm đại hội điểm?',
    'dai-hoi-diem',
  ],
  ['unit', 'We are a grassroots party cell: what was our congress window?', 'lich-trinh'],
  ['unit', 'Ban Thường vụ Quận ủy chọn những loại tổ chức đảng nào để làm đại hội điểm?', 'dai-hoi-diem'],
  ['unit', 'chi bộ cơ sở có được thí điểm đại hội 5 năm 1 lần ko', 'chi-bo-5-nam'],
  ['unit', 'Đảng bộ khối hành chính sự nghiệp làm đại hội điểm vào lúc nào?', 'dai-hoi-diem'],
  ['typo', 'dại hộii chi bo gòm nhung noi dun gì', 'noi-dung'],
  ['typo', 'bao cao chin tri co phai bao cao trung tam ko a', 'van-kien'],
  ['typo', 'thoi gain dai hoi chi bo truc thuoc la khi nao', 'lich-trinh'],
  ['typo', 'dai hôi diểm cua chi bo benh vien toi phai to chuc thang mây nhi', 'dai-hoi-diem'],
  ['typo', 'nguyen tăc tap trung dan chu trong dai hôi la j', 'nguyen-tac'],
  ['typo', 'nhan su cap uy khoa moi chon theo tieu chuan nao z', 'nhan-su'],
  ['typo', 'chinh quyn 2 cap bat dau tu bao gio', 'chinh-quyen-2-cap'],
  ['typo', 'đại hôị XIV hopj ngày nào', 'dai-hoi-xiv'],
  ['typo', 'ket qủa dai hoi cac cap nhiem ky 2025-2030 sao roi', 'ket-qua'],
  ['typo', 'chuẩn bj đại hội cần lập tổ nhan su ko', 'chuan-bi'],
  ['en', 'For my article: what four items does a local party congress cover in Vietnam?', 'noi-dung'],
  ['en', 'Which two reports does a party committee present to its congress?', 'van-kien'],
  ['en', 'On which dates exactly was the 14th National Congress held?', 'dai-hoi-xiv'],
  ['en', 'Were the 2025-2030 local party congresses all completed on time?', 'ket-qua'],
  ['en', 'What changed after the Hai Ba Trung conference of October 2024?', 'thay-doi'],
  ['en', 'Did Vietnam abolish the district level of local government, and when?', 'chinh-quyen-2-cap'],
  [
    'en',
    'Under the new pilot scheme, how many congresses does a party cell hold in five years?',
    'chi-bo-5-nam',
  ],
  ['en', 'What is a pilot congress in this campaign, and when were they held?', 'dai-hoi-diem'],
  ['en', 'What principles must these congresses follow, is there a rule against extravagance?', 'nguyen-tac'],
  ['en', "Which party documents is this bot's information based on, for citation in my story?", 'tai-lieu'],
  ['en', "Whatever happened to the Hai Ba Trung district's 27th party congress?", 'dai-hoi-quan'],
  ['fact', 'Đại hội đại biểu toàn quốc lần thứ XIV diễn ra từ ngày nào đến ngày nào?', 'dai-hoi-xiv'],
  ['fact', 'Trong hai báo cáo trình đại hội, báo cáo nào giữ vai trò định hướng?', 'van-kien'],
  ['fact', 'Mô hình chính quyền địa phương 2 cấp vận hành từ ngày nào?', 'chinh-quyen-2-cap'],
  ['fact', 'Điều lệ Đảng trước đây quy định đại hội chi bộ mấy lần trong 5 năm?', 'chi-bo-5-nam'],
  [
    'fact',
    'Bỏ cấp huyện thì Hà Nội có tất cả bao nhiêu đảng bộ quận, huyện, thị xã dừng hoạt động?',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'Chỉ thị của Bộ Chính trị năm 2024 về đại hội có mấy phụ lục?', 'chi-thi-35'],
  ['fact', 'Đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030 đã hoàn thành đúng kế hoạch chưa?', 'ket-qua'],
  ['fact', 'Đại hội chi bộ bầu ra những gì?', 'noi-dung'],
  ['fact', 'Ban Thường vụ Quận ủy chọn mấy đơn vị để tổ chức đại hội điểm?', 'dai-hoi-diem'],
  ['fact', 'Đại hội Đảng bộ quận Hai Bà Trưng nhiệm kỳ 2025-2030 là lần thứ mấy?', 'dai-hoi-quan'],
  ['fact', 'Tiêu chuẩn cán bộ khi giới thiệu nhân sự cấp ủy khóa mới lấy theo văn bản nào?', 'nhan-su'],
  ['lookalike', 'Đại hội Công đoàn bệnh viện huyện nhiệm kỳ mới bầu ban chấp hành mấy người?', null],
  ['lookalike', 'Hội nghị viên chức, người lao động bệnh viện đầu năm cần chuẩn bị báo cáo gì?', null],
  ['lookalike', 'Đại hội chi hội Điều dưỡng bệnh viện tổ chức mấy năm một lần?', null],
  ['lookalike', 'Giám đốc bệnh viện đa khoa huyện hiện nay là ai?', null],
  ['lookalike', 'Bảo hiểm y tế đi khám trái tuyến ở bệnh viện huyện được hưởng bao nhiêu phần trăm?', null],
  ['lookalike', 'Lịch khám sức khỏe định kỳ cho đảng viên cao tuổi ở phường tổ chức ở đâu?', null],
  ['lookalike', 'Đại hội chi đoàn khoa cần mấy nội dung, em là bí thư chi đoàn', null],
  ['lookalike', 'Đại hội đại biểu Hội Sinh viên trường tổ chức khi nào?', null],
  ['lookalike', 'Hội nghị khoa học cấp khoa nộp bài trước ngày nào?', null],
  ['lookalike', 'Hạn nộp hồ sơ xét đạt tiêu chuẩn chức danh giáo sư năm nay là bao giờ?', null],
  ['lookalike', 'Điểm chuẩn ngành công nghệ thông tin năm 2026 bao nhiêu?', null],
  ['lookalike', 'Bổ nhiệm trưởng khoa ở trường đại học theo quy trình nhân sự nào?', null],
  ['lookalike', 'Hội đồng trường đại học nhiệm kỳ mới có bao nhiêu thành viên?', null],
  [
    'lookalike',
    'Hội nghị nhà chung cư bầu ban quản trị nhiệm kỳ mới cần bao nhiêu phần trăm cư dân dự?',
    null,
  ],
  ['lookalike', 'Họp tổ dân phố bầu tổ trưởng mới sau sáp nhập phường thì làm thế nào?', null],
  ['lookalike', 'Sau sáp nhập phường 1/7/2025 có phải đổi căn cước công dân không?', null],
  ['lookalike', 'Bộ phận một cửa của phường mới ở đâu, mấy giờ mở cửa?', null],
  ['lookalike', 'Số điện thoại đường dây nóng của Đảng ủy phường mới là bao nhiêu?', null],
  ['lookalike', 'Đại hội Hội Người cao tuổi phường bầu chi hội trưởng thế nào?', null],
  ['lookalike', 'Tiền quỹ khu dân cư thu bao nhiêu một hộ một năm?', null],
  ['lookalike', 'Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư tổ chức ngày nào?', null],
  ['lookalike', 'Đại hội Mặt trận Tổ quốc phường nhiệm kỳ mới tổ chức khi nào?', null],
  ['lookalike', 'Bầu cử đại biểu HĐND phường nhiệm kỳ 2026-2031 vào ngày nào?', null],
  ['lookalike', 'toi 80 tuoi, muon xin mien sinh hoat dang thi lam don the nao', null],
  ['lookalike', 'huy hieu 55 nam tuoi dang bao gio duoc trao', null],
  ['lookalike', 'luong huu thang nay tang bao nhieu phan tram', null],
  ['lookalike', 'dai hoi dang lan thu VI nam 1986 co y nghia gi', null],
  ['lookalike', 'Dang ta thanh lap ngay thang nam nao', null],
  ['lookalike', 'dai hoi cuu chien binh phuong nam nay hop o dau', null],
  ['lookalike', 'thuoc huyet ap uong sang hay toi thi tot hon', null],
  ['lookalike', 'dai hoi dong ho Nguyen o que toi to chuc the nao cho dung', null],
  ['lookalike', 'chao bot, hom nay troi lanh qua, bot co khoe khong', null],
  ['lookalike', 'How did foreign reporters get accreditation to cover the 14th National Congress?', null],
  [
    'lookalike',
    "For my profile piece: who holds the post of General Secretary of Vietnam's party today?",
    null,
  ],
  ['lookalike', 'When is the next National Congress of the Chinese Communist Party?', null],
  ['lookalike', 'What is the population of Hanoi after the 2025 merger of provinces?', null],
  ['lookalike', 'Can you give me the phone number of the Hanoi Party Committee press office?', null],
  ['lookalike', 'What was decided at the Democratic National Convention in 2024?', null],
  ['lookalike', "How does Vietnam's National Assembly elect the State President?", null],
  ['lookalike', 'How many dong do I get for one US dollar at a Hanoi bank this week?', null],
  ['lookalike', 'Which hotels near Ba Dinh square are good for visiting journalists?', null],
  ['lookalike', 'app so tay dang vien ko dang nhap dc, bn chi cach fix j', null],
  ['lookalike', 'bot nay viet bang ngon ngu j, co open source ko', null],
  ['lookalike', 'bn co phai chatgpt ko', null],
  ['lookalike', 'dai hoi co dong cty minh nam nay chia co tuc bn %', null],
  ['lookalike', 'lm sao cai telegram tren may tinh co quan ntn', null],
  ['lookalike', 'dong dang phi qua chuyen khoan dc ko, bn 1 thang', null],
  ['lookalike', 'hackathon cua Doan thanh nien thanh pho dk o dau', null],
  ['lookalike', 'sea games 33 vn dc bn huy chuong vang', null],
  ['lookalike', 'Hạn nộp báo cáo tổng kết năm 2026 của đảng ủy phường là ngày nào?', null],
  ['lookalike', 'Hạn cuối quyết toán thuế thu nhập cá nhân năm nay là bao giờ?', null],
  ['lookalike', 'Kiểm điểm, đánh giá xếp loại đảng viên cuối năm 2026 phải xong trước ngày nào?', null],
  ['lookalike', 'Khi nào hết hạn đăng ký nghĩa vụ quân sự cho thanh niên trong phường?', null],
  ['lookalike', 'Hội nghị Ban Chấp hành Trung ương lần thứ hai khóa XIV họp khi nào?', null],
  ['lookalike', 'Lịch tiếp công dân của Bí thư Đảng ủy phường tuần này thế nào?', null],
  ['lookalike', 'Hồ sơ kết nạp đảng viên mới cần những giấy tờ gì?', null],
  ['lookalike', 'Thủ tục chuyển sinh hoạt đảng chính thức từ phường cũ sang phường mới?', null],
  ['lookalike', 'Đảng viên làm mất thẻ đảng thì làm lại ở đâu?', null],
  ['lookalike', 'Đại hội thi đua yêu nước của phường lần thứ mấy, khen thưởng những ai?', null],
  ['lookalike', 'Đại hội đồng Liên Hợp Quốc khóa này do ai làm chủ tịch?', null],
  ['lookalike', 'Đại hội Đảng Cộng sản Trung Quốc lần thứ XX bầu ra những ai?', null],
  ['lookalike', 'Đại hội cha mẹ học sinh lớp con tôi đầu năm cần bầu mấy người vào ban đại diện?', null],
  ['lookalike', 'Đại hội Thể dục thể thao phường năm nay có những môn nào?', null],
  ['lookalike', 'Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVI năm 2020 bầu ai làm Bí thư?', null],
  ['lookalike', 'Phụ cấp của bí thư chi bộ khu dân cư mỗi tháng bao nhiêu tiền?', null],
  ['lookalike', 'Giá thuê hội trường tổ chức hội nghị ở khách sạn gần hồ Gươm bao nhiêu?', null],
  ['lookalike', 'Luật Đất đai mới có hiệu lực từ ngày nào?', null],
  ['lookalike', 'Hội nghị Diên Hồng diễn ra vào thời nhà nào?', null],
  ['lookalike', 'Công an phường mới tiếp nhận đăng ký tạm trú online thế nào?', null],
  ['lookalike', 'Hội nghị thượng đỉnh ASEAN năm nay tổ chức ở nước nào?', null],
];

export const NEWSET32: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
