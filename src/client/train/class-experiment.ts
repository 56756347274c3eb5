// <class-experiment>: the teacher's page at /train/class/ — reads dropped and pasted training exports, keeps the
// pooled files in this browser (they survive a reload until Clear), and shows the pool. The page's first load is
// this file and its strings: the exports' reader (zod, the format) and the pool's view (the statistics, Observable
// Plot) load with the first runs, so a fresh page stays far inside its budget.
import type { PoolSource } from '../../lib/train/class-pool';
import type { TrainClassInput } from '../../lib/train/class-import';
import { trainClassStrings as s } from '../../lib/strings/train-class';
import { showPoolSize, showReport, storedList, storeList, wirePoolInputs } from '../class/pool-inputs';

const KEY = 'depthwise-lab:train-class';

/** `name`, or `name (2)`, `name (3)`… when the pool already has a source of that name, so every run can be named. */
function uniqueName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  let index = 2;
  while (taken.has(`${name} (${index})`)) index += 1;
  return `${name} (${index})`;
}

class ClassExperiment extends HTMLElement {
  #sources: PoolSource[] = [];
  /** Settles once the stored pool is read: every change waits for it, so none can overwrite it. */
  #pool: Promise<void> = Promise.resolve();
  /** The latest render: a newer one replaces an older one still loading. */
  #version = 0;

  connectedCallback(): void {
    if (this.dataset.ready !== undefined) return;
    this.dataset.ready = '';
    const stored = storedList(KEY);
    if (stored.length > 0) {
      // A stored pool is on its way: the empty-pool note would be wrong meanwhile.
      this.#q('[data-class-empty]').hidden = true;
      showReport(this, s.loading, []);
      this.#pool = import('../../lib/train/class-import').then(({ readStoredSource }) => {
        this.#sources = stored.flatMap((entry) => readStoredSource(entry) ?? []);
        showReport(this, '', []);
        return this.#render();
      }, () => this.#render());
    } else void this.#render();
    wirePoolInputs(this, {
      files: async (files) => {
        const { readTrainClassInput } = await import('../../lib/train/class-import');
        await this.#add(await Promise.all(files.map(async (file) => readTrainClassInput(file.name, await file.text(), file.size))));
      },
      pasted: async (text) => {
        const { readTrainClassInput } = await import('../../lib/train/class-import');
        await this.#add([readTrainClassInput(s.pastedName(1), text)]);
      },
      clear: async () => {
        await this.#pool;
        this.#sources = [];
        storeList(KEY, []);
        showReport(this, s.added(0, 0), []);
        await this.#render();
      },
    });
  }

  #q<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  async #add(inputs: readonly TrainClassInput[]): Promise<void> {
    await this.#pool;
    const { repeatsPool } = await import('../../lib/train/class-pool');
    const lines: string[] = [];
    let added = 0;
    for (const input of inputs) {
      if (!input.ok) {
        lines.push(input.error);
        continue;
      }
      for (const source of input.sources) {
        if (repeatsPool(this.#sources, source)) {
          lines.push(s.repeated(source.name));
          continue;
        }
        this.#sources.push({ ...source, name: uniqueName(source.name, new Set(this.#sources.map((each) => each.name))) });
        added += source.file.runs.length;
      }
    }
    if (!storeList(KEY, this.#sources)) lines.push(s.storageFull);
    showReport(this, s.added(added, this.#sources.reduce((sum, source) => sum + source.file.runs.length, 0)), lines);
    await this.#render();
  }

  async #render(): Promise<void> {
    const version = ++this.#version;
    showPoolSize(this, this.#sources.length === 0);
    const groups = this.#q('[data-class-groups]');
    if (this.#sources.length === 0) {
      groups.replaceChildren();
      return;
    }
    const { renderPool } = await import('./class-experiment-view');
    if (version === this.#version) renderPool(groups, this.#sources);
  }
}

if (!customElements.get('class-experiment')) customElements.define('class-experiment', ClassExperiment);
