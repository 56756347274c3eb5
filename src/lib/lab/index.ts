/**
 * The benchmark lab's pure core: statistics, op catalogue, cost model, plans, the results format's
 * types and pooling. The modules that read files or worker data with zod schemas are not exported
 * here, so importing this index never puts zod in a page's first bundle: import them by path where
 * a file is read (./results-schema.ts, ./results-format.ts, ./class-link-format.ts, ./class-import.ts, ./protocol.ts).
 */
export * from './stats';
export * from './ops';
export * from './presets';
export * from './model';
export * from './results';
export type { BackendInfo, Environment, LabRun, OpResult, ProbeResult } from './results-schema';
export type { ParseOutcome } from './results-format';
export * from './plan';
export * from './eta';
export * from './csv';
export * from './analysis';
export * from './merge';
export type * from './protocol';
export * from './seeded';
export * from './compare';
export * from './format';
export * from './summary';
export * from './class-pool';
export * from './class-link';
export * from './class-csv';
export * from './timing-loop';
export * from './machine-probes';
export * from './machine-roofs';
export * from './roofline-view';
export * from './layer-ceilings';
export * from './class-chart';
