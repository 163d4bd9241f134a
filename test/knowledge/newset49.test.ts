import { NEWSET49 } from './newset49.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('forty-ninth new evaluation set', NEWSET49, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET49),
});
