import { describe, expect, it } from 'vitest';
import { summaryTable } from '../../../src/lib/notebook/model-summary';

describe('summaryTable', () => {
  it('a sequential model: one row per layer with its full name, shape with batch, and parameters; totals in the caption', () => {
    const table = summaryTable({
      modelName: 'sequential_1',
      layers: [
        { name: 'depthwise_conv2d_Depthwise1', className: 'DepthwiseConv2D', outputShape: [null, 32, 32, 64], params: 576, inbound: [] },
        { name: 'batch_normalization_BatchNormalization1', className: 'BatchNormalization', outputShape: [null, 32, 32, 64], params: 256, inbound: ['depthwise_conv2d_Depthwise1'] },
      ],
      totals: { total: 832, trainable: 704 },
    });
    expect(table.columns).toEqual(['Layer (type)', 'Output shape', 'Parameters']);
    expect(table.rows).toEqual([
      ['depthwise_conv2d_Depthwise1 (DepthwiseConv2D)', '[batch, 32, 32, 64]', '576'],
      ['batch_normalization_BatchNormalization1 (BatchNormalization)', '[batch, 32, 32, 64]', '256'],
    ]);
    expect(table.caption).toBe('sequential_1: 832 parameters (704 trainable, 128 non-trainable)');
  });

  it('a functional model with a residual gets a Connected to column', () => {
    const table = summaryTable({
      modelName: 'model1',
      layers: [
        { name: 'input1', className: 'InputLayer', outputShape: [null, 16, 16, 24], params: 0, inbound: [] },
        { name: 'conv', className: 'Conv2D', outputShape: [null, 16, 16, 24], params: 576, inbound: ['input1'] },
        { name: 'add', className: 'Add', outputShape: [null, 16, 16, 24], params: 0, inbound: ['input1', 'conv'] },
      ],
      totals: { total: 576, trainable: 576 },
    });
    expect(table.columns.at(-1)).toBe('Connected to');
    expect(table.rows.at(-1)).toEqual(['add (Add)', '[batch, 16, 16, 24]', '0', 'input1, conv']);
  });
});
