/**
 * What each cell shares through the notebook's scope: the names it declares at top level (later
 * cells see them) and the names it reads without declaring them. A cell depends on an earlier one
 * when it reads a name that cell declares. Holds acorn and periscopic, so pages load it only when
 * a reader runs a cell with earlier cells not run.
 */
import { parse, type Program } from 'acorn';
import { analyze } from 'periscopic';
import { CELL_PARSE_OPTIONS, transformCell } from './transform';

/** A cell's shared names: what it declares at top level, and what it reads from outside itself (`tf`, `show` and globals included). */
export interface CellNames {
  declares: string[];
  reads: string[];
}

/** `code`'s shared names, or undefined when it does not parse (it declares nothing; running it shows the syntax error). */
export function cellNames(code: string): CellNames | undefined {
  const program = transformCell(code);
  if (!program.ok) return undefined;
  const tree = parse(code, CELL_PARSE_OPTIONS) as Program;
  const { globals } = analyze(tree as Parameters<typeof analyze>[0]);
  return { declares: program.declared, reads: [...globals.keys()] };
}
