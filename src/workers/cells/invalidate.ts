/**
 * Observable-style invalidation for tensors: before a cell runs again, what its previous run bound
 * to the names it declares (tensors, and layers or models with their weights) is disposed — unless
 * a name another cell owns still holds it. Rerunning a cell then leaves the tensor count where it
 * was, and the leak count of a run is about that run only.
 *
 * Why here rather than in lesson code (dispose before rebinding): readers rerun every cell,
 * including their own edits, and a lesson cannot dispose what a reader's earlier edit bound.
 */
import type { Tf } from '../tf-backend';
import { heldBy } from '../kept-tensors';

/** Which cell owns each top-level name: the last cell that declared it. */
export class NameOwners {
  private readonly owner = new Map<string, string>();

  /** Records that cell `cellId` declares `names` (it owns them from now on). */
  claim(cellId: string, names: readonly string[]): void {
    for (const name of names) this.owner.set(name, cellId);
  }

  /** The names cell `cellId` owns now. */
  namesOf(cellId: string): string[] {
    return [...this.owner].filter(([, owner]) => owner === cellId).map(([name]) => name);
  }
}

/** Disposes what `names` hold in `store` and no other name holds; returns how many tensors were freed. */
export function invalidate(tf: Tf, store: Record<string, unknown>, names: readonly string[]): number {
  if (names.length === 0) return 0;
  const own = new Set(names);
  const mine = heldBy(tf, names.map((name) => store[name]));
  const others = heldBy(tf, Object.entries(store).filter(([name]) => !own.has(name)).map(([, value]) => value));
  const before = tf.memory().numTensors;
  for (const layer of mine.layers) {
    if (others.layers.has(layer)) continue;
    const shared = layer.weights.some((weight) => {
      try {
        return others.tensors.has((weight.read() as { id: number }).id);
      } catch {
        return false;
      }
    });
    if (shared) continue;
    try {
      layer.dispose();
    } catch {
      // Already disposed by the reader, or never built: nothing to free.
    }
  }
  for (const [id, tensor] of mine.tensors) if (!others.tensors.has(id) && !tensor.isDisposed) tensor.dispose();
  for (const name of names) store[name] = undefined;
  return before - tf.memory().numTensors;
}
