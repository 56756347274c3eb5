// What a teacher drops or pastes on the class page, recognised and checked: a lab JSON export (one
// run or a list), a lab CSV export, or results links. Each input is accepted whole or refused by name.
import { machinesFromCsv, looksLikeLabCsv } from './class-csv';
import { decodeMachine, LINK_PREFIX } from './class-link';
import { machineFromRun, type ClassMachine } from './class-pool';
import { MAX_RESULTS_BYTES, parseResults } from './validate';
import { labStrings } from '../strings/lab';
import { classResultsStrings } from '../strings/class-results';

/** One named input's outcome: its machines, or the sentence refusing it ("broken.json was refused: …"). */
export type ClassInput = { ok: true; name: string; machines: ClassMachine[] } | { ok: false; name: string; error: string };

function jsonMachines(text: string): ClassMachine[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(labStrings.importNotJson(error instanceof Error ? error.message : String(error)), { cause: error });
  }
  const items = Array.isArray(data) ? data : [data];
  if (items.length === 0) throw new Error(labStrings.importEmpty);
  return items.map((item) => {
    const outcome = parseResults(JSON.stringify(item));
    if (!outcome.ok) throw new Error(outcome.error);
    return machineFromRun(outcome.run);
  });
}

function linkMachines(text: string): ClassMachine[] {
  return text.split(/\s+/).filter((part) => part.includes(LINK_PREFIX)).map((link) => {
    try {
      return decodeMachine(link);
    } catch (error) {
      throw new Error(classResultsStrings.badLink(error instanceof Error ? error.message : String(error)), { cause: error });
    }
  });
}

/** Reads one dropped file or pasted text named `name`; a machine without a comparable layer refuses the whole input. */
export function readClassInput(name: string, text: string, byteLength = text.length): ClassInput {
  if (byteLength > MAX_RESULTS_BYTES) return { ok: false, name, error: classResultsStrings.refused(name, labStrings.importTooLarge(byteLength, MAX_RESULTS_BYTES)) };
  const trimmed = text.trim();
  try {
    if (trimmed === '') throw new Error(labStrings.importEmpty);
    const machines = /^[[{]/.test(trimmed) ? jsonMachines(trimmed)
      : looksLikeLabCsv(trimmed) ? machinesFromCsv(trimmed)
      : trimmed.includes(LINK_PREFIX) ? linkMachines(trimmed)
      : null;
    if (machines === null) throw new Error(classResultsStrings.unknownFormat);
    if (machines.length === 0 || machines.some((machine) => machine.rows.length === 0)) throw new Error(classResultsStrings.noPairs);
    return { ok: true, name, machines };
  } catch (error) {
    return { ok: false, name, error: classResultsStrings.refused(name, error instanceof Error ? error.message : String(error)) };
  }
}
