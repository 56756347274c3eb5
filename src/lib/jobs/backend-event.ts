/**
 * The one schema of a TF.js backend name and of the `backend` event that the notebook and training
 * jobs emit once TF.js is ready: the backend in use (maybe a fallback from the one asked for) and why.
 */
import * as z from 'zod/mini';
import { BACKEND_NAMES, type BackendName } from '../backends';

/** A TF.js backend name, one of {@link BACKEND_NAMES}. */
export const BackendNameSchema = z.enum(BACKEND_NAMES as [BackendName, ...BackendName[]]);

/** The GPU a GPU backend runs on, and whether it is a software adapter (src/lib/gpu.ts). */
export const GpuDeviceSchema = z.object({ name: z.string(), software: z.boolean() });

/**
 * Event `backend`: TF.js runs on `backend` (a fallback from `requested` when they differ, for `fallbackReason`),
 * wasm with `threads` or not, webgl and webgpu on `gpu` (absent or null when the browser names none).
 */
export const BackendEventSchema = z.object({
  backend: BackendNameSchema,
  requested: BackendNameSchema,
  threads: z.boolean(),
  fallbackReason: z.optional(z.string()),
  gpu: z.optional(z.nullable(GpuDeviceSchema)),
});

/** The `backend` event. */
export type BackendEvent = z.infer<typeof BackendEventSchema>;
