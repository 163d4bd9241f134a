import { NEWSET22 } from './newset22.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('twenty-second new evaluation set', NEWSET22, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET22),
});
