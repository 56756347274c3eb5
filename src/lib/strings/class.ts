/** UI strings of class mode and the teacher's page. */
export const classStrings = {
  studentBanner: 'Class mode: solutions and quiz answers are hidden. Check your own answers with Check.',
  teacherBanner: 'Teacher view: solutions and quiz answers are shown.',
  teachLink: 'For teachers',
  revealLoading: 'Loading the answer…',
  revealFailed: 'The answer could not be loaded.',
} as const;
