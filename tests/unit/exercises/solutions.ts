// Running an exercise's code the way the cell does (a function defined in a script, tf in scope), for checker tests.
import { expect } from 'vitest';
import { exerciseById, type CheckVerdict, runCheck, checkSuiteFor } from '../../../src/lib/exercises';
import { tf } from '../conv/tfjs';

/** The function an exercise's code defines, with TF.js (cpu) as `tf`. */
export function defineFunction(id: string, code: string): unknown {
  const { functionName } = exerciseById(id);
  return new Function('tf', `${code}\nreturn typeof ${functionName} === 'undefined' ? undefined : ${functionName};`)(tf);
}

/** A tensor result becomes nested arrays, as the worker does; anything else passes through. */
export function toPlain(value: unknown): unknown {
  if (value instanceof tf.Tensor) {
    const plain = value.arraySync();
    value.dispose();
    return plain;
  }
  return value;
}

/** Checks `code` for exercise `id` and returns the verdict. */
export async function check(id: string, code: string): Promise<CheckVerdict> {
  return (await runCheck(checkSuiteFor(id), defineFunction(id, code), { toPlain })).verdict;
}

/** The solution with one piece of text replaced (a deliberate mistake); fails the test if the text is not there. */
export function mistake(id: string, from: string, to: string): string {
  const { solution } = exerciseById(id);
  expect(solution, `mistake for ${id}`).toContain(from);
  return solution.replaceAll(from, to);
}
