// Number formats of the results table, chosen so columns stay readable from 0.002 ms to 40 s.

/** Milliseconds to 3 significant figures ("0.0123", "4.56", "1230"). */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  if (ms === 0) return '0';
  return ms >= 1000 ? ms.toFixed(0) : Number(ms.toPrecision(3)).toString();
}

/** A rate (GMAC/s, GB/s, GFLOP/s) to 3 significant figures. */
export function formatRate(value: number): string {
  if (!Number.isFinite(value)) return '–';
  return value >= 1000 ? value.toFixed(0) : Number(value.toPrecision(3)).toString();
}

/** A coefficient of variation as a percentage with one decimal ("3.2 %"). */
export function formatPercent(ratio: number): string {
  return Number.isFinite(ratio) ? `${(100 * ratio).toFixed(1)} %` : '–';
}

/** A max abs difference in exponent notation ("2.4e-7"); exactly 0 stays "0". */
export function formatDiff(diff: number): string {
  if (diff === 0) return '0';
  return Number.isFinite(diff) ? diff.toExponential(1) : '∞';
}

/** An integer with thousands separators ("75,497,472"). */
export function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}
