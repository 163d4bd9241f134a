import { NEWSET70 } from './newset70.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('seventieth new evaluation set', NEWSET70, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET70),
});
