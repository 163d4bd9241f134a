import { NEWSET3 } from './newset3.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('third new evaluation set', NEWSET3, {
  items: 200,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET3),
});
