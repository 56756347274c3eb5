// CSV export: one row per op and backend, for spreadsheets and for pooling a class's laptops. Each row carries the
// machine it ran on (user agent, cores, WebGL renderer), so a class page reading the CSV names the device as from JSON.
import { layerId } from './ops';
import type { LabRun } from './results-schema';

/** The CSV header, in column order. */
export const CSV_COLUMNS = [
  'machine', 'run_id', 'created_at', 'backend', 'op', 'layer', 'batch', 'in_height', 'in_width', 'in_channels',
  'out_channels', 'filter_size', 'ch_mul', 'stride', 'pad', 'macs', 'bytes', 'flop_per_byte', 'reps', 'runs',
  'median_ms', 'p10_ms', 'p90_ms', 'min_ms', 'cv', 'first_run_ms', 'kernel_ms', 'gmac_per_s', 'gb_per_s', 'max_abs_diff',
  'back_to_back_ms', 'loop_overhead_ms',
  'user_agent', 'cores', 'webgl_renderer',
] as const;

/** Quotes a CSV field when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Every op result of `runs` as CSV text with a header line, rows ending in CRLF. */
export function toCsv(runs: readonly LabRun[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const run of runs) {
    const { userAgent, hardwareConcurrency, webglRenderer } = run.environment;
    for (const result of run.results) {
      const { layer, summary } = result;
      const row = [
        run.machine, run.id, run.createdAt, result.backend, result.kind, layerId(layer), layer.batch, layer.inHeight,
        layer.inWidth, layer.inChannels, layer.outChannels, layer.filterSize, layer.chMul, layer.stride, layer.pad,
        result.macs, result.bytes, result.intensity, result.reps, summary.count, summary.median, summary.p10, summary.p90,
        summary.min, summary.cv, result.firstRunMs, result.kernelMs, result.gmacPerSecond, result.gbPerSecond, result.maxAbsDiff,
        result.backToBackMs, result.loopOverheadMs,
        userAgent, hardwareConcurrency, webglRenderer ?? null,
      ];
      lines.push(row.map(csvField).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
