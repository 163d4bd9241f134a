import { NEWSET46 } from './newset46.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('forty-sixth new evaluation set', NEWSET46, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET46),
});
