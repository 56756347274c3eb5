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
  table: 'Table 4, “Depthwise Separable vs Full Convolution MobileNet”',
};

/** Sandler et al. 2018, the MobileNet v2 paper (inverted residuals and linear bottlenecks). */
export const MOBILENET_V2: Citation = {
  authors: 'Mark Sandler, Andrew Howard, Menglong Zhu, Andrey Zhmoginov, Liang-Chieh Chen',
  title: 'MobileNetV2: Inverted Residuals and Linear Bottlenecks',
  year: 2018,
  arxiv: '1801.04381',
  table: 'Figure 3 and Table 1 (the bottleneck residual block)',
};

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

/** EfficientNetV2 Table 3: EfficientNet-B4 as published (MBConv everywhere) and with Fused-MBConv in stages 1–3. */
export const EFFICIENTNET_V2_TABLE3: { readonly noFused: FusedRow; readonly fusedStages1to3: FusedRow } = {
  noFused: { variant: 'No fused', parametersMillions: 19.3, flopsBillions: 4.5, tpuImagesPerSecond: 262, v100ImagesPerSecond: 155, top1Percent: 82.8 },
  fusedStages1to3: { variant: 'Fused stage1-3', parametersMillions: 20.0, flopsBillions: 7.5, tpuImagesPerSecond: 362, v100ImagesPerSecond: 216, top1Percent: 83.1 },
};

/** A citation as one line of text: authors (year). Title. arXiv:id, table. */
export function formatCitation(citation: Citation): string {
  return `${citation.authors} (${citation.year}). ${citation.title}. arXiv:${citation.arxiv}, ${citation.table}.`;
}

/** The paper's page, as a path on arxiv.org (the site links to it; it never loads it). */
export function arxivUrl(citation: Citation): string {
  return `https://arxiv.org/abs/${citation.arxiv}`;
}
