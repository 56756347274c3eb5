// The job table: every worker's group loads, and every job in it is data the page and the worker can check.
import { describe, expect, it } from 'vitest';
import { JOB_TABLE, type WorkerName } from '../../../src/lib/jobs/table';

const isSchema = (value: unknown) => typeof (value as { safeParse?: unknown } | undefined)?.safeParse === 'function';

describe('the job table', () => {
  it('names each worker and the jobs the site runs in it', async () => {
    const jobs = Object.fromEntries(await Promise.all((Object.keys(JOB_TABLE) as WorkerName[]).map(async (worker) => [worker, Object.keys(await JOB_TABLE[worker]())])));
    expect(jobs).toEqual({
      notebook: ['cell', 'warm', 'forget-cell', 'check'],
      train: ['train', 'predict', 'test-digit', 'inspect', 'check-shipped', 'profile'],
      lab: ['lab-run'],
      probes: ['machine-probes'],
      fixtures: ['stream'],
    });
  });

  it('gives every job an input, a result and a failure schema, and a schema per event', async () => {
    for (const worker of Object.keys(JOB_TABLE) as WorkerName[]) {
      for (const [name, spec] of Object.entries(await JOB_TABLE[worker]())) {
        const schemas = [spec.input, spec.result, spec.failure, ...Object.values(spec.events)];
        expect(schemas.every(isSchema), `${worker}/${name}`).toBe(true);
      }
    }
  });

  it('checks what crosses: the cell job refuses a backend the site does not know, the train job an unknown event shape', async () => {
    const notebook = await JOB_TABLE.notebook();
    expect(notebook.cell.input.safeParse({ cellId: 'a', code: '1', backend: 'wasm', threads: false }).success).toBe(true);
    expect(notebook.cell.input.safeParse({ cellId: 'a', code: '1', backend: 'tpu', threads: false }).success).toBe(false);
    const train = await JOB_TABLE.train();
    expect(train.train.events.network.safeParse({ network: 'standard' }).success).toBe(false);
    expect(train.profile.input.safeParse({ backend: 'wasm', assets: { pack: '/p', models: { standard: '/s', separable: '/t' } }, networks: [], batchSize: 64, warmupBatches: 2, profiledSteps: 3 }).success).toBe(false);
    const probes = await JOB_TABLE.probes();
    expect(probes['machine-probes'].events.result.safeParse({ probe: 'wasm-copy', threads: 1, size: 64, passes: 10, best: 12, median: 10, unit: 'GB/s' }).success).toBe(true);
    expect(probes['machine-probes'].events.result.safeParse({ probe: 'avx512-fma', threads: 1, size: 64, passes: 10, best: 12, median: 10, unit: 'GFLOP/s' }).success).toBe(false);
  });
});
