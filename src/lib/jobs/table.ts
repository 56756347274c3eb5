/**
 * The site's job table: every worker that speaks the job protocol, and the jobs it runs. Each entry
 * loads that worker's job schemas (a zod/mini module of its feature) on demand, so a page pays for
 * them only when it starts the worker, never in its first bundle; their types cost nothing.
 *
 * | worker                           | jobs (schemas in)                                                                 |
 * | -------------------------------- | --------------------------------------------------------------------------------- |
 * | notebook (cell.worker.ts)        | cell, warm, forget-cell, check (src/lib/notebook/protocol.ts, exercises/check/job.ts) |
 * | train (train.worker.ts)          | train, predict, test-digit, inspect, check-shipped, profile (src/lib/train/protocol.ts) |
 * | lab (lab.worker.ts)              | lab-run (src/lib/lab/protocol.ts)                                                 |
 * | probes (probes.worker.ts)        | machine-probes (src/lib/lab/probe-protocol.ts)                                    |
 * | fixtures (tests/fixtures/workers) | stream, for the runtime's own e2e test (./fixture-jobs.ts)                        |
 *
 * To add a job: add its schemas to its worker's group, implement it with `defineJob` in the worker
 * (the host refuses to start unless every job of the group has one), start it with
 * `JobWorker.start()`. A new worker adds a row here. See CONTRIBUTING.md, "Adding a job".
 */
import type { JobGroup } from './spec';

/** Each worker's job group, loaded on demand (the page's `JobWorker` loads it with the worker). */
export const JOB_TABLE = {
  notebook: () => import('../notebook/protocol').then((module) => module.NOTEBOOK_JOBS),
  train: () => import('../train/protocol').then((module) => module.TRAIN_JOBS),
  lab: () => import('../lab/protocol').then((module) => module.LAB_JOBS),
  probes: () => import('../lab/probe-protocol').then((module) => module.PROBE_JOBS),
  fixtures: () => import('./fixture-jobs').then((module) => module.FIXTURE_JOBS),
} as const;

// Checked here rather than by `satisfies` on the table, whose context would widen each loaded group to JobGroup.
const everyEntryLoadsAGroup: Record<string, () => Promise<JobGroup>> = JOB_TABLE;
void everyEntryLoadsAGroup;

/** A worker of the table. */
export type WorkerName = keyof typeof JOB_TABLE;

/** The job group of each worker: `JobTable['train']['predict']` is the `predict` job's schemas. */
export type JobTable = { [W in WorkerName]: Awaited<ReturnType<(typeof JOB_TABLE)[W]>> };
