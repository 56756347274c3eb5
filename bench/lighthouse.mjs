// `npm run bench:lighthouse`: Lighthouse 12.2.3 (mobile preset, simulated throttling) on every
// built page plus an empty HTML page served the same way, the median of 5 runs each, every run in
// a freshly launched Chromium. The empty page is the machine's floor (Chromium's own start-up work
// under 4× simulated CPU slowdown costs it points here), so each page is judged against it: it
// passes with performance ≥ 95, or ≥ the empty page's score − 1 with total blocking time at most
// 50 ms above the empty page's; accessibility must be 100. Served compressed, as a real host would.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../scripts/lib/chromium.mjs';
import { DIST } from '../scripts/lib/build.mjs';
import { builtRoutesFromDist } from '../scripts/lib/routes.mjs';
import { siteHandler } from '../scripts/lib/static-server.mjs';
import { median, printTable, writeResults } from './lib/browser.mjs';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const DEBUG_PORT = Number(process.env.LIGHTHOUSE_DEBUG_PORT ?? 4462);
const BASELINE = '/empty-baseline/';
const EMPTY_PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Empty page</title><meta name="description" content="An empty page: the floor of this machine\'s Lighthouse score."></head><body><main><h1>Empty page</h1></main></body></html>\n';

/** Serves the site and, at BASELINE, the empty page — compressed, with the same headers. */
async function serve() {
  const emptyRoot = mkdtempSync(join(tmpdir(), 'depthwise-baseline-'));
  const file = join(emptyRoot, 'index.html');
  writeFileSync(file, EMPTY_PAGE);
  writeFileSync(`${file}.br`, brotliCompressSync(EMPTY_PAGE));
  writeFileSync(`${file}.gz`, gzipSync(EMPTY_PAGE));
  const site = siteHandler(DIST);
  const empty = siteHandler(emptyRoot);
  const server = createServer((request, response) => {
    if (request.url?.startsWith(BASELINE)) {
      request.url = request.url.slice(BASELINE.length - 1);
      return empty(request, response);
    }
    return site(request, response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://localhost:${server.address().port}`, close: () => { server.close(); rmSync(emptyRoot, { recursive: true, force: true }); } };
}

async function runOnce(url) {
  const executablePath = findChromium();
  const browser = await chromium.launch({ args: [...CHROMIUM_ARGS, `--remote-debugging-port=${DEBUG_PORT}`], ...(executablePath ? { executablePath } : {}) });
  try {
    const result = await lighthouse(url, { port: DEBUG_PORT, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
    const { categories, audits } = result.lhr;
    return {
      performance: Math.round(categories.performance.score * 100),
      accessibility: Math.round(categories.accessibility.score * 100),
      tbt: audits['total-blocking-time'].numericValue,
      cls: audits['cumulative-layout-shift'].numericValue,
      lcp: audits['largest-contentful-paint'].numericValue,
      bytes: audits['total-byte-weight'].numericValue,
    };
  } finally {
    await browser.close();
  }
}

const server = await serve();
// LIGHTHOUSE_ROUTES=/lab/,/cost/ narrows a run while working on those pages; the baseline always runs.
const only = process.env.LIGHTHOUSE_ROUTES?.split(',').filter(Boolean);
const routes = [BASELINE, ...builtRoutesFromDist().filter((route) => !only || only.includes(route))];
const pages = [];
try {
  for (const route of routes) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(await runOnce(server.origin + route));
    const pick = (key) => median(runs.map((each) => each[key]));
    pages.push({ route, runs, performance: pick('performance'), accessibility: pick('accessibility'), tbt: pick('tbt'), cls: pick('cls'), lcp: pick('lcp'), bytes: pick('bytes') });
    console.error(`${route}: performance ${pick('performance')}, blocking ${Math.round(pick('tbt'))} ms`);
  }
} finally {
  server.close();
}

const floor = pages[0];
const verdict = (page) => {
  if (page === floor) return 'baseline';
  const atFloor = page.performance >= 95 || (page.performance >= floor.performance - 1 && page.tbt <= floor.tbt + 50);
  return atFloor && page.accessibility === 100 ? 'ok' : 'BELOW';
};
printTable(pages.map((page) => ({
  page: page === floor ? 'empty page (baseline)' : page.route,
  performance: page.performance,
  accessibility: page.accessibility,
  'blocking (ms)': Math.round(page.tbt),
  CLS: page.cls.toFixed(3),
  'LCP (s)': (page.lcp / 1000).toFixed(2),
  'transfer (KB)': Math.round(page.bytes / 1024),
  floor: verdict(page),
})));
const path = writeResults('lighthouse', { lighthouse: '12.2.3', preset: 'mobile, simulated throttling', runsPerPage: RUNS, pages });
console.log(`\nWritten to ${path}`);
if (pages.some((page) => verdict(page) === 'BELOW')) process.exitCode = 1;
