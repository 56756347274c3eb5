/** Loads the CodeMirror chunk on demand (first focus, click or key in a cell's code), once per page. */
import type { CellEditor, EditorOptions } from './codemirror';

let chunk: Promise<typeof import('./codemirror')> | undefined;

/** Mounts a CodeMirror editor, importing CodeMirror the first time any cell asks. */
export async function loadEditor(options: EditorOptions): Promise<CellEditor> {
  chunk ??= import('./codemirror');
  const { createEditor } = await chunk;
  return createEditor(options);
}

export type { CellEditor };
