export { decodePack, encodePack, PACK_HEADER_BYTES, type DigitPack, type DigitSet } from './pack';
export { seededPermutation, stratifiedSplit, testQuota, type SplitIndices } from './split';
export { DIGIT_SPLIT, greyLevelsToBytes, labelCounts, packFromGreyLevels } from './source';
export { centreOfMass, inkBox, mnistStyle, type GreyImage, type MnistStyleOptions } from './preprocess';
