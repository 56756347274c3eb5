// Colour-scale domains for heatmaps: a diverging scale is centred on zero so that white always
// means 0 and the sign of a weight or activation reads as hue; a sequential one spans [min, max].

/** How a heatmap maps values to colour: 'diverging' (symmetric about 0) or 'sequential' (min → max). */
export type ScaleKind = 'diverging' | 'sequential';

/** A colour-scale domain [low, high] with low < high, in the units of the values shown. */
export type Domain = readonly [number, number];

/** Largest absolute finite value in `values` (0 when there is none). */
function maxAbs(values: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    const magnitude = Math.abs(values[i] as number);
    if (Number.isFinite(magnitude) && magnitude > max) max = magnitude;
  }
  return max;
}

/** The q-quantile (0 < q ≤ 1) of |value| over the finite values; q = 1 is {@link maxAbs}. */
export function quantileAbs(values: ArrayLike<number>, q: number): number {
  if (!(q > 0 && q <= 1)) throw new Error(`invalid quantile: ${q}`);
  if (q === 1) return maxAbs(values);
  const magnitudes = Array.from(values, Math.abs).filter(Number.isFinite).sort((a, b) => a - b);
  if (magnitudes.length === 0) return 0;
  return magnitudes[Math.min(magnitudes.length - 1, Math.ceil(q * magnitudes.length) - 1)] as number;
}

/**
 * Domain [-m, m] centred on zero with m = max |value| (or its `quantile`, so a few strong edges do
 * not wash out a photo's map; values beyond are clamped); [-1, 1] when every value is 0.
 */
export function divergingDomain(values: ArrayLike<number>, quantile = 1): Domain {
  const m = quantileAbs(values, quantile);
  return m === 0 ? [-1, 1] : [-m, m];
}

/** Domain [min, max] of the finite values; widened by ±0.5 when they are all equal, [0, 1] when there are none. */
export function sequentialDomain(values: ArrayLike<number>): Domain {
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) continue;
    if (v < low) low = v;
    if (v > high) high = v;
  }
  if (low === Infinity) return [0, 1];
  return low === high ? [low - 0.5, high + 0.5] : [low, high];
}

/** The domain of one set of values for a scale kind (`quantile` applies to diverging scales). */
export function domainFor(values: ArrayLike<number>, kind: ScaleKind, quantile = 1): Domain {
  if (kind === 'diverging') return divergingDomain(values, quantile);
  if (kind === 'sequential') return sequentialDomain(values);
  throw new Error(`invalid kind: ${String(kind)}`);
}

/** Options of {@link channelDomains}. */
export interface ChannelDomainOptions {
  /** true: one domain over all channels (comparable colours); false: one per channel (each map's own contrast). */
  shared: boolean;
  kind: ScaleKind;
  /** Quantile of |value| that a diverging domain reaches (default 1: the maximum). */
  quantile?: number;
}

/** One domain per channel: all equal to the domain of every value together when `shared`, else each channel's own. */
export function channelDomains(channels: readonly ArrayLike<number>[], options: ChannelDomainOptions): Domain[] {
  const quantile = options.quantile ?? 1;
  if (!options.shared) return channels.map((values) => domainFor(values, options.kind, quantile));
  const all: number[] = [];
  for (const values of channels) for (let i = 0; i < values.length; i++) all.push(values[i] as number);
  const domain = domainFor(all, options.kind, quantile);
  return channels.map(() => domain);
}

/** 'sequential' when no value is negative (an image in [0, 1]), else 'diverging' (weights, Sobel responses). */
export function suggestScaleKind(channels: readonly ArrayLike<number>[]): ScaleKind {
  for (const values of channels) for (let i = 0; i < values.length; i++) if ((values[i] as number) < 0) return 'diverging';
  return 'sequential';
}
