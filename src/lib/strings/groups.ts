/** UI strings of the grouped-convolution figure on /separable/: axes, labels, table and caption. */
import type { GroupKind } from '../cost';

export const groupStrings = {
  xLabel: 'groups g (log scale)',
  yLabel: 'parameters (log scale)',
  kindNames: { standard: 'standard', grouped: 'grouped', depthwise: 'depthwise' } satisfies Record<GroupKind, string>,
  pointLabel: (kind: GroupKind, chMul: number) => (kind === 'standard' ? 'g = 1: standard' : kind === 'depthwise' ? `g = C_in: depthwise, m = ${chMul}` : ''),
  separableLabel: (parameters: string) => `separable block (depthwise m = 1, then 1×1): ${parameters}`,
  caption: (k: number, inChannels: number, outChannels: number, size: number) =>
    `Parameters of a ${k}×${k} convolution from ${inChannels} to ${outChannels} channels as the number of groups g grows (log scales); multiply-adds are the same curve times the ${size}×${size} output pixels. The dashed line is the separable block with the same channels.`,
  figureLabel: (inChannels: number, outChannels: number) => `Grouped convolution, ${inChannels} → ${outChannels} channels: parameters against the number of groups`,
  tableCaption: 'The same numbers: each group count, what it is, and what it costs',
  columns: { groups: 'Groups g', kind: 'Kind', perGroup: 'Channels per group (in → out)', parameters: 'Parameters', multiplyAdds: 'Multiply-adds' },
  separableRow: 'separable block (m = 1)',
  tip: (groups: number, kind: string, inPerGroup: number, outPerGroup: number, parameters: string, multiplyAdds: string) =>
    `g = ${groups} (${kind})\n${inPerGroup} → ${outPerGroup} channels per group\n${parameters} parameters\n${multiplyAdds} multiply-adds`,
} as const;
