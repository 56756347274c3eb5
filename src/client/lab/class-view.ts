// The class page's picture of the pooled machines: per backend a sentence with the class median,
// a dot chart (Observable Plot, loaded on first need) and the same numbers as a table, by device.
import { formatPercent, type BackendGroup } from '../../lib/lab';
import { classResultsStrings } from '../../lib/strings/class-results';
import { el } from './dom';

type PlotModule = typeof import('@observablehq/plot');
let plotModule: Promise<PlotModule> | undefined;

const times = (ratio: number | null) => (ratio === null ? '–' : `${Number(ratio.toPrecision(3))}×`);
const c = classResultsStrings.columns;

function groupTable(group: BackendGroup): HTMLTableElement {
  const table = el('table', null, { 'data-class-table': group.backend });
  table.append(el('caption', classResultsStrings.tableCaption(group.backend, group.machines)));
  const head = el('tr');
  for (const [index, name] of [c.machine, c.layers, c.macRatio, c.speedup, c.fused, c.cv, c.conclusion].entries()) head.append(el('th', name, { scope: 'col', ...(index > 0 && index < 6 ? { class: 'num' } : {}) }));
  table.append(el('thead'));
  table.tHead!.append(head);
  for (const device of group.devices) {
    const body = el('tbody');
    const title = el('tr', null, { class: 'device' });
    title.append(el('th', `${c.device}: ${device.device}`, { scope: 'colgroup', colspan: '7' }));
    body.append(title);
    for (const summary of device.machines) {
      const row = el('tr', null, { 'data-machine': summary.id });
      row.append(el('th', summary.machine, { scope: 'row' }));
      for (const value of [String(summary.layers), times(summary.macRatio), times(summary.speedup), times(summary.fusedSpeedup), formatPercent(summary.cv)]) row.append(el('td', value, { class: 'num' }));
      row.append(el('td', summary.conclusion, { class: 'conclusion' }));
      body.append(row);
    }
    table.append(body);
  }
  const foot = el('tfoot');
  const median = el('tr');
  median.append(el('th', classResultsStrings.classMedian(group.machines), { scope: 'row' }), el('td', ''), el('td', times(group.medianMacRatio), { class: 'num' }), el('td', times(group.medianSpeedup), { class: 'num' }), el('td', ''), el('td', ''), el('td', ''));
  foot.append(median);
  table.append(foot);
  return table;
}

async function chart(group: BackendGroup): Promise<Element> {
  plotModule ??= import('@observablehq/plot');
  const Plot = await plotModule;
  const points = group.devices.flatMap((device) => device.machines.map((summary) => ({ ...summary, label: `${summary.machine} · ${device.device}` })));
  const order = points.map((point) => point.label);
  const values = points.flatMap((point) => [point.speedup, point.macRatio, 1]);
  const figure = Plot.plot({
    width: 720, height: 40 + 22 * points.length, marginLeft: 230, marginRight: 20,
    x: { type: 'log', label: classResultsStrings.chartAxis, domain: [Math.min(...values) / 1.3, Math.max(...values) * 1.3], grid: true },
    y: { domain: order, label: null, tickFormat: (label: string) => (label.length > 36 ? `${label.slice(0, 35)}…` : label) },
    marks: [
      Plot.ruleX([1], { stroke: 'currentColor', strokeOpacity: 0.6 }),
      Plot.ruleX([group.medianSpeedup], { stroke: 'var(--accent)', strokeWidth: 3 }),
      Plot.tickX(points, { x: 'macRatio', y: 'label', stroke: 'gray', strokeWidth: 2 }),
      Plot.dot(points, { x: 'speedup', y: 'label', r: 5, fill: 'var(--accent)', title: (point: { conclusion: string }) => point.conclusion }),
    ],
    style: 'background: transparent; color: var(--fg); overflow: visible;',
  });
  const svg = figure instanceof SVGSVGElement ? figure : figure.querySelector('svg') ?? figure;
  for (const mark of figure.querySelectorAll('[aria-label]')) mark.removeAttribute('aria-label');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', classResultsStrings.chartLabel(group.backend));
  return figure;
}

/** Replaces `target`'s content with one section per backend (sentence, chart, table); the charts draw asynchronously. */
export function renderGroups(target: HTMLElement, groups: readonly BackendGroup[]): void {
  const sections = groups.map((group) => {
    const section = el('section', null, { 'aria-labelledby': `class-${group.backend}`, 'data-class-backend': group.backend });
    const figure = el('figure', null, { class: 'class-chart' });
    const wrap = el('div', null, { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': classResultsStrings.tableCaption(group.backend, group.machines) });
    wrap.append(groupTable(group));
    section.append(el('h2', group.backend, { id: `class-${group.backend}` }), el('p', classResultsStrings.medianSummary(group.backend, group.medianSpeedup, group.medianMacRatio, group.machines), { class: 'median' }), figure, wrap);
    void chart(group).then((drawn) => figure.replaceChildren(drawn), () => figure.remove());
    return section;
  });
  target.replaceChildren(...sections);
  if (sections.length > 0) target.prepend(el('p', classResultsStrings.chartIntro, { class: 'intro' }));
}
