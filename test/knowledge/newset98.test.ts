import { NEWSET98 } from './newset98.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('ninety-eighth new evaluation set', NEWSET98, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET98),
});
