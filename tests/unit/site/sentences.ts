/**
 * Finds reader-facing sentences in source files, for the test that keeps them in src/lib/strings.
 *
 * A **sentence** is a piece of text in code — a string literal, a template literal (each `${…}`
 * counting as one word), or the text of an .astro/JSX element (its runs of text and `{…}` joined
 * the same way; markup inside a string is dropped first) — holding **three or more words, two of
 * them made of letters**, where a word is a token between spaces and a letter word is two or more
 * letters (any script) with inner apostrophes or hyphens, wrapped in at most quotes, brackets and
 * trailing punctuation.
 * "Run all above" and `Step ${i} of ${n}` are sentences; "cell-output is-hidden", "3×3 conv" and
 * "M0 0 L 10 10" are not.
 *
 * Not sentences, because no reader sees them or because they are names in another language:
 * comments (not in the syntax tree), import and export sources, TypeScript types, the text of
 * `<style>`, class names and inline CSS (`class`, `class:list`, `className`, `style` and SVG geometry
 * attributes, `classList.*`, `.className =`, `style.*`), CSS selectors and media queries (arguments of
 * `querySelector(All)`, `closest`, `matches`, `matchMedia`, `CSS.supports`), the developer's console
 * (`console.*`), and an error for the programmer: the message of `new Error(…)` or an Error subclass's `super(…)` (TypeError, RangeError,
 * SyntaxError) that starts `invalid ` or `Error in ` — the forms CONTRIBUTING.md gives errors that name
 * a bad input, as Observable Plot and TF.js word theirs (a reader meets them only as the error of code
 * they wrote, as they meet TF.js's own). Any other error message is a sentence: a reader may read it.
 */
import tseslint from 'typescript-eslint';
import { parse as parseAstro } from '@astrojs/compiler-rs';

/** typescript-eslint's parser, whose options its public type leaves out (they are @typescript-eslint/typescript-estree's). */
const tsParser = tseslint.parser as unknown as { parseForESLint(code: string, options: Record<string, unknown>): { ast: unknown } };

/** A sentence found in a file: its 1-based line and its text as the reader would see it. */
export interface FoundSentence { line: number; text: string }

/** Attributes whose values are class names, CSS or SVG geometry, never words for a reader. */
const STYLE_ATTRIBUTES = new Set(['class', 'class:list', 'className', 'style', 'd', 'points', 'viewBox', 'transform', 'sizes', 'srcset', 'media']);
/** Methods whose string arguments are CSS selectors or media queries, whatever they are called on. */
const SELECTOR_METHODS = new Set(['querySelector', 'querySelectorAll', 'closest', 'matches', 'matchMedia']);
/** Methods whose string arguments are class names or CSS, called on the object named beside them. */
const STYLE_METHODS: Record<string, string> = { add: 'classList', remove: 'classList', toggle: 'classList', contains: 'classList', replace: 'classList', supports: 'CSS', setProperty: 'style' };
/** Properties whose assigned value is class names or CSS. */
const STYLE_PROPERTIES = new Set(['className', 'cssText']);
/** Type-only syntax: never shown to anyone. */
const TYPE_NODES = new Set(['TSTypeAnnotation', 'TSTypeAliasDeclaration', 'TSInterfaceDeclaration', 'TSTypeParameterInstantiation', 'TSLiteralType', 'TSDeclareFunction', 'TSModuleDeclaration']);

/** Error constructors, and the two forms of a message for the programmer (CONTRIBUTING.md: errors name the bad input, as TF.js's do). */
const ERRORS = new Set(['Error', 'TypeError', 'RangeError', 'SyntaxError']);
const DEVELOPER_ERROR = /^(invalid |Error in )/;

const PLACEHOLDER = '\u0000';
const LETTER_WORD = /^\p{L}[\p{L}'’-]*\p{L}$/u;
const WRAPPING = /^[("'“‘«[]+|[)"'”’»\].,;:!?…]+$/gu;

/** Whether `text` (with `\0` standing for each interpolation) is a sentence in the sense above. */
export function isSentence(text: string): boolean {
  const words = text.replace(/<[^<>]*>/g, ' ').split(/\s+/).filter((token) => token.length > 0);
  const letterWords = words.filter((token) => LETTER_WORD.test(token.replace(WRAPPING, '')));
  const placeholders = words.filter((token) => token.includes(PLACEHOLDER));
  return letterWords.length >= 2 && letterWords.length + placeholders.length >= 3;
}

interface Node { type: string; [key: string]: unknown }
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
const startOf = (node: Node): number => (Array.isArray(node.range) ? node.range[0] : (node.start as number));
const propertyName = (node: unknown): string | undefined => {
  if (!isNode(node)) return undefined;
  if (node.type === 'Identifier' || node.type === 'JSXIdentifier') return node.name as string;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'JSXNamespacedName') return `${propertyName(node.namespace)}:${propertyName(node.name)}`;
  return undefined;
};
const calleeName = (callee: unknown): string | undefined => {
  if (!isNode(callee)) return undefined;
  if (callee.type === 'MemberExpression') return propertyName(callee.property);
  return propertyName(callee);
};
const objectName = (callee: unknown): string | undefined =>
  isNode(callee) && callee.type === 'MemberExpression' ? propertyName(isNode(callee.object) && callee.object.type === 'MemberExpression' ? callee.object.property : callee.object) : undefined;
/** Whether a call's string arguments are for the developer's console, or CSS selectors, media queries, class names or CSS. */
const isNotReaderCall = (callee: unknown): boolean => {
  const name = calleeName(callee) ?? '';
  const object = objectName(callee);
  return object === 'console' || SELECTOR_METHODS.has(name) || (name in STYLE_METHODS && STYLE_METHODS[name] === object);
};
const isStyleMember = (node: unknown): boolean =>
  isNode(node) && node.type === 'MemberExpression' && (STYLE_PROPERTIES.has(propertyName(node.property) ?? '') || propertyName(node.object) === 'style' || (isNode(node.object) && node.object.type === 'MemberExpression' && propertyName(node.object.property) === 'style'));

/** Whether an error message is in a programmer's form: its text (each branch of a `?:`, the left end of a `+`) starts `invalid ` or `Error in `. */
function isDeveloperMessage(node: Node): boolean {
  if (node.type === 'Literal') return typeof node.value === 'string' && DEVELOPER_ERROR.test(node.value);
  if (node.type === 'TemplateLiteral') return DEVELOPER_ERROR.test(String(((node.quasis as Node[])[0]?.value as { cooked?: string } | undefined)?.cooked ?? ''));
  if (node.type === 'BinaryExpression' && node.operator === '+') return isDeveloperMessage(node.left as Node);
  if (node.type === 'ConditionalExpression') return isDeveloperMessage(node.consequent as Node) && isDeveloperMessage(node.alternate as Node);
  return false;
}

/** Text of a run of JSX children, with `\0` for each expression; undefined when it holds no text. */
function jsxRunText(children: Node[]): string | undefined {
  if (!children.some((child) => child.type === 'JSXText')) return undefined;
  return children.map((child) => (child.type === 'JSXText' ? String(child.value) : ` ${PLACEHOLDER} `)).join('');
}

/** Calls `found` with the start offset and text of every candidate string under `node`, skipping what is not reader text. */
function walk(node: unknown, found: (start: number, text: string) => void): void {
  if (Array.isArray(node)) { for (const item of node) walk(item, found); return; }
  if (!isNode(node) || TYPE_NODES.has(node.type)) return;
  switch (node.type) {
    case 'ImportDeclaration': case 'ExportAllDeclaration': case 'ImportExpression': case 'AstroComment':
      return;
    case 'ExportNamedDeclaration':
      walk(node.declaration, found);
      return;
    case 'ExpressionStatement':
      if (typeof node.directive === 'string') return;
      break;
    case 'Literal':
      if (typeof node.value === 'string') found(startOf(node), node.value);
      return;
    case 'TemplateLiteral': {
      const quasis = node.quasis as Node[];
      found(startOf(node), quasis.map((quasi) => String((quasi.value as { cooked: string }).cooked ?? '')).join(` ${PLACEHOLDER} `));
      walk(node.expressions, found);
      return;
    }
    case 'CallExpression': case 'NewExpression': {
      if (isNotReaderCall(node.callee)) { walk(node.callee, found); return; }
      const [message, ...rest] = node.arguments as Node[];
      // `super(message)` in an Error subclass's constructor is the same message as `new Error(message)`.
      const errorCall = ERRORS.has(propertyName(node.callee) ?? '') || (node.callee as Node).type === 'Super';
      if (errorCall && message && isDeveloperMessage(message)) { walk(rest, found); return; }
      break;
    }
    case 'AssignmentExpression':
      if (isStyleMember(node.left)) return;
      break;
    case 'Property':
      if (STYLE_ATTRIBUTES.has(propertyName(node.key) ?? '')) return;
      break;
    case 'JSXAttribute':
      if (STYLE_ATTRIBUTES.has(propertyName(node.name) ?? '')) return;
      break;
    case 'JSXElement': case 'JSXFragment': {
      const opening = node.openingElement as Node | undefined;
      if (opening && propertyName(opening.name) === 'style') return;
      walk(opening, found);
      const children = (node.children as Node[]).filter((child) => child.type === 'JSXText' || child.type === 'JSXExpressionContainer');
      const text = jsxRunText(children.filter((child) => child.type === 'JSXText' || !isNode(child.expression) || child.expression.type !== 'JSXEmptyExpression'));
      const first = (node.children as Node[]).find((child) => child.type === 'JSXText' && String(child.value).trim() !== '');
      if (text !== undefined && first) found(startOf(first) + String(first.value).search(/\S/), text);
      for (const child of node.children as Node[]) if (child.type !== 'JSXText') walk(child, found);
      return;
    }
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === 'range' || key === 'loc' || key === 'parent') continue;
    if (typeof value === 'object') walk(value, found);
  }
}

/** The sentences of one source file (`.ts`, `.mjs`, `.js` or `.astro`), in order. */
export function sentencesIn(source: string, kind: 'ts' | 'astro'): FoundSentence[] {
  const ast = kind === 'astro'
    ? parseAstro(source).ast
    : tsParser.parseForESLint(source, { range: true, loc: false, jsx: false, comment: false, tokens: false }).ast;
  const lineStarts = [0, ...[...source.matchAll(/\n/g)].map((match) => match.index + 1)];
  const lineOf = (offset: number) => lineStarts.findLastIndex((start) => start <= offset) + 1;
  const sentences: FoundSentence[] = [];
  walk(ast, (start, text) => {
    if (isSentence(text)) sentences.push({ line: lineOf(start), text: text.replaceAll(PLACEHOLDER, '${…}').replace(/\s+/g, ' ').trim() });
  });
  return sentences;
}
