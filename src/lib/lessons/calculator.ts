// The cost calculator's model: exact parameters and multiply-adds of the four convolutions for one input, from src/lib/cost.
import { formatRatio, separableCostRatioClosedForm } from '../cost';
import { exactBlockCostRows, exactRatio, type ExactCostRow } from '../cost/exact';
import { lessonStrings as s } from '../strings/lessons';
import { fieldStrings } from '../strings/fields';

/** The calculator's fields as typed (strings): input size and channels, output channels, kernel, depth multiplier, stride. */
export interface CalculatorFields {
  inHeight: string;
  inWidth: string;
  inChannels: string;
  outChannels: string;
  kernelSize: string;
  chMul: string;
  stride: string;
}

/** Labels for the fields, so a message names the bad input as the reader sees it. */
export type CalculatorLabels = Record<keyof CalculatorFields, string>;

/** A field the calculator cannot use, with the reason as the reader should read it. */
export interface FieldError {
  field: keyof CalculatorFields;
  message: string;
}

/**
 * The four rows counted exactly at any size (depthwise and pointwise are the separable block's two halves) and the
 * comparison; or every field that is not usable, the first one's reason as `message`.
 */
export type CalculatorResult =
  | { ok: true; rows: ExactCostRow[]; macRatio: number; closedForm: number; parameterFactor: number; multiplyAddFactor: number }
  | { ok: false; message: string; errors: FieldError[] };

/** Standard ÷ separable as the reader reads it: 8.4 → "8.4× fewer parameters"; 0.5 (a large depth multiplier) → "2.0× more parameters". */
export function savingText(standardOverSeparable: number, noun: 'multiply-adds' | 'parameters'): string {
  if (!(standardOverSeparable > 0) || !Number.isFinite(standardOverSeparable)) throw new Error(`invalid standardOverSeparable: ${standardOverSeparable}`);
  const fewer = standardOverSeparable >= 1;
  return s.saving(formatRatio(fewer ? standardOverSeparable : 1 / standardOverSeparable), fewer, noun);
}

/** The padding the calculator uses ('same', as in the seed and in MobileNet). */
export const CALCULATOR_PAD = 'same';
const LIMIT = 100_000;

/** Reads the fields and counts standard, depthwise, pointwise and separable convolutions without bias, padding 'same', exactly at any size. */
export function calculateCosts(fields: CalculatorFields, labels: CalculatorLabels): CalculatorResult {
  const values = {} as Record<keyof CalculatorFields, number>;
  const errors: FieldError[] = [];
  for (const key of Object.keys(labels) as (keyof CalculatorFields)[]) {
    const text = (fields[key] ?? '').trim();
    const value = Number(text);
    if (text === '' || !Number.isInteger(value) || value < 1 || value > LIMIT) {
      errors.push({ field: key, message: fieldStrings.invalid(labels[key], LIMIT.toLocaleString('en-US'), text) });
    }
    values[key] = value;
  }
  if (errors.length > 0) return { ok: false, message: errors[0]!.message, errors };
  const { inHeight, inWidth, inChannels, outChannels, kernelSize, chMul, stride } = values;
  const block = { inHeight, inWidth, inChannels, outChannels, kernelSize, chMul, stride, pad: CALCULATOR_PAD, bias: false } as const;
  const rows = exactBlockCostRows(block);
  const standard = rows.find((row) => row.kind === 'standard')!;
  const separable = rows.find((row) => row.kind === 'separable')!;
  return {
    ok: true,
    rows,
    macRatio: exactRatio(separable.multiplyAdds, standard.multiplyAdds),
    closedForm: separableCostRatioClosedForm({ kernelSize, outChannels, chMul }),
    parameterFactor: exactRatio(standard.parameters, separable.parameters),
    multiplyAddFactor: exactRatio(standard.multiplyAdds, separable.multiplyAdds),
  };
}

/** One point of the ratio plot: kernel size k, output channels N and separable ÷ standard multiply-adds (1/N + 1/k²). */
export interface RatioPoint {
  k: number;
  n: number;
  ratio: number;
}

/** The ratio 1/N + 1/k² (depth multiplier 1) for each kernel size and each N, from the cost library's closed form. */
export function ratioSeries(kernelSizes: readonly number[], outChannels: readonly number[]): RatioPoint[] {
  return kernelSizes.flatMap((k) => outChannels.map((n) => ({ k, n, ratio: separableCostRatioClosedForm({ kernelSize: k, outChannels: n }) })));
}

/** Output channel counts for the plot: powers of two from 1 to 1024. */
export const PLOT_CHANNELS: readonly number[] = Array.from({ length: 11 }, (_, i) => 2 ** i);
/** The kernel sizes the plot and table compare. */
export const PLOT_KERNELS: readonly number[] = [3, 5, 7];
/** The N the table beside the plot lists. */
export const TABLE_CHANNELS: readonly number[] = [8, 32, 128, 512, 1024];
