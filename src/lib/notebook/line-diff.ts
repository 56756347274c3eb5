/**
 * A line diff (longest common subsequence) between two versions of a cell, for the
 * "the author changed this cell" notice.
 */

/** One line of a diff: kept in both, only in the old text, or only in the new text. */
export interface DiffLine {
  op: 'same' | 'removed' | 'added';
  text: string;
}

/** Lines of `before` and `after` aligned by their longest common subsequence (cells are small: O(n·m)). */
export function lineDiff(before: string, after: string): DiffLine[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const table: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = table[i] as number[];
      row[j] = a[i] === b[j] ? (table[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(table[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const lines: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      lines.push({ op: 'same', text: a[i++] as string });
      j++;
    } else if (j < b.length && (i >= a.length || (table[i]?.[j + 1] ?? 0) > (table[i + 1]?.[j] ?? 0))) {
      lines.push({ op: 'added', text: b[j++] as string });
    } else {
      lines.push({ op: 'removed', text: a[i++] as string });
    }
  }
  return lines;
}

/** The diff as unified-style text: `  kept`, `- removed`, `+ added`. */
export function formatDiff(lines: readonly DiffLine[]): string {
  return lines.map((line) => `${line.op === 'same' ? ' ' : line.op === 'removed' ? '-' : '+'} ${line.text}`).join('\n');
}
