import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take longest go first, so that on two cores the last minute is not one long file
 * running alone: vitest orders by the last run's durations, but a fresh clone (CI, `npm ci`) has
 * none and would fall back to file size. Earlier in this list starts earlier.
 */
const LONG_FIRST = [
  'test/e2e/replicas.e2e.test.ts',
  'test/bot/fuzz',
  'test/orgs/versioned.test.ts',
  'test/units/versioned.test.ts',
  'test/reminders/simulation.test.ts',
  'test/dashboard/browser.test.ts',
  'test/store/contract.test.ts',
  'test/store/integrity.test.ts',
  'test/e2e/',
];

class LongFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const at = LONG_FIRST.findIndex((p) => f.moduleId.includes(`/${p}`));
      return at < 0 ? LONG_FIRST.length : at;
    };
    // Array.prototype.sort is stable: within a rank the base order (last run's durations) stays.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Worker threads that keep their module cache from file to file: the app's module graph
    // (telegraf, zod, pino, the store drivers…) is loaded once per worker instead of once per file,
    // which was most of the suite's CPU time. Test files keep no state in shared modules (the
    // harness builds a fresh app, store and clock per test), so nothing leaks from one to the next.
    pool: 'threads',
    isolate: false,
    // Two cores here, four workers: a good part of the suite waits rather than computes (the
    // replicas' children, PostgreSQL round trips, Chromium, the 08:00 tick of the reminders e2e).
    // With three, a quiet run left the cores idle about a third of the time (77 s wall for 107 s of
    // CPU); with four the same suite took about 60 s.
    maxWorkers: 4,
    sequence: { sequencer: LongFirst },
  },
});
