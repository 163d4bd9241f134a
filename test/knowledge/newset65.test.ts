import { NEWSET65 } from './newset65.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('sixty-fifth new evaluation set', NEWSET65, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET65),
});
