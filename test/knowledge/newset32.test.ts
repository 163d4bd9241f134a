import { NEWSET32 } from './newset32.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('thirty-second new evaluation set', NEWSET32, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET32),
});
