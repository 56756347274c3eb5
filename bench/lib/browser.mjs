// Shared plumbing for the benchmark scripts: serve dist/ with the same server as `npm start`,
// launch the same Chromium as the tests, and write results as JSON under bench/results/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/lib/chromium.mjs';
import { DIST, ROOT } from '../../scripts/lib/build.mjs';
import { serveStatic } from '../../scripts/lib/static-server.mjs';

/** Serves the built site on a free port and launches headless Chromium; `bytesSent()` counts what it served; `close()` stops both. */
export async function openSite({ extraArgs = [] } = {}) {
  const server = await serveStatic({ root: DIST, port: 0, host: '127.0.0.1' });
  const origin = `http://localhost:${server.address().port}`;
  // Bytes the server wrote (headers and bodies, as compressed on the wire), counted per socket: what
  // the page, its workers and its service worker fetched, which the page's own events do not all see.
  const sockets = new Set();
  let closedBytes = 0;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => { closedBytes += socket.bytesWritten; sockets.delete(socket); });
  });
  const executablePath = findChromium();
  const browser = await chromium.launch({ args: [...CHROMIUM_ARGS, ...extraArgs], ...(executablePath ? { executablePath } : {}) });
  return {
    origin,
    browser,
    /** Bytes the site's server has written so far, over every connection. */
    bytesSent: () => closedBytes + [...sockets].reduce((sum, socket) => sum + socket.bytesWritten, 0),
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Writes `data` to bench/results/<name>-latest.json and a dated copy; returns the latest path. */
export function writeResults(name, data) {
  const dir = join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const body = JSON.stringify({ name, date: new Date().toISOString(), ...data }, null, 2) + '\n';
  writeFileSync(join(dir, `${name}-${stamp}.json`), body);
  const latest = join(dir, `${name}-latest.json`);
  writeFileSync(latest, body);
  return latest;
}

/** Median of a list of numbers (mean of the middle two for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Prints rows (objects with the same keys) as a Markdown table, ready to paste into the README. */
export function printTable(rows) {
  if (rows.length === 0) return;
  const keys = Object.keys(rows[0]);
  console.log(`| ${keys.join(' | ')} |`);
  console.log(`| ${keys.map(() => '---').join(' | ')} |`);
  for (const row of rows) console.log(`| ${keys.map((key) => row[key]).join(' | ')} |`);
}
