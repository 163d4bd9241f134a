import { NEWSET29 } from './newset29.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('twenty-ninth new evaluation set', NEWSET29, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET29),
});
