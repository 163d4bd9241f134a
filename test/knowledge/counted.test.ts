import { describe, expect, it } from 'vitest';
import { DEFAULT_CAMPAIGN } from '../../src/config.js';
import { loadPack } from '../../src/knowledge/pack.js';
import { DEFAULT_TUNING, QaIndex } from '../../src/knowledge/search.js';

const pack = loadPack(DEFAULT_CAMPAIGN);
const index = QaIndex.fromPack(pack);
/**
 * The same pack without its list of what its texts count (nor the least coverage asked of a
 * question naming a party organisation alone, nor the word prior): what the list itself changes.
 */
const withoutList = QaIndex.fromPack(
  { ...pack, wordCounts: undefined, evidence: { ...pack.evidence, counted: [] } },
  { ...DEFAULT_TUNING, partyCoverage: 0 },
);

describe('how many of what the pack never counts (evidence.counted)', () => {
  it('refuses a count of anything the texts do not count, and answers it without the list', () => {
    for (const q of [
      'Đảng ủy phường mới được giao bao nhiêu biên chế chuyên trách?',
      'Chi bộ có 18 đảng viên chia 2 tổ thì mỗi tổ mấy người?',
      'Đại hội chi bộ cần chuẩn bị bao nhiêu ghế cho đại biểu?',
      'Tổ văn kiện của chi bộ cần mấy máy tính?',
      'dai hoi chi bo can chuan bi bao nhieu ghe',
    ]) {
      expect(index.search(q).answer, q).toBeUndefined();
      expect(withoutList.search(q).answer, q).toBeDefined();
    }
  });

  it('answers a count of what the texts count: contents, appendices, reports, cells, years', () => {
    const cases: Array<[string, string]> = [
      ['Đại hội chi bộ có mấy nội dung?', 'noi-dung'],
      ['Chỉ thị 35 có bao nhiêu phụ lục?', 'chi-thi-35'],
      ['Cấp ủy trình đại hội mấy báo cáo?', 'van-kien'],
      ['Đảng ủy cơ sở chọn mấy chi bộ làm đại hội điểm?', 'dai-hoi-diem'],
      ['How many contents must a congress cover?', 'noi-dung'],
    ];
    for (const [q, topic] of cases) expect(index.search(q).answer, q).toBe(topic);
  });

  it('reads "mấy" as which, a few, or a span told where it does not ask how many', () => {
    const cases: Array<[string, string]> = [
      // which month: after a word of time
      ['Chi bộ trực thuộc đại hội từ tháng mấy?', 'lich-trinh'],
      // a few people who ask
      ['Mấy bác trong chi bộ hỏi đại hội gồm những nội dung gì', 'noi-dung'],
      // a span told, not asked
      ['Mưa mấy hôm nay, cho hỏi đại hội chi bộ có mấy nội dung?', 'noi-dung'],
      // "máy" typed with marks is no "mấy"
      ['Chi bộ nhà máy dệt đại hội gồm những nội dung gì?', 'noi-dung'],
    ];
    for (const [q, topic] of cases) expect(index.search(q).answer, q).toBe(topic);
  });

  it('counts the thing after a classifier: "mấy cái tổ" asks how many groups, "bao nhiêu cái ghế" chairs', () => {
    expect(index.search('Chi bộ cần lập mấy cái tổ để chuẩn bị đại hội?').answer).toBe('chuan-bi');
    expect(index.search('Đại hội chi bộ cần bao nhiêu cái ghế?').answer).toBeUndefined();
  });
});
