/**
 * /train/'s form, read and filled: the backend (one choice for the whole site), which nets to train, the
 * budget and the seed — a new random seed for every run, so two runs (and two students) never share one
 * by accident, while a reader may still type a seed, or press Repeat in their runs, to repeat a run.
 */
import { BACKEND_NAMES, backendSupport, isBackendName, unavailableReason, type BackendName } from '../../lib/backends';
import { CONFIG_NAMES, parseSeed, readerSeed, type ConfigName } from '../../lib/train/config';
import { EXPERIMENT_NETWORK_IDS, type NetworkId } from '../../lib/train/networks';
import { cellStrings } from '../../lib/strings/cells';
import { trainStrings } from '../../lib/strings/train';
import { readPreference, writePreference } from '../cells/storage';

/** The backend preference the notebook cells' picker also reads and writes: one choice for the whole site. */
const BACKEND_KEY = 'dwlab:backend';

/** What the reader asked for: the nets (in the page's order), the budget, the seed and the backend. */
export interface RunChoice {
  networks: NetworkId[];
  configuration: ConfigName;
  seed: number;
  backend: BackendName;
}

const isNetwork = (value: string): value is NetworkId => (EXPERIMENT_NETWORK_IDS as readonly string[]).includes(value);
const isConfig = (value: string): value is ConfigName => (CONFIG_NAMES as readonly string[]).includes(value);

/** The controls under `root`, with a random seed filled in. */
export class RunControls {
  constructor(private readonly root: HTMLElement) {
    const backend = this.select;
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
    this.newSeed();
  }

  private q<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.root.querySelector<T>(selector)!;
  }

  private get select(): HTMLSelectElement {
    return this.q<HTMLSelectElement>('[data-train-backend]');
  }

  private get seedField(): HTMLInputElement {
    return this.q<HTMLInputElement>('[data-train-seed]');
  }

  private boxes(): HTMLInputElement[] {
    return [...this.root.querySelectorAll<HTMLInputElement>('[data-train-network]')];
  }

  /** Fills in a new random six-digit seed (crypto.getRandomValues). */
  newSeed(): void {
    this.seedField.value = String(readerSeed(crypto.getRandomValues(new Uint32Array(1))[0] ?? 0));
  }

  /** The reader's choice, or undefined after showing why it cannot start (no net ticked, a seed that is not one). */
  read(): RunChoice | undefined {
    const networks = this.boxes().filter((box) => box.checked).map((box) => box.value).filter(isNetwork);
    const networksError = this.q('[data-train-networks-error]');
    networksError.hidden = networks.length > 0;
    networksError.textContent = networks.length > 0 ? '' : trainStrings.noNetworks;
    const text = this.seedField.value;
    const seed = parseSeed(text);
    const seedError = this.q('[data-train-seed-error]');
    seedError.hidden = seed !== undefined;
    seedError.textContent = seed === undefined ? trainStrings.invalidSeed(text) : '';
    if (networks.length === 0 || seed === undefined) return undefined;
    const checked = this.root.querySelector<HTMLInputElement>('[data-train-config]:checked')?.value ?? 'quick';
    const selected = this.select.value;
    return { networks, configuration: isConfig(checked) ? checked : 'quick', seed, backend: isBackendName(selected) ? selected : 'wasm' };
  }

  /** Fills in an earlier run's seed, budget and nets, so Train repeats it. */
  fill(choice: Pick<RunChoice, 'networks' | 'configuration' | 'seed'>): void {
    this.seedField.value = String(choice.seed);
    for (const box of this.boxes()) box.checked = (choice.networks as readonly string[]).includes(box.value);
    for (const radio of this.root.querySelectorAll<HTMLInputElement>('[data-train-config]')) radio.checked = radio.value === choice.configuration;
    this.seedField.focus();
  }
}
