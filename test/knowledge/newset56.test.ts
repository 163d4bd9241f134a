import { NEWSET56 } from './newset56.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('fifty-sixth new evaluation set', NEWSET56, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET56),
});
