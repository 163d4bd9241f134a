import { NEWSET96 } from './newset96.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('ninety-sixth new evaluation set', NEWSET96, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET96),
});
