// Published numbers the lessons cite, each with where it comes from, so a reader can check it and a test can hold it.

/** A paper, cited by authors, title, year and arXiv id; `table` names where the numbers are. */
export interface Citation {
  readonly authors: string;
  readonly title: string;
  readonly year: number;
  readonly arxiv: string;
  readonly table: string;
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
  table: 'Table 4, “Depthwise Separable vs Full Convolution MobileNet”; Tables 1 and 2 (p. 4), the body and its resources per layer type',
};

/** Sandler et al. 2018, the MobileNet v2 paper (inverted residuals and linear bottlenecks). */
export const MOBILENET_V2: Citation = {
  authors: 'Mark Sandler, Andrew Howard, Menglong Zhu, Andrey Zhmoginov, Liang-Chieh Chen',
  title: 'MobileNetV2: Inverted Residuals and Linear Bottlenecks',
  year: 2018,
  arxiv: '1801.04381',
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
  table: 'Table 3, “Replacing MBConv with Fused-MBConv” (EfficientNet-B4)',
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

/** EfficientNetV2 Table 3 (p. 4): EfficientNet-B4 as published (MBConv everywhere) and with Fused-MBConv in more and more stages. */
export const EFFICIENTNET_V2_TABLE3: {
  readonly noFused: FusedRow; readonly fusedStages1to3: FusedRow; readonly fusedStages1to5: FusedRow; readonly fusedStages1to7: FusedRow;
} = {
  noFused: { variant: 'No fused', parametersMillions: 19.3, flopsBillions: 4.5, tpuImagesPerSecond: 262, v100ImagesPerSecond: 155, top1Percent: 82.8 },
  fusedStages1to3: { variant: 'Fused stage1-3', parametersMillions: 20.0, flopsBillions: 7.5, tpuImagesPerSecond: 362, v100ImagesPerSecond: 216, top1Percent: 83.1 },
  fusedStages1to5: { variant: 'Fused stage1-5', parametersMillions: 43.4, flopsBillions: 21.3, tpuImagesPerSecond: 327, v100ImagesPerSecond: 223, top1Percent: 83.1 },
  fusedStages1to7: { variant: 'Fused stage1-7', parametersMillions: 132.0, flopsBillions: 34.4, tpuImagesPerSecond: 254, v100ImagesPerSecond: 206, top1Percent: 81.7 },
};

/** The caption of EfficientNetV2 Table 3 on its row names: "stage1-3" counts from the stem, so it is MBConv stages 2, 3 and 4. */
export const EFFICIENTNET_V2_TABLE3_NOTE = 'Fused stage1-3 denotes replacing MBConv with Fused-MBConv in stage {2, 3, 4}';

/** One layer type of MobileNet v1 Table 2, “Resource Per Layer Type” (p. 4): its share of mult-adds and of parameters, in %. */
export interface ResourceShareRow {
  readonly type: 'conv3x3' | 'depthwise3x3' | 'pointwise' | 'fullyConnected';
  readonly label: string;
  readonly multiplyAddsPercent: number;
  readonly parametersPercent: number;
}

/** MobileNet v1 Table 2 (p. 4) as printed: where the network's mult-adds and parameters are. */
export const MOBILENET_V1_TABLE2: readonly ResourceShareRow[] = [
  { type: 'pointwise', label: 'Conv 1 × 1', multiplyAddsPercent: 94.86, parametersPercent: 74.59 },
  { type: 'depthwise3x3', label: 'Conv DW 3 × 3', multiplyAddsPercent: 3.06, parametersPercent: 1.06 },
  { type: 'conv3x3', label: 'Conv 3 × 3', multiplyAddsPercent: 1.19, parametersPercent: 0.02 },
  { type: 'fullyConnected', label: 'Fully Connected', multiplyAddsPercent: 0.18, parametersPercent: 24.33 },
];

/** Chollet 2017, the Xception paper: depthwise separable convolutions as an extreme Inception module; the origin of Keras's SeparableConv2D. */
export const XCEPTION: Citation = {
  authors: 'François Chollet',
  title: 'Xception: Deep Learning with Depthwise Separable Convolutions',
  year: 2017,
  arxiv: '1610.02357',
  table: 'Figure 10, an intermediate activation between the depthwise and pointwise operations',
};

/** Ma et al. 2018, the ShuffleNet v2 paper: FLOPs do not predict speed, on GPUs nor on ARM phones. */
export const SHUFFLENET_V2: Citation = {
  authors: 'Ningning Ma, Xiangyu Zhang, Hai-Tao Zheng, Jian Sun',
  title: 'ShuffleNet V2: Practical Guidelines for Efficient CNN Architecture Design',
  year: 2018,
  arxiv: '1807.11164',
  table: 'Figure 1, speed against FLOPs on a GPU and on an ARM phone',
};

/** A citation as one line of text: authors (year). Title. arXiv:id, table. */
export function formatCitation(citation: Citation): string {
  return `${citation.authors} (${citation.year}). ${citation.title}. arXiv:${citation.arxiv}, ${citation.table}.`;
}

/** The paper's page, as a path on arxiv.org (the site links to it; it never loads it). */
export function arxivUrl(citation: Citation): string {
  return `https://arxiv.org/abs/${citation.arxiv}`;
}
