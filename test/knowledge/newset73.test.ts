import { NEWSET73 } from './newset73.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('seventy-third new evaluation set', NEWSET73, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET73),
});
