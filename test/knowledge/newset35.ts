/**
 * The thirty-fifth new evaluation set (issue 11, point 6), written on 2026-12-03 from 18:40 UTC
 * (committed in the commit "Eval: newset35, the thirty-fifth unseen set") by a helper (set35) that
 * never saw the engine. It was written from ../shared/sources/ (the conference
 * article of 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of
 * ../shared/STYLE.md, ../helpers/COMMON.md, and from the pack only what
 * `node /work/helpers/pack-view.mjs` prints: the documents' ids, numbers, dates, titles/abouts,
 * issuers and statuses, the unit types' codes and names, and each topic's id, title and body
 * (config/ itself was not opened, so no sample questions, keywords, synonyms, evidence or off-topic
 * lists were seen). Also read: the header of newset33.ts (the lines before its import line, and that
 * import line) and its export line, the part of newset.ts before `const items`, newset33.test.ts,
 * set-shape.ts, set-checks.ts and sets.ts. Nothing under src/, bench/ or config/, no README, no git
 * log, diff or show, and no other set's or pool's items (newset34.ts included) were read. Its users
 * are imagined as the secretary of a police-station cell (who asks only what the pack covers), a
 * hospital nurse who is her cell's deputy secretary, the secretary of a cell at a private logistics
 * company, a grandmother who has been a member for 50 years and asks through her grandson, an
 * Australian diplomat who writes in English, a clerk of a commune party committee after the 2025
 * merger, and a software engineer who mixes English words into Vietnamese; with the out-of-scope
 * messages such users send (other organisations' congresses and meetings: shareholders' ordinary
 * and extraordinary meetings, hospital trade union and staff conferences, workers' conferences,
 * customer conferences, the police Youth Union, elderly people's and veterans' associations, the
 * Women's Union, the Fatherland Front, a Buddhist congress, a Catholic parish youth day, the
 * Australian Labor Party's conference, the Chinese and Cuban parties' congresses, ASEAN and APEC
 * summits; other senses of "đại hội" and "hội nghị": sports games, pupils' emulation congresses,
 * nursing science conferences, hackathons and tech summits, history (Diên Hồng, the Party's
 * founding and first congress); other party business the pack does not cover: 50-year badges and
 * their money, exemption from cell meetings, transfers, admission, dues, annual grading, monthly
 * cell meetings, emulation awards, the first plenum's elections; people in posts; the trappings and
 * costs of a congress (flowers, backdrops, hall hire, anthem files, year-end parties); addresses,
 * phone numbers and opening hours; money and prices (fuel, gold, freight, pensions, social
 * insurance, night-shift allowances, exchange rates); local government services after the merger
 * (seals, land papers, ID cards, residence registration, redundant staff, People's Council
 * elections and sessions, the new commune's name); customs, traffic fines, company and labour law;
 * health and vaccination, nurse promotion exams, hospital time clocks; visas, restaurants and
 * gift etiquette; the bot itself and software help; digital signatures; weather and small talk).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset35.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why. Two items were reworded in their own commit before any run, by a
 * helper that had not seen the engine: newset34, written at the same time and landed after it, held
 * the same two questions. Engine changes reached main after its commit (up to 3c5fafc: another
 * issuer's code, "những giấy tờ", synonyms of several words matched with their tones); its
 * writer saw none of them. It was measured once on the engine as it stood then, at 18:52 UTC on
 * main 3c5fafc (`node --expose-gc dist/bench/qa.js`, load 1.63): qa_new_top1 98.6 %,
 * qa_new_oos_refused 98.8 % (2 in-scope misses, 1 lookalike answered; qa_p99_us 364.7 in that
 * run, p50 58.9). Its misses were listed after that run, and it is a development set since.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, the money a congress may
 * spend, which cells the five-yearly pilot covers, whether a new commune committee counts as
 * grassroots, membership figures) were left out, not guessed.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  [
    'doc',
    'Đồn mình còn lưu bản Chỉ thị số 35-CT/TW ngày 14/6/2024, giờ văn bản đó còn hiệu lực không anh?',
    'doc:ct-35-2024',
  ],
  ['doc', 'CT35/2024 cua BCT bi thay the boi van ban nao roi?', 'doc:ct-35-2024'],
  ['doc', 'Cháu hỏi giúp bà: chỉ thị 35 năm 2024 do cơ quan nào ban hành?', 'doc:ct-35-2024'],
  ['doc', 'Is Directive 35-CT/TW of June 2024 still in force, or has it been replaced?', 'doc:ct-35-2024'],
  ['doc', '35-CT/TW năm 2024 ra ngày nào vậy đồng chí?', 'doc:ct-35-2024'],
  [
    'doc',
    'Chỉ thị 35-CT/TW năm 2019 hướng tới Đại hội XIII còn được áp dụng cho chi bộ bệnh viện không?',
    'doc:ct-35-2019',
  ],
  ['doc', 'ct 35 ngay 30/5/2019 la van ban ve viec gi vay', 'doc:ct-35-2019'],
  ['doc', 'Directive 35 from May 2019: what was it about, and who issued it?', 'doc:ct-35-2019'],
  ['doc', 'Kết luận số 118-KL/TW ngày 18/1/2025 điều chỉnh những gì vậy đồng chí?', 'doc:kl-118-2025'],
  ['doc', 'KL118 bây giờ còn hiệu lực hay đã bị thay rồi ạ', 'doc:kl-118-2025'],
  ['doc', 'For my embassy notes: Conclusion 118, who issued it and does it still apply?', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị 45-CT/TW ban hành ngày nào, của cơ quan nào ạ?', 'doc:ct-45-2025'],
  ['doc', 'ct45 thay cho những văn bản nào vậy anh', 'doc:ct-45-2025'],
  ['doc', 'Directive 45-CT/TW: what is its status as of now?', 'doc:ct-45-2025'],
  [
    'doc',
    'Kết luận 200-KL/TW của Bộ Chính trị và Ban Bí thư nói gì về kết quả đại hội các cấp?',
    'doc:kl-200-2025',
  ],
  ['doc', 'kl 200 ban hanh ngay bao nhieu the ad', 'doc:kl-200-2025'],
  ['doc', 'What is Conclusion No. 200-KL/TW and when was it issued?', 'doc:kl-200-2025'],
  [
    'doc',
    'Hướng dẫn số 27-HD/BTCTW của Ban Tổ chức Trung ương hướng dẫn những gì cho chi bộ công an?',
    'doc:hd-27-2024',
  ],
  ['doc', 'HD27 BTCTW ra ngay nao, noi dung da duoc xac nhan chua', 'doc:hd-27-2024'],
  ['doc', 'Guidance 27-HD/BTCTW: is its content confirmed in your sources?', 'doc:hd-27-2024'],
  [
    'doc',
    'Hướng dẫn 18-HD/BTCTU ngày 01/10/2024 của Ban Tổ chức Thành ủy bây giờ còn dùng được không?',
    'doc:hd-18-2024',
  ],
  ['doc', 'hd 18 btctu la huong dan ve noi dung gi vay ban', 'doc:hd-18-2024'],
  [
    'doc',
    "Guidance No. 18 of the Hanoi Party Committee's organisation board: what does it cover?",
    'doc:hd-18-2024',
  ],
  [
    'doc',
    'Kế hoạch số 258-KH/TU ngày 15/7/2024 của Thành ủy Hà Nội giờ tình trạng ra sao?',
    'doc:kh-258-2024',
  ],
  ['doc', 'KH258 của thành ủy ban hành hôm nào vậy', 'doc:kh-258-2024'],
  ['doc', 'Plan 258-KH/TU of the Hanoi Party Committee: what is its status?', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch 203-KH/QU của Quận ủy Hai Bà Trưng ban hành ngày nào và về việc gì?', 'doc:kh-203-2024'],
  ['doc', 'kh 203 qu con gia tri khong khi quan khong con nua', 'doc:kh-203-2024'],
  ['doc', 'Could you tell me about plan 203 of the Hai Ba Trung district committee?', 'doc:kh-203-2024'],
  [
    'doc',
    'Nghị quyết số 26-NQ/TW ngày 19/5/2018 là của Ban Chấp hành Trung ương khóa mấy?',
    'doc:nq-26-2018',
  ],
  ['doc', 'NQ26 năm 2018 về cán bộ bây giờ còn hiệu lực không chị?', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26-NQ/TW (2018): which body adopted it?', 'doc:nq-26-2018'],
  ['doc', 'Hướng dẫn 26-HD/BTCTW năm 2019 có còn áp dụng cho đại hội nhiệm kỳ này không?', 'doc:hd-26-2019'],
  ['doc', 'hd26 nam 2019 la huong dan cho chi thi nao vay', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26 of October 2019 — which directive was it guiding, for my cable?', 'doc:hd-26-2019'],
  ['doc', 'Quy định 89-QĐ/TW về tiêu chuẩn cán bộ đã bị thay chưa đồng chí?', 'doc:qd-89-2017'],
  ['doc', 'qđ 89 năm 2017 giờ còn xài được không mọi người', 'doc:qd-89-2017'],
  ['doc', 'Regulation 89 of 2017 on cadre standards: still valid?', 'doc:qd-89-2017'],
  ['doc', 'Văn bản 365-QĐ/TW của Bộ Chính trị nói về nội dung gì ạ?', 'doc:qd-365-2025'],
  ['doc', 'QD365 ai ban hanh vay ad', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365-QĐ/TW: who issued it, and on what date?', 'doc:qd-365-2025'],
  [
    'doc',
    'Quy định số 14-QĐ/TU ngày 06/11/2023 của Ban Thường vụ Thành ủy quy định những gì?',
    'doc:qd-14-2023',
  ],
  ['doc', 'qd14 thanh uy ve tieu chi danh gia can bo con dung khong', 'doc:qd-14-2023'],
  ['doc', 'Regulation 14-QĐ/TU of the Hanoi Standing Board: what is it about?', 'doc:qd-14-2023'],
  [
    'doc',
    'Quy định 2656-QĐ/QU ngày 13/11/2023 có còn hiệu lực khi đã bỏ cấp quận không?',
    'doc:qd-2656-2023',
  ],
  ['doc', 'qđ2656 của quận ủy nói về tiêu chí gì thế', 'doc:qd-2656-2023'],
  ['doc', 'Regulation 2656 of the district standing board: what does it set out?', 'doc:qd-2656-2023'],
  [
    'doc',
    'Văn phòng đảng ủy xã còn giữ Quy định số 1216-QĐ/QU về quy hoạch cán bộ, văn bản này ban hành năm nào?',
    'doc:qd-1216-2022',
  ],
  ['doc', 'QĐ 1216 QU của quận ủy còn hiệu lực không ạ', 'doc:qd-1216-2022'],
  ['doc', 'Does Regulation 1216 of the district standing board still apply today?', 'doc:qd-1216-2022'],
  ['doc', 'Quy định 294-QĐ/TW về thí điểm đại hội chi bộ có hiệu lực từ ngày nào?', 'doc:qd-294-2025'],
  ['doc', 'qd 294 do co quan nao ky vay ban', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294-QĐ/TW on five-yearly cell congresses: when was it issued?', 'doc:qd-294-2025'],
  [
    'unknown-doc',
    'Chi bộ công ty vận tải tôi muốn tra Quy định 24-QĐ/TW thi hành Điều lệ Đảng, trong đó nói gì về đại hội chi bộ?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Hướng dẫn số 06-HD/TW có nội dung gì về bầu cử trong Đảng?', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 15-CT/TW năm 2022 còn hiệu lực không đồng chí?', 'unknown-doc'],
  ['unknown-doc', 'KL 150-KL/TW ban hanh ngay nao vay ad', 'unknown-doc'],
  ['unknown-doc', 'Công văn số 1234-CV/TU về đại hội, bot có nội dung không?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 31-HD/BTCTW về nhân sự đại hội quy định những gì?', 'unknown-doc'],
  [
    'unknown-doc',
    'Kế hoạch 101-KH/TU của Thành ủy về đại hội đảng bộ phường triển khai ra sao?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Quy định 80-QĐ/TW về phân cấp quản lý cán bộ có áp dụng cho chi bộ công ty tư nhân không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'What does Directive 12-CT/TW say about party congresses?', 'unknown-doc'],
  ['unknown-doc', 'Thông báo 07-TB/QU về lịch đại hội các chi bộ có gì mới?', 'unknown-doc'],
  ['unknown-doc', 'nghị quyết 57-NQ/TW có liên quan gì tới đại hội chi bộ không', 'unknown-doc'],
  [
    'unknown-doc',
    'Hướng dẫn 02-HD/ĐU của đảng ủy xã mới sau sáp nhập hướng dẫn gì về đại hội?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Kế hoạch số 09-KH/ĐU của đảng ủy phường về đại hội chi bộ còn hiệu lực không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'qđ 232 về bầu cử trong đảng là quy định của ai vậy', 'unknown-doc'],
  ['unknown-doc', 'Conclusion 137-KL/TW on merging provinces: is it still in force?', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 36-CT/TW của Bộ Chính trị về đại hội có còn áp dụng không?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn số 10-HD/BTCTU về nhân sự cấp ủy có những điểm gì cần lưu ý?', 'unknown-doc'],
  [
    'offword',
    'Ca trực ban đêm nay yên, tôi hỏi luôn: đại hội chi bộ công an phường gồm mấy nội dung chính?',
    'noi-dung',
  ],
  [
    'offword',
    'Anh em trong đồn đi tuần tra cả, chi bộ mình chuẩn bị đại hội thì phải lập những tổ nào?',
    'chuan-bi',
  ],
  [
    'offword',
    'Chị vừa hết ca trực khoa Nhi, chi bộ bệnh viện đại hội thì cấp ủy phải trình mấy báo cáo vậy em?',
    'van-kien',
  ],
  [
    'offword',
    'Bệnh nhân đông quá, hội nghị quán triệt văn bản về đại hội của chi bộ khoa có được kết hợp trực tuyến không?',
    'chuan-bi',
  ],
  [
    'offword',
    'Kho hàng đang mùa cao điểm, chi bộ công ty tôi tổ chức đại hội phải theo nguyên tắc gì để khỏi lãng phí?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Anh em lái xe tải là đảng viên, nhân sự cấp ủy khóa mới của chi bộ công ty được chọn theo tiêu chuẩn nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Cháu hỏi hộ bà: bà vào Đảng 50 năm rồi, bây giờ chi bộ bao lâu mới đại hội một lần hả cháu?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Bà nội em đang uống thuốc huyết áp mà vẫn muốn biết Đại hội XIV của Đảng họp vào những ngày nào',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Mưa bão mấy hôm nay, văn phòng đảng ủy xã mới xin hỏi: từ 1/7/2025 cấp huyện còn không?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Em đang viết báo cáo sprint, tiện hỏi luôn đại hội đảng bộ các cấp nhiệm kỳ 2025-2030 đã xong hết chưa?',
    'ket-qua',
  ],
  [
    'offword',
    'Lương tháng này chưa về nhưng em vẫn muốn biết báo cáo chính trị của chi bộ phải đánh giá những gì',
    'van-kien',
  ],
  [
    'offword',
    'Tiền cước tháng này lỗ, sếp bảo hỏi bot: đại hội điểm ở các đảng bộ cơ sở làm vào tháng nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Con em ốm phải xin nghỉ phép, em muốn biết từ sau hội nghị ngày 23/10/2024 đến nay có những thay đổi gì',
    'thay-doi',
  ],
  [
    'offword',
    'Điện thoại sắp hết pin nên hỏi nhanh: bot dựa vào những văn bản nào về đại hội nhiệm kỳ 2025 - 2030?',
    'tai-lieu',
  ],
  [
    'offword',
    'Cho em xin requirement của đại hội chi bộ, tức là mấy nội dung bắt buộc phải có ấy ạ',
    'noi-dung',
  ],
  [
    'offword',
    'Giá xăng lại tăng, đi họp xa tốn kém, cho hỏi đại hội phải bảo đảm những yêu cầu gì về tiết kiệm và hiệu quả?',
    'nguyen-tac',
  ],
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở ở bệnh viện tiến hành đại hội trong khoảng thời gian nào hả chị?',
    'lich-trinh',
  ],
  ['unit', 'chi bo co so thi phai hoan thanh dai hoi truoc ngay nao vay', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở đại hội sau khi các chi bộ trực thuộc xong thì bắt đầu từ tháng mấy?',
    'lich-trinh',
  ],
  ['unit', 'Mỗi đảng bộ cơ sở chọn mấy chi bộ trực thuộc để chỉ đạo làm đại hội điểm?', 'dai-hoi-diem'],
  [
    'unit',
    'Chi bộ công an phường tôi là chi bộ trực thuộc, đại hội phải xong trong tháng mấy?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ bệnh viện em là chi bộ cơ sở, đại hội thì phải bầu những gì?', 'noi-dung'],
  ['unit', 'Đảng bộ khối hành chính sự nghiệp có được chọn làm đại hội điểm không?', 'dai-hoi-diem'],
  ['unit', 'Chi bộ trực thuộc đảng ủy phường có phải trình báo cáo kiểm điểm của cấp ủy không?', 'van-kien'],
  ['unit', 'deadline đại hội cho chi bộ cơ sở là khi nào vậy, em cần set reminder', 'lich-trinh'],
  [
    'unit',
    'Chi bộ công ty tôi nghe nói giờ 5 năm mới đại hội một lần, thí điểm đó bắt đầu từ khi nào?',
    'chi-bo-5-nam',
  ],
  ['typo', 'dai hoi chi bo gom nhung noi dug gi z', 'noi-dung'],
  ['typo', 'bao cao chinh tri vs bao cao kiem diem cua chi bo khac nhau o cho nao vay ae', 'van-kien'],
  ['typo', 'nhan su cap uy khoa moi chon theo tieu chuan nao a', 'nhan-su'],
  ['typo', 'dh diem thang 12/2024 la sao ak', 'dai-hoi-diem'],
  ['typo', 'daj hoi XIV hop ngay nao vay', 'dai-hoi-xiv'],
  ['typo', 'chinh quyen dia phuong 2 cap chinh thuc chay tu bao h vay ad', 'chinh-quyen-2-cap'],
  ['typo', 'ngyen tac tap trung dan chu khi to chuc dh la gi', 'nguyen-tac'],
  ['typo', 'cac dh dang bo nk 2025-2030 xong chua ad', 'ket-qua'],
  ['typo', 'chj bo bn nam dh 1 lan', 'chi-bo-5-nam'],
  ['typo', 'tổ văn kiện, tổ nhân sự thành lập đẻ làm j', 'chuan-bi'],
  ['typo', 'gia xang hom nay bn vay ad', null],
  [
    'en',
    "On which dates did the Party's 14th National Congress sit? I need it for a briefing note.",
    'dai-hoi-xiv',
  ],
  ['en', 'What must a grassroots party congress cover? I am briefing Canberra on it.', 'noi-dung'],
  [
    'en',
    'Which reports does an outgoing party committee put before its congress, in the Vietnamese system?',
    'van-kien',
  ],
  ['en', 'Have all the 2025-2030 party congresses now concluded?', 'ket-qua'],
  ['en', 'Does Vietnam still have districts after July 2025?', 'chinh-quyen-2-cap'],
  ['en', 'How often do party cells now hold their congresses?', 'chi-bo-5-nam'],
  ['en', 'What principles govern how these party congresses are run?', 'nguyen-tac'],
  [
    'en',
    'Since the Hai Ba Trung district conference of October 2024, what has changed in the rules?',
    'thay-doi',
  ],
  ['en', 'Tell me about the pilot congresses: who held them and in which months?', 'dai-hoi-diem'],
  ['en', 'What does the 2024 directive on congresses contain: its parts and appendices?', 'chi-thi-35'],
  ['en', 'In Hanoi, which party committees began work when the district ones ended?', 'chinh-quyen-2-cap'],
  ['en', 'Can you recommend a good pho restaurant near the embassy?', null],
  ['en', 'What is the AUD to VND exchange rate today?', null],
  ['fact', 'Cháu ơi hỏi giúp bà: Đại hội XIV của Đảng bế mạc vào ngày nào thế?', 'dai-hoi-xiv'],
  [
    'fact',
    'Trước khi có thí điểm mới, Điều lệ Đảng quy định chi bộ đại hội mấy lần trong 5 năm hả đồng chí?',
    'chi-bo-5-nam',
  ],
  [
    'fact',
    'Chính quyền 2 cấp vận hành thì ở Hà Nội có bao nhiêu đảng bộ cấp huyện kết thúc hoạt động?',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'Chỉ thị của Bộ Chính trị năm 2024 về đại hội có mấy yêu cầu?', 'chi-thi-35'],
  [
    'fact',
    'Đại hội các chi bộ, đảng bộ cơ sở tiến tới Đại hội Đảng bộ quận Hai Bà Trưng lần thứ mấy?',
    'dai-hoi-quan',
  ],
  [
    'fact',
    'Trong văn kiện trình đại hội chi bộ đồn, báo cáo nào là báo cáo trung tâm có vai trò định hướng?',
    'van-kien',
  ],
  ['fact', 'Chỉ thị năm 2024 về đại hội đảng bộ các cấp kèm theo bao nhiêu phụ lục?', 'chi-thi-35'],
  [
    'fact',
    'Ai chọn 01 đảng bộ phường, 01 đảng bộ khối hành chính sự nghiệp làm đại hội điểm?',
    'dai-hoi-diem',
  ],
  ['fact', 'Đại hội chi bộ có bầu đoàn đại biểu đi dự đại hội cấp trên không?', 'noi-dung'],
  ['fact', 'Đại hội nhiệm kỳ 2025-2030 có được phô trương hình thức không?', 'nguyen-tac'],
  ['fact', 'Báo cáo kiểm điểm của cấp ủy phải có tính chất gì?', 'van-kien'],
  [
    'fact',
    'Đảng ủy xã mới thành lập từ 1/7/2025; các văn bản của Quận ủy Hai Bà Trưng mà bot nêu ban hành trước hay sau thời điểm đó?',
    'chinh-quyen-2-cap',
  ],
  ['two-part', 'Đại hội chi bộ có mấy nội dung, và cấp ủy phải trình những báo cáo gì?', 'noi-dung+van-kien'],
  [
    'two-part',
    'Chi bộ trực thuộc đại hội tháng mấy, còn đại hội điểm thì làm khi nào?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Nhân sự cấp ủy chọn theo tiêu chuẩn nào, và chuẩn bị đại hội cần lập những tổ gì?',
    'nhan-su+chuan-bi',
  ],
  ['two-part', 'Đại hội XIV họp ngày nào, và các đại hội cấp dưới đã xong chưa?', 'dai-hoi-xiv+ket-qua'],
  [
    'two-part',
    'Từ 1/7/2025 cấp huyện còn không, và chi bộ bây giờ mấy năm đại hội một lần?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Nguyên tắc tổ chức đại hội là gì, kèm luôn 4 nội dung của đại hội nhé',
    'nguyen-tac+noi-dung',
  ],
  [
    'two-part',
    'Em là dev, cho em spec: timeline đại hội theo loại chi bộ, plus list các văn bản liên quan',
    'lich-trinh+tai-lieu',
  ],
  [
    'two-part',
    'What has changed since October 2024, and what are the four contents of a congress?',
    'thay-doi+noi-dung',
  ],
  [
    'two-part',
    'Báo cáo chính trị phải viết thế nào, và đại hội quận lần thứ XXVII là đại hội gì?',
    'van-kien+dai-hoi-quan',
  ],
  [
    'two-part',
    'Chỉ thị năm 2024 về đại hội gồm những phần nào, và đại hội điểm được tổ chức ra sao?',
    'chi-thi-35+dai-hoi-diem',
  ],
  [
    'two-part',
    'Who holds the pilot congresses, and how often will party cells meet in congress from now on?',
    'dai-hoi-diem+chi-bo-5-nam',
  ],
  ['lookalike', 'Cháu làm căn cước cho bà ở công an xã thì cần mang những giấy tờ gì?', null],
  ['lookalike', 'Mức phạt xe máy vượt đèn đỏ năm nay là bao nhiêu tiền?', null],
  ['lookalike', 'Đăng ký tạm trú online trên VNeID cho người giúp việc làm thế nào?', null],
  ['lookalike', 'Đại hội Đoàn thanh niên Công an nhân dân nhiệm kỳ tới tổ chức ở đâu?', null],
  ['lookalike', 'Hội nghị khoa học điều dưỡng toàn quốc năm nay đăng ký báo cáo ở đâu?', null],
  ['lookalike', 'Đại hội công đoàn bệnh viện có bầu ban chấp hành công đoàn không?', null],
  ['lookalike', 'Phụ cấp trực đêm của điều dưỡng được tính thế nào?', null],
  ['lookalike', 'Lịch tiêm vắc xin sởi cho trẻ ở trạm y tế xã là khi nào?', null],
  ['lookalike', 'Hội nghị viên chức bệnh viện đầu năm cần chuẩn bị những báo cáo gì?', null],
  ['lookalike', 'Thi thăng hạng điều dưỡng hạng III cần những chứng chỉ gì?', null],
  [
    'lookalike',
    'Đại hội đồng cổ đông thường niên của công ty logistics phải thông qua những nội dung nào?',
    null,
  ],
  ['lookalike', 'Cước xe tải chở hàng Hà Nội - Hải Phòng bao nhiêu một chuyến?', null],
  ['lookalike', 'Thủ tục hải quan cho hàng nhập khẩu qua cảng Cát Lái gồm những bước nào?', null],
  ['lookalike', 'Hội nghị người lao động ở công ty tư nhân bắt buộc tổ chức mấy năm một lần?', null],
  ['lookalike', 'Công ty tư nhân có bắt buộc phải thành lập công đoàn cơ sở không?', null],
  ['lookalike', 'Kế hoạch giao hàng cao điểm Tết cho kho bãi nên lập thế nào?', null],
  ['lookalike', 'Bà tôi 50 năm tuổi Đảng, bao giờ thì được trao huy hiệu?', null],
  ['lookalike', 'Đảng viên già yếu xin miễn sinh hoạt đảng thì làm đơn thế nào ạ?', null],
  ['lookalike', 'Đại hội Hội Người cao tuổi phường nhiệm kỳ mới bầu mấy người vào ban chấp hành?', null],
  ['lookalike', 'Tiền thưởng kèm huy hiệu 50 năm tuổi Đảng được bao nhiêu?', null],
  ['lookalike', 'Lương hưu của bà tôi từ tháng này tăng bao nhiêu phần trăm?', null],
  ['lookalike', 'Đại hội Hội Cựu chiến binh xã có phải thông qua báo cáo chính trị không?', null],
  ['lookalike', 'Chuyển sinh hoạt đảng của bà về nơi cư trú mới cần những giấy gì?', null],
  ['lookalike', "When is the Australian Labor Party's next national conference?", null],
  ['lookalike', 'How do I apply for a Vietnamese business visa for a colleague?', null],
  ['lookalike', 'What were the outcomes of the latest ASEAN summit in Kuala Lumpur?', null],
  ['lookalike', 'Who was elected General Secretary at the 14th Congress?', null],
  [
    'lookalike',
    'How does the Chinese Communist Party elect its Central Committee at its national congress?',
    null,
  ],
  ['lookalike', "What time does the Hanoi People's Committee office open on Saturdays?", null],
  ['lookalike', 'Sau sáp nhập, con dấu mới của UBND xã được khắc ở đâu?', null],
  ['lookalike', 'Người dân đổi địa chỉ trên sổ đỏ sau khi nhập xã phải làm thủ tục gì?', null],
  ['lookalike', 'Bầu cử đại biểu HĐND xã nhiệm kỳ 2026-2031 tổ chức vào ngày nào?', null],
  ['lookalike', 'Cán bộ xã dôi dư sau sáp nhập được hưởng chế độ nghỉ việc thế nào?', null],
  ['lookalike', 'Kỳ họp thứ nhất HĐND xã mới bầu chủ tịch UBND theo trình tự nào?', null],
  ['lookalike', 'Số điện thoại văn phòng đảng ủy xã mới là bao nhiêu?', null],
  ['lookalike', 'Xã mới của tôi tên là gì, gồm những xã cũ nào?', null],
  ['lookalike', 'Bot này viết bằng ngôn ngữ gì, có open source trên GitHub không?', null],
  ['lookalike', 'Hackathon dành cho lập trình viên Việt Nam năm nay đăng ký ở đâu?', null],
  ['lookalike', 'Vietnam Web Summit năm nay có track về AI không anh?', null],
  ['lookalike', 'Fix giúp em lỗi npm install bị EACCES trên Ubuntu với', null],
  ['lookalike', 'Đại hội Đoàn thanh niên của công ty phần mềm cần chuẩn bị những gì?', null],
  ['lookalike', 'Sprint planning của team nên chia task thế nào cho đều?', null],
  ['lookalike', 'Đại hội Thể dục thể thao xã năm nay thi những môn gì?', null],
  ['lookalike', 'Đại hội Phật giáo tỉnh nhiệm kỳ tới tổ chức ở chùa nào?', null],
  ['lookalike', 'Hội nghị Diên Hồng năm 1284 bàn chuyện gì?', null],
  ['lookalike', 'Đại hội Đảng lần thứ nhất năm 1935 ở Ma Cao diễn ra thế nào?', null],
  ['lookalike', 'Hội nghị thành lập Đảng năm 1930 do ai chủ trì?', null],
  ['lookalike', 'Đại hội Cháu ngoan Bác Hồ của trường tiểu học tổ chức vào tháng mấy?', null],
  [
    'lookalike',
    'Mẹ em hỏi đại hội Hội Liên hiệp Phụ nữ phường khóa tới bầu bao nhiêu ủy viên ban chấp hành?',
    null,
  ],
  ['lookalike', 'Hoa cài áo đại biểu cho đại hội chi bộ mua ở đâu cho rẻ?', null],
  ['lookalike', 'In phông nền đại hội chi bộ kích thước 3x5 mét giá bao nhiêu?', null],
  ['lookalike', 'Thuê hội trường khách sạn làm đại hội đảng bộ giá bao nhiêu một buổi?', null],
  ['lookalike', 'File nhạc Quốc ca và Quốc tế ca để khai mạc đại hội tải ở đâu?', null],
  ['lookalike', 'Thời tiết Hà Nội cuối tuần này có mưa không bot?', null],
  ['lookalike', 'Giá vàng SJC hôm nay mua vào bán ra bao nhiêu?', null],
  ['lookalike', 'Đảng Cộng sản Cuba đã đại hội đến lần thứ mấy rồi?', null],
  ['lookalike', 'Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam lần thứ X họp khi nào?', null],
  ['lookalike', 'Tiêu chuẩn kết nạp Đảng cho nhân viên công ty tư nhân là gì?', null],
  ['lookalike', 'Đảng phí của đảng viên làm ở công ty tư nhân tính theo mức lương nào?', null],
  ['lookalike', 'Đánh giá, xếp loại đảng viên cuối năm 2026 có gì mới không?', null],
  ['lookalike', 'Hội nghị Trung ương lần thứ nhất khóa XIV bầu ra những ai?', null],
  ['lookalike', 'Kể một chuyện cười cho bà tôi nghe đi bot', null],
  ['lookalike', 'Buổi sinh hoạt chi bộ định kỳ hằng tháng ở khoa có bắt buộc điểm danh, ký sổ không?', null],
  ['lookalike', 'Luật Doanh nghiệp quy định hội đồng thành viên họp mấy lần một năm?', null],
  ['lookalike', 'Hội nghị cấp cao APEC năm 2027 tổ chức ở Phú Quốc đúng không?', null],
  ['lookalike', 'Đại hội Đảng bộ tỉnh mới sau hợp nhất bầu ai làm bí thư?', null],
  ['lookalike', 'Làm sao để xin chữ ký số cho văn phòng đảng ủy xã?', null],
  ['lookalike', 'Giáo xứ tổ chức Đại hội Giới trẻ năm nay ở đâu?', null],
  ['lookalike', 'Đại hội cổ đông bất thường phải gửi thư mời trước bao nhiêu ngày?', null],
  ['lookalike', 'Chi bộ khu dân cư liên hoan tất niên thì lấy kinh phí từ đâu?', null],
  ['lookalike', 'Đồng hồ chấm công ở bệnh viện bị lỗi vân tay thì báo ai?', null],
  ['lookalike', 'Hội nghị khách hàng cuối năm của công ty vận tải nên mời những ai?', null],
  ['lookalike', 'Bảo hiểm xã hội một lần cho tài xế nghỉ việc được tính thế nào?', null],
  ['lookalike', 'Is it appropriate to bring a gift when meeting a commune party secretary?', null],
  ['lookalike', 'Ngày Thầy thuốc Việt Nam 27 tháng 2 bệnh viện tổ chức gì?', null],
  ['lookalike', 'Bot có thể đặt lịch khám bệnh giúp bà tôi không?', null],
  ['lookalike', 'Chấm điểm thi đua khen thưởng cho chi bộ xuất sắc năm nay theo tiêu chí nào?', null],
];

export const NEWSET35: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
