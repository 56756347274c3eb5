/**
 * Runs transformed cells against one shared scope and turns every failure into a located
 * {@link CellError}. Pure JavaScript (no DOM, no TF.js), so Node tests exercise the real thing;
 * the worker wraps it with TF.js, `show` and console capture.
 */
import type { CellError } from './protocol';
import { cellFrames, formatFrames, type KnownCell } from './stack';
import { CELL_PARAM, transformCell, type CellProgram } from './transform';
import { hintFor } from './hints';
import { cellStrings } from '../strings/cells';
import { cellErrorStrings } from '../strings/cell-output';

const AsyncFunction = (async () => undefined).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<unknown>;

/** What a cell sees besides the shared scope: the `tf` namespace, the `show` function and names bound to this run. */
export interface CellGlobals {
  tf: unknown;
  show: unknown;
  /**
   * Names bound for this run only (the cell's own timers, `checkpoint`): function parameters
   * outside the shared scope, so a callback keeps the functions of the run that created it.
   */
  locals?: Record<string, unknown>;
}

/** Outcome of one run: the last expression's value, or a located error. */
export type RunOutcome = { ok: true; value: unknown; returnsValue: boolean } | { ok: false; error: CellError; thrown?: unknown };

/** Turns a cell id into the token used in the compiled code's sourceURL. */
function urlFor(cellId: string, runId: number): string {
  return `cell-${cellId.replace(/[^\w-]/g, '_')}-r${runId}.js`;
}

/** Lines the Function constructor puts before the body (2 in V8), measured rather than assumed. */
function measureHeaderLines(): number {
  try {
    const probe = new Function('a', 'b', 'c', 'return new Error("probe")\n//# sourceURL=cell-probe.js') as () => Error;
    const match = /cell-probe\.js:(\d+):\d+/.exec(probe().stack ?? '');
    return match ? Number(match[1]) - 1 : 2;
  } catch {
    return 2;
  }
}

/** The scope, compiled cells and error bookkeeping of one notebook runtime. */
export class NotebookRuntime {
  /** Top-level bindings of every cell run so far, by name. */
  readonly store: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  private readonly scope: object;
  private readonly known = new Map<string, KnownCell>();
  private readonly headerLines = measureHeaderLines();
  private lastFailure: { value: unknown; line: number; cellId: string } | undefined;
  private readonly origin: string | undefined;

  /** `origin`: the site's own (`location.origin` in the worker), so a hint can tell another site's URL from the site's. */
  constructor(options: { origin?: string } = {}) {
    this.origin = options.origin;
    const store = this.store;
    this.scope = new Proxy(store, {
      has: (_target, key) => typeof key === 'string' && Object.hasOwn(store, key),
      get: (_target, key) => (typeof key === 'string' ? store[key] : undefined),
      set: (_target, key, value) => {
        if (typeof key === 'string') store[key] = value;
        return true;
      },
    });
  }

  /** Compiles and runs `code` as cell `cellId` (`onCompiled` hears the names it declares, once it compiles); never throws, whatever the code does. */
  async run(options: { cellId: string; runId: number; code: string; globals: CellGlobals; onCompiled?: (declared: readonly string[]) => void }): Promise<RunOutcome> {
    const { cellId, runId, code, globals } = options;
    const url = urlFor(cellId, runId);
    this.lastFailure = undefined;
    const program = transformCell(code, url);
    if (!program.ok) {
      const { message, line, column } = program;
      return { ok: false, error: { kind: 'syntax', name: 'SyntaxError', message, line, column, frames: [] } };
    }
    this.remember(cellId, url, program);
    let compiled: (...args: unknown[]) => Promise<unknown>;
    try {
      compiled = new AsyncFunction('tf', 'show', ...Object.keys(globals.locals ?? {}), CELL_PARAM, program.body);
    } catch (error) {
      return { ok: false, error: this.locate(error, cellId, 'syntax') };
    }
    // The code compiles, so it will run: the caller may now let go of what this cell's previous run bound.
    options.onCompiled?.(program.declared);
    for (const name of program.declared) if (!Object.hasOwn(this.store, name)) this.store[name] = undefined;
    try {
      const value = await compiled(globals.tf, globals.show, ...Object.values(globals.locals ?? {}), this.cellContext(cellId));
      return { ok: true, value, returnsValue: program.returnsValue };
    } catch (thrown) {
      return { ok: false, error: this.locate(thrown, cellId, 'runtime'), thrown };
    }
  }

  /** Locates any thrown value: cell frames from its stack, else the line of the `throw`/`await` it came through. */
  locate(thrown: unknown, cellId: string, kind: CellError['kind']): CellError {
    const isError = thrown instanceof Error || (typeof thrown === 'object' && thrown !== null && 'message' in thrown && 'stack' in thrown);
    if (!isError) {
      const where = this.lastFailure && Object.is(this.lastFailure.value, thrown) ? this.lastFailure : undefined;
      // `kind` says what happened; `name` is only the title shown (code tells kinds apart by `kind`).
      const error: CellError = { kind: 'thrown', name: cellStrings.thrownValue, message: describeThrown(thrown), frames: [] };
      if (where) Object.assign(error, { line: where.line, inCell: where.cellId === cellId ? undefined : where.cellId });
      return error;
    }
    const { name = 'Error', message = '', stack = '' } = thrown as { name?: string; message?: string; stack?: string };
    const frames = cellFrames(String(stack), this.known, this.headerLines);
    const top = frames[0];
    const error: CellError = { kind, name: String(name), message: String(message), frames: frames.some((frame) => frame.fn) ? formatFrames(frames, cellId) : [] };
    if (top) Object.assign(error, { line: top.line, column: top.column, inCell: top.cellId === cellId ? undefined : top.cellId });
    else if (this.lastFailure && Object.is(this.lastFailure.value, thrown)) Object.assign(error, { line: this.lastFailure.line });
    const hint = hintFor(error.message, { line: this.sourceLine(error.inCell ?? cellId, error.line), origin: this.origin });
    if (hint) error.hint = hint;
    return error;
  }

  /** Line `line` (1-based) of the latest code run as `cellId`, if known. */
  private sourceLine(cellId: string, line: number | undefined): string | undefined {
    if (line === undefined) return undefined;
    const programs = [...this.known.values()].filter((known) => known.cellId === cellId);
    return programs.at(-1)?.program.source.split('\n')[line - 1];
  }

  private cellContext(cellId: string) {
    return {
      scope: this.scope,
      thrown: (value: unknown, line: number) => {
        this.lastFailure = { value, line, cellId };
        return value;
      },
      awaited: (value: unknown, line: number) => {
        if (typeof (value as { then?: unknown } | null)?.then !== 'function') return value;
        return Promise.resolve(value).catch((reason: unknown) => {
          // The innermost await saw it first; outer awaits of the same value keep that line.
          if (!this.lastFailure || !Object.is(this.lastFailure.value, reason)) this.lastFailure = { value: reason, line, cellId };
          throw reason;
        });
      },
    };
  }

  private remember(cellId: string, url: string, program: CellProgram): void {
    // Older programs stay known: functions they defined may still run from later cells.
    this.known.set(url, { cellId, program });
    if (this.known.size > 200) this.known.delete(this.known.keys().next().value as string);
  }
}

/** Readable text for a thrown value that is not an Error, e.g. `42 (a number was thrown, not an Error)`. */
export function describeThrown(value: unknown): string {
  const type = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : typeof value === 'object' && value !== null ? JSON.stringify(value) ?? String(value) : String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return cellErrorStrings.thrownValue(text.length > 200 ? `${text.slice(0, 200)}…` : text, type);
}
