import { NEWSET12 } from './newset12.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('twelfth new evaluation set', NEWSET12, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET12),
});
