/** Draws separable ÷ standard multiply-adds against N with Observable Plot, imported only when first needed. */
import type { RatioPoint } from '../../lib/lessons/calculator';
import { lessonStrings as s } from '../../lib/strings/lessons';

/** The curves for k = 3, 5, 7 and, when given, the calculator's current (N, ratio) as a dot. */
export interface RatioPlotOptions {
  data: RatioPoint[];
  current?: { n: number; k: number; ratio: number } | undefined;
}

/** Replaces target's content with the plot; Plot's module loads on the first call only. */
export async function drawRatioPlot(target: HTMLElement, options: RatioPlotOptions): Promise<void> {
  const Plot = await import('@observablehq/plot');
  const rows = options.data.map((point) => ({ ...point, kernel: s.plotK(point.k) }));
  const current = options.current && options.current.n <= 1024 ? [options.current] : [];
  const plot = Plot.plot({
    width: Math.max(280, Math.min(560, target.clientWidth || 480)),
    height: 280,
    marginLeft: 50,
    style: { background: 'transparent', color: 'currentColor', fontSize: '12px' },
    x: { type: 'log', label: s.plotN, domain: [1, 1024], ticks: [1, 4, 16, 64, 256, 1024], tickFormat: (d: number) => String(d) },
    y: { type: 'log', label: s.plotY, grid: true, ticks: [0.02, 0.05, 0.1, 0.2, 0.5, 1], tickFormat: (d: number) => String(d) },
    color: { legend: true, domain: rows.filter((r, i, all) => all.findIndex((o) => o.k === r.k) === i).map((r) => r.kernel) },
    marks: [
      Plot.line(rows, { x: 'n', y: 'ratio', stroke: 'kernel', strokeWidth: 2 }),
      Plot.dot(rows, { x: 'n', y: 'ratio', fill: 'kernel', r: 2.5 }),
      Plot.dot(current, { x: 'n', y: 'ratio', r: 6, stroke: 'currentColor', strokeWidth: 2 }),
    ],
  });
  target.replaceChildren(plot);
}
