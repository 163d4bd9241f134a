import { NEWSET82 } from './newset82.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('eighty-second new evaluation set', NEWSET82, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET82),
});
