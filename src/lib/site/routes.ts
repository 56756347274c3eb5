// Routes of the classroom pages, in one place: the teacher's page links every worksheet and answer key from here.
import { lessonHref } from './lessons';

/** The teacher's page. */
export const TEACH_ROUTE = '/teach/';

/** The class results page, where a teacher pools the students' lab exports. */
export const CLASS_RESULTS_ROUTE = '/lab/class/';

/** The training page, where each student trains the experiment's networks with a seed of their own. */
export const TRAIN_ROUTE = '/train/';

/** The class experiment page, where a teacher pools the students' exported training runs. */
export const TRAIN_CLASS_ROUTE = '/train/class/';

/** A page opened in projector mode: `/train/class/?present`. */
export function presentHref(route: string): string {
  return `${route}?present`;
}

/** A lesson's printable worksheet: `/depthwise/worksheet/`. */
export function worksheetHref(lesson: string): string {
  return `${lessonHref(lesson)}worksheet/`;
}

/** A lesson's answer key: `/depthwise/worksheet/answers/` (kept out of the search index). */
export function answerKeyHref(lesson: string): string {
  return `${worksheetHref(lesson)}answers/`;
}

/** A lesson opened in projector mode: `/depthwise/?present`. */
export function projectorHref(lesson: string): string {
  return `${lessonHref(lesson)}?present`;
}

/** Where the build puts a lesson's Jupyter notebook: `/notebooks/depthwise.ipynb`. */
export function notebookHref(lesson: string): string {
  lessonHref(lesson);
  return `/notebooks/${lesson}.ipynb`;
}

/** The name a downloaded lesson notebook is saved under: `depthwise-lab-depthwise.ipynb`. */
export function notebookFileName(lesson: string): string {
  lessonHref(lesson);
  return `depthwise-lab-${lesson}.ipynb`;
}
