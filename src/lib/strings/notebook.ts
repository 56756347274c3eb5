/** UI strings of the author-facing notebook blocks that are not cells (code pairs, quizzes, widgets). */
export const notebookStrings = {
  kerasTab: 'Keras (Python)',
  tfjsTab: 'TF.js',
  codePairLabel: 'Language',
} as const;
