/** Worksheets and answer keys: a lesson's questions, exercises and figures read from its MDX. */
export * from './mdx-blocks';
export * from './worksheet';
