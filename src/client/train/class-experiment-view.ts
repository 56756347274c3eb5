// /train/class/'s picture of the pool, loaded with the first runs (it brings the statistics and Observable Plot): what was
// set aside and why, then one section per configuration — the class's first — with the verdicts and their intervals,
// every run's test accuracy and every student's curve, each chart beside a table of its numbers.
import * as Plot from '@observablehq/plot';
import { poolSources, type PoolGroup, type PoolSource, type PooledRun } from '../../lib/train/class-pool';
import { comparisonsOf, type PairOutcome } from '../../lib/train/experiment-stats';
import { evidenceStrings as e } from '../../lib/strings/evidence';
import { experimentStrings, formatPoints } from '../../lib/strings/experiment';
import { trainClassStrings as s } from '../../lib/strings/train-class';
import { el } from '../lab/dom';
import { intervalsChart, runCurvesChart, spreadChart, type ChartBase, type ClassRunPoint } from './evidence-charts';

const base = (title: string): ChartBase => ({ Plot, document, title });
const configurationName = (group: PoolGroup) => e.configurationNames[group.setup.configuration];
const runLabel = (run: PooledRun) => s.runLabel(run.source, run.seed);

/** A table with a caption, a header row and one row per entry, the first cell a row header; `numeric` columns right-aligned. */
function dataTable(caption: string, columns: readonly string[], rows: readonly (readonly string[])[], numeric: ReadonlySet<number>): HTMLTableElement {
  const node = el('table');
  const head = el('tr');
  columns.forEach((column, index) => head.append(el('th', column, { scope: 'col', ...(numeric.has(index) ? { class: 'num' } : {}) })));
  const body = el('tbody');
  for (const row of rows) {
    const tr = el('tr');
    row.forEach((cell, index) => tr.append(index === 0 ? el('th', cell, { scope: 'row' }) : el('td', cell, numeric.has(index) ? { class: 'num' } : {})));
    body.append(tr);
  }
  node.append(el('caption', caption), el('thead'), body);
  node.tHead!.append(head);
  return node;
}

/** A chart, and its numbers in a table under it. */
function pair(chart: Element, caption: string, columns: readonly string[], rows: readonly (readonly string[])[], numeric: readonly number[]): HTMLElement {
  const wrap = el('div', null, { class: 'class-figure' });
  const figure = el('figure', null, { class: 'chart' });
  figure.append(chart);
  const scroll = el('div', null, { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-label': caption });
  scroll.append(dataTable(caption, columns, rows, new Set(numeric)));
  wrap.append(figure, scroll);
  return wrap;
}

function verdicts(outcomes: readonly PairOutcome[]): HTMLElement[] {
  const list = el('ul', null, { class: 'class-verdicts', 'data-class-verdicts': '' });
  const rows: { label: string; gap: number; low: number; high: number; kind: 'lower' | 'higher' | 'undetectable' }[] = [];
  for (const outcome of outcomes) {
    if (outcome.kind === 'absent') list.append(el('li', e.absent(outcome.pair[0], outcome.pair[1], outcome.missing)));
    else if (outcome.kind === 'too-few') list.append(el('li', e.tooFew(outcome.pair[0], outcome.pair[1], outcome.paired)));
    else {
      const { comparison } = outcome;
      const unpaired = comparison.unpaired.length > 0 ? ` ${e.unpaired(comparison.unpaired)}` : '';
      list.append(el('li', `${experimentStrings.verdict(comparison.verdict, comparison.first, comparison.second)}${unpaired}`, { 'data-verdict': comparison.verdict.kind }));
      rows.push({ label: e.pairShort(comparison.first, comparison.second), gap: comparison.verdict.gapPoints, low: comparison.verdict.lowPoints, high: comparison.verdict.highPoints, kind: comparison.verdict.kind });
    }
  }
  const parts: HTMLElement[] = [el('h3', s.verdictHeading), list];
  if (rows.length > 0) {
    parts.push(pair(intervalsChart(rows, base(e.intervalsTitle)), e.intervalsCaption, [e.columns.comparison, e.columns.gap, e.columns.interval, e.columns.verdict],
      rows.map((row) => [row.label, formatPoints(row.gap), e.intervalCell(row.low, row.high), e.verdictKinds[row.kind]]), [1, 2]));
    parts.push(el('p', experimentStrings.intervalNote, { class: 'hint' }));
  }
  return parts;
}

function runs(group: PoolGroup): HTMLElement[] {
  const points: ClassRunPoint[] = group.runs.map((run) => ({ id: run.id, network: run.network, label: runLabel(run), testAccuracy: run.testAccuracy, epochs: run.epochs }));
  const columns = [s.columns.source, s.columns.network, s.columns.backend, s.columns.device, s.columns.seed, s.columns.test, s.columns.msPerBatch];
  const rows = group.runs.map((run) => [run.source, e.networkName(run.network), run.backend, run.device || s.noDevice, String(run.seed), e.percent(run.testAccuracy), String(Math.round(run.msPerBatch))]);
  const epochs = Array.from({ length: group.setup.epochs }, (_, index) => index + 1);
  const curveRows = group.runs.map((run) => [runLabel(run), e.networkName(run.network), ...epochs.map((epoch) => {
    const found = run.epochs.find((entry) => entry.epoch === epoch);
    return found ? e.percent(found.validationAccuracy) : '–';
  })]);
  return [
    el('h3', s.spreadHeading),
    pair(spreadChart(points, { ...base(s.spreadTitle), xLabel: s.xTest }), s.spreadCaption, columns, rows, [4, 5, 6]),
    el('h3', s.curvesHeading),
    pair(runCurvesChart(points, base(s.curvesTitle)), s.curvesCaption, [s.columns.run, s.columns.network, ...epochs.map(s.columns.epoch)], curveRows, epochs.map((epoch) => epoch + 1)),
  ];
}

/** A group with its pairs compared once (the bootstrap is the costly part). */
interface Compared { readonly group: PoolGroup; readonly outcomes: readonly PairOutcome[] }

function groupSection({ group, outcomes }: Compared, index: number): HTMLElement {
  const section = el('section', null, { 'aria-labelledby': `class-group-${index}`, 'data-class-group': group.setup.configuration });
  section.append(
    el('h2', s.groupHeading(configurationName(group), group.runs.length, group.sources.length), { id: `class-group-${index}` }),
    el('p', index === 0 ? s.mainNote : s.apartNote, { class: 'hint' }),
    el('p', s.setup(e.setupText(group.setup), group.setup.digits)),
    ...verdicts(outcomes),
    ...runs(group),
  );
  return section;
}

/** What was left out of the class's statistics, and why: seeds that came twice, runs pooled apart, seeds run by one net only. */
function setAside(compared: readonly Compared[], duplicates: ReturnType<typeof poolSources>['duplicates']): HTMLElement {
  const lines = [
    ...duplicates.map((entry) => s.duplicateSeed(entry.run.source, e.networkName(entry.run.network), entry.run.seed, entry.keptFrom)),
    ...compared.slice(1).flatMap(({ group }) => group.sources.map((source) => s.apart(source, configurationName(group), group.runs.filter((run) => run.source === source).length))),
    ...compared.flatMap(({ group, outcomes }) => outcomes.flatMap((outcome) => (outcome.kind === 'compared' && outcome.comparison.unpaired.length > 0
      ? [s.unpaired(configurationName(group), e.pairLabel(outcome.pair[0], outcome.pair[1]), e.unpaired(outcome.comparison.unpaired))] : []))),
  ];
  const section = el('section', null, { 'aria-labelledby': 'class-set-aside', 'data-class-set-aside': '' });
  section.append(el('h2', s.setAsideHeading, { id: 'class-set-aside' }));
  if (lines.length === 0) section.append(el('p', s.noneSetAside));
  else {
    const list = el('ul');
    list.append(...lines.map((line) => el('li', line)));
    section.append(list);
  }
  return section;
}

/**
 * Replaces `target`'s content with the pool of `sources` (links scored on the test digits `siteDigitsKey`): the
 * class's section, what was set aside, then any configuration pooled apart.
 */
export function renderPool(target: HTMLElement, sources: readonly PoolSource[], siteDigitsKey: string): void {
  if (sources.length === 0) {
    target.replaceChildren();
    return;
  }
  const pool = poolSources(sources, siteDigitsKey);
  const compared = pool.groups.map((group) => ({
    group, outcomes: comparisonsOf(group.runs, { trainCount: group.setup.trainCount, epochs: group.setup.epochs, digits: group.setup.digits }),
  }));
  const sections = compared.map(groupSection);
  target.replaceChildren(sections[0]!, setAside(compared, pool.duplicates), ...sections.slice(1));
}
