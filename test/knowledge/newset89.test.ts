import { NEWSET89 } from './newset89.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('eighty-ninth new evaluation set', NEWSET89, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET89),
});
