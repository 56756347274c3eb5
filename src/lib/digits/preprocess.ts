// A drawn digit made to look like an MNIST digit: the ink's bounding box scaled to fit 20 × 20
// (aspect kept), then placed in 28 × 28 so its centre of mass sits at the centre, as LeCun et al. did.

/** A grey image: `width · height` ink levels, row-major, 0 = paper, higher = more ink. */
export interface GreyImage {
  readonly width: number;
  readonly height: number;
  readonly values: ArrayLike<number>;
}

/** Options for {@link mnistStyle}: the box the ink is scaled into, the output side, and what counts as ink. */
export interface MnistStyleOptions {
  box?: number;
  side?: number;
  /** Levels at or below this are paper when finding the bounding box (default 0.05 of the image's maximum). */
  threshold?: number;
}

/** The bounding box of the ink (levels above `threshold`), or undefined for an empty image. */
export function inkBox(image: GreyImage, threshold: number): { left: number; top: number; width: number; height: number } | undefined {
  let left = Infinity, top = Infinity, right = -1, bottom = -1;
  for (let y = 0; y < image.height; y += 1) {
    for (let x = 0; x < image.width; x += 1) {
      if ((image.values[y * image.width + x] ?? 0) > threshold) {
        left = Math.min(left, x); right = Math.max(right, x);
        top = Math.min(top, y); bottom = Math.max(bottom, y);
      }
    }
  }
  return right < 0 ? undefined : { left, top, width: right - left + 1, height: bottom - top + 1 };
}

/** Centre of mass (x, y) of an image's levels, in pixel units (pixel centres at integer + 0.5). */
export function centreOfMass(image: GreyImage): { x: number; y: number } {
  let mass = 0, sumX = 0, sumY = 0;
  for (let y = 0; y < image.height; y += 1) {
    for (let x = 0; x < image.width; x += 1) {
      const level = image.values[y * image.width + x] ?? 0;
      mass += level; sumX += level * (x + 0.5); sumY += level * (y + 0.5);
    }
  }
  return mass === 0 ? { x: image.width / 2, y: image.height / 2 } : { x: sumX / mass, y: sumY / mass };
}

/** Area-averaged resampling of a region to `width × height` (4 × 4 samples per output pixel, so it shrinks and grows alike). */
function resample(image: GreyImage, region: { left: number; top: number; width: number; height: number }, width: number, height: number): Float32Array {
  const out = new Float32Array(width * height);
  const samples = 4;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      let sum = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const sourceX = Math.min(image.width - 1, Math.floor(region.left + ((x + (sx + 0.5) / samples) * region.width) / width));
          const sourceY = Math.min(image.height - 1, Math.floor(region.top + ((y + (sy + 0.5) / samples) * region.height) / height));
          sum += image.values[sourceY * image.width + sourceX] ?? 0;
        }
      }
      out[y * width + x] = sum / (samples * samples);
    }
  }
  return out;
}

/**
 * A drawing as MNIST shows digits: `side × side` (28) levels in 0–1, the ink's bounding box scaled so
 * its longer side is `box` (20) pixels, centred by mass (shifted by whole pixels, never cut off).
 * Returns undefined when there is no ink.
 */
export function mnistStyle(image: GreyImage, options: MnistStyleOptions = {}): Float32Array | undefined {
  const { box = 20, side = 28 } = options;
  if (image.values.length !== image.width * image.height) throw new Error(`invalid image: ${image.values.length} values for ${image.width} × ${image.height}`);
  let peak = 0;
  for (let index = 0; index < image.values.length; index += 1) peak = Math.max(peak, image.values[index] ?? 0);
  const bounds = inkBox(image, options.threshold ?? peak * 0.05);
  if (!bounds || peak === 0) return undefined;
  const scale = box / Math.max(bounds.width, bounds.height);
  const width = Math.max(1, Math.round(bounds.width * scale));
  const height = Math.max(1, Math.round(bounds.height * scale));
  const small = resample(image, bounds, width, height);
  for (let index = 0; index < small.length; index += 1) small[index] = (small[index] ?? 0) / peak;
  const mass = centreOfMass({ width, height, values: small });
  const left = Math.min(side - width, Math.max(0, Math.round(side / 2 - mass.x)));
  const top = Math.min(side - height, Math.max(0, Math.round(side / 2 - mass.y)));
  const out = new Float32Array(side * side);
  for (let y = 0; y < height; y += 1) out.set(small.subarray(y * width, (y + 1) * width), (top + y) * side + left);
  return out;
}
