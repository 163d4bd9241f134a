import { NEWSET14 } from './newset14.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('fourteenth new evaluation set', NEWSET14, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET14),
});
