// One channel as a small heatmap with Observable Plot: cells (one <rect> each, values in <title>
// for hover) for kernels and small maps; a raster image plus a pointer tip for larger maps.
import * as Plot from '@observablehq/plot';
import type { Domain, ScaleKind } from '../../lib/viz/colour-scale';
import { formatValue } from '../../lib/viz/view-markup';
import { colourScaleOptions, heatmapSide, maxCells, shortValue, textColour as cellTextColour } from '../../lib/viz/heatmap-style';
import { vizStrings } from '../../lib/strings/viz';

/** Largest plane drawn as individual cells by default (re-exported from the shared heatmap style). */
export { maxCells };

/** Options of {@link heatmap}: the plane's shape, its colour domain and how to draw it. */
export interface HeatmapOptions {
  height: number;
  width: number;
  domain: Domain;
  kind: ScaleKind;
  /** Accessible name of the picture, e.g. "Channel 2, multiplier 0". */
  label: string;
  /** Side of the drawn square in CSS pixels (default: 34 per cell for kernels, 3 per pixel for maps, clamped to 72…160). */
  size?: number;
  /** Print each value inside its cell (kernels up to 7×7). */
  showValues?: boolean;
  /** Draw every value as its own cell even when large (used by SVG snapshot tests in Node). */
  cells?: boolean;
  /** The document to create elements in (a jsdom document in Node tests). */
  document?: Document;
}

interface Pixel { row: number; column: number; value: number }

function pixels(plane: ArrayLike<number>, width: number): Pixel[] {
  return Array.from({ length: plane.length }, (_, i) => ({ row: Math.floor(i / width), column: i % width, value: plane[i] as number }));
}

function textColour(value: number, options: HeatmapOptions): string {
  return cellTextColour(value, options.kind, options.domain);
}

function colourScale(options: HeatmapOptions): Plot.ScaleOptions {
  return colourScaleOptions(options.kind, options.domain);
}

/** A heatmap of one row-major plane of `height · width` values as an SVG element. */
export function heatmap(plane: ArrayLike<number>, options: HeatmapOptions): SVGSVGElement | HTMLElement {
  const { height, width } = options;
  if (plane.length !== height * width) throw new Error(`invalid plane.length: ${plane.length} (expected ${height} × ${width})`);
  const asCells = options.cells ?? plane.length <= maxCells;
  const size = options.size ?? heatmapSide(height, width, asCells);
  const data = pixels(plane, width);
  const title = (d: Pixel) => vizStrings.cellValue(d.row, d.column, formatValue(d.value));
  const marks: Plot.Markish[] = asCells
    ? [
        Plot.cell(data, { x: 'column', y: 'row', fill: 'value', title, inset: 0 }),
        options.showValues
          ? Plot.text(data, { x: 'column', y: 'row', text: (d: Pixel) => shortValue(d.value), fill: { value: (d: Pixel) => textColour(d.value, options), scale: null }, fontSize: 9 })
          : null,
      ]
    : [
        Plot.raster(Array.from(plane), { width, height, x1: 0, y1: 0, x2: width, y2: height, imageRendering: 'pixelated' }),
        Plot.tip(data, Plot.pointer({ x: (d: Pixel) => d.column + 0.5, y: (d: Pixel) => d.row + 0.5, title })),
      ];
  const axis = asCells
    ? { x: { axis: null, domain: Array.from({ length: width }, (_, i) => i) }, y: { axis: null, domain: Array.from({ length: height }, (_, i) => i) } }
    : { x: { axis: null, domain: [0, width] }, y: { axis: null, domain: [height, 0] } };
  const figure = Plot.plot({
    ...axis,
    width: size,
    height: Math.round((size * height) / width),
    margin: 0,
    // The tip's box uses --plot-background: follow the page theme instead of Plot's fixed white.
    style: 'background: transparent; overflow: visible; --plot-background: var(--bg, white)',
    color: colourScale(options),
    ariaLabel: options.label,
    ariaDescription: `${height}×${width} heatmap`,
    marks,
    ...(options.document ? { document: options.document } : {}),
  });
  figure.setAttribute('role', 'img');
  // Inside role="img" every child is presentational, so Plot's per-mark aria-labels would be prohibited ARIA.
  for (const labelled of figure.querySelectorAll('[aria-label]')) labelled.removeAttribute('aria-label');
  return figure;
}

/** A horizontal colour legend for a domain (one per group when the scale is shared). */
export function heatmapLegend(options: Pick<HeatmapOptions, 'domain' | 'kind' | 'label' | 'document'>): SVGSVGElement | HTMLElement {
  const legend = Plot.legend({
    color: { ...colourScale({ ...options, height: 1, width: 1 }), label: options.label },
    width: 200,
    ticks: 4,
    ...(options.document ? { document: options.document } : {}),
  });
  return legend;
}
