/** UI strings of the home page's figure (standard, depthwise and pointwise convolutions on one RGB tensor). */
export const homeFigureStrings = {
  title: 'One RGB picture through three convolutions',
  standard: (k: number) => `Standard ${k}×${k}`,
  depthwise: (k: number) => `Depthwise ${k}×${k}`,
  pointwise: 'Pointwise 1×1',
  channels: (inChannels: number, outChannels: number) => `${inChannels} → ${outChannels} channels`,
  parameters: (count: string) => `${count} parameters`,
  caption: 'The same 3-channel (red, green, blue) input, three ways. Counts are exact, without bias.',
  description: (o: { standard: string; depthwise: string; pointwise: string; block: string; factor: string; inChannels: number; outChannels: number }) =>
    `Left: a standard 3×3 convolution learns ${o.outChannels} kernels, each reading all ${o.inChannels} input channels, and mixes them into ${o.outChannels} output channels: ${o.standard} parameters. ` +
    `Middle: a depthwise 3×3 convolution gives each input channel its own 3×3 kernel and keeps the channels apart, ${o.inChannels} in and ${o.inChannels} out: ${o.depthwise} parameters. ` +
    `Right: a pointwise 1×1 convolution mixes the ${o.inChannels} channels at each position into ${o.outChannels}: ${o.pointwise} parameters. ` +
    `Depthwise then pointwise together need ${o.block} parameters instead of ${o.standard}, ${o.factor} fewer.`,
} as const;
