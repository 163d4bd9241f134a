import { NEWSET42 } from './newset42.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('forty-second new evaluation set', NEWSET42, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET42),
});
