/** The accessible table behind `show.table` and the rows of a plot's data table. */
import type { TablePayload } from '../../lib/notebook/display';
import { cellStrings } from '../../lib/strings/cells';

/** Fills `target` with an accessible table of `payload` (header row, at most the sent rows). */
export function renderTable(payload: TablePayload, target: HTMLElement): void {
  const table = document.createElement('table');
  if (payload.caption) table.createCaption().textContent = payload.caption;
  const head = table.createTHead().insertRow();
  for (const column of payload.columns) {
    const cell = document.createElement('th');
    cell.scope = 'col';
    cell.textContent = column;
    head.append(cell);
  }
  const body = table.createTBody();
  for (const row of payload.rows) {
    const tr = body.insertRow();
    for (const value of row) tr.insertCell().textContent = value;
  }
  const scroller = document.createElement('div');
  scroller.className = 'cell-table';
  scroller.tabIndex = 0;
  scroller.setAttribute('role', 'group');
  scroller.setAttribute('aria-label', payload.caption ?? cellStrings.dataTable);
  scroller.append(table);
  target.append(scroller);
  if (payload.total > payload.rows.length) {
    const more = document.createElement('p');
    more.textContent = cellStrings.outputTruncated(payload.total - payload.rows.length);
    target.append(more);
  }
}

