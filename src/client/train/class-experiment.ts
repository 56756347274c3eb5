// <class-experiment>: the teacher's page at /train/class/ — reads dropped and pasted training exports and results
// links (and a link opened here, /train/class/#t1.…), keeps the pool in this browser (it survives a reload until
// Clear), and shows it. The page's first load is this file and its strings: the inputs' reader (zod, the format, the
// link codec) and the pool's view (the statistics, Observable Plot) load with the first runs, so a fresh page stays
// far inside its budget. data-test-digits holds the fingerprint of the site's test labels, which links are scored on.
import type { PoolSource } from '../../lib/train/class-pool';
import type { TrainClassInput } from '../../lib/train/class-import';
import { trainClassStrings as s } from '../../lib/strings/train-class';
import { showPoolSize, showReport, storedList, storeList, wirePoolInputs } from '../class/pool-inputs';

/** A fragment holding a training results link (run-link.ts's RUN_LINK_PREFIX, `t1.`; the link is checked when read). */
const LINK_FRAGMENT = /^#t\d+\./;

/** How many runs a source brings. */
const runCount = (source: PoolSource) => ('link' in source ? source.link.runs.length : source.file.runs.length);

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
    const stored = storedList('trainClass');
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
        const { readTrainClassInputs } = await import('../../lib/train/class-import');
        await this.#add((await Promise.all(files.map(async (file) => readTrainClassInputs(file.name, await file.text(), file.size)))).flat());
      },
      pasted: (text) => this.#paste(text),
      clear: async () => {
        await this.#pool;
        this.#sources = [];
        storeList('trainClass', []);
        showReport(this, s.added(0, 0), []);
        await this.#render();
      },
    });
    // A results link opened here (or pasted into the address bar of an open page) adds its run.
    window.addEventListener('hashchange', () => this.#fromHash());
    this.#fromHash();
  }

  #fromHash(): void {
    if (!LINK_FRAGMENT.test(location.hash)) return;
    const hash = location.hash;
    history.replaceState(history.state, '', location.pathname + location.search);
    void this.#paste(hash);
  }

  async #paste(text: string): Promise<void> {
    const { readTrainClassInputs } = await import('../../lib/train/class-import');
    await this.#add(readTrainClassInputs(s.pastedName(1), text));
  }

  /** The fingerprint of the site's test labels, written by the page at build time. */
  get #digitsKey(): string {
    return this.dataset.testDigits ?? '';
  }

  #q<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  async #add(inputs: readonly TrainClassInput[]): Promise<void> {
    await this.#pool;
    const [{ repeatsPool }, { storedForm }] = await Promise.all([import('../../lib/train/class-pool'), import('../../lib/train/class-import')]);
    const lines: string[] = [];
    let added = 0;
    for (const input of inputs) {
      if (!input.ok) {
        lines.push(input.error);
        continue;
      }
      for (const source of input.sources) {
        if (repeatsPool(this.#sources, source, this.#digitsKey)) {
          lines.push(s.repeated(source.name));
          continue;
        }
        this.#sources.push({ ...source, name: uniqueName(source.name, new Set(this.#sources.map((each) => each.name))) });
        added += runCount(source);
      }
    }
    if (!storeList('trainClass', this.#sources.map(storedForm))) lines.push(s.storageFull);
    showReport(this, s.added(added, this.#sources.reduce((sum, source) => sum + runCount(source), 0)), lines);
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
    if (version === this.#version) renderPool(groups, this.#sources, this.#digitsKey);
  }
}

if (!customElements.get('class-experiment')) customElements.define('class-experiment', ClassExperiment);
