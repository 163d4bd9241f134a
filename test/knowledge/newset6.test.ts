import { NEWSET6 } from './newset6.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('sixth new evaluation set', NEWSET6, {
  items: 165,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET6),
});
