// `npm run train:pilot`: the validation pilot that picks the reference's epochs and learning-rate decay
// (see scripts/train/pilot.ts for options).
import { runTypeScript } from './lib/run-ts.mjs';

await runTypeScript('scripts/train/pilot.ts');
