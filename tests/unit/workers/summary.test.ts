import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { modelSummary, tableSummaries } from '../../../src/workers/show/summary';
import type { Tf } from '../../../src/workers/tf-backend';

const tfjs = tf as unknown as Tf;

beforeAll(async () => {
  tf.env().set('IS_TEST', true);
  await tf.setBackend('cpu');
});

describe('model summaries as tables', () => {
  it('the MobileNet v2 inverted residual of /separable/: full layer names, output shapes and parameters, a residual column', () => {
    const blockIn = tf.input({ shape: [16, 16, 24] });
    let h = tf.layers.conv2d({ filters: 144, kernelSize: 1, useBias: false, name: 'expand' }).apply(blockIn) as tf.SymbolicTensor;
    h = tf.layers.batchNormalization({ name: 'batch_normalization_expand' }).apply(h) as tf.SymbolicTensor;
    h = tf.layers.depthwiseConv2d({ kernelSize: 3, padding: 'same', useBias: false, name: 'depthwise' }).apply(h) as tf.SymbolicTensor;
    h = tf.layers.conv2d({ filters: 24, kernelSize: 1, useBias: false, name: 'project' }).apply(h) as tf.SymbolicTensor;
    const out = tf.layers.add({ name: 'residual' }).apply([blockIn, h]) as tf.SymbolicTensor;
    const model = tf.model({ inputs: blockIn, outputs: out, name: 'inverted_residual' });
    const table = modelSummary(tfjs, model);
    expect(table.columns).toEqual(['Layer (type)', 'Output shape', 'Parameters', 'Connected to']);
    expect(table.rows[2]).toEqual(['batch_normalization_expand (BatchNormalization)', '[batch, 16, 16, 144]', '576', 'expand']);
    expect(table.rows.at(-1)).toEqual(['residual (Add)', '[batch, 16, 16, 24]', '0', `${model.layers[0]?.name}, project`]);
    const total = model.countParams();
    expect(table.caption).toBe(`inverted_residual: ${total.toLocaleString('en-US')} parameters (${(total - 288).toLocaleString('en-US')} trainable, 288 non-trainable)`);
    model.dispose();
  });

  it('model.summary() in a cell shows the table; with a print function it keeps TF.js\'s text', () => {
    const shown: unknown[] = [];
    tableSummaries(tfjs, (model) => shown.push(modelSummary(tfjs, model)));
    const model = tf.sequential({ layers: [tf.layers.dense({ units: 2, inputShape: [3], name: 'only' })] });
    model.summary();
    expect(shown).toHaveLength(1);
    expect((shown[0] as { rows: string[][] }).rows).toEqual([['only (Dense)', '[batch, 2]', '8']]);
    const lines: string[] = [];
    model.summary(60, undefined, (line: string) => lines.push(line));
    expect(lines.join('\n')).toContain('Total params: 8');
    model.dispose();
  });
});
