import { describePoolShape } from './pool-shape.js';
import { POOL4 } from './pool4.js';

describePoolShape('development pool 4 (lookalikes bent from the topics’ questions)', POOL4, {
  items: 260,
  lookalikes: 200,
  inScope: 60,
});
