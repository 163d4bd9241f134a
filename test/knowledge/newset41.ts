/**
 * The forty-first new evaluation set (issue 11, point 6), written on 2026-12-03 from 20:04 UTC
 * (committed in the commit "Eval: newset41, the forty-first unseen set") by a helper (set41) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before its import line, and that import line) and its export line, the
 * part of newset.ts before `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and
 * sets.ts. Nothing under src/, bench/ or config/, no README, no git log, diff or show, and no other
 * set's or pool's items (newset40.ts, written at the same time, included) were read. Its users are
 * imagined as the secretary of a party cell in a shipyard, the office chief of a commune party
 * committee after the 2025 merger, a member who is a pharmacist, the secretary of a cell in a
 * museum, a Thai diplomat who writes in English, a member who writes angry messages with typos,
 * and a grandfather who dictates to a voice assistant without punctuation; with the out-of-scope
 * messages such users send (other organisations' congresses and meetings: a shipbuilding trade
 * union, a workers' conference, shareholders, a pharmacists' society, the museums' association,
 * veterans, the Women's Union's village branch, a Youth Union cell, a hometown association, an
 * apartment building's owners' meeting, pupils' parents, the Fatherland Front, the Lao and Thai
 * parties, ASEAN and the UN General Assembly; other senses of "đại hội" and "hội nghị": a martial
 * world in an online game, sports games, science conferences, voters' meetings, history (the
 * Party's founding conference, its first and second congresses); other party business the pack
 * does not cover: 60-year badges and their money, annual grading, dues, admission, transfers of
 * party activity abroad, the commune committee's office staff, regular committee meetings, the
 * party members' handbook app; people in posts; the trappings of a congress (a stage backdrop);
 * addresses, phone numbers and opening hours; money and prices (steel, medicines, wages, pensions,
 * gold, night-shift pay); local government services after the merger (a new seal, redundant staff,
 * the first People's Council session, citizens' reception days, residential group heads, the
 * National Assembly election); a ship launch, pharmacy licences and inspections, taxes, a land
 * dispute, a museum's loans and yearly report to the culture department; health, weather, the
 * lunar calendar, university entrance scores; visas and an embassy; the bot itself, a home
 * internet line and small talk).
 *
 * It was committed without running any of its questions through the engine, the bot or the bench;
 * only its shape tests (newset3*.test.ts and newset4*.test.ts), biome and tsc ran. Do not edit an
 * item after its commit, except to fix an expectation that is factually wrong (against the
 * sources), in its own commit that says which and why. Engine changes reached main after its
 * commit: 68efbce (who made the bot); its writer saw none of them. It was measured once, at 20:13
 * UTC on main 68efbce, just after newset40 (`node --expose-gc dist/bench/qa.js`, load 1.83):
 * qa_new_top1 97.9 %, qa_new_oos_refused 97.1 % (3 in-scope misses, 2 lookalikes answered;
 * qa_p99_us 254.2 in that run, p50 51.7). Its misses were listed after that run, and it is a
 * development set since.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, what a congress may spend,
 * which cells the five-yearly pilot covers, whether a new commune committee counts as grassroots,
 * membership figures) were left out, not guessed.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number, three spellings or more each.
  [
    'doc',
    'Bí thư chi bộ phân xưởng vỏ tàu hỏi: Chỉ thị 35-CT/TW năm 2024 của Bộ Chính trị giờ còn dùng làm căn cứ được không?',
    'doc:ct-35-2024',
  ],
  ['doc', 'ct35 nam 2024 bi van ban nao thay the roi, toi dang soan to trinh cho chi bo', 'doc:ct-35-2024'],
  [
    'doc',
    'Directive 35 of June 2024: our embassy needs to know whether it is still in force.',
    'doc:ct-35-2024',
  ],
  ['doc', 'ông hỏi cái chỉ thị số 35 ngày 14 tháng 6 năm 2024 bây giờ còn hiệu lực không', 'doc:ct-35-2024'],
  [
    'doc',
    'Chỉ thị 35-CT/TW ngày 30/5/2019 hướng tới Đại hội XIII có còn áp dụng cho chi bộ bảo tàng không?',
    'doc:ct-35-2019',
  ],
  ['doc', 'ct 35 nam 2019 nhiem ky truoc la van ban gi vay', 'doc:ct-35-2019'],
  [
    'doc',
    'Directive 35-CT/TW from 2019, the one for the 13th Congress: what does the bot hold on it?',
    'doc:ct-35-2019',
  ],
  [
    'doc',
    'Kết luận 118-KL/TW điều chỉnh chỉ thị về đại hội, nay còn hiệu lực không, văn phòng đảng ủy xã cần biết',
    'doc:kl-118-2025',
  ],
  ['doc', 'kl118 ai ban hanh vay, hoi ca tuan ko ai biet', 'doc:kl-118-2025'],
  [
    'doc',
    'For my report to Bangkok: Conclusion 118 of January 2025, who issued it and does it still apply?',
    'doc:kl-118-2025',
  ],
  [
    'doc',
    'Văn phòng đảng ủy xã đang lập danh mục: Chỉ thị 45-CT/TW ngày 14/4/2025 thay thế những văn bản nào?',
    'doc:ct-45-2025',
  ],
  ['doc', 'ct45 cua bo chinh tri ban hanh ngay nao de em ghi vao bien ban chi bo', 'doc:ct-45-2025'],
  ['doc', 'Directive 45-CT/TW: what is it about and what is its status?', 'doc:ct-45-2025'],
  [
    'doc',
    'bí thư chi bộ nhà máy đóng tàu hỏi chỉ thị số 45 về đại hội hiện nay tình trạng thế nào',
    'doc:ct-45-2025',
  ],
  ['doc', 'Kết luận 200-KL/TW ngày 17/10/2025 do cơ quan nào ban hành?', 'doc:kl-200-2025'],
  ['doc', 'kl 200 noi gi ve ket qua dai hoi, dang ban nha thuoc tranh thu hoi', 'doc:kl-200-2025'],
  ['doc', 'Conclusion 200-KL/TW of October 2025: what did it find?', 'doc:kl-200-2025'],
  [
    'doc',
    'Hướng dẫn 27-HD/BTCTW ngày 26/8/2024 của Ban Tổ chức Trung ương hướng dẫn văn bản nào?',
    'doc:hd-27-2024',
  ],
  ['doc', 'hd27 btctw noi dung chi tiet co trong bot chua', 'doc:hd-27-2024'],
  ['doc', 'Guidance 27 of the Central Organisation Commission: what is its status?', 'doc:hd-27-2024'],
  [
    'doc',
    'Hướng dẫn 18-HD/BTCTU ngày 01/10/2024 của Ban Tổ chức Thành ủy hướng dẫn những gì?',
    'doc:hd-18-2024',
  ],
  ['doc', 'van phong dang uy xa hoi: hd so 18 cua ban to chuc thanh uy con dung khong', 'doc:hd-18-2024'],
  ['doc', 'Hanoi Organisation Board Guidance 18: date and issuer, please.', 'doc:hd-18-2024'],
  [
    'doc',
    'Chi bộ bảo tàng cần ghi vào sổ lưu: Kế hoạch 258-KH/TU của Thành ủy Hà Nội ban hành ngày nào?',
    'doc:kh-258-2024',
  ],
  ['doc', 'kh258 cua thanh uy ha noi la van ban gi, chi bo bao tang co can luu khong', 'doc:kh-258-2024'],
  [
    'doc',
    'The embassy is tracking Plan 258-KH/TU of the Hanoi Party Committee; what is its status today?',
    'doc:kh-258-2024',
  ],
  [
    'doc',
    'Tôi là dược sĩ, mới chuyển sinh hoạt về: Kế hoạch 203-KH/QU của Quận ủy Hai Bà Trưng nói về việc gì?',
    'doc:kh-203-2024',
  ],
  ['doc', 'kh 203 quan uy con hieu luc sau khi bo cap huyen khong', 'doc:kh-203-2024'],
  ['doc', 'What is Plan 203 of the Hai Ba Trung district committee?', 'doc:kh-203-2024'],
  [
    'doc',
    'bảo tàng chúng tôi trước thuộc quận Hai Bà Trưng, kế hoạch số 203 ngày 29/7/2024 ấy còn giá trị không',
    'doc:kh-203-2024',
  ],
  [
    'doc',
    'Anh em xưởng tàu cãi nhau: Nghị quyết 26-NQ/TW năm 2018 về cán bộ là do cơ quan nào ban hành?',
    'doc:nq-26-2018',
  ],
  ['doc', 'nq26 khoa XII ve can bo la gi, toi la duoc si o chi bo khoa duoc', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26 of the 12th Central Committee, May 2018: what is it?', 'doc:nq-26-2018'],
  ['doc', 'Hướng dẫn 26-HD/BTCTW năm 2019 có dùng cho nhiệm kỳ 2025 - 2030 không?', 'doc:hd-26-2019'],
  ['doc', 'hd26 nam 2019 huong dan chi thi cu phai khong', 'doc:hd-26-2019'],
  [
    'doc',
    'A colleague cited Guidance 26-HD/BTCTW of October 2019; is it relevant to the 2025-2030 term at all?',
    'doc:hd-26-2019',
  ],
  ['doc', 'Quy định 89-QĐ/TW về tiêu chuẩn cán bộ còn hiệu lực không hay đã bị thay?', 'doc:qd-89-2017'],
  ['doc', 'qd89 bi thay roi a, sao ko ai bao', 'doc:qd-89-2017'],
  ['doc', 'Regulation 89 of 2017 on cadre standards: has it been replaced?', 'doc:qd-89-2017'],
  [
    'doc',
    'Quy định 365-QĐ/TW ngày 30/8/2025 về tiêu chuẩn chức danh cán bộ do ai ban hành?',
    'doc:qd-365-2025',
  ],
  ['doc', 'qd 365 ve tieu chuan chuc danh can bo ban hanh ngay nao', 'doc:qd-365-2025'],
  [
    'doc',
    'Regulation 365-QĐ/TW on cadre posts: which body issued it, and on what date, for my briefing note?',
    'doc:qd-365-2025',
  ],
  [
    'doc',
    'Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy về tiêu chí đánh giá cán bộ ban hành ngày nào?',
    'doc:qd-14-2023',
  ],
  ['doc', 'qd14 thanh uy ha noi ve danh gia can bo con ap dung ko', 'doc:qd-14-2023'],
  ['doc', 'Regulation 14-QĐ/TU of the Hanoi Standing Board: what is its date?', 'doc:qd-14-2023'],
  [
    'doc',
    'Quy định 2656-QĐ/QU của Ban Thường vụ Quận ủy về tiêu chí đánh giá cán bộ là văn bản gì?',
    'doc:qd-2656-2023',
  ],
  ['doc', 'qd 2656 quan uy hai ba trung con ap dung o xa moi khong', 'doc:qd-2656-2023'],
  [
    'doc',
    'Regulation 2656 of the Hai Ba Trung district Standing Board: what subject does it cover?',
    'doc:qd-2656-2023',
  ],
  ['doc', 'ông hỏi quy định 1216-QĐ/QU về quy hoạch cán bộ của quận ban hành năm nào', 'doc:qd-1216-2022'],
  ['doc', 'qd1216 quy hoach can bo cua quan uy la gi', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216 on cadre planning: issuer and date?', 'doc:qd-1216-2022'],
  ['doc', 'Quy định 294-QĐ/TW thí điểm đại hội chi bộ có hiệu lực từ bao giờ?', 'doc:qd-294-2025'],
  ['doc', 'qd294 ai ban hanh vay, chi bo xuong tau dang tranh luan', 'doc:qd-294-2025'],
  ['doc', 'Regulation 294 of May 2025: what does it pilot?', 'doc:qd-294-2025'],

  // Documents the pack does not hold.
  ['unknown-doc', 'Quy định 232-QĐ/TW về bầu cử trong Đảng có gì mới cho đại hội chi bộ?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 31-HD/BTCTW về đại hội chi bộ có trong bot không?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 150-KL/TW nói gì về nhân sự đại hội?', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 28-CT/TW áp dụng cho chi bộ bảo tàng thế nào?', 'unknown-doc'],
  ['unknown-doc', 'kh 47-KH/TU cua thanh uy ve dai hoi xa phuong moi la gi', 'unknown-doc'],
  [
    'unknown-doc',
    'Nghị quyết 57-NQ/TW có được đưa vào văn kiện đại hội chi bộ xưởng tàu không?',
    'unknown-doc',
  ],
  [
    'unknown-doc',
    'Chi bộ nhà thuốc muốn biết Quy định 24-QĐ/TW thi hành Điều lệ nói gì về đại hội chi bộ, bot có không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Directive 09-CT/TW on party congresses: does the bot have it?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 06-HD/TW về nghiệp vụ công tác đảng viên có trong nguồn không?', 'unknown-doc'],
  ['unknown-doc', 'cong van 1234-CV/DU cua dang uy xa ve lich dai hoi dau roi', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 12-KH/ĐU của đảng ủy xã sau sáp nhập về đại hội chi bộ thôn', 'unknown-doc'],
  ['unknown-doc', 'Regulation 190-QĐ/TW on personnel work: what does it say?', 'unknown-doc'],
  ['unknown-doc', 'Thông báo 73-TB/TW về đại hội có trong tài liệu của bot không?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 127-KL/TW về sắp xếp bộ máy ảnh hưởng đại hội thế nào?', 'unknown-doc'],
  ['unknown-doc', 'ông hỏi chỉ thị 05 về học tập và làm theo Bác có liên quan đại hội không', 'unknown-doc'],
  ['unknown-doc', 'nq 22 ve dai hoi chi bo nha may dong tau co trong bot ko vay', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 15-HD/BTCTU của Ban Tổ chức Thành ủy về đại hội chi bộ nói gì?', 'unknown-doc'],

  // In scope, with words of the users' lives around the question.
  ['offword', 'Trời Hải Phòng mưa bão mấy hôm nay, mà cho hỏi đại hội chi bộ có mấy nội dung?', 'noi-dung'],
  [
    'offword',
    'Điện thoại tôi hết pin sắp tắt, hỏi nhanh: báo cáo chính trị cần đánh giá những gì?',
    'van-kien',
  ],
  [
    'offword',
    'Vợ tôi giục đi chợ, nhưng cho hỏi trước: chuẩn bị đại hội phải thành lập những tổ nào?',
    'chuan-bi',
  ],
  [
    'offword',
    'Đang đứng quầy bán thuốc, hỏi tranh thủ: chọn nhân sự cấp ủy khóa mới căn cứ những quy định gì?',
    'nhan-su',
  ],
  [
    'offword',
    'Lương tháng này chưa về, buồn quá; mà đại hội đảng bộ các cấp nhiệm kỳ này đã xong chưa?',
    'ket-qua',
  ],
  [
    'offword',
    'cháu đang gõ hộ ông nhé ông hỏi đại hội đảng toàn quốc lần thứ mười bốn họp mấy ngày',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Tiền điện tháng này tăng gấp đôi, bực mình; sẵn hỏi chi bộ bây giờ mấy năm đại hội một lần?',
    'chi-bo-5-nam',
  ],
  [
    'offword',
    'Bảo tàng đang đóng cửa sửa mái, tôi tranh thủ hỏi đại hội điểm của đảng bộ cơ sở làm vào tháng nào?',
    'dai-hoi-diem',
  ],
  [
    'offword',
    'Vừa hết ca đêm ở xưởng, hỏi: tổ chức đại hội phải chống lãng phí, không phô trương hình thức ra sao?',
    'nguyen-tac',
  ],
  [
    'offword',
    'Con tôi sốt, đang ở viện nhắn hỏi nhanh: từ hội nghị quán triệt tháng 10/2024 đến nay có những thay đổi gì?',
    'thay-doi',
  ],
  [
    'offword',
    'Sáp nhập xong văn phòng chuyển trụ sở mới, wifi chưa có; hỏi quận ủy cũ còn hoạt động không?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Giá vàng hôm nay lên mạnh quá, nhưng tôi hỏi việc khác: đại hội đảng bộ quận Hai Bà Trưng là lần thứ mấy?',
    'dai-hoi-quan',
  ],
  [
    'offword',
    'Mới mua máy tính bảng để đọc tài liệu, cho xin danh sách văn bản về đại hội nhiệm kỳ 2025-2030',
    'tai-lieu',
  ],
  [
    'offword',
    'Tàu sắp hạ thủy bận túi bụi, hỏi nhanh chỉ thị về đại hội năm 2024 có mấy phần mấy phụ lục?',
    'chi-thi-35',
  ],

  // Two questions in one message.
  [
    'two-part',
    'Chi bộ xưởng đóng mới sắp họp: đại hội gồm mấy nội dung, và cấp ủy trình những báo cáo nào?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Đại hội chi bộ trực thuộc làm tháng mấy, còn đại hội điểm làm khi nào?',
    'lich-trinh+dai-hoi-diem',
  ],
  ['two-part', 'Chuẩn bị đại hội cần làm những việc gì và phải theo nguyên tắc nào?', 'chuan-bi+nguyen-tac'],
  [
    'two-part',
    'Đại hội XIV họp ngày nào, còn đại hội các cấp bên dưới đã xong hết chưa?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Nhân sự cấp ủy khóa mới chọn theo tiêu chuẩn nào, và chi bộ giờ mấy năm đại hội một lần?',
    'nhan-su+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Sau 1/7/2025 còn cấp quận không, và Đại hội Đảng bộ quận lần thứ XXVII là đại hội gì?',
    'chinh-quyen-2-cap+dai-hoi-quan',
  ],
  [
    'two-part',
    'What are the four items of a congress, and which reports does the committee submit to it?',
    'noi-dung+van-kien',
  ],
  ['two-part', 'bao cao kiem diem phai viet the nao, va to van kien lap ra de lam gi', 'van-kien+chuan-bi'],
  [
    'two-part',
    'Chỉ thị năm 2024 về đại hội có mấy yêu cầu, và sau đó có những gì thay đổi?',
    'chi-thi-35+thay-doi',
  ],
  [
    'two-part',
    'ông hỏi đại hội chi bộ gồm những nội dung gì rồi khi nào thì phải xong',
    'noi-dung+lich-trinh',
  ],

  // By kind of unit.
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở như chi bộ xưởng vỏ tàu thì đại hội trong khoảng thời gian nào?',
    'lich-trinh',
  ],
  ['unit', 'chi bo co so o bao tang thi dai hoi tu thang may den khi nao', 'lich-trinh'],
  ['unit', 'Đảng bộ cơ sở của tổng công ty đóng tàu phải hoàn thành đại hội trước ngày nào?', 'lich-trinh'],
  ['unit', 'Chi bộ khoa dược trực thuộc đảng ủy bệnh viện thì lịch đại hội thế nào?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở tổ chức đại hội đại biểu sau khi các chi bộ trực thuộc xong thì bắt đầu từ tháng mấy?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở có phải bầu Ban Chấp hành và đoàn đại biểu dự đại hội cấp trên không?', 'noi-dung'],
  [
    'unit',
    'Đảng ủy cơ sở bệnh viện có phải chọn một chi bộ trực thuộc, như chi bộ khoa dược, để làm đại hội điểm không?',
    'dai-hoi-diem',
  ],
  [
    'unit',
    'Chi bộ cơ sở của doanh nghiệp tư nhân đóng tàu có phải đại hội xong trước 30/6/2025 không?',
    'lich-trinh',
  ],
  ['unit', 'chi bo truc thuoc dang uy co so dai hoi xong trong thang 3/2025 phai khong', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ khối hành chính sự nghiệp như bên bảo tàng có nằm trong diện đại hội điểm của quận không?',
    'dai-hoi-diem',
  ],

  // Typos, no diacritics, chat shorthand, angry.
  ['typo', 'dai hoi chi bo gom nhung noi dug gi vay, hoi mai ko ai tra loi', 'noi-dung'],
  ['typo', 'bao cao chinh tri voi bao cao kiem diem khac nhau cho nao, noi nhanh di', 'van-kien'],
  ['typo', 'đại hội chi bộ trưc thuộc phải xong tróc tháng mấy hả', 'lich-trinh'],
  ['typo', 'thí đỉem đại hội chi bộ 5 năm 1 lần là sao, ai nghĩ ra vậy', 'chi-bo-5-nam'],
  ['typo', 'tiêu chuẩn nhân sụ cấp ủy khoá mới dựa vào đâu, nói rõ ra', 'nhan-su'],
  ['typo', 'dai hoi diem lam thang may, bao tre qua roi do', 'dai-hoi-diem'],
  ['typo', 'đại hôi các cấp xong hết chưa mà cứ họp hoài', 'ket-qua'],
  ['typo', 'dai hoi 14 cua dang hop tu ngay nao den ngay nao, noi luon', 'dai-hoi-xiv'],
  ['typo', 'chuan bi dh can lap may to, to nhan su to van kien gi gi do', 'chuan-bi'],
  ['typo', 'quân huyện bỏ hết rồi thì giờ cấp huyện con ko, đảng bộ quận đâu hết rồi', 'chinh-quyen-2-cap'],
  ['typo', 'tai lieu nao lam can cu cho dai hoi, liet ke het ra coi', 'tai-lieu'],
  ['typo', 'tap trung dan chu trong dh la nguyen tac gi, chong lang phi the nao', 'nguyen-tac'],
  ['typo', 'bot gi ma cham the, gia xang hom nay bao nhieu', null],

  // English.
  ['en', 'What are the four items on the agenda of a party cell congress in Vietnam?', 'noi-dung'],
  ['en', 'Which two reports does the committee present to the congress?', 'van-kien'],
  [
    'en',
    'On which dates did the Vietnamese Party hold its 14th National Congress? I need them for a cable.',
    'dai-hoi-xiv',
  ],
  ['en', 'Have the 2025–2030 party congresses at all levels been completed?', 'ket-qua'],
  [
    'en',
    'Does Hanoi still have district-level party committees after the local government reform?',
    'chinh-quyen-2-cap',
  ],
  [
    'en',
    'My minister asks: with the pilot begun in July 2025, is a party cell congress now held only once in five years?',
    'chi-bo-5-nam',
  ],
  ['en', 'Which pilot congresses did the district plan, and in which months were they due?', 'dai-hoi-diem'],
  [
    'en',
    'Which principles does a party committee have to respect when it organises its congress?',
    'nguyen-tac',
  ],
  [
    'en',
    "Since the district's dissemination conference in October 2024, what has changed in the rules?",
    'thay-doi',
  ],
  ['en', 'What must grassroots party organisations do to prepare for their congress?', 'chuan-bi'],
  ['en', 'On what basis are members of the new party committee selected?', 'nhan-su'],
  ['en', 'What does the 2024 Politburo directive on party congresses contain?', 'chi-thi-35'],
  ['en', 'Do you also speak Thai? My colleagues would prefer it.', null],

  // Facts from the sources.
  ['fact', 'Đại hội XIV của Đảng khai mạc ngày nào?', 'dai-hoi-xiv'],
  ['fact', 'Chính quyền địa phương 2 cấp bắt đầu vận hành từ ngày nào?', 'chinh-quyen-2-cap'],
  [
    'fact',
    'Văn phòng đảng ủy xã hỏi: ở Hà Nội có bao nhiêu đảng bộ quận, huyện thôi hoạt động từ 1/7/2025?',
    'chinh-quyen-2-cap',
  ],
  ['fact', 'Chỉ thị về đại hội năm 2024 của Bộ Chính trị có mấy phụ lục?', 'chi-thi-35'],
  [
    'fact',
    'Yêu cầu có cơ chế sàng lọc để không bỏ sót người có đức có tài là yêu cầu thứ mấy của chỉ thị năm 2024?',
    'chi-thi-35',
  ],
  ['fact', 'Trong hai báo cáo chi bộ bảo tàng trình đại hội, báo cáo nào là báo cáo trung tâm?', 'van-kien'],
  ['fact', 'Mỗi đảng bộ cơ sở chọn mấy chi bộ để làm đại hội điểm?', 'dai-hoi-diem'],
  [
    'fact',
    'Ban Thường vụ Quận ủy chọn những loại đơn vị nào làm đại hội điểm đầu quý I/2025?',
    'dai-hoi-diem',
  ],
  [
    'fact',
    'Hồi trước khi có thí điểm, Điều lệ cho chi bộ xưởng tàu đại hội mấy lần trong năm năm?',
    'chi-bo-5-nam',
  ],
  [
    'fact',
    'ông nhớ quận hai bà trưng đại hội lần thứ hai mươi mấy ấy cháu hỏi giúp ông là lần thứ bao nhiêu',
    'dai-hoi-quan',
  ],
  ['fact', 'Bầu đoàn đại biểu đi dự đại hội cấp trên có phải là một nội dung của đại hội không?', 'noi-dung'],
  [
    'fact',
    'Văn bản nào kết luận rằng đại hội các cấp nhiệm kỳ 2025 - 2030 đã tổ chức thành công?',
    'ket-qua',
  ],
  ['fact', 'Hội nghị quán triệt văn bản về đại hội có được kết hợp họp trực tuyến không?', 'chuan-bi'],
  ['fact', 'Văn bản nào đã thay thế chỉ thị về đại hội năm 2024 và kết luận điều chỉnh nó?', 'thay-doi'],

  // Lookalikes: close to the domain, but nothing in the pack answers them.
  ['lookalike', 'Đại hội công đoàn tổng công ty đóng tàu nhiệm kỳ mới gồm những nội dung gì?', null],
  ['lookalike', 'Hội nghị người lao động của nhà máy đóng tàu năm nay tổ chức khi nào?', null],
  ['lookalike', 'Lễ hạ thủy con tàu mới ở xưởng cần chuẩn bị những gì?', null],
  ['lookalike', 'Thợ hàn vỏ tàu làm ca đêm được phụ cấp bao nhiêu tiền?', null],
  ['lookalike', 'giá thép tấm đóng tàu tuần này tăng hay giảm', null],
  ['lookalike', 'Đại hội cổ đông thường niên của công ty đóng tàu phải trình những báo cáo gì?', null],
  ['lookalike', 'Con dấu mới của UBND xã sau sáp nhập khắc ở đâu, bao lâu thì có?', null],
  ['lookalike', 'Cán bộ dôi dư sau sáp nhập xã được hỗ trợ bao nhiêu tiền?', null],
  ['lookalike', 'Kỳ họp thứ nhất HĐND xã mới bầu chủ tịch UBND như thế nào?', null],
  ['lookalike', 'Lịch tiếp công dân của UBND xã mới là thứ mấy trong tuần?', null],
  ['lookalike', 'Văn phòng đảng ủy xã sau sáp nhập được giao bao nhiêu biên chế?', null],
  ['lookalike', 'Bầu tổ trưởng tổ dân phố nhiệm kỳ mới cần quá bán số hộ không?', null],
  ['lookalike', 'Đại hội Hội Dược học tỉnh nhiệm kỳ mới tổ chức ở đâu?', null],
  ['lookalike', 'Chứng chỉ hành nghề dược sắp hết hạn thì gia hạn ở đâu?', null],
  ['lookalike', 'Thuốc hạ sốt cho trẻ em loại nào tốt, giá bao nhiêu một vỉ?', null],
  ['lookalike', 'Hội nghị khoa học ngành dược năm nay có phải nộp báo cáo tham luận trước không?', null],
  ['lookalike', 'Nhà thuốc của tôi sắp bị thanh tra, cần chuẩn bị hồ sơ gì?', null],
  ['lookalike', 'Bảo tàng Lịch sử quốc gia mở cửa mấy giờ, vé vào bao nhiêu?', null],
  ['lookalike', 'Đại hội lần thứ nhất của Đảng năm 1935 ở Ma Cao diễn ra như thế nào?', null],
  ['lookalike', 'Hiện vật về Đại hội II của Đảng ở Tuyên Quang đang trưng bày ở phòng nào?', null],
  ['lookalike', 'Đại hội Hội Bảo tàng Việt Nam nhiệm kỳ mới bầu ai làm chủ tịch?', null],
  [
    'lookalike',
    'Chi bộ bảo tàng muốn mượn hiện vật của bảo tàng tỉnh bạn để triển lãm thì làm công văn thế nào?',
    null,
  ],
  ['lookalike', 'Mẫu báo cáo tổng kết năm của bảo tàng gửi Sở Văn hóa viết thế nào?', null],
  ['lookalike', 'When is the next general assembly of the Pheu Thai Party?', null],
  ['lookalike', 'How do I extend my diplomatic visa in Hanoi?', null],
  [
    'lookalike',
    'Whom should our ambassador address as the General Secretary of the Vietnamese party these days?',
    null,
  ],
  ['lookalike', 'What is the address of the Royal Thai Embassy in Hanoi?', null],
  ['lookalike', 'Could you summarise the outcomes of the latest ASEAN Summit?', null],
  ['lookalike', 'How many deputies sit in the Vietnamese National Assembly?', null],
  ['lookalike', 'When did the Communist Party of Thailand hold its last congress?', null],
  ['lookalike', 'bot ngu the, sao hoi mai ko tra loi dc cai gi', null],
  ['lookalike', 'mạng internet nhà tôi chập chờn cả tuần ai chịu trách nhiệm hả', null],
  ['lookalike', 'sao chi bộ tôi bị xếp loại khôg hoàn thành nhiệm vụ, vô lý quá', null],
  ['lookalike', 'đảng phí tháng này thu sai của tôi rồi, đóng bao nhiêu mới đúng', null],
  ['lookalike', 'thằng hàng xóm xây lấn sang đất nhà tôi thì kiện ở đâu', null],
  ['lookalike', 'ông được tặng huy hiệu 60 năm tuổi đảng thì có được tiền thưởng không cháu', null],
  ['lookalike', 'lương hưu của ông tháng sau có tăng không', null],
  ['lookalike', 'ngày mai hà nội có mưa không để ông còn đi tập dưỡng sinh', null],
  ['lookalike', 'ông muốn đặt lịch khám tim ở bệnh viện bạch mai thì gọi số nào', null],
  ['lookalike', 'kỷ niệm ngày thành lập đảng mùng ba tháng hai năm nay xã có tổ chức mít tinh không', null],
  ['lookalike', 'cháu ông thi đại học năm nay điểm chuẩn ngành dược bao nhiêu', null],
  ['lookalike', 'Đại hội võ lâm trong game Kiếm Thế tối nay mở lúc mấy giờ?', null],
  ['lookalike', 'Ban quản trị nhà chung cư hết nhiệm kỳ thì tổ chức hội nghị nhà chung cư thế nào?', null],
  [
    'lookalike',
    'Hội đồng hương Nghệ An tại Hải Phòng đại hội bầu ban chấp hành mới cần chuẩn bị những gì?',
    null,
  ],
  ['lookalike', 'Đại hội chi đoàn thanh niên xưởng tàu gồm mấy nội dung?', null],
  ['lookalike', 'Đại hội Thể dục thể thao xã mới sau sáp nhập năm nay thi những môn gì?', null],
  ['lookalike', 'Đại hội chi hội phụ nữ thôn có phải làm báo cáo kiểm điểm không?', null],
  ['lookalike', 'Hội nghị cử tri tiếp xúc đại biểu Quốc hội ở xã khi nào tổ chức?', null],
  ['lookalike', 'Bầu cử đại biểu Quốc hội khóa mới năm 2026 đi bầu ngày nào?', null],
  [
    'lookalike',
    'Đại hội Hội Cựu chiến binh phường nhiệm kỳ tới bầu đoàn đại biểu lên cấp trên thế nào?',
    null,
  ],
  ['lookalike', 'Báo cáo tài chính cuối năm của nhà thuốc nộp cho cơ quan thuế hạn chót ngày nào?', null],
  ['lookalike', 'Đại hội Đảng Nhân dân Cách mạng Lào lần tới họp năm nào?', null],
  ['lookalike', 'Đảng viên đi xuất khẩu lao động Nhật Bản thì chuyển sinh hoạt đảng thế nào?', null],
  ['lookalike', 'Kết nạp đảng cho công nhân trẻ ở xưởng tàu cần những hồ sơ gì?', null],
  ['lookalike', 'Ban Chấp hành Đảng bộ xã họp thường kỳ mỗi tháng mấy lần?', null],
  ['lookalike', 'Bot này chạy trên máy chủ nào, có đọc trộm tin nhắn của tôi không?', null],
  ['lookalike', 'cảm ơn bot nhiều nhé, chúc ngủ ngon', null],
  ['lookalike', 'cháu ơi hôm nay âm lịch là mùng mấy để ông còn thắp hương', null],
  ['lookalike', 'Phông nền sân khấu đại hội nên chọn màu gì cho đẹp?', null],
  ['lookalike', 'Đại hội đồng Liên Hợp Quốc năm nay họp vào tháng mấy?', null],
  ['lookalike', 'Tiệc tất niên của xưởng tàu nên đặt nhà hàng nào ở Hải Phòng?', null],
  ['lookalike', 'Hội nghị thành lập Đảng ở Hương Cảng có bao nhiêu đại biểu tham dự?', null],
  ['lookalike', 'Ứng dụng Sổ tay đảng viên đăng nhập bị lỗi thì làm sao?', null],
  ['lookalike', 'Đại hội đại biểu toàn quốc Mặt trận Tổ quốc lần tới là bao giờ?', null],
  [
    'lookalike',
    'Trường tiểu học của con tôi họp phụ huynh đầu năm bầu ban đại diện cha mẹ học sinh thế nào?',
    null,
  ],
  ['lookalike', 'Nhà máy đóng tàu đang tuyển thợ điện, lương khởi điểm bao nhiêu?', null],
];

export const NEWSET41: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
