import { NEWSET94 } from './newset94.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('ninety-fourth new evaluation set', NEWSET94, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET94),
});
