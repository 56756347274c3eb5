// HTML for one step of the stepper, as a string: Astro renders the first step at build time (so the
// page reads without JavaScript) and the custom element swaps in later steps with the same code.
import { getValue } from '../conv/index';
import { vizStrings } from '../strings/viz';
import { formatStepNumber, productsOfChannel, type Step, type StepperModel } from './stepper';

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

function grid(options: { caption: string; rows: number; cols: number; cell: (row: number, col: number) => { text: string; className?: string } }): string {
  const body: string[] = [];
  for (let row = 0; row < options.rows; row++) {
    const cells: string[] = [];
    for (let col = 0; col < options.cols; col++) {
      const { text, className } = options.cell(row, col);
      cells.push(className ? `<td class="${className}">${escapeHtml(text)}</td>` : `<td>${escapeHtml(text)}</td>`);
    }
    body.push(`<tr>${cells.join('')}</tr>`);
  }
  return `<table class="step-grid"><caption>${escapeHtml(options.caption)}</caption><tbody>${body.join('')}</tbody></table>`;
}

/** What the input grids are called: the layer's input, or (in the separable block's second stage) the depthwise output. */
export interface InputNames {
  inputCaption: (channel: number) => string;
  unusedInputCaption: (channel: number) => string;
}

const layerInput: InputNames = { inputCaption: vizStrings.inputCaption, unusedInputCaption: vizStrings.unusedInputCaption };

function channelRow(model: StepperModel, step: Step, inChannel: number, names: InputNames): string {
  const [, inHeight, inWidth] = model.input.shape;
  const products = productsOfChannel(step, inChannel);
  const inWindow = new Set(products.map((p) => `${p.inputRow},${p.inputCol}`));
  const input = grid({
    caption: products.length ? names.inputCaption(inChannel) : names.unusedInputCaption(inChannel), rows: inHeight, cols: inWidth,
    cell: (row, col) => ({
      text: formatStepNumber(getValue(model.input, [0, row, col, inChannel])),
      className: inWindow.has(`${row},${col}`) ? 'in-window' : undefined,
    }),
  });
  if (products.length === 0) return `<div class="step-channel" data-step-channel="${inChannel}" data-feeds="false">${input}</div>`;
  const [filterHeight, filterWidth] = model.filter.shape;
  const partial = products.reduce((total, p) => total + p.product, 0);
  const productGrid = grid({
    caption: vizStrings.productsCaption(inChannel), rows: filterHeight, cols: filterWidth,
    cell: (row, col) => {
      const p = products.find((q) => q.filterRow === row && q.filterCol === col);
      return { text: p ? `${formatStepNumber(p.inputValue)}×${formatStepNumber(p.weight)}` : '', className: 'product' };
    },
  });
  return `<div class="step-channel" data-step-channel="${inChannel}" data-feeds="true">${input}<span class="step-arrow" aria-hidden="true">→</span>${productGrid}` +
    `<p class="step-partial">${vizStrings.partialSum(products.length, formatStepNumber(partial))}</p></div>`;
}

/** The stage of step `index`: each input channel with its window, the products, and the output channel being filled. */
export function stepStageMarkup(model: StepperModel, index: number, names: InputNames = layerInput): string {
  const step = model.steps[index];
  if (!step) throw new Error(`invalid index: ${index} (the stepper has ${model.steps.length} steps)`);
  const [, , , inChannels] = model.input.shape;
  const [, outHeight, outWidth] = model.output.shape;
  const channels = Array.from({ length: inChannels }, (_, c) => channelRow(model, step, c, names)).join('');
  const position = (row: number, col: number) => row * outWidth + col;
  const current = position(step.outRow, step.outCol);
  const output = grid({
    caption: vizStrings.outputCaption(step.outChannel), rows: outHeight, cols: outWidth,
    cell: (row, col) => {
      const at = position(row, col);
      if (at > current) return { text: '·', className: 'pending' };
      const text = formatStepNumber(getValue(model.output, [0, row, col, step.outChannel]));
      return { text, className: at === current ? 'current' : undefined };
    },
  });
  return `<div class="step-inputs">${channels}</div><div class="step-output" data-out-channel="${step.outChannel}">` +
    `<p class="step-sum" data-sum="${formatStepNumber(step.sum)}">${vizStrings.totalSum(step.products.length, formatStepNumber(step.sum))}</p>${output}</div>`;
}
