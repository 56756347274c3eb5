export {
  arxivUrl, flopsInSiteConvention, IMAGENET, SEPARABLE_ORIGIN, SIFRE_2014, ZHANG_LO_LU, ZHANG_LO_LU_SPEEDUP_OVER_TVM, MOBILENET_V2_EXPANSION, EFFICIENTNET_V2, EFFICIENTNET_V2_TABLE3, EFFICIENTNET_V2_TABLE3_NOTE, formatCitation, MOBILENET_V1, MOBILENET_V1_TABLE2,
  MOBILENET_V1_TABLE4, MOBILENET_V2, SHUFFLENET_V1, SHUFFLENET_V2, SHUFFLENET_V2_GUIDELINES, XCEPTION,
  type AccuracyRow, type Guideline, type Citation, type FlopConvention, type FusedRow, type ResourceShareRow,
} from './citations';
export { formatPercent, fusedTradeoff, mobileNetTradeoff, type FusedTradeoff, type MobileNetTradeoff } from './derived';
export { mobileNetV1Layers, mobileNetV1Shares, type MobileNetLayer, type MobileNetLayerType, type ResourceShare } from './mobilenet-v1';
export { ridgePoint, roofFor, V100, type DeviceSpec, type FigureSource, type RoofName } from './hardware';
