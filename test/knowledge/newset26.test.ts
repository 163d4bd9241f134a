import { NEWSET26 } from './newset26.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('twenty-sixth new evaluation set', NEWSET26, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET26),
});
