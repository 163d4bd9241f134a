import { describe, expect, it } from 'vitest';
import { badText, fuzzRuns, MESSAGE_IDS } from './fuzz.js';

// Half of the 10,000 fuzzed updates; fuzz-b.test.ts runs the other half beside it.
describe('fuzzing the bot through the in-process harness (first half)', () => {
  it('the reply checks catch what they look for', () => {
    const someId = [...MESSAGE_IDS].find((id) => id.includes('-')) as string;
    expect(badText(`Lỗi: ${someId}`)).toBe(`the raw message id ${someId}`);
    expect(badText('Còn { $days } ngày')).toBe('a Fluent placeholder');
    expect(badText('TypeError: x is undefined\n    at f (/app/dist/x.js:1:2)')).toBe('a stack trace');
    expect(badText('x'.repeat(4097))).toBe('over 4,096 characters (4097)');
    expect(badText('Chi bộ Khu dân cư số 5: còn 7 ngày.')).toBeUndefined();
  });

  fuzzRuns({ part: 0, runs: 2, share: 0.5 });
});
