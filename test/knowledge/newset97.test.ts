import { NEWSET97 } from './newset97.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('ninety-seventh new evaluation set', NEWSET97, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET97),
});
