import { NEWSET4 } from './newset4.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('fourth new evaluation set', NEWSET4, {
  items: 150,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET4),
});
