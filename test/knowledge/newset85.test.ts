import { NEWSET85 } from './newset85.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('eighty-fifth new evaluation set', NEWSET85, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET85),
});
