import { NEWSET8 } from './newset8.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('eighth new evaluation set', NEWSET8, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET8),
});
