import { NEWSET28 } from './newset28.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('twenty-eighth new evaluation set', NEWSET28, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET28),
});
