/**
 * Turns a reader's cell into the body of an async function with notebook semantics:
 * top-level declarations land in a shared scope object (visible to later cells, re-runnable),
 * top-level `await` works, and the value of a final expression statement is returned.
 *
 * The body is meant for `new AsyncFunction('tf', 'show', CELL_PARAM, body)` in sloppy mode:
 * it runs inside `with (CELL_PARAM.scope) { … }`, where `scope` is a Proxy over the shared
 * store, so functions defined in one cell see later reassignments made by another.
 * Every edit only inserts text or replaces text without newlines, so lines never move and
 * {@link originalPosition} maps any position in the body back to the reader's cell.
 */
import { parse, type Node, type Pattern, type Program } from 'acorn';
import { type Edit, applyEdits, closing, lineColumn, opening, sortEdits } from './edits';
import { cellErrorStrings } from '../strings/cell-output';

/** Name of the wrapper parameter carrying the shared scope and the error-line recorders. */
export const CELL_PARAM = '$$cell';

/** A successful transform: the function body and what the runtime must know to run it. */
export interface CellProgram {
  ok: true;
  /** Source of the async function body (same line count as the cell, plus a closing line). */
  body: string;
  /** Top-level names the cell declares; the runtime adds them to the shared store first. */
  declared: string[];
  /** Whether the cell ends with an expression whose value is returned. */
  returnsValue: boolean;
  /** The insertions/replacements applied, in source order, for mapping positions back. */
  edits: Edit[];
  /** The reader's code, unchanged. */
  source: string;
}

/** A syntax error located in the reader's cell (line and column are 1-based). */
export interface CellSyntaxError {
  ok: false;
  message: string;
  line: number;
  column: number;
}

/** How acorn parses a cell: a script, with top-level await. */
export const CELL_PARSE_OPTIONS = { ecmaVersion: 'latest', sourceType: 'script', allowAwaitOutsideFunction: true, allowHashBang: false } as const;

const IMPORT_MESSAGE = cellErrorStrings.importNotAllowed;

interface AnyNode extends Node {
  [key: string]: unknown;
}

function patternNames(pattern: Pattern | null, names: string[]): void {
  if (!pattern) return;
  if (pattern.type === 'Identifier') names.push(pattern.name);
  else if (pattern.type === 'ObjectPattern') {
    for (const property of pattern.properties) {
      patternNames(property.type === 'RestElement' ? property.argument : property.value, names);
    }
  } else if (pattern.type === 'ArrayPattern') pattern.elements.forEach((element) => patternNames(element, names));
  else if (pattern.type === 'RestElement') patternNames(pattern.argument, names);
  else if (pattern.type === 'AssignmentPattern') patternNames(pattern.left, names);
}

function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let index = source.indexOf('\n'); index !== -1 && index < offset; index = source.indexOf('\n', index + 1)) line++;
  return line;
}

/** Records the line of every `throw` and `await` so a thrown non-Error can still be located. */
function instrument(node: AnyNode, source: string, edits: Edit[], depth = 2): void {
  if (node.type === 'ThrowStatement' || node.type === 'AwaitExpression') {
    const argument = node.argument as AnyNode;
    const recorder = node.type === 'ThrowStatement' ? 'thrown' : 'awaited';
    edits.push(opening(argument.start, `${CELL_PARAM}.${recorder}((`, depth));
    edits.push(closing(argument.end, `), ${lineAt(source, node.start)})`, depth));
  }
  for (const value of Object.values(node)) {
    const children = Array.isArray(value) ? value : [value];
    for (const child of children) {
      if (child && typeof child === 'object' && typeof (child as AnyNode).type === 'string') {
        instrument(child as AnyNode, source, edits, depth + 1);
      }
    }
  }
}

function rewriteTopLevel(source: string, program: Program, edits: Edit[], declared: string[], hoisted: string[]): boolean {
  let returnsValue = false;
  program.body.forEach((statement, index) => {
    const isLast = index === program.body.length - 1;
    if (statement.type === 'VariableDeclaration') {
      edits.push({ ...opening(statement.start, ';(', 1), remove: statement.kind.length });
      for (const declarator of statement.declarations) {
        patternNames(declarator.id, declared);
        if (!declarator.init) edits.push(closing(declarator.id.end, ' = undefined', 1));
      }
      const last = statement.declarations[statement.declarations.length - 1];
      edits.push(closing(last?.end ?? statement.end, ')', 1));
    } else if (statement.type === 'FunctionDeclaration' && statement.id) {
      declared.push(statement.id.name);
      hoisted.push(statement.id.name);
    } else if (statement.type === 'ClassDeclaration' && statement.id) {
      declared.push(statement.id.name);
      edits.push(opening(statement.start, `;${statement.id.name} = `, 1));
    } else if (statement.type === 'ImportDeclaration' || statement.type.startsWith('Export')) {
      throw Object.assign(new SyntaxError(IMPORT_MESSAGE), {
        pos: statement.start,
      });
    } else if (isLast && statement.type === 'ExpressionStatement') {
      // A cell made only of string literals parses as a directive prologue, but the wrapper's `with` comes
      // first, so it never acts as one: `"done"` alone is a value to show, as in Jupyter.
      // The statement's own range, not the expression's: acorn drops parentheses, so `(() => 1)` has an
      // expression starting inside them. The closing goes before the statement's own semicolon.
      const end = source[statement.end - 1] === ';' ? statement.end - 1 : statement.end;
      edits.push(opening(statement.start, 'return (', 1));
      edits.push(closing(end, ')', 1));
      returnsValue = true;
    }
  });
  return returnsValue;
}

/** Parses and rewrites one cell; a syntax error comes back located in the reader's code, never thrown. */
export function transformCell(source: string, sourceUrl = 'cell.js'): CellProgram | CellSyntaxError {
  let program: Program;
  const edits: Edit[] = [];
  const declared: string[] = [];
  const hoisted: string[] = [];
  let returnsValue: boolean;
  try {
    program = parse(source, CELL_PARSE_OPTIONS);
    returnsValue = rewriteTopLevel(source, program, edits, declared, hoisted);
    instrument(program as unknown as AnyNode, source, edits);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const pos = (error as SyntaxError & { pos?: number }).pos ?? 0;
    const raw = error.message.replace(/\s*\(\d+:\d+\)$/, '');
    const message = /'import' and 'export'/.test(raw) ? IMPORT_MESSAGE : raw;
    return { ok: false, message, ...lineColumn(source, pos) };
  }
  const hoist = hoisted.map((name) => `${CELL_PARAM}.scope.${name} = ${name}; `).join('');
  // The wrapper encloses everything, even in an empty cell where its opening and closing share offset 0.
  edits.push({ ...opening(0, `with (${CELL_PARAM}.scope) { ${hoist}`, 0), rank: Number.MIN_SAFE_INTEGER });
  edits.push({ ...closing(source.length, `\n}\n//# sourceURL=${sourceUrl}`, 0), rank: Number.MAX_SAFE_INTEGER });
  const sorted = sortEdits(edits);
  return { ok: true, body: applyEdits(source, sorted), declared: [...new Set(declared)], returnsValue, edits: sorted, source };
}

export { originalPosition } from './edits';
