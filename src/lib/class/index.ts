export { answerHash, seal, unseal } from './seal';
export { CLASS_MODE_KEY, classLink, resolveClassMode, type ClassMode } from './mode';
export { objectivesFor } from './objectives';
export { FIXED_MINUTES, TEACHING_FACTOR, classPlan, clockTime, type BlockTitles, type ClassPlan, type PlanBlock, type PlanExercise, type PlanLesson } from './plan';
export { backendOutlook, type BackendOutlook } from './lab-outlook';
