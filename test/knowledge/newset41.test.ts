import { NEWSET41 } from './newset41.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('forty-first new evaluation set', NEWSET41, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET41),
});
