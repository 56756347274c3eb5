// Running a student's function on every case of a suite: "passed N of N", the first mismatch, or the case that threw.
import { exerciseStrings as s } from '../../strings/exercises';
import { describeValue, firstMismatch, type CompareOptions } from './compare';

/** One checked call: arguments for the student's function, the reference's result, and the case in a student's words. */
export interface CheckCase {
  /** The case in a student's words, e.g. "input [1, 6, 5, 2], 3×3 filter, chMul 2, stride 2, pad 'same'". */
  label: string;
  args: readonly unknown[];
  expected: unknown;
}

/** An exercise's checker: seeded cases (always the same for a seed) and how to compare results. */
export interface CheckSuite extends CompareOptions {
  exerciseId: string;
  /** The function the student's cell defines (the catalog's functionName; kept here so the worker never loads solutions). */
  functionName: string;
  /** The cases to run, in order; the first ones are the simplest, so a first mismatch points at one idea. */
  cases(seed: number): CheckCase[];
}

/** The outcome of Check: plain data, so the worker can send it to the page. */
export type CheckVerdict =
  | { status: 'pass'; passed: number; total: number; message: string }
  | { status: 'fail'; passed: number; total: number; caseNumber: number; message: string }
  | { status: 'error'; passed: number; total: number; caseNumber: number; message: string };

/** A verdict plus, when the student's function threw, the thrown value (kept in the worker to locate its line). */
export interface CheckOutcome {
  verdict: CheckVerdict;
  thrown?: unknown;
}

/** How to call the function and read its result; `toPlain` turns e.g. a TF.js tensor into nested arrays. */
export interface RunCheckOptions {
  seed?: number;
  toPlain?: (value: unknown) => unknown;
  /** Awaited before each case (the worker's checkpoint: a pause waits there, a cancel throws there). */
  between?: () => Promise<void>;
}

/** The seed every Check uses, so a student sees the same cases (and the same first mismatch) each time. */
const CHECK_SEED = 20_241;

/** Runs `fn` (which may return a promise) on every case of `suite` and stops at the first mismatch or exception. */
export async function runCheck(suite: CheckSuite, fn: unknown, options: RunCheckOptions = {}): Promise<CheckOutcome> {
  const cases = suite.cases(options.seed ?? CHECK_SEED);
  const total = cases.length;
  if (typeof fn !== 'function') {
    return { verdict: { status: 'error', passed: 0, total, caseNumber: 1, message: s.missingFunction(suite.functionName) } };
  }
  const toPlain = options.toPlain ?? ((value: unknown) => value);
  for (const [index, check] of cases.entries()) {
    const caseNumber = index + 1;
    await options.between?.();
    let got: unknown;
    try {
      got = toPlain(await (fn as (...args: unknown[]) => unknown)(...structuredClone(check.args)));
    } catch (thrown) {
      return { verdict: { status: 'error', passed: index, total, caseNumber, message: s.threw(caseNumber, total, check.label) }, thrown };
    }
    const mismatch = Array.isArray(check.expected)
      ? firstMismatch(check.expected, got, suite)
      : scalarMismatch(check, got, suite);
    if (mismatch) {
      const message = `${s.caseHeading(caseNumber, total, check.label)} ${mismatch}${s.passedBefore(index)}`;
      return { verdict: { status: 'fail', passed: index, total, caseNumber, message } };
    }
  }
  return { verdict: { status: 'pass', passed: total, total, message: s.passed(total) } };
}

function scalarMismatch(check: CheckCase, got: unknown, suite: CheckSuite): string | undefined {
  if (got === undefined && check.expected !== undefined) return s.returnedNothing;
  const differs = firstMismatch(check.expected, got, suite);
  return differs ? s.returnMismatch('it', describeValue(check.expected), describeValue(got)) : undefined;
}
