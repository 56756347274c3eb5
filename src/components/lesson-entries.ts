/** Reads the lessons collection once into plain navigation data, sorted, with computed reading times. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readingMinutes, sortLessons, type LessonLink } from '../lib/site/lessons';

/** A lesson as pages and layouts need it: its entry plus navigation fields and minutes to read. */
export interface LessonEntry extends LessonLink {
  entry: CollectionEntry<'lessons'>;
  summary: string;
  level: string;
  minutes: number;
}

/** All lessons in reading order; reading time is computed from the body unless frontmatter sets `minutes`. */
export async function lessonEntries(): Promise<LessonEntry[]> {
  const entries = await getCollection('lessons');
  return sortLessons(
    entries.map((entry) => ({
      id: entry.id,
      title: entry.data.title,
      order: entry.data.order,
      summary: entry.data.summary,
      level: entry.data.level,
      minutes: entry.data.minutes ?? readingMinutes(entry.body ?? ''),
      entry,
    })),
  );
}

/** Navigation-only view of lessons (no entry bodies), for sidebars and maps. */
export function lessonLinks(lessons: readonly LessonEntry[]): LessonLink[] {
  return lessons.map(({ id, title, order }) => ({ id, title, order }));
}
