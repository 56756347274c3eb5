/**
 * How the site writes counts and sizes: the locale its text is in, the one plural helper (CLDR plural categories
 * through `Intl.PluralRules`, so a translation supplies the forms its language has) and the one byte formatter.
 */

/** The locale the site's text is written in: numbers and plural categories follow it (a translation changes it here). */
const LOCALE = 'en';

/** A phrase's forms by CLDR plural category, `#` standing for the count: `{ one: '# machine', other: '# machines' }`. */
export interface PluralForms {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** `count` written with `fractionDigits` decimals (default: as many as it has) and group separators: `1,234`, `0.5`. */
export function formatNumber(count: number, fractionDigits?: number): string {
  const digits = fractionDigits === undefined ? {} : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits };
  return count.toLocaleString(LOCALE, digits);
}

/**
 * The form of `forms` that `count`'s plural category asks for, with `#` replaced by the count as `formatNumber`
 * writes it; with `fractionDigits`, the category is the written number's ("1.0 points", as English says).
 */
export function plural(count: number, forms: PluralForms, fractionDigits?: number): string {
  const digits = fractionDigits === undefined ? {} : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits };
  const category = new Intl.PluralRules(LOCALE, digits).select(count);
  return (forms[category] ?? forms.other).replaceAll('#', formatNumber(count, fractionDigits));
}

/** One kilobyte as the site counts it: 1 KB = 1,024 bytes (2¹⁰), as the page budgets and `npm run bench:site` count. */
export const KB = 1024;

/** One megabyte as the site counts it, everywhere it states a size: 1 MB = 1,048,576 bytes (2²⁰), never 10⁶. */
export const MB = 1024 * KB;

/** The unit symbols the byte formatter writes. */
const BYTE_UNITS = { B: 'B', KB: 'KB', MB: 'MB' } as const;

/**
 * `bytes` in binary units (1 KB = 1,024 bytes, 1 MB = 2²⁰ bytes): in `unit` when given, else in the largest unit that
 * keeps it at 1 or more; bytes are whole, KB and MB have `fractionDigits` decimals (default 1): `512 B`, `2.4 MB`.
 */
export function formatBytes(bytes: number, options: { unit?: keyof typeof BYTE_UNITS; fractionDigits?: number } = {}): string {
  const unit = options.unit ?? (Math.abs(bytes) >= MB ? 'MB' : Math.abs(bytes) >= KB ? 'KB' : 'B');
  const size = { B: 1, KB, MB }[unit];
  return `${formatNumber(bytes / size, unit === 'B' ? 0 : (options.fractionDigits ?? 1))} ${BYTE_UNITS[unit]}`;
}
