/** UI strings of the classroom views: projector mode, printed figures and worksheets. */
export const presentStrings = {
  projectorMode: 'Projector mode',
  projectorBar: 'Projector mode controls',
  previousSection: 'Previous section',
  nextSection: 'Next section',
  leaveProjector: 'Leave projector mode',
  sectionCount: (index: number, count: number, title: string) => `Section ${index + 1} of ${count}${title ? `: ${title}` : ''}`,
  projectorKeys: 'Page Down / Page Up always change section. → / ← change section, or move the focused slider, menu, stepper or editor. Esc leaves (in a code editor: Esc, then Esc again).',
  runToSee: (what: string) => `Run this cell to see ${what}.`,
  runToSeeDefault: 'its output',
} as const;
