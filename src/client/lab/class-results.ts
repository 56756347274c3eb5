// <class-results>: the teacher's page at /lab/class/ — reads dropped files, pasted links and text,
// and a link opened directly; keeps the pooled machines in this browser; offers one combined CSV.
import { classCsv, decodeMachine, encodeMachine, groupByBackend, LINK_PREFIX, poolMachines, readClassInput, type ClassInput, type ClassMachine } from '../../lib/lab';
import { classResultsStrings } from '../../lib/strings/class-results';
import { el } from './dom';
import { download } from './files';
import { renderGroups } from './class-view';

const KEY = 'depthwise-lab:class-results';

function loadPool(): ClassMachine[] {
  try {
    const list: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(list) ? list.flatMap((code) => { try { return [decodeMachine(String(code))]; } catch { return []; } }) : [];
  } catch {
    return [];
  }
}

function savePool(machines: readonly ClassMachine[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(machines.map(encodeMachine)));
  } catch {
    // Storage blocked or full: the class stays on screen and in the CSV, which is what matters now.
  }
}

class ClassResults extends HTMLElement {
  #machines: ClassMachine[] = [];

  connectedCallback(): void {
    if (this.dataset.ready !== undefined) return;
    this.dataset.ready = '';
    this.#machines = loadPool();
    const files = this.#q<HTMLInputElement>('[data-class-files]');
    files.addEventListener('change', async () => { await this.#addFiles([...(files.files ?? [])]); files.value = ''; });
    const zone = this.#q('[data-class-drop]');
    zone.addEventListener('dragover', (event) => { event.preventDefault(); zone.dataset.over = ''; });
    zone.addEventListener('dragleave', () => { delete zone.dataset.over; });
    zone.addEventListener('drop', (event) => {
      event.preventDefault();
      delete zone.dataset.over;
      void this.#addFiles([...(event.dataTransfer?.files ?? [])]);
    });
    const paste = this.#q<HTMLTextAreaElement>('[data-class-paste]');
    this.#q('[data-class-add]').addEventListener('click', () => {
      this.#add([readClassInput(classResultsStrings.pastedName(1), paste.value)]);
      paste.value = '';
    });
    this.#q('[data-class-csv]').addEventListener('click', () => download('class-results.csv', classCsv(this.#machines), 'text/csv'));
    this.#q('[data-class-clear]').addEventListener('click', () => { this.#machines = []; savePool([]); this.#render(); this.#report([], 0); });
    // A results link opened here (or pasted into the address bar of an open page) adds its machine.
    window.addEventListener('hashchange', () => this.#fromHash());
    if (!this.#fromHash()) this.#render();
  }

  #fromHash(): boolean {
    if (!location.hash.includes(LINK_PREFIX)) return false;
    this.#add([readClassInput(classResultsStrings.pastedName(1), location.hash)]);
    history.replaceState(history.state, '', location.pathname);
    return true;
  }

  #q<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  async #addFiles(files: File[]): Promise<void> {
    this.#add(await Promise.all(files.map(async (file) => readClassInput(file.name, await file.text(), file.size))));
  }

  #add(inputs: ClassInput[]): void {
    const incoming = inputs.flatMap((input) => (input.ok ? input.machines : []));
    const { machines, duplicates } = poolMachines(this.#machines, incoming);
    const added = machines.length - this.#machines.length;
    this.#machines = machines;
    savePool(machines);
    this.#render();
    const refusals = inputs.flatMap((input) => (input.ok ? [] : [input.error]));
    this.#report([...refusals, ...duplicates.map((machine) => classResultsStrings.duplicate(machine.machine))], added);
  }

  #report(lines: string[], added: number): void {
    this.#q('[data-class-status]').textContent = classResultsStrings.added(added, this.#machines.length);
    this.#q('[data-class-refusals]').replaceChildren(...lines.map((line) => el('li', line)));
  }

  #render(): void {
    const empty = this.#machines.length === 0;
    this.#q('[data-class-empty]').hidden = !empty;
    this.#q<HTMLButtonElement>('[data-class-csv]').disabled = empty;
    this.#q<HTMLButtonElement>('[data-class-clear]').disabled = empty;
    renderGroups(this.#q('[data-class-groups]'), groupByBackend(this.#machines));
  }
}

if (!customElements.get('class-results')) customElements.define('class-results', ClassResults);
