/**
 * Offline use on the published site: registers the service worker, keeps the footer's readiness
 * line and Save for offline button true to what is stored, and offers a new version when one is
 * waiting — with Reload held back while a cell or benchmark runs, so an update never cuts one off.
 */
import { BUSY_SELECTOR, SERVICE_WORKER_URL, totalBytes } from '../../lib/offline/cache-names';
import { formatBytes } from '../../lib/strings/units';
import { offlineStrings } from '../../lib/strings/offline';
import { missingFiles, offlineFiles, saveFiles } from './offline-save';

function part<T extends HTMLElement>(root: ParentNode, name: string): T {
  const node = root.querySelector<T>(`[data-offline-part="${name}"]`);
  if (!node) throw new Error(`invalid offline markup: no [data-offline-part="${name}"]`);
  return node;
}

/** Shows whether the site is ready offline and, if not, what Save for offline would download. */
async function refreshStatus(root: HTMLElement, active: boolean): Promise<void> {
  const status = part(root, 'status');
  const save = part<HTMLButtonElement>(root, 'save');
  root.hidden = false;
  if (!active) {
    status.textContent = offlineStrings.preparing;
    save.hidden = true;
    return;
  }
  const missing = await missingFiles(await offlineFiles());
  root.dataset.offlineReady = String(missing.length === 0);
  const size = formatBytes(totalBytes(missing), { unit: 'MB' });
  status.textContent = missing.length === 0 ? offlineStrings.ready : offlineStrings.shellReady(size);
  save.hidden = missing.length === 0;
  save.textContent = offlineStrings.save(size);
}

async function saveAll(root: HTMLElement): Promise<void> {
  const status = part(root, 'status');
  const save = part<HTMLButtonElement>(root, 'save');
  const missing = await missingFiles(await offlineFiles());
  save.disabled = true;
  try {
    await saveFiles(missing, (done) => { status.textContent = offlineStrings.saving(done, missing.length); });
    await refreshStatus(root, true);
  } catch (error) {
    status.textContent = offlineStrings.saveFailed(error instanceof Error ? error.message : String(error));
  } finally {
    save.disabled = false;
  }
}

/** What Reload does for the newest waiting version (a later version replaces an earlier one's). */
let applyUpdate: (() => void) | undefined;

/** Shows the new-version notice; Reload is disabled while anything on the page is running. */
function offerUpdate(notice: HTMLElement, apply: () => void): void {
  const first = applyUpdate === undefined;
  applyUpdate = apply;
  notice.hidden = false;
  if (!first) return;
  const reload = part<HTMLButtonElement>(notice, 'reload');
  const why = part(notice, 'why');
  const sync = (): void => {
    const busy = document.querySelector(BUSY_SELECTOR) !== null;
    reload.disabled = busy;
    why.hidden = !busy;
  };
  sync();
  new MutationObserver(sync).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-state', 'data-lab-status'] });
  reload.addEventListener('click', () => {
    if (document.querySelector(BUSY_SELECTOR) === null) applyUpdate?.();
  });
  part(notice, 'later').addEventListener('click', () => { notice.hidden = true; });
}

/**
 * Calls `onWaiting` with a new version's worker once it is installed and waiting behind the one
 * that controls this page (at once if one is already waiting). A first install is not an update.
 */
function watchForUpdates(registration: ServiceWorkerRegistration, onWaiting: (worker: ServiceWorker) => void): void {
  const isUpdate = (): boolean => navigator.serviceWorker.controller !== null;
  if (registration.waiting && isUpdate()) onWaiting(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && isUpdate()) onWaiting(installing);
    });
  });
}

/** Registers `/sw.js` and wires the offline line (`[data-offline]`) and the update notice (`[data-update-notice]`). */
export async function startOffline(doc: Document = document): Promise<void> {
  const root = doc.querySelector<HTMLElement>('[data-offline]');
  const notice = doc.querySelector<HTMLElement>('[data-update-notice]');
  if (!root || !notice) return;
  part(root, 'save').addEventListener('click', () => void saveAll(root));
  await refreshStatus(root, navigator.serviceWorker.controller !== null);
  // A browser that refuses service workers (a policy, a private mode, a test harness) may reject
  // or answer without a registration: the site then simply stays online-only.
  let registration: ServiceWorkerRegistration | undefined;
  try {
    registration = await navigator.serviceWorker.register(SERVICE_WORKER_URL);
  } catch {
    registration = undefined;
  }
  if (!registration) {
    root.hidden = true;
    return;
  }
  let reloadAsked = false;
  // The new worker takes over only when asked; the page then reloads into the version it serves.
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloadAsked) location.reload();
  });
  watchForUpdates(registration, (worker) => offerUpdate(notice, () => {
    reloadAsked = true;
    worker.postMessage({ type: 'SKIP_WAITING' });
  }));
  await navigator.serviceWorker.ready;
  await refreshStatus(root, true);
}
