// The compact results link a student copies from the lab: one machine's class rows, as short JSON
// in the URL fragment (never sent to a server), base64url-encoded so it survives chat apps and email.
import type { ClassMachine, ClassRow } from './class-pool';
import { layerId, type LayerShape } from './ops';
import { macRatio } from './model';
import { LAB_BACKENDS, type LabBackend } from './results';

/** The route of the class results page. */
export const CLASS_ROUTE = '/lab/class/';

/** What starts a results link's fragment: the link format's version. */
export const LINK_PREFIX = 'r1.';

type PackedRow = [backend: string, layer: string, standardMs: number, separableMs: number, fusedMs: number | null, cv: number];
interface Packed { i: string; m: string; t: string; d: string; g: string | null; r: PackedRow[] }

const LAYER_ID = /^(?:b(\d+)-)?(\d+)x(\d+)x(\d+)-(\d+)-k(\d+)-m(\d+)-s(\d+)-(same|valid)$/;

/** The layer shape a {@link layerId} names, or throws `invalid layer id: <id>`. */
export function parseLayerId(id: string): LayerShape {
  const match = LAYER_ID.exec(id);
  if (!match) throw new Error(`invalid layer id: ${id}`);
  const [batch, inHeight, inWidth, inChannels, outChannels, filterSize, chMul, stride] = match.slice(1, 9).map((part) => (part === undefined ? 1 : Number(part))) as number[];
  return { batch: batch!, inHeight: inHeight!, inWidth: inWidth!, inChannels: inChannels!, outChannels: outChannels!, filterSize: filterSize!, chMul: chMul!, stride: stride!, pad: match[9] as 'same' | 'valid' };
}

/** Significant figures kept for times in a link: more than the timings' own precision. */
const round = (value: number) => Number(value.toPrecision(4));

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(code: string): string {
  const binary = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

/** The fragment (without `#`) that carries `machine` in a results link. */
export function encodeMachine(machine: ClassMachine): string {
  const packed: Packed = {
    i: machine.id, m: machine.machine, t: machine.createdAt, d: machine.device, g: machine.gpu,
    r: machine.rows.map((row) => [row.backend, layerId(row.layer), round(row.standardMs), round(row.separableMs), row.fusedMs === null ? null : round(row.fusedMs), round(row.cv)]),
  };
  return `${LINK_PREFIX}${toBase64Url(JSON.stringify(packed))}`;
}

/** A full results link to the class page on `origin` ("https://example.org"). */
export function resultsLink(origin: string, machine: ClassMachine): string {
  return `${origin}${CLASS_ROUTE}#${encodeMachine(machine)}`;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isPositive = (value: unknown): value is number => isNumber(value) && value > 0;

function unpackRow(row: unknown, index: number): ClassRow {
  if (!Array.isArray(row) || row.length !== 6) throw new Error(`row ${index} is not a list of 6 values`);
  const [backend, layer, standardMs, separableMs, fusedMs, cv] = row as unknown[];
  if (!(LAB_BACKENDS as readonly unknown[]).includes(backend)) throw new Error(`row ${index} has an unknown backend`);
  if (typeof layer !== 'string') throw new Error(`row ${index} has no layer`);
  if (!isPositive(standardMs) || !isPositive(separableMs) || !(fusedMs === null || isPositive(fusedMs)) || !isNumber(cv) || cv < 0) {
    throw new Error(`row ${index} has a time that is not a positive number`);
  }
  const shape = parseLayerId(layer);
  return { backend: backend as LabBackend, layer: shape, macRatio: macRatio(shape), standardMs, separableMs, fusedMs, cv };
}

/** Reads a results link (a whole URL or its fragment); throws an Error saying what is wrong. */
export function decodeMachine(link: string): ClassMachine {
  const at = link.indexOf(LINK_PREFIX);
  if (at === -1) throw new Error(`no "${LINK_PREFIX}" part`);
  let data: unknown;
  try {
    data = JSON.parse(fromBase64Url(link.slice(at + LINK_PREFIX.length).trim()));
  } catch {
    throw new Error('it was cut short or changed when copied');
  }
  const packed = data as Partial<Packed>;
  if (typeof packed !== 'object' || packed === null || typeof packed.i !== 'string' || typeof packed.m !== 'string' || typeof packed.t !== 'string' || typeof packed.d !== 'string' || !Array.isArray(packed.r)) {
    throw new Error('fields are missing');
  }
  return { id: packed.i, machine: packed.m, createdAt: packed.t, device: packed.d, gpu: typeof packed.g === 'string' ? packed.g : null, rows: packed.r.map(unpackRow) };
}
