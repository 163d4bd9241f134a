import { NEWSET13 } from './newset13.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('thirteenth new evaluation set', NEWSET13, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET13),
});
