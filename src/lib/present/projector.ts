// Projector mode's rules, without a DOM: which key does what, and `?present` in the URL (screens.ts cuts the page into screens).

/**
 * What has the keyboard focus when a key arrives: nothing in particular (the page, a link, a
 * button), a control that uses the arrow keys itself (slider, select, the stepper's stage), or a
 * text field or code editor (which also uses Escape).
 */
export type FocusKind = 'page' | 'control' | 'text';

/** What a key does in projector mode: move to the next or previous screen, leave, or nothing (the key goes to the page). */
export type ProjectorAction = 'next' | 'previous' | 'leave' | 'release-focus' | null;

/** A key press as projector mode sees it. */
export interface ProjectorKey {
  key: string;
  focus: FocusKind;
  /** Alt, Ctrl or Meta held: a browser shortcut, never a screen change. */
  modified: boolean;
}

/**
 * Who wins each key in projector mode: Page Down / Page Up (what presentation clickers send)
 * always move one screen (through a section's screens, then on to the next section); → / ← do the
 * same unless a control or text field has the focus, which keeps its arrows; Escape leaves
 * projector mode, except in a text field or code editor, where it first releases the focus (a
 * second Escape then leaves).
 */
export function projectorAction({ key, focus, modified }: ProjectorKey): ProjectorAction {
  if (modified) return null;
  if (key === 'PageDown') return 'next';
  if (key === 'PageUp') return 'previous';
  if (key === 'Escape') return focus === 'text' ? 'release-focus' : 'leave';
  if (focus !== 'page') return null;
  if (key === 'ArrowRight') return 'next';
  if (key === 'ArrowLeft') return 'previous';
  return null;
}

/** The query string with projector mode switched on (`?present`) or off, other parameters kept. */
export function presentSearch(search: string, on: boolean): string {
  const params = search.replace(/^\?/, '').split('&').filter((part) => part !== '' && part.split('=')[0] !== 'present');
  if (on) params.push('present');
  return params.length ? `?${params.join('&')}` : '';
}

/** Whether a query string asks for projector mode (`?present`, `?present=1`, `?x=1&present`). */
export function wantsPresent(search: string): boolean {
  return search.replace(/^\?/, '').split('&').some((part) => part.split('=')[0] === 'present' && part.split('=')[1] !== '0');
}
