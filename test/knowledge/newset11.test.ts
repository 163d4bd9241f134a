import { FRESH } from './fresh.js';
import { HELDOUT } from './heldout.js';
import { NEWSET } from './newset.js';
import { NEWSET2 } from './newset2.js';
import { NEWSET3 } from './newset3.js';
import { NEWSET4 } from './newset4.js';
import { NEWSET5 } from './newset5.js';
import { NEWSET6 } from './newset6.js';
import { NEWSET7 } from './newset7.js';
import { NEWSET8 } from './newset8.js';
import { NEWSET9 } from './newset9.js';
import { NEWSET10 } from './newset10.js';
import { NEWSET11 } from './newset11.js';
import { QUESTIONS } from './questions.js';
import { describeSetShape } from './set-shape.js';

describeSetShape('eleventh new evaluation set', NEWSET11, {
  items: 170,
  spellings: 3,
  unknown: 12,
  earlier: [
    QUESTIONS,
    HELDOUT,
    FRESH,
    NEWSET,
    NEWSET2,
    NEWSET3,
    NEWSET4,
    NEWSET5,
    NEWSET6,
    NEWSET7,
    NEWSET8,
    NEWSET9,
    NEWSET10,
  ],
});
