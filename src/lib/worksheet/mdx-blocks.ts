// Reads a lesson's MDX source for the blocks a worksheet reprints — quizzes, steppers, kernel views,
// feature maps — with their props, so worksheets and answer keys follow the lesson as it is written
// instead of a second copy of its questions. Props are parsed with acorn and accepted only as plain
// literals (strings, numbers, booleans, arrays, objects) or one call of a named question builder.
import { parseExpressionAt, type Expression, type Node } from 'acorn';

/** A prop value as written: a literal, or a call such as `shapeQuestion({ … })` with literal arguments. */
export type PropValue = string | number | boolean | null | PropValue[] | { [key: string]: PropValue } | { call: string; args: PropValue[] };

/** One component use in the MDX: its name, its props and (for a non-self-closing tag) its inner text. */
export interface MdxBlock {
  name: string;
  props: Record<string, PropValue>;
  children: string;
}

/** Names the MDX declares as `export const name = <literal>;`, usable in props. */
type Constants = ReadonlyMap<string, PropValue>;

function literal(node: Node, source: string, constants: Constants = new Map()): PropValue {
  const expression = node as Expression;
  const inner = (child: Node) => literal(child, source, constants);
  switch (expression.type) {
    case 'Identifier':
      if (constants.has(expression.name)) return constants.get(expression.name)!;
      break;
    case 'Literal':
      if (typeof expression.value === 'string' || typeof expression.value === 'number' || typeof expression.value === 'boolean' || expression.value === null) return expression.value;
      break;
    case 'UnaryExpression':
      if (expression.operator === '-' && expression.argument.type === 'Literal' && typeof expression.argument.value === 'number') return -expression.argument.value;
      break;
    case 'ArrayExpression':
      return expression.elements.map((element) => (element ? inner(element) : null));
    case 'ObjectExpression':
      return Object.fromEntries(expression.properties.map((property) => {
        if (property.type !== 'Property' || property.computed) throw new Error(`invalid prop: ${source.slice(property.start, property.end)}`);
        const key = property.key.type === 'Identifier' ? property.key.name : String((property.key as { value: unknown }).value);
        return [key, inner(property.value)];
      }));
    case 'CallExpression':
      if (expression.callee.type === 'Identifier') return { call: expression.callee.name, args: expression.arguments.map(inner) };
      break;
    default:
  }
  throw new Error(`invalid prop: ${source.slice(expression.start, expression.end)} (only literals and builder calls)`);
}

/** Parses the attributes of one JSX opening tag (`id="x" chMul={2} shared`). */
export function parseProps(attributes: string, constants: Constants = new Map()): Record<string, PropValue> {
  const props: Record<string, PropValue> = {};
  let at = 0;
  const name = /\s*([A-Za-z_][\w-]*)\s*(=\s*)?/y;
  while (at < attributes.length) {
    name.lastIndex = at;
    const match = name.exec(attributes);
    if (!match || match[0] === '') break;
    at = name.lastIndex;
    const key = match[1]!;
    if (!match[2]) { props[key] = true; continue; }
    const quote = attributes[at];
    if (quote === '"' || quote === "'") {
      const end = attributes.indexOf(quote, at + 1);
      props[key] = attributes.slice(at + 1, end);
      at = end + 1;
    } else if (quote === '{') {
      const node = parseExpressionAt(attributes, at + 1, { ecmaVersion: 'latest' });
      props[key] = literal(node, attributes, constants);
      at = attributes.indexOf('}', node.end) + 1;
    } else throw new Error(`invalid prop ${key}: expected a quoted string or {…}`);
  }
  return props;
}

/**
 * Every use of the components `names` in `mdx`, in page order (fenced code blocks are skipped).
 * `imports` are literal values the MDX may import by name (e.g. constants from src/lib/sources).
 */
export function mdxBlocks(mdx: string, names: readonly string[], imports: Readonly<Record<string, PropValue>> = {}): MdxBlock[] {
  const text = mdx.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1\s*$/gm, (block) => ' '.repeat(block.length));
  const tag = new RegExp(`<(${names.join('|')})\\b((?:[^>{}]|\\{(?:[^{}]|\\{[^{}]*\\})*\\})*?)(/?)>`, 'g');
  const constants = new Map<string, PropValue>(Object.entries(imports));
  for (const declaration of text.matchAll(/^export const ([A-Za-z_$][\w$]*)\s*=\s*/gm)) {
    const value = parseExpressionAt(text, declaration.index + declaration[0].length, { ecmaVersion: 'latest' });
    try { constants.set(declaration[1]!, literal(value, text, constants)); } catch { /* not a literal: not usable in props */ }
  }
  const blocks: MdxBlock[] = [];
  for (const match of text.matchAll(tag)) {
    const [whole, name, attributes, selfClosing] = match as unknown as [string, string, string, string];
    let children = '';
    if (!selfClosing) {
      const close = text.indexOf(`</${name}>`, match.index + whole.length);
      if (close === -1) throw new Error(`invalid MDX: <${name}> is never closed`);
      children = text.slice(match.index + whole.length, close).trim();
    }
    blocks.push({ name, props: parseProps(attributes, constants), children });
  }
  return blocks;
}
