import { describe, expect, it } from 'vitest';
import { DEFAULT_CAMPAIGN } from '../../src/config.js';
import { loadPack } from '../../src/knowledge/pack.js';
import { QaIndex } from '../../src/knowledge/search.js';

const pack = loadPack(DEFAULT_CAMPAIGN);
const index = QaIndex.fromPack(pack);
/**
 * The same pack without its list of other party business (nor of what its texts count: "mấy
 * chương" asks a count of chapters; nor the word prior): what the rule itself changes.
 */
const withoutList = QaIndex.fromPack({
  ...pack,
  wordCounts: undefined,
  evidence: { ...pack.evidence, partyOther: [], counted: [] },
});

/** Each is refused; and the list is what refuses them (without it, the engine answers some). */
const refused = (questions: string[]) => {
  for (const q of questions) expect(index.search(q).answer, q).toBeUndefined();
  expect(questions.filter((q) => withoutList.search(q).answer !== undefined).length).toBeGreaterThan(0);
};

describe('other party business (evidence.partyOther)', () => {
  it('refuses questions about probation, admission and party cards', () => {
    refused([
      'Đảng viên dự bị phải chờ mấy tháng mới được xét chuyển chính thức?',
      'Hồ sơ kết nạp đảng gồm những giấy tờ nào?',
      'dang vien du bi bao lau thi chinh thuc',
      'When does a probationary member of our cell become a full member?',
      'Who must approve the admission to the party of a new member in our cell?',
    ]);
  });

  it('refuses questions about discipline, with or without diacritics', () => {
    refused([
      'Hình thức kỷ luật cảnh cáo áp dụng khi nào?',
      'Ai có thẩm quyền khiển trách một đảng viên?',
      'ky luat dang vien co may hinh thuc',
      'Which disciplinary forms can a party committee apply to a member?',
    ]);
  });

  it("refuses questions about the members' annual review and grading", () => {
    refused([
      'Cuối năm chi bộ xếp loại đảng viên theo mấy mức?',
      'Bản kiểm điểm cá nhân đảng viên viết theo mẫu nào?',
      'When does the cell hold the annual review and grading of its members?',
    ]);
  });

  it('refuses questions about moving or being excused from party activities, and regular cell meetings', () => {
    refused([
      'Đảng viên chuyển nơi ở thì chuyển sinh hoạt đảng tạm thời thế nào?',
      'Đảng viên 75 tuổi xin miễn sinh hoạt được không?',
      'Nội dung sinh hoạt chi bộ hằng tháng gồm những gì?',
      'How do I transfer my party membership to another ward?',
      'Chi bộ họp chi bộ định kỳ mỗi tháng mấy lần?',
      'What must our cell discuss at its regular meeting each month?',
      'Can an elderly member be granted exemption from party activities?',
    ]);
  });

  it('refuses questions about dues and travel abroad', () => {
    refused([
      'Mức đóng đảng phí của đảng viên nghỉ hưu là bao nhiêu?',
      'Đảng viên sang nước ngoài công tác phải báo cáo ai?',
      'When must a party member pay party dues and to whom?',
      'Do I need permission to travel abroad as a party member?',
    ]);
  });

  it('refuses questions about membership where one lives, study courses, monthly resolutions, private business, religion and assets', () => {
    refused([
      'Đảng viên về hưu đăng ký sinh hoạt nơi cư trú ở chi bộ tổ dân phố thế nào?',
      'Lớp bồi dưỡng lý luận chính trị cho đảng viên học mấy buổi?',
      'Nghị quyết chi bộ tháng này cần ghi những gì?',
      'Chi bộ trường có nên ra nghị quyết chuyên đề về chuyển đổi số không?',
      'Đảng viên có được mở công ty riêng không?',
      'Đảng viên có được theo tôn giáo không?',
      'Đảng viên phải kê khai tài sản vào tháng mấy?',
      'Can a retired party member stop paying dues?',
    ]);
  });

  it("refuses questions about a deputy secretary's duties, the cell committee's regular meetings, founding a grassroots organisation", () => {
    // Without the list (the rest of the pack as shipped), the engine answers them.
    const listless = QaIndex.fromPack({ ...pack, evidence: { ...pack.evidence, partyOther: [] } });
    for (const q of [
      'Tôi vừa được bầu phó bí thư chi bộ, nhiệm vụ cụ thể của phó bí thư là gì?',
      'Chi ủy nên họp định kỳ mấy lần một tháng?',
      'Thành lập tổ chức cơ sở đảng trong công ty cổ phần cần những điều kiện gì?',
    ]) {
      expect(index.search(q).answer, q).toBeUndefined();
      expect(listless.search(q).answer, q).toBeDefined();
    }
    // Whether the congress elects a deputy secretary is the congress's.
    expect(index.search('Đại hội chi bộ có bầu phó bí thư không?').answer).toBe('noi-dung');
  });

  it('reads the sentences that ask: a congress named in the story before does not keep other business in scope', () => {
    const q =
      'Chi bộ em đã đại hội xong từ tháng 3. Giờ em muốn hỏi cách tính đảng phí cho đảng viên làm nghề tự do?';
    expect(index.search(q).answer).toBeUndefined();
    // Asked in one sentence with the congress, it is still left to the topics (see below).
    expect(index.search('Đại hội chi bộ có phải báo cáo việc thu đảng phí không?').uncovered).toBe(false);
  });

  it('refuses questions about cell meetings, resigning a post, approving the elected, the year-end grading and badges', () => {
    refused([
      'Lịch họp chi bộ tháng này là ngày mấy?',
      'Bí thư chi bộ xin thôi giữa nhiệm kỳ thì làm đơn gửi ai?',
      'Quyết định chuẩn y bí thư chi bộ mất bao lâu?',
      'Cuối năm chi bộ bình xét đảng viên hoàn thành xuất sắc nhiệm vụ thế nào?',
      'When does a party member get the 30-year badge?',
      'Muốn thành lập chi bộ mới ở công ty tư nhân thì thủ tục thế nào?',
      'Nghị quyết chi bộ hàng tháng phải có những nội dung gì?',
      'Chi bộ có phải làm báo cáo sơ kết 6 tháng không?',
    ]);
  });

  it('refuses questions about the Charter\'s structure: the phrase\'s own "điều lệ" is not the subject', () => {
    for (const q of [
      'Điều lệ Đảng hiện hành gồm mấy chương?',
      'How many chapters does the Party Charter have?',
    ]) {
      expect(index.search(q).answer, q).toBeUndefined();
      // "điều lệ" is a subject word (the Charter's rule on cell congresses): without the list it is answered.
      expect(withoutList.search(q).answer, q).toBe('chi-bo-5-nam');
    }
  });

  it('answers in-scope questions that share words with other party business', () => {
    const cases: Array<[string, string]> = [
      ['Báo cáo kiểm điểm của cấp ủy nhiệm kỳ qua cần nêu những gì?', 'van-kien'],
      ['Chi bộ có phải kiểm điểm cấp ủy trước đại hội không?', 'van-kien'],
      ['Điều lệ Đảng quy định chi bộ đại hội mấy năm một lần?', 'chi-bo-5-nam'],
      ['What did the Party Charter say about how often party cells hold congresses?', 'chi-bo-5-nam'],
      // A cell's term is the time between two of its congresses: the subject too.
      ['Theo Điều lệ Đảng, nhiệm kỳ chi bộ là bao nhiêu năm?', 'chi-bo-5-nam'],
      ['Đảng viên cần nắm bốn nội dung nào của đại hội chi bộ?', 'noi-dung'],
    ];
    for (const [q, topic] of cases) expect(index.search(q).answer, q).toBe(topic);
  });

  it('leaves a question that still names the congress besides the phrase to the topics', () => {
    // Probationary members and the cell's congress: the rule does not decide, the ranking does.
    const q = 'Đảng viên dự bị có được dự đại hội chi bộ không?';
    expect(index.search(q).answer).toBe(withoutList.search(q).answer);
    // The phrase stays where it was: the veterans are not read as holding the congress.
    expect(
      index.search(
        'Chi bộ khu phố có nhiều cựu chiến binh đã chuyển sinh hoạt về, đại hội chi bộ phải xong trước ngày nào?',
      ).answer,
    ).toBe('lich-trinh');
  });

  it("answers every sample question of the pack as it would without the list (no phrase is the pack's own wording)", () => {
    for (const t of pack.topics)
      for (const q of [...t.questions.vi, ...t.questions.en])
        expect(index.search(q).answer, q).toBe(withoutList.search(q).answer);
  });

  it("does not take the local government's reform for the subject beside other party business (evidence.government)", () => {
    const loose = QaIndex.fromPack({ ...pack, evidence: { ...pack.evidence, government: [] } });
    for (const q of [
      'Báo cáo sơ kết vận hành chính quyền hai cấp của xã cần nêu những gì?',
      'Đảng viên vi phạm khi vận hành chính quyền 2 cấp thì bị kỷ luật thế nào?',
    ]) {
      expect(index.search(q).answer, q).toBeUndefined();
      expect(loose.search(q).answer, q).toBe('chinh-quyen-2-cap');
    }
    // The reform itself is still the pack's.
    expect(index.search('Chính quyền 2 cấp vận hành từ ngày nào?').answer).toBe('chinh-quyen-2-cap');
  });

  it("refuses a committee's regular monthly meeting: not a congress", () => {
    expect(
      index.search('Hội nghị chi ủy thường kỳ hằng tháng cần chuẩn bị những gì?').answer,
    ).toBeUndefined();
    expect(
      index.search('Ban chấp hành đảng bộ phường họp hàng tháng cần báo cáo nội dung gì?').answer,
    ).toBeUndefined();
  });
});
