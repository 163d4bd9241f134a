/**
 * The seventy-ninth new evaluation set (issue 11, point 6), written on 2026-12-04 from 04:14 UTC
 * (committed in the commit "Eval: newset79, the seventy-ninth unseen set") by a helper (set79) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines up to its `const items` line) and its last line, the part of newset.ts
 * before `const items`, newset35.test.ts (and the first lines of newset78.test.ts, the same shape),
 * set-shape.ts, set-checks.ts and sets.ts. Nothing under src/, bench/ or config/, no README, no git
 * log, diff or show, and no other set's or pool's items were read. Its users are imagined as the
 * secretary of the party cell of a handicraft village cooperative (pottery, bamboo and rattan, silk,
 * sedge mats), a member who is a primary-school principal, a member of a grassroots party committee
 * in a bank's head office, a Thai master's student who writes in English for her thesis, and a
 * member who writes in capital letters without diacritics or punctuation; with the out-of-scope
 * messages such users send (other organisations' congresses and meetings: a cooperative's members'
 * general meeting and its profit sharing, the Vietnam Craft Village Association, the provincial
 * Cooperative Alliance, the Young Pioneers' school congress, the school staff conference, the
 * parents' association, retired teachers' and study-promotion associations, the ornamental-plant
 * association, the city Bar Association, the Vietnam Banks Association, a clan's gathering, the
 * ethnic minorities' congress, the Vietnam Students' Association, the Communist Party of Thailand,
 * Lao and Vietnamese congresses compared, voters' meetings before a National Assembly session, the
 * Mekong–Lancang leaders' meeting; other senses of "đại hội" and "hội nghị": the heroes' gathering
 * in a wuxia novel, Bretton Woods, a video-conference room's echo, the next Central Committee
 * plenum; other party business the pack does not cover: members running private workshops or
 * holding their bank's shares, going abroad on business, admitting a young embroiderer, a cell's
 * lost minutes book, a termite-eaten party card, the member's handbook app, the personal history
 * form, a drink-driving member's discipline, a cell secretary's allowance, a solidarity fund, a
 * principal who is also the cell secretary, inviting the upper committee to a congress, vote
 * thresholds, stamped ballots, probationary members' votes, amending a cell's resolution mid-term,
 * trips to Pác Bó and the committee a bank's organisation belongs to after the reorganisation;
 * the 14th Congress's General Secretary, growth targets and a Thai translation of its report;
 * the conference article's page views and what 33 Đại Cồ Việt houses now; craft-village business:
 * OCOP stars, collective trademarks, artisan titles, the craft's ancestor day, fair stalls,
 * certificates of origin for Japan, workshop loans; school business: grade-1 enrolment, teacher
 * ranks, the new pupil-assessment circular, teaching contests, Teachers' Day; bank business:
 * internal audit reports, transfer limits without biometrics, credit growth quotas, Basel III stress
 * tests, SWIFT codes; academic help: citing a directive, papers, fieldwork permission, the Thai
 * 2023 election; writing a congress's opening speech for the user; and adding the bot to Zalo).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset79.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why. One item (a question on Regulation 365-QĐ/TW) was reworded in its
 * own commit before any run, by its writer, who had not seen the engine: newset81, written at the
 * same time and landed before it, held the same question once folded.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, the money a congress may
 * spend, which cells the five-yearly pilot covers, whether a new commune committee counts as
 * grassroots, membership figures) were left out, not guessed.
 * No engine change reached main after its commit: it was measured on the engine as it stood when it
 * landed (f857b7b and 9229542, absent phrases for newset78's classes and the bot's sources named,
 * came before it; its writer saw none of the engine). It was measured
 * once, at 04:23 UTC on main acf3407 (`node --expose-gc dist/bench/qa.js`, load 4.40): qa_new_top1
 * 99.3 %, qa_new_oos_refused 91.2 % (1 in-scope miss, 6 lookalikes answered; qa_p99_us 177.3 in
 * that run, p50 31.5). Its misses were listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  ['doc', 'Chỉ thị 35-CT/TW năm 2024 của Bộ Chính trị hiện còn hiệu lực không?', 'doc:ct-35-2024'],
  ['doc', 'CT35 ban hành năm 2024 về đại hội các cấp giờ bị thay chưa hả bot?', 'doc:ct-35-2024'],
  [
    'doc',
    'Directive 35 of 2024 on the congresses: who issued it and is it still in force?',
    'doc:ct-35-2024',
  ],
  [
    'doc',
    'Chỉ thị 35 ngày 30/5/2019 hướng tới Đại hội XIII có còn áp dụng cho chi bộ hợp tác xã không?',
    'doc:ct-35-2019',
  ],
  ['doc', 'Cho tôi xem thông tin văn bản 35-CT/TW của năm 2019, nhiệm kỳ trước', 'doc:ct-35-2019'],
  [
    'doc',
    'Directive no. 35 from 2019, the one toward the 13th Congress: what is its status?',
    'doc:ct-35-2019',
  ],
  ['doc', 'Chỉ thị số 45-CT/TW do cơ quan nào ban hành, vào ngày nào?', 'doc:ct-45-2025'],
  ['doc', 'CHI THI 45 CON HIEU LUC KHONG', 'doc:ct-45-2025'],
  ['doc', 'ct-45 thay cho những văn bản nào vậy ad', 'doc:ct-45-2025'],
  ['doc', 'Directive 45-CT/TW: status please, for my literature review', 'doc:ct-45-2025'],
  ['doc', 'Kết luận 200-KL/TW nói gì về đại hội các cấp vừa rồi?', 'doc:kl-200-2025'],
  [
    'doc',
    'KL 200 mà chi bộ trường vừa được phổ biến là của Bộ Chính trị và Ban Bí thư ra ngày nào',
    'doc:kl-200-2025',
  ],
  ['doc', 'Conclusion No. 200 of October 2025: what does it say and who issued it?', 'doc:kl-200-2025'],
  ['doc', 'Kết luận số 118-KL/TW do cơ quan nào ban hành vậy?', 'doc:kl-118-2025'],
  ['doc', 'kl118 điều chỉnh những nội dung gì, còn dùng không', 'doc:kl-118-2025'],
  ['doc', 'KET LUAN 118 CON DUNG DUOC KHONG', 'doc:kl-118-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW hướng dẫn những gì cho đại hội?', 'doc:hd-27-2024'],
  ['doc', 'HD 27 của Ban Tổ chức Trung ương ra ngày nào thế', 'doc:hd-27-2024'],
  ['doc', 'Guidance 27 of the Central Organisation Commission: what date was it issued?', 'doc:hd-27-2024'],
  ['doc', 'Hướng dẫn số 18-HD/BTCTU của Ban Tổ chức Thành ủy còn dùng được không?', 'doc:hd-18-2024'],
  ['doc', 'hd18 btctu ban hành ngày mấy tháng mấy', 'doc:hd-18-2024'],
  ['doc', 'Guidance No. 18 of the Hanoi organisation board: what does it cover?', 'doc:hd-18-2024'],
  [
    'doc',
    'Đồng chí cho hỏi Kế hoạch 258-KH/TU mà Thành ủy ra trước đại hội có ngày ban hành và tình trạng thế nào?',
    'doc:kh-258-2024',
  ],
  ['doc', 'KH 258 thanh uy con hieu luc ko a', 'doc:kh-258-2024'],
  ['doc', 'Plan 258 of the Hanoi Party Committee: is its status known?', 'doc:kh-258-2024'],
  [
    'doc',
    'Chi bộ hợp tác xã có cần đọc Kế hoạch số 203-KH/QU không, kế hoạch đó về việc gì?',
    'doc:kh-203-2024',
  ],
  ['doc', 'kh203 của quận ủy giờ còn giá trị không khi đã bỏ quận', 'doc:kh-203-2024'],
  ['doc', 'KE HOACH 203 CUA QUAN UY HAI BA TRUNG AI KY', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 về công tác cán bộ là của hội nghị nào?', 'doc:nq-26-2018'],
  ['doc', 'NQ 26 khóa XII ban hành ngày nào ạ', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26 of 2018 on cadres: what is its status in your sources?', 'doc:nq-26-2018'],
  ['doc', 'Hướng dẫn 26-HD/BTCTW năm 2019 có còn áp dụng cho đại hội bây giờ không?', 'doc:hd-26-2019'],
  ['doc', 'HD26 năm 2019 mà anh em ngân hàng nhắc tới là hướng dẫn cho chỉ thị nào', 'doc:hd-26-2019'],
  ['doc', 'huong dan so 26 nam 2019 cua ban to chuc trung uong con dung khong', 'doc:hd-26-2019'],
  [
    'doc',
    'Hồ sơ nhân sự của hợp tác xã còn trích Quy định 89-QĐ/TW về tiêu chuẩn cán bộ, như vậy còn đúng không?',
    'doc:qd-89-2017',
  ],
  [
    'doc',
    'QĐ 89 năm 2017 trong giáo án bồi dưỡng của trường tôi đã bị thay bằng văn bản nào?',
    'doc:qd-89-2017',
  ],
  ['doc', 'Regulation 89 of 2017: has it been replaced?', 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365-QĐ/TW ngày 30/8/2025 nói về vấn đề gì?', 'doc:qd-365-2025'],
  ['doc', 'qd365 thay thế văn bản nào, cho chi bộ HTX hỏi với', 'doc:qd-365-2025'],
  ['doc', 'QUY DINH 365 AI BAN HANH', 'doc:qd-365-2025'],
  [
    'doc',
    'Ban Thường vụ Thành ủy ra Quy định 14-QĐ/TU về tiêu chí đánh giá cán bộ vào ngày tháng năm nào?',
    'doc:qd-14-2023',
  ],
  ['doc', 'QĐ14 thành ủy Hà Nội còn áp dụng được không', 'doc:qd-14-2023'],
  [
    'doc',
    'For chapter three I cite Regulation 14-QĐ/TU of the Hanoi Standing Board; what is it about and is it current?',
    'doc:qd-14-2023',
  ],
  ['doc', 'Quy định 2656-QĐ/QU của quận ủy nói về gì?', 'doc:qd-2656-2023'],
  ['doc', 'QĐ 2656 ngày 13/11/2023 bây giờ tình trạng thế nào', 'doc:qd-2656-2023'],
  ['doc', 'quy dinh so 2656 cua ban thuong vu quan uy con hieu luc khong', 'doc:qd-2656-2023'],
  [
    'doc',
    'Quy định số 1216-QĐ/QU về quy hoạch cán bộ do cơ quan nào ban hành, hội sở tôi có phải theo không?',
    'doc:qd-1216-2022',
  ],
  ['doc', 'QD1216 ban hành năm 2022 phải không bot', 'doc:qd-1216-2022'],
  [
    'doc',
    'Regulation 1216 on cadre planning appears in my interview notes; which body issued it and when?',
    'doc:qd-1216-2022',
  ],
  [
    'doc',
    'Quy định 294-QĐ/TW mà chi bộ làng nghề mới nghe phổ biến có hiệu lực từ ngày nào?',
    'doc:qd-294-2025',
  ],
  ['doc', 'QĐ 294 về thí điểm đại hội chi bộ do ai ban hành', 'doc:qd-294-2025'],
  ['doc', 'Regulation No. 294: is it still in force?', 'doc:qd-294-2025'],
  [
    'unknown-doc',
    'Quy định 232-QĐ/TW về bầu cử trong Đảng có áp dụng cho đại hội chi bộ hợp tác xã không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Hướng dẫn số 06-HD/TW về nghiệp vụ công tác đảng viên còn hiệu lực không?', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 36-CT/TW do ai ban hành, ngày nào?', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị quyết 57-NQ/TW về khoa học công nghệ có phải đưa vào báo cáo chính trị của chi bộ trường không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kế hoạch 301-KH/TU của Thành ủy về đại hội có trong nguồn của bot không?', 'unknown-doc'],
  ['unknown-doc', 'KL 150 của Bộ Chính trị nói gì về đại hội', 'unknown-doc'],
  [
    'unknown-doc',
    'Quy định 24-QĐ/TW thi hành Điều lệ Đảng hướng dẫn gì cho đại hội chi bộ ở trường tiểu học?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Hướng dẫn 12-HD/BTCTW ra ngày nào vậy?', 'unknown-doc'],
  [
    'unknown-doc',
    'Thông báo kết luận 77-TB/TW về sắp xếp tổ chức bộ máy có liên quan đại hội không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'NGHI QUYET 21 VE TO CHUC CO SO DANG CO TRONG BOT KHONG', 'unknown-doc'],
  ['unknown-doc', 'Công văn 1532-CV/ĐU của đảng ủy hội sở hướng dẫn gì về đại hội chi bộ?', 'unknown-doc'],
  [
    'unknown-doc',
    'Hướng dẫn 02-HD/BTCĐU của đảng ủy ngân hàng về đại hội các chi bộ trực thuộc nói gì?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'My supervisor mentioned Resolution 66-NQ/TW on law-making; do your sources hold it?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    "Directive 05-CT/TW on studying Ho Chi Minh's thought: what does it require of party cells?",
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Kế hoạch 40-KH/ĐU của đảng ủy xã về đại hội chi bộ trường tiểu học có không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Quy định 142-QĐ/TW về thẩm quyền của người đứng đầu có trong tài liệu của bot không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'chi thi 16 cua ban bi thu ve dai hoi chi bo thon', 'unknown-doc'],
  [
    'offword',
    'Tối qua mất điện cả xóm gốm, nhân lúc ngồi chờ tôi muốn hỏi: đại hội chi bộ gồm mấy nội dung?',
    'noi-dung',
  ],
  [
    'offword',
    'Vừa ra lò mẻ bát xong, tôi hỏi nhanh: báo cáo chính trị trình đại hội phải viết thế nào cho đúng?',
    'van-kien',
  ],
  [
    'offword',
    'Con tôi đang ôn thi học kỳ, tôi tranh thủ hỏi: đại hội điểm được tổ chức vào thời gian nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Trời mưa to nên buổi họp hoãn, cho tôi hỏi đại hội phải theo những nguyên tắc gì để còn nhắc anh em',
    'nguyen-tac',
  ],
  [
    'offword',
    'Giữa giờ ra chơi của học sinh, tôi muốn hỏi khi chuẩn bị đại hội có phải lập tổ văn kiện, tổ nhân sự không?',
    'chuan-bi',
  ],
  [
    'offword',
    'Đang xếp hàng ở căng tin hội sở, hỏi luôn: chọn nhân sự cấp ủy khóa mới dựa vào những quy định nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Cuối tuần đi chợ phiên mua chum tương, tiện hỏi: Đại hội XIV của Đảng diễn ra ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Mẹ tôi đang luộc nồi bánh chưng, trong lúc trông bếp tôi hỏi: từ sau hội nghị 23/10/2024 có gì thay đổi về đại hội?',
    'thay-doi',
  ],
  [
    'offword',
    'Máy lạnh phòng giao dịch hỏng, ngồi chờ thợ sửa: chính quyền hai cấp vận hành từ ngày nào?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Vừa tiễn đoàn khách Nhật mua lụa về, cho hỏi chi bộ bây giờ 5 năm mới đại hội một lần phải không?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Nhân ngày tựu trường, tôi hỏi: đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030 đã xong chưa, kết quả ra sao?',
    'ket-qua',
  ],
  [
    'offword',
    'Sáng nay kẹt xe trên cầu nên đến muộn; cho hỏi bot dựa vào những văn bản nào để trả lời về đại hội?',
    'tai-lieu',
  ],
  [
    'two-part',
    'Đại hội chi bộ gồm những nội dung gì, và văn kiện cấp ủy trình đại hội có mấy báo cáo?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ trường tiểu học trực thuộc đảng ủy phường đại hội vào thời gian nào, và nay chi bộ còn phải đại hội hai lần trong năm năm không?',
    'lich-trinh+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Nhân sự cấp ủy khóa mới chọn theo tiêu chuẩn nào, và từ sau hội nghị tháng 10/2024 có những thay đổi gì?',
    'nhan-su+thay-doi',
  ],
  [
    'two-part',
    'Đại hội XIV tổ chức ngày nào và đại hội các cấp nhiệm kỳ này kết quả ra sao?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Khi chuẩn bị đại hội chi bộ hợp tác xã cần làm những việc gì, và phải giữ những nguyên tắc nào?',
    'chuan-bi+nguyen-tac',
  ],
  [
    'two-part',
    'Đại hội điểm làm vào lúc nào, còn Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII là đại hội gì?',
    'dai-hoi-diem+dai-hoi-quan',
  ],
  [
    'two-part',
    'Chỉ thị về đại hội năm 2024 của Bộ Chính trị gồm những phần nào, và cấp huyện bị bỏ từ ngày nào?',
    'chi-thi-35+chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'What are the four contents of a congress, and how were the pilot congresses scheduled?',
    'noi-dung+dai-hoi-diem',
  ],
  [
    'two-part',
    'BAO CAO KIEM DIEM CUA CAP UY CAN NHUNG GI VA DAI HOI XIV HOP NGAY NAO',
    'van-kien+dai-hoi-xiv',
  ],
  [
    'two-part',
    'Thành lập tổ nhân sự, tổ văn kiện để chuẩn bị ra sao, rồi đại hội phải bầu ra những gì?',
    'chuan-bi+noi-dung',
  ],
  [
    'two-part',
    'Quy hoạch cán bộ phục vụ đại hội rà soát thế nào, và đảng bộ cơ sở phải đại hội xong trước ngày nào?',
    'nhan-su+lich-trinh',
  ],
  [
    'two-part',
    'Đợt đại hội nhiệm kỳ 2025 - 2030 kết thúc chưa, và thí điểm chi bộ 5 năm đại hội một lần áp dụng từ bao giờ?',
    'ket-qua+chi-bo-5-nam',
  ],
  [
    'unit',
    'Chi bộ HTX gốm chúng tôi là chi bộ trực thuộc đảng ủy xã, đại hội phải xong trong tháng nào?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở như trường tiểu học của tôi bắt đầu đại hội từ tháng mấy?', 'lich-trinh'],
  ['unit', 'Đảng bộ cơ sở ở hội sở ngân hàng phải đại hội xong trước ngày nào?', 'lich-trinh'],
  [
    'unit',
    'Đảng ủy hội sở chúng tôi có phải đợi tất cả chi bộ trực thuộc đại hội xong rồi mới tổ chức đại hội đảng bộ cơ sở không?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ trực thuộc có thể được đảng ủy cơ sở chọn để làm đại hội điểm không?', 'dai-hoi-diem'],
  ['unit', 'Chi bộ cơ sở thì đại hội gồm những nội dung gì, có phải bầu đoàn đại biểu không?', 'noi-dung'],
  ['unit', 'Party cell under a grassroots committee: when was its congress window?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở ở hội sở ngân hàng phải chọn mấy chi bộ trực thuộc để chỉ đạo đại hội điểm, vào tháng nào?',
    'dai-hoi-diem',
  ],
  [
    'unit',
    'Với chi bộ trực thuộc đảng ủy cơ sở, quy định thí điểm mới nói đại hội mấy năm một lần?',
    'chi-bo-5-nam',
  ],
  [
    'unit',
    'Một đảng bộ phường được Ban Thường vụ Quận ủy chọn làm đại hội điểm thì tổ chức vào lúc nào?',
    'dai-hoi-diem',
  ],
  ['unit', 'A grassroots party committee at a bank head office: what must its congress cover?', 'noi-dung'],
  ['typo', 'dai hoi chi bo htx may tre dan can co nhung noi dung gi a', 'noi-dung'],
  ['typo', 'BCCT cua CB truong TH viet the nao cho dung y cap tren', 'van-kien'],
  ['typo', 'ĐH ĐBCS ở ngân hàng phải hoàn thành trươc ngày nào', 'lich-trinh'],
  ['typo', 'đạị hội điẻm tổ chứcc khi nào vậy', 'dai-hoi-diem'],
  ['typo', 'nguyen tac tap trung dan chu khi to chuc dh chi bo the nao', 'nguyen-tac'],
  [
    'typo',
    'THANH LAP TO VAN KIEN TO NHAN SU TO TO CHUC DE CHUAN BI DAI HOI CHI BO HTX NHU THE NAO',
    'chuan-bi',
  ],
  ['typo', 'tieu chuan nhan su cap uy khoa moi phai theo nhung van ban nao vay', 'nhan-su'],
  ['typo', 'DAI HOI XIV CUA DANG HOP TU NGAY NAO DEN NGAY NAO VAY BOT', 'dai-hoi-xiv'],
  ['typo', 'cấp huỵen bỏ từ khi nào v', 'chinh-quyen-2-cap'],
  ['typo', 'CB 5 năm mới ĐH 1 lần đúng ko ạ', 'chi-bo-5-nam'],
  ['typo', 'KET QUA DAI HOI CAC CAP NHIEM KY NAY THE NAO ROI BOT', 'ket-qua'],
  ['typo', 'nhung thay doi tu sau hoi nghi quan triet hom 23 thang 10 nam 2024', 'thay-doi'],
  ['typo', 'dh dang bo quan hbt lan thu xxvii to chuc tien toi the nao', 'dai-hoi-quan'],
  ['en', 'For my thesis: what four items does a Vietnamese grassroots party congress cover?', 'noi-dung'],
  [
    'en',
    'In my fieldwork notes I need the two reports a party committee presents at its congress: what are they?',
    'van-kien',
  ],
  [
    'en',
    'How were the pilot congresses organised before the main round, according to your sources?',
    'dai-hoi-diem',
  ],
  ['en', 'What principle, above all, must guide the preparation of a party congress?', 'nguyen-tac'],
  ['en', 'When exactly was the 14th National Congress held? I need the dates for a footnote.', 'dai-hoi-xiv'],
  [
    'en',
    'Since when has Vietnam had two-level local government, and what happened to the districts?',
    'chinh-quyen-2-cap',
  ],
  ['en', 'Did the 2025–2030 congresses finish on schedule? My supervisor asked me to check.', 'ket-qua'],
  [
    'en',
    'For a timeline in my thesis: what changed after the Hai Ba Trung dissemination conference of October 2024?',
    'thay-doi',
  ],
  ['en', 'Do party cells still hold congresses twice every five years?', 'chi-bo-5-nam'],
  ['en', 'What rules govern choosing the new committee members, per your knowledge base?', 'nhan-su'],
  [
    'en',
    "What does the Politburo's 2024 directive on congresses contain, its parts and appendices?",
    'chi-thi-35',
  ],
  ['en', "What was the Hai Ba Trung district's 27th Party Congress about?", 'dai-hoi-quan'],
  ['en', 'Which documents does this bot rely on for its congress answers?', 'tai-lieu'],
  [
    'fact',
    'Trong hai báo cáo trình đại hội chi bộ trường, báo cáo chính trị có phải báo cáo trung tâm, định hướng không?',
    'van-kien',
  ],
  ['fact', 'Đại hội chi bộ có được tổ chức phô trương, tốn kém không?', 'nguyen-tac'],
  ['fact', 'Hội nghị quán triệt văn bản về đại hội ở cơ sở có được kết hợp trực tuyến không?', 'chuan-bi'],
  ['fact', 'Ban Thường vụ Quận ủy chọn mấy đơn vị, thuộc loại nào, để làm đại hội điểm?', 'dai-hoi-diem'],
  ['fact', 'Đại hội có phải bầu đoàn đại biểu đi dự đại hội đảng bộ cấp trên không?', 'noi-dung'],
  ['fact', 'Chỉ thị năm 2024 về đại hội có mấy yêu cầu, và các phụ lục nói về những gì?', 'chi-thi-35'],
  [
    'fact',
    'Kết luận của Bộ Chính trị, Ban Bí thư tháng 10/2025 đánh giá đại hội các cấp thế nào?',
    'ket-qua',
  ],
  [
    'fact',
    'Sau khi bỏ cấp huyện, các đảng bộ quận, huyện ở Hà Nội ra sao, đảng bộ xã phường thế nào?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Trước khi có thí điểm mới, chi bộ hợp tác xã theo Điều lệ phải đại hội mấy lần trong một nhiệm kỳ năm năm?',
    'chi-bo-5-nam',
  ],
  ['fact', 'Đại hội XIV của Đảng họp trong mấy ngày?', 'dai-hoi-xiv'],
  [
    'fact',
    'Đại hội các đảng bộ, chi bộ cơ sở ở Hai Bà Trưng được tổ chức tiến tới đại hội nào?',
    'dai-hoi-quan',
  ],
  [
    'fact',
    'Rà soát, bổ sung quy hoạch cán bộ phục vụ nhân sự đại hội có bắt buộc trong mọi trường hợp không?',
    'nhan-su',
  ],
  [
    'fact',
    'Tổng kết các đề án, chuyên đề nhiệm kỳ 2020 - 2025 có nằm trong việc chuẩn bị đại hội không?',
    'chuan-bi',
  ],
  [
    'fact',
    'Khi tổ chức đại hội, người đứng đầu cấp ủy phải phát huy thẩm quyền, trách nhiệm thế nào?',
    'nguyen-tac',
  ],
  ['fact', 'Nội dung thứ nhất của đại hội là tổng kết nghị quyết của nhiệm kỳ nào?', 'noi-dung'],
  ['fact', 'Báo cáo kiểm điểm của cấp ủy phải có tính chiến đấu nghĩa là sao?', 'van-kien'],
  [
    'lookalike',
    'Đại hội thành viên hợp tác xã gốm của chúng tôi phải thông qua phương án chia lãi theo tỷ lệ nào?',
    null,
  ],
  ['lookalike', 'Chi bộ HTX mây tre đan muốn vay vốn làm nhà xưởng mới thì làm hồ sơ ở ngân hàng nào?', null],
  ['lookalike', 'Chiếu cói của hợp tác xã muốn được công nhận OCOP 4 sao cần đạt những tiêu chí gì?', null],
  ['lookalike', 'Lễ giỗ tổ nghề sơn mài của làng năm nay rơi vào ngày nào âm lịch?', null],
  ['lookalike', 'Đại hội Hiệp hội Làng nghề Việt Nam nhiệm kỳ tới tổ chức ở tỉnh nào?', null],
  ['lookalike', 'Đại hội Liên minh Hợp tác xã tỉnh bầu chủ tịch mới vào tháng mấy?', null],
  ['lookalike', 'Đăng ký nhãn hiệu tập thể cho gốm của làng thì nộp đơn ở Cục Sở hữu trí tuệ thế nào?', null],
  [
    'lookalike',
    'Đảng viên trong HTX mở xưởng riêng thuê hai chục thợ thì có vi phạm quy định về đảng viên làm kinh tế tư nhân không?',
    null,
  ],
  ['lookalike', 'Xét danh hiệu nghệ nhân nhân dân cho thợ gốm lâu năm của làng cần hồ sơ gì?', null],
  ['lookalike', 'Bí thư chi bộ hợp tác xã có được hưởng phụ cấp hằng tháng không, mức bao nhiêu?', null],
  [
    'lookalike',
    'Chi bộ HTX vừa đại hội xong, giờ muốn làm lễ kết nạp một thợ thêu trẻ vào Đảng thì chuẩn bị những gì?',
    null,
  ],
  ['lookalike', 'Hàng mây tre xuất sang Nhật cần giấy chứng nhận xuất xứ mẫu nào?', null],
  ['lookalike', 'Viết giúp tôi bài diễn văn khai mạc đại hội chi bộ hợp tác xã dài khoảng hai trang.', null],
  ['lookalike', 'Hội chợ làng nghề dịp Tết thuê một gian hàng tiêu chuẩn mất bao nhiêu tiền?', null],
  [
    'lookalike',
    'Nghị quyết đại hội chi bộ HTX đặt chỉ tiêu doanh thu mười tỷ mà chưa đạt thì có được sửa nghị quyết giữa nhiệm kỳ không?',
    null,
  ],
  [
    'lookalike',
    'Đại hội liên đội trường tiểu học thường tổ chức vào tháng mấy, tổng phụ trách đội chuẩn bị những gì?',
    null,
  ],
  [
    'lookalike',
    'Hội nghị cán bộ, viên chức đầu năm học của trường tiểu học phải có những báo cáo nào?',
    null,
  ],
  ['lookalike', 'Đại hội cha mẹ học sinh đầu năm bầu ban đại diện lớp mấy người là đúng?', null],
  ['lookalike', 'Đại hội Hội Cựu giáo chức xã năm nay có mời hiệu trưởng đương nhiệm dự không?', null],
  ['lookalike', 'Tuyển sinh lớp 1 ở phường mới sau sáp nhập nhận hồ sơ trực tuyến từ ngày nào?', null],
  ['lookalike', 'Giáo viên tiểu học hạng II muốn thăng lên hạng I cần những chứng chỉ gì?', null],
  ['lookalike', 'Thông tư mới về đánh giá học sinh tiểu học đã thay thế văn bản nào rồi?', null],
  ['lookalike', 'Chi bộ trường muốn đưa đảng viên đi về nguồn ở Pác Bó thì xin kinh phí từ đâu?', null],
  ['lookalike', 'Hiệu trưởng kiêm bí thư chi bộ trường có phải thôi bớt một chức không?', null],
  [
    'lookalike',
    'Hội thi giáo viên dạy giỏi cấp thành phố năm nay có bắt buộc thi soạn giáo án điện tử không?',
    null,
  ],
  [
    'lookalike',
    'Lễ kỷ niệm ngày Nhà giáo 20/11 của trường có cần mời đại diện đảng ủy phường phát biểu không?',
    null,
  ],
  [
    'lookalike',
    'Hội sở ngân hàng có phải gửi báo cáo kiểm toán nội bộ lên Ngân hàng Nhà nước trước ngày 30/6 không?',
    null,
  ],
  ['lookalike', 'Sau khi sắp xếp bộ máy, đảng bộ ngân hàng chúng tôi trực thuộc đảng ủy cấp trên nào?', null],
  [
    'lookalike',
    'Hạn mức chuyển tiền qua app ngân hàng không cần xác thực sinh trắc học là bao nhiêu một ngày?',
    null,
  ],
  [
    'lookalike',
    'Chỉ tiêu tăng trưởng tín dụng năm nay Ngân hàng Nhà nước giao cho ngân hàng tôi là bao nhiêu phần trăm?',
    null,
  ],
  ['lookalike', 'Đảng viên làm ở ngân hàng có được mua cổ phiếu của chính ngân hàng mình không?', null],
  ['lookalike', 'Hội sở làm stress test thanh khoản theo Basel III mấy lần mỗi năm?', null],
  ['lookalike', 'Mã SWIFT của hội sở chính ngân hàng tôi là gì?', null],
  [
    'lookalike',
    'Đảng viên ở hội sở đi công tác nước ngoài một tuần có phải báo cáo chi bộ xin phép không?',
    null,
  ],
  ['lookalike', 'Đại hội Hiệp hội Ngân hàng Việt Nam nhiệm kỳ mới bầu ai làm chủ tịch?', null],
  [
    'lookalike',
    'Đảng ủy hội sở muốn lập quỹ hỗ trợ đảng viên khó khăn từ đóng góp tự nguyện có cần xin phép cấp trên không?',
    null,
  ],
  [
    'lookalike',
    'Phòng họp trực tuyến của đảng ủy hội sở bị vọng tiếng khi hội nghị, chỉnh micro thế nào?',
    null,
  ],
  ['lookalike', "How did the 2023 Thai general election change the Move Forward Party's fortunes?", null],
  [
    'lookalike',
    'Which person did the 14th Congress elect as General Secretary in January 2026? I need it for my thesis.',
    null,
  ],
  [
    'lookalike',
    'What annual GDP growth rate did the 14th Congress resolution target for 2026–2030, for my economics chapter?',
    null,
  ],
  [
    'lookalike',
    'Can you recommend academic papers comparing Vietnamese and Lao party congresses for my thesis?',
    null,
  ],
  ['lookalike', 'How do I cite a Vietnamese party directive in APA 7th edition?', null],
  [
    'lookalike',
    'As a Thai student I am curious: when did the Communist Party of Thailand hold its final congress?',
    null,
  ],
  [
    'lookalike',
    'Can I interview a ward party secretary in Hanoi for my fieldwork, and whose permission do I need?',
    null,
  ],
  [
    'lookalike',
    "Could a foreign student attend the Vietnam Students' Association congress as an observer?",
    null,
  ],
  ['lookalike', 'What did the Bretton Woods conference of 1944 decide about exchange rates?', null],
  ['lookalike', 'Is there a Thai translation of the 14th Congress Political Report I could read?', null],
  ['lookalike', "When is the next Mekong–Lancang cooperation leaders' meeting?", null],
  ['lookalike', 'DAI HOI DONG HO NGUYEN CUA LANG NAM NAY BAU TRUONG HO MOI THE NAO', null],
  ['lookalike', 'CHI BO TOI BI MAT SO GHI BIEN BAN SINH HOAT PHAI LAM GI', null],
  ['lookalike', 'HOI NGHI TRUNG UONG LAN TOI SE BAN VE NHUNG VAN DE GI', null],
  ['lookalike', 'THE DANG CUA TOI BI MOI XONG MAT ANH THI DOI O DAU', null],
  ['lookalike', 'DANG VIEN UONG RUOU LAI XE BI PHAT THI CHI BO CO PHAI KY LUAT KHONG', null],
  ['lookalike', 'APP SO TAY DANG VIEN KHONG DANG NHAP DUOC PHAI LAM SAO', null],
  ['lookalike', 'Trụ sở 33 Đại Cồ Việt nơi quận ủy họp trước kia bây giờ là cơ quan nào làm việc?', null],
  ['lookalike', 'Bài báo đưa tin hội nghị quán triệt ngày 23/10/2024 có bao nhiêu lượt xem?', null],
  ['lookalike', 'Trong truyện Thiên Long Bát Bộ, đại hội anh hùng ở Tụ Hiền Trang diễn ra ở hồi mấy?', null],
  ['lookalike', 'Đại hội Hội Sinh vật cảnh xã có cần báo cáo chính trị như đại hội chi bộ không?', null],
  ['lookalike', 'Đại hội Hội Khuyến học thôn tổ chức mấy năm một lần?', null],
  ['lookalike', 'Đại hội Đoàn Luật sư thành phố năm nay đã bầu chủ nhiệm mới chưa?', null],
  [
    'lookalike',
    'Chi bộ có cần mời đại diện đảng ủy cấp trên dự và phát biểu chỉ đạo tại đại hội không?',
    null,
  ],
  ['lookalike', 'Tỷ lệ phiếu bầu bao nhiêu thì trúng cử vào ban chấp hành chi bộ?', null],
  ['lookalike', 'Đảng viên dự bị có quyền biểu quyết bầu cử tại đại hội chi bộ không?', null],
  ['lookalike', 'Tôi có thể thêm bot này vào nhóm Zalo của chi bộ được không?', null],
  ['lookalike', 'Đại hội đại biểu các dân tộc thiểu số tỉnh lần thứ tư tổ chức năm nào?', null],
  [
    'lookalike',
    'Hội nghị tiếp xúc cử tri trước kỳ họp Quốc hội ở phường tôi diễn ra ở nhà văn hóa nào?',
    null,
  ],
  ['lookalike', 'Phiếu bầu ban chấp hành chi bộ có phải đóng dấu của đảng ủy không?', null],
  ['lookalike', 'Mẫu lý lịch đảng viên khai phần quan hệ gia đình bên vợ thế nào?', null],
];

export const NEWSET79: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
