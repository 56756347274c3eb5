/**
 * The results link's format (the class pool: what a student sends and the class page keeps) as its
 * one schema: a machine packed with short keys into base64url JSON after the `r<version>.` prefix
 * (./class-link.ts writes it). Reading checks the packed machine with {@link CLASS_LINK_FORMAT},
 * then rebuilds each row's layer from its id. Loaded where links are read, never by the lab page.
 */
import * as z from 'zod/mini';
import { BackendNameSchema } from '../jobs/backend-event';
import { fieldPath } from '../formats/issues';
import { readFormat, type FileFormat } from '../formats/versioned';
import { classResultsStrings } from '../strings/class-results';
import { fromBase64Url, LINK_VERSION, parseLayerId } from './class-link-codec';
import type { ClassMachine } from './class-pool';
import { macRatio } from './model';

const positive = z.number().check(z.gt(0));

/** One row: backend, layer id, standard ms, separable ms, fused ms (null when not timed), CV (all medians, 4 significant figures). */
const PackedRowSchema = z.tuple([BackendNameSchema, z.string(), positive, positive, z.nullable(positive), z.number().check(z.gte(0))]);

/** A machine as a results link packs it: id, machine name, time, device (or null), GPU (or null), rows; `v` is the prefix's version. */
export const PackedMachineSchema = z.object({
  v: z.literal(LINK_VERSION),
  i: z.string(), m: z.string(), t: z.string(), d: z.nullable(z.string()), g: z.nullable(z.string()), r: z.array(PackedRowSchema),
});

/** What links written before the device could be missing carried in its place ("device not recorded"). */
const UNRECORDED_DEVICE = 'device not recorded';

/** A packed machine (without its version, which the prefix carries). */
export type PackedMachine = Omit<z.infer<typeof PackedMachineSchema>, 'v'>;

const KEYS: Record<string, string> = { i: 'id', m: 'machine', t: 'createdAt', d: 'device', g: 'gpu', r: 'rows' };
const ROW_FIELDS = ['backend', 'layer', 'standardMs', 'separableMs', 'fusedMs', 'cv'];

/** The results link format: the packed machine, its version in the link's prefix. */
export const CLASS_LINK_FORMAT: FileFormat<typeof PackedMachineSchema> = {
  versionField: 'v',
  version: LINK_VERSION,
  schema: PackedMachineSchema,
  migrations: [],
  // A refusal names the long names ("rows[0].standardMs"), not the packed keys.
  label: (path) => fieldPath(path.map((key, index) => (index === 0 ? KEYS[String(key)] ?? key : index === 2 ? ROW_FIELDS[Number(key)] ?? key : key))),
};

/** Reads a results link (a whole URL or its fragment); throws an Error saying what is wrong. */
export function decodeMachine(link: string): ClassMachine {
  const match = /(?:^|#)r(\d+)\.([A-Za-z0-9_-]*)/.exec(link.trim());
  if (!match) throw new Error(classResultsStrings.noLinkPart);
  let data: unknown;
  try {
    data = JSON.parse(fromBase64Url(match[2] ?? ''));
  } catch {
    throw new Error(classResultsStrings.cutShort);
  }
  const outcome = readFormat(CLASS_LINK_FORMAT, typeof data === 'object' && data !== null ? { ...data, v: Number(match[1]) } : data);
  if (!outcome.ok) throw new Error(outcome.error);
  const { i, m, t, d, g, r } = outcome.value;
  return {
    // A pool kept by an earlier page stored "not recorded" as this text: it is no device.
    id: i, machine: m, createdAt: t, device: d === UNRECORDED_DEVICE ? null : d, gpu: g,
    rows: r.map(([backend, layer, standardMs, separableMs, fusedMs, cv]) => {
      const shape = parseLayerId(layer);
      return { backend, layer: shape, macRatio: macRatio(shape), standardMs, separableMs, fusedMs, cv };
    }),
  };
}
