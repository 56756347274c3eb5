/** A WebAssembly text file, compiled at build time (src/integrations/wat.mjs): the module's binary. */
declare module '*.wat' {
  const bytes: Uint8Array<ArrayBuffer>;
  export default bytes;
}
