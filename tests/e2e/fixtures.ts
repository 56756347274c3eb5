/**
 * The e2e `test`: every page a test opens is watched, and the test fails on a console error, an
 * uncaught exception, a failed request or any request to another origin. Import `test`/`expect`
 * from here instead of '@playwright/test'.
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

interface Options {
  /** Console errors a test expects (e.g. the browser's own "404" line on the not-found page). */
  allowedConsoleErrors: RegExp[];
}

interface Problems {
  problems: string[];
}

export const test = base.extend<Options & Problems>({
  allowedConsoleErrors: [[], { option: true }],
  problems: [
    async ({ page, baseURL, allowedConsoleErrors }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL ?? 'http://localhost').origin;
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
      await use(problems);
      expect(problems, 'the page logged errors or made bad requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

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
