/**
 * The forty-eighth new evaluation set (issue 11, point 6), written on 2026-12-04 from 01:53 UTC
 * (committed in the commit "Eval: newset48, the forty-eighth unseen set") by a helper (set48) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before its `const items` line) and its last line, the part of newset.ts
 * before `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under
 * src/, bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items
 * were read. Its users are imagined as the secretary of a party cell in a hydropower plant, a
 * district-level official reassigned to a commune after 2025 who is unsure of the new structure, a
 * Canadian NGO worker writing in English, the secretary of a cell in a private kindergarten, a
 * member who asks with many typos and no punctuation, and the office clerk of a grassroots party
 * committee in a state farm; with the out-of-scope messages such users send (other organisations'
 * congresses and meetings: a plant's trade-union congress and workers' conference, a Youth Union
 * branch congress, a cooperative's members' congress, a farm union's season review, a Farmers'
 * Association congress, an NGO's annual general meeting, the Liberal Party of Canada's convention,
 * the Lao party's congress, a donor conference on climate; other senses of "đại hội" and "hội
 * nghị": a parents' committee meeting, a kindergarten's "good children" congress, a clan gathering,
 * the 1990 Chengdu meeting, safety-officer and teaching contests; other party business the pack
 * does not cover: lost membership cards, dues, temporary transfers, badges, rewards, reporting trips
 * abroad, non-members at cell meetings, minute books, document numbering and format, the members'
 * database software, a committee's seal after a farm becomes a company, a study trip; people in
 * posts; addresses, phones and opening hours (an embassy, a commune's one-stop desk, power-cut
 * hotlines); money and prices (allowances, electricity, rubber, tuition, minimum wage, early
 * retirement pay, purchasing norms); local government after the merger (kept allowances, official
 * housing, archives of the old district committee, a new commune's size and e-code, voter
 * meetings); hydropower operations (flood releases, reservoir levels, fire drills); kindergarten
 * licensing and menus; farm land contracts, pesticides and anniversaries; NGO registration and aid
 * approval; translation and cooking asked of the bot; weather).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset48.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, the money a congress may
 * spend, membership figures) were left out, not guessed.
 *
 * Engine changes reached main after its commit: 72e2895 (a congress the pack numbers, asked
 * about by its number, allows as many unknown words as a party organisation); its writer saw none
 * of them. It was measured once, at 01:59 UTC on main 72e2895 (`node --expose-gc
 * dist/bench/qa.js`, load 2.09): qa_new_top1 99.3 %, qa_new_oos_refused 96.9 % (1 in-scope miss,
 * 2 lookalikes answered; qa_p99_us 93.0 in that run, p50 29.0). Its misses were listed after that
 * run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  [
    'doc',
    'Chỉ thị 35-CT/TW ngày 14/6/2024 của Bộ Chính trị bây giờ còn áp dụng cho chi bộ nhà máy thủy điện không?',
    'doc:ct-35-2024',
  ],
  ['doc', 'CT35 năm 2024 về đại hội đảng bộ các cấp đã bị thay chưa?', 'doc:ct-35-2024'],
  ['doc', 'Is Directive 35 of June 2024 still the rule our partner commune follows?', 'doc:ct-35-2024'],
  ['doc', 'chi thi so 35 nam 2024 cua bo chinh tri tinh trang the nao roi', 'doc:ct-35-2024'],
  ['doc', 'Kết luận 118-KL/TW ngày 18/1/2025 điều chỉnh chỉ thị nào, còn hiệu lực không?', 'doc:kl-118-2025'],
  ['doc', 'kl118 do co quan nao ky vay bot oi', 'doc:kl-118-2025'],
  ['doc', 'What did Conclusion 118 of January 2025 change?', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị 45-CT/TW ngày 14/4/2025 nói về việc gì, cơ quan nào ban hành?', 'doc:ct-45-2025'],
  ['doc', 'ct45 thay the van ban nao vay bot', 'doc:ct-45-2025'],
  ['doc', 'Please give me the date and issuer of Directive 45-CT/TW.', 'doc:ct-45-2025'],
  [
    'doc',
    'Văn phòng đảng ủy nông trường cần trích dẫn chỉ thị 45 năm 2025, cho xin số, ngày và cơ quan ban hành.',
    'doc:ct-45-2025',
  ],
  ['doc', 'Kết luận số 200-KL/TW ngày 17/10/2025 kết luận những gì về đại hội?', 'doc:kl-200-2025'],
  [
    'doc',
    'Văn phòng đảng ủy nông trường hỏi: KL 200 về kết quả đại hội do cơ quan nào ban hành, ngày nào?',
    'doc:kl-200-2025',
  ],
  [
    'doc',
    'For my NGO briefing note: what does Conclusion No. 200 conclude about the local congresses?',
    'doc:kl-200-2025',
  ],
  ['doc', 'Hướng dẫn 27-HD/BTCTW của Ban Tổ chức Trung ương hướng dẫn chỉ thị nào?', 'doc:hd-27-2024'],
  ['doc', 'hd27 btctw ban hanh ngay nao', 'doc:hd-27-2024'],
  ['doc', 'Is Guidance 27-HD/BTCTW in your sources, and what is its status?', 'doc:hd-27-2024'],
  ['doc', 'Hướng dẫn số 18-HD/BTCTU của Ban Tổ chức Thành ủy Hà Nội ban hành ngày nào?', 'doc:hd-18-2024'],
  ['doc', 'hd 18 cua ban to chuc thanh uy ha noi huong dan nhung noi dung gi the bot', 'doc:hd-18-2024'],
  [
    'doc',
    "Guidance 18 of the Hanoi city committee's organisation board: what does it cover?",
    'doc:hd-18-2024',
  ],
  [
    'doc',
    'Kế hoạch 258-KH/TU của Thành ủy Hà Nội, bot có những thông tin gì về văn bản này?',
    'doc:kh-258-2024',
  ],
  ['doc', 'kh258 noi ve gi vay', 'doc:kh-258-2024'],
  ['doc', 'What is Plan 258 of the Hanoi Party Committee?', 'doc:kh-258-2024'],
  [
    'doc',
    'Kế hoạch số 203-KH/QU của Quận ủy Hai Bà Trưng giờ quận không còn thì còn giá trị không?',
    'doc:kh-203-2024',
  ],
  ['doc', 'KH 203 cua quan uy ve to chuc dai hoi co so ngay bao nhieu', 'doc:kh-203-2024'],
  ['doc', 'Tell me about plan 203-KH/QU of the Hai Ba Trung district committee.', 'doc:kh-203-2024'],
  ['doc', 'ke hoach 203 nam 2024 ai ky', 'doc:kh-203-2024'],
  [
    'doc',
    'Nghị quyết 26-NQ/TW năm 2018 về cán bộ do Ban Chấp hành Trung ương khóa mấy ban hành?',
    'doc:nq-26-2018',
  ],
  ['doc', 'NQ26 ve can bo lien quan gi den nhan su dai hoi', 'doc:nq-26-2018'],
  ['doc', 'What is Resolution 26 of May 2018?', 'doc:nq-26-2018'],
  ['doc', 'Quy định 89-QĐ/TW về tiêu chuẩn cán bộ còn dùng để chọn nhân sự không?', 'doc:qd-89-2017'],
  [
    'doc',
    'Chi bộ thủy điện đang dùng QĐ 89 năm 2017 để xét tiêu chuẩn, giờ nó bị thay chưa?',
    'doc:qd-89-2017',
  ],
  ['doc', 'Is Regulation 89 on cadre standards still valid?', 'doc:qd-89-2017'],
  [
    'doc',
    'Quy định số 365-QĐ/TW ngày 30/8/2025 về tiêu chuẩn chức danh cán bộ có thay đổi gì sau đó không?',
    'doc:qd-365-2025',
  ],
  ['doc', 'qd365 ve tieu chuan chuc danh can bo ban hanh ngay nao vay', 'doc:qd-365-2025'],
  ['doc', 'Who issued Regulation 365 in August 2025?', 'doc:qd-365-2025'],
  [
    'doc',
    'Quy định 14-QĐ/TU về tiêu chí đánh giá cán bộ có còn hiệu lực sau khi bỏ cấp huyện không?',
    'doc:qd-14-2023',
  ],
  ['doc', 'QĐ14/TU năm 2023 về đánh giá cán bộ tình trạng thế nào?', 'doc:qd-14-2023'],
  [
    'doc',
    'Could you summarise Regulation 14-QĐ/TU of the Hanoi city Standing Board for a foreign partner?',
    'doc:qd-14-2023',
  ],
  ['doc', 'Quy định 2656-QĐ/QU của Ban Thường vụ Quận ủy Hai Bà Trưng nói về gì?', 'doc:qd-2656-2023'],
  ['doc', 'QD 2656 ngay 13/11/2023 con hieu luc ko', 'doc:qd-2656-2023'],
  ['doc', 'Regulation 2656 of the district Standing Board: date and subject?', 'doc:qd-2656-2023'],
  ['doc', 'Quy định 1216-QĐ/QU về quy hoạch cán bộ của quận ban hành năm nào?', 'doc:qd-1216-2022'],
  ['doc', 'qđ1216 quy hoạch cán bộ giờ còn dùng được không?', 'doc:qd-1216-2022'],
  [
    'doc',
    'Regulation 1216 on cadre planning in Hai Ba Trung: which body signed it and when?',
    'doc:qd-1216-2022',
  ],
  [
    'doc',
    'Chi bộ mầm non tư thục có chịu Quy định 294-QĐ/TW không, quy định này có hiệu lực từ ngày nào?',
    'doc:qd-294-2025',
  ],
  ['doc', 'QĐ294 ai ban hành vậy, bot có biết không?', 'doc:qd-294-2025'],
  ['doc', 'What exactly does Regulation 294 of May 2025 try out for party cells?', 'doc:qd-294-2025'],
  ['doc', 'Chỉ thị 35-CT/TW ngày 30/5/2019 hướng tới Đại hội XIII bây giờ còn dùng không?', 'doc:ct-35-2019'],
  ['doc', 'CT 35 năm 2019 hướng tới Đại hội XIII nói về gì, ai ban hành?', 'doc:ct-35-2019'],
  ['doc', 'Directive 35 of 2019, toward the 13th Congress: what is its status?', 'doc:ct-35-2019'],
  [
    'doc',
    'Trong tủ hồ sơ đảng ủy còn Hướng dẫn 26-HD/BTCTW năm 2019, văn bản này giờ còn dùng không?',
    'doc:hd-26-2019',
  ],
  ['doc', 'HD 26 năm 2019 của Ban Tổ chức Trung ương còn áp dụng nhiệm kỳ này không?', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26 from 2019 on the earlier directive: is it in your list?', 'doc:hd-26-2019'],
  [
    'unknown-doc',
    'Quy định 24-QĐ/TW thi hành Điều lệ Đảng có nói gì về đại hội chi bộ không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Bot có Quy định 232-QĐ/TW về công tác bầu cử trong Đảng không?', 'unknown-doc'],
  [
    'unknown-doc',
    'Hướng dẫn 06-HD/ĐU của Đảng ủy Tập đoàn Điện lực Việt Nam về đại hội chi bộ trực thuộc nội dung ra sao?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Kế hoạch 112-KH/ĐU của Đảng ủy xã về đại hội chi bộ thôn có những mốc nào?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Công văn 9136-CV/BTCTW gửi các tỉnh ủy về nhân sự đại hội nói gì?', 'unknown-doc'],
  ['unknown-doc', 'huong dan 21 hd btctw ve dai hoi co trong bot ko', 'unknown-doc'],
  [
    'unknown-doc',
    'Chỉ thị 08-CT/TU của Tỉnh ủy Lâm Đồng về đại hội đảng bộ các cấp quy định gì?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Does the bot hold Resolution 57-NQ/TW on science and technology?', 'unknown-doc'],
  ['unknown-doc', 'Thông báo 97-TB/TW của Ban Bí thư về đại hội nói gì?', 'unknown-doc'],
  [
    'unknown-doc',
    'Quyết định 640-QĐ/ĐU của Đảng ủy nông trường về thành lập tiểu ban văn kiện có trong nguồn không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'nghi quyet 60 nq tw bot co tom tat duoc ko', 'unknown-doc'],
  [
    'unknown-doc',
    'Kết luận 126-KL/TW về sắp xếp tổ chức bộ máy có ảnh hưởng đến đại hội chi bộ không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Kế hoạch 73-KH/ĐU của đảng ủy công ty thủy điện về đại hội chi bộ phân xưởng',
    'unknown-doc',
  ],
  ['unknown-doc', 'Is Directive 39-CT/TW of the Secretariat in your sources?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 190-QĐ/TW về quản lý cán bộ bot có nội dung không?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 137-KL/TW về sắp xếp đơn vị hành chính nói gì về đảng bộ xã?', 'unknown-doc'],
  [
    'offword',
    'Vừa trực xong ca vận hành tổ máy số 2, cho em hỏi đại hội chi bộ nhiệm kỳ 2025 - 2030 gồm mấy nội dung?',
    'noi-dung',
  ],
  [
    'offword',
    'Trời mưa to cả tuần, nước về hồ nhiều, nhưng cấp ủy vẫn phải viết báo cáo kiểm điểm: báo cáo đó cần tinh thần gì?',
    'van-kien',
  ],
  [
    'offword',
    'Hôm nay các cháu mẫu giáo ngủ trưa sớm nên tranh thủ hỏi: trước đại hội phải lập những tổ nào?',
    'chuan-bi',
  ],
  [
    'offword',
    'Đang phun thuốc cho vườn cao su, hỏi nhanh: đại hội có được tổ chức phô trương, tốn kém không?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Cà phê sáng xong rồi, cho tôi hỏi đại hội điểm của đảng bộ cơ sở làm vào tháng mấy?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Con nhỏ đang ốm mà vẫn phải lo nhân sự cấp ủy khóa mới, chọn người theo những quy định nào vậy?',
    'nhan-su',
  ],
  [
    'offword',
    'Mùa mưa bão sắp tới, tôi muốn biết Đại hội XIV của Đảng đã họp từ ngày nào đến ngày nào',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Sau bữa cơm trưa ở bếp ăn nông trường mọi người bàn nhau: đợt đại hội các cấp vừa rồi kết quả ra sao?',
    'ket-qua',
  ],
  [
    'offword',
    'Đi xe khách về xã mới mất hai tiếng, tiện hỏi: từ khi bỏ cấp huyện thì chính quyền địa phương có mấy cấp?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Hôm qua họp phụ huynh xong, nay hỏi bot: chi bộ bây giờ mấy năm đại hội một lần?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Giữa giờ nghỉ bơm nước tưới cà phê, cho hỏi chỉ thị về đại hội ban hành tháng 6/2024 có mấy phụ lục?',
    'chi-thi-35',
  ],
  [
    'offword',
    'Ngồi đợi đón con ở cổng trường, tôi hỏi: từ sau hội nghị quán triệt tháng 10/2024 đến nay có những gì thay đổi?',
    'thay-doi',
  ],
  [
    'offword',
    'Tối nay xem bóng đá xong sẽ soạn công văn, bot liệt kê giúp các văn bản về đại hội nhiệm kỳ 2025 - 2030',
    'tai-lieu',
  ],
  [
    'two-part',
    'Đại hội chi bộ gồm những nội dung gì và văn kiện trình đại hội có mấy báo cáo?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chuẩn bị đại hội cần làm những việc gì, và chọn nhân sự cấp ủy theo tiêu chuẩn nào?',
    'chuan-bi+nhan-su',
  ],
  [
    'two-part',
    'Lịch đại hội các loại chi bộ, đảng bộ thế nào, còn đại hội điểm làm lúc nào?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Từ 1/7/2025 chính quyền địa phương mấy cấp, và chi bộ giờ bao lâu đại hội một lần?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Anh em ca đêm hỏi: Đại hội XIV của Đảng họp mấy ngày, và đại hội đảng bộ các cấp vừa qua có thành công đúng kế hoạch không?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'For our partner commune: what four items does a party congress deal with, and what principles must it respect?',
    'noi-dung+nguyen-tac',
  ],
  [
    'two-part',
    'Chỉ thị về đại hội tháng 6/2024 có những yêu cầu gì, và sau đó đã có những thay đổi nào?',
    'chi-thi-35+thay-doi',
  ],
  [
    'two-part',
    'cho hoi bao cao chinh tri viet the nao va dai hoi phai chong lang phi hinh thuc ra sao',
    'van-kien+nguyen-tac',
  ],
  [
    'two-part',
    'Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII tổ chức theo kế hoạch nào, và sau khi bỏ cấp huyện thì chính quyền mấy cấp?',
    'dai-hoi-quan+chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'Bầu ban chấp hành có phải một nội dung của đại hội không, và bot dựa vào những văn bản nào?',
    'noi-dung+tai-lieu',
  ],
  [
    'two-part',
    'Tổ văn kiện phải chuẩn bị những báo cáo nào, và tổ nhân sự làm theo quy định nào?',
    'van-kien+nhan-su',
  ],
  [
    'two-part',
    'Which kinds of party unit held their congresses first, and were they all finished on schedule?',
    'lich-trinh+ket-qua',
  ],
  [
    'unit',
    'Chi bộ vận hành nhà máy thủy điện trực thuộc đảng ủy công ty thì đại hội phải xong trong tháng mấy?',
    'lich-trinh',
  ],
  [
    'unit',
    'Chi bộ trường mầm non tư thục của tôi là chi bộ cơ sở thì hạn chót đại hội là ngày nào?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng bộ cơ sở nông trường tổ chức đại hội sau khi các chi bộ trực thuộc xong thì bắt đầu từ tháng nào?',
    'lich-trinh',
  ],
  ['unit', 'chi bo truc thuoc dang uy co so bat dau dai hoi tu thang 1 nam 2025 dung khong', 'lich-trinh'],
  ['unit', 'Đại hội đại biểu đảng bộ cơ sở phải hoàn thành trước ngày nào?', 'lich-trinh'],
  ['unit', 'Đảng bộ cơ sở phải chọn bao nhiêu chi bộ trực thuộc để làm đại hội điểm?', 'dai-hoi-diem'],
  ['unit', 'Chi bộ cơ sở được chọn làm đại hội điểm cấp quận vào thời gian nào?', 'dai-hoi-diem'],
  ['unit', 'Grassroots party cell: when was its congress window this term?', 'lich-trinh'],
  [
    'unit',
    'Chi bộ trực thuộc ở phân xưởng sửa chữa của nhà máy có phải bầu đoàn đại biểu dự đại hội cấp trên không?',
    'noi-dung',
  ],
  ['unit', 'Đại hội đảng bộ cơ sở có bầu Ban Chấp hành nhiệm kỳ 2025 - 2030 không?', 'noi-dung'],
  [
    'unit',
    'Party cell under a grassroots committee: how often does it hold a congress under the 2025 pilot?',
    'chi-bo-5-nam',
  ],
  ['typo', 'dai hoi chi bo co may noi dung vay bot', 'noi-dung'],
  ['typo', 'bao cao kiem diem cap uy can nhung gi ko biet viet', 'van-kien'],
  ['typo', 'thanh lap to nhan su to van kien to to chuc de lam gi', 'chuan-bi'],
  ['typo', 'nguyen tac tap trung dan chu trong dai hoi la sao', 'nguyen-tac'],
  ['typo', 'dh cb truc thuoc xong trong thang may', 'lich-trinh'],
  ['typo', 'dai hoi diem thang 12 2024 chon may chi bo', 'dai-hoi-diem'],
  ['typo', 'chon nguoi vao cap uy khoa moi thi can cu nghi quyet voi quy dinh nao vay', 'nhan-su'],
  ['typo', 'dai hoi dang bo quan hai ba trung lan thu 27 hop ngay nao', 'dai-hoi-quan'],
  ['typo', '7 yeu cau cua chi thi ve dai hoi nam 2024 la gi', 'chi-thi-35'],
  ['typo', 'co gi thay doi tu sau hoi nghi ngay 23 10 2024 ko', 'thay-doi'],
  ['typo', 'chinh quyen 2 cap bat dau tu ngay nao vay', 'chinh-quyen-2-cap'],
  ['typo', 'chi bo gio 5 nam dai hoi 1 lan hay 2 lan', 'chi-bo-5-nam'],
  ['typo', 'dai hoi 14 cua dang to chuc thang may nam 2026 vay moi nguoi', 'dai-hoi-xiv'],
  ['typo', 'ds van ban ve dai hoi nk 2025 2030', 'tai-lieu'],
  ['typo', 'dh cac cap xong het chua', 'ket-qua'],
  ['typo', 'ĐH CB có bầu BCH ko', 'noi-dung'],
  ['en', "What must a party cell's congress cover this term?", 'noi-dung'],
  ['en', 'What reports does the committee present to the congress?', 'van-kien'],
  ['en', 'What preparation should a grassroots party organisation do before its congress?', 'chuan-bi'],
  ['en', 'Is a party congress meant to be modest, without show, waste or formalism?', 'nguyen-tac'],
  [
    'en',
    'In which months did party cells under a grassroots committee have to hold their congresses?',
    'lich-trinh',
  ],
  ['en', 'What were the pilot congresses planned for December 2024?', 'dai-hoi-diem'],
  ['en', 'On what basis are new committee members chosen?', 'nhan-su'],
  ['en', "What happened to the plan for the Hai Ba Trung district's 27th congress?", 'dai-hoi-quan'],
  ['en', 'How many parts and appendices does the 2024 Politburo directive on congresses have?', 'chi-thi-35'],
  ['en', 'Since the Hai Ba Trung dissemination meeting of October 2024, which rules changed?', 'thay-doi'],
  ['en', 'Since July 2025, how many tiers of local government does Vietnam have?', 'chinh-quyen-2-cap'],
  ['en', 'Do party cells now hold congresses every five years?', 'chi-bo-5-nam'],
  ['en', "On which dates did the Party's 14th National Congress take place in Hanoi?", 'dai-hoi-xiv'],
  ['en', 'Could you list every document your answers on congresses are based on?', 'tai-lieu'],
  ['en', 'Has the whole 2025-2030 round of party congresses already finished?', 'ket-qua'],
  ['fact', 'Văn bản nào đã thay thế chỉ thị tháng 6/2024 về đại hội đảng bộ các cấp?', 'thay-doi'],
  ['fact', 'Quy định về tiêu chuẩn cán bộ năm 2017 được thay bằng quy định nào, từ ngày nào?', 'thay-doi'],
  [
    'fact',
    'Tôi từng làm ở một quận của Hà Nội: bao nhiêu đảng bộ quận, huyện ở Hà Nội dừng hoạt động khi sắp xếp?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Trước khi thí điểm thì theo Điều lệ Đảng, chi bộ mầm non chúng tôi đại hội mấy lần mỗi nhiệm kỳ 5 năm?',
    'chi-bo-5-nam',
  ],
  [
    'fact',
    'Ở nông trường mọi người nhớ không rõ: Đại hội toàn quốc lần thứ XIV của Đảng bế mạc hôm nào?',
    'dai-hoi-xiv',
  ],
  ['fact', 'Bộ Chính trị và Ban Bí thư kết luận thế nào về đợt đại hội nhiệm kỳ 2025 - 2030?', 'ket-qua'],
  ['fact', 'Chỉ thị tháng 6/2024 về đại hội có mấy phần, bốn phụ lục là những gì?', 'chi-thi-35'],
  ['fact', 'Tháng 1/2025 có văn bản nào điều chỉnh, bổ sung chỉ thị về đại hội không?', 'thay-doi'],
  [
    'fact',
    'Cán bộ huyện cũ như tôi hỏi: chính thức không còn cấp huyện từ ngày tháng năm nào?',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'Thí điểm đại hội chi bộ 5 năm một lần có hiệu lực từ bao giờ?', 'chi-bo-5-nam'],
  ['fact', 'Ban Tổ chức Trung ương hướng dẫn chỉ thị về đại hội năm 2024 bằng văn bản nào?', 'chi-thi-35'],
  ['fact', 'Đại hội các cấp nhiệm kỳ này có đáp ứng yêu cầu của chỉ thị mới năm 2025 không?', 'ket-qua'],
  [
    'fact',
    'Yêu cầu thứ năm trong bảy yêu cầu của chỉ thị về đại hội năm 2024 nói về cơ chế gì?',
    'chi-thi-35',
  ],
  ['fact', 'Did the 14th Congress run from 19 to 23 January 2026?', 'dai-hoi-xiv'],
  [
    'lookalike',
    'Công đoàn nhà máy thủy điện sắp đại hội công đoàn cơ sở nhiệm kỳ mới, cần chuẩn bị những gì?',
    null,
  ],
  ['lookalike', 'Lịch xả lũ hồ chứa tuần này nhà máy có thông báo cho dân vùng hạ du không?', null],
  ['lookalike', 'Phụ cấp độc hại cho anh em vận hành tổ máy ca đêm tính thế nào?', null],
  ['lookalike', 'Hội nghị người lao động năm 2026 của công ty thủy điện tổ chức vào tháng mấy?', null],
  ['lookalike', 'Hội thi an toàn vệ sinh viên giỏi cấp tổng công ty đăng ký ở đâu?', null],
  ['lookalike', 'Giá điện sinh hoạt bậc thang hiện nay bao nhiêu một số?', null],
  ['lookalike', 'Chi đoàn thanh niên nhà máy tổ chức đại hội chi đoàn thì ai chủ trì?', null],
  ['lookalike', 'Diễn tập phòng cháy chữa cháy ở trạm biến áp của nhà máy làm theo kịch bản nào?', null],
  ['lookalike', 'Mực nước hồ thủy điện Hòa Bình hôm nay bao nhiêu mét?', null],
  [
    'lookalike',
    'Chi bộ nhà máy muốn tổ chức tham quan về nguồn cho đảng viên dịp 3/2 thì đi đâu hợp lý?',
    null,
  ],
  [
    'lookalike',
    'Tôi từ phòng nội vụ huyện cũ điều động về xã, hệ số phụ cấp chức vụ có được bảo lưu không?',
    null,
  ],
  ['lookalike', 'Cán bộ điều động về xã xa nhà có được bố trí nhà công vụ không ạ?', null],
  ['lookalike', 'Chủ tịch UBND xã mới sau sáp nhập ở chỗ tôi là ai?', null],
  ['lookalike', 'Bộ phận một cửa của xã mới có làm việc sáng thứ bảy không?', null],
  ['lookalike', 'Xã mới có bao nhiêu thôn, diện tích tự nhiên bao nhiêu km2?', null],
  [
    'lookalike',
    'Hồ sơ lưu trữ của huyện ủy cũ giờ bàn giao về đâu, tôi cần tra lại quyết định bổ nhiệm của mình',
    null,
  ],
  ['lookalike', 'Mã định danh của cơ quan xã mới để gửi văn bản qua trục liên thông là gì?', null],
  ['lookalike', 'Tôi có phải học lại trung cấp lý luận chính trị khi về làm phó chủ tịch xã không?', null],
  ['lookalike', 'Hội nghị tiếp xúc cử tri của đại biểu HĐND tỉnh tại xã diễn ra hôm nào?', null],
  ['lookalike', 'Nghỉ hưu trước tuổi khi sắp xếp bộ máy thì tiền trợ cấp tính theo công thức nào?', null],
  ['lookalike', "When is the Liberal Party of Canada's next national convention?", null],
  [
    'lookalike',
    "Our NGO's annual general meeting needs a quorum; how many members must attend under Vietnamese law?",
    null,
  ],
  [
    'lookalike',
    'How do I renew the registration certificate of a foreign NGO project office in Hanoi?',
    null,
  ],
  ['lookalike', 'Can a foreigner like me sit in on a commune party congress as an observer?', null],
  ['lookalike', 'What is the address and phone number of the Canadian Embassy in Hanoi?', null],
  ['lookalike', 'Which Vietnamese ministry approves foreign-funded aid projects?', null],
  [
    'lookalike',
    'Is there a donor coordination conference on climate adaptation in the Mekong Delta this year?',
    null,
  ],
  ['lookalike', "What is the Party's position on civil society groups working on gender equality?", null],
  ['lookalike', "Who is the new chair of the Women's Union in Lao Cai province?", null],
  ['lookalike', 'Can you translate my workshop invitation into Vietnamese for the commune leaders?', null],
  ['lookalike', 'What will the weather be like in Hue next week for our field trip?', null],
  [
    'lookalike',
    'Trường mầm non tư thục tổ chức hội nghị ban đại diện cha mẹ trẻ đầu năm học cần những nội dung gì?',
    null,
  ],
  ['lookalike', 'Học phí mầm non tư thục năm học mới được tăng tối đa bao nhiêu?', null],
  ['lookalike', 'Tổ chức Tết Trung thu cho các cháu, chi bộ có được trích từ đảng phí không?', null],
  ['lookalike', 'Điều kiện cấp phép thành lập nhóm trẻ độc lập tư thục là gì?', null],
  ['lookalike', 'Chủ trường mầm non không phải đảng viên có được dự sinh hoạt chi bộ không?', null],
  ['lookalike', 'Thực đơn bán trú cho trẻ 3 tuổi mùa hè nên có những món gì?', null],
  ['lookalike', 'Hội thi giáo viên mầm non dạy giỏi cấp xã năm nay tổ chức khi nào?', null],
  [
    'lookalike',
    'Đại hội cháu ngoan Bác Hồ của trường mầm non có cần mời bí thư chi bộ phát biểu không?',
    null,
  ],
  ['lookalike', 'Lương tối thiểu vùng năm 2026 trả cho giáo viên trường tư là bao nhiêu?', null],
  ['lookalike', 'Sổ ghi biên bản sinh hoạt chi bộ hằng tháng mua ở đâu, theo mẫu nào?', null],
  ['lookalike', 'cho hoi the dang vien bi mat thi lam lai o dau mat bao lau', null],
  ['lookalike', 'dang phi thang nay dong bao nhieu em luong 7 trieu', null],
  ['lookalike', 'chuyen sinh hoat dang tam thoi khi di lam xa thi xin giay o dau', null],
  ['lookalike', 'dai hoi hoi nong dan xa em khi nao to chuc nhiem ky moi', null],
  ['lookalike', 'dang vien 30 nam tuoi dang co duoc tang qua gi ko', null],
  ['lookalike', 'bot oi may co biet nau pho bo khong', null],
  ['lookalike', 'mat dien nha em tu sang toi gio goi tong dai nao', null],
  [
    'lookalike',
    'Đại hội xã viên hợp tác xã dịch vụ nông nghiệp trong nông trường có phải báo cáo đảng ủy không?',
    null,
  ],
  ['lookalike', 'Giá mủ cao su tuần này thu mua bao nhiêu một ký?', null],
  ['lookalike', 'Hợp đồng giao khoán đất cho hộ công nhân nông trường hết hạn thì gia hạn thế nào?', null],
  ['lookalike', 'Công đoàn nông trường tổ chức hội nghị tổng kết vụ cà phê vào ngày nào?', null],
  ['lookalike', 'Văn phòng đảng ủy cần mua máy scan, định mức mua sắm tài sản công là bao nhiêu?', null],
  ['lookalike', 'Cách ghi số và ký hiệu công văn của đảng ủy cơ sở cho đúng thể thức là thế nào?', null],
  ['lookalike', 'Phần mềm quản lý cơ sở dữ liệu đảng viên bị lỗi không đăng nhập được thì liên hệ ai?', null],
  [
    'lookalike',
    'Nông trường chuyển thành công ty TNHH một thành viên thì con dấu đảng ủy có phải làm lại không?',
    null,
  ],
  ['lookalike', 'Lễ kỷ niệm 50 năm thành lập nông trường nên mời những ai?', null],
  ['lookalike', 'Soạn giúp mẫu giấy mời họp đảng ủy mở rộng cuối tháng', null],
  ['lookalike', 'Thuốc trừ sâu nào được phép dùng cho cà phê vối?', null],
  ['lookalike', 'Hội nghị Thành Đô năm 1990 bàn về chuyện gì?', null],
  ['lookalike', 'Đại hội dòng họ ở quê tổ chức mùng 10 tháng Giêng cần chuẩn bị gì?', null],
  ['lookalike', 'Đại hội Đảng Nhân dân Cách mạng Lào lần thứ XII diễn ra khi nào?', null],
  ['lookalike', 'Đảng viên đi nước ngoài thăm con có phải báo cáo chi bộ không?', null],
  ['lookalike', 'Đảng viên hoàn thành xuất sắc nhiệm vụ 5 năm liền thì khen thưởng thế nào?', null],
];

export const NEWSET48: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
