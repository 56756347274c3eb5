// The verdict on a gap, read off its interval: which way it points, or that the experiment cannot tell.
import type { GapInterval } from './paired-gap';

/** What an interval lets one say: the first net is lower, higher, or no difference is detectable (the interval includes 0). */
export type VerdictKind = 'lower' | 'higher' | 'undetectable';

/** What the verdict holds for: how many seeds, training digits and epochs. */
export interface VerdictScope {
  readonly seeds: number;
  readonly trainCount: number;
  readonly epochs: number;
}

/** A verdict in numbers, in percentage points (first net − second): the words are in src/lib/strings/experiment.ts. */
export interface GapVerdict {
  readonly kind: VerdictKind;
  readonly gapPoints: number;
  readonly lowPoints: number;
  readonly highPoints: number;
  /** Coverage of the interval in percent, e.g. 95. */
  readonly levelPercent: number;
  readonly scope: VerdictScope;
}

/** The verdict an interval supports: 'lower' when it lies wholly below 0, 'higher' wholly above, else 'undetectable'. */
export function gapVerdict(interval: Pick<GapInterval, 'gap' | 'low' | 'high' | 'level'>, scope: VerdictScope): GapVerdict {
  if (!(interval.low <= interval.gap && interval.gap <= interval.high)) throw new Error(`invalid interval: ${interval.low} to ${interval.high} around ${interval.gap}`);
  const kind: VerdictKind = interval.high < 0 ? 'lower' : interval.low > 0 ? 'higher' : 'undetectable';
  return {
    kind, gapPoints: interval.gap * 100, lowPoints: interval.low * 100, highPoints: interval.high * 100,
    levelPercent: Math.round(interval.level * 1000) / 10, scope,
  };
}
