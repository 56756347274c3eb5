/**
 * Reading the text of a JSON file someone hands the site, once: refused when too large (before it is
 * parsed), empty or not JSON, each with a reader-facing reason; a JSON list is one file of several
 * items, anything else one item. Every file format reads its text here, then checks each item
 * with its schema (./versioned.ts) — never by stringifying an item to parse it again.
 */
import { formatStrings } from '../strings/formats';

/** What reading a file's text gave: its items, or why it was refused. */
export type JsonItems = { ok: true; items: unknown[] } | { ok: false; error: string };

/** The items of JSON `text` of `byteLength` bytes (default: its length), refused past `maxBytes`. */
export function readJsonItems(text: string, options: { maxBytes: number; byteLength?: number }): JsonItems {
  const byteLength = options.byteLength ?? text.length;
  if (byteLength > options.maxBytes) return { ok: false, error: formatStrings.tooLarge(byteLength, options.maxBytes) };
  if (text.trim() === '') return { ok: false, error: formatStrings.empty };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: formatStrings.notJson(error instanceof Error ? error.message : String(error)) };
  }
  const items = Array.isArray(data) ? data : [data];
  return items.length === 0 ? { ok: false, error: formatStrings.empty } : { ok: true, items };
}
