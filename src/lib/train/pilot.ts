/**
 * How the validation pilot (scripts/train/pilot.ts) picks the reference's epochs E and learning-rate decay,
 * from validation loss only — the test digits play no part.
 *
 * A "stop when nothing changed over the last epochs" rule is below the noise of 1,000 validation digits
 * (one digit is 0.1 point of accuracy). Instead: average each net's validation loss over seeds, epoch by
 * epoch, and take the first epoch whose mean loss is within one standard error of the lowest mean loss
 * the run reached — the one-standard-error rule (Breiman et al. 1984; Hastie, Tibshirani & Friedman,
 * The Elements of Statistical Learning, § 7.10): later epochs may still lower the loss, but by less than
 * the validation set can see. The standard error is that of a mean over the 1,000 digits; every seed is
 * scored on the same digits, so averaging seeds does not shrink it, and the curve's is the seeds' mean.
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

/** One schedule's verdict: per net, its curve and flat epoch; E is the latest of them, so every net has flattened. */
export interface ScheduleChoice {
  readonly decay: number;
  readonly epochs: number;
  readonly nets: readonly { network: string; curve: MeanCurve; flatEpoch: number }[];
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
}

/** Each schedule's E and loss at E, from the pilot's runs (schedules in the order first seen). */
export function scheduleChoices(runs: readonly PilotRun[]): ScheduleChoice[] {
  const decays = [...new Set(runs.map((run) => run.learningRateDecay))];
  return decays.map((decay) => {
    const ofDecay = runs.filter((run) => run.learningRateDecay === decay);
    const nets = [...new Set(ofDecay.map((run) => run.network))].map((network) => {
      const curve = meanCurve(ofDecay.filter((run) => run.network === network));
      return { network, curve, flatEpoch: flatEpoch(curve) };
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
