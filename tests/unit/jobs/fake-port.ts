/**
 * A MessageChannel, a dedicated-worker scope and a Worker made of plain objects, for testing the
 * job host and client in Node: messages are structured-cloned (so what cannot cross a real port
 * fails here too) and delivered in a later task, in order, as a real port delivers them.
 */

type Listener = (event: { data: unknown; ports: FakePort[] }) => void;

/** One end of a {@link fakeChannel}. */
export class FakePort {
  other: FakePort | undefined;
  onmessage: Listener | null = null;
  closed = false;
  /** Every message posted through this end, as sent (before cloning). */
  readonly sent: unknown[] = [];

  postMessage(data: unknown, transfer: unknown[] = []): void {
    if (this.closed) return;
    const copy = structuredClone(data);
    this.sent.push(data);
    const ports = transfer.filter((item): item is FakePort => item instanceof FakePort);
    const target = this.other;
    setTimeout(() => {
      if (!target || target.closed || this.closed) return;
      target.onmessage?.({ data: copy, ports });
    }, 0);
  }

  start(): void {}

  close(): void {
    this.closed = true;
  }
}

/** Two entangled fake ports. */
export class FakeChannel {
  readonly port1 = new FakePort();
  readonly port2 = new FakePort();

  constructor() {
    this.port1.other = this.port2;
    this.port2.other = this.port1;
  }
}

/** Waits for every message in flight (and the microtasks they start) to be delivered. */
export async function settle(rounds = 8): Promise<void> {
  for (let round = 0; round < rounds; round++) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Waits, a task at a time, until `predicate` holds (the first dynamic import of a job group takes a while); false if it never does. */
export async function until(predicate: () => boolean, tasks = 2000): Promise<boolean> {
  for (let task = 0; task < tasks && !predicate(); task++) await new Promise((resolve) => setTimeout(resolve, 1));
  return predicate();
}

/** The parts of a dedicated worker's `self` the job host touches; `connect` hands it the page's port. */
export class FakeWorkerScope {
  private readonly listeners: Array<(event: { data: unknown; ports: FakePort[] }) => void> = [];
  closedByCode = false;

  addEventListener(type: string, listener: (event: { data: unknown; ports: FakePort[] }) => void): void {
    if (type === 'message') this.listeners.push(listener);
  }

  close(): void {
    this.closedByCode = true;
  }

  postMessage(): void {}

  /** Delivers the page's first message: the private port and this worker's generation. */
  connect(port: FakePort, generation: number): void {
    for (const listener of this.listeners) listener({ data: { type: 'connect', generation }, ports: [port] });
  }
}

/** A page-side Worker double: records what the page posts, hands over the port, and can crash or be terminated. */
export class FakeWorker {
  /** The worker end of the page's private channel, once `connect` arrived. */
  port: FakePort | undefined;
  generation = -1;
  terminated = false;
  private readonly errorListeners: Array<(event: { message: string; preventDefault(): void }) => void> = [];

  postMessage(message: { type: string; generation: number }, transfer: unknown[] = []): void {
    if (message.type !== 'connect') return;
    this.generation = message.generation;
    this.port = transfer.find((item): item is FakePort => item instanceof FakePort);
  }

  addEventListener(type: string, listener: (event: { message: string; preventDefault(): void }) => void): void {
    if (type === 'error') this.errorListeners.push(listener);
  }

  terminate(): void {
    this.terminated = true;
    this.port?.close();
  }

  /** The worker crashes (an uncaught error at its top level, or it failed to load). */
  crash(message: string): void {
    for (const listener of this.errorListeners) listener({ message, preventDefault: () => undefined });
  }

  /** Sends a worker message on the private port, stamped with this worker's generation unless given. */
  send(message: Record<string, unknown>): void {
    this.port?.postMessage({ generation: this.generation, ...message });
  }

  /** Messages the page sent on the private port (start, pause, resume, cancel, ping). */
  received(): Array<Record<string, unknown>> {
    return (this.port?.other?.sent ?? []) as Array<Record<string, unknown>>;
  }
}
