// Every exercise's checker, by exercise id.
import type { CheckSuite } from '../check/run';
import { depthMultiplierSuite, multiplyAddsSuite, outputSizeSuite, separableParamsSuite } from './scalar-suites';
import { depthwiseLoopsSuite, equivalentKernelSuite, pointwiseMatmulSuite, separableBlockSuite } from './tensor-suites';

const SUITES: readonly CheckSuite[] = [
  outputSizeSuite, depthwiseLoopsSuite, depthMultiplierSuite, pointwiseMatmulSuite,
  separableBlockSuite, separableParamsSuite, multiplyAddsSuite, equivalentKernelSuite,
];

/** The checker of exercise `id`; throws `invalid exercise id: …` for an id without one. */
export function checkSuiteFor(id: string): CheckSuite {
  const suite = SUITES.find((each) => each.exerciseId === id);
  if (!suite) throw new Error(`invalid exercise id: ${id}`);
  return suite;
}
