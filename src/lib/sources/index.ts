export {
  arxivUrl, EFFICIENTNET_V2, EFFICIENTNET_V2_TABLE3, formatCitation, MOBILENET_V1, MOBILENET_V1_TABLE4, MOBILENET_V2,
  type AccuracyRow, type Citation, type FusedRow,
} from './citations';
export { formatPercent, fusedTradeoff, mobileNetTradeoff, type FusedTradeoff, type MobileNetTradeoff } from './derived';
