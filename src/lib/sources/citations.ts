// Published numbers the lessons cite, each with where it comes from, so a reader can check it and a test can hold it.

/**
 * How a paper counts "FLOPs": one per multiply-add (MobileNet's "mult-adds", which ShuffleNet v2 and the EfficientNet
 * papers call FLOPs) or two per multiply-add (a multiplication and an addition: this site's convention, see /cost/).
 */
export type FlopConvention = 'onePerMultiplyAdd' | 'twoPerMultiplyAdd';

/**
 * A paper, cited by authors, title, year (of the version cited: the venue's, else the first posting) and, when it has
 * one, its arXiv id and the month it was first posted there; `table` names where the numbers are, `flops` how it counts.
 */
export interface Citation {
  readonly authors: string;
  readonly title: string;
  readonly year: number;
  readonly arxiv?: string;
  readonly posted?: string;
  readonly venue?: string;
  readonly table: string;
  readonly flops?: FlopConvention;
}

/** One model row of a published table: ImageNet top-1 accuracy (%), multiply-adds (millions) and parameters (millions). */
export interface AccuracyRow {
  readonly model: string;
  readonly top1Percent: number;
  readonly multiplyAddsMillions: number;
  readonly parametersMillions: number;
}

/** Howard et al. 2017, the MobileNet v1 paper. */
export const MOBILENET_V1: Citation = {
  authors: 'Andrew G. Howard, Menglong Zhu, Bo Chen, Dmitry Kalenichenko, Weijun Wang, Tobias Weyand, Marco Andreetto, Hartwig Adam',
  title: 'MobileNets: Efficient Convolutional Neural Networks for Mobile Vision Applications',
  year: 2017,
  arxiv: '1704.04861',
  posted: 'April 2017',
  table: 'Table 4, “Depthwise Separable vs Full Convolution MobileNet”; Tables 1 and 2, the body and its resources per layer type; §2, the depthwise separable convolution “originally introduced in [26]” (Sifre)',
  flops: 'onePerMultiplyAdd',
};

/** Sandler et al. 2018, the MobileNet v2 paper (inverted residuals and linear bottlenecks). */
export const MOBILENET_V2: Citation = {
  authors: 'Mark Sandler, Andrew Howard, Menglong Zhu, Andrey Zhmoginov, Liang-Chieh Chen',
  title: 'MobileNetV2: Inverted Residuals and Linear Bottlenecks',
  year: 2018,
  arxiv: '1801.04381',
  posted: 'January 2018',
  venue: 'CVPR 2018',
  table: 'Figure 3 and Table 1 (the bottleneck residual block)',
};

/** The ImageNet (ILSVRC 2012) classification task the papers report top-1 accuracy on: its validation images and classes. */
export const IMAGENET = { validationImages: 50_000, classes: 1000 } as const;

/** MobileNet v2's expansion factor t for all but the first bottleneck block (Table 2 of the v2 paper). */
export const MOBILENET_V2_EXPANSION = 6;

/** MobileNet v1 Table 4: the same 28-layer network built with full 3×3 convolutions, and with depthwise separable ones. */
export const MOBILENET_V1_TABLE4: { readonly fullConvolution: AccuracyRow; readonly depthwiseSeparable: AccuracyRow } = {
  fullConvolution: { model: 'Conv MobileNet', top1Percent: 71.7, multiplyAddsMillions: 4866, parametersMillions: 29.3 },
  depthwiseSeparable: { model: 'MobileNet', top1Percent: 70.6, multiplyAddsMillions: 569, parametersMillions: 4.2 },
};

/** Tan & Le 2021, the EfficientNetV2 paper. */
export const EFFICIENTNET_V2: Citation = {
  authors: 'Mingxing Tan, Quoc V. Le',
  title: 'EfficientNetV2: Smaller Models and Faster Training',
  year: 2021,
  arxiv: '2104.00298',
  posted: 'April 2021',
  venue: 'ICML 2021',
  table: 'Table 3, “Replacing MBConv with Fused-MBConv” (EfficientNet-B4)',
  flops: 'onePerMultiplyAdd',
};

/** One EfficientNetV2 Table 3 row: parameters (millions), FLOPs (billions), training throughput (images/s) on TPUv3 per core and V100 per GPU, top-1 (%). */
export interface FusedRow {
  readonly variant: string;
  readonly parametersMillions: number;
  readonly flopsBillions: number;
  readonly tpuImagesPerSecond: number;
  readonly v100ImagesPerSecond: number;
  readonly top1Percent: number;
}

/** EfficientNetV2 Table 3: EfficientNet-B4 as published (MBConv everywhere) and with Fused-MBConv in more and more stages. */
export const EFFICIENTNET_V2_TABLE3: {
  readonly noFused: FusedRow; readonly fusedStages1to3: FusedRow; readonly fusedStages1to5: FusedRow; readonly fusedStages1to7: FusedRow;
} = {
  noFused: { variant: 'No fused', parametersMillions: 19.3, flopsBillions: 4.5, tpuImagesPerSecond: 262, v100ImagesPerSecond: 155, top1Percent: 82.8 },
  fusedStages1to3: { variant: 'Fused stage1-3', parametersMillions: 20.0, flopsBillions: 7.5, tpuImagesPerSecond: 362, v100ImagesPerSecond: 216, top1Percent: 83.1 },
  fusedStages1to5: { variant: 'Fused stage1-5', parametersMillions: 43.4, flopsBillions: 21.3, tpuImagesPerSecond: 327, v100ImagesPerSecond: 223, top1Percent: 83.1 },
  fusedStages1to7: { variant: 'Fused stage1-7', parametersMillions: 132.0, flopsBillions: 34.4, tpuImagesPerSecond: 254, v100ImagesPerSecond: 206, top1Percent: 81.7 },
};

/**
 * The note under EfficientNetV2 Table 3 on its row names: "stage1-3" counts MBConv stages only (the first three), which
 * the note numbers 2, 3 and 4 because its stage 1 is the stem convolution.
 */
export const EFFICIENTNET_V2_TABLE3_NOTE = 'Fused stage1-3 denotes replacing MBConv with Fused-MBConv in stage {2, 3, 4}';

/** One layer type of MobileNet v1 Table 2, “Resource Per Layer Type”: its share of mult-adds and of parameters, in %. */
export interface ResourceShareRow {
  readonly type: 'conv3x3' | 'depthwise3x3' | 'pointwise' | 'fullyConnected';
  readonly label: string;
  readonly multiplyAddsPercent: number;
  readonly parametersPercent: number;
}

/** MobileNet v1 Table 2 as printed: where the network's mult-adds and parameters are. */
export const MOBILENET_V1_TABLE2: readonly ResourceShareRow[] = [
  { type: 'pointwise', label: 'Conv 1 × 1', multiplyAddsPercent: 94.86, parametersPercent: 74.59 },
  { type: 'depthwise3x3', label: 'Conv DW 3 × 3', multiplyAddsPercent: 3.06, parametersPercent: 1.06 },
  { type: 'conv3x3', label: 'Conv 3 × 3', multiplyAddsPercent: 1.19, parametersPercent: 0.02 },
  { type: 'fullyConnected', label: 'Fully Connected', multiplyAddsPercent: 0.18, parametersPercent: 24.33 },
];

/**
 * Chollet, the Xception paper (arXiv October 2016, CVPR 2017): depthwise separable convolutions as an extreme Inception
 * module, a whole network of them, and Keras's SeparableConv2D. Its §2 credits the operation to Sifre (2013–2014).
 */
export const XCEPTION: Citation = {
  authors: 'François Chollet',
  title: 'Xception: Deep Learning with Depthwise Separable Convolutions',
  year: 2017,
  arxiv: '1610.02357',
  posted: 'October 2016',
  venue: 'CVPR 2017',
  table: '§2, prior work (Sifre’s depthwise separable convolutions, Inception V1 and V2); Figure 10, an intermediate activation between the depthwise and pointwise operations',
};

/**
 * Sifre's PhD thesis: the depthwise separable convolution he developed during a Google Brain internship in 2013 and used
 * in AlexNet-style networks (section 6.2), first shown at ICLR 2014 — the work Xception §2 and MobileNet v1 credit.
 */
export const SIFRE_2014: Citation = {
  authors: 'Laurent Sifre',
  title: 'Rigid-Motion Scattering for Image Classification',
  year: 2014,
  venue: 'PhD thesis, École Polytechnique',
  table: 'section 6.2, depthwise separable convolutions in a convolutional network',
};

/**
 * The history Xception §2 gives: Sifre developed depthwise separable convolutions in a Google Brain internship (2013),
 * showed them at ICLR 2014, and the operation was in TensorFlow by 2016, before Xception and MobileNet were posted.
 */
export const SEPARABLE_ORIGIN = { internshipYear: 2013, iclrYear: 2014, inTensorFlowYear: 2016 } as const;

/** Zhang, Lo & Lu (AAAI 2020): a roofline of a quad-core ARM Cortex-A57 for MobileNet v1, and depthwise and pointwise kernels that use it better. */
export const ZHANG_LO_LU: Citation = {
  authors: 'Pengfei Zhang, Eric Lo, Baotong Lu',
  title: 'High Performance Depthwise and Pointwise Convolutions on Mobile Devices',
  year: 2020,
  arxiv: '2001.02504',
  posted: 'January 2020',
  venue: 'AAAI 2020',
  table: 'Figure 1, the roofline of an ARM Cortex-A57 for MobileNet v1 inference, with existing implementations (TensorFlow Lite among them) far below it',
};

/** Zhang, Lo & Lu's abstract: their depthwise and pointwise kernels ran up to this many times faster than TVM's on ARM. */
export const ZHANG_LO_LU_SPEEDUP_OVER_TVM = { depthwise: 5.5, pointwise: 2.1 } as const;

/** Zhang et al., the ShuffleNet paper: grouped 1×1 convolutions with a channel shuffle, to cut the cost of the pointwise layers. */
export const SHUFFLENET_V1: Citation = {
  authors: 'Xiangyu Zhang, Xinyu Zhou, Mengxiao Lin, Jian Sun',
  title: 'ShuffleNet: An Extremely Efficient Convolutional Neural Network for Mobile Devices',
  year: 2018,
  arxiv: '1707.01083',
  posted: 'July 2017',
  venue: 'CVPR 2018',
  table: '§3.1–3.2, pointwise group convolutions and the channel shuffle',
  flops: 'onePerMultiplyAdd',
};

/** Ma et al. 2018, the ShuffleNet v2 paper: FLOPs do not predict speed, on GPUs nor on ARM phones. */
export const SHUFFLENET_V2: Citation = {
  authors: 'Ningning Ma, Xiangyu Zhang, Hai-Tao Zheng, Jian Sun',
  title: 'ShuffleNet V2: Practical Guidelines for Efficient CNN Architecture Design',
  year: 2018,
  arxiv: '1807.11164',
  posted: 'July 2018',
  venue: 'ECCV 2018',
  table: 'Figure 1, speed against FLOPs on a GPU and on an ARM phone (a Qualcomm Snapdragon 810); footnote 1, FLOPs are multiply-adds',
  flops: 'onePerMultiplyAdd',
};

/** One of ShuffleNet v2's four practical guidelines (§2), in the paper's words: there "MAC" is memory access cost, not multiply-accumulates. */
export interface Guideline {
  id: 'G1' | 'G2' | 'G3' | 'G4';
  text: string;
}

/** ShuffleNet v2's guidelines for efficient network design, measured on a GPU and an ARM phone (Ma et al. 2018, §2). */
export const SHUFFLENET_V2_GUIDELINES: readonly Guideline[] = [
  { id: 'G1', text: 'Equal channel width minimizes memory access cost (MAC)' },
  { id: 'G2', text: 'Excessive group convolution increases MAC' },
  { id: 'G3', text: 'Network fragmentation reduces degree of parallelism' },
  { id: 'G4', text: 'Element-wise operations are non-negligible' },
];

/** A citation as one line of text: authors (year). Title. Venue. arXiv:id (first posted Month YYYY), table. */
export function formatCitation(citation: Citation): string {
  const venue = citation.venue ? ` ${citation.venue}.` : '';
  const arxiv = citation.arxiv ? ` arXiv:${citation.arxiv}${citation.posted ? ` (first posted ${citation.posted})` : ''},` : '';
  return `${citation.authors} (${citation.year}). ${citation.title}.${venue}${arxiv} ${citation.table}.`;
}

/** The paper's page, as a path on arxiv.org (the site links to it; it never loads it); throws for a work with no arXiv id. */
export function arxivUrl(citation: Citation): string {
  if (!citation.arxiv) throw new Error(`invalid citation: ${citation.title} has no arXiv id`);
  return `https://arxiv.org/abs/${citation.arxiv}`;
}

/** A count of "FLOPs" a paper printed, in this site's convention (two FLOPs per multiply-add). */
export function flopsInSiteConvention(printed: number, citation: Citation): number {
  if (!citation.flops) throw new Error(`invalid citation: ${citation.title} does not say how it counts FLOPs`);
  return citation.flops === 'onePerMultiplyAdd' ? 2 * printed : printed;
}
