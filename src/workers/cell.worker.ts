/**
 * The notebook worker: one per page, runs every cell of the page against one shared scope, as
 * jobs of the one job protocol (NOTEBOOK_JOBS; see src/workers/cells/cell-job.ts). TF.js loads on
 * the first run (on the backend that run names). Stop terminates this worker; `checkpoint()` in a
 * cell lets a long loop pause and cancel cooperatively instead.
 */
import { NOTEBOOK_JOBS } from '../lib/notebook/protocol';
import { startJobHost } from './runtime/job-host';
import { cellJobs } from './cells/cell-job';
import { attachHost, cellSession, sendConsole, within } from './cells/session';
import { consoleText } from './show';
import { attributeTimers } from './run-timers';
import { cellErrorStrings } from '../lib/strings/cell-output';

const host = startJobHost(NOTEBOOK_JOBS, cellJobs);
attachHost(host);
const session = cellSession();

function reportStray(reason: unknown, what: string): void {
  const error = session.runtime.locate(reason, session.currentCell, 'rejection');
  const where = error.line ? cellErrorStrings.where(error.inCell, error.line) : '';
  // A thrown non-Error has no name worth showing: its kind says so, not its display text.
  sendConsole(session.currentRun, 'error', `${what}: ${error.kind === 'thrown' ? '' : `${error.name}: `}${error.message}${where}`);
}

// TF.js ops run 10+ frames deep, V8's default stack depth: keep enough frames to reach the reader's line.
(Error as { stackTraceLimit?: number }).stackTraceLimit = 100;
for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
  console[level] = (...args: unknown[]) => sendConsole(session.currentRun, level === 'debug' ? 'log' : level, consoleText(session.tf, args));
}
// Timers reached through the global (globalThis.setTimeout) still report under the run that set them.
attributeTimers({ current: () => session.currentRun, within: (runId, callback) => within(runId, callback, (error) => reportStray(error, cellErrorStrings.uncaughtInCallback)) });
self.addEventListener('unhandledrejection', (event) => {
  event.preventDefault();
  reportStray(event.reason, cellErrorStrings.unhandledRejection);
});
self.addEventListener('error', (event) => {
  event.preventDefault();
  reportStray(event.error ?? event.message, cellErrorStrings.uncaughtInCallback);
});
