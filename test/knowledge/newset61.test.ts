import { NEWSET61 } from './newset61.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('sixty-first new evaluation set', NEWSET61, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET61),
});
