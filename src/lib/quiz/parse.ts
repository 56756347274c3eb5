// Reader answers, parsed leniently: shapes as "[1, 28, 28, 3]", "(1, 28, 28, 3)" or "1×28×28×3"; counts as "8,768" or "8768".
import { quizStrings as s } from '../strings/quiz';

/** A parse result: the value, or a sentence telling the reader what to type instead. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const SHAPE_EXAMPLE = '[1, 28, 28, 3]';

/** Parses a shape such as "[1, 28, 28, 3]", "(1, 28, 28, 3)", "1×28×28×3", "1x28x28x3" or "1 28 28 3" into positive integers. */
export function parseShape(input: string): Parsed<number[]> {
  const text = input.trim();
  if (text === '') return { ok: false, message: s.typeShape(SHAPE_EXAMPLE) };
  const inner = text.replace(/^[[(]\s*/, '').replace(/\s*[\])]$/, '');
  const parts = inner.split(/\s*[,×x*X]\s*|\s+/).filter((part) => part !== '');
  if (parts.length === 0) return { ok: false, message: s.typeShape(SHAPE_EXAMPLE) };
  const values: number[] = [];
  for (const part of parts) {
    if (!/^\d+$/.test(part)) {
      return { ok: false, message: s.shapeNotWhole(part, SHAPE_EXAMPLE) };
    }
    const value = Number(part);
    if (value < 1) return { ok: false, message: s.shapeBelowOne(part) };
    values.push(value);
  }
  return { ok: true, value: values };
}

/** Parses a whole-number count such as "8,768", "8768", "8 768" or "8_768"; rejects decimals and negatives with a reason. */
export function parseCount(input: string): Parsed<number> {
  const text = input.trim();
  if (text === '') return { ok: false, message: s.typeCount };
  if (/^-/.test(text)) return { ok: false, message: s.countNegative };
  const grouped = /^\d{1,3}([,_ \u00a0]\d{3})+$/.test(text);
  if (!grouped && !/^\d+$/.test(text)) {
    return { ok: false, message: s.countNotWhole(text) };
  }
  const value = Number(text.replace(/[,_ \u00a0]/g, ''));
  if (!Number.isSafeInteger(value)) return { ok: false, message: s.countTooLarge(text) };
  return { ok: true, value };
}
