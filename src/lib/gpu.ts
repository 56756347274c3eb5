/**
 * Which GPU a GPU backend (webgl, webgpu) runs on, and whether it is a real one: a software
 * rasterizer such as SwiftShader runs "GPU" code on the CPU, so its timings say nothing about the
 * reader's graphics hardware. The browser's facts are passed in (a WebGPU adapter's `info`, a WebGL
 * renderer string), so this stays pure.
 */

/** The GPU a backend ran on: a display name and whether it is a software adapter (a CPU emulating a GPU). */
export interface GpuDevice {
  name: string;
  software: boolean;
}

/** What a WebGPU adapter says about itself (`GPUAdapter.info`; Chromium 156 has `isFallbackAdapter` there, not on the adapter). */
export interface AdapterInfoLike {
  vendor?: string;
  architecture?: string;
  device?: string;
  description?: string;
  isFallbackAdapter?: boolean;
}

/** Names of GPU drivers that run on the CPU: SwiftShader (Chromium's), Mesa's llvmpipe, softpipe and lavapipe, Windows' WARP. */
const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|lavapipe|microsoft basic render|\bwarp\b/i;

/** Whether a renderer or adapter description names a software rasterizer. */
export function isSoftwareRenderer(text: string): boolean {
  return SOFTWARE_RENDERERS.test(text);
}

/** A WebGPU adapter as a {@link GpuDevice}: its vendor, architecture, device and description joined; software when the adapter is a fallback or names a software driver. */
export function webgpuDevice(info: AdapterInfoLike): GpuDevice {
  const parts = [info.vendor, info.architecture, info.device, info.description].map((part) => part?.trim() ?? '').filter((part) => part !== '');
  const name = [...new Set(parts)].join(' ') || 'unnamed adapter';
  return { name, software: info.isFallbackAdapter === true || isSoftwareRenderer(name) };
}

/** A WebGL renderer string (unmasked where the browser allows) as a {@link GpuDevice}. */
export function webglDevice(renderer: string): GpuDevice {
  return { name: renderer, software: isSoftwareRenderer(renderer) };
}
