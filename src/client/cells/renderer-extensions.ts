/**
 * Page-side renderers from other features (e.g. `kernels`, `featureMaps`): add one import line per
 * module; each module calls `registerRenderer` from `./renderers` (loading heavy code lazily).
 */
export {};
import '../viz/cell-renderers';
