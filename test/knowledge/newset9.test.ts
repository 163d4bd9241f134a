import { NEWSET9 } from './newset9.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('ninth new evaluation set', NEWSET9, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET9),
});
