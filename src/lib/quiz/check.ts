// Checking a parsed answer against the expected one, with a kind explanation for known mistakes.
import { formatShapeAnswer, parseCount, parseShape } from './parse';

/** A wrong answer we expect some readers to give, and why it happens (computed from the formulas by the question builder). */
export interface KnownMistake {
  answer: number | readonly number[];
  because: string;
}

/** A "predict, then check" question: a shape or a count, its answer, and known mistakes with explanations. */
export type QuizQuestion =
  | { kind: 'shape'; expected: readonly number[]; explanation: string; mistakes: readonly KnownMistake[] }
  | { kind: 'count'; expected: number; explanation: string; mistakes: readonly KnownMistake[] };

/** What the reader sees after Check: whether the input could be read, whether it is right, and a sentence. */
export interface QuizVerdict {
  status: 'unreadable' | 'right' | 'wrong';
  message: string;
}

function sameAnswer(a: number | readonly number[], b: number | readonly number[]): boolean {
  if (typeof a === 'number' || typeof b === 'number') return a === b;
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

const AXES = ['batch', 'height', 'width', 'channels'];

function shapeDiagnosis(expected: readonly number[], given: readonly number[]): string {
  if (given.length !== expected.length) {
    return `A ${expected.length === 4 ? '[batch, height, width, channels]' : `${expected.length}-number`} shape has ${expected.length} numbers; you wrote ${given.length}.`;
  }
  const wrong = expected.flatMap((value, index) => (given[index] === value ? [] : [AXES[index] ?? `axis ${index}`]));
  return `Look again at the ${wrong.join(' and ')}.`;
}

function countDiagnosis(expected: number, given: number): string {
  if (given > expected && given % expected === 0) return `That is ${given / expected} times too many.`;
  if (given < expected && expected % given === 0) return `That is ${expected / given} times too few.`;
  return given > expected ? 'That is too many.' : 'That is too few.';
}

/** Checks a reader's text against a question: unreadable input gets a how-to-type sentence, a known mistake its explanation. */
export function checkAnswer(question: QuizQuestion, input: string): QuizVerdict {
  const parsed = question.kind === 'shape' ? parseShape(input) : parseCount(input);
  if (!parsed.ok) return { status: 'unreadable', message: parsed.message };
  const given = parsed.value;
  if (sameAnswer(given, question.expected)) return { status: 'right', message: `Right. ${question.explanation}` };
  const known = question.mistakes.find((mistake) => sameAnswer(mistake.answer, given));
  const diagnosis = question.kind === 'shape'
    ? shapeDiagnosis(question.expected, given as number[])
    : countDiagnosis(question.expected, given as number);
  return { status: 'wrong', message: `Not quite. ${known ? known.because : diagnosis} Try again.` };
}

/** The expected answer as text (shapes as [1, 28, 28, 3], counts with thousands separators). */
export function formatExpected(question: QuizQuestion): string {
  return question.kind === 'shape' ? formatShapeAnswer(question.expected) : question.expected.toLocaleString('en-US');
}
