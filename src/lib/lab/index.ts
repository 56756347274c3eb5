/** The benchmark lab's pure core: statistics, op catalogue, cost model, plans, results format and pooling. */
export * from './stats';
export * from './ops';
export * from './presets';
export * from './model';
export * from './results';
export * from './validate';
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
