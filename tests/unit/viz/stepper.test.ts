import { describe, expect, it } from 'vitest';
import { formatStepNumber, productsOfChannel, referenceValue, stepAnnouncement, stepForKey, stepperModel, type StepOp } from '../../../src/lib/viz/stepper';
import { stepStageMarkup } from '../../../src/lib/viz/stepper-markup';

const cases: [StepOp, number, number, number][] = [
  // mode, chMul, expected step count (outHeight · outWidth · outChannels), products per step
  ['depthwise', 1, 4 * 4 * 3, 9],
  ['depthwise', 2, 4 * 4 * 6, 9],
  ['standard', 1, 4 * 4 * 3, 27],
  ['standard', 2, 4 * 4 * 6, 27],
  ['pointwise', 1, 6 * 6 * 3, 3],
  ['pointwise', 3, 6 * 6 * 9, 3],
];

describe('stepperModel on a 6×6×3 input with 3×3 kernels (pad valid)', () => {
  it.each(cases)('%s, chMul %i: %i steps of %i products', (mode, chMul, count, products) => {
    const model = stepperModel({ mode, chMul, seed: 7 });
    expect(model.steps).toHaveLength(count);
    for (const step of model.steps) expect(step.products).toHaveLength(products);
  });

  it.each(cases)('%s, chMul %i: every displayed sum equals the reference output value', (mode, chMul) => {
    const model = stepperModel({ mode, chMul, seed: 7 });
    for (const step of model.steps) {
      const reference = referenceValue(model, step);
      expect(step.sum).toBeCloseTo(reference, 5);
      expect(stepAnnouncement(step)).toMatch(new RegExp(`= ${formatStepNumber(reference).replace('.', '\\.')}$`));
    }
  });

  it('steps go position by position, every output channel at each position, rows outermost', () => {
    const steps = stepperModel({ mode: 'depthwise', chMul: 1 }).steps.slice(0, 5);
    expect(steps.map((s) => [s.outRow, s.outCol, s.outChannel])).toEqual([[0, 0, 0], [0, 0, 1], [0, 0, 2], [0, 1, 0], [0, 1, 1]]);
  });

  it('depthwise output channel c·chMul + m reads input channel c only; standard reads all channels', () => {
    const depthwise = stepperModel({ mode: 'depthwise', chMul: 2 });
    const step = depthwise.steps.find((s) => s.outChannel === 5)!;
    expect(new Set(step.products.map((p) => p.inChannel))).toEqual(new Set([2]));
    expect(productsOfChannel(step, 0)).toEqual([]);
    const standard = stepperModel({ mode: 'standard' });
    expect(new Set(standard.steps[0]!.products.map((p) => p.inChannel))).toEqual(new Set([0, 1, 2]));
  });

  it('the window of output (2, 3) covers input rows 2…4 and columns 3…5', () => {
    const step = stepperModel({ mode: 'depthwise' }).steps.find((s) => s.outRow === 2 && s.outCol === 3)!;
    expect([...new Set(step.products.map((p) => p.inputRow))]).toEqual([2, 3, 4]);
    expect([...new Set(step.products.map((p) => p.inputCol))]).toEqual([3, 4, 5]);
  });

  it('the same seed gives the same numbers; another seed gives others', () => {
    const a = stepperModel({ mode: 'standard', seed: 3 });
    expect(Array.from(stepperModel({ mode: 'standard', seed: 3 }).input.values)).toEqual(Array.from(a.input.values));
    expect(Array.from(stepperModel({ mode: 'standard', seed: 4 }).input.values)).not.toEqual(Array.from(a.input.values));
  });

  it('names bad options', () => {
    expect(() => stepperModel({ mode: 'dilated' as StepOp })).toThrow('invalid mode: dilated');
    expect(() => stepperModel({ mode: 'depthwise', chMul: 0 })).toThrow('invalid chMul: 0');
  });
});

describe('stepAnnouncement and keys', () => {
  it('reads like "Output (2, 3), channel 1: sum of 9 products = 1.25"', () => {
    const step = { outRow: 2, outCol: 3, outChannel: 1, products: Array(9), sum: 1.25 };
    expect(stepAnnouncement(step)).toBe('Output (2, 3), channel 1: sum of 9 products = 1.25');
    expect(stepAnnouncement({ ...step, products: Array(1), sum: -0.001 })).toBe('Output (2, 3), channel 1: sum of 1 product = 0');
  });
  it('formatStepNumber keeps two decimals at most', () => {
    expect(formatStepNumber(3.7)).toBe('3.7');
    expect(formatStepNumber(-1.255)).toMatch(/^-1\.2[56]$/);
  });
  it('stepForKey: arrows step by one, Home/End jump, PageDown moves one output row, other keys do nothing', () => {
    expect(stepForKey('ArrowRight', 0, 10)).toBe(1);
    expect(stepForKey('ArrowLeft', 0, 10)).toBe(0);
    expect(stepForKey('End', 2, 10)).toBe(9);
    expect(stepForKey('Home', 5, 10)).toBe(0);
    expect(stepForKey('PageDown', 1, 10, 4)).toBe(5);
    expect(stepForKey('a', 1, 10)).toBeNull();
  });
});

describe('stepStageMarkup: what the reader sees matches the reference', () => {
  it.each(cases)('%s, chMul %i: every step prints its sum and the output cell equal to the reference value', (mode, chMul) => {
    const model = stepperModel({ mode, chMul, seed: 5 });
    model.steps.forEach((step, index) => {
      const html = stepStageMarkup(model, index);
      const expected = formatStepNumber(referenceValue(model, step));
      expect(html).toContain(`data-sum="${expected}"`);
      expect(html).toContain(`<td class="current">${expected}</td>`);
      // One highlighted window cell per product that reads a real input pixel.
      expect(html.match(/class="in-window"/g)?.length ?? 0).toBe(new Set(step.products.map((p) => `${p.inChannel},${p.inputRow},${p.inputCol}`)).size);
    });
  });
  it('an index outside the sequence is refused by name', () => {
    const model = stepperModel({ mode: 'pointwise' });
    expect(() => stepStageMarkup(model, model.steps.length)).toThrow(`invalid index: ${model.steps.length} (the stepper has ${model.steps.length} steps)`);
  });
});
