// The grouped-convolution spectrum of /separable/ drawn at build time as plain SVG (log₂ groups, log parameters), so
// it prints and shows without script; the live Plot version (src/client/lessons/group-plot.ts) replaces it near the
// viewport. The separable block's count is a dashed reference line, so colour is never the only cue.
import type { GroupPoint } from '../cost';

/** Options of {@link groupSpectrumSvg}: the spectrum, the separable block's parameters and the texts. */
export interface GroupSvgOptions {
  points: readonly GroupPoint[];
  separableParameters: number;
  xLabel: string;
  yLabel: string;
  pointLabel: (point: GroupPoint) => string;
  separableLabel: string;
}

/** Plot's first categorical colour, as the live plot draws the line. */
const LINE = '#4269d0';

/** The spectrum as an SVG string, 480 × 300: x = groups on a log₂ scale, y = parameters on a log₁₀ scale. */
export function groupSpectrumSvg(options: GroupSvgOptions): string {
  const { points, separableParameters } = options;
  if (points.length === 0) throw new Error('invalid points: none');
  const width = 480, height = 300, left = 64, right = 24, top = 28, bottom = 44;
  const gMax = points.at(-1)!.groups;
  const values = [...points.map((point) => point.parameters), separableParameters];
  const [yMin, yMax] = [10 ** Math.floor(Math.log10(Math.min(...values))), 10 ** Math.ceil(Math.log10(Math.max(...values)))];
  const x = (g: number) => left + (gMax === 1 ? 0 : (Math.log2(g) / Math.log2(gMax)) * (width - left - right));
  const y = (p: number) => height - bottom - ((Math.log10(p) - Math.log10(yMin)) / (Math.log10(yMax) - Math.log10(yMin))) * (height - top - bottom);
  const f = (value: number) => value.toFixed(1);
  const parts: string[] = [];
  for (let tick = yMin; tick <= yMax; tick *= 10) {
    parts.push(`<line x1="${left}" x2="${width - right}" y1="${f(y(tick))}" y2="${f(y(tick))}" stroke="currentColor" stroke-opacity="0.15"/>`,
      `<text x="${left - 6}" y="${f(y(tick))}" dy="0.32em" text-anchor="end">${tick.toLocaleString('en-US')}</text>`);
  }
  for (const point of points) {
    parts.push(`<line x1="${f(x(point.groups))}" x2="${f(x(point.groups))}" y1="${height - bottom}" y2="${height - bottom + 5}" stroke="currentColor"/>`,
      `<text x="${f(x(point.groups))}" y="${height - bottom + 17}" text-anchor="middle">${point.groups}</text>`);
  }
  parts.push(`<line x1="${left}" x2="${width - right}" y1="${height - bottom}" y2="${height - bottom}" stroke="currentColor"/>`,
    `<text x="${width - right}" y="${height - 4}" text-anchor="end">${options.xLabel} →</text>`,
    `<text x="${left - 56}" y="${top - 12}">↑ ${options.yLabel}</text>`);
  const sepY = f(y(separableParameters));
  parts.push(`<line x1="${left}" x2="${width - right}" y1="${sepY}" y2="${sepY}" stroke="currentColor" stroke-width="1.5" stroke-dasharray="5 4"/>`,
    `<text x="${width - right}" y="${sepY}" dy="-0.5em" text-anchor="end">${options.separableLabel}</text>`);
  parts.push(`<polyline fill="none" stroke="${LINE}" stroke-width="2" points="${points.map((point) => `${f(x(point.groups))},${f(y(point.parameters))}`).join(' ')}"/>`);
  for (const point of points) {
    parts.push(`<circle cx="${f(x(point.groups))}" cy="${f(y(point.parameters))}" r="4" fill="${LINE}"/>`);
    if (point.kind !== 'grouped') {
      const anchor = point.kind === 'standard' ? 'start' : 'end';
      parts.push(`<text x="${f(x(point.groups) + (point.kind === 'standard' ? 8 : -8))}" y="${f(y(point.parameters))}" dy="${point.kind === 'standard' ? '-0.6em' : '1.3em'}" text-anchor="${anchor}">${options.pointLabel(point)}</text>`);
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" class="groups-static" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-size="12" font-family="system-ui, sans-serif" fill="currentColor">${parts.join('')}</svg>`;
}
