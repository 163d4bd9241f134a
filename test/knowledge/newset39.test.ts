import { NEWSET39 } from './newset39.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('thirty-ninth new evaluation set', NEWSET39, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET39),
});
