import { NEWSET47 } from './newset47.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('forty-seventh new evaluation set', NEWSET47, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET47),
});
