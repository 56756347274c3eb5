// Build-time pictures for the kernel and feature-map views: the figures a printed page or a reader
// without script sees, and the space the live heatmaps later fill. Kernels and small maps become
// SVG cells; maps of photos become PNGs (through sharp), each at the size the live heatmap will have.
import sharp from 'sharp';
import { createRequire } from 'node:module';
import { channelDomains, suggestScaleKind } from '../lib/viz/colour-scale';
import { channelsOf, imageToTensor, type Tensor3 } from '../lib/viz/image-tensor';
import { kernelsOf, presetFilter, type DepthwiseFilter } from '../lib/viz/kernels';
import { randomFilter, randomMaps } from '../lib/viz/separable-maps';
import { colourShapes, testCardName } from '../lib/viz/test-card';
import { heatmapSide, legendLabel, maxCells } from '../lib/viz/heatmap-style';
import { heatmapSvg, legendSvg, planeRgb } from '../lib/viz/heatmap-svg';
import { colourKeyMarkup, featureMapGroupMarkup, kernelViewMarkup } from '../lib/viz/view-markup';
import { featureMapSets, type FeatureMapSetsOptions } from '../lib/viz/feature-map-sets';
import { photoNamed, photoSide } from '../lib/viz/photos';
import { escapeHtml } from '../lib/viz/stepper-markup';
import { vizStrings } from '../lib/strings/viz';

/** One SVG per kernel of `filter` (index channel · chMul + m), coloured on one shared domain or one per kernel. */
function kernelSlots(filter: DepthwiseFilter, shared: boolean): string[] {
  const planes = kernelsOf(filter).map((kernel) => kernel.values);
  const domains = channelDomains(planes, { shared, kind: 'diverging', quantile: 1 });
  return planes.map((plane, index) => heatmapSvg({
    plane, height: filter.filterHeight, width: filter.filterWidth, domain: domains[index]!, kind: 'diverging',
    label: vizStrings.kernelCaption(Math.floor(index / filter.chMul), index % filter.chMul, filter.chMul),
    showValues: filter.filterHeight * filter.filterWidth <= 49,
  }));
}

async function pngSlot(plane: ArrayLike<number>, tensor: Tensor3, options: { domain: readonly [number, number]; kind: 'diverging' | 'sequential'; label: string }): Promise<string> {
  const rgb = planeRgb({ plane, height: tensor.height, width: tensor.width, domain: options.domain, kind: options.kind });
  const png = await sharp(Buffer.from(rgb), { raw: { width: tensor.width, height: tensor.height, channels: 3 } }).png({ compressionLevel: 9 }).toBuffer();
  const side = heatmapSide(tensor.height, tensor.width);
  return `<img class="viz-static" src="data:image/png;base64,${png.toString('base64')}" width="${side}" height="${Math.round((side * tensor.height) / tensor.width)}" alt="${escapeHtml(options.label)}" />`;
}

/** The shared colour legend of a feature-map group, as the live view draws it. */
function featureMapLegend(tensor: Tensor3): string {
  const planes = channelsOf(tensor);
  const kind = suggestScaleKind(planes);
  return legendSvg({ domain: channelDomains(planes, { shared: true, kind, quantile: 0.99 })[0]!, kind, label: legendLabel(kind) });
}

/** One picture per channel of `tensor`, coloured as the live view colours it (shared scale, 99th percentile for maps). */
async function featureMapSlots(tensor: Tensor3, title: string, captions: readonly string[] | undefined): Promise<string[]> {
  const planes = channelsOf(tensor);
  const kind = suggestScaleKind(planes);
  const domains = channelDomains(planes, { shared: true, kind, quantile: 0.99 });
  const label = (c: number) => `${title}: ${captions?.[c] ?? vizStrings.channel(c)}`;
  if (tensor.height * tensor.width <= maxCells) {
    return planes.map((plane, c) => heatmapSvg({ plane, height: tensor.height, width: tensor.width, domain: domains[c]!, kind, label: label(c) }));
  }
  return Promise.all(planes.map((plane, c) => pngSlot(plane, tensor, { domain: domains[c]!, kind, label: label(c) })));
}

/** A shipped photograph as the live view reads it: its build-time PNG (photoSide²) resized to `side`². */
async function photoTensor(name: string, side: number): Promise<Tensor3> {
  const require = createRequire(import.meta.url);
  const path = require.resolve(`${photoNamed(name).packageName}/data/image.jpg`);
  const { data, info } = await sharp(path).resize(photoSide, photoSide, { fit: 'cover', position: 'centre' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return imageToTensor({ width: info.width, height: info.height, data }, { outHeight: side, outWidth: side });
}

/** The markup of every group of a feature-map figure with its pictures drawn, as the live view would first show it. */
async function staticFeatureMaps(options: FeatureMapSetsOptions): Promise<string> {
  const sets = featureMapSets(options);
  const groups = await Promise.all(sets.map(async (set) => featureMapGroupMarkup(set.tensor, { ...set, slots: await featureMapSlots(set.tensor, set.title, set.captions), legend: featureMapLegend(set.tensor) })));
  return groups.join('');
}

/** Props of a kernel figure: <KernelView>'s props, and what the worksheets draw. */
export interface KernelFigureProps {
  /** A built-in kernel (identity, blur, sharpen, sobelX, sobelY) for every channel, or 'random' for seeded weights. */
  preset?: string;
  /** inChannels: how many input channels the filter has. */
  channels?: number;
  chMul?: number;
  /** Side of the random kernels (presets are 3×3). */
  kernelSize?: number;
  seed?: number;
  /** Start with one colour scale for all channels (true) or one per channel (false). */
  shared?: boolean;
}

/** The kernel view's whole markup with its pictures drawn: one definition for <KernelView> and the worksheets. */
export function kernelFigure(props: KernelFigureProps): string {
  const { preset = 'random', channels = 3, chMul = 1, kernelSize = 3, seed = 1, shared = true } = props;
  const filter = preset === 'random' ? randomFilter(kernelSize, channels, chMul, seed) : presetFilter(preset, channels, chMul);
  const label = vizStrings.kernelViewLabel(channels, chMul, `${filter.filterHeight}×${filter.filterWidth}`);
  const domain = channelDomains(kernelsOf(filter).map((kernel) => kernel.values), { shared: true, kind: 'diverging', quantile: 1 })[0]!;
  const legend = shared ? legendSvg({ domain, kind: 'diverging', label: legendLabel('diverging') }) : colourKeyMarkup();
  return kernelViewMarkup(filter, { shared, label, slots: kernelSlots(filter, shared), legend });
}

/** Props of a feature-map figure, as <FeatureMaps> takes them (size already resolved). */
export interface FeatureMapFigureProps {
  source: 'photo' | 'random';
  photo: string;
  channels: number;
  preset: string;
  pointwise: number;
  seed: number;
  size: number;
}

/** The feature-map groups with their pictures drawn, for the figure's first input and kernel choice. */
export async function featureMapFigure(props: FeatureMapFigureProps): Promise<string> {
  const { source, photo, channels, preset, pointwise, seed, size } = props;
  const input = source === 'random' ? randomMaps(size, size, channels, seed)
    : photo === testCardName ? imageToTensor(colourShapes(), { outHeight: size, outWidth: size })
    : await photoTensor(photo, size);
  // The live view keeps its default kernel (Sobel x) until a custom kernel is applied.
  return staticFeatureMaps({ input, choice: preset === 'custom' ? 'sobelX' : preset, source, pointwise, seed });
}
