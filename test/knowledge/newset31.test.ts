import { NEWSET31 } from './newset31.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('thirty-first new evaluation set', NEWSET31, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET31),
});
