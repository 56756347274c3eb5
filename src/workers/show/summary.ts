/**
 * `show.summary(model)`, and `model.summary()` itself in cells: a real table (layer with its full
 * name, output shape, parameters) instead of TF.js's fixed-width console text, which cuts names
 * and shapes off. `model.summary(…, printFn)` with a print function keeps TF.js's own text.
 */
import { summaryTable, type SummaryLayer } from '../../lib/notebook/model-summary';
import type { Tf } from '../tf-backend';
import { defineShow, type ShowContext } from './registry';

type Model = InstanceType<Tf['LayersModel']>;

function outputShape(layer: Model['layers'][number]): SummaryLayer['outputShape'] {
  try {
    return layer.outputShape as SummaryLayer['outputShape'];
  } catch {
    return [];
  }
}

/** The summary table payload of `model`. */
export function modelSummary(tf: Tf, model: unknown) {
  if (!(model instanceof tf.LayersModel)) throw new TypeError(`invalid model: ${typeof model} (show.summary expects a tf.sequential or tf.model)`);
  if (model instanceof tf.Sequential && !model.built) model.build();
  const layers: SummaryLayer[] = model.layers.map((layer) => ({
    name: layer.name,
    className: layer.getClassName(),
    outputShape: outputShape(layer),
    params: layer.countParams(),
    inbound: layer.inboundNodes.flatMap((node) => node.inboundLayers.map((inbound) => inbound.name)),
  }));
  const trainable = model.trainableWeights.reduce((sum, weight) => sum + weight.shape.reduce((size: number, dim) => size * (dim ?? 1), 1), 0);
  return summaryTable({ modelName: model.name, layers, totals: { total: model.countParams(), trainable } });
}

defineShow('summary', (context: ShowContext, model) => context.emit('table', modelSummary(context.tf, model)));

/** Makes `model.summary()` without a print function show the table through `show` (called once TF.js is loaded). */
export function tableSummaries(tf: Tf, show: (model: unknown) => void): void {
  for (const proto of [tf.LayersModel.prototype, tf.Sequential.prototype]) {
    const original = proto.summary;
    Object.defineProperty(proto, 'summary', {
      configurable: true,
      writable: true,
      value(this: Model, lineLength?: number, positions?: number[], printFn?: (...args: unknown[]) => void) {
        if (printFn) return original.call(this, lineLength, positions, printFn);
        show(this);
      },
    });
  }
}
