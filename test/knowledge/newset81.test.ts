import { NEWSET81 } from './newset81.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('eighty-first new evaluation set', NEWSET81, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET81),
});
