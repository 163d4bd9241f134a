import { describePoolShape } from './pool-shape.js';
import { POOL1 } from './pool1.js';

describePoolShape('development pool 1 (lookalikes written from the sources)', POOL1, {
  items: 180,
  lookalikes: 160,
  inScope: 30,
});
