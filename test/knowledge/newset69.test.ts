import { NEWSET69 } from './newset69.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('sixty-ninth new evaluation set', NEWSET69, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET69),
});
