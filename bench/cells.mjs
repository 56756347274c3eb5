// `npm run bench:cells`: the notebook cells in headless Chromium against the built site.
// Medians of repeated runs, measured inside the page (performance.now around a click and a
// MutationObserver), so Playwright's own overhead is not counted:
//   - JS before first Run: gzip bytes of the scripts a page with cells loads before any interaction;
//   - cold Run → first output: a freshly launched browser each time (no HTTP, code or wasm cache
//     shared with an earlier run), wasm backend, a real pointer click timed from pointer-down: the
//     cells' code, the worker and TF.js all load after it (no hover first, so no intent warm-up);
//   - cold Run → done for the first cell of /depthwise/ (a real lesson cell, not the empty one),
//     likewise from a fresh browser;
//   - bytes the server sent (compressed, every request of the page, its workers and its service
//     worker) to a reader who never runs anything: the top of /depthwise/ read for 4 s, and its
//     first cell left in view (intent warm-up loads TF.js after a second in view once the page is idle);
//   - warm round trip: an empty cell (`1`) run again once TF.js is loaded;
//   - Stop → idle: a `while (true) {}` cell stopped, until its state leaves `running`;
//   - run after Stop: the next run of an empty cell, in the fresh worker (TF.js from the HTTP cache).
// Targets on a 2-core machine: ≤ 30 KB, ≤ 700 ms, ≤ 15 ms, ≤ 100 ms. Reported, never asserted by tests.
import { gzipSync } from 'node:zlib';
import { median, openSite, printTable, writeResults } from './lib/browser.mjs';

const TEST_PAGE = '/test/cells/';
const LESSON_PAGE = '/convolution/';
const FIRST_LESSON_CELL = { page: '/depthwise/', id: 'dw-seed' };
const REPEATS = { cold: 5, warm: 15, stop: 7 };

async function scriptBytes(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.body().catch(() => Buffer.alloc(0)));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].filter((s) => !s.type || s.type === 'module').map((s) => s.textContent ?? ''));
  const files = await Promise.all(bodies);
  await context.close();
  return [...files, ...inline].reduce((sum, body) => sum + gzipSync(body).length, 0);
}

/** In the page: clicks `action` in cell `id` (a script click: the cells' code must have loaded) and resolves with ms until `done(cell)` holds. */
function timeInPage(page, { id, action, until }) {
  return page.evaluate(({ id, action, until }) => new Promise((resolve, reject) => {
    const cell = document.querySelector(`[data-cell="${id}"]`);
    const output = cell.querySelector('[data-part="output"]');
    const reached = () => (until === 'first-output' ? output.childElementCount > 0 : until === 'not-running' ? cell.dataset.state !== 'running' : cell.dataset.state === until);
    const observer = new MutationObserver(() => {
      if (!reached()) return;
      observer.disconnect();
      resolve(performance.now() - start);
    });
    observer.observe(cell, { attributes: true, childList: true, subtree: true });
    setTimeout(() => reject(new Error(`cell ${id} never reached ${until}`)), 60_000);
    const start = performance.now();
    cell.querySelector(`[data-action="${action}"]`).click();
  }), { id, action, until });
}

/**
 * Clicks Run in cell `id` as a reader does (real pointer events: the cells' code loads on the first one)
 * and returns ms from the pointer going down on Run until `until` holds. No hover beforehand: the
 * pointer arrives and presses at once, so intent warm-up gains nothing here.
 */
async function timeReaderRun(page, { id, until }) {
  await page.evaluate(({ id, until }) => {
    const cell = document.querySelector(`[data-cell="${id}"]`);
    const output = cell.querySelector('[data-part="output"]');
    const reached = () => (until === 'first-output' ? output.childElementCount > 0 : cell.dataset.state === until);
    window.__benchRun = new Promise((resolve) => {
      let start;
      cell.addEventListener('pointerdown', () => { start ??= performance.now(); }, { capture: true, once: true });
      const observer = new MutationObserver(() => {
        if (start === undefined || !reached()) return;
        observer.disconnect();
        resolve(performance.now() - start);
      });
      observer.observe(cell, { attributes: true, childList: true, subtree: true });
    });
  }, { id, until });
  await page.locator(`[data-cell="${id}"] [data-action="run"]`).click();
  return page.evaluate(() => Promise.race([window.__benchRun, new Promise((_, reject) => setTimeout(() => reject(new Error('no result within 60 s')), 60_000))]));
}

async function waitState(page, id, state) {
  await page.waitForFunction(({ id, state }) => document.querySelector(`[data-cell="${id}"]`)?.dataset.state === state, { id, state }, { timeout: 60_000 });
}

async function coldRun(browser, origin) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(origin + TEST_PAGE, { waitUntil: 'networkidle' });
  const ms = await timeReaderRun(page, { id: 'empty', until: 'first-output' });
  const backend = await page.locator('.notebook-backend').innerText();
  await context.close();
  return { ms, backend };
}

async function coldLessonRun(browser, origin) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(origin + FIRST_LESSON_CELL.page, { waitUntil: 'networkidle' });
  const ms = await timeReaderRun(page, { id: FIRST_LESSON_CELL.id, until: 'done' });
  await context.close();
  return ms;
}

/**
 * What intent warm-up costs a reader who never runs anything, on the lesson: bytes on the wire for
 * reading the top of the page, and for scrolling to the first cell and leaving it in view (the cells'
 * code, the worker and TF.js with its wasm load after a second in view once the page is idle).
 */
async function readerBytes(site) {
  const measure = async (settle) => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const before = site.bytesSent();
    await settle(page);
    await context.close();
    return site.bytesSent() - before;
  };
  const url = site.origin + FIRST_LESSON_CELL.page;
  const top = await measure(async (page) => { await page.goto(url, { waitUntil: 'networkidle' }); await page.waitForTimeout(4000); });
  const dwell = await measure(async (page) => {
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.locator(`[data-cell="${FIRST_LESSON_CELL.id}"]`).scrollIntoViewIfNeeded();
    await page.waitForFunction(() => /Running on/.test(document.querySelector('.notebook-backend')?.textContent ?? ''), null, { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(2000);
  });
  return { top, dwell };
}

async function warmAndStop(browser, origin) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(origin + TEST_PAGE, { waitUntil: 'networkidle' });
  const warm = [];
  const stop = [];
  const afterStop = [];
  await timeReaderRun(page, { id: 'empty', until: 'done' });
  for (let index = 0; index < REPEATS.warm; index++) warm.push(await timeInPage(page, { id: 'empty', action: 'run', until: 'done' }));
  for (let index = 0; index < REPEATS.stop; index++) {
    await page.locator('[data-cell="forever"] [data-action="run"]').click();
    await waitState(page, 'forever', 'running');
    // Let the loop really spin inside the worker before stopping it.
    await page.waitForFunction(() => /Running… \d/.test(document.querySelector('[data-cell="forever"] [data-part="status"]').textContent));
    stop.push(await timeInPage(page, { id: 'forever', action: 'stop', until: 'not-running' }));
    afterStop.push(await timeInPage(page, { id: 'empty', action: 'run', until: 'done' }));
  }
  await context.close();
  return { warm, stop, afterStop };
}

const site = await openSite();
let result;
try {
  const jsTestPage = await scriptBytes(site.browser, site.origin + TEST_PAGE);
  const jsLesson = await scriptBytes(site.browser, site.origin + LESSON_PAGE);
  const cold = [];
  const coldLesson = [];
  for (let index = 0; index < REPEATS.cold; index++) {
    // A new browser process per cold run: contexts of one browser share V8's code and wasm caches.
    for (const [measure, into] of [[coldRun, cold], [coldLessonRun, coldLesson]]) {
      const fresh = await openSite();
      try {
        into.push(await measure(fresh.browser, fresh.origin));
      } finally {
        await fresh.close();
      }
    }
  }
  const { warm, stop, afterStop } = await warmAndStop(site.browser, site.origin);
  const reader = await readerBytes(site);
  result = { jsTestPage, jsLesson, cold, coldLesson, warm, stop, afterStop, reader };
} finally {
  await site.close();
}

const round = (value) => Math.round(value * 10) / 10;
const rows = [
  { measure: `JS before first Run, ${LESSON_PAGE} (KB gzip)`, median: round(result.jsLesson / 1024), target: '≤ 30', runs: 1 },
  { measure: `JS before first Run, ${TEST_PAGE} (KB gzip)`, median: round(result.jsTestPage / 1024), target: '≤ 30', runs: 1 },
  { measure: 'Run → first output, cold cache, wasm (ms)', median: round(median(result.cold.map((run) => run.ms))), target: '≤ 700', runs: result.cold.length },
  { measure: `Run → done, first cell of ${FIRST_LESSON_CELL.page}, cold cache, wasm (ms)`, median: round(median(result.coldLesson)), target: '≤ 500', runs: result.coldLesson.length },
  { measure: 'Warm round trip, empty cell (ms)', median: round(median(result.warm)), target: '≤ 15', runs: result.warm.length },
  { measure: 'Stop → idle (ms)', median: round(median(result.stop)), target: '≤ 100', runs: result.stop.length },
  { measure: 'Run after Stop, fresh runtime (ms)', median: round(median(result.afterStop)), target: '—', runs: result.afterStop.length },
  { measure: `Bytes served, reading the top of ${FIRST_LESSON_CELL.page} (KB)`, median: round(result.reader.top / 1024), target: '—', runs: 1 },
  { measure: `Bytes served, a cell of ${FIRST_LESSON_CELL.page} left in view, never run (KB)`, median: round(result.reader.dwell / 1024), target: '—', runs: 1 },
];
printTable(rows);
console.log(`\nBackend in the cold runs: ${result.cold[0]?.backend}`);
const path = writeResults('cells', {
  machine: { cores: (await import('node:os')).cpus().length },
  rows,
  raw: { coldMs: result.cold.map((run) => round(run.ms)), coldLessonMs: result.coldLesson.map(round), warmMs: result.warm.map(round), stopMs: result.stop.map(round), afterStopMs: result.afterStop.map(round), jsLessonBytes: result.jsLesson, jsTestPageBytes: result.jsTestPage, readerBytes: result.reader },
});
console.log(`Written to ${path}`);
