// What both sides of a results link share: its version prefix, base64url text, and layers written as their ids.
import { base64UrlToBytes, bytesToBase64Url } from '../formats/base64url';
import type { LayerShape } from './ops';

/** The results link format's version, written in its prefix. */
export const LINK_VERSION = 1;

/** What starts a results link's fragment: the link format's version. */
export const LINK_PREFIX = `r${LINK_VERSION}.`;

const LAYER_ID = /^(?:b(\d+)-)?(\d+)x(\d+)x(\d+)-(\d+)-k(\d+)-m(\d+)-s(\d+)-(same|valid)$/;

/** The layer shape a layer id (src/lib/lab/ops.ts's layerId) names, or throws `invalid layer id: <id>`. */
export function parseLayerId(id: string): LayerShape {
  const match = LAYER_ID.exec(id);
  if (!match) throw new Error(`invalid layer id: ${id}`);
  const [batch, inHeight, inWidth, inChannels, outChannels, filterSize, chMul, stride] = match.slice(1, 9).map((part) => (part === undefined ? 1 : Number(part))) as number[];
  return { batch: batch!, inHeight: inHeight!, inWidth: inWidth!, inChannels: inChannels!, outChannels: outChannels!, filterSize: filterSize!, chMul: chMul!, stride: stride!, pad: match[9] as 'same' | 'valid' };
}

/** `text` (UTF-8) as base64url, which survives URLs, chat apps and email. */
export function toBase64Url(text: string): string {
  return bytesToBase64Url(new TextEncoder().encode(text));
}

/** The text a base64url `code` encodes (UTF-8); throws on a code that is not one. */
export function fromBase64Url(code: string): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(base64UrlToBytes(code));
}
