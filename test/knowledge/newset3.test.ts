import { FRESH } from './fresh.js';
import { HELDOUT } from './heldout.js';
import { NEWSET } from './newset.js';
import { NEWSET2 } from './newset2.js';
import { NEWSET3 } from './newset3.js';
import { QUESTIONS } from './questions.js';
import { describeSetShape } from './set-shape.js';

describeSetShape('third new evaluation set', NEWSET3, {
  items: 200,
  spellings: 3,
  unknown: 12,
  earlier: [QUESTIONS, HELDOUT, FRESH, NEWSET, NEWSET2],
});
