import { NEWSET16 } from './newset16.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('sixteenth new evaluation set', NEWSET16, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET16),
});
