import { NEWSET101 } from './newset101.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('one hundred and first new evaluation set', NEWSET101, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET101),
});
