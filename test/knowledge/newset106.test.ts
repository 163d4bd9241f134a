import { NEWSET106 } from './newset106.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('one hundred and sixth new evaluation set', NEWSET106, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET106),
});
