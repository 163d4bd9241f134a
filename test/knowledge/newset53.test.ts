import { NEWSET53 } from './newset53.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('fifty-third new evaluation set', NEWSET53, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET53),
});
