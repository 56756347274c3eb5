export type { Exercise, ExerciseLesson } from './types';
export { exercises } from './catalog';
export { exerciseById, exercisesFor } from './catalog-lookup';
