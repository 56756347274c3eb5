/** UI strings of the classroom views: projector mode, printed figures and worksheets. */
export const presentStrings = {
  projectorMode: 'Projector mode',
  projectorBar: 'Projector mode controls',
  previousScreen: 'Previous screen',
  nextScreen: 'Next screen',
  leaveProjector: 'Leave projector mode',
  keysButton: 'Keys',
  /** The bar's position line: section, screen within it, and the section's title. */
  screenCount: (o: { section: number; sections: number; screen: number; screens: number; title: string }) =>
    `Section ${o.section + 1} of ${o.sections}${o.screens > 1 ? `, screen ${o.screen + 1} of ${o.screens}` : ''}${o.title ? `: ${o.title}` : ''}`,
  projectorKeys: 'Page Down / Page Up step through a section’s screens, then on to the next section (a screen taller than the window scrolls first). → / ← do the same, or move the focused slider, menu, stepper or editor. Esc leaves (in a code editor: Esc, then Esc again).',
  runToSee: (what: string) => `Run this cell to see ${what}.`,
  runToSeeDefault: 'its output',
} as const;

/** UI strings of the printable worksheets (/<lesson>/worksheet/) and their answer keys. */
export const worksheetStrings = {
  title: (lesson: string) => `Worksheet: ${lesson}`,
  answersTitle: (lesson: string) => `Answer key: ${lesson}`,
  description: (lesson: string) => `A printable worksheet for the lesson “${lesson}”: questions, exercises and figures, with space to answer.`,
  answersDescription: (lesson: string) => `The answer key of the worksheet for the lesson “${lesson}”.`,
  name: 'Name',
  date: 'Date',
  figures: 'Figures',
  questions: 'Questions',
  exercises: 'Exercises',
  answerSpace: 'Your answer',
  codeSpace: 'Write your function here',
  starter: 'Starter code',
  solution: 'Solution',
  answer: 'Answer',
  print: 'Print this worksheet',
  printAnswers: 'Print the answer key',
  backToLesson: 'Back to the lesson',
  openAnswers: 'Answer key (for teachers)',
  openWorksheet: 'Worksheet (no answers)',
  worksheetLink: 'Printable worksheet',
  stepperFigure: (mode: string, steps: number) => `${steps} steps of the ${mode} stepper`,
  stepCaption: (index: number) => `Step ${index + 1}`,
  kernelFigure: 'The kernels, one per channel',
  featureMapFigure: 'Feature maps of the picture',
  noExercises: 'This lesson has no coding exercise; the questions above are the worksheet.',
} as const;
