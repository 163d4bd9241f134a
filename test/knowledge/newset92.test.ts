import { NEWSET92 } from './newset92.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('ninety-second new evaluation set', NEWSET92, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET92),
});
