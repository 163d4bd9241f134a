import { NEWSET48 } from './newset48.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('forty-eighth new evaluation set', NEWSET48, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET48),
});
