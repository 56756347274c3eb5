/**
 * The job of the e2e tests' fixture worker (tests/fixtures/workers/stream.worker.ts), in the job
 * table like any other: `stream` sends `updates` progress updates to one in-place display, with
 * `workMs` of busy work and a checkpoint between updates.
 */
import * as z from 'zod/mini';
import { NO_DETAIL } from './protocol';
import type { JobGroup } from './spec';

/** The fixture worker's jobs. */
export const FIXTURE_JOBS = {
  stream: {
    input: z.object({ updates: z.int(), workMs: z.number() }),
    result: z.object({ updates: z.int() }),
    events: {},
    failure: NO_DETAIL,
  },
} as const satisfies JobGroup;

