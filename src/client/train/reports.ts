/** What a finished network report shows: its results row, confusion matrix and the digits it got wrong. */
import type { NetworkEvent } from '../../lib/train/protocol';
import { trainStrings } from '../../lib/strings/train';
import { digitImage } from './digit-image';

function cell(tag: 'td' | 'th', text: string, scope?: string): HTMLTableCellElement {
  const element = document.createElement(tag);
  element.textContent = text;
  if (scope) element.scope = scope;
  return element;
}

/** A 10 × 10 confusion-matrix table (rows: true digit, columns: predicted), the diagonal marked. */
export function confusionTable(report: NetworkEvent): HTMLElement {
  const network = trainStrings.networkNames[report.network] ?? report.network;
  const table = document.createElement('table');
  table.className = 'confusion';
  table.createCaption().textContent = trainStrings.confusionCaption(network);
  const head = table.createTHead().insertRow();
  head.append(cell('th', '', 'col'), ...Array.from({ length: 10 }, (_, digit) => cell('th', String(digit), 'col')));
  const body = table.createTBody();
  const max = Math.max(1, ...report.confusion);
  for (let label = 0; label < 10; label += 1) {
    const row = body.insertRow();
    row.append(cell('th', String(label), 'row'));
    for (let predicted = 0; predicted < 10; predicted += 1) {
      const count = report.confusion[label * 10 + predicted] ?? 0;
      const td = cell('td', String(count));
      if (label === predicted) td.className = 'hit';
      else if (count > 0) td.style.setProperty('--weight', String(Math.min(1, count / max + 0.15)));
      row.append(td);
    }
  }
  const wrap = document.createElement('div');
  wrap.className = 'table-wrap';
  wrap.append(table);
  return wrap;
}

/** The wrongly classified test digits as small images with "a handwritten 4, read as 9" names and captions. */
export function wrongDigits(report: NetworkEvent): HTMLElement {
  const network = trainStrings.networkNames[report.network] ?? report.network;
  const total = report.confusion.reduce((sum, count, index) => sum + (index % 11 === 0 ? 0 : count), 0);
  const figure = document.createElement('figure');
  figure.className = 'wrong-digits';
  const caption = document.createElement('figcaption');
  caption.textContent = trainStrings.wrongTitle(network, report.wrong.length, total);
  const list = document.createElement('ul');
  for (const digit of report.wrong) {
    const item = document.createElement('li');
    const label = document.createElement('span');
    label.textContent = `${digit.label} → ${digit.predicted}`;
    label.setAttribute('aria-hidden', 'true');
    item.append(digitImage(digit.pixels, trainStrings.wrongAlt(digit.label, digit.predicted)), label);
    list.append(item);
  }
  if (report.wrong.length === 0) list.append(Object.assign(document.createElement('li'), { textContent: trainStrings.noneWrong }));
  figure.append(caption, list);
  return figure;
}
