// `node scripts/build-if-needed.mjs`: rebuild dist/ only when sources changed since the last build.
import { buildIfNeeded } from './lib/build.mjs';

buildIfNeeded();
