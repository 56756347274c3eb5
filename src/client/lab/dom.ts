// Tiny DOM builders for the lab's tables and lists (text only: no HTML strings, nothing to escape).

/** Creates an element with text content and attributes. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string | null, attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/** A table with a caption, a header row of `columns` and one row per entry of `rows` (numbers right-aligned). */
export function table(caption: string, columns: readonly string[], rows: readonly (readonly string[])[], numericFrom = 1): HTMLTableElement {
  const node = el('table');
  node.append(el('caption', caption));
  const head = el('thead');
  const headRow = el('tr');
  columns.forEach((column, index) => headRow.append(el('th', column, { scope: 'col', ...(index >= numericFrom ? { class: 'num' } : {}) })));
  head.append(headRow);
  const body = el('tbody');
  for (const row of rows) {
    const tr = el('tr');
    row.forEach((cell, index) => tr.append(index === 0 ? el('th', cell, { scope: 'row' }) : el('td', cell, index >= numericFrom ? { class: 'num' } : {})));
    body.append(tr);
  }
  node.append(head, body);
  return node;
}
