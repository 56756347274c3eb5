/**
 * Direct access to the wasm backend's heap, for gradient kernels written as plain loops: a kernel
 * allocates its outputs first (allocation may grow the heap, which detaches every older view) and
 * only then takes float32 views of its inputs and outputs. Only the public methods of TF.js 4.22's
 * `BackendWasm` are used (`makeOutput`, `typedArrayFromHeap`), so no private field is read.
 */
import type * as TfCore from '@tensorflow/tfjs-core';

type TensorInfo = TfCore.TensorInfo;

/** The two public methods of the wasm backend a heap kernel needs. */
export interface HeapBackend {
  makeOutput(shape: number[], dtype: 'float32'): TensorInfo;
  typedArrayFromHeap(info: TensorInfo): TfCore.backend_util.TypedArray;
}

/** The kernel's backend as a {@link HeapBackend}; throws, naming the kernel, on any other backend. */
export function heapBackend(kernel: string, backend: unknown): HeapBackend {
  const candidate = backend as Partial<HeapBackend> | null;
  if (typeof candidate?.makeOutput !== 'function' || typeof candidate.typedArrayFromHeap !== 'function') {
    throw new Error(`Error in ${kernel}: this kernel runs on the wasm backend only`);
  }
  return candidate as HeapBackend;
}

/** A float32 view of a tensor's values on the heap, valid until the next allocation. */
export function heapFloats(kernel: string, backend: HeapBackend, info: TensorInfo): Float32Array {
  if (info.dtype !== 'float32') throw new Error(`Error in ${kernel}: tensors must be float32, but got ${info.dtype}`);
  return backend.typedArrayFromHeap(info) as Float32Array;
}
