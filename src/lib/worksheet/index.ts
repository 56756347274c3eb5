/** Worksheets and answer keys: a lesson's questions, exercises and figures, read from their data. */
export * from './worksheet';
