// The kernel editor's text format: one row per line (or separated by ';'), numbers separated by
// spaces or commas; fractions like 1/9 are allowed because blur kernels are written that way.
import { vizStrings } from '../strings/viz';
import type { Kernel } from './kernels';

/** The largest kernel side the editor accepts (a 7×7 window already covers most of a small map). */
const maxKernelSide = 7;

/** Outcome of {@link parseKernel}: the kernel, or a sentence saying what to fix. */
export type KernelParse = { ok: true; kernel: Kernel } | { ok: false; error: string };

const numberPattern = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

function parseToken(token: string): number | undefined {
  const parts = token.split('/');
  if (parts.length > 2 || !parts.every((part) => numberPattern.test(part))) return undefined;
  const value = parts.length === 2 ? Number(parts[0]) / Number(parts[1]) : Number(parts[0]);
  return Number.isFinite(value) ? value : undefined;
}

/** Parse editor text into a kernel [filterHeight, filterWidth], or explain (by row and token) why it cannot. */
export function parseKernel(text: string): KernelParse {
  const strings = vizStrings.parse;
  const lines = text.split(/[\n;]/).map((line) => line.trim()).filter((line) => line !== '');
  if (lines.length === 0) return { ok: false, error: strings.empty };
  const rows: number[][] = [];
  for (const [index, line] of lines.entries()) {
    const tokens = line.replace(/^\[|\]$/g, '').split(/[\s,]+/).filter((token) => token !== '');
    const row: number[] = [];
    for (const token of tokens) {
      const value = parseToken(token);
      if (value === undefined) return { ok: false, error: strings.notANumber(index + 1, token) };
      row.push(value);
    }
    if (row.length === 0) continue;
    const expected = rows[0]?.length;
    if (expected !== undefined && row.length !== expected) return { ok: false, error: strings.ragged(index + 1, row.length, expected) };
    rows.push(row);
  }
  if (rows.length === 0) return { ok: false, error: strings.empty };
  const filterHeight = rows.length;
  const filterWidth = (rows[0] as number[]).length;
  if (filterHeight > maxKernelSide || filterWidth > maxKernelSide) {
    return { ok: false, error: strings.tooBig(filterHeight, filterWidth, maxKernelSide) };
  }
  return { ok: true, kernel: { filterHeight, filterWidth, values: rows.flat() } };
}

/** Editor text for a kernel: one row per line, numbers to at most 4 decimals. */
export function formatKernel(kernel: Kernel): string {
  const lines: string[] = [];
  for (let r = 0; r < kernel.filterHeight; r++) {
    const row = kernel.values.slice(r * kernel.filterWidth, (r + 1) * kernel.filterWidth);
    lines.push(row.map((value) => String(Number(value.toFixed(4)))).join(' '));
  }
  return lines.join('\n');
}
