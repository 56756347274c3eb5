export { accuracyOf, seedSummary, type SeedSummary } from './summary';
export { satterthwaiteDf, tQuantile, type VarianceComponent } from './t-interval';
export { BOOTSTRAP_REPLICATES, BOOTSTRAP_SEED, digitBootstrap, type DigitBootstrap } from './bootstrap';
export { pairedCorrectnessGap, pairedGap, type GapInterval, type GapOptions, type PairedCorrectness, type PairedRun } from './paired-gap';
export { gapVerdict, type GapVerdict, type VerdictKind, type VerdictScope } from './verdict';
