import { NEWSET58 } from './newset58.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('fifty-eighth new evaluation set', NEWSET58, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET58),
});
