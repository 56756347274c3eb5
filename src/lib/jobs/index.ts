/** The worker job protocol: messages, cooperative control and display batching. */
export * from './protocol';
export { JobCancelled, JobControl, JobFailed, type JobControlOptions } from './job-control';
export { DisplayBatcher, type DisplayBatcherOptions, type DisplayUpdate } from './display-batcher';
