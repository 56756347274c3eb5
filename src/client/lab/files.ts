// Export as downloads and import from the reader's files; nothing leaves the browser.
import { MAX_RESULTS_BYTES, parseResults, toCsv, type LabRun } from '../../lib/lab';
import { labStrings } from '../../lib/strings/lab';

/** Offers `text` as a download named `filename`. */
export function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const stamp = (run: LabRun | undefined) => (run ? run.createdAt.slice(0, 19).replace(/[:T]/g, '-') : 'empty');

/** Downloads the runs on screen as one JSON file (one run) or a JSON list of runs. */
export function exportJson(runs: readonly LabRun[]): void {
  const body = runs.length === 1 ? runs[0] : runs;
  download(`depthwise-lab-${stamp(runs[0])}.json`, `${JSON.stringify(body, null, 2)}\n`, 'application/json');
}

/** Downloads every op result of the runs on screen as CSV. */
export function exportCsv(runs: readonly LabRun[]): void {
  download(`depthwise-lab-${stamp(runs[0])}.csv`, toCsv(runs), 'text/csv');
}

/** What reading some files gave: the runs that passed, and one refusal sentence per file that did not. */
export interface ImportOutcome {
  runs: LabRun[];
  refusals: string[];
}

async function readOne(file: File): Promise<LabRun[] | string> {
  // Checked before reading, so a huge file is never loaded into memory.
  if (file.size > MAX_RESULTS_BYTES) return labStrings.importRefused(file.name, labStrings.importTooLarge(file.size, MAX_RESULTS_BYTES));
  const text = await file.text();
  const trimmed = text.trimStart();
  // A file exported with several runs on screen is a JSON list of runs: check each one.
  const parts = trimmed.startsWith('[') ? listParts(text) : [text];
  const runs: LabRun[] = [];
  for (const part of parts) {
    const outcome = parseResults(part, file.size);
    if (!outcome.ok) return labStrings.importRefused(file.name, outcome.error);
    runs.push(outcome.run);
  }
  return runs;
}

function listParts(text: string): string[] {
  try {
    const list: unknown = JSON.parse(text);
    return Array.isArray(list) && list.length > 0 ? list.map((item) => JSON.stringify(item)) : [text];
  } catch {
    return [text];
  }
}

/** Reads and checks each chosen file; a bad file is refused on its own and the others still load. */
export async function importFiles(files: Iterable<File>): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { runs: [], refusals: [] };
  for (const file of files) {
    const read = await readOne(file);
    if (typeof read === 'string') outcome.refusals.push(read);
    else outcome.runs.push(...read);
  }
  return outcome;
}
