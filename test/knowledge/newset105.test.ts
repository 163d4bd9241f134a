import { NEWSET105 } from './newset105.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('one hundred and fifth new evaluation set', NEWSET105, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET105),
});
