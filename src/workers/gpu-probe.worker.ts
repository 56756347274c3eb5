/**
 * Reads this browser's WebGL renderer string off the main thread and posts it back once (`string`,
 * or `null` without WebGL): creating a WebGL context is the lab page's longest start-up task, and
 * in a worker it no longer blocks the reader's first scroll or tap.
 */

/** The parts of the dedicated worker scope used here (the DOM lib types `self` as a Window). */
interface WorkerScope {
  postMessage(message: unknown): void;
  close(): void;
}

function renderer(): string | null {
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

const scope = self as unknown as WorkerScope;
scope.postMessage(renderer());
scope.close();
