import { NEWSET35 } from './newset35.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('thirty-fifth new evaluation set', NEWSET35, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET35),
});
