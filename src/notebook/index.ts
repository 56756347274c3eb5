/** The blocks lesson authors import in MDX: `import { CodePair } from '../../notebook';` */
export { default as CodePair } from './CodePair.astro';
export { default as Quiz } from './Quiz.astro';
export { default as ShapeWidget } from './ShapeWidget.astro';
export { default as CostCalculator } from './CostCalculator.astro';
export { default as Cell } from './Cell.astro';
export { default as Stepper } from './Stepper.astro';
export { default as KernelView } from './KernelView.astro';
export { default as FeatureMaps } from './FeatureMaps.astro';
export { default as BlockDiagram } from './BlockDiagram.astro';
export { default as KernelFactorisation } from './KernelFactorisation.astro';
export { default as RooflineSketch } from './RooflineSketch.astro';
export { default as Exercise } from './Exercise.astro';
export { default as TrainingResults } from './TrainingResults.astro';
export { default as GroupSpectrum } from './GroupSpectrum.astro';
export { default as MachineRoofs } from './MachineRoofs.astro';
export { default as TrainProfile } from './TrainProfile.astro';
