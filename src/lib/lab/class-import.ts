// What a teacher drops or pastes on the class page, recognised and checked: a lab JSON export (one
// run or a list), a lab CSV export, or results links. Each input is accepted whole or refused by name.
// Reads files through their formats' schemas (zod), so it loads with the first input, not with the page.
import { machinesFromCsv, looksLikeLabCsv } from './class-csv';
import { LINK_PREFIX } from './class-link-codec';
import { decodeMachine } from './class-link-format';
import { machineFromRun, type ClassMachine } from './class-pool';
import { readResultsFile } from './results-format';
import { MAX_RESULTS_BYTES } from './results';
import { formatStrings } from '../strings/formats';
import { classResultsStrings } from '../strings/class-results';

/** One named input's outcome: its machines, or the sentence refusing it ("broken.json was refused: …"). */
export type ClassInput = { ok: true; name: string; machines: ClassMachine[] } | { ok: false; name: string; error: string };

function linkMachines(text: string): ClassMachine[] {
  return text.split(/\s+/).filter((part) => part.includes(LINK_PREFIX)).map((link) => {
    try {
      return decodeMachine(link);
    } catch (error) {
      throw new Error(classResultsStrings.badLink(error instanceof Error ? error.message : String(error)), { cause: error });
    }
  });
}

function machinesOf(trimmed: string, byteLength: number): ClassMachine[] | null {
  if (/^[[{]/.test(trimmed)) {
    const read = readResultsFile(trimmed, byteLength);
    if (!read.ok) throw new Error(read.error);
    return read.runs.map(machineFromRun);
  }
  if (looksLikeLabCsv(trimmed)) return machinesFromCsv(trimmed);
  return trimmed.includes(LINK_PREFIX) ? linkMachines(trimmed) : null;
}

/** Reads one dropped file or pasted text named `name`; a machine without a comparable layer refuses the whole input. */
export function readClassInput(name: string, text: string, byteLength = text.length): ClassInput {
  if (byteLength > MAX_RESULTS_BYTES) return { ok: false, name, error: classResultsStrings.refused(name, formatStrings.tooLarge(byteLength, MAX_RESULTS_BYTES)) };
  const trimmed = text.trim();
  try {
    if (trimmed === '') throw new Error(formatStrings.empty);
    const machines = machinesOf(trimmed, byteLength);
    if (machines === null) throw new Error(classResultsStrings.unknownFormat);
    if (machines.length === 0 || machines.some((machine) => machine.rows.length === 0)) throw new Error(classResultsStrings.noPairs);
    return { ok: true, name, machines };
  } catch (error) {
    return { ok: false, name, error: classResultsStrings.refused(name, error instanceof Error ? error.message : String(error)) };
  }
}
