// Runs every lesson cell, in page order, through the real notebook runtime with TF.js (cpu) in Node, and holds
// the printed numbers against the cost library: the seed's 27, 48, 448, 8,768 and 73,728 come out of TF.js.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { NotebookRuntime } from '../../../src/lib/notebook/runtime';
import { compareSeparable, formatCount, groupedParameters, parameterCount } from '../../../src/lib/cost';
import { effectiveFilterSize, outputShape } from '../../../src/lib/conv';
import { lessonCells, lessonFiles, lessonSource } from './mdx';
import '@tensorflow/tfjs-backend-wasm';
import { tf } from './layers';
import { createShow, showValue, type ShowContext } from '../../../src/workers/show';
import { formatValueView, type ValueView } from '../../../src/lib/notebook/value-view';
import type { TablePayload } from '../../../src/lib/notebook/display';

const outputs = new Map<string, string>();
const failures: string[] = [];

/**
 * The real `show` of the cell worker (its payload builders, not a stub, so a broken show.plot or
 * show.table call in a lesson fails here), recording what it would send: table rows as JSON lines.
 */
function recordingShow(lines: string[]) {
  const emit = (kind: string, payload: unknown): void => {
    if (kind !== 'table') {
      lines.push(kind === 'value' ? formatValueView(payload as ValueView) : `[${kind}]`);
      return;
    }
    const { columns, rows } = payload as TablePayload;
    const value = (text: string) => (text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text);
    for (const row of rows) lines.push(JSON.stringify(Object.fromEntries(columns.map((column, index) => [column, value(row[index] ?? '')]))));
  };
  return createShow({ tf: tf as unknown as ShowContext['tf'], emit }, showValue);
}

// Runs every lesson's cells in page order, one runtime per page (as the site does), keeping outputs by cell id.
async function runLessons(backend: string): Promise<void> {
  expect(await tf.setBackend(backend)).toBe(true);
  for (const file of lessonFiles()) {
    const runtime = new NotebookRuntime();
    for (const [index, cell] of lessonCells(lessonSource(file)).entries()) {
      const lines: string[] = [];
      const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
        lines.push(args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' '));
      });
      const outcome = await runtime.run({ cellId: cell.id, runId: index + 1, code: cell.code, globals: { tf, show: recordingShow(lines) } });
      spy.mockRestore();
      if (!outcome.ok) failures.push(`${backend} ${file} ${cell.id}: ${outcome.error.message} (line ${outcome.error.line})`);
      else if (outcome.returnsValue && outcome.value !== undefined) lines.push(String(outcome.value));
      outputs.set(backend === 'cpu' ? cell.id : `${backend}:${cell.id}`, lines.join('\n'));
    }
  }
}

beforeAll(async () => {
  tf.env().set('IS_TEST', true);
  // The site runs cells on wasm by default, with cpu as the fallback: run them on both.
  await runLessons('wasm');
  await runLessons('cpu');
}, 180_000);

afterAll(() => {
  if (process.env.SHOW_CELLS) for (const [id, text] of outputs) console.info(`--- ${id}\n${text}`);
  outputs.clear();
});

describe('lesson cells in Node', () => {
  it('every cell of every lesson runs without error on wasm and on cpu', () => {
    expect(failures).toEqual([]);
    expect(outputs.size).toBeGreaterThanOrEqual(2 * 12);
  });

  it('wasm prints the same counts and shapes as cpu (only float digits may differ)', () => {
    // Layer rows of model.summary() carry auto-generated names that count up across runs; totals are compared.
    const numbersOnly = (text: string) => text.split('\n').filter((line) => !/\[\[null|^\s{10,}/.test(line)).join('\n')
      .replace(/(max \|[^|]+\|:|"maxAbsDiff":)\s*[-\d.e]+/g, '$1 ≈')
      .replace(/-?\d+\.\d+(e-?\d+)?/g, '≈');
    for (const [id, text] of outputs) {
      if (id.startsWith('wasm:')) expect(numbersOnly(text), id).toBe(numbersOnly(outputs.get(id.slice(5)) ?? ''));
    }
  });

  it('the seed\'s depthwise layer prints 27 parameters and keeps [1, 28, 28, 3]', () => {
    const count = parameterCount({ kind: 'depthwise', kernelSize: 3, inChannels: 3, bias: false });
    expect(outputs.get('dw-seed')).toContain(`Number of parameters: ${formatCount(count)}`);
    expect(outputs.get('dw-seed')).toContain('Output tensor shape: [1, 28, 28, 3]');
  });

  it('the seed\'s pointwise layer prints 48 parameters', () => {
    const count = parameterCount({ kind: 'pointwise', inChannels: 3, outChannels: 16, bias: false });
    expect(outputs.get('pw-seed')).toContain(`Pointwise Params: ${formatCount(count)}`);
  });

  it('the seed\'s standard comparison prints 448 parameters', () => {
    const count = parameterCount({ kind: 'standard', kernelSize: 3, inChannels: 3, outChannels: 16, bias: true });
    expect(outputs.get('conv-count')).toContain(`Number of parameters: ${formatCount(count)}`);
  });

  it('the custom block prints 576 + 8,192 = 8,768 and the standard conv 73,728 (8.4×)', () => {
    const versus = compareSeparable({ inHeight: 32, inChannels: 64, outChannels: 128, kernelSize: 3, pad: 'same', bias: false });
    expect(outputs.get('sep-block')).toContain(`Total Parameters in the Block: ${formatCount(versus.separableParameters)}`);
    expect(outputs.get('sep-block')).toContain('Output tensor shape: [1, 32, 32, 128]');
    expect(outputs.get('sep-standard')).toContain(`${formatCount(versus.standardParameters)} parameters`);
    expect(outputs.get('sep-standard')).toContain(`${versus.parameterFactor.toFixed(1)}×`);
  });

  it('the cost lesson\'s cell counts 75,497,472 multiply-adds for the standard conv and 8,978,432 for the block', () => {
    const versus = compareSeparable({ inHeight: 32, inChannels: 64, outChannels: 128, kernelSize: 3, pad: 'same', bias: false });
    expect(outputs.get('cost-macs')).toContain(`standard:  ${formatCount(versus.standardMultiplyAdds)} multiply-adds`);
    expect(outputs.get('cost-macs')).toContain(`separable: ${formatCount(versus.separableMultiplyAdds)} multiply-adds (${versus.multiplyAddFactor.toFixed(1)}× fewer)`);
  });

  it('depthwise-then-pointwise, tf.separableConv2d and tf.layers.separableConv2d agree within 1e-4', () => {
    const rows = (outputs.get('sep-equal') ?? '').split('\n').map((line) => JSON.parse(line) as { maxAbsDiff: number });
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.maxAbsDiff).toBeLessThan(1e-4);
  });

  it('the grouped convolution built from split, conv2d and concat matches conv2d (g = 1, g = 2 block-diagonal) and depthwiseConv2d (g = C_in)', () => {
    const lines = (outputs.get('sep-groups') ?? '').split('\n');
    const rows = lines.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as { groups: number; weights: number; maxAbsDiff: number });
    expect(rows.map((row) => row.groups)).toEqual([1, 2, 4]);
    for (const row of rows) {
      expect(row.weights).toBe(groupedParameters({ inHeight: 8, inChannels: 4, outChannels: 8, kernelSize: 3, groups: row.groups, bias: false }));
      expect(row.maxAbsDiff).toBeLessThan(1e-4);
    }
    expect(lines).toContain('Check passed: all three agree to within 1e-4.');
  });

  it('a 1×1 conv is x · W at a pixel and one matMul overall', () => {
    const diff = (id: string) => Number(/max \|[^|]+\|:\s*(\S+)/.exec(outputs.get(id) ?? '')?.[1]);
    expect(diff('pw-pixel')).toBeLessThan(1e-5);
    expect(diff('pw-matmul')).toBeLessThan(1e-5);
    expect(outputs.get('pw-locality')).toMatch(/1×1 conv changes 1 output pixel/);
    expect(outputs.get('pw-locality')).toMatch(/3×3 conv changes 9 output pixel/);
  });
});

describe('lesson cells in Node: the show they call is the real one', () => {
  it('a broken show.plot or show.table call fails its cell, as it would in the page', async () => {
    const runtime = new NotebookRuntime();
    const run = (code: string) => runtime.run({ cellId: 'probe', runId: 1, code, globals: { tf, show: recordingShow([]) } });
    expect(await run('show.plot({ marks: "nope" });')).toMatchObject({ ok: false, error: { message: expect.stringMatching(/invalid/) } });
    expect(await run('show.table(42);')).toMatchObject({ ok: false, error: { message: 'invalid rows: 42 (show.table expects an array of objects or arrays)' } });
  });
});

describe('lesson cells in Node: dilation', () => {
  it('the op dilates (valid output shrinks by (k − 1)·d) while the layer ignores dilationRate, as the prose says', async () => {
    const text = outputs.get('dw-dilation') ?? '';
    const input = { kind: 'depthwise', inHeight: 12, inWidth: 16, inChannels: 2, kernelSize: 3, pad: 'valid' } as const;
    const weights = parameterCount({ kind: 'depthwise', kernelSize: 3, inChannels: 2, bias: false });
    for (const dilation of [1, 2, 3]) {
      const span = effectiveFilterSize(3, dilation);
      const shape = outputShape({ ...input, dilation }).join(', ');
      expect(text).toContain(`dilation ${dilation}: window ${span}×${span}, output [${shape}], ${weights} weights`);
    }
    expect(text).toContain(`tf.layers.depthwiseConv2d with dilationRate 2: output [${outputShape(input).join(', ')}]`);
  });
});

describe('lesson cells in Node: effective', () => {
  it('a separable block equals a standard convolution with K = D · P', () => {
    const text = outputs.get('eff-kernel') ?? '';
    expect(text).toContain(`standard kernel: [3, 3, 4, 6] = ${3 * 3 * 4 * 6} numbers, built from ${3 * 3 * 4 + 4 * 6} free ones`);
    expect(Number(/max \|[^|]+\|:\s*(\S+)/.exec(text)?.[1])).toBeLessThan(1e-5);
  });
});

describe('lesson cells in Node: accuracy fixes', () => {
  it('the custom block freezes (trainable = false moves its 2 weight tensors to the non-trainable list) and unfreezes', () => {
    for (const id of ['sep-save', 'wasm:sep-save']) {
      expect(outputs.get(id), id).toContain('frozen: 0 trainable, 2 non-trainable weight tensors');
      expect(outputs.get(id), id).toContain('unfrozen: 2 trainable, 0 non-trainable weight tensors');
    }
  });

  it('the custom block survives save → load: same class, weights by their block-scoped names, same parameters and outputs', () => {
    const versus = compareSeparable({ inHeight: 32, inChannels: 64, outChannels: 128, kernelSize: 3, pad: 'same', bias: false });
    for (const id of ['sep-save', 'wasm:sep-save']) {
      const text = outputs.get(id) ?? '';
      expect(text, id).toContain('saved weights: sep_block/sep_block_depthwise/depthwise_kernel, sep_block/sep_block_pointwise/kernel');
      expect(text, id).toContain(`reloaded layer: DepthwiseSeparableConvBlock, ${formatCount(versus.separableParameters)} parameters`);
      expect(Number(/max \|reloaded − original\|:\s*(\S+)/.exec(text)?.[1]), id).toBe(0);
    }
  });

  it('Sobel x is the outer product [1, 2, 1]ᵀ·[−1, 0, 1], and 3×1 then 1×3 equals the 3×3 filter with 6 instead of 9 multiply-adds', () => {
    const text = outputs.get('dw-spatial') ?? '';
    expect(text).toContain('Sobel x: [[-1,0,1],[-2,0,2],[-1,0,1]]');
    expect(text).toContain('multiply-adds per output value: 3×3 = 9, 3×1 then 1×3 = 6');
    expect(Number(/max \|[^|]+\|:\s*(\S+)/.exec(text)?.[1])).toBeLessThan(1e-5);
  });

  it('conv2d is a cross-correlation: an impulse returns the kernel turned by 180°', () => {
    const text = outputs.get('conv-flip') ?? '';
    expect(text).toContain('kernel:   [[1,2,3],[4,5,6],[7,8,9]]');
    expect(text).toContain('response: [[9,8,7],[6,5,4],[3,2,1]]');
  });

  it('each input channel\'s filters in K are multiples of its depthwise filter (rank one)', () => {
    const spread = Number(/largest spread of K ÷ D over the taps: ([^)\s]+)\)/.exec(outputs.get('eff-kernel') ?? '')?.[1]);
    expect(spread).toBeLessThan(1e-5);
  });
});

describe('lesson cells in Node: batch normalization', () => {
  it('folding BN into the 1×1 convolution before it gives the same outputs with 6·8 + 8 numbers instead of 6·8 + 4·8', () => {
    const text = outputs.get('sep-bn-fold') ?? '';
    expect(text).toContain(`layers: conv + BN = ${6 * 8 + 4 * 8} numbers, folded conv = ${6 * 8 + 8}`);
    expect(Number(/max \|folded − conv then BN\|:\s*(\S+)/.exec(text)?.[1])).toBeLessThan(1e-5);
  });
});
