import { NEWSET88 } from './newset88.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('eighty-eighth new evaluation set', NEWSET88, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET88),
});
