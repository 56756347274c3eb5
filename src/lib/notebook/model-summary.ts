/**
 * `model.summary()` as a real table: one row per layer with its full name and class, its output
 * shape and its parameter count (and what feeds it, for a functional model), totals in the caption.
 * Pure: the worker reads the model into {@link SummaryLayer}s.
 */
import type { TablePayload } from './display';
import { valueStrings } from '../strings/cell-output';
import { formatNumber } from '../strings/units';

/** One layer of a model, read out of TF.js. */
export interface SummaryLayer {
  name: string;
  className: string;
  /** e.g. `[null, 16, 16, 144]` (null: any batch size); several for a layer with several outputs. */
  outputShape: Array<number | null> | Array<Array<number | null>>;
  params: number;
  /** Names of the layers feeding this one (functional models only). */
  inbound: string[];
}

/** Parameter totals of a model. */
export interface SummaryTotals {
  total: number;
  trainable: number;
}


function shapeText(shape: SummaryLayer['outputShape']): string {
  const one = (dims: Array<number | null>) => `[${dims.map((dim) => (dim === null ? 'batch' : String(dim))).join(', ')}]`;
  return shape.length > 0 && Array.isArray(shape[0]) ? (shape as Array<Array<number | null>>).map(one).join(', ') : one(shape as Array<number | null>);
}

/** The table of `model.summary()`: Layer (type), Output shape, Parameters, and Connected to when any layer has several inputs or the model branches. */
export function summaryTable(options: { modelName: string; layers: SummaryLayer[]; totals: SummaryTotals }): TablePayload {
  const { modelName, layers, totals } = options;
  const functional = layers.some((layer, index) => layer.inbound.length > 1 || (index > 0 && layer.inbound.length === 1 && layer.inbound[0] !== layers[index - 1]?.name));
  const names = valueStrings.summaryColumns;
  const columns = [names.layer, names.outputShape, names.parameters, ...(functional ? [names.connectedTo] : [])];
  const rows = layers.map((layer) => [`${layer.name} (${layer.className})`, shapeText(layer.outputShape), formatNumber(layer.params), ...(functional ? [layer.inbound.join(', ')] : [])]);
  const caption = valueStrings.summaryCaption(modelName, totals.total, totals.trainable);
  return { columns, rows, total: rows.length, caption };
}
