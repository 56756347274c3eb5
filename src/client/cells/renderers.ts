/**
 * The page side of `show`: a registry from display `kind` to a renderer that turns the worker's
 * plain-data payload into DOM inside a cell's output.
 *
 * To add a visual: give its payload a schema in the display table (src/lib/notebook/display-schemas.ts);
 * in the worker, `defineShow('kernels', …)` emits `{ kind: 'kernels', payload }` (src/workers/show/registry.ts);
 * here, register a renderer, ideally loading its code lazily:
 *
 *   registerRenderer('kernels', async (payload, target) => {
 *     const { renderKernels } = await import('../viz/kernels-renderer');
 *     renderKernels(payload, target);
 *   });
 *
 * and import that module from `./renderer-extensions.ts`. A payload its schema refuses, or a renderer
 * that throws, leaves "Could not display this kernels: …" in place of the block, and nothing else is lost.
 */
import { formatValueView } from '../../lib/notebook/value-view';
import type { DisplayKind, DisplayPayloads } from '../../lib/notebook/display-schemas';
import { renderTable } from './table-renderer';
import { cellStrings } from '../../lib/strings/cells';

/** Context a renderer gets besides its payload: the cell it renders into. */
export interface RenderContext {
  cellId: string;
}

/** Draws one payload of kind `K`, already checked by its schema, into `target` (an empty element already placed in the output). */
export type Renderer<K extends DisplayKind> = (payload: DisplayPayloads[K], target: HTMLElement, context: RenderContext) => void | Promise<void>;

const renderers: { [K in DisplayKind]?: Renderer<K> } = {};

/** Registers the renderer for display `kind` (a kind of the display table); a later registration for the same kind replaces it. */
export function registerRenderer<K extends DisplayKind>(kind: K, renderer: Renderer<K>): void {
  // TypeScript cannot see that a mapped type indexed by a generic key accepts its own template (TypeScript#47109).
  (renderers as Record<K, Renderer<K>>)[kind] = renderer;
}

type DisplaySchemas = typeof import('../../lib/notebook/display-schemas');
let schemas: DisplaySchemas | undefined;
let loadingSchemas: Promise<DisplaySchemas> | undefined;

/**
 * Loads the display table's schemas (zod/mini, with the job client's protocol): called when a run starts,
 * so they are there when its first display arrives and blocks render in the order they came.
 */
export function prepareDisplays(): Promise<DisplaySchemas> {
  return (loadingSchemas ??= import('../../lib/notebook/display-schemas').then((module) => (schemas = module)));
}

/**
 * Renders one display block at the end of `output`, or again into `block` (an in-place update of a
 * display handle); failures become a readable line in its place. The payload is checked by its kind's
 * schema first (src/lib/notebook/display-schemas.ts): a renderer only ever sees a payload of its type.
 * Returns the block.
 */
export function renderDisplay(options: { kind: string; payload: unknown; output: HTMLElement; context: RenderContext; block?: HTMLElement | undefined }): HTMLElement {
  const { kind, payload, output, context } = options;
  const block = options.block ?? document.createElement('div');
  if (!options.block) output.append(block);
  const fail = (error: unknown) => {
    block.replaceChildren();
    block.className = 'cell-error';
    block.textContent = cellStrings.renderFailed(kind, error instanceof Error ? error.message : String(error));
  };
  const draw = (loaded: DisplaySchemas) => {
    block.className = `cell-display cell-display-${kind.replace(/[^\w-]/g, '')}`;
    block.replaceChildren();
    if (!loaded.isDisplayKind(kind) || !renderers[kind]) {
      block.textContent = cellStrings.unknownKind(kind);
      return;
    }
    drawChecked(loaded, kind, payload, block, context)?.catch(fail);
  };
  try {
    if (schemas) draw(schemas);
    else prepareDisplays().then(draw).catch(fail);
  } catch (error) {
    fail(error);
  }
  return block;
}

/** Checks `payload` against kind `K`'s schema and hands it to `K`'s renderer (throws the schema's objection). */
function drawChecked<K extends DisplayKind>(loaded: DisplaySchemas, kind: K, payload: unknown, block: HTMLElement, context: RenderContext): void | Promise<void> {
  const checked = loaded.checkDisplay(kind, payload);
  if (!checked.ok) throw new Error(checked.reason);
  return renderers[kind]?.(checked.payload, block, context);
}

function renderProgress(payload: DisplayPayloads['progress'], target: HTMLElement): void {
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

function renderImage(payload: DisplayPayloads['image'], target: HTMLElement): void {
  const { width, height, data, label } = payload;
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
  pre.textContent = formatValueView(payload);
  target.append(pre);
});
registerRenderer('table', (payload, target) => renderTable(payload, target));
registerRenderer('image', renderImage);
registerRenderer('progress', (payload, target) => renderProgress(payload, target));
registerRenderer('plot', async (payload, target) => {
  const { renderPlot } = await import('./plot-renderer');
  renderPlot(payload, target);
});
