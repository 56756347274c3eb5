// The "what shape comes out?" widget's maths: a depthwise layer's output shape with each size's formula written out.
import { conv2dInfo, outputChannels, type Padding } from '../conv';
import { fieldStrings as s } from '../strings/fields';

/** The widget's fields as the reader typed them (strings), keyed by TF.js geometry words. */
export interface ShapeFields {
  inHeight: string;
  inWidth: string;
  inChannels: string;
  kernelSize: string;
  stride: string;
  dilation: string;
  pad: string;
  chMul: string;
}

/** Labels for the fields, used in messages that name the bad input. */
export type ShapeFieldLabels = Record<keyof ShapeFields, string>;

/** The output shape [1, outHeight, outWidth, channels] and one formula line per size, or a message naming the bad input. */
export type ShapeExplanation =
  | { ok: true; shape: [number, number, number, number]; lines: string[] }
  | { ok: false; message: string };

const LIMIT = 4096;

function readInteger(label: string, text: string): number | string {
  const value = Number(text.trim());
  if (text.trim() === '' || !Number.isInteger(value) || value < 1 || value > LIMIT) {
    return s.invalid(label, String(LIMIT), text.trim());
  }
  return value;
}

function axisLine(o: { axis: string; inSize: number; kernel: number; stride: number; dilation: number; pad: Padding; out: number }): string {
  if (o.pad === 'same') return `${o.axis}: ⌈${o.inSize} / ${o.stride}⌉ = ${o.out}`;
  return `${o.axis}: ⌈(${o.inSize} − (${o.kernel} − 1)·${o.dilation}) / ${o.stride}⌉ = ${o.out}`;
}

/** Reads the fields, computes a depthwise layer's output with conv2dInfo, and writes height, width and channel formulas. */
export function explainDepthwiseShape(fields: ShapeFields, labels: ShapeFieldLabels): ShapeExplanation {
  const keys = ['inHeight', 'inWidth', 'inChannels', 'kernelSize', 'stride', 'dilation', 'chMul'] as const;
  const values: Partial<Record<(typeof keys)[number], number>> = {};
  for (const key of keys) {
    const value = readInteger(labels[key], fields[key]);
    if (typeof value === 'string') return { ok: false, message: value };
    values[key] = value;
  }
  if (fields.pad !== 'same' && fields.pad !== 'valid') return { ok: false, message: s.padInvalid(labels.pad, fields.pad) };
  const { inHeight, inWidth, inChannels, kernelSize, stride, dilation, chMul } = values as Record<(typeof keys)[number], number>;
  const pad: Padding = fields.pad;
  try {
    const info = conv2dInfo({ kind: 'depthwise', inHeight, inWidth, inChannels, kernelSize, stride, dilation, pad });
    const channels = outputChannels({ kind: 'depthwise', inChannels, chMul });
    const common = { kernel: kernelSize, stride, dilation, pad };
    return {
      ok: true,
      shape: [1, info.outHeight, info.outWidth, channels],
      lines: [
        axisLine({ ...common, axis: 'height', inSize: inHeight, out: info.outHeight }),
        axisLine({ ...common, axis: 'width', inSize: inWidth, out: info.outWidth }),
        s.channelsLine(inChannels, chMul, channels),
      ],
    };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}
