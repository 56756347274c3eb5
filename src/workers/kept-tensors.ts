/** Finds the tensors that top-level variables hold, so a run's new tensors can be split into kept and leaked. */
import type { Tf } from './tf-backend';

/** Ids of live tensors reachable from `store` (values, arrays, plain objects to depth 3, and the weights of any layer or model). */
export function keptTensorIds(tf: Tf, store: Record<string, unknown>): Set<number> {
  const ids = new Set<number>();
  const seen = new Set<object>();
  const visit = (value: unknown, depth: number): void => {
    if (value === null || typeof value !== 'object' || seen.has(value) || depth > 3) return;
    seen.add(value);
    if (value instanceof tf.Tensor) {
      if (!value.isDisposed) ids.add(value.id);
      return;
    }
    // A layer (models are layers too, and so are readers' own tf.layers.Layer subclasses) owns its
    // weights however deeply they are nested inside it: count them as kept, whatever the depth.
    if (value instanceof tf.layers.Layer) {
      // Not `built` alone: a tf.sequential given an inputShape owns its weights before its own build().
      for (const weight of layerWeights(value)) {
        try {
          visit(weight.read(), 0);
        } catch {
          // The reader disposed this layer's weights: nothing of it is kept.
        }
      }
      return;
    }
    const items = Array.isArray(value) ? value.slice(0, 10_000) : value instanceof Map ? [...value.values()] : Object.values(value).slice(0, 1000);
    for (const item of items) visit(item, depth + 1);
  };
  for (const value of Object.values(store)) visit(value, 0);
  return ids;
}

/** A layer's weights, or none when it has not created them yet (reading them then may throw). */
function layerWeights(layer: { weights: Array<{ read(): unknown }> }): Array<{ read(): unknown }> {
  try {
    return layer.weights;
  } catch {
    return [];
  }
}
