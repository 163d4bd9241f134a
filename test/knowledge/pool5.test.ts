import { describePoolShape } from './pool-shape.js';
import { POOL5 } from './pool5.js';

describePoolShape('development pool 5 (the lookalike families set writers invent)', POOL5, {
  items: 330,
  lookalikes: 250,
  inScope: 80,
});
