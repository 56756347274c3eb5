// `npm run build`: the static site into dist/ (or DIST_DIR), with its Pagefind search index.
import { build } from './lib/build.mjs';

build();
