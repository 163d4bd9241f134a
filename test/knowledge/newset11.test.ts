import { NEWSET11 } from './newset11.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('eleventh new evaluation set', NEWSET11, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET11),
});
