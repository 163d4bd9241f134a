import { NEWSET7 } from './newset7.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('seventh new evaluation set', NEWSET7, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET7),
});
