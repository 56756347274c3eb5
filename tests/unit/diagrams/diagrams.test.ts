// The static diagrams are drawn from data: shapes from the conv library, K from D and P, roofs from the lab's roofline model.
import { describe, expect, it } from 'vitest';
import {
  channelSliceRank, describeBlock, equivalentKernel, FACTORISATION_EXAMPLE, invertedResidualBlock, layoutBlock, matrixRank,
  mobileNetV1Block, rooflineGeometry,
} from '../../../src/lib/diagrams';

describe('block diagrams', () => {
  it('mobileNetV1Block({height: 56, inChannels: 64, outChannels: 128, stride: 2}) halves the size in the depthwise stage and widens in the 1×1', () => {
    const block = mobileNetV1Block({ height: 56, inChannels: 64, outChannels: 128, stride: 2 });
    expect(block.stages.map((stage) => stage.shape)).toEqual([
      [56, 56, 64], [28, 28, 64], [28, 28, 64], [28, 28, 64], [28, 28, 128], [28, 28, 128], [28, 28, 128],
    ]);
    expect(describeBlock(block)[1]).toBe('3×3 depthwise, stride 2: [28, 28, 64]');
  });
  it('invertedResidualBlock expands 24 → 144, projects back to 24 and draws the residual between the narrow ends', () => {
    const block = invertedResidualBlock({ height: 16, channels: 24, expansion: 6 });
    expect(block.stages.map((stage) => stage.shape[2])).toEqual([24, 144, 144, 24, 24]);
    const layout = layoutBlock(block);
    expect(layout.boxes).toHaveLength(5);
    expect(layout.arrows).toHaveLength(4);
    expect(layout.residual).toMatch(/^M \d+ \d+ H \d+ V \d+ H \d+$/);
    expect(layoutBlock(mobileNetV1Block({ height: 8, inChannels: 4, outChannels: 8 })).residual).toBeNull();
    expect(describeBlock(block).at(-1)).toMatch(/residual/);
  });
});

describe('K = D·P', () => {
  it('K[c][n] is P[c][n] times channel c\'s filter', () => {
    const kernel = equivalentKernel(FACTORISATION_EXAMPLE);
    expect(kernel).toHaveLength(2);
    expect(kernel[0]).toHaveLength(3);
    expect(kernel[0]![1]).toEqual([[2, 0, -2], [4, 0, -4], [2, 0, -2]]);
    expect(kernel[1]![2]).toEqual([[-1, -2, -1], [-2, -4, -2], [-1, -2, -1]]);
  });
  it('each input channel\'s slice has rank 1 with multiplier 1 and rank 2 with multiplier 2', () => {
    const single = equivalentKernel(FACTORISATION_EXAMPLE);
    expect(channelSliceRank(single, 0)).toBe(1);
    expect(channelSliceRank(single, 1)).toBe(1);
    const doubled = equivalentKernel({
      depthwise: [[[[1, 0, -1], [2, 0, -2], [1, 0, -1]], [[1, 2, 1], [0, 0, 0], [-1, -2, -1]]]],
      pointwise: [[1, 0, 1, 2], [0, 1, 1, -1]],
    });
    expect(channelSliceRank(doubled, 0)).toBe(2);
    expect(() => channelSliceRank(doubled, 1)).toThrow('invalid channel: 1');
  });
  it('matrixRank counts independent rows', () => {
    expect(matrixRank([[1, 2], [2, 4]])).toBe(1);
    expect(matrixRank([[1, 0, 0], [0, 1, 0], [0, 0, 1]])).toBe(3);
    expect(matrixRank([[0, 0], [0, 0]])).toBe(0);
  });
});

describe('rooflineGeometry', () => {
  const roofs = [{ label: 'fp32', bandwidth: 900, peak: 15_700 }, { label: 'fp16', bandwidth: 900, peak: 125_000 }];
  const layers = [
    { label: 'depthwise', kind: 'depthwise', intensity: 2.25 },
    { label: 'pointwise', kind: 'pointwise', intensity: 55 },
  ] as const;
  it('puts the ridge at peak ÷ bandwidth and caps a layer at bandwidth × intensity below it', () => {
    const geometry = rooflineGeometry(roofs, layers);
    expect(geometry.roofs[0]!.ridge).toBeCloseTo(17.44, 2);
    expect(geometry.roofs[1]!.ridge).toBeCloseTo(138.9, 1);
    expect(geometry.layers[0]!.gflops).toBeCloseTo(900 * 2.25, 6);
    expect(geometry.layers[0]!.fractionOfPeak).toBeCloseTo(2025 / 15_700, 6);
    expect(geometry.layers[1]!.fractionOfPeak).toBe(1);
  });
  it('draws higher intensities further right and higher throughput further up', () => {
    const geometry = rooflineGeometry(roofs, layers);
    expect(geometry.layers[1]!.x).toBeGreaterThan(geometry.layers[0]!.x);
    expect(geometry.layers[1]!.y).toBeLessThan(geometry.layers[0]!.y);
    expect(geometry.xTicks.map((tick) => tick.value)).toEqual([0.1, 1, 10, 100, 1000]);
    expect(() => rooflineGeometry([], layers)).toThrow('invalid roofs: none');
  });
});
