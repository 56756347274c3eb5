// What a quiz question is: its answer, the explanation of it and the known mistakes, as the builders compute them.
import { formatShapeAnswer } from './shape-answer';

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

/** The expected answer as text (shapes as [1, 28, 28, 3], counts with thousands separators). */
export function formatExpected(question: QuizQuestion): string {
  return question.kind === 'shape' ? formatShapeAnswer(question.expected) : formatAnswer(question.expected);
}

/** An answer as the page writes it: a shape as [1, 28, 28, 3], a count as 8,768. */
export function formatAnswer(answer: number | readonly number[]): string {
  return typeof answer === 'number' ? answer.toLocaleString('en-US') : formatShapeAnswer(answer);
}
