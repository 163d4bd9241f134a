import { NEWSET33 } from './newset33.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('thirty-third new evaluation set', NEWSET33, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET33),
});
