/**
 * Answers for open and teacher pages: exercise solutions and the key of sealed quiz reveals. Imported dynamically, and
 * refused on the class link, so a student's page never downloads them (it deters; the files are public).
 */
import { CLASS_KEY } from '../../lib/class/key';
import { exerciseById } from '../../lib/exercises/catalog-lookup';
import { classMode } from './mode';

function assertNotStudent(): void {
  if (classMode() === 'student') throw new Error('invalid class mode: answers are hidden on the class link');
}

/** The reference solution of exercise `id`. */
export function solutionFor(id: string): string {
  assertNotStudent();
  return exerciseById(id).solution;
}

/** The key that opens quiz reveals. */
export function revealKey(): string {
  assertNotStudent();
  return CLASS_KEY;
}
