// `npm run bench:site`: the JS and CSS bytes (gzip) each page ships before the reader does
// anything, measured in headless Chromium against the built site. Budget: ≤ 30 KB gzip of JS a page.
import { gzipSync } from 'node:zlib';
import { builtRoutesFromDist } from '../scripts/lib/routes.mjs';
import { openSite, printTable, writeResults } from './lib/browser.mjs';

const JS_BUDGET = 30 * 1024;
/** Pages below a top-level route that a reader opens directly (the class pages), measured beside the built routes. */
const NESTED_ROUTES = ['/lab/class/', '/train/class/'];

async function measure(page, origin, route) {
  const bodies = [];
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    if (type === 'script' || type === 'stylesheet') {
      bodies.push(response.body().then((body) => ({ type, url: response.url(), body }), () => null));
    }
  });
  await page.goto(origin + route, { waitUntil: 'networkidle' });
  const inline = await page.evaluate(() => ({
    js: [...document.querySelectorAll('script:not([src])')].filter((s) => !s.type || s.type === 'module' || s.type === 'text/javascript').map((s) => s.textContent ?? ''),
    css: [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''),
  }));
  const files = (await Promise.all(bodies)).filter(Boolean);
  const gz = (text) => gzipSync(text).length;
  const jsFiles = files.filter((file) => file.type === 'script');
  const cssFiles = files.filter((file) => file.type === 'stylesheet');
  return {
    route,
    jsGzip: jsFiles.reduce((sum, file) => sum + gz(file.body), 0) + inline.js.reduce((sum, text) => sum + gz(text), 0),
    cssGzip: cssFiles.reduce((sum, file) => sum + gz(file.body), 0) + inline.css.reduce((sum, text) => sum + gz(text), 0),
    jsFiles: jsFiles.length + inline.js.length,
    cssFiles: cssFiles.length + inline.css.length,
  };
}

const site = await openSite();
const results = [];
try {
  for (const route of [...builtRoutesFromDist(), ...NESTED_ROUTES]) {
    const page = await site.browser.newPage();
    results.push(await measure(page, site.origin, route));
    await page.close();
  }
} finally {
  await site.close();
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
printTable(results.map((row) => ({
  page: row.route,
  'JS gzip (KB)': kb(row.jsGzip),
  'CSS gzip (KB)': kb(row.cssGzip),
  'JS files': row.jsFiles,
  'CSS files': row.cssFiles,
  'JS budget': row.jsGzip <= JS_BUDGET ? 'ok' : 'OVER',
})));
const path = writeResults('site', { budgetJsGzipBytes: JS_BUDGET, pages: results });
console.log(`\nWritten to ${path}`);
if (results.some((row) => row.jsGzip > JS_BUDGET)) {
  console.error('A page is over the JS budget.');
  process.exitCode = 1;
}
