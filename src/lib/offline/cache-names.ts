/**
 * Names shared by the service worker and the page: the cache that holds TF.js and its wasm once
 * used or saved, the build's list of those files, and the messages the page sends the worker.
 */

/** The Cache Storage name for TF.js chunks and wasm binaries (cached on first use or by Save for offline). */
export const RUNTIME_CACHE = 'depthwise-runtime';

/** The build's list of files cached on use rather than at install (`OfflineFiles`), served at this path. */
export const OFFLINE_FILES_URL = '/offline-files.json';

/** The path of the service worker script at the site's root (its scope is the whole site). */
export const SERVICE_WORKER_URL = '/sw.js';

/** One file the reader downloads when saving the site for offline use. */
export interface OfflineFile {
  /** Absolute path on the site, e.g. `/_astro/tfjs-backend-wasm-….wasm`. */
  url: string;
  /** Bytes on the wire when served compressed (what the download costs). */
  bytes: number;
}

/** The build's list of large files left out of the install-time precache. */
export interface OfflineFiles {
  files: OfflineFile[];
}

/** Whether `value` has the shape of `OfflineFiles` (the JSON comes over the network). */
export function isOfflineFiles(value: unknown): value is OfflineFiles {
  if (typeof value !== 'object' || value === null || !Array.isArray((value as OfflineFiles).files)) return false;
  return (value as OfflineFiles).files.every((file) =>
    typeof file === 'object' && file !== null && typeof file.url === 'string' && file.url.startsWith('/')
    && Number.isFinite(file.bytes) && file.bytes >= 0);
}

/** Total bytes of `files`, for the Save for offline label. */
export function totalBytes(files: readonly OfflineFile[]): number {
  return files.reduce((sum, file) => sum + file.bytes, 0);
}

/**
 * Elements that mean work is running on the page, which a reload would throw away: a queued or
 * running cell (`data-state`), a running benchmark (`data-lab-status`) and a training run, running or
 * paused (`data-train-state`). New long-running
 * features add their own running marker here.
 */
export const BUSY_SELECTOR = [
  '[data-cell][data-state="running"]', '[data-cell][data-state="queued"]', '[data-lab-status="running"]',
  '[data-train-state="running"]', '[data-train-state="paused"]',
].join(', ');
