import { NEWSET102 } from './newset102.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('one hundred and second new evaluation set', NEWSET102, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET102),
});
