// Files a long training script rewrites as it goes, written so that an interruption never leaves half a
// file: each write goes to a temporary file first and is then renamed over the old one.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { TrainCheckpointSchema, type TrainCheckpoint } from '../../src/lib/train/checkpoint';

/** Writes `text` to `path` atomically (temporary file, then rename). */
export function writeAtomically(path: string, text: string): void {
  writeFileSync(`${path}.partial`, text);
  renameSync(`${path}.partial`, path);
}

/** The checkpoint of the run in progress, stored beside a script's output with the run's identity (any JSON). */
const StoredCheckpointSchema = z.object({ run: z.unknown(), state: TrainCheckpointSchema });

/** The stored checkpoint at `path` if it belongs to run `key` (compared as JSON), else undefined. */
export function readCheckpoint(path: string, key: unknown): TrainCheckpoint | undefined {
  if (!existsSync(path)) return undefined;
  const stored = StoredCheckpointSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  return JSON.stringify(stored.run) === JSON.stringify(key) ? stored.state : undefined;
}

/** Stores run `key`'s checkpoint at `path`. */
export function writeCheckpoint(path: string, key: unknown, state: TrainCheckpoint): void {
  writeAtomically(path, JSON.stringify({ run: key, state }));
}

/** Removes a stored checkpoint once its run has finished. */
export function dropCheckpoint(path: string): void {
  rmSync(path, { force: true });
}
