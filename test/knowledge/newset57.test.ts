import { NEWSET57 } from './newset57.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('fifty-seventh new evaluation set', NEWSET57, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET57),
});
