import { NEWSET18 } from './newset18.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('eighteenth new evaluation set', NEWSET18, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET18),
});
