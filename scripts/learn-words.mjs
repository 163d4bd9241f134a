// `npm run learn`: counts the words of the development question sets into the pack's word prior
// file (see src/knowledge/word-prior.ts), from the build in dist/. Run it after a set is measured
// (MEASURED in test/knowledge/sets.ts is raised): test/knowledge/word-prior.test.ts fails until then.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DEFAULT_CAMPAIGN } from '../dist/src/config.js';
import { loadPack } from '../dist/src/knowledge/pack.js';
import { QaIndex } from '../dist/src/knowledge/search.js';
import { formatWordCounts, learnWordCounts } from '../dist/src/knowledge/word-prior.js';
import { DEVELOPMENT_SETS, developmentQuestions } from '../dist/test/knowledge/sets.js';

const pack = loadPack(DEFAULT_CAMPAIGN);
if (!pack.wordPrior) throw new Error(`${DEFAULT_CAMPAIGN} names no wordPrior file`);
const index = QaIndex.fromPack({ ...pack, wordCounts: undefined });
const questions = developmentQuestions();
const counts = learnWordCounts(
  questions.map(({ q, inScope }) => ({ tokens: index.wordsOf(q), inScope })),
  DEVELOPMENT_SETS,
);
const file = join(dirname(DEFAULT_CAMPAIGN), pack.wordPrior);
writeFileSync(file, formatWordCounts(counts));
process.stdout.write(
  `${file}: ${counts.inScope} in-scope and ${counts.outOfScope} out-of-scope questions, ${Object.keys(counts.words).length} words\n`,
);
