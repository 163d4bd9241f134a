import { NEWSET118 } from './newset118.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('one hundred and eighteenth new evaluation set', NEWSET118, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET118),
});
