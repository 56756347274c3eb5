/**
 * Extra show methods from other features (e.g. `show.kernels`, `show.featureMaps`): add one import
 * line per file; each file calls `defineShow` from `./registry`.
 */
export {};
import './viz';
