export type { Exercise, ExerciseLesson } from './types';
export { exercises } from './catalog';
export { exerciseById, exercisesFor } from './catalog-lookup';
export { EXACT, FLOAT, describeValue, firstMismatch, nestedShape, type CompareOptions, type Tolerance } from './check/compare';
export { CHECK_SEED, runCheck, type CheckCase, type CheckOutcome, type CheckSuite, type CheckVerdict, type RunCheckOptions } from './check/run';
export { checkSuiteFor } from './suites';
export { depthMultiplierFor, equivalentStandardKernel } from './suites/reference';
export { fromNested, randomNested, toNested, type Nested4D } from './suites/nested';
export { PROGRESS_KEY, markSolved, parseProgress, solvedCount, type Progress } from './progress';
