/** The notices a cell shows about where its code came from, and the share link it can copy. */
import { cellStrings } from '../../lib/strings/cells';
import type { CodeOrigin } from '../../lib/notebook/edit-store';
import { formatDiff, lineDiff } from '../../lib/notebook/line-diff';
import { decodeSharedCode, encodeSharedCode, parseShareHash, shareHash } from '../../lib/notebook/share';

/** The cell whose notices these are (structural, so this file and the element do not import each other). */
interface NoticeCell extends HTMLElement {
  readonly cellId: string;
  readonly code: string;
  readonly authorCode: string;
  notice(text: string, tone: 'warning' | 'info', key?: string, actions?: Array<{ label: string; run: () => void }>): HTMLElement;
  resetToAuthor(): void;
  useSavedCode(code: string): void;
}

/** The decoded code of a share link for this cell, or undefined (a broken link shows a notice instead). */
export async function sharedCodeFor(cell: NoticeCell): Promise<string | undefined> {
  const link = parseShareHash(location.hash);
  if (!link || link.cellId !== cell.cellId) return undefined;
  try {
    return await decodeSharedCode(link.payload);
  } catch (error) {
    cell.notice(cellStrings.sharedInvalid(error instanceof Error ? error.message : String(error)), 'warning', 'origin');
    return undefined;
  }
}

function toggleDiff(cell: NoticeCell, notice: HTMLElement, savedCode: string, button: HTMLButtonElement): void {
  const existing = notice.querySelector('pre');
  if (existing) {
    existing.remove();
    button.textContent = cellStrings.showChanges;
    button.setAttribute('aria-expanded', 'false');
    return;
  }
  const pre = document.createElement('pre');
  pre.className = 'cell-diff';
  pre.tabIndex = 0;
  pre.setAttribute('aria-label', cellStrings.diffLabel);
  pre.textContent = formatDiff(lineDiff(cell.authorCode, savedCode));
  notice.append(pre);
  button.textContent = cellStrings.hideChanges;
  button.setAttribute('aria-expanded', 'true');
}

/** Shows the notice for `origin`: author changed since the edit (with diff and reset), or opened from a link. */
export function showOriginNotice(cell: NoticeCell, origin: CodeOrigin, savedCode?: string): void {
  if (origin === 'shared') {
    // The reader's own saved edit of this cell stays in storage and one click away.
    const ownEdit = savedCode !== undefined && savedCode !== cell.code ? [{ label: cellStrings.useSaved, run: () => cell.useSavedCode(savedCode) }] : [];
    cell.notice(cellStrings.shared, 'warning', 'origin', [...ownEdit, { label: cellStrings.useAuthor, run: () => cell.resetToAuthor() }]);
    return;
  }
  if (origin !== 'author-changed' || savedCode === undefined) return;
  const notice = cell.notice(cellStrings.authorChanged, 'info', 'origin', [
    { label: cellStrings.showChanges, run: () => undefined },
    { label: cellStrings.useAuthor, run: () => cell.resetToAuthor() },
  ]);
  const button = notice.querySelector('button');
  if (!button) return;
  button.setAttribute('aria-expanded', 'false');
  button.addEventListener('click', () => toggleDiff(cell, notice, savedCode, button));
}

/** Copies a link that opens this cell with its current code; falls back to showing the link to copy by hand. */
export async function copyShareLink(cell: NoticeCell): Promise<void> {
  let url: string;
  try {
    const payload = await encodeSharedCode(cell.code);
    url = `${location.origin}${location.pathname}#${shareHash(cell.cellId, payload)}`;
  } catch (error) {
    cell.notice(cellStrings.linkFailed(error instanceof Error ? error.message : String(error)), 'warning', 'link');
    return;
  }
  try {
    await navigator.clipboard.writeText(url);
    const notice = cell.notice(cellStrings.linkCopied, 'info', 'link');
    notice.dataset.link = url;
  } catch {
    const notice = cell.notice(cellStrings.linkManual, 'info', 'link');
    const input = document.createElement('input');
    input.type = 'text';
    input.readOnly = true;
    input.value = url;
    input.setAttribute('aria-label', cellStrings.linkManual);
    notice.append(input);
    input.select();
  }
}
