/** All UI strings, by area: a translation or a wording fix touches only this folder. */
export { siteStrings } from './site';
export { notebookStrings } from './notebook';
export { vizStrings } from './viz';
export { lessonStrings } from './lessons';
export { cellStrings, backendStrings } from './cells';
export { labStrings } from './lab';
export { offlineStrings } from './offline';
export { exerciseStrings } from './exercises';
export { progressStrings } from './progress';
export { classStrings } from './class';
export { presentStrings, worksheetStrings } from './present';
export { classResultsStrings } from './class-results';
export { trainProfileStrings } from './train-profile';
export { groupStrings } from './groups';
export { jupyterStrings } from './jupyter';
export { rooflineStrings } from './roofline';
export { experimentStrings } from './experiment';
