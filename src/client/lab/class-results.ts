// <class-results>: the teacher's page at /lab/class/ — reads dropped files, pasted links and text,
// and a link opened directly; keeps the pooled machines in this browser; offers one combined CSV.
// The pool is kept as results links, read back through their format's schema (src/lib/lab/class-link-format.ts);
// that reader, like the readers of dropped or pasted input, loads only when there is something to read (about
// 11 KB gzip of zod and schemas: a fresh page stays inside its budget, a stored pool loads it right after).
import { classCsv, encodeMachine, groupByBackend, LINK_PREFIX, poolMachines, type ClassMachine } from '../../lib/lab';
import type { ClassInput } from '../../lib/lab/class-import';
import { classResultsStrings } from '../../lib/strings/class-results';
import { showPoolSize, showReport, storedList, storeList, wirePoolInputs } from '../class/pool-inputs';
import { download } from '../site/download';
import { renderGroups } from './class-view';

/** The machines of the stored links that read (a damaged one is dropped). */
async function loadPool(links: readonly string[]): Promise<ClassMachine[]> {
  const { decodeMachine } = await import('../../lib/lab/class-link-format');
  return links.flatMap((link) => {
    try {
      return [decodeMachine(link)];
    } catch {
      return [];
    }
  });
}

// Storage blocked or full: the class stays on screen and in the CSV, which is what matters now.
const savePool = (machines: readonly ClassMachine[]) => storeList('classResults', machines.map(encodeMachine));

class ClassResults extends HTMLElement {
  #machines: ClassMachine[] = [];
  /** Settles once the stored pool is on screen: every change waits for it, so none can overwrite it. */
  #pool: Promise<void> = Promise.resolve();

  connectedCallback(): void {
    if (this.dataset.ready !== undefined) return;
    this.dataset.ready = '';
    const links = storedList('classResults').map(String);
    // A stored pool is on its way: the empty-class note would be wrong meanwhile.
    if (links.length > 0) this.#q('[data-class-empty]').hidden = true;
    this.#pool = links.length > 0 ? loadPool(links).then((machines) => { this.#machines = machines; this.#render(); }, () => this.#render()) : Promise.resolve();
    wirePoolInputs(this, {
      files: (files) => this.#addFiles(files),
      pasted: async (text) => {
        const { readClassInput } = await import('../../lib/lab/class-import');
        await this.#add([readClassInput(classResultsStrings.pastedName(1), text)]);
      },
      clear: async () => {
        await this.#pool;
        this.#machines = [];
        savePool([]);
        this.#render();
        this.#report([], 0);
      },
    });
    this.#q('[data-class-csv]').addEventListener('click', () => download('class-results.csv', classCsv(this.#machines), 'text/csv'));
    // A results link opened here (or pasted into the address bar of an open page) adds its machine.
    window.addEventListener('hashchange', () => this.#fromHash());
    if (links.length === 0) this.#render();
    this.#fromHash();
  }

  #fromHash(): boolean {
    if (!location.hash.includes(LINK_PREFIX)) return false;
    const hash = location.hash;
    history.replaceState(history.state, '', location.pathname);
    void import('../../lib/lab/class-import').then(({ readClassInput }) => this.#add([readClassInput(classResultsStrings.pastedName(1), hash)]));
    return true;
  }

  #q<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  async #addFiles(files: File[]): Promise<void> {
    const { readClassInput } = await import('../../lib/lab/class-import');
    await this.#add(await Promise.all(files.map(async (file) => readClassInput(file.name, await file.text(), file.size))));
  }

  async #add(inputs: ClassInput[]): Promise<void> {
    await this.#pool;
    const incoming = inputs.flatMap((input) => (input.ok ? input.machines : []));
    const { machines, duplicates, replaced } = poolMachines(this.#machines, incoming);
    const added = machines.length - this.#machines.length;
    this.#machines = machines;
    savePool(machines);
    this.#render();
    const refusals = inputs.flatMap((input) => (input.ok ? [] : [input.error]));
    const notes = [
      ...duplicates.map((machine) => classResultsStrings.duplicate(machine.machine)),
      ...replaced.map(({ machine, more }) => classResultsStrings.replaced(machine.machine, more)),
    ];
    this.#report(refusals, added, notes);
  }

  /** Says how many machines were added, what was refused (by name), and what was kept once or replaced by a fuller copy. */
  #report(refusals: string[], added: number, notes: string[] = []): void {
    showReport(this, classResultsStrings.added(added, this.#machines.length), refusals, notes);
  }

  #render(): void {
    showPoolSize(this, this.#machines.length === 0);
    renderGroups(this.#q('[data-class-groups]'), groupByBackend(this.#machines));
  }
}

if (!customElements.get('class-results')) customElements.define('class-results', ClassResults);
