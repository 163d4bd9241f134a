import { NEWSET40 } from './newset40.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('fortieth new evaluation set', NEWSET40, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET40),
});
