// `npm run train:reference`: trains both /train/ networks on wasm with fixed seeds and writes the
// shipped weights and metrics (see scripts/train/reference.ts for options).
import { runTypeScript } from './lib/run-ts.mjs';

await runTypeScript('scripts/train/reference.ts');
