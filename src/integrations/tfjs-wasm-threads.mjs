// A Vite plugin that keeps TF.js's multi-threaded wasm backend working after minification
// (tfjs issue 4253). The Emscripten glue declares `_scriptDir` in an outer IIFE, but TF.js sends
// only the inner factory function's source text to each pthread worker. Once the minifier renames
// `_scriptDir` and folds its `typeof` guards, the pthread workers throw "e is not defined" and
// `tf.setBackend('wasm')` never resolves. Declaring the variable inside the factory makes that
// function self-contained. Add it to both the page and the worker builds.

const GLUE = /tfjs-backend-wasm-threaded-simd\.js$/;
const FACTORY_START = 'function(WasmBackendModuleThreadedSimd) {';

/** Vite plugin: declares `_scriptDir` inside TF.js's threaded wasm factory so minified pthread workers find it. */
export function tfjsWasmThreads() {
  return {
    name: 'depthwise-lab:tfjs-wasm-threads',
    enforce: 'pre',
    transform(code, id) {
      if (!GLUE.test(id.split('?')[0] ?? '')) return null;
      const at = code.indexOf(FACTORY_START);
      if (at === -1) this.error(`invalid TF.js wasm glue: ${id} no longer starts its factory with "${FACTORY_START}"; re-check tfjs issue 4253`);
      const declaration = "var _scriptDir = typeof self !== 'undefined' && self.location ? self.location.href : undefined;";
      const patched = code.slice(0, at + FACTORY_START.length) + declaration + code.slice(at + FACTORY_START.length);
      return { code: patched, map: null };
    },
  };
}
