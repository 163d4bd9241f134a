import { describe } from 'vitest';
import { fuzzRuns } from './fuzz.js';

// The other half of the 10,000 fuzzed updates (fuzz-a.test.ts has the first), on another seed.
describe('fuzzing the bot through the in-process harness (second half)', () => {
  fuzzRuns({ part: 1, runs: 2, share: 0.5 });
});
