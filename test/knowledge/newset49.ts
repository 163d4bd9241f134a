/**
 * The forty-ninth new evaluation set (issue 11, point 6), written on 2026-12-04 from 01:53 UTC
 * (committed in the commit "Eval: newset49, the forty-ninth unseen set") by a helper (set49) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample
 * questions, keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of
 * newset35.ts (the lines before its `const items` line) and its last line, the part of newset.ts
 * before `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under
 * src/, bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items
 * were read. Its users are imagined as the secretary of a party cell in a customs office at a
 * border gate, a veteran who is also the secretary of a residential-area cell, a Korean exchange
 * student interested in Vietnamese politics (who writes in English), the secretary of the cell of
 * a public hospital's pharmacy department, a young IT worker who writes Vietnamese slang mixed
 * with English words, and the deputy secretary of a commune party committee after the 2025
 * merger; with the out-of-scope messages such users send (other organisations' congresses and
 * meetings: a customs trade union congress, cross-border customs liaison meetings, border trade
 * fairs, a customs Youth Union's pilot congress, an army emulation congress, the Vietnam Pharmacy
 * Association's congress, a drug and therapeutics council, a clinical pharmacy conference, a
 * farmers' association after the merger, a provincial ethnic minorities' congress, the Workers'
 * Party of Korea, esports and tech summits and meetups; other senses of "đại hội": university
 * ("đại học") bridging courses, the "DH" student visa; history (the 1986 Sixth Congress, the
 * army's anniversary); other party business the pack does not cover: admission dossiers,
 * transferring membership, leaving the Party, remote workers' cell, thematic cell meetings, cell
 * record books, funeral support, monthly committee meetings, flag ceremonies; people in posts;
 * addresses, opening hours and venues (border gates, the Mausoleum, the new commune's seat);
 * money (border allowances, war invalids' benefits, pharmacists' allowances, IT salaries, won to
 * dong, bitcoin, commune budgets, the festival budget); local government and state services after
 * the merger (hamlet counts, civil status papers, new rural standards, National Assembly
 * elections, residential group elections and villagers' conventions); customs procedures, drug
 * tendering, expired-drug disposal and stock-taking; weather, restaurants, bus hire and team
 * building; the bot itself: its model, its deployment and its source code).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset49.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (who was elected, the district congress's date, which units
 * were picked for the pilots, membership figures, age limits) were left out, not guessed.
 *
 * Engine changes reached main after its commit: 72e2895 (a congress the pack numbers, asked
 * about by its number) and fbfb99a (a committee office's paperwork, the Party's positions on other
 * matters); its writer saw none of them. It was measured once, at 02:01 UTC on main fbfb99a
 * (`node --expose-gc dist/bench/qa.js`, load 1.64): qa_new_top1 98.5 %, qa_new_oos_refused 96.8 %
 * (2 in-scope misses, 2 lookalikes answered; qa_p99_us 100.1 in that run, p50 25.1). Its misses
 * were listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number, three spellings or more each.
  [
    'doc',
    'Chỉ thị số 35-CT/TW ngày 14/6/2024 giờ còn hiệu lực không, chi bộ hải quan cửa khẩu tôi vẫn lưu bản này',
    'doc:ct-35-2024',
  ],
  ['doc', 'ct35 năm 2024 của BCT bị thay rồi hả ad', 'doc:ct-35-2024'],
  ['doc', 'What is the status of Directive 35 issued by the Politburo in June 2024?', 'doc:ct-35-2024'],
  [
    'doc',
    'Chỉ thị 35-CT/TW ngày 30/5/2019 là chỉ thị về việc gì, chi bộ khu dân cư tôi còn giữ bản cũ',
    'doc:ct-35-2019',
  ],
  ['doc', 'CT 35 năm 2019 hướng tới Đại hội XIII do cơ quan nào ban hành?', 'doc:ct-35-2019'],
  ['doc', 'Directive 35-CT/TW of 2019, the one before the 13th Congress: what was it?', 'doc:ct-35-2019'],
  ['doc', 'Kết luận số 118-KL/TW ban hành ngày nào, cơ quan nào ký vậy đồng chí?', 'doc:kl-118-2025'],
  ['doc', 'kl118 còn xài được không hay bị replace rồi', 'doc:kl-118-2025'],
  ['doc', 'Conclusion 118 of January 2025: is it still valid?', 'doc:kl-118-2025'],
  [
    'doc',
    'Chỉ thị 45-CT/TW của Bộ Chính trị ra ngày nào, xã tôi cần trích dẫn trong báo cáo',
    'doc:ct-45-2025',
  ],
  ['doc', 'CT45 thay cho những văn bản nào hả bot', 'doc:ct-45-2025'],
  ['doc', 'Is Directive 45 on party congresses still in force?', 'doc:ct-45-2025'],
  ['doc', 'Kết luận 200-KL/TW ngày 17/10/2025 nói về việc gì?', 'doc:kl-200-2025'],
  ['doc', 'KL 200 do ai ban hành, ngày nào, chi bộ khoa Dược cần ghi vào nghị quyết', 'doc:kl-200-2025'],
  [
    'doc',
    'Conclusion 200-KL/TW of the Politburo and the Secretariat: what does it conclude?',
    'doc:kl-200-2025',
  ],
  ['doc', 'Hướng dẫn số 27-HD/BTCTW ngày 26/8/2024 hướng dẫn cái gì?', 'doc:hd-27-2024'],
  ['doc', 'hd27 của ban tổ chức trung ương có nội dung gì v', 'doc:hd-27-2024'],
  [
    'doc',
    'Guidance 27-HD/BTCTW from the Central Organisation Commission: what is its status?',
    'doc:hd-27-2024',
  ],
  ['doc', 'Hướng dẫn 18-HD/BTCTU của Ban Tổ chức Thành ủy hướng dẫn những nội dung gì?', 'doc:hd-18-2024'],
  ['doc', 'HD 18 BTCTU ban hành ngày nào đồng chí ơi', 'doc:hd-18-2024'],
  ['doc', 'What is Guidance 18-HD/BTCTU of the Hanoi city committee about?', 'doc:hd-18-2024'],
  ['doc', 'Kế hoạch số 258-KH/TU của Thành ủy Hà Nội ngày 15/7/2024 là kế hoạch gì?', 'doc:kh-258-2024'],
  ['doc', 'kh258 cua thanh uy ha noi ra hoi thang may nam 2024 vay ban', 'doc:kh-258-2024'],
  [
    'doc',
    'Plan 258-KH/TU of the Hanoi Party Committee: I read about it in a Korean paper, which body wrote it?',
    'doc:kh-258-2024',
  ],
  ['doc', 'Kế hoạch 203-KH/QU của Quận ủy Hai Bà Trưng bây giờ xã mới còn áp dụng không?', 'doc:kh-203-2024'],
  ['doc', 'KH 203 QU ban hành ngày mấy, tôi cần ghi vào biên bản', 'doc:kh-203-2024'],
  ['doc', 'What is Plan 203 of the Hai Ba Trung district party committee?', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết số 26-NQ/TW ngày 19/5/2018 do cơ quan nào ban hành?', 'doc:nq-26-2018'],
  ['doc', 'NQ26 khóa XII là nghị quyết gì, chi bộ tôi cần đọc lại', 'doc:nq-26-2018'],
  ['doc', 'Resolution 26-NQ/TW of the 12th Central Committee: what is it?', 'doc:nq-26-2018'],
  ['doc', 'Hướng dẫn 26-HD/BTCTW năm 2019 còn dùng được cho đại hội nhiệm kỳ này không?', 'doc:hd-26-2019'],
  ['doc', 'HD 26 BTCTW ngày 18/10/2019 hướng dẫn chỉ thị nào vậy', 'doc:hd-26-2019'],
  ['doc', 'Guidance 26 of October 2019 on the earlier Directive 35: is it still used?', 'doc:hd-26-2019'],
  ['doc', 'Quy định 89-QĐ/TW về tiêu chuẩn cán bộ bây giờ còn hiệu lực không?', 'doc:qd-89-2017'],
  ['doc', 'QĐ 89 năm 2017 nay còn dùng chấm tiêu chuẩn cán bộ ở cửa khẩu được không ạ', 'doc:qd-89-2017'],
  ['doc', 'qd89 tw ngay ban hanh la ngay nao', 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365-QĐ/TW của Bộ Chính trị ngày 30/8/2025 nói về gì?', 'doc:qd-365-2025'],
  ['doc', 'QĐ365 là quy định gì vậy mn, nghe bảo thay QĐ cũ', 'doc:qd-365-2025'],
  ['doc', 'Regulation 365-QĐ/TW on cadre standards: what is its status?', 'doc:qd-365-2025'],
  ['doc', 'Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy Hà Nội là quy định gì?', 'doc:qd-14-2023'],
  ['doc', 'qđ 14 thành ủy về tiêu chí đánh giá cán bộ ban hành ngày nào', 'doc:qd-14-2023'],
  [
    'doc',
    'Regulation 14-QĐ/TU (November 2023) of Hanoi: what does it set out, for a student essay?',
    'doc:qd-14-2023',
  ],
  ['doc', 'Quy định số 2656-QĐ/QU ngày 13/11/2023 là quy định gì?', 'doc:qd-2656-2023'],
  ['doc', 'QĐ 2656 của quận ủy còn giá trị không khi đã bỏ cấp quận', 'doc:qd-2656-2023'],
  ['doc', 'Regulation 2656 of the district Standing Board: who issued it?', 'doc:qd-2656-2023'],
  [
    'doc',
    'Quy định 1216-QĐ/QU năm 2022 về quy hoạch cán bộ, xã tôi sau sáp nhập có phải theo không?',
    'doc:qd-1216-2022',
  ],
  ['doc', 'qd1216 qu ngày mấy vậy bot', 'doc:qd-1216-2022'],
  ['doc', 'Regulation 1216-QĐ/QU on cadre planning: status?', 'doc:qd-1216-2022'],
  [
    'doc',
    'Quy định 294-QĐ/TW ngày 26/5/2025 khoa Dược chúng tôi đọc ở đâu, hiệu lực lúc nào?',
    'doc:qd-294-2025',
  ],
  ['doc', 'QĐ 294 thí điểm đại hội chi bộ còn áp dụng không', 'doc:qd-294-2025'],
  [
    'doc',
    'Regulation 294 about party cells meeting once in five years: which body signed it?',
    'doc:qd-294-2025',
  ],

  // Documents the pack does not hold.
  ['unknown-doc', 'Quy định 232-QĐ/TW về thi hành Điều lệ Đảng có gì mới cho chi bộ?', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 127-KL/TW về sắp xếp bộ máy nói những gì?', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 57-NQ/TW về chuyển đổi số thì ae IT cần nắm những gì', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 12-HD/BTCTW năm 2025 về đại hội chi bộ có không?', 'unknown-doc'],
  ['unknown-doc', 'Công văn 1523-CV/ĐU của Đảng ủy Cục Hải quan về đại hội chi bộ nói gì?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 47-KH/ĐUK của Đảng ủy Khối về đại hội có những mốc nào?', 'unknown-doc'],
  ['unknown-doc', 'Quy định 377-QĐ/TW về phân cấp quản lý cán bộ ban hành khi nào?', 'unknown-doc'],
  [
    'unknown-doc',
    'Chỉ thị 05-CT/TW về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    'unknown-doc',
  ],
  ['unknown-doc', 'What does Resolution 66-NQ/TW say about law-making?', 'unknown-doc'],
  ['unknown-doc', 'Is there a Directive 50-CT/TW on the next round of congresses?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 03-HD/ĐU của Đảng ủy xã về đại hội chi bộ thôn quy định gì?', 'unknown-doc'],
  ['unknown-doc', 'Quyết định 1102-QĐ/TU thành lập đảng bộ xã mới có hiệu lực chưa?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 09-KH/ĐU của Đảng ủy Bệnh viện về đại hội chi bộ khoa Dược', 'unknown-doc'],
  ['unknown-doc', 'Thông báo kết luận 160-TB/TW có liên quan tới đại hội chi bộ không?', 'unknown-doc'],
  [
    'unknown-doc',
    'Quy định 22-QĐ/TW về công tác kiểm tra, giám sát áp dụng cho chi bộ thế nào?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Guidance 21-HD/BTCTW of 2025: what is in it?', 'unknown-doc'],

  // In scope, with everyday words around the question.
  [
    'offword',
    'Sáng nay vừa soi xong mấy container hàng lạnh, giờ mới nhớ ra: đại hội chi bộ có mấy nội dung chính?',
    'noi-dung',
  ],
  [
    'offword',
    'Tôi đang trông cháu nội, tranh thủ hỏi: báo cáo kiểm điểm của cấp ủy phải viết thế nào?',
    'van-kien',
  ],
  [
    'offword',
    'Ca trực kho thuốc đêm qua dài quá, cho hỏi phải lập những tổ nào phục vụ đại hội?',
    'chuan-bi',
  ],
  [
    'offword',
    'vừa fix xong con bug, làm ly cafe đã: đại hội không phô trương hình thức, chống lãng phí là nguyên tắc gì vậy',
    'nguyen-tac',
  ],
  [
    'offword',
    'Hôm qua mưa ngập cả đường vào xã, tiện hỏi luôn: cấp huyện thôi hoạt động từ ngày nào?',
    'chinh-quyen-2-cap',
  ],
  [
    'offword',
    'Đi chợ mua mớ rau muống xong mới nhớ: nhân sự cấp ủy khóa mới phải theo những quy định nào?',
    'nhan-su',
  ],
  [
    'offword',
    'cuối tuần em đi Đà Lạt chill, trước khi đi hỏi nhanh: Đại hội XIV họp từ ngày nào tới ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'offword',
    'Cháu tôi vừa thi xong học kỳ, còn tôi muốn biết đại hội đảng bộ các cấp nhiệm kỳ này đã làm xong hết chưa?',
    'ket-qua',
  ],
  [
    'offword',
    'Xe khách qua cửa khẩu đông nghịt, hỏi chút: từ sau hội nghị quán triệt tháng 10/2024 đến nay có những thay đổi gì?',
    'thay-doi',
  ],
  [
    'offword',
    'Bà con đang gặt lúa, chi bộ thôn tôi muốn biết đại hội chi bộ giờ mấy năm tổ chức một lần?',
    'chi-bo-5-nam',
  ],

  // Two-part questions.
  [
    'two-part',
    'Chi bộ hải quan tôi đại hội thì phải làm mấy nội dung, rồi cấp ủy trình đại hội những báo cáo gì?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chuẩn bị đại hội cần làm những việc gì, còn nguyên tắc tổ chức đại hội là gì?',
    'chuan-bi+nguyen-tac',
  ],
  [
    'two-part',
    'Đại hội điểm làm vào tháng mấy, và các loại chi bộ, đảng bộ đại hội theo thứ tự nào?',
    'dai-hoi-diem+lich-trinh',
  ],
  [
    'two-part',
    'Cấp huyện bị bỏ từ khi nào, và Đại hội XIV diễn ra những ngày nào?',
    'chinh-quyen-2-cap+dai-hoi-xiv',
  ],
  [
    'two-part',
    'Giới thiệu nhân sự cấp ủy mới dựa vào những văn bản gì, và đại hội phải làm những nội dung gì?',
    'nhan-su+noi-dung',
  ],
  [
    'two-part',
    'Kết quả đại hội các cấp ra sao, và từ sau hội nghị 23/10/2024 đã thay đổi những gì?',
    'ket-qua+thay-doi',
  ],
  [
    'two-part',
    'What are the two main reports to a congress, and how often do party cells hold congresses under the pilot?',
    'van-kien+chi-bo-5-nam',
  ],
  [
    'two-part',
    'Chỉ thị 35 năm 2024 có mấy phần, mấy phụ lục; và đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII là đại hội gì?',
    'chi-thi-35+dai-hoi-quan',
  ],
  [
    'two-part',
    'xã em mới sáp nhập, cho hỏi chính quyền 2 cấp chạy từ bao giờ với đại hội đảng bộ các cấp đã xong chưa',
    'chinh-quyen-2-cap+ket-qua',
  ],
  [
    'two-part',
    'bot ơi list giúp các văn bản về đại hội nhiệm kỳ 2025-2030, kèm luôn đại hội điểm làm thế nào',
    'tai-lieu+dai-hoi-diem',
  ],

  // Per unit type.
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở như chi bộ khoa Dược thì đại hội trước hay sau đảng bộ cơ sở?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở ở khu dân cư thì tổ chức đại hội trong khoảng thời gian nào?', 'lich-trinh'],
  [
    'unit',
    'Đảng bộ cơ sở bệnh viện tôi phải chọn bao nhiêu chi bộ trực thuộc làm đại hội điểm, làm tháng nào?',
    'dai-hoi-diem',
  ],
  [
    'unit',
    'Đảng bộ cơ sở Chi cục Hải quan cửa khẩu đại hội lúc nào so với các chi bộ trực thuộc?',
    'lich-trinh',
  ],
  [
    'unit',
    'Chi bộ cơ sở được Ban Thường vụ chọn làm đại hội điểm thì làm vào thời gian nào?',
    'dai-hoi-diem',
  ],
  ['unit', 'Đảng bộ cơ sở của xã thì cấp ủy phải trình đại hội mấy loại báo cáo chủ yếu?', 'van-kien'],
  [
    'unit',
    'Chi bộ trực thuộc đảng ủy cơ sở đại hội có phải bầu đoàn đại biểu đi đại hội cấp trên không?',
    'noi-dung',
  ],
  ['unit', 'A grassroots party committee: what must its congress cover?', 'noi-dung'],
  [
    'unit',
    'A party cell under a grassroots committee: when does it hold its congress compared with the others?',
    'lich-trinh',
  ],
  ['unit', 'Chi bộ cơ sở chuẩn bị đại hội thì cần thành lập những tổ nào?', 'chuan-bi'],

  // Typos, no diacritics, abbreviations.
  ['typo', 'dh chi bo khu pho toi thi lam may noi dung ha bot', 'noi-dung'],
  ['typo', 'bao cao chinh tri cua chi bo phai danh gia nhung gi', 'van-kien'],
  ['typo', 'ĐH điểm tháng 12/2024 mỗi ĐBCS chọn mấy CB trực thuộc', 'dai-hoi-diem'],
  ['typo', 'to chuc dh chi bo kho duoc phai theo nguyen tac tap trung dan chu ra sao', 'nguyen-tac'],
  ['typo', 'chinh quyen 2 cap van hanh tu ngay nao vay', 'chinh-quyen-2-cap'],
  ['typo', 'DH XIV cua Dang to chuc ngay nao', 'dai-hoi-xiv'],
  ['typo', 'CB đh 5 năm 1 lần thí điểm đúng ko ad', 'chi-bo-5-nam'],
  ['typo', 'tieu chuan lua chon nhan su cap uy khoa moi', 'nhan-su'],
  ['typo', 'ĐBCS đh xong trc ngày nào', 'lich-trinh'],
  ['typo', 'kq đh các cấp nk 2025-2030 thế nào rồi', 'ket-qua'],
  ['typo', 'cac van ban ve dai hoi nhiem ky 2025 2030 gom nhung van ban nao', 'tai-lieu'],
  ['typo', 'thành lâp tổ nhân sư, tổ văn kiên phục vụ đai hôi', 'chuan-bi'],

  // English.
  ['en', 'What four items does a party cell congress cover in the 2025–2030 term?', 'noi-dung'],
  ['en', 'What must the political report of a party committee assess?', 'van-kien'],
  ['en', 'When was the 14th National Congress of the Communist Party of Vietnam held?', 'dai-hoi-xiv'],
  ['en', 'Since when has Vietnam had two-level local government?', 'chinh-quyen-2-cap'],
  ['en', 'Were the 2025–2030 party congresses at all levels completed on schedule?', 'ket-qua'],
  [
    'en',
    'My professor mentioned a Hai Ba Trung conference in October 2024; what changed for the congresses after it?',
    'thay-doi',
  ],
  ['en', 'How are the members of a new party committee chosen for the new term?', 'nhan-su'],
  [
    'en',
    'Which principles must a party congress follow? Is democratic centralism one of them?',
    'nguyen-tac',
  ],
  ['en', 'What teams does a grassroots party organisation set up before its congress?', 'chuan-bi'],
  [
    'en',
    "For my thesis: what was the Hai Ba Trung district's 27th party congress, and which plan organised the congresses toward it?",
    'dai-hoi-quan',
  ],
  [
    'en',
    'As a Korean student I want a reading list: which party papers does this bot base its congress answers on?',
    'tai-lieu',
  ],
  [
    'en',
    'How many parts and appendices does the 2024 directive on congresses toward the 14th Congress have?',
    'chi-thi-35',
  ],

  // Facts from FACTS.md.
  [
    'fact',
    'Bản Chỉ thị 35 năm 2024 chi bộ cựu chiến binh tôi cầm có mấy phụ lục, phụ lục về tuổi có không?',
    'chi-thi-35',
  ],
  ['fact', '7 yêu cầu của Chỉ thị 35/2024 tóm tắt là những gì?', 'chi-thi-35'],
  [
    'fact',
    'Hà Nội dừng hoạt động bao nhiêu đảng bộ quận, huyện, thị xã khi chính quyền 2 cấp chạy?',
    'chinh-quyen-2-cap',
  ],
  [
    'fact',
    'Hồi trước theo Điều lệ thì chi bộ khoa Dược đại hội 5 năm mấy lần, giờ thí điểm thế nào?',
    'chi-bo-5-nam',
  ],
  ['fact', 'Hôm nào Đại hội XIV khai mạc với bế mạc, tôi ghi vào sổ tay cựu chiến binh', 'dai-hoi-xiv'],
  [
    'fact',
    'Đại hội đảng bộ các cấp nhiệm kỳ 2025-2030 có đáp ứng yêu cầu của chỉ thị mới không, cấp trên kết luận thế nào?',
    'ket-qua',
  ],
  ['fact', 'Mô hình chính quyền địa phương mới còn cấp huyện không?', 'chinh-quyen-2-cap'],
  ['fact', 'Sau khi đại hội các cấp xong, cấp trên yêu cầu tiếp tục kiện toàn những gì?', 'ket-qua'],
  [
    'fact',
    'Tháng 4/2025 Bộ Chính trị ra chỉ thị mới về đại hội thì những văn bản cũ nào bị thay, sau đó còn thay đổi gì?',
    'thay-doi',
  ],
  [
    'fact',
    'Chỉ thị đại hội năm 2024 của Bộ Chính trị có 7 yêu cầu gì, ban nào ở Trung ương hướng dẫn?',
    'chi-thi-35',
  ],

  // Lookalikes: the customs cell secretary at a border gate.
  ['lookalike', 'Đại hội công đoàn Chi cục Hải quan cửa khẩu nhiệm kỳ tới cần chuẩn bị những gì?', null],
  ['lookalike', 'Hội nghị giao ban hải quan hai bên biên giới Việt – Trung quý này họp ở đâu?', null],
  [
    'lookalike',
    'Chi bộ tôi muốn kết nạp một công chức hải quan trẻ vào Đảng, hồ sơ kết nạp gồm những gì?',
    null,
  ],
  ['lookalike', 'Cửa khẩu quốc tế Lào Cai thông quan từ mấy giờ đến mấy giờ?', null],
  ['lookalike', 'Phụ cấp công tác khu vực biên giới của công chức hải quan được tính thế nào?', null],
  ['lookalike', 'Đảng viên được điều động sang chi cục khác thì chuyển sinh hoạt đảng thế nào?', null],
  ['lookalike', 'Hàng tạm nhập tái xuất qua cửa khẩu phải khai tờ khai loại gì?', null],
  ['lookalike', 'Hội nghị xúc tiến thương mại biên giới Việt – Lào năm nay tổ chức ở tỉnh nào?', null],
  ['lookalike', 'Lễ chào cờ đầu tháng ở trạm kiểm soát liên hợp thì ai chủ trì?', null],
  ['lookalike', 'Đoàn thanh niên Hải quan tổ chức đại hội điểm chi đoàn thì làm thế nào?', null],

  // Lookalikes: the veteran who runs a residential-area cell.
  ['lookalike', 'Tổ dân phố tôi họp bầu tổ trưởng mới, cần bao nhiêu hộ dự thì hợp lệ?', null],
  [
    'lookalike',
    'Hội nghị nhân dân ở khu dân cư để thông qua quy ước về vệ sinh môi trường tổ chức thế nào?',
    null,
  ],
  ['lookalike', 'Ngày hội Đại đoàn kết toàn dân tộc ở khu phố năm nay được cấp kinh phí bao nhiêu?', null],
  ['lookalike', 'Đảng viên trong chi bộ khu dân cư qua đời thì chi bộ lo phúng viếng theo mức nào?', null],
  ['lookalike', 'Tôi là thương binh, trợ cấp hằng tháng năm nay tăng lên bao nhiêu?', null],
  ['lookalike', 'Đại hội thi đua quyết thắng của sư đoàn cũ tôi có mời cựu chiến binh về dự không?', null],
  [
    'lookalike',
    'Chi bộ khu dân cư tổ chức đi viếng nghĩa trang liệt sĩ Trường Sơn, nên thuê xe ở đâu?',
    null,
  ],
  [
    'lookalike',
    'Một đảng viên 80 tuổi trong chi bộ tôi muốn xin ra khỏi Đảng thì làm thủ tục thế nào?',
    null,
  ],
  ['lookalike', 'Sổ theo dõi đảng viên của chi bộ khu dân cư ghi theo mẫu nào?', null],
  ['lookalike', 'Lễ kỷ niệm ngày thành lập Quân đội nhân dân Việt Nam năm nay tổ chức ở đâu?', null],
  ['lookalike', 'Hồi tôi còn tại ngũ, Đại hội VI năm 1986 quyết định Đổi mới ra sao, kể lại giúp tôi', null],

  // Lookalikes: the Korean exchange student.
  ['lookalike', "How is the Workers' Party of Korea's congress different from Vietnam's?", null],
  ['lookalike', 'Can a foreign exchange student sit in on a ward party congress as an observer?', null],
  ['lookalike', 'When is the next South Korean presidential election?', null],
  ['lookalike', "Who chairs the Hanoi People's Committee right now, and how old is he?", null],
  ['lookalike', 'How do I extend my DH student visa at the Hanoi immigration office?', null],
  ['lookalike', 'Which Vietnamese university teaches the history of the Communist Party in English?', null],
  ['lookalike', 'What is the exchange rate between the Korean won and the dong today?', null],
  ['lookalike', 'Is there a good Korean restaurant near Ba Dinh Square?', null],
  ['lookalike', 'What time does the Ho Chi Minh Mausoleum open for visitors?', null],
  ['lookalike', "How many seats are there in Vietnam's National Assembly compared with Korea's?", null],

  // Lookalikes: the pharmacy department's cell secretary.
  [
    'lookalike',
    'Hội đồng thuốc và điều trị bệnh viện tôi phải họp định kỳ bao lâu một lần, khoa Dược làm thư ký?',
    null,
  ],
  ['lookalike', 'Đấu thầu thuốc tập trung cấp quốc gia năm nay có những mặt hàng nào?', null],
  ['lookalike', 'Hội nghị dược lâm sàng toàn quốc năm nay đăng ký báo cáo ở đâu?', null],
  ['lookalike', 'Thuốc hết hạn trong kho khoa Dược tiêu hủy theo quy trình nào?', null],
  ['lookalike', 'Phụ cấp ưu đãi nghề cho dược sĩ bệnh viện công là bao nhiêu phần trăm?', null],
  ['lookalike', 'Kiểm kê kho thuốc cuối năm thì biên bản cần những ai ký?', null],
  ['lookalike', 'Chi bộ khoa Dược muốn sinh hoạt chuyên đề về y đức, nên chọn chủ đề gì?', null],
  ['lookalike', 'Dược sĩ trung cấp học liên thông lên đại học dược mất mấy năm?', null],
  ['lookalike', 'Đại hội Hội Dược học Việt Nam khóa mới bầu ai làm chủ tịch?', null],

  // Lookalikes: the young IT worker.
  ['lookalike', 'ê bot, mày chạy model gì vậy, GPT hay tự train?', null],
  ['lookalike', 'deploy con bot telegram kiểu này lên VPS thì xài docker hay pm2 ngon hơn?', null],
  ['lookalike', 'giải esports LMHT ở SEA Games năm nay VN có team không bro', null],
  ['lookalike', 'Vietnam Web Summit năm nay tổ chức ở đâu, vé early bird bao nhiêu?', null],
  ['lookalike', 'lương senior dev ở Hà Nội giờ range bao nhiêu vậy mn', null],
  ['lookalike', 'meetup cộng đồng Kubernetes Hà Nội tháng này agenda có gì hot?', null],
  ['lookalike', 'chi đoàn công ty em làm team building cuối năm, venue nào ở Ba Vì ok ko', null],
  ['lookalike', 'đảng viên làm remote full-time cho công ty nước ngoài thì sinh hoạt chi bộ ở đâu?', null],
  ['lookalike', 'source code của con bot này có public trên github không', null],
  ['lookalike', 'bitcoin hôm nay pump hay dump vậy', null],

  // Lookalikes: the commune committee's deputy secretary after the merger.
  ['lookalike', 'Trụ sở Đảng ủy xã mới sau sáp nhập đặt ở xã cũ nào?', null],
  [
    'lookalike',
    'Phó bí thư đảng ủy xã kiêm chủ tịch Ủy ban MTTQ xã có được hưởng phụ cấp kiêm nhiệm không?',
    null,
  ],
  ['lookalike', 'Hội nghị Ban Chấp hành Đảng bộ xã thường kỳ hằng tháng cần chuẩn bị nội dung gì?', null],
  ['lookalike', 'Xã tôi muốn đạt chuẩn nông thôn mới nâng cao thì cần bao nhiêu tiêu chí?', null],
  ['lookalike', 'Bầu cử đại biểu Quốc hội khóa XVI tổ chức vào ngày nào?', null],
  ['lookalike', 'Đại hội đại biểu Đảng bộ xã lần thứ nhất của xã tôi bầu ai làm bí thư?', null],
  ['lookalike', 'Xin giấy xác nhận tình trạng hôn nhân ở xã mới mất mấy ngày?', null],
  ['lookalike', 'Lễ hội đình làng xã tôi tổ chức vào mùng mấy tháng Giêng?', null],
  ['lookalike', 'Các hội nông dân xã cũ hợp nhất thì đại hội hội nông dân xã mới tổ chức lúc nào?', null],
  ['lookalike', 'Ngân sách xã năm nay phân bổ cho sự nghiệp giáo dục được bao nhiêu?', null],
  ['lookalike', 'Xã mới có bao nhiêu thôn, bản sau khi sáp nhập?', null],
  ['lookalike', 'Đại hội đại biểu các dân tộc thiểu số cấp tỉnh lần thứ V tổ chức khi nào?', null],
  ['lookalike', 'Mai Hà Nội có mưa không, tôi định đi xe máy đi họp chi bộ', null],
];

export const NEWSET49: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
