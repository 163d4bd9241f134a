import { describePoolShape } from './pool-shape.js';
import { POOL3 } from './pool3.js';

describePoolShape('development pool 3 (a month of ordinary traffic)', POOL3, {
  items: 220,
  lookalikes: 200,
  inScope: 30,
});
