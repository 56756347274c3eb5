/** Flags that keep headless Chromium quiet and working in containers and on closed networks. */
export declare const CHROMIUM_ARGS: string[];
/** Flags that give headless Chromium a WebGPU adapter (SwiftShader's where there is no GPU); only the WebGPU e2e project and WebGPU benchmarks add them. */
export declare const WEBGPU_ARGS: string[];
/** Absolute path of the Chromium to launch, or undefined to let Playwright use its own download. */
export declare function findChromium(): string | undefined;
