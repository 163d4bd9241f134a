import { NEWSET36 } from './newset36.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('thirty-sixth new evaluation set', NEWSET36, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET36),
});
