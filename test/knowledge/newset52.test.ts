import { NEWSET52 } from './newset52.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('fifty-second new evaluation set', NEWSET52, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET52),
});
