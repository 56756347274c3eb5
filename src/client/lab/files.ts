// Export as downloads; nothing leaves the browser. (Import reads files with the results schema: ./import-files.ts, loaded on use.)
import { toCsv, type LabRun } from '../../lib/lab';
import { download } from '../site/download';

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
