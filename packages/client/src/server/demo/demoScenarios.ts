import type { DemoScenario } from './DemoScenario.js';
import { scenarioW1001 } from './scenarios/scenarioW1001.js';
import { scenarioW1002 } from './scenarios/scenarioW1002.js';
import { scenarioW1003 } from './scenarios/scenarioW1003.js';
import { scenarioW1004 } from './scenarios/scenarioW1004.js';
import { scenarioW1005 } from './scenarios/scenarioW1005.js';
import { scenarioW1006 } from './scenarios/scenarioW1006.js';
import { scenarioW1007 } from './scenarios/scenarioW1007.js';
import { scenarioW1008 } from './scenarios/scenarioW1008.js';

/** Every seeded order, in order-number order. */
export const demoScenarios: readonly DemoScenario[] = [
  scenarioW1001,
  scenarioW1002,
  scenarioW1003,
  scenarioW1004,
  scenarioW1005,
  scenarioW1006,
  scenarioW1007,
  scenarioW1008,
];
