export {
  describeBlock, invertedResidualBlock, layoutBlock, mobileNetV1Block,
  type BlockSpec, type BlockStage, type StageBox, type StageKind,
} from './blocks';
export { channelSliceRank, equivalentKernel, FACTORISATION_EXAMPLE, matrixRank, type SeparableWeights } from './factorisation';
export { rooflineGeometry, type Roof, type RooflineGeometry, type RooflineLayer } from './roofline';
