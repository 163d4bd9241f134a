/**
 * The fifty-fifth new evaluation set (issue 11, point 6), written on 2026-12-04 from 02:32 UTC
 * (committed in the commit "Eval: newset55, the fifty-fifth unseen set") by a helper (set55) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before its `const items` line) and its last line, the part of newset.ts
 * before `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under
 * src/, bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items
 * were read. Its users are imagined as the secretary of a party cell in a logistics warehouse, a
 * new ward party committee member who came from the old district, a Filipino researcher who
 * writes in English, the secretary of the cell of a commune health station, a grandfather who
 * mixes his old revolutionary memories into his questions, and a young accountant who is also her
 * cell's deputy secretary; with the out-of-scope messages such users send (other organisations'
 * congresses and meetings: a logistics company's trade union congress, a youth union branch
 * congress, a provincial nurses' association congress, a ward veterans' association congress,
 * shareholders' meetings, occupational-safety meetings for forklift crews, dengue training
 * conferences, a health station's staff conference, the Liberal Party of the Philippines, the
 * Lao and Chinese parties, the ASEAN Inter-Parliamentary Assembly, the Philippine Congress; other
 * senses of "đại hội" and "hội nghị": ward sports games, the Tân Trào National Congress of 1945,
 * the Party's Fourth and Sixth Congresses of 1976 and 1986, a Central Committee plenum, the
 * consultative conference for National Assembly candidates; other party business the pack does
 * not cover: admission papers, transfers to the new ward, annual grading after a reprimand, leave
 * from cell meetings for the very old, memorial rites for veteran members, party badges, dues and
 * the share a cell keeps, a deputy secretary's allowance, monthly minutes, political theory
 * classes, the member-management software, joint meetings of two cells; people in posts; money:
 * night overtime, veterans' allowances, ward committee allowances, health workers' allowances,
 * fuel prices, dividends, income-tax deadlines, invoices and ledger accounts for congress
 * flowers and banners, how long cell ledgers are kept; local government after the merger: the
 * one-stop office's hours, seals, the old district committee's archives, the first People's
 * Council session, redundant staff, residential groups, the ward office's address; health:
 * measles vaccination, health insurance cards, who runs the health station, fever medicine;
 * logistics: fire inspections, container hours at Cát Lái; research: interview permits,
 * newspaper archives, tutors, the Mausoleum's hours, the 2026 National Assembly election; a cell
 * outing's itinerary; the bot itself: who wrote it, what it keeps, jokes, translating a PDF).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset55.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, money, membership figures,
 * which cells the five-yearly pilot covers) were left out or kept out of scope, not guessed.
 *
 * Engine changes reached main while it was being written (1d39d1b: asking how to say something is
 * absent) and none after its commit; its writer saw none of them. It was measured once, on the
 * engine as it stood when it landed, at 02:38 UTC on main d73e21b (`node --expose-gc
 * dist/bench/qa.js`, load 3.75, beside other helpers' test runs): qa_new_top1 98.0 %,
 * qa_new_oos_refused 100.0 % (3 in-scope misses, no lookalike answered; qa_p99_us 105.8 in that
 * run, p50 26.7). Its misses were listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  [
    'doc',
    'Chỉ thị 35-CT/TW ngày 14/6/2024 bây giờ còn áp dụng cho chi bộ kho hàng bọn tôi không?',
    'doc:ct-35-2024',
  ],
  ['doc', 'ct35 nam 2024 cua bo chinh tri con hieu luc ko ad', 'doc:ct-35-2024'],
  ['doc', 'Is Directive 35 of June 2024 still the one the cells follow?', 'doc:ct-35-2024'],
  [
    'doc',
    'Hồi trước ông được học chỉ thị 35 của Bộ Chính trị năm 2024 ở chi bộ, giờ nó bị thay chưa con?',
    'doc:ct-35-2024',
  ],
  ['doc', 'Kết luận 118-KL/TW do cơ quan nào ban hành vậy đồng chí?', 'doc:kl-118-2025'],
  ['doc', 'kl118 tháng 1/2025 điều chỉnh những gì thế ạ', 'doc:kl-118-2025'],
  ['doc', 'Conclusion 118 of January 2025: what did it amend, and is it still valid?', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị số 45-CT/TW ngày 14/4/2025 nói về việc gì, nhờ bot tóm giúp', 'doc:ct-45-2025'],
  ['doc', 'CT 45 của Bộ Chính trị ra ngày nào vậy em', 'doc:ct-45-2025'],
  ['doc', 'Directive 45-CT/TW: who issued it and has anything replaced it?', 'doc:ct-45-2025'],
  ['doc', 'Kết luận 200-KL/TW ngày 17/10/2025 kết luận gì về đại hội?', 'doc:kl-200-2025'],
  ['doc', 'KL 200 của Bộ Chính trị và Ban Bí thư, cho em xin thông tin văn bản', 'doc:kl-200-2025'],
  ['doc', 'For my paper: what does Conclusion No. 200 record, and who signed it off?', 'doc:kl-200-2025'],
  [
    'doc',
    'Hướng dẫn 27-HD/BTCTW của Ban Tổ chức Trung ương ngày 26/8/2024 còn dùng không?',
    'doc:hd-27-2024',
  ],
  ['doc', 'hd27 btctw la van ban gi vay', 'doc:hd-27-2024'],
  ['doc', 'Guidance 27-HD/BTCTW, in English please: its date and issuer', 'doc:hd-27-2024'],
  ['doc', 'Hướng dẫn 18-HD/BTCTU của Ban Tổ chức Thành ủy hướng dẫn những gì?', 'doc:hd-18-2024'],
  ['doc', 'HD 18 BTCTU ngày 1/10/2024 giờ còn hiệu lực không', 'doc:hd-18-2024'],
  ['doc', 'The Hanoi guidance No 18 of October 2024: what is its status?', 'doc:hd-18-2024'],
  [
    'doc',
    'Kế hoạch 258-KH/TU của Thành ủy Hà Nội ban hành ngày nào, em cần ghi vào sổ công văn',
    'doc:kh-258-2024',
  ],
  ['doc', 'kh258 là kế hoạch gì vậy ad', 'doc:kh-258-2024'],
  ['doc', 'Plan 258-KH/TU of the Hanoi Party Committee, what do your sources hold on it?', 'doc:kh-258-2024'],
  ['doc', 'Hồi còn ở quận tôi có nhận Kế hoạch số 203-KH/QU, giờ tình trạng nó ra sao?', 'doc:kh-203-2024'],
  ['doc', 'KH 203 của quận ủy cũ còn dùng được sau khi về phường mới không?', 'doc:kh-203-2024'],
  [
    'doc',
    'What exactly was Plan 203 issued by the old Hai Ba Trung district committee in July 2024?',
    'doc:kh-203-2024',
  ],
  ['doc', 'Nghị quyết 26-NQ/TW ngày 19/5/2018 về cán bộ, cho xin thông tin', 'doc:nq-26-2018'],
  ['doc', 'NQ26 khóa XII là nghị quyết gì hả con', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26-NQ/TW of 2018, what is it and who adopted it?', 'doc:nq-26-2018'],
  [
    'doc',
    'Quy định 89-QĐ/TW ông hay nghe nhắc về tiêu chuẩn cán bộ, giờ còn dùng nữa không con?',
    'doc:qd-89-2017',
  ],
  ['doc', 'qd89 bị thay bằng văn bản nào rồi', 'doc:qd-89-2017'],
  ['doc', 'Was Regulation 89 of 2017 on cadre standards later replaced, and by what?', 'doc:qd-89-2017'],
  ['doc', 'Quy định 365-QĐ/TW ngày 30/8/2025 quy định về cái gì?', 'doc:qd-365-2025'],
  ['doc', 'QĐ 365 của Bộ Chính trị ban hành khi nào, thay cho quy định nào vậy', 'doc:qd-365-2025'],
  ['doc', 'Regulation No. 365 on standards for cadre positions: date and issuer?', 'doc:qd-365-2025'],
  [
    'doc',
    'Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy về tiêu chí đánh giá cán bộ là gì?',
    'doc:qd-14-2023',
  ],
  ['doc', 'qđ14/tu ra ngày nào thế', 'doc:qd-14-2023'],
  ['doc', 'Hanoi Regulation 14-QĐ/TU on evaluating cadres, please', 'doc:qd-14-2023'],
  ['doc', 'Quy định 2656-QĐ/QU của Ban Thường vụ Quận ủy là văn bản gì?', 'doc:qd-2656-2023'],
  ['doc', 'QD 2656 QU còn dùng sau khi bỏ quận không', 'doc:qd-2656-2023'],
  ['doc', 'Regulation 2656 of the district Standing Board: what is it?', 'doc:qd-2656-2023'],
  [
    'doc',
    'Quy định 1216-QĐ/QU về quy hoạch cán bộ của quận cũ, ai ban hành và ngày nào?',
    'doc:qd-1216-2022',
  ],
  ['doc', 'qđ1216 nói gì vậy bot', 'doc:qd-1216-2022'],
  ['doc', 'District Regulation 1216 on cadre planning: status?', 'doc:qd-1216-2022'],
  ['doc', 'Quy định số 294-QĐ/TW ngày 26/5/2025 có hiệu lực từ bao giờ?', 'doc:qd-294-2025'],
  ['doc', 'QĐ 294 ai ký ban hành vậy ạ', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294-QĐ/TW: who issued it, according to your sources?', 'doc:qd-294-2025'],
  ['doc', 'Chỉ thị 35-CT/TW ngày 30/5/2019 thì sao, giờ còn dùng không?', 'doc:ct-35-2019'],
  ['doc', 'CT 35 năm 2019 hướng tới Đại hội XIII là chỉ thị thế nào', 'doc:ct-35-2019'],
  ['doc', 'Directive 35 of May 2019, the one before the 13th Congress: status?', 'doc:ct-35-2019'],
  [
    'doc',
    'Trong tủ hồ sơ chi bộ còn Hướng dẫn 26-HD/BTCTW ngày 18/10/2019, giờ có dùng được không?',
    'doc:hd-26-2019',
  ],
  ['doc', 'HD 26 năm 2019 của Ban Tổ chức Trung ương là văn bản nào', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26-HD/BTCTW of October 2019: what does it cover?', 'doc:hd-26-2019'],
  ['unknown-doc', 'Kết luận 150-KL/TW về công tác nhân sự có trong bot không?', 'unknown-doc'],
  [
    'unknown-doc',
    'Bot tra giúp Nghị quyết 57-NQ/TW về chuyển đổi số, chi bộ kho có phải học không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Quy định 232-QĐ/TW thi hành Điều lệ Đảng, cho xem nội dung với', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 06-HD/TW về một số vấn đề Điều lệ Đảng còn hiệu lực không?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 47-KH/ĐU của Đảng ủy phường tôi ban hành ngày nào?', 'unknown-doc'],
  ['unknown-doc', 'Quyết định 1238-QĐ/TU của Thành ủy về thành lập đảng bộ phường mới', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 23-CT/TU của Thành ủy về đại hội có điểm gì mới?', 'unknown-doc'],
  ['unknown-doc', 'Công văn 1360-CV/BTCTW hướng dẫn những gì?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 127-KL/TW về sắp xếp bộ máy, bot có văn bản này không?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 21-HD/BTCTW về đại hội chi bộ ở đâu ra vậy', 'unknown-doc'],
  [
    'unknown-doc',
    'Quy định 142-QĐ/TW về trách nhiệm người đứng đầu có liên quan đại hội không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Nghị quyết 60-NQ/TW về sắp xếp tỉnh thành, cho hỏi nội dung', 'unknown-doc'],
  ['unknown-doc', 'What is Resolution 66-NQ/TW about?', 'unknown-doc'],
  [
    'unknown-doc',
    'Decision 759/QĐ-TTg on restructuring administrative units: is it in your sources?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Quy định 96-QĐ/TW về lấy phiếu tín nhiệm áp dụng thế nào?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 05-HD/UBKTTW về công tác kiểm tra của chi bộ', 'unknown-doc'],
  ['unknown-doc', 'Thông báo 09-TB/ĐU của đảng ủy xã về lịch đại hội chi bộ trạm y tế', 'unknown-doc'],
  ['offword', 'Ca đêm ở kho mệt quá, nhưng cho hỏi nhanh: đại hội chi bộ bầu những gì?', 'noi-dung'],
  [
    'offword',
    'Ông vừa pha ấm trà, ngồi nhớ hồi kháng chiến, mà đại hội chi bộ mình phải làm mấy nội dung hả con?',
    'noi-dung',
  ],
  [
    'offword',
    'Đang chờ xe tải vào bãi, hỏi luôn: báo cáo kiểm điểm của cấp ủy cần viết thế nào?',
    'van-kien',
  ],
  [
    'offword',
    'Trạm đang đông bệnh nhân, em hỏi nhanh: lập tổ văn kiện, tổ nhân sự cho đại hội là việc chuẩn bị nào?',
    'chuan-bi',
  ],
  [
    'offword',
    'Cuối tháng khóa sổ kế toán bận quá, mà chi bộ trực thuộc phải đại hội xong trong tháng mấy?',
    'lich-trinh',
  ],
  [
    'offword',
    'Cháu nội hỏi ông bài lịch sử, tiện ông hỏi luôn: Đại hội XIV của Đảng họp từ ngày nào đến ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Mưa to ngập đường về phường, cho hỏi đại hội có phải chống lãng phí, không phô trương hình thức không?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Sáng nay vừa đi chợ về, chỉ thị về đại hội năm 2024 của Bộ Chính trị có mấy phụ lục?',
    'chi-thi-35',
  ],
  [
    'offword',
    'Con gà nhà ông ốm mấy hôm nay, tiện hỏi chính quyền hai cấp chạy từ ngày nào?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Quán cơm gần kho đóng cửa rồi; nhân tiện, đại hội điểm ở chi bộ trực thuộc làm vào tháng nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Between two interviews over coffee: were all the 2025-2030 congresses finished on schedule?',
    'ket-qua',
  ],
  [
    'offword',
    'Vừa chuyển lương cho nhân viên xong, hỏi: chọn nhân sự cấp ủy khóa mới dựa vào những quy định nào?',
    'nhan-su',
  ],
  [
    'two-part',
    'Đại hội chi bộ kho gồm mấy nội dung, và cấp ủy phải trình những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ trực thuộc đại hội khi nào, còn đại hội điểm thì làm tháng mấy?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Chuẩn bị đại hội cần lập những tổ nào, và nhân sự cấp ủy chọn theo tiêu chuẩn gì?',
    'chuan-bi+nhan-su',
  ],
  [
    'two-part',
    'Đại hội XIV họp khi nào, và kết quả đại hội các cấp nhiệm kỳ này ra sao?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Bỏ cấp huyện từ bao giờ, và Đại hội Đảng bộ quận lần thứ XXVII thì thế nào?',
    'chinh-quyen-2-cap+dai-hoi-quan',
  ],
  [
    'two-part',
    'Chi bộ giờ 5 năm mới đại hội một lần phải không, và trước đây chi bộ cơ sở phải xong trước ngày nào?',
    'chi-bo-5-nam+lich-trinh',
  ],
  [
    'two-part',
    'Đại hội phải theo nguyên tắc gì, và trước đó phải tổ chức hội nghị quán triệt ra sao?',
    'nguyen-tac+chuan-bi',
  ],
  [
    'two-part',
    'Báo cáo chính trị phải đánh giá những gì, còn chọn người vào cấp ủy thì quán triệt nghị quyết nào?',
    'van-kien+nhan-su',
  ],
  [
    'two-part',
    'What does the 2024 Politburo directive on congresses contain, and what has changed since the October 2024 conference?',
    'chi-thi-35+thay-doi',
  ],
  [
    'two-part',
    'Đại hội điểm chọn những đơn vị nào, và đại hội điểm cũng phải làm đủ bốn nội dung chứ?',
    'dai-hoi-diem+noi-dung',
  ],
  [
    'two-part',
    'Những văn bản nào bot dựa vào, và văn bản nào đã bị thay thế kể từ hội nghị quán triệt?',
    'tai-lieu+thay-doi',
  ],
  [
    'two-part',
    'Ông hỏi hai việc: đại hội chi bộ bầu những gì, và Đại hội XIV của Đảng đã họp chưa?',
    'noi-dung+dai-hoi-xiv',
  ],
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở như chi bộ kho tôi thì đại hội trong khoảng thời gian nào?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở trạm y tế xã bắt đầu đại hội từ tháng mấy?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở tổ chức đại hội đảng viên hoặc đại hội đại biểu từ tháng nào, xong trước ngày nào?',
    'lich-trinh',
  ],
  [
    'unit',
    'Mỗi đảng bộ cơ sở chọn bao nhiêu chi bộ trực thuộc làm đại hội điểm, vào tháng nào?',
    'dai-hoi-diem',
  ],
  [
    'unit',
    'Ban Thường vụ Quận ủy chọn những loại đảng bộ, chi bộ nào làm điểm đầu quý I/2025?',
    'dai-hoi-diem',
  ],
  ['unit', 'Chi bộ trực thuộc thì có phải bầu đoàn đại biểu đi đại hội cấp trên không?', 'noi-dung'],
  ['unit', 'For a grassroots party cell (chi bo co so), when did the congress window close?', 'lich-trinh'],
  [
    'unit',
    'A party cell under a grassroots committee: in which month did its congress period start?',
    'lich-trinh',
  ],
  [
    'unit',
    'Chi bộ cơ sở trạm y tế nghe nói giờ thí điểm 5 năm mới đại hội một lần, quy định ấy có hiệu lực từ khi nào?',
    'chi-bo-5-nam',
  ],
  ['unit', 'Đảng bộ cơ sở phải trình đại hội những văn kiện nào?', 'van-kien'],
  ['unit', 'Đại hội đảng bộ cơ sở phải đợi các chi bộ trực thuộc đại hội xong mới làm à?', 'lich-trinh'],
  [
    'unit',
    'Ngoài đảng bộ phường, đảng bộ khối hành chính sự nghiệp có một đơn vị làm đại hội điểm đúng không?',
    'dai-hoi-diem',
  ],
  ['typo', 'dh cb truc thuoc hoan thanh trong thang may', 'lich-trinh'],
  ['typo', 'bao cao chinh tri cua chi bo phai danh gia nhung j', 'van-kien'],
  ['typo', 'cb co so dh truoc ngay 30/6 ha ad', 'lich-trinh'],
  ['typo', 'to nhan su to van kien to to chuc lap de lam gi', 'chuan-bi'],
  ['typo', 'nguyen tac tap trung dan chu trong dh dang bo la sao', 'nguyen-tac'],
  ['typo', 'dh diem thang 12/2024 la cua don vi nao', 'dai-hoi-diem'],
  ['typo', 'dai hoi 14 cua dang hop ngay nao vay', 'dai-hoi-xiv'],
  ['typo', 'chinh quyen 2 cap bat dau tu 1/7/2025 dung ko', 'chinh-quyen-2-cap'],
  ['typo', 'dh chi bo 5 nam 1 lan thi diem tu bao gio', 'chi-bo-5-nam'],
  ['typo', 'ket qua dai hoi cac cap nk 2025-2030 the nao r', 'ket-qua'],
  ['typo', 'nhung thay doi tu sau hoi nghi quan triet thang 10/2024', 'thay-doi'],
  ['typo', 'tieu chuan nhan su cap uy khoa moi theo van ban nao', 'nhan-su'],
  ['typo', 'ĐH ĐB quận Hai Bà Trưng lần thứ XXVII tổ chức thế nào', 'dai-hoi-quan'],
  ['typo', 'BCCT và BC kiểm điểm của BCH khác nhau ra sao', 'van-kien'],
  ['typo', 'cho xin ds cac van ban ve dh nk 2025-2030 bot dang dung', 'tai-lieu'],
  ['en', 'For a party cell congress in 2025, what four items had to be on the agenda?', 'noi-dung'],
  ['en', 'Which two reports does the outgoing committee submit to the congress?', 'van-kien'],
  [
    'en',
    'How should a grassroots organisation prepare its congress, and which teams does it set up?',
    'chuan-bi',
  ],
  ['en', 'Which principle must guide the organisation of these congresses?', 'nguyen-tac'],
  ['en', 'When were the sessions of the 14th National Party Congress held?', 'dai-hoi-xiv'],
  [
    'en',
    'Since when has Vietnam had two-level local government, with no district level?',
    'chinh-quyen-2-cap',
  ],
  ['en', 'Do party cells now hold congresses only once every five years?', 'chi-bo-5-nam'],
  ['en', 'What were the pilot congresses and when did they take place?', 'dai-hoi-diem'],
  [
    'en',
    'What is known about the 27th congress of the Hai Ba Trung district party organisation?',
    'dai-hoi-quan',
  ],
  ['en', 'On what basis are new committee members selected and nominated?', 'nhan-su'],
  [
    'en',
    'How is the June 2024 Politburo directive on congresses structured: parts, appendices?',
    'chi-thi-35',
  ],
  [
    'en',
    'Since the Hai Ba Trung dissemination meeting of October 2024, which rules and bodies changed?',
    'thay-doi',
  ],
  ['en', 'Is the 2025-2030 congress campaign over at every level?', 'ket-qua'],
  ['en', 'List the documents your answers rely on, with their status', 'tai-lieu'],
  ['en', 'In which months did cells under grassroots committees hold their congresses?', 'lich-trinh'],
  [
    'fact',
    'Tháng 4/2025 Bộ Chính trị ra chỉ thị mới về đại hội, nó thay cho những văn bản nào vậy em?',
    'thay-doi',
  ],
  ['fact', 'Ông nhớ Đại hội XIV họp đầu năm 2026, bế mạc hôm nào nhỉ?', 'dai-hoi-xiv'],
  [
    'fact',
    'Trước khi thí điểm, theo Điều lệ Đảng thì chi bộ trạm y tế đại hội mấy lần trong 5 năm?',
    'chi-bo-5-nam',
  ],
  [
    'fact',
    'Ngày 1/7/2025 Hà Nội có bao nhiêu đảng bộ quận, huyện, thị xã thôi hoạt động?',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'Chỉ thị năm 2024 của Bộ Chính trị về đại hội có bao nhiêu yêu cầu?', 'chi-thi-35'],
  ['fact', 'Phụ lục của chỉ thị về đại hội năm 2024 gồm những gì, có phụ lục về tuổi không?', 'chi-thi-35'],
  ['fact', 'Bộ Chính trị và Ban Bí thư kết luận gì về đại hội các cấp vào tháng 10/2025?', 'ket-qua'],
  [
    'fact',
    'Tiêu chuẩn cán bộ năm 2017 đã được thay bằng quy định mới ngày 30/8/2025 phải không?',
    'thay-doi',
  ],
  [
    'fact',
    'Yêu cầu có cơ chế sàng lọc để không bỏ sót người có đức có tài nằm trong chỉ thị đại hội nào?',
    'chi-thi-35',
  ],
  ['fact', 'Kết luận điều chỉnh chỉ thị về đại hội được ban hành ngày 18/1/2025 phải không?', 'thay-doi'],
  ['fact', 'On which day did the 14th Congress close, and on which day did it open?', 'dai-hoi-xiv'],
  ['fact', 'Sau ngày 1/7/2025 thì cấp huyện còn tồn tại không?', 'chinh-quyen-2-cap'],
  ['fact', 'Đại hội các cấp nhiệm kỳ 2025 - 2030 có được tổ chức đúng kế hoạch không?', 'ket-qua'],
  [
    'lookalike',
    'Đại hội công đoàn công ty logistics bên tôi nhiệm kỳ 2023-2028 bầu bao nhiêu ủy viên?',
    null,
  ],
  ['lookalike', 'Hội nghị an toàn vệ sinh lao động cho tổ lái xe nâng tổ chức mấy tháng một lần?', null],
  ['lookalike', 'Kho hàng bị kiểm tra phòng cháy chữa cháy thì phải chuẩn bị hồ sơ gì?', null],
  ['lookalike', 'Tiền tăng ca đêm cho công nhân bốc xếp tính thế nào cho đúng luật?', null],
  [
    'lookalike',
    'Chi bộ kho muốn tổ chức cho đảng viên đi dã ngoại Vũng Tàu, xin gợi ý lịch trình hai ngày',
    null,
  ],
  ['lookalike', 'Xe container vào cảng Cát Lái giờ cao điểm bị cấm từ mấy giờ?', null],
  ['lookalike', 'Chi đoàn thanh niên công ty tổ chức đại hội chi đoàn thì kịch bản thế nào?', null],
  ['lookalike', 'Bộ phận một cửa của phường mới có làm việc sáng thứ bảy không?', null],
  ['lookalike', 'Con dấu của Đảng ủy phường mới khắc ở đâu, ai ký quyết định đóng dấu?', null],
  ['lookalike', 'Hồ sơ lưu trữ của Quận ủy cũ giờ chuyển về đâu để tra cứu?', null],
  ['lookalike', 'Phụ cấp cấp ủy viên phường sau sắp xếp được bao nhiêu phần trăm lương?', null],
  ['lookalike', 'Kỳ họp thứ nhất Hội đồng nhân dân phường mới họp ngày nào?', null],
  ['lookalike', 'Đồng chí Bí thư Đảng ủy phường mới tên là gì, quê ở đâu?', null],
  ['lookalike', 'Cán bộ dôi dư khi bỏ cấp quận được hưởng chính sách nghỉ hưu trước tuổi thế nào?', null],
  ['lookalike', 'Phường mới sau khi nhập có bao nhiêu tổ dân phố?', null],
  ['lookalike', 'When is the next national convention of the Liberal Party of the Philippines?', null],
  ['lookalike', "How did the Communist Party of Vietnam's Sixth Congress in 1986 launch Doi Moi?", null],
  [
    'lookalike',
    'Can I interview ward party secretaries in Hanoi for my dissertation, and whom do I ask for a permit?',
    null,
  ],
  ['lookalike', "How many members does the Lao People's Revolutionary Party have?", null],
  ['lookalike', 'Which library in Hanoi keeps the old issues of the Nhan Dan newspaper?', null],
  ['lookalike', 'How many deputies were elected to the National Assembly in the 2026 election?', null],
  ['lookalike', 'Is there an ASEAN Inter-Parliamentary Assembly meeting in Manila this year?', null],
  ['lookalike', 'Could you recommend a Vietnamese tutor who can help me read party documents?', null],
  ['lookalike', 'Lịch tiêm vắc xin sởi cho trẻ dưới 5 tuổi ở trạm y tế xã tháng này thế nào?', null],
  [
    'lookalike',
    'Hội nghị tập huấn phòng chống sốt xuất huyết của trung tâm y tế có bắt buộc trạm cử người đi không?',
    null,
  ],
  ['lookalike', 'Đại hội Hội Điều dưỡng tỉnh nhiệm kỳ mới có cần trạm y tế giới thiệu đại biểu không?', null],
  ['lookalike', 'Thẻ bảo hiểm y tế hết hạn thì người dân gia hạn ở trạm hay ở xã?', null],
  ['lookalike', 'Phụ cấp ưu đãi nghề cho y sĩ trạm y tế xã là bao nhiêu phần trăm?', null],
  ['lookalike', 'Trạm y tế xã sau sáp nhập do Ủy ban nhân dân xã hay trung tâm y tế quản lý?', null],
  ['lookalike', 'Chi bộ trạm y tế có được họp ghép với chi bộ trường mầm non không?', null],
  ['lookalike', 'Thuốc hạ sốt cho người già nên uống liều bao nhiêu một lần?', null],
  [
    'lookalike',
    'Hồi năm 1976 ông được dự Đại hội IV của Đảng ở Hội trường Ba Đình, con cho ông biết đại hội đó bầu ai làm Tổng Bí thư?',
    null,
  ],
  [
    'lookalike',
    'Ông vào Đảng năm 1968 ở chiến trường B, giờ xin xét huy hiệu tuổi Đảng thì làm thủ tục gì?',
    null,
  ],
  ['lookalike', 'Quốc dân Đại hội Tân Trào năm 1945 họp ở đình hay ở lán hả con?', null],
  ['lookalike', 'Tiền trợ cấp cựu chiến binh tháng này tăng bao nhiêu hả con?', null],
  [
    'lookalike',
    'Hội Cựu chiến binh phường tổ chức đại hội, ông 82 tuổi rồi còn được bầu làm chủ tịch hội không?',
    null,
  ],
  [
    'lookalike',
    'Năm 1954 ông ở Điện Biên, con tìm giúp ông số điện thoại Ban liên lạc cựu chiến binh Sư đoàn 312',
    null,
  ],
  ['lookalike', 'Đảng viên khu dân cư trên 80 tuổi xin nghỉ sinh hoạt chi bộ thì viết đơn thế nào?', null],
  ['lookalike', 'Lễ truy điệu đảng viên lão thành thì chi bộ phải lo những việc gì?', null],
  ['lookalike', 'Đảng phí của đảng viên hưởng lương tính 1% lương hay 1% tổng thu nhập?', null],
  ['lookalike', 'Chi bộ được trích lại bao nhiêu phần trăm đảng phí để chi hoạt động?', null],
  ['lookalike', 'Quyết toán kinh phí đại hội chi bộ có cần hóa đơn đỏ không?', null],
  ['lookalike', 'Hạch toán tiền hoa tươi và băng rôn đại hội vào tài khoản kế toán nào?', null],
  ['lookalike', 'Hạn nộp tờ khai quyết toán thuế thu nhập cá nhân năm nay là ngày mấy?', null],
  ['lookalike', 'Sổ sách thu chi của chi bộ phải lưu giữ bao nhiêu năm?', null],
  ['lookalike', 'Phó bí thư chi bộ có được hưởng phụ cấp không, mức bao nhiêu?', null],
  ['lookalike', 'Phần mềm quản lý đảng viên báo lỗi không đăng nhập được thì gọi ai?', null],
  ['lookalike', 'Biên bản sinh hoạt chi bộ hằng tháng phải có những chữ ký nào?', null],
  ['lookalike', 'Bot này do ai viết, có lưu lại tin nhắn của tôi không?', null],
  ['lookalike', 'bot ơi kể chuyện cười cho đỡ buồn ca đêm đi', null],
  ['lookalike', 'Can this bot translate a Vietnamese PDF into English for me?', null],
  ['lookalike', 'Đại hội thể dục thể thao phường mới có cho đội kho hàng đăng ký môn kéo co không?', null],
  ['lookalike', 'Hội nghị Trung ương lần này bàn về tiền lương hay về đất đai?', null],
  ['lookalike', 'Kết nạp đảng cho công nhân kho thì hồ sơ có cần giấy khám sức khỏe không?', null],
  [
    'lookalike',
    'Chuyển sinh hoạt đảng từ chi bộ cũ ở quận về phường mới thì xin giấy giới thiệu ở đâu?',
    null,
  ],
  [
    'lookalike',
    'Đảng viên bị kỷ luật khiển trách trong năm có được xếp loại hoàn thành tốt nhiệm vụ không?',
    null,
  ],
  ['lookalike', 'Đại hội cổ đông thường niên của công ty mẹ năm nay chia cổ tức bao nhiêu?', null],
  ['lookalike', 'Hội nghị hiệp thương giới thiệu người ứng cử đại biểu Quốc hội do ai chủ trì?', null],
  ['lookalike', 'Giá xăng RON95 hôm nay bao nhiêu một lít?', null],
  [
    'lookalike',
    'In which year did the Chinese Communist Party hold its 20th National Congress, for comparison?',
    null,
  ],
  ['lookalike', 'Trụ sở Đảng ủy phường mới ở số mấy, mấy giờ mở cửa?', null],
  ['lookalike', 'Is the Ho Chi Minh Mausoleum open to foreign researchers on Monday mornings?', null],
  ['lookalike', 'Lớp bồi dưỡng lý luận chính trị cho đảng viên mới học mấy buổi?', null],
  ['lookalike', 'What did the Philippine Congress pass this year about the West Philippine Sea?', null],
  ['lookalike', 'Trạm y tế tổ chức hội nghị viên chức đầu năm thì cần chuẩn bị những báo cáo nào?', null],
];

export const NEWSET55: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
