// Pictures → small float tensors [height, width, 3] in [0, 1], without a DOM: the browser (canvas
// ImageData) and Node (sharp's raw output) both hand over RGBA bytes, and the same code resizes them.
// Shrinking uses area averaging (every source pixel counts, so no aliasing); enlarging uses bilinear.

/** Decoded pixels: `data` holds width · height · 4 bytes, RGBA row-major (ImageData's layout). */
export interface RgbaImage {
  width: number;
  height: number;
  data: ArrayLike<number>;
}

/** A plain [height, width, channels] tensor: `values` row-major with channels last. */
export interface Tensor3 {
  height: number;
  width: number;
  channels: number;
  values: Float32Array;
}

/** Options of {@link imageToTensor}: output size in pixels and how to fit differing aspect ratios. */
export interface ResizeOptions {
  outHeight: number;
  outWidth: number;
  /** 'cover' crops the centre to the output's aspect ratio (default); 'stretch' keeps everything, distorted. */
  fit?: 'cover' | 'stretch';
}

/** One output pixel's sources along an axis: indices into the input and weights summing to 1. */
interface Taps {
  indices: number[];
  weights: number[];
}

/** Area-average taps: output i covers [start + i·scale, start + (i+1)·scale) of the input axis. */
function areaTaps(start: number, length: number, outSize: number): Taps[] {
  const scale = length / outSize;
  return Array.from({ length: outSize }, (_, i) => {
    const from = start + i * scale;
    const to = from + scale;
    const taps: Taps = { indices: [], weights: [] };
    for (let p = Math.floor(from); p < Math.ceil(to - 1e-9); p++) {
      const overlap = Math.min(to, p + 1) - Math.max(from, p);
      if (overlap > 0) { taps.indices.push(p); taps.weights.push(overlap / scale); }
    }
    return taps;
  });
}

/** Bilinear taps with half-pixel centres (as in TF.js resizeBilinear with halfPixelCenters), clamped at edges. */
function bilinearTaps(start: number, length: number, outSize: number): Taps[] {
  const scale = length / outSize;
  return Array.from({ length: outSize }, (_, i) => {
    const centre = Math.min(Math.max((i + 0.5) * scale - 0.5, 0), length - 1);
    const low = Math.floor(centre);
    const high = Math.min(low + 1, length - 1);
    const t = centre - low;
    return high === low || t === 0 ? { indices: [start + low], weights: [1] } : { indices: [start + low, start + high], weights: [1 - t, t] };
  });
}

function axisTaps(start: number, length: number, outSize: number): Taps[] {
  return length >= outSize ? areaTaps(start, length, outSize) : bilinearTaps(start, length, outSize);
}

/** The centred crop [x, y, width, height] of an image with the aspect ratio outWidth : outHeight. */
export function coverCrop(image: { width: number; height: number }, outWidth: number, outHeight: number): [number, number, number, number] {
  const target = outWidth / outHeight;
  if (image.width / image.height > target) {
    const width = image.height * target;
    return [(image.width - width) / 2, 0, width, image.height];
  }
  const height = image.width / target;
  return [0, (image.height - height) / 2, image.width, height];
}

function assertImage(image: RgbaImage): void {
  for (const name of ['width', 'height'] as const) {
    if (!Number.isInteger(image[name]) || image[name] < 1) throw new Error(`invalid image.${name}: ${image[name]}`);
  }
  if (image.data.length !== image.width * image.height * 4) {
    throw new Error(`invalid image.data.length: ${image.data.length} (expected ${image.width} × ${image.height} × 4)`);
  }
}

/** RGB in [0, 1] of one pixel, composited over white where it is transparent. */
function rgbAt(image: RgbaImage, index: number): [number, number, number] {
  const alpha = (image.data[index + 3] as number) / 255;
  const over = (value: number) => (value / 255) * alpha + (1 - alpha);
  return [over(image.data[index] as number), over(image.data[index + 1] as number), over(image.data[index + 2] as number)];
}

/** Resize an RGBA image to a [outHeight, outWidth, 3] float tensor in [0, 1] (area-average down, bilinear up). */
export function imageToTensor(image: RgbaImage, options: ResizeOptions): Tensor3 {
  assertImage(image);
  const { outHeight, outWidth, fit = 'cover' } = options;
  for (const [name, value] of [['outHeight', outHeight], ['outWidth', outWidth]] as const) {
    if (!Number.isInteger(value) || value < 1) throw new Error(`invalid ${name}: ${value}`);
  }
  const [x, y, width, height] = fit === 'cover' ? coverCrop(image, outWidth, outHeight) : [0, 0, image.width, image.height];
  const columns = axisTaps(x, width, outWidth);
  const rows = axisTaps(y, height, outHeight);
  // Horizontal pass first, one source row at a time, so each source pixel is decoded once per column tap.
  const firstRow = Math.floor(y);
  const lastRow = Math.min(image.height, Math.ceil(y + height));
  const horizontal = new Float32Array((lastRow - firstRow) * outWidth * 3);
  for (let r = firstRow; r < lastRow; r++) {
    for (let c = 0; c < outWidth; c++) {
      const taps = columns[c] as Taps;
      const target = ((r - firstRow) * outWidth + c) * 3;
      taps.indices.forEach((p, t) => {
        const rgb = rgbAt(image, (r * image.width + p) * 4);
        const weight = taps.weights[t] as number;
        for (let k = 0; k < 3; k++) horizontal[target + k] = (horizontal[target + k] as number) + weight * rgb[k]!;
      });
    }
  }
  const values = new Float32Array(outHeight * outWidth * 3);
  rows.forEach((taps, r) => {
    taps.indices.forEach((p, t) => {
      const weight = taps.weights[t] as number;
      const source = (p - firstRow) * outWidth * 3;
      for (let i = 0; i < outWidth * 3; i++) values[r * outWidth * 3 + i] = (values[r * outWidth * 3 + i] as number) + weight * (horizontal[source + i] as number);
    });
  });
  return { height: outHeight, width: outWidth, channels: 3, values };
}

/** The values of channel `channel` of a [height, width, channels] tensor, row-major (length height · width). */
export function channelOf(tensor: Tensor3, channel: number): Float32Array {
  if (!Number.isInteger(channel) || channel < 0 || channel >= tensor.channels) throw new Error(`invalid channel: ${channel}`);
  const plane = new Float32Array(tensor.height * tensor.width);
  for (let i = 0; i < plane.length; i++) plane[i] = tensor.values[i * tensor.channels + channel] as number;
  return plane;
}

/** Every channel of a [height, width, channels] tensor as its own row-major plane. */
export function channelsOf(tensor: Tensor3): Float32Array[] {
  return Array.from({ length: tensor.channels }, (_, channel) => channelOf(tensor, channel));
}
