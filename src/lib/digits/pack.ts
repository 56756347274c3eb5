// The digit pack: MNIST digits as one compact binary (uint8 labels and pixels), format in docs/digit-pack.md.

/** Bytes of the pack's header (magic, version, image size, counts, split seed). */
export const PACK_HEADER_BYTES = 24;
const MAGIC = 'DWMN';
const VERSION = 1;

/** A set of digits: labels 0–9 and row-major grey levels 0 (paper) to 255 (ink), `rows × cols` per digit. */
export interface DigitSet {
  readonly count: number;
  readonly labels: Uint8Array;
  /** count · rows · cols bytes. */
  readonly pixels: Uint8Array;
}

/** The decoded pack: the training and test digits of one seeded split. */
export interface DigitPack {
  readonly rows: number;
  readonly cols: number;
  /** The seed that chose the split (and the order within each part). */
  readonly splitSeed: number;
  readonly train: DigitSet;
  readonly test: DigitSet;
}

/** Writes a pack: header, then all labels (train first, then test), then all pixels in the same order. */
export function encodePack(pack: DigitPack): Uint8Array {
  const { rows, cols, train, test } = pack;
  const pixelsPerDigit = rows * cols;
  for (const [name, set] of [['train', train], ['test', test]] as const) {
    if (set.labels.length !== set.count || set.pixels.length !== set.count * pixelsPerDigit) {
      throw new Error(`invalid ${name} set: ${set.count} digits need ${set.count} labels and ${set.count * pixelsPerDigit} pixels`);
    }
  }
  const count = train.count + test.count;
  const bytes = new Uint8Array(PACK_HEADER_BYTES + count + count * pixelsPerDigit);
  const view = new DataView(bytes.buffer);
  for (let index = 0; index < MAGIC.length; index += 1) bytes[index] = MAGIC.charCodeAt(index);
  view.setUint16(4, VERSION, true);
  view.setUint16(6, rows, true);
  view.setUint16(8, cols, true);
  view.setUint32(12, count, true);
  view.setUint32(16, train.count, true);
  view.setUint32(20, pack.splitSeed >>> 0, true);
  bytes.set(train.labels, PACK_HEADER_BYTES);
  bytes.set(test.labels, PACK_HEADER_BYTES + train.count);
  const pixelStart = PACK_HEADER_BYTES + count;
  bytes.set(train.pixels, pixelStart);
  bytes.set(test.pixels, pixelStart + train.pixels.length);
  return bytes;
}

/** Reads a pack written by {@link encodePack}; throws a message naming what is wrong with a damaged file. */
export function decodePack(bytes: Uint8Array): DigitPack {
  if (bytes.length < PACK_HEADER_BYTES) throw new Error(`invalid digit pack: ${bytes.length} bytes is shorter than its ${PACK_HEADER_BYTES}-byte header`);
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  if (magic !== MAGIC) throw new Error(`invalid digit pack: starts with "${magic}", expected "${MAGIC}"`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint16(4, true);
  if (version !== VERSION) throw new Error(`invalid digit pack: version ${version}, this site reads version ${VERSION}`);
  const rows = view.getUint16(6, true);
  const cols = view.getUint16(8, true);
  const count = view.getUint32(12, true);
  const trainCount = view.getUint32(16, true);
  const expected = PACK_HEADER_BYTES + count * (1 + rows * cols);
  if (bytes.length !== expected) throw new Error(`invalid digit pack: ${bytes.length} bytes, its header promises ${expected}`);
  if (trainCount > count) throw new Error(`invalid digit pack: ${trainCount} training digits of ${count}`);
  const labels = bytes.subarray(PACK_HEADER_BYTES, PACK_HEADER_BYTES + count);
  const pixels = bytes.subarray(PACK_HEADER_BYTES + count);
  const bad = labels.findIndex((label) => label > 9);
  if (bad >= 0) throw new Error(`invalid digit pack: label ${labels[bad]} at digit ${bad}`);
  const size = rows * cols;
  const part = (from: number, to: number): DigitSet => ({
    count: to - from, labels: labels.subarray(from, to), pixels: pixels.subarray(from * size, to * size),
  });
  return { rows, cols, splitSeed: view.getUint32(20, true), train: part(0, trainCount), test: part(trainCount, count) };
}
