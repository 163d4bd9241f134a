import { NEWSET104 } from './newset104.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('hundred-and-fourth new evaluation set', NEWSET104, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET104),
});
