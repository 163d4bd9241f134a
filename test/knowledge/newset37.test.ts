import { NEWSET37 } from './newset37.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('thirty-seventh new evaluation set', NEWSET37, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET37),
});
