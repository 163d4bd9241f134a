import { NEWSET34 } from './newset34.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('thirty-fourth new evaluation set', NEWSET34, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET34),
});
