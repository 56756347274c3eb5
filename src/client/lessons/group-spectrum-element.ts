/** <group-spectrum>: replaces the build-time picture of the grouped-convolution spectrum by an Observable Plot with tooltips. */
import type { GroupPoint } from '../../lib/cost';
import { formatCount } from '../../lib/cost/format';
import { groupStrings as s } from '../../lib/strings/groups';

/** What the build writes into data-plot: every point with its label, and the separable block's parameters. */
interface SpectrumData {
  points: (GroupPoint & { label: string })[];
  separableParameters: number;
}

/** The build's data, refused unless every point has a positive group count and parameter count. */
function readData(element: HTMLElement): SpectrumData | undefined {
  const data = JSON.parse(element.dataset.plot ?? 'null') as Partial<SpectrumData> | null;
  const valid = data && Array.isArray(data.points) && data.points.every((point) => point.groups > 0 && point.parameters > 0)
    && typeof data.separableParameters === 'number';
  return valid ? (data as SpectrumData) : undefined;
}

class GroupSpectrumElement extends HTMLElement {
  connectedCallback(): void {
    void this.#draw();
  }

  async #draw(): Promise<void> {
    const target = this.querySelector<HTMLElement>('[data-plot-target]');
    const data = readData(this);
    if (!target || !data) return;
    const labels = JSON.parse(this.dataset.labels ?? '{}') as { x?: string; y?: string; separable?: string };
    const Plot = await import('@observablehq/plot');
    const ends = data.points.filter((point) => point.kind !== 'grouped');
    // The build-time picture is 480 × 300 scaled to the column: keep its aspect, so nothing below it moves.
    const width = Math.min(480, target.clientWidth || 480);
    const plot = Plot.plot({
      width,
      height: Math.round((width * 300) / 480),
      marginLeft: 64,
      marginRight: 24,
      style: { background: 'transparent', color: 'currentColor', fontSize: '12px' },
      x: { type: 'log', base: 2, label: labels.x ?? null, ticks: data.points.map((point) => point.groups), tickFormat: (d: number) => String(d) },
      y: { type: 'log', label: labels.y ?? null, grid: true },
      marks: [
        Plot.ruleY([data.separableParameters], { strokeDasharray: '5 4', strokeWidth: 1.5 }),
        Plot.text([data.separableParameters], { y: (d: number) => d, frameAnchor: 'right', dy: -8, text: () => labels.separable ?? '' }),
        Plot.line(data.points, { x: 'groups', y: 'parameters', stroke: '#4269d0', strokeWidth: 2 }),
        Plot.dot(data.points, { x: 'groups', y: 'parameters', fill: '#4269d0', r: 4 }),
        Plot.text(ends, { x: 'groups', y: 'parameters', text: 'label', dx: 0, dy: -12, textAnchor: 'middle' }),
        Plot.tip(data.points, Plot.pointer({ x: 'groups', y: 'parameters', title: (point: GroupPoint) =>
          s.tip(point.groups, s.kindNames[point.kind], point.inPerGroup, point.outPerGroup, formatCount(point.parameters), formatCount(point.multiplyAdds)) })),
      ],
    });
    plot.setAttribute('aria-hidden', 'true');
    target.replaceChildren(plot);
  }
}

/** Defines <group-spectrum> once. */
export function defineGroupSpectrum(): void {
  if (!customElements.get('group-spectrum')) customElements.define('group-spectrum', GroupSpectrumElement);
}
