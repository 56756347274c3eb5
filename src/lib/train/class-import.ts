// What a teacher drops or pastes on /train/class/, recognised and checked: training exports (format 2, one file or
// a JSON list of them). Each input is accepted whole or refused by name with the field that failed; it holds the
// format's schema (zod), so the page loads it with the first input, not with the page.
import { readJsonItems } from '../formats/json-text';
import { readFormat } from '../formats/versioned';
import { trainClassStrings as s } from '../strings/train-class';
import type { PoolSource } from './class-pool';
import { EXPERIMENT_FORMAT } from './experiment-format';

/** The largest export the page reads: far above a class's file (a few runs are ~10 KB; the whole reference is ~0.2 MB). */
export const MAX_EXPORT_BYTES = 8 * 1024 * 1024;

/** One named input's outcome: the results it holds (one per file in it), or the sentence refusing it. */
export type TrainClassInput = { ok: true; name: string; sources: PoolSource[] } | { ok: false; name: string; error: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function sourceOf(name: string, item: unknown): PoolSource {
  if (isRecord(item) && item.schema === 'depthwise-lab-results') throw new Error(s.labFile);
  if (!isRecord(item) || typeof item.format !== 'number') throw new Error(s.foreign);
  const read = readFormat(EXPERIMENT_FORMAT, item);
  if (!read.ok) throw new Error(read.error);
  if (read.value.runs.length === 0) throw new Error(s.noRuns);
  return { name, file: read.value };
}

/** Reads one dropped file or pasted text named `name`: every item must be a training export with runs, or the whole input is refused. */
export function readTrainClassInput(name: string, text: string, byteLength = text.length): TrainClassInput {
  try {
    if (!/^\s*[[{]/.test(text) && text.trim() !== '') throw new Error(s.unknownInput);
    const read = readJsonItems(text, { maxBytes: MAX_EXPORT_BYTES, byteLength });
    if (!read.ok) throw new Error(read.error);
    const named = (index: number) => (read.items.length === 1 ? name : `${name} (${index + 1})`);
    return { ok: true, name, sources: read.items.map((item, index) => sourceOf(named(index), item)) };
  } catch (error) {
    return { ok: false, name, error: s.refused(name, error instanceof Error ? error.message : String(error)) };
  }
}

/** One entry of the pool kept in the browser (`{ name, file }`) read back through the format, or undefined when it no longer reads. */
export function readStoredSource(entry: unknown): PoolSource | undefined {
  if (!isRecord(entry) || typeof entry.name !== 'string') return undefined;
  try {
    return sourceOf(entry.name, entry.file);
  } catch {
    return undefined;
  }
}
