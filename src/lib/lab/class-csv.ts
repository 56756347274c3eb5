// CSV in and out of the class page: reading the lab's own CSV export (src/lib/lab/csv.ts) back
// into class machines, and writing the whole class as one combined CSV.
import { CSV_COLUMNS, csvField } from './csv';
import { groupByBackend, type ClassMachine, type ClassRow } from './class-pool';
import { layerId } from './ops';
import { macRatio } from './model';
import { parseLayerId } from './class-link-codec';
import { deviceLabel, shortGpu } from './class-pool';
import { LAB_BACKENDS, type LabBackend } from './results';
import { classResultsStrings } from '../strings/class-results';

/** Splits CSV text into rows of fields (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (char === '"') quoted = false; else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') { row.push(field); field = ''; } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows.filter((fields) => fields.some((value) => value !== ''));
}

/** Whether `text` starts like the lab's CSV export (its header line). */
export function looksLikeLabCsv(text: string): boolean {
  return text.trimStart().startsWith(`${CSV_COLUMNS[0]},${CSV_COLUMNS[1]}`);
}

const NEEDED = ['machine', 'run_id', 'created_at', 'backend', 'op', 'layer', 'median_ms', 'cv'] as const;
/** Columns an older lab's CSV lacks: without them the machine's device is not recorded. */
const DEVICE_COLUMNS = ['user_agent', 'cores', 'webgl_renderer'] as const;

interface CsvRun {
  machine: string;
  createdAt: string;
  device: string | null;
  gpu: string | null;
  timings: Map<string, { ms: number; cv: number }>;
}

/** The machines of a lab CSV export, one per run id; throws an Error with a reader-facing reason. */
export function machinesFromCsv(text: string): ClassMachine[] {
  const [header, ...lines] = parseCsv(text);
  if (!header) throw new Error(classResultsStrings.csvMissingColumn(NEEDED[0]));
  const column = Object.fromEntries(NEEDED.map((name) => {
    const index = header.indexOf(name);
    if (index === -1) throw new Error(classResultsStrings.csvMissingColumn(name));
    return [name, index];
  })) as Record<(typeof NEEDED)[number], number>;
  const [userAgent, cores, renderer] = DEVICE_COLUMNS.map((name) => header.indexOf(name));
  const runs = new Map<string, CsvRun>();
  lines.forEach((fields, index) => {
    const value = (name: (typeof NEEDED)[number]) => fields[column[name]] ?? '';
    const optional = (at: number | undefined) => (at === undefined || at === -1 ? '' : fields[at] ?? '');
    const number = (name: 'median_ms' | 'cv') => {
      const parsed = Number(value(name));
      if (value(name) === '' || !Number.isFinite(parsed) || parsed < 0) throw new Error(classResultsStrings.csvBadValue(index + 2, name));
      return parsed;
    };
    const device = optional(userAgent) === '' ? null : deviceLabel({ userAgent: optional(userAgent), hardwareConcurrency: Number(optional(cores)) || 0 });
    const run = runs.get(value('run_id')) ?? { machine: value('machine'), createdAt: value('created_at'), device, gpu: shortGpu(optional(renderer) || null), timings: new Map() };
    runs.set(value('run_id'), run);
    run.timings.set(`${value('backend')}|${value('layer')}|${value('op')}`, { ms: number('median_ms'), cv: number('cv') });
  });
  return [...runs.entries()].map(([id, run]) => ({ id, machine: run.machine, createdAt: run.createdAt, device: run.device, gpu: run.gpu, rows: csvRows(run.timings) }));
}

function csvRows(timings: Map<string, { ms: number; cv: number }>): ClassRow[] {
  const rows: ClassRow[] = [];
  for (const [key, standard] of timings) {
    const [backend, layer, op] = key.split('|') as [string, string, string];
    if (op !== 'standard' || !(LAB_BACKENDS as readonly string[]).includes(backend)) continue;
    const separable = timings.get(`${backend}|${layer}|separable`);
    if (!separable || standard.ms <= 0 || separable.ms <= 0) continue;
    const fused = timings.get(`${backend}|${layer}|separableFused`);
    const shape = parseLayerId(layer);
    rows.push({
      backend: backend as LabBackend, layer: shape, macRatio: macRatio(shape), standardMs: standard.ms, separableMs: separable.ms,
      fusedMs: fused && fused.ms > 0 ? fused.ms : null, cv: Math.max(standard.cv, separable.cv),
    });
  }
  return rows;
}

/** Columns of the combined class CSV, in order. */
export const CLASS_CSV_COLUMNS = [
  'machine', 'run_id', 'created_at', 'device', 'gpu', 'backend', 'layer', 'mac_ratio', 'standard_ms', 'separable_ms',
  'fused_ms', 'speedup', 'fused_speedup', 'cv', 'class_median_speedup',
] as const;

/** The whole class as CSV: one row per machine, backend and layer, with the backend's class median; CRLF line ends. */
export function classCsv(machines: readonly ClassMachine[]): string {
  const medians = new Map(groupByBackend(machines).map((group) => [group.backend, group.medianSpeedup]));
  const lines = [CLASS_CSV_COLUMNS.join(',')];
  for (const machine of machines) {
    for (const row of machine.rows) {
      lines.push([
        machine.machine, machine.id, machine.createdAt, machine.device, machine.gpu, row.backend, layerId(row.layer), row.macRatio,
        row.standardMs, row.separableMs, row.fusedMs, row.standardMs / row.separableMs, row.fusedMs === null ? null : row.standardMs / row.fusedMs,
        row.cv, medians.get(row.backend) ?? null,
      ].map(csvField).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
