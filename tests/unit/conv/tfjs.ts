// TF.js for Node-side tests: core plus the cpu and wasm backends, quiet, with a leak-checked tidy.
import { expect } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';

// IS_TEST silences the "install tfjs-node" banner; it changes no numerics.
tf.env().set('IS_TEST', true);

/** The backends every TF.js-held suite runs against (wasm loads its .wasm from node_modules in Node). */
export const BACKENDS = ['cpu', 'wasm'] as const;

/** Switches TF.js to a backend and checks the switch really happened. */
export async function useBackend(backend: string): Promise<void> {
  expect(await tf.setBackend(backend)).toBe(true);
  await tf.ready();
  expect(tf.getBackend()).toBe(backend);
}

/** Runs body inside tf.tidy and fails if any tensor outlives it. */
export function withoutLeaks(body: () => void): void {
  const before = tf.memory().numTensors;
  tf.tidy(body);
  expect(tf.memory().numTensors).toBe(before);
}

export { tf };
