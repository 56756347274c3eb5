// The inputs every class pool page shares (src/components/class/PoolInputs.astro): dropped or chosen files, pasted
// text, Clear, the status line and the refusals, and the pool kept in this browser. The page decides what an input
// means; this wires the controls and the storage, so /lab/class/ and /train/class/ behave alike.
import { el } from '../lab/dom';
import { readStored, STORAGE_KEYS, type StoredThing } from '../../lib/site/storage-keys';

/** What a page does with the teacher's inputs. */
export interface PoolInputHandlers {
  files(files: File[]): Promise<void>;
  pasted(text: string): Promise<void>;
  clear(): Promise<void>;
}

const q = <T extends HTMLElement = HTMLElement>(root: HTMLElement, selector: string) => root.querySelector<T>(selector)!;

/** Wires the drop zone, the file chooser, the paste box and Clear under `root` to `handlers`. */
export function wirePoolInputs(root: HTMLElement, handlers: PoolInputHandlers): void {
  const files = q<HTMLInputElement>(root, '[data-class-files]');
  files.addEventListener('change', async () => { await handlers.files([...(files.files ?? [])]); files.value = ''; });
  const zone = q(root, '[data-class-drop]');
  zone.addEventListener('dragover', (event) => { event.preventDefault(); zone.dataset.over = ''; });
  zone.addEventListener('dragleave', () => { delete zone.dataset.over; });
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    delete zone.dataset.over;
    void handlers.files([...(event.dataTransfer?.files ?? [])]);
  });
  const paste = q<HTMLTextAreaElement>(root, '[data-class-paste]');
  q(root, '[data-class-add]').addEventListener('click', async () => {
    const text = paste.value;
    paste.value = '';
    await handlers.pasted(text);
  });
  q(root, '[data-class-clear]').addEventListener('click', () => void handlers.clear());
}

/** Shows the outcome of the last input: the status sentence, one line per refusal, and notes (kept once, replaced by a fuller copy) set apart from them. */
export function showReport(root: HTMLElement, status: string, refusals: readonly string[], notes: readonly string[] = []): void {
  q(root, '[data-class-status]').textContent = status;
  q(root, '[data-class-refusals]').replaceChildren(...refusals.map((line) => el('li', line)), ...notes.map((line) => el('li', line, { class: 'note' })));
}

/** Shows or hides the empty-pool note and enables the actions that need a pool (Clear, and any marked data-class-needs-pool). */
export function showPoolSize(root: HTMLElement, empty: boolean): void {
  q(root, '[data-class-empty]').hidden = !empty;
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-class-clear], [data-class-needs-pool]')) button.disabled = empty;
}

/** The list this browser keeps as `thing`, not yet checked (empty when there is none or storage is unavailable). */
export function storedList(thing: StoredThing): unknown[] {
  try {
    const list: unknown = JSON.parse(readStored(localStorage, thing) ?? '[]');
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}

/** Keeps `list` as `thing`; false when the browser refuses (storage blocked or full). */
export function storeList(thing: StoredThing, list: readonly unknown[]): boolean {
  try {
    localStorage.setItem(STORAGE_KEYS[thing], JSON.stringify(list));
    return true;
  } catch {
    return false;
  }
}
