// The lesson's rendered HTML (hast) as Markdown for Jupyter: prose, lists, tables and KaTeX formulas (from the TeX
// annotation KaTeX keeps beside its rendering), with the site's own links made explicit. Written by hand because the
// unified ecosystem's hast-to-Markdown step would not know KaTeX's markup, the site's custom elements or Jupyter's `$`.
import type { Element, ElementContent, Root } from 'hast';

/** A hast node's class list. */
export function classes(node: Element): string[] {
  const value: unknown = node.properties?.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
}

/** Whether `node` is an element with tag `tag` (any tag when omitted). */
export function isElement(node: ElementContent | Root | undefined, tag?: string): node is Element {
  return node?.type === 'element' && (tag === undefined || node.tagName === tag);
}

/** The first descendant element matching `test`, depth first. */
export function findElement(node: Element | Root, test: (element: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) return child;
    const found = findElement(child, test);
    if (found) return found;
  }
  return undefined;
}

/** Every descendant element matching `test`, in document order (not looking inside a match). */
export function findAll(node: Element | Root, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) found.push(child);
    else found.push(...findAll(child, test));
  }
  return found;
}

/** The plain text of a node, as a reader would read it (KaTeX by its TeX source, hidden parts left out). */
export function plainText(node: ElementContent | Root): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (node.type === 'element') {
    if (skipped(node)) return '';
    const tex = katexSource(node);
    if (tex !== undefined) return tex;
  }
  return node.children.map((child) => plainText(child as ElementContent)).join('');
}

/** The TeX of a KaTeX rendering (`span.katex`, or `span.katex-display` around one), or undefined for anything else. */
function katexSource(node: Element): string | undefined {
  if (!classes(node).some((name) => name === 'katex' || name === 'katex-display')) return undefined;
  const annotation = findElement(node, (element) => element.tagName === 'annotation');
  return annotation ? plainText({ type: 'root', children: annotation.children }).trim() : '';
}

/** Parts of a page a notebook never carries: scripts, styles, buttons, hidden or decorative parts, KaTeX's HTML twin. */
export function skipped(node: Element): boolean {
  if (['script', 'style', 'template', 'button', 'noscript', 'input', 'select', 'canvas'].includes(node.tagName)) return true;
  const props = node.properties ?? {};
  if (props.hidden !== undefined && props.hidden !== false) return true;
  if (String(props.ariaHidden) === 'true') return true;
  return classes(node).some((name) => ['katex-html', 'no-print', 'projector-bar', 'sr-only'].includes(name));
}

/** Escapes what Markdown (and Jupyter's `$` maths) would otherwise read as syntax. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>$|#])/g, '\\$1');
}

/** A link as Markdown: external links as they are, the site's own routes named as such (a notebook has no site beside it). */
function link(text: string, href: string, siteLink: (text: string, route: string) => string): string {
  if (/^https?:\/\//.test(href)) return `[${text}](${href})`;
  if (href.startsWith('#')) return text;
  return siteLink(text, href);
}

/** Inline content as one line of Markdown. */
export function inline(nodes: readonly ElementContent[], siteLink: (text: string, route: string) => string): string {
  return nodes.map((node) => {
    if (node.type === 'text') return escapeMarkdown(node.value.replace(/\s+/g, ' '));
    if (node.type !== 'element' || skipped(node)) return '';
    const tex = katexSource(node);
    if (tex !== undefined) return classes(node).includes('katex-display') ? `$$${tex}$$` : `$${tex}$`;
    const inner = () => inline(node.children, siteLink);
    switch (node.tagName) {
      case 'strong': case 'b': return wrap(inner(), '**');
      case 'em': case 'i': return wrap(inner(), '*');
      case 'code': return codeSpan(plainText(node));
      case 'br': return '  \n';
      case 'a': return link(inner(), String(node.properties?.href ?? ''), siteLink);
      default: return inner();
    }
  }).join('').replace(/ {2,}(?!\n)/g, ' ');
}

function wrap(text: string, mark: string): string {
  const trimmed = text.trim();
  return trimmed === '' ? '' : `${mark}${trimmed}${mark}`;
}

/** Inline code, fenced with enough backticks for the code it holds. */
function codeSpan(code: string): string {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return longest > 0 ? `${fence} ${code} ${fence}` : `${fence}${code}${fence}`;
}

/** A fenced code block in `language`, fenced with more backticks than the code holds. */
export function codeBlock(code: string, language: string): string {
  const longest = Math.max(2, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${code.replace(/\s+$/, '')}\n${fence}`;
}

/** A table (with its caption above in bold) as a GitHub-flavoured Markdown table. */
export function table(node: Element, siteLink: (text: string, route: string) => string): string {
  const caption = findElement(node, (element) => element.tagName === 'caption');
  const rows = findAll(node, (element) => element.tagName === 'tr')
    .map((row) => row.children.filter((cell): cell is Element => isElement(cell, 'th') || isElement(cell, 'td'))
      .map((cell) => inline(cell.children, siteLink).trim().replace(/\|/g, '\\|').replace(/\n/g, ' ')));
  if (rows.length === 0) return '';
  const width = Math.max(...rows.map((row) => row.length));
  const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  const body = [line(rows[0]!), `| ${Array.from({ length: width }, () => '---').join(' | ')} |`, ...rows.slice(1).map(line)].join('\n');
  const title = caption ? `**${inline(caption.children, siteLink).trim()}**\n\n` : '';
  return `${title}${body}`;
}
