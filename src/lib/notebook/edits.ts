/**
 * Text edits that never add or remove newlines, so a position in the rewritten code maps back to
 * the reader's code exactly.
 */

/** Replace `remove` characters at offset `at` with `insert`; `rank` orders edits sharing an offset. */
export interface Edit {
  at: number;
  remove: number;
  insert: string;
  rank: number;
}

/** An insertion that opens a construct at AST `depth`: outer openings go before inner ones. */
export function opening(at: number, insert: string, depth: number): Edit {
  return { at, remove: 0, insert, rank: depth };
}

/** An insertion that closes a construct at AST `depth`: inner closings go before outer ones, and all before openings. */
export function closing(at: number, insert: string, depth: number): Edit {
  return { at, remove: 0, insert, rank: -depth - 1 };
}

/** Edits in application order: by offset, then by rank (stable for equal ranks). */
export function sortEdits(edits: readonly Edit[]): Edit[] {
  return [...edits].sort((a, b) => a.at - b.at || a.rank - b.rank);
}

/** Applies already-sorted edits to `source`. */
export function applyEdits(source: string, sorted: readonly Edit[]): string {
  let output = '';
  let cursor = 0;
  for (const edit of sorted) {
    output += source.slice(cursor, edit.at) + edit.insert;
    cursor = Math.max(cursor, edit.at + edit.remove);
  }
  return output + source.slice(cursor);
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return offset + column - 1;
}

/** 1-based line and column of `offset` in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: before.length - lastBreak };
}

/**
 * Maps a 1-based (line, column) in the rewritten `body` back to the reader's `source`;
 * a position inside inserted text maps to where the insertion was made.
 */
export function originalPosition(
  program: { body: string; source: string; edits: readonly Edit[] },
  line: number,
  column: number,
): { line: number; column: number } {
  const generated = offsetOf(program.body, line, column);
  let generatedCursor = 0;
  let originalCursor = 0;
  for (const edit of program.edits) {
    const unchanged = edit.at - originalCursor;
    if (generated < generatedCursor + unchanged) return lineColumn(program.source, originalCursor + generated - generatedCursor);
    generatedCursor += Math.max(0, unchanged) + edit.insert.length;
    originalCursor = Math.max(originalCursor, edit.at);
    if (generated < generatedCursor) return lineColumn(program.source, edit.at);
    originalCursor += edit.remove;
  }
  return lineColumn(program.source, originalCursor + generated - generatedCursor);
}
