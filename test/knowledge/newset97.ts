/**
 * The ninety-seventh new evaluation set (issue 11, point 6), written on 2026-12-04 from 19:20 UTC
 * (committed in the commit "Eval: newset97, the ninety-seventh unseen set") by a helper (set97) that
 * never saw the engine. It was written from ../shared/sources/ (the conference article of
 * 23/10/2024 and FACTS.md), ../shared/DESIGN.md, the first 50 lines of ../shared/STYLE.md,
 * ../helpers/COMMON.md, and from the pack only what `node /work/helpers/pack-view.mjs` prints: the
 * documents' ids, numbers, dates, titles/abouts, issuers and statuses, the unit types' codes and
 * names, and each topic's id, title and body (config/ itself was not opened, so no sample questions,
 * keywords, synonyms, evidence or off-topic lists were seen). Also read: the header of newset35.ts
 * (the lines before its `const items`) and its last line, the part of newset.ts before
 * `const items`, newset35.test.ts, set-shape.ts, set-checks.ts and sets.ts. Nothing under src/,
 * bench/ or config/, no README, no git log, diff or show, and no other set's or pool's items
 * (newset95.ts and newset96.ts included) were read. Its users are imagined as the secretary of a
 * mountain commune's party cell (a village cell) after the 2025 merger, a member who runs a noodle
 * shop, a member who is a lawyer, a Japanese NGO worker who writes in English, and a member who
 * writes with many typos and missing words; with the out-of-scope messages such users send (other
 * organisations' congresses and meetings: the provincial congress of ethnic minorities, the Farmers'
 * Union, the Red Cross, the Study Promotion Association, the Association of the Blind, a tea
 * cooperative's members' meeting, a chefs' association, the city Bar Association and the national
 * Bar Federation, the Lawyers' Association, a clan's yearly gathering, a hometown association, the
 * Japanese Communist Party's congress, Japan's LDP leadership vote, the US Congress, the UN General
 * Assembly, a world congress of rural sociology, a donor coordination conference; other senses of
 * "đại hội", "hội nghị" and their neighbours: a martial-arts gathering in a wuxia novel, a big
 * New Year concert (đại nhạc hội), a farm-produce fair (hội chợ), a cooking contest (hội thi), a law
 * seminar (hội thảo), "đại học" typed for "đại hội", a farewell party in English; party business
 * the pack does not cover: members running a business, members travelling abroad, lost party cards,
 * registering with the residential cell, lifting a reprimand, a member-lawyer defending a cadre, a
 * cell's thematic resolution; village life in the mountains: electing a village head, village
 * elders' meetings, the Lồng Tồng festival, forest protection contracts, new-rural criteria,
 * landslides, boarding-school rice, foot-and-mouth disease in buffaloes, weak phone signal, the
 * ethnic-minority target programme's money, power cuts; the noodle shop: lump-sum tax, e-invoices
 * from cash registers, broth, food-safety inspections and certificates, delivery-app commissions,
 * sidewalk fees, fire safety, recipes, an auspicious opening day; the lawyer's work: limitation
 * periods, practising certificates, appeals, fee agreements, court records, the regional courts
 * after the 2025 reorganisation, unilateral divorce, the profession's advertising rules; the
 * NGO worker's: registering a foreign NGO, JICA projects, Tet holidays, overnight permits in border
 * communes, a Vietnamese phrase, a teacher of political vocabulary; and the typist's daily life: a
 * wedding, a broken computer, a neighbourhood clean-up, a memorial meal).
 *
 * It was committed without running any of its questions through the engine, the bot or the
 * bench; only its shape test (newset97.test.ts), biome and tsc ran. Do not edit an item after its
 * commit, except to fix an expectation that is factually wrong (against the sources), in its own
 * commit that says which and why.
 *
 * Items and expectations have the format and meaning of newset.ts (see its header and `judge`):
 * 'topic-id', 'a+b' (two-part), 'doc:id' (that document's card first), 'unknown-doc', null
 * (refused). The two documents numbered 35-CT/TW are told apart by their year (2024 or 2019), and
 * the 2019 guidance 26-HD/BTCTW from Resolution 26-NQ/TW (2018) by kind and year. Questions whose
 * right answer the sources leave open (the district congress's date, which units were chosen for
 * the pilot congresses, who was elected, age limits, committee sizes, whether a new commune
 * committee counts as grassroots, which cells the five-yearly pilot covers, whether a grassroots
 * committee held a members' or a delegates' congress) were left out, not guessed.
 * Engine changes reached main after its writer began: d2ee4ad (a semicolon ends the words before a
 * question), cc9b408 (a count read after a classifier, ', với cả' as a cut, absent phrases for
 * newset91-94's classes), 513ab0a and e9a463e (the word prior relearned with newset95 and
 * newset96); its writer saw none of them. It was measured once, at 19:33 UTC on main e9a463e
 * (`node --expose-gc dist/bench/qa.js`, load 2.55): qa_new_top1 97.9 %, qa_new_oos_refused 98.6 %
 * (3 in-scope misses, 1 lookalike answered; qa_p99_us 986.8 in that run, p50 62.5). Its misses
 * were listed after that run, and it is a development set since.
 */
import type { NewItem, NewKind } from './newset.js';

const items: Array<[NewKind, string, string | null]> = [
  // Documents by number, in several spellings.
  ['doc', 'Chỉ thị số 35-CT/TW ngày 14/6/2024 bây giờ chi bộ bản còn áp dụng nữa không?', 'doc:ct-35-2024'],
  ['typo', 'ct35 nam 2024 con hieu luc k ban oi', 'doc:ct-35-2024'],
  ['en', 'Is Directive 35 of June 2024 still the rule for party congresses?', 'doc:ct-35-2024'],
  ['doc', 'chi thi 35 cua bo chinh tri nam 2024 bi van ban nao thay roi', 'doc:ct-35-2024'],
  [
    'doc',
    'Bí thư chi bộ bản hỏi: Chỉ thị 35-CT/TW ngày 30/5/2019 dành cho nhiệm kỳ trước có còn giá trị gì không?',
    'doc:ct-35-2019',
  ],
  ['doc', 'chi thi 35 nam 2019 cua nhiem ky truoc con dung de tham khao duoc khong', 'doc:ct-35-2019'],
  [
    'en',
    'For my NGO report I need Directive 35 from May 2019, the earlier one before the 13th Congress: what is its status?',
    'doc:ct-35-2019',
  ],
  ['typo', 'ct 35 nam 2019 la cai nao vay', 'doc:ct-35-2019'],
  [
    'doc',
    'Tôi làm luật sư, cần biết Kết luận 118-KL/TW do cơ quan nào ban hành và nay còn hiệu lực không?',
    'doc:kl-118-2025',
  ],
  ['typo', 'kl118 sua doi nhung j trong chi thi', 'doc:kl-118-2025'],
  [
    'en',
    'A colleague in Tokyo asked me whether Conclusion 118 of January 2025 has been replaced since.',
    'doc:kl-118-2025',
  ],
  ['doc', 'ket luan so 118 nam 2025 con gia tri khong', 'doc:kl-118-2025'],
  ['doc', 'Chỉ thị số 45-CT/TW của Bộ Chính trị thay thế những văn bản nào?', 'doc:ct-45-2025'],
  ['doc', 'ct45 la chi thi ve cai gi the', 'doc:ct-45-2025'],
  ['en', 'Directive 45-CT/TW: date, issuer and current status please', 'doc:ct-45-2025'],
  ['doc', 'chi thi 45 cua bo chinh tri ky ngay nao', 'doc:ct-45-2025'],
  ['doc', 'Kết luận số 200-KL/TW ngày 17/10/2025 kết luận những gì?', 'doc:kl-200-2025'],
  ['typo', 'kl 200 ve ket qua dh cac cap noi j', 'doc:kl-200-2025'],
  ['en', 'What does Conclusion 200-KL/TW of October 2025 say?', 'doc:kl-200-2025'],
  ['doc', 'ket luan 200 cua bo chinh tri va ban bi thu co noi dung gi', 'doc:kl-200-2025'],
  ['doc', 'Hướng dẫn 27-HD/BTCTW hướng dẫn chỉ thị nào, chi bộ bản tôi có cần đọc không?', 'doc:hd-27-2024'],
  ['doc', 'hd27 btctw huong dan nhung gi', 'doc:hd-27-2024'],
  [
    'en',
    'What can you tell me about Guidance 27 issued by the Central Organisation Commission in August 2024?',
    'doc:hd-27-2024',
  ],
  ['doc', 'huong dan so 27 cua ban to chuc trung uong nam 2024', 'doc:hd-27-2024'],
  ['doc', 'Hướng dẫn số 18-HD/BTCTU của Ban Tổ chức Thành ủy hướng dẫn nội dung gì?', 'doc:hd-18-2024'],
  ['doc', 'hd18 cua thanh uy ha noi ban hanh ngay may', 'doc:hd-18-2024'],
  ['en', 'Guidance 18-HD/BTCTU from Hanoi: is it still valid?', 'doc:hd-18-2024'],
  [
    'doc',
    'Kế hoạch 258-KH/TU của Thành ủy Hà Nội bây giờ còn áp dụng cho phường mới sáp nhập không?',
    'doc:kh-258-2024',
  ],
  ['typo', 'kh258 la ke hoach gi vay', 'doc:kh-258-2024'],
  ['en', 'Plan 258 of the Hanoi Party Committee, what do you have on it?', 'doc:kh-258-2024'],
  ['doc', 'ke hoach so 258 cua thanh uy nam 2024', 'doc:kh-258-2024'],
  [
    'doc',
    'Kế hoạch số 203-KH/QU của Quận ủy Hai Bà Trưng còn dùng được không khi đã bỏ quận?',
    'doc:kh-203-2024',
  ],
  ['doc', 'kh 203 qu ban hanh hom nao z', 'doc:kh-203-2024'],
  ['en', 'Plan 203-KH/QU of Hai Ba Trung district: what was it about?', 'doc:kh-203-2024'],
  ['doc', 'ke hoach 203 quan uy hai ba trung ve to chuc dai hoi co so', 'doc:kh-203-2024'],
  ['doc', 'Nghị quyết 26-NQ/TW năm 2018 của Trung ương khóa XII về cán bộ', 'doc:nq-26-2018'],
  ['doc', 'nq26 khoa 12 ban hanh ngay nao', 'doc:nq-26-2018'],
  [
    'en',
    'Which Central Committee adopted Resolution 26-NQ/TW on cadres, and is it still cited?',
    'doc:nq-26-2018',
  ],
  ['doc', 'nghi quyet so 26 cua trung uong khoa xii con hieu luc khong', 'doc:nq-26-2018'],
  ['doc', 'Hướng dẫn 26-HD/BTCTW năm 2019 là văn bản gì?', 'doc:hd-26-2019'],
  ['typo', 'hd26 nam 2019 huong dan cai j', 'doc:hd-26-2019'],
  ['en', 'Guidance 26 of October 2019 for the previous term: do you use it?', 'doc:hd-26-2019'],
  ['doc', 'Quy định 89-QĐ/TW về tiêu chuẩn cán bộ còn hiệu lực hay đã bị thay?', 'doc:qd-89-2017'],
  ['doc', 'qd89 bi thay bang qd nao roi', 'doc:qd-89-2017'],
  ['en', 'Regulation 89 from 2017 on cadre standards: still current?', 'doc:qd-89-2017'],
  ['doc', 'quy dinh so 89 nam 2017 ve tieu chuan can bo gio con dung khong', 'doc:qd-89-2017'],
  ['doc', 'Quy định số 365-QĐ/TW ngày 30/8/2025 quy định về việc gì?', 'doc:qd-365-2025'],
  ['doc', 'qd 365 tieu chuan chuc danh can bo ra ngay nao', 'doc:qd-365-2025'],
  ['en', 'Which earlier rule on cadre standards did Regulation 365-QĐ/TW replace?', 'doc:qd-365-2025'],
  [
    'doc',
    'Quy định 14-QĐ/TU của Ban Thường vụ Thành ủy Hà Nội năm 2023 quy định những tiêu chí gì?',
    'doc:qd-14-2023',
  ],
  ['doc', 'qd14 thanh uy ha noi ngay ban hanh', 'doc:qd-14-2023'],
  ['en', 'Our NGO partner mentioned Regulation 14-QĐ/TU of Hanoi; what does it cover?', 'doc:qd-14-2023'],
  ['doc', 'Quy định số 2656-QĐ/QU của Ban Thường vụ Quận ủy nói về gì?', 'doc:qd-2656-2023'],
  ['typo', 'qd2656 quan uy hbt la j', 'doc:qd-2656-2023'],
  [
    'en',
    'A Hanoi partner cites Regulation 2656 on evaluating cadres; which board issued it and in what year?',
    'doc:qd-2656-2023',
  ],
  ['doc', 'Quy định 1216-QĐ/QU về quy hoạch cán bộ của Quận ủy ra ngày nào?', 'doc:qd-1216-2022'],
  ['doc', 'qd 1216 quy hoach can bo con dung khong', 'doc:qd-1216-2022'],
  ['en', 'Who issued Regulation 1216-QĐ/QU on cadre planning, and when?', 'doc:qd-1216-2022'],
  ['doc', 'quy dinh 1216 cua quan uy hai ba trung nam 2022', 'doc:qd-1216-2022'],
  ['doc', 'Quy định 294-QĐ/TW bắt đầu áp dụng cho chi bộ thôn bản từ hôm nào?', 'doc:qd-294-2025'],
  ['doc', 'qd294 thi diem dai hoi chi bo la gi', 'doc:qd-294-2025'],
  ['en', 'Regulation 294 on five-yearly cell congresses: when did it take effect?', 'doc:qd-294-2025'],
  ['typo', 'quy dinh so 294 ai ban hanh z', 'doc:qd-294-2025'],

  // Documents the pack does not hold.
  [
    'unknown-doc',
    'Luật sư hỏi: Quy định 232-QĐ/TW năm 2025 về thi hành Điều lệ Đảng có trong nguồn của bot không?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Quyết định 190-QĐ/TW về quy chế bầu cử trong Đảng bot có không?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 06-HD/TW về nghiệp vụ công tác đảng viên cho xem với', 'unknown-doc'],
  ['unknown-doc', 'Kết luận 150-KL/TW về sắp xếp tổ chức bộ máy có liên quan gì tới đại hội?', 'unknown-doc'],
  ['unknown-doc', 'Nghị quyết 60-NQ/TW của Hội nghị Trung ương 11 nói gì về sáp nhập xã?', 'unknown-doc'],
  ['unknown-doc', 'Chỉ thị 36-CT/TW của Bộ Chính trị ban hành năm nào?', 'unknown-doc'],
  ['unknown-doc', 'ke hoach 47-kh/tw ve dai hoi co trong bot ko', 'unknown-doc'],
  ['unknown-doc', 'Công văn 13-CV/BTCTW hướng dẫn bổ sung về đại hội có nội dung gì?', 'unknown-doc'],
  ['unknown-doc', 'Guidance 21-HD/BTCTW on personnel dossiers: what does it require?', 'unknown-doc'],
  ['unknown-doc', 'Kế hoạch 312-KH/TU của Thành ủy về đại hội đảng bộ xã phường mới', 'unknown-doc'],
  [
    'unknown-doc',
    'Quy định 144-QĐ/TW về chuẩn mực đạo đức của đảng viên áp dụng cho chủ quán ăn thế nào?',
    'unknown-doc',
  ],
  ['unknown-doc', 'Thông báo 07-TB/TW về công tác nhân sự đại hội là gì?', 'unknown-doc'],
  ['unknown-doc', 'What does Resolution 57-NQ/TW say about party congresses?', 'unknown-doc'],
  ['unknown-doc', 'Hướng dẫn 10-HD/ĐU của đảng ủy xã về đại hội chi bộ thôn bản', 'unknown-doc'],
  ['unknown-doc', 'kl126 noi ve dai hoi the nao', 'unknown-doc'],
  [
    'unknown-doc',
    'Regulation 80-QĐ/TW on decentralised cadre management: is it in your sources?',
    'unknown-doc',
  ],

  // The four contents of a congress.
  [
    'fact',
    'Đại hội chi bộ thôn nhiệm kỳ 2025 - 2030 phải làm mấy việc chính, gồm những việc gì?',
    'noi-dung',
  ],
  ['offword', 'Sáng nay quán phở đông khách quá, tranh thủ hỏi: đại hội đảng bộ bầu những gì?', 'noi-dung'],
  ['typo', 'dai hoi gom nhug noi dung j a', 'noi-dung'],
  [
    'en',
    "An NGO colleague asks: what items must a village party cell's congress cover in the 2025-2030 term?",
    'noi-dung',
  ],

  // The two reports.
  ['fact', 'Báo cáo kiểm điểm của cấp ủy phải có tính chiến đấu nghĩa là thế nào?', 'van-kien'],
  [
    'fact',
    'Chi bộ bản chuẩn bị văn kiện: trong hai báo cáo trình đại hội, cái nào là báo cáo trung tâm giữ vai trò định hướng?',
    'van-kien',
  ],
  ['en', 'Which reports does the outgoing committee put before the congress?', 'van-kien'],
  ['typo', 'bc chinh tri voi bc kiem diem cua cap uy khac nhau cho nao ak', 'van-kien'],
  [
    'offword',
    'Là luật sư tôi quen viết bản luận cứ, còn báo cáo chính trị của chi bộ phải đánh giá những gì?',
    'van-kien',
  ],

  // Preparing the congress.
  ['fact', 'Để chuẩn bị đại hội, cấp ủy phải lập những tổ giúp việc nào?', 'chuan-bi'],
  [
    'offword',
    'Sóng điện thoại trên bản chập chờn, hội nghị quán triệt các văn bản về đại hội có được kết hợp trực tuyến không?',
    'chuan-bi',
  ],
  ['typo', 'chuan bi dh can tong ket nhung de an chuyen de gi', 'chuan-bi'],
  ['en', 'What does a grassroots organisation have to do to get ready for its congress?', 'chuan-bi'],

  // Principles.
  ['fact', 'Tổ chức đại hội phải theo nguyên tắc nào là quan trọng nhất?', 'nguyen-tac'],
  [
    'offword',
    'Chi bộ định làm mâm cỗ linh đình mời cả bản sau đại hội, như thế có trái yêu cầu không phô trương hình thức không?',
    'nguyen-tac',
  ],
  ['en', 'Is the congress meant to avoid ostentation and waste?', 'nguyen-tac'],
  ['typo', 'to chuc dh phai dam bao nguyen tac j, co phai tap trung dan chu ko', 'nguyen-tac'],

  // Timeline by unit type.
  ['unit', 'Chi bộ trực thuộc đảng ủy cơ sở phải hoàn thành đại hội trong tháng mấy?', 'lich-trinh'],
  ['unit', 'Chi bộ cơ sở bắt đầu tiến hành đại hội từ tháng nào năm 2025?', 'lich-trinh'],
  ['unit', 'Đảng bộ cơ sở ở chợ đầu mối chỗ tôi bán phở phải đại hội xong trước ngày nào?', 'lich-trinh'],
  ['en', 'By when did a grassroots party cell have to finish its congress?', 'lich-trinh'],
  ['typo', 'cb truc thuoc dai hoi truoc hay dbcs dai hoi truoc', 'lich-trinh'],
  [
    'unit',
    'Chi bộ bản tôi trực thuộc đảng ủy cơ sở, đại hội vào khoảng thời gian nào thì đúng kế hoạch?',
    'lich-trinh',
  ],
  ['typo', 'Đại hộ chi bộ cơ sỏ phải xong trươc ngày nào', 'lich-trinh'],
  [
    'offword',
    'Tôi đang ninh nồi nước dùng, hỏi nhanh: đảng bộ cơ sở được đại hội trước khi các chi bộ trực thuộc xong không?',
    'lich-trinh',
  ],

  // Pilot congresses.
  [
    'unit',
    'Một đảng bộ cơ sở thì chọn mấy chi bộ trực thuộc để chỉ đạo đại hội điểm, làm trong tháng nào?',
    'dai-hoi-diem',
  ],
  ['typo', 'dai hoi diem cua chi bo truc thuoc lam thag may', 'dai-hoi-diem'],
  ['en', 'What were the pilot congresses and when were they due?', 'dai-hoi-diem'],
  ['unit', 'Chi bộ cơ sở có nằm trong diện được chọn làm đại hội điểm không?', 'dai-hoi-diem'],

  // Personnel.
  ['fact', 'Chọn người vào cấp ủy khóa mới căn cứ tiêu chuẩn và tiêu chí đánh giá nào?', 'nhan-su'],
  [
    'offword',
    'Tôi làm nghề luật nên quen tra văn bản: giới thiệu nhân sự cấp ủy khóa mới phải quán triệt nghị quyết nào?',
    'nhan-su',
  ],
  ['typo', 'nhan su cap uy khoa moi co can ra soat bo sung quy hoach can bo ko', 'nhan-su'],
  [
    'en',
    'On what standards and criteria does a village cell choose candidates for its new committee?',
    'nhan-su',
  ],

  // The district congress.
  ['fact', 'Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVII thuộc nhiệm kỳ nào?', 'dai-hoi-quan'],
  [
    'en',
    'My report mentions the 27th congress of the Hai Ba Trung district party organisation; what term was it for?',
    'dai-hoi-quan',
  ],
  ['typo', 'dh dang bo quan hai ba trung lan thu xxvii to chuc de lam j', 'dai-hoi-quan'],

  // What the 2024 directive contains (asked without its number).
  ['fact', 'Chỉ thị năm 2024 của Bộ Chính trị về đại hội các cấp có mấy phần, mấy phụ lục?', 'chi-thi-35'],
  ['fact', 'Bảy yêu cầu trong chỉ thị của Bộ Chính trị tháng 6/2024 về đại hội là những gì?', 'chi-thi-35'],
  [
    'en',
    "What are the seven requirements of the Politburo's June 2024 directive on congresses?",
    'chi-thi-35',
  ],

  // What has changed.
  ['fact', 'Sau hội nghị quán triệt tháng 10/2024 thì những văn bản nào đã bị thay thế?', 'thay-doi'],
  ['typo', 'tu sau hoi nghi quan triet den gio co thay doi gi ve van ban dai hoi', 'thay-doi'],
  [
    'en',
    'Since the district dissemination conference of 23 October 2024, which rules and documents have changed?',
    'thay-doi',
  ],

  // Two-level local government.
  ['fact', 'Xã tôi mới sáp nhập, cấp huyện không còn nữa kể từ ngày nào?', 'chinh-quyen-2-cap'],
  [
    'en',
    'From what date did Vietnamese provinces stop having districts under the two-level model?',
    'chinh-quyen-2-cap',
  ],
  ['typo', 'chinh quyen hai cap chay tu ngay nao vay, huyen minh bo roi ha', 'chinh-quyen-2-cap'],

  // Party cells' congresses once every five years.
  ['fact', 'Nghe nói chi bộ giờ 5 năm mới đại hội một lần, có đúng vậy không?', 'chi-bo-5-nam'],
  [
    'offword',
    'Bán bún cả ngày chẳng có thời gian, chi bộ tôi có còn phải đại hội hai lần trong năm năm nữa không?',
    'chi-bo-5-nam',
  ],
  [
    'en',
    'Our partner village cell says it will hold only one congress in five years now; is that the new pilot rule?',
    'chi-bo-5-nam',
  ],
  ['typo', 'chi bo dai hoi 5 nam moi 1 lan la thi diem tu thang may nam nao', 'chi-bo-5-nam'],

  // The 14th National Congress.
  [
    'offword',
    'Quán tôi treo băng rôn chào mừng Đại hội XIV của Đảng, cho hỏi đại hội họp từ ngày nào đến ngày nào?',
    'dai-hoi-xiv',
  ],
  [
    'en',
    "I read about Vietnam's 14th Party Congress in a Tokyo newspaper; when exactly did it take place?",
    'dai-hoi-xiv',
  ],
  ['typo', 'dh xiv cua dang khai mac hom nao', 'dai-hoi-xiv'],

  // The documents the bot relies on.
  [
    'fact',
    'Những câu trả lời về đại hội của bot lấy từ các văn bản nào, có ghi ngày ban hành không?',
    'tai-lieu',
  ],
  ['en', 'List the documents you rely on for the 2025-2030 congresses.', 'tai-lieu'],
  [
    'offword',
    'Tôi là luật sư nên cần trích dẫn chính xác: cho xin danh sách văn bản về đại hội nhiệm kỳ 2025 - 2030 kèm số và ngày ban hành.',
    'tai-lieu',
  ],

  // Results.
  ['fact', 'Đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030 kết quả ra sao, đã xong hết chưa?', 'ket-qua'],
  ['en', 'Have all the 2025-2030 party congresses been completed?', 'ket-qua'],
  [
    'offword',
    'Đường lên bản bị sạt mấy hôm, giờ mới hỏi được: đợt đại hội nhiệm kỳ 2025 - 2030 các cấp kết thúc chưa?',
    'ket-qua',
  ],
  ['typo', 'dh cac cap nk 2025 2030 xong chua vay', 'ket-qua'],

  // Two-part questions.
  [
    'two-part',
    'Đại hội chi bộ bản có mấy nội dung, và chi ủy phải chuẩn bị trình mấy báo cáo?',
    'noi-dung+van-kien',
  ],
  [
    'two-part',
    'Chi bộ trực thuộc đại hội vào tháng nào, và có chi bộ nào phải làm đại hội điểm trước không?',
    'lich-trinh+dai-hoi-diem',
  ],
  [
    'two-part',
    'Cho hỏi nguyên tắc tổ chức đại hội và cách chọn nhân sự cấp ủy khóa mới',
    'nguyen-tac+nhan-su',
  ],
  [
    'two-part',
    'When was the 14th Congress held, and had the lower-level congresses all finished by then?',
    'dai-hoi-xiv+ket-qua',
  ],
  [
    'two-part',
    'Huyện bỏ từ lúc nào, và bây giờ chi bộ bao lâu đại hội một lần?',
    'chinh-quyen-2-cap+chi-bo-5-nam',
  ],
  ['two-part', 'chuan bi dai hoi lam nhung viec gi, con bao cao chinh tri viet the nao', 'chuan-bi+van-kien'],
  [
    'two-part',
    'Từ cuối năm 2024 đến nay có gì thay đổi, và kết quả đợt đại hội các cấp ra sao?',
    'thay-doi+ket-qua',
  ],

  // Out of scope: the mountain commune.
  [
    'lookalike',
    'Đại hội đại biểu các dân tộc thiểu số tỉnh lần thứ V tổ chức khi nào, xã tôi được cử mấy đại biểu?',
    null,
  ],
  ['lookalike', 'Thôn tôi bầu trưởng thôn mới thì cần bao nhiêu phần trăm số hộ đồng ý?', null],
  ['lookalike', 'Đại hội Hội Nông dân xã sau sáp nhập có phải tổ chức lại từ đầu không?', null],
  [
    'lookalike',
    'Hội nghị biểu dương già làng, người có uy tín trong đồng bào dân tộc năm nay có hỗ trợ tiền đi lại không?',
    null,
  ],
  ['lookalike', 'Lễ hội Lồng Tồng xuống đồng của xã năm nay mở vào ngày nào tháng Giêng?', null],
  ['lookalike', 'Hợp đồng khoán bảo vệ rừng phòng hộ mỗi héc-ta được trả bao nhiêu một năm?', null],
  ['lookalike', 'Xã tôi còn thiếu tiêu chí nào để đạt chuẩn nông thôn mới nâng cao?', null],
  ['lookalike', 'Sạt lở đất làm hỏng đường vào bản, xin hỗ trợ khẩn cấp ở cơ quan nào?', null],
  ['lookalike', 'Trường phổ thông dân tộc bán trú của xã có được cấp gạo cho học sinh không?', null],
  ['lookalike', 'Đàn trâu của bản bị lở mồm long móng, báo thú y ở đâu cho nhanh?', null],
  ['lookalike', 'Đại hội chi hội khuyến học của thôn sau sáp nhập xã cần chuẩn bị giấy tờ gì?', null],
  ['lookalike', 'Đại hội đại biểu Hội Chữ thập đỏ xã năm nay bầu bao nhiêu ủy viên ban chấp hành?', null],
  ['lookalike', 'Hợp tác xã chè của xã họp đại hội thành viên thường niên cần bao nhiêu người dự?', null],
  [
    'lookalike',
    'Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số năm 2026 xã được phân bổ bao nhiêu vốn?',
    null,
  ],
  ['lookalike', 'Lịch cắt điện của xã tuần này thế nào, hôm họp chi bộ có điện không?', null],

  // Out of scope: the noodle shop.
  ['lookalike', 'Quán phở của tôi nộp thuế khoán hay phải chuyển sang tự kê khai từ năm 2026?', null],
  [
    'lookalike',
    'Hộ kinh doanh bán bún bò có phải dùng hóa đơn điện tử khởi tạo từ máy tính tiền không?',
    null,
  ],
  ['lookalike', 'Nước dùng phở ninh xương bò bao nhiêu tiếng thì ngọt mà không đục?', null],
  [
    'lookalike',
    'Đoàn kiểm tra an toàn thực phẩm của phường đến quán thì tôi phải xuất trình giấy tờ gì?',
    null,
  ],
  ['lookalike', 'Ứng dụng giao đồ ăn lấy chiết khấu bao nhiêu phần trăm mỗi đơn của quán?', null],
  ['lookalike', 'Quán kê bàn ghế ra vỉa hè thì phí sử dụng tạm thời vỉa hè tính thế nào?', null],
  ['lookalike', 'Quán ăn rộng 40 mét vuông có phải làm hồ sơ phòng cháy chữa cháy không?', null],
  ['lookalike', 'Đảng viên mở quán ăn kinh doanh có phải báo cáo chi bộ không?', null],
  ['lookalike', 'Đại hội Hội Đầu bếp thành phố có cho chủ quán nhỏ như tôi làm hội viên không?', null],
  ['lookalike', 'Bún chả cho mười người ăn cần mua mấy cân thịt ba chỉ?', null],
  ['lookalike', 'Giấy chứng nhận đủ điều kiện an toàn thực phẩm của quán hết hạn thì gia hạn ở đâu?', null],
  ['lookalike', 'Phường tổ chức hội thi nấu phở ngon, quán tôi đăng ký dự thi ở đâu?', null],
  ['lookalike', 'Ngày nào đẹp để khai trương quán bún mới trong tháng này?', null],

  // Out of scope: the lawyer.
  ['lookalike', 'Đại hội đại biểu Đoàn Luật sư thành phố nhiệm kỳ mới bầu chủ nhiệm đoàn thế nào?', null],
  ['lookalike', 'Đại hội đại biểu toàn quốc Liên đoàn Luật sư Việt Nam lần thứ IV họp khi nào?', null],
  ['lookalike', 'Thời hiệu khởi kiện chia thừa kế quyền sử dụng đất là bao nhiêu năm?', null],
  [
    'lookalike',
    'Luật sư là đảng viên có được nhận bào chữa cho bị can là cán bộ đang bị điều tra không?',
    null,
  ],
  ['lookalike', 'Hồ sơ xin cấp chứng chỉ hành nghề luật sư gồm những giấy tờ gì?', null],
  ['lookalike', 'Phiên tòa phúc thẩm vụ án dân sự bị hoãn lần thứ hai thì xử lý ra sao?', null],
  ['lookalike', 'Hợp đồng dịch vụ pháp lý thỏa thuận thù lao theo giờ có hợp lệ không?', null],
  ['lookalike', 'Tòa án nhân dân khu vực sau khi sắp xếp lại thụ lý những loại vụ việc nào?', null],
  ['lookalike', 'Ly hôn đơn phương khi vợ đang sinh sống ở nước ngoài thì thủ tục thế nào?', null],
  ['lookalike', 'Quy tắc đạo đức nghề nghiệp luật sư cấm quảng cáo dịch vụ ra sao?', null],
  ['lookalike', 'Đại hội Hội Luật gia Việt Nam nhiệm kỳ tới tổ chức ở đâu?', null],
  ['lookalike', 'Hội thảo góp ý dự thảo Bộ luật Dân sự sửa đổi có mời luật sư phát biểu không?', null],
  ['lookalike', 'Chi bộ tôi muốn ra nghị quyết chuyên đề về phổ biến pháp luật thì viết theo mẫu nào?', null],

  // Out of scope: the Japanese NGO worker.
  [
    'lookalike',
    'Our NGO needs to renew its registration as a foreign non-governmental organisation; which office handles it now?',
    null,
  ],
  [
    'lookalike',
    'When is the next congress of the Japanese Communist Party, and are Vietnamese delegates invited?',
    null,
  ],
  ['lookalike', 'Did the US Congress pass anything on tariffs for Vietnamese goods this year?', null],
  [
    'lookalike',
    'Could you draft an agenda for our donor coordination conference with the provincial health department?',
    null,
  ],
  [
    'lookalike',
    'I am presenting at the World Congress of Rural Sociology; what paper format do they want?',
    null,
  ],
  ['lookalike', 'Is the 2027 Tet holiday five days or nine days for our Vietnamese staff?', null],
  ['lookalike', 'How do I say "thank you for your hospitality" to the commune chairman in Vietnamese?', null],
  [
    'lookalike',
    'Which JICA projects in the northern mountain provinces continue after the provinces merged?',
    null,
  ],
  [
    'lookalike',
    'Do our Japanese volunteers need a permit to stay overnight in a border commune during a festival?',
    null,
  ],
  ['lookalike', 'Is there a farewell party for the outgoing coordinator of our NGO network in Hanoi?', null],
  ['lookalike', 'When are the votes counted in the LDP leadership election in Tokyo?', null],
  [
    'lookalike',
    'Can you recommend a Vietnamese teacher who explains political words like democratic centralism?',
    null,
  ],
  ['lookalike', 'Who was elected president of the UN General Assembly at its 81st session?', null],

  // Out of scope: the member who types with many typos.
  ['lookalike', 'dai hoi ho nha toi nam nay to chuc o nha tho ho, moi nha gop may tien', null],
  ['lookalike', 'chau toi thi dai hoc xet tuyen hoc ba dc ko', null],
  ['lookalike', 'hop to dan pho toi nay ban don ve sinh ngo xom, dang vien co bat buoc di k', null],
  ['lookalike', 'cuoi thang dam cuoi con gai, moi ca chi bo di an co dc ko', null],
  ['lookalike', 'may tinh hong ko go dc bao cao nua, sua o dau gan day', null],
  ['lookalike', 'dai hoi vo lam trong truyen kim dung nam o tap may', null],
  ['lookalike', 'dai nhac hoi mung xuan o san van dong xa co ban ve ko', null],
  ['lookalike', 'hoi cho nong san ocop cua tinh mo cua den may h', null],
  ['lookalike', 'dai hoi hoi dong huong que toi o ha noi to chuc o dau', null],
  ['lookalike', 'nau mien ga cho dam gio bo can nhung gi', null],
  ['lookalike', 'the dang vien bi lu cuon mat roi xin cap lai the nao', null],
  ['lookalike', 'dang vien di du lich nhat ban co phai xin phep chi bo ko', null],
  ['lookalike', 'sinh hoat noi cu tru thi nop giay gioi thieu cho chi bo to dan pho trong bao lau', null],
  ['lookalike', 'bi ky luat khien trach thi bao lau moi dc xoa', null],
  ['lookalike', 'dai hoi hoi nguoi mu huyen cu nay thuoc xa nao quan ly', null],
];

export const NEWSET97: NewItem[] = items.map(([kind, q, expect]) => ({ q, expect, kind }));
