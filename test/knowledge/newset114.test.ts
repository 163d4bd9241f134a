import { NEWSET114 } from './newset114.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('one hundred and fourteenth new evaluation set', NEWSET114, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET114),
});
