/**
 * Reads this browser's WebGL renderer string off the main thread and posts it back once (`string`,
 * or `null` without WebGL): creating a WebGL context is the lab page's longest start-up task, and
 * in a worker it no longer blocks the reader's first scroll or tap.
 */
import { webglRendererHere } from './gpu-device';

/** The parts of the dedicated worker scope used here (the DOM lib types `self` as a Window). */
interface WorkerScope {
  postMessage(message: unknown): void;
  close(): void;
}

const scope = self as unknown as WorkerScope;
scope.postMessage(webglRendererHere());
scope.close();
