// The MobileNet v1 block and the v2 inverted residual as data: their stages, with shapes computed by the conv library.
import { outputShape } from '../conv';
import { diagramStrings as d } from '../strings/diagrams';

/** What a stage is, for its colour and its text alternative. */
export type StageKind = 'tensor' | 'depthwise' | 'pointwise' | 'norm' | 'activation' | 'add';

/** One stage of a block diagram: a name, what it does, and the tensor shape after it ([height, width, channels]). */
export interface BlockStage {
  readonly kind: StageKind;
  readonly label: string;
  readonly shape: readonly [number, number, number];
}

/** A block drawn as a column of stages, with an optional residual from the first stage to the last. */
export interface BlockSpec {
  readonly title: string;
  readonly stages: readonly BlockStage[];
  readonly residual: boolean;
}

const dwShape = (height: number, channels: number, stride: number): [number, number, number] => {
  const [, outHeight, outWidth, outChannels] = outputShape({ kind: 'depthwise', inHeight: height, inChannels: channels, kernelSize: 3, stride, pad: 'same' });
  return [outHeight, outWidth, outChannels];
};

/** MobileNet v1's block (Figure 3 of the paper): 3×3 depthwise → BN → ReLU → 1×1 → BN → ReLU, on [height, height, inChannels]. */
export function mobileNetV1Block(options: { height: number; inChannels: number; outChannels: number; stride?: number }): BlockSpec {
  const { height, inChannels, outChannels, stride = 1 } = options;
  const [h, w] = dwShape(height, inChannels, stride);
  return {
    title: d.mobileNetV1Title,
    residual: false,
    stages: [
      { kind: 'tensor', label: d.input, shape: [height, height, inChannels] },
      { kind: 'depthwise', label: d.depthwise(stride), shape: [h, w, inChannels] },
      { kind: 'norm', label: d.batchNorm, shape: [h, w, inChannels] },
      { kind: 'activation', label: d.relu, shape: [h, w, inChannels] },
      { kind: 'pointwise', label: d.pointwise(inChannels, outChannels), shape: [h, w, outChannels] },
      { kind: 'norm', label: d.batchNorm, shape: [h, w, outChannels] },
      { kind: 'activation', label: d.relu, shape: [h, w, outChannels] },
    ],
  };
}

/** MobileNet v2's inverted residual (stride 1, same channels in and out): 1×1 expand → depthwise → linear 1×1 project, plus the input. */
export function invertedResidualBlock(options: { height: number; channels: number; expansion: number }): BlockSpec {
  const { height, channels, expansion } = options;
  const wide = channels * expansion;
  return {
    title: d.invertedResidualTitle,
    residual: true,
    stages: [
      { kind: 'tensor', label: d.narrowInput, shape: [height, height, channels] },
      { kind: 'pointwise', label: d.expand(expansion), shape: [height, height, wide] },
      { kind: 'depthwise', label: d.depthwiseRelu6, shape: dwShape(height, wide, 1) },
      { kind: 'pointwise', label: d.project, shape: [height, height, channels] },
      { kind: 'add', label: d.addInput, shape: [height, height, channels] },
    ],
  };
}

/** A box of the laid-out diagram, in SVG user units. */
export interface StageBox extends BlockStage {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The block laid out top to bottom: a box per stage, the arrows between them, and the residual path if any. */
export function layoutBlock(spec: BlockSpec, options: { width?: number; boxHeight?: number; gap?: number } = {}): {
  boxes: StageBox[]; arrows: { x: number; y1: number; y2: number }[]; residual: string | null; width: number; height: number;
} {
  const { width = 480, boxHeight = 34, gap = 18 } = options;
  const boxWidth = width - 80;
  const boxes = spec.stages.map((stage, index) => ({ ...stage, x: 20, y: 10 + index * (boxHeight + gap), width: boxWidth, height: boxHeight }));
  const centre = 20 + boxWidth / 2;
  const arrows = boxes.slice(1).map((box, index) => ({ x: centre, y1: boxes[index]!.y + boxHeight, y2: box.y }));
  const first = boxes[0]!;
  const last = boxes.at(-1)!;
  const side = 20 + boxWidth + 30;
  const residual = spec.residual
    ? `M ${20 + boxWidth} ${first.y + boxHeight / 2} H ${side} V ${last.y + boxHeight / 2} H ${20 + boxWidth}`
    : null;
  return { boxes, arrows, residual, width, height: last.y + boxHeight + 10 };
}

/** The block as text, one line per stage, for the diagram's text alternative. */
export function describeBlock(spec: BlockSpec): string[] {
  const lines = spec.stages.map((stage) => d.stageLine(stage.label, stage.shape));
  if (spec.residual) lines.push(d.residualLine);
  return lines;
}
