/**
 * Draws a profiled training step: per network a heading, a bar chart (share of the step per part,
 * split by phase, with the part's share of the multiply-adds marked) beside the same numbers as a
 * table, and notes; then the plain-words reading of why fewer multiply-adds did not give
 * proportionally less time. Observable Plot loads with the first chart.
 */
import { formatMs } from '../../lib/lab/format';
import { trainProfileStrings as strings } from '../../lib/strings/train-profile';
import { trainStrings } from '../../lib/strings/train';
import type { NetworkProfile } from '../../lib/train/protocol';
import { STEP_PHASES, type StepProfile } from '../../lib/train/step-profile';
import { stepProfileTable } from '../../lib/train/step-profile-table';
import { compareSteps } from '../../lib/train/step-reading';
import { el, table } from '../lab/dom';

type PlotModule = typeof import('@observablehq/plot');
let plot: Promise<PlotModule> | undefined;

const networkName = (id: string) => trainStrings.networkNames[id] ?? id;

/** Plot's tick labels are 10 px sans-serif: about 6.5 px a character at most. */
const TICK_CHAR_PX = 6.5;

/** The chart as one image with a name and a description; Plot's per-mark aria-labels would be prohibited inside role="img". */
function asImage(chart: Element, name: string): Element {
  const svg = chart instanceof SVGSVGElement ? chart : chart.querySelector('svg') ?? chart;
  for (const mark of chart.querySelectorAll('[aria-label]')) mark.removeAttribute('aria-label');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', name);
  return chart;
}

function profileChart(Plot: PlotModule, profile: StepProfile, network: string): Element {
  const basis = profile.kernelClock === 'wall' ? profile.stepMs : profile.kernelMs;
  const parts = profile.rows.map((row) => strings.parts[row.part]);
  const bars = profile.rows.flatMap((row) => STEP_PHASES.filter((phase) => row.ms[phase] > 0)
    .map((phase) => ({ part: strings.parts[row.part], phase: strings.phaseLegend[phase], share: basis > 0 ? row.ms[phase] / basis : 0 })));
  const ticks = profile.rows.filter((row) => row.multiplyAddShare !== null).map((row) => ({ part: strings.parts[row.part], share: row.multiplyAddShare ?? 0 }));
  const marginLeft = Math.ceil(Math.max(...parts.map((part) => part.length)) * TICK_CHAR_PX) + 16;
  const chart = Plot.plot({
    ariaDescription: strings.chartDescription,
    width: marginLeft + 480, height: 60 + 28 * parts.length, marginLeft, marginRight: 24, grid: true,
    color: { legend: true, domain: STEP_PHASES.map((phase) => strings.phaseLegend[phase]) },
    // Shares are 0–1; `percent` shows them as per cent.
    x: { label: strings.shareAxis, percent: true, domain: [0, Math.max(0.05, ...profile.rows.map((row) => row.timeShare), ...ticks.map((tick) => tick.share))], nice: true },
    y: { label: null, domain: parts },
    marks: [
      Plot.barX(bars, Plot.stackX({ x: 'share', y: 'part', fill: 'phase' })),
      Plot.tickX(ticks, { x: 'share', y: 'part', stroke: 'currentColor', strokeWidth: 3 }),
      Plot.ruleX([0]),
    ],
  });
  return asImage(chart, strings.chartAria(network));
}

/** Appends one network's profile to `container`: heading, chart beside its table, and notes. */
export async function renderNetworkProfile(container: HTMLElement, profiled: NetworkProfile, context: { backend: string; batchSize: number }): Promise<void> {
  plot ??= import('@observablehq/plot');
  const Plot = await plot;
  const name = networkName(profiled.network);
  const data = stepProfileTable(profiled.profile, { network: name, backend: context.backend, batchSize: context.batchSize });
  const block = el('article');
  block.dataset.network = profiled.network;
  const figure = el('figure');
  figure.append(profileChart(Plot, profiled.profile, name), el('figcaption', strings.chartDescription));
  const wrap = el('div', null, { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': strings.tableRegion(name) });
  wrap.append(table(data.caption, data.head, data.rows, 1));
  const pair = el('div', null, { class: 'profile-pair' });
  pair.append(figure, wrap);
  const kernels = profiled.slowestKernels.map((kernel) => strings.kernelItem(kernel.kernel, formatMs(kernel.ms), kernel.calls)).join(', ');
  const notes = [
    ...data.notes,
    ...(profiled.plainStepMs === null ? [] : [strings.plainStep(formatMs(profiled.plainStepMs), formatMs(profiled.profile.stepMs))]),
    ...(kernels ? [strings.slowestKernels(kernels)] : []),
  ];
  const noteList = el('div', null, { 'data-profile-notes': '' });
  noteList.append(...notes.map((note) => el('p', note, { class: 'profile-note' })));
  block.append(el('h3', strings.networkHeading(name)), pair, noteList);
  container.append(block);
}

/** Fills the reading section: for each network against the standard one, promise against measurement and where the time went. */
export async function renderReading(section: HTMLElement, profiles: readonly NetworkProfile[]): Promise<void> {
  const text = section.querySelector<HTMLElement>('[data-profile-reading-text]');
  if (!text) return;
  const comparisons = compareSteps(profiles);
  const paragraphs = comparisons.length === 0 ? [strings.readingNeedsBaseline(networkName('standard'))] : comparisons.flatMap((comparison) => {
    const network = networkName(comparison.network);
    const baseline = networkName(comparison.baseline);
    const share = (part: (typeof comparison.overweight)[number]) => strings.overweightItem(strings.parts[part.part], part.timeShare, part.multiplyAddShare);
    return [
      strings.readingPromise({ network, baseline, multiplyAddRatio: comparison.multiplyAddRatio, stepRatio: comparison.stepRatio, networkMs: comparison.stepMs.network, baselineMs: comparison.stepMs.baseline }),
      strings.readingSplit({
        network, baseline, convNetwork: comparison.convolutionMs.network, convBaseline: comparison.convolutionMs.baseline,
        otherNetwork: comparison.otherMs.network, otherBaseline: comparison.otherMs.baseline, layersNetwork: comparison.layers.network, layersBaseline: comparison.layers.baseline,
      }),
      ...(comparison.overweight.length > 0 ? [strings.readingOverweight(comparison.overweight.map(share))] : []),
      ...(comparison.underweight.length > 0 ? [strings.readingUnderweight(comparison.underweight.map(share))] : []),
      strings.readingWhy,
    ];
  });
  text.replaceChildren(...paragraphs.map((paragraph) => el('p', paragraph)));
  section.hidden = false;
}
