// `node bench/lab-node.mjs [--backend wasm|cpu]`: the lab's timing loop in Node on TF.js wasm, beside plain
// back-to-back runs and the old read-after-every-run loop (see scripts/lab/loop-check.ts).
import { runTypeScript } from '../scripts/lib/run-ts.mjs';

await runTypeScript('scripts/lab/loop-check.ts');
