// The TF.js flags that change how fast a backend is, recorded with every run.
import type { Tf } from '../tf-backend';
import type { LabBackend } from '../../lib/lab';

const FLAGS: Record<LabBackend, string[]> = {
  cpu: [],
  wasm: ['WASM_HAS_SIMD_SUPPORT', 'WASM_HAS_MULTITHREAD_SUPPORT'],
  webgl: ['WEBGL_VERSION', 'WEBGL_RENDER_FLOAT32_ENABLED', 'WEBGL_PACK', 'WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_RELIABLE', 'WEBGL_MAX_TEXTURE_SIZE'],
  webgpu: ['WEBGPU_USE_GLSL', 'WEBGPU_CPU_FORWARD'],
};

/** Whether `tf.time()` gives a real kernel time on the active backend (GPU backends need timer queries). */
export function kernelTimeMeasurable(tf: Tf, backend: LabBackend): boolean {
  if (backend === 'cpu' || backend === 'wasm') return true;
  if (backend === 'webgl') return tf.env().getNumber('WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_RELIABLE') > 0;
  const active = tf.backend() as { supportTimestampQuery?: boolean };
  return active.supportTimestampQuery === true;
}

/** Speed-relevant flags of the active backend, plus wasm's thread count and webgpu's adapter. */
export async function backendFlags(tf: Tf, backend: LabBackend, threads: boolean): Promise<Record<string, string | number | boolean>> {
  const flags: Record<string, string | number | boolean> = {};
  for (const name of FLAGS[backend]) {
    try {
      const value = await tf.env().getAsync(name);
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') flags[name] = value;
    } catch {
      // A flag this TF.js build does not register is simply not recorded.
    }
  }
  if (backend === 'wasm') flags.threads = threads;
  flags.kernelTimeMeasurable = kernelTimeMeasurable(tf, backend);
  if (backend === 'webgpu') {
    const info = (tf.backend() as { adapterInfo?: { vendor?: string; architecture?: string } }).adapterInfo;
    if (info?.vendor) flags.adapter = `${info.vendor} ${info.architecture ?? ''}`.trim();
  }
  return flags;
}
