import { NEWSET75 } from './newset75.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('seventy-fifth new evaluation set', NEWSET75, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET75),
});
