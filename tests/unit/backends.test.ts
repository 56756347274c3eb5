import { describe, expect, it } from 'vitest';
import { backendSupport, fallbackFor, isBackendName, shouldUseThreads, unavailableReason } from '../../src/lib/backends';

const everything = { webAssembly: true, offscreenCanvas: true, gpu: true };

describe('backends, defined once', () => {
  it('a backend that cannot start falls back to wasm (the faster one), and to cpu only when wasm itself failed', () => {
    expect(fallbackFor('webgpu', everything)).toBe('wasm');
    expect(fallbackFor('webgl', everything)).toBe('wasm');
    expect(fallbackFor('wasm', everything)).toBe('cpu');
    expect(fallbackFor('webgpu', { ...everything, webAssembly: false })).toBe('cpu');
    expect(fallbackFor('cpu', everything)).toBeUndefined();
  });

  it('says why a backend is unavailable, in a sentence', () => {
    expect(unavailableReason('webgpu', { ...everything, gpu: false })).toBe('WebGPU is not available in this browser.');
    expect(unavailableReason('webgl', { ...everything, offscreenCanvas: false })).toMatch(/OffscreenCanvas/);
    expect(unavailableReason('wasm', { ...everything, webAssembly: false })).toBe('WebAssembly is not available in this browser.');
    expect(unavailableReason('cpu', { webAssembly: false, offscreenCanvas: false, gpu: false })).toBeUndefined();
  });

  it('reads support from a global scope', () => {
    expect(backendSupport({ WebAssembly: {}, OffscreenCanvas: class {}, navigator: { gpu: {} } })).toEqual(everything);
    expect(backendSupport({})).toEqual({ webAssembly: false, offscreenCanvas: false, gpu: false });
  });

  it('threads only for wasm, cross-origin isolated, on 4 or more cores', () => {
    expect(shouldUseThreads('wasm', { crossOriginIsolated: true, hardwareConcurrency: 4 })).toBe(true);
    expect(shouldUseThreads('wasm', { crossOriginIsolated: true, hardwareConcurrency: 2 })).toBe(false);
    expect(shouldUseThreads('wasm', { crossOriginIsolated: false, hardwareConcurrency: 8 })).toBe(false);
    expect(shouldUseThreads('cpu', { crossOriginIsolated: true, hardwareConcurrency: 8 })).toBe(false);
  });

  it('knows its names', () => {
    expect(isBackendName('webgpu')).toBe(true);
    expect(isBackendName('cuda')).toBe(false);
  });
});
