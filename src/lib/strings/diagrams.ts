/** Labels of the block diagrams (src/lib/diagrams/blocks.ts): the stages of MobileNet's blocks and their text alternative. */
export const diagramStrings = {
  mobileNetV1Title: 'MobileNet v1 block',
  invertedResidualTitle: 'MobileNet v2 inverted residual block',
  input: 'input',
  narrowInput: 'input (narrow)',
  depthwise: (stride: number) => (stride === 1 ? '3×3 depthwise' : `3×3 depthwise, stride ${stride}`),
  batchNorm: 'batch norm',
  relu: 'ReLU',
  pointwise: (inChannels: number, outChannels: number) => `1×1 conv, ${inChannels} → ${outChannels}`,
  expand: (expansion: number) => `1×1 expand ×${expansion}, BN, ReLU6`,
  depthwiseRelu6: '3×3 depthwise, BN, ReLU6',
  project: '1×1 project, BN, no activation',
  addInput: 'add the input',
  /** One line of the text alternative: a stage and its output shape. */
  stageLine: (label: string, shape: readonly number[]) => `${label}: [${shape.join(', ')}]`,
  residualLine: 'The input is added to the projected output (the residual connection joins the two narrow ends).',
} as const;
