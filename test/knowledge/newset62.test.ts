import { NEWSET62 } from './newset62.js';
import { describeSetShape } from './set-shape.js';
import { setsBefore } from './sets.js';

describeSetShape('sixty-second new evaluation set', NEWSET62, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: setsBefore(NEWSET62),
});
