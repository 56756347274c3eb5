// The ratio plot of /cost/ drawn at build time as plain SVG (log–log, one line per kernel size),
// so it prints and shows without script; the live Plot version (src/client/lessons/ratio-plot.ts)
// replaces it once it scrolls into view. Colours are Plot's first three categorical colours, and
// each line has its own dash pattern so a greyscale printout still tells them apart.
import type { RatioPoint } from './calculator';

/** Plot's default categorical colours (observable10), in the order the live plot assigns them. */
const COLOURS = ['#4269d0', '#efb118', '#ff725c'];
const DASHES = ['', '6 3', '2 3'];

/** Options of {@link ratioPlotSvg}: the points, axis labels and each kernel's legend name. */
export interface RatioSvgOptions {
  data: readonly RatioPoint[];
  xLabel: string;
  yLabel: string;
  kernelLabel: (k: number) => string;
}

/** The ratio plot as an SVG string, 480 × 300, x = N and y = ratio both on log scales. */
export function ratioPlotSvg({ data, xLabel, yLabel, kernelLabel }: RatioSvgOptions): string {
  const width = 480, height = 300, left = 50, right = 20, top = 44, bottom = 40;
  const [xMin, xMax] = [1, 1024];
  const ratios = data.map((point) => point.ratio);
  const [yMin, yMax] = [Math.min(0.02, ...ratios), Math.max(1, ...ratios)];
  const x = (n: number) => left + ((Math.log(n) - Math.log(xMin)) / (Math.log(xMax) - Math.log(xMin))) * (width - left - right);
  const y = (r: number) => height - bottom - ((Math.log(r) - Math.log(yMin)) / (Math.log(yMax) - Math.log(yMin))) * (height - top - bottom);
  const parts: string[] = [];
  for (const tick of [0.02, 0.05, 0.1, 0.2, 0.5, 1]) {
    parts.push(`<line x1="${left}" x2="${width - right}" y1="${y(tick).toFixed(1)}" y2="${y(tick).toFixed(1)}" stroke="currentColor" stroke-opacity="0.15"/>`,
      `<text x="${left - 6}" y="${y(tick).toFixed(1)}" dy="0.32em" text-anchor="end">${tick}</text>`);
  }
  for (const tick of [1, 4, 16, 64, 256, 1024]) {
    parts.push(`<line x1="${x(tick).toFixed(1)}" x2="${x(tick).toFixed(1)}" y1="${height - bottom}" y2="${height - bottom + 5}" stroke="currentColor"/>`,
      `<text x="${x(tick).toFixed(1)}" y="${height - bottom + 17}" text-anchor="middle">${tick}</text>`);
  }
  parts.push(`<line x1="${left}" x2="${width - right}" y1="${height - bottom}" y2="${height - bottom}" stroke="currentColor"/>`,
    `<text x="${width - right}" y="${height - 4}" text-anchor="end">${xLabel} →</text>`,
    `<text x="${left - 40}" y="${top - 8}">↑ ${yLabel}</text>`);
  const kernels = [...new Set(data.map((point) => point.k))];
  kernels.forEach((k, i) => {
    const points = data.filter((point) => point.k === k).sort((a, b) => a.n - b.n);
    const colour = COLOURS[i % COLOURS.length];
    const dash = DASHES[i % DASHES.length] ? ` stroke-dasharray="${DASHES[i % DASHES.length]}"` : '';
    parts.push(`<polyline fill="none" stroke="${colour}" stroke-width="2"${dash} points="${points.map((point) => `${x(point.n).toFixed(1)},${y(point.ratio).toFixed(1)}`).join(' ')}"/>`);
    parts.push(`<line x1="${left + i * 90}" x2="${left + i * 90 + 24}" y1="10" y2="10" stroke="${colour}" stroke-width="3"${dash}/>`,
      `<text x="${left + i * 90 + 30}" y="10" dy="0.32em">${kernelLabel(k)}</text>`);
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" class="ratio-static" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-size="12" font-family="system-ui, sans-serif" fill="currentColor">${parts.join('')}</svg>`;
}
