/**
 * The instrumentation behind a step profile: while installed, it knows which phase of a training
 * step runs (forward, backward, update, other) and which model layer, and tags every kernel TF.js's
 * profiler records with them and with its nesting depth. How each is known:
 * - forward: each layer's `call` is wrapped, so kernels run inside it belong to it (others: the loss);
 * - backward: every tape node created during the forward pass remembers its layer, and its gradient
 *   function, when the engine calls it, makes that layer current until the next node's — so the
 *   engine's own gradient accumulation after a node is charged to that node's layer too;
 * - update: the optimizer's `applyGradients` is wrapped; the forward pass ends when the loss function
 *   handed to `minimize` returns.
 * It relies on tfjs-core 4.22's Engine internals, checked when installed: the private
 * `addTapeNode(kernelName, inputs, outputs, gradientsFunc, saved, attrs)`, which appends to
 * `state.activeTape`; `state.kernelDepth` (the depth of the kernel whose record is being pushed);
 * and `state.activeProfile.kernels`, the array `tf.profile` pushes one record to per kernel.
 */
import type * as TfCore from '@tensorflow/tfjs-core';
import type * as TfLayers from '@tensorflow/tfjs-layers';
import type { StepPhase } from '../../lib/train/step-profile';

/** What the probe adds to each kernel record: nesting depth, phase and layer index (null outside every layer). */
export interface KernelTag { depth: number; phase: StepPhase; layer: number | null }

interface TapeNode { gradient?: (dys: TfCore.Tensor[]) => unknown }
interface EngineInternals {
  state: { activeTape: TapeNode[] | null; kernelDepth: number; activeProfile: { kernels: unknown[] } };
  addTapeNode: (...args: unknown[]) => void;
}

/** The engine's internals the probe needs; throws, naming what is missing, on another TF.js version. */
function engineInternals(tf: typeof TfCore): EngineInternals {
  const engine = tf.engine() as unknown as Partial<EngineInternals>;
  const missing = [
    typeof engine.addTapeNode !== 'function' && 'addTapeNode',
    typeof engine.state?.kernelDepth !== 'number' && 'state.kernelDepth',
    typeof engine.state?.activeProfile !== 'object' && 'state.activeProfile',
  ].filter(Boolean);
  if (missing.length > 0) throw new Error(`Error in the step profiler: tfjs-core ${tf.version_core} lacks ${missing.join(', ')} (written for 4.22)`);
  return engine as EngineInternals;
}

/** Replaces one property of an object and returns the function that puts the original back. */
function override<T extends object, K extends keyof T>(target: T, key: K, replacement: T[K]): () => void {
  const own = Object.prototype.hasOwnProperty.call(target, key);
  const original = target[key];
  target[key] = replacement;
  return () => { if (own) target[key] = original; else delete target[key]; };
}

/** Tags kernels with phase and layer while installed on a model; `uninstall()` removes every hook. */
export class StepProbe {
  private phase: StepPhase = 'other';
  private readonly forwardLayers: number[] = [];
  private backwardLayer: number | null = null;
  private phaseStarted = 0;
  private readonly restores: (() => void)[] = [];
  private readonly engine: EngineInternals;
  /** Wall time per phase since {@link start}, in ms. */
  readonly phaseMs: Record<StepPhase, number> = { forward: 0, backward: 0, update: 0, other: 0 };
  /** One tag per kernel record pushed since {@link tagKernels}, in push order. */
  readonly tags: KernelTag[] = [];

  constructor(tf: typeof TfCore, model: TfLayers.LayersModel, private readonly now: () => number) {
    this.engine = engineInternals(tf);
    const optimizer = model.optimizer as TfCore.Optimizer | undefined;
    if (!optimizer) throw new Error('Error in the step profiler: compile the model first (it has no optimizer)');
    this.hookLayers(model);
    this.hookTape();
    this.hookOptimizer(optimizer);
  }

  /** The layer current now: the innermost forward call, or the layer of the gradient being computed. */
  private currentLayer(): number | null {
    if (this.phase === 'forward') return this.forwardLayers.at(-1) ?? null;
    return this.phase === 'backward' ? this.backwardLayer : null;
  }

  private enter(phase: StepPhase): void {
    const time = this.now();
    this.phaseMs[this.phase] += time - this.phaseStarted;
    this.phaseStarted = time;
    this.phase = phase;
    this.backwardLayer = null;
  }

  private hookLayers(model: TfLayers.LayersModel): void {
    model.layers.forEach((layer, index) => {
      const call = layer.call;
      this.restores.push(override(layer, 'call', ((...args: Parameters<typeof call>) => {
        this.forwardLayers.push(index);
        try { return call.apply(layer, args); } finally { this.forwardLayers.pop(); }
      }) as typeof call));
    });
  }

  private hookTape(): void {
    const { engine } = this;
    const addTapeNode = engine.addTapeNode;
    this.restores.push(override(engine, 'addTapeNode', (...args: unknown[]) => {
      addTapeNode.apply(engine, args);
      const node = engine.state.activeTape?.at(-1);
      const gradient = node?.gradient;
      if (!node || !gradient) return;
      const layer = this.currentLayer();
      node.gradient = (dys) => { this.backwardLayer = layer; return gradient(dys); };
    }));
  }

  private hookOptimizer(optimizer: TfCore.Optimizer): void {
    const { minimize, applyGradients } = optimizer;
    this.restores.push(override(optimizer, 'minimize', ((f, returnCost, varList) => minimize.call(optimizer, () => {
      this.enter('forward');
      const loss = f();
      this.enter('backward');
      return loss;
    }, returnCost, varList)) as typeof minimize));
    this.restores.push(override(optimizer, 'applyGradients', ((gradients) => {
      this.enter('update');
      try { applyGradients.call(optimizer, gradients); } finally { this.enter('other'); }
    }) as typeof applyGradients));
  }

  /** Starts the phase clock (in 'other'). */
  start(): void {
    this.phaseStarted = this.now();
    this.phase = 'other';
  }

  /** Stops the phase clock, charging the time since the last change to the current phase. */
  stop(): void {
    this.enter('other');
  }

  /** Tags each record `tf.profile` pushes from now on (call inside the profiled function, before the step). */
  tagKernels(): void {
    const kernels = this.engine.state.activeProfile.kernels;
    const push = kernels.push;
    this.restores.push(override(kernels, 'push', (...records: unknown[]) => {
      for (let index = 0; index < records.length; index += 1) {
        this.tags.push({ depth: this.engine.state.kernelDepth, phase: this.phase, layer: this.currentLayer() });
      }
      return push.apply(kernels, records);
    }));
  }

  /** Removes every hook, newest first. */
  uninstall(): void {
    for (const restore of this.restores.splice(0).reverse()) restore();
  }
}
