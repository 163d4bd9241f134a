import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CAMPAIGN } from '../../src/config.js';
import { loadPack } from '../../src/knowledge/pack.js';
import { type Evidence, isPlausible, type Prior } from '../../src/knowledge/refusal.js';
import { DEFAULT_TUNING, QaIndex } from '../../src/knowledge/search.js';
import { formatWordCounts, learnWordCounts, WordPrior } from '../../src/knowledge/word-prior.js';
import { DEVELOPMENT_SETS, developmentQuestions, MEASURED, NEW_SETS } from './sets.js';

const pack = loadPack(DEFAULT_CAMPAIGN);

describe('the word prior (word-prior.ts)', () => {
  it('scores words by how often the counted in-scope and out-of-scope questions hold them', () => {
    const prior = new WordPrior(
      learnWordCounts(
        [
          { tokens: ['dai', 'hoi', 'chi', 'bo'], inScope: true },
          { tokens: ['dai', 'hoi', 'noi', 'dung'], inScope: true },
          { tokens: ['bien', 'che', 'chi', 'bo'], inScope: false },
          { tokens: ['bien', 'che', 'xa'], inScope: false },
        ],
        'four questions',
      ),
    );
    expect(prior.score(['dai', 'hoi'])).toBeGreaterThan(0);
    expect(prior.score(['bien', 'che'])).toBeLessThan(0);
    // A word no question holds counts nothing, a tone digit and a place taken out neither.
    expect(prior.score(['chi', 'bo', 'camera'])).toBeCloseTo(prior.score(['chi', 'bo']));
    expect(prior.score(['bien4', 'che', '_'])).toBeCloseTo(prior.score(['bien', 'che']));
  });

  it('is learned from exactly the development sets: the measured ones, never the unseen one', () => {
    expect(pack.wordPrior).toBeDefined();
    const file = join(dirname(DEFAULT_CAMPAIGN), pack.wordPrior as string);
    const index = QaIndex.fromPack({ ...pack, wordCounts: undefined });
    const counts = learnWordCounts(
      developmentQuestions().map(({ q, inScope }) => ({ tokens: index.wordsOf(q), inScope })),
      DEVELOPMENT_SETS,
    );
    // Stale after a set is measured: run `npm run learn`.
    expect(readFileSync(file, 'utf8')).toBe(formatWordCounts(counts));
    const unseen = NEW_SETS[MEASURED];
    if (unseen) {
      const counted = new Set(developmentQuestions().map((d) => d.q));
      expect(unseen.filter((i) => counted.has(i.q))).toEqual([]);
    }
  });

  it('refuses weak evidence in words likelier in a question to refuse, only when the subject is unnamed', () => {
    const weak: Evidence = {
      ranked: [{ topic: 'chinh-quyen-2-cap', score: 12 }],
      coverage: 0.3,
      unknownShare: 0.5,
      rest: { coverage: 0.3, unknownShare: 0.5 },
      distinct: 0.6,
      words: -2,
    };
    const party: Prior = { offTopic: false, party: true, subject: 'none' };
    expect(isPlausible({ ...weak, words: 1 }, party, DEFAULT_TUNING)).toBe(true);
    expect(isPlausible(weak, party, DEFAULT_TUNING)).toBe(false);
    expect(isPlausible({ ...weak, coverage: 0.5 }, party, DEFAULT_TUNING)).toBe(true);
    expect(isPlausible(weak, { ...party, subject: 'ours' }, DEFAULT_TUNING)).toBe(true);
  });

  it("so refuses a cell's question about its ward's fund drive, which the pack matches only in passing", () => {
    const q = 'Chi bộ nên vận động đảng viên đóng góp thế nào cho quỹ khuyến học của phường?';
    expect(QaIndex.fromPack(pack).search(q).answer).toBeUndefined();
    expect(QaIndex.fromPack({ ...pack, wordCounts: undefined }).search(q).answer).toBeDefined();
  });

  it('naming the subject, refuses a question mostly of unknown words the sets hold in questions to refuse', () => {
    const named: Evidence = {
      ranked: [
        { topic: 'nhan-su', score: 19 },
        { topic: 'van-kien', score: 15 },
      ],
      coverage: 0.22,
      unknownShare: 0.7,
      rest: { coverage: 0.22, unknownShare: 0.7 },
      distinct: 0.6,
      words: -8,
    };
    const ours: Prior = { offTopic: false, party: false, subject: 'ours' };
    expect(isPlausible(named, ours, DEFAULT_TUNING)).toBe(false);
    // Words less one-sided, or fewer of them unknown: the topic answers.
    expect(isPlausible({ ...named, words: -2 }, ours, DEFAULT_TUNING)).toBe(true);
    // Nor when only some of the message asks: the rest is a story around it.
    expect(isPlausible(named, { ...ours, story: true }, DEFAULT_TUNING)).toBe(true);
    expect(isPlausible({ ...named, unknownShare: 0.5 }, ours, DEFAULT_TUNING)).toBe(true);
    // Less one-sided words still refuse when the best topic matches little of the question.
    expect(isPlausible({ ...named, words: -4 }, ours, DEFAULT_TUNING)).toBe(false);
    expect(isPlausible({ ...named, words: -4, coverage: 0.4 }, ours, DEFAULT_TUNING)).toBe(true);
    // One topic far ahead of every other: a long story around a question the pack answers.
    const far = [
      { topic: 'nguyen-tac', score: 48 },
      { topic: 'noi-dung', score: 13 },
    ];
    expect(isPlausible({ ...named, ranked: far }, ours, DEFAULT_TUNING)).toBe(true);
  });

  it("so refuses an association abroad, a professorship, the bot's maker and press photos that name the congress", () => {
    const withPrior = QaIndex.fromPack(pack);
    const without = QaIndex.fromPack({ ...pack, wordCounts: undefined });
    for (const q of [
      'hội người Việt Nam tại Nhật Bản sắp đại hội nhiệm kỳ mới, em muốn ứng cử ban chấp hành hội',
      'Hạn nộp hồ sơ xét đạt tiêu chuẩn chức danh giáo sư năm nay là bao giờ?',
      'Ai viết ra con bot đại hội này, liên hệ với người làm bot thế nào?',
      'Cho tòa soạn xin ảnh độ phân giải cao của hội nghị quán triệt ở Hai Bà Trưng để đăng báo',
    ]) {
      expect(withPrior.search(q).answer, q).toBeUndefined();
      expect(without.search(q).answer, q).toBeDefined();
    }
    const story =
      'Phường tôi vừa sáp nhập, trụ sở chật, mọi người bàn thuê nhà hàng cho to; đại hội có yêu cầu chống lãng phí, không phô trương không?';
    expect(withPrior.search(story).answer).toBe('nguyen-tac');
  });
});
