// TF.js for Node-side tests: core plus the cpu and wasm backends, quiet, with a leak check.
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

/** Registers a tensor the test itself made (an input, the result) so {@link withoutLeaks} disposes it. */
export type Track = <T extends tf.Tensor>(tensor: T) => T;

/**
 * Runs `body` (not inside tf.tidy, which would hide every leak), disposes the tensors it tracked,
 * and fails if any other tensor outlives it: a leak of the code under test.
 */
export function withoutLeaks(body: (track: Track) => void): void {
  const before = tf.memory().numTensors;
  const tracked: tf.Tensor[] = [];
  try {
    body((tensor) => {
      tracked.push(tensor);
      return tensor;
    });
  } finally {
    for (const tensor of tracked) tensor.dispose();
  }
  expect(tf.memory().numTensors, 'tensors left alive by the code under test').toBe(before);
}

export { tf };
