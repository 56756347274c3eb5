/**
 * One cell's output region for the run in progress: console lines, display blocks (a later update of a
 * handle replaces its block in place), then the run's value, memory and advice, or its error.
 */
import { appendAdvice, appendConsole, appendError, appendMemory } from './output';
import { prepareDisplays, renderDisplay } from './renderers';
import type { CellOutput } from './cell-events';

/** How a run ended, as the cell's state shows it: `done` with its duration and backend, or `error`. */
export type RunEnd = { state: 'done'; durationMs: number; backend: string } | { state: 'error' };

/** The output region of one cell, across its runs. */
export class RunOutput {
  /** The display blocks of the current run by handle. */
  private readonly displays = new Map<number, HTMLElement>();

  constructor(private readonly region: () => HTMLElement, private readonly cellId: () => string) {}

  /** Empties the region for a new run (and starts loading the display schemas its first block will need). */
  clear(): void {
    void prepareDisplays();
    this.region().replaceChildren();
    this.displays.clear();
  }

  /** Applies one output of the current run; returns how the run ended when `output` ends it. */
  apply(output: CellOutput): RunEnd | undefined {
    const region = this.region();
    const context = { cellId: this.cellId() };
    switch (output.type) {
      case 'console':
        appendConsole(region, output.level, output.text);
        return undefined;
      case 'display':
        this.displays.set(output.handle, renderDisplay({ kind: output.kind, payload: output.payload, output: region, context, block: this.displays.get(output.handle) }));
        return undefined;
      case 'done':
        if (output.result.value) renderDisplay({ kind: 'value', payload: output.result.value, output: region, context });
        appendMemory(region, output.result.memory);
        appendAdvice(region, output.result.advice ?? []);
        return { state: 'done', durationMs: output.durationMs, backend: output.backend };
      case 'error':
        appendError(region, output.error);
        // A failed run may still have allocated (or leaked) tensors: every run reports its memory change.
        if (output.memory) appendMemory(region, output.memory);
        appendAdvice(region, output.advice ?? []);
        return { state: 'error' };
    }
  }
}
