import { NEWSET93 } from './newset93.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('ninety-third new evaluation set', NEWSET93, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET93),
});
