import { NEWSET90 } from './newset90.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('ninetieth new evaluation set', NEWSET90, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET90),
});
