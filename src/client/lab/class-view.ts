// The class page's picture of the pooled machines: per backend a sentence with the class median,
// a dot chart (Observable Plot, loaded on first need) and the same numbers as a table, by device.
import { classChartLayout, formatPercent, type BackendGroup } from '../../lib/lab';
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

/** The page's text size where the chart is, in pixels (projector mode's larger type included). */
function fontSizeAt(figure: HTMLElement): number {
  return Number.parseFloat(getComputedStyle(figure).fontSize) || 16;
}

/** One backend's dot chart, `width` pixels wide, every machine's label whole at the page's type size (./class-chart.ts). */
async function chart(group: BackendGroup, width: number, fontSize: number): Promise<Element> {
  plotModule ??= import('@observablehq/plot');
  const Plot = await plotModule;
  const points = group.devices.flatMap((device) => device.machines.map((summary) => ({ ...summary, label: `${summary.machine} · ${device.device}` })));
  const order = points.map((point) => point.label);
  const values = points.flatMap((point) => [point.speedup, point.macRatio, 1]);
  const layout = classChartLayout({ labels: order, width, fontSize });
  const figure = Plot.plot({
    width, height: layout.height, marginLeft: layout.marginLeft, marginRight: Math.ceil(layout.fontSize), marginTop: Math.ceil(layout.fontSize / 2), marginBottom: layout.marginBottom,
    x: { type: 'log', label: classResultsStrings.chartAxis, domain: [Math.min(...values) / 1.3, Math.max(...values) * 1.3], grid: true },
    y: { domain: order, label: null },
    marks: [
      Plot.axisY({ lineWidth: layout.lineWidth, tickSize: 0, tickPadding: Math.ceil(layout.fontSize / 2) }),
      Plot.ruleX([1], { stroke: 'currentColor', strokeOpacity: 0.6 }),
      Plot.ruleX([group.medianSpeedup], { stroke: 'var(--accent)', strokeWidth: 3 }),
      Plot.tickX(points, { x: 'macRatio', y: 'label', stroke: 'gray', strokeWidth: 2 }),
      Plot.dot(points, { x: 'speedup', y: 'label', r: Math.max(5, layout.fontSize / 3), fill: 'var(--accent)', title: (point: { conclusion: string }) => point.conclusion }),
    ],
    style: `background: transparent; color: var(--fg); overflow: visible; font-size: ${layout.fontSize}px;`,
  });
  const svg = figure instanceof SVGSVGElement ? figure : figure.querySelector('svg') ?? figure;
  for (const mark of figure.querySelectorAll('[aria-label]')) mark.removeAttribute('aria-label');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', classResultsStrings.chartLabel(group.backend));
  return figure;
}

/** Draws `group`'s chart into `figure` at its width and text size, and again whenever either changes (a resize, projector mode). */
function drawChart(figure: HTMLElement, group: BackendGroup): void {
  let drawn = '';
  const resized = new ResizeObserver(() => draw());
  // Projector mode changes the type size without always changing the width.
  const retyped = new MutationObserver(() => draw());
  function draw(): void {
    if (!figure.isConnected) {
      // A newer rendering of the pool replaced this chart: stop watching for it.
      if (drawn) { resized.disconnect(); retyped.disconnect(); }
      return;
    }
    const width = Math.max(320, Math.floor(figure.clientWidth));
    const fontSize = fontSizeAt(figure);
    if (`${width}|${fontSize}` === drawn) return;
    drawn = `${width}|${fontSize}`;
    void chart(group, width, fontSize).then((svg) => figure.replaceChildren(svg), () => figure.remove());
  }
  resized.observe(figure);
  retyped.observe(document.documentElement, { attributes: true, attributeFilter: ['data-projector', 'style', 'class'] });
}

/** Replaces `target`'s content with one section per backend (sentence, chart, table); the charts draw asynchronously. */
export function renderGroups(target: HTMLElement, groups: readonly BackendGroup[]): void {
  const sections = groups.map((group) => {
    const section = el('section', null, { 'aria-labelledby': `class-${group.backend}`, 'data-class-backend': group.backend });
    const figure = el('figure', null, { class: 'class-chart' });
    const wrap = el('div', null, { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': classResultsStrings.tableCaption(group.backend, group.machines) });
    wrap.append(groupTable(group));
    section.append(el('h2', group.backend, { id: `class-${group.backend}` }), el('p', classResultsStrings.medianSummary(group.backend, group.medianSpeedup, group.medianMacRatio, group.machines), { class: 'median' }), figure, wrap);
    drawChart(figure, group);
    return section;
  });
  target.replaceChildren(...sections);
  if (sections.length > 0) target.prepend(el('p', classResultsStrings.chartIntro, { class: 'intro' }));
}
