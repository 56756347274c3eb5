// The heavy half of the views (it pulls in Observable Plot): draws heatmaps into the [data-plot]
// slots of kernel and feature-map markup. Loaded lazily by mount.ts when a view scrolls into view.
import { channelDomains, suggestScaleKind, type ScaleKind } from '../../lib/viz/colour-scale';
import { kernelsOf, type DepthwiseFilter } from '../../lib/viz/kernels';
import { channelsOf, type Tensor3 } from '../../lib/viz/image-tensor';
import { vizStrings } from '../../lib/strings/viz';
import { legendLabel } from '../../lib/viz/heatmap-style';
import { colourKeyMarkup } from '../../lib/viz/view-markup';
import { heatmap, heatmapLegend } from './heatmap';

/** What one view draws: row-major planes of equal size, and how to colour them. */
export interface Planes {
  height: number;
  width: number;
  planes: ArrayLike<number>[];
  kind: ScaleKind;
  showValues: boolean;
  /** Quantile of |value| the diverging domain reaches (1 for kernels; 0.99 for maps of photos). */
  quantile: number;
}

/** Draws `data.planes[i]` into the slot `[data-plot="i"]` of `root`, with one legend when the scale is shared. */
export function drawPlanes(root: HTMLElement, data: Planes, shared: boolean): void {
  const domains = channelDomains(data.planes, { shared, kind: data.kind, quantile: data.quantile });
  for (const slot of root.querySelectorAll<HTMLElement>('[data-plot]')) {
    const index = Number(slot.dataset.plot);
    const plane = data.planes[index];
    const domain = domains[index];
    if (!plane || !domain) continue;
    slot.replaceChildren(heatmap(plane, {
      height: data.height, width: data.width, domain, kind: data.kind,
      label: slot.dataset.label ?? vizStrings.channel(index), showValues: data.showValues,
    }));
  }
  const legend = root.querySelector<HTMLElement>('[data-legend]');
  if (legend && shared && domains[0]) legend.replaceChildren(heatmapLegend({ domain: domains[0], kind: data.kind, label: legendLabel(data.kind) }));
  // Without a shared legend a diverging view still names its colours (the one convention, in words).
  else if (legend) legend.innerHTML = data.kind === 'diverging' ? colourKeyMarkup() : '';
  root.dataset.drawn = shared ? 'shared' : 'independent';
}

/** The planes of a kernel view: one k×k kernel per (channel, multiplier), diverging about zero. */
export function kernelPlanes(filter: DepthwiseFilter): Planes {
  const planes = kernelsOf(filter).map((kernel) => kernel.values);
  return { height: filter.filterHeight, width: filter.filterWidth, planes, kind: 'diverging', showValues: filter.filterHeight * filter.filterWidth <= 49, quantile: 1 };
}

/** The planes of a feature-map group: one per channel; sequential when nothing is negative (a picture), else diverging up to the 99th percentile of |value|. */
export function featureMapPlanes(tensor: Tensor3, kind?: ScaleKind): Planes {
  const planes = channelsOf(tensor);
  return { height: tensor.height, width: tensor.width, planes, kind: kind ?? suggestScaleKind(planes), showValues: false, quantile: 0.99 };
}
