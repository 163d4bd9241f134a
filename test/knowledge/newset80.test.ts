import { NEWSET80 } from './newset80.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('eightieth new evaluation set', NEWSET80, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET80),
});
