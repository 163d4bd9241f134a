import { NEWSET5 } from './newset5.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('fifth new evaluation set', NEWSET5, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET5),
});
