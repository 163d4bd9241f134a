import { NEWSET10 } from './newset10.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('tenth new evaluation set', NEWSET10, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET10),
});
