import { NEWSET24 } from './newset24.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('twenty-fourth new evaluation set', NEWSET24, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET24),
});
