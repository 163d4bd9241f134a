import { NEWSET25 } from './newset25.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('twenty-fifth new evaluation set', NEWSET25, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET25),
});
