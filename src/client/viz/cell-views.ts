/** The views `show.kernels` and `show.featureMaps` draw in a cell's output (loaded on the first such display; Plot on first draw). */
import { featureMapsPayload, kernelsPayload } from '../../lib/viz/payloads';
import type { DisplayPayloads } from '../../lib/notebook/display-schemas';
import { featureMapGroupMarkup, kernelViewMarkup } from '../../lib/viz/view-markup';
import { vizStrings } from '../../lib/strings/viz';
import { mountFeatureMapGroup, mountKernelView } from './mount';
// The views' grid layout travels with them: a page without a lesson figure (/train/, a cell's output on any
// page) would otherwise stack every kernel and map in one narrow column.
import './views.css';

/** A payload of kind `K` whose values may be any list of numbers (a job's result sends plain arrays). */
type WithValues<K extends 'kernels' | 'featureMaps'> = Omit<DisplayPayloads[K], 'values'> & { values: ArrayLike<number> };

/** Draws a kernels payload (a cell's display, or the inspect job's result) into `target`: the same view as `<KernelView>`; the view's bounds are checked again. */
export function renderKernels(payload: WithValues<'kernels'>, target: HTMLElement): void {
  const filter = kernelsPayload([payload.filterHeight, payload.filterWidth, payload.inChannels, payload.chMul], payload.values);
  target.innerHTML = kernelViewMarkup(filter, { shared: true, label: vizStrings.kernelViewLabel(filter.inChannels, filter.chMul, `${filter.filterHeight}×${filter.filterWidth}`) });
  mountKernelView(target.querySelector<HTMLElement>('[data-viz="kernels"]')!, { eager: true });
}

/** Draws a feature-maps payload into `target`: one heatmap per channel with its own scale toggle. */
export function renderFeatureMaps(payload: WithValues<'featureMaps'>, target: HTMLElement): void {
  const maps = featureMapsPayload([payload.height, payload.width, payload.channels], payload.values, payload.title);
  target.innerHTML = featureMapGroupMarkup(maps, { title: maps.title ?? vizStrings.featureMapsTitle(maps.channels), toggle: true, shared: true });
  mountFeatureMapGroup(target.querySelector<HTMLElement>('[data-viz="feature-maps"]')!, maps, { eager: true });
}
