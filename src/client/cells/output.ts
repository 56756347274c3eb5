/** Builds a cell's output blocks: console lines, errors with their cell lines, memory and leak notes, advice. */
import type { CellError, MemoryDelta, RunAdvice } from '../../lib/notebook/protocol';
import { cellStrings } from '../../lib/strings/cells';
import { errorHeadline } from './run-outcome';

/** Appends one console line, merging consecutive lines into one `<pre>` block. */
export function appendConsole(output: HTMLElement, level: string, text: string): void {
  let block = output.lastElementChild;
  if (!(block instanceof HTMLPreElement) || !block.classList.contains('cell-console')) {
    block = document.createElement('pre');
    block.className = 'cell-console';
    output.append(block);
  }
  const line = document.createElement('span');
  line.className = `cell-console-${level}`;
  line.textContent = `${text}\n`;
  block.append(line);
}

/** Appends an error block: `TypeError on line 3, column 5`, the message, cell frames and a hint. */
export function appendError(output: HTMLElement, error: CellError): void {
  const block = document.createElement('div');
  block.className = 'cell-error';
  const title = document.createElement('p');
  title.className = 'cell-error-title';
  title.textContent = errorHeadline(error);
  block.append(title);
  if (error.frames.length > 0) {
    const frames = document.createElement('pre');
    frames.className = 'cell-error-frames';
    frames.textContent = error.frames.join('\n');
    block.append(frames);
  }
  if (error.hint) {
    const hint = document.createElement('p');
    hint.className = 'cell-error-hint';
    hint.textContent = cellStrings.hint(error.hint);
    block.append(hint);
  }
  output.append(block);
}

/** Appends the memory line of a run and, when tensors leaked, a warning naming how many. */
export function appendMemory(output: HTMLElement, memory: MemoryDelta): void {
  const line = document.createElement('p');
  line.className = 'cell-memory';
  line.textContent = cellStrings.memory(memory);
  output.append(line);
  if (memory.leaked > 0) {
    const warning = document.createElement('p');
    warning.className = 'cell-warning';
    warning.textContent = cellStrings.leak(memory.leaked);
    output.append(warning);
  }
}

/** Appends one warning per piece of advice on the run (a tf.tidy that returned a large array). */
export function appendAdvice(output: HTMLElement, advice: readonly RunAdvice[]): void {
  for (const each of advice) {
    const warning = document.createElement('p');
    warning.className = 'cell-warning';
    warning.textContent = cellStrings.tidyData(each);
    output.append(warning);
  }
}

/** Appends a plain message paragraph (stopped, timed out, crashed) with optional action buttons. */
export function appendMessage(output: HTMLElement, options: { text: string; tone: 'error' | 'warning' | 'info'; actions?: Array<{ label: string; run: () => void }> }): HTMLElement {
  const block = document.createElement('div');
  block.className = `cell-${options.tone === 'info' ? 'notice' : options.tone}`;
  const text = document.createElement('p');
  text.textContent = options.text;
  block.append(text);
  for (const action of options.actions ?? []) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = action.label;
    button.addEventListener('click', action.run);
    block.append(button);
  }
  output.append(block);
  return block;
}
