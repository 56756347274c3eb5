// Sentences of the lessons whose wording depends on a comparison: each comparison is held here, so the prose stays true.
import { describe, expect, it } from 'vitest';
import { arithmeticIntensity, blockCostRows, BYTES_PER_ELEMENT, depthwiseIntensityBound, elementTraffic, multiplyAdds, parameterCount } from '../../../src/lib/cost';
import {
  EFFICIENTNET_V2, EFFICIENTNET_V2_TABLE3, flopsInSiteConvention, formatPercent, MOBILENET_V1, MOBILENET_V2_EXPANSION, ridgePoint, roofFor,
  SEPARABLE_ORIGIN, SHUFFLENET_V2, SIFRE_2014, V100, XCEPTION,
} from '../../../src/lib/sources';
import { convolutionLayers, networkCostOf } from '../../../src/lib/train/networks';
import { trainStrings } from '../../../src/lib/strings/train';
import { lessonCells, lessonSource } from './mdx';

const dwLayer = { kind: 'depthwise', inHeight: 56, inChannels: 128, kernelSize: 3, pad: 'same', bias: false } as const;
const pwLayer = { kind: 'pointwise', inHeight: 56, inChannels: 128, outChannels: 128, pad: 'same', bias: false } as const;
const pwDeep = { kind: 'pointwise', inHeight: 14, inChannels: 512, outChannels: 512, pad: 'same', bias: false } as const;
const stdLayer = { kind: 'standard', inHeight: 56, inChannels: 128, outChannels: 128, kernelSize: 3, pad: 'same', bias: false } as const;

describe('/cost/: the roofline paragraphs', () => {
  const fp16 = BYTES_PER_ELEMENT.fp16;
  it('in fp32 the pointwise layers and the standard layer sit past the ridge, the depthwise layer far below it (≤ 13 %)', () => {
    for (const layer of [pwLayer, pwDeep, stdLayer]) expect(arithmeticIntensity(layer)).toBeGreaterThan(ridgePoint(V100, 'fp32'));
    expect(arithmeticIntensity(dwLayer) / ridgePoint(V100, 'fp32')).toBeLessThan(0.15);
    expect(formatPercent(arithmeticIntensity(dwLayer) / ridgePoint(V100, 'fp32'))).toBe('13\u00a0%');
  });
  it('in fp16 the depthwise bound doubles to 4.5 and the depthwise layer reaches the same share of the CUDA-core fp16 peak', () => {
    expect(depthwiseIntensityBound({ kernelSize: 3, precision: 'fp16' })).toBe(2 * depthwiseIntensityBound({ kernelSize: 3 }));
    expect(depthwiseIntensityBound({ kernelSize: 3, precision: 'fp16' })).toBe(4.5);
    expect(V100.peakTflops.fp16).toBe(2 * V100.peakTflops.fp32);
    const share32 = arithmeticIntensity(dwLayer) / ridgePoint(V100, 'fp32');
    const share16 = arithmeticIntensity(dwLayer, fp16) / ridgePoint(V100, roofFor('depthwise', 'fp16'));
    expect(share16).toBeCloseTo(share32, 12);
  });
  it('on the tensor-core roof (matrix multiplies only) the fp16 pointwise layers are memory-bound and the standard layer compute-bound', () => {
    expect(roofFor('depthwise', 'fp16')).toBe('fp16');
    expect(roofFor('pointwise', 'fp16')).toBe('fp16Tensor');
    for (const layer of [pwLayer, pwDeep]) expect(arithmeticIntensity(layer, fp16)).toBeLessThan(ridgePoint(V100, 'fp16Tensor'));
    expect(arithmeticIntensity(stdLayer, fp16)).toBeGreaterThan(ridgePoint(V100, 'fp16Tensor'));
  });
  it('the separable block moves more bytes than the standard layer (1.24× as many) while doing far fewer multiply-adds', () => {
    const block = { inHeight: 32, inWidth: 32, inChannels: 64, outChannels: 128, kernelSize: 3, pad: 'same', bias: false } as const;
    const rows = blockCostRows(block);
    const row = (kind: string) => rows.find((entry) => entry.kind === kind)!;
    expect(row('separable').bytes / row('standard').bytes).toBeCloseTo(1.24, 2);
    expect(row('standard').multiplyAdds / row('separable').multiplyAdds).toBeGreaterThan(8);
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

describe('the idea\'s history (/separable/, /effective/)', () => {
  it('Sifre (2013 internship, ICLR 2014, thesis 2014) comes before Xception (posted October 2016) and MobileNet v1 (April 2017)', () => {
    expect(SEPARABLE_ORIGIN.internshipYear).toBeLessThan(SEPARABLE_ORIGIN.iclrYear);
    expect(SIFRE_2014.year).toBe(SEPARABLE_ORIGIN.iclrYear);
    expect(XCEPTION.posted).toBe('October 2016');
    expect(MOBILENET_V1.posted).toBe('April 2017');
    expect(SEPARABLE_ORIGIN.inTensorFlowYear).toBeLessThanOrEqual(2016);
  });
});

describe('two meanings of FLOPs', () => {
  it('ShuffleNet v2 and EfficientNetV2 count a multiply-add as one FLOP: 4.5 B printed is 9.0 B in the site\'s convention', () => {
    expect(SHUFFLENET_V2.flops).toBe('onePerMultiplyAdd');
    expect(flopsInSiteConvention(EFFICIENTNET_V2_TABLE3.noFused.flopsBillions, EFFICIENTNET_V2)).toBe(9);
    expect(() => flopsInSiteConvention(1, XCEPTION)).toThrow('does not say how it counts FLOPs');
  });
  it('the site\'s own FLOPs are two per multiply-add', () => {
    expect(2 * multiplyAdds(dwLayer)).toBe(arithmeticIntensity(dwLayer) * (56 * 56 * 128 * 2 + 9 * 128) * 4);
  });
});

describe('/train/: what differs between the nets', () => {
  it('the separable net has 7 convolution layers to the standard net\'s 4 and 6.4× fewer parameters; the thin net keeps 4', () => {
    expect([convolutionLayers('standard'), convolutionLayers('separable'), convolutionLayers('thin')]).toEqual([4, 7, 4]);
    const ratio = networkCostOf('standard').parameters / networkCostOf('separable').parameters;
    expect(ratio.toFixed(1)).toBe('6.4');
    expect(trainStrings.lede(4, 7, ratio)).toContain('(7 convolution layers to 4, 6.4× fewer parameters)');
  });
});
