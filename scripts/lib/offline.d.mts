/** The TF.js side of the build: worker bundles in `_astro/`, the chunks they import (transitively), and wasm binaries. */
export function runtimeFiles(dist: string): string[];
/** Binary data outside `_astro/` and the test pages (packed digits, model weights), as paths relative to `dist`. */
export function dataFiles(dist: string, dir?: string): string[];
/** Bundles the service worker, injects the precache list, writes `sw.js` and `offline-files.json`. */
export function writeServiceWorker(options: { root: string; dist: string }): Promise<void>;
