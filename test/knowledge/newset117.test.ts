import { NEWSET117 } from './newset117.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('hundred-and-seventeenth new evaluation set', NEWSET117, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET117),
});
