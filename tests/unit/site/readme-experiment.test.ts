// README's experiment section states what the code and the shipped reference say: the splits, the budgets and the
// schedule from src/lib/train, and how long the reference took from the file (`npm run train:readme` rewrites that).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatCount } from '../../../src/lib/cost';
import { TRAIN_CONFIGS } from '../../../src/lib/train/config';
import { readExperimentFile } from '../../../src/lib/train/experiment-format';
import { networkCostOf } from '../../../src/lib/train/networks';
import { README_FINDINGS_MARKERS, README_REFERENCE_MARKERS, referenceDurationSentence, referenceFindings, withReferenceDuration } from '../../../src/lib/train/readme-reference';
import { EXPERIMENT_SPLIT } from '../../../src/lib/train/splits';
import { QUIET_TIMING, trainingSpeed } from '../../../src/lib/train/training-speed';

const README = readFileSync('README.md', 'utf8');
const FILE = 'src/data/experiment-reference.json';
const reference = readExperimentFile(JSON.parse(readFileSync(FILE, 'utf8')), FILE);

describe('README: the experiment', () => {
  it('how long the reference took is the sentence the file gives (run `npm run train:readme` after replacing the file)', () => {
    const { start, end } = README_REFERENCE_MARKERS;
    expect(README).toContain(`${start}\n${referenceDurationSentence(reference)}\n${end}`);
    expect(referenceDurationSentence(reference)).toContain(`in ${Math.round(reference.wallSeconds / 60)} minute`);
  });

  it('what the reference found is the verdicts and plateau readings /effective/ computes from the file', () => {
    const { start, end } = README_FINDINGS_MARKERS;
    const findings = referenceFindings(reference);
    expect(README).toContain(`${start}\n${findings}\n${end}`);
    expect(findings.split('\n').length).toBeGreaterThanOrEqual(1);
    expect(findings).toMatch(/^- /);
  });

  it('the ms per batch it compares are the reference’s own full-run medians and the quiet figures accuracy against time uses', () => {
    const flat = README.replace(/\s+/g, ' ');
    const own = trainingSpeed(reference, 'full', null).msPerBatch;
    const quiet = QUIET_TIMING!.msPerBatch;
    const nets = ['standard', 'separable', 'thin'] as const;
    const list = (ms: Partial<Record<(typeof nets)[number], number>>) => `${Math.round(ms.standard!)}, ${Math.round(ms.separable!)} and ${Math.round(ms.thin!)}`;
    const below = nets.map((net) => Math.round((1 - own[net]! / quiet[net]!) * 100));
    expect(flat).toContain(`(medians over seeds: ${list(own)} for the standard, separable and thin nets) sit ${Math.min(...below)}–${Math.max(...below)} % below`);
    expect(flat).toContain(`(\`src/lib/train/training-speed.ts\`: ${list(quiet)},`);
  });

  it('states the splits, budgets, schedule and costs the code defines', () => {
    const { trainCount, validationCount, testCount } = EXPERIMENT_SPLIT;
    expect(README).toContain(`**${formatCount(trainCount)} for training, ${formatCount(validationCount)} for validation, ${formatCount(testCount)} for the test**`);
    expect(README).toContain(`**E = ${TRAIN_CONFIGS.full.epochs} epochs**`);
    expect(README).toContain(`Adam at ${TRAIN_CONFIGS.full.learningRate}, the step size × ${TRAIN_CONFIGS.full.learningRateDecay}`);
    expect(README).toContain(`Quick (${formatCount(TRAIN_CONFIGS.quick.trainCount)} digits, ${TRAIN_CONFIGS.quick.epochs} epochs`);
    expect(README).toContain(`Class (${formatCount(TRAIN_CONFIGS.class.trainCount)} digits, ${TRAIN_CONFIGS.class.epochs} epochs`);
    for (const id of ['standard', 'separable', 'thin'] as const) expect(README).toContain(`${formatCount(networkCostOf(id).parameters)} parameters`);
  });

  it('withReferenceDuration replaces only the marked block, and refuses a README without it', () => {
    const { start, end } = README_REFERENCE_MARKERS;
    expect(withReferenceDuration(`a\n${start}\nold\n${end}\nb`, 'new')).toBe(`a\n${start}\nnew\n${end}\nb`);
    expect(() => withReferenceDuration('no block', 'new')).toThrow(`invalid README: no ${start} … ${end} block`);
  });
});
