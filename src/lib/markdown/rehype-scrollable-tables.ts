/**
 * A rehype plugin that puts every lesson table — Markdown tables and `<table>` written as JSX in
 * MDX — in its own sideways-scrolling box, so a wide table scrolls inside the page on a phone
 * instead of widening it. The box is a focusable region (WCAG 2.1.1: a keyboard must reach what
 * scrolls) named by the table's caption, or by a generic name when there is none.
 */
import { pageStrings } from '../strings/pages';

interface HastElement {
  type: 'element';
  tagName: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}
interface JsxAttribute {
  type: 'mdxJsxAttribute';
  name: string;
  value?: unknown;
}
interface JsxElement {
  type: 'mdxJsxFlowElement';
  name: string | null;
  attributes: JsxAttribute[];
  children?: Node[];
}
type Node = HastElement | JsxElement | { type: string; children?: Node[] };

/** The class of the scrolling box around each table (styled in global.css). */
export const TABLE_SCROLL_CLASS = 'table-scroll';
/** The box's name when its table has no caption. */
export const UNCAPTIONED_TABLE_LABEL = pageStrings.uncaptionedTableLabel;

const isElement = (node: Node, tag: string): node is HastElement => node.type === 'element' && (node as HastElement).tagName === tag;
const isJsx = (node: Node, tag: string): node is JsxElement => node.type === 'mdxJsxFlowElement' && (node as JsxElement).name === tag;

function isScrollBox(node: Node): boolean {
  if (isElement(node, 'div')) return ((node.properties?.className as unknown[] | undefined) ?? []).includes(TABLE_SCROLL_CLASS);
  return isJsx(node, 'div') && node.attributes.some((a) => a.name === 'class' && a.value === TABLE_SCROLL_CLASS);
}

function wrapElement(table: HastElement, id: string): HastElement {
  const caption = table.children?.find((child): child is HastElement => isElement(child, 'caption'));
  if (caption) caption.properties = { id, ...caption.properties };
  const label = caption ? { ariaLabelledBy: String(caption.properties?.id) } : { ariaLabel: UNCAPTIONED_TABLE_LABEL };
  return { type: 'element', tagName: 'div', properties: { className: [TABLE_SCROLL_CLASS], role: 'region', tabIndex: 0, ...label }, children: [table] };
}

function wrapJsx(table: JsxElement, id: string): JsxElement {
  const caption = table.children?.find((child): child is JsxElement => isJsx(child, 'caption'));
  const attribute = (name: string, value: string): JsxAttribute => ({ type: 'mdxJsxAttribute', name, value });
  let label = attribute('aria-label', UNCAPTIONED_TABLE_LABEL);
  if (caption) {
    const existing = caption.attributes.find((a) => a.name === 'id' && typeof a.value === 'string');
    if (!existing) caption.attributes.push(attribute('id', id));
    label = attribute('aria-labelledby', existing ? String(existing.value) : id);
  }
  const attributes = [attribute('class', TABLE_SCROLL_CLASS), attribute('role', 'region'), attribute('tabindex', '0'), label];
  return { type: 'mdxJsxFlowElement', name: 'div', attributes, children: [table] };
}

/** Wraps each table in `.table-scroll` (role region, tabindex 0, named by its caption); already wrapped tables are left alone. */
export default function rehypeScrollableTables() {
  return (tree: Node) => {
    let count = 0;
    const visit = (node: Node): void => {
      const children = node.children ?? [];
      for (let index = 0; index < children.length; index++) {
        const child = children[index]!;
        const id = () => `table-caption-${++count}`;
        if (isElement(child, 'table')) children[index] = wrapElement(child, id());
        else if (isJsx(child, 'table')) children[index] = wrapJsx(child, id());
        else if (!isScrollBox(child)) visit(child);
      }
    };
    visit(tree);
  };
}
