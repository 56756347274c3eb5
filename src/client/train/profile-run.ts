/**
 * One profile of /train/'s networks, for <dw-train-profile>: starts the training worker's `profile` job
 * (TRAIN_JOBS in the job table) in a worker of its own — so a training run on the page is never paused
 * or disturbed by it — and shows each network's profile the moment it arrives, then the reading. Loaded
 * on the section's button.
 */
import type { BackendName } from '../../lib/backends';
import { JOB_TABLE, type JobTable } from '../../lib/jobs/table';
import { trainProfileStrings as strings } from '../../lib/strings/train-profile';
import { trainStrings } from '../../lib/strings/train';
import { backendStrings } from '../../lib/strings/cells';
import { profileSettings } from '../../lib/train/config';
import { NETWORK_IDS } from '../../lib/train/networks';
import type { NetworkProfile, TrainAssets } from '../../lib/train/protocol';
import { JobWorker } from '../jobs/job-worker';
import { renderNetworkProfile, renderReading } from './profile-view';

/** A running profile: `ended` settles once it is over (done, failed or stopped); `stop()` ends it at once, keeping what was shown. */
export interface ProfileRun {
  ended: Promise<void>;
  stop(reason: string): void;
}

/** Starts profiling every network on `backend` and shows the results inside `root` (the element's server-rendered parts). */
export function startProfile(root: HTMLElement, options: { backend: BackendName; assets: TrainAssets }): ProfileRun {
  const find = (name: string) => root.querySelector<HTMLElement>(`[data-profile-${name}]`)!;
  const status = find('status');
  const networks = find('networks');
  const reading = find('reading');
  networks.replaceChildren();
  reading.hidden = true;
  find('backend-status').textContent = '';
  const settings = profileSettings(options.backend);
  const profiles: NetworkProfile[] = [];
  let backendUsed: string = options.backend;
  const working = () => {
    const next = NETWORK_IDS[profiles.length];
    if (next) status.textContent = strings.working(trainStrings.networkNames[next] ?? next);
  };
  const worker: JobWorker<JobTable['train']> = new JobWorker({
    create: () => new Worker(new URL('../../workers/train.worker.ts', import.meta.url), { type: 'module', name: 'training profile' }),
    jobs: JOB_TABLE.train,
  });
  working();
  const job = worker.start('profile', { backend: options.backend, assets: options.assets, networks: [...NETWORK_IDS], ...settings }, {
    events: {
      backend: (event) => {
        backendUsed = event.backend;
        find('backend-status').textContent = `${strings.backendInUse(event.backend, event.requested, event.fallbackReason)}${backendStrings.gpuNote(event.gpu)}`;
      },
      download: (event) => { status.textContent = strings.downloading(event.loaded, event.total); },
      'network-profile': (profile) => {
        profiles.push(profile);
        void renderNetworkProfile(networks, profile, { backend: backendUsed, batchSize: settings.batchSize });
        working();
      },
    },
  });
  let stopReason: string | undefined;
  const ended = job.ended.then(async (end) => {
    worker.terminate(strings.over);
    if (end.status === 'done') status.textContent = strings.done(backendUsed);
    else if (end.status === 'error') status.textContent = strings.failed(end.error.message);
    else status.textContent = stopReason ?? strings.stopped;
    if (profiles.length > 0) await renderReading(reading, profiles);
  });
  return {
    ended,
    stop: (reason) => {
      stopReason = reason;
      worker.terminate(reason);
    },
  };
}
