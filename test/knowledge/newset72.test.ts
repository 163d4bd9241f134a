import { NEWSET72 } from './newset72.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('seventy-second new evaluation set', NEWSET72, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET72),
});
