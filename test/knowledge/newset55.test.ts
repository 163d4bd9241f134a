import { NEWSET55 } from './newset55.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('fifty-fifth new evaluation set', NEWSET55, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET55),
});
