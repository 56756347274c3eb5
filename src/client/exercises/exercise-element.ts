/**
 * `<dw-exercise>`: Check (runs the cell, then the worker's check job on the function it defined: see check-run.ts),
 * Hint (one at a time) and Show solution (asks first in the page, loads the solution, keeps the student's code one
 * click away).
 */
import { exerciseStrings as s } from '../../lib/strings/exercises';
import type { CellElement } from '../cells/cell-element';
import { CELL_EVENTS, dispatchCellEvent } from '../cells/cell-events';
import { classMode } from '../class/mode';
import { startCheck, type CheckReport, type CheckRun } from './check-run';
import { exerciseStatus, type ExerciseStatus } from '../../lib/exercises/progress';
import { loadProgress, recordSolutionShown, recordSolved } from './progress';

type Verdict = 'pass' | 'fail' | 'error';

class ExerciseElement extends HTMLElement {
  private checking: CheckRun | undefined;
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
    this.button('stop-check')?.addEventListener('click', () => this.checking?.stop());
    this.showStatus(exerciseStatus(loadProgress(), this.exerciseId));
  }

  private setVerdict(verdict: Verdict | '', text: string): void {
    const element = this.querySelector<HTMLElement>('[data-verdict]');
    if (!element) return;
    element.dataset.verdict = verdict;
    element.textContent = text;
  }

  /** The badge beside the title: Solved, or Solved with the solution shown, or none. */
  private showStatus(status: ExerciseStatus): void {
    const badge = this.piece('solved');
    if (!badge) return;
    badge.hidden = status === 'unsolved';
    badge.dataset.status = status;
    badge.textContent = status === 'solved-with-solution' ? s.solvedWithSolution : s.solved;
  }

  private check(): void {
    const cell = this.cell;
    if (!cell || this.checking) return;
    const run = startCheck(this.exerciseId, cell);
    this.checking = run;
    this.setChecking(true);
    this.setVerdict('', s.checking);
    void run.done.then((report) => this.report(report)).finally(() => {
      this.checking = undefined;
      this.setChecking(false);
    });
  }

  private setChecking(checking: boolean): void {
    const check = this.button('check');
    const stop = this.button('stop-check');
    if (check) check.disabled = checking;
    if (stop) stop.hidden = !checking;
    if (!checking && stop && document.activeElement === stop) check?.focus();
  }

  private report(report: CheckReport): void {
    this.setVerdict(report.status, report.message);
    if (report.status !== 'pass') return;
    this.showStatus(recordSolved(this.exerciseId));
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
    recordSolutionShown(this.exerciseId);
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
    dispatchCellEvent(cell, CELL_EVENTS.edit);
  }
}

/** Registers <dw-exercise> once. */
export function defineExercise(): void {
  if (!customElements.get('dw-exercise')) customElements.define('dw-exercise', ExerciseElement);
}
