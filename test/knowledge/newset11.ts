/**
 * The eleventh new evaluation set (issue 11, point 6), written on 2026-12-02 from about 15:17 UTC
 * (committed in the commit "Eval: newset11, the eleventh unseen set") by a helper (set11) that had
 * not seen the engine. It was written from ../shared/sources/ (the conference article of 23/10/2024
 * and FACTS.md, listed), ../shared/DESIGN.md, and from config/dh-2025-2030.yaml only the documents'
 * ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and names, and
 * each topic's id, title and body, printed by a small script that parsed the YAML and printed
 * nothing else (no sample questions, keywords, synonyms, evidence or off-topic lists were seen).
 * Also read: the first 25 lines and the `const items` / export lines of newset10.ts (not its
 * items), the header, types and `judge` of newset.ts, newset10.test.ts, set-shape.ts and
 * set-checks.ts. Nothing under src/ or bench/, no README, no git log or diff, and no other set's
 * items were read.
 *
 * It was committed BEFORE the next engine change, without running any of its questions through
 * the engine, the bot or the bench; only its shape test (newset11.test.ts), biome and tsc ran. An
 * engine commit (583809e, 15:19:08 UTC) reached main while it was being written, 17 s before its
 * own commit; its writer saw neither that change nor its diff. No engine change came after it: it
 * was measured once on the engine as it stood, at 15:25 UTC on main f209579 (`node --expose-gc
 * dist/bench/qa.js`, load 2.8): qa_new_top1 96.6 %, qa_new_oos_refused 96.2 % (5 in-scope misses,
 * 2 lookalikes answered), and its misses were listed by that run, so the next engine change needs
 * a newer unseen set. Do not edit an item after its commit, except to fix an expectation that is
 * factually wrong (against the sources), in its own commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). Questions whose right answer the sources leave open were left out, not guessed.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents asked by number, at least three spellings each.
  ['doc', 'cho mình hỏi chỉ thị số 35-CT/TW ban hành năm 2024 do cơ quan nào ký vậy', 'doc:ct-35-2024'],
  ['doc', 'CT 35 bản năm 2024 của BCT giờ đã bị thay chưa nhỉ', 'doc:ct-35-2024'],
  ['doc', 'ct35 nam 2024 ngay thang nao ban hanh a', 'doc:ct-35-2024'],
  ['doc', 'Directive 35 (June 2024): who signed it off, and was it replaced later?', 'doc:ct-35-2024'],
  ['doc', 'Kết luận số 118-KL/TW ra ngày bao nhiêu, còn hiệu lực không ạ', 'doc:kl-118-2025'],
  ['doc', 'KL 118 là văn bản gì vậy mọi người', 'doc:kl-118-2025'],
  ['doc', 'kl118 co con dung nua khong', 'doc:kl-118-2025'],
  ['doc', 'chỉ thị số 45-CT/TW do ai ban hành, ngày mấy ạ', 'doc:ct-45-2025'],
  ['doc', 'ct 45 nam 2025 la ve van de gi', 'doc:ct-45-2025'],
  ['doc', 'CT45/TW ban hành ngày tháng năm nào vậy anh', 'doc:ct-45-2025'],
  ['doc', 'Directive 45-CT/TW: date and issuing body please', 'doc:ct-45-2025'],
  ['doc', 'kết luận số 200-KL/TW của Bộ Chính trị ký ngày nào', 'doc:kl-200-2025'],
  ['doc', 'KL 200 nói về cái gì thế ạ', 'doc:kl-200-2025'],
  ['doc', 'ket luan 200 kl tw do co quan nao ban hanh', 'doc:kl-200-2025'],
  ['doc', 'Conclusion 200 — when was it issued?', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn số 27-HD/BTCTW ngày nào, của ai', 'doc:hd-27-2024'],
  ['doc', 'HD 27 của Ban Tổ chức TW là hướng dẫn về gì ạ', 'doc:hd-27-2024'],
  ['doc', 'hd27 btctw ban hanh thang may nam 2024', 'doc:hd-27-2024'],
  ['doc', 'hướng dẫn số 18-HD/BTCTU do ai ban hành vậy ạ', 'doc:hd-18-2024'],
  ['doc', 'cái HD 18 bên Ban Tổ chức Thành ủy ra hôm nào thế', 'doc:hd-18-2024'],
  ['doc', 'huong dan 18 btctu la ve noi dung gi', 'doc:hd-18-2024'],
  ['doc', 'Guidance 18 of the city organisation board, what date?', 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch số 258-KH/TU của Thành ủy ký ngày nào ạ', 'doc:kh-258-2024'],
  ['doc', 'KH 258 TU ai ban hành thế', 'doc:kh-258-2024'],
  ['doc', 'kh258 ngay ban hanh la bao nhieu', 'doc:kh-258-2024'],
  ['doc', 'Plan 258-KH/TU — who issued it and when?', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch số 203-KH/QU của Quận ủy tên đầy đủ là gì', 'doc:kh-203-2024'],
  ['doc', 'KH 203 QU ra ngày tháng nào vậy các bác', 'doc:kh-203-2024'],
  ['doc', 'ke hoach 203 quan uy hai ba trung ban hanh luc nao', 'doc:kh-203-2024'],
  ['doc', 'Plan 203 of the district committee: its date?', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết số 26-NQ/TW năm 2018 do ai ban hành ạ', 'doc:nq-26-2018'],
  ['doc', 'NQ 26 TW ngày bao nhiêu năm 2018', 'doc:nq-26-2018'],
  ['doc', 'nq26 cua trung uong khoa 12 la nghi quyet nao', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26-NQ/TW, when was it adopted?', 'doc:nq-26-2018'],
  ['doc', 'Quy định số 89-QĐ/TW giờ còn hiệu lực không hay bị thay rồi', 'doc:qd-89-2017'],
  ['doc', 'QĐ 89 của Bộ Chính trị ban hành ngày nào', 'doc:qd-89-2017'],
  ['doc', 'qd89 tw la quy dinh ve gi vay', 'doc:qd-89-2017'],
  ['doc', 'quy định số 365-QĐ/TW do cơ quan nào ban hành', 'doc:qd-365-2025'],
  ['doc', 'QĐ 365 ra ngày nào vậy ạ', 'doc:qd-365-2025'],
  ['doc', 'qd365 ve tieu chuan gi', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365 of the Politburo — what date?', 'doc:qd-365-2025'],
  ['doc', 'Quy định số 14-QĐ/TU của Ban Thường vụ Thành ủy ký ngày nào', 'doc:qd-14-2023'],
  ['doc', 'QĐ 14 TU nói về gì ạ', 'doc:qd-14-2023'],
  ['doc', 'qd14 cua thanh uy nam 2023 ai ban hanh vay', 'doc:qd-14-2023'],
  ['doc', 'Quy định số 2656-QĐ/QU ngày bao nhiêu ạ', 'doc:qd-2656-2023'],
  ['doc', 'QĐ 2656 của BTV Quận ủy về cái gì', 'doc:qd-2656-2023'],
  ['doc', 'qd2656 qu ban hanh nam nao', 'doc:qd-2656-2023'],
  ['doc', 'Quy định số 1216-QĐ/QU là quy định về gì vậy', 'doc:qd-1216-2022'],
  ['doc', 'QĐ 1216 QU ký ngày tháng nào', 'doc:qd-1216-2022'],
  ['doc', 'quy dinh 1216 cua ban thuong vu quan uy do ai ky', 'doc:qd-1216-2022'],
  ['doc', 'Quy định số 294-QĐ/TW ban hành ngày nào, ai ban hành', 'doc:qd-294-2025'],
  ['doc', 'QĐ 294 về chuyện gì thế mọi người', 'doc:qd-294-2025'],
  ['doc', 'qd294 con hieu luc khong a', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294-QĐ/TW: what is it about?', 'doc:qd-294-2025'],
  ['doc', 'Chỉ thị số 35-CT/TW ký hồi 30/5/2019 là chỉ thị về việc gì thế ạ', 'doc:ct-35-2019'],
  ['doc', 'CT 35 năm 2019 hướng tới đại hội nào vậy', 'doc:ct-35-2019'],
  ['doc', 'ct35 nam 2019 bot co dung khong', 'doc:ct-35-2019'],
  ['doc', 'the 2019 Directive 35, what was it for?', 'doc:ct-35-2019'],
  ['doc', 'Hướng dẫn số 26-HD/BTCTW hồi năm 2019 là hướng dẫn cho chỉ thị nào', 'doc:hd-26-2019'],
  ['doc', 'HD 26 BTCTW ngày 18/10/2019 là văn bản nào', 'doc:hd-26-2019'],
  ['doc', 'hd26 nam 2019 la huong dan gi', 'doc:hd-26-2019'],

  // Documents the pack does not hold (no pack document's digits in them).
  ['unknown-doc', 'Quy định số 105-QĐ/TW về phân cấp quản lý cán bộ nội dung chính là gì vậy', 'unknown-doc'],
  [
    'unknown-doc',
    'nghị quyết 57-NQ/TW về khoa học công nghệ có liên quan đại hội chi bộ không',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kế hoạch số 301-KH/TU của Thành ủy nói gì', 'unknown-doc'],
  ['unknown-doc', 'chi thi 12 ct tw ve dai hoi la gi', 'unknown-doc'],
  ['unknown-doc', 'Quy định 80-QĐ/TW về thẩm quyền bổ nhiệm cán bộ có hiệu lực chưa', 'unknown-doc'],
  ['unknown-doc', 'KL 121 của Trung ương tóm tắt giúp mình', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn số 09-HD/BTCTW về đại hội chi bộ quy định gì', 'unknown-doc'],
  ['unknown-doc', 'Regulation 142 on party cadres, what does it say?', 'unknown-doc'],
  ['unknown-doc', 'Thông báo số 47-TB/TW về đại hội có nội dung gì', 'unknown-doc'],
  ['unknown-doc', 'quyet dinh 99 qd tu cua thanh uy noi gi', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 77-KH/QU của Quận ủy về đại hội điểm ra sao', 'unknown-doc'],
  ['unknown-doc', 'Directive 31 of the Secretariat on congresses — summary?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 33-HD/TU về bầu cử trong Đảng quy định thế nào', 'unknown-doc'],

  // In-scope questions with everyday or "off-topic" words.
  ['offword', 'Chi bộ Hội Phụ nữ phường em đang viết báo cáo chính trị, cần đánh giá những gì ạ', 'van-kien'],
  [
    'offword',
    'bí thư chi bộ trường tiểu học, giáo viên bận dạy học sinh cả ngày, chuẩn bị đại hội phải làm những việc gì',
    'chuan-bi',
  ],
  ['offword', 'chi bộ công ty may, anh em tăng ca suốt, đại hội chi bộ gồm mấy nội dung vậy', 'noi-dung'],
  ['offword', 'Chi bộ Hội Cựu chiến binh hỏi: báo cáo kiểm điểm của cấp ủy phải viết thế nào', 'van-kien'],
  [
    'offword',
    'trời mưa to quá nên chi bộ em hoãn họp, mà đại hội chi bộ bây giờ mấy năm tổ chức một lần',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'chi bộ có nhiều đoàn viên thanh niên mới kết nạp, giới thiệu nhân sự cấp ủy khóa mới theo tiêu chuẩn nào',
    'nhan-su',
  ],
  [
    'offword',
    'tổ chức đại hội có được liên hoan, tặng quà hoành tráng không hay phải tiết kiệm',
    'nguyen-tac',
  ],
  [
    'offword',
    'gọi điện thoại cho văn phòng mãi không được, cho em hỏi đại hội các cấp nhiệm kỳ 2025-2030 xong hết chưa',
    'ket-qua',
  ],
  [
    'offword',
    'chi bộ nhà hàng của bọn em, bếp nấu bận lắm, đại hội có cần lập tổ văn kiện không',
    'chuan-bi',
  ],
  ['offword', 'chi bộ bệnh viện, bác sĩ trực ca liên tục, đại hội có được họp trực tuyến không', 'chuan-bi'],
  ['offword', 'How much should the self-review report criticise the committee?', 'van-kien'],
  ['offword', 'chi bộ câu lạc bộ bóng đá phường hỏi đại hội điểm của quận tổ chức lúc nào', 'dai-hoi-diem'],
  ['offword', 'chi bộ ngân hàng em phải bầu đoàn đại biểu đi đại hội cấp trên không', 'noi-dung'],
  [
    'offword',
    'chi bộ khu dân cư có nhiều cụ hưu trí, đại hội có phải góp ý dự thảo văn kiện Đại hội XIV không',
    'noi-dung',
  ],
  [
    'offword',
    'công ty giao thông vận tải có chi bộ, quận giải thể rồi thì đảng bộ cấp huyện còn không',
    'chinh-quyen-2-cap',
  ],

  // Two-part questions: the first topic first, the second answered too.
  ['two-part', 'Đại hội chi bộ có mấy nội dung, và báo cáo chính trị cần đánh giá gì?', 'noi-dung+van-kien'],
  [
    'two-part',
    'chuan bi dai hoi can thanh lap nhung to nao, con nhan su cap uy theo tieu chuan gi',
    'chuan-bi+nhan-su',
  ],
  ['two-part', 'Đại hội XIV diễn ra ngày nào và đại hội các cấp đã hoàn thành chưa?', 'dai-hoi-xiv+ket-qua'],
  [
    'two-part',
    'chi bộ bao lâu đại hội một lần, với lại cấp huyện bỏ từ bao giờ',
    'chi-bo-5-nam+chinh-quyen-2-cap',
  ],
  ['two-part', 'đại hội điểm làm khi nào, và đại hội quận là lần thứ mấy', 'dai-hoi-diem+dai-hoi-quan'],
  [
    'two-part',
    'What are the principles for holding a congress, and what reports go to it?',
    'nguyen-tac+van-kien',
  ],
  ['two-part', 'từ sau hội nghị 23/10/2024 có gì thay đổi, và văn bản nào bot dựa vào', 'thay-doi+tai-lieu'],
  [
    'two-part',
    'bao cao kiem diem phai the nao, roi to chuc dai hoi phai theo nguyen tac gi',
    'van-kien+nguyen-tac',
  ],
  [
    'two-part',
    'thứ tự đại hội các loại tổ chức đảng ra sao, và đại hội gồm những nội dung nào',
    'lich-trinh+noi-dung',
  ],
  [
    'two-part',
    'Who chooses the pilot congresses, and when was the 14th National Congress?',
    'dai-hoi-diem+dai-hoi-xiv',
  ],
  [
    'two-part',
    'quy hoạch cán bộ cho nhân sự đại hội bổ sung thế nào, và chuẩn bị đại hội cần rà soát gì',
    'nhan-su+chuan-bi',
  ],

  // Conversational phrasing per unit type.
  [
    'unit',
    'em là bí thư chi bộ trực thuộc đảng ủy phường, chi bộ em đại hội trước hay sau đảng ủy',
    'lich-trinh',
  ],
  ['unit', 'chi bo truc thuoc thi dai hoi vao dot nao vay a', 'lich-trinh'],
  ['unit', 'chi bộ cơ sở như bọn mình thì đại hội theo thứ tự nào so với chi bộ trực thuộc', 'lich-trinh'],
  ['unit', 'đảng bộ cơ sở đại hội sau các chi bộ trực thuộc đúng không ạ', 'lich-trinh'],
  [
    'unit',
    'As a grassroots party committee, when do we hold our congress compared with our cells?',
    'lich-trinh',
  ],
  ['unit', 'mỗi đảng bộ cơ sở chọn mấy chi bộ trực thuộc để làm đại hội điểm', 'dai-hoi-diem'],
  ['unit', 'chi bộ cơ sở có được quận chọn làm đại hội điểm không', 'dai-hoi-diem'],
  ['unit', 'đảng ủy cơ sở của tôi phải bầu ban chấp hành và đoàn đại biểu đúng không', 'noi-dung'],
  ['unit', 'chi bo truc thuoc bay gio dai hoi 5 nam 1 lan hay 2 lan', 'chi-bo-5-nam'],

  // Typos, abbreviations, no diacritics.
  ['typo', 'dai hoi chi bo gom nhug noi dung j', 'noi-dung'],
  ['typo', 'bao cao chinh tri phai danh gia nhu the nao z', 'van-kien'],
  ['typo', 'cbi dh can lam nhung viec j a', 'chuan-bi'],
  ['typo', 'nguyen tac to chuc dh la gi, co phai tap trung dan chu ko', 'nguyen-tac'],
  ['typo', 'dh diem chi bo truc thuoc lm trong thang may', 'dai-hoi-diem'],
  ['typo', 'tieu chuan nhan su cap uy khoa moi la j', 'nhan-su'],
  ['typo', 'dh dang bo quan lan thu 27 to chuc theo kh nao', 'dai-hoi-quan'],
  ['typo', 'chi thi 35 nam 2024 gom may phan may phu luc', 'chi-thi-35'],
  ['typo', 'sau hoi nghi quan triet thang 10/2024 co thay doi gi k', 'thay-doi'],
  ['typo', 'chinh quyen dia phuong 2 cap bat dau tu bh', 'chinh-quyen-2-cap'],
  ['typo', 'dh chi bo 5 nam 1 lan thi diem tu khi nao', 'chi-bo-5-nam'],
  ['typo', 'dai hoi 14 cua dang hop ngay nao', 'dai-hoi-xiv'],
  ['typo', 'cac van ban bot dua vao gom nhung vb nao', 'tai-lieu'],
  ['typo', 'dh cac cap nhiem ky 2025 2030 xg chua', 'ket-qua'],
  ['typo', 'bc kiem diem cua cap uy can co tinh chien dau ko', 'van-kien'],

  // English.
  ['en', 'What four items does a party cell congress cover?', 'noi-dung'],
  ['en', 'our political report draft - what exactly does it have to assess?', 'van-kien'],
  ['en', 'Which teams should a unit set up to prepare its congress?', 'chuan-bi'],
  ['en', 'Is the congress supposed to avoid waste and formalism?', 'nguyen-tac'],
  ['en', 'which units go first in the congress sequence, cells or grassroots committees?', 'lich-trinh'],
  ['en', 'when were the pilot congresses for cells under a grassroots committee?', 'dai-hoi-diem'],
  ['en', 'what cadre standards do we follow when putting forward people for the new committee', 'nhan-su'],
  ['en', 'is there still a district level of government since mid-2025?', 'chinh-quyen-2-cap'],
  ['en', 'How often do party cells hold congresses under the pilot?', 'chi-bo-5-nam'],
  ['en', 'What dates was the 14th National Party Congress held?', 'dai-hoi-xiv'],
  ['en', 'Have the 2025-2030 congresses at all levels finished?', 'ket-qua'],
  ['en', 'what changed after the October 2024 dissemination conference?', 'thay-doi'],
  ['en', 'how many appendices does the 2024 congress directive have', 'chi-thi-35'],

  // Facts a topic body states (no document numbers).
  ['fact', 'Trước khi thí điểm, Điều lệ quy định chi bộ đại hội mấy lần trong 5 năm?', 'chi-bo-5-nam'],
  ['fact', 'Hà Nội có bao nhiêu đảng bộ cấp huyện kết thúc hoạt động?', 'chinh-quyen-2-cap'],
  ['fact', 'Đầu quý I/2025 Ban Thường vụ Quận ủy chọn mấy đơn vị, loại nào, để làm điểm?', 'dai-hoi-diem'],
  ['fact', 'Đại hội Đảng bộ quận Hai Bà Trưng sắp tới là lần thứ mấy?', 'dai-hoi-quan'],
  ['fact', 'Đại hội toàn quốc lần thứ XIV kéo dài từ ngày nào đến ngày nào?', 'dai-hoi-xiv'],
  ['fact', 'báo cáo nào là báo cáo trung tâm có vai trò định hướng trình đại hội?', 'van-kien'],
  ['fact', 'Hội nghị quán triệt có được kết hợp trực tuyến không?', 'chuan-bi'],
  ['fact', 'Tổ chức đại hội phải theo nguyên tắc nào là chủ yếu nhất?', 'nguyen-tac'],
  ['fact', 'Sau đại hội, các cấp ủy được yêu cầu tiếp tục kiện toàn gì?', 'ket-qua'],
  ['fact', 'Đại hội có phải bầu đoàn đại biểu dự đại hội cấp trên không?', 'noi-dung'],

  // Lookalikes: out of scope, refused.
  ['lookalike', 'đại hội chi đoàn thanh niên khu phố em nhiệm kỳ tới bầu bí thư chi đoàn ra sao', null],
  ['lookalike', 'đại hội công đoàn cơ sở công ty em cần chuẩn bị báo cáo gì', null],
  ['lookalike', 'đại hội đồng cổ đông thường niên năm nay họp ngày nào', null],
  ['lookalike', 'Đại hội Hội Luật gia quận bầu bao nhiêu ủy viên', null],
  ['lookalike', 'đại hội thể dục thể thao phường có môn cầu lông không', null],
  ['lookalike', 'Đại hội Đảng Cộng sản Trung Quốc gần nhất họp năm nào', null],
  ['lookalike', 'where will the next Democratic National Convention in America take place', null],
  ['lookalike', 'đại hội Hội Khuyến học phường cần hồ sơ gì', null],
  ['lookalike', 'đại hội chi hội phụ huynh lớp con mình họp tối thứ mấy', null],
  ['lookalike', 'đại hội võ lâm trong truyện Kim Dung tổ chức ở đâu', null],
  ['lookalike', 'hội nghị thượng đỉnh ASEAN năm nay ở nước nào', null],
  ['lookalike', 'Đại hội Mặt trận Tổ quốc phường khi nào diễn ra', null],
  ['lookalike', 'đại hội Hội Nông dân xã bầu chủ tịch thế nào', null],
  ['lookalike', 'Liverpool Labour conference this autumn, which days?', null],
  ['lookalike', 'Hai Bà Trưng ạ?', null],
  ['lookalike', 'pho Lo Duc thuoc phuong nao nhi', null],
  ['lookalike', 'hồ Thiền Quang ở đâu vậy', null],
  ['lookalike', 'chợ Mơ mấy giờ đóng cửa', null],
  ['lookalike', 'thủ tục chuyển sinh hoạt đảng sang phường khác cần giấy tờ gì', null],
  ['lookalike', 'đảng viên hưởng lương hưu đóng đảng phí bao nhiêu phần trăm mỗi tháng', null],
  ['lookalike', 'kết nạp đảng viên mới cần làm hồ sơ những gì', null],
  ['lookalike', 'đảng viên đi làm xa có được miễn sinh hoạt đảng không', null],
  ['lookalike', 'ai đang giữ chức bí thư thành ủy hà nội bây giờ vậy', null],
  ['lookalike', 'chủ tịch UBND phường Bách Khoa tên gì', null],
  ['lookalike', 'who holds the post of Party General Secretary right now', null],
  ['lookalike', 'địa chỉ trụ sở Đảng ủy phường Hai Bà Trưng ở đâu', null],
  ['lookalike', 'số điện thoại văn phòng đảng ủy phường là số mấy', null],
  ['lookalike', 'email của ban tổ chức thành ủy là gì', null],
  ['lookalike', 'bầu cử đại biểu Quốc hội khóa mới vào ngày nào', null],
  ['lookalike', 'kỳ họp Hội đồng nhân dân thành phố cuối năm họp mấy ngày', null],
  ['lookalike', 'tổng kết năm học của trường THCS làm lúc nào', null],
  ['lookalike', 'báo cáo quyết toán thuế của doanh nghiệp nộp hạn cuối là ngày nào', null],
  ['lookalike', 'công ty em họp hội đồng quản trị cần biên bản theo mẫu nào', null],
  ['lookalike', 'hội cựu chiến binh phường tổ chức gặp mặt kỷ niệm ngày thành lập ở đâu', null],
  ['lookalike', 'hội phụ nữ phường có lớp dạy nấu ăn không', null],
  ['lookalike', 'thời tiết Hà Nội cuối tuần này có mưa không', null],
  ['lookalike', 'hướng dẫn nấu bún chả kiểu Hà Nội tại nhà', null],
  ['lookalike', 'giá vàng SJC sáng nay bao nhiêu một lượng', null],
  ['lookalike', 'lịch thi đấu đội tuyển Việt Nam tháng này', null],
  ['lookalike', 'How do I renew my passport in Hanoi?', null],
  ['lookalike', 'làm căn cước cho bé 10 tuổi thì nộp hồ sơ ở chỗ nào', null],
  ['lookalike', 'đăng ký tạm trú online thế nào', null],
  ['lookalike', 'Nhà văn hóa phường tối nay có chiếu phim không', null],
  ['lookalike', 'đại hội cổ đông bất thường cần bao nhiêu phần trăm cổ phần tán thành', null],
  ['lookalike', 'đại hội sinh viên trường đại học Bách khoa bầu ban chấp hành hội sinh viên', null],
  ['lookalike', 'Đại hội Hội Chữ thập đỏ quận diễn ra khi nào', null],
  ['lookalike', 'what is the tallest building in Vietnam', null],
  ['lookalike', 'viết giúp mình bài phát biểu đám cưới', null],
  ['lookalike', 'Hội nghị Trung ương gần nhất bàn về kinh tế tư nhân thế nào', null],
  ['lookalike', 'thi tuyển công chức phường năm nay thi những môn gì', null],
  ['lookalike', 'nghỉ Tết Nguyên đán năm nay được mấy ngày', null],
  ['lookalike', 'đại hội giáo xứ tổ chức vào mùa nào', null],
];

export const NEWSET11: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
