import { NEWSET100 } from './newset100.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('hundredth new evaluation set', NEWSET100, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET100),
});
