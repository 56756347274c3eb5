/**
 * What a cell's code shares and reads (src/lib/notebook/dependencies.ts), worked out once per distinct code by a
 * JavaScript parser that loads the first time a page needs it: to offer Run all above, and Pause.
 */
import type { CellNames } from '../../lib/notebook/dependencies';

let dependencies: Promise<typeof import('../../lib/notebook/dependencies')> | undefined;
const namesByCode = new Map<string, CellNames | undefined>();

/** Loads the parser (once) and resolves with a reader of a code's shared names (undefined when it does not parse). */
export async function nameReader(): Promise<(code: string) => CellNames | undefined> {
  const { cellNames } = await (dependencies ??= import('../../lib/notebook/dependencies'));
  return (code) => {
    if (!namesByCode.has(code)) {
      if (namesByCode.size > 500) namesByCode.clear();
      namesByCode.set(code, cellNames(code));
    }
    return namesByCode.get(code);
  };
}

/** Whether `code` calls the notebook's `checkpoint()` (reads the name, not only mentions it in a comment or a string). */
export async function callsCheckpoint(code: string): Promise<boolean> {
  return code.includes('checkpoint') && ((await nameReader())(code)?.reads.includes('checkpoint') ?? false);
}
