// What a teacher drops or pastes on /train/class/, recognised and checked: training exports (format 2, one file or
// a JSON list of them) and training results links (t1.). Each file is accepted whole or refused by name with the
// field that failed, each link on its own; it holds the format's schema (zod), so the page loads it with the first
// input, not with the page.
import { readJsonItems } from '../formats/json-text';
import { readFormat } from '../formats/versioned';
import { trainClassStrings as s } from '../strings/train-class';
import type { FileSource, LinkSource, PoolSource } from './class-pool';
import { EXPERIMENT_FORMAT } from './experiment-format';
import { readRunLink, RUN_LINK_PREFIX } from './run-link';

/** The largest export the page reads: far above a class's file (a few runs are ~10 KB; the whole reference is ~0.2 MB). */
export const MAX_EXPORT_BYTES = 8 * 1024 * 1024;

/** One named input's outcome: the results it holds (one per file in it), or the sentence refusing it. */
export type TrainClassInput = { ok: true; name: string; sources: PoolSource[] } | { ok: false; name: string; error: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function sourceOf(name: string, item: unknown): FileSource {
  if (isRecord(item) && item.schema === 'depthwise-lab-results') throw new Error(s.labFile);
  if (!isRecord(item) || typeof item.format !== 'number') throw new Error(s.foreign);
  const read = readFormat(EXPERIMENT_FORMAT, item);
  if (!read.ok) throw new Error(read.error);
  if (read.value.runs.length === 0) throw new Error(s.noRuns);
  return { name, file: read.value };
}

/** A results link read into a source named by its seed (and device), or the sentence refusing it, named `name`. */
function linkInput(name: string, text: string): TrainClassInput {
  const read = readRunLink(text);
  if (!read.ok) return { ok: false, name, error: s.refused(name, read.error) };
  const source: LinkSource = { name: s.linkName(read.link.seed, read.link.device), link: read.link, text: text.trim() };
  return { ok: true, name, sources: [source] };
}

/**
 * Reads one dropped file or pasted text named `name`: a JSON export, whose every item must be a training export with
 * runs or the whole input is refused; or one or more results links (one per line), each accepted or refused on its own.
 */
export function readTrainClassInputs(name: string, text: string, byteLength = text.length): TrainClassInput[] {
  const trimmed = text.trim();
  if (!/^[[{]/.test(trimmed) && trimmed.includes(RUN_LINK_PREFIX)) {
    const links = trimmed.split(/\s+/).filter((part) => part.includes(RUN_LINK_PREFIX));
    return links.map((link, index) => linkInput(links.length === 1 ? name : s.linkOf(name, index + 1), link));
  }
  try {
    if (trimmed !== '' && !/^[[{]/.test(trimmed)) throw new Error(s.unknownInput);
    const read = readJsonItems(text, { maxBytes: MAX_EXPORT_BYTES, byteLength });
    if (!read.ok) throw new Error(read.error);
    const named = (index: number) => (read.items.length === 1 ? name : `${name} (${index + 1})`);
    return [{ ok: true, name, sources: read.items.map((item, index) => sourceOf(named(index), item)) }];
  } catch (error) {
    return [{ ok: false, name, error: s.refused(name, error instanceof Error ? error.message : String(error)) }];
  }
}

/** One entry of the pool kept in the browser (`{ name, file }` or `{ name, link }`) read back, or undefined when it no longer reads. */
export function readStoredSource(entry: unknown): PoolSource | undefined {
  if (!isRecord(entry) || typeof entry.name !== 'string') return undefined;
  if (typeof entry.link === 'string') {
    const read = readRunLink(entry.link);
    return read.ok ? { name: entry.name, link: read.link, text: entry.link } : undefined;
  }
  try {
    return sourceOf(entry.name, entry.file);
  } catch {
    return undefined;
  }
}

/** What the pool keeps of a source in the browser: a file as read, a link as its text. */
export function storedForm(source: PoolSource): { name: string; file: unknown } | { name: string; link: string } {
  return 'link' in source ? { name: source.name, link: source.text } : { name: source.name, file: source.file };
}
