/** UI strings of the experiment's evidence: /effective/'s tables, charts and intervals, and the class pool on /train/class/. */
import type { ConfigName } from '../train/config';
import type { SameTimeReading } from '../train/evidence';
import type { TrainingSpeed } from '../train/training-speed';
import { formatPoints } from './experiment';
import { plural as pluralForm } from './units';

const count = (value: number) => value.toLocaleString('en');
const plural = (value: number, one: string, many = `${one}s`) => pluralForm(value, { one: `# ${one}`, other: `# ${many}` });
const pct = (value: number) => `${(value * 100).toFixed(1)} %`;
const seconds = (value: number) => `${count(Math.round(value))} s`;

/** The nets as a table or legend names them (the sentences' names are in experimentStrings). */
const NET_NAMES: Record<string, string> = { standard: 'Standard CNN', separable: 'Depthwise-separable CNN', thin: 'Thin standard CNN' };
/** The nets inside a sentence. */
const NET_PHRASES: Record<string, string> = { standard: 'the standard CNN', separable: 'the depthwise-separable CNN', thin: 'the thin standard CNN' };
const net = (id: string) => NET_NAMES[id] ?? id;
const phrase = (id: string) => NET_PHRASES[id] ?? id;
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A configuration's settings as a sentence part: "7,000 training digits, 20 epochs, batches of 64, Adam at 0.003 × 0.85 per epoch". */
const setupText = (setup: { trainCount: number; epochs: number; batchSize: number; learningRate: number; learningRateDecay: number }) =>
  `${plural(setup.trainCount, 'training digit')}, ${plural(setup.epochs, 'epoch')}, batches of ${setup.batchSize}, Adam at ${setup.learningRate}${setup.learningRateDecay < 1 ? ` × ${setup.learningRateDecay} per epoch` : ''}`;

export const evidenceStrings = {
  networkName: net,
  configurationNames: { quick: 'Quick', class: 'Class', full: 'Full' } as Record<ConfigName, string>,
  setupText,
  columns: {
    network: 'Network', parameters: 'Parameters', multiplyAdds: 'Multiply-adds per image', meanSd: 'Mean ± SD over seeds', seed: (seed: number) => `Seed ${seed}`,
    epoch: 'Epoch', mean: 'Mean', range: 'Lowest – highest seed', seconds: 'Seconds of training', validation: 'Validation accuracy (mean)',
    comparison: 'Comparison', gap: 'Gap (points)', interval: '95 % interval (points)', verdict: 'Verdict', test: 'Test accuracy', range2: 'Range over seeds',
  },
  percent: pct,
  /** A curve's cell: "96.1 % (95.4–96.8)", the mean over seeds and the range. */
  curveCell: (mean: number, low: number, high: number) => `${pct(mean)} (${(low * 100).toFixed(1)}–${(high * 100).toFixed(1)})`,
  seedTableCaption: (configuration: string, digits: number, setup: Parameters<typeof setupText>[0]) =>
    `Test accuracy on the ${count(digits)} test digits, per seed: the ${configuration} configuration (${setupText(setup)})`,
  curvesTitle: (seeds: number) => `Validation accuracy after each epoch: the line is the mean over ${plural(seeds, 'seed')}, the band runs from the lowest seed to the highest`,
  curvesCaption: (digits: number) => `Validation accuracy per epoch, on the ${count(digits)} validation digits: mean over seeds and the range`,
  /** Whether a net had stopped learning by its last epoch (src/lib/train/plateau.ts), in one sentence. */
  plateauNote: (r: { network: string; from: number; to: number; seeds: number; change: number; low: number; high: number; accuracyPoints: number; stillLearning: boolean }) => {
    const loss = (value: number) => value.toFixed(4).replace('-', '−');
    const between = `from epoch ${r.from} to ${r.to}, its validation loss changed by ${loss(r.change)} on average over ${plural(r.seeds, 'seed')} (95 % interval ${loss(r.low)} to ${loss(r.high)}; validation accuracy ${formatPoints(r.accuracyPoints)} points)`;
    return r.stillLearning
      ? `${capital(phrase(r.network))} was still learning when training stopped: ${between}. The interval lies below zero, so more epochs would likely raise it a little, and its gap to the others is measured before it has quite settled.`
      : `${capital(phrase(r.network))} shows no further learning this experiment can detect: ${between}. The interval holds zero; with ${plural(r.seeds, 'seed')} that rules out a large change, not every small one.`;
  },
  plateauHeading: 'Had the nets stopped learning?',
  finalCaption: (digits: number) => `Final test accuracy, on the ${count(digits)} test digits scored once after the last epoch`,
  xEpoch: 'epoch',
  yValidation: 'validation accuracy (%)',
  xSeconds: 'seconds of training',
  timeTitle: (backend: string) => `Mean validation accuracy against seconds of training on ${backend}, one dot per epoch`,
  /** A time table's cell: "41 s: 93.1 %". */
  timeCell: (at: number, accuracy: number) => `${seconds(at)}: ${pct(accuracy)}`,
  timeCaption: 'Seconds of training at the end of each epoch, and the mean validation accuracy then',
  /** "For the same seconds of training, which net is ahead?", answered when one net has finished its epochs. */
  sameTime: (reading: SameTimeReading, epochs: number) => {
    const done = reading.standings.find((standing) => standing.network === reading.finished)!;
    const others = reading.standings.filter((standing) => standing.network !== reading.finished)
      .map((standing) => (standing.accuracy === undefined ? `${phrase(standing.network)} has not finished an epoch` : `${phrase(standing.network)} has finished ${plural(standing.epochs, 'epoch')} (${pct(standing.accuracy)})`));
    const tail = reading.ahead === undefined
      ? 'no net is ahead by more than the noise of the validation digits'
      : reading.marginPoints === Infinity ? `${phrase(reading.ahead)} is the only one with a finished epoch` : `${phrase(reading.ahead)} is ahead, by ${formatPoints(reading.marginPoints)} points`;
    return `After ${seconds(reading.seconds)} of training — when ${phrase(reading.finished)} has finished its ${plural(epochs, 'epoch')} (${pct(done.accuracy ?? 0)}) — ${others.join(' and ')}: ${tail}.`;
  },
  levelNote: (points: number, digits: number) => `Two accuracies on ${count(digits)} validation digits may differ by about ${formatPoints(points)} points by chance alone (1.96 standard errors), so a smaller lead is called level.`,
  speedNote: (speed: TrainingSpeed, batches: number) => {
    const figures = Object.entries(speed.msPerBatch).map(([id, ms]) => `${phrase(id)} ${Math.round(ms ?? 0)} ms`).join(', ');
    return speed.source === 'quiet'
      ? `Seconds are epochs × ${batches} batches × ms per batch measured with npm run bench:train on ${speed.timing.machine}, doing nothing else (${speed.timing.backend}, ${speed.timing.measured}): ${figures}.`
      : `Seconds are epochs × ${batches} batches × the ms per batch the reference's runs recorded (median over seeds, ${speed.backend} in Node): ${figures}. The runs shared their machine with other work, so these are rough; figures measured on a quiet machine will replace them.`;
  },
  intervalsTitle: 'Each gap in test accuracy with its 95 % interval (points; left of 0: the depthwise-separable CNN is lower)',
  intervalsCaption: 'The gaps in test accuracy (first net minus second), their 95 % intervals and what they let one say',
  pairLabel: (first: string, second: string) => `${net(first)} − ${net(second)}`,
  /** A pair on a chart's axis: "separable − standard". */
  pairShort: (first: string, second: string) => `${first} − ${second}`,
  /** An interval's cell: "−2.4 to −0.5". */
  intervalCell: (low: number, high: number) => `${formatPoints(low)} to ${formatPoints(high)}`,
  /** The verdict's kind in a table cell. */
  verdictKinds: { lower: 'lower: the interval lies below 0', higher: 'higher: the interval lies above 0', undetectable: 'no difference detectable: the interval includes 0' } as Record<'lower' | 'higher' | 'undetectable', string>,
  xGap: 'gap in test accuracy (points)',
  tooFew: (first: string, second: string, paired: number) => `${net(first)} − ${net(second)}: ${plural(paired, 'seed')} ran both nets; an interval over seeds needs at least 2.`,
  absent: (first: string, second: string, missing: string) => `${net(first)} − ${net(second)}: no runs of ${phrase(missing)} yet.`,
  unpaired: (seeds: readonly number[]) => `Seeds run by only one of the two nets, left out of this gap: ${seeds.join(', ')}.`,
  intervalsLegend: 'The dot is the mean gap over seeds; the bar is its 95 % interval; the vertical line is 0 (no difference).',
  /** The experiment's design read off the reference: the digits' three parts, the schedule and the seeds. */
  design: (d: { trainCount: number; validationCount: number; testCount: number; epochs: number; batchSize: number; learningRate: number; learningRateDecay: number; seeds: readonly number[]; nets: number; complete: boolean }) =>
    `The digits: ${count(d.trainCount)} for training; ${count(d.validationCount)} for validation, on which the curves below are drawn and the ` +
    `pilot that chose the number of epochs looked; and ${count(d.testCount)} for the test, scored once, after the last epoch. Each net trained ` +
    `${plural(d.epochs, 'epoch')} in batches of ${d.batchSize} with Adam, its step size ${d.learningRate}${d.learningRateDecay < 1 ? ` × ${d.learningRateDecay} after every epoch` : ''}, ` +
    `from ${plural(d.seeds.length, 'seed')} (${d.seeds.join(', ')}): a seed fixes a run's starting weights and the order of its digits${d.complete ? `, and every seed trained all ${d.nets} nets` : ''}.`,
  evidenceLink: 'How the experiment was designed, and the intervals drawn, are on the lesson “Is it effective?”.',
  /** README's sentence on how long the reference took (written by `npm run train:readme` from the file; a unit test holds it). */
  readmeDuration: (d: { createdAt: string; runs: number; nets: number; configurations: number; seeds: number; backend: string; version: string; minutes: number; cores: number }) =>
    `The shipped reference (\`src/data/experiment-reference.json\`, written ${d.createdAt.slice(0, 10)}) holds ${plural(d.runs, 'run')} ` +
    `(of ${plural(d.nets, 'net')} under ${plural(d.configurations, 'configuration')}, from ${plural(d.seeds, 'seed')}), trained by \`npm run train:reference\` ` +
    `in Node on ${d.backend} (TF.js ${d.version}) in ${plural(d.minutes, 'minute')} of wall time on ${plural(d.cores, 'core')} (the longest process, where processes ran side by side).`,
  provenance: (backend: string, version: string, runs: number, minutes: number, cores: number) =>
    `Trained by npm run train:reference in Node on ${backend} (TF.js ${version}): ${plural(runs, 'run')} in ${plural(minutes, 'minute')} of wall time on ${plural(cores, 'core')}.`,
} as const;
