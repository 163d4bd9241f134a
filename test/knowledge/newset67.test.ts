import { NEWSET67 } from './newset67.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('sixty-seventh new evaluation set', NEWSET67, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET67),
});
