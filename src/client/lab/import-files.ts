// Import from the reader's files through the results format (src/lib/lab/results-format.ts): loaded when the
// reader imports, so its schema never weighs on the lab page's first load.
import { MAX_RESULTS_BYTES, type LabRun } from '../../lib/lab';
import { readResultsFile } from '../../lib/lab/results-format';
import { formatStrings } from '../../lib/strings/formats';
import { labStrings } from '../../lib/strings/lab';

/** What reading some files gave: the runs that passed, and one refusal sentence per file that did not. */
export interface ImportOutcome {
  runs: LabRun[];
  refusals: string[];
}

async function readOne(file: File): Promise<LabRun[] | string> {
  // Checked before reading, so a huge file is never loaded into memory.
  if (file.size > MAX_RESULTS_BYTES) return labStrings.importRefused(file.name, formatStrings.tooLarge(file.size, MAX_RESULTS_BYTES));
  const read = readResultsFile(await file.text(), file.size);
  return read.ok ? read.runs : labStrings.importRefused(file.name, read.error);
}

/** Reads and checks each chosen file (one run, or a JSON list of runs); a bad file is refused on its own and the others still load. */
export async function importFiles(files: Iterable<File>): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { runs: [], refusals: [] };
  for (const file of files) {
    const read = await readOne(file);
    if (typeof read === 'string') outcome.refusals.push(read);
    else outcome.runs.push(...read);
  }
  return outcome;
}
