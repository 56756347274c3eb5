/**
 * End-to-end tests: real Chromium against the built site, served exactly as `npm start` serves it. Two
 * projects: `chromium` (every spec but the WebGPU one, a reader's default Chromium) and `webgpu`
 * (tests/e2e/webgpu.spec.ts: Chromium with a WebGPU adapter — SwiftShader's software one on machines
 * without a GPU — on http://127.0.0.1, a secure origin as WebGPU requires).
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, WEBGPU_ARGS, findChromium } from './scripts/lib/chromium.mjs';

const port = Number(process.env.E2E_PORT ?? 4399);
const executablePath = findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 90_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
    trace: 'retain-on-failure',
    // The published build registers a service worker; tests see the network as it is (and page.route
    // keeps intercepting) unless they opt in, as tests/e2e/offline.spec.ts does with its own context.
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'chromium', testIgnore: /webgpu\.spec\.ts$/ },
    {
      name: 'webgpu',
      testMatch: /webgpu\.spec\.ts$/,
      use: {
        baseURL: `http://127.0.0.1:${port}`,
        launchOptions: { args: [...CHROMIUM_ARGS, ...WEBGPU_ARGS], ...(executablePath ? { executablePath } : {}) },
      },
    },
  ],
  webServer: {
    // 127.0.0.1 rather than localhost, so the WebGPU project's origin reaches it wherever localhost resolves to ::1 first.
    command: `node scripts/serve.mjs --no-build --port ${port}`,
    env: { HOST: '127.0.0.1' },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
