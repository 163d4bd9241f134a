import { NEWSET27 } from './newset27.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('twenty-seventh new evaluation set', NEWSET27, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET27),
});
