import { NEWSET111 } from './newset111.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('one hundred and eleventh new evaluation set', NEWSET111, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET111),
});
