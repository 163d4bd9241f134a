import { NEWSET60 } from './newset60.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('sixtieth new evaluation set', NEWSET60, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET60),
});
