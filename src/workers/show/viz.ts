/** `show.kernels(filter)` and `show.featureMaps(tensor, title?)`: plain arrays for the page's per-channel heatmaps. */
import { featureMapsPayload, kernelsPayload } from '../../lib/viz/payloads';
import { defineShow, type ShowContext } from './registry';

/** Shape and values of a tensor or nested array, read without leaking tensors. */
function shapeAndValues(context: ShowContext, value: unknown, method: string): { shape: number[]; values: Float32Array } {
  const { tf } = context;
  if (value instanceof tf.Tensor) {
    if (value.isDisposed) throw new TypeError(`invalid ${method} argument: the tensor is disposed`);
    return { shape: [...value.shape], values: Float32Array.from(value.dataSync() as ArrayLike<number>) };
  }
  if (Array.isArray(value)) {
    const tensor = tf.tensor(value as number[]);
    try {
      return { shape: [...tensor.shape], values: Float32Array.from(tensor.dataSync() as ArrayLike<number>) };
    } finally {
      tensor.dispose();
    }
  }
  throw new TypeError(`invalid ${method} argument: ${typeof value} (expects a tensor or a nested array)`);
}

defineShow('kernels', (context, filter) => {
  const { shape, values } = shapeAndValues(context, filter, 'show.kernels');
  const payload = kernelsPayload(shape, values);
  context.emit('kernels', payload, [payload.values.buffer]);
});

defineShow('featureMaps', (context, tensor, title) => {
  const { shape, values } = shapeAndValues(context, tensor, 'show.featureMaps');
  const payload = featureMapsPayload(shape, values, typeof title === 'string' ? title : undefined);
  context.emit('featureMaps', payload, [payload.values.buffer]);
});
