/**
 * The `show` function handed to cell code, and its extension point.
 *
 * A show method turns its arguments into plain data in the worker and emits one display block:
 *
 *   defineShow('kernels', (context, filter) => {
 *     const payload = { ... }; // plain data only (typed arrays may be transferred)
 *     context.emit('kernels', payload);
 *   });
 *
 * with its payload's schema in the display table (src/lib/notebook/display-schemas.ts), and the page
 * renders it with `registerRenderer('kernels', …)` (src/client/cells/renderers.ts).
 * Extension files are imported from `./extensions.ts`.
 */
import type { DisplayKind, DisplayPayloads } from '../../lib/notebook/display-schemas';
import type { Tf } from '../tf-backend';

/** What a show method may use: TF.js and a way to send one display block of `kind` (a kind of the display table, src/lib/notebook/display-schemas.ts). */
export interface ShowContext {
  tf: Tf;
  emit<K extends DisplayKind>(kind: K, payload: DisplayPayloads[K], transfer?: Transferable[]): void;
}

/** A show method: receives the context, then the reader's arguments. */
export type ShowMethod = (context: ShowContext, ...args: unknown[]) => void;

const methods = new Map<string, ShowMethod>();

/** Adds `show.<name>(…)`; names are unique (redefining throws). */
export function defineShow(name: string, method: ShowMethod): void {
  if (methods.has(name)) throw new Error(`invalid show method: ${name} (already defined)`);
  methods.set(name, method);
}

/** The reader-facing `show(value)` with every defined method attached (`show.table`, `show.plot`, …). */
export function createShow(context: ShowContext, showValue: ShowMethod): ((value: unknown) => void) & Record<string, (...args: unknown[]) => void> {
  const show = ((value: unknown) => showValue(context, value)) as ((value: unknown) => void) & Record<string, (...args: unknown[]) => void>;
  for (const [name, method] of methods) {
    Object.defineProperty(show, name, { value: (...args: unknown[]) => method(context, ...args), enumerable: true });
  }
  return show;
}
