// HTML (as strings) for the per-channel views: the same markup is rendered by Astro at build time
// and by the cell renderers in the browser, then the Plot heatmaps are drawn into [data-plot] slots.
import { vizStrings } from '../strings/viz';
import { kernelsOf, type DepthwiseFilter } from './kernels';
import { channelsOf, type Tensor3 } from './image-tensor';
import { escapeHtml } from './stepper-markup';
import { divergingKey, heatmapSide } from './heatmap-style';

/** The inline size of a heatmap slot, so the picture drawn later takes exactly the space kept for it (no layout shift). */
function slotStyle(height: number, width: number): string {
  const side = heatmapSide(height, width);
  return ` style="width:${side}px;height:${Math.round((side * height) / width)}px"`;
}

/** Value formatting used in tables and hover titles: at most 3 decimals, no "-0". */
export function formatValue(value: number): string {
  const rounded = Number(value.toFixed(3));
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** Minimum, mean and maximum of one channel's values. */
function channelSummary(values: ArrayLike<number>): { min: number; mean: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    min = Math.min(min, v);
    max = Math.max(max, v);
    total += v;
  }
  return { min, mean: values.length ? total / values.length : NaN, max };
}

/** The diverging colour convention as a line of text, shown where a view has no shared legend to carry it. */
export function colourKeyMarkup(): string {
  return `<p class="viz-key">${escapeHtml(vizStrings.colourKey(divergingKey()))}</p>`;
}

function sharedToggle(shared: boolean): string {
  return `<label class="viz-shared" data-pagefind-ignore><input type="checkbox" data-shared-toggle${shared ? ' checked' : ''} /> ${escapeHtml(vizStrings.sharedScale)}</label>`;
}

function valueTable(caption: string, rows: number, cols: number, at: (row: number, col: number) => number): string {
  const head = `<tr><th scope="col"><span class="visually-hidden">${escapeHtml(vizStrings.row)}</span></th>${Array.from({ length: cols }, (_, c) => `<th scope="col">${escapeHtml(vizStrings.column)} ${c}</th>`).join('')}</tr>`;
  const body = Array.from({ length: rows }, (_, r) =>
    `<tr><th scope="row">${escapeHtml(vizStrings.row)} ${r}</th>${Array.from({ length: cols }, (_, c) => `<td>${formatValue(at(r, c))}</td>`).join('')}</tr>`).join('');
  return `<table class="viz-table"><caption>${escapeHtml(caption)}</caption><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

/**
 * The kernel view of a depthwise filter [filterHeight, filterWidth, inChannels, chMul]: root
 * `data-viz="kernels"`, one `data-channel` child per input channel holding chMul heatmap slots,
 * a shared/independent scale toggle and the values as tables.
 */
export function kernelViewMarkup(filter: DepthwiseFilter, options: { shared: boolean; label?: string; slots?: readonly string[]; legend?: string }): string {
  const kernels = kernelsOf(filter);
  const { inChannels, chMul, filterHeight, filterWidth } = filter;
  const children = Array.from({ length: inChannels }, (_, channel) => {
    const slots = Array.from({ length: chMul }, (_, m) => {
      const index = channel * chMul + m;
      return `<div class="viz-slot" data-plot="${index}" data-label="${escapeHtml(vizStrings.kernelCaption(channel, m, chMul))}"${slotStyle(filterHeight, filterWidth)}>${options.slots?.[index] ?? ''}</div>`;
    }).join('');
    return `<figure class="viz-panel" data-channel="${channel}"><div class="viz-slots">${slots}</div><figcaption>${escapeHtml(vizStrings.channel(channel))}</figcaption></figure>`;
  }).join('');
  const tables = kernels.map((kernel, index) => {
    const channel = Math.floor(index / chMul);
    return valueTable(vizStrings.kernelCaption(channel, index % chMul, chMul), filterHeight, filterWidth, (r, c) => kernel.values[r * filterWidth + c] as number);
  }).join('');
  const data = JSON.stringify({ filterHeight, filterWidth, inChannels, chMul, values: Array.from(filter.values) });
  const label = options.label ? ` aria-label="${escapeHtml(options.label)}"` : '';
  return `<div class="viz-view" data-viz="kernels" role="group"${label}>${sharedToggle(options.shared)}<div class="viz-legend" data-legend data-pagefind-ignore="all">${options.legend ?? ''}</div>` +
    `<div class="viz-grid" data-pagefind-ignore="all">${children}</div><details class="viz-details" data-pagefind-ignore="all"><summary>${escapeHtml(vizStrings.valuesTable)}</summary>${tables}</details>` +
    `<script type="application/json" data-viz-data>${data.replace(/</g, '\\u003c')}</script></div>`;
}

/**
 * One group of feature maps for a [height, width, channels] tensor: root `data-viz="feature-maps"`,
 * one `data-channel` child per channel with a heatmap slot, and per-channel min/mean/max as a table.
 */
export function featureMapGroupMarkup(tensor: Tensor3, options: { title: string; captions?: readonly string[]; toggle?: boolean; shared?: boolean; slots?: readonly string[]; legend?: string }): string {
  const planes = channelsOf(tensor);
  const caption = (c: number) => options.captions?.[c] ?? vizStrings.channel(c);
  const children = planes.map((_, c) =>
    `<figure class="viz-panel" data-channel="${c}"><div class="viz-slot" data-plot="${c}" data-label="${escapeHtml(`${options.title}: ${caption(c)}`)}"${slotStyle(tensor.height, tensor.width)}>${options.slots?.[c] ?? ''}</div><figcaption>${escapeHtml(caption(c))}</figcaption></figure>`).join('');
  const rows = planes.map((plane, c) => {
    const { min, mean, max } = channelSummary(plane);
    return `<tr><th scope="row">${escapeHtml(caption(c))}</th><td>${formatValue(min)}</td><td>${formatValue(mean)}</td><td>${formatValue(max)}</td></tr>`;
  }).join('');
  const head = `<tr><th scope="col">${escapeHtml(vizStrings.channelHeader)}</th><th scope="col">${vizStrings.minimum}</th><th scope="col">${vizStrings.mean}</th><th scope="col">${vizStrings.maximum}</th></tr>`;
  const table = `<table class="viz-table"><caption>${escapeHtml(options.title)} (${tensor.height}×${tensor.width})</caption><thead>${head}</thead><tbody>${rows}</tbody></table>`;
  // h3: a group sits in a lesson's h2 section (an h4 skipped a level: Lighthouse's heading-order audit).
  return `<section class="viz-view" data-viz="feature-maps" aria-label="${escapeHtml(options.title)}"><h3 class="viz-title">${escapeHtml(options.title)}</h3>` +
    (options.toggle ? sharedToggle(options.shared ?? true) : '') +
    `<div class="viz-legend" data-legend data-pagefind-ignore="all">${options.legend ?? ''}</div><div class="viz-grid" data-pagefind-ignore="all">${children}</div>` +
    `<details class="viz-details" data-pagefind-ignore="all"><summary>${escapeHtml(vizStrings.summaryTable)}</summary>${table}</details></section>`;
}
