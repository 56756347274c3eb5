// Sentences of the lessons whose wording depends on a comparison: each comparison is held here, so the prose stays true.
import { describe, expect, it } from 'vitest';
import { arithmeticIntensity, blockCostRows, BYTES_PER_ELEMENT, elementTraffic, parameterCount } from '../../../src/lib/cost';
import { EFFICIENTNET_V2_TABLE3, MOBILENET_V2_EXPANSION, ridgePoint, V100 } from '../../../src/lib/sources';
import { lessonCells, lessonSource } from './mdx';

const dwLayer = { kind: 'depthwise', inHeight: 56, inChannels: 128, kernelSize: 3, pad: 'same', bias: false } as const;
const pwLayer = { kind: 'pointwise', inHeight: 56, inChannels: 128, outChannels: 128, pad: 'same', bias: false } as const;
const pwDeep = { kind: 'pointwise', inHeight: 14, inChannels: 512, outChannels: 512, pad: 'same', bias: false } as const;
const stdLayer = { kind: 'standard', inHeight: 56, inChannels: 128, outChannels: 128, kernelSize: 3, pad: 'same', bias: false } as const;

describe('/cost/: the roofline paragraph', () => {
  it('pointwise layers sit between the V100 fp32 and fp16 ridges, the standard layer past both, depthwise far below', () => {
    for (const layer of [pwLayer, pwDeep]) {
      expect(arithmeticIntensity(layer)).toBeGreaterThan(ridgePoint(V100, 'fp32'));
      expect(arithmeticIntensity(layer)).toBeLessThan(ridgePoint(V100, 'fp16'));
    }
    expect(arithmeticIntensity(stdLayer)).toBeGreaterThan(ridgePoint(V100, 'fp16'));
    expect(arithmeticIntensity(dwLayer) / ridgePoint(V100, 'fp32')).toBeLessThan(0.15);
  });
  it('fusing the seed block would move fewer bytes than the standard convolution (1,345,792 − 524,288 < 1,081,344)', () => {
    const block = { inHeight: 32, inWidth: 32, inChannels: 64, outChannels: 128, kernelSize: 3, pad: 'same', bias: false } as const;
    const bytes = (kind: string) => blockCostRows(block).find((row) => row.kind === kind)!.bytes;
    const roundTrip = 2 * elementTraffic({ ...block, kind: 'separable' }).intermediate * BYTES_PER_ELEMENT.fp32;
    expect(roundTrip).toBe(524_288);
    expect(bytes('separable')).toBeGreaterThan(bytes('standard'));
    expect(bytes('separable') - roundTrip).toBeLessThan(bytes('standard'));
  });
});

describe('/depthwise/: the fair comparison', () => {
  it('3 → 16: 27 + 48 = 75 against 432, or 91 against 448 with biases: about 5 times fewer, not 17', () => {
    const block = (bias: boolean) => parameterCount({ kind: 'separable', kernelSize: 3, inChannels: 3, outChannels: 16, bias });
    const standard = (bias: boolean) => parameterCount({ kind: 'standard', kernelSize: 3, inChannels: 3, outChannels: 16, bias });
    expect([block(false), standard(false), block(true), standard(true)]).toEqual([75, 432, 91, 448]);
    expect(Math.round(standard(true) / block(true))).toBe(5);
    expect(Math.round(standard(true) / parameterCount({ kind: 'depthwise', kernelSize: 3, inChannels: 3, bias: false }))).toBe(17);
  });
});

describe('/effective/: per-device reading of EfficientNetV2 Table 3', () => {
  const { fusedStages1to3: three, fusedStages1to5: five, fusedStages1to7: seven, noFused: none } = EFFICIENTNET_V2_TABLE3;
  it('on the TPU stages 1–5 are slower than 1–3; on the V100 they are faster', () => {
    expect(five.tpuImagesPerSecond).toBeLessThan(three.tpuImagesPerSecond);
    expect(five.v100ImagesPerSecond).toBeGreaterThan(three.v100ImagesPerSecond);
    expect(five.top1Percent).toBe(three.top1Percent);
  });
  it('fusing every stage is slower than 1–3 on both devices, slower than no fusion on the TPU, and less accurate than no fusion', () => {
    expect(seven.tpuImagesPerSecond).toBeLessThan(three.tpuImagesPerSecond);
    expect(seven.v100ImagesPerSecond).toBeLessThan(three.v100ImagesPerSecond);
    expect(seven.tpuImagesPerSecond).toBeLessThan(none.tpuImagesPerSecond);
    expect(seven.top1Percent).toBeLessThan(none.top1Percent);
  });
});

describe('/separable/: the v2 cell builds what the prose and the diagram describe', () => {
  it('uses the paper\'s expansion factor', () => {
    const cell = lessonCells(lessonSource('separable.mdx')).find((entry) => entry.id === 'sep-mobilenet-v2');
    expect(cell?.code).toContain(`expansion = ${MOBILENET_V2_EXPANSION};`);
  });
});
