import { NEWSET23 } from './newset23.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('twenty-third new evaluation set', NEWSET23, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET23),
});
