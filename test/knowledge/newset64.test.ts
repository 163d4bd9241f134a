import { NEWSET64 } from './newset64.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('sixty-fourth new evaluation set', NEWSET64, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET64),
});
