import { NEWSET74 } from './newset74.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('seventy-fourth new evaluation set', NEWSET74, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET74),
});
