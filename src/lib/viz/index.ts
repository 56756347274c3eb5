export { channelDomains, divergingDomain, domainFor, maxAbs, sequentialDomain, suggestScaleKind, type ChannelDomainOptions, type Domain, type ScaleKind } from './colour-scale';
export { depthwiseFilterFrom, isPresetName, kernelRows, kernelsOf, presetFilter, presetKernel, presetNames, type DepthwiseFilter, type Kernel, type PresetName } from './kernels';
export { formatKernel, maxKernelSide, parseKernel, type KernelParse } from './kernel-parse';
export { channelOf, channelsOf, coverCrop, imageToTensor, type ResizeOptions, type RgbaImage, type Tensor3 } from './image-tensor';
export { maxImageMegabytes, maxImagePixels, refuseImageFile, refuseImageSize, sniffImageType, type FileFacts, type ImageType } from './image-file';
export { mapSide, photoNamed, photos, photoSide, type Photo } from './photos';
export { formatStepNumber, productsOfChannel, referenceValue, stepAnnouncement, stepForKey, stepModes, stepperModel, type Step, type StepMode, type StepperModel, type StepperOptions } from './stepper';
