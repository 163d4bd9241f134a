/**
 * The eighty-second new evaluation set (issue 11, point 6), written on 2026-12-04 from 04:14 UTC
 * (committed in the commit "Eval: newset82, the eighty-second unseen set") by a helper (set82) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before its items) and its export line, the part of newset.ts before
 * `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under src/,
 * bench/ or config/, no README, no git diff or show, and no other set's or pool's items were read.
 * Its users are imagined as the secretary of the party cell of a city bus company, a member who is
 * a pharmacist (hospital pharmacy and her own drugstore), the head of the organisation board of a
 * grassroots committee in an industrial park, an American student who writes in English with
 * slang, and a member who confuses the cell's congress with the Youth Union's and the trade
 * union's; with the out-of-scope messages such users send (other organisations' congresses and
 * meetings: the road-transport association, the pharmacists' and traditional-medicine
 * associations, trade-union congresses, their deadlines, show-of-hands votes and dues, Youth Union
 * branch congresses, age limits and annual reports, the national Youth Union congress, the
 * student association, a clan's congress, an apartment building's owners' conference, a transport
 * cooperative's members' congress, the parents' committee, a hometown association, the Red Cross,
 * the Central Committee's plenums, a company's road-safety review and an investment-promotion
 * conference; the DNC and a US-style convention; other party business the pack does not cover:
 * founding a cell in a foreign-owned firm, temporary party activity for migrant workers, yearly
 * record updates and report forms, how often a committee meets, a member renting out a pharmacy
 * licence, selling prescription drugs online, asset declarations, traffic fines and discipline,
 * absentee votes at a cell congress, the cell's fund after the congress and tax on its award,
 * working abroad, training a new secretary, lost minutes of the last congress, admission of a
 * business owner, foreigners joining; people (the new General Secretary); addresses and phone
 * numbers, bus routes and road closures during the national congress, the hall at 33 Đại Cồ Việt
 * as a sight; money (bus passes, union fees, wages for delegates, hiring the company's own buses);
 * government services after the merger (a drugstore's licence address), social housing, fire
 * drills, the National Assembly election; health and first aid at a congress; flags, slides,
 * posters, cultural shows and a football cup for the congress; essays, translations and dress
 * codes; the bot itself and Telegram account help).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset82.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, the money a congress may
 * spend, which cells the five-yearly pilot covers, where a grassroots committee belongs after the
 * district level ended, membership figures) were left out, not guessed.
 * Engine changes reached main after its commit: 9229542 (the bot's sources named as the subject),
 * 09a7d5d, 6ee7ade and 7617bfd (the word prior relearned with newset79 to newset81), 2f67aa5 and
 * 804a10f (absent phrases for newset79's and newset80's classes) and 394746d (Prior.story computed
 * only when needed, behaviour unchanged); its writer saw none of them. It was measured once, at
 * 04:30 UTC on main 394746d (`node --expose-gc dist/bench/qa.js`, load 2.21): qa_new_top1 98.0 %,
 * qa_new_oos_refused 91.0 % (3 in-scope misses, 6 lookalikes answered; qa_p99_us 154.2 in that run,
 * p50 35.9). Its misses were listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  [
    'doc',
    'Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị bây giờ còn dùng được không, chi bộ xe buýt tôi vẫn in ra để trong tủ hồ sơ?',
    'doc:ct-35-2024',
  ],
  [
    'doc',
    'CT 35 năm 2024 đã bị thay thế chưa ạ, tôi là dược sĩ nên không rành văn bản lắm',
    'doc:ct-35-2024',
  ],
  ['doc', 'is Directive 35 from June 2024 still a thing or did it get replaced?', 'doc:ct-35-2024'],
  [
    'doc',
    'Chỉ thị 35-CT/TW ngày 30/5/2019 có còn áp dụng cho đại hội chi bộ nhiệm kỳ này không?',
    'doc:ct-35-2019',
  ],
  [
    'doc',
    'Em thấy trên mạng có CT35 năm 2019 về đại hội hướng tới Đại hội XIII, văn bản đó là gì ạ?',
    'doc:ct-35-2019',
  ],
  ['doc', "what's the 2019 directive no. 35 about, the one for the 13th congress?", 'doc:ct-35-2019'],
  ['doc', 'Kết luận số 118-KL/TW ngày 18/01/2025 giờ còn hiệu lực không?', 'doc:kl-118-2025'],
  [
    'doc',
    'KL 118 do cơ quan nào ban hành vậy, ban tổ chức đảng ủy khu công nghiệp cần ghi cho đúng',
    'doc:kl-118-2025',
  ],
  ['doc', 'Conclusion 118-KL/TW, who issued it and is it still valid?', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị 45-CT/TW của Bộ Chính trị ký ban hành ngày nào?', 'doc:ct-45-2025'],
  ['doc', 'ct45 thay cho văn bản nào vậy bot, bên chi bộ xe buýt đang cãi nhau', 'doc:ct-45-2025'],
  ['doc', 'Directive No. 45 status pls, my prof wants the exact date', 'doc:ct-45-2025'],
  ['doc', 'Kết luận số 200-KL/TW ban hành ngày nào, của cơ quan nào?', 'doc:kl-200-2025'],
  ['doc', 'KL200 nói gì, cho tôi xin thông tin văn bản này', 'doc:kl-200-2025'],
  ['doc', "Conclusion 200 — what's that doc and who put it out?", 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW của Ban Tổ chức Trung ương hướng dẫn những gì?', 'doc:hd-27-2024'],
  ['doc', 'HD 27 năm 2024 hiện tình trạng thế nào?', 'doc:hd-27-2024'],
  ['doc', 'Guidance No. 27-HD/BTCTW, got any info on it?', 'doc:hd-27-2024'],
  [
    'doc',
    'Hướng dẫn số 18-HD/BTCTU của Ban Tổ chức Thành ủy ra ngày nào, còn dùng để đối chiếu được không?',
    'doc:hd-18-2024',
  ],
  ['doc', 'hd18 btctu là văn bản gì thế ad', 'doc:hd-18-2024'],
  ['doc', "Guidance 18 from the Hanoi party org board, what's it even cover?", 'doc:hd-18-2024'],
  [
    'doc',
    'Kế hoạch 258-KH/TU của Thành ủy Hà Nội ban hành khi nào, tôi cần ghi vào tờ trình của đảng ủy khu công nghiệp',
    'doc:kh-258-2024',
  ],
  ['doc', 'KH 258 của TU còn hiệu lực ko', 'doc:kh-258-2024'],
  ['doc', 'Plan 258-KH/TU details? like date and who issued it', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch số 203-KH/QU của Quận ủy Hai Bà Trưng có trích yếu đầy đủ thế nào?', 'doc:kh-203-2024'],
  ['doc', 'KH203 giờ quận không còn nữa thì còn giá trị không?', 'doc:kh-203-2024'],
  ['doc', 'ke hoach 203 quan uy hbt ky ngay nao the', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW ngày 19/5/2018 là của Trung ương khóa mấy?', 'doc:nq-26-2018'],
  ['doc', 'NQ 26 năm 2018 về cán bộ, cho xin thông tin văn bản', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26-NQ/TW — which Central Committee put it out, and what year?', 'doc:nq-26-2018'],
  [
    'doc',
    'Quy định 89-QĐ/TW về tiêu chuẩn cán bộ mà hội nghị năm 2024 nhắc tới, nay còn áp dụng không?',
    'doc:qd-89-2017',
  ],
  ['doc', 'QĐ 89 năm 2017 bị thay bằng văn bản nào rồi, dược sĩ như tôi đọc không kịp', 'doc:qd-89-2017'],
  ['doc', 'quy dinh 89 cua bo chinh tri con dung khong', 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365-QĐ/TW của Bộ Chính trị ban hành ngày tháng năm nào?', 'doc:qd-365-2025'],
  ['doc', 'QD365 thay thế quy định nào vậy, ban tổ chức cần cập nhật tài liệu', 'doc:qd-365-2025'],
  ['doc', "Regulation 365 of the Politburo — what's it about?", 'doc:qd-365-2025'],
  [
    'doc',
    'Quy định 14-QĐ/TU về tiêu chí đánh giá cán bộ, cho tôi xem ngày ban hành và tình trạng',
    'doc:qd-14-2023',
  ],
  ['doc', 'QĐ14 ngày 06/11/2023 là của ai ban hành?', 'doc:qd-14-2023'],
  ['doc', 'Regulation 14-QĐ/TU, what is it exactly?', 'doc:qd-14-2023'],
  [
    'doc',
    'Quy định 2656-QĐ/QU của Ban Thường vụ Quận ủy Hai Bà Trưng ra ngày nào và nói về gì?',
    'doc:qd-2656-2023',
  ],
  ['doc', 'QĐ 2656 còn dùng được không khi quận đã không còn?', 'doc:qd-2656-2023'],
  ['doc', 'Cho xin thông tin văn bản số 2656 của Quận ủy về tiêu chí đánh giá cán bộ', 'doc:qd-2656-2023'],
  ['doc', 'Quy định số 1216-QĐ/QU về quy hoạch cán bộ tình trạng ra sao?', 'doc:qd-1216-2022'],
  ['doc', 'qd 1216 nam 2022 la van ban gi', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216-QĐ/QU date and issuer?', 'doc:qd-1216-2022'],
  ['doc', 'Quy định 294-QĐ/TW bắt đầu có hiệu lực từ hôm nào vậy?', 'doc:qd-294-2025'],
  ['doc', 'QĐ 294 là văn bản gì vậy bot', 'doc:qd-294-2025'],
  ['doc', 'quy dinh so 294 ve dai hoi chi bo ban hanh ngay nao', 'doc:qd-294-2025'],
  ['doc', 'Hướng dẫn 26-HD/BTCTW năm 2019 còn dùng cho đại hội lần này không?', 'doc:hd-26-2019'],
  ['doc', 'HD26 của Ban Tổ chức Trung ương năm 2019 hướng dẫn cho chỉ thị nào?', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26-HD/BTCTW from October 2019, is that the current one?', 'doc:hd-26-2019'],
  ['unknown-doc', 'Chỉ thị 36-CT/TW về đại hội có trong nguồn của bot không?', 'unknown-doc'],
  [
    'unknown-doc',
    'Quy định 232-QĐ/TW thi hành Điều lệ Đảng có trong nguồn của bot không, tôi cần đoạn về chi bộ',
    'unknown-doc',
  ],
  ['unknown-doc', 'Hướng dẫn 01-HD/TW về nghiệp vụ công tác đảng viên, cho tôi xem với', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 150-KL/TW ban hành ngày nào?', 'unknown-doc'],
  [
    'unknown-doc',
    'Kế hoạch 07-KH/ĐU của Đảng ủy các khu công nghiệp về đại hội chi bộ có những mốc nào?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Nghị quyết 57-NQ/TW có dính dáng gì tới đại hội chi bộ xe buýt không?', 'unknown-doc'],
  [
    'unknown-doc',
    'Quy định 144-QĐ/TW về chuẩn mực đạo đức cán bộ có áp dụng khi chọn nhân sự không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Công văn 1120-CV/BTCTU hướng dẫn hồ sơ nhân sự đại hội, bot có không?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn số 12-HD/BTCTW ngày 10/1/2025 nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Directive 05-CT/TW, is it in ur database?', 'unknown-doc'],
  ['unknown-doc', 'QĐ 22 của Trung ương về công tác kiểm tra, giám sát có hiệu lực không?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 121-KL/TW về tổng kết sắp xếp bộ máy, bot có văn bản này không?', 'unknown-doc'],
  ['unknown-doc', 'Thông báo 99-TB/TU của Thành ủy về đại hội, cho xin nội dung', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết số 66-NQ/TW có nói gì về đại hội đảng bộ không?', 'unknown-doc'],
  [
    'unknown-doc',
    'Quyết định 3456-QĐ/ĐU chuẩn y kết quả đại hội chi bộ công ty xe buýt đã có chưa?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Hướng dẫn 09-HD/TWĐTN về đại hội chi đoàn có trong bot không ạ?', 'unknown-doc'],
  ['unknown-doc', 'Plan 42-KH/TU about the Hanoi congress, can u pull it up?', 'unknown-doc'],
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở như chi bộ đội xe của công ty tôi phải đại hội xong trong tháng mấy?',
    'lich-trinh',
  ],
  ['unit', 'Là chi bộ cơ sở thì thời gian đại hội bắt đầu từ tháng nào?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở khu công nghiệp chỉ được đại hội sau khi các chi bộ trực thuộc đại hội xong đúng không, và hạn chót là khi nào?',
    'lich-trinh',
  ],
  ['unit', 'Đảng bộ cơ sở chọn bao nhiêu chi bộ trực thuộc để chỉ đạo làm đại hội điểm?', 'dai-hoi-diem'],
  [
    'unit',
    'Chi bộ cơ sở có được Ban Thường vụ chọn để tổ chức đại hội điểm không, vào lúc nào?',
    'dai-hoi-diem',
  ],
  [
    'unit',
    'Chi bộ trực thuộc của nhà thuốc bệnh viện có phải bầu đoàn đại biểu đi dự đại hội đảng bộ cấp trên không?',
    'noi-dung',
  ],
  ['unit', 'Đảng bộ cơ sở khu công nghiệp phải trình đại hội những báo cáo gì?', 'van-kien'],
  ['unit', 'Chi bộ trực thuộc bây giờ bao lâu mới đại hội một lần?', 'chi-bo-5-nam'],
  ['unit', 'Đảng bộ cơ sở ở khu công nghiệp cần lập những tổ giúp việc nào để chuẩn bị đại hội?', 'chuan-bi'],
  ['unit', 'Chi bộ trực thuộc thì đại hội phải thực hiện mấy nội dung?', 'noi-dung'],
  ['unit', "grassroots party committee here: when's the congress deadline?", 'lich-trinh'],
  ['unit', 'Đảng bộ cơ sở khi chọn nhân sự cấp ủy khóa mới phải dựa vào những quy định nào?', 'nhan-su'],
  ['unit', 'Chi bộ cơ sở như chi bộ công ty xe buýt thì có phải làm báo cáo chính trị không?', 'van-kien'],
  ['unit', 'Party cell under a grassroots committee: from when could it start its congress?', 'lich-trinh'],
  ['fact', 'Đại hội XIV của Đảng họp từ ngày nào tới ngày nào?', 'dai-hoi-xiv'],
  [
    'fact',
    'Chính xác thì cấp huyện chấm dứt từ ngày nào, tôi cần ghi vào báo cáo của chi bộ xe buýt?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Lúc Hà Nội chuyển sang chính quyền hai cấp thì có tất cả bao nhiêu đảng bộ quận, huyện dừng hoạt động?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Đến giờ thì đại hội đảng bộ các cấp nhiệm kỳ 2025-2030 đã được tổng kết là xong hết chưa?',
    'ket-qua',
  ],
  [
    'fact',
    'Trước khi thí điểm thì Điều lệ Đảng bắt chi bộ đại hội mấy lần trong một nhiệm kỳ 5 năm?',
    'chi-bo-5-nam',
  ],
  [
    'fact',
    'Chỉ thị của Bộ Chính trị năm 2024 về đại hội có mấy phụ lục, là những phụ lục nào?',
    'chi-thi-35',
  ],
  ['fact', 'Trong hai báo cáo trình đại hội, cái nào được gọi là báo cáo trung tâm?', 'van-kien'],
  ['fact', 'Từ sau hội nghị quán triệt tháng 10/2024 đến nay có những văn bản nào thay đổi?', 'thay-doi'],
  ['fact', 'Đại hội điểm của chi bộ trực thuộc phải làm xong trong tháng nào?', 'dai-hoi-diem'],
  ['fact', 'Chỉ thị về đại hội năm 2024 đặt ra bảy yêu cầu gì?', 'chi-thi-35'],
  ['fact', 'Khi tổ chức đại hội phải kiên quyết chống những gì?', 'nguyen-tac'],
  [
    'fact',
    'Đại hội Đảng bộ quận Hai Bà Trưng mà các cơ sở hướng tới nhiệm kỳ 2025-2030 đánh số là lần thứ mấy?',
    'dai-hoi-quan',
  ],
  [
    'fact',
    'Bot lấy thông tin từ những văn bản nào khi trả lời chuyện đại hội, cho tôi xem danh mục',
    'tai-lieu',
  ],
  ['fact', 'Trong các nội dung của đại hội chi bộ, nội dung thứ hai là gì?', 'noi-dung'],
  [
    'offword',
    'Vừa chạy xong chuyến xe buýt cuối ngày, cho tôi hỏi đại hội chi bộ gồm bốn nội dung nào?',
    'noi-dung',
  ],
  [
    'offword',
    'Đang đứng quầy thuốc, khách đông, hỏi nhanh: báo cáo kiểm điểm của cấp ủy phải viết theo tinh thần gì?',
    'van-kien',
  ],
  [
    'offword',
    'Tối nay trời mưa to, cả nhà ăn lẩu, tiện hỏi luôn Đại hội XIV diễn ra ngày nào',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Con tôi học lớp 3 hỏi sao bố cứ đi họp, cho tôi biết đợt đại hội nhiệm kỳ 2025-2030 đã kết thúc chưa?',
    'ket-qua',
  ],
  [
    'offword',
    'Xưởng may trong khu công nghiệp tăng ca liên tục, đảng ủy vẫn phải lập tổ văn kiện, tổ nhân sự cho đại hội đúng không?',
    'chuan-bi',
  ],
  [
    'offword',
    'Nhà thuốc đóng cửa lúc 9 giờ tối, trước khi về muốn đọc lại nguyên tắc khi tổ chức đại hội',
    'nguyen-tac',
  ],
  [
    'offword',
    'Xe buýt hỏng điều hòa giữa đường, ngồi chờ cứu hộ nên hỏi: chi bộ giờ đại hội mấy năm một lần?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Ăn sáng bát phở xong, hỏi: quận bây giờ không còn thì chính quyền địa phương có mấy cấp?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Pha xong siro ho cho con, tôi hỏi: nhân sự cấp ủy khóa mới chọn theo những văn bản nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Mùa này khu công nghiệp tuyển công nhân đông, ban tổ chức muốn xem lại lịch đại hội của từng loại tổ chức đảng',
    'lich-trinh',
  ],
  [
    'offword',
    'Hết vé xem bóng đá nên ở nhà, hỏi bot: Chỉ thị của Bộ Chính trị năm 2024 về đại hội có mấy phần?',
    'chi-thi-35',
  ],
  [
    'offword',
    'Hôm nay trực kho thuốc, rảnh nên hỏi: có những thay đổi gì từ sau hội nghị quán triệt tháng 10/2024?',
    'thay-doi',
  ],
  ['typo', 'dh chi bo doi xe gom nhung nd gi vay ad', 'noi-dung'],
  ['typo', 'BCCT voi bc kiem diem cap uy trinh dh khac nhau cho nao', 'van-kien'],
  ['typo', 'CBCS thi DH tu thang may, xong truoc ngay nao', 'lich-trinh'],
  ['typo', 'ĐBCS chon may CB truc thuoc lam DH diem', 'dai-hoi-diem'],
  ['typo', 'chi bo dai hoi 5 nam 1 lan ap dung tu bao gio vay', 'chi-bo-5-nam'],
  ['typo', 'DH XIV to chuc ngay nao z', 'dai-hoi-xiv'],
  ['typo', 'nhan su BCH khoa moi chon theo tieu chuan nao a', 'nhan-su'],
  ['typo', 'to chuc dh chi bo xe buyt phai theo nguyen tac gi', 'nguyen-tac'],
  ['typo', 'cap huyen bo tu ngay nao v', 'chinh-quyen-2-cap'],
  ['typo', 'KL ve ket qua dh cac cap nk 2025-2030 noi gi', 'ket-qua'],
  ['typo', 'chuẩn bị đại hôi cân thành lập nhữg tổ nào', 'chuan-bi'],
  ['typo', 'đai hôi đảng bô quân lân thứ XXVII theo kế hoach nào', 'dai-hoi-quan'],
  ['typo', 'van kien trinh dh gom may bao cao', 'van-kien'],
  ['typo', 'co nhung thay doi nao tu sau hoi nghi quan triet 23/10/2024 den gio', 'thay-doi'],
  ['typo', 'Cxhi thị năm 2024 vê đại hôi gôm mấy phụ lục', 'chi-thi-35'],
  [
    'en',
    'yo what are the four things a party cell congress has to cover? asking for my poli sci class',
    'noi-dung',
  ],
  ['en', 'ngl kinda lost — when did the 14th National Congress actually go down?', 'dai-hoi-xiv'],
  ['en', 'so like, are the 2025-2030 party congresses all done now or nah?', 'ket-qua'],
  ['en', 'what reports does the committee gotta submit to the congress, fr?', 'van-kien'],
  ['en', 'how often do party cells hold congresses now, is it that five-year pilot thing?', 'chi-bo-5-nam'],
  [
    'en',
    "wait so districts just got yeeted in July 2025? what's this two-level local government thing",
    'chinh-quyen-2-cap',
  ],
  ['en', 'lowkey need the list of docs this bot runs on', 'tai-lieu'],
  ['en', 'what stuff do they prep before a congress, like teams and whatnot?', 'chuan-bi'],
  ['en', "bruh what's a pilot congress and when were they held", 'dai-hoi-diem'],
  [
    'en',
    'what principles are they supposed to follow running the congress, no flexing or wasting money?',
    'nguyen-tac',
  ],
  ['en', 'how do they pick the new committee members, what rules do they go by?', 'nhan-su'],
  ['en', 'what changed after the Oct 2024 conference? list the changes pls', 'thay-doi'],
  [
    'en',
    'the 2024 Politburo directive on congresses — how many parts and appendices does it have?',
    'chi-thi-35',
  ],
  ['en', "what's the deal with the Hai Bà Trưng district's 27th congress", 'dai-hoi-quan'],
  [
    'two-part',
    'Đại hội chi bộ nhà thuốc tôi gồm những nội dung gì, và văn kiện trình đại hội gồm mấy báo cáo?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ trực thuộc đại hội khi nào? Còn Đại hội XIV thì diễn ra ngày nào?',
    'lich-trinh+dai-hoi-xiv',
  ],
  [
    'two-part',
    'Chuẩn bị đại hội cần lập những tổ nào, và khi tổ chức phải theo nguyên tắc gì?',
    'chuan-bi+nguyen-tac',
  ],
  [
    'two-part',
    'Chọn nhân sự cấp ủy mới theo văn bản nào, và đại hội điểm tổ chức lúc nào?',
    'nhan-su+dai-hoi-diem',
  ],
  [
    'two-part',
    'Chi bộ bây giờ mấy năm đại hội một lần, và cấp huyện bỏ từ bao giờ?',
    'chi-bo-5-nam+chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'Đợt đại hội nhiệm kỳ này xong chưa? Tiện cho xin danh sách văn bản bot đang dùng.',
    'ket-qua+tai-lieu',
  ],
  [
    'two-part',
    'what changed since Oct 2024, and what are the two reports a congress gets?',
    'thay-doi+van-kien',
  ],
  [
    'two-part',
    'Chỉ thị năm 2024 của Bộ Chính trị về đại hội gồm những gì, và đại hội đảng bộ quận lần thứ XXVII là thế nào?',
    'chi-thi-35+dai-hoi-quan',
  ],
  [
    'two-part',
    'Báo cáo chính trị phải đánh giá những gì, còn đại hội phải bầu những gì?',
    'van-kien+noi-dung',
  ],
  [
    'two-part',
    'Đảng bộ cơ sở khu công nghiệp phải đại hội xong trước ngày nào, và phải lập những tổ giúp việc nào?',
    'lich-trinh+chuan-bi',
  ],
  [
    'two-part',
    'Đại hội XIV họp khi nào, và Bộ Chính trị kết luận thế nào về đại hội các cấp?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Chính quyền 2 cấp bắt đầu từ khi nào, và đại hội phải tránh phô trương hình thức ra sao?',
    'chinh-quyen-2-cap+nguyen-tac',
  ],
  [
    'lookalike',
    'Trong mấy ngày Đại hội XIV, công ty xe buýt chúng tôi phải đổi lộ trình vì cấm đường, xin sơ đồ các tuyến phố bị phân luồng.',
    null,
  ],
  [
    'lookalike',
    'Đảng viên lái xe buýt của chi bộ bị phạt nguội lỗi vượt đèn đỏ, chi bộ có phải họp kiểm điểm đồng chí đó không?',
    null,
  ],
  ['lookalike', 'Từ bến xe Kim Mã đi tuyến buýt nào tới Trung tâm Hội nghị Quốc gia?', null],
  [
    'lookalike',
    'Hội nghị tổng kết an toàn giao thông cuối năm của công ty vận tải thì báo cáo gồm mấy phần?',
    null,
  ],
  [
    'lookalike',
    'Tài xế làm ca đêm không dự đại hội chi bộ được thì có được gửi phiếu bầu qua điện thoại không?',
    null,
  ],
  ['lookalike', 'Đảng viên hưu trí đi xe buýt có được miễn tiền vé tháng không?', null],
  ['lookalike', 'Đại hội Hiệp hội Vận tải ô tô nhiệm kỳ tới tổ chức ở khách sạn nào?', null],
  [
    'lookalike',
    'Sau đại hội chi bộ đi dâng hương Đền Hùng, thuê xe của chính công ty thì có phải ký hợp đồng với phòng kế toán không?',
    null,
  ],
  ['lookalike', 'Đại hội Hội Dược học năm nay có cấp giờ đào tạo liên tục cho dược sĩ không?', null],
  [
    'lookalike',
    'Đảng viên cho người khác thuê chứng chỉ hành nghề dược để mở nhà thuốc thì chi bộ xử lý kỷ luật thế nào?',
    null,
  ],
  [
    'lookalike',
    'Phường sáp nhập rồi, giấy chứng nhận đủ điều kiện kinh doanh dược của nhà thuốc có phải đổi địa chỉ không?',
    null,
  ],
  ['lookalike', 'Ngồi họp đại hội cả buổi mà bị tiểu đường thì nên mang theo thuốc gì?', null],
  [
    'lookalike',
    'Buổi sinh hoạt khoa học của khoa dược có tính thay cho sinh hoạt chi bộ chuyên đề tháng này được không?',
    null,
  ],
  [
    'lookalike',
    'Là đảng viên, tôi bán thuốc kê đơn qua Zalo cho khách quen thì có sai quy định không?',
    null,
  ],
  [
    'lookalike',
    'Nhà thuốc đạt GPP bao lâu phải tái đánh giá một lần, có giống đại hội chi bộ 5 năm một lần không?',
    null,
  ],
  ['lookalike', 'Đại hội Hội Đông y thành phố nhiệm kỳ mới bầu ai làm chủ tịch?', null],
  [
    'lookalike',
    'Đảng ủy khu công nghiệp muốn lập chi bộ trong một doanh nghiệp vốn Hàn Quốc thì cần tối thiểu mấy đảng viên chính thức?',
    null,
  ],
  [
    'lookalike',
    'Công nhân là đảng viên ở quê ra làm trong khu công nghiệp thì đăng ký sinh hoạt đảng tạm thời ở đâu?',
    null,
  ],
  [
    'lookalike',
    'Cho xin mẫu phiếu bổ sung hồ sơ đảng viên hằng năm để đảng ủy khu công nghiệp phát cho các chi bộ.',
    null,
  ],
  [
    'lookalike',
    'Ban quản lý khu công nghiệp tổ chức hội nghị xúc tiến đầu tư với doanh nghiệp Nhật, thuê phiên dịch tiếng Nhật ở đâu?',
    null,
  ],
  ['lookalike', 'Chủ một công ty may trong khu công nghiệp muốn vào Đảng thì có được không?', null],
  [
    'lookalike',
    'Công đoàn các doanh nghiệp trong khu công nghiệp tổ chức đại hội công đoàn cơ sở nhiệm kỳ 2023-2028 thì hạn chót khi nào?',
    null,
  ],
  ['lookalike', 'Nhà ở xã hội cho công nhân khu công nghiệp nộp hồ sơ ở đâu?', null],
  [
    'lookalike',
    'Đảng ủy khu công nghiệp báo cáo số đảng viên trong doanh nghiệp có vốn nước ngoài theo biểu mẫu nào?',
    null,
  ],
  ['lookalike', 'Ban chấp hành đảng bộ khu công nghiệp họp thường kỳ mấy tháng một lần?', null],
  [
    'lookalike',
    'Chi bộ nhà máy tổ chức diễn tập phòng cháy chữa cháy thì mời cảnh sát PCCC khu vực bằng cách nào?',
    null,
  ],
  [
    'lookalike',
    'bro is a Vietnamese party congress like the DNC, with balloons and a big speech at the end?',
    null,
  ],
  ['lookalike', 'can an American exchange student actually join the Communist Party of Vietnam lol', null],
  ['lookalike', 'where do I cop a vintage propaganda poster in Hanoi, asking for a friend', null],
  ['lookalike', 'can u write my 1500-word essay on Ho Chi Minh Thought, due tmrw, pls', null],
  ['lookalike', "who's the new general secretary after the 14th congress?", null],
  [
    'lookalike',
    'is the hall at 33 Đại Cồ Việt open to tourists? wanna see where the Oct 2024 conference was',
    null,
  ],
  ['lookalike', "how do you say 'party cell secretary' in Vietnamese, need it for my flashcards", null],
  ['lookalike', "what's the Ho Chi Minh Communist Youth Union and can exchange students join?", null],
  [
    'lookalike',
    'is there like a dress code for sitting in on a party congress as an observer? asking cuz I got invited lol',
    null,
  ],
  [
    'lookalike',
    'Đại hội chi đoàn thanh niên cơ quan em nhiệm kỳ mấy năm ạ, có giống đại hội chi bộ không?',
    null,
  ],
  ['lookalike', 'Đại hội công đoàn cơ sở có phải thảo luận góp ý văn kiện Đại hội XIV không ạ?', null],
  ['lookalike', 'Đoàn viên quá 30 tuổi còn được bầu vào ban chấp hành chi đoàn không?', null],
  ['lookalike', 'Báo cáo tổng kết công tác Đoàn năm 2025 của chi đoàn viết theo mẫu nào ạ?', null],
  ['lookalike', 'Kinh phí công đoàn doanh nghiệp đóng 2% quỹ lương hay đoàn viên tự đóng 1%?', null],
  ['lookalike', 'Bầu ban chấp hành công đoàn cơ sở bằng hình thức giơ tay có được không?', null],
  ['lookalike', 'Chi bộ với chi đoàn khác nhau thế nào vậy ạ, em mới là đoàn viên thôi', null],
  [
    'lookalike',
    'Đại hội Hội Sinh viên trường em có phải bầu đoàn đại biểu đi dự đại hội cấp trên không?',
    null,
  ],
  ['lookalike', 'Đại hội Đoàn toàn quốc lần thứ XIII tổ chức vào tháng nào?', null],
  [
    'lookalike',
    'Đi dự đại hội công đoàn cấp trên mất hai ngày thì công ty có trả lương những ngày đó không?',
    null,
  ],
  ['lookalike', 'Đại hội dòng họ Nguyễn Văn ở quê năm nay cần chuẩn bị báo cáo gì trình bà con?', null],
  [
    'lookalike',
    'Hội nghị nhà chung cư bầu ban quản trị nhiệm kỳ mới cần bao nhiêu phần trăm chủ hộ tham dự?',
    null,
  ],
  ['lookalike', 'Đại hội thành viên hợp tác xã vận tải bầu hội đồng quản trị thế nào?', null],
  [
    'lookalike',
    'Đầu năm học họp phụ huynh bầu ban đại diện cha mẹ học sinh thì biên bản ghi những gì?',
    null,
  ],
  ['lookalike', 'Đại hội Hội đồng hương Nghệ Tĩnh tại Hà Nội năm nay tổ chức ở đâu?', null],
  [
    'lookalike',
    'Đại hội Hội Chữ thập đỏ phường nhiệm kỳ 2025-2030 bầu bao nhiêu ủy viên ban chấp hành?',
    null,
  ],
  ['lookalike', 'Hội nghị Trung ương lần thứ mười lăm khóa XIII bàn những việc gì?', null],
  [
    'lookalike',
    'Đảng bộ phường tổ chức văn nghệ mừng ngày thành lập Đảng thì xin kịch bản chương trình ở đâu?',
    null,
  ],
  ['lookalike', 'Bot ơi, bot có nhớ hôm qua tôi hỏi gì không?', null],
  ['lookalike', 'Telegram báo tài khoản tôi bị hạn chế vì nhắn nhóm chi bộ nhiều quá, gỡ thế nào?', null],
  ['lookalike', 'Số điện thoại văn phòng Đảng ủy khu công nghiệp Thăng Long là số nào?', null],
  ['lookalike', 'Quỹ chi bộ còn dư sau đại hội thì chia đều cho đảng viên có được không?', null],
  ['lookalike', 'Đảng viên đi xuất khẩu lao động Hàn Quốc ba năm thì có phải xin ra khỏi Đảng không?', null],
  ['lookalike', 'Hôm đại hội chi bộ có đồng chí bị say nắng ngất xỉu, sơ cứu thế nào cho đúng?', null],
  [
    'lookalike',
    'Chi bộ được thưởng tiền vì tổ chức đại hội tốt, khoản thưởng đó có phải nộp thuế thu nhập cá nhân không?',
    null,
  ],
  ['lookalike', 'Bầu cử đại biểu Quốc hội khóa XVI năm 2026 tổ chức vào ngày nào?', null],
  [
    'lookalike',
    'Bí thư chi bộ mới bầu sau đại hội phải đi học lớp nghiệp vụ công tác đảng ở trường chính trị nào?',
    null,
  ],
  ['lookalike', 'Làm slide PowerPoint trình chiếu báo cáo chính trị tại đại hội thế nào cho đẹp?', null],
  ['lookalike', 'Đảng viên là dược sĩ bệnh viện có phải kê khai tài sản, thu nhập hằng năm không?', null],
  [
    'lookalike',
    'Nhà thuốc muốn treo cờ mừng Đại hội XIV thì cờ Đảng treo bên trái hay bên phải cờ Tổ quốc?',
    null,
  ],
  [
    'lookalike',
    'Biên bản đại hội chi bộ nhiệm kỳ trước bị thất lạc bản gốc thì có phải lập lại không?',
    null,
  ],
  [
    'lookalike',
    'Đảng ủy khu công nghiệp tổ chức giải bóng đá chào mừng đại hội, xin mẫu điều lệ giải.',
    null,
  ],
];

export const NEWSET82: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
