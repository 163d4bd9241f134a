/**
 * The eighty-third new evaluation set (issue 11, point 6), written on 2026-12-04 from 04:26 UTC
 * (committed in the commit "Eval: newset83, the eighty-third unseen set") by a helper (set83) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before `const items`) and its export line, the part of newset.ts before
 * `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts (and, by a slip, the
 * first five lines of newset82.ts's header comment, no item). Nothing under src/, bench/ or
 * config/, no README, no git log, diff or show, and no other set's or pool's items were read. Its
 * users are imagined as the secretary of the party cell of a football club's management board, a
 * member who drives a taxi, a member of the grassroots party committee of a power plant, a
 * Brazilian student who writes in English, and a member who asks with sarcasm and rhetorical
 * questions; with the out-of-scope messages such users send (other organisations' congresses and
 * meetings: the football federation's congress, a supporters' club congress, the FIFA Congress, a
 * taxi cooperative's members' congress, the power sector's trade union congress, a hometown
 * association, a clan's gathering, an apartment building's residents' conference, the Red Cross,
 * voters' meetings with deputies, Brazil's National Congress and its parties' congresses; other
 * senses of "đại hội": a cosplay convention, a friendly tournament's rules; other party business
 * the pack does not cover: admitting a naturalised player, discipline for betting, members
 * travelling abroad, members running a business, the party emblem on a car, the cell of one's
 * residence, inspection of party finances, political theory courses, personal year-end
 * self-reviews, lost congress resolutions, misprinted invitations, meeting lengths, emulation
 * points, the 2030–2035 term; club business: transfers, licensing, kits bought from cell funds,
 * posts held at once; a power plant's outages, maintenance, output reports, fire drills, electricity
 * prices, the energy security resolution without its number; taxi business: traffic closures for
 * the 14th Congress, fares, badges and licences after the merger, fines, a switchboard number,
 * drivers for the delegates; the 14th Congress's targets and cost; housing prices; souvenirs;
 * translation; rumours; the bot itself: Zalo, privacy, a Portuguese version, language practice).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset83.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, the money a congress may
 * spend, whether a congress may be held online, who may postpone one, which cells the five-yearly
 * pilot covers) were left out, not guessed.
 * Engine changes reached main after its commit: only a110a19, which moved code and left every
 * answer as it was; its writer saw none of them. It was measured once, at 04:45 UTC on main a110a19
 * (`node --expose-gc dist/bench/qa.js`, load 3.48): qa_new_top1 99.2 %, qa_new_oos_refused 93.7 %
 * (1 in-scope miss, 4 lookalikes answered; qa_p99_us 127.1 in that run, p50 31.4). Its misses
 * were listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number, at least three spellings each.
  ['doc', 'Chỉ thị 35-CT/TW ngày 14/6/2024 giờ còn dùng được không hay đã bị thay rồi?', 'doc:ct-35-2024'],
  [
    'doc',
    'Anh em ban điều hành câu lạc bộ hỏi CT35 năm 2024 của Bộ Chính trị là văn bản gì',
    'doc:ct-35-2024',
  ],
  ['doc', 'Is Directive 35 of 2024 still in force for party cells?', 'doc:ct-35-2024'],
  ['doc', 'Chỉ thị số 35-CT/TW ngày 30/5/2019 cho nhiệm kỳ trước nói về việc gì?', 'doc:ct-35-2019'],
  ['doc', 'Anh em nhà máy hỏi CT 35 năm 2019 hướng tới Đại hội XIII giờ còn dùng không?', 'doc:ct-35-2019'],
  ['doc', 'What was directive no. 35 of May 2019 about, the one for the 13th Congress?', 'doc:ct-35-2019'],
  ['doc', 'Kết luận 118-KL/TW do cơ quan nào ban hành vậy bot?', 'doc:kl-118-2025'],
  ['doc', 'Chạy xe cả ngày mới rảnh, KL118 giờ còn hiệu lực không?', 'doc:kl-118-2025'],
  ['doc', 'Conclusion 118 of January 2025: what did it amend?', 'doc:kl-118-2025'],
  ['doc', 'Bí thư chi bộ câu lạc bộ cần trích dẫn Chỉ thị 45-CT/TW: ký ngày nào, ai ký?', 'doc:ct-45-2025'],
  ['doc', 'Khách trên xe bảo CT45 thay chỉ thị cũ rồi, cho tôi xem thông tin văn bản đó', 'doc:ct-45-2025'],
  [
    'doc',
    'Directive 45 of April 2025, is it the one my Brazilian professor keeps mentioning?',
    'doc:ct-45-2025',
  ],
  ['doc', 'chi thi 45 bo chinh tri con hieu luc khong', 'doc:ct-45-2025'],
  ['doc', 'Kết luận 200-KL/TW nói gì về đại hội đảng bộ các cấp?', 'doc:kl-200-2025'],
  ['doc', 'KL 200 năm 2025 của Bộ Chính trị và Ban Bí thư là kết luận về gì?', 'doc:kl-200-2025'],
  ['doc', 'What is Conclusion No. 200-KL/TW, for my thesis bibliography?', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW giờ tình trạng ra sao, bot có nội dung chi tiết không?', 'doc:hd-27-2024'],
  ['doc', 'Đảng ủy nhà máy đang tìm HD27 của Ban Tổ chức Trung ương, bot có không?', 'doc:hd-27-2024'],
  ['doc', 'Guidance 27 from August 2024, what does it guide?', 'doc:hd-27-2024'],
  ['doc', 'Hướng dẫn 18-HD/BTCTU của Ban Tổ chức Thành ủy Hà Nội hướng dẫn nội dung gì?', 'doc:hd-18-2024'],
  ['doc', 'HD 18 BTCTU ký ngày nào thế?', 'doc:hd-18-2024'],
  ['doc', 'Hanoi guideline 18-HD/BTCTU: when was it issued?', 'doc:hd-18-2024'],
  [
    'doc',
    'Đồng chí nào nhắc Kế hoạch 258-KH/TU trong buổi họp ban điều hành, đó là kế hoạch của ai?',
    'doc:kh-258-2024',
  ],
  ['doc', 'KH258 của Thành ủy Hà Nội là kế hoạch gì?', 'doc:kh-258-2024'],
  ['doc', 'What do your sources say about plan 258 of the Hanoi party committee?', 'doc:kh-258-2024'],
  [
    'doc',
    'Nói thật chứ Kế hoạch số 203-KH/QU của cái quận đã giải thể ấy thì giờ ai còn đọc?',
    'doc:kh-203-2024',
  ],
  ['doc', 'kh 203 của quận ủy giờ không còn quận thì còn áp dụng không?', 'doc:kh-203-2024'],
  ['doc', 'Plan no. 203 of Hai Ba Trung district, what is its title?', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 về cán bộ là của cơ quan nào?', 'doc:nq-26-2018'],
  ['doc', 'NQ26 khóa XII bot có thông tin gì không?', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26 of May 2018 by the 12th Central Committee, what is it?', 'doc:nq-26-2018'],
  ['doc', 'Ban điều hành câu lạc bộ vẫn dẫn Quy định 89-QĐ/TW, thế có sai không bot?', 'doc:qd-89-2017'],
  ['doc', 'QĐ 89 năm 2017 bị thay chưa hay vẫn dùng?', 'doc:qd-89-2017'],
  ['doc', 'My reading list has regulation 89 from August 2017, is it outdated now?', 'doc:qd-89-2017'],
  ['doc', 'Quy định 365-QĐ/TW ban hành ngày nào, của ai?', 'doc:qd-365-2025'],
  ['doc', 'đảng ủy nhà máy đang dùng qd365, văn bản này ra ngày nào vậy', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365 of the Politburo, can you show me its card, please?', 'doc:qd-365-2025'],
  ['doc', 'Quy định 14-QĐ/TU mà hội nghị năm 2024 nhắc tới là của cơ quan nào, bot ơi?', 'doc:qd-14-2023'],
  ['doc', 'QĐ14 của Thành ủy Hà Nội ngày nào?', 'doc:qd-14-2023'],
  ['doc', 'Regulation 14-QĐ/TU of Hanoi: what criteria does it set?', 'doc:qd-14-2023'],
  ['doc', 'Quy định 2656-QĐ/QU của Quận ủy Hai Bà Trưng về cái gì?', 'doc:qd-2656-2023'],
  ['doc', 'QĐ 2656 còn áp dụng sau khi bỏ cấp quận không?', 'doc:qd-2656-2023'],
  ['doc', 'What is regulation 2656 of the district committee?', 'doc:qd-2656-2023'],
  ['doc', 'Chạy xe mà nghe đài nhắc Quy định 1216-QĐ/QU, văn bản ấy ai ban hành?', 'doc:qd-1216-2022'],
  ['doc', 'qđ1216 năm 2022 của Ban Thường vụ Quận ủy nói gì?', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216 from the old district: what is its status today?', 'doc:qd-1216-2022'],
  ['doc', 'Quy định 294-QĐ/TW thí điểm cái gì mà chi bộ phân xưởng bàn tán suốt thế?', 'doc:qd-294-2025'],
  ['doc', 'Chi bộ câu lạc bộ hỏi QĐ 294 về đại hội chi bộ là sao?', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294: who issued it, and since when is it in force?', 'doc:qd-294-2025'],
  ['doc', 'Tủ hồ sơ chi bộ còn Hướng dẫn 26-HD/BTCTW năm 2019, có nên dùng tiếp không?', 'doc:hd-26-2019'],
  ['doc', 'HD26 năm 2019 bot có còn dùng không?', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26 of October 2019, does the bot still apply its rules?', 'doc:hd-26-2019'],
  ['doc', 'ket luan 200 kl tw ban hanh ngay nao', 'doc:kl-200-2025'],

  // Documents the pack does not hold.
  [
    'unknown-doc',
    'Nghị quyết 55-NQ/TW về chiến lược phát triển năng lượng quốc gia, bot tóm tắt giúp đảng ủy nhà máy được không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'NQ 70-NQ/TW về bảo đảm an ninh năng lượng nói gì với ngành điện?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 232-QĐ/TW thi hành Điều lệ Đảng còn hiệu lực không?', 'unknown-doc'],
  [
    'unknown-doc',
    'Chỉ thị 36-CT/TW năm 2014 về đại hội đảng bộ các cấp tiến tới Đại hội XII có những gì?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Hướng dẫn 01-HD/TW về thi hành Điều lệ Đảng ban hành ngày nào?', 'unknown-doc'],
  ['unknown-doc', 'What does Resolution 57-NQ/TW on science and technology say?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 22-QĐ/TW về kiểm tra, giám sát và kỷ luật đảng là của ai?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 21-KL/TW về xây dựng, chỉnh đốn Đảng bot có không?', 'unknown-doc'],
  [
    'unknown-doc',
    'Tài xế như tôi thuộc diện Quy định 213-QĐ/TW về giữ mối liên hệ với nơi cư trú không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kế hoạch 99-KH/ĐU của Đảng ủy nhà máy nhiệt điện về đại hội nói gì?', 'unknown-doc'],
  [
    'unknown-doc',
    'HD 12-HD/BTCTW về nghiệp vụ công tác đảng viên có trong nguồn của bot không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Chỉ thị 05-CT/TW về học tập và làm theo tư tưởng Hồ Chí Minh ra năm nào?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 69-QĐ/TW về kỷ luật đảng viên vi phạm áp dụng thế nào?', 'unknown-doc'],
  [
    'unknown-doc',
    'Đảng ủy nhà máy bàn Kết luận 150-KL/TW, bot có văn bản này trong nguồn không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Is Directive 15-CT/TW in your sources? My professor cited it.', 'unknown-doc'],
  ['unknown-doc', 'Quy định 142-QĐ/TW do ai ký, còn áp dụng không?', 'unknown-doc'],

  // Everyday words around an in-scope question.
  [
    'offword',
    'Tối nay có trận đá bóng nhưng tôi vẫn muốn hỏi trước: đại hội chi bộ có mấy nội dung?',
    'noi-dung',
  ],
  [
    'offword',
    'Vừa trả khách ở sân bay xong, hỏi nhanh: báo cáo kiểm điểm của cấp ủy phải viết thế nào?',
    'van-kien',
  ],
  [
    'offword',
    'Hết ca trực lò hơi rồi, cho tôi hỏi đảng ủy chuẩn bị đại hội thì phải lập những tổ nào?',
    'chuan-bi',
  ],
  [
    'offword',
    'Trời mưa kẹt xe cả tiếng, tiện hỏi luôn: đại hội có được tổ chức phô trương, hoành tráng không?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Ngồi cà phê với anh em cãi nhau mãi: bây giờ chi bộ bao nhiêu năm đại hội một lần?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Uống cốc trà đá ở bến xe, chợt nhớ: Đại hội XIV của Đảng họp từ ngày nào đến ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Con tôi vừa thi xong học kỳ, còn tôi thắc mắc quận Hai Bà Trưng tiến tới đại hội đảng bộ quận lần thứ mấy?',
    'dai-hoi-quan',
  ],
  [
    'offword',
    'Đang chờ thay dầu máy phát, hỏi bot: chọn nhân sự cấp ủy khóa mới phải quán triệt nghị quyết nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Sau trận derby thua 0-2 buồn quá, thôi hỏi chuyện khác: đại hội các cấp nhiệm kỳ này được đánh giá thế nào?',
    'ket-qua',
  ],
  [
    'offword',
    'Đội U19 đang tập ngoài sân, tôi tranh thủ hỏi: chi bộ trực thuộc đảng ủy cơ sở đại hội trong khoảng tháng nào?',
    'lich-trinh',
  ],

  // Two-part questions.
  [
    'two-part',
    'Đại hội chi bộ câu lạc bộ phải làm mấy nội dung, rồi cấp ủy trình những báo cáo gì?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ trực thuộc phải đại hội trong thời gian nào? Còn đại hội điểm thì tổ chức ra sao?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Nhân sự cấp ủy khóa mới chọn theo tiêu chuẩn nào, và khâu chuẩn bị đại hội cần lập những tổ gì?',
    'nhan-su+chuan-bi',
  ],
  [
    'two-part',
    'Đại hội XIV họp vào ngày nào, và đợt đại hội các cấp nhiệm kỳ 2025 - 2030 đã xong chưa?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Cấp huyện bị bỏ từ khi nào, và chi bộ bây giờ mấy năm mới đại hội một lần?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Tổ chức đại hội phải theo nguyên tắc gì, và báo cáo chính trị phải đánh giá ra sao?',
    'nguyen-tac+van-kien',
  ],
  [
    'two-part',
    'What are the four items of a party congress, and when did the 14th National Congress take place?',
    'noi-dung+dai-hoi-xiv',
  ],
  [
    'two-part',
    'Từ hội nghị ngày 23/10/2024 đến nay đã có những thay đổi gì, và bot dựa vào những văn bản nào?',
    'thay-doi+tai-lieu',
  ],
  [
    'two-part',
    'Chỉ thị năm 2024 về đại hội đảng bộ các cấp có mấy phần, mấy phụ lục, và đại hội quận Hai Bà Trưng là lần thứ mấy?',
    'chi-thi-35+dai-hoi-quan',
  ],
  [
    'two-part',
    'Thí điểm đại hội chi bộ 5 năm một lần áp dụng từ khi nào? Còn kết quả đại hội nhiệm kỳ này ra sao?',
    'chi-bo-5-nam+ket-qua',
  ],
  [
    'two-part',
    'Báo cáo kiểm điểm "có tính chiến đấu" là thế nào, và đại hội bầu những gì?',
    'van-kien+noi-dung',
  ],
  [
    'two-part',
    'Đảng bộ cơ sở nhà máy phải xong đại hội trước ngày nào, và nhân sự cấp ủy dựa vào những quy định nào?',
    'lich-trinh+nhan-su',
  ],

  // Per unit type.
  [
    'unit',
    'Chi bộ ban điều hành câu lạc bộ là chi bộ trực thuộc đảng ủy công ty, vậy đại hội bắt đầu và xong vào lúc nào?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đảng bộ cơ sở nhà máy điện đại hội sau khi các chi bộ trực thuộc xong, hạn chót là khi nào?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở của hãng taxi phải hoàn thành đại hội trước ngày nào?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở có phải chọn một chi bộ trực thuộc để làm đại hội điểm không, vào tháng nào?',
    'dai-hoi-diem',
  ],
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở có phải bầu đoàn đại biểu đi dự đại hội cấp trên không, đại hội gồm những nội dung gì?',
    'noi-dung',
  ],
  ['unit', 'Chi bộ cơ sở trình đại hội những văn kiện gì, báo cáo nào là trung tâm?', 'van-kien'],
  [
    'unit',
    'Đảng bộ cơ sở nhà máy quán triệt các văn bản về đại hội bằng hội nghị trực tiếp hay trực tuyến?',
    'chuan-bi',
  ],
  ['unit', 'Chi bộ trực thuộc như chi bộ phân xưởng tôi từ nay 5 năm mới đại hội một lần à?', 'chi-bo-5-nam'],
  [
    'unit',
    'Đảng bộ cơ sở chuẩn bị nhân sự ban chấp hành khóa mới thì dựa vào tiêu chuẩn và tiêu chí đánh giá nào?',
    'nhan-su',
  ],
  [
    'unit',
    'Chi bộ cơ sở được Ban Thường vụ Quận ủy chọn làm đại hội điểm thì tổ chức vào thời điểm nào?',
    'dai-hoi-diem',
  ],

  // Typos, no diacritics, abbreviations.
  ['typo', 'đại hộ chi bộ bàu nhữg gì và có mấy nôi dung', 'noi-dung'],
  ['typo', 'bc chinh tri cua cb phai danh gia nhu the nao', 'van-kien'],
  ['typo', 'dh dang bo co so can thanh lap to nhan su, to van kien, to to chuc ko', 'chuan-bi'],
  ['typo', 'DHCB 5 nam 1 lan ap dung tu bao gio vay', 'chi-bo-5-nam'],
  ['typo', 'chon nhan su cap uy khoa moi cua dang bo nha may theo tieu chuan, tieu chi nao', 'nhan-su'],
  ['typo', 'cbtt dh tu thang may den thang may', 'lich-trinh'],
  ['typo', 'dh diem cua dbcs to chuc thang 12 nam nao', 'dai-hoi-diem'],
  ['typo', 'kq dh cac cap nk 2025-2030 bo chinh tri ket luan sao', 'ket-qua'],
  ['typo', 'dai hoi 14 cua dang hop ngay nao thang nao', 'dai-hoi-xiv'],
  [
    'typo',
    'chinh quyen 2 cap chay tu ngay nao, HN co bao nhieu DB cap huyen dung hoat dong',
    'chinh-quyen-2-cap',
  ],

  // English.
  ['en', 'What are the four things a Vietnamese party cell congress has to do?', 'noi-dung'],
  [
    'en',
    'At a Vietnamese party cell congress, which two reports does the outgoing committee hand in?',
    'van-kien',
  ],
  [
    'en',
    'In Brazil mayors serve four years. How often does a Vietnamese party cell hold its congress now?',
    'chi-bo-5-nam',
  ],
  [
    'en',
    'My host family says Hanoi’s district party committees vanished in July 2025. What happened?',
    'chinh-quyen-2-cap',
  ],
  ['en', 'How did the Politburo judge the 2025-2030 congresses once they were over?', 'ket-qua'],
  [
    'en',
    'For my bibliography: list the documents this bot bases its answers on, with numbers and dates.',
    'tai-lieu',
  ],
  ['en', 'Pilot congresses: what kinds of units held them, and in which months?', 'dai-hoi-diem'],
  ['en', 'What rules apply when nominating people for the new party committee?', 'nhan-su'],
  ['en', 'Is a party congress supposed to be lavish, or are there principles against that?', 'nguyen-tac'],
  [
    'en',
    'What preparation teams must a grassroots party organisation set up before its congress?',
    'chuan-bi',
  ],

  // Facts.
  ['fact', 'Báo cáo chính trị của chi bộ có vai trò gì, sao gọi là báo cáo trung tâm?', 'van-kien'],
  [
    'fact',
    'Chỉ thị của Bộ Chính trị năm 2024 về đại hội đảng bộ các cấp có mấy yêu cầu, tóm tắt giúp?',
    'chi-thi-35',
  ],
  ['fact', 'Nguyên tắc nào được nhấn mạnh nhất khi cấp ủy lãnh đạo chuẩn bị đại hội?', 'nguyen-tac'],
  [
    'fact',
    'Lại đại hội à? Chẳng phải giờ thí điểm chi bộ 5 năm mới đại hội một lần rồi sao?',
    'chi-bo-5-nam',
  ],
  [
    'fact',
    'Hội nghị quán triệt hồi tháng 10/2024 xong thì những gì đã thay đổi, kể theo mốc thời gian?',
    'thay-doi',
  ],
  [
    'fact',
    'Nói "không phô trương hình thức, chống lãng phí" mãi, thế rốt cuộc đại hội phải bảo đảm những yêu cầu gì?',
    'nguyen-tac',
  ],
  [
    'fact',
    'Quy hoạch cán bộ có phải rà soát, bổ sung để phục vụ nhân sự đại hội nhiệm kỳ 2025 - 2030 không?',
    'nhan-su',
  ],
  [
    'fact',
    'Đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030 được tổ chức tiến tới đại hội nào của Đảng?',
    'dai-hoi-xiv',
  ],
  ['fact', 'Thế đợt đại hội nhiệm kỳ 2025 - 2030 kết thúc thật chưa, hay còn phải họp tiếp?', 'ket-qua'],
  ['fact', 'Đại hội phải thảo luận, góp ý vào dự thảo văn kiện của những cấp nào?', 'noi-dung'],

  // Lookalikes: congress-like messages the pack does not answer.
  ['lookalike', 'Đại hội Liên đoàn Bóng đá Việt Nam khóa mới bầu chủ tịch VFF vào tháng nào?', null],
  [
    'lookalike',
    'Chi bộ câu lạc bộ tổ chức giải bóng đá giao hữu chào mừng đại hội, điều lệ giải cho mỗi đội đăng ký bao nhiêu cầu thủ?',
    null,
  ],
  ['lookalike', 'Cầu thủ nhập tịch của đội một có được kết nạp vào chi bộ câu lạc bộ không?', null],
  [
    'lookalike',
    'Đảng viên trong ban huấn luyện dính cá độ bóng đá thì chi bộ kỷ luật theo hình thức nào?',
    null,
  ],
  [
    'lookalike',
    'Hợp đồng chuyển nhượng tiền đạo ngoại có cần chi bộ câu lạc bộ cho ý kiến trước khi ký không?',
    null,
  ],
  [
    'lookalike',
    'Hội cổ động viên của câu lạc bộ sắp đại hội bầu hội trưởng, bot có mẫu phiếu bầu cho hội không?',
    null,
  ],
  [
    'lookalike',
    'Đảng viên sang Mỹ xem World Cup 2026 có phải báo cáo chi bộ xin phép ra nước ngoài không?',
    null,
  ],
  [
    'lookalike',
    'Hồ sơ cấp phép câu lạc bộ chuyên nghiệp theo chuẩn AFC gồm những gì, đảng ủy công ty có phải ký không?',
    null,
  ],
  ['lookalike', 'Where is the next FIFA Congress being held, and who votes there?', null],
  ['lookalike', 'Ban điều hành có được lấy quỹ chi bộ mua áo đấu in logo kỷ niệm đại hội không?', null],
  ['lookalike', 'Bí thư chi bộ câu lạc bộ có được kiêm trưởng đoàn đưa đội đi đá giải châu Á không?', null],
  [
    'lookalike',
    'Hợp tác xã taxi của tôi sắp đại hội xã viên, lãi cuối năm chia cho xã viên theo tỷ lệ nào?',
    null,
  ],
  ['lookalike', 'Hôm khai mạc Đại hội XIV những tuyến đường nào quanh Mỹ Đình cấm taxi?', null],
  [
    'lookalike',
    'Chở đại biểu đi dự đại hội đảng bộ phường, tiền cước xe thì xin thanh toán ở bộ phận nào?',
    null,
  ],
  ['lookalike', 'Phù hiệu xe taxi hết hạn, bỏ cấp huyện rồi thì giờ xin cấp lại ở sở hay ở phường?', null],
  ['lookalike', 'Sau sáp nhập phường, đổi bằng lái hạng B2 sang mẫu mới thì làm ở đâu?', null],
  ['lookalike', 'Đảng viên chạy xe công nghệ có được dán hình búa liềm lên kính xe không?', null],
  ['lookalike', 'Đảng viên lái taxi tự do thì sinh hoạt ở chi bộ nơi cư trú hay chi bộ của hãng xe?', null],
  ['lookalike', 'Camera phạt nguội chụp xe tôi đúng hôm đi đại hội chi bộ, có được miễn phạt không?', null],
  ['lookalike', 'Khách đi xe hỏi Đại hội XIV tốn bao nhiêu tiền ngân sách, bot có con số không?', null],
  ['lookalike', 'Tổng đài gọi taxi ra sân bay Nội Bài số mấy, bot tra giúp?', null],
  [
    'lookalike',
    'Đảng viên làm tài xế có được mở thêm công ty vận tải riêng không, có trái Điều lệ không?',
    null,
  ],
  [
    'lookalike',
    'Đoàn xe đưa đón đại biểu đại hội đảng bộ thành phố tuyển tài xế ở đâu, có cần là đảng viên không?',
    null,
  ],
  [
    'lookalike',
    'Hội trường nhà máy mất điện giữa lúc bỏ phiếu ở đại hội thì có phải bầu lại từ đầu không?',
    null,
  ],
  ['lookalike', 'Báo cáo sản lượng điện quý III gửi Đảng ủy Tập đoàn theo mẫu nào?', null],
  ['lookalike', 'Giá điện bậc thang tháng này tăng bao nhiêu phần trăm so với trước đại hội?', null],
  ['lookalike', 'Đại hội Công đoàn Điện lực Việt Nam nhiệm kỳ mới tổ chức ở đâu, bao giờ?', null],
  ['lookalike', 'Ủy ban kiểm tra đảng ủy nhà máy kiểm tra thu chi tài chính đảng mỗi năm mấy lần?', null],
  [
    'lookalike',
    'Kỹ sư vận hành được đảng ủy cử đi học cao cấp lý luận chính trị thì hồ sơ gồm những gì?',
    null,
  ],
  [
    'lookalike',
    'Trước đại hội đảng bộ nhà máy có bắt buộc diễn tập phòng cháy chữa cháy ở hội trường không?',
    null,
  ],
  [
    'lookalike',
    'Nghị quyết của Bộ Chính trị về an ninh năng lượng quốc gia đặt ra những mục tiêu gì cho nhà máy điện?',
    null,
  ],
  [
    'lookalike',
    'Lịch bảo dưỡng tổ máy số 2 tháng tới thế nào, có ảnh hưởng ca trực của chi bộ vận hành không?',
    null,
  ],
  [
    'lookalike',
    'Hội nghị tổng kết an toàn vệ sinh lao động cuối năm của nhà máy cần mời những thành phần nào?',
    null,
  ],
  [
    'lookalike',
    'Is the Vietnamese party congress anything like Brazil\u2019s Congresso Nacional, with senators and deputies?',
    null,
  ],
  ['lookalike', 'When is the next national congress of the Workers\u2019 Party (PT) in Brazil?', null],
  [
    'lookalike',
    'Can a foreign exchange student sit in as an observer at a party cell congress in Hanoi?',
    null,
  ],
  ['lookalike', 'Is there an anime and cosplay convention, a "đại hội cosplay", in Hanoi this summer?', null],
  ['lookalike', 'How do I say "đại hội chi bộ" in Portuguese for my thesis?', null],
  ['lookalike', 'Does this bot have a Portuguese version, and who maintains it?', null],
  ['lookalike', 'Where can I buy Ho Chi Minh badges and party congress souvenirs in the Old Quarter?', null],
  [
    'lookalike',
    'For my thesis on the economy: what GDP growth target did the 14th Congress set for 2026-2030?',
    null,
  ],
  ['lookalike', 'How many members does the Communist Party of Brazil (PCdoB) have today?', null],
  ['lookalike', 'Can I use this congress bot to practise everyday Vietnamese conversation?', null],
  ['lookalike', 'Đại hội xong cả rồi, thế bao giờ giá nhà Hà Nội mới giảm hả bot?', null],
  [
    'lookalike',
    'Bot thông minh thế chắc biết chi bộ tôi liên hoan sau đại hội hết bao nhiêu tiền nhỉ?',
    null,
  ],
  [
    'lookalike',
    'Máy như bot có được bầu vào ban chấp hành không, hay phải là đảng viên bằng xương bằng thịt?',
    null,
  ],
  [
    'lookalike',
    'Có quy định nào bắt buổi sinh hoạt chi bộ không được quá một tiếng không, hay lại nói dài nói dai?',
    null,
  ],
  ['lookalike', 'Ủa, đọc tham luận ở đại hội mà chép trên mạng thì có ai phát hiện ra không?', null],
  ['lookalike', 'Nghe đồn ai nói thẳng ở đại hội là bị trù dập, bot xác nhận giùm xem có thật không?', null],
  ['lookalike', 'Đảng viên ngủ gật trong đại hội thì có bị trừ điểm thi đua cuối năm không, hả bot?', null],
  ['lookalike', 'Chắc bot sắp được cử làm trưởng ban tổ chức đại hội rồi nhỉ, lương tháng bao nhiêu?', null],
  [
    'lookalike',
    'Thế đại hội nhiệm kỳ 2030 - 2035 bot đã biết ai trúng cử chưa, hay cũng "không có trong nguồn"?',
    null,
  ],
  [
    'lookalike',
    'Đại hội hội đồng hương Thanh Hóa tại Hà Nội năm nay tổ chức ở đâu, mỗi người đóng góp bao nhiêu?',
    null,
  ],
  ['lookalike', 'Hội nghị nhà chung cư bầu ban quản trị tòa nhà cần bao nhiêu phần trăm cư dân dự?', null],
  ['lookalike', 'Dòng họ tôi sắp đại hội bầu trưởng họ mới, có phải báo cáo chi bộ thôn không?', null],
  ['lookalike', 'Hội nghị tiếp xúc cử tri của đại biểu Quốc hội ở phường tôi tổ chức hôm nào?', null],
  ['lookalike', 'Mẫu bản kiểm điểm cá nhân đảng viên cuối năm 2026 tải ở đâu?', null],
  ['lookalike', 'Hội chơi chim cảnh của phường sắp đại hội, cần chuẩn bị những văn kiện gì?', null],
  ['lookalike', 'Bot có thêm vào nhóm Zalo của chi bộ được không?', null],
  ['lookalike', 'Bot có lưu tin nhắn tôi hỏi không, ai trong đảng ủy đọc được?', null],
  [
    'lookalike',
    'Nghị quyết đại hội chi bộ nhiệm kỳ trước của chúng tôi bị thất lạc bản gốc, xin sao lục ở đâu?',
    null,
  ],
  ['lookalike', 'Giấy mời đại hội in sai tên một đại biểu thì có phải in lại cả tập không?', null],
  [
    'lookalike',
    'Trụ sở 33 Đại Cồ Việt sau sáp nhập giờ là trụ sở của cơ quan nào, có chỗ đỗ taxi không?',
    null,
  ],
];

export const NEWSET83: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
