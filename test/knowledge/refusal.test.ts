import { describe, expect, it } from 'vitest';
import { DEFAULT_CAMPAIGN } from '../../src/config.js';
import { loadPack } from '../../src/knowledge/pack.js';
import { type Evidence, isPlausible, type Prior } from '../../src/knowledge/refusal.js';
import { QaIndex } from '../../src/knowledge/search.js';
import { DEFAULT_TUNING } from '../../src/knowledge/tuning.js';

/** A reading whose best topic scores well, leads far and leaves nothing unknown: only `distinct` decides. */
const strong = (distinct: number | undefined): Evidence => ({
  ranked: [
    { topic: 'lich-trinh', score: 12 },
    { topic: 'noi-dung', score: 4 },
  ],
  coverage: 0.6,
  unknownShare: 0.3,
  rest: { coverage: 0.6, unknownShare: 0.3 },
  distinct,
});
const partyNoSubject: Prior = { offTopic: false, party: true, subject: 'none' };

describe('the refusal rule (isPlausible)', () => {
  it('asks a question naming a party organisation but not the subject for more than a tenth of what it asks', () => {
    // "app sổ tay đảng viên không đăng nhập được …": a tenth of its own words are the pack's.
    expect(isPlausible(strong(0.12), partyNoSubject, DEFAULT_TUNING)).toBe(false);
    expect(isPlausible(strong(0.2), partyNoSubject, DEFAULT_TUNING)).toBe(true);
    // With no words of its own besides the organisation, nothing is asked of them.
    expect(isPlausible(strong(undefined), partyNoSubject, DEFAULT_TUNING)).toBe(true);
  });

  it('does not ask it of a question that names the subject', () => {
    expect(isPlausible(strong(0.12), { ...partyNoSubject, subject: 'ours' }, DEFAULT_TUNING)).toBe(true);
  });

  it('refuses what the question names as unheld, whatever the evidence', () => {
    expect(isPlausible(strong(1), { ...partyNoSubject, unheld: true }, DEFAULT_TUNING)).toBe(false);
  });

  it('asks a question naming a party organisation but not the subject to match a fifth of its weight', () => {
    const weak = { ...strong(0.5), coverage: 0.15 };
    expect(isPlausible(weak, partyNoSubject, DEFAULT_TUNING)).toBe(false);
    expect(isPlausible({ ...weak, coverage: 0.25 }, partyNoSubject, DEFAULT_TUNING)).toBe(true);
    expect(isPlausible(weak, { ...partyNoSubject, subject: 'ours' }, DEFAULT_TUNING)).toBe(true);
  });

  it("so refuses a cell's question about its ward's affairs, which the pack matches only in passing", () => {
    const pack = loadPack(DEFAULT_CAMPAIGN);
    const index = QaIndex.fromPack(pack);
    const loose = QaIndex.fromPack(
      { ...pack, wordCounts: undefined },
      { ...DEFAULT_TUNING, partyCoverage: 0 },
    );
    for (const q of [
      'Chi bộ tổ dân phố nên góp ý thế nào về việc lắp camera an ninh đầu ngõ?',
      'Đảng ủy phường mới có cần góp ý việc đặt tên đường mới không?',
    ]) {
      expect(index.search(q).answer, q).toBeUndefined();
      expect(loose.search(q).answer, q).toBeDefined();
    }
  });

  it('lets a congress the pack numbers, named by its number, stand for as much as a party organisation', () => {
    const ours: Prior = { offTopic: false, party: false, subject: 'ours' };
    const loose = { ...strong(1), unknownShare: 0.86 };
    expect(isPlausible(loose, ours, DEFAULT_TUNING)).toBe(false);
    expect(isPlausible(loose, { ...ours, numbered: true }, DEFAULT_TUNING)).toBe(true);
    const index = QaIndex.fromPack(loadPack(DEFAULT_CAMPAIGN));
    expect(index.search('Đại hội XIV của Đảng kéo dài mấy ngày vậy?').answer).toBe('dai-hoi-xiv');
  });

  it('refuses a question naming the subject that matches it and little else, when no topic stands out', () => {
    const ours: Prior = { offTopic: false, party: true, subject: 'ours' };
    const tie: Evidence = {
      ranked: [
        { topic: 'noi-dung', score: 10.8 },
        { topic: 'lich-trinh', score: 10.3 },
      ],
      coverage: 0.14,
      unknownShare: 0.83,
      rest: { coverage: 0.14, unknownShare: 0.83 },
      distinct: 0.3,
      words: -1.4,
    };
    expect(isPlausible(tie, ours, DEFAULT_TUNING)).toBe(false);
    // A topic clearly ahead, words that lean in scope, or a story around the question: it stands.
    const ahead = {
      ...tie,
      ranked: [
        { topic: 'noi-dung', score: 10.8 },
        { topic: 'lich-trinh', score: 8 },
      ],
    };
    expect(isPlausible(ahead, ours, DEFAULT_TUNING)).toBe(true);
    expect(isPlausible({ ...tie, words: 2.5 }, ours, DEFAULT_TUNING)).toBe(true);
    expect(
      isPlausible(
        { ...tie, unknownShare: 0.7, rest: { coverage: 0.14, unknownShare: 0.7 } },
        ours,
        DEFAULT_TUNING,
      ),
    ).toBe(true);
    expect(isPlausible(tie, { ...ours, story: true }, DEFAULT_TUNING)).toBe(true);
  });

  it('so refuses lookalikes that no phrase of the pack names, which the other rules let through', () => {
    // The development sets' lookalikes, with the pack's absent phrases taken away and a word prior
    // that leans no way (so that relearning it changes nothing here): the near-tie rule is what
    // refuses them then.
    const pack = loadPack(DEFAULT_CAMPAIGN);
    const neutral = { learnedFrom: 'nothing', inScope: 1, outOfScope: 1, words: {} };
    const bare = { ...pack, wordCounts: neutral, evidence: { ...pack.evidence, absent: [] } };
    const index = QaIndex.fromPack(bare);
    const without = QaIndex.fromPack(bare, { ...DEFAULT_TUNING, namedTieUnknown: 1 });
    for (const q of [
      'Đại hội chi bộ có được phát trực tiếp lên trang Facebook của trường không?',
      'Hôm đại hội chi bộ có đồng chí bị say nắng ngất xỉu, sơ cứu thế nào cho đúng?',
      'Đại biểu đi dự đại hội đảng bộ bệnh viện bằng xe cứu thương có đúng quy định không?',
      'Does my university in Hanoi close for a holiday in the week of a party congress?',
    ]) {
      expect(index.search(q).answer, q).toBeUndefined();
      expect(without.search(q).answer, q).toBeDefined();
    }
    // What the pack answers still stands.
    expect(index.search('Đại hội chi bộ có mấy nội dung?').answer).toBe('noi-dung');
  });
});
