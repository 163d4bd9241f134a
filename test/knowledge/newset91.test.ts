import { NEWSET91 } from './newset91.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('ninety-first new evaluation set', NEWSET91, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET91),
});
