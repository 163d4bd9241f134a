import { NEWSET43 } from './newset43.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('forty-third new evaluation set', NEWSET43, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET43),
});
