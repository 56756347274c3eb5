// A built lesson page as a Jupyter notebook: the prose as Markdown cells (one per section), each Keras example of a
// <CodePair> as a code cell ending in the output the site computed, and every TF.js-only cell, exercise, quiz and
// interactive figure named as such. It reads the rendered HTML, so every number in the prose is the one the page shows.
import { fromHtml } from 'hast-util-from-html';
import type { Element, ElementContent } from 'hast';
import { jupyterStrings as s } from '../strings/jupyter';
import { expectedOutput } from './expected';
import { cellId, codeCell, markdownCell, notebook, type Notebook, type NotebookCell } from './ipynb';
import { classes, codeBlock, findAll, findElement, inline, isElement, plainText, skipped, table } from './markdown';
import { NOTEBOOK_PACKAGES } from './packages';

/** Builds the notebook's cells: Markdown accumulates until a code cell or a new section starts a new cell. */
class CellWriter {
  readonly cells: NotebookCell[] = [];
  #markdown: string[] = [];
  constructor(readonly lesson: string, readonly route: string) {}

  text(block: string): void {
    if (block.trim() !== '') this.#markdown.push(block.trim());
  }

  flush(): void {
    if (this.#markdown.length > 0) this.cells.push(markdownCell(cellId(this.lesson, this.cells.length), this.#markdown.join('\n\n')));
    this.#markdown = [];
  }

  code(code: string, pair?: string): void {
    this.flush();
    const expected = pair ? expectedOutput(pair) : [];
    const comments = expected.length > 0 ? `\n\n${[s.expectedHeading, ...expected.map((line) => `# ${line}`)].join('\n')}` : '';
    const metadata = pair ? { depthwise_lab: { expected_output: expected, pair } } : {};
    this.cells.push(codeCell(cellId(this.lesson, this.cells.length), `${code.replace(/\s+$/, '')}${comments}`, metadata));
  }
}

const siteLink = (text: string, route: string) => s.siteLink(text, route);
const text = (node: Element) => plainText(node).replace(/\s+/g, ' ').trim();
const byClass = (name: string) => (element: Element) => classes(element).includes(name);

/** The code a panel or cell shows, from its <pre><code>. */
function codeOf(node: Element): string {
  const code = findElement(node, (element) => element.tagName === 'code');
  return code ? plainText(code) : '';
}

/** A list as Markdown, nested lists indented under their item. */
function list(node: Element, depth = 0): string {
  const ordered = node.tagName === 'ol';
  return node.children.filter((child): child is Element => isElement(child, 'li')).map((item, index) => {
    const nested = item.children.filter((child): child is Element => isElement(child, 'ul') || isElement(child, 'ol'));
    const own = inline(item.children.filter((child) => !nested.includes(child as Element)), siteLink).trim();
    const marker = ordered ? `${index + 1}.` : '-';
    return [`${'   '.repeat(depth)}${marker} ${own}`, ...nested.map((inner) => list(inner, depth + 1))].join('\n');
  }).join('\n');
}

/** Tables inside a figure or widget, each as Markdown. */
function tablesIn(node: Element): string[] {
  return findAll(node, (element) => element.tagName === 'table').map((found) => table(found, siteLink));
}

function codePair(node: Element, out: CellWriter): void {
  const python = findElement(node, (element) => element.tagName === 'section' && element.properties?.dataKey === 'python');
  const id = String(python?.properties?.id ?? '').replace(/-panel-python$/, '');
  const twin = findElement(node, byClass('cell-title'));
  if (twin) out.text(s.tfjsTwin(text(twin)));
  if (python) out.code(codeOf(python), id);
}

function tfjsCell(node: Element, out: CellWriter): void {
  const title = findElement(node, byClass('cell-title'));
  out.text(`${s.tfjsOnly(title ? text(title) : '', out.route)}\n\n${codeBlock(codeOf(node), 'js')}`);
}

function figure(node: Element, out: CellWriter): void {
  const title = findElement(node, (element) => element.tagName === 'title');
  const caption = findElement(node, (element) => element.tagName === 'figcaption');
  const label = findElement(node, (element) => typeof element.properties?.ariaLabel === 'string' && element.tagName !== 'svg');
  const name = title ? text(title) : label ? String(label.properties.ariaLabel) : caption ? inline(caption.children.filter((child) => !isElement(child, 'div')), siteLink) : '';
  out.text(node.tagName === 'figure' ? s.figure(name.trim()) : s.interactive(name.trim()));
  if (caption && title) out.text(inline(caption.children.filter((child) => !isElement(child, 'div') && !isElement(child, 'table')), siteLink));
  for (const found of tablesIn(node)) out.text(found);
}

/** One block-level node of the lesson body. */
function block(node: ElementContent, out: CellWriter): void {
  if (node.type === 'text') { out.text(node.value); return; }
  if (node.type !== 'element' || skipped(node) || node.tagName === 'nav') return;
  const tag = node.tagName;
  if (/^h[2-6]$/.test(tag)) {
    if (tag === 'h2') out.flush();
    out.text(`${'#'.repeat(Number(tag[1]))} ${inline(node.children, siteLink).trim()}`);
  } else if (tag === 'p') out.text(inline(node.children, siteLink));
  else if (tag === 'ul' || tag === 'ol') out.text(list(node));
  else if (tag === 'table') out.text(table(node, siteLink));
  else if (tag === 'pre') out.text(codeBlock(plainText(node), String(node.properties?.dataLanguage ?? '')));
  else if (tag === 'code-pair') codePair(node, out);
  else if (tag === 'dw-cell') tfjsCell(node, out);
  else if (tag === 'dw-exercise') {
    const heading = findElement(node, (element) => element.tagName === 'h3');
    const prompt = findElement(node, byClass('exercise-prompt'));
    out.text(`${s.exercise(heading ? text(heading).replace(/^Exercise:\s*/, '') : '', out.route)} ${prompt ? inline(prompt.children, siteLink) : ''}`);
  } else if (tag === 'quiz-question') {
    const prompt = findElement(node, byClass('prompt'));
    out.text(`**${s.quiz}** ${prompt ? inline(prompt.children.flatMap((child) => (isElement(child, 'p') ? child.children : [child])), siteLink).trim() : ''}`);
  } else if (tag === 'figure' || tag === 'group-spectrum') figure(node, out);
  else if (tag in s.widgets) {
    const label = findElement(node, (element) => typeof element.properties?.ariaLabel === 'string');
    out.text(s.interactive(`${s.widgets[tag]}${label ? ` (${String(label.properties.ariaLabel)})` : ''}`));
    if (tag === 'cost-calculator') for (const found of tablesIn(node)) out.text(found);
  } else if (classes(node).includes('katex-display')) out.text(inline([node], siteLink));
  else for (const child of node.children) block(child, out);
}

/** The header's title, summary and objectives, as the notebook's first Markdown cell. */
function header(article: Element, out: CellWriter): void {
  const head = findElement(article, (element) => element.tagName === 'header');
  const title = head && findElement(head, (element) => element.tagName === 'h1');
  const summary = head && findElement(head, byClass('summary'));
  const objectives = head && findElement(head, byClass('objectives'));
  const goals = objectives && findElement(objectives, (element) => element.tagName === 'ul');
  out.text(`# ${title ? inline(title.children, siteLink).trim() : out.lesson}`);
  if (summary) out.text(`*${inline(summary.children, siteLink).trim()}*`);
  out.text(s.intro(out.route, NOTEBOOK_PACKAGES.tensorflow));
  if (goals) out.text(`${s.objectives}\n\n${list(goals)}`);
}

/** The notebook of one built lesson page: `html` is the page, `lesson` its id (depthwise), `route` its path (/depthwise/). */
export function lessonNotebook(html: string, lesson: string, route: string): Notebook {
  const article = findElement(fromHtml(html), (element) => element.tagName === 'article' && classes(element).includes('lesson'));
  if (!article) throw new Error(`invalid lesson page: ${route} has no <article class="lesson">`);
  const out = new CellWriter(lesson, route);
  header(article, out);
  out.code(`${s.setupComment(NOTEBOOK_PACKAGES.tensorflow, NOTEBOOK_PACKAGES.keras)}\nimport tensorflow as tf\n\nprint("TensorFlow", tf.__version__)`);
  out.flush();
  for (const child of article.children) {
    if (isElement(child, 'header')) continue;
    block(child, out);
  }
  out.flush();
  return notebook(lesson, route, out.cells);
}
