import { NEWSET20 } from './newset20.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('twentieth new evaluation set', NEWSET20, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET20),
});
