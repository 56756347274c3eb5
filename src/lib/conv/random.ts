// Seeded randomness, so every example, test and benchmark input can be reproduced exactly.
import { tensor4d, shapeSize, assertShape4D, type Shape4D, type Tensor4D } from './tensor';

/** A generator of uniform numbers in [0, 1). */
export type Random = () => number;

/** Mulberry32: a small, fast 32-bit PRNG; the same integer seed always yields the same sequence in [0, 1). */
export function mulberry32(seed: number): Random {
  if (!Number.isInteger(seed)) throw new Error(`invalid seed: ${seed}`);
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fills a new tensor of the given shape with float32 values drawn uniformly from [-1, 1) by mulberry32(seed). */
export function randomTensor(shape: Shape4D, seed: number): Tensor4D {
  const random = mulberry32(seed);
  const values = new Float32Array(shapeSize(assertShape4D(shape)));
  // 24 random bits on a 2^-23 grid: every value is exact in float32 and 1 itself never occurs.
  for (let i = 0; i < values.length; i += 1) values[i] = Math.floor(random() * 2 ** 24) / 2 ** 23 - 1;
  return tensor4d(shape, values);
}
