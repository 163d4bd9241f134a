import { NEWSET77 } from './newset77.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('seventy-seventh new evaluation set', NEWSET77, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET77),
});
