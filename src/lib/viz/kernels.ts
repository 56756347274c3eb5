// Named 3×3 kernels that make feature maps visibly change, and the depthwise filter built
// from one kernel per input channel, in TF.js layout [filterHeight, filterWidth, inChannels, chMul].

/** One 2-D kernel: `values` row-major, length filterHeight · filterWidth. */
export interface Kernel {
  filterHeight: number;
  filterWidth: number;
  values: number[];
}

/** A depthwise filter as plain data: `values` in [filterHeight, filterWidth, inChannels, chMul] order. */
export interface DepthwiseFilter {
  filterHeight: number;
  filterWidth: number;
  inChannels: number;
  chMul: number;
  values: Float32Array;
}

/** Names of the built-in kernels. */
export const presetNames = ['identity', 'blur', 'sharpen', 'sobelX', 'sobelY'] as const;

/** A built-in kernel name. */
export type PresetName = (typeof presetNames)[number];

const presetRows: Record<PresetName, number[][]> = {
  identity: [[0, 0, 0], [0, 1, 0], [0, 0, 0]],
  // Gaussian (binomial) blur: weights sum to 1, so brightness is kept.
  blur: [[1 / 16, 2 / 16, 1 / 16], [2 / 16, 4 / 16, 2 / 16], [1 / 16, 2 / 16, 1 / 16]],
  sharpen: [[0, -1, 0], [-1, 5, -1], [0, -1, 0]],
  // Sobel x responds to left → right brightness changes (vertical edges); y to top → bottom.
  sobelX: [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]],
  sobelY: [[-1, -2, -1], [0, 0, 0], [1, 2, 1]],
};

/** true when `name` is a built-in kernel name. */
function isPresetName(name: string): name is PresetName {
  return (presetNames as readonly string[]).includes(name);
}

/** The 3×3 built-in kernel called `name` (a fresh copy). */
export function presetKernel(name: string): Kernel {
  if (!isPresetName(name)) throw new Error(`invalid preset: ${name}`);
  return { filterHeight: 3, filterWidth: 3, values: presetRows[name].flat() };
}

/** Kernel rows as nested arrays [filterHeight][filterWidth], for tables and editors. */
export function kernelRows(kernel: Kernel): number[][] {
  const rows: number[][] = [];
  for (let r = 0; r < kernel.filterHeight; r++) {
    rows.push(kernel.values.slice(r * kernel.filterWidth, (r + 1) * kernel.filterWidth));
  }
  return rows;
}

/**
 * A depthwise filter [filterHeight, filterWidth, inChannels, chMul] whose slice (channel c,
 * multiplier m) is `kernels[c · chMul + m]` — the output-channel order of TF.js depthwiseConv2d.
 */
export function depthwiseFilterFrom(kernels: readonly Kernel[], chMul: number): DepthwiseFilter {
  if (!Number.isInteger(chMul) || chMul < 1) throw new Error(`invalid chMul: ${chMul}`);
  if (kernels.length === 0 || kernels.length % chMul !== 0) throw new Error(`invalid kernels.length: ${kernels.length} (need a positive multiple of chMul ${chMul})`);
  const first = kernels[0] as Kernel;
  const { filterHeight, filterWidth } = first;
  for (const [index, kernel] of kernels.entries()) {
    if (kernel.filterHeight !== filterHeight || kernel.filterWidth !== filterWidth) {
      throw new Error(`invalid kernels[${index}]: ${kernel.filterHeight}×${kernel.filterWidth} (expected ${filterHeight}×${filterWidth})`);
    }
  }
  const inChannels = kernels.length / chMul;
  const values = new Float32Array(filterHeight * filterWidth * inChannels * chMul);
  kernels.forEach((kernel, k) => {
    for (let i = 0; i < filterHeight * filterWidth; i++) values[i * inChannels * chMul + k] = kernel.values[i] as number;
  });
  return { filterHeight, filterWidth, inChannels, chMul, values };
}

/** The per-(channel, multiplier) kernels of a depthwise filter, in output-channel order c · chMul + m. */
export function kernelsOf(filter: DepthwiseFilter): Kernel[] {
  const { filterHeight, filterWidth, inChannels, chMul } = filter;
  const outChannels = inChannels * chMul;
  const kernels: Kernel[] = [];
  for (let k = 0; k < outChannels; k++) {
    const values: number[] = [];
    for (let i = 0; i < filterHeight * filterWidth; i++) values.push(filter.values[i * outChannels + k] as number);
    kernels.push({ filterHeight, filterWidth, values });
  }
  return kernels;
}

/** A depthwise filter applying preset `name` to every one of `inChannels` channels, `chMul` times. */
export function presetFilter(name: string, inChannels: number, chMul = 1): DepthwiseFilter {
  if (!Number.isInteger(inChannels) || inChannels < 1) throw new Error(`invalid inChannels: ${inChannels}`);
  const kernel = presetKernel(name);
  return depthwiseFilterFrom(Array.from({ length: inChannels * chMul }, () => kernel), chMul);
}

/** The presets the 'mixed' choice gives channels 0, 1, 2, … in turn, so each channel visibly gets its own kernel. */
const mixedPresets: readonly PresetName[] = ['sobelX', 'sobelY', 'blur', 'sharpen', 'identity'];

/** One kernel per input channel for a menu choice: a preset name for all channels, or 'mixed' for {@link mixedPresets} in turn. */
export function channelKernels(choice: string, inChannels: number): { kernels: Kernel[]; names: PresetName[] } {
  if (!Number.isInteger(inChannels) || inChannels < 1) throw new Error(`invalid inChannels: ${inChannels}`);
  const names = Array.from({ length: inChannels }, (_, c) => (choice === 'mixed' ? mixedPresets[c % mixedPresets.length] as PresetName : choice));
  if (!names.every(isPresetName)) throw new Error(`invalid preset: ${choice}`);
  return { kernels: names.map((name) => presetKernel(name)), names: names as PresetName[] };
}
