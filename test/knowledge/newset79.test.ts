import { NEWSET79 } from './newset79.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('seventy-ninth new evaluation set', NEWSET79, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET79),
});
