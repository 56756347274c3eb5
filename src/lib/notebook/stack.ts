/**
 * Maps a V8 stack trace of compiled cells back to the reader's lines, dropping every frame that
 * is not cell code (TF.js internals, the worker loop).
 */
import { originalPosition } from './edits';
import type { CellProgram } from './transform';
import { cellErrorStrings } from '../strings/cell-output';

/** One compiled cell the stack mapper knows: its program and the number of lines the Function header adds. */
export interface KnownCell {
  cellId: string;
  program: CellProgram;
}

/** A stack frame in a reader's cell: `fn` is undefined at top level. */
export interface CellFrame {
  cellId: string;
  fn?: string;
  line: number;
  column: number;
}

const FRAME = /^\s*at (?:(?:async )?(\S+?) \()?(cell-[\w-]+\.js):(\d+):(\d+)\)?$/;
const FIREFOX_FRAME = /^(?:(\S*?)@)?.*?(cell-[\w-]+\.js):(\d+):(\d+)$/;

/** Parses `stack` and returns frames inside known cells, innermost first, in the reader's coordinates. */
export function cellFrames(stack: string, known: ReadonlyMap<string, KnownCell>, headerLines: number): CellFrame[] {
  const frames: CellFrame[] = [];
  for (const text of stack.split('\n')) {
    const match = FRAME.exec(text) ?? FIREFOX_FRAME.exec(text);
    if (!match) continue;
    const [, fnName, url = '', line = '0', column = '0'] = match;
    const cell = known.get(url);
    if (!cell) continue;
    const bodyLine = Number(line) - headerLines;
    if (bodyLine < 1) continue;
    const position = originalPosition(cell.program, bodyLine, Number(column));
    if (position.line > cell.program.source.split('\n').length) continue;
    const fn = !fnName || fnName === 'eval' || fnName === 'anonymous' ? undefined : fnName;
    frames.push({ cellId: cell.cellId, fn, line: position.line, column: position.column });
  }
  return frames;
}

/** Frames as text, with runs of identical frames (deep recursion) folded into one line with a count. */
export function formatFrames(frames: readonly CellFrame[], currentCell: string): string[] {
  const lines: string[] = [];
  let previous = '';
  let repeats = 0;
  const flush = () => {
    if (previous) lines.push(repeats > 1 ? `${previous} ×${repeats}` : previous);
  };
  for (const frame of frames) {
    const text = formatFrame(frame, currentCell);
    if (text === previous) {
      repeats++;
      continue;
    }
    flush();
    previous = text;
    repeats = 1;
  }
  flush();
  return lines;
}

/** A frame as the reader reads it: `at conv (line 3)`, `at top level (line 5)`, or `… (cell "x", line 2)`. */
function formatFrame(frame: CellFrame, currentCell: string): string {
  return cellErrorStrings.frame(frame.fn, frame.cellId === currentCell ? undefined : frame.cellId, frame.line);
}
