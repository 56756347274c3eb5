/**
 * A lab run as the page drives it (src/client/lab/session.ts), over fake workers: the machine's probes first (the
 * `machine-probes` job, when asked for), then the `lab-run` job's events; Cancel has one meaning — the workers are
 * terminated at once and every result already reported stays in the run; a worker that dies fails the run,
 * keeping what it measured.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LabSession } from '../../../src/client/lab/session';
import { planRun, PRESETS, type LabRun } from '../../../src/lib/lab';
import { FakeChannel, FakeWorker, settle, until } from '../jobs/fake-port';
import { MACHINE_PROBES, makeRun } from './make-run';

let workers: FakeWorker[];

beforeEach(() => {
  workers = [];
  vi.stubGlobal('MessageChannel', FakeChannel);
  // `new Worker(url)` in the session gets a fake (a constructor may return another object).
  vi.stubGlobal('Worker', function FakeWorkerConstructor() {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  });
});

afterEach(() => vi.unstubAllGlobals());

function session(machineProbes = false) {
  const plan = planRun(PRESETS.quick, ['cpu']);
  const ended: LabRun[] = [];
  let changes = 0;
  const meta = { machine: 'Test laptop', environment: makeRun().environment, backends: [{ name: 'cpu' as const, available: true, flags: {}, gpu: null, loopOverhead: null }], machineProbes };
  const lab = new LabSession(plan, meta, { onChange: () => changes++, onEnd: (run) => ended.push(structuredClone(run)) });
  lab.start();
  return { lab, plan, ended, changes: () => changes };
}

const measured = makeRun({ backends: ['cpu'] }).results;

describe('LabSession', () => {
  it('sends the plan as the lab-run job and builds the run from its events, complete when the job is done', async () => {
    const { lab, plan, ended } = session();
    await settle();
    const worker = workers[0]!;
    const [start] = worker.received();
    expect(start).toMatchObject({ type: 'start', job: 'lab-run', input: { plan } });
    const id = start!.id;
    worker.send({ type: 'event', id, name: 'environment', data: { timerResolutionMs: 0.005, tfjsVersion: '4.22.0' } });
    worker.send({ type: 'event', id, name: 'backend-ready', data: { backend: 'cpu', flags: { kernelTimeMeasurable: true }, gpu: null } });
    worker.send({ type: 'event', id, name: 'loop-overhead', data: { backend: 'cpu', perRunMs: 0.02, perRegionMs: 0.001 } });
    worker.send({ type: 'event', id, name: 'op-result', data: { index: 0, result: measured[0] } });
    worker.send({ type: 'done', id, durationMs: 10, result: undefined });
    expect(await until(() => ended.length > 0)).toBe(true);
    expect(ended[0]).toMatchObject({ status: 'complete', results: [measured[0]], environment: { timerResolutionMs: 0.005, tfjsVersion: '4.22.0' }, machineProbes: null });
    expect(ended[0]!.backends[0]).toMatchObject({ flags: { kernelTimeMeasurable: true }, loopOverhead: { perRunMs: 0.02, perRegionMs: 0.001 } });
    expect(lab.run.status).toBe('complete');
  });

  it('Cancel terminates the worker at once and keeps every result reported so far; nothing the worker sends afterwards counts', async () => {
    const { lab, ended, changes } = session();
    await settle();
    const worker = workers[0]!;
    const id = worker.received()[0]!.id;
    worker.send({ type: 'event', id, name: 'op-result', data: { index: 0, result: measured[0] } });
    expect(await until(() => lab.run.results.length === 1)).toBe(true);
    lab.cancel();
    expect(worker.terminated).toBe(true);
    // Cancel is the hard stop, never the job's cooperative cancel: no message asks the worker to stop.
    expect(worker.received().map((message) => message.type)).toEqual(['start']);
    expect(ended).toEqual([expect.objectContaining({ status: 'cancelled', results: [measured[0]] })]);
    const seen = changes();
    worker.send({ type: 'event', id, name: 'op-result', data: { index: 1, result: measured[1] } });
    worker.send({ type: 'done', id, durationMs: 10, result: undefined });
    await settle();
    expect(lab.run.results).toEqual([measured[0]]);
    expect(changes()).toBe(seen);
    expect(ended).toHaveLength(1);
  });

  it('a worker that dies fails the run with a reason and keeps what it measured', async () => {
    const { lab, ended } = session();
    await settle();
    const worker = workers[0]!;
    const id = worker.received()[0]!.id;
    worker.send({ type: 'event', id, name: 'op-result', data: { index: 0, result: measured[0] } });
    expect(await until(() => lab.run.results.length === 1)).toBe(true);
    worker.crash('out of memory');
    expect(ended).toEqual([expect.objectContaining({ status: 'failed', error: 'The benchmark worker stopped unexpectedly.', results: [measured[0]] })]);
  });

  it('with the machine\'s probes asked for, runs them alone first, keeps each result and a failed stage as a note, then measures the ops', async () => {
    const { lab, ended } = session(true);
    await settle();
    expect(workers).toHaveLength(1);
    const probes = workers[0]!;
    const [start] = probes.received();
    expect(start).toMatchObject({ type: 'start', job: 'machine-probes', input: { threads: 2, gpu: false } });
    const id = start!.id;
    probes.send({ type: 'event', id, name: 'stage', data: { stage: 'memory' } });
    expect(await until(() => lab.run.machineProbes !== null)).toBe(true);
    probes.send({ type: 'event', id, name: 'result', data: MACHINE_PROBES[0] });
    probes.send({ type: 'event', id, name: 'stage-failed', data: { stage: 'compute-threads', message: 'no Worker here' } });
    probes.send({ type: 'done', id, durationMs: 10, result: { results: [MACHINE_PROBES[0]!] } });
    expect(await until(() => workers.length === 2)).toBe(true);
    expect(probes.terminated).toBe(true);
    expect(lab.run.machineProbes).toEqual([MACHINE_PROBES[0]]);
    expect(lab.run.notes).toEqual(['Could not measure the machine’s wasm SIMD peak, every thread at once: no Worker here']);
    const worker = workers[1]!;
    await settle();
    const labId = worker.received()[0]!.id;
    expect(worker.received()[0]).toMatchObject({ type: 'start', job: 'lab-run' });
    worker.send({ type: 'done', id: labId, durationMs: 10, result: undefined });
    expect(await until(() => ended.length > 0)).toBe(true);
    expect(ended[0]).toMatchObject({ status: 'complete', machineProbes: [MACHINE_PROBES[0]] });
  });

  it('Cancel while the machine is being probed ends the run at once: the probes\' worker is terminated and no lab worker starts', async () => {
    const { lab, ended } = session(true);
    await settle();
    const probes = workers[0]!;
    const id = probes.received()[0]!.id;
    probes.send({ type: 'event', id, name: 'result', data: MACHINE_PROBES[0] });
    expect(await until(() => (lab.run.machineProbes ?? []).length === 1)).toBe(true);
    lab.cancel();
    await settle();
    expect(probes.terminated).toBe(true);
    expect(workers).toHaveLength(1);
    expect(ended).toEqual([expect.objectContaining({ status: 'cancelled', machineProbes: [MACHINE_PROBES[0]], notes: [] })]);
  });
});
