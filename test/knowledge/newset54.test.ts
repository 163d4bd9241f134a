import { NEWSET54 } from './newset54.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('fifty-fourth new evaluation set', NEWSET54, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET54),
});
