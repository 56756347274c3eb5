/** Messages of the worker job runtime (src/lib/jobs, src/workers/runtime, src/client/jobs). */
export const runtimeStrings = {
  unknownJob: (job: string) => `invalid job: ${job} (this worker registers no job of that name)`,
  badInput: (job: string, detail: string) => `invalid input for job ${job}: ${detail}`,
  wrongImplementation: (job: string) => `invalid implementation of job ${job}: none, or one written for another job's spec`,
  badResult: (job: string, detail: string) => `the worker answered job ${job} with a result that does not fit its schema (${detail})`,
  badEvent: (job: string, event: string, detail: string) => `the worker sent event ${event} of job ${job} in a shape that does not fit its schema (${detail})`,
  noSuchEvent: 'no such event',
  jobCancelled: 'the job was cancelled',
  /** Developer-facing detail of a schema refusal (src/lib/jobs/spec.ts, issueSummary). */
  noIssue: 'no issue reported',
  expectedOneOf: (values: readonly string[]) => `one of ${values.join(', ')}`,
  /** What a display payload's typed-array field should be (src/lib/notebook/display-schemas.ts). */
  expectedTypedArray: (name: string) => `a ${name}`,
  /** What an image payload's pixel bytes should number. */
  expectedImageBytes: 'width · height · 4 bytes',
  unsendable: (detail: string) => `Could not send this output to the page: ${detail}`,
  closedByCode: 'the code called self.close(), which ends the worker',
  postMessageReserved: 'postMessage is reserved for the notebook runtime in this worker; use console.log or show(…) to send output to the page',
  noAnswer: (seconds: number) => `the worker did not answer within ${seconds} s`,
  workerError: 'the worker failed to start or crashed',
  schemasUnavailable: (detail: string) => `the page could not load what it needs to read the worker's messages (${detail})`,
} as const;
