import { NEWSET17 } from './newset17.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('seventeenth new evaluation set', NEWSET17, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET17),
});
