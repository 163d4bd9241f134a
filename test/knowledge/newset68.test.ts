import { NEWSET68 } from './newset68.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('sixty-eighth new evaluation set', NEWSET68, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET68),
});
