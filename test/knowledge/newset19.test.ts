import { NEWSET19 } from './newset19.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('nineteenth new evaluation set', NEWSET19, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET19),
});
