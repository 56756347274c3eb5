/**
 * A rehype plugin that makes display maths keyboard-scrollable: a wide formula scrolls sideways on
 * a phone, and a scrollable region must be focusable (WCAG 2.1.1) and named for screen readers.
 */
import { pageStrings } from '../strings/pages';

interface HastElement {
  type: 'element';
  tagName: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}
type HastNode = HastElement | { type: string; children?: HastNode[] };

function isDisplayMath(node: HastNode): node is HastElement {
  if (node.type !== 'element') return false;
  const className = (node as HastElement).properties?.className;
  return Array.isArray(className) && className.includes('katex-display');
}

function visit(node: HastNode): void {
  if (isDisplayMath(node)) {
    node.properties = { ...node.properties, tabIndex: 0, role: 'group', ariaLabel: pageStrings.formulaLabel };
  }
  for (const child of node.children ?? []) visit(child);
}

/** Adds `tabindex="0"`, `role="group"` and a label to every `.katex-display` element (run after rehype-katex). */
export default function rehypeFocusableMath() {
  return (tree: HastNode) => visit(tree);
}
