// <lab-bench>: enhances the server-rendered lab form — detects backends, runs, cancels, shows, exports, imports, remembers.
import { mergeRuns, planRun, type BackendInfo, type LabRun } from '../../lib/lab';
import { labStrings } from '../../lib/strings/lab';
import { backendStrings } from '../../lib/strings/cells';
import { detectBackends, detectEnvironment } from './detect';
import { el } from './dom';
import { mountResultsLink } from './results-link';
import { clearHistory, historyEntries, type HistoryEntry } from './history';
import { readForm, showPresetTiming } from './form';
import { renderPlots } from './plots';
import type { LabSession, Progress } from './session';
import { renderProgress, resetProgress } from './progress';

type Status = 'idle' | 'running' | 'complete' | 'cancelled' | 'failed';

class LabBench extends HTMLElement {
  private backends: BackendInfo[] = [];
  private primary: LabRun | null = null;
  private others: LabRun[] = [];
  private session: LabSession | null = null;

  private find<T extends Element = HTMLElement>(name: string): T {
    const node = this.querySelector<T>(`[data-lab-${name}]`);
    if (!node) throw new Error(`invalid lab markup: no [data-lab-${name}]`);
    return node;
  }

  private get form(): HTMLFormElement { return this.find<HTMLFormElement>('form'); }
  private get onScreen(): LabRun[] { return this.primary ? [this.primary, ...this.others] : [...this.others]; }

  connectedCallback(): void {
    this.form.addEventListener('submit', (event) => { event.preventDefault(); void this.start(); });
    this.form.addEventListener('change', (event) => {
      if (event.target instanceof HTMLInputElement && event.target.name === 'preset') showPresetTiming(this.form);
    });
    this.find('cancel').addEventListener('click', () => this.session?.cancel());
    // Export code (the CSV writer among it) loads on the first click: /lab/'s first bundle stays inside its 30 KB.
    this.find('export-json').addEventListener('click', async () => (await import('./files')).exportJson(this.onScreen));
    this.find('export-csv').addEventListener('click', async () => (await import('./files')).exportCsv(this.onScreen));
    mountResultsLink(this, () => this.onScreen.find((run) => run.results.length > 0) ?? null);
    this.find('clear-history').addEventListener('click', () => { clearHistory(); this.renderHistory(); });
    const input = this.find<HTMLInputElement>('import');
    input.addEventListener('change', () => void this.importChosen(input));
    this.renderHistory();
    this.renderAll();
    void this.detect();
  }

  private async detect(): Promise<void> {
    this.backends = await detectBackends();
    this.applyAvailability(this.backends);
    this.form.dataset.ready = '';
  }

  /** Disables (and explains) every backend found unavailable, at load or when it failed to start in a run. */
  private applyAvailability(backends: readonly BackendInfo[]): void {
    for (const info of backends) {
      const box = this.form.querySelector<HTMLInputElement>(`input[name="backend"][value="${info.name}"]`);
      const reason = this.querySelector(`[data-lab-reason="${info.name}"]`);
      // A software GPU (SwiftShader) runs, but is named as what it is: its times say nothing about the reader's GPU.
      if (info.available && info.gpu?.software && reason) reason.textContent = ` — ${backendStrings.softwareGpu(info.gpu.name)}`;
      if (!box || info.available) continue;
      box.checked = false;
      box.disabled = true;
      if (reason) reason.textContent = ` — ${labStrings.backendUnavailable(info.reason ?? '')}`;
      const known = this.backends.find((backend) => backend.name === info.name);
      if (known) Object.assign(known, { available: false, reason: info.reason });
    }
  }

  private setStatus(status: Status, text: string): void {
    const node = this.find('status');
    node.dataset.labStatus = status;
    node.textContent = text;
  }

  private say(text: string): void {
    this.find('message').textContent = text;
  }

  private starting = false;

  private async start(): Promise<void> {
    if (this.session || this.starting) return;
    const request = readForm(this.form);
    if (!request.ok) return this.say(request.error);
    this.say('');
    const plan = planRun(request.preset, request.backends);
    // The session and its worker client load on Run: the lab's page weight before any action stays small.
    this.starting = true;
    this.setRunning(true);
    let LabSession: typeof import('./session').LabSession;
    try {
      ({ LabSession } = await import('./session'));
    } catch (error) {
      this.setRunning(false);
      return this.setStatus('failed', labStrings.statusFailed(error instanceof Error ? error.message : String(error)));
    } finally {
      this.starting = false;
    }
    this.session = new LabSession(plan, { machine: request.machine, environment: detectEnvironment(), backends: this.backends, machineProbes: request.machineProbes }, {
      onChange: (run, progress) => this.onChange(run, progress),
      onEnd: (run) => this.onEnd(run),
    });
    this.primary = this.session.run;
    this.setStatus('running', labStrings.statusRunning);
    this.renderAll();
    this.session.start();
  }

  private setRunning(running: boolean): void {
    this.find<HTMLButtonElement>('run').disabled = running;
    this.find<HTMLButtonElement>('cancel').disabled = !running;
    for (const fieldset of this.form.querySelectorAll('fieldset')) fieldset.disabled = running;
  }

  private lastResultCount = -1;

  private onChange(run: LabRun, progress: Progress): void {
    renderProgress(this.find('progress-wrap'), progress);
    const count = run.results.length + run.roofline.length;
    if (count !== this.lastResultCount) {
      this.lastResultCount = count;
      void this.renderTable();
    }
  }

  private onEnd(run: LabRun): void {
    this.session = null;
    this.setRunning(false);
    this.applyAvailability(run.backends);
    resetProgress(this.find('progress-wrap'), run.status === 'complete');
    const count = run.results.length;
    if (run.status === 'complete') this.setStatus('complete', labStrings.statusComplete(count));
    else if (run.status === 'cancelled') this.setStatus('cancelled', labStrings.statusCancelled(count));
    else this.setStatus('failed', labStrings.statusFailed(run.error ?? ''));
    if (run.notes && run.notes.length > 0) this.say(run.notes.join(' '));
    this.renderAll();
    if (count + run.roofline.length > 0) void this.keep(run);
  }

  /** Keeps `run` in this browser's history (through the results format, loaded now) and redraws the list. */
  private async keep(run: LabRun): Promise<void> {
    try {
      const { saveToHistory } = await import('./history-store');
      if (saveToHistory(run) === null) this.say(labStrings.storageUnavailable);
    } catch {
      this.say(labStrings.storageUnavailable);
    }
    this.renderHistory();
  }

  /** Shows kept run `entry`, read through the results format; one that no longer reads is refused by name and forgotten. */
  private async showKept(entry: HistoryEntry, label: string): Promise<void> {
    const { historyRun } = await import('./history-store');
    const outcome = historyRun(entry.id);
    if (outcome?.ok) this.show([outcome.run]);
    else if (outcome) this.say(labStrings.historyUnreadable(label, outcome.error));
    this.renderHistory();
  }

  private async importChosen(input: HTMLInputElement): Promise<void> {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length === 0) return;
    const { importFiles } = await import('./import-files');
    const outcome = await importFiles(files);
    if (outcome.runs.length > 0) this.show(outcome.runs);
    const accepted = files.length - outcome.refusals.length;
    this.say([...(accepted > 0 ? [labStrings.imported(accepted)] : []), ...outcome.refusals].join(' '));
  }

  /** Puts runs on screen beside what is there (the first becomes the main run if there is none). */
  private show(runs: LabRun[]): void {
    const fresh = runs.filter((run) => run.id !== this.primary?.id);
    if (!this.primary && fresh.length > 0 && !this.session) this.primary = fresh.shift() ?? null;
    this.others = mergeRuns(this.others, fresh);
    this.renderAll();
  }

  /** Counts table renders, so a render that waited for its module never draws over a newer one. */
  private tableRenders = 0;

  /** The results table, noisy note and summary; their module (./results-table.ts) loads with the first result on screen. */
  private async renderTable(): Promise<void> {
    const runs = this.onScreen.filter((run) => run.results.length > 0);
    const render = ++this.tableRenders;
    if (runs.length === 0) {
      this.find('table').replaceChildren(el('p', labStrings.noResults));
      this.find('noisy').textContent = '';
      this.find('summary').replaceChildren();
      this.find('summary-empty').hidden = false;
      return;
    }
    const { noisyNote, resultsTable, summarySentences } = await import('./results-table');
    if (render !== this.tableRenders) return;
    this.find('table').replaceChildren(resultsTable(runs));
    this.find('noisy').textContent = noisyNote(runs) ?? '';
    const several = runs.length > 1;
    const sentences = runs.flatMap((run) => summarySentences(run).map((sentence) => (several ? `${run.machine} · ${sentence}` : sentence)));
    this.find('summary').replaceChildren(...sentences.map((sentence) => el('li', sentence)));
    this.find('summary-empty').hidden = sentences.length > 0;
  }

  /** The environment list of the main run; its module loads with the first run on screen. */
  private async renderEnvironment(): Promise<void> {
    const list = this.find('environment');
    const run = this.primary;
    if (!run) return list.replaceChildren();
    const { environmentPairs } = await import('./environment');
    if (run === this.primary) list.replaceChildren(...environmentPairs(run).flatMap(([term, value]) => [el('dt', term), el('dd', value)]));
  }

  private renderHistory(): void {
    const history = historyEntries();
    const list = this.find('history');
    list.replaceChildren(...history.map((entry) => {
      const label = `${entry.machine}, ${entry.preset}, ${entry.createdAt.slice(0, 16).replace('T', ' ')}`;
      const button = el('button', labStrings.historyLoad(label), { type: 'button' });
      button.addEventListener('click', () => void this.showKept(entry, label));
      const item = el('li');
      item.append(button, ` — ${labStrings.historyMeta(entry.measurements, entry.status)}`);
      return item;
    }));
    this.find('history-empty').hidden = history.length > 0;
    this.find<HTMLButtonElement>('clear-history').disabled = history.length === 0;
  }

  private renderAll(): void {
    void this.renderTable();
    void this.renderEnvironment();
    const empty = this.onScreen.length === 0 || this.onScreen.every((run) => run.results.length === 0);
    this.find<HTMLButtonElement>('export-json').disabled = empty;
    this.find<HTMLButtonElement>('export-csv').disabled = empty;
    this.find<HTMLButtonElement>('copy-link').disabled = empty;
    if (!this.session) {
      void renderPlots({ speedup: this.find('speedup'), roofline: this.find('roofline'), compare: this.find('compare'), rooflineWords: this.find('roofline-words') }, this.onScreen);
    }
  }
}

if (!customElements.get('lab-bench')) customElements.define('lab-bench', LabBench);
