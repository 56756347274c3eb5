// Sealing answers into a page: text XOR-ed with a keystream of salted hashes. It deters reading answers off the page
// source; anyone with the key (or the patience to brute-force a small answer) opens it. It is not cryptography.
import { hashCode } from '../notebook/hash';

const MARK = 'dw1:';

function keystream(key: string, length: number): Uint8Array {
  const stream = new Uint8Array(length);
  for (let block = 0; block * 6 < length; block += 1) {
    const digest = hashCode(`${key}:${block}`);
    for (let byte = 0; byte < 6 && block * 6 + byte < length; byte += 1) {
      stream[block * 6 + byte] = parseInt(digest.slice(2 + 2 * byte, 4 + 2 * byte), 16);
    }
  }
  return stream;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array | undefined {
  try {
    return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** `text` sealed under `key`, as base64; the same text and key always give the same seal. */
export function seal(text: string, key: string): string {
  const bytes = new TextEncoder().encode(MARK + text);
  const stream = keystream(key, bytes.length);
  return toBase64(bytes.map((byte, index) => byte ^ (stream[index] as number)));
}

/** The text sealed under `key`, or undefined when `key` is not the one it was sealed with (or the seal is damaged). */
export function unseal(sealed: string, key: string): string | undefined {
  const bytes = fromBase64(sealed);
  if (!bytes) return undefined;
  const stream = keystream(key, bytes.length);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.map((byte, index) => byte ^ (stream[index] as number)));
  } catch {
    return undefined;
  }
  return text.startsWith(MARK) ? text.slice(MARK.length) : undefined;
}

/** Salted hash of an answer, so a page can check an answer it does not contain. */
export function answerHash(salt: string, canonical: string): string {
  return hashCode(`${salt}|${canonical}`);
}
