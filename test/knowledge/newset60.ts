/**
 * The sixtieth new evaluation set (issue 11, point 6), written on 2026-12-04 from 02:44 UTC
 * (committed in the commit "Eval: newset60, the sixtieth unseen set") by a helper (set60) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before its `const items` line) and its last line, the part of newset.ts
 * before `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under
 * src/, bench/ or config/, no README, no git diff or show, no git log (one slip printed only
 * main's short hash), and no other set's or pool's items were read. Its users are imagined as the secretary of a cell in a cement plant, a commune party
 * committee member in charge of mass mobilisation, a Thai student who writes in English, the
 * secretary of a cell in a children's hospital, a member who writes with the regional words of
 * central Vietnam (mô, răng, rứa, chừ, bựa ni, hỉ), and a lawyer who is a member of a law firm's
 * party cell; with the out-of-scope messages such users send (other organisations' congresses and
 * meetings: the plant's trade union congress and workers' conference, a workshop Youth Union
 * cell's congress, a distributors' customer conference, the commune Farmers' and Veterans'
 * associations' congresses, dialogues with residents on land clearance, voters' meetings before a
 * People's Council session, a hamlet's election of its head, the Great National Unity festival, a
 * nurses' branch congress, the hospital staff conference, a paediatric nursing science conference,
 * the city Bar Association's and the Vietnam Bar Federation's congresses, an extraordinary
 * shareholders' meeting, an arbitration seminar, a Thai party's general assembly, the students'
 * association, an ASEAN youth summit; other senses of "đại hội": a clan gathering, a fishing
 * village's whale festival, boat races, a home-town association's year-end meeting, a sports day
 * at the plant; other party business the pack does not cover: temporary transfer of membership,
 * admission classes, leaving the Party, 40-year badges and their money, absence from a cell
 * meeting for a death anniversary, exemption while studying abroad, dues of pensioners, the yearly
 * grading and its self-review, whether a member who is a lawyer may defend in a corruption case,
 * the coming Central Committee plenum; people in posts (the commune's head of party building, the
 * General Secretary); addresses, phone numbers and opening hours (the new ward committee, the city
 * organisation board, the Thai embassy, a hospital's call centre, visiting hours); money and
 * prices (cement, fish at the market, bus fares, the base salary, hazard allowances, court fees,
 * the poor fund, festival support); local government services (residence registration after the
 * merger, storm relief, environmental monitoring of plant dust, mediation of a land boundary, a
 * law firm's branch registration, a lost lawyer's card); health (vaccination schedules, health
 * insurance for small children, nurse promotion exams), safety training, student visas, language
 * courses, a thesis on parliaments; the bot itself (who reads the messages, reading a PDF); and
 * the weather).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset60.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why. One item was reworded in its own commit before any run, by the
 * same helper: newset62, written at the same time and landed before it, held the same question.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, a congress's budget, which
 * cells the five-yearly pilot covers, membership figures) were left out, not guessed.
 *
 * One engine change reached main while it was being written (53d7f36: a date after a
 * document's number, ket-qua's keywords). Engine changes reached main after its commit: 57dbd65
 * (the word prior relearned with newset59)
 * and 944661b (D66, files kept, trays priced); its writer saw none of them. It was measured once,
 * at 02:52 UTC on main 944661b (`node --expose-gc dist/bench/qa.js`, load 2.70): qa_new_top1 98.5
 * %, qa_new_oos_refused 100.0 % (2 in-scope misses, no lookalike answered; qa_p99_us 95.9 in that
 * run, p50 27.4). Its misses were listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  [
    'doc',
    'Chỉ thị số 35-CT/TW năm 2024 của Bộ Chính trị giờ còn hiệu lực không, chi bộ nhà máy xi măng tụi tôi còn bám theo được nữa không?',
    'doc:ct-35-2024',
  ],
  ['doc', 'ct35 nam 2024 bi van ban nao thay the roi', 'doc:ct-35-2024'],
  ['doc', 'Is Directive 35 of June 2024 still the rule, or was it replaced?', 'doc:ct-35-2024'],
  [
    'doc',
    'Chỉ thị 35/2024 về đại hội tiến tới Đại hội XIV ra ngày mô, ai ký ban hành rứa?',
    'doc:ct-35-2024',
  ],
  ['doc', 'Kết luận 118-KL/TW sửa những gì của chỉ thị về đại hội, giờ còn dùng không?', 'doc:kl-118-2025'],
  ['doc', 'kl118 do co quan nao ban hanh vay', 'doc:kl-118-2025'],
  ['doc', 'What is Conclusion 118 and is it still in force?', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị 45-CT/TW của Bộ Chính trị ban hành ngày nào, thay cho văn bản nào?', 'doc:ct-45-2025'],
  ['doc', 'Cho tôi xem thẻ văn bản CT 45 về đại hội đảng bộ các cấp', 'doc:ct-45-2025'],
  [
    'doc',
    'As a foreign student I read about Directive 45-CT/TW in class: what is it about?',
    'doc:ct-45-2025',
  ],
  ['doc', 'chi thi 45 nam 2025 hien nay tinh trang the nao', 'doc:ct-45-2025'],
  [
    'doc',
    'Chi bộ xi măng tụi tôi muốn ghi vào nghị quyết: Kết luận 200-KL/TW đánh giá đại hội các cấp ra sao?',
    'doc:kl-200-2025',
  ],
  ['doc', 'KL 200 của Bộ Chính trị và Ban Bí thư, đồng chí cho tôi thông tin văn bản', 'doc:kl-200-2025'],
  ['doc', 'Conclusion 200-KL/TW: who issued it and when?', 'doc:kl-200-2025'],
  [
    'doc',
    'Đồng chí cho hỏi Hướng dẫn 27-HD/BTCTW tháng 8/2024 còn giá trị không hay đã có văn bản khác?',
    'doc:hd-27-2024',
  ],
  ['doc', 'hd27 btctw ngay thang nam ban hanh la bao nhieu', 'doc:hd-27-2024'],
  ['doc', 'Guidance 27-HD/BTCTW: what does the bot know about it?', 'doc:hd-27-2024'],
  [
    'doc',
    'Chi bộ khoa nhi muốn tra Hướng dẫn số 18-HD/BTCTU, văn bản này do ai ban hành và ra ngày nào ạ?',
    'doc:hd-18-2024',
  ],
  ['doc', 'văn bản hd 18 của thành ủy hà nội hướng dẫn về cái gì', 'doc:hd-18-2024'],
  ['doc', 'Guidance 18-HD/BTCTU of the Hanoi organisation board, what is its status?', 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch 258-KH/TU của Thành ủy Hà Nội hồi nớ ban hành ngày mô rứa?', 'doc:kh-258-2024'],
  ['doc', 'kh258 thanh uy noi dung gi, bot co ban day du khong', 'doc:kh-258-2024'],
  ['doc', 'Plan 258 of the Hanoi Party Committee: what do your sources say?', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch số 203-KH/QU của Quận ủy Hai Bà Trưng về tổ chức đại hội nào?', 'doc:kh-203-2024'],
  ['doc', 'KH 203 quận ủy giờ bỏ quận rồi thì còn giá trị không?', 'doc:kh-203-2024'],
  ['doc', 'Plan 203-KH/QU of Hai Ba Trung district: date and issuer please', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 của Trung ương khóa XII nói về việc gì?', 'doc:nq-26-2018'],
  ['doc', 'nq26 nam 2018 cua trung uong co con hieu luc khong ad', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26 of May 2018 of the Central Committee: what is it?', 'doc:nq-26-2018'],
  [
    'doc',
    'Văn phòng luật tụi tôi cần biết Quy định 89-QĐ/TW ngày 4/8/2017 hiện còn hiệu lực không',
    'doc:qd-89-2017',
  ],
  ['doc', 'QĐ 89 năm 2017 của Bộ Chính trị giờ còn áp dụng để chọn cấp ủy không?', 'doc:qd-89-2017'],
  [
    'doc',
    'My professor mentioned Regulation 89 of 2017 on cadre standards; was it replaced?',
    'doc:qd-89-2017',
  ],
  ['doc', 'qd89 nam 2017 gio thay bang cai nao roi ad', 'doc:qd-89-2017'],
  [
    'doc',
    'Quy định 365-QĐ/TW ngày 30/8/2025 về tiêu chuẩn chức danh cán bộ, cho xin thông tin',
    'doc:qd-365-2025',
  ],
  ['doc', 'qd 365 cua bo chinh tri thay cho van ban nao', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365 of the Politburo: what does it replace?', 'doc:qd-365-2025'],
  [
    'doc',
    'Tiêu chí đánh giá cán bộ theo Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy Hà Nội có còn dùng không đồng chí?',
    'doc:qd-14-2023',
  ],
  ['doc', 'quy dinh so 14 thanh uy ha noi ve danh gia can bo con hieu luc khong', 'doc:qd-14-2023'],
  [
    'doc',
    'In my report on Hanoi I cite Regulation 14-QĐ/TU from November 2023: what does the bot record about it?',
    'doc:qd-14-2023',
  ],
  [
    'doc',
    'Quy định 2656-QĐ/QU của quận ủy về tiêu chí đánh giá cán bộ, giờ bỏ quận rồi thì sao?',
    'doc:qd-2656-2023',
  ],
  ['doc', 'qd2656 quan uy hai ba trung ban hanh ngay nao', 'doc:qd-2656-2023'],
  ['doc', 'Regulation 2656 of the district standing board, please show its card', 'doc:qd-2656-2023'],
  [
    'doc',
    'Quy định 1216-QĐ/QU ngày 6/4/2022 của Ban Thường vụ Quận ủy nói về quy hoạch cán bộ thế nào?',
    'doc:qd-1216-2022',
  ],
  ['doc', 'QĐ 1216 năm 2022 của quận ủy còn dùng để bổ sung quy hoạch không?', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216 on cadre planning: date and status?', 'doc:qd-1216-2022'],
  [
    'doc',
    'Chi bộ bệnh viện nhi hỏi Quy định 294-QĐ/TW: cơ quan nào ban hành và áp dụng từ bao giờ?',
    'doc:qd-294-2025',
  ],
  ['doc', 'qd 294 nam 2025 do co quan nao ky', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294 on party cell congresses: what does it pilot?', 'doc:qd-294-2025'],
  [
    'doc',
    'Chỉ thị 35-CT/TW ngày 30/5/2019 hướng tới Đại hội XIII, bot có thông tin không?',
    'doc:ct-35-2019',
  ],
  ['doc', 'CT 35 năm 2019 hướng tới Đại hội XIII giờ còn dùng được không?', 'doc:ct-35-2019'],
  [
    'doc',
    'Directive 35 of May 2019, the one before the 13th Congress: what is its status?',
    'doc:ct-35-2019',
  ],
  ['doc', 'Hướng dẫn 26-HD/BTCTW của nhiệm kỳ trước (năm 2019) giờ còn xài được không?', 'doc:hd-26-2019'],
  ['doc', 'hd26 thang 10 nam 2019 cua ban to chuc trung uong con dung khong', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26-HD/BTCTW of October 2019: which directive does it guide?', 'doc:hd-26-2019'],
  [
    'unknown-doc',
    'Quy định 232-QĐ/TW về thi hành Điều lệ Đảng có nói gì về đại hội chi bộ không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Hướng dẫn 06-HD/TW của Ban Bí thư về nghiệp vụ công tác đảng viên, bot có không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Kết luận 150-KL/TW của Bộ Chính trị về sắp xếp bộ máy sau sáp nhập xã, bot có lưu không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Nghị quyết 57-NQ/TW về khoa học công nghệ có áp dụng cho chi bộ nhà máy xi măng không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Quy định 144-QĐ/TW về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên, cho tôi xem với',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Kế hoạch 97-KH/TU của Thành ủy về đại hội chi bộ có trong nguồn của bot không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Công văn 1432-CV/BTCTW hướng dẫn về nhân sự đại hội là công văn gì?', 'unknown-doc'],
  ['unknown-doc', 'What does Resolution 41-NQ/TW on Vietnamese entrepreneurs say?', 'unknown-doc'],
  [
    'unknown-doc',
    'Quyết định 5523/QĐ-BYT của Bộ Y tế về quy trình chăm sóc điều dưỡng, bot tra giúp em',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Nghị định 123/2024/NĐ-CP về xử phạt vi phạm hành chính đất đai có trong tài liệu của bot không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Hướng dẫn 31-HD/BTCTW năm 2025 về đại hội đảng bộ xã mới thành lập, có không bot?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Quy định 23-QĐ/TW về công tác dân vận của hệ thống chính trị, răng bot không nói tới rứa?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kế hoạch 12-KH/ĐU của Đảng ủy bệnh viện về đại hội chi bộ khoa nói gì?', 'unknown-doc'],
  [
    'unknown-doc',
    'Hướng dẫn 09-HD/ĐU của Đảng ủy xã về đại hội chi bộ thôn, bot có bản đó không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Quy định 296-QĐ/TW về kiểm tra, giám sát và kỷ luật của Đảng có trong bot không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Directive 21-CT/TW of the Secretariat: is it in your sources?', 'unknown-doc'],
  [
    'offword',
    'Vừa hết ca ba ở phân xưởng lò nung, mệt rã rời mà vẫn phải hỏi: đại hội chi bộ có mấy nội dung chính?',
    'noi-dung',
  ],
  [
    'offword',
    'Con tôi đang sốt nằm viện, tranh thủ lúc trực hỏi luôn: báo cáo chính trị của chi bộ phải đánh giá những gì?',
    'van-kien',
  ],
  [
    'offword',
    'Sáng ni đi chợ mua mớ cá về rồi mới hỏi: chuẩn bị đại hội thì phải thành lập những tổ chi rứa?',
    'chuan-bi',
  ],
  [
    'offword',
    'Đang ngồi chờ phiên tòa chiều nay, hỏi nhanh: tổ chức đại hội phải theo nguyên tắc gì, có phải chống lãng phí không?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Mưa to quá không ra đồng được, ngồi nhà hỏi bot: đại hội điểm của đảng bộ cơ sở làm trong tháng mấy?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Uống xong ly cà phê sữa đá, hỏi cái: lựa chọn nhân sự cấp ủy khóa mới phải quán triệt nghị quyết nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Đang nấu cơm cho bọn trẻ, đồng chí bot cho hỏi Đại hội XIV của Đảng diễn ra từ ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'My rent is due tomorrow but first: what are the two main reports submitted to a party congress?',
    'van-kien',
  ],
  [
    'offword',
    'Xe máy hỏng giữa đường, gọi cứu hộ xong hỏi luôn: đại hội đảng bộ các cấp nhiệm kỳ này đã xong hết chưa?',
    'ket-qua',
  ],
  [
    'offword',
    'Ca mổ ruột thừa cho bé vừa xong, giờ mới rảnh: chi bộ bệnh viện từ nay mấy năm đại hội một lần?',
    'chi-bo-5-nam',
  ],
  [
    'two-part',
    'Đại hội chi bộ nhà máy tụi tôi phải làm mấy nội dung, và văn kiện trình đại hội gồm những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chuẩn bị đại hội cần lập những tổ nào, còn nguyên tắc tổ chức đại hội là gì?',
    'chuan-bi+nguyen-tac',
  ],
  [
    'two-part',
    'Đại hội điểm làm vào tháng nào, và lựa chọn nhân sự cấp ủy khóa mới căn cứ vào đâu?',
    'dai-hoi-diem+nhan-su',
  ],
  [
    'two-part',
    'Đại hội toàn quốc lần thứ XIV họp ngày nào, và đại hội đảng bộ các cấp đã hoàn thành chưa?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Chính quyền hai cấp chạy từ bao giờ, và giờ chi bộ mấy năm mới đại hội một lần?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Chi bộ trực thuộc đại hội vào thời gian nào, và đại hội phải bầu những gì?',
    'lich-trinh+noi-dung',
  ],
  [
    'two-part',
    'What must the political report cover, and what principles apply when holding the congress?',
    'van-kien+nguyen-tac',
  ],
  [
    'two-part',
    'Từ sau hội nghị 23/10/2024 đã thay đổi những gì, và bot đang dựa vào những văn bản nào?',
    'thay-doi+tai-lieu',
  ],
  [
    'two-part',
    'Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII là răng, mà chừ bỏ cấp huyện rồi thì quận còn không hỉ?',
    'dai-hoi-quan+chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'Báo cáo kiểm điểm phải có tính chiến đấu là thế nào, và công tác chuẩn bị đại hội gồm những việc gì?',
    'van-kien+chuan-bi',
  ],
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở như chi bộ phân xưởng nghiền của tôi phải đại hội xong trong tháng nào?',
    'lich-trinh',
  ],
  [
    'unit',
    'Chi bộ cơ sở bệnh viện nhi tụi em thì đại hội bắt đầu từ tháng mấy và xong trước ngày nào?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng bộ cơ sở phải đợi các chi bộ trực thuộc đại hội xong rồi mới tổ chức đại hội đảng viên hay đại biểu phải không?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở có được chọn để tổ chức đại hội điểm đầu quý I không?', 'dai-hoi-diem'],
  ['unit', 'Đảng bộ cơ sở phải chọn bao nhiêu chi bộ trực thuộc để chỉ đạo đại hội điểm?', 'dai-hoi-diem'],
  [
    'unit',
    'Chi bộ trực thuộc thì có phải bầu đoàn đại biểu đi dự đại hội đảng bộ cấp trên không?',
    'noi-dung',
  ],
  [
    'unit',
    'A party cell under a grassroots committee: by when did it have to finish its congress?',
    'lich-trinh',
  ],
  ['unit', 'Đảng ủy nhà máy xi măng là đảng bộ cơ sở, vậy trình đại hội những báo cáo nào?', 'van-kien'],
  ['unit', 'Chi bo co so cua cong ty luat dai hoi thi bau nhung gi?', 'noi-dung'],
  ['typo', 'dai hoi chi bo co may noi dung vay ad', 'noi-dung'],
  ['typo', 'bao cao kiem diem cua cap uy phai viet ntn', 'van-kien'],
  ['typo', 'DH DBCS phai xong truoc ngay nao', 'lich-trinh'],
  ['typo', 'BCCT cua CB phai danh gia nhug gi', 'van-kien'],
  ['typo', 'to chuc DH phai theo nguyen tac tap trung dan chu ntn ha bot', 'nguyen-tac'],
  ['typo', 'chuan bi dai hoi thanh lap to nhan su to van kien to to chuc ntn', 'chuan-bi'],
  ['typo', 'dai hoi diem ban thuong vu quan uy chon may don vi lam', 'dai-hoi-diem'],
  ['typo', 'chinh quyen dia phuong 2 cap bat dau van hanh tu ngay may vay', 'chinh-quyen-2-cap'],
  ['typo', 'dh xiv dien ra ngay nao z', 'dai-hoi-xiv'],
  ['typo', 'nhan su cap uy khoa moi can cu tieu chuan nao a', 'nhan-su'],
  ['typo', 'chi bo 5 nam dai hoi 1 lan thi diem tu khi nao', 'chi-bo-5-nam'],
  ['en', "What four things does a party cell's congress have to do in the 2025-2030 term?", 'noi-dung'],
  [
    'en',
    'Sorry for my English: what is the political report of a party cell and why is it called central?',
    'van-kien',
  ],
  ['en', "When was the Communist Party of Vietnam's Fourteenth National Congress held?", 'dai-hoi-xiv'],
  ['en', 'Are the party congresses for 2025-2030 finished now?', 'ket-qua'],
  ['en', 'What happened to the districts of Hanoi in July 2025?', 'chinh-quyen-2-cap'],
  ['en', 'How often do party cells hold congresses under the pilot rule?', 'chi-bo-5-nam'],
  ['en', 'What preparation does a grassroots party organisation do before its congress?', 'chuan-bi'],
  ['en', 'Which documents does this bot use as its sources?', 'tai-lieu'],
  ['en', 'What is a pilot congress in the Vietnamese party and when were they held?', 'dai-hoi-diem'],
  ['en', 'What principle, above all, should guide how a congress is organised?', 'nguyen-tac'],
  [
    'en',
    'What changed in the rules on congresses after the October 2024 meeting in Hai Ba Trung?',
    'thay-doi',
  ],
  ['fact', 'Đại hội đại biểu toàn quốc lần thứ XIV của Đảng họp từ ngày nào đến ngày nào?', 'dai-hoi-xiv'],
  ['fact', 'Từ khi nào thì không còn cấp huyện nữa vậy?', 'chinh-quyen-2-cap'],
  [
    'fact',
    'Ở Hà Nội có bao nhiêu đảng bộ cấp huyện chấm dứt hoạt động khi bỏ cấp huyện?',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'Quy định thí điểm đại hội chi bộ năm năm một lần có hiệu lực từ ngày nào?', 'chi-bo-5-nam'],
  [
    'fact',
    'Trước khi có thí điểm, Điều lệ Đảng bắt chi bộ đại hội mấy lần trong năm năm hả đồng chí?',
    'chi-bo-5-nam',
  ],
  [
    'fact',
    'Bộ Chính trị, Ban Bí thư kết luận gì về kết quả đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030?',
    'ket-qua',
  ],
  ['fact', 'Chỉ thị về đại hội ban hành tháng 6/2024 gồm mấy phần, mấy phụ lục?', 'chi-thi-35'],
  [
    'fact',
    'Chỉ thị của Bộ Chính trị năm 2024 về đại hội đảng bộ các cấp nêu mấy yêu cầu, tóm tắt giúp tôi',
    'chi-thi-35',
  ],
  [
    'fact',
    'Từ sau hội nghị quán triệt tháng 10/2024 đến nay các văn bản về đại hội đã thay đổi những gì?',
    'thay-doi',
  ],
  ['fact', 'Đợt đại hội nhiệm kỳ 2025 - 2030 ở các cấp kết thúc chưa hay vẫn còn đang làm?', 'ket-qua'],
  [
    'fact',
    'Đại hội các đảng bộ, chi bộ cơ sở ở Hai Bà Trưng tiến tới đại hội đảng bộ quận lần thứ mấy?',
    'dai-hoi-quan',
  ],
  [
    'lookalike',
    'Đại hội công đoàn cơ sở nhà máy xi măng nhiệm kỳ mới bầu bao nhiêu ủy viên ban chấp hành công đoàn?',
    null,
  ],
  [
    'lookalike',
    'Hội nghị người lao động của nhà máy năm nay thông qua thỏa ước lao động tập thể thế nào?',
    null,
  ],
  ['lookalike', 'Giá xi măng PCB40 bao nhiêu một tấn tại cổng nhà máy tháng này?', null],
  ['lookalike', 'Công nhân vận hành lò nung làm ca đêm được phụ cấp độc hại bao nhiêu phần trăm?', null],
  [
    'lookalike',
    'Huấn luyện an toàn vệ sinh lao động cho tổ nghiền clinker mấy năm phải làm lại một lần?',
    null,
  ],
  ['lookalike', 'Đại hội chi đoàn thanh niên phân xưởng đóng bao tổ chức trước hay sau Tết?', null],
  [
    'lookalike',
    'Tổ bảo dưỡng muốn tổ chức hội thao kéo co mừng ngày thành lập nhà máy thì xin kinh phí ở đâu?',
    null,
  ],
  [
    'lookalike',
    'Hội nghị khách hàng nhà phân phối xi măng khu vực miền Trung năm nay tổ chức ở khách sạn nào?',
    null,
  ],
  ['lookalike', 'Bụi từ ống khói nhà máy bay sang khu dân cư thì cơ quan nào đo quan trắc môi trường?', null],
  [
    'lookalike',
    'Đảng viên ở nhà máy bị điều sang mỏ đá vôi thì chuyển sinh hoạt đảng tạm thời thế nào?',
    null,
  ],
  [
    'lookalike',
    'Kết nạp đảng cho quần chúng ưu tú là kỹ sư lò nung thì học lớp nhận thức về Đảng mấy ngày?',
    null,
  ],
  [
    'lookalike',
    'Đại hội Hội Nông dân xã sau sáp nhập tổ chức vào quý mấy, ai dự kiến làm chủ tịch hội?',
    null,
  ],
  [
    'lookalike',
    'Hội nghị đối thoại giữa bí thư đảng ủy xã với nhân dân về giải phóng mặt bằng đường tránh nên mời những ai?',
    null,
  ],
  [
    'lookalike',
    'Thôn bầu trưởng thôn theo quy chế dân chủ ở cơ sở thì hội nghị cử tri tổ chức ra sao?',
    null,
  ],
  [
    'lookalike',
    'Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm nay xã hỗ trợ mỗi thôn bao nhiêu tiền?',
    null,
  ],
  ['lookalike', 'Mô hình dân vận khéo của xã muốn đề nghị khen thưởng cấp tỉnh thì làm hồ sơ gì?', null],
  ['lookalike', 'Tổ hòa giải ở cơ sở xử lý tranh chấp ranh giới đất giữa hai hộ như thế nào?', null],
  ['lookalike', 'Vận động quỹ Vì người nghèo được bao nhiêu thì xã báo cáo lên Mặt trận tỉnh?', null],
  [
    'lookalike',
    'Đại hội Hội Cựu chiến binh xã có cần đảng ủy xã cho ý kiến nhân sự chủ tịch hội không?',
    null,
  ],
  ['lookalike', 'Tiếp xúc cử tri trước kỳ họp HĐND xã cuối năm do ai chủ trì?', null],
  ['lookalike', 'Đảng ủy xã mới phân công đồng chí nào làm trưởng ban xây dựng đảng?', null],
  ['lookalike', 'How do I extend my student visa in Hanoi, and which office handles it?', null],
  ['lookalike', "When does Thailand's People's Party hold its general assembly this year?", null],
  ['lookalike', "Is there a Vietnam Students' Association congress that foreign students can attend?", null],
  [
    'lookalike',
    'Can you recommend a Vietnamese language course for Thai exchange students near Cau Giay?',
    null,
  ],
  ['lookalike', 'What were the outcomes of the ASEAN youth leaders summit held in Vietnam?', null],
  ['lookalike', 'How much is a bus ticket from Hanoi to Vientiane?', null],
  ['lookalike', 'Which person leads the Communist Party of Vietnam now, and what is his background?', null],
  [
    'lookalike',
    "For my thesis: how does Thailand's parliament choose its prime minister compared with Vietnam's National Assembly?",
    null,
  ],
  ['lookalike', 'Does the Thai embassy in Hanoi open on Saturday mornings?', null],
  [
    'lookalike',
    'Hội nghị khoa học điều dưỡng nhi khoa toàn quốc năm nay hạn nộp tóm tắt báo cáo khi nào?',
    null,
  ],
  [
    'lookalike',
    'Hội nghị viên chức, người lao động bệnh viện nhi đầu năm có bắt buộc lấy phiếu tín nhiệm trưởng khoa không?',
    null,
  ],
  ['lookalike', 'Lịch tiêm chủng mở rộng cho trẻ 9 tháng tuổi gồm những mũi nào?', null],
  ['lookalike', 'Khoa hồi sức sơ sinh cho người nhà vào thăm bé giờ nào?', null],
  ['lookalike', 'Bảo hiểm y tế cho trẻ dưới 6 tuổi khám trái tuyến có được thanh toán đủ không?', null],
  [
    'lookalike',
    'Dịp Quốc tế Thiếu nhi 1/6 công đoàn bệnh viện mua quà cho bệnh nhi bằng nguồn kinh phí nào?',
    null,
  ],
  ['lookalike', 'Đại hội chi hội điều dưỡng bệnh viện bầu ban chấp hành chi hội thế nào?', null],
  [
    'lookalike',
    'Bác sĩ là đảng viên đi học chuyên khoa ở nước ngoài một năm thì xin miễn sinh hoạt đảng ra sao?',
    null,
  ],
  ['lookalike', 'Khám dịch vụ ngoài giờ cho bé ở bệnh viện nhi thì gọi tổng đài số nào để đặt lịch?', null],
  ['lookalike', 'Xét thăng hạng điều dưỡng hạng II năm nay thi những môn gì?', null],
  [
    'lookalike',
    'Đại hội dòng họ Nguyễn Văn ở làng tui năm ni tổ chức bựa mô cho hợp, có cần xin phép xã không rứa?',
    null,
  ],
  ['lookalike', 'Lễ hội cầu ngư làng biển tui năm ni ai đứng ra xin giấy phép, răng mà rắc rối rứa?', null],
  ['lookalike', 'Bão lụt vừa rồi nhà tui sập chuồng bò, chừ xin hỗ trợ ở mô?', null],
  ['lookalike', 'Giá cá nục ở chợ Đông Ba bựa ni răng mắc rứa hè?', null],
  ['lookalike', 'Hội đồng hương Quảng Trị ở Sài Gòn tổ chức gặp mặt cuối năm ở mô, đăng ký với ai?', null],
  ['lookalike', 'Đua ghe truyền thống trên sông Hương dịp Quốc khánh năm ni có tổ chức không hỉ?', null],
  ['lookalike', 'Tui năm ni đủ 40 năm tuổi đảng, huy hiệu trao bựa mô, có tiền thưởng không rứa?', null],
  ['lookalike', 'Đám giỗ ông nội tui trùng bựa họp chi bộ, xin vắng thì viết đơn răng?', null],
  ['lookalike', 'Đại hội Đoàn luật sư thành phố nhiệm kỳ mới có bao nhiêu ứng cử viên chủ nhiệm?', null],
  ['lookalike', 'Đại hội đại biểu Liên đoàn Luật sư Việt Nam lần tới dự kiến tổ chức ở đâu?', null],
  [
    'lookalike',
    'Khách hàng hỏi: họp đại hội đồng cổ đông bất thường cần tỷ lệ biểu quyết bao nhiêu để miễn nhiệm thành viên hội đồng quản trị?',
    null,
  ],
  ['lookalike', 'Luật sư phải tham gia bồi dưỡng nghiệp vụ bắt buộc bao nhiêu giờ mỗi năm?', null],
  ['lookalike', 'Án phí sơ thẩm vụ tranh chấp hợp đồng thương mại có giá ngạch tính thế nào?', null],
  [
    'lookalike',
    'Công ty luật muốn mở chi nhánh ở Đà Nẵng thì đăng ký hoạt động ở Sở Tư pháp cần hồ sơ gì?',
    null,
  ],
  ['lookalike', 'Đảng viên là luật sư có được nhận bào chữa cho bị can trong vụ án tham nhũng không?', null],
  [
    'lookalike',
    'Hội thảo trọng tài thương mại quốc tế tháng sau có được tính giờ bồi dưỡng của luật sư không?',
    null,
  ],
  ['lookalike', 'Thẻ luật sư bị mất thì xin cấp lại mất bao lâu?', null],
  ['lookalike', 'Bot ơi, tin nhắn tui hỏi ở đây có ai ở Ban Tổ chức đọc được không?', null],
  ['lookalike', 'Bot có đọc được file PDF tôi gửi để tóm tắt giúp không?', null],
  ['lookalike', 'Tối nay Hà Nội có mưa không, chi bộ định liên hoan ngoài sân?', null],
  ['lookalike', 'Đảng phí của đảng viên hưởng lương hưu tính bao nhiêu phần trăm?', null],
  [
    'lookalike',
    'Đánh giá xếp loại chất lượng đảng viên cuối năm nay nộp bản tự kiểm điểm cá nhân khi nào?',
    null,
  ],
  ['lookalike', 'Trụ sở Đảng ủy phường Hai Bà Trưng mới ở số mấy, làm việc mấy giờ?', null],
  ['lookalike', 'Cho xin số máy bàn của Ban Tổ chức Thành ủy Hà Nội để hỏi hồ sơ đảng viên', null],
  ['lookalike', 'Đăng ký thường trú cho con ở xã mới sau sáp nhập thì nộp hồ sơ ở đâu?', null],
  ['lookalike', 'Lương cơ sở từ tháng 7 năm nay là bao nhiêu?', null],
  ['lookalike', 'Hội nghị Trung ương sắp tới bàn những nội dung gì?', null],
  ['lookalike', 'Đảng viên nhà máy xin ra khỏi Đảng thì thủ tục thế nào?', null],
];

export const NEWSET60: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
