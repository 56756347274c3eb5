// Quizzes that check an answer the page does not contain: salted hashes of the answer, of each shape axis and of
// the known mistakes, and the explanation sealed under the right answer (see src/lib/class/seal.ts: it deters, it does not lock).
// This is the one verdict of a quiz: the page checks sealed questions only, and so do the tests.
import { answerHash, seal, unseal } from '../class/seal';
import { quizStrings as s } from '../strings/quiz';
import { formatAnswer, formatExpected, type QuizQuestion, type QuizVerdict } from './question';
import { parseCount, parseShape } from './parse';

/** A question as it ships in a page: hashes and seals only, never the answer in the clear. */
export interface SealedQuestion {
  kind: 'shape' | 'count';
  salt: string;
  /** Salted hash of the answer. */
  answer: string;
  /** Shape questions: the number of axes (not secret: the hint says it) and a salted hash per axis. */
  rank?: number;
  axes?: string[];
  /** Known mistakes by salted hash, each with its kind explanation (which never states the answer). */
  mistakes: Array<{ answer: string; because: string }>;
  /** The explanation, sealed under the right answer: only a reader who gives it can read it. */
  explanation: string;
  /** "The answer is …" and the explanation, sealed under the class key (opened on open and teacher pages only). */
  reveal: string;
}

/** What a sealed reveal holds once opened. */
export interface QuizReveal {
  answer: string;
  explanation: string;
}

const canonical = (answer: number | readonly number[]) => (typeof answer === 'number' ? String(answer) : answer.join(','));
const axisKey = (salt: string, axis: number) => `${salt}#${axis}`;

/** Seals `question` for a page: `salt` must be unique per question of the site (e.g. path and quiz id). */
export function sealQuestion(question: QuizQuestion, salt: string, classKey: string): SealedQuestion {
  const answer = canonical(question.expected);
  const sealed: SealedQuestion = {
    kind: question.kind,
    salt,
    answer: answerHash(salt, answer),
    mistakes: question.mistakes.map((mistake) => ({ answer: answerHash(salt, canonical(mistake.answer)), because: mistake.because })),
    explanation: seal(question.explanation, `${salt}|${answer}`),
    reveal: seal(JSON.stringify({ answer: formatExpected(question), explanation: question.explanation } satisfies QuizReveal), classKey),
  };
  if (question.kind === 'shape') {
    sealed.rank = question.expected.length;
    sealed.axes = question.expected.map((size, axis) => answerHash(axisKey(salt, axis), String(size)));
  }
  return sealed;
}

function shapeDiagnosis(question: SealedQuestion, given: readonly number[]): string {
  const rank = question.rank ?? given.length;
  if (given.length !== rank) return s.wrongRank(rank, given.length);
  return s.wrongAxes(given.flatMap((size, axis) => (answerHash(axisKey(question.salt, axis), String(size)) === question.axes?.[axis] ? [] : [axis])));
}

// "k times too many / too few" found by hashing multiples, so the count itself never ships.
function countDiagnosis(question: SealedQuestion, given: number): string {
  for (let factor = 2; factor <= 64; factor += 1) {
    if (given % factor === 0 && answerHash(question.salt, String(given / factor)) === question.answer) return s.timesTooMany(factor);
    if (answerHash(question.salt, String(given * factor)) === question.answer) return s.timesTooFew(factor);
  }
  return s.countAgain;
}

/** Checks a reader's text against a sealed question: unreadable input gets a how-to-type sentence, a known mistake its explanation. */
export function checkSealedAnswer(question: SealedQuestion, input: string): QuizVerdict & { reveal?: QuizReveal } {
  const parsed = question.kind === 'shape' ? parseShape(input) : parseCount(input);
  if (!parsed.ok) return { status: 'unreadable', message: parsed.message };
  const given = parsed.value;
  const key = canonical(given);
  if (answerHash(question.salt, key) === question.answer) {
    const explanation = unseal(question.explanation, `${question.salt}|${key}`) ?? '';
    return { status: 'right', message: s.right(explanation), reveal: { answer: formatAnswer(given), explanation } };
  }
  const known = question.mistakes.find((mistake) => mistake.answer === answerHash(question.salt, key));
  const diagnosis = typeof given === 'number' ? countDiagnosis(question, given) : shapeDiagnosis(question, given);
  return { status: 'wrong', message: s.wrong(known ? known.because : diagnosis) };
}

/** Opens a sealed reveal with the class key; undefined with any other key. */
export function openReveal(question: SealedQuestion, classKey: string): QuizReveal | undefined {
  const text = unseal(question.reveal, classKey);
  return text === undefined ? undefined : (JSON.parse(text) as QuizReveal);
}
