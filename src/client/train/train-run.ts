/**
 * The training half of /train/: reads the controls, starts the run in the worker, and shows its
 * status, progress bar, curves, results table, speed sentence, confusion matrices and wrong digits.
 * Pause and Resume are cooperative (the worker waits between batches); Stop ends after the current
 * batch and keeps the weights learned so far.
 */
import { BACKEND_NAMES, backendSupport, isBackendName, unavailableReason, type BackendName } from '../../lib/backends';
import { batchesPerEpoch, parseSeed, TRAIN_CONFIGS, type ConfigName } from '../../lib/train/config';
import { networkCostOf, NETWORK_IDS } from '../../lib/train/networks';
import type { BatchEvent, NetworkEvent } from '../../lib/train/protocol';
import { cellStrings } from '../../lib/strings/cells';
import { backendStrings } from '../../lib/strings/cells';
import { trainStrings } from '../../lib/strings/train';
import type { JobTable } from '../../lib/jobs/table';
import type { JobHandle } from '../jobs/job-worker';
import { readPreference, writePreference } from '../cells/storage';
import { TrainingCurves } from './curves';
import { confusionTable, wrongDigits } from './reports';
import type { TrainSession } from './session';
import { STORAGE_KEYS } from '../../lib/site/storage-keys';

/** The backend preference the notebook cells' picker also reads and writes: one choice for the whole site. */
const BACKEND_KEY = STORAGE_KEYS.backend;

/** The running part of the page, bound to its server-rendered elements under `root`. */
export class TrainRun {
  private job: JobHandle<JobTable['train']['train']> | undefined;
  private statusText: string = trainStrings.idle;
  private readonly curves: TrainingCurves;
  private readonly reports = new Map<string, NetworkEvent>();
  private backendUsed = '';

  constructor(private readonly root: HTMLElement, private readonly session: () => TrainSession) {
    this.curves = new TrainingCurves(this.q('[data-train-chart]'), this.q('[data-train-curve-table]'));
    this.q('[data-train-start]').addEventListener('click', () => this.start());
    this.q('[data-train-pause]').addEventListener('click', () => this.job?.pause());
    this.q('[data-train-resume]').addEventListener('click', () => this.job?.resume());
    this.q('[data-train-stop]').addEventListener('click', () => this.job?.cancel());
    const backend = this.q<HTMLSelectElement>('[data-train-backend]');
    const support = backendSupport(globalThis);
    for (const option of backend.options) {
      const reason = isBackendName(option.value) ? unavailableReason(option.value, support) : undefined;
      option.disabled = reason !== undefined;
      if (reason) option.textContent = cellStrings.backendUnavailable(option.textContent ?? option.value);
    }
    const saved = readPreference(BACKEND_KEY);
    if (isBackendName(saved) && BACKEND_NAMES.includes(saved) && !backend.querySelector<HTMLOptionElement>(`option[value="${saved}"]`)?.disabled) backend.value = saved;
    const warn = () => { this.q('[data-train-cpu-warning]').hidden = backend.value !== 'cpu'; };
    backend.addEventListener('change', () => {
      writePreference(BACKEND_KEY, backend.value);
      warn();
    });
    warn();
  }

  private q<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.root.querySelector<T>(selector)!;
  }

  private setStatus(text: string): void {
    this.statusText = text;
    this.q('[data-train-status]').textContent = text;
  }

  private buttons(state: 'idle' | 'running' | 'paused'): void {
    this.q<HTMLButtonElement>('[data-train-start]').disabled = state !== 'idle';
    this.q<HTMLButtonElement>('[data-train-pause]').disabled = state !== 'running';
    this.q<HTMLButtonElement>('[data-train-resume]').disabled = state !== 'paused';
    this.q<HTMLButtonElement>('[data-train-stop]').disabled = state === 'idle';
    // The offline update notice reads this, so a new version never reloads the page mid-training.
    this.root.dataset.trainState = state;
  }

  private start(): void {
    const seedError = this.q('[data-train-seed-error]');
    const text = this.q<HTMLInputElement>('[data-train-seed]').value;
    const parsed = parseSeed(text);
    const seed = parsed ?? trainStrings.invalidSeed(text);
    seedError.hidden = typeof seed === 'number';
    seedError.textContent = typeof seed === 'number' ? '' : seed;
    if (typeof seed !== 'number') return;
    const choice = (this.root.querySelector<HTMLInputElement>('[data-train-config]:checked')?.value ?? 'quick') as ConfigName;
    const config = { ...TRAIN_CONFIGS[choice], seed };
    const selected = this.q<HTMLSelectElement>('[data-train-backend]').value;
    const backend: BackendName = isBackendName(selected) ? selected : 'wasm';
    const progress = this.q<HTMLProgressElement>('[data-train-progress]');
    const total = NETWORK_IDS.length * config.epochs * batchesPerEpoch(config);
    progress.max = total;
    progress.value = 0;
    progress.hidden = false;
    this.curves.reset();
    this.reports.clear();
    for (const slot of ['[data-train-confusion]', '[data-train-wrong]', '[data-train-speed]', '[data-train-epochs] tbody']) this.q(slot).replaceChildren();
    for (const id of NETWORK_IDS) this.setRow(id, [trainStrings.notTrained, '', '']);
    this.setStatus(trainStrings.starting);
    this.buttons('running');
    this.job = this.session().train({ backend, config, networks: [...NETWORK_IDS] }, {
      backend: (event) => {
        this.backendUsed = cellStrings.backendNames[event.backend] ?? event.backend;
        const note = event.fallbackReason ? ` ${backendStrings.fellBack(event.requested, event.fallbackReason, event.backend)}` : '';
        this.q('[data-train-backend-status]').textContent = `${trainStrings.backendInUse(this.backendUsed, event.threads)}${note}${backendStrings.gpuNote(event.gpu)}`;
      },
      download: (event) => this.setStatus(trainStrings.downloading(event.loaded, event.total)),
      batch: (event) => this.onBatch(event, total),
      epoch: (event) => {
        const row = this.q<HTMLTableSectionElement>('[data-train-epochs] tbody').insertRow();
        for (const text of [trainStrings.networkNames[event.network] ?? event.network, String(event.epoch), event.loss.toFixed(3), trainStrings.percent(event.accuracy), trainStrings.percent(event.validationAccuracy, 2), event.seconds.toFixed(1)]) row.insertCell().textContent = text;
      },
      network: (report) => this.onNetwork(report),
      paused: (paused) => {
        this.buttons(paused ? 'paused' : 'running');
        this.q('[data-train-status]').textContent = paused ? trainStrings.paused(this.statusText) : this.statusText;
      },
      end: (end) => {
        this.job = undefined;
        this.buttons('idle');
        progress.hidden = true;
        void this.curves.draw();
        if (end.status === 'done') this.setStatus(end.result.stopped ? trainStrings.stopped : trainStrings.complete);
        else if (end.status === 'error') this.setStatus(trainStrings.failed(end.error.message));
        else if (end.status === 'terminated' && end.reason) this.setStatus(trainStrings.lost(end.reason));
      },
    });
  }

  private onBatch(event: BatchEvent, total: number): void {
    const index = NETWORK_IDS.indexOf(event.network);
    const done = (index * event.epochs + event.epoch - 1) * event.batchesPerEpoch + event.batch;
    this.q<HTMLProgressElement>('[data-train-progress]').value = Math.min(total, done);
    this.setStatus(trainStrings.status(trainStrings.networkNames[event.network] ?? event.network, event.epoch, event.epochs, event.batch, event.batchesPerEpoch));
    this.curves.add(event);
  }

  private setRow(id: string, values: string[]): void {
    const cells = this.root.querySelectorAll<HTMLTableCellElement>(`[data-train-results] tr[data-network="${id}"] td`);
    values.forEach((value, index) => { if (cells[index]) cells[index].textContent = value; });
  }

  private onNetwork(report: NetworkEvent): void {
    this.reports.set(report.network, report);
    this.setRow(report.network, [trainStrings.percent(report.testAccuracy, 2), report.msPerBatch.toFixed(0), report.secondsPerEpoch.toFixed(1)]);
    this.q('[data-train-confusion]').append(confusionTable(report));
    // The wrong digits (24 small canvases) in a task of their own, after the table.
    setTimeout(() => this.q('[data-train-wrong]').append(wrongDigits(report)), 0);
    const standard = this.reports.get('standard');
    const separable = this.reports.get('separable');
    if (standard && separable && standard.msPerBatch > 0) {
      const macRatio = networkCostOf('separable').multiplyAdds / networkCostOf('standard').multiplyAdds;
      this.q('[data-train-speed]').textContent = trainStrings.speedSentence(this.backendUsed, separable.msPerBatch / standard.msPerBatch, macRatio);
    }
  }

  /** Whether a run is in progress. */
  get running(): boolean {
    return this.job !== undefined;
  }
}
