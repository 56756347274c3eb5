/**
 * The most one run may print: lines and bytes of console output. Past either limit the run's
 * output ends with one visible "output truncated" line, so a print loop cannot flood the page.
 */
import { cellStrings } from '../strings/cells';

/** Limits of one run's console output. */
export interface OutputLimits {
  lines: number;
  /** UTF-16 code units, close enough to bytes for a limit. */
  bytes: number;
}

/** Console lines and characters one run may send: 1000 lines, 50 000 characters (more is slow to lay out, and unreadable). */
const DEFAULT_OUTPUT_LIMITS: OutputLimits = { lines: 1000, bytes: 50_000 };

/** What to send for one console line: the text, the truncation notice (once), or nothing. */
export type Admitted = { send: string; truncated: boolean } | undefined;

/** Counts one run's output against its limits. */
export class OutputCap {
  private lines = 0;
  private bytes = 0;
  private stopped = false;

  constructor(private readonly limits: OutputLimits = DEFAULT_OUTPUT_LIMITS) {}

  /** Admits `text` as one line: as is, cut at the byte limit, or replaced by the truncation notice. */
  admit(text: string): Admitted {
    if (this.stopped) return undefined;
    this.lines++;
    const room = this.limits.bytes - this.bytes;
    if (this.lines > this.limits.lines || room <= 0) return this.stop();
    this.bytes += text.length;
    if (text.length <= room) return { send: text, truncated: false };
    this.stopped = true;
    return { send: `${text.slice(0, room)}\n${cellStrings.runOutputTruncated(this.limits)}`, truncated: true };
  }

  private stop(): Admitted {
    this.stopped = true;
    return { send: cellStrings.runOutputTruncated(this.limits), truncated: true };
  }
}
