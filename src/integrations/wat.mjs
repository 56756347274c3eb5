// WebAssembly text (.wat) compiled at build time: `import bytes from './kernel.wat'` gives the module's
// binary as a Uint8Array, compiled by WABT (the WebAssembly Binary Toolkit, pinned in package.json).
// Used by the roofline probes (src/workers/probes/), whose kernels are a few lines of wasm SIMD each:
// small enough to inline, so they arrive with the chunk that uses them, in the browser and in Node tests.
import { readFile } from 'node:fs/promises';
import initWabt from 'wabt';

/** The post-MVP features a probe may use; a module only validates at run time where the engine has them. */
const FEATURES = { simd: true, relaxed_simd: true };

let wabt;

/** Compiles the WebAssembly text in `path` to its binary; throws with WABT's message (file, line, column) on bad text. */
export async function compileWat(path) {
  wabt ??= await initWabt();
  const module = wabt.parseWat(path, await readFile(path, 'utf8'), FEATURES);
  try {
    module.resolveNames();
    module.validate();
    return module.toBinary({}).buffer;
  } finally {
    module.destroy();
  }
}

/** The ES module source that exports `bytes` as a Uint8Array (base64 inside, decoded once on import). */
export function watModuleSource(bytes) {
  const base64 = Buffer.from(bytes).toString('base64');
  return `export default Uint8Array.from(atob(${JSON.stringify(base64)}), (char) => char.charCodeAt(0));\n`;
}

const WAT = /\.wat$/;

/** Vite plugin: `.wat` imports become their compiled bytes (add to the page build, the worker build and Vitest). */
export function watModules() {
  return {
    name: 'depthwise-lab:wat',
    async load(id) {
      const path = id.split('?')[0] ?? '';
      if (!WAT.test(path)) return null;
      this.addWatchFile(path);
      return { code: watModuleSource(await compileWat(path)), map: null };
    },
  };
}

/** esbuild plugin for the same imports, for the TypeScript scripts run under Node (scripts/lib/run-ts.mjs). */
export function watEsbuild() {
  return {
    name: 'depthwise-lab:wat',
    setup(build) {
      build.onLoad({ filter: WAT }, async (args) => ({ contents: watModuleSource(await compileWat(args.path)), loader: 'js' }));
    },
  };
}
