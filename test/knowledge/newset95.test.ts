import { NEWSET95 } from './newset95.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('ninety-fifth new evaluation set', NEWSET95, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET95),
});
