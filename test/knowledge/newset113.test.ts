import { NEWSET113 } from './newset113.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('hundred-and-thirteenth new evaluation set', NEWSET113, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET113),
});
