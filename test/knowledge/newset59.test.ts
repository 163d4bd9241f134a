import { NEWSET59 } from './newset59.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('fifty-ninth new evaluation set', NEWSET59, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET59),
});
