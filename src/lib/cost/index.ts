export {
  assertExactCount, normalizeLayer, separableParts,
  type ConvWorkload, type CostKind, type LayerSpec, type NormalizedLayer,
} from './layer';
export { parameterBreakdown, parameterCount, type ParameterBreakdown } from './parameters';
export { flops, multiplyAdds, multiplyAddsPerPixel, outputPixels, workloadOutputShape } from './multiply-adds';
export {
  arithmeticIntensity, BYTES_PER_FLOAT32, bytesMoved, elementTraffic, type ElementTraffic,
} from './memory';
export {
  compareSeparable, separableCostRatio, separableCostRatioClosedForm,
  type BlockWorkload, type SeparableComparison,
} from './ratio';
export { formatCount, formatDecimal, formatRatio } from './format';
export { blockCostRows, type CostRow } from './summary';
export { BYTES_PER_ELEMENT, depthwiseIntensityBound, type DepthwiseBoundOptions, type Precision } from './bound';
export { layerCost, networkCost, type NetworkCost, type NetworkLayer } from './network';
export {
  groupedMultiplyAdds, groupedParameters, groupKind, groupSpectrum, validGroups,
  type GroupedWorkload, type GroupKind, type GroupPoint,
} from './grouped';
