/**
 * Save for offline: reads the build's list of TF.js files left out of the precache, says how much
 * of it is not stored yet, and stores it all in one go in the cache the service worker reads.
 */
import { isOfflineFiles, OFFLINE_FILES_URL, RUNTIME_CACHE, type OfflineFile } from '../../lib/offline/cache-names';

/** The build's TF.js files (chunks and wasm) with their download size; an empty list if it cannot be read. */
export async function offlineFiles(): Promise<OfflineFile[]> {
  try {
    const response = await fetch(OFFLINE_FILES_URL);
    const json: unknown = response.ok ? await response.json() : null;
    return isOfflineFiles(json) ? json.files : [];
  } catch {
    return [];
  }
}

/** The files of `files` no cache of this site holds yet. */
export async function missingFiles(files: readonly OfflineFile[]): Promise<OfflineFile[]> {
  const held = await Promise.all(files.map(async (file) => (await caches.match(file.url)) !== undefined));
  return files.filter((_, index) => !held[index]);
}

/** Downloads and stores `files` (four at a time), reporting each one done; rejects with the first failure. */
export async function saveFiles(files: readonly OfflineFile[], onProgress: (done: number) => void): Promise<void> {
  const cache = await caches.open(RUNTIME_CACHE);
  let next = 0;
  let done = 0;
  const lane = async (): Promise<void> => {
    while (next < files.length) {
      const file = files[next++]!;
      // cache.add refuses non-2xx answers, so a failed download never stands in for the file.
      await cache.add(file.url);
      onProgress(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, files.length) }, lane));
}
