import { NEWSET15 } from './newset15.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('fifteenth new evaluation set', NEWSET15, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET15),
});
