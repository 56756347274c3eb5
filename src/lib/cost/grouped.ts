// Grouped convolution: the spectrum between a standard convolution (one group) and a depthwise one (a group per input channel).
import { assertPositiveInteger } from '../conv';
import { assertExactCount } from './layer';
import { outputPixels } from './multiply-adds';

/**
 * A k×k convolution from inChannels to outChannels split into `groups` groups: group j sees only input channels
 * j·C_in/g … (j+1)·C_in/g − 1 and makes only its C_out/g output channels. groups = 1 is a standard convolution;
 * groups = inChannels is a depthwise one with depth multiplier chMul = outChannels / inChannels.
 */
export interface GroupedWorkload {
  inHeight: number;
  inWidth?: number;
  inChannels: number;
  outChannels: number;
  kernelSize: number;
  groups: number;
  stride?: number;
  pad?: 'same' | 'valid';
  bias: boolean;
}

/** Where a group count sits on the spectrum: the standard end, the depthwise end, or between. */
export type GroupKind = 'standard' | 'grouped' | 'depthwise';

/** Validates a grouped workload: groups must divide both channel counts (`invalid groups: 3 (must divide 64 and 128)`). */
function assertGroups(workload: GroupedWorkload): GroupedWorkload {
  const inChannels = assertPositiveInteger('inChannels', workload.inChannels);
  const outChannels = assertPositiveInteger('outChannels', workload.outChannels);
  const groups = assertPositiveInteger('groups', workload.groups);
  if (inChannels % groups !== 0 || outChannels % groups !== 0) {
    throw new Error(`invalid groups: ${groups} (must divide ${inChannels} and ${outChannels})`);
  }
  assertPositiveInteger('kernelSize', workload.kernelSize);
  return workload;
}

/** Parameters of a grouped k×k convolution: k² · (C_in / g) · C_out weights, plus C_out biases when it has them. */
export function groupedParameters(workload: GroupedWorkload): number {
  const { kernelSize: k, inChannels, outChannels, groups, bias } = assertGroups(workload);
  return assertExactCount('parameters', k * k * (inChannels / groups) * outChannels + (bias ? outChannels : 0));
}

/** Multiply-adds of a grouped convolution on its input: output pixels · k² · (C_in / g) · C_out (biases not counted). */
export function groupedMultiplyAdds(workload: GroupedWorkload): number {
  const { kernelSize: k, inChannels, outChannels, groups } = assertGroups(workload);
  const pixels = outputPixels({ kind: 'standard', inHeight: workload.inHeight, inWidth: workload.inWidth, inChannels, outChannels,
    kernelSize: k, stride: workload.stride ?? 1, pad: workload.pad ?? 'same', bias: false });
  return assertExactCount('multiplyAdds', pixels * k * k * (inChannels / groups) * outChannels);
}

/** Every group count a C_in → C_out convolution allows: the divisors of both, ascending (64 → 128: 1, 2, 4, …, 64). */
export function validGroups(inChannels: number, outChannels: number): number[] {
  assertPositiveInteger('inChannels', inChannels);
  assertPositiveInteger('outChannels', outChannels);
  const groups: number[] = [];
  for (let g = 1; g <= Math.min(inChannels, outChannels); g++) if (inChannels % g === 0 && outChannels % g === 0) groups.push(g);
  return groups;
}

/** Which end of the spectrum g is for C_in input channels. */
export function groupKind(groups: number, inChannels: number): GroupKind {
  if (groups === 1) return 'standard';
  return groups === inChannels ? 'depthwise' : 'grouped';
}

/** One point of the spectrum: the group count, its kind, channels per group in and out, parameters and multiply-adds. */
export interface GroupPoint {
  readonly groups: number;
  readonly kind: GroupKind;
  readonly inPerGroup: number;
  readonly outPerGroup: number;
  readonly parameters: number;
  readonly multiplyAdds: number;
}

/** The whole spectrum of a layer, one point per valid group count (the workload's own `groups` is ignored). */
export function groupSpectrum(workload: Omit<GroupedWorkload, 'groups'>): GroupPoint[] {
  return validGroups(workload.inChannels, workload.outChannels).map((groups) => ({
    groups,
    kind: groupKind(groups, workload.inChannels),
    inPerGroup: workload.inChannels / groups,
    outPerGroup: workload.outChannels / groups,
    parameters: groupedParameters({ ...workload, groups }),
    multiplyAdds: groupedMultiplyAdds({ ...workload, groups }),
  }));
}
