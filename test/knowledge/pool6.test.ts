import { describePoolShape } from './pool-shape.js';
import { POOL6 } from './pool6.js';

describePoolShape('development pool 6 (a week of messages from forty users)', POOL6, {
  items: 400,
  lookalikes: 250,
  inScope: 150,
});
