// `npm run train:readme`: README.md's sentence on how long the shipped reference took, written from the file
// (see scripts/train/readme.ts); run after `npm run train:reference` replaces the file.
import { runTypeScript } from './lib/run-ts.mjs';

await runTypeScript('scripts/train/readme.ts');
