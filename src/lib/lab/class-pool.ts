// A class's machines side by side: each run reduced to the numbers the class page compares (the
// separable block's speed-up over the standard convolution per backend and layer), grouped by
// backend and device, with per-machine medians, the class median and a sentence per machine.
import { macRatio } from './model';
import { layerId } from './ops';
import { median } from './stats';
import { NOISY_CV } from './summary';
import type { LayerShape } from './ops';
import type { LabBackend } from './results';
import type { Environment, LabRun, OpResult } from './results-schema';
import { LAB_BACKENDS } from './results';
import { classResultsStrings } from '../strings/class-results';
import { labStrings } from '../strings/lab';

/** One layer on one backend of one machine: the medians that give the separable block's speed-up. */
export interface ClassRow {
  backend: LabBackend;
  layer: LayerShape;
  /** Standard multiply-adds / separable multiply-adds for this layer. */
  macRatio: number;
  standardMs: number;
  separableMs: number;
  /** Median of tf.separableConv2d, when it was timed. */
  fusedMs: number | null;
  /** The larger coefficient of variation of the standard and separable timings. */
  cv: number;
}

/** One student's machine as the class page keeps it, whatever it was imported from. */
export interface ClassMachine {
  /** The run's id: the same run imported twice is kept once. */
  id: string;
  machine: string;
  createdAt: string;
  /** Operating system, browser and cores ("Chrome on Windows, 8 cores"); null when the file did not record them. */
  device: string | null;
  /** The WebGL renderer, or null when unknown. */
  gpu: string | null;
  rows: ClassRow[];
}


/** "Chrome on macOS, 8 cores" from a browser's user agent string and logical core count. */
export function deviceLabel(environment: Pick<Environment, 'userAgent' | 'hardwareConcurrency'>): string {
  const ua = environment.userAgent;
  const os = /Android/.test(ua) ? 'Android' : /iPhone|iPad|iPod/.test(ua) ? 'iOS' : /CrOS/.test(ua) ? 'ChromeOS'
    : /Windows/.test(ua) ? 'Windows' : /Mac OS X|Macintosh/.test(ua) ? 'macOS' : /Linux/.test(ua) ? 'Linux' : '';
  const browser = /Edg\//.test(ua) ? 'Edge' : /Firefox\//.test(ua) ? 'Firefox' : /OPR\//.test(ua) ? 'Opera'
    : /Chrom(e|ium)\//.test(ua) ? 'Chrome' : /Safari\//.test(ua) ? 'Safari' : '';
  const name = [browser, os].filter(Boolean).join(' on ') || labStrings.unknownDevice;
  const cores = environment.hardwareConcurrency > 0 ? `, ${labStrings.cores(environment.hardwareConcurrency)}` : '';
  return `${name}${cores}`;
}

/** A WebGL renderer string without the ANGLE wrapper ("ANGLE (Intel, Mesa Intel(R) UHD 620, …)" → "Intel, Mesa Intel(R) UHD 620"). */
export function shortGpu(renderer: string | null): string | null {
  if (!renderer) return null;
  const inner = /^ANGLE \((.*)\)$/.exec(renderer.trim())?.[1] ?? renderer.trim();
  return inner.split(/,\s*(?=(?:OpenGL|Direct3D|D3D|Vulkan|Metal)\b)/)[0]!.trim() || null;
}

/** The rows of a run: one per backend and layer where both the standard conv and the separable block were timed. */
export function classRows(results: readonly OpResult[]): ClassRow[] {
  const find = (backend: LabBackend, id: string, kind: OpResult['kind']) =>
    results.find((result) => result.backend === backend && result.kind === kind && layerId(result.layer) === id);
  return results.flatMap((standard) => {
    if (standard.kind !== 'standard') return [];
    const id = layerId(standard.layer);
    const separable = find(standard.backend, id, 'separable');
    if (!separable) return [];
    const fused = find(standard.backend, id, 'separableFused');
    return [{
      backend: standard.backend, layer: standard.layer, macRatio: macRatio(standard.layer),
      standardMs: standard.summary.median, separableMs: separable.summary.median, fusedMs: fused ? fused.summary.median : null,
      cv: Math.max(standard.summary.cv, separable.summary.cv),
    }];
  });
}

/** A checked lab run as one class machine (its rows may be empty: the caller refuses such a file). */
export function machineFromRun(run: LabRun): ClassMachine {
  return {
    id: run.id, machine: run.machine, createdAt: run.createdAt,
    device: deviceLabel(run.environment), gpu: shortGpu(run.environment.webglRenderer ?? null), rows: classRows(run.results),
  };
}

/** What a copy of a run records that another copy of the same run does not: the device, the GPU, more layers. */
export interface RecordedMore {
  device: boolean;
  gpu: boolean;
  /** Layers and backends with a comparison, beyond the other copy's. */
  rows: number;
}

/** What `copy` records beyond `other` (another copy of the same run), or null when it records nothing more. */
export function recordsMore(copy: ClassMachine, other: ClassMachine): RecordedMore | null {
  const more = { device: copy.device !== null && other.device === null, gpu: copy.gpu !== null && other.gpu === null, rows: Math.max(0, copy.rows.length - other.rows.length) };
  const loses = (other.device !== null && copy.device === null) || (other.gpu !== null && copy.gpu === null) || copy.rows.length < other.rows.length;
  return !loses && (more.device || more.gpu || more.rows > 0) ? more : null;
}

/** A pooled machine that a fuller copy of the same run replaced, and what the new copy records. */
export interface Replacement {
  machine: ClassMachine;
  more: RecordedMore;
}

/**
 * Machines of `existing` followed by the new ones of `incoming`. A run already pooled is kept once: a later copy that
 * records more of it (a JSON export or a link after a CSV that lacked the device) takes the earlier copy's place and is
 * reported as a replacement; any other copy is a duplicate.
 */
export function poolMachines(existing: readonly ClassMachine[], incoming: readonly ClassMachine[]): { machines: ClassMachine[]; duplicates: ClassMachine[]; replaced: Replacement[] } {
  const machines = [...existing];
  const duplicates: ClassMachine[] = [];
  const replaced: Replacement[] = [];
  for (const machine of incoming) {
    const index = machines.findIndex((pooled) => pooled.id === machine.id);
    if (index === -1) { machines.push(machine); continue; }
    const more = recordsMore(machine, machines[index]!);
    if (!more) { duplicates.push(machine); continue; }
    machines[index] = machine;
    replaced.push({ machine, more });
  }
  return { machines, duplicates, replaced };
}

/** One machine on one backend, reduced over its layers by the median. */
export interface MachineSummary {
  id: string;
  machine: string;
  /** The device, with the GPU for webgl and webgpu (where the GPU is what runs the ops). */
  device: string;
  backend: LabBackend;
  layers: number;
  macRatio: number;
  speedup: number;
  fusedSpeedup: number | null;
  /** The worst (largest) CV over its layers. */
  cv: number;
  conclusion: string;
}

/** One backend's machines, in device groups, with the class median. */
export interface BackendGroup {
  backend: LabBackend;
  devices: { device: string; machines: MachineSummary[] }[];
  machines: number;
  medianSpeedup: number;
  medianMacRatio: number;
}

/** The summary of `machine` on `backend`, or null when it has no rows there. */
export function summarise(machine: ClassMachine, backend: LabBackend): MachineSummary | null {
  const rows = machine.rows.filter((row) => row.backend === backend);
  if (rows.length === 0) return null;
  const speedup = median(rows.map((row) => row.standardMs / row.separableMs));
  const fused = rows.filter((row) => row.fusedMs !== null).map((row) => row.standardMs / (row.fusedMs as number));
  const ratio = median(rows.map((row) => row.macRatio));
  const cv = Math.max(...rows.map((row) => row.cv));
  const gpu = (backend === 'webgl' || backend === 'webgpu') && machine.gpu ? ` · ${machine.gpu}` : '';
  return {
    id: machine.id, machine: machine.machine, device: `${machine.device ?? classResultsStrings.unknownDevice}${gpu}`, backend, layers: rows.length,
    macRatio: ratio, speedup, fusedSpeedup: fused.length ? median(fused) : null, cv,
    conclusion: classResultsStrings.conclusion(backend, speedup, ratio, cv, NOISY_CV),
  };
}

/** Every backend some machine measured (in the lab's order), its machines grouped by device (sorted), and the class medians. */
export function groupByBackend(machines: readonly ClassMachine[]): BackendGroup[] {
  return LAB_BACKENDS.flatMap((backend) => {
    const summaries = machines.map((machine) => summarise(machine, backend)).filter((summary): summary is MachineSummary => summary !== null);
    if (summaries.length === 0) return [];
    const byDevice = new Map<string, MachineSummary[]>();
    for (const summary of summaries) byDevice.set(summary.device, [...(byDevice.get(summary.device) ?? []), summary]);
    const devices = [...byDevice.entries()].sort(([a], [b]) => a.localeCompare(b))
      .map(([device, list]) => ({ device, machines: [...list].sort((a, b) => a.machine.localeCompare(b.machine)) }));
    return [{
      backend, devices, machines: summaries.length,
      medianSpeedup: median(summaries.map((summary) => summary.speedup)),
      medianMacRatio: median(summaries.map((summary) => summary.macRatio)),
    }];
  });
}
