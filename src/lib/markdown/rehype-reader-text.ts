/**
 * A rehype plugin (run after rehype-katex) so search and the on-page contents read each formula once, as a reader
 * sees it. KaTeX writes every formula three times — MathML for screen readers, its TeX source as an annotation, and
 * the visible HTML — and both Pagefind and Astro's heading list concatenate all three ("1/N+1/k21/N + 1/k^21/N+1/k2").
 * The MathML copy is kept out of the search index (the visible HTML is indexed), and each heading's readable text is
 * written to the frontmatter as `headingTexts` (in document order, like Astro's headings) for the contents list.
 */

interface HastElement {
  type: 'element';
  tagName: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}
interface HastText {
  type: 'text';
  value: string;
  children?: undefined;
}
type HastNode = HastElement | HastText | { type: string; children?: HastNode[]; value?: unknown };

const SUPERSCRIPTS: Record<string, string> = {
  0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹', '+': '⁺', '−': '⁻', '-': '⁻', n: 'ⁿ', i: 'ⁱ',
};
const SUBSCRIPT_DIGITS: Record<string, string> = { 0: '₀', 1: '₁', 2: '₂', 3: '₃', 4: '₄', 5: '₅', 6: '₆', 7: '₇', 8: '₈', 9: '₉' };
const SPACED_OPERATORS = new Set(['+', '−', '-', '=', '×', '·', '≈', '≤', '≥', '<', '>', '→']);

function isElement(node: HastNode): node is HastElement {
  return node.type === 'element';
}

function hasClass(node: HastNode, name: string): boolean {
  if (!isElement(node)) return false;
  const className = node.properties?.className;
  return Array.isArray(className) && className.includes(name);
}

function textOf(node: HastNode): string {
  if (node.type === 'text') return String((node as HastText).value);
  return (node.children ?? []).map(textOf).join('');
}

/** Plain text of a MathML element as a reader would write it: k² for a square, a/b for a fraction, spaced operators. */
function mathmlPlainText(node: HastNode): string {
  if (node.type === 'text') return String((node as HastText).value);
  if (!isElement(node)) return '';
  const parts = (node.children ?? []).filter((child) => isElement(child) || child.type === 'text');
  switch (node.tagName) {
    case 'annotation': return '';
    case 'mo': {
      const operator = textOf(node);
      return SPACED_OPERATORS.has(operator) ? ` ${operator} ` : operator;
    }
    case 'msup': {
      const [base, exponent] = parts.map(mathmlPlainText);
      const raised = [...(exponent ?? '').trim()].map((char) => SUPERSCRIPTS[char]);
      return `${base ?? ''}${raised.every(Boolean) ? raised.join('') : `^(${exponent ?? ''})`}`;
    }
    case 'msub': {
      // Digits drop to subscripts (x₁); words keep the usual plain-text underscore (C_out), readable in any font.
      const [base, index] = parts.map(mathmlPlainText);
      const lowered = [...(index ?? '').trim()].map((char) => SUBSCRIPT_DIGITS[char]);
      return `${base ?? ''}${lowered.every(Boolean) ? lowered.join('') : `_${index ?? ''}`}`;
    }
    case 'mfrac': {
      const [numerator, denominator] = parts.map(mathmlPlainText);
      return `${numerator ?? ''}/${denominator ?? ''}`;
    }
    default: return parts.map(mathmlPlainText).join('');
  }
}

/** A heading's text with each KaTeX formula read once from its MathML, whitespace collapsed. */
function headingPlainText(heading: HastNode): string {
  const read = (node: HastNode): string => {
    if (hasClass(node, 'katex')) {
      const math = findFirst(node, (child) => isElement(child) && child.tagName === 'math');
      return math ? mathmlPlainText(math) : '';
    }
    if (node.type === 'text') return String((node as HastText).value);
    return (node.children ?? []).map(read).join('');
  };
  return read(heading).replace(/\s+/g, ' ').trim();
}

function findFirst(node: HastNode, test: (node: HastNode) => boolean): HastNode | undefined {
  if (test(node)) return node;
  for (const child of node.children ?? []) {
    const found = findFirst(child, test);
    if (found) return found;
  }
  return undefined;
}

interface VFileLike {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/** Marks KaTeX's MathML copy `data-pagefind-ignore` and records each heading's readable text as frontmatter `headingTexts`. */
export default function rehypeReaderText() {
  return (tree: HastNode, file: VFileLike) => {
    const headingTexts: string[] = [];
    const visit = (node: HastNode): void => {
      if (hasClass(node, 'katex-mathml')) {
        (node as HastElement).properties = { ...(node as HastElement).properties, dataPagefindIgnore: '' };
      }
      if (isElement(node) && /^h[0-6]$/.test(node.tagName)) headingTexts.push(headingPlainText(node));
      for (const child of node.children ?? []) visit(child);
    };
    visit(tree);
    file.data.astro ??= {};
    (file.data.astro.frontmatter ??= {}).headingTexts = headingTexts;
  };
}
