/**
 * The GPU a GPU backend runs on, read in a worker: the WebGL renderer string (unmasked where the
 * browser allows) or the WebGPU adapter's own description, each named as src/lib/gpu.ts names it,
 * so a software adapter (SwiftShader) is never reported as the reader's graphics card.
 */
import { webglDevice, webgpuDevice, type AdapterInfoLike, type GpuDevice } from '../lib/gpu';
import type { BackendName } from '../lib/backends';

/** The WebGL renderer string of a throw-away context (lost again at once), or null without WebGL in this scope. */
export function webglRendererHere(): string | null {
  try {
    if (typeof OffscreenCanvas !== 'function') return null;
    const canvas = new OffscreenCanvas(1, 1);
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
    if (!gl) return null;
    const debug = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(debug ? debug.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return name;
  } catch {
    return null;
  }
}

/** The adapter this scope's WebGPU offers by default (the one TF.js's webgpu backend asks for), or null. */
export async function webgpuAdapterInfo(): Promise<AdapterInfoLike | null> {
  const gpu = (globalThis as { navigator?: { gpu?: GPU } }).navigator?.gpu;
  const adapter = await gpu?.requestAdapter().catch(() => null);
  if (!adapter) return null;
  // Chromium 114+ has `adapter.info` (with isFallbackAdapter from 133); older ones only requestAdapterInfo().
  const legacy = adapter as GPUAdapter & { requestAdapterInfo?: () => Promise<AdapterInfoLike> };
  const info: AdapterInfoLike = 'info' in adapter ? adapter.info : (await legacy.requestAdapterInfo?.()) ?? {};
  return { vendor: info.vendor, architecture: info.architecture, device: info.device, description: info.description, isFallbackAdapter: info.isFallbackAdapter ?? (adapter as { isFallbackAdapter?: boolean }).isFallbackAdapter };
}

/** The GPU `backend` runs on here: null for cpu and wasm, or when the browser names none. */
export async function gpuDeviceOf(backend: BackendName): Promise<GpuDevice | null> {
  if (backend === 'webgl') {
    const renderer = webglRendererHere();
    return renderer === null ? null : webglDevice(renderer);
  }
  if (backend !== 'webgpu') return null;
  const info = await webgpuAdapterInfo();
  return info ? webgpuDevice(info) : null;
}
