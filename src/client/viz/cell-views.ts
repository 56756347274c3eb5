/** The views `show.kernels` and `show.featureMaps` draw in a cell's output (loaded on the first such display; Plot on first draw). */
import { featureMapsPayload, kernelsPayload, type FeatureMapsPayload } from '../../lib/viz/payloads';
import type { DepthwiseFilter } from '../../lib/viz/kernels';
import { featureMapGroupMarkup, kernelViewMarkup } from '../../lib/viz/view-markup';
import { vizStrings } from '../../lib/strings/viz';
import { mountFeatureMapGroup, mountKernelView } from './mount';
// The views' grid layout travels with them: a page without a lesson figure (/train/, a cell's output on any
// page) would otherwise stack every kernel and map in one narrow column.
import './views.css';

/** Draws a kernels payload (as sent by the worker) into `target`: the same view as `<KernelView>`. */
export function renderKernels(payload: unknown, target: HTMLElement): void {
  const raw = payload as DepthwiseFilter;
  const filter = kernelsPayload([raw.filterHeight, raw.filterWidth, raw.inChannels, raw.chMul], raw.values);
  target.innerHTML = kernelViewMarkup(filter, { shared: true, label: vizStrings.kernelViewLabel(filter.inChannels, filter.chMul, `${filter.filterHeight}×${filter.filterWidth}`) });
  mountKernelView(target.querySelector<HTMLElement>('[data-viz="kernels"]')!, { eager: true });
}

/** Draws a feature-maps payload into `target`: one heatmap per channel with its own scale toggle. */
export function renderFeatureMaps(payload: unknown, target: HTMLElement): void {
  const raw = payload as FeatureMapsPayload;
  const maps = featureMapsPayload([raw.height, raw.width, raw.channels], raw.values, raw.title);
  target.innerHTML = featureMapGroupMarkup(maps, { title: maps.title ?? vizStrings.featureMapsTitle(maps.channels), toggle: true, shared: true });
  mountFeatureMapGroup(target.querySelector<HTMLElement>('[data-viz="feature-maps"]')!, maps, { eager: true });
}
