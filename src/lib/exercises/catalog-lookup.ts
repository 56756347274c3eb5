// Looking exercises up by lesson and by id.
import { exercises } from './catalog';
import type { Exercise } from './types';

/** The exercises of one lesson (by route segment), in page order; empty for a lesson without any. */
export function exercisesFor(lesson: string): Exercise[] {
  return exercises.filter((exercise) => exercise.lesson === lesson);
}

/** The exercise with this id; throws `invalid exercise id: …` for an unknown one. */
export function exerciseById(id: string): Exercise {
  const found = exercises.find((exercise) => exercise.id === id);
  if (!found) throw new Error(`invalid exercise id: ${id}`);
  return found;
}
