// Jupyter notebooks (nbformat 4.5) as plain values: cells with stable ids, sources split into lines as Jupyter writes them.

/** Jupyter's own metadata for a code cell, plus this site's (what the site computed the cell should print). */
export interface CodeCellMetadata {
  readonly depthwise_lab?: { readonly expected_output: readonly string[]; readonly pair: string };
}

/** A Markdown cell of nbformat 4.5. */
export interface MarkdownCell {
  readonly cell_type: 'markdown';
  readonly id: string;
  readonly metadata: Record<string, never>;
  readonly source: string[];
}

/** A code cell of nbformat 4.5 that has never run: no execution count, no outputs. */
export interface CodeCell {
  readonly cell_type: 'code';
  readonly id: string;
  readonly metadata: CodeCellMetadata;
  readonly execution_count: null;
  readonly outputs: [];
  readonly source: string[];
}

/** One cell of a notebook. */
export type NotebookCell = MarkdownCell | CodeCell;

/** A whole nbformat 4.5 notebook with a Python 3 kernel. */
export interface Notebook {
  readonly nbformat: 4;
  readonly nbformat_minor: 5;
  readonly metadata: {
    readonly kernelspec: { readonly name: 'python3'; readonly display_name: 'Python 3'; readonly language: 'python' };
    readonly language_info: { readonly name: 'python' };
    readonly depthwise_lab: { readonly lesson: string; readonly route: string };
  };
  readonly cells: NotebookCell[];
}

/** A cell's text as nbformat stores it: one string per line, each but the last ending in "\n". */
export function sourceLines(text: string): string[] {
  const trimmed = text.replace(/\s+$/, '');
  if (trimmed === '') throw new Error('invalid cell source: empty');
  const lines = trimmed.split('\n');
  return lines.map((line, index) => (index < lines.length - 1 ? `${line}\n` : line));
}

/** A stable cell id (nbformat 4.5: 1–64 of [A-Za-z0-9_-]): the lesson's id and the cell's position, `depthwise-007`. */
export function cellId(lesson: string, index: number): string {
  if (!/^[a-z][a-z0-9-]*$/.test(lesson)) throw new Error(`invalid lesson id: ${lesson}`);
  if (!Number.isInteger(index) || index < 0) throw new Error(`invalid cell index: ${index}`);
  return `${lesson}-${String(index).padStart(3, '0')}`.slice(-64);
}

/** A Markdown cell. */
export function markdownCell(id: string, text: string): MarkdownCell {
  return { cell_type: 'markdown', id, metadata: {}, source: sourceLines(text) };
}

/** A code cell that has not run, with the output the site expects recorded in its metadata. */
export function codeCell(id: string, code: string, metadata: CodeCellMetadata = {}): CodeCell {
  return { cell_type: 'code', id, metadata, execution_count: null, outputs: [], source: sourceLines(code) };
}

/** The notebook around `cells`, for the lesson `lesson` at `route`. */
export function notebook(lesson: string, route: string, cells: NotebookCell[]): Notebook {
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {
      kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' },
      language_info: { name: 'python' },
      depthwise_lab: { lesson, route },
    },
    cells,
  };
}
