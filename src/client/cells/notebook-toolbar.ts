/**
 * The page-level notebook controls, built by script (they only make sense with JavaScript):
 * Run all, Restart runtime, Reset all edits, the remembered backend picker, the backend in use,
 * and the keyboard help. Placed just before the page's first cell.
 */
import { cellStrings } from '../../lib/strings/cells';
import { backendStrings } from '../../lib/strings/cells';
import { BACKEND_NAMES, backendSupport, unavailableReason, type BackendName } from '../../lib/backends';
import type { BackendEvent } from '../../lib/notebook/protocol';
import { readPreference, writePreference } from './storage';
import { STORAGE_KEYS } from '../../lib/site/storage-keys';

/** The backend preference /train/'s picker also reads and writes: one choice for the whole site. */
const BACKEND_KEY = STORAGE_KEYS.backend;
/** Whether this browser can offer `backend` inside a worker (wasm and cpu always can). */
function available(backend: BackendName): boolean {
  return unavailableReason(backend, backendSupport(globalThis)) === undefined;
}

/** Actions the toolbar triggers. */
export interface ToolbarActions {
  runAll(): void;
  restart(): void;
  resetAll(): void;
  backendChanged(backend: BackendName): void;
}

let shared: NotebookToolbar | undefined;

/**
 * The page's one toolbar: built by the first caller with its `actions` (the cells' boot script at
 * load, so Run all and the backend picker are there before the cells' code is), returned as is after.
 */
export function pageToolbar(actions: ToolbarActions): NotebookToolbar {
  return (shared ??= new NotebookToolbar(actions));
}

/** The toolbar's DOM and the chosen backend. */
export class NotebookToolbar {
  readonly element: HTMLElement;
  private readonly select: HTMLSelectElement;
  private readonly status: HTMLElement;

  constructor(actions: ToolbarActions) {
    this.element = document.createElement('div');
    this.element.className = 'notebook-toolbar no-print';
    this.element.setAttribute('role', 'group');
    this.element.setAttribute('aria-label', cellStrings.toolbarLabel);
    const button = (label: string, run: () => void) => {
      const element = document.createElement('button');
      element.type = 'button';
      element.textContent = label;
      element.addEventListener('click', run);
      return element;
    };
    const label = document.createElement('label');
    label.textContent = `${cellStrings.backendLabel} `;
    this.select = document.createElement('select');
    for (const backend of BACKEND_NAMES) {
      const option = new Option(available(backend) ? cellStrings.backendNames[backend] : cellStrings.backendUnavailable(cellStrings.backendNames[backend] ?? backend), backend);
      option.disabled = !available(backend);
      this.select.append(option);
    }
    const saved = readPreference(BACKEND_KEY);
    this.select.value = BACKEND_NAMES.includes(saved as BackendName) && available(saved as BackendName) ? (saved as string) : 'wasm';
    this.select.addEventListener('change', () => {
      writePreference(BACKEND_KEY, this.select.value);
      actions.backendChanged(this.backend);
    });
    label.append(this.select);
    this.status = document.createElement('span');
    this.status.className = 'notebook-backend';
    this.status.setAttribute('role', 'status');
    this.status.textContent = cellStrings.backendNotStarted;
    const help = document.createElement('p');
    help.className = 'notebook-help';
    help.textContent = cellStrings.keysHelp;
    this.element.append(button(cellStrings.runAll, actions.runAll), button(cellStrings.restart, actions.restart), button(cellStrings.resetAll, actions.resetAll), label, this.status, help);
  }

  /** The backend chosen in the picker. */
  get backend(): BackendName {
    return this.select.value as BackendName;
  }

  /** Inserts the toolbar before the article block holding `firstCell` (a cell may sit inside a two-column pair). */
  place(firstCell: HTMLElement): void {
    const anchor = firstCell.closest<HTMLElement>('article > *') ?? firstCell;
    if (this.element.nextElementSibling !== anchor) anchor.before(this.element);
  }

  /** Shows the backend in use (and any fallback reason), or that TF.js has not started. */
  showBackend(info: BackendEvent | undefined): void {
    if (!info) {
      this.status.textContent = cellStrings.backendNotStarted;
      return;
    }
    const inUse = `${cellStrings.backendInUse(info.backend, info.threads)}${backendStrings.gpuNote(info.gpu)}`;
    this.status.textContent = info.fallbackReason ? `${inUse} ${backendStrings.fellBack(info.requested, info.fallbackReason, info.backend)}` : inUse;
  }
}
