import { NEWSET44 } from './newset44.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('forty-fourth new evaluation set', NEWSET44, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET44),
});
