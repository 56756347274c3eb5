/** How a cell's run ended, as a value for code that waits on it (an exercise check), and the sentences that say so. */
import type { CellError, MemoryDelta } from '../../lib/notebook/protocol';
import { cellStrings } from '../../lib/strings/cells';

/** A run that ran to the end, or the problem the reader was shown under the cell (error, stop, time limit, restart). */
export type CellRunOutcome = { ok: true } | { ok: false; problem: string };

/** An error's headline as the cell shows it: `TypeError on line 3, column 5: x is not a function`. */
export function errorHeadline(error: CellError): string {
  return `${cellStrings.errorTitle(error.name, error.line, error.column, error.inCell)}: ${error.message}`;
}

/** What a failed run showed: its error's headline and, when tensors leaked, the leak warning. */
export function problemOf(error: CellError, memory?: MemoryDelta): string {
  const headline = errorHeadline(error);
  return memory && memory.leaked > 0 ? `${headline} ${cellStrings.leak(memory.leaked)}` : headline;
}
