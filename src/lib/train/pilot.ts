/**
 * How the validation pilot (scripts/train/pilot.ts) picks the reference's epochs E and learning-rate decay,
 * from validation loss only — the test digits play no part.
 *
 * A "stop when nothing changed over the last epochs" rule is below the noise of 1,000 validation digits
 * (one digit is 0.1 point of accuracy). Instead: average each net's validation loss over seeds, epoch by
 * epoch, and take the first epoch whose mean loss is within one standard error of the lowest mean loss
 * the run reached — the one-standard-error rule (Breiman et al. 1984; Hastie, Tibshirani & Friedman,
 * The Elements of Statistical Learning, § 7.10): later epochs may still lower the loss, but by less than
 * the validation set can see.
 *
 * Which standard error matters: every epoch is scored on the same 1,000 digits, so two epochs compare
 * digit by digit. The paired rule ({@link pairedFlatEpoch}) uses the standard error of the per-digit loss
 * differences between an epoch and the best one — the noise of *comparing* epochs. The standard error of
 * one epoch's mean over the digits (the unpaired rule, {@link flatEpoch}) also counts how hard these
 * 1,000 digits happen to be, which every epoch shares; it is several times larger and stops far too early
 * (the first pilot: E = 5–7 for the separable net while its loss fell another 15 % by epoch 15). The
 * unpaired rule remains only for pilot files written before per-digit losses were recorded.
 */

/** The validation figures of one epoch the pilot reads. */
export interface PilotEpoch {
  readonly validationLoss: number;
  readonly validationLossStandardError: number;
  readonly validationAccuracy: number;
}

/** A net's mean validation curve over seeds, epoch by epoch (index 0 is epoch 1). */
export interface MeanCurve {
  readonly loss: number[];
  readonly standardError: number[];
  readonly accuracy: number[];
  readonly seeds: number;
}

/** The seeds' mean validation loss, standard error and accuracy per epoch, over the epochs every seed finished. */
export function meanCurve(runs: readonly { epochs: readonly PilotEpoch[] }[]): MeanCurve {
  if (runs.length === 0) throw new Error('invalid runs: none');
  const epochs = Math.min(...runs.map((run) => run.epochs.length));
  const mean = (pick: (epoch: PilotEpoch) => number) => Array.from({ length: epochs }, (_, index) =>
    runs.reduce((sum, run) => sum + pick(run.epochs[index] as PilotEpoch), 0) / runs.length);
  return {
    loss: mean((epoch) => epoch.validationLoss),
    standardError: mean((epoch) => epoch.validationLossStandardError),
    accuracy: mean((epoch) => epoch.validationAccuracy),
    seeds: runs.length,
  };
}

/** The one-standard-error epoch of a curve (1-based): the first whose loss is within one standard error, taken at the minimum, of the minimum. */
export function flatEpoch(curve: Pick<MeanCurve, 'loss' | 'standardError'>): number {
  if (curve.loss.length === 0) throw new Error('invalid curve: no epochs');
  const best = curve.loss.reduce((at, value, index) => (value < (curve.loss[at] ?? Infinity) ? index : at), 0);
  const threshold = (curve.loss[best] ?? 0) + (curve.standardError[best] ?? 0);
  return curve.loss.findIndex((value) => value <= threshold) + 1;
}

/**
 * The paired one-standard-error epoch (1-based) of runs that recorded every validation digit's loss per
 * epoch (`losses[epoch][digit]`): the seeds' per-digit mean loss per epoch, the epoch of lowest mean, and the
 * first epoch whose mean excess over it is within one standard error of the per-digit excesses' mean.
 */
export function pairedFlatEpoch(runs: readonly { losses: readonly (readonly number[])[] }[]): number {
  if (runs.length === 0) throw new Error('invalid runs: none');
  const epochs = Math.min(...runs.map((run) => run.losses.length));
  const digits = runs[0]?.losses[0]?.length ?? 0;
  if (epochs === 0 || digits < 2) throw new Error('invalid losses: none recorded');
  const perDigit = Array.from({ length: epochs }, (_, epoch) => Float64Array.from({ length: digits }, (_, digit) =>
    runs.reduce((sum, run) => sum + (run.losses[epoch]?.[digit] ?? Number.NaN), 0) / runs.length));
  const means = perDigit.map((values) => values.reduce((sum, value) => sum + value, 0) / digits);
  const best = means.reduce((at, value, index) => (value < (means[at] ?? Infinity) ? index : at), 0);
  const flat = perDigit.findIndex((values, epoch) => {
    const excess = values.map((value, digit) => value - (perDigit[best]?.[digit] ?? 0));
    const mean = (means[epoch] ?? 0) - (means[best] ?? 0);
    const sd = Math.sqrt(excess.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (digits - 1));
    return mean <= sd / Math.sqrt(digits);
  });
  return flat + 1;
}

/** One schedule's verdict: per net, its curve and flat epoch; E is the latest of them, so every net has flattened. */
export interface ScheduleChoice {
  readonly decay: number;
  readonly epochs: number;
  readonly nets: readonly { network: string; curve: MeanCurve; flatEpoch: number; rule: 'paired' | 'unpaired' }[];
  /** The nets' mean validation loss at epoch E, averaged over nets. */
  readonly lossAtEpochs: number;
  /** The nets' standard errors at epoch E, averaged over nets. */
  readonly standardErrorAtEpochs: number;
}

/** A pilot run: one network, one seed, one learning-rate decay, its epochs. */
export interface PilotRun {
  readonly network: string;
  readonly seed: number;
  readonly learningRateDecay: number;
  readonly epochs: readonly PilotEpoch[];
  /** Each epoch's per-digit validation losses, when the pilot recorded them. */
  readonly validationLosses?: readonly (readonly number[])[];
}

/** Each schedule's E and loss at E, from the pilot's runs (schedules in the order first seen). */
export function scheduleChoices(runs: readonly PilotRun[]): ScheduleChoice[] {
  const decays = [...new Set(runs.map((run) => run.learningRateDecay))];
  return decays.map((decay) => {
    const ofDecay = runs.filter((run) => run.learningRateDecay === decay);
    const nets = [...new Set(ofDecay.map((run) => run.network))].map((network) => {
      const ofNet = ofDecay.filter((run) => run.network === network);
      const curve = meanCurve(ofNet);
      const paired = ofNet.every((run) => (run.validationLosses?.length ?? 0) >= curve.loss.length);
      return paired
        ? { network, curve, flatEpoch: pairedFlatEpoch(ofNet.map((run) => ({ losses: (run.validationLosses ?? []).slice(0, curve.loss.length) }))), rule: 'paired' as const }
        : { network, curve, flatEpoch: flatEpoch(curve), rule: 'unpaired' as const };
    });
    const epochs = Math.max(...nets.map((net) => net.flatEpoch));
    const at = (pick: (curve: MeanCurve) => number[]) => nets.reduce((sum, net) => sum + (pick(net.curve)[epochs - 1] ?? Number.NaN), 0) / nets.length;
    return { decay, epochs, nets, lossAtEpochs: at((curve) => curve.loss), standardErrorAtEpochs: at((curve) => curve.standardError) };
  });
}

/**
 * The schedule the reference uses: the lowest mean validation loss at its E; a schedule within one
 * standard error of that is as good as the validation set can tell, and then the fewest epochs wins
 * (the cheaper reference, and the shorter class run).
 */
export function chooseSchedule(choices: readonly ScheduleChoice[]): ScheduleChoice {
  const best = [...choices].sort((a, b) => a.lossAtEpochs - b.lossAtEpochs)[0];
  if (!best) throw new Error('invalid pilot: no schedules');
  const tied = choices.filter((choice) => choice.lossAtEpochs <= best.lossAtEpochs + best.standardErrorAtEpochs);
  return [...tied].sort((a, b) => a.epochs - b.epochs || a.lossAtEpochs - b.lossAtEpochs)[0] ?? best;
}
