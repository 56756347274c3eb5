/**
 * The reader's runs on /train/ (loaded when there are runs to show or one to keep): the table of kept
 * runs with Export, Copy link, Repeat and Remove, Clear for all of them, and the latest run read against
 * the reference at its budget. Each run is kept as a format-2 results file, the reference's own schema.
 */
import { deviceLabel } from '../../lib/lab/class-pool';
import { cellStrings } from '../../lib/strings/cells';
import { trainStrings } from '../../lib/strings/train';
import { trainRunStrings as say } from '../../lib/strings/train-runs';
import { TRAIN_CONFIGS, type ConfigName } from '../../lib/train/config';
import type { ExperimentResults } from '../../lib/train/experiment-format';
import { EXPERIMENT_NETWORK_IDS, type NetworkId } from '../../lib/train/networks';
import { completeNetworks, readerResults } from '../../lib/train/reader-results';
import { readAgainstReference, ReferenceBudgetsSchema, type ReferenceBudgets } from '../../lib/train/reference-budgets';
import { addToRunHistory, removeFromRunHistory, runId, runSeed } from '../../lib/train/run-history';
import { runLinkFromResults, runLinkUrl } from '../../lib/train/run-link';
import { download } from '../site/download';
import { loadRuns, saveRuns } from './history-store';
import type { RunRecord } from './train-run';

/** What the history asks of the rest of the page. */
export interface HistoryHooks {
  /** Fill the controls with an earlier run's seed, budget and nets. */
  repeat(choice: { seed: number; configuration: ConfigName; networks: NetworkId[] }): void;
}

const configurationOf = (file: ExperimentResults): ConfigName => file.runs[0]?.configuration ?? 'quick';

function button(text: string, label: string, onClick: () => void): HTMLButtonElement {
  const element = Object.assign(document.createElement('button'), { type: 'button', textContent: text });
  element.setAttribute('aria-label', label);
  element.addEventListener('click', onClick);
  return element;
}

/** The reader's runs, bound to the history and reading slots under `root`. */
export class RunHistoryView {
  private runs: ExperimentResults[];
  private readonly reference: ReferenceBudgets | undefined;

  constructor(private readonly root: HTMLElement, private readonly hooks: HistoryHooks) {
    const stored = loadRuns();
    this.runs = stored.runs;
    if (stored.unreadable > 0) {
      saveRuns(this.runs);
      this.say(say.unreadable(stored.unreadable));
    }
    const budgets = ReferenceBudgetsSchema.safeParse(JSON.parse(this.q('[data-reference-budgets]').dataset.referenceBudgets ?? 'null'));
    this.reference = budgets.success ? budgets.data : undefined;
    this.q('[data-train-history-clear]').addEventListener('click', () => this.clear());
    this.render();
  }

  private q<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.root.querySelector<T>(selector)!;
  }

  private say(text: string): void {
    this.q('[data-train-history-status]').textContent = text;
  }

  /** Keeps a finished run (its nets that trained their whole budget) and reads it against the reference. */
  keep(record: RunRecord): void {
    const run = { ...record, device: deviceLabel({ userAgent: navigator.userAgent, hardwareConcurrency: navigator.hardwareConcurrency ?? 0 }), cores: navigator.hardwareConcurrency ?? 0 };
    const reading = this.q('[data-train-reading]');
    const complete = completeNetworks(run);
    const sentences = complete.length === 0 ? [say.readingStopped] : this.reference
      ? say.reading(readAgainstReference(this.reference, run.configuration, complete.map(({ network, testAccuracy }) => ({ network, testAccuracy }))))
      : [say.noReference];
    reading.replaceChildren(...sentences.map((text) => Object.assign(document.createElement('p'), { textContent: text })));
    const file = readerResults(run);
    if (!file) return;
    this.runs = addToRunHistory(this.runs, file);
    this.say(saveRuns(this.runs) ? say.kept(run.seed) : say.notKept);
    this.render();
  }

  private clear(): void {
    if (!confirm(say.clearConfirm(this.runs.length))) return;
    this.runs = [];
    saveRuns(this.runs);
    this.say(say.cleared);
    this.render();
  }

  private render(): void {
    this.q('[data-train-history-empty]').hidden = this.runs.length > 0;
    this.q<HTMLButtonElement>('[data-train-history-clear]').disabled = this.runs.length === 0;
    const slot = this.q('[data-train-history-table]');
    if (this.runs.length === 0) {
      slot.replaceChildren();
      return;
    }
    const table = document.createElement('table');
    table.createCaption().textContent = say.historyCaption;
    const head = table.createTHead().insertRow();
    const columns = say.historyColumns;
    for (const text of [columns.started, columns.budget, columns.seed, columns.backend, ...EXPERIMENT_NETWORK_IDS.map((id) => trainStrings.networkNames[id] ?? id), columns.reading, columns.actions]) {
      head.append(Object.assign(document.createElement('th'), { scope: 'col', textContent: text }));
    }
    const body = table.createTBody();
    for (const file of this.runs) body.append(this.row(file));
    slot.replaceChildren(table);
  }

  private row(file: ExperimentResults): HTMLTableRowElement {
    const row = document.createElement('tr');
    const seed = runSeed(file) ?? 0;
    const configuration = configurationOf(file);
    const config = file.configurations[configuration] ?? TRAIN_CONFIGS[configuration];
    const started = say.started(file.createdAt);
    row.append(Object.assign(document.createElement('th'), { scope: 'row', textContent: started }));
    const accuracy = new Map(file.runs.map((run) => [run.network, run.testAccuracy]));
    const reading = this.reference
      ? say.readingShort(readAgainstReference(this.reference, configuration, file.runs.map(({ network, testAccuracy }) => ({ network, testAccuracy }))))
      : say.noReference;
    for (const text of [
      trainStrings.configShort(configuration, config.trainCount, config.epochs), String(seed), cellStrings.backendNames[file.backend] ?? file.backend,
      ...EXPERIMENT_NETWORK_IDS.map((id) => {
        const value = accuracy.get(id);
        return value === undefined ? say.notTrainedInRun : trainStrings.percent(value, 2);
      }),
      reading,
    ]) row.insertCell().textContent = text;
    const actions = document.createElement('div');
    actions.className = 'actions';
    actions.append(
      button(say.exportButton, say.exportLabel(seed, started), () => this.export(file)),
      button(say.linkButton, say.linkLabel(seed, started), () => void this.copyLink(file)),
      button(say.repeatButton, say.repeatLabel(seed, started), () => this.repeat(file)),
      button(say.removeButton, say.removeLabel(seed, started), () => this.remove(file)),
    );
    row.insertCell().append(actions);
    return row;
  }

  private export(file: ExperimentResults): void {
    const name = `depthwise-train-${configurationOf(file)}-seed-${runSeed(file)}-${file.createdAt.slice(0, 16).replace(/[:T]/g, '-')}.json`;
    download(name, `${JSON.stringify(file, null, 1)}\n`, 'application/json');
    this.say(say.exported(name));
  }

  private async copyLink(file: ExperimentResults): Promise<void> {
    const seed = runSeed(file) ?? 0;
    let link: string;
    try {
      link = runLinkUrl(location.origin, runLinkFromResults(file));
    } catch (error) {
      this.say(say.linkFailed(error instanceof Error ? error.message : String(error)));
      return;
    }
    const field = this.q<HTMLInputElement>('[data-train-link]');
    field.value = link;
    this.q('[data-train-link-label]').textContent = say.linkFieldLabel(seed);
    this.q('[data-train-link-field]').hidden = false;
    try {
      await navigator.clipboard.writeText(link);
      this.say(say.linkCopied);
    } catch {
      this.say(say.linkShown);
      field.select();
    }
  }

  private repeat(file: ExperimentResults): void {
    const configuration = configurationOf(file);
    const seed = runSeed(file) ?? 0;
    this.hooks.repeat({ seed, configuration, networks: file.runs.map((run) => run.network) });
    this.say(say.repeatFilled(seed));
  }

  private remove(file: ExperimentResults): void {
    this.runs = removeFromRunHistory(this.runs, runId(file));
    saveRuns(this.runs);
    this.say(say.removed(runSeed(file) ?? 0));
    this.render();
    // Focus stays in the history: on the next run's first button, or on the heading once none is left.
    (this.root.querySelector<HTMLElement>('[data-train-history-table] tbody button') ?? this.q('#train-history-heading')).focus();
  }
}
