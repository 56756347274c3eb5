/** All UI strings, by area: a translation or a wording fix touches only this folder. */
export { siteStrings } from './site';
export { notebookStrings } from './notebook';
export { vizStrings } from './viz';
export { lessonStrings } from './lessons';
export { cellStrings, backendStrings } from './cells';
export { labStrings } from './lab';
export { presentStrings, worksheetStrings } from './present';
export { classStrings } from './class-results';
