import { NEWSET45 } from './newset45.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('forty-fifth new evaluation set', NEWSET45, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET45),
});
