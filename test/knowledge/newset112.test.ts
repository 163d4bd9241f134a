import { NEWSET112 } from './newset112.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('one hundred and twelfth new evaluation set', NEWSET112, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET112),
});
