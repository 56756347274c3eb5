/**
 * The share-link format: a cell's code, deflate-raw compressed and base64url encoded, in the URL
 * hash as `#cell=<cellId>&code=1.<payload>` (`1.` is the format version). Decoding rejects
 * anything malformed, oversized or not UTF-8 with a message, never with a crash.
 */
import { base64UrlToBytes, bytesToBase64Url, isBase64Url } from '../formats/base64url';

/** Largest code a link may carry, in characters after decompression. */
export const MAX_SHARED_CODE = 50_000;
/** Largest encoded payload accepted, in characters. */
export const MAX_SHARED_PAYLOAD = 40_000;

const VERSION = '1.';

function fromBase64Url(text: string): Uint8Array {
  if (!isBase64Url(text)) throw new Error('invalid share payload: not base64url');
  return base64UrlToBytes(text);
}

async function pipe(bytes: Uint8Array, stream: GenerateTransformStream, limit: number): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      throw new Error(`invalid share payload: more than ${limit} bytes`);
    }
    chunks.push(value);
  }
  const output = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    output.set(chunk, offset);
    offset += chunk.length;
  }
  return output;
}

type GenerateTransformStream = ReadableWritablePair<Uint8Array, Uint8Array>;

/** Compresses `code` into the versioned payload used in share links. */
export async function encodeSharedCode(code: string): Promise<string> {
  if (code.length > MAX_SHARED_CODE) throw new Error(`invalid code: ${code.length} characters (at most ${MAX_SHARED_CODE} can be shared)`);
  const compressed = await pipe(new TextEncoder().encode(code), new CompressionStream('deflate-raw') as GenerateTransformStream, Infinity);
  return VERSION + bytesToBase64Url(compressed);
}

/** Decompresses a payload from {@link encodeSharedCode}; throws `invalid share payload: …` on anything else. */
export async function decodeSharedCode(payload: string): Promise<string> {
  if (!payload.startsWith(VERSION)) throw new Error(`invalid share payload: unknown version ${JSON.stringify(payload.slice(0, 4))}`);
  if (payload.length > MAX_SHARED_PAYLOAD) throw new Error(`invalid share payload: ${payload.length} characters`);
  const bytes = fromBase64Url(payload.slice(VERSION.length));
  let inflated: Uint8Array;
  try {
    inflated = await pipe(bytes, new DecompressionStream('deflate-raw') as GenerateTransformStream, MAX_SHARED_CODE * 4);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(detail.startsWith('invalid share payload') ? detail : `invalid share payload: not deflate data (${detail})`, { cause: error });
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch (error) {
    throw new Error('invalid share payload: not UTF-8 text', { cause: error });
  }
}

/** The hash fragment (without `#`) that opens cell `cellId` with the encoded `payload`. */
export function shareHash(cellId: string, payload: string): string {
  return new URLSearchParams({ cell: cellId, code: payload }).toString();
}

/** Reads `{ cellId, payload }` from a location hash, or undefined when it is not a share link. */
export function parseShareHash(hash: string): { cellId: string; payload: string } | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const cellId = params.get('cell');
  const payload = params.get('code');
  if (!cellId || !payload || !/^[\w-]{1,80}$/.test(cellId)) return undefined;
  return { cellId, payload };
}
