import { NEWSET50 } from './newset50.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('fiftieth new evaluation set', NEWSET50, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET50),
});
