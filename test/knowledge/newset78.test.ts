import { NEWSET78 } from './newset78.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('seventy-eighth new evaluation set', NEWSET78, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET78),
});
