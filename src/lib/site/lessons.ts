/** Lesson ordering, previous/next links and reading time: pure helpers used by layouts and tests. */

/** The fields of a lesson that navigation needs; `id` is its route segment (`depthwise` → `/depthwise/`). */
export interface LessonLink {
  id: string;
  title: string;
  order: number;
}

/** Reading speed assumed for prose, in words per minute (technical prose reads slower than fiction). */
export const WORDS_PER_MINUTE = 180;

/** Extra minutes for each runnable cell: reading the code, running it and looking at the output. */
const MINUTES_PER_CELL = 0.5;

/** Lessons sorted by `order`; throws `invalid lesson order: N` when two lessons share an order. */
export function sortLessons<T extends LessonLink>(lessons: readonly T[]): T[] {
  const sorted = [...lessons].sort((a, b) => a.order - b.order);
  sorted.forEach((lesson, index) => {
    if (index > 0 && sorted[index - 1]!.order === lesson.order) {
      throw new Error(`invalid lesson order: ${lesson.order} (used by ${sorted[index - 1]!.id} and ${lesson.id})`);
    }
  });
  return sorted;
}

/** The lessons before and after `id` in reading order (undefined at either end). */
export function neighbours<T extends LessonLink>(lessons: readonly T[], id: string): { previous?: T; next?: T } {
  const sorted = sortLessons(lessons);
  const index = sorted.findIndex((lesson) => lesson.id === id);
  if (index < 0) throw new Error(`invalid lesson id: ${id}`);
  const result: { previous?: T; next?: T } = {};
  if (index > 0) result.previous = sorted[index - 1]!;
  if (index < sorted.length - 1) result.next = sorted[index + 1]!;
  return result;
}

/** The route of a lesson: short and flat, because teachers say them out loud (`/depthwise/`). */
export function lessonHref(id: string): string {
  if (!/^[a-z][a-z0-9-]*$/.test(id)) throw new Error(`invalid lesson id: ${id}`);
  return `/${id}/`;
}

/** Words of prose in an MDX body, ignoring frontmatter, imports, code fences, JSX tags and maths. */
export function countProseWords(body: string): number {
  const prose = body
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\$[^$\n]*\$/g, ' math ');
  return prose.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Number of runnable cells (`<Cell …>`) in an MDX body. */
export function countCells(body: string): number {
  return (body.match(/<Cell[\s>]/g) ?? []).length;
}

/** Whole minutes to read a lesson body (at least 1): prose at WORDS_PER_MINUTE plus MINUTES_PER_CELL per cell. */
export function readingMinutes(body: string): number {
  const minutes = countProseWords(body) / WORDS_PER_MINUTE + countCells(body) * MINUTES_PER_CELL;
  return Math.max(1, Math.round(minutes));
}

/** A heading of a lesson as Astro lists it: level, slug and text. */
export interface HeadingEntry {
  depth: number;
  slug: string;
  text: string;
}

/**
 * Headings with the text a reader sees (formulas once) when `texts` holds one readable text per heading in the same
 * order (rehype-reader-text's `headingTexts`); otherwise the headings as they are.
 */
export function readableHeadings<T extends HeadingEntry>(headings: readonly T[], texts: readonly string[] | undefined): T[] {
  if (!texts || texts.length !== headings.length) return [...headings];
  return headings.map((heading, index) => ({ ...heading, text: texts[index] || heading.text }));
}

/** The anchor of "On real digits, trained here" on /effective/: the experiment's evidence, linked from /train/ and /teach/. */
export const EVIDENCE_ANCHOR = 'on-real-digits-trained-here';
