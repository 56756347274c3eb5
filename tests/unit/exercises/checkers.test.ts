import { beforeAll, describe, expect, it } from 'vitest';
import { checkSuiteFor, exerciseById, exercises, runCheck } from '../../../src/lib/exercises';
import { useBackend } from '../conv/tfjs';
import { check, defineFunction, mistake } from './solutions';

beforeAll(async () => {
  await useBackend('cpu');
});

describe('every exercise', () => {
  it.each(exercises.map((exercise) => [exercise.id]))('%s: the solution passes every case', async (id) => {
    const verdict = await check(id, exerciseById(id).solution);
    expect(verdict.message).toMatch(/^Passed (\d+) of \1/);
    expect(verdict.status).toBe('pass');
    expect(verdict.total).toBeGreaterThanOrEqual(3);
  });
  it.each(exercises.map((exercise) => [exercise.id]))('%s: the starter code runs and fails with a case and a reason', async (id) => {
    const verdict = await check(id, exerciseById(id).starter);
    expect(verdict.status).toBe('fail');
    expect(verdict.message).toMatch(/^Case \d+ of \d+ \(.+\): .*(should|shape)/);
  });
  it.each(exercises.map((exercise) => [exercise.id]))('%s: a function that throws is reported as an error with its case', async (id) => {
    const { functionName } = exerciseById(id);
    const verdict = await check(id, `function ${functionName}() { throw new Error('boom'); }`);
    expect(verdict).toMatchObject({ status: 'error', caseNumber: 1, passed: 0 });
    expect(verdict.message).toMatch(/^Your function threw an error in case 1 of \d+ \(/);
  });
  it.each(exercises.map((exercise) => [exercise.id]))('%s: a cell without the function says which name it needs', async (id) => {
    const verdict = await check(id, 'const somethingElse = 1;');
    expect(verdict.status).toBe('error');
    expect(verdict.message).toContain(`named ${exerciseById(id).functionName}`);
  });
});

describe('conv-output-size', () => {
  it("floor instead of ceil is caught at the first stride that does not divide: outputSize(7, 3, 2, 'valid')", async () => {
    const verdict = await check('conv-output-size', mistake('conv-output-size', 'Math.ceil((inSize - filterSize + 1) / stride)', 'Math.floor((inSize - filterSize + 1) / stride)'));
    expect(verdict.message).toBe("Case 2 of 9 (outputSize(7, 3, 2, 'valid')): it should return 3, but your function returned 2. It passed the 1 case before this one.");
  });
  it("'same' computed like 'valid' (forgetting the border) is caught at the first 'same' case", async () => {
    const verdict = await check('conv-output-size', mistake('conv-output-size', "if (pad === 'same') return Math.ceil(inSize / stride);", ''));
    expect(verdict.message).toMatch(/^Case 5 of 9 \(outputSize\(7, 3, 1, 'same'\)\): it should return 7, but your function returned 5\./);
  });
});

describe('dw-loops', () => {
  it("off-by-one padding (odd extra zero row on top instead of bottom) is caught at the stride-2 'same' case, with the position", async () => {
    const verdict = await check('dw-loops', mistake('dw-loops', 'Math.floor(Math.max(0, (outHeight - 1) * stride + filterHeight - inHeight) / 2)', 'Math.ceil(Math.max(0, (outHeight - 1) * stride + filterHeight - inHeight) / 2)'));
    expect(verdict.status).toBe('fail');
    expect(verdict.message).toMatch(/^Case 3 of 6 \(input \[1, 6, 5, 2\], 3×3 filter, chMul 1, stride 2, pad 'same'\): output\[0\]\[0\]\[0\]\[0\] should be -?[\d.]+, but yours is -?[\d.]+\. It passed the 2 cases before this one\.$/);
  });
  it('swapped axes (rows read as columns) are caught, naming expected vs got', async () => {
    const verdict = await check('dw-loops', mistake('dw-loops', 'input[b][inRow][inCol][channel]', 'input[b][inCol][inRow][channel]'));
    expect(verdict.status).toBe('fail');
    expect(verdict.message).toMatch(/^Case 1 of 6 \(.*\): output\[0\]\[0\]\[0\]\[0\] should be -?[\d.]+, but yours is -?[\d.]+\.$/);
  });
  it('a missing depth multiplier (one kernel per channel only) is caught as a wrong channel count at the first chMul 2 case', async () => {
    const verdict = await check('dw-loops', mistake('dw-loops', 'for (let m = 0; m < chMul; m++)', 'for (let m = 0; m < 1; m++)').replace('pixel[channel * chMul + m] = sum', 'pixel[channel] = sum'));
    expect(verdict.message).toBe("Case 4 of 6 (input [1, 5, 7, 3], 3×3 filter, chMul 2, stride 1, pad 'same'): your result has shape [1, 5, 7, 3], but it should be [1, 5, 7, 6] (channels is 3 instead of 6). It passed the 3 cases before this one.");
  });
  it('an ignored stride is caught as a wrong height', async () => {
    const verdict = await check('dw-loops', mistake('dw-loops', 'outRow * stride - padTop', 'outRow - padTop').replace(/Math\.ceil\(inHeight \/ stride\)/, 'inHeight'));
    expect(verdict.message).toContain('Case 3 of 6');
    expect(verdict.message).toContain('(height is 6 instead of 3)');
  });
});

describe('dw-pick-multiplier', () => {
  it('floor division (7 channels from 3 gives 2) is caught: there is no whole multiplier', async () => {
    const verdict = await check('dw-pick-multiplier', mistake('dw-pick-multiplier', 'const chMul = outChannels / inChannels;', 'const chMul = Math.floor(outChannels / inChannels);'));
    expect(verdict.message).toBe('Case 4 of 8 (depthMultiplier([1, 28, 28, 3], [1, 28, 28, 7])): it should return null, but your function returned 2. It passed the 3 cases before this one.');
  });
  it('ignoring height and width is caught', async () => {
    const verdict = await check('dw-pick-multiplier', mistake('dw-pick-multiplier', 'if (batch !== wantedBatch || height !== wantedHeight || width !== wantedWidth) return null;', ''));
    expect(verdict.message).toMatch(/^Case 6 of 8 \(depthMultiplier\(\[1, 28, 28, 3\], \[1, 14, 14, 6\]\)\): it should return null, but your function returned 2\./);
  });
});

describe('pw-as-matmul', () => {
  it('swapped weight axes (weights[out][in]) are caught at the first pixel, expected vs got', async () => {
    const verdict = await check('pw-as-matmul', mistake('pw-as-matmul', 'weights[inChannel][outChannel]', 'weights[outChannel][inChannel]'));
    expect(verdict.message).toMatch(/^Case 1 of 4 \(input \[1, 2, 2, 3\], weights \[3\]\[3\]\): output\[0\]\[0\]\[0\]\[0\] should be -?[\d.]+, but yours is -?[\d.]+\.$/);
  });
  it('summing only the diagonal (a missing inner loop) is caught at the first case', async () => {
    const verdict = await check('pw-as-matmul', mistake('pw-as-matmul', 'for (let inChannel = 0; inChannel < pixel.length; inChannel++) {', 'for (let inChannel = outChannel; inChannel <= outChannel; inChannel++) {'));
    expect(verdict.message).toMatch(/^Case 1 of 4 .*output\[0\]\[0\]\[0\]\[0\] should be/);
  });
});

describe('sep-assemble', () => {
  it('the stride applied twice (also in the pointwise step) is caught as a wrong height', async () => {
    const verdict = await check('sep-assemble', mistake('sep-assemble', "tf.tensor4d(pointwiseFilter), 1, 'valid')", 'tf.tensor4d(pointwiseFilter), stride, pad)'));
    expect(verdict.message).toContain('Case 2 of 5');
    expect(verdict.message).toContain('height is 2 instead of 3');
  });
  it('a missing depth multiplier (chMul slices dropped before the pointwise step) is reported as an error, not a pass', async () => {
    const verdict = await check('sep-assemble', mistake('sep-assemble', 'tf.tensor4d(depthwiseFilter)', 'tf.slice(tf.tensor4d(depthwiseFilter), [0, 0, 0, 0], [-1, -1, -1, 1])'));
    expect(verdict.status).toBe('error');
    expect(verdict.message).toMatch(/^Your function threw an error in case 3 of 5 \(.*chMul 2/);
  });
});

describe('sep-count-params', () => {
  it('a missing depth multiplier is caught at the first chMul 2 layer', async () => {
    const verdict = await check('sep-count-params', mistake('sep-count-params', 'const pointwise = inChannels * chMul * outChannels;', 'const pointwise = inChannels * outChannels;'));
    expect(verdict.message).toBe('Case 3 of 5 (separableParams({ kernelSize: 5, inChannels: 8, chMul: 2, outChannels: 12, bias: false })): it should return 592, but your function returned 496. It passed the 2 cases before this one.');
  });
  it('a bias counted on both steps is caught at the first layer with a bias', async () => {
    const verdict = await check('sep-count-params', mistake('sep-count-params', '(bias ? outChannels : 0)', '(bias ? outChannels + inChannels * chMul : 0)'));
    expect(verdict.message).toMatch(/^Case 2 of 5 .*should return 2,400, but your function returned 2,432\./);
  });
});

describe('cost-layer-macs', () => {
  it('input pixels instead of output pixels (stride ignored) is caught at the first stride-2 layer', async () => {
    const verdict = await check('cost-layer-macs', mistake('cost-layer-macs', "pad === 'same' ? Math.ceil(inSize / stride)", "pad === 'same' ? inSize"));
    expect(verdict.message).toMatch(/^Case 5 of 8 \(layerMultiplyAdds\(\{ inHeight: 32, .*stride: 2.*\)\): it should return 1,179,648, but your function returned 4,718,592\./);
  });
  it('a separable layer counted as its depthwise step only is caught', async () => {
    const verdict = await check('cost-layer-macs', mistake('cost-layer-macs', 'return pixels * (area * inChannels * chMul + inChannels * chMul * outChannels);', 'return pixels * area * inChannels * chMul;'));
    expect(verdict.message).toMatch(/^Case 4 of 8 .*kind: 'separable'/);
  });
});

describe('eff-equivalent-kernel', () => {
  it('a missing depth multiplier (slice 0 only) is caught at the first chMul 2 case', async () => {
    const verdict = await check('eff-equivalent-kernel', mistake('eff-equivalent-kernel', 'for (let m = 0; m < chMul; m++)', 'for (let m = 0; m < 1; m++)'));
    expect(verdict.message).toMatch(/^Case 2 of 3 \(depthwise filter \[3, 3, 3, 2\], pointwise filter \[1, 1, 6, 4\]\): kernel\[0\]\[0\]\[0\]\[0\] should be/);
  });
  it('the wrong channel order (m · inChannels + channel) is caught', async () => {
    const verdict = await check('eff-equivalent-kernel', mistake('eff-equivalent-kernel', 'pointwiseFilter[0][0][channel * chMul + m][out]', 'pointwiseFilter[0][0][m * inChannels + channel][out]'));
    expect(verdict.status).toBe('fail');
    expect(verdict.message).toContain('Case 2 of 3');
  });
});

describe('runCheck in the worker', () => {
  it('awaits `between` before every case, and a rejection there (a cancelled job) is not blamed on the student', async () => {
    const suite = checkSuiteFor('conv-output-size');
    const fn = defineFunction('conv-output-size', exerciseById('conv-output-size').solution);
    let calls = 0;
    const outcome = await runCheck(suite, fn, { between: async () => { calls += 1; } });
    expect(calls).toBe(outcome.verdict.total);
    await expect(runCheck(suite, fn, { between: () => Promise.reject(new Error('cancelled')) })).rejects.toThrow('cancelled');
  });
  it('awaits a student function that returns a promise', async () => {
    const verdict = await check('sep-count-params', exerciseById('sep-count-params').solution.replace('function separableParams', 'async function separableParams'));
    expect(verdict.status).toBe('pass');
  });
});
