// Seeded inputs, so every backend (and every machine) times and checks the very same numbers.
import { mulberry32 } from '../conv';

/** A 32-bit seed from text (FNV-1a), so each op id gets its own reproducible inputs. */
export function seedFromText(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** `count` floats uniform in [−scale, scale) drawn from a seeded generator. */
export function seededFloats(count: number, seed: number, scale = 1): Float32Array {
  if (!Number.isInteger(count) || count < 0) throw new Error(`invalid count: ${count}`);
  const random = mulberry32(seed);
  const values = new Float32Array(count);
  for (let index = 0; index < count; index += 1) values[index] = (random() * 2 - 1) * scale;
  return values;
}
