import { NEWSET63 } from './newset63.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('sixty-third new evaluation set', NEWSET63, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET63),
});
