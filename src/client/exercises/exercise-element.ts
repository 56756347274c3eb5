/**
 * `<dw-exercise>`: Check (runs the student's function through the cell's run with a `show.check` call appended, so a
 * runaway loop is stopped by the cell's watchdog and an exception shows its line), Hint (one at a time) and Show
 * solution (asks first in the page, loads the solution, keeps the student's code one click away).
 */
import { exerciseStrings as s } from '../../lib/strings/exercises';
import type { CellElement } from '../cells/cell-element';
import { notebook } from '../cells/notebook';
import { classMode } from '../class/mode';
import { loadProgress, recordSolved } from './progress';
import { VERDICT_EVENT, type VerdictPayload } from './verdict-renderer';

type Verdict = 'pass' | 'fail' | 'error';

class ExerciseElement extends HTMLElement {
  private checking = false;
  private ownCode: string | undefined;
  private solution: string | undefined;

  private get exerciseId(): string {
    return this.dataset.exercise ?? '';
  }

  private piece<T extends HTMLElement = HTMLElement>(name: string): T | null {
    return this.querySelector<T>(`[data-part="${name}"]`);
  }

  private button(action: string): HTMLButtonElement | null {
    return this.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);
  }

  private get cell(): CellElement | null {
    return this.querySelector<CellElement>('dw-cell');
  }

  connectedCallback(): void {
    const controls = this.piece('controls');
    if (!controls || controls.hidden === false) return;
    controls.hidden = false;
    this.button('check')?.addEventListener('click', () => this.check());
    this.button('hint')?.addEventListener('click', () => this.nextHint());
    this.button('solution')?.addEventListener('click', () => this.askForSolution());
    this.button('confirm-yes')?.addEventListener('click', () => void this.showSolution());
    this.button('confirm-no')?.addEventListener('click', () => this.closeConfirm());
    this.button('mine')?.addEventListener('click', () => this.toggleMine());
    this.addEventListener(VERDICT_EVENT, (event) => this.onVerdict((event as CustomEvent<VerdictPayload>).detail));
    const cell = this.cell;
    if (cell) new MutationObserver(() => this.onCellState(cell)).observe(cell, { attributes: true, attributeFilter: ['data-state'] });
    this.showSolved(loadProgress().solved[this.exerciseId] !== undefined);
  }

  private setVerdict(verdict: Verdict | '', text: string): void {
    const element = this.querySelector<HTMLElement>('[data-verdict]');
    if (!element) return;
    element.dataset.verdict = verdict;
    element.textContent = text;
  }

  private showSolved(solved: boolean): void {
    const badge = this.piece('solved');
    if (badge) badge.hidden = !solved;
  }

  private check(): void {
    const cell = this.cell;
    const name = this.dataset.function ?? '';
    if (!cell || !/^[A-Za-z_$][\w$]*$/.test(name)) return;
    this.checking = true;
    this.setVerdict('', s.checking);
    // On its own line, after the student's code, so every line of theirs keeps its number in error messages.
    notebook.runWithSuffix(cell, `\nshow.check(${JSON.stringify(this.exerciseId)}, typeof ${name} === 'undefined' ? undefined : ${name});`);
  }

  private onVerdict(payload: VerdictPayload): void {
    if (payload.exerciseId !== this.exerciseId) return;
    this.setVerdict(payload.status, payload.message);
    if (payload.status === 'pass') {
      recordSolved(this.exerciseId);
      this.showSolved(true);
    }
    if (payload.status !== 'error') this.checking = false;
  }

  // An exception, a syntax error, the watchdog or Stop ends the run without (or after) a verdict: say why, with the line.
  private onCellState(cell: CellElement): void {
    if (!this.checking) return;
    const state = cell.state;
    if (state === 'done') this.checking = false;
    if (state !== 'error' && state !== 'idle' && state !== 'stale') return;
    this.checking = false;
    const problems = [...cell.output.querySelectorAll('.cell-error, .cell-warning')].map((element) => element.querySelector('p')?.textContent ?? element.textContent ?? '');
    const detail = problems.map((text) => text.trim()).filter(Boolean).join(' ');
    const verdict = this.querySelector<HTMLElement>('[data-verdict]');
    const before = verdict?.dataset.verdict === 'error' ? `${verdict.textContent ?? ''} ` : '';
    this.setVerdict('error', `${before}${s.verdictError(detail || cell.querySelector('[data-part="status"]')?.textContent || '')}`.trim());
  }

  private nextHint(): void {
    const hidden = this.piece('hints')?.querySelector<HTMLElement>('li[hidden]');
    if (hidden) hidden.hidden = false;
    if (!this.piece('hints')?.querySelector('li[hidden]')) {
      const button = this.button('hint');
      if (button) button.disabled = true;
    }
  }

  private askForSolution(): void {
    if (classMode() === 'student') return;
    const confirm = this.piece('confirm');
    if (!confirm) return;
    confirm.hidden = false;
    this.button('confirm-yes')?.focus();
  }

  private closeConfirm(): void {
    const confirm = this.piece('confirm');
    if (confirm) confirm.hidden = true;
    this.button('solution')?.focus();
  }

  private async showSolution(): Promise<void> {
    const cell = this.cell;
    if (!cell) return;
    try {
      const { solutionFor } = await import('../class/answers');
      this.solution = solutionFor(this.exerciseId);
    } catch {
      this.setVerdict('error', s.solutionMissing);
      return;
    }
    const confirm = this.piece('confirm');
    if (confirm) confirm.hidden = true;
    if (cell.code !== this.solution) this.ownCode = cell.code;
    this.useCode(cell, this.solution);
    const mine = this.button('mine');
    if (mine && this.ownCode !== undefined) {
      mine.hidden = false;
      mine.textContent = s.backToMine;
    }
    this.button('solution')?.setAttribute('hidden', '');
    this.setVerdict('', s.solutionShown);
    this.button('check')?.focus();
  }

  // Swaps between the student's own code and the solution; neither is lost, and only the student's code is ever saved.
  private toggleMine(): void {
    const cell = this.cell;
    const mine = this.button('mine');
    if (!cell || !mine || this.ownCode === undefined || this.solution === undefined) return;
    const showingSolution = cell.code === this.solution;
    this.useCode(cell, showingSolution ? this.ownCode : this.solution);
    mine.textContent = showingSolution ? s.toSolution : s.backToMine;
  }

  private useCode(cell: CellElement, code: string): void {
    cell.setCode(code);
    notebook.edited(cell);
  }
}

/** Registers <dw-exercise> once. */
export function defineExercise(): void {
  if (!customElements.get('dw-exercise')) customElements.define('dw-exercise', ExerciseElement);
}
