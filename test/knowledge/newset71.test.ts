import { NEWSET71 } from './newset71.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('seventy-first new evaluation set', NEWSET71, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET71),
});
