export { answerHash, seal, unseal } from './seal';
export { CLASS_MODE_KEY, classLink, resolveClassMode, type ClassMode } from './mode';
export { objectivesFor } from './objectives';
export { EXPERIMENT_LESSON, FIXED_MINUTES, VERDICT_LESSON, TEACHING_FACTOR, classPlan, clockTime, type BlockTitles, type ClassPlan, type PlanBlock, type PlanExercise, type PlanLesson, type PlanOptions } from './plan';
export { backendOutlook, type BackendOutlook } from './lab-outlook';
