/**
 * The fifty-seventh new evaluation set (issue 11, point 6), written on 2026-12-04 from 02:32 UTC
 * (committed in the commit "Eval: newset57, the fifty-seventh unseen set") by a helper (set57)
 * that never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before its `const items` line) and its last line, the part of newset.ts
 * before `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under
 * src/, bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items
 * were read. Its users are imagined as the secretary of a cell in a tea cooperative in the hills,
 * an inspector of a ward inspection commission, a Singaporean journalist who writes in English,
 * the secretary of a cell at a power company's substation, a retired colonel who quotes documents
 * from memory with wrong numbers, and a member who asks follow-up questions that assume earlier
 * context; with the out-of-scope messages such users send (the tea cooperative's members' congress
 * and profit sharing, tea prices, OCOP and VietGAP papers, hail damage, tea festivals, extension
 * meetings on fertiliser, tea-roasting hire, the farmers' and study-promotion associations' and the
 * Red Cross's congresses; the inspection commission's own business: discipline for a third child,
 * asset declarations, anonymous denunciations, inspection steps, dues audits, lifting a reprimand,
 * suspension, its year-end review, thematic supervision, its allowances; a journalist's needs:
 * another country's party conference and election, China's plenum, press accreditation, visas,
 * interviews, the press centre's hours, exchange rates, GDP, food, an investment promotion
 * conference; the substation's life: outage schedules, the company's trade union and Youth Union
 * congresses, workers' conference bonuses, power tariffs, hazard and night allowances, safety
 * tests, sports games, trip funding; a veteran's concerns: the veterans' association congress,
 * Agent Orange benefits, the army's anniversary meeting, health insurance, pensions, an old
 * congress and plenum of history, memoir writing, course reunions, repairs in army housing;
 * follow-ups that slide off the subject: a bank's customer conference, lunch money, a sports
 * congress, who chaired, a new ward office's phone, who made the bot, tomorrow's weather; local
 * government services after the merger, the consultative conference for National Assembly
 * candidates, and the members' handbook app).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset57.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. The colonel's
 * misremembered numbers are documents the pack does not hold, so they expect 'unknown-doc'.
 * Questions whose right answer the sources leave open (the district congress's date, which units
 * were chosen for the pilot congresses, who was elected, age limits, committee sizes, money, which
 * cells the five-yearly pilot covers, membership figures) were left out, not guessed.
 *
 * One item ('unit', "Đại hội chi bộ cơ sở phải bầu những gì?") was removed before any run, in its
 * own commit: pool1, a development pool the repeat check does not read, holds the same question,
 * so the word prior, learned from the pools, had counted it.
 *
 * Engine changes reached main after its commit: edecb51 and f7cfd8d (the word prior relearned with
 * newset55 and newset56); its writer saw none of them, nor 1d39d1b, which reached main while it
 * was being written. It was measured once, at 02:42 UTC on main 008834f, whose engine is
 * f7cfd8d's (`node --expose-gc dist/bench/qa.js`, load 2.18): qa_new_top1 97.1 %,
 * qa_new_oos_refused 98.4 % (4 in-scope misses, 1 lookalike answered; qa_p99_us 85.9 in that run,
 * p50 28.2). Its misses were listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number, at least three spellings each.
  [
    'doc',
    'Bí thư chi bộ hợp tác xã chè hỏi: Chỉ thị số 35-CT/TW ngày 14/6/2024 bây giờ còn dùng được không?',
    'doc:ct-35-2024',
  ],
  ['doc', 'ct35 nam 2024 cua bo chinh tri da bi thay chua', 'doc:ct-35-2024'],
  ['doc', 'Is Directive 35 of June 2024 still the one Vietnamese party cells follow?', 'doc:ct-35-2024'],
  ['doc', 'Kết luận 118-KL/TW ra ngày nào, do cơ quan nào ký?', 'doc:kl-118-2025'],
  ['doc', 'kl118 dieu chinh chi thi nao vay', 'doc:kl-118-2025'],
  ['doc', 'What did Conclusion 118 of January 2025 amend?', 'doc:kl-118-2025'],
  [
    'doc',
    'Trạm biến áp chúng tôi đang học Chỉ thị 45-CT/TW, văn bản này có gì thay đổi sau khi ban hành không?',
    'doc:ct-45-2025',
  ],
  ['doc', 'CT45 ban hành ngày bao nhiêu', 'doc:ct-45-2025'],
  [
    'doc',
    'For my Straits copy: Directive 45-CT/TW, which body signed it off and on what date?',
    'doc:ct-45-2025',
  ],
  [
    'doc',
    'chi thi so 45 ra doi thi bo nhung van ban cu nao di, tram dien chung toi can biet',
    'doc:ct-45-2025',
  ],
  ['doc', 'Kết luận số 200-KL/TW nói về kết quả gì?', 'doc:kl-200-2025'],
  ['doc', 'kl 200 của Bộ Chính trị và Ban Bí thư ký ngày nào', 'doc:kl-200-2025'],
  ['doc', 'Conclusion 200 on the congress results: what date does it carry?', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW của Ban Tổ chức Trung ương hướng dẫn cái gì?', 'doc:hd-27-2024'],
  ['doc', 'HD 27 năm 2024 ai ban hành', 'doc:hd-27-2024'],
  [
    'doc',
    'Guidance 27 from the Central Organisation Commission: is it confirmed, and what does it guide?',
    'doc:hd-27-2024',
  ],
  [
    'doc',
    'Cựu đại tá hỏi: Hướng dẫn số 18-HD/BTCTU của Ban Tổ chức Thành ủy Hà Nội đề ngày bao nhiêu?',
    'doc:hd-18-2024',
  ],
  ['doc', 'hd18 btctu huong dan ke hoach nao', 'doc:hd-18-2024'],
  [
    'doc',
    'Guidance 18 of the Hanoi city organisation board: which plan and directive does it explain?',
    'doc:hd-18-2024',
  ],
  ['doc', 'Kế hoạch 258-KH/TU của Thành ủy Hà Nội ký ngày nào?', 'doc:kh-258-2024'],
  ['doc', 'kh258 tu la ke hoach gi', 'doc:kh-258-2024'],
  ['doc', 'Plan 258 of the Hanoi Party Committee, do you have it?', 'doc:kh-258-2024'],
  [
    'doc',
    'Kế hoạch số 203-KH/QU của Quận ủy Hai Bà Trưng còn hiệu lực không khi quận không còn?',
    'doc:kh-203-2024',
  ],
  ['doc', 'KH 203 quận ủy về tổ chức đại hội cơ sở ra ngày 29/7 phải không', 'doc:kh-203-2024'],
  ['doc', 'ke hoach so 203 cua quan uy hai ba trung noi gi', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết số 26-NQ/TW ngày 19/5/2018 là của hội nghị Trung ương khóa mấy?', 'doc:nq-26-2018'],
  ['doc', 'NQ26 năm 2018 về cán bộ liên quan gì tới chọn cấp ủy mới', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26 of May 2018: which body passed it?', 'doc:nq-26-2018'],
  [
    'doc',
    'Ủy ban kiểm tra phường còn viện dẫn Quy định 89-QĐ/TW về tiêu chuẩn cán bộ được nữa không?',
    'doc:qd-89-2017',
  ],
  ['doc', 'QĐ 89 năm 2017 tôi thuộc lòng, giờ người ta thay bằng quy định nào rồi', 'doc:qd-89-2017'],
  ['doc', 'qd89 tieu chuan can bo ngay 4/8/2017', 'doc:qd-89-2017'],
  ['doc', 'Regulation 89 on cadre standards, is it superseded?', 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365-QĐ/TW về tiêu chuẩn chức danh do ai ban hành, ngày tháng nào?', 'doc:qd-365-2025'],
  ['doc', 'QĐ365 về tiêu chuẩn chức danh cán bộ có sửa đổi gì chưa', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365 from late August 2025: which older rule did it take over from?', 'doc:qd-365-2025'],
  [
    'doc',
    'Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy về tiêu chí đánh giá cán bộ ký ngày nào?',
    'doc:qd-14-2023',
  ],
  ['doc', 'qd 14 thanh uy ha noi danh gia can bo', 'doc:qd-14-2023'],
  ['doc', 'Regulation 14-QĐ/TU of Hanoi on evaluating cadres, what is its date?', 'doc:qd-14-2023'],
  ['doc', 'Quy định số 2656-QĐ/QU của Quận ủy Hai Bà Trưng về cái gì?', 'doc:qd-2656-2023'],
  ['doc', 'QĐ 2656 ngày 13/11/2023 ai ký', 'doc:qd-2656-2023'],
  ['doc', 'qd2656 qu con hieu luc khong', 'doc:qd-2656-2023'],
  ['doc', 'Quy định 1216-QĐ/QU về quy hoạch cán bộ ra năm nào?', 'doc:qd-1216-2022'],
  ['doc', 'qđ 1216 quy hoạch cán bộ của quận', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216 of the Hai Ba Trung district, what is it about?', 'doc:qd-1216-2022'],
  ['doc', 'Quy định số 294-QĐ/TW về thí điểm đại hội chi bộ có hiệu lực từ khi nào?', 'doc:qd-294-2025'],
  ['doc', 'QĐ294 thí điểm chi bộ đại hội ai ký vậy bot', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294 on five-yearly cell congresses: issuer and date?', 'doc:qd-294-2025'],
  ['doc', 'Chỉ thị 35-CT/TW ngày 30/5/2019 hướng tới Đại hội XIII còn dùng được không?', 'doc:ct-35-2019'],
  ['doc', 'CT 35 năm 2019 của nhiệm kỳ trước khác gì', 'doc:ct-35-2019'],
  [
    'doc',
    'Directive 35 of 2019, toward the 13th Congress: is that the same as the 2024 one?',
    'doc:ct-35-2019',
  ],
  ['doc', 'Hướng dẫn 26-HD/BTCTW năm 2019 của nhiệm kỳ trước hướng dẫn cho chỉ thị nào?', 'doc:hd-26-2019'],
  ['doc', 'HD 26 ngày 18/10/2019 của nhiệm kỳ trước', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26-HD/BTCTW of October 2019: status?', 'doc:hd-26-2019'],
  // Documents the pack does not hold (some misremembered by the colonel).
  [
    'unknown-doc',
    'Tôi nhớ là Chỉ thị 36-CT/TW về đại hội các cấp, đồng chí xem lại giúp văn bản ấy',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Quy định 98-QĐ/TW về tiêu chuẩn cán bộ, tôi nhớ không nhầm đâu, còn hiệu lực chứ?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kết luận 181-KL/TW của Bộ Chính trị nói gì về nhân sự đại hội?', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị quyết 57-NQ/TW về khoa học công nghệ có phải đưa vào báo cáo chính trị không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Quy định 232-QĐ/TW thi hành Điều lệ Đảng có trong nguồn của bot không?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 12-HD/BTCTW về nghiệp vụ công tác đảng viên', 'unknown-doc'],
  [
    'unknown-doc',
    'Kế hoạch 112-KH/ĐU của Đảng ủy Tổng công ty Điện lực về đại hội chi bộ trạm',
    'unknown-doc',
  ],
  ['unknown-doc', 'Chỉ thị 39-CT/TU của Tỉnh ủy Thái Nguyên về đại hội đảng bộ xã', 'unknown-doc'],
  ['unknown-doc', 'Công văn 1532-CV/UBKT của Ủy ban Kiểm tra Thành ủy gửi các phường', 'unknown-doc'],
  ['unknown-doc', 'Quyết định 104-QĐ/TU về thành lập đảng bộ phường mới', 'unknown-doc'],
  ['unknown-doc', 'Does the bot hold Directive 33-CT/TW of the Politburo?', 'unknown-doc'],
  ['unknown-doc', 'What does Regulation 377-QĐ/TW say about inspection and supervision?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 01-HD/UBKTTW của Ủy ban Kiểm tra Trung ương', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 47-KH/HU của Huyện ủy Định Hóa về đại hội chi bộ thôn chè', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị quyết 19-NQ/TW về nông nghiệp, nông dân, nông thôn ban hành ngày nào?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Thông báo 66-TB/TW của Ban Bí thư, tôi đọc ở đâu đó rồi', 'unknown-doc'],
  ['unknown-doc', 'chi thi 53 ct qu cua quan uy ve dai hoi', 'unknown-doc'],
  // In scope, with everyday words around the question.
  [
    'offword',
    'Trời mưa suốt, đồi chè ướt hết, mà tôi vẫn phải hỏi: đại hội chi bộ gồm mấy nội dung?',
    'noi-dung',
  ],
  [
    'offword',
    'Đang ca trực đêm ở trạm, tranh thủ hỏi: báo cáo kiểm điểm của cấp ủy phải tự phê bình thế nào?',
    'van-kien',
  ],
  [
    'offword',
    'Vừa uống xong chén chè nóng, hỏi bot: đại hội phải chống lãng phí, không phô trương hình thức ra sao?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Cháu tôi đang ăn cơm, tôi hỏi hộ: Đại hội toàn quốc lần thứ XIV bế mạc ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Sau buổi hái chè sáng, chi bộ muốn biết phải lập tổ văn kiện, tổ nhân sự, tổ tổ chức thế nào',
    'chuan-bi',
  ],
  [
    'offword',
    'Hỏng cả cái quạt trong phòng họp, nhưng việc chính: đại hội chi bộ cơ sở phải xong trước ngày nào?',
    'lich-trinh',
  ],
  [
    'offword',
    'Mất điện cả khu rồi nhé, nhân tiện cho hỏi chính quyền địa phương 2 cấp chạy từ bao giờ',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Coffee in hand at my Hanoi hotel: were the 2025-2030 party congresses finished on schedule?',
    'ket-qua',
  ],
  [
    'offword',
    'Đi khám sức khỏe về còn mệt, hỏi nhanh: chọn nhân sự cấp ủy khóa mới phải theo tiêu chuẩn gì?',
    'nhan-su',
  ],
  [
    'offword',
    'Con gà mái nhà tôi vừa đẻ trứng đôi, còn chi bộ tôi thì hỏi đại hội điểm làm vào tháng mấy',
    'dai-hoi-diem',
  ],
  // Two-part questions.
  [
    'two-part',
    'Đại hội chi bộ chè gồm những nội dung gì, và cấp ủy trình đại hội mấy báo cáo?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ trực thuộc đại hội tháng nào, còn đại hội điểm thì làm lúc nào?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Nhân sự cấp ủy mới chọn theo tiêu chuẩn nào, và trước đại hội phải chuẩn bị những việc gì?',
    'nhan-su+chuan-bi',
  ],
  [
    'two-part',
    'Đại hội XIV họp từ ngày nào đến ngày nào, và các đại hội cấp dưới đã xong hết chưa?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Báo cáo chính trị phải viết thế nào, và nguyên tắc tập trung dân chủ trong đại hội ra sao?',
    'van-kien+nguyen-tac',
  ],
  [
    'two-part',
    'Chi bộ bây giờ mấy năm đại hội một lần, và nhiệm kỳ này chi bộ cơ sở đại hội trong khoảng thời gian nào?',
    'chi-bo-5-nam+lich-trinh',
  ],
  [
    'two-part',
    'Từ sau hội nghị quán triệt tháng 10/2024 có gì thay đổi, và kết quả đại hội các cấp được đánh giá thế nào?',
    'thay-doi+ket-qua',
  ],
  [
    'two-part',
    'Chỉ thị năm 2024 của Bộ Chính trị về đại hội có mấy phần, mấy phụ lục, và đại hội phải làm mấy nội dung?',
    'chi-thi-35+noi-dung',
  ],
  [
    'two-part',
    'Tổ chức đại hội phải bảo đảm những yêu cầu gì, và cần thành lập những tổ giúp việc nào?',
    'nguyen-tac+chuan-bi',
  ],
  [
    'two-part',
    'Đảng bộ cơ sở chọn chi bộ làm đại hội điểm thế nào, và giới thiệu cấp ủy khóa mới theo những văn bản nào?',
    'dai-hoi-diem+nhan-su',
  ],
  [
    'two-part',
    'What are the four items of a cell congress, and by when did grassroots cells have to hold theirs?',
    'noi-dung+lich-trinh',
  ],
  [
    'two-part',
    'Hai Bà Trưng còn là quận không, và đại hội đảng bộ quận lần thứ XXVII được chuẩn bị theo kế hoạch nào?',
    'chinh-quyen-2-cap+dai-hoi-quan',
  ],
  // Per unit type.
  ['unit', 'Chi bộ trực thuộc đảng ủy cơ sở bắt đầu đại hội từ tháng mấy năm 2025?', 'lich-trinh'],
  ['unit', 'Chi bộ cơ sở ở hợp tác xã chè phải hoàn thành đại hội trước ngày nào?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở có phải đợi các chi bộ trực thuộc đại hội xong rồi mới đại hội không?',
    'lich-trinh',
  ],
  ['unit', 'Mỗi đảng bộ cơ sở chọn mấy chi bộ trực thuộc để chỉ đạo đại hội điểm?', 'dai-hoi-diem'],
  [
    'unit',
    'Chi bộ cơ sở được Ban Thường vụ chọn làm đại hội điểm thì tổ chức vào thời gian nào?',
    'dai-hoi-diem',
  ],
  ['unit', 'Chi bộ trực thuộc ở trạm biến áp có được thí điểm đại hội 5 năm một lần không?', 'chi-bo-5-nam'],
  ['unit', 'Đảng bộ cơ sở hợp tác xã trình đại hội những văn kiện chủ yếu nào hả bot?', 'van-kien'],
  ['unit', 'Đảng bộ cơ sở cần làm những việc gì để chuẩn bị đại hội?', 'chuan-bi'],
  [
    'unit',
    'For a cell sitting under a grassroots committee, what was the last month for its congress?',
    'lich-trinh',
  ],
  ['unit', 'chi bo truc thuoc dang uy co so dai hoi xong trong thang 3 dung ko', 'lich-trinh'],
  [
    'unit',
    'Quận có chọn một đảng bộ khối hành chính sự nghiệp để làm đại hội điểm không, vào lúc nào?',
    'dai-hoi-diem',
  ],
  // Typos, no diacritics, abbreviations.
  ['typo', 'dh chi bo htx che gom may nd vay bot', 'noi-dung'],
  ['typo', 'bcct va bc kiem diem cua cap uy viet the nao', 'van-kien'],
  ['typo', 'to chuc dh phai giu nguyen tac tap trung dan chu nhu the nao a', 'nguyen-tac'],
  ['typo', 'thanh lap to nhan su, to van kien phuc vu dh the nao', 'chuan-bi'],
  ['typo', 'dai hoi diem thang 12/2024 do dbcs chon chi bo nao lam', 'dai-hoi-diem'],
  ['typo', 'nhan su cap uy khoa moi can tieu chuan gj', 'nhan-su'],
  ['typo', 'dh xiv cua dang khai mac ngay nao the, toi quen mat', 'dai-hoi-xiv'],
  ['typo', 'chinh quyen 2 cap bat dau tu hoi nao vay', 'chinh-quyen-2-cap'],
  ['typo', 'chi bo 5 nam dh 1 lan ha?', 'chi-bo-5-nam'],
  ['typo', 'ket qua dh cac cap nk 2025-2030 ra sao roi', 'ket-qua'],
  ['typo', 'nhung thay doi ke tu hoi nghi quan triet 23/10 la gi', 'thay-doi'],
  ['typo', 'cac vb ve dh nk 2025 2030 bot dua vao gom nhung vb nao', 'tai-lieu'],
  ['typo', 'đại hộ đảng bộ quận lân thứ 27 nhiệm kì 2025 2030', 'dai-hoi-quan'],
  // English.
  ['en', 'What must a party congress in Vietnam cover for the 2025-2030 term?', 'noi-dung'],
  ['en', 'Which reports does the outgoing committee present to its congress?', 'van-kien'],
  ['en', 'When exactly was the Communist Party of Vietnam 14th National Congress held?', 'dai-hoi-xiv'],
  ['en', 'Does Vietnam still have district-level government after the 2025 reform?', 'chinh-quyen-2-cap'],
  ['en', 'Have all the 2025-2030 party congresses now been completed?', 'ket-qua'],
  ['en', 'What principles, such as democratic centralism, govern how a congress is run?', 'nguyen-tac'],
  ['en', 'How often will party cells hold congresses under the new pilot?', 'chi-bo-5-nam'],
  ['en', 'What has changed since the Hai Ba Trung briefing of October 2024?', 'thay-doi'],
  ['en', 'On what basis were nominees for the new party committee to be chosen?', 'nhan-su'],
  ['en', 'Which pilot congresses were planned in Hai Ba Trung before the main round?', 'dai-hoi-diem'],
  ['en', 'What did grassroots party organisations have to do to prepare their congress?', 'chuan-bi'],
  ['en', 'List the documents your answers about the congresses are based on', 'tai-lieu'],
  // Facts from FACTS.md, some asked as follow-ups.
  ['fact', 'Đại hội toàn quốc lần thứ mười bốn của Đảng họp mấy ngày, bế mạc hôm nào?', 'dai-hoi-xiv'],
  ['fact', 'Ông cựu chiến binh hỏi: cấp huyện chính thức bị bỏ từ ngày nào?', 'chinh-quyen-2-cap'],
  ['fact', 'Ở Hà Nội bao nhiêu đảng bộ cấp huyện thôi hoạt động khi bỏ cấp huyện?', 'chinh-quyen-2-cap'],
  ['fact', 'Trước khi thí điểm, Điều lệ Đảng cho chi bộ đại hội bao nhiêu lần mỗi 5 năm?', 'chi-bo-5-nam'],
  ['fact', 'Đợt đại hội đảng bộ các cấp nhiệm kỳ này đã kết thúc chưa?', 'ket-qua'],
  [
    'fact',
    'Chỉ thị về đại hội năm 2024 của Bộ Chính trị có mấy phụ lục, là những phụ lục nào?',
    'chi-thi-35',
  ],
  ['fact', 'Chỉ thị đại hội năm 2024 nêu bảy yêu cầu gì?', 'chi-thi-35'],
  ['fact', 'Văn bản nào thay cho quy định cũ về tiêu chuẩn cán bộ, và thay từ ngày nào?', 'thay-doi'],
  ['fact', 'Vậy cái chỉ thị mới thay chỉ thị cũ về đại hội được ban hành hôm nào?', 'thay-doi'],
  ['fact', 'Thế kết luận về kết quả đại hội yêu cầu làm gì tiếp theo?', 'ket-qua'],
  ['fact', 'Vậy đại hội chi bộ góp ý vào văn kiện đại hội nào của Đảng?', 'dai-hoi-xiv'],
  ['fact', 'Cái vụ thí điểm đại hội chi bộ 5 năm một lần có hiệu lực từ hôm nào?', 'chi-bo-5-nam'],
  // Lookalikes: out of scope, though they sound like ours.
  ['lookalike', 'Đại hội thành viên hợp tác xã chè cần bao nhiêu xã viên dự thì mới hợp lệ?', null],
  ['lookalike', 'Giá chè búp tươi loại một ở Tân Cương tuần này bao nhiêu một cân?', null],
  ['lookalike', 'Hồ sơ đăng ký sản phẩm OCOP 3 sao cho chè móc câu của hợp tác xã gồm những gì?', null],
  ['lookalike', 'Mưa đá làm dập hết lá chè, xã có hỗ trợ tiền cây giống không?', null],
  ['lookalike', 'Festival trà năm sau tổ chức ở đâu, hợp tác xã có được dựng gian hàng không?', null],
  ['lookalike', 'Chứng nhận VietGAP cho đồi chè hết hạn thì xin gia hạn ở đâu?', null],
  ['lookalike', 'Hội nghị khuyến nông về bón phân hữu cơ cho chè tổ chức hôm nào?', null],
  ['lookalike', 'Chia lãi cho xã viên hợp tác xã theo vốn góp hay theo ngày công?', null],
  ['lookalike', 'Thuê lò sao chè của hợp tác xã bên cạnh hết bao nhiêu tiền một mẻ?', null],
  ['lookalike', 'Đại hội Hội Nông dân xã nhiệm kỳ tới bầu chi hội trưởng thế nào?', null],
  ['lookalike', 'Đảng viên sinh con thứ ba thì bị xử lý kỷ luật hình thức nào?', null],
  ['lookalike', 'Bản kê khai tài sản, thu nhập hằng năm phải nộp cho ủy ban kiểm tra trước ngày nào?', null],
  ['lookalike', 'Đơn tố cáo nặc danh gửi ủy ban kiểm tra phường thì có được xem xét không?', null],
  ['lookalike', 'Quy trình kiểm tra đảng viên khi có dấu hiệu vi phạm gồm mấy bước?', null],
  [
    'lookalike',
    'Ủy ban kiểm tra phường kiểm tra việc thu, nộp đảng phí của chi bộ thì căn cứ vào đâu?',
    null,
  ],
  ['lookalike', 'Kỷ luật khiển trách bao lâu thì được xóa?', null],
  ['lookalike', 'Ủy ban kiểm tra phường có quyền đình chỉ sinh hoạt đảng của đảng viên không?', null],
  [
    'lookalike',
    'Hội nghị tổng kết công tác kiểm tra, giám sát cuối năm của phường chuẩn bị báo cáo gì?',
    null,
  ],
  ['lookalike', 'Giám sát chuyên đề chi bộ khu dân cư về quản lý đất đai thì lập kế hoạch thế nào?', null],
  ['lookalike', 'Phụ cấp ủy viên ủy ban kiểm tra kiêm nhiệm ở phường là bao nhiêu?', null],
  [
    'lookalike',
    "How does Singapore's PAP elect its central executive committee at the party conference?",
    null,
  ],
  [
    'lookalike',
    'Can a foreign reporter get accreditation to cover the National Assembly session in Hanoi?',
    null,
  ],
  ['lookalike', 'What is the Singapore dollar to dong exchange rate today?', null],
  ['lookalike', 'Which ministry issues journalist visas for Vietnam, and how long does it take?', null],
  ['lookalike', "What was Vietnam's GDP growth last year?", null],
  ['lookalike', 'Could you set up an interview with the General Secretary for my paper?', null],
  ['lookalike', 'Where is the international press centre in Hanoi and what are its opening hours?', null],
  ['lookalike', 'Any good bánh cuốn place near Hoàn Kiếm lake you would recommend?', null],
  ['lookalike', "How did the opposition do in Singapore's 2025 general election?", null],
  ['lookalike', "What did the Chinese Communist Party's fourth plenum decide?", null],
  [
    'lookalike',
    'Will Singapore companies be invited to the provincial investment promotion conference next week?',
    null,
  ],
  ['lookalike', 'Lịch cắt điện khu vực trạm biến áp 110kV tuần sau thế nào?', null],
  ['lookalike', 'Đại hội công đoàn cơ sở công ty điện lực nhiệm kỳ mới bầu bao nhiêu ủy viên?', null],
  ['lookalike', 'Hội nghị người lao động của công ty năm nay có bàn thưởng Tết không?', null],
  ['lookalike', 'Giá điện sinh hoạt bậc 4 bây giờ bao nhiêu một số?', null],
  ['lookalike', 'Bồi dưỡng độc hại cho công nhân vận hành trạm biến áp mỗi ca là bao nhiêu?', null],
  ['lookalike', 'Thẻ an toàn điện bậc 5 bao lâu phải sát hạch lại?', null],
  ['lookalike', 'Đại hội Đoàn thanh niên công ty điện lực tổ chức ở hội trường nào?', null],
  ['lookalike', 'Làm ca đêm ở trạm có được tính phụ cấp làm đêm không?', null],
  ['lookalike', 'Hội thao an toàn vệ sinh viên ngành điện năm nay thi những nội dung gì?', null],
  ['lookalike', 'Chi bộ trạm muốn đi tham quan Điện Biên thì xin kinh phí ở đâu?', null],
  ['lookalike', 'Đại hội Hội Cựu chiến binh phường nhiệm kỳ tới bầu chủ tịch thế nào?', null],
  ['lookalike', 'Trợ cấp cho người nhiễm chất độc da cam năm nay tăng bao nhiêu?', null],
  [
    'lookalike',
    'Buổi gặp mặt kỷ niệm ngày thành lập Quân đội nhân dân ở phường có mời cựu chiến binh không?',
    null,
  ],
  ['lookalike', 'Thẻ bảo hiểm y tế của sĩ quan nghỉ hưu hết hạn thì đổi ở đâu?', null],
  ['lookalike', 'Đại hội lần thứ IV của Đảng, sau ngày thống nhất, họp vào năm nào?', null],
  ['lookalike', 'Lương hưu của đại tá nghỉ hưu có được điều chỉnh từ tháng 7 không?', null],
  ['lookalike', 'Hội nghị Trung ương 15 khóa II về cách mạng miền Nam nói những gì?', null],
  ['lookalike', 'Tôi viết hồi ký về thời chiến đấu thì có phải xin phép chi bộ không?', null],
  ['lookalike', 'Ban liên lạc khóa học sĩ quan năm ấy tổ chức họp khóa vào tháng mấy?', null],
  ['lookalike', 'Nhà tôi ở khu tập thể quân đội, muốn cơi nới thì xin phép ở đâu?', null],
  ['lookalike', 'Thế còn cái hội nghị khách hàng bên ngân hàng hôm trước thì đăng ký ở đâu?', null],
  ['lookalike', 'Vậy tiền ăn trưa hôm đại hội mỗi người góp bao nhiêu?', null],
  ['lookalike', 'Ý tôi là đại hội thể dục thể thao của phường cơ, bao giờ khai mạc?', null],
  ['lookalike', 'Thế hôm đó ai ngồi đoàn chủ tịch, có danh sách không?', null],
  ['lookalike', 'Còn số điện thoại văn phòng đảng ủy phường mới thì sao?', null],
  ['lookalike', 'Rồi cái bot này do ai làm ra, có mất phí không?', null],
  ['lookalike', 'Vậy mai trời có mưa không để tôi còn đi họp?', null],
  ['lookalike', 'Xin giấy xác nhận tình trạng hôn nhân sau khi sáp nhập xã thì làm ở đâu?', null],
  [
    'lookalike',
    'Hội nghị hiệp thương giới thiệu người ứng cử đại biểu Quốc hội khóa mới tổ chức khi nào?',
    null,
  ],
  ['lookalike', 'Đại hội Hội Khuyến học xã bầu ban chấp hành bao nhiêu người?', null],
  ['lookalike', 'Đại hội Hội Chữ thập đỏ phường năm nay tổ chức ngày nào?', null],
  ['lookalike', 'Ứng dụng sổ tay đảng viên trên điện thoại báo lỗi đăng nhập thì làm sao?', null],
];

export const NEWSET57: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
