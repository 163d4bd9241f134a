import { NEWSET66 } from './newset66.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('sixty-sixth new evaluation set', NEWSET66, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET66),
});
