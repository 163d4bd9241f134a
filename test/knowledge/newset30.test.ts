import { NEWSET30 } from './newset30.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('thirtieth new evaluation set', NEWSET30, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET30),
});
