/**
 * Offline use on the published site: registers the service worker, keeps the footer's readiness
 * line and Save for offline button true to what is stored, and offers a new version when one is
 * waiting — with Reload held back while a cell or benchmark runs, so an update never cuts one off.
 */
import { Workbox } from 'workbox-window';
import { BUSY_SELECTOR, formatMegabytes, SERVICE_WORKER_URL, totalBytes } from '../../lib/offline/cache-names';
import { offlineStrings } from '../../lib/strings';
import { missingFiles, offlineFiles, saveFiles } from './offline-save';

function part<T extends HTMLElement>(root: ParentNode, name: string): T {
  const node = root.querySelector<T>(`[data-offline-part="${name}"]`);
  if (!node) throw new Error(`offline markup lacks [data-offline-part="${name}"]`);
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
  const size = formatMegabytes(totalBytes(missing));
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

/** Shows the new-version notice; Reload is disabled while anything on the page is running. */
function offerUpdate(notice: HTMLElement, apply: () => void): void {
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
    if (document.querySelector(BUSY_SELECTOR) === null) apply();
  });
  part(notice, 'later').addEventListener('click', () => { notice.hidden = true; });
  notice.hidden = false;
}

/** Registers `/sw.js` and wires the offline line (`[data-offline]`) and the update notice (`[data-update-notice]`). */
export async function startOffline(doc: Document = document): Promise<void> {
  const root = doc.querySelector<HTMLElement>('[data-offline]');
  const notice = doc.querySelector<HTMLElement>('[data-update-notice]');
  if (!root || !notice) return;
  const workbox = new Workbox(SERVICE_WORKER_URL);
  let reloadAsked = false;
  workbox.addEventListener('waiting', () => offerUpdate(notice, () => {
    reloadAsked = true;
    workbox.messageSkipWaiting();
  }));
  workbox.addEventListener('controlling', () => {
    if (reloadAsked) location.reload();
  });
  part(root, 'save').addEventListener('click', () => void saveAll(root));
  await refreshStatus(root, navigator.serviceWorker.controller !== null);
  try {
    await workbox.register();
  } catch {
    root.hidden = true;
    return;
  }
  await navigator.serviceWorker.ready;
  await refreshStatus(root, true);
}
