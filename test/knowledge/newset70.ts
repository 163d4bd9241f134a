/**
 * The seventieth new evaluation set (issue 11, point 6), written on 2026-12-04 from 03:31 UTC
 * (committed in the commit "Eval: newset70, the seventieth unseen set") by a helper (set70) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before `const items`) and its last line, the part of newset.ts before
 * `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under src/,
 * bench/ or config/, no README, no git diff or show, and no other set's or pool's items (newset67
 * to newset69 included) were read. Its users are imagined as the secretary of the party cell of a
 * market management board, a member in a police unit, the secretary of a cooperative's party cell
 * in the countryside, an overseas Vietnamese student who writes English with Vietnamese words, and
 * a journalist checking dates and document numbers for an article; with the out-of-scope messages
 * such users send (other organisations' congresses and meetings: traders' meetings on moving a
 * market, household businesses' delegate meetings, market fire-safety meetings, the national police
 * conference, police emulation congresses and sports games, cooperatives' annual members' meetings,
 * farmers' association branches, village head elections, the Vietnamese students' association in
 * France, the Journalists' Association, the Red Cross, young entrepreneurs, former pupils'
 * reunions, apartment residents' conferences, voters' meetings and the consultative conferences of
 * the 2026 National Assembly election, the UN General Assembly, COP30, the world Scout jamboree,
 * the Soviet party's 20th congress, the Paris conference of 1973; other senses of "đại hội" and
 * "hội nghị": a clan's gathering, field demonstration days, ĐH read as a university; other party
 * business the pack does not cover: probationary members, lost party cards, discipline votes,
 * reporting trips abroad, a cell's budget and its secretary's allowance, awareness classes for
 * candidates, thematic meetings, keeping minute books, members running a market stall, merged
 * cells after a market merger, joining the Party abroad; the police's traffic plan and security
 * plan around a congress; stall rents and contracts, night-market hours; people in posts,
 * committee seats of another party committee, phone numbers, hotlines and addresses; a press
 * centre, press passes, royalties, photos and the press law; money and prices (fertiliser, pigs,
 * savings rates, dividends, loans for harvesters); government services (household business
 * licences, driving licences, birth registration on VNeID, passports at an embassy); a VPN to read
 * the news from abroad; the bot itself: what it keeps, Zalo, Khmer, who made it).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset70.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, delegates' numbers, the money
 * a congress may spend, which cells the five-yearly pilot covers, whether a new commune committee
 * counts as grassroots, membership figures) were left out, not guessed.
 * Engine changes reached main after its commit: f3c52f3, b7c5144 and 0da15f1 (the word prior
 * relearned with newset67 to newset69), b2ea913 and ad9e33d (a congress dated by a year or a decade
 * the pack never names), aed9ab5 (a document named again before its date), 490b8e3 (the synonyms
 * 'ms' and 'beforehand'), 244226f (a two-part half taken for a mere name) and 26bde82 and bb5bcfb
 * (absent phrases for newset68's and newset69's classes); its writer saw none of them. It was
 * measured once, at 03:52 UTC on main bb5bcfb (`node --expose-gc dist/bench/qa.js`, load 8.38):
 * qa_new_top1 100.0 %, qa_new_oos_refused 90.1 % (0 in-scope misses, 7 lookalikes answered;
 * qa_p99_us 4071.5 in that run, p50 30.4). Its misses were listed after that run, and it is a
 * development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number, three spellings or more each (the journalist checks most of them).
  [
    'doc',
    'Chỉ thị số 35-CT/TW ngày 14/6/2024 do ai ký ban hành, giờ còn hiệu lực để tôi trích trong bài không?',
    'doc:ct-35-2024',
  ],
  ['doc', 'CT35 năm 2024 của Bộ Chính trị về đại hội đã bị thay bằng văn bản nào rồi?', 'doc:ct-35-2024'],
  ['doc', 'For my article: is Directive 35 of June 2024 on the congresses still in force?', 'doc:ct-35-2024'],
  ['doc', 'Chỉ thị 35-CT/TW ngày 30/5/2019 là chỉ thị cho nhiệm kỳ nào vậy?', 'doc:ct-35-2019'],
  [
    'doc',
    'CT 35 năm 2019 hướng tới Đại hội XIII có còn áp dụng cho đại hội nhiệm kỳ này không?',
    'doc:ct-35-2019',
  ],
  [
    'doc',
    'The 2019 directive no. 35 on congresses toward the 13th Congress: what is it exactly?',
    'doc:ct-35-2019',
  ],
  ['doc', 'Kết luận 118-KL/TW ngày 18/01/2025 điều chỉnh nội dung của văn bản nào?', 'doc:kl-118-2025'],
  ['doc', 'KL 118 năm 2025 bây giờ còn hiệu lực không, phóng viên cần kiểm tra?', 'doc:kl-118-2025'],
  ['doc', 'Conclusion 118 of January 2025: which body issued it?', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị 45-CT/TW ban hành ngày nào và của cơ quan nào?', 'doc:ct-45-2025'],
  ['doc', 'ct45 thay the nhung van ban nao vay ad', 'doc:ct-45-2025'],
  ['doc', 'Directive 45 on party congresses, on what date was it signed?', 'doc:ct-45-2025'],
  ['doc', 'Chỉ thị 45/CT-TW năm 2025 hiện nay còn hiệu lực hay đã bị thay?', 'doc:ct-45-2025'],
  ['doc', 'Kết luận số 200-KL/TW đánh giá thế nào về đại hội đảng bộ các cấp?', 'doc:kl-200-2025'],
  ['doc', 'KL200 của Bộ Chính trị và Ban Bí thư ra ngày bao nhiêu?', 'doc:kl-200-2025'],
  ['doc', 'Conclusion 200 of October 2025, date and issuer please, I am fact-checking', 'doc:kl-200-2025'],
  [
    'doc',
    'Nhà báo cần kiểm tra: Hướng dẫn 27-HD/BTCTW ký ngày 26/8/2024 là hướng dẫn cho chỉ thị nào?',
    'doc:hd-27-2024',
  ],
  ['doc', 'HD 27 của Ban Tổ chức Trung ương về đại hội có nội dung chi tiết ra sao?', 'doc:hd-27-2024'],
  ['doc', 'Guidance 27 of the Central Organisation Commission: what is its status now?', 'doc:hd-27-2024'],
  [
    'doc',
    'Tôi viết bài cần ngày ký của Hướng dẫn 18-HD/BTCTU do Ban Tổ chức Thành ủy Hà Nội ban hành',
    'doc:hd-18-2024',
  ],
  ['doc', 'hd18 btctu ha noi huong dan nhung noi dung gi', 'doc:hd-18-2024'],
  ['doc', 'Guidance no. 18 of the Hà Nội organisation board, what date does it carry?', 'doc:hd-18-2024'],
  [
    'doc',
    'Bí thư chi bộ chợ hỏi: Kế hoạch 258-KH/TU của Thành ủy Hà Nội đề ngày bao nhiêu?',
    'doc:kh-258-2024',
  ],
  ['doc', 'KH258 thanh uy con hieu luc khong a', 'doc:kh-258-2024'],
  ['doc', 'Plan 258 of the Hanoi Party Committee: what is its date and status?', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch số 203-KH/QU của Quận ủy Hai Bà Trưng ký ngày bao nhiêu?', 'doc:kh-203-2024'],
  ['doc', 'KH 203 của quận ủy về đại hội cơ sở còn giá trị sau khi bỏ quận không?', 'doc:kh-203-2024'],
  ['doc', 'Plan 203 of Hai Bà Trưng district, what did it organise?', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW ngày 19/5/2018 là của Ban Chấp hành Trung ương khóa mấy?', 'doc:nq-26-2018'],
  ['doc', 'NQ26 về cán bộ do cơ quan nào ban hành?', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26 of the 12th Central Committee, what date is it?', 'doc:nq-26-2018'],
  [
    'doc',
    'Anh em trong đơn vị hỏi Quy định 89-QĐ/TW về tiêu chuẩn cán bộ bây giờ còn dùng được không?',
    'doc:qd-89-2017',
  ],
  ['doc', 'Trong bài tôi ghi QĐ 89 năm 2017, văn bản này đã được quy định nào thay thế?', 'doc:qd-89-2017'],
  ['doc', 'Regulation 89 on cadre standards: has it been superseded?', 'doc:qd-89-2017'],
  ['doc', 'Quy định 365-QĐ/TW ngày 30/8/2025 thay thế văn bản nào?', 'doc:qd-365-2025'],
  ['doc', 'qd365 cua bo chinh tri ra ngay nao, thay cho van ban nao', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365 of the Politburo: what did it replace?', 'doc:qd-365-2025'],
  ['doc', 'Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy quy định về tiêu chí gì?', 'doc:qd-14-2023'],
  ['doc', 'QĐ 14 của thành ủy ngày 06/11/2023 còn được áp dụng không?', 'doc:qd-14-2023'],
  ['doc', 'Regulation 14 of the Hà Nội Standing Board on evaluating cadres: status?', 'doc:qd-14-2023'],
  [
    'doc',
    'Quy định 2656-QĐ/QU ngày 13/11/2023 của Ban Thường vụ Quận ủy nói về việc gì?',
    'doc:qd-2656-2023',
  ],
  ['doc', 'QĐ2656 quận ủy HBT về đánh giá cán bộ ban hành ngày nào', 'doc:qd-2656-2023'],
  [
    'doc',
    'Regulation 2656 of the Hai Bà Trưng standing board, what does it cover and is it still valid?',
    'doc:qd-2656-2023',
  ],
  [
    'doc',
    'Quy định số 1216-QĐ/QU của Ban Thường vụ Quận ủy về quy hoạch cán bộ đề ngày nào vậy?',
    'doc:qd-1216-2022',
  ],
  ['doc', 'QĐ 1216 của quận ủy còn hiệu lực sau ngày 1/7/2025 không?', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216 on cadre planning, issued by whom?', 'doc:qd-1216-2022'],
  ['doc', 'Quy định 294-QĐ/TW về đại hội chi bộ bắt đầu áp dụng từ hôm nào?', 'doc:qd-294-2025'],
  ['doc', 'qd294 thi diem dai hoi chi bo la quy dinh gi', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294 on party cell congresses every five years: who issued it?', 'doc:qd-294-2025'],
  [
    'doc',
    'Hướng dẫn 26-HD/BTCTW ngày 18/10/2019 có dùng cho đại hội 2025 không, nó hướng dẫn văn bản gì?',
    'doc:hd-26-2019',
  ],
  ['doc', 'HD 26 năm 2019 còn dùng cho đại hội nhiệm kỳ 2025 - 2030 không?', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26 of October 2019: is it still relevant for this term?', 'doc:hd-26-2019'],

  // Documents the pack does not hold, by number.
  ['unknown-doc', 'Quy định 144-QĐ/TW về chuẩn mực đạo đức cách mạng của cán bộ nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 126-KL/TW năm 2025 về sắp xếp bộ máy yêu cầu những gì?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn số 12-HD/BTCTW về công tác nhân sự có những điểm mới nào?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 24-QĐ/TW thi hành Điều lệ Đảng quy định đại hội chi bộ thế nào?', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 36-CT/TW về đại hội có khác gì chỉ thị trước không?', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 57-NQ/TW về khoa học công nghệ giao gì cho chi bộ?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch số 47-KH/TU của Thành ủy về đại hội cấp xã ra ngày nào?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 96-QĐ/TW về lấy phiếu tín nhiệm còn hiệu lực không?', 'unknown-doc'],
  [
    'unknown-doc',
    'Conclusion 137-KL/TW: my professor says it is about the provinces, can you show it?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Quy định 262-QĐ/TW về đánh giá, xếp loại cán bộ ban hành khi nào?', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị quyết 68-NQ/TW về kinh tế tư nhân có nhắc đến chi bộ hợp tác xã không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Chỉ thị 12-CT/ĐUCA của Đảng ủy Công an Trung ương về đại hội đảng bộ công an',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kế hoạch 61-KH/ĐU của Đảng ủy phường về đại hội chi bộ Ban quản lý chợ', 'unknown-doc'],
  ['unknown-doc', 'Quyết định số 1800-QĐ/TU của Thành ủy về chuẩn y nhân sự là gì?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 09-HD/BTCTU năm 2025 về đại hội đảng bộ xã mới sáp nhập', 'unknown-doc'],
  ['unknown-doc', 'Is Directive 31-CT/TW about the congresses in your sources?', 'unknown-doc'],

  // In scope, with everyday words around the question.
  [
    'offword',
    'Chợ đang mùa Tết đông khách quá, cho tôi hỏi nhanh đại hội chi bộ phải có mấy nội dung?',
    'noi-dung',
  ],
  [
    'offword',
    'Vừa đi tuần tra về, đồng chí cho hỏi báo cáo chính trị trình đại hội phải đánh giá những gì?',
    'van-kien',
  ],
  [
    'offword',
    'Gặt xong vụ mùa rồi, chi bộ hợp tác xã chúng tôi cần lập những tổ nào để chuẩn bị đại hội?',
    'chuan-bi',
  ],
  [
    'offword',
    'Hôm nay mất điện cả dãy ki-ốt, tiện hỏi luôn: đại hội phải chống lãng phí, không phô trương ra sao?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Đang uống trà với anh em trong đội, có người hỏi Đại hội XIV của Đảng họp từ ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Sạp vải bên cạnh hỏi tôi: đại hội điểm của chi bộ trực thuộc làm vào tháng mấy?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Con trâu nhà tôi ốm nên lỡ buổi họp, cho hỏi chọn cấp ủy khóa mới theo tiêu chuẩn nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Vừa bán xong lứa gà, tôi muốn biết đợt đại hội nhiệm kỳ 2025 - 2030 đã xong hết chưa?',
    'ket-qua',
  ],
  [
    'offword',
    'Máy tính sắp hết pin mà bài chưa xong: từ sau hội nghị quán triệt tháng 10/2024 có những thay đổi gì?',
    'thay-doi',
  ],
  [
    'offword',
    'Sau ca trực đêm tôi vẫn thắc mắc: chính quyền địa phương hai cấp chạy từ ngày nào?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Mái tôn chợ dột hết rồi, nhưng anh em vẫn hỏi đại hội Đảng bộ quận Hai Bà Trưng là lần thứ mấy?',
    'dai-hoi-quan',
  ],
  ['offword', 'Mua phân bón về rồi mới nhớ ra: đại hội chi bộ cơ sở phải xong trước ngày nào?', 'lich-trinh'],
  ['offword', 'Đang xếp hàng lấy xăng, hỏi bot: bây giờ chi bộ bao lâu thì đại hội một lần?', 'chi-bo-5-nam'],
  [
    'offword',
    'Cà phê sáng với tòa soạn, cần nhắc lại: chỉ thị năm 2024 về đại hội có mấy phụ lục?',
    'chi-thi-35',
  ],

  // Two questions in one message.
  ['two-part', 'Đại hội gồm mấy nội dung, và cấp ủy trình đại hội những báo cáo nào?', 'noi-dung+van-kien'],
  [
    'two-part',
    'Đại hội XIV họp ngày nào, và Bộ Chính trị đánh giá kết quả đại hội các cấp ra sao?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Chi bộ HTX chúng tôi cần chuẩn bị những việc gì, và tổ chức đại hội phải theo nguyên tắc nào?',
    'chuan-bi+nguyen-tac',
  ],
  [
    'two-part',
    'Giờ đại hội chi bộ 5 năm mấy lần, còn cấp huyện bị bỏ từ bao giờ?',
    'chi-bo-5-nam+chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'Thời hạn đại hội chi bộ trực thuộc là khi nào, còn đại hội điểm tổ chức lúc nào?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Chọn nhân sự cấp ủy mới theo tiêu chuẩn nào, và chỉ thị về đại hội năm 2024 gồm những phần nào?',
    'nhan-su+chi-thi-35',
  ],
  [
    'two-part',
    'Từ sau hội nghị tháng 10/2024 có gì thay đổi, và cho tôi danh sách văn bản bot dựa vào.',
    'thay-doi+tai-lieu',
  ],
  ['two-part', 'Báo cáo kiểm điểm của chi ủy viết thế nào? Còn đại hội bầu những gì?', 'van-kien+noi-dung'],
  [
    'two-part',
    'When was the 14th Congress held, and how often do cells hold congresses now?',
    'dai-hoi-xiv+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Đại hội điểm là gì, và công tác chuẩn bị đại hội gồm những việc nào?',
    'dai-hoi-diem+chuan-bi',
  ],
  [
    'two-part',
    'Kết quả đại hội các cấp ra sao, và chỉ thị năm 2024 đặt ra mấy yêu cầu?',
    'ket-qua+chi-thi-35',
  ],
  [
    'two-part',
    'Nguyên tắc tổ chức đại hội là gì; cấp ủy khóa mới lựa chọn người ra sao?',
    'nguyen-tac+nhan-su',
  ],
  [
    'two-part',
    'Đại hội đảng bộ quận lần thứ XXVII tổ chức theo kế hoạch nào, và Đại hội XIV diễn ra khi nào?',
    'dai-hoi-quan+dai-hoi-xiv',
  ],

  // Per unit type.
  [
    'unit',
    'Chi bộ Ban quản lý chợ chúng tôi trực thuộc đảng ủy phường, đại hội phải xong trong tháng nào?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở hợp tác xã nông nghiệp thì thời hạn tổ chức đại hội là khi nào?', 'lich-trinh'],
  ['unit', 'Đảng bộ cơ sở công an được bắt đầu đại hội từ tháng mấy?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở công an phường phải chờ các chi bộ trực thuộc họp đại hội xong thì mới được tổ chức đại hội của mình à?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ trực thuộc đảng ủy cơ sở thì đại hội của mình bầu những gì?', 'noi-dung'],
  ['unit', 'Chi bộ cơ sở chúng tôi trình đại hội những báo cáo gì?', 'van-kien'],
  ['unit', 'Đại hội điểm của một chi bộ trực thuộc đảng bộ cơ sở làm vào thời gian nào?', 'dai-hoi-diem'],
  [
    'unit',
    'Chi bộ cơ sở có nằm trong danh sách loại đơn vị được chọn làm đại hội điểm đầu quý I/2025 không?',
    'dai-hoi-diem',
  ],
  ['unit', 'Đảng bộ cơ sở cần lập những tổ giúp việc nào cho đại hội?', 'chuan-bi'],
  [
    'unit',
    'Đảng ủy cơ sở công an phường viết báo cáo kiểm điểm nhiệm kỳ phải có tính chiến đấu thế nào?',
    'van-kien',
  ],
  ['unit', 'Chi bộ cơ sở bắt đầu đại hội từ tháng 4/2025 có đúng không?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở xã chúng tôi phải chọn mấy chi bộ trực thuộc để chỉ đạo đại hội điểm?',
    'dai-hoi-diem',
  ],
  [
    'unit',
    'My uncle is bí thư of a chi bộ cơ sở in a cooperative: by when did his cell have to hold its congress?',
    'lich-trinh',
  ],

  // Typos, no diacritics, abbreviations.
  ['typo', 'dai hoi chi bo BQL cho gom may noi dung vay', 'noi-dung'],
  ['typo', 'bao cao chinh tri cua chi bo HTX va bao cao kiem diem chi uy khac nhau o dau', 'van-kien'],
  ['typo', 'DH CB truc thuoc phai xong trong thang may nam 2025', 'lich-trinh'],
  ['typo', 'ĐH XIV họp từ ngày nào tới ngày nào ạ', 'dai-hoi-xiv'],
  ['typo', 'nhan su cap uy khoa moi chon theo tieu chuan nao vậy đ/c', 'nhan-su'],
  ['typo', 'thí điểm ĐH chi bộ 5 năm 1 lần áp dụng từ khi nào', 'chi-bo-5-nam'],
  ['typo', 'dai hoi diem lam trong thang 12 nam 2024 la sao', 'dai-hoi-diem'],
  ['typo', 'đai hôi đang bô cac câp nhiêm ky nay đa kêt thuc chưa', 'ket-qua'],
  ['typo', 'chuân bi đai hôi chi bô cân thanh lâp nhưng tô gi', 'chuan-bi'],
  ['typo', 'nguyen tac tap trung dan chu khi to chuc DH dang bo cong an phuong la gi', 'nguyen-tac'],
  ['typo', 'chinh quyen dia phuong 2 cap chinh thuc chay tu hom nao vay', 'chinh-quyen-2-cap'],
  ['typo', 'nhung thay doi ke tu hoi nghi quan triet 23/10 nam ngoai', 'thay-doi'],
  ['typo', 'cac van ban ve DH NK 2025-2030 ma bot dua vao gom nhung gi', 'tai-lieu'],
  ['typo', 'chi thi ve dai hoi nam 2024 co may phan may phu luc', 'chi-thi-35'],

  // English, often with Vietnamese words in it.
  ['en', 'What are the four items on the agenda of a chi bộ congress?', 'noi-dung'],
  [
    'en',
    'My chi bộ in the cooperative asks: which reports does the committee submit to the đại hội?',
    'van-kien',
  ],
  ['en', 'Hi, du học sinh here, when exactly was the 14th National Congress held?', 'dai-hoi-xiv'],
  ['en', 'Are the 2025-2030 party congresses already finished, like all done?', 'ket-qua'],
  ['en', 'What changed after the October 2024 conference in Hai Bà Trưng, for my thesis?', 'thay-doi'],
  ['en', 'When did Vietnam stop having districts (cấp huyện) in local government?', 'chinh-quyen-2-cap'],
  ['en', 'What pilot congresses were planned for December 2024 and early 2025?', 'dai-hoi-diem'],
  ['en', 'What principles must a congress follow, for example against waste and showiness?', 'nguyen-tac'],
  ['en', 'Which teams should a party unit set up to get ready for its đại hội?', 'chuan-bi'],
  ['en', 'Which documents does the bot base its answers on, with their status?', 'tai-lieu'],
  ['en', 'What standards guide picking the new cấp ủy members?', 'nhan-su'],
  ['en', 'What is the 27th Congress of the Hai Bà Trưng district party organisation?', 'dai-hoi-quan'],
  ['en', 'How many parts and appendices does the 2024 directive on the congresses have?', 'chi-thi-35'],

  // Facts a journalist checks.
  ['fact', 'Đại hội đại biểu toàn quốc lần thứ XIV của Đảng bế mạc vào ngày nào?', 'dai-hoi-xiv'],
  [
    'fact',
    'Bộ Chính trị và Ban Bí thư kết luận đại hội các cấp nhiệm kỳ 2025 - 2030 thành công vào ngày nào?',
    'ket-qua',
  ],
  ['fact', 'Thí điểm đại hội chi bộ 5 năm một lần bắt đầu có hiệu lực từ ngày nào?', 'chi-bo-5-nam'],
  ['fact', 'Theo Điều lệ Đảng trước khi thí điểm, trong 5 năm chi bộ họp đại hội mấy lần?', 'chi-bo-5-nam'],
  [
    'fact',
    'Số đảng bộ cấp huyện ở Hà Nội chấm dứt hoạt động từ ngày 1/7/2025 là bao nhiêu?',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'Chỉ thị của Bộ Chính trị năm 2024 về đại hội các cấp có bao nhiêu yêu cầu?', 'chi-thi-35'],
  [
    'fact',
    'Đại hội điểm của đảng bộ phường và đảng bộ khối hành chính sự nghiệp tổ chức vào quý mấy?',
    'dai-hoi-diem',
  ],
  ['fact', 'Báo cáo nào được coi là báo cáo trung tâm trong văn kiện trình đại hội chi bộ?', 'van-kien'],
  ['fact', 'Nội dung thứ tư của đại hội đảng bộ nhiệm kỳ 2025 - 2030 là gì?', 'noi-dung'],
  ['fact', 'Đại hội chi bộ trực thuộc hoàn thành trong tháng mấy năm 2025?', 'lich-trinh'],
  ['fact', 'Cơ quan nào ban hành kết luận về kết quả đại hội đảng bộ các cấp?', 'ket-qua'],
  [
    'fact',
    'Các đại hội cơ sở ở Hai Bà Trưng được tổ chức tiến tới đại hội quận lần thứ mấy?',
    'dai-hoi-quan',
  ],
  ['fact', 'Nhân sự cấp ủy khóa mới phải quán triệt nghị quyết nào của Trung ương khóa XII?', 'nhan-su'],
  [
    'fact',
    'Phóng viên hỏi: Ban Tổ chức Trung ương ra văn bản nào để hướng dẫn chỉ thị về đại hội năm 2024?',
    'chi-thi-35',
  ],

  // Look like congress questions, but the pack does not answer them.
  [
    'lookalike',
    'Ban quản lý chợ họp tiểu thương về phương án di dời sang chợ tạm thì phải báo trước mấy ngày?',
    null,
  ],
  ['lookalike', 'Đại hội đại biểu các hộ kinh doanh trong chợ bầu trưởng ngành hàng thế nào?', null],
  ['lookalike', 'Chi bộ Ban quản lý chợ cần biết mức phí thuê ki-ốt năm 2026 ở chợ hạng hai', null],
  ['lookalike', 'Chợ đêm có phải đóng cửa sớm trong những ngày diễn ra đại hội đảng bộ phường không?', null],
  ['lookalike', 'Hội nghị phòng cháy chữa cháy của chợ truyền thống cần mời những đơn vị nào?', null],
  ['lookalike', 'Hợp đồng thuê sạp hết hạn đúng năm đại hội thì có được gia hạn tự động không?', null],
  ['lookalike', 'Đảng viên có được đứng tên làm chủ hộ kinh doanh một sạp trong chợ không?', null],
  ['lookalike', 'Sau khi sáp nhập hai chợ, hai chi bộ ghép lại thì sinh hoạt chung ở đâu?', null],
  ['lookalike', 'Hội nghị Công an toàn quốc lần thứ 81 tổ chức ở đâu, bao giờ?', null],
  ['lookalike', 'Đại hội thi đua Vì an ninh Tổ quốc của công an phường năm nay tổ chức khi nào?', null],
  [
    'lookalike',
    'Phương án phân luồng giao thông quanh Trung tâm Hội nghị Quốc gia trong những ngày Đại hội XIV thế nào?',
    null,
  ],
  ['lookalike', 'Thủ tục đề nghị thăng cấp bậc hàm thiếu tá trước thời hạn gồm những gì?', null],
  ['lookalike', 'Đảng ủy Công an Trung ương khóa mới có bao nhiêu ủy viên, ai là bí thư?', null],
  ['lookalike', 'Số điện thoại đường dây nóng của công an phường Bạch Mai là bao nhiêu?', null],
  [
    'lookalike',
    'Chi bộ công an xã được giao bảo vệ an ninh đại hội đảng bộ xã thì lập phương án ra sao?',
    null,
  ],
  ['lookalike', 'Hội thao nghiệp vụ cơ bản Công an nhân dân năm 2026 thi những môn nào?', null],
  ['lookalike', 'Đảng viên công an đi du lịch nước ngoài có phải báo cáo chi bộ trước không?', null],
  [
    'lookalike',
    'Đại hội thành viên thường niên của hợp tác xã nông nghiệp phải họp trước ngày nào theo luật?',
    null,
  ],
  ['lookalike', 'Hợp tác xã chia lãi cho thành viên theo tỷ lệ vốn góp thế nào cho đúng?', null],
  [
    'lookalike',
    'Hội nghị đầu bờ giới thiệu giống lúa mới ở xã tôi có cần mời cán bộ khuyến nông không?',
    null,
  ],
  ['lookalike', 'Giá phân đạm Phú Mỹ hôm nay bao nhiêu tiền một bao?', null],
  ['lookalike', 'Đại hội chi hội nông dân thôn bầu chi hội trưởng nhiệm kỳ mấy năm?', null],
  [
    'lookalike',
    'Chi bộ hợp tác xã muốn vay vốn ngân hàng chính sách mua máy gặt đập thì làm hồ sơ gì?',
    null,
  ],
  ['lookalike', 'Bầu trưởng thôn năm 2026 tổ chức vào tháng mấy, ai được ứng cử?', null],
  ['lookalike', 'Đảng viên làm chủ nhiệm hợp tác xã có được hưởng phụ cấp của xã không?', null],
  ['lookalike', 'Dồn điền đổi thửa ở thôn có cần chi bộ ra nghị quyết trước không?', null],
  ['lookalike', 'How do I renew my Vietnamese passport at the đại sứ quán in Berlin?', null],
  ['lookalike', 'When is the đại hội of the Vietnamese Students Association in France this year?', null],
  ['lookalike', 'ĐH Bách khoa Hà Nội tuyển sinh thạc sĩ đợt 1 năm 2026 khi nào?', null],
  ['lookalike', 'Can an overseas student join the Party while studying in Japan, cần thủ tục gì?', null],
  ['lookalike', 'Is the hội sinh viên in Melbourne organising a Tết party this year?', null],
  ['lookalike', 'Which VPN works for reading Nhân Dân about the đại hội from abroad?', null],
  ['lookalike', 'What is the Đại hội đồng Liên Hợp Quốc voting on at its session this year?', null],
  ['lookalike', 'Thủ tục đăng ký thẻ tác nghiệp cho phóng viên tại Đại hội XIV như thế nào?', null],
  ['lookalike', 'Trung tâm báo chí của Đại hội XIV đặt ở đâu, mấy giờ mở cửa?', null],
  ['lookalike', 'Nhuận bút một bài viết về đại hội đảng bộ trên báo điện tử được tính thế nào?', null],
  [
    'lookalike',
    'Cho tòa soạn xin ảnh độ phân giải cao của hội nghị quán triệt ở Hai Bà Trưng để đăng báo',
    null,
  ],
  ['lookalike', 'Đại hội Hội Nhà báo Việt Nam lần thứ XII tổ chức vào năm nào?', null],
  ['lookalike', 'Luật Báo chí sửa đổi có hiệu lực từ ngày nào?', null],
  [
    'lookalike',
    'Tòa soạn cần số điện thoại Ban Tuyên giáo và Dân vận Thành ủy để xin phỏng vấn về đại hội',
    null,
  ],
  ['lookalike', 'Đại hội dòng họ Nguyễn của làng tôi nên tổ chức vào rằm tháng Giêng hay mùng mười?', null],
  ['lookalike', 'Hội nghị nhà chung cư lần đầu bầu ban quản trị cần bao nhiêu phần trăm cư dân dự?', null],
  ['lookalike', 'Hội nghị cử tri tiếp xúc đại biểu Quốc hội khóa XVI ở phường tôi diễn ra khi nào?', null],
  [
    'lookalike',
    'Hội nghị hiệp thương lần thứ ba bầu cử đại biểu Quốc hội năm 2026 chốt danh sách ra sao?',
    null,
  ],
  ['lookalike', 'Đại hội Hướng đạo thế giới lần tới tổ chức ở nước nào?', null],
  ['lookalike', 'Hội nghị COP30 về biến đổi khí hậu có đoàn Việt Nam tham dự không?', null],
  ['lookalike', 'Đại hội XX của Đảng Cộng sản Liên Xô năm 1956 có ý nghĩa lịch sử gì?', null],
  ['lookalike', 'Hội nghị Paris năm 1973 đàm phán kéo dài bao lâu?', null],
  ['lookalike', 'Đại hội Hội Cựu học sinh trường THPT Chu Văn An lần thứ ba cần chuẩn bị những gì?', null],
  ['lookalike', 'Đại hội Hội Chữ thập đỏ phường nhiệm kỳ 2026 - 2031 bầu bao nhiêu ủy viên?', null],
  ['lookalike', 'Đại hội Hội Doanh nhân trẻ thành phố bầu chủ tịch theo thể thức nào?', null],
  ['lookalike', 'Đảng viên dự bị ở chi bộ chợ muốn chuyển chính thức thì cần chuẩn bị hồ sơ gì?', null],
  ['lookalike', 'Thẻ đảng viên bị mất khi đi chợ thì xin cấp lại ở đâu?', null],
  ['lookalike', 'Chi bộ xét kỷ luật khiển trách một đảng viên thì biểu quyết cần bao nhiêu phần trăm?', null],
  ['lookalike', 'Kinh phí hoạt động năm 2026 của chi bộ hợp tác xã được cấp bao nhiêu?', null],
  ['lookalike', 'Phụ cấp hằng tháng của bí thư chi bộ thôn sau khi sáp nhập xã là bao nhiêu?', null],
  ['lookalike', 'Chi bộ giới thiệu quần chúng ưu tú đi học lớp nhận thức về Đảng thì đăng ký ở đâu?', null],
  ['lookalike', 'Sinh hoạt chuyên đề quý I năm 2026 của chi bộ nên chọn chủ đề gì?', null],
  ['lookalike', 'Sổ ghi biên bản họp chi bộ phải lưu giữ trong bao nhiêu năm?', null],
  ['lookalike', 'Bot này có lưu lại tin nhắn tôi hỏi không, ai đọc được chúng?', null],
  ['lookalike', 'Có thể thêm bot đại hội này vào nhóm Zalo của chi bộ được không?', null],
  ['lookalike', 'Bot có trả lời bằng tiếng Khmer cho đảng viên người dân tộc không?', null],
  ['lookalike', 'Ai viết ra con bot đại hội này, liên hệ với người làm bot thế nào?', null],
  ['lookalike', 'Trụ sở 33 Đại Cồ Việt bây giờ là của cơ quan nào sau khi không còn quận?', null],
  ['lookalike', 'Đồng chí Trần Quyết Thắng hiện nay giữ chức vụ gì?', null],
  ['lookalike', 'Trụ sở Đảng ủy phường mới sau sắp xếp nằm ở địa chỉ nào?', null],
  ['lookalike', 'Đăng ký hộ kinh doanh cá thể ở phường mới thì nộp hồ sơ ở đâu?', null],
  ['lookalike', 'Đổi giấy phép lái xe hạng B2 sang mẫu mới có bắt buộc không?', null],
  ['lookalike', 'Đăng ký khai sinh cho con trên VNeID làm thế nào?', null],
  ['lookalike', 'Giá lợn hơi hôm nay ở Thái Bình là bao nhiêu một cân?', null],
  ['lookalike', 'Lãi suất gửi tiết kiệm Agribank kỳ hạn mười hai tháng hiện là bao nhiêu?', null],
];

export const NEWSET70: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
