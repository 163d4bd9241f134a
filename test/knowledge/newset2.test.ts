import { FRESH } from './fresh.js';
import { HELDOUT } from './heldout.js';
import { NEWSET } from './newset.js';
import { NEWSET2 } from './newset2.js';
import { QUESTIONS } from './questions.js';
import { describeSetShape } from './set-shape.js';

describeSetShape('second new evaluation set', NEWSET2, {
  items: 170,
  spellings: 2,
  unknown: 10,
  earlier: [QUESTIONS, HELDOUT, FRESH, NEWSET],
});
