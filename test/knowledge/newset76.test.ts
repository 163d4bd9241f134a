import { NEWSET76 } from './newset76.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('seventy-sixth new evaluation set', NEWSET76, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET76),
});
