import { NEWSET83 } from './newset83.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('eighty-third new evaluation set', NEWSET83, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET83),
});
