/**
 * The e2e `test`: every page a test opens is watched, and the test fails on a console error, an
 * uncaught exception, a failed request, any request to another origin, or a Content Security
 * Policy violation in the page or any of its workers. Import `test`/`expect` from here instead of
 * '@playwright/test'.
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

interface Options {
  /** Console errors a test expects (e.g. the browser's own "404" line on the not-found page). */
  allowedConsoleErrors: RegExp[];
  /** Content Security Policy violations a test provokes on purpose (e.g. a cell fetching another site). */
  allowedCspViolations: RegExp[];
}

interface Problems {
  problems: string[];
}

export const test = base.extend<Options & Problems>({
  allowedConsoleErrors: [[], { option: true }],
  allowedCspViolations: [[], { option: true }],
  problems: [
    async ({ page, baseURL, allowedConsoleErrors, allowedCspViolations }, use) => {
      const problems: string[] = [];
      const watched = { origin: new URL(baseURL ?? 'http://localhost').origin, allowedConsoleErrors, allowedCspViolations, problems };
      await watch(page, watched);
      // Pages the test opens itself (a shared link in a new tab) are held to the same rules.
      const onPage = (opened: Page) => void watch(opened, watched);
      page.context().on('page', onPage);
      await use(problems);
      page.context().off('page', onPage);
      expect(problems, 'the page logged errors or made bad requests').toEqual([]);
    },
    { auto: true },
  ],
});

/** Records in `problems` what `page` does wrong: console errors, exceptions, failed or foreign requests, policy violations. */
async function watch(page: Page, { origin, allowedConsoleErrors, allowedCspViolations, problems }: Options & Problems & { origin: string }): Promise<void> {
  const allowed = (text: string) => allowedConsoleErrors.some((pattern) => pattern.test(text));
  page.on('console', (message) => {
    if (message.type() === 'error' && !allowed(message.text())) problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (/^(data|blob|about):/.test(url)) return;
    if (new URL(url).origin !== origin) problems.push(`request to another origin: ${url}`);
  });
  page.on('requestfailed', (request) => {
    const failure = request.failure()?.errorText ?? '';
    // Navigations and fetches the page itself cancels (a new page load, an AbortController) are not failures.
    if (/ERR_ABORTED/.test(failure)) return;
    problems.push(`failed request: ${request.url()} (${failure})`);
  });
  await watchCspViolations(page, (text) => {
    if (!allowedCspViolations.some((pattern) => pattern.test(text))) problems.push(`Content Security Policy violation: ${text}`);
  });
}

export { expect };

/**
 * Calls `report` with each Content Security Policy violation the browser logs for `page` — the
 * document's and its dedicated workers' (TF.js's thread workers included). Workers' violations never
 * reach Playwright's console events, but Chromium's log for the page carries them (source `worker`).
 */
export async function watchCspViolations(page: Page, report: (text: string) => void): Promise<void> {
  const session = await page.context().newCDPSession(page);
  session.on('Log.entryAdded', ({ entry }) => {
    if (/Content Security Policy/i.test(entry.text)) report(`${entry.source}: ${entry.text}`);
  });
  await session.send('Log.enable');
}

/** Runs axe-core on the page (or `selector`) and fails on any serious or critical violation. */
export async function expectNoA11yViolations(page: Page, selector?: string): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  if (selector) builder = builder.include(selector);
  const results = await builder.analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 5).join(', ')}`);
  expect(serious, `axe found serious violations on ${page.url()}`).toEqual([]);
}
