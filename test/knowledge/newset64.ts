/**
 * The sixty-fourth new evaluation set (issue 11, point 6), written on 2026-12-04 from 02:54 UTC
 * (committed in the commit "Eval: newset64, the sixty-fourth unseen set") by a helper (set64) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before its `const items` line) and its last line, the part of newset.ts
 * before `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under
 * src/, bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items
 * were read. Its users are imagined as the secretary of a cell in a garment export company, a
 * member of a ward's organisation board who prepares the units' schedule, a South African academic
 * who writes in English, the secretary of a cell in a secondary school in a merged commune, a
 * member who types very long run-on questions without punctuation, and a young party member
 * working abroad who returns for the congress; with the out-of-scope messages such users send
 * (other organisations' congresses and meetings: workers' conferences and collective agreements,
 * a company trade union's congress, a factory Youth Union branch, the ward's sports games, the
 * Fatherland Front's year-end review, a school's staff conference, pupils' Pioneer congress and
 * parents' meeting, the Vietnamese association in Japan, the ANC, the SACP, COSATU, the Lao and
 * Chinese parties' congresses; trade fairs, buyers' audits and investment-promotion conferences;
 * other party business the pack does not cover: admission and its course, dues at home and
 * abroad, transfers and temporary membership abroad, annual grading, absence from monthly cell
 * meetings, long-service badges and their money, cells' monthly meeting schedules, year-end
 * parties paid by the owner, cell secretaries' allowances; people in posts (the new General
 * Secretary, the ward's secretary, a list of cell secretaries with phones); the hall's bookings,
 * the citizens' reception days and holiday duty rosters; money (overtime pay, maternity pay, export
 * duties, exchange rates, cash limits at customs, cheap flights); local government services after
 * the merger (school seals, land papers, ID cards, residence declaration, job centres, a
 * neighbourhood head's election); schools' business (Grade 10 entrance exams, private tutoring,
 * teachers' seniority pay, teaching contests); visas, research ethics, driving permits, hospitals
 * and medicine reminders; National Assembly seats; the bot itself: who made it, privacy, reading
 * PDFs, how to cite it).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset64.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date beyond what the topic says,
 * which units were chosen for the pilot congresses, who was elected, age limits, committee sizes,
 * money, membership figures) were left out, not guessed; a question on the district congress's
 * date expects the topic that says the sources do not give it.
 *
 * Engine changes reached main after its commit: 244fe9e (visas, residential groups' head elections)
 * and 332f753 (the word prior relearned with newset63, being excused from a congress); its writer
 * saw none of them. It was measured once, at 03:02 UTC on main 332f753 (`node --expose-gc
 * dist/bench/qa.js`, load 2.52): qa_new_top1 95.6 %, qa_new_oos_refused 98.3 % (6 in-scope misses,
 * 1 lookalike answered; qa_p99_us 88.5 in that run, p50 28.9). Its misses were listed after that
 * run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number, three spellings or more each.
  [
    'doc',
    'Chỉ thị 45-CT/TW hiện còn hiệu lực không, chi bộ may chúng tôi vẫn trích nó trong nghị quyết',
    'doc:ct-45-2025',
  ],
  ['doc', 'ct 45 ai ban hanh vay', 'doc:ct-45-2025'],
  ['doc', 'Who issued Directive 45 and when, for my footnote', 'doc:ct-45-2025'],
  ['doc', 'Chỉ thị 35-CT/TW năm 2024 giờ còn áp dụng không hay đã bị thay', 'doc:ct-35-2024'],
  ['doc', 'ct35 của bộ chính trị tháng 6 năm 2024 tình trạng thế nào', 'doc:ct-35-2024'],
  ['doc', 'Is Directive 35 of June 2024 (towards the 14th Congress) still in force?', 'doc:ct-35-2024'],
  ['doc', 'chỉ thị 35 ngày 30/5/2019 hướng tới đại hội XIII là văn bản gì', 'doc:ct-35-2019'],
  ['doc', 'CT 35-CT/TW hồi năm 2019 còn dùng được cho đợt này không', 'doc:ct-35-2019'],
  ['doc', 'Directive 35-CT/TW of May 2019, toward the 13th Congress: what is it?', 'doc:ct-35-2019'],
  ['doc', 'Kết luận 118-KL/TW điều chỉnh những gì trong chỉ thị cũ', 'doc:kl-118-2025'],
  ['doc', 'kl118 ai ký ban hành', 'doc:kl-118-2025'],
  ['doc', 'Conclusion 118-KL/TW of January 2025: who issued it?', 'doc:kl-118-2025'],
  [
    'doc',
    'chi bộ may chúng tôi cần trích Kết luận số 200-KL/TW ngày 17/10/2025, nó kết luận gì về đại hội các cấp',
    'doc:kl-200-2025',
  ],
  ['doc', 'kl 200 cua bo chinh tri va ban bi thu', 'doc:kl-200-2025'],
  ['doc', 'What did Conclusion 200 of October 2025 say?', 'doc:kl-200-2025'],
  [
    'doc',
    'phường đang soạn lịch cho các chi bộ, Hướng dẫn 27-HD/BTCTW của Ban Tổ chức Trung ương ký ngày nào vậy',
    'doc:hd-27-2024',
  ],
  ['doc', 'hd27 btctw thang 8 nam 2024 con hieu luc k', 'doc:hd-27-2024'],
  [
    'doc',
    'Guidance 27 from the Central Organisation Commission: is its status recorded anywhere in your sources?',
    'doc:hd-27-2024',
  ],
  ['doc', 'Hướng dẫn 18-HD/BTCTU của Ban Tổ chức Thành ủy Hà Nội hướng dẫn những gì', 'doc:hd-18-2024'],
  ['doc', 'HD 18 ngày 01/10/2024 của BTC thành ủy', 'doc:hd-18-2024'],
  ['doc', 'Guidance No. 18 of the Hanoi Party Organisation Board, October 2024', 'doc:hd-18-2024'],
  ['doc', 'em đang ở nước ngoài về, Kế hoạch 258-KH/TU của Thành ủy Hà Nội ký hồi nào ạ', 'doc:kh-258-2024'],
  ['doc', 'kh258 thanh uy ha noi noi dung chinh', 'doc:kh-258-2024'],
  ['doc', 'Plan 258 of the Hanoi city committee: what does the bot know about it?', 'doc:kh-258-2024'],
  [
    'doc',
    'Kế hoạch số 203-KH/QU của Quận ủy Hai Bà Trưng giờ còn giá trị không khi quận đã giải thể',
    'doc:kh-203-2024',
  ],
  ['doc', 'KH 203 quận ủy tháng 7/2024', 'doc:kh-203-2024'],
  ['doc', 'plan 203-KH/QU issued by the district committee: date and status', 'doc:kh-203-2024'],
  [
    'doc',
    'thầy cô trong chi bộ trường hỏi Nghị quyết 26-NQ/TW năm 2018 về cán bộ là văn bản nào',
    'doc:nq-26-2018',
  ],
  ['doc', 'nq26 trung uong khoa XII', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26 of May 2018 of the 12th Central Committee', 'doc:nq-26-2018'],
  ['doc', 'trong tủ hồ sơ có Hướng dẫn 26-HD/BTCTW năm 2019, nó đi kèm chỉ thị nào', 'doc:hd-26-2019'],
  ['doc', 'HD 26 thang 10 nam 2019 cua ban to chuc trung uong', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26-HD/BTCTW of October 2019: is it for this term?', 'doc:hd-26-2019'],
  [
    'doc',
    'chi ủy xưởng may định dựa Quy định 89-QĐ/TW về tiêu chuẩn cán bộ, bây giờ còn dùng không',
    'doc:qd-89-2017',
  ],
  ['doc', 'QĐ 89 năm 2017 bị thay bằng văn bản nào rồi', 'doc:qd-89-2017'],
  ['doc', 'Regulation 89 on cadre standards (2017): superseded?', 'doc:qd-89-2017'],
  ['doc', 'quy dinh 365 tieu chuan chuc danh can bo ban hanh ngay nao', 'doc:qd-365-2025'],
  ['doc', 'qd365 của bộ chính trị tháng 8/2025', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365-QĐ/TW of August 2025: what does it replace?', 'doc:qd-365-2025'],
  [
    'doc',
    'xin thông tin Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy Hà Nội về tiêu chí đánh giá cán bộ',
    'doc:qd-14-2023',
  ],
  ['doc', 'QĐ 14 thành ủy tháng 11/2023 còn áp dụng cho phường mới không', 'doc:qd-14-2023'],
  ['doc', 'Regulation 14-QĐ/TU of November 2023 on evaluating cadres', 'doc:qd-14-2023'],
  ['doc', 'quy định 2656 của quận ủy cũ về đánh giá cán bộ giờ quận không còn thì sao', 'doc:qd-2656-2023'],
  ['doc', 'QĐ2656 ban thường vụ quận ủy hai bà trưng', 'doc:qd-2656-2023'],
  ['doc', 'Regulation 2656-QĐ/QU of the district Standing Board: status now?', 'doc:qd-2656-2023'],
  ['doc', 'Quy định số 1216-QĐ/QU về quy hoạch cán bộ năm 2022', 'doc:qd-1216-2022'],
  ['doc', 'qd 1216 quy hoach can bo quan uy', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216 on cadre planning, April 2022', 'doc:qd-1216-2022'],
  [
    'doc',
    'trường em ở xã mới sáp nhập muốn biết Quy định 294-QĐ/TW có hiệu lực từ ngày nào',
    'doc:qd-294-2025',
  ],
  ['doc', 'QĐ 294 thí điểm đại hội chi bộ ai ban hành', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294 of May 2025 on party-cell congresses', 'doc:qd-294-2025'],

  // Documents the pack does not hold.
  [
    'unknown-doc',
    'bot có giữ Quy định 232-QĐ/TW về công tác bầu cử trong Đảng không, cho tôi xem số ngày',
    'unknown-doc',
  ],
  ['unknown-doc', 'Hướng dẫn 06-HD/TW của Ban Bí thư về thi hành Điều lệ', 'unknown-doc'],
  ['unknown-doc', 'kế hoạch 114-KH/TU của thành ủy về sắp xếp tổ chức', 'unknown-doc'],
  ['unknown-doc', 'Công văn 1520-CV/BTCTU hướng dẫn hồ sơ nhân sự đại hội', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 57-NQ/TW về khoa học công nghệ nói gì về đại hội', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 150-KL/TW của Bộ Chính trị về nhân sự cấp ủy', 'unknown-doc'],
  ['unknown-doc', 'hd 31-HD/BTCTW ve quy trinh gioi thieu nhan su', 'unknown-doc'],
  ['unknown-doc', 'Quy chế 07-QC/ĐU làm việc của đảng ủy công ty may', 'unknown-doc'],
  ['unknown-doc', 'Thông báo 09-TB/ĐU của đảng ủy xã về lịch đại hội các chi bộ trường học', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 36-KH/ĐU của đảng ủy phường về đại hội chi bộ', 'unknown-doc'],
  ['unknown-doc', 'Is Directive 09-CT/TW of the Secretariat in your sources?', 'unknown-doc'],
  ['unknown-doc', 'Conclusion 137-KL/TW on merging provinces, what does it say', 'unknown-doc'],
  ['unknown-doc', 'QĐ 190-QĐ/TW về luân chuyển cán bộ có hướng dẫn gì cho đại hội', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 12-HD/BTCTW về đảng viên ở nước ngoài sinh hoạt tạm thời', 'unknown-doc'],
  ['unknown-doc', 'chỉ thị 05-CT/TU của thành ủy về đại hội có gì mới', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 21-NQ/TW về công tác đảng viên có liên quan đợt đại hội không', 'unknown-doc'],

  // Everyday words around an in-scope question.
  [
    'offword',
    'tranh thủ giờ nghỉ trưa ở xưởng may, nhờ bot nhắc lại đại hội chi bộ phải làm mấy việc chính',
    'noi-dung',
  ],
  [
    'offword',
    'chuyền may đang chạy đơn hàng gấp mà vẫn phải lo báo cáo chính trị, báo cáo đó cần đánh giá những gì',
    'van-kien',
  ],
  [
    'offword',
    'sáng nay vừa đưa con đi học vừa nghĩ: đại hội phải chống lãng phí, không phô trương thế nào cho đúng',
    'nguyen-tac',
  ],
  [
    'offword',
    'trời mưa ngập cả đường vào trường, hỏi nhanh: chi bộ cần lập những tổ nào để phục vụ đại hội',
    'chuan-bi',
  ],
  [
    'offword',
    'đang xếp hàng check-in ở sân bay Narita về nước, cho em hỏi đại hội XIV họp từ ngày nào đến ngày nào',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'uống xong cốc cà phê sáng thứ hai, tôi cần biết chi bộ bao lâu mới đại hội một lần theo quy định mới',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'giữa giờ ra chơi của học sinh, đồng chí cho hỏi giới thiệu nhân sự cấp ủy khóa mới dựa trên những quy định nào',
    'nhan-su',
  ],
  [
    'offword',
    'vừa giao hàng container cho khách xong, hỏi luôn: đợt đại hội các cấp nhiệm kỳ 2025 2030 đã kết thúc chưa',
    'ket-qua',
  ],
  [
    'offword',
    'sắp tết rồi bận mua sắm quá, nhưng hỏi chút từ ngày 1/7/2025 bỏ cấp huyện thì đảng bộ ở Hà Nội thay đổi ra sao',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'nhà đang sửa nên tôi họp online qua điện thoại, cho hỏi đại hội điểm chọn những đơn vị nào, làm lúc nào',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'con mèo nhà tôi vừa làm đổ cốc trà lên tập tài liệu, bot liệt kê giùm các văn bản về đại hội nhiệm kỳ này',
    'tai-lieu',
  ],
  [
    'offword',
    'tối nay đi ăn cưới về muộn, nhờ bot tóm lại kể từ hội nghị 23/10/2024 đến giờ đã có những thay đổi gì',
    'thay-doi',
  ],

  // Two-part questions.
  [
    'two-part',
    'đại hội chi bộ trường học gồm những nội dung nào, và chi ủy phải trình lên đại hội những báo cáo gì',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'các tổ phục vụ đại hội gồm tổ nào, và đại hội chi bộ trực thuộc phải xong trước khi nào',
    'chuan-bi+lich-trinh',
  ],
  [
    'two-part',
    'Which reports go to the congress, and what principles must its organisation follow?',
    'van-kien+nguyen-tac',
  ],
  [
    'two-part',
    'đại hội điểm tổ chức tháng mấy, còn đại hội Đảng bộ quận lần thứ XXVII thì thế nào',
    'dai-hoi-diem+dai-hoi-quan',
  ],
  [
    'two-part',
    'chi bộ bây giờ mấy năm đại hội một lần và đại hội XIV đã diễn ra chưa',
    'chi-bo-5-nam+dai-hoi-xiv',
  ],
  [
    'two-part',
    'chỉ thị về đại hội năm 2024 có mấy yêu cầu, còn kết quả đại hội các cấp được Bộ Chính trị kết luận ra sao',
    'chi-thi-35+ket-qua',
  ],
  [
    'two-part',
    'lựa chọn nhân sự cấp ủy mới theo tiêu chuẩn nào và bỏ cấp huyện từ khi nào',
    'nhan-su+chinh-quyen-2-cap',
  ],
  [
    'two-part',
    'cho em hỏi những văn bản bot đang dựa vào là gì rồi từ cuối năm 2024 tới nay có gì thay đổi không ạ',
    'tai-lieu+thay-doi',
  ],
  [
    'two-part',
    'What are the four agenda items of a cell congress, and when did the national congress take place?',
    'noi-dung+dai-hoi-xiv',
  ],
  [
    'two-part',
    'báo cáo kiểm điểm của chi ủy phải viết thế nào và việc chuẩn bị đại hội cần rà soát những gì',
    'van-kien+chuan-bi',
  ],
  [
    'two-part',
    'nguyên tắc tập trung dân chủ áp dụng vào đại hội ra sao, đồng thời nhân sự khóa mới quán triệt nghị quyết nào',
    'nguyen-tac+nhan-su',
  ],
  [
    'two-part',
    'lịch đại hội theo từng loại tổ chức đảng thế nào và các đại hội đó đã hoàn thành đúng kế hoạch chưa',
    'lich-trinh+ket-qua',
  ],

  // Per unit type.
  [
    'unit',
    'chi bộ trực thuộc đảng ủy cơ sở như chi bộ phân xưởng may của chúng tôi đại hội trong khoảng thời gian nào',
    'lich-trinh',
  ],
  ['unit', 'chi bộ cơ sở thì bắt đầu đại hội từ tháng mấy và phải xong trước ngày nào', 'lich-trinh'],
  [
    'unit',
    'đảng bộ cơ sở tổ chức đại hội đảng viên sau khi các chi bộ trực thuộc đại hội xong, hạn chót là khi nào',
    'lich-trinh',
  ],
  ['unit', 'When must a party cell under a grassroots committee finish its congress?', 'lich-trinh'],
  ['unit', 'mỗi đảng bộ cơ sở chọn bao nhiêu chi bộ trực thuộc để làm đại hội điểm', 'dai-hoi-diem'],
  ['unit', 'Ban Thường vụ chọn chi bộ cơ sở nào để làm điểm và làm vào quý mấy', 'dai-hoi-diem'],
  [
    'unit',
    'chi bộ trường THCS là chi bộ cơ sở của xã mới, giờ thí điểm đại hội mấy năm một lần',
    'chi-bo-5-nam',
  ],
  [
    'unit',
    'đảng bộ cơ sở bầu đoàn đại biểu đi dự đại hội cấp trên có phải là một nội dung của đại hội không',
    'noi-dung',
  ],
  [
    'unit',
    'for a grassroots party committee with several cells, which kind of unit holds its congress first?',
    'lich-trinh',
  ],
  ['unit', 'chi bộ cơ sở cần thành lập tổ văn kiện, tổ nhân sự trước đại hội không', 'chuan-bi'],

  // Typos, no diacritics, abbreviations.
  ['typo', 'dh cb gom nhung nd gi vay ad', 'noi-dung'],
  ['typo', 'bcct va bc kiem diem cua cap uy khac nhau cho nao', 'van-kien'],
  ['typo', 'DH diem cua DBCS to chuc thang may nam 2024', 'dai-hoi-diem'],
  ['typo', 'cb truc thuoc dh tu thang 1 den thang 3 dung ko', 'lich-trinh'],
  ['typo', 'dai hoi chi bo 5 nam 1 lan ap dung tu bao gio z', 'chi-bo-5-nam'],
  ['typo', 'dh xiv dien ra tu ngay bao nhieu', 'dai-hoi-xiv'],
  ['typo', 'nhan su cap uy khoa moi can quan triet nhung van ban nao a', 'nhan-su'],
  ['typo', 'chinh quyen dia phuong hai cap van hanh tu ngay nao, cap huyen con ko', 'chinh-quyen-2-cap'],
  ['typo', 'nguyen tac to chuc dh: an toan thiet thuc hieu qua, ko pho truong la sao', 'nguyen-tac'],
  ['typo', 'cac TCCS dang chuan bi dh theo chi dao cua QU gom nhung viec gi', 'chuan-bi'],
  [
    'typo',
    'dai hoi dang bo quan hai ba trung lan thu XXVII nhiem ky 2025 2030 to chuc ngay may',
    'dai-hoi-quan',
  ],
  ['typo', 'ĐH các cấp NK 2025-2030 kết quả thế nàoo', 'ket-qua'],

  // English.
  [
    'en',
    'For my paper: what four items must a Vietnamese grassroots party congress cover in the 2025-2030 round?',
    'noi-dung',
  ],
  [
    'en',
    'What is the difference between the political report and the self-criticism report submitted by the outgoing committee?',
    'van-kien',
  ],
  [
    'en',
    'How were the pilot congresses sequenced before the main round of grassroots congresses?',
    'dai-hoi-diem',
  ],
  ['en', 'Which rules guide the nomination of candidates for the new party committee?', 'nhan-su'],
  [
    'en',
    'Vietnam abolished the district tier in 2025: when exactly, and what happened to district party committees in Hanoi?',
    'chinh-quyen-2-cap',
  ],
  ['en', 'Has the frequency of party cell congresses changed recently?', 'chi-bo-5-nam'],
  ['en', 'What preparatory teams does a grassroots party organisation form before its congress?', 'chuan-bi'],
  ['en', 'For my methods section: which party documents does this bot draw its answers from?', 'tai-lieu'],
  [
    'en',
    'Summarise the seven requirements of the 2024 directive on party congresses toward the 14th Congress',
    'chi-thi-35',
  ],
  [
    'en',
    'What principles, such as democratic centralism and avoiding waste, apply to organising the congress?',
    'nguyen-tac',
  ],
  ['en', 'Is the 2025-2030 congress cycle at all levels finished now?', 'ket-qua'],
  [
    'en',
    "What do your sources say about the Hai Ba Trung district party organisation's twenty-seventh congress?",
    'dai-hoi-quan',
  ],

  // Facts from FACTS.md.
  [
    'fact',
    'em định về nước đúng dịp, Đại hội đại biểu toàn quốc lần thứ XIV của Đảng khai mạc và bế mạc ngày nào',
    'dai-hoi-xiv',
  ],
  [
    'fact',
    'ban tổ chức phường cần con số: Hà Nội có bao nhiêu đảng bộ cấp huyện thôi hoạt động khi bỏ cấp huyện',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'chỉ thị của Bộ Chính trị về đại hội ban hành năm 2024 được chia mấy phần, kèm mấy phụ lục',
    'chi-thi-35',
  ],
  ['fact', 'trước khi thí điểm thì Điều lệ Đảng quy định chi bộ đại hội mấy lần trong 5 năm', 'chi-bo-5-nam'],
  [
    'fact',
    'văn bản nào thay thế chỉ thị cũ về đại hội và kết luận điều chỉnh nó vào tháng 4/2025',
    'thay-doi',
  ],
  ['fact', 'Kết luận tháng 10/2025 của Bộ Chính trị yêu cầu gì sau khi đại hội các cấp xong', 'ket-qua'],
  [
    'fact',
    'hướng dẫn của Ban Tổ chức Trung ương về chỉ thị năm 2024 ra ngày nào, nội dung có được xác nhận không',
    'chi-thi-35',
  ],
  ['fact', 'tiêu chuẩn cán bộ được thay bằng quy định mới từ ngày 30/8/2025 phải không', 'thay-doi'],
  [
    'fact',
    'đảng bộ xã mới của trường tôi cùng các đảng bộ phường ở Hà Nội bắt đầu hoạt động từ ngày nào',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'Đại hội XIV kéo dài mấy ngày', 'dai-hoi-xiv'],
  [
    'fact',
    'có chỉ thị nào cùng số với chỉ thị năm 2024 nhưng hướng tới đại hội XIII không, bot có dùng nó không',
    'chi-thi-35',
  ],
  [
    'fact',
    'đại hội đảng bộ các cấp có được tổ chức đúng kế hoạch và đáp ứng yêu cầu của chỉ thị mới không',
    'ket-qua',
  ],

  // Lookalikes: out of scope.
  // The garment-company cell secretary.
  [
    'lookalike',
    'hội nghị người lao động của công ty may năm nay phải thông qua thỏa ước lao động tập thể thế nào',
    null,
  ],
  [
    'lookalike',
    'công đoàn cơ sở công ty chúng tôi sắp đại hội bầu chủ tịch công đoàn mới, cần mấy ứng viên',
    null,
  ],
  ['lookalike', 'khách hàng Mỹ đến audit nhà máy tuần sau, hồ sơ trách nhiệm xã hội cần chuẩn bị gì', null],
  ['lookalike', 'tăng ca ngày chủ nhật công nhân may được trả bao nhiêu phần trăm lương', null],
  ['lookalike', 'đoàn thanh niên công ty tổ chức đại hội chi đoàn phân xưởng cắt, kịch bản mẫu ở đâu', null],
  ['lookalike', 'công nhân nữ sinh con được nghỉ thai sản mấy tháng và nhận bao nhiêu tiền', null],
  ['lookalike', 'hội chợ dệt may xuất khẩu tháng 3 ở Sài Gòn đăng ký gian hàng thế nào', null],
  [
    'lookalike',
    'chi bộ công ty tư nhân xin chủ doanh nghiệp hỗ trợ tiền tổ chức tiệc tất niên có được không',
    null,
  ],
  ['lookalike', 'kết nạp công nhân trẻ ở xưởng vào Đảng cần lớp cảm tình đảng mấy ngày', null],
  ['lookalike', 'thuế xuất khẩu hàng may mặc sang EU theo hiệp định EVFTA là bao nhiêu', null],
  // The ward board member who prepares the units' schedule.
  ['lookalike', 'lịch tiếp công dân của chủ tịch UBND phường tháng này vào thứ mấy', null],
  ['lookalike', 'hội trường nhà văn hóa phường cuối tuần đã có ai đặt cho đám cưới chưa', null],
  ['lookalike', 'phường tổ chức đại hội thể dục thể thao cấp phường, lịch thi kéo co xếp thế nào', null],
  ['lookalike', 'danh sách bí thư chi bộ các khu dân cư của phường kèm số điện thoại', null],
  ['lookalike', 'kinh phí phụ cấp hằng tháng cho bí thư chi bộ tổ dân phố là bao nhiêu', null],
  ['lookalike', 'lịch trực tết Nguyên đán của ban tổ chức đảng ủy phường phân công ra sao', null],
  ['lookalike', 'hội nghị tổng kết công tác mặt trận của phường năm nay họp ngày nào', null],
  [
    'lookalike',
    'đánh giá xếp loại chất lượng đảng viên cuối năm phải nộp phiếu tự kiểm điểm trước ngày nào',
    null,
  ],
  ['lookalike', 'bí thư đảng ủy phường mới hiện nay là ai, quê ở đâu', null],
  [
    'lookalike',
    'file excel lịch sinh hoạt chi bộ hằng tháng của các chi bộ khu dân cư lập mẫu thế nào',
    null,
  ],
  // The South African academic.
  [
    'lookalike',
    'How does the ANC branch nomination process work ahead of its national elective conference?',
    null,
  ],
  ['lookalike', 'When is the next South African Communist Party national congress?', null],
  [
    'lookalike',
    "Who was elected General Secretary at Vietnam's 14th Congress and what was the vote count?",
    null,
  ],
  ['lookalike', "Can you compare COSATU's congress with a Vietnamese trade union congress?", null],
  [
    'lookalike',
    'What visa does a South African citizen need for a three-month research stay in Hanoi?',
    null,
  ],
  [
    'lookalike',
    "How many seats does the Communist Party hold in Vietnam's National Assembly after the 2026 election?",
    null,
  ],
  [
    'lookalike',
    'I need ethics clearance to interview cell secretaries; whom at the university do I contact?',
    null,
  ],
  ['lookalike', 'What is the exchange rate between the rand and the dong this week?', null],
  ['lookalike', "How did the Lao People's Revolutionary Party organise its 12th congress?", null],
  ['lookalike', 'How should I cite this chatbot in Harvard referencing style?', null],
  // The secretary of a secondary-school cell in a merged commune.
  ['lookalike', 'hội nghị cán bộ viên chức đầu năm học của trường THCS cần những biểu mẫu gì', null],
  [
    'lookalike',
    'đại hội liên đội của trường tổ chức vào tuần nào, học sinh bầu ban chỉ huy liên đội ra sao',
    null,
  ],
  ['lookalike', 'đại hội cha mẹ học sinh đầu năm có được thu quỹ lớp không', null],
  ['lookalike', 'lịch thi tuyển sinh vào lớp 10 năm học tới ở Hà Nội khi nào', null],
  ['lookalike', 'giáo viên dạy thêm ngoài nhà trường có phải đăng ký kinh doanh không', null],
  ['lookalike', 'sau khi sáp nhập xã thì trường THCS đổi tên mới phải làm lại con dấu ở đâu', null],
  ['lookalike', 'phụ cấp thâm niên nhà giáo có bị bỏ theo luật nhà giáo mới không', null],
  [
    'lookalike',
    'hội thi giáo viên dạy giỏi cấp xã mới tổ chức thế nào khi không còn phòng giáo dục huyện',
    null,
  ],
  [
    'lookalike',
    'chuyển sinh hoạt đảng cho giáo viên điều động sang trường xã bên cần giấy giới thiệu gì',
    null,
  ],
  ['lookalike', 'xã mới sau sáp nhập làm sổ đỏ ở bộ phận một cửa nào, mở cửa mấy giờ', null],
  // The member who types very long run-on questions.
  [
    'lookalike',
    'cho tôi hỏi là bố tôi là đảng viên lâu năm năm nay được tặng huy hiệu tuổi đảng thì có kèm tiền thưởng không nhận ở đâu vì ông đi lại khó khăn mà chi bộ lại họp ở tầng ba',
    null,
  ],
  [
    'lookalike',
    'tôi muốn hỏi là đảng viên đã nghỉ hưu chuyển về sống với con ở tỉnh khác thì đóng đảng phí thế nào mỗi tháng bao nhiêu tiền có được đóng một lần cả năm không',
    null,
  ],
  [
    'lookalike',
    'chi bộ tôi họp hằng tháng mà có đồng chí cứ vắng mãi không lý do thì xử lý thế nào có phải đưa ra khỏi đảng không hay chỉ nhắc nhở thôi nhờ bot tư vấn giùm',
    null,
  ],
  [
    'lookalike',
    'hôm qua tôi đi họp tổ dân phố người ta bảo sắp bầu tổ trưởng mới mà tôi không biết ai được đề cử với lại có phải đảng viên mới được làm tổ trưởng không',
    null,
  ],
  [
    'lookalike',
    'cho hỏi bệnh viện nào khám bảo hiểm y tế cho người cao tuổi tốt nhất ở Hà Nội mà không phải chờ lâu vì mẹ tôi yếu lắm đi xa không được',
    null,
  ],
  [
    'lookalike',
    'tôi đọc báo thấy nói đại hội đảng cộng sản trung quốc lần tới họp ở bắc kinh vậy bên đó bầu ủy viên trung ương thế nào có giống mình không hay khác',
    null,
  ],
  [
    'lookalike',
    'mình muốn làm lại căn cước cho con mới lên mười bốn tuổi thì ra công an xã nào giờ đã sáp nhập rồi có phải mang giấy khai sinh bản gốc không',
    null,
  ],
  [
    'lookalike',
    'có cách nào để bot nhắn tin nhắc tôi uống thuốc huyết áp mỗi sáng không vì tôi hay quên lắm mà con cái đi làm xa hết',
    null,
  ],
  // The young member working abroad who returns for the congress.
  [
    'lookalike',
    'em đang làm ở Nhật, chuyển sinh hoạt đảng tạm thời sang chi bộ ngoài nước thì cần hồ sơ gì',
    null,
  ],
  ['lookalike', 'vé máy bay Osaka về Hà Nội dịp cuối tháng 12 hãng nào rẻ nhất', null],
  ['lookalike', 'về nước ở một tháng có phải khai báo tạm trú với công an phường không', null],
  [
    'lookalike',
    'hội người Việt Nam tại Nhật Bản sắp đại hội nhiệm kỳ mới, em muốn ứng cử ban chấp hành hội',
    null,
  ],
  [
    'lookalike',
    'đảng viên ở nước ngoài đóng đảng phí bằng yên hay đổi ra tiền đồng, tỷ giá tính thế nào',
    null,
  ],
  [
    'lookalike',
    'hội nghị xúc tiến đầu tư của tỉnh tổ chức ở Tokyo tháng sau có cần đăng ký trước không',
    null,
  ],
  [
    'lookalike',
    'mang theo bao nhiêu tiền mặt ngoại tệ khi nhập cảnh Nội Bài thì không phải khai hải quan',
    null,
  ],
  ['lookalike', 'giấy phép lái xe quốc tế cấp ở Nhật có dùng chạy xe máy ở Việt Nam được không', null],
  [
    'lookalike',
    'đi lao động kỹ năng đặc định về nước được hỗ trợ tìm việc ở trung tâm dịch vụ việc làm nào',
    null,
  ],
  // The bot itself.
  ['lookalike', 'bot này do ai làm, có lưu lại tin nhắn riêng tư của tôi không', null],
  [
    'lookalike',
    'gửi file pdf nghị quyết chi bộ cho bot thì bot đọc và soát lỗi chính tả giúp được không',
    null,
  ],
];

export const NEWSET64: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
