/**
 * Offline use as a class on bad Wi-Fi meets it: one online visit, Save for offline, then the server
 * is stopped (Playwright's setOffline does not cover a service worker's own fetches) and every page,
 * a cell on wasm, search and the lab's Quick preset still work. And a new build is offered as an
 * update without cutting off a running cell. Each test runs its own server on a free port, since
 * stopping the suite's shared server would break the tests after it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { serveStatic } from '../../scripts/lib/static-server.mjs';
import { isOfflineFiles, totalBytes } from '../../src/lib/offline/cache-names';
import { formatBytes } from '../../src/lib/strings/units';
import { offlineStrings, siteStrings } from '../../src/lib/strings';
import { watchCspViolations } from './fixtures';
import { builtRoutes } from './routes';

const DIST = resolve(process.env.DIST_DIR ?? 'dist-test');

interface Site {
  server: Server;
  origin: string;
  context: BrowserContext;
  page: Page;
  errors: string[];
}

async function openSite(browser: import('@playwright/test').Browser): Promise<Site> {
  const server = await serveStatic({ root: DIST, port: 0, host: '127.0.0.1' });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('request', (request) => { if (!request.url().startsWith(origin) && !/^(data|blob):/.test(request.url())) errors.push(`other origin: ${request.url()}`); });
  await watchCspViolations(page, (text) => errors.push(`Content Security Policy violation: ${text}`));
  await watchServiceWorkerLog(context, errors);
  return { server, origin, context, page, errors };
}

/**
 * Adds to `errors` every error the context's service worker logs, Content Security Policy
 * violations included: Playwright reports none of a service worker's console, so this listens to
 * Chromium's log of the worker's own target.
 */
async function watchServiceWorkerLog(context: BrowserContext, errors: string[]): Promise<void> {
  const browser = context.browser();
  if (!browser) return;
  const session = await browser.newBrowserCDPSession();
  let nextId = 1;
  session.on('Target.targetCreated', ({ targetInfo }) => {
    if (targetInfo.type !== 'service_worker') return;
    void session.send('Target.attachToTarget', { targetId: targetInfo.targetId, flatten: false }).then(({ sessionId }) =>
      session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: nextId++, method: 'Log.enable' }) }));
  });
  session.on('Target.receivedMessageFromTarget', ({ message }) => {
    const parsed = JSON.parse(message) as { method?: string; params?: { entry?: { level: string; text: string } } };
    const entry = parsed.method === 'Log.entryAdded' ? parsed.params?.entry : undefined;
    if (entry && (entry.level === 'error' || /Content Security Policy/i.test(entry.text))) errors.push(`service worker: ${entry.text}`);
  });
  await session.send('Target.setDiscoverTargets', { discover: true });
}

async function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
}

/** The footer's offline line, by its accessible name. */
const offlineRegion = (page: Page) => page.getByRole('region', { name: offlineStrings.regionLabel });

test('after one visit and Save for offline, every page, a wasm cell, search and the lab work with the server stopped', async ({ browser }) => {
  test.setTimeout(240_000);
  const site = await openSite(browser);
  const { page, origin } = site;
  try {
    await page.goto(`${origin}/`);
    const offline = offlineRegion(page);
    const listed: unknown = JSON.parse(readFileSync(join(DIST, 'offline-files.json'), 'utf8'));
    if (!isOfflineFiles(listed)) throw new Error('offline-files.json has the wrong shape');
    const save = offline.getByRole('button', { name: offlineStrings.save(formatBytes(totalBytes(listed.files), { unit: 'MB' })) });
    await expect(save).toBeVisible({ timeout: 30_000 });
    await save.click();
    await expect(offline.getByRole('status')).toHaveText(offlineStrings.ready, { timeout: 60_000 });
    await expect(save).toBeHidden();
  } finally {
    await stop(site.server);
  }
  const routes = builtRoutes();
  for (const route of routes) {
    const response = await page.goto(`${origin}${route}`);
    expect(response?.status(), route).toBe(200);
    expect(response?.fromServiceWorker(), route).toBe(true);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => crossOriginIsolated), `${route} stays cross-origin isolated offline`).toBe(true);
  }
  // An address that was never built gets the site's own not-found page (status 404), not the browser's connection error,
  // and its links lead on to stored lessons.
  const errorsBefore = site.errors.length;
  const missing = await page.goto(`${origin}/no-such-lesson/`);
  expect(missing?.status()).toBe(404);
  expect(missing?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1, name: siteStrings.notFoundTitle })).toBeVisible();
  // The browser logs the 404 answer itself; that line, and only it, is expected here.
  site.errors.splice(errorsBefore, Infinity, ...site.errors.slice(errorsBefore).filter((text) => !/status of 404 \(Not Found\)/.test(text)));
  await page.getByRole('main').getByRole('link', { name: siteStrings.lab, exact: true }).click();
  await expect(page).toHaveURL(`${origin}/lab/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // A share link carries a query: it still finds the stored page.
  expect((await page.goto(`${origin}/depthwise/?from=share`))?.status()).toBe(200);

  const cell = page.getByRole('region', { name: "The seed's depthwise layer, in TF.js", exact: true });
  await page.getByRole('combobox', { name: 'Backend' }).selectOption('wasm');
  await cell.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(cell).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  await expect(cell.getByText(/Done in .* on wasm/)).toBeVisible();

  await page.goto(`${origin}/`);
  await page.getByRole('combobox', { name: 'Search lessons' }).fill('pointwise');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option', { name: /pointwise/i }).first()).toBeVisible();

  await page.goto(`${origin}/lab/`);
  await expect(page.locator('form[data-ready]')).toBeAttached();
  for (const name of ['cpu', 'webgl', 'webgpu']) {
    const box = page.getByRole('checkbox', { name: new RegExp(`^${name}\\b`) });
    if (await box.isEnabled()) await box.uncheck();
  }
  await page.getByRole('checkbox', { name: /^wasm\b/ }).check();
  await page.getByRole('radio', { name: 'Quick' }).check();
  await page.getByRole('button', { name: 'Run benchmark' }).click();
  await expect(page.locator('[data-lab-status]')).toHaveText(/complete/, { timeout: 120_000 });
  expect(site.errors).toEqual([]);
  await site.context.close();
});

test('a new build is offered as an update, and Reload waits while a cell is running', async ({ browser }) => {
  test.setTimeout(120_000);
  const site = await openSite(browser);
  const { page, origin } = site;
  const worker = join(DIST, 'sw.js');
  const original = readFileSync(worker, 'utf8');
  try {
    await page.goto(`${origin}/test/cells/`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    const running = page.getByRole('region', { name: 'Infinite loop', exact: true });
    await running.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(running).toHaveAttribute('data-state', 'running');

    // A deployment changes the worker's bytes (its precache list); the browser checks on navigation or when asked.
    writeFileSync(worker, `${original}\n// next build ${Date.now()}\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const notice = page.getByRole('region', { name: offlineStrings.updateReady });
    const reload = notice.getByRole('button', { name: offlineStrings.updateReload });
    await expect(notice).toBeVisible({ timeout: 30_000 });
    await expect(reload).toBeDisabled();
    await expect(notice.getByText(offlineStrings.updateWaiting)).toBeVisible();
    await expect(running).toHaveAttribute('data-state', 'running');

    await running.getByRole('button', { name: 'Stop' }).click();
    await expect(running).not.toHaveAttribute('data-state', 'running');
    await expect(reload).toBeEnabled();
    await Promise.all([page.waitForEvent('load'), reload.click()]);
    await expect(notice).toBeHidden();
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
    expect(site.errors).toEqual([]);
  } finally {
    writeFileSync(worker, original);
    await stop(site.server);
    await site.context.close();
  }
});
