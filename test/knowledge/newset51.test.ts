import { NEWSET51 } from './newset51.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('fifty-first new evaluation set', NEWSET51, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET51),
});
