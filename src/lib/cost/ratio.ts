// How much the separable block saves against the standard convolution it replaces.
import { assertPositiveInteger, filterSize, type KernelOptions } from '../conv';
import type { ConvWorkload } from './layer';
import { multiplyAdds } from './multiply-adds';
import { parameterCount } from './parameters';

/** A separable block and the standard convolution it replaces share everything but kind. */
export type BlockWorkload = Omit<ConvWorkload, 'kind'>;

/** Exact ratio separable / standard multiply-adds on the same input, stride and padding (both counted in full). */
export function separableCostRatio(workload: BlockWorkload): number {
  return multiplyAdds({ ...workload, kind: 'separable' }) / multiplyAdds({ ...workload, kind: 'standard' });
}

/**
 * The MobileNet paper's closed form of that ratio: chMul · (1/N + 1/(k_h·k_w)), i.e. 1/N + 1/k² for chMul 1;
 * output pixels cancel, so it holds for any input size, stride and padding.
 */
export function separableCostRatioClosedForm(options: KernelOptions & { outChannels: number; chMul?: number }): number {
  const [filterHeight, filterWidth] = filterSize(options);
  const outChannels = assertPositiveInteger('outChannels', options.outChannels);
  const chMul = assertPositiveInteger('chMul', options.chMul ?? 1);
  return chMul * (1 / outChannels + 1 / (filterHeight * filterWidth));
}

/** Standard against separable for one block: parameters, multiply-adds, and how many times fewer the separable block needs. */
export interface SeparableComparison {
  readonly standardParameters: number;
  readonly separableParameters: number;
  /** standardParameters / separableParameters, e.g. 73,728 / 8,768 ≈ 8.4. */
  readonly parameterFactor: number;
  readonly standardMultiplyAdds: number;
  readonly separableMultiplyAdds: number;
  /** standardMultiplyAdds / separableMultiplyAdds, the reciprocal of separableCostRatio. */
  readonly multiplyAddFactor: number;
}

/** Counts one block both ways (same input, kernel, channels, stride, padding and bias setting). */
export function compareSeparable(workload: BlockWorkload): SeparableComparison {
  const standardParameters = parameterCount({ ...workload, kind: 'standard' });
  const separableParameters = parameterCount({ ...workload, kind: 'separable' });
  const standardMultiplyAdds = multiplyAdds({ ...workload, kind: 'standard' });
  const separableMultiplyAdds = multiplyAdds({ ...workload, kind: 'separable' });
  return {
    standardParameters, separableParameters, parameterFactor: standardParameters / separableParameters,
    standardMultiplyAdds, separableMultiplyAdds, multiplyAddFactor: standardMultiplyAdds / separableMultiplyAdds,
  };
}
