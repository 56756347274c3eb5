// What the stepper shows in any mode, as one interface: a single convolution, or the separable block stepped through
// both stages on one tensor (the depthwise outputs become the pointwise inputs) beside the standard convolution's cost.
import { vizStrings } from '../strings/viz';
import { escapeHtml, stepStageMarkup } from './stepper-markup';
import { stepAnnouncement, stepperModel, type StepMode, type StepperModel } from './stepper';

/** The stepper's sizes: a seeded input of size × size × inChannels, kernel 3, depth multiplier, output channels of the block. */
export interface StepperViewOptions {
  mode: StepMode;
  chMul?: number;
  inChannels?: number;
  size?: number;
  seed?: number;
  /** Output channels of the separable block and of the standard convolution it is compared with (default 4). */
  outChannels?: number;
}

/** Everything the stepper element needs for a mode: step count, the stage markup and live sentence of a step, row stride. */
export interface StepperView {
  readonly mode: StepMode;
  readonly count: number;
  markup(index: number): string;
  announcement(index: number): string;
  /** Steps from one output position to the one a row below, for PageUp / PageDown. */
  rowStride(index: number): number;
  /** Index of the first step of each stage, in order: [0] for one convolution, [0, first pointwise step] for the separable block. */
  readonly stageStarts: readonly number[];
}

/**
 * The steps a printed figure shows, `count` at most: the first steps of the first stage, and the
 * first step of every later stage (so paper shows the separable block's pointwise stage too).
 */
export function printedSteps(view: StepperView, count: number): number[] {
  const later = view.stageStarts.slice(1).filter((start) => start < view.count);
  const first = Math.max(1, count - later.length);
  const end = later[0] ?? view.count;
  const leading = Array.from({ length: Math.min(first, end) }, (_, index) => index);
  return [...leading, ...later].slice(0, count);
}

/** The multiply-adds of one stage: products per output value × output values (counted from the reference steps). */
export interface StageCost {
  readonly productsPerOutput: number;
  readonly outputs: number;
  readonly multiplyAdds: number;
}

/** The separable block on one seeded input: its two stages, the standard convolution on the same input, and their costs. */
export interface SeparableBlock {
  readonly depthwise: StepperModel;
  /** Pointwise stage whose input is the depthwise stage's output. */
  readonly pointwise: StepperModel;
  readonly standard: StepperModel;
  readonly cost: { depthwise: StageCost; pointwise: StageCost; separable: number; standard: StageCost };
}

function stageCost(model: StepperModel): StageCost {
  const multiplyAdds = model.steps.reduce((total, step) => total + step.products.length, 0);
  const outputs = model.steps.length;
  return { productsPerOutput: model.steps[0]?.products.length ?? 0, outputs, multiplyAdds };
}

/** Builds the separable block (depthwise, then pointwise on its output) and the standard convolution on the same input. */
export function separableBlock(options: Omit<StepperViewOptions, 'mode'>): SeparableBlock {
  const { chMul = 1, inChannels = 3, size = 6, seed = 1, outChannels = 4 } = options;
  const depthwise = stepperModel({ mode: 'depthwise', chMul, inChannels, inHeight: size, seed });
  const pointwise = stepperModel({ mode: 'pointwise', input: depthwise.output, outChannels, seed: seed + 10 });
  const standard = stepperModel({ mode: 'standard', inChannels, inHeight: size, seed, outChannels });
  const cost = { depthwise: stageCost(depthwise), pointwise: stageCost(pointwise), standard: stageCost(standard) };
  return { depthwise, pointwise, standard, cost: { ...cost, separable: cost.depthwise.multiplyAdds + cost.pointwise.multiplyAdds } };
}

function singleView(mode: StepperModel['mode'], options: StepperViewOptions): StepperView {
  const model = stepperModel({ mode, chMul: options.chMul, inChannels: options.inChannels, inHeight: options.size, seed: options.seed });
  const [, , outWidth, outChannels] = model.output.shape;
  return {
    mode, count: model.steps.length, stageStarts: [0],
    markup: (index) => stepStageMarkup(model, index),
    announcement: (index) => stepAnnouncement(model.steps[index]!),
    rowStride: () => outWidth * outChannels,
  };
}

/** The cost table beside the separable stepper: each stage's products and multiply-adds against the standard convolution's. */
function blockCostMarkup(block: SeparableBlock, stage: 'depthwise' | 'pointwise'): string {
  const s = vizStrings.block;
  const count = (value: number) => value.toLocaleString('en-US');
  const row = (name: string, cost: StageCost | null, total: number, current: boolean) =>
    `<tr${current ? ' class="current-stage"' : ''}><th scope="row">${escapeHtml(name)}</th><td>${cost ? count(cost.productsPerOutput) : ''}</td>` +
    `<td>${cost ? count(cost.outputs) : ''}</td><td>${count(total)}</td></tr>`;
  const { cost } = block;
  return `<table class="step-costs"><caption>${escapeHtml(s.costCaption)}</caption><thead><tr><th scope="col">${escapeHtml(s.stageColumn)}</th>` +
    `<th scope="col">${escapeHtml(s.productsColumn)}</th><th scope="col">${escapeHtml(s.outputsColumn)}</th><th scope="col">${escapeHtml(s.macsColumn)}</th></tr></thead><tbody>` +
    row(s.depthwiseStage, cost.depthwise, cost.depthwise.multiplyAdds, stage === 'depthwise') +
    row(s.pointwiseStage, cost.pointwise, cost.pointwise.multiplyAdds, stage === 'pointwise') +
    row(s.blockTotal, null, cost.separable, false) +
    row(s.standardRow(block.standard.output.shape[3]), cost.standard, cost.standard.multiplyAdds, false) +
    '</tbody></table>';
}

const depthwiseOutputNames = { inputCaption: vizStrings.block.stageInputCaption, unusedInputCaption: vizStrings.block.unusedStageInputCaption };

function separableView(options: StepperViewOptions): StepperView {
  const block = separableBlock(options);
  const first = block.depthwise.steps.length;
  const locate = (index: number) => (index < first
    ? { stage: 'depthwise' as const, model: block.depthwise, local: index }
    : { stage: 'pointwise' as const, model: block.pointwise, local: index - first });
  return {
    mode: 'separable', count: first + block.pointwise.steps.length, stageStarts: [0, first],
    markup: (index) => {
      const { stage, model, local } = locate(index);
      const heading = vizStrings.block.stageHeading(stage, local, model.steps.length);
      const names = stage === 'pointwise' ? depthwiseOutputNames : undefined;
      return `<div class="step-block"><p class="step-stage">${escapeHtml(heading)}</p>${blockCostMarkup(block, stage)}</div>${stepStageMarkup(model, local, names)}`;
    },
    announcement: (index) => {
      const { stage, model, local } = locate(index);
      return `${vizStrings.block.stageName[stage]}: ${stepAnnouncement(model.steps[local]!)}`;
    },
    rowStride: (index) => {
      const [, , outWidth, outChannels] = locate(index).model.output.shape;
      return outWidth * outChannels;
    },
  };
}

/** The stepper's view of a mode: one convolution, or the separable block's two stages. */
export function stepperView(options: StepperViewOptions): StepperView {
  return options.mode === 'separable' ? separableView(options) : singleView(options.mode, options);
}
