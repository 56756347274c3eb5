/** The worker job protocol: messages, job specs and the job table, cooperative control and display batching. */
export * from './protocol';
export * from './spec';
export { JobCancelled, JobControl, JobFailed, type JobControlOptions } from './job-control';
export { DisplayBatcher, type DisplayBatcherOptions, type DisplayUpdate } from './display-batcher';
