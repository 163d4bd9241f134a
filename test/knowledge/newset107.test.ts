import { NEWSET107 } from './newset107.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('one hundred and seventh new evaluation set', NEWSET107, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET107),
});
