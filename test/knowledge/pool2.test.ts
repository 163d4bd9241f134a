import { describePoolShape } from './pool-shape.js';
import { POOL2 } from './pool2.js';

describePoolShape('development pool 2 (hard in-scope questions)', POOL2, {
  items: 200,
  lookalikes: 25,
  inScope: 180,
  perTopic: 4,
});
