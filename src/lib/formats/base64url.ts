// Bytes as base64url text (RFC 4648 §5, no padding): the alphabet that survives URLs, chat apps and email.
// Written here rather than taken from a package: btoa/atob do the work; this only swaps two characters.

/** `bytes` as base64url text, without padding. */
export function bytesToBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Whether `text` is made only of base64url characters and has a length some byte string encodes to. */
export function isBase64Url(text: string): boolean {
  return /^[A-Za-z0-9_-]*$/.test(text) && text.length % 4 !== 1;
}

/** The bytes base64url `text` encodes; throws `invalid base64url: …` on text that is not base64url. */
export function base64UrlToBytes(text: string): Uint8Array {
  if (!isBase64Url(text)) throw new Error(`invalid base64url: ${JSON.stringify(text.slice(0, 20))}`);
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  return Uint8Array.from(atob(padded), (char) => char.charCodeAt(0));
}
