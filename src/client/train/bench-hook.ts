/**
 * For `npm run bench:train` only (imported by the fixture page tests/fixtures/pages/train-bench.astro):
 * `window.benchTrain(backend, batches)` trains each network for a few batches in the real training
 * worker and resolves with every batch's ms, so the benchmark times exactly what /train/ runs.
 */
import type { BackendName } from '../../lib/backends';
import type { BackendEvent, BatchEvent } from '../../lib/train/protocol';
import { networkCostOf } from '../../lib/train/networks';
import { TrainSession } from './session';

/** What one benchmark run returns: the backend really used and each batch's ms per network. */
export interface BenchTrainResult {
  backend: BackendEvent | undefined;
  batchMs: Record<string, number[]>;
  status: string;
  /** Multiply-adds per image of each network (src/lib/cost). */
  multiplyAdds: Record<string, number>;
}

/** Installs `window.benchTrain` for the benchmark page. */
export function installBenchHook(assets: { pack: string; models: { standard: string; separable: string } }): void {
  (window as unknown as { benchTrain: (backend: BackendName, batches: number) => Promise<BenchTrainResult> }).benchTrain = (backend, batches) => new Promise((resolve) => {
    const session = new TrainSession(assets, () => {});
    const multiplyAdds = { standard: networkCostOf('standard').multiplyAdds, separable: networkCostOf('separable').multiplyAdds };
    const result: BenchTrainResult = { backend: undefined, batchMs: { standard: [], separable: [] }, status: '', multiplyAdds };
    const config = { trainCount: 64 * batches, validationCount: 64, testCount: 64, epochs: 1, batchSize: 64, learningRate: 0.003, learningRateDecay: 1, seed: 1 };
    session.train({ backend, config, networks: ['standard', 'separable'] }, {
      backend: (event) => { result.backend = event; },
      download: () => {},
      batch: (event: BatchEvent) => { result.batchMs[event.network]?.push(event.batchMs); },
      epoch: () => {},
      network: () => {},
      paused: () => {},
      end: (end) => {
        result.status = end.status;
        session.terminate('benchmark done');
        resolve(result);
      },
    });
  });
}
