import { describe, expect, it } from 'vitest';
import { DEFAULT_CAMPAIGN } from '../../src/config.js';
import { loadPack } from '../../src/knowledge/pack.js';
import { askingPart, DEFAULT_TUNING, QaIndex, splitAsking } from '../../src/knowledge/search.js';

const pack = loadPack(DEFAULT_CAMPAIGN);
const index = QaIndex.fromPack(pack);
/**
 * The same pack without its list of what it holds none of (nor of what its texts count, which
 * refuses a count of money or pages too, nor the least coverage asked of a question naming a
 * party organisation alone, nor the word prior): what the list itself changes.
 */
const withoutList = QaIndex.fromPack(
  { ...pack, wordCounts: undefined, evidence: { ...pack.evidence, absent: [], counted: [] } },
  { ...DEFAULT_TUNING, partyCoverage: 0 },
);

/** Each is refused, and without the list the engine answers each. */
const refused = (questions: string[]) => {
  for (const q of questions) {
    expect(index.search(q).answer, q).toBeUndefined();
    expect(withoutList.search(q).answer, q).toBeDefined();
  }
};

describe('what the pack holds none of (evidence.absent)', () => {
  it('refuses amounts of money asked around a congress', () => {
    refused([
      'Đại hội chi bộ được cấp bao nhiêu kinh phí?',
      'Tiền ăn cho đại biểu dự đại hội đảng bộ cơ sở chi tối đa bao nhiêu?',
      'How much money does a cell get for its congress documents?',
    ]);
  });

  it('refuses the chores around a meeting: dress, sound, parking, office hours, anthems', () => {
    refused([
      'Đại biểu dự đại hội chi bộ mặc áo dài hay áo sơ mi?',
      'Âm thanh cho đại hội chi bộ nên dùng micro loại nào?',
      'Is the party committee office open on Saturday for the congress papers?',
      'Đại hội chi bộ có phải hát quốc ca trước khi khai mạc không?',
    ]);
  });

  it('refuses the press and other observers at a congress, and forwarded scams', () => {
    refused([
      'Phóng viên có được dự đại hội đảng bộ cơ sở không?',
      'Do foreign journalists need permission to film a ward party congress?',
      'Link đăng ký dự đại hội đảng bộ phường này có phải lừa đảo không?',
      'Sinh viên nước ngoài có được dự thính đại hội đảng bộ phường không?',
    ]);
  });

  it("refuses a committee office's paperwork: how letters are laid out, numbered and marked", () => {
    refused([
      'Công văn gửi đảng ủy phường phải trình bày theo thể thức nào?',
      'Văn bản đi của chi bộ ghi số và ký hiệu ra sao?',
    ]);
  });

  it('refuses downloads, translations, printers and family matters', () => {
    refused([
      'Cho xin file docx báo cáo chính trị của chi bộ để sửa',
      'Can you translate the political report of our congress?',
      'Máy in của đảng ủy kẹt giấy khi in văn kiện đại hội',
      'Vợ tôi không muốn tôi ứng cử cấp ủy, khuyên tôi với',
    ]);
  });

  it('answers a question about lavish decorations: decorating is no absent matter, ordering flowers is', () => {
    expect(
      index.search(
        'Chi bộ trường mỹ thuật định mời ban nhạc, trang trí hoành tráng cho đại hội, có trái tinh thần chống lãng phí không?',
      ).answer,
    ).toBe('nguyen-tac');
    expect(index.search('Đặt hoa tươi trang trí đại hội chi bộ giao tận nơi').answer).toBeUndefined();
  });

  it('reads only the sentences that ask: a story told first decides nothing', () => {
    const q =
      'Hội phụ nữ phường định góp tiền mua hoa cho đại hội đảng bộ phường. Đại hội có được phô trương không?';
    expect(askingPart(q)).toBe('Đại hội có được phô trương không?');
    expect(index.search(q).answer).toBe('nguyen-tac');
    // Asked, the same money is what the pack holds none of.
    expect(index.search('Mỗi người góp tiền bao nhiêu cho đại hội đảng bộ phường?').answer).toBeUndefined();
    expect(askingPart('Đại hội chi bộ gồm những nội dung gì?')).toBeUndefined();
    // Two asking sentences and a statement: the statement alone is the context.
    expect(splitAsking('Tôi ở Hội Phụ nữ. Đại hội khi nào? Bầu những gì?')).toEqual({
      asking: 'Đại hội khi nào? Bầu những gì?',
      context: 'Tôi ở Hội Phụ nữ.',
    });
    expect(askingPart('Chi bộ tôi ở bệnh viện.\nĐại hội gồm những nội dung gì')).toBe(
      'Đại hội gồm những nội dung gì',
    );
  });

  it('reads the clause after the last ";" as what a message asks, when it holds the question mark', () => {
    const q =
      'Phường vừa sáp nhập, trụ sở chật, mọi người muốn thuê nhà hàng; đại hội có cần tiết kiệm, chống phô trương không?';
    expect(askingPart(q)).toBe('đại hội có cần tiết kiệm, chống phô trương không?');
    expect(index.search(q).answer).toBe('nguyen-tac');
  });

  it('reads, within a sentence, what follows "cho hỏi", "muốn biết" as what it asks', () => {
    const q = 'Ông tôi bị tiểu đường nằm viện mà vẫn muốn biết đại hội chi bộ năm nay phải bầu những gì';
    expect(askingPart(q)).toBe('đại hội chi bộ năm nay phải bầu những gì');
    expect(index.search(q).answer).toBe('noi-dung');
    expect(askingPart('cho toi hoi dai hoi chi bo khi nao')).toBeUndefined();
    // "hỏi" typed with its marks opens the question too, unless the words before ask themselves.
    expect(index.search('Con gái tôi ở Mỹ gọi điện hỏi Đại hội XIV của Đảng họp những ngày nào').answer).toBe(
      'dai-hoi-xiv',
    );
    expect(
      index.search('Xin số điện thoại của Ban Tổ chức Thành ủy để gọi hỏi việc chuyển sinh hoạt đảng').answer,
    ).toBeUndefined();
    // Asked after "cho hỏi", other party business or a health matter is what the question asks.
    expect(index.search('Chi bộ đại hội xong rồi, cho hỏi đảng phí đóng bao nhiêu?').answer).toBeUndefined();
    expect(
      index.search('Đại hội chi bộ xong rồi, cho hỏi huyết áp bao nhiêu là cao?').answer,
    ).toBeUndefined();
  });

  it("refuses a cell's chores and life beside the congress: seals, funerals, funds, software, uniforms, health", () => {
    refused([
      'Chi bộ có con dấu riêng để đóng vào văn kiện đại hội không?',
      'Chi bộ lấy tiền quỹ chi bộ tổ chức liên hoan sau đại hội có được không?',
      'Đại biểu dự đại hội đảng bộ có phải mặc đồng phục không?',
      'Tôi bị huyết áp cao, đi dự đại hội chi bộ có được về sớm không?',
      'Cho em xin phần mềm quản lý đảng viên để chuẩn bị đại hội',
      'Cách nấu món canh chua cho chi bộ liên hoan sau đại hội?',
      'Đảng bộ phường em hiện có bao nhiêu chi bộ trực thuộc?',
      'Làm sao dùng bot để nhắc lịch đại hội chi bộ?',
    ]);
  });

  it("refuses tools, files, citations and merchandise around the congress, and the bot's other uses", () => {
    refused([
      'Mình muốn làm QR code điểm danh đảng viên dự đại hội chi bộ, có tool nào generate nhanh không?',
      'Bot có bán áo cờ in logo đại hội để chi bộ mặc trong ngày đại hội không?',
      'Trích dẫn bài viết về hội nghị quán triệt của Quận ủy Hai Bà Trưng theo chuẩn APA thì ghi thế nào ạ?',
      'bcct đh xã mình đăng ở đâu đọc đc',
      'bcct mẫu word có ko, gửi mình file với',
      'Which VPN works for reading Nhân Dân about the đại hội from abroad?',
      'Nhuận bút một bài viết về đại hội đảng bộ trên báo điện tử được tính thế nào?',
      'Bot có nghe được tin nhắn thoại nếu tôi hỏi bằng giọng nói về đại hội chi bộ không?',
      'Làm slide PowerPoint trình chiếu báo cáo chính trị tại đại hội thế nào cho đẹp?',
      'Can I use this congress bot to practise everyday Vietnamese conversation?',
      'Wifi hội trường phường yếu quá, họp trực tuyến với các chi bộ thì dùng phần mềm gì cho ổn?',
      'Có video ghi hình hội nghị quán triệt ở Quận ủy Hai Bà Trưng hôm đó không, xem ở đâu?',
      'Hội nghị quán triệt hôm 23/10/2024 có phát tài liệu bản giấy cho đại biểu không?',
      'Đại hội chi bộ có được phát trực tiếp lên trang Facebook của trường không?',
      'Chi bộ có cần mời nhà đầu tư sáng lập trường dự đại hội chi bộ không?',
      'Does my university in Hanoi close for a holiday in the week of a party congress?',
      'Are shops and museums closed in Hanoi while the party congress is on?',
      'Is it okay to take selfies in front of the congress banners on the street?',
      'Sau tiệc mừng đại hội chi bộ thành công, bao lâu thì hết nồng độ cồn để lái xe về?',
      'Đại biểu đi dự đại hội đảng bộ bệnh viện bằng xe cứu thương có đúng quy định không?',
      'Người quay phim đại hội chi bộ có cần là đảng viên không?',
      'Đại hội phát quà gì?',
    ]);
    // A museum's cell asks in scope.
    expect(index.search("What must a party cell's congress cover at a museum like ours?").answer).toBe(
      'noi-dung',
    );
    // Holding the conference over video is the pack's (it may be combined with online).
    expect(index.search('Hội nghị quán triệt có được tổ chức qua video không?').answer).toBe('chuan-bi');
  });

  it("refuses a congress day's arrangements the pack does not cover: hours, transport, dress, venues, parties", () => {
    refused([
      'Chợ đêm có phải đóng cửa sớm trong những ngày diễn ra đại hội đảng bộ phường không?',
      'Trung tâm báo chí của Đại hội XIV đặt ở đâu, mấy giờ mở cửa?',
      'Chiến sĩ trực chiến 24/24 có được nghỉ bù sau ngày dự đại hội chi bộ không?',
      'Xe chữa cháy đi làm nhiệm vụ có được vượt lên khi đoàn xe đưa đại biểu dự đại hội đang đi qua không?',
      'Kính gửi, xin hỏi chi bộ có được tổ chức mừng thọ cho đảng viên tròn chín mươi tuổi ngay trong buổi đại hội không?',
      'dai hoi chi bo co dc live tiktok cho ae ngoai xem ko 📱',
      'Hỏi nhiều chút: đại hội chi bộ xong thì liên hoan ở quán nào, ai trả tiền, có mời cả gia đình không?',
      'Có mẫu thư mời đại biểu dự đại hội chi bộ viết bằng tiếng Pháp không?',
      'Chi bộ tổ dân phố chúng tôi có được mượn nhà khách của chùa làm nơi họp đại hội không, sư trụ trì đồng ý rồi?',
      'Lái xe buýt đưa đón đại biểu dự đại hội đảng bộ có được trả thêm tiền làm ngoài giờ không?',
      'Which roads around My Dinh were closed on the opening day of the National Congress?',
      'What is the seating protocol for the diplomatic corps at a party congress opening ceremony?',
      'di dh chi bo co dc mac quan jean ko a hay phai ao so mi trang',
      'Được mời làm khách dự đại hội chi bộ khu phố, tôi có phải mặc quân phục và đeo huân chương không?',
      'Trạm y tế có phải cử người trực y tế phục vụ đại hội đảng bộ xã không, ai trả tiền bồi dưỡng?',
      'Hôm đại hội chi bộ có đồng chí bị say nắng ngất xỉu, sơ cứu thế nào cho đúng?',
      'Trước đại hội đảng bộ nhà máy có bắt buộc diễn tập phòng cháy chữa cháy ở hội trường không?',
    ]);
  });

  it('refuses other meetings, bodies, permits and resolutions a unit meets beside its congress', () => {
    refused([
      'Bệnh viện sắp có đoàn thanh tra của Sở Y tế về đấu thầu thuốc, Đảng ủy cần chuẩn bị báo cáo gì?',
      'Hội nghị quân chính đầu năm của công ty thì chi bộ phải chuẩn bị báo cáo những gì?',
      'Sinh viên là đảng viên dự bị tham gia phục vụ đại hội có được cộng điểm rèn luyện không?',
      'Đại hội Hướng đạo thế giới lần tới tổ chức ở nước nào?',
      'Chứng chỉ an toàn điện bậc 5 của thợ điện trong chi bộ có thời hạn mấy năm?',
      'Chi bộ khoa muốn tổ chức hội nghị kiểm điểm giữa nhiệm kỳ thì làm thế nào?',
      'Hội nghị Ban Chấp hành Trung ương lần tới họp vào tháng nào?',
      'What did the 14th Congress resolution say about the South China Sea?',
      'Which person did the 14th Congress elect as General Secretary in January 2026? I need it for my thesis.',
      'Which people entered the new Politburo after the 14th Congress?',
      'Đồng chí Trần Quyết Thắng sau khi bỏ cấp quận thì nhận nhiệm vụ gì?',
      'How does a Vietnamese party congress compare with China’s National People’s Congress?',
      'Câu 15: Chủ đề của Đại hội XIV của Đảng là gì? Chép nguyên văn giúp tôi.',
      'Phù hiệu xe taxi hết hạn, bỏ cấp huyện rồi thì giờ xin cấp lại ở sở hay ở phường?',
    ]);
    // A cell's mid-term congress is the pack's.
    expect(index.search('Đại hội chi bộ giữa nhiệm kỳ còn phải làm không?').answer).toBe('chi-bo-5-nam');
  });

  it('refuses party procedure the pack does not state: votes, signatures, admission, training, lost records', () => {
    refused([
      'Chi bộ có đảng viên đang bị điều tra thì đại hội có phải hoãn lại không?',
      'Đảng viên dự bị có được biểu quyết tại đại hội chi bộ không?',
      'Biên bản đại hội chi bộ phải có chữ ký của những ai?',
      'Chi bộ HTX vừa đại hội xong, giờ muốn làm lễ kết nạp một thợ thêu trẻ vào Đảng thì chuẩn bị những gì?',
      'Sau khi sắp xếp bộ máy, đảng bộ ngân hàng chúng tôi trực thuộc đảng ủy cấp trên nào?',
      'Chi bộ có cần mời đại diện đảng ủy cấp trên dự và phát biểu chỉ đạo tại đại hội không?',
      'Bí thư chi bộ mới bầu sau đại hội phải đi học lớp nghiệp vụ công tác đảng ở trường chính trị nào?',
      'Biên bản đại hội chi bộ nhiệm kỳ trước bị thất lạc bản gốc thì có phải lập lại không?',
      'Nghị quyết đại hội chi bộ in ra bị sai chính tả tên một đồng chí, đính chính thế nào cho đúng?',
      'Có phải đảng viên dự bị không được biểu quyết tại đại hội chi bộ không?',
      'Nghị quyết đại hội chi bộ phải gửi lên đảng ủy cấp trên trong vòng bao nhiêu ngày?',
      'Sau khi tổ chức lại ngành hải quan, Đảng ủy Chi cục Hải quan khu vực trực thuộc đảng bộ nào?',
      'Đại hội chi bộ có được bầu trực tiếp bí thư chi bộ tại đại hội không?',
      'Đảng ủy tổng công ty ra nghị quyết lãnh đạo việc dự thầu thì có phải xin ý kiến cấp trên không?',
    ]);
    // The congress's own preparation is still answered.
    expect(index.search('Đảng ủy cần chuẩn bị những báo cáo gì trình đại hội?').answer).toBe('van-kien');
  });

  it('refuses the asks no topic answers, however close the subject', () => {
    refused([
      'Đại hội chi bộ thường bắt đầu lúc mấy giờ?',
      'Báo cáo chính trị của chi bộ nên dài bao nhiêu trang?',
      'Ai đọc báo cáo kiểm điểm tại đại hội chi bộ?',
      'Bầu cấp ủy tại đại hội bằng phiếu kín hay giơ tay?',
      'Who opened the 14th National Party Congress?',
      'Đại hội đảng bộ tỉnh Nghệ An khai mạc ngày nào?',
      'Báo cáo kiểm điểm đọc tại đại hội mất bao lâu?',
      'Cán bộ dôi dư sau khi bỏ cấp huyện được hưởng chế độ gì?',
      'Hội nghị khoa học của bệnh viện có gọi là đại hội không, nộp báo cáo khi nào?',
      'Ở Trung Quốc đại hội đảng bộ cơ sở mấy năm một lần?',
      'Báo cáo chính trị của chi bộ phải in mấy bản?',
      'Hội nghị Trung ương gần nhất bàn về đại hội những gì?',
      'Đảng ủy phường có mấy ban, ai phụ trách tuyên giáo?',
      'Tối nay chi bộ có họp đại hội không?',
      'Đảng viên đi hiến máu tình nguyện có được cộng điểm khi đại hội không?',
      'Ban Tổ chức Đảng ủy có đợt tuyển dụng công chức trước đại hội không?',
    ]);
  });

  it('refuses other countries\' parties and conventions, not the English pronoun before "party"', () => {
    refused([
      'How do US party conventions choose their presidential nominee?',
      'What did the Japanese Communist Party congress decide last year?',
    ]);
    expect(index.search('Can you help us party members prepare the congress?').answer).toBe('chuan-bi');
  });

  it("refuses newset91-94's classes: the Politburo's members, frozen software, gardening, menus, KPI formats", () => {
    refused([
      'Please list the Politburo members chosen at the 14th Congress and their portfolios.',
      'Đang soạn báo cáo chính trị cho đại hội chi bộ thì máy tính bị treo, làm sao lấy lại file?',
      'Nhà tôi trồng cam, sau đại hội chi bộ rảnh rồi, cây bị vàng lá nên bón phân gì?',
      'Liên hoan sau đại hội chi bộ nên đặt những món gì cho hợp?',
      'Báo cáo KPI cuối năm của phòng nộp trước đại hội chi bộ có format nào chuẩn không?',
      'Quy tắc nghề nghiệp của luật sư cấm quảng cáo dịch vụ như thế nào?',
    ]);
  });

  it("refuses newset100-110's classes: the national police conference, Die Linke, a ballot's colour, the bot's maker, the National Assembly elections, a maintenance team, a scientific conference, a friendship association", () => {
    refused([
      'Hội nghị Công an toàn quốc vừa qua đã kết luận những nội dung gì?',
      'How often does Die Linke hold its party congress?',
      'Phiếu bầu ở đại hội chi bộ năm nay in màu gì?',
      'Bot trả lời về đại hội này là của cơ quan nào làm ra vậy?',
      'Are the 2026 National Assembly elections run by the same rules as party congresses?',
      'Máy phát điện của nhà máy hỏng trước hôm đại hội chi bộ, gọi đội bảo trì nào?',
      'Hội thảo khoa học về các kỳ đại hội Đảng nhận tóm tắt báo cáo đến ngày nào?',
      'Hội hữu nghị Việt – Lào của tỉnh đại hội nhiệm kỳ mới vào tháng mấy?',
    ]);
    // Who drafts the congress's reports is the pack's (its drafting group).
    expect(index.search('Ai soạn báo cáo chính trị trình đại hội chi bộ?').answer).toBe('van-kien');
  });

  it("refuses newset113-114's classes: a shift swap, a foreign citizen's vote, installing Zoom, where the money comes from", () => {
    refused([
      'Ca trực ở trạm y tế trùng ngày đại hội chi bộ thì tôi đổi ca với ai?',
      'Can I vote in a Vietnamese party congress as a Canadian citizen?',
      'Cài Zoom cho hội nghị trực tuyến trên máy tính cũ của chi bộ thế nào?',
      'Tiền thuê hội trường cho đại hội chi bộ lấy từ nguồn nào?',
    ]);
  });

  it('reads "mấy bản báo cáo" as how many reports, "in mấy bản" as how many copies', () => {
    expect(index.search('Đại hội chi bộ thì cấp ủy phải chuẩn bị mấy bản báo cáo?').answer).toBe('van-kien');
    expect(index.search('Báo cáo chính trị của đại hội chi bộ cần in mấy bản?').answer).toBeUndefined();
  });

  it('does not read voting as a ballot paper, "tới nay" as tonight, or a nomination as a list of names', () => {
    expect(index.search('Ở đại hội chi bộ, đảng viên bỏ phiếu bầu những chức danh nào?').answer).toBe(
      'noi-dung',
    );
    expect(index.search('Từ năm 2025 tới nay đại hội có những thay đổi gì?').answer).toBe('thay-doi');
    expect(
      index.search('Được giới thiệu vào danh sách cấp ủy khóa mới thì cần đạt tiêu chuẩn gì?').answer,
    ).toBe('nhan-su');
  });

  it('does not read "cơ quan nào" as a restaurant ("quán nào"): the issuer of a document is asked', () => {
    expect(index.search('Kết luận về kết quả đại hội các cấp do những cơ quan nào ban hành?').answer).toBe(
      'ket-qua',
    );
  });

  it('reads a syllable typed without a mark in a marked question as level: "nhận tin" is not "nhắn tin"', () => {
    const q = 'Điện thoại tôi nhận tin đảng bộ cơ sở phải đại hội xong trước 30/6/2025, đúng không?';
    expect(index.search(q).answer).toBe('lich-trinh');
    expect(
      index.search('Có cách nào nhắn tin cho tất cả đảng viên trước đại hội không?').answer,
    ).toBeUndefined();
    // A level syllable of a phrase is level: "mấy bạn" (some friends) is not "mấy ban" (how many boards).
    expect(
      index.search('Mấy bạn trong chi đoàn hỏi: Đại hội Đảng toàn quốc lần thứ 14 họp vào ngày nào?').answer,
    ).toBe('dai-hoi-xiv');
    // Typed without any marks, "nhan tin" may be either: the phrase still counts.
    expect(
      index.search('co cach nao nhan tin cho tat ca dang vien truoc dai hoi khong').answer,
    ).toBeUndefined();
  });
});
