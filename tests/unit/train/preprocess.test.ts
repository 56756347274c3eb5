// The drawn-digit preprocessing: bounding box to 20 × 20, centred by mass in 28 × 28, as MNIST.
import { describe, expect, it } from 'vitest';
import { centreOfMass, inkBox, mnistStyle, type GreyImage } from '../../../src/lib/digits';

/** A blank `size × size` canvas with the rectangles given filled with ink 1. */
function canvas(size: number, rects: { left: number; top: number; width: number; height: number }[]): GreyImage {
  const values = new Float32Array(size * size);
  for (const rect of rects) for (let y = rect.top; y < rect.top + rect.height; y += 1) for (let x = rect.left; x < rect.left + rect.width; x += 1) values[y * size + x] = 1;
  return { width: size, height: size, values };
}
const side28 = (values: Float32Array) => ({ width: 28, height: 28, values });

describe('mnistStyle', () => {
  it('a vertical bar ("1") drawn in a corner of a 280 × 280 canvas becomes 20 pixels tall, centred by mass at (14, 14)', () => {
    const digit = mnistStyle(canvas(280, [{ left: 20, top: 10, width: 20, height: 150 }]))!;
    const box = inkBox(side28(digit), 0.01)!;
    expect(box.height).toBe(20);
    expect(box.width).toBe(3);
    const mass = centreOfMass(side28(digit));
    expect(Math.abs(mass.x - 14)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(mass.y - 14)).toBeLessThanOrEqual(0.5);
  });

  it('keeps the aspect ratio: a wide stroke 200 × 50 becomes 20 × 5', () => {
    const digit = mnistStyle(canvas(280, [{ left: 40, top: 100, width: 200, height: 50 }]))!;
    expect(inkBox(side28(digit), 0.01)).toMatchObject({ width: 20, height: 5 });
  });

  it('centres by mass, not by box: an "L" shifts towards its heavy arm', () => {
    const digit = mnistStyle(canvas(100, [{ left: 10, top: 10, width: 10, height: 80 }, { left: 10, top: 80, width: 60, height: 10 }]))!;
    const box = inkBox(side28(digit), 0.01)!;
    const mass = centreOfMass(side28(digit));
    expect(Math.abs(mass.x - 14)).toBeLessThanOrEqual(0.5);
    expect(box.left + box.width / 2).toBeGreaterThan(14.5);
  });

  it('grows a tiny drawing to the 20-pixel box and scales levels to 0–1', () => {
    const digit = mnistStyle({ width: 10, height: 10, values: Float32Array.from(canvas(10, [{ left: 4, top: 2, width: 2, height: 5 }]).values, (v) => v * 0.5) })!;
    expect(inkBox(side28(digit), 0.01)!.height).toBe(20);
    expect(Math.max(...digit)).toBe(1);
    expect(Math.min(...digit)).toBe(0);
  });

  it('is undefined for an empty canvas, and rejects a size that does not match its values', () => {
    expect(mnistStyle(canvas(50, []))).toBeUndefined();
    expect(() => mnistStyle({ width: 3, height: 3, values: [1, 2] })).toThrow('invalid image: 2 values for 3 × 3');
  });

  it('never cuts ink off: a mass far to one side is clamped so the whole box stays inside 28 × 28', () => {
    const digit = mnistStyle(canvas(100, [{ left: 0, top: 0, width: 100, height: 4 }, { left: 0, top: 0, width: 2, height: 100 }]))!;
    const total = digit.reduce((sum, value) => sum + value, 0);
    const box = inkBox(side28(digit), 0.01)!;
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.left + box.width).toBeLessThanOrEqual(28);
    expect(total).toBeGreaterThan(20);
  });
});
