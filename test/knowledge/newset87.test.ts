import { NEWSET87 } from './newset87.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('eighty-seventh new evaluation set', NEWSET87, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET87),
});
