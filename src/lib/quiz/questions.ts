// Question builders: the answer and the likely wrong answers, all computed from the formulas in src/lib/cost and src/lib/conv.
import { outputShape, type Padding } from '../conv';
import {
  multiplyAdds, multiplyAddsPerPixel, normalizeLayer, parameterBreakdown, parameterCount, workloadOutputShape,
  type ConvWorkload, type LayerSpec,
} from '../cost';
import { quizStrings as s } from '../strings/quiz';
import type { KnownMistake, QuizQuestion } from './question';

function distinct(expected: number | readonly number[], mistakes: KnownMistake[]): KnownMistake[] {
  const key = (answer: number | readonly number[]) => (typeof answer === 'number' ? String(answer) : answer.join(','));
  const seen = new Set([key(expected)]);
  return mistakes.filter((mistake) => {
    const k = key(mistake.answer);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function formulaText(spec: LayerSpec): string {
  const layer = normalizeLayer(spec);
  const { weights, bias, total } = parameterBreakdown(spec);
  const { filterHeight: kh, filterWidth: kw, inChannels: M, outChannels: N, chMul: m } = layer;
  const products = {
    standard: `${kh}·${kw}·${M}·${N}`,
    depthwise: m === 1 ? `${kh}·${kw}·${M}` : `${kh}·${kw}·${M}·${m}`,
    pointwise: `${M}·${N}`,
    separable: `${kh}·${kw}·${M * m} + ${M * m}·${N}`,
  }[layer.kind];
  return s.parameterFormula(products, weights, bias, total);
}

function kindMistakes(spec: LayerSpec): KnownMistake[] {
  const layer = normalizeLayer(spec);
  const kernelSize = [layer.filterHeight, layer.filterWidth] as const;
  const { inChannels, outChannels, chMul, bias } = layer;
  if (layer.kind === 'depthwise') {
    const mistakes: KnownMistake[] = [{ answer: parameterCount({ kind: 'standard', kernelSize, inChannels, outChannels, bias }), because: s.standardInsteadOfDepthwise }];
    if (chMul > 1) mistakes.push({ answer: parameterCount({ ...spec, chMul: 1 }), because: s.forgotChMul(chMul) });
    return mistakes;
  }
  if (layer.kind === 'standard') {
    return [{ answer: parameterCount({ ...spec, inChannels: 1 }), because: s.forgotInChannels }];
  }
  if (layer.kind === 'pointwise') {
    return [3, 5].map((k) => ({ answer: k * k * inChannels * outChannels + (bias ? outChannels : 0), because: s.kernelInPointwise(k) }));
  }
  const half = (part: 'depthwise' | 'pointwise') => parameterCount(part === 'depthwise'
    ? { kind: 'depthwise', kernelSize, inChannels, chMul, bias: false }
    : { kind: 'pointwise', inChannels: inChannels * chMul, outChannels, bias });
  return [
    { answer: half('depthwise'), because: s.onlyDepthwise },
    { answer: half('pointwise'), because: s.onlyPointwise },
    { answer: parameterCount({ kind: 'standard', kernelSize, inChannels, outChannels, bias }), because: s.standardInsteadOfSeparable },
  ];
}

/** "How many parameters?" for a layer: the answer is parameterCount(spec); mistakes cover the bias, the formula and chMul. */
export function parameterQuestion(spec: LayerSpec): QuizQuestion {
  const expected = parameterCount(spec);
  const { outChannels } = normalizeLayer(spec);
  const biasMistake = spec.bias
    ? { answer: parameterCount({ ...spec, bias: false }), because: s.forgotBias(outChannels) }
    : { answer: parameterCount({ ...spec, bias: true }), because: s.countedBias(outChannels) };
  return { kind: 'count', expected, explanation: formulaText(spec), mistakes: distinct(expected, [biasMistake, ...kindMistakes(spec)]) };
}

/** A layer on an input, for "what shape comes out?": kind, sizes in pixels, stride, dilation, padding and channels. */
export interface ShapeQuestionOptions {
  kind: 'standard' | 'depthwise' | 'pointwise';
  batch?: number;
  inHeight: number;
  inWidth?: number;
  inChannels: number;
  kernelSize?: number;
  stride?: number;
  dilation?: number;
  pad: Padding;
  chMul?: number;
  outChannels?: number;
}

function channelMistakes(options: ShapeQuestionOptions, shape: readonly number[]): KnownMistake[] {
  const [batch, height, width] = shape as [number, number, number, number];
  if (options.kind !== 'depthwise') return [{ answer: [batch, height, width, options.inChannels], because: s.channelsFromInput }];
  const chMul = options.chMul ?? 1;
  if (chMul > 1) return [{ answer: [batch, height, width, options.inChannels], because: s.channelsUnchanged(chMul) }];
  return [2, 3].map((m) => ({ answer: [batch, height, width, options.inChannels * m], because: s.channelsMultiplied }));
}

/** "What shape comes out?": the answer is outputShape(options); mistakes cover channels, padding and stride. */
export function shapeQuestion(options: ShapeQuestionOptions): QuizQuestion {
  const expected = outputShape(options);
  const mistakes: KnownMistake[] = channelMistakes(options, expected);
  const otherPad: Padding = options.pad === 'same' ? 'valid' : 'same';
  try {
    mistakes.push({ answer: outputShape({ ...options, pad: otherPad }), because: s.paddingSwapped(otherPad) });
  } catch {
    // The other padding leaves no output for this geometry, so it is not a plausible answer.
  }
  const stride = options.stride ?? 1;
  if (stride > 1) mistakes.push({ answer: outputShape({ ...options, stride: 1 }), because: s.strideIgnored(stride) });
  const [batch, height, width, channels] = expected;
  const explanation = s.shapeExplanation({ height, width, channels, batch, depthwise: options.kind === 'depthwise' ? { inChannels: options.inChannels, chMul: options.chMul ?? 1 } : undefined });
  return { kind: 'shape', expected, explanation, mistakes: distinct(expected, mistakes) };
}

/** "How many multiply-adds?" for a layer on an input: the answer is multiplyAdds(workload); mistakes cover pixels, stride and FLOPs. */
export function multiplyAddQuestion(workload: ConvWorkload): QuizQuestion {
  const expected = multiplyAdds(workload);
  const perPixel = multiplyAddsPerPixel(workload);
  const [batch, outHeight, outWidth] = workloadOutputShape(workload);
  const inWidth = workload.inWidth ?? workload.inHeight;
  const mistakes: KnownMistake[] = [
    { answer: perPixel, because: s.perPixelOnly(outHeight * outWidth) },
    { answer: 2 * expected, because: s.countedFlops },
    { answer: batch * workload.inHeight * inWidth * perPixel, because: s.inputPixels(outHeight, outWidth) },
  ];
  const explanation = s.multiplyAddExplanation(outHeight, outWidth, perPixel, expected);
  return { kind: 'count', expected, explanation, mistakes: distinct(expected, mistakes) };
}
