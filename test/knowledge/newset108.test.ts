import { NEWSET108 } from './newset108.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('one hundred and eighth new evaluation set', NEWSET108, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET108),
});
