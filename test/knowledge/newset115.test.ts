import { NEWSET115 } from './newset115.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('hundred-and-fifteenth new evaluation set', NEWSET115, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET115),
});
