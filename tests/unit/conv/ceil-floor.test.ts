// The convolution lesson says TensorFlow's ceiling form of the output size equals the floor form of PyTorch's documentation.
import { describe, expect, it } from 'vitest';
import { outputShape } from '../../../src/lib/conv';

describe('output size: ceil form = floor form', () => {
  it('valid: ⌈(H − k + 1)/s⌉ = ⌊(H − k)/s⌋ + 1 = outputShape for H up to 40, k up to 7, s up to 4', () => {
    for (let inHeight = 1; inHeight <= 40; inHeight += 1) {
      for (let kernelSize = 1; kernelSize <= Math.min(7, inHeight); kernelSize += 1) {
        for (let stride = 1; stride <= 4; stride += 1) {
          const floorForm = Math.floor((inHeight - kernelSize) / stride) + 1;
          expect(Math.ceil((inHeight - kernelSize + 1) / stride)).toBe(floorForm);
          expect(outputShape({ kind: 'standard', inHeight, inChannels: 1, outChannels: 1, kernelSize, stride, pad: 'valid' })[1]).toBe(floorForm);
        }
      }
    }
  });
  it('same: ⌈H/s⌉ is the floor form with the padding TensorFlow adds, ⌊(H + padTotal − k)/s⌋ + 1', () => {
    for (let inHeight = 1; inHeight <= 40; inHeight += 1) {
      for (const kernelSize of [1, 3, 5]) {
        for (let stride = 1; stride <= 4; stride += 1) {
          const out = Math.ceil(inHeight / stride);
          const padTotal = Math.max((out - 1) * stride + kernelSize - inHeight, 0);
          expect(Math.floor((inHeight + padTotal - kernelSize) / stride) + 1).toBe(out);
          expect(outputShape({ kind: 'standard', inHeight, inChannels: 1, outChannels: 1, kernelSize, stride, pad: 'same' })[1]).toBe(out);
        }
      }
    }
  });
});
