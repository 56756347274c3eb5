import { describe, expect, it } from 'vitest';
import { multiplyAdds } from '../../../src/lib/cost';
import { getValue } from '../../../src/lib/conv';
import { usesDepthMultiplier } from '../../../src/lib/viz/stepper';
import { printedSteps, separableBlock, stepperView } from '../../../src/lib/viz/stepper-view';

describe('separableBlock', () => {
  const block = separableBlock({ size: 6, inChannels: 3, outChannels: 4, chMul: 1, seed: 1 });

  it('feeds the depthwise stage\'s output to the pointwise stage as its input, value for value', () => {
    expect(block.pointwise.input).toBe(block.depthwise.output);
    expect(block.pointwise.input.shape).toEqual([1, 4, 4, 3]);
    expect(block.pointwise.output.shape).toEqual([1, 4, 4, 4]);
    const step = block.pointwise.steps[5]!;
    for (const product of step.products) {
      expect(product.inputValue).toBe(getValue(block.depthwise.output, [0, step.outRow, step.outCol, product.inChannel]));
    }
  });

  it('counts 432 + 192 = 624 multiply-adds for the block against 1,728 for the standard convolution, as the cost library does', () => {
    const valid = { inHeight: 6, kernelSize: 3, inChannels: 3, pad: 'valid', bias: false } as const;
    expect(block.cost.depthwise).toEqual({ productsPerOutput: 9, outputs: 48, multiplyAdds: multiplyAdds({ ...valid, kind: 'depthwise' }) });
    expect(block.cost.pointwise).toEqual({ productsPerOutput: 3, outputs: 64, multiplyAdds: 192 });
    expect(block.cost.separable).toBe(multiplyAdds({ ...valid, kind: 'separable', outChannels: 4 }));
    expect(block.cost.standard).toEqual({ productsPerOutput: 27, outputs: 64, multiplyAdds: multiplyAdds({ ...valid, kind: 'standard', outChannels: 4 }) });
    expect([block.cost.depthwise.multiplyAdds, block.cost.separable, block.cost.standard.multiplyAdds]).toEqual([432, 624, 1728]);
  });

  it('with depth multiplier 2 the pointwise stage reads 6 depthwise channels', () => {
    const wide = separableBlock({ chMul: 2 });
    expect(wide.pointwise.input.shape).toEqual([1, 4, 4, 6]);
    expect(wide.cost.pointwise.productsPerOutput).toBe(6);
    expect(wide.cost.separable).toBe(multiplyAdds({ kind: 'separable', inHeight: 6, kernelSize: 3, inChannels: 3, chMul: 2, outChannels: 4, pad: 'valid', bias: false }));
  });
});

describe('stepperView', () => {
  it('steps the separable block through both stages: 48 depthwise steps, then 64 pointwise ones', () => {
    const view = stepperView({ mode: 'separable' });
    expect(view.count).toBe(48 + 64);
    expect(view.announcement(0)).toMatch(/^Depthwise stage: Output \(0, 0\), channel 0: sum of 9 products = /);
    expect(view.announcement(48)).toMatch(/^Pointwise stage: Output \(0, 0\), channel 0: sum of 3 products = /);
    expect(view.markup(0)).toContain('Stage 1 of 2, depthwise');
    expect(view.markup(48)).toContain('Stage 2 of 2, pointwise');
    expect(view.markup(48)).toContain('Depthwise output channel 2');
    expect(view.markup(48)).toMatch(/<tr class="current-stage"><th scope="row">Pointwise stage<\/th><td>3<\/td><td>64<\/td><td>192<\/td><\/tr>/);
    expect(view.markup(0)).toContain('<td>1,728</td>');
  });

  it('a single mode is the one convolution\'s steps; the depth multiplier counts only where a depthwise convolution runs', () => {
    expect(stepperView({ mode: 'standard' }).count).toBe(4 * 4 * 3);
    expect(stepperView({ mode: 'depthwise', chMul: 2 }).count).toBe(4 * 4 * 6);
    expect(stepperView({ mode: 'depthwise' }).rowStride(0)).toBe(4 * 3);
    expect(['depthwise', 'standard', 'pointwise', 'separable'].map((mode) => usesDepthMultiplier(mode as 'depthwise'))).toEqual([true, false, false, true]);
  });
});

describe('printedSteps', () => {
  it('prints the first steps of one convolution', () => {
    expect(printedSteps(stepperView({ mode: 'depthwise' }), 3)).toEqual([0, 1, 2]);
  });
  it('prints the separable block\'s first depthwise steps and its first pointwise step (48), so paper shows both stages', () => {
    const view = stepperView({ mode: 'separable' });
    expect(view.stageStarts).toEqual([0, 48]);
    expect(printedSteps(view, 3)).toEqual([0, 1, 48]);
    expect(view.markup(printedSteps(view, 3)[2]!)).toContain('Stage 2 of 2, pointwise');
    expect(printedSteps(view, 1)).toEqual([0]);
  });
  it('never asks for more steps than there are', () => {
    expect(printedSteps({ ...stepperView({ mode: 'pointwise' }), count: 2 }, 3)).toEqual([0, 1]);
  });
});
