// Heatmaps drawn at build time, so the figures exist before any script runs: they print, show
// without JavaScript and hold the space the live Plot heatmap later takes. Plot's own colour scale
// (Plot.scale, no DOM needed) maps the values, so the static and live colours are the same.
import * as Plot from '@observablehq/plot';
import type { Domain, ScaleKind } from './colour-scale';
import { colourScaleOptions, heatmapSide, shortValue, textColour } from './heatmap-style';
import { escapeHtml } from './stepper-markup';

/** One plane to draw: row-major `height · width` values, its colour domain and its accessible name. */
export interface StaticHeatmap {
  plane: ArrayLike<number>;
  height: number;
  width: number;
  domain: Domain;
  kind: ScaleKind;
  label: string;
  /** Write each value in its cell (kernels up to 7×7). */
  showValues?: boolean;
}

function colourOf(kind: ScaleKind, domain: Domain): (value: number) => [number, number, number] {
  const scale = Plot.scale({ color: colourScaleOptions(kind, domain) });
  return (value) => {
    const match = /rgb\((\d+), ?(\d+), ?(\d+)\)/.exec(String(scale.apply(value)));
    return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [128, 128, 128];
  };
}

/** The CSS colour (`rgb(r,g,b)`) a value takes on a heatmap of this kind and domain: for drawings that colour values as heatmaps do. */
export function valueColour(kind: ScaleKind, domain: Domain): (value: number) => string {
  const colour = colourOf(kind, domain);
  return (value) => `rgb(${colour(value).join(',')})`;
}

/** The plane's colours as RGB bytes, row-major (width · height · 3), for encoding as a picture. */
export function planeRgb(map: Omit<StaticHeatmap, 'label'>): Uint8Array {
  const colour = colourOf(map.kind, map.domain);
  const rgb = new Uint8Array(map.height * map.width * 3);
  for (let i = 0; i < map.height * map.width; i++) rgb.set(colour(map.plane[i] as number), i * 3);
  return rgb;
}

/** The plane as an SVG string of one rect per value (and the values, when asked), the size the live heatmap will have. */
export function heatmapSvg(map: StaticHeatmap): string {
  const { height, width, plane } = map;
  if (plane.length !== height * width) throw new Error(`invalid plane.length: ${plane.length} (expected ${height} × ${width})`);
  const side = heatmapSide(height, width, true);
  const cell = side / width;
  const svgHeight = Math.round((side * height) / width);
  const colour = colourOf(map.kind, map.domain);
  const parts: string[] = [];
  for (let row = 0; row < height; row++) {
    for (let column = 0; column < width; column++) {
      const value = plane[row * width + column] as number;
      const [r, g, b] = colour(value);
      const x = (column * cell).toFixed(2);
      const y = ((row * svgHeight) / height).toFixed(2);
      parts.push(`<rect x="${x}" y="${y}" width="${cell.toFixed(2)}" height="${(svgHeight / height).toFixed(2)}" fill="rgb(${r},${g},${b})"/>`);
      if (map.showValues) {
        parts.push(`<text x="${((column + 0.5) * cell).toFixed(2)}" y="${(((row + 0.5) * svgHeight) / height).toFixed(2)}" dy="0.32em" text-anchor="middle" font-size="9" font-family="system-ui, sans-serif" fill="${textColour(value, map.kind, map.domain)}">${shortValue(value)}</text>`);
      }
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" class="viz-static" role="img" aria-label="${escapeHtml(map.label)}" width="${side}" height="${svgHeight}" viewBox="0 0 ${side} ${svgHeight}">${parts.join('')}</svg>`;
}

/** A colour legend of `domain` as an SVG string, the size of the live Plot legend (200 × 50), ticks at the ends and quarters. */
export function legendSvg(options: { domain: Domain; kind: ScaleKind; label: string }): string {
  const [low, high] = options.domain;
  const colour = colourOf(options.kind, options.domain);
  const width = 200, left = 0, right = 10, top = 18, barHeight = 10;
  const span = width - left - right;
  const strips = Array.from({ length: 50 }, (_, i) => {
    const [r, g, b] = colour(low + ((i + 0.5) / 50) * (high - low));
    return `<rect x="${(left + (i * span) / 50).toFixed(2)}" y="${top}" width="${(span / 50 + 0.3).toFixed(2)}" height="${barHeight}" fill="rgb(${r},${g},${b})"/>`;
  }).join('');
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((t) => {
    const x = (left + t * span).toFixed(2);
    return `<line x1="${x}" x2="${x}" y1="${top}" y2="${top + barHeight + 6}" stroke="currentColor"/><text x="${x}" y="${top + barHeight + 16}" text-anchor="middle">${shortValue(low + t * (high - low))}</text>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" class="viz-static" width="${width}" height="50" viewBox="0 0 ${width} 50" font-size="10" font-family="system-ui, sans-serif" fill="currentColor" role="img" aria-label="${escapeHtml(`${options.label}: ${shortValue(low)} to ${shortValue(high)}`)}">` +
    `<text x="0" y="12" font-weight="bold">${escapeHtml(options.label)}</text>${strips}${ticks}</svg>`;
}
