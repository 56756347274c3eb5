/** Every exercise, in lesson order then page order. */
import type { Exercise } from '../types';
import { outputSizeExercise } from './convolution';
import { depthMultiplierExercise, depthwiseLoopsExercise } from './depthwise';
import { pointwiseMatmulExercise } from './pointwise';
import { separableBlockExercise, separableParamsExercise } from './separable';
import { multiplyAddsExercise } from './cost';
import { equivalentKernelExercise } from './effective';

/** All checked exercises of the site, in lesson order, and within a lesson in page order. */
export const exercises: readonly Exercise[] = Object.freeze([
  outputSizeExercise,
  depthwiseLoopsExercise,
  depthMultiplierExercise,
  pointwiseMatmulExercise,
  separableBlockExercise,
  separableParamsExercise,
  multiplyAddsExercise,
  equivalentKernelExercise,
]);
