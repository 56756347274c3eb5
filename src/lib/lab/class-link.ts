// The compact results link a student copies from the lab: one machine's class rows, as short JSON
// in the URL fragment (never sent to a server), base64url-encoded so it survives chat apps and email.
// Writing it needs no schema; reading it does (./class-link-format.ts), so the lab page stays light.
import type { ClassMachine } from './class-pool';
import type { PackedMachine } from './class-link-format';
import { LINK_PREFIX, toBase64Url } from './class-link-codec';
import { layerId } from './ops';

export { LINK_PREFIX, LINK_VERSION, parseLayerId } from './class-link-codec';

/** The route of the class results page. */
export const CLASS_ROUTE = '/lab/class/';

/** Significant figures kept for times in a link: more than the timings' own precision. */
const round = (value: number) => Number(value.toPrecision(4));

/** The fragment (without `#`) that carries `machine` in a results link. */
export function encodeMachine(machine: ClassMachine): string {
  const packed: PackedMachine = {
    i: machine.id, m: machine.machine, t: machine.createdAt, d: machine.device, g: machine.gpu,
    r: machine.rows.map((row) => [row.backend, layerId(row.layer), round(row.standardMs), round(row.separableMs), row.fusedMs === null ? null : round(row.fusedMs), round(row.cv)]),
  };
  return `${LINK_PREFIX}${toBase64Url(JSON.stringify(packed))}`;
}

/** A full results link to the class page on `origin` ("https://example.org"). */
export function resultsLink(origin: string, machine: ClassMachine): string {
  return `${origin}${CLASS_ROUTE}#${encodeMachine(machine)}`;
}
