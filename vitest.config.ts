import { defineConfig } from 'vitest/config';
import { watModules } from './src/integrations/wat.mjs';

export default defineConfig({
  // The roofline probes import their wasm kernels as .wat, compiled as in the site build.
  plugins: [watModules()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
