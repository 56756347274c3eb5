/**
 * `<dw-cell>`: enhances the HTML that Cell.astro renders (highlighted code, hidden toolbar, empty
 * output) into a runnable cell. Configured by `data-cell` (id), `data-timeout` (seconds) and a
 * JSON `<script data-part="source">` holding the author's code and its hash.
 */
import { cellStrings } from '../../lib/strings/cells';
import type { CellState } from '../../lib/notebook/run-state';
import { clearEdit, initialCode, loadEdit, saveEdit, type CodeOrigin } from '../../lib/notebook/edit-store';
import { appendMessage } from './output';
import { RunOutput } from './run-output';
import { CELL_EVENTS, dispatchCellEvent, type CellOutput, type NotebookCell } from './cell-events';
import { loadEditor, type CellEditor } from './editor';
import { pageStorage } from './storage';
import { showOriginNotice, copyShareLink, sharedCodeFor } from './cell-notices';
import { showRunControls } from './run-controls';

/** Default time limit of a run, in seconds. */
const DEFAULT_TIMEOUT_S = 30;

/** The custom element behind every notebook cell. */
export class CellElement extends HTMLElement implements NotebookCell {
  authorCode = '';
  authorHash = '';
  code = '';
  runId = 0;
  private editor: CellEditor | undefined;
  private mounting = false;
  private ticker: ReturnType<typeof setInterval> | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private storageWarned = false;
  /** The running run calls `checkpoint()` (Pause is offered), and whether it waits at one now. */
  private pausable = false;
  private waiting = false;
  /** The current run's output blocks. */
  private readonly runOutput = new RunOutput(() => this.output, () => this.cellId);

  /** The cell's stable id (`data-cell`). */
  get cellId(): string {
    return this.dataset.cell ?? '';
  }

  /** The cell's current `data-state`. */
  get state(): CellState {
    return (this.dataset.state as CellState | undefined) ?? 'idle';
  }

  /** The cell's title, which labels its region. */
  get cellTitle(): string {
    return this.piece('title')?.textContent?.trim() || cellStrings.defaultTitle(this.cellId);
  }

  /** Time limit of a run in seconds (`data-timeout`, default 30). */
  get timeoutS(): number {
    const value = Number(this.dataset.timeout);
    return Number.isFinite(value) && value > 0 ? value : DEFAULT_TIMEOUT_S;
  }

  /** The element with `data-part="<name>"` inside this cell. */
  piece(name: string): HTMLElement | null {
    return this.querySelector<HTMLElement>(`[data-part="${name}"]`);
  }

  /** The output region (aria-live). */
  get output(): HTMLElement {
    return this.piece('output') as HTMLElement;
  }

  connectedCallback(): void {
    if (this.authorHash) return;
    const source = JSON.parse(this.piece('source')?.textContent ?? '{}') as { code?: string; hash?: string };
    this.authorCode = source.code ?? '';
    this.authorHash = source.hash ?? '';
    this.code = this.authorCode;
    this.wire();
    // This code loads on the reader's first interaction: code focused before then (boot.ts marks it) gets its
    // editor now, and keeps the caret only if focus is still there (mountEditor checks).
    if (this.hasAttribute('data-wants-editor') || this.piece('code')?.contains(document.activeElement)) {
      this.removeAttribute('data-wants-editor');
      void this.mountEditor(true);
    }
    dispatchCellEvent(this, CELL_EVENTS.connect);
    void this.restoreCode();
    // A share link pasted into the address bar of an open page changes only the hash.
    window.addEventListener('hashchange', () => void this.openSharedLink());
    // A reload or a closed tab within the save debounce must not lose the last keystrokes.
    window.addEventListener('pagehide', () => this.flushSave());
  }

  private flushSave(): void {
    if (this.saveTimer === undefined) return;
    this.save();
  }

  private async openSharedLink(): Promise<void> {
    const shared = await sharedCodeFor(this);
    if (shared === undefined) return;
    const ownEdit = this.code !== this.authorCode ? this.code : undefined;
    this.flushSave();
    this.setCode(shared);
    this.showOrigin('shared', ownEdit);
  }

  private wire(): void {
    const on = (action: string, handler: () => void) => this.querySelector(`[data-action="${action}"]`)?.addEventListener('click', handler);
    on('run', () => dispatchCellEvent(this, CELL_EVENTS.run));
    on('stop', () => dispatchCellEvent(this, CELL_EVENTS.stop));
    on('pause', () => {
      this.setStatus(cellStrings.status.pausing);
      dispatchCellEvent(this, CELL_EVENTS.pause);
    });
    on('resume', () => dispatchCellEvent(this, CELL_EVENTS.resume));
    on('reset', () => this.resetToAuthor());
    on('copy-link', () => void copyShareLink(this));
    const code = this.piece('code');
    code?.addEventListener('focusin', () => void this.mountEditor(true));
    code?.addEventListener('pointerdown', () => void this.mountEditor(true));
    this.addEventListener('keydown', (event) => {
      if (event.defaultPrevented || event.key !== 'Enter' || !(event.shiftKey || event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      dispatchCellEvent(this, CELL_EVENTS.run);
    });
  }

  private async restoreCode(): Promise<void> {
    const storage = pageStorage();
    const shared = await sharedCodeFor(this);
    const saved = loadEdit(storage, location.pathname, this.cellId);
    const { code, origin } = initialCode({ authorCode: this.authorCode, authorHash: this.authorHash, saved, shared });
    if (code !== this.code) this.setCode(code);
    this.showOrigin(origin, saved?.code);
  }

  private showOrigin(origin: CodeOrigin, savedCode?: string): void {
    showOriginNotice(this, origin, savedCode);
    if (origin === 'shared') this.scrollIntoView({ block: 'center' });
  }

  /** Replaces the code shown (editor or plain text) without saving it. */
  setCode(code: string): void {
    this.code = code;
    this.updateEdited();
    if (this.editor) {
      if (this.editor.getCode() !== code) this.editor.setCode(code);
      return;
    }
    const container = this.piece('code');
    if (!container) return;
    const pre = document.createElement('pre');
    pre.className = 'cell-plain-code';
    pre.tabIndex = 0;
    pre.setAttribute('aria-label', cellStrings.codeLabel(this.cellTitle));
    const element = document.createElement('code');
    element.textContent = code;
    pre.append(element);
    container.replaceChildren(pre);
  }

  /** Loads CodeMirror into the code area (once); `focus` moves the caret into it. */
  async mountEditor(focus: boolean): Promise<void> {
    if (this.editor || this.mounting) return;
    const container = this.piece('code');
    if (!container) return;
    this.mounting = true;
    try {
      const host = document.createElement('div');
      const editor = await loadEditor({
        parent: host,
        code: this.code,
        label: cellStrings.editorLabel(this.cellTitle),
        onChange: (code) => this.edited(code),
        onRun: () => dispatchCellEvent(this, CELL_EVENTS.run),
      });
      // The editor loads in the background: if the reader has moved on (Tab, a click elsewhere), leave focus where it is now.
      const stillHere = focus && container.contains(document.activeElement);
      container.replaceChildren(host);
      this.editor = editor;
      if (stillHere) editor.focus();
    } catch (error) {
      this.notice(cellStrings.editorLoadFailed(error instanceof Error ? error.message : String(error)), 'warning');
    } finally {
      this.mounting = false;
    }
  }

  private edited(code: string): void {
    if (code === this.code) return;
    this.code = code;
    this.updateEdited();
    dispatchCellEvent(this, CELL_EVENTS.edit);
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.save(), 250);
  }

  /** Writes the current code to storage now; a failure shows a warning once, editing goes on. */
  save(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    const result = saveEdit(pageStorage(), { page: location.pathname, cellId: this.cellId, code: this.code, authorCode: this.authorCode, authorHash: this.authorHash });
    if (!result.ok && !this.storageWarned) {
      this.storageWarned = true;
      this.notice(cellStrings.storageFailed(result.reason), 'warning', 'storage');
    }
  }

  /** Restores the author's code and forgets the saved edit. */
  resetToAuthor(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    clearEdit(pageStorage(), location.pathname, this.cellId);
    // What the cell scheduled (timers, intervals, frames) stops with it.
    dispatchCellEvent(this, CELL_EVENTS.reset);
    this.querySelectorAll('[data-notice="origin"]').forEach((element) => element.remove());
    if (this.code !== this.authorCode) {
      this.setCode(this.authorCode);
      dispatchCellEvent(this, CELL_EVENTS.edit);
    }
  }

  /** Shows the reader's saved edit again (e.g. instead of code opened from a share link) and drops the origin notice. */
  useSavedCode(code: string): void {
    this.querySelectorAll('[data-notice="origin"]').forEach((element) => element.remove());
    if (code === this.code) return;
    this.setCode(code);
    dispatchCellEvent(this, CELL_EVENTS.edit);
  }

  private updateEdited(): void {
    const edited = this.code !== this.authorCode;
    this.toggleAttribute('data-edited', edited);
    const reset = this.querySelector<HTMLButtonElement>('[data-action="reset"]');
    if (reset) reset.disabled = !edited;
  }

  /** Shows a notice above the output (not cleared by runs); `key` replaces an earlier notice with the same key. */
  notice(text: string, tone: 'warning' | 'info', key?: string, actions?: Array<{ label: string; run: () => void }>): HTMLElement {
    const notices = this.piece('notices') as HTMLElement;
    if (key) notices.querySelector(`[data-notice="${key}"]`)?.remove();
    const block = appendMessage(notices, { text, tone, actions });
    if (key) block.dataset.notice = key;
    return block;
  }

  /** Sets `data-state`, the status line, and the Stop, Pause and Resume buttons. */
  setState(state: CellState, detail?: string): void {
    this.dataset.state = state;
    if (state !== 'running') this.pausable = this.waiting = false;
    showRunControls(this, { state, pausable: this.pausable, waiting: this.waiting });
    if (state === 'running' && !detail) {
      const status = this.piece('status');
      if (!status) return;
      clearInterval(this.ticker);
      const started = performance.now();
      const tick = () => (status.textContent = cellStrings.status.running(performance.now() - started));
      tick();
      this.ticker = setInterval(tick, 100);
      return;
    }
    const texts: Record<CellState, string> = { idle: cellStrings.status.idle, queued: cellStrings.status.queued, running: '', done: '', error: cellStrings.status.error, stale: cellStrings.status.stale };
    this.setStatus(detail ?? texts[state]);
  }

  private setStatus(text: string): void {
    clearInterval(this.ticker);
    const status = this.piece('status');
    if (status) status.textContent = text;
  }

  /** Offers Pause while this run lasts: its code calls `checkpoint()`. */
  offerPause(): void {
    if (this.state !== 'running') return;
    this.pausable = true;
    showRunControls(this, { state: this.state, pausable: true, waiting: this.waiting });
  }

  /** Shows that the running run waits at a checkpoint (Paused, with Resume) or goes on; `data-state` stays `running`. */
  paused(paused: boolean): void {
    this.waiting = paused;
    if (paused) this.setState('running', cellStrings.status.paused);
    else this.setState('running');
  }


  /** Clears the output for a new run with id `runId`. */
  beginRun(runId: number): void {
    this.runId = runId;
    this.runOutput.clear();
    this.querySelector('[data-notice="above"]')?.remove();
    // Save only the reader's own pending keystrokes: running code from a share link must not replace their saved
    // edit, and running an edit the author has since changed must not silently re-stamp it as seen.
    this.flushSave();
  }

  /** Applies one output of this cell's current run (see RunOutput); the run's end sets the cell's state. */
  handle(output: CellOutput): void {
    const end = this.runOutput.apply(output);
    if (end?.state === 'done') this.setState('done', cellStrings.status.done(end.durationMs, end.backend));
    else if (end?.state === 'error') this.setState('error');
  }
}
