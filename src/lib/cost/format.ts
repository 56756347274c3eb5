// Number formatting for prose and tables, so every printed number comes from code in one style (en-US).

const COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** An exact count with thousands separators: 8768 → "8,768". */
export function formatCount(count: number): string {
  if (!Number.isSafeInteger(count)) throw new Error(`invalid count: ${count}`);
  return COUNT.format(count);
}

/** A decimal with a fixed number of fraction digits (default 2) and thousands separators: 2.25 → "2.25". */
export function formatDecimal(value: number, fractionDigits = 2): string {
  if (!Number.isFinite(value)) throw new Error(`invalid value: ${value}`);
  if (!Number.isInteger(fractionDigits) || fractionDigits < 0 || fractionDigits > 20) {
    throw new Error(`invalid fractionDigits: ${fractionDigits}`);
  }
  return new Intl.NumberFormat('en-US', { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(value);
}

/** A "times" factor with one decimal by default: 73728 / 8768 → "8.4×". */
export function formatRatio(ratio: number, fractionDigits = 1): string {
  return `${formatDecimal(ratio, fractionDigits)}×`;
}
