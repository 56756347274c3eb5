/**
 * The page side of `show`: a registry from display `kind` to a renderer that turns the worker's
 * plain-data payload into DOM inside a cell's output.
 *
 * To add a visual: in the worker, `defineShow('kernels', …)` emits `{ kind: 'kernels', payload }`
 * (src/workers/show/registry.ts); here, register a renderer, ideally loading its code lazily:
 *
 *   registerRenderer('kernels', async (payload, target) => {
 *     const { renderKernels } = await import('../viz/kernels-renderer');
 *     renderKernels(payload, target);
 *   });
 *
 * and import that module from `./renderer-extensions.ts`. A renderer may throw: the reader then
 * sees "Could not display this kernels: …" in place of the block, and nothing else is lost.
 */
import { formatValueView, type ValueView } from '../../lib/notebook/value-view';
import type { ImagePayload, PlotPayload, TablePayload } from '../../lib/notebook/display';
import { renderTable } from './table-renderer';
import { cellStrings } from '../../lib/strings/cells';

/** Context a renderer gets besides its payload: the cell it renders into. */
export interface RenderContext {
  cellId: string;
}

/** Draws one payload into `target` (an empty element already placed in the output). */
export type Renderer = (payload: unknown, target: HTMLElement, context: RenderContext) => void | Promise<void>;

const renderers = new Map<string, Renderer>();

/** Registers the renderer for display `kind`; a later registration for the same kind replaces it. */
export function registerRenderer(kind: string, renderer: Renderer): void {
  renderers.set(kind, renderer);
}

/**
 * Renders one display block at the end of `output`, or again into `block` (an in-place update of a
 * display handle); failures become a readable line in its place. Returns the block.
 */
export function renderDisplay(options: { kind: string; payload: unknown; output: HTMLElement; context: RenderContext; block?: HTMLElement | undefined }): HTMLElement {
  const { kind, payload, output, context } = options;
  const block = options.block ?? document.createElement('div');
  block.className = `cell-display cell-display-${kind.replace(/[^\w-]/g, '')}`;
  if (options.block) block.replaceChildren();
  else output.append(block);
  const renderer = renderers.get(kind);
  const fail = (error: unknown) => {
    block.replaceChildren();
    block.className = 'cell-error';
    block.textContent = cellStrings.renderFailed(kind, error instanceof Error ? error.message : String(error));
  };
  if (!renderer) {
    block.textContent = cellStrings.unknownKind(kind);
    return block;
  }
  try {
    const pending = renderer(payload, block, context);
    if (pending) pending.catch(fail);
  } catch (error) {
    fail(error);
  }
  return block;
}

/** A job's progress line: `value` of `max`, with an optional label. */
interface ProgressPayload {
  value: number;
  max: number;
  label?: string;
}

function renderProgress(payload: ProgressPayload, target: HTMLElement): void {
  const label = payload.label ?? cellStrings.progress(payload.value, payload.max);
  const bar = document.createElement('progress');
  bar.max = payload.max;
  bar.value = payload.value;
  bar.setAttribute('aria-label', label);
  const text = document.createElement('span');
  text.className = 'cell-progress-label';
  text.textContent = label;
  target.append(bar, ' ', text);
}

function renderImage(payload: unknown, target: HTMLElement): void {
  const { width, height, data, label } = payload as ImagePayload;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', label);
  const scale = Math.max(1, Math.floor(256 / Math.max(width, height)));
  canvas.style.width = `${Math.min(width * scale, 512)}px`;
  canvas.className = 'cell-image';
  canvas.getContext('2d')?.putImageData(new ImageData(new Uint8ClampedArray(data), width, height), 0, 0);
  target.append(canvas);
}

registerRenderer('value', (payload, target) => {
  const pre = document.createElement('pre');
  pre.className = 'cell-value';
  pre.textContent = formatValueView(payload as ValueView);
  target.append(pre);
});
registerRenderer('table', (payload, target) => renderTable(payload as TablePayload, target));
registerRenderer('image', renderImage);
registerRenderer('progress', (payload, target) => renderProgress(payload as ProgressPayload, target));
registerRenderer('plot', async (payload, target) => {
  const { renderPlot } = await import('./plot-renderer');
  renderPlot(payload as PlotPayload, target);
});
