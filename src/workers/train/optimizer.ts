/**
 * Adam with a step size that can change between epochs. TF.js has no learning-rate scheduler, but its
 * Adam reads its `learningRate` field afresh at every step (tfjs-core's adam_optimizer.ts, applyGradients:
 * `mul(…, -this.learningRate)`), so setting the field between epochs is a schedule. The field is
 * protected, hence a subclass rather than a cast.
 */
import type * as TfCore from '@tensorflow/tfjs-core';

/** An Adam optimizer whose step size the trainer sets before each epoch. */
export interface ScheduledAdam extends TfCore.Optimizer {
  /** The step size the next steps use. */
  setLearningRate(rate: number): void;
  /** The step size in force. */
  readonly rate: number;
}

/** Adam at `rate` with TF.js's defaults otherwise (β₁ 0.9, β₂ 0.999, the backend's ε), as `tf.train.adam(rate)` builds it. */
export function scheduledAdam(tf: Pick<typeof TfCore, 'AdamOptimizer'>, rate: number): ScheduledAdam {
  class Scheduled extends tf.AdamOptimizer {
    setLearningRate(next: number): void {
      if (!(next > 0)) throw new Error(`invalid learningRate: ${next} (above 0)`);
      this.learningRate = next;
    }

    get rate(): number {
      return this.learningRate;
    }
  }
  return new Scheduled(rate, 0.9, 0.999);
}
