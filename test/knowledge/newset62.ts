/**
 * The sixty-second new evaluation set (issue 11, point 6), written on 2026-12-04 from 02:44 UTC
 * (committed in the commit "Eval: newset62, the sixty-second unseen set") by a helper (set62) that
 * never saw the engine; main stood at 6e10ae4 when it began. It was written from ../shared/sources/
 * (the conference article of 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of
 * ../shared/STYLE.md, ../helpers/COMMON.md, and from the pack only what
 * `node /work/helpers/pack-view.mjs` prints: the documents' ids, numbers, dates, titles/abouts,
 * issuers and statuses, the unit types' codes and names, and each topic's id, title and body
 * (config/ itself was not opened, so no sample questions, keywords, synonyms, evidence or off-topic
 * lists were seen). Also read: the header of newset35.ts (the lines before its `const items` line)
 * and its last line, the part of newset.ts before `const items`, newset35.test.ts, set-shape.ts,
 * set-checks.ts and sets.ts. Nothing under src/, bench/ or config/, no README, no git log, diff or
 * show, and no other set's or pool's items were read. Its users are imagined as the secretary of a
 * cell in a railway maintenance depot (coach and locomotive repair, night shifts, sleepers and
 * track walks), a veteran who is confused about the old Hai Bà Trưng district's documents after the
 * district was abolished, a Malaysian academic who writes in English for a comparative paper, the
 * secretary of a cell in a Vietnamese-Japanese food-processing joint venture (sausage lines, cold
 * stores, HACCP audits), a member who pastes long official text (notices, excerpts, letterheads)
 * before a short question, and a new member admitted the week before; with the out-of-scope
 * messages such users send (other organisations' congresses and meetings: the railway trade union's
 * congress, a depot's workers' conference, a company trade union's congress, shareholders' annual
 * meetings and extraordinary board meetings of a joint venture, customer conferences, the veterans'
 * association, the Red Cross, the association of the blind, the Fatherland Front after the merger,
 * the Farmers' Union's year-end conference, UMNO's general assembly, the ASEAN Inter-Parliamentary
 * Assembly, the Chinese party's next congress; other senses of "đại hội" and "hội nghị": ward
 * sports games, pupils' "cháu ngoan Bác Hồ" congresses, investment promotion conferences; other
 * party business the pack does not cover: probation and full membership, party cards, dues on
 * gross or net pay, courses for new members, the members' handbook, annual self-review, the
 * sponsor who moved away, twinning with another cell, temporary transfer papers, members working
 * abroad, discipline after drink-driving, the inspection commission's checks of a cell's funds,
 * thematic cell meetings, 40-year badges and flowers; people in posts; addresses, hotlines and
 * opening hours (the old district committee's seat, the ward's one-stop desk); money (hazard
 * allowances, the 13th-month wage, regional minimum wages, meal costs for tax, bus passes, traffic
 * fines, exchange rates); local government services after the merger (pensions at the post
 * office, veterans' certificates, lost medals, land papers, the People's Council's first session,
 * National Assembly election day, food-safety certificates); railway work (timetables, brake
 * checks), export labelling, Malaysian elections, visas, citation and interviews; lunch for a party
 * and backdrop printing; the weather; the bot itself).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset62.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Pasted text
 * holds no document number, so that a pasted question's expectation rests on its question alone.
 * Questions whose right answer the sources leave open (the district congress's date, which units
 * were chosen for the pilot congresses, who was elected, age limits, committee sizes, the money a
 * congress may spend, which cells the five-yearly pilot covers) were left out, not guessed.
 *
 * One engine change reached main while it was being written (53d7f36: a date after a
 * document's number, ket-qua's keywords). Engine changes reached main after its commit: 57dbd65,
 * 8b231d2 and 894a516 (the word prior
 * relearned with newset59 to newset61) and 944661b (D66, files kept, trays priced); its writer saw
 * none of them. It was measured once, at 02:53 UTC on main 894a516 (`node --expose-gc
 * dist/bench/qa.js`, load 2.85): qa_new_top1 98.5 %, qa_new_oos_refused 97.0 % (2 in-scope misses,
 * 2 lookalikes answered; qa_p99_us 112.2 in that run, p50 30.9). Its misses were listed after that
 * run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  [
    'doc',
    'Tổ bảo dưỡng toa xe chúng tôi vẫn giữ bản Chỉ thị số 35-CT/TW năm 2024, văn bản này bây giờ còn áp dụng không?',
    'doc:ct-35-2024',
  ],
  ['doc', 'chi thi 35 nam 2024 cua bo chinh tri ve dai hoi bi thay the chua', 'doc:ct-35-2024'],
  [
    'doc',
    'For a footnote: Directive 35 of June 2024, who issued it and what is its status now?',
    'doc:ct-35-2024',
  ],
  [
    'doc',
    'Ông nghe cán bộ phường nói CT35 năm 2024 hết hiệu lực rồi, có đúng không các cháu?',
    'doc:ct-35-2024',
  ],
  [
    'doc',
    'Kết luận 118-KL/TW mà anh em đề-pô hay nhắc đã sửa những điểm gì của chỉ thị cũ?',
    'doc:kl-118-2025',
  ],
  ['doc', 'kl118 ban hanh ngay nao, do co quan nao ky', 'doc:kl-118-2025'],
  ['doc', 'Conclusion 118 of January 2025: what did it amend, and does it still stand?', 'doc:kl-118-2025'],
  ['doc', 'Chi bộ đề-pô đầu máy cần tra Chỉ thị 45-CT/TW, văn bản này ban hành ngày nào?', 'doc:ct-45-2025'],
  [
    'doc',
    'For my paper on Vietnamese party congresses: what is Directive 45-CT/TW and has anything changed since it was issued?',
    'doc:ct-45-2025',
  ],
  ['doc', 'ct45 cua bo chinh tri thay cho van ban nao', 'doc:ct-45-2025'],
  [
    'doc',
    'Em mới vào Đảng, chị bí thư bảo đọc chỉ thị 45, cho em xin thông tin văn bản này ạ',
    'doc:ct-45-2025',
  ],
  ['doc', 'Kết luận 200 của Bộ Chính trị và Ban Bí thư nói gì về đại hội các cấp?', 'doc:kl-200-2025'],
  ['doc', 'Could you give the issuing body and date of Conclusion 200?', 'doc:kl-200-2025'],
  ['doc', 'KL 200-KL/TW ngay 17/10/2025 con hieu luc khong', 'doc:kl-200-2025'],
  [
    'doc',
    'Bên liên doanh tôi được gửi Hướng dẫn 27-HD/BTCTW, xin cho biết nó hướng dẫn văn bản nào và còn dùng không?',
    'doc:hd-27-2024',
  ],
  ['doc', 'hd27 btctw ra ngay thang nam nao vay bot', 'doc:hd-27-2024'],
  [
    'doc',
    'Guidance 27 of the Central Organisation Commission: what do your sources record about it?',
    'doc:hd-27-2024',
  ],
  [
    'doc',
    'Trong liên doanh chúng tôi có người nhắc Hướng dẫn số 18-HD/BTCTU, đó là văn bản của cơ quan nào?',
    'doc:hd-18-2024',
  ],
  ['doc', 'ong van giu hd 18 cua ban to chuc thanh uy, no huong dan cai gi', 'doc:hd-18-2024'],
  ['doc', 'What is guideline 18-HD/BTCTU and who in Hanoi issued it?', 'doc:hd-18-2024'],
  [
    'doc',
    'Chi bộ đề-pô được phổ biến Kế hoạch 258-KH/TU của Thành ủy, văn bản đó ra hôm nào và bây giờ ra sao?',
    'doc:kh-258-2024',
  ],
  ['doc', 'kh258 thanh uy con gia tri khong', 'doc:kh-258-2024'],
  ['doc', 'Plan 258 of the Hanoi Party Committee: what does your source give on it?', 'doc:kh-258-2024'],
  [
    'doc',
    'Hồi trước quận ủy phát cho chi bộ Kế hoạch số 203-KH/QU, giờ không còn quận thì văn bản ấy thế nào?',
    'doc:kh-203-2024',
  ],
  ['doc', 'kh 203 quan uy hai ba trung ve to chuc dai hoi co so', 'doc:kh-203-2024'],
  ['doc', 'Plan 203 of the Hai Ba Trung district committee: date and status, please.', 'doc:kh-203-2024'],
  [
    'doc',
    'Nghị quyết 26-NQ/TW năm 2018 của Trung ương khóa XII là về vấn đề gì, bot có thông tin không?',
    'doc:nq-26-2018',
  ],
  ['doc', 'nq26 nam 2018 lien quan gi den nhan su cap uy', 'doc:nq-26-2018'],
  [
    'doc',
    'What is Resolution 26 of the 12th Central Committee, as your sources record it?',
    'doc:nq-26-2018',
  ],
  ['doc', 'Quy định 89-QĐ/TW về tiêu chuẩn cán bộ còn dùng để giới thiệu nhân sự không?', 'doc:qd-89-2017'],
  ['doc', 'QĐ 89 năm 2017 đã bị thay chưa vậy', 'doc:qd-89-2017'],
  [
    'doc',
    'In my draft I cite Regulation 89 on cadre standards; was it later replaced, and by which text?',
    'doc:qd-89-2017',
  ],
  ['doc', 'chi bo toi van photo qd89 de xet nhan su, co con dung duoc khong', 'doc:qd-89-2017'],
  ['doc', 'Em được dặn đọc Quy định 365 của Bộ Chính trị, nó ra ngày nào và nói về gì ạ?', 'doc:qd-365-2025'],
  ['doc', 'qđ365 quy định tiêu chuẩn chức danh gì', 'doc:qd-365-2025'],
  ['doc', 'Is Regulation 365-QĐ/TW the successor to the 2017 cadre standards?', 'doc:qd-365-2025'],
  [
    'doc',
    'Công ty liên doanh chúng tôi thuộc Hà Nội, Quy định 14-QĐ/TU đánh giá cán bộ có áp dụng cho chi bộ không, ra khi nào?',
    'doc:qd-14-2023',
  ],
  ['doc', 'qd 14 cua thanh uy ha noi danh gia can bo the nao', 'doc:qd-14-2023'],
  [
    'doc',
    'A Hanoi interviewee mentioned Regulation 14-QĐ/TU on evaluating cadres; when was it issued and by whom?',
    'doc:qd-14-2023',
  ],
  ['doc', 'Quy định 2656-QĐ/QU của Ban Thường vụ quận ủy cũ là quy định gì hả các cháu?', 'doc:qd-2656-2023'],
  ['doc', 'qđ2656 quận ủy hai bà trưng bây giờ còn hiệu lực không', 'doc:qd-2656-2023'],
  ['doc', 'Regulation 2656 of the former district standing board: date and subject?', 'doc:qd-2656-2023'],
  ['doc', 'Quy định 1216 về quy hoạch cán bộ của quận ủy Hai Bà Trưng cũ giờ ra sao?', 'doc:qd-1216-2022'],
  ['doc', 'qd1216 ban thuong vu quan uy ban hanh ngay nao', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216-QĐ/QU on cadre planning: who issued it and when?', 'doc:qd-1216-2022'],
  ['doc', 'Quy định 294-QĐ/TW thí điểm cái gì, có hiệu lực từ bao giờ?', 'doc:qd-294-2025'],
  ['doc', 'qđ 294 co phai ve dai hoi chi bo khong', 'doc:qd-294-2025'],
  [
    'doc',
    'I keep seeing Regulation 294 cited in the Vietnamese press. What does it pilot?',
    'doc:qd-294-2025',
  ],
  [
    'doc',
    'Ông lục tủ thấy Chỉ thị 35-CT/TW ký ngày 30/5/2019 về Đại hội XIII, giờ còn đem ra dùng được không?',
    'doc:ct-35-2019',
  ],
  ['doc', 'chi thi 35 nam 2019 huong toi dai hoi XIII do ai ban hanh', 'doc:ct-35-2019'],
  ['doc', 'Directive 35 of 2019, toward the 13th Congress: what do you hold on it?', 'doc:ct-35-2019'],
  ['doc', 'Ông còn giữ CT35 năm 2019 từ nhiệm kỳ trước, văn bản ấy giờ tính sao?', 'doc:ct-35-2019'],
  [
    'doc',
    'Trong tủ hồ sơ chi bộ có Hướng dẫn 26-HD/BTCTW năm 2019, bản đó thuộc nhiệm kỳ nào?',
    'doc:hd-26-2019',
  ],
  ['doc', 'hd26 nam 2019 cua ban to chuc trung uong con ap dung cho nhiem ky nay khong', 'doc:hd-26-2019'],
  [
    'doc',
    'My archive notes list Guidance 26-HD/BTCTW of October 2019; which directive and which term did it belong to?',
    'doc:hd-26-2019',
  ],
  [
    'unknown-doc',
    'Hướng dẫn số 06-HD/TW về thi hành Điều lệ Đảng có trong nguồn của bot không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kết luận 121-KL/TW nói gì về sắp xếp bộ máy?', 'unknown-doc'],
  [
    'unknown-doc',
    'Quy định 232-QĐ/TW năm 2025 về thi hành Điều lệ Đảng có hiệu lực từ bao giờ?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Kế hoạch 47-KH/ĐU của Đảng ủy Tổng công ty Đường sắt về đại hội chi bộ trực thuộc có những mốc nào?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Công văn 5106-CV/BTCTU về hồ sơ nhân sự đại hội yêu cầu nộp những gì?', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị quyết 57-NQ/TW về khoa học công nghệ có liên quan đến đại hội chi bộ không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Chỉ thị 24-CT/TU của Thành ủy về đại hội cơ sở quy định gì?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 01-HD/UBKTTW của Ủy ban Kiểm tra Trung ương bot có không?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 137-KL/TW về sắp xếp đơn vị hành chính nói gì về đảng bộ phường?', 'unknown-doc'],
  [
    'unknown-doc',
    'Quyết định 1102-QĐ/ĐU chuẩn y kết quả bầu cử chi bộ công ty liên doanh có hiệu lực chưa?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Thông báo 52-TB/QU kết luận của Ban Thường vụ quận ủy về đại hội còn giá trị không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Is Regulation 114-QĐ/TW on controlling power in personnel work among your sources?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Hướng dẫn 12-HD/BTCĐUK của Ban Tổ chức Đảng ủy Khối doanh nghiệp về đại hội chi bộ trực thuộc',
    'unknown-doc',
  ],
  ['unknown-doc', 'Kế hoạch 96-KH/ĐU của đảng ủy phường Bạch Mai về đại hội nhiệm kỳ mới', 'unknown-doc'],
  ['unknown-doc', 'quy dinh 105 qd tw ve phan cap quan ly can bo co trong bot khong', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị quyết 21-NQ/TW về tăng cường củng cố tổ chức cơ sở đảng nói gì về đại hội chi bộ?',
    'unknown-doc',
  ],
  ['lookalike', 'Đại hội công đoàn Tổng công ty Đường sắt Việt Nam nhiệm kỳ tới họp ở đâu?', null],
  [
    'lookalike',
    'Hội nghị người lao động của xí nghiệp toa xe bao giờ tổ chức, có bàn tiền thưởng an toàn chạy tàu không?',
    null,
  ],
  ['lookalike', 'Phụ cấp độc hại cho thợ sửa chữa đầu máy diesel năm 2026 là bao nhiêu?', null],
  ['lookalike', 'Lịch chạy tàu SE1 dịp Tết Nguyên đán có thay đổi không?', null],
  ['lookalike', 'Quy trình khám hãm toa xe trước khi xuất đề-pô gồm những bước nào?', null],
  [
    'lookalike',
    'Đoàn thanh niên xí nghiệp muốn tổ chức giải bóng đá chào mừng ngày truyền thống ngành đường sắt, xin kinh phí ở đâu?',
    null,
  ],
  ['lookalike', 'Chi bộ tôi muốn kết nghĩa với chi bộ ga Hải Phòng thì làm thủ tục thế nào?', null],
  ['lookalike', 'Ai đang là Bí thư Đảng ủy Tổng công ty Đường sắt Việt Nam?', null],
  ['lookalike', 'Hội Cựu chiến binh phường Bạch Mai bao giờ đại hội nhiệm kỳ mới?', null],
  ['lookalike', 'Sổ lương hưu của tôi giờ lĩnh ở bưu điện phường mới hay phường cũ?', null],
  ['lookalike', 'Trụ sở quận ủy cũ ở 33 Đại Cồ Việt bây giờ dùng làm gì, còn tiếp dân không?', null],
  [
    'lookalike',
    'Tôi muốn xin xác nhận thời gian tham gia kháng chiến thì lên phường nào sau khi nhập?',
    null,
  ],
  ['lookalike', 'Huân chương kháng chiến của bố tôi bị thất lạc, xin cấp lại ở đâu?', null],
  [
    'lookalike',
    'Tổ dân phố tôi họp bầu tổ trưởng mới, có cần chi bộ khu dân cư giới thiệu người không?',
    null,
  ],
  ['lookalike', 'Ngày thương binh liệt sĩ năm nay phường có tổ chức gặp mặt cựu chiến binh không?', null],
  [
    'lookalike',
    "How does UMNO's general assembly elect its supreme council? I am looking for a comparison.",
    null,
  ],
  [
    'lookalike',
    'Can you put me in touch with a professor at the Ho Chi Minh National Academy of Politics for an interview?',
    null,
  ],
  [
    'lookalike',
    'What is the visa procedure for a Malaysian researcher attending a conference in Hanoi?',
    null,
  ],
  [
    'lookalike',
    'Is there an official English translation of the Vietnamese Party Charter I can cite in APA style?',
    null,
  ],
  [
    'lookalike',
    'What were the main outcomes of the ASEAN Inter-Parliamentary Assembly general assembly last year?',
    null,
  ],
  ['lookalike', 'How many seats did Pakatan Harapan win in the last Malaysian general election?', null],
  ['lookalike', 'Does your bot keep my questions, and may I cite it as a source in a journal article?', null],
  ['lookalike', 'What is the ringgit to dong exchange rate today?', null],
  [
    'lookalike',
    'Đại hội đồng cổ đông thường niên của công ty liên doanh cần bao nhiêu phần trăm cổ phần dự họp thì hợp lệ?',
    null,
  ],
  [
    'lookalike',
    'Phía đối tác Nhật Bản trong liên doanh muốn cử người dự lễ kỷ niệm thành lập công ty, mời thế nào cho đúng nghi thức?',
    null,
  ],
  ['lookalike', 'Tiêu chuẩn tem nhãn hàng thực phẩm xuất khẩu sang Nhật thay đổi gì năm 2026?', null],
  [
    'lookalike',
    'Công đoàn cơ sở công ty tổ chức đại hội công đoàn nhiệm kỳ 2026-2031 thì cần chuẩn bị những gì?',
    null,
  ],
  [
    'lookalike',
    'Suất ăn ca cho công nhân bao nhiêu tiền thì được tính vào chi phí hợp lý khi quyết toán thuế?',
    null,
  ],
  ['lookalike', 'Hội nghị khách hàng của công ty ở Đà Nẵng nên mời bao nhiêu đại lý phân phối?', null],
  [
    'lookalike',
    'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm xin ở sở nào sau khi sáp nhập tỉnh?',
    null,
  ],
  ['lookalike', 'Lương tháng 13 cho công nhân công ty liên doanh có bắt buộc theo luật không?', null],
  [
    'lookalike',
    'Hội đồng quản trị liên doanh họp bất thường để bầu tổng giám đốc mới thì thông báo trước mấy ngày?',
    null,
  ],
  ['lookalike', 'Đảng viên dự bị như em bao lâu thì được xét chuyển chính thức ạ?', null],
  ['lookalike', 'Đảng phí hằng tháng của em tính theo lương gross hay lương net ạ?', null],
  ['lookalike', 'Lễ kết nạp xong thì bao lâu em được nhận thẻ đảng viên?', null],
  [
    'lookalike',
    'Em cần học lớp bồi dưỡng nhận thức về Đảng cho đảng viên mới ở trung tâm chính trị nào?',
    null,
  ],
  ['lookalike', 'Sổ tay đảng viên mua ở đâu, giá bao nhiêu ạ?', null],
  ['lookalike', 'Năm đầu tiên là đảng viên em có phải viết bản kiểm điểm cuối năm không?', null],
  [
    'lookalike',
    'Người giới thiệu em vào Đảng chuyển công tác sang đơn vị khác thì ai theo dõi giúp đỡ em?',
    null,
  ],
  ['lookalike', 'Đại hội thể dục thể thao phường năm 2026 có môn kéo co không?', null],
  [
    'lookalike',
    'Con tôi được chọn dự đại hội cháu ngoan Bác Hồ của trường tiểu học, phụ huynh cần chuẩn bị áo quần gì?',
    null,
  ],
  [
    'lookalike',
    'Hội nghị xúc tiến đầu tư vào khu công nghiệp Phố Nối có mở cho doanh nghiệp FDI đăng ký không?',
    null,
  ],
  ['lookalike', 'Đại hội Hội Người mù phường năm nay có họp không, ở đâu?', null],
  ['lookalike', 'Đại hội Đảng Cộng sản Trung Quốc lần tới dự kiến tổ chức năm nào?', null],
  ['lookalike', 'Đại hội Hội Chữ thập đỏ phường bầu bao nhiêu ủy viên ban chấp hành?', null],
  ['lookalike', 'Số điện thoại đường dây nóng của Ban Tổ chức Thành ủy Hà Nội là gì?', null],
  ['lookalike', 'Bộ phận một cửa của phường có làm việc sáng thứ Bảy không?', null],
  ['lookalike', 'Giá vé xe buýt tháng cho người cao tuổi ở Hà Nội là bao nhiêu?', null],
  ['lookalike', 'Sau khi phường sáp nhập tôi có phải đổi địa chỉ trên sổ đỏ không?', null],
  ['lookalike', 'Bot ơi bạn chạy bằng ChatGPT hay do người ta tự viết?', null],
  ['lookalike', 'Chiều nay tôi đi họp chi bộ, Hà Nội có mưa không?', null],
  ['lookalike', 'Chi bộ muốn đặt 40 suất cơm trưa cho buổi liên hoan, quán nào gần ga Hà Nội ngon?', null],
  ['lookalike', 'Phông nền khổ 3x5 mét cho buổi gặp mặt chi bộ in ở đâu rẻ?', null],
  [
    'lookalike',
    'Chi bộ có được dùng quỹ để mua hoa tặng đảng viên nhận huy hiệu 40 năm tuổi Đảng không?',
    null,
  ],
  ['lookalike', 'Đảng viên đi xuất khẩu lao động ở Nhật thì sinh hoạt đảng thế nào?', null],
  ['lookalike', 'Giấy giới thiệu sinh hoạt đảng tạm thời có thời hạn bao lâu?', null],
  [
    'lookalike',
    'Đảng viên bị phạt vì vi phạm nồng độ cồn khi lái xe thì chi bộ xem xét kỷ luật ra sao?',
    null,
  ],
  ['lookalike', 'Mức phạt lỗi vượt đèn đỏ đối với xe máy năm 2026 là bao nhiêu?', null],
  ['lookalike', 'Ủy ban kiểm tra đảng ủy xã kiểm tra thu chi tài chính của chi bộ mỗi năm mấy lần?', null],
  ['lookalike', 'Sinh hoạt chuyên đề quý này chi bộ nên chọn chủ đề gì về chuyển đổi số?', null],
  ['lookalike', 'Kỳ họp thứ nhất của HĐND xã mới bầu chủ tịch UBND như thế nào?', null],
  ['lookalike', 'Ngày bầu cử đại biểu Quốc hội khóa XVI là ngày nào?', null],
  ['lookalike', 'Đại hội đại biểu Mặt trận Tổ quốc xã sau sáp nhập có bao nhiêu đại biểu dự?', null],
  [
    'lookalike',
    'THÔNG BÁO về việc tổ chức Đại hội Công đoàn cơ sở. Kính gửi: các tổ công đoàn trực thuộc. Thời gian: 8 giờ sáng thứ Sáu. Địa điểm: hội trường tầng 3 nhà điều hành. Thành phần: toàn thể đoàn viên công đoàn. Đề nghị các tổ trưởng nộp danh sách đoàn viên trước hai ngày. Tóm lại tôi nộp danh sách cho ai?',
    null,
  ],
  [
    'lookalike',
    'Trích văn bản: "Hội Nông dân xã tổ chức hội nghị tổng kết công tác hội và phong trào nông dân năm 2026, biểu dương hộ sản xuất kinh doanh giỏi các cấp, đề nghị các chi hội cử đại biểu tham dự đầy đủ, đúng thành phần". Hỏi: hội nghị này có phát quà cho hội viên không?',
    null,
  ],
  [
    'lookalike',
    'Nguyên văn thông báo của công ty: "Thực hiện quy định mới về tiền lương, từ kỳ lương tới công ty điều chỉnh mức lương tối thiểu vùng cho người lao động làm việc theo hợp đồng, các phòng ban phổ biến tới từng tổ sản xuất". Vậy lương vùng I hiện nay là bao nhiêu?',
    null,
  ],
  [
    'offword',
    'Tổ bảo dưỡng toa xe Giáp Bát chúng tôi toàn làm ca ba, xin hỏi đại hội chi bộ phải làm đủ mấy nội dung?',
    'noi-dung',
  ],
  [
    'offword',
    'Anh em đang thay tà vẹt ngoài bãi, tranh thủ hỏi: báo cáo chính trị của chi bộ phải đánh giá những gì?',
    'van-kien',
  ],
  [
    'offword',
    'Đề-pô sửa chữa đầu máy có ba tổ sản xuất, trước đại hội phải lập tổ nhân sự, tổ văn kiện, tổ tổ chức thế nào?',
    'chuan-bi',
  ],
  [
    'offword',
    'Dây chuyền xúc xích chạy ba ca, chi bộ ở công ty liên doanh chúng tôi thì cấp ủy trình đại hội những báo cáo nào?',
    'van-kien',
  ],
  [
    'offword',
    'Tuần này bên Nhật sang đánh giá HACCP nên bận, cho hỏi chi bộ cơ sở phải xong đại hội trước ngày nào?',
    'lich-trinh',
  ],
  [
    'offword',
    'Kho lạnh vừa nhập hàng xong, hỏi nhanh: tổ chức đại hội phải theo nguyên tắc tập trung dân chủ thế nào?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Em vừa được kết nạp tuần trước, muốn hiểu đại hội chi bộ gồm những nội dung gì ạ?',
    'noi-dung',
  ],
  [
    'offword',
    'Vừa đi tuần đường về ướt hết, cho hỏi đại hội phải bảo đảm an toàn, không phô trương hình thức là thế nào?',
    'nguyen-tac',
  ],
  [
    'offword',
    'ĐẢNG CỘNG SẢN VIỆT NAM. Kính gửi: các chi bộ trực thuộc. Thực hiện chỉ đạo của cấp trên về công tác chuẩn bị đại hội, đảng ủy đề nghị các đồng chí bí thư chi bộ nghiên cứu kỹ, triển khai nghiêm túc, báo cáo kết quả về văn phòng đảng ủy đúng hạn. Nơi nhận: như trên; lưu văn phòng. Cho hỏi chi bộ trực thuộc đại hội từ tháng mấy?',
    'lich-trinh',
  ],
  [
    'offword',
    'Tôi dán lại đoạn này: "Đại hội đảng bộ, chi bộ thực hiện 4 nội dung: tổng kết nghị quyết nhiệm kỳ 2020 - 2025, thảo luận góp ý dự thảo văn kiện, bầu ban chấp hành, bầu đoàn đại biểu dự đại hội cấp trên". Nội dung thứ hai nghĩa là chi bộ góp ý vào văn kiện nào?',
    'noi-dung',
  ],
  [
    'offword',
    'Trích: "Báo cáo kiểm điểm phải có tính chiến đấu, nêu cao tinh thần tự phê bình và phê bình, đánh giá đúng, khách quan, toàn diện, trung thực về công tác lãnh đạo, chỉ đạo". Vậy báo cáo kiểm điểm của cấp ủy còn phải đề ra những gì cho nhiệm kỳ mới?',
    'van-kien',
  ],
  [
    'offword',
    'Văn bản ghi: "Đảng bộ cơ sở lựa chọn 01 chi bộ trực thuộc để chỉ đạo tổ chức đại hội điểm; Ban Thường vụ lựa chọn 01 đảng bộ phường, 01 đảng bộ khối hành chính sự nghiệp". Vậy đại hội điểm của chi bộ trực thuộc làm trong tháng nào?',
    'dai-hoi-diem',
  ],
  [
    'two-part',
    'Chi bộ trực thuộc đại hội trong thời gian nào, và đại hội điểm được tổ chức ra sao?',
    'lich-trinh+dai-hoi-diem',
  ],
  ['two-part', 'Đại hội gồm mấy nội dung, và cấp ủy phải trình những báo cáo nào?', 'noi-dung+van-kien'],
  [
    'two-part',
    'Lựa chọn nhân sự cấp ủy khóa mới dựa vào những gì; ngoài ra phải lập những tổ nào để chuẩn bị đại hội?',
    'nhan-su+chuan-bi',
  ],
  [
    'two-part',
    'Chi bộ bây giờ mấy năm đại hội một lần, và đợt đại hội 2025-2030 đã xong chưa?',
    'chi-bo-5-nam+ket-qua',
  ],
  [
    'two-part',
    'Cấp quận bỏ từ khi nào, thế đại hội đảng bộ quận lần thứ XXVII thì sao?',
    'chinh-quyen-2-cap+dai-hoi-quan',
  ],
  [
    'two-part',
    'Đại hội XIV họp những ngày nào, và đại hội các cấp nhiệm kỳ này được đánh giá thế nào?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Tổ chức đại hội phải theo nguyên tắc gì, và việc quán triệt văn bản trước đại hội làm bằng hội nghị ra sao?',
    'nguyen-tac+chuan-bi',
  ],
  [
    'two-part',
    'What did the 2024 directive on congresses contain, and what has changed since the October 2024 conference?',
    'chi-thi-35+thay-doi',
  ],
  [
    'two-part',
    'Báo cáo chính trị của chi bộ phải viết thế nào, còn đại hội bầu những gì?',
    'van-kien+noi-dung',
  ],
  [
    'two-part',
    'Bot dựa vào những văn bản nào về đại hội, và từ sau hội nghị quán triệt đến nay có gì thay đổi?',
    'tai-lieu+thay-doi',
  ],
  ['unit', 'Chi bộ trực thuộc đảng ủy cơ sở như tổ bảo dưỡng của tôi đại hội trong tháng nào?', 'lich-trinh'],
  [
    'unit',
    'Đảng ủy cơ sở của xí nghiệp đầu máy phải chọn mấy chi bộ trực thuộc đi trước làm đại hội điểm?',
    'dai-hoi-diem',
  ],
  [
    'unit',
    'Chi bộ cơ sở trong doanh nghiệp liên doanh phải hoàn thành đại hội trước ngày nào?',
    'lich-trinh',
  ],
  [
    'unit',
    'Đại hội đảng viên của đảng bộ cơ sở được tiến hành sau khi các chi bộ trực thuộc làm xong việc gì?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở có phải bầu đoàn đại biểu đi dự đại hội cấp trên không?', 'noi-dung'],
  [
    'unit',
    'Ngoài đảng bộ phường, ban thường vụ chọn loại đảng bộ nào và loại chi bộ nào để làm đại hội điểm đầu quý I/2025?',
    'dai-hoi-diem',
  ],
  ['unit', 'Chi bộ trực thuộc có cần lập tổ văn kiện và tổ tổ chức phục vụ đại hội không?', 'chuan-bi'],
  [
    'unit',
    'A party cell under a grassroots committee: by which month did its congress have to be finished?',
    'lich-trinh',
  ],
  ['typo', 'dai hoi chi bo lien doanh minh co bao nhieu noi dung phai lam a', 'noi-dung'],
  ['typo', 'bc chinh tri va bc kiem diem cua cap uy moi cai yeu cau ra sao', 'van-kien'],
  ['typo', 'dh cb truc thuoc bat dau tu thang may nam 2025', 'lich-trinh'],
  ['typo', 'nhan su cap uy khoa moi phai quan triet nghi quyet nao cua trung uong', 'nhan-su'],
  ['typo', 'dai hoi diem o dbcs lam vao thang nao', 'dai-hoi-diem'],
  ['typo', 'chinh quyen 2 cap chay tu ngay nao vay', 'chinh-quyen-2-cap'],
  ['typo', 'đại hôi chi bô bao nhiu năm môt lân', 'chi-bo-5-nam'],
  ['typo', 'kết qủa đợt đại hội các cấp nk 2025-2030 được trung ương kết luận thế nào', 'ket-qua'],
  ['typo', 'to chuc dh chi bo phai giu nguyen tac tap trung dan chu ra sao', 'nguyen-tac'],
  ['typo', 'nhung thay doi tu sau hoi nghi quan triet 23/10/2024', 'thay-doi'],
  ['typo', 'dh xiv hop tu ngay nao den ngay nao', 'dai-hoi-xiv'],
  [
    'en',
    'From a comparative politics angle, what must a grassroots party congress in Vietnam cover in the 2025-2030 term?',
    'noi-dung',
  ],
  [
    'en',
    'Which reports does the outgoing committee present to the congress, and how do they differ?',
    'van-kien',
  ],
  [
    'en',
    'When exactly did the 14th National Congress of the Communist Party of Vietnam convene?',
    'dai-hoi-xiv',
  ],
  [
    'en',
    'Did the abolition of districts in July 2025 affect the party committees in Hanoi?',
    'chinh-quyen-2-cap',
  ],
  [
    'en',
    'Were the 2025-2030 congresses at all levels completed on schedule, according to the Politburo?',
    'ket-qua',
  ],
  [
    'en',
    'Beyond democratic centralism, what principles must guide the organisation of a congress? I read "no formalism".',
    'nguyen-tac',
  ],
  ['en', 'Which documents does this knowledge base rely on for the 2025-2030 congresses?', 'tai-lieu'],
  ['en', 'How were new committee members supposed to be chosen, according to your sources?', 'nhan-su'],
  [
    'en',
    'What preparatory teams did grassroots party organisations have to set up before their congress?',
    'chuan-bi',
  ],
  ['en', 'How were the pilot congresses scheduled ahead of the main round?', 'dai-hoi-diem'],
  [
    'fact',
    'Ông nghe nói quận Hai Bà Trưng không còn nữa, thế đại hội đảng bộ quận lần thứ XXVII có họp không?',
    'dai-hoi-quan',
  ],
  ['fact', 'Từ khi bỏ cấp quận, các đảng bộ ở Hà Nội thay đổi thế nào?', 'chinh-quyen-2-cap'],
  [
    'fact',
    'Em mới vào Đảng, nghe nói bây giờ chi bộ 5 năm mới đại hội một lần, đúng không ạ?',
    'chi-bo-5-nam',
  ],
  ['fact', 'Đại hội Đảng toàn quốc lần thứ XIV diễn ra ngày nào vậy ạ? Em muốn ghi vào sổ.', 'dai-hoi-xiv'],
  [
    'fact',
    'Cái quy định tiêu chuẩn cán bộ từ năm 2017 mà ông hay đọc đã được thay bằng văn bản mới từ hôm nào?',
    'thay-doi',
  ],
  ['fact', 'Chỉ thị về đại hội ban hành tháng 6/2024 có mấy phần và mấy phụ lục?', 'chi-thi-35'],
  ['fact', 'Chỉ thị mới của Bộ Chính trị tháng 4/2025 thay thế những văn bản nào?', 'thay-doi'],
  ['fact', 'Bộ Chính trị và Ban Bí thư kết luận gì về đợt đại hội đảng bộ các cấp vừa qua?', 'ket-qua'],
  ['fact', 'Hồi tháng 7/2025 Hà Nội cho bao nhiêu đảng bộ quận, huyện thôi hoạt động?', 'chinh-quyen-2-cap'],
  ['fact', 'Chỉ thị về đại hội năm 2024 nêu mấy yêu cầu, yêu cầu về cơ chế sàng lọc là gì?', 'chi-thi-35'],
];

export const NEWSET62: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
