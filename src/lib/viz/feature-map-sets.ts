// The groups a feature-map figure shows for one input — input channels, depthwise outputs, and
// optional pointwise outputs — with their titles and captions: one definition for the live view
// (src/client/viz/feature-maps-element.ts) and the pictures drawn at build time.
import { vizStrings } from '../strings/viz';
import { channelKernels, depthwiseFilterFrom, type DepthwiseFilter, type Kernel } from './kernels';
import type { Tensor3 } from './image-tensor';
import { separableMaps } from './separable-maps';

/** One titled group of maps. */
export interface FeatureMapSet {
  tensor: Tensor3;
  title: string;
  /** A caption per channel (default "Channel c"). */
  captions: readonly string[] | undefined;
}

/** Options of {@link featureMapSets}: the input, the kernel choice (menu name or the reader's kernel) and the block's shape. */
export interface FeatureMapSetsOptions {
  input: Tensor3;
  choice: string | Kernel;
  /** 'photo' captions the input channels R, G, B; 'random' numbers them. */
  source: 'photo' | 'random';
  pointwise: number;
  seed: number;
}

/** The depthwise filter for a kernel choice on `channels` channels, and captions naming each channel's preset. */
function choiceFilter(choice: string | Kernel, channels: number): { filter: DepthwiseFilter; captions: string[] | undefined } {
  if (typeof choice !== 'string') return { filter: depthwiseFilterFrom(Array.from({ length: channels }, () => choice), 1), captions: undefined };
  const { kernels, names } = channelKernels(choice, channels);
  const labels: Record<string, string> = vizStrings.presetLabels;
  return { filter: depthwiseFilterFrom(kernels, 1), captions: names.map((name, c) => vizStrings.kernelOnChannel(c, labels[name] ?? name)) };
}

/** The input, depthwise and (when `pointwise` > 0) pointwise groups of one separable block on `input`. */
export function featureMapSets(options: FeatureMapSetsOptions): FeatureMapSet[] {
  const { filter, captions } = choiceFilter(options.choice, options.input.channels);
  const maps = separableMaps({ input: options.input, filter, pointwiseChannels: options.pointwise, seed: options.seed });
  return [
    { tensor: maps.input, title: vizStrings.groupInput, captions: options.source === 'random' ? undefined : vizStrings.rgbCaptions },
    { tensor: maps.depthwise, title: vizStrings.groupDepthwise, captions },
    ...(maps.pointwise ? [{ tensor: maps.pointwise, title: vizStrings.groupPointwise, captions: undefined }] : []),
  ];
}
