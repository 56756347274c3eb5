/**
 * The training worker of /train/: trains the standard and separable nets on the digit pack,
 * classifies drawn digits, and shows kernels and feature maps, as jobs of the one job protocol
 * (TRAIN_JOBS; src/workers/train/jobs.ts). TF.js loads on the first job; the page terminates this worker when the reader leaves.
 */
import { TRAIN_JOBS } from '../lib/train/protocol';
import { startJobHost } from './runtime/job-host';
import { trainJobs } from './train/jobs';

startJobHost(TRAIN_JOBS, trainJobs);
