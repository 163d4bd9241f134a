import { NEWSET86 } from './newset86.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('eighty-sixth new evaluation set', NEWSET86, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET86),
});
