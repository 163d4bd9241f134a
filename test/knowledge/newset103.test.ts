import { NEWSET103 } from './newset103.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('one hundred and third new evaluation set', NEWSET103, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET103),
});
