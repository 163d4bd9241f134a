import { NEWSET110 } from './newset110.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('hundred-and-tenth new evaluation set', NEWSET110, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET110),
});
