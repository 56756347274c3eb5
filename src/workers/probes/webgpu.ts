// The GPU's roof through WebGPU: a buffer-to-buffer copy and a multiply-add compute shader, each pass
// timed from submit to the queue's completion (`onSubmittedWorkDone`), each result read back once and
// checked. Runs on its own device, apart from TF.js's, so nothing TF.js queued is timed with it.
import { calibrateReps, computeFlop, median, probeResult, regionMs, streamBytes, type MachineProbeResult } from '../../lib/lab';

/** Floats per copied buffer: 16 Mi (64 MiB), inside WebGPU's default 256 MiB buffer limit. */
const COPY_FLOATS = 16 * 1024 * 1024;
/** Independent vec4 chains per invocation and invocations per dispatch (64 per workgroup). */
const GPU_CHAINS = 8;
const WORKGROUPS = 1024;
const INVOCATIONS = WORKGROUPS * 64;
const M = 0.999;
const C = 0.001;

const SHADER = /* wgsl */ `
struct Params { steps: u32, m: f32, c: f32 }
@group(0) @binding(0) var<storage, read_write> sums: array<f32>;
@group(0) @binding(1) var<uniform> params: Params;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) id: vec3u) {
  let start = f32(id.x % 16u + 1u) / 16.0;
  let m = vec4f(params.m);
  let c = vec4f(params.c);
  var x0 = vec4f(start); var x1 = x0 + 0.01; var x2 = x0 + 0.02; var x3 = x0 + 0.03;
  var x4 = x0 + 0.04; var x5 = x0 + 0.05; var x6 = x0 + 0.06; var x7 = x0 + 0.07;
  for (var step = 0u; step < params.steps; step++) {
    x0 = fma(x0, m, c); x1 = fma(x1, m, c); x2 = fma(x2, m, c); x3 = fma(x3, m, c);
    x4 = fma(x4, m, c); x5 = fma(x5, m, c); x6 = fma(x6, m, c); x7 = fma(x7, m, c);
  }
  let total = x0 + x1 + x2 + x3 + x4 + x5 + x6 + x7;
  sums[id.x] = total.x + total.y + total.z + total.w;
}`;

/** What invocation `index` of the shader writes, in float64: the check allows float32 rounding over `steps`. */
function shaderReference(index: number, steps: number): number {
  const start = Math.fround(((index % 16) + 1) / 16);
  let sum = 0;
  for (let chain = 0; chain < GPU_CHAINS; chain += 1) {
    let x = start + chain / 100;
    for (let step = 0; step < steps; step += 1) x = x * M + C;
    sum += 4 * x;
  }
  return sum;
}

async function readBack(device: GPUDevice, source: GPUBuffer, bytes: number): Promise<Float32Array> {
  const staging = device.createBuffer({ size: bytes, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST });
  const encoder = device.createCommandEncoder();
  encoder.copyBufferToBuffer(source, 0, staging, 0, bytes);
  device.queue.submit([encoder.finish()]);
  await staging.mapAsync(GPUMapMode.READ);
  const values = new Float32Array(staging.getMappedRange().slice(0));
  staging.destroy();
  return values;
}

/** Times `submit` (one command buffer per call) to the queue's completion, in ms. */
async function timeSubmit(device: GPUDevice, now: () => number, encode: (encoder: GPUCommandEncoder) => void): Promise<number> {
  const encoder = device.createCommandEncoder();
  encode(encoder);
  const commands = encoder.finish();
  const start = now();
  device.queue.submit([commands]);
  await device.queue.onSubmittedWorkDone();
  return now() - start;
}

/**
 * Copies or steps per submit so that each lasts `targetMs` and at least 20 times the submit's own round trip
 * (measured with 0 copies or steps), which is then taken off each trial: a software adapter's round trip is milliseconds.
 */
async function calibrateSubmit(region: (count: number) => Promise<number>, options: Required<GpuProbeOptions> & { maxReps: number }): Promise<number> {
  const trips: number[] = [];
  for (let trip = 0; trip < 5; trip += 1) trips.push(await region(0));
  const fixedMs = median(trips);
  const targetMs = regionMs({ minRegionMs: options.targetMs, timerStepMs: 0, fixedMs });
  return calibrateReps(region, { targetMs, fixedMs, maxReps: options.maxReps });
}

async function copyProbe(device: GPUDevice, options: Required<GpuProbeOptions>): Promise<MachineProbeResult> {
  const bytes = COPY_FLOATS * 4;
  const source = device.createBuffer({ size: bytes, usage: GPUBufferUsage.COPY_SRC | GPUBufferUsage.STORAGE, mappedAtCreation: true });
  const pattern = new Float32Array(source.getMappedRange());
  for (let index = 0; index < COPY_FLOATS; index += 1) pattern[index] = index % 1000;
  source.unmap();
  const target = device.createBuffer({ size: bytes, usage: GPUBufferUsage.COPY_DST | GPUBufferUsage.COPY_SRC });
  try {
    const region = (copies: number) => timeSubmit(device, options.now, (encoder) => {
      for (let copy = 0; copy < copies; copy += 1) encoder.copyBufferToBuffer(source, 0, target, 0, bytes);
    });
    const copies = await calibrateSubmit(region, { ...options, maxReps: 256 });
    const passesMs: number[] = [];
    for (let pass = 0; pass < options.passes; pass += 1) passesMs.push(await region(copies));
    const copied = await readBack(device, target, bytes);
    for (const index of [0, 999, COPY_FLOATS >> 1, COPY_FLOATS - 1]) {
      if (copied[index] !== index % 1000) throw new Error(`invalid probe: webgpu-copy wrote ${copied[index]} at ${index}, expected ${index % 1000}`);
    }
    return probeResult({ probe: 'webgpu-copy', threads: 0, size: bytes, amount: copies * streamBytes('webgpu-copy', COPY_FLOATS), passesMs });
  } finally {
    source.destroy();
    target.destroy();
  }
}

async function maddProbe(device: GPUDevice, options: Required<GpuProbeOptions>): Promise<MachineProbeResult> {
  const module = device.createShaderModule({ code: SHADER });
  const pipeline = await device.createComputePipelineAsync({ layout: 'auto', compute: { module, entryPoint: 'main' } });
  const sums = device.createBuffer({ size: INVOCATIONS * 4, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC });
  const params = device.createBuffer({ size: 16, usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST });
  const bindGroup = device.createBindGroup({ layout: pipeline.getBindGroupLayout(0), entries: [{ binding: 0, resource: { buffer: sums } }, { binding: 1, resource: { buffer: params } }] });
  try {
    const region = (steps: number) => {
      const values = new ArrayBuffer(16);
      new Uint32Array(values, 0, 1)[0] = steps;
      new Float32Array(values, 4, 2).set([M, C]);
      device.queue.writeBuffer(params, 0, values);
      return timeSubmit(device, options.now, (encoder) => {
        const pass = encoder.beginComputePass();
        pass.setPipeline(pipeline);
        pass.setBindGroup(0, bindGroup);
        pass.dispatchWorkgroups(WORKGROUPS);
        pass.end();
      });
    };
    const steps = await calibrateSubmit(region, { ...options, maxReps: 1 << 20 });
    const passesMs: number[] = [];
    for (let pass = 0; pass < options.passes; pass += 1) passesMs.push(await region(steps));
    const written = await readBack(device, sums, INVOCATIONS * 4);
    for (const index of [0, 7, INVOCATIONS - 1]) {
      const want = shaderReference(index, steps);
      if (!(Math.abs((written[index] as number) - want) <= 1e-3 * want)) throw new Error(`invalid probe: webgpu-madd wrote ${written[index]} at ${index}, expected ${want}`);
    }
    const flop = computeFlop({ chains: GPU_CHAINS, steps, invocations: INVOCATIONS });
    return probeResult({ probe: 'webgpu-madd', threads: 0, size: flop, amount: flop, passesMs });
  } finally {
    sums.destroy();
    params.destroy();
  }
}

/** Options for {@link measureGpu}. */
export interface GpuProbeOptions {
  /** Ms each timed submit should last; default 20 (well inside a GPU watchdog's limit). */
  targetMs?: number;
  /** Timed submits per probe; default 7. */
  passes?: number;
  now?: () => number;
}

/** The GPU's copy bandwidth (GB/s) and multiply-add rate (GFLOP/s) on its own WebGPU device; empty when no adapter is offered. */
export async function measureGpu(gpu: GPU, options: GpuProbeOptions = {}): Promise<MachineProbeResult[]> {
  const settings = { targetMs: 20, passes: 7, now: () => performance.now(), ...options };
  const adapter = await gpu.requestAdapter();
  if (!adapter) return [];
  const device = await adapter.requestDevice();
  try {
    return [await copyProbe(device, settings), await maddProbe(device, settings)];
  } finally {
    device.destroy();
  }
}
