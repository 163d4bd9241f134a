import { NEWSET109 } from './newset109.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('one hundred and ninth new evaluation set', NEWSET109, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET109),
});
