/** UI strings of the class results page (/lab/class/) and the lab's "Copy results link". */
import { formatNumber, plural } from './units';
import { labStrings } from './lab';
const times = (ratio: number) => `${Number(ratio.toPrecision(2))}×`;

export const classResultsStrings = {
  title: 'Class results',
  description: "Pool a class's benchmark lab results: every machine side by side, by device and backend, with the class median and one CSV.",
  lede: "Drop or paste your students' lab exports — JSON files, CSV exports, or the results links they copy from the lab — to see every machine side by side: how much faster the separable block ran than the standard convolution on each backend, against the multiply-adds it saves.",
  dropLabel: 'Lab exports (JSON or CSV files)',
  dropHint: 'Drop files here or choose them; bad or foreign files are refused by name and the rest are kept.',
  pasteLabel: 'Results links or exported text',
  pasteHint: 'Paste one or more results links (one per line), or the text of a JSON or CSV export.',
  addPasted: 'Add pasted results',
  downloadCsv: 'Download combined CSV',
  clear: 'Remove all machines',
  emptyState: 'No results yet. Ask each student to run the lab and press “Copy results link”, or to export JSON or CSV.',
  added: (machines: number, total: number) => `Added ${plural(machines, { one: '# machine', other: '# machines' })}; ${formatNumber(total)} in the class.`,
  duplicate: (name: string) => `${name}: already in the class (same run), kept once.`,
  /** A fuller copy of a run already pooled (e.g. its JSON after a CSV without the device) took the earlier copy's place. */
  replaced: (name: string, more: { device: boolean; gpu: boolean; rows: number }) => {
    const gains = [more.device ? 'the device' : '', more.gpu ? 'the GPU' : '', more.rows > 0 ? plural(more.rows, { one: '# more layer', other: '# more layers' }) : ''].filter(Boolean);
    const list = gains.length > 1 ? `${gains.slice(0, -1).join(', ')} and ${gains.at(-1)}` : gains[0] ?? '';
    return `${name}: the same run as one already in the class, but recording ${list}; it replaces the earlier copy.`;
  },
  refused: (name: string, reason: string) => `${name} was refused: ${reason}`,
  pastedName: (index: number) => `pasted item ${index}`,
  unknownFormat: 'it is not a lab results file (JSON), a CSV export or a results link.',
  noPairs: 'it has no layer timed with both the standard convolution and the separable block on one backend.',
  badLink: (detail: string) => `the results link is damaged or incomplete (${detail}).`,
  noLinkPart: 'no "r1." part',
  cutShort: 'it was cut short or changed when copied',
  csvMissingColumn: (column: string) => `it is not a Depthwise Lab CSV export (no "${column}" column).`,
  csvBadValue: (line: number, column: string) => `line ${line} has no valid number in "${column}".`,
  storageNote: 'The pooled results stay in this browser only, until you remove them.',
  chartIntro: 'Each dot is one machine: how many times faster the separable block ran than the standard convolution (right of the 1× line is faster). The grey tick is the speed-up the multiply-add count promises; the vertical bar is the class median for that backend.',
  chartAxis: 'speed-up of the separable block (×, log scale) →',
  chartLabel: (backend: string) => `Speed-up of the separable block on ${backend}, one dot per machine`,
  tableCaption: (backend: string, machines: number) => `${backend}: ${plural(machines, { one: '# machine', other: '# machines' })}, grouped by device`,
  columns: { device: 'Device', machine: 'Machine', layers: 'Layers', macRatio: 'Fewer multiply-adds', speedup: 'Separable speed-up', fused: 'Fused speed-up', cv: 'Noise (CV)', conclusion: 'Conclusion' },
  classMedian: (machines: number) => `Class median (${plural(machines, { one: '# machine', other: '# machines' })})`,
  medianSummary: (backend: string, speedup: number, macRatio: number, machines: number) =>
    `On ${backend}, the class median: the separable block ran ${speedup >= 1 ? `${times(speedup)} faster` : `${times(1 / speedup)} slower`} for ${times(macRatio)} fewer multiply-adds (${plural(machines, { one: '# machine', other: '# machines' })}).`,
  conclusion: (backend: string, speedup: number, macRatio: number, cv: number, noisyAbove: number) => {
    const pace = speedup >= 1.05 ? `ran ${times(speedup)} faster for` : speedup > 1 / 1.05 ? 'ran about as fast as the standard convolution despite' : `ran ${times(1 / speedup)} slower despite`;
    const noise = cv > noisyAbove ? `; noisy: CV ${Math.round(cv * 100)} %` : '';
    return `On this ${backend} the separable block ${pace} ${times(macRatio)} fewer multiply-adds${noise}.`;
  },
  unknownDevice: labStrings.unknownDevice,
  cores: labStrings.cores,
  copyLink: 'Copy results link',
  classLink: 'Teaching a class? Pool your students’ results on the class results page',
} as const;
