// The roofline of a run in plain words: for each op, how far it sits from the machine's limit (and from what
// TF.js reaches on its backend), with the notes a reader needs to read them (no probes, ops small enough for cache).
import { CACHE_RESIDENT_BYTES, runRoofline } from './roofline-view';
import type { LabRun } from './results-schema';
import { labStrings } from '../strings/lab';
import { rooflineStrings } from '../strings/roofline';

/** One sentence per op: how far it sits from the machine's limit (and from what TF.js reaches), or why it cannot be said. */
export function rooflineWords(run: LabRun): string[] {
  const view = runRoofline(run);
  if (view.ops.length === 0) return [];
  const lines = view.ops.map((op) => {
    const name = `${labStrings.opNames[op.kind]} · ${op.layer}`;
    const tfjs = op.tfjs ? rooflineStrings.tfjsClause(op.tfjs.placement.attainable, op.tfjs.placement.fraction) : '';
    if (!op.machine) return rooflineStrings.opLine(name, op.backend, `${rooflineStrings.noMachineRoof(op.backend)}${tfjs}`);
    const roof = rooflineStrings.roof(op.machine.roof.id, op.machine.roof.threads);
    return rooflineStrings.opLine(name, op.backend, `${rooflineStrings.placement({ intensity: op.intensity, gflops: op.gflops, roof, placement: op.machine.placement })}${tfjs}`);
  });
  const small = view.ops.filter((op) => op.bytes < CACHE_RESIDENT_BYTES).length;
  const notes = [
    ...(run.machineProbes === null ? [rooflineStrings.notProbed] : []),
    ...(small > 0 && view.machine.length > 0 ? [rooflineStrings.cacheNote(small, view.ops.length, CACHE_RESIDENT_BYTES / 2 ** 20)] : []),
  ];
  return [...notes, ...lines];
}
