import { NEWSET116 } from './newset116.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('one hundred and sixteenth new evaluation set', NEWSET116, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET116),
});
