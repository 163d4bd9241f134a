import { NEWSET99 } from './newset99.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('ninety-ninth new evaluation set', NEWSET99, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET99),
});
