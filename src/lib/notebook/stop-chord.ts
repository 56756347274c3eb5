/**
 * The keyboard chord that stops a page's running and queued cells: Ctrl+. (Cmd+. on a Mac), or Escape
 * pressed twice within a second (one Escape alone leaves an editor or projector mode, so it must not stop).
 */

/** The parts of a key press the chord reads. */
export interface ChordKey {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
}

/** Escape presses closer together than this make the double Escape. */
export const DOUBLE_ESCAPE_MS = 1000;

/** Watches key presses for the stop chord; a third Escape right after a double one starts a new pair. */
export class StopChord {
  private lastEscape = Number.NEGATIVE_INFINITY;

  /** Whether the press of `key` at time `now` (ms) completes the chord. */
  press(key: ChordKey, now: number): boolean {
    if (key.key === '.' && (key.ctrlKey || key.metaKey)) return true;
    if (key.key !== 'Escape') return false;
    const double = now - this.lastEscape < DOUBLE_ESCAPE_MS;
    this.lastEscape = double ? Number.NEGATIVE_INFINITY : now;
    return double;
  }
}
