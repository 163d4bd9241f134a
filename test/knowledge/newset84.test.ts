import { NEWSET84 } from './newset84.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('eighty-fourth new evaluation set', NEWSET84, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET84),
});
