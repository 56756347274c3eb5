/** Reader-facing sentences about starting a TF.js backend (used by the cell worker and the lab). */
export const backendStrings = {
  noWasm: 'WebAssembly is not available in this browser.',
  noWebgl: 'WebGL is not available inside a worker here (no OffscreenCanvas).',
  noWebgpu: 'WebGPU is not available in this browser.',
  initTimeout: (backend: string, ms: number) => `The ${backend} backend did not start within ${Math.round(ms / 1000)} s.`,
  initFailed: (backend: string, detail: string) => `The ${backend} backend could not start (${detail}).`,
  fellBack: (requested: string, reason: string) => `Using cpu instead of ${requested}: ${reason}`,
} as const;
