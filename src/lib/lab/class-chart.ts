// How the class page's dot chart lays out its rows: every machine's label in full, at the page's own type size,
// wrapped to the room the chart's width leaves for it; the rows grow to hold the lines, so no label is cut.

/** Average width of one character in ems, taken high (sans-serif text of lower-case words, digits and spaces is nearer 0.5). */
const CHAR_EM = 0.56;
/** Height of one line of a label, in ems. */
const LINE_EM = 1.2;

/** Where the chart puts things, in CSS pixels, and the wrapping width of its labels in ems (Observable Plot's `lineWidth`). */
export interface ClassChartLayout {
  fontSize: number;
  marginLeft: number;
  marginBottom: number;
  /** Labels wrap at word boundaries to this many ems. */
  lineWidth: number;
  /** Height of each machine's row: room for its label's lines. */
  rowHeight: number;
  height: number;
}

/** Lines `label` takes when wrapped at word boundaries to `lineWidth` ems (a word longer than a line takes a line of its own). */
export function labelLines(label: string, lineWidth: number): number {
  let lines = 1;
  let used = 0;
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const width = word.length * CHAR_EM;
    const needed = used === 0 ? width : used + CHAR_EM + width;
    if (needed <= lineWidth || used === 0) used = needed;
    else { lines += 1; used = width; }
  }
  return lines;
}

/**
 * The layout of a chart `width` pixels wide drawing one row per label at `fontSize` pixels (the page's text size,
 * never under 14 px): the labels get up to two fifths of the width (at most 22 ems), and each row the height of
 * its longest wrapped label, so every label shows whole.
 */
export function classChartLayout(options: { labels: readonly string[]; width: number; fontSize: number }): ClassChartLayout {
  const fontSize = Math.max(14, options.fontSize);
  const marginLeft = Math.round(Math.min(options.width * 0.4, 22 * fontSize));
  const lineWidth = Math.max(4, (marginLeft - 0.75 * fontSize) / fontSize);
  const lines = Math.max(1, ...options.labels.map((label) => labelLines(label, lineWidth)));
  const rowHeight = Math.ceil((lines * LINE_EM + 0.8) * fontSize);
  const marginBottom = Math.ceil(3 * fontSize);
  return { fontSize, marginLeft, marginBottom, lineWidth, rowHeight, height: Math.ceil(fontSize) + marginBottom + rowHeight * options.labels.length };
}
