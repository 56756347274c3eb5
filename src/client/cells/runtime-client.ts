/**
 * The page's handle on the cell worker: starts it on first use, sends run requests, and on Stop
 * replaces it at once (terminate, forget, start fresh on the next run), so the page never waits
 * for a busy thread. Messages from a replaced worker are dropped by generation.
 */
import { parseWorkerMessage, type RunRequest, type WorkerMessage } from '../../lib/notebook/protocol';

/** Receives every valid message of the current worker. */
export type MessageListener = (message: WorkerMessage) => void;

/** One worker at a time for the page's cells. */
export class RuntimeClient {
  private worker: Worker | undefined;
  private generation = 0;

  constructor(private readonly onMessage: MessageListener, private readonly onCrash: (reason: string) => void) {}

  /** Whether a worker is alive (TF.js may already be loaded in it). */
  get started(): boolean {
    return this.worker !== undefined;
  }

  /** Sends a run request, starting a worker first if none is alive. */
  run(request: RunRequest): void {
    this.ensure().postMessage(request);
  }

  /** Terminates the worker immediately; the next run starts a fresh one with an empty scope. */
  restart(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.generation++;
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const generation = this.generation;
    const worker = new Worker(new URL('../../workers/cell.worker.ts', import.meta.url), { type: 'module', name: 'notebook cells' });
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      if (generation !== this.generation) return;
      const message = parseWorkerMessage(event.data);
      if (message) this.onMessage(message);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      if (generation !== this.generation) return;
      this.restart();
      this.onCrash(event.message || 'the worker could not start');
    });
    this.worker = worker;
    return worker;
  }
}
