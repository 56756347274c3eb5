// Checks on a reader's picture before and after decoding: the browser labels a file by its name
// (a text file renamed .png claims to be image/png), so the first bytes decide what it is.
import { MB } from '../strings/units';
import { vizStrings } from '../strings/viz';

/** Largest file accepted, in megabytes (10 MB holds any phone photo). */
const maxImageMegabytes = 10;

/** Most pixels accepted after decoding (40 megapixels), to keep the page responsive. */
const maxImagePixels = 40_000_000;

/** Picture formats every current browser decodes. */
export type ImageType = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp' | 'image/bmp';

const signatures: [ImageType, (bytes: Uint8Array) => boolean][] = [
  ['image/png', (b) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b[i] === v)],
  ['image/jpeg', (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  ['image/gif', (b) => ascii(b, 0, 4) === 'GIF8'],
  ['image/webp', (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP'],
  ['image/bmp', (b) => ascii(b, 0, 2) === 'BM'],
];

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
}

/** The picture format announced by a file's first bytes (at least 12 are needed), or null when it is none of {@link ImageType}. */
export function sniffImageType(head: Uint8Array): ImageType | null {
  for (const [type, matches] of signatures) if (matches(head)) return type;
  return null;
}

/** What is known about a chosen file before decoding: its name, size in bytes and first bytes. */
export interface FileFacts {
  name: string;
  size: number;
  head: Uint8Array;
}

/** null when the file may be decoded, else the sentence telling the reader why it was refused. */
export function refuseImageFile(file: FileFacts): string | null {
  if (file.size > maxImageMegabytes * MB) {
    return vizStrings.tooLarge(file.name, file.size, maxImageMegabytes * MB);
  }
  if (sniffImageType(file.head) === null) return vizStrings.notAnImage(file.name);
  return null;
}

/** null when decoded dimensions (pixels) are acceptable, else the sentence telling the reader why not. */
export function refuseImageSize(name: string, width: number, height: number): string | null {
  if (width < 1 || height < 1) return vizStrings.undecodable(name);
  return width * height > maxImagePixels ? vizStrings.tooManyPixels(name, width, height) : null;
}
