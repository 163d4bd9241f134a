/**
 * The ninety-sixth new evaluation set (issue 11, point 6), written on 2026-12-04 from 19:20 UTC
 * (committed in the commit "Eval: newset96, the ninety-sixth unseen set") by a helper (set96) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before `const items`) and its last line, the part of newset.ts before
 * `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under src/,
 * bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items
 * (newset95.ts included, written at the same time) were read. Its users are imagined as the
 * secretary of a cell at a software company who mixes English tech words into Vietnamese, a member
 * who works night shifts at a hospital, the head of a ward's organisation board checking facts
 * before a meeting, a French PhD student writing in English, and a member who asks two or three
 * things in one message; with the out-of-scope messages such users send (other organisations'
 * congresses and meetings: a company's internal "dev congress", shareholders' annual meetings and
 * dividends, a software company's trade-union congress, the Vietnam IT association's congress, web
 * and developer summits, the intensive-care medical society's congress, the ward Red Cross, the
 * ward Study Promotion Association and its reports, the ward Youth Federation beside the Youth
 * Union, the Farmers' Union congress, the Vietnamese students' association in France, the French
 * Communist Party's congress, the Lao People's Revolutionary Party's congress, the UN General
 * Assembly, the FIFA Congress, the World Scout Jamboree, residents' group meetings, voters'
 * meetings with deputies, National Assembly elections, parents' meetings at school, inter-hospital
 * case conferences, hospital briefings and head-nurse meetings; other senses of "đại hội" and
 * "hội nghị": the martial-arts congress of a wuxia novel, academic panels and their talks, the
 * Geneva Conference of 1954, the Paris Peace Accords of 1973, the Sixth Congress of 1986 and Đổi
 * Mới; party business the pack does not cover: probationary members becoming full members, a lost
 * membership card, a member's traffic fine, members working abroad, founding a cell in a private
 * company, absence from a cell meeting on a night shift, cell meetings on a theme and their slides,
 * the members' app, year-end study essays, online history quizzes, heritage trips and their money,
 * members marrying foreigners, the residence-place review of members, the inspection commission's
 * checks of party finances, the half-year party-building review, the new committee's working rules,
 * the Party Charter's translation; the users' own work and daily life mixed with congress words:
 * Jira and sprint retrospectives, OKRs, pull-request review tools, a VPN blocking online meetings,
 * a year-end party on a meeting day, the bot's own code, night-shift rest days, sleep and
 * melatonin, blood-donation days, flu vaccination and leave, nursing licence exams, the ward hall's
 * projector, civil-service recruitment standards, the base salary, a café near the ward office,
 * gold prices and power cuts, bank shares, archives, citation styles, research visas, French
 * Assembly seats and translating "chi bộ" into French).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset96.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part: topic a first, b answered too), 'doc:id' (that document's card
 * first), 'unknown-doc', null (refused). The two documents numbered 35-CT/TW are told apart by
 * their year (2024 or 2019), and the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by
 * kind and year. Questions whose right answer the sources leave open (the district congress's date,
 * which units were chosen for the pilot congresses, who was elected at any level, age limits,
 * committee sizes, money, which cells the five-yearly pilot covers, the contents of Guidance
 * 27-HD/BTCTW, membership figures) were left out, not guessed.
 * Engine changes reached main after its writer began: d2ee4ad (a semicolon ends the words before a
 * question), cc9b408 (a count read after a classifier, ', với cả' as a cut, absent phrases for
 * newset91-94's classes) and 513ab0a (the word prior relearned with newset95); its writer saw none
 * of them. It was measured once, at 19:32 UTC on main 513ab0a (`node --expose-gc
 * dist/bench/qa.js`, load 2.85): qa_new_top1 99.3 %, qa_new_oos_refused 100.0 % (1 in-scope miss,
 * no lookalike answered; qa_p99_us 204.6 in that run, p50 47.2). Its misses were listed after that
 * run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number, in several spellings.
  [
    'doc',
    'Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị bây giờ còn áp dụng cho chi bộ công ty em không ạ?',
    'doc:ct-35-2024',
  ],
  ['doc', 'ct35 năm 2024 tình trạng hiện nay thế nào, team em còn giữ bản in cũ', 'doc:ct-35-2024'],
  ['doc', 'Is Directive 35 of 14 June 2024 still current, or was it superseded?', 'doc:ct-35-2024'],
  ['doc', 'chi thi 35 nam 2024 bi thay boi van ban nao vay ban to chuc', 'doc:ct-35-2024'],
  [
    'doc',
    'Chỉ thị 35-CT/TW ngày 30/5/2019 hướng tới Đại hội XIII thì còn dùng được không?',
    'doc:ct-35-2019',
  ],
  ['doc', 'ct35 ban nam 2019 la cua nhiem ky nao vay', 'doc:ct-35-2019'],
  ['doc', 'My archive has a Directive 35 dated 30 May 2019: what is that one?', 'doc:ct-35-2019'],
  [
    'doc',
    'Trước buổi họp chiều, tôi cần xác nhận Kết luận số 118-KL/TW ngày 18/01/2025 do cơ quan nào ký ban hành',
    'doc:kl-118-2025',
  ],
  [
    'doc',
    'kl118 team minh van dang trich trong slide, con hieu luc khong hay bi thay roi',
    'doc:kl-118-2025',
  ],
  ['doc', 'What did Conclusion 118 of January 2025 change, and is it still valid?', 'doc:kl-118-2025'],
  [
    'doc',
    'Chỉ thị 45-CT/TW ngày 14/4/2025 ra đời thì thay thế những văn bản nào, để phường tôi cập nhật tài liệu?',
    'doc:ct-45-2025',
  ],
  ['doc', 'ct45 của Bộ Chính trị hiện có thay đổi gì không, trưởng ban hỏi em', 'doc:ct-45-2025'],
  ['doc', 'Directive No. 45-CT/TW: date and issuer, please, for my literature review', 'doc:ct-45-2025'],
  ['doc', 'chi thi 45 ve dai hoi dang bo cac cap ban hanh thang may', 'doc:ct-45-2025'],
  ['doc', 'Kết luận 200-KL/TW ngày 17/10/2025 kết luận những gì?', 'doc:kl-200-2025'],
  ['doc', 'KL 200 của BCT và Ban Bí thư tóm tắt giúp mình với', 'doc:kl-200-2025'],
  ['doc', 'Conclusion 200 of the Politburo and the Secretariat: what is its status now?', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn số 27-HD/BTCTW ngày 26/8/2024 hướng dẫn về việc gì?', 'doc:hd-27-2024'],
  ['doc', 'hd27 cua ban to chuc trung uong noi dung da xac nhan chua', 'doc:hd-27-2024'],
  ['doc', 'Guidance 27 of the Central Organisation Commission: do you hold it?', 'doc:hd-27-2024'],
  [
    'doc',
    'Em trực đêm nên lỡ buổi quán triệt, Hướng dẫn 18-HD/BTCTU của Ban Tổ chức Thành ủy ban hành ngày nào ạ?',
    'doc:hd-18-2024',
  ],
  ['doc', 'HD 18 cua thanh uy ha noi huong dan nhung noi dung gi', 'doc:hd-18-2024'],
  ['doc', 'Is the Hanoi Guidance 18-HD/BTCTU of October 2024 in your sources?', 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch số 258-KH/TU của Thành ủy Hà Nội ký ngày nào?', 'doc:kh-258-2024'],
  ['doc', 'kh258 thanh uy con gia tri khong anh chi', 'doc:kh-258-2024'],
  ['doc', 'Hanoi Party Committee Plan 258, July 2024: what do you have on it?', 'doc:kh-258-2024'],
  ['doc', 'Kế hoạch 203-KH/QU ngày 29/7/2024 của Quận ủy Hai Bà Trưng về việc gì?', 'doc:kh-203-2024'],
  ['doc', 'ke hoach 203 quan uy hai ba trung gio khong con quan thi sao', 'doc:kh-203-2024'],
  ['doc', 'Plan 203-KH/QU of the Hai Bà Trưng district: title and date?', 'doc:kh-203-2024'],
  [
    'doc',
    'Nghị quyết 26-NQ/TW ngày 19/5/2018 mà hội nghị yêu cầu quán triệt khi chọn nhân sự là của cơ quan nào?',
    'doc:nq-26-2018',
  ],
  ['doc', 'nq26 năm 2018 của BCH Trung ương khóa XII bot có giữ không', 'doc:nq-26-2018'],
  [
    'doc',
    'For a footnote: Resolution 26 of 19 May 2018, which term of the Central Committee issued it?',
    'doc:nq-26-2018',
  ],
  ['doc', 'Hướng dẫn 26-HD/BTCTW ngày 18/10/2019 có dùng cho nhiệm kỳ này không?', 'doc:hd-26-2019'],
  ['doc', 'hd26 nam 2019 em tim thay tren mang la van ban gi, con ap dung khong', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26 of October 2019 on the earlier directive: still relevant?', 'doc:hd-26-2019'],
  [
    'doc',
    'Hồ sơ nhân sự của phường vẫn ghi Quy định 89-QĐ/TW ngày 04/8/2017, văn bản này còn hiệu lực không?',
    'doc:qd-89-2017',
  ],
  ['doc', 'qd89 bi thay the chua, em dang soan ho so nhan su', 'doc:qd-89-2017'],
  ['doc', 'Regulation 89 on cadre standards (2017): replaced by what?', 'doc:qd-89-2017'],
  [
    'doc',
    'Quy định số 365-QĐ/TW ngày 30/8/2025 về tiêu chuẩn chức danh cán bộ là của Bộ Chính trị hay Ban Bí thư?',
    'doc:qd-365-2025',
  ],
  ['doc', 'quy dinh 365 thay cho van ban nao vay', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365-QĐ/TW of August 2025: what did it replace?', 'doc:qd-365-2025'],
  [
    'doc',
    'Cho tôi ngày ban hành và tình trạng của Quy định 14-QĐ/TU về tiêu chí đánh giá cán bộ của Thành ủy',
    'doc:qd-14-2023',
  ],
  ['doc', 'qd14 thanh uy ha noi nam 2023 tinh trang ra sao', 'doc:qd-14-2023'],
  ['doc', 'Regulation 14 of the Hanoi Standing Board, November 2023: what is it?', 'doc:qd-14-2023'],
  [
    'doc',
    'Quy định số 2656-QĐ/QU ngày 13/11/2023 của Ban Thường vụ Quận ủy nay quận không còn thì xử lý ra sao?',
    'doc:qd-2656-2023',
  ],
  ['doc', 'qd2656 quan uy hai ba trung ve tieu chi danh gia can bo', 'doc:qd-2656-2023'],
  [
    'doc',
    'My notes cite Regulation 2656 of the Hai Bà Trưng Standing Board; what is it about and is it still listed?',
    'doc:qd-2656-2023',
  ],
  [
    'doc',
    'Quy định 1216-QĐ/QU về quy hoạch cán bộ của Ban Thường vụ Quận ủy ký ngày tháng năm nào, anh em ca đêm cần biết',
    'doc:qd-1216-2022',
  ],
  ['doc', 'QĐ 1216 quận ủy còn dùng sau khi bỏ cấp quận không', 'doc:qd-1216-2022'],
  ['doc', 'Regulation No. 1216 of April 2022 on cadre planning: issuer?', 'doc:qd-1216-2022'],
  [
    'doc',
    'Quy định 294-QĐ/TW ngày 26/5/2025 bắt đầu có hiệu lực từ ngày nào, chi bộ công ty em có phải áp dụng không?',
    'doc:qd-294-2025',
  ],
  ['doc', 'qd294 thi diem dai hoi chi bo la sao, giai thich nhanh giup em truoc standup', 'doc:qd-294-2025'],
  [
    'doc',
    'Regulation 294 of 26 May 2025 on cell congresses: from what date was it in force?',
    'doc:qd-294-2025',
  ],
  ['doc', 'quy dinh so 294 ve thi diem 5 nam mot lan con nguyen khong', 'doc:qd-294-2025'],

  // Documents the pack does not hold.
  ['unknown-doc', 'Quy định 232-QĐ/TW về thi hành Điều lệ Đảng có trong bot không?', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị quyết 57-NQ/TW về khoa học, công nghệ và chuyển đổi số thì chi bộ công ty phần mềm phải học những gì?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kết luận 126-KL/TW về sắp xếp tổ chức bộ máy nói gì về đảng bộ phường?', 'unknown-doc'],
  [
    'unknown-doc',
    'Quy định 96-QĐ/TW về lấy phiếu tín nhiệm áp dụng cho cấp ủy viên phường thế nào?',
    'unknown-doc',
  ],
  ['unknown-doc', 'qd262 ve danh gia can bo co ban moi chua', 'unknown-doc'],
  [
    'unknown-doc',
    'Chỉ thị 05-CT/TW về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh tóm tắt giúp tôi',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Quy định số 69-QĐ/TW về kỷ luật đảng viên, bác sĩ trực đêm bị khiển trách thì sao?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Does the bot have Resolution 66-NQ/TW on law-making reform?', 'unknown-doc'],
  ['unknown-doc', 'kl137 ve sap xep don vi hanh chinh noi gi vay', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị quyết 60-NQ/TW Hội nghị Trung ương 11 về sáp nhập tỉnh có gì liên quan đến đại hội?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kế hoạch 47-KH/TU của Thành ủy về đại hội đảng bộ xã, phường mới nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 01-HD/TW thực hiện Điều lệ Đảng có nói về đại hội chi bộ không?', 'unknown-doc'],
  ['unknown-doc', 'Directive 39-CT/TW: what does it say on party congresses?', 'unknown-doc'],
  [
    'unknown-doc',
    'Quy định 22-QĐ/TW về công tác kiểm tra, giám sát và kỷ luật của Đảng bot có không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Nghị quyết 21-NQ/TW về nâng cao chất lượng sinh hoạt chi bộ tóm tắt thế nào?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Hướng dẫn 12-HD/BTCTW về đại hội chi bộ sau sắp xếp có trong nguồn không bot?',
    'unknown-doc',
  ],

  // Out of scope: the software-company cell secretary.
  [
    'lookalike',
    'Công ty em tổ chức "đại hội dev" cuối năm cho anh em engineer, nên lên agenda thế nào cho vui?',
    null,
  ],
  ['lookalike', 'Chi bộ em muốn track việc bằng Jira, có template sprint retrospective nào hay không?', null],
  ['lookalike', 'Google I/O năm nay announce những gì về Gemini?', null],
  ['lookalike', 'Đại hội đồng cổ đông thường niên của FPT năm nay chốt ngày nào, cổ tức bao nhiêu?', null],
  ['lookalike', 'Bot này được code bằng TypeScript hay Python, source có public trên GitHub không?', null],
  [
    'lookalike',
    'Công đoàn cơ sở công ty phần mềm của em sắp đại hội công đoàn, bầu ban chấp hành công đoàn mấy người?',
    null,
  ],
  ['lookalike', 'Có tool nào auto review pull request để em kịp họp chi bộ tối nay không?', null],
  ['lookalike', 'OKR quý tới cho team backend nên đặt key result như thế nào?', null],
  ['lookalike', 'Đại hội Hội Tin học Việt Nam nhiệm kỳ mới tổ chức ở đâu?', null],
  ['lookalike', 'Vietnam Web Summit năm nay diễn ra ở Hà Nội hay TP.HCM?', null],
  ['lookalike', 'Laptop công ty bị chặn VPN, làm sao vào được phòng họp online của đảng ủy?', null],
  ['lookalike', 'Đảng viên làm remote ở Singapore thì sinh hoạt đảng ở chi bộ nào?', null],
  [
    'lookalike',
    'Công ty em mới có 3 đảng viên, thủ tục thành lập chi bộ trong doanh nghiệp tư nhân thế nào?',
    null,
  ],
  ['lookalike', 'Sinh hoạt chi bộ chuyên đề tháng này lấy chủ đề chuyển đổi số, có slide mẫu không?', null],
  ['lookalike', 'Year-end party của công ty trùng ngày họp chi bộ, em nên xin dời họp hay xin vắng?', null],

  // Out of scope: the night-shift hospital member.
  ['lookalike', 'Đại hội Hội Hồi sức cấp cứu và chống độc Việt Nam năm nay họp ở thành phố nào?', null],
  ['lookalike', 'Trực đêm liên tục 24 giờ thì được nghỉ bù mấy ngày theo luật lao động?', null],
  ['lookalike', 'Em trực đêm trùng buổi sinh hoạt chi bộ tháng này, viết đơn xin vắng mặt thế nào ạ?', null],
  ['lookalike', 'Hội chẩn liên viện cho ca bệnh nặng lúc nửa đêm cần mời những ai?', null],
  ['lookalike', 'Đại hội Hội Chữ thập đỏ phường em tổ chức vào tháng mấy năm nay?', null],
  ['lookalike', 'Ngày hội hiến máu của bệnh viện, đảng viên có bắt buộc phải đăng ký không?', null],
  ['lookalike', 'Trực đêm xong bị mất ngủ, uống melatonin có ổn không?', null],
  ['lookalike', 'Giao ban toàn bệnh viện sáng thứ hai thường bắt đầu lúc mấy giờ?', null],
  [
    'lookalike',
    'Thi chứng chỉ hành nghề điều dưỡng theo luật khám bệnh, chữa bệnh mới gồm những phần nào?',
    null,
  ],
  ['lookalike', 'Hội nghị điều dưỡng trưởng toàn viện tháng này bàn chuyện phân ca thế nào?', null],
  [
    'lookalike',
    'Lịch tiêm vắc xin cúm cho nhân viên y tế năm nay bắt đầu khi nào, và sau ca đêm có được nghỉ phép năm không?',
    null,
  ],

  // Out of scope: the head of a ward's organisation board.
  ['lookalike', 'Họp tổ dân phố bầu tổ trưởng mới cần tối thiểu bao nhiêu hộ tham dự?', null],
  ['lookalike', 'Hội nghị tiếp xúc cử tri của đại biểu Quốc hội ở phường tổ chức vào hôm nào?', null],
  ['lookalike', 'Đại hội Hội Khuyến học phường nhiệm kỳ mới phải chuẩn bị những báo cáo gì?', null],
  [
    'lookalike',
    'Tổ bầu cử ở phường hỏi: ngày bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp là ngày nào, mấy giờ mở hòm phiếu?',
    null,
  ],
  ['lookalike', 'Phòng họp lớn của đảng ủy phường có máy chiếu không, đăng ký mượn ở đâu?', null],
  [
    'lookalike',
    'Ban tổ chức đảng ủy phường tuyển thêm chuyên viên thì tiêu chuẩn tuyển dụng công chức là gì?',
    null,
  ],
  ['lookalike', 'Hội nghị sơ kết 6 tháng công tác xây dựng Đảng của phường dùng mẫu báo cáo nào?', null],
  [
    'lookalike',
    'Đại hội Hội Liên hiệp Thanh niên phường có tổ chức chung ngày với đại hội Đoàn được không?',
    null,
  ],
  ['lookalike', 'Quy chế làm việc của ban chấp hành đảng bộ phường khóa mới soạn theo mẫu nào?', null],
  ['lookalike', 'Nhận xét đảng viên đang công tác ở nơi cư trú phải gửi về chi bộ trước tháng mấy?', null],
  ['lookalike', 'Ủy ban kiểm tra đảng ủy phường kiểm tra thu chi tài chính đảng mấy lần một năm?', null],
  ['lookalike', 'Quán cà phê nào gần trụ sở đảng ủy phường mở cửa từ 6 giờ sáng để ngồi chờ họp?', null],
  ['lookalike', 'Họp phụ huynh đầu năm, bầu ban đại diện cha mẹ học sinh của lớp làm sao cho đúng?', null],
  ['lookalike', 'Lương cơ sở của cán bộ phường hiện nay là bao nhiêu một tháng?', null],

  // Out of scope: the French PhD student.
  ['lookalike', 'When is the next congress of the French Communist Party, and where will it be held?', null],
  ['lookalike', 'Which archives in Aix-en-Provence hold colonial files on Tonkin?', null],
  ['lookalike', 'How should I cite a Nhân Dân newspaper article in Chicago author-date style?', null],
  ['lookalike', 'What was agreed at the Geneva Conference of 1954 about dividing Vietnam?', null],
  ['lookalike', 'What did the Paris Peace Accords of 1973 say about holding elections in the South?', null],
  ['lookalike', 'Do I need a research visa to interview local cadres in Hanoi for fieldwork?', null],
  [
    'lookalike',
    'Is there an official English translation of the Party Charter I can quote in my thesis?',
    null,
  ],
  ['lookalike', 'What was decided at the Sixth National Congress in 1986 that launched Đổi Mới?', null],
  [
    'lookalike',
    'How many seats does each group hold in the French National Assembly since the 2024 snap election?',
    null,
  ],
  [
    'lookalike',
    'I am presenting a paper at the EuroSEAS conference; what is the usual length of a panel talk?',
    null,
  ],
  ['lookalike', 'How do I say chi bộ in French for the glossary of my dissertation?', null],

  // Out of scope: several things at once, and other members' daily questions.
  ['lookalike', 'Cho hỏi giá vàng SJC hôm nay và lịch cắt điện khu Bạch Mai tuần này?', null],
  [
    'lookalike',
    'Đại hội Hội Sinh viên Việt Nam tại Pháp năm nay tổ chức ở đâu, có cần đăng ký trước không?',
    null,
  ],
  ['lookalike', 'Đại hội võ lâm trong Thiên long bát bộ là ở hồi nào?', null],
  [
    'lookalike',
    'Khóa họp thứ 80 của Đại hội đồng Liên Hợp Quốc ở New York khai mạc ngày nào, Việt Nam cử ai dự?',
    null,
  ],
  ['lookalike', 'FIFA Congress năm nay bỏ phiếu về việc gì?', null],
  ['lookalike', 'Đảng Nhân dân Cách mạng Lào tổ chức Đại hội lần thứ XII ở Viêng Chăn vào khi nào?', null],
  ['lookalike', 'Đảng viên dự bị sau bao lâu thì được xét chuyển đảng chính thức?', null],
  ['lookalike', 'Mất thẻ đảng viên thì làm thủ tục cấp lại ở đâu?', null],
  ['lookalike', 'Đảng viên bị phạt nguội vi phạm giao thông có phải báo cáo chi bộ không?', null],
  ['lookalike', 'App Sổ tay đảng viên báo lỗi đăng nhập, sửa thế nào?', null],
  ['lookalike', 'Bài thu hoạch học tập nghị quyết cuối năm viết khoảng mấy trang là đủ?', null],
  ['lookalike', 'Cuộc thi trực tuyến tìm hiểu lịch sử Đảng bộ thành phố năm nay có giải gì?', null],
  ['lookalike', 'Chi bộ em định đi tham quan về nguồn ở Pác Bó, kinh phí lấy từ đâu?', null],
  ['lookalike', 'Đại hội đại biểu Hội Nông dân Việt Nam lần thứ IX họp ở đâu?', null],
  ['lookalike', 'Cổ phiếu ngân hàng tăng mạnh sau mùa đại hội cổ đông, có nên mua vào không?', null],
  [
    'lookalike',
    'Người yêu em là đảng viên, muốn cưới người nước ngoài thì có phải báo cáo chi bộ không?',
    null,
  ],
  ['lookalike', 'World Scout Jamboree lần tới tổ chức ở nước nào?', null],
  [
    'lookalike',
    'Anh trưởng ban ơi, hai việc: mai họp giao ban phường mấy giờ, và có cần mang laptop không?',
    null,
  ],

  // In scope, with off-topic words around the question.
  [
    'offword',
    'Em vừa hết ca trực đêm ở khoa cấp cứu, buồn ngủ quá, mà chi bộ hỏi đại hội gồm mấy nội dung, anh chị nhắc em với',
    'noi-dung',
  ],
  [
    'offword',
    'Sprint này backlog dày đặc nhưng mình được giao viết báo cáo kiểm điểm của cấp ủy, báo cáo đó phải đạt yêu cầu gì?',
    'van-kien',
  ],
  [
    'offword',
    'Trời mưa to, tắc đường đến phường, nhân tiện hỏi: Đại hội XIV của Đảng họp từ ngày nào đến ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Mình đang debug lỗi production lúc 2 giờ sáng, tiện hỏi luôn đại hội điểm ở đảng bộ cơ sở làm vào tháng nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Bệnh nhân giường cuối vừa ổn, em tranh thủ hỏi: chi bộ từ nay mấy năm đại hội một lần?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Ăn trưa xong rồi, cho hỏi nhân sự cấp ủy khóa mới được lựa chọn, giới thiệu dựa trên những căn cứ nào?',
    'nhan-su',
  ],
  [
    'offword',
    'Con tôi đang ôn thi đại học, còn tôi phải ôn lại: đại hội Đảng bộ quận Hai Bà Trưng là lần thứ mấy?',
    'dai-hoi-quan',
  ],
  [
    'offword',
    'Wifi công ty chập chờn quá, hỏi nhanh: Hà Nội có bao nhiêu đảng bộ cấp huyện dừng hoạt động khi bỏ cấp huyện?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Tối nay có trận bóng đá, nhưng trước đó cho tôi biết đợt đại hội nhiệm kỳ 2025-2030 đã kết thúc chưa',
    'ket-qua',
  ],
  [
    'offword',
    'Uống cà phê ở cổng bệnh viện xong, chị muốn biết đại hội phải tránh phô trương hình thức và lãng phí ra sao',
    'nguyen-tac',
  ],
  [
    'offword',
    'Merge request của em đang chờ approve, trong lúc chờ cho em hỏi chuẩn bị đại hội cần thành lập những tổ nào',
    'chuan-bi',
  ],
  ['offword', 'Giữa hai ca mổ, cho hỏi bot dựa vào những văn bản nào về đại hội nhiệm kỳ này', 'tai-lieu'],
  [
    'offword',
    'Deadline release dồn vào cuối tháng, cho em hỏi từ sau hội nghị quán triệt tháng 10/2024 đã có những thay đổi gì',
    'thay-doi',
  ],

  // Two things (or three) in one message.
  [
    'two-part',
    'Đại hội chi bộ gồm mấy nội dung, và cấp ủy trình đại hội những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Cho mình hỏi 2 ý: chi bộ trực thuộc đại hội trong khoảng thời gian nào, và đại hội điểm làm tháng mấy?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Cấp huyện chấm dứt từ ngày nào? Còn Đại hội XIV họp khi nào?',
    'chinh-quyen-2-cap+dai-hoi-xiv',
  ],
  [
    'two-part',
    'Chuẩn bị đại hội phải lập những tổ nào, và nguyên tắc nào phải giữ khi tổ chức?',
    'chuan-bi+nguyen-tac',
  ],
  [
    'two-part',
    'Tiêu chuẩn nhân sự cấp ủy khóa mới dựa vào đâu; thêm nữa chi bộ giờ bao lâu đại hội một lần?',
    'nhan-su+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Kết quả đại hội các cấp thế nào, và từ sau hội nghị tháng 10/2024 có những thay đổi gì?',
    'ket-qua+thay-doi',
  ],
  [
    'two-part',
    'Đại hội Đảng bộ quận Hai Bà Trưng là lần thứ mấy, và chỉ thị năm 2024 của Bộ Chính trị có mấy phụ lục?',
    'dai-hoi-quan+chi-thi-35',
  ],
  [
    'two-part',
    'Two things: which documents does the bot use, and when did grassroots committees hold their congresses?',
    'tai-lieu+lich-trinh',
  ],
  [
    'two-part',
    'Ba việc: báo cáo chính trị viết thế nào, đại hội bầu những gì, và phải chống lãng phí ra sao?',
    'van-kien+noi-dung',
  ],
  [
    'two-part',
    'What are the congress contents, and how often do cells hold a congress under the 2025 pilot?',
    'noi-dung+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Đại hội XIV diễn ra ngày nào và đại hội các cấp trước đó đã xong đúng kế hoạch chưa?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Hà Nội bỏ bao nhiêu đảng bộ cấp huyện khi chuyển sang 2 cấp, và đại hội quận lần thứ XXVII tổ chức theo kế hoạch nào?',
    'chinh-quyen-2-cap+dai-hoi-quan',
  ],

  // By kind of unit.
  ['unit', 'Chi bộ trực thuộc đảng ủy cơ sở của công ty em phải đại hội xong trong tháng nào?', 'lich-trinh'],
  ['unit', 'Chi bộ cơ sở bắt đầu đại hội từ tháng mấy năm 2025?', 'lich-trinh'],
  ['unit', 'Đảng bộ cơ sở tổ chức đại hội đảng viên hay đại hội đại biểu, và làm sau khi nào?', 'lich-trinh'],
  ['unit', 'Đảng bộ cơ sở có phải chọn một chi bộ trực thuộc làm đại hội điểm không?', 'dai-hoi-diem'],
  ['unit', 'Chi bộ cơ sở có nằm trong diện đại hội điểm của Ban Thường vụ Quận ủy không?', 'dai-hoi-diem'],
  ['unit', 'Chi bộ cơ sở hạn chót đại hội xong là ngày nào?', 'lich-trinh'],
  [
    'unit',
    'Một đảng bộ khối hành chính sự nghiệp được Ban Thường vụ chọn làm đại hội điểm thì tổ chức vào thời điểm nào?',
    'dai-hoi-diem',
  ],
  ['unit', 'Đại hội đảng bộ cơ sở bầu những gì và thảo luận văn kiện nào?', 'noi-dung'],
  [
    'unit',
    'Chi bộ trực thuộc có phải trình báo cáo chính trị và báo cáo kiểm điểm ở đại hội không?',
    'van-kien',
  ],
  [
    'unit',
    'By which month did a cell that sits under a grassroots party committee have to finish its congress?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ của em từ nay bao nhiêu năm mới đại hội một lần?', 'chi-bo-5-nam'],

  // Typos and abbreviations.
  ['typo', 'nội dug đại hội chi bộ gồm nhưng gì vậy ạ', 'noi-dung'],
  ['typo', 'báo cáo chính tri vs báo cao kiểm điểm của cấp uy khac nhau chổ nào vậy', 'van-kien'],
  ['typo', 'ĐH XIV cua Dang hop tu ngay nao den ngay nao v mn', 'dai-hoi-xiv'],
  ['typo', 'CB trực thuộc đh điểm tháng mấy z', 'dai-hoi-diem'],
  ['typo', 'BCH khoá mới chọn nhân sư theo tiêu chuẩn j, dựa văn bản j ạ', 'nhan-su'],
  ['typo', 'ĐBCS đh phải xog trc 30/6 ak', 'lich-trinh'],
  ['typo', 'cấp huyên chính thức bỏ từ bao h vậy bn', 'chinh-quyen-2-cap'],
  ['typo', 'kết qủa đh các cấp nk 2025-2030 ntn rồi', 'ket-qua'],
  ['typo', 'nguyen tắc tâp trung dân chủ khi tổ chuc đh đc áp dụng ntn', 'nguyen-tac'],
  ['typo', 'trc đh cần thành lâp tổ nhân sư, tổ văn kiên, tổ tổ chưc hay còn việc j nữa', 'chuan-bi'],
  ['typo', 'chi bo 5 nam 1 lan dai hoi la thi diem tu khi nao', 'chi-bo-5-nam'],

  // In English.
  [
    'en',
    'For my dissertation: what are the four items every grassroots party congress in the 2025–2030 term had to cover?',
    'noi-dung',
  ],
  [
    'en',
    'Which two reports does a party committee present to its congress, and which one is the central report?',
    'van-kien',
  ],
  [
    'en',
    'When exactly did the 14th National Congress of the Communist Party of Vietnam take place?',
    'dai-hoi-xiv',
  ],
  ['en', 'Did the 2025–2030 congress round finish on schedule, according to the Politburo?', 'ket-qua'],
  ['en', 'Since when has Vietnam run a two-tier local government without districts?', 'chinh-quyen-2-cap'],
  ['en', 'Is it true party cells now hold a congress only once every five years?', 'chi-bo-5-nam'],
  [
    'en',
    "What did the Politburo's 2024 directive on congresses contain: how many parts and appendices?",
    'chi-thi-35',
  ],
  ['en', 'Which pilot congresses were planned for December 2024 and early 2025?', 'dai-hoi-diem'],
  [
    'en',
    'What principles must guide the preparation of a congress, democratic centralism and so on?',
    'nguyen-tac',
  ],
  [
    'en',
    'Which documents does this bot rely on for the congresses? A list with dates would help my bibliography.',
    'tai-lieu',
  ],
  [
    'en',
    'How were candidates for the new party committee to be chosen, and against which standards?',
    'nhan-su',
  ],
  [
    'en',
    'Before its congress, what working teams is a grassroots party organisation expected to form, and what else must it review?',
    'chuan-bi',
  ],
  [
    'en',
    'Which district congress were the Hai Bà Trưng grassroots congresses leading up to?',
    'dai-hoi-quan',
  ],

  // Facts checked before a meeting.
  [
    'fact',
    'Trong hai báo cáo cấp ủy trình đại hội, báo cáo nào được gọi là báo cáo trung tâm, có vai trò định hướng?',
    'van-kien',
  ],
  ['fact', 'Bầu đoàn đại biểu dự đại hội cấp trên là nội dung thứ mấy trong bốn nội dung?', 'noi-dung'],
  [
    'fact',
    'Chỉ thị của Bộ Chính trị năm 2024 về đại hội có bao nhiêu yêu cầu, tóm tắt giúp tôi',
    'chi-thi-35',
  ],
  ['fact', 'Mô hình chính quyền địa phương hai cấp chính thức vận hành từ ngày nào?', 'chinh-quyen-2-cap'],
  [
    'fact',
    'Trước khi có thí điểm, Điều lệ Đảng quy định chi bộ tổ chức đại hội mấy lần trong mỗi 5 năm?',
    'chi-bo-5-nam',
  ],
  [
    'fact',
    'Trưởng ban nhờ tôi kiểm tra: Đại hội đại biểu toàn quốc lần thứ XIV bế mạc vào ngày nào?',
    'dai-hoi-xiv',
  ],
  ['fact', 'Những mốc thay đổi văn bản từ sau hội nghị quán triệt tháng 10/2024 đến nay là gì?', 'thay-doi'],
  ['fact', 'Đại hội điểm do Ban Thường vụ Quận ủy chọn gồm những loại đơn vị nào?', 'dai-hoi-diem'],
  ['fact', 'Hội nghị quán triệt văn bản đại hội ở cơ sở tổ chức trực tiếp hay trực tuyến?', 'chuan-bi'],
  [
    'fact',
    'Đại hội có phải tổng kết thực hiện nghị quyết nhiệm kỳ 2020-2025 và đề ra phương hướng nhiệm kỳ mới không?',
    'noi-dung',
  ],
  ['fact', 'Quy hoạch cán bộ có được rà soát, bổ sung để phục vụ nhân sự đại hội không?', 'nhan-su'],
  [
    'fact',
    'Sau khi đại hội các cấp xong, kết luận của Bộ Chính trị và Ban Bí thư yêu cầu cấp ủy tiếp tục làm những việc gì?',
    'ket-qua',
  ],
  ['fact', 'Cấp ủy phải kiên quyết chống những gì khi tổ chức đại hội?', 'nguyen-tac'],
  ['fact', 'Báo cáo kiểm điểm của cấp ủy phải nêu cao tinh thần gì?', 'van-kien'],
];

export const NEWSET96: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
