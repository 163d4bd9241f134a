import { NEWSET38 } from './newset38.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('thirty-eighth new evaluation set', NEWSET38, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET38),
});
