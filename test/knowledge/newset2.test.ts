import { NEWSET2 } from './newset2.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('second new evaluation set', NEWSET2, {
  items: 170,
  spellings: 2,
  unknown: 10,
  earlier: setsBefore(NEWSET2),
});
