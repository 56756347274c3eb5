// Finds a Chromium for tests and benchmarks: CHROMIUM_PATH, else Playwright's own download,
// else the system's (/usr/bin/chromium and friends); otherwise explains how to get one.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Flags that keep headless Chromium quiet and working in containers and on closed networks. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/**
 * Flags that give headless Chromium a WebGPU adapter (on machines without a GPU, SwiftShader's software one): only
 * the WebGPU e2e project (playwright.config.ts) and the benchmarks that measure WebGPU add them, never
 * {@link CHROMIUM_ARGS}, so every other test and benchmark sees WebGPU as a reader's default Chromium does.
 * WebGPU also needs a secure origin: the project serves on http://127.0.0.1.
 */
export const WEBGPU_ARGS = ['--enable-unsafe-webgpu'];

/** Absolute path of the Chromium to launch, or undefined to let Playwright use its own download. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // Playwright's browsers are not installed: fall through to the system's.
  }
  const system = SYSTEM_PATHS.find((path) => existsSync(path));
  if (system) return system;
  throw new Error(
    'No Chromium found for the browser tests. Either:\n' +
      '  • run `npx playwright install chromium` (downloads Playwright\'s own build), or\n' +
      '  • install your system\'s Chromium (Debian/Ubuntu: `sudo apt-get install chromium`), or\n' +
      '  • set CHROMIUM_PATH=/path/to/chromium.',
  );
}
