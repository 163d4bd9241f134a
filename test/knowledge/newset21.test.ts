import { NEWSET21 } from './newset21.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('twenty-first new evaluation set', NEWSET21, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET21),
});
