// An Astro integration that adds the e2e tests' fixture pages (tests/fixtures/pages/*.astro) at
// /test/<name>/ — only when DEPTHWISE_FIXTURES=1, so the published site never carries them while
// the tests still exercise the very same build pipeline, components and server.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const PAGES = new URL('../../tests/fixtures/pages/', import.meta.url);

/** True when this build should include the test fixture pages. */
export function fixturesEnabled() {
  return process.env.DEPTHWISE_FIXTURES === '1';
}

/** Astro integration: injects each fixture page as /test/<file name>/ when fixtures are enabled. */
export function testFixtures() {
  return {
    name: 'depthwise-lab:test-fixtures',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        if (!fixturesEnabled()) return;
        for (const file of readdirSync(PAGES).filter((name) => name.endsWith('.astro'))) {
          injectRoute({ pattern: `/test/${file.replace(/\.astro$/, '')}/`, entrypoint: fileURLToPath(new URL(file, PAGES)), prerender: true });
        }
      },
    },
  };
}
