/**
 * The notebook's run scheduling as a pure reducer: one cell runs at a time, in the order queued;
 * each run has a time limit (with an allowance while TF.js loads); a failure drops the rest of the
 * queue; Stop, a watchdog or a restart replaces the worker; a run paused at a checkpoint has no
 * time limit, and gets its whole limit again when it resumes. The page applies the returned effects
 * (send a run, arm or disarm the watchdog, terminate the worker) and routes each message by
 * {@link routeMessage}, so late output of an earlier run lands in its cell only if that cell has not
 * run again since.
 */
import { nextStates, notRunAbove, type CellState } from './run-state';
import type { CellNames } from './dependencies';

/** Extra time allowed for TF.js to load before a run's own time limit starts, in ms. */
export const LOAD_ALLOWANCE_MS = 60_000;

/** The run in progress: its cell, its id, its limit in seconds, and whether its code has started. */
export interface ActiveRun {
  index: number;
  runId: number;
  limitS: number;
  codeStarted: boolean;
}

/** Everything the scheduler knows. */
export interface SchedulerState {
  /** Each cell's `data-state`, in page order. */
  states: CellState[];
  /** Cells waiting, in order, with their time limit in seconds. */
  queue: Array<{ index: number; limitS: number }>;
  active: ActiveRun | undefined;
  /** The id of each cell's latest run (0: never ran in this worker). */
  runOf: number[];
  nextRunId: number;
  /** Whether TF.js has loaded in the current worker (no load allowance then). */
  warm: boolean;
}

/** What happened. Cells are indices in page order; `runId` guards against stale timers and messages. */
export type SchedulerEvent =
  | { type: 'queue'; index: number; limitS: number }
  | { type: 'code-started'; runId: number }
  /** The run waits at a checkpoint (`paused`), or went on from one (`resumed`): the worker's confirmation, not the click. */
  | { type: 'paused'; runId: number }
  | { type: 'resumed'; runId: number }
  | { type: 'finish'; runId: number; ok: boolean }
  | { type: 'timeout'; runId: number }
  /** Stop, Restart runtime, a backend change, or a lost worker (`failActive`: the running cell failed with it). */
  | { type: 'restart'; failActive?: boolean }
  | { type: 'edit'; index: number }
  | { type: 'add-cell'; index: number };

/** What the page must do after an event. */
export type SchedulerEffect =
  | { type: 'send'; index: number; runId: number; cold: boolean }
  | { type: 'arm'; runId: number; ms: number }
  | { type: 'disarm' }
  | { type: 'terminate' }
  /** Cell `index` ran out of time (the page says so and offers a longer limit). */
  | { type: 'timed-out'; index: number; limitS: number };

/** The state of a page with `count` cells, none run. */
export function initialScheduler(count: number): SchedulerState {
  return { states: Array<CellState>(count).fill('idle'), queue: [], active: undefined, runOf: Array<number>(count).fill(0), nextRunId: 1, warm: false };
}

/** Starts the next queued cell when none is running. */
function pump(state: SchedulerState, effects: SchedulerEffect[]): SchedulerState {
  if (state.active || state.queue.length === 0) return state;
  const [next, ...queue] = state.queue;
  if (!next) return state;
  const runId = state.nextRunId;
  const active: ActiveRun = { index: next.index, runId, limitS: next.limitS, codeStarted: false };
  const runOf = state.runOf.map((each, index) => (index === next.index ? runId : each));
  effects.push({ type: 'send', index: next.index, runId, cold: !state.warm });
  effects.push({ type: 'arm', runId, ms: next.limitS * 1000 + (state.warm ? 0 : LOAD_ALLOWANCE_MS) });
  return { ...state, queue, active, runOf, nextRunId: runId + 1, states: nextStates(state.states, { type: 'start', index: next.index }) };
}

function restarted(state: SchedulerState, failed?: number): SchedulerState {
  return { ...state, queue: [], active: undefined, warm: false, runOf: state.runOf.map(() => 0), states: nextStates(state.states, { type: 'restart', ...(failed === undefined ? {} : { failed }) }) };
}

/** The state and effects after `event`; the input state is not modified. */
export function schedule(state: SchedulerState, event: SchedulerEvent): { state: SchedulerState; effects: SchedulerEffect[] } {
  const effects: SchedulerEffect[] = [];
  const active = state.active;
  const current = (runId: number) => active !== undefined && active.runId === runId;
  switch (event.type) {
    case 'queue': {
      if (active?.index === event.index || state.queue.some((each) => each.index === event.index)) break;
      const queued = { ...state, queue: [...state.queue, { index: event.index, limitS: event.limitS }], states: nextStates(state.states, { type: 'queue', index: event.index }) };
      return { state: pump(queued, effects), effects };
    }
    case 'code-started': {
      if (!active || !current(event.runId) || active.codeStarted) break;
      effects.push({ type: 'arm', runId: event.runId, ms: active.limitS * 1000 });
      return { state: { ...state, warm: true, active: { ...active, codeStarted: true } }, effects };
    }
    case 'paused':
      if (!active || !current(event.runId)) break;
      effects.push({ type: 'disarm' });
      return { state, effects };
    case 'resumed':
      if (!active || !current(event.runId)) break;
      effects.push({ type: 'arm', runId: event.runId, ms: active.limitS * 1000 });
      return { state, effects };
    case 'finish': {
      if (!active || !current(event.runId)) break;
      effects.push({ type: 'disarm' });
      let next: SchedulerState = { ...state, active: undefined, states: nextStates(state.states, { type: 'finish', index: active.index, ok: event.ok }) };
      if (!event.ok) next = { ...next, queue: [], states: next.states.map((each, index) => (each === 'queued' && index !== active.index ? 'idle' : each)) };
      return { state: pump(next, effects), effects };
    }
    case 'timeout': {
      if (!active || !current(event.runId)) break;
      effects.push({ type: 'terminate' }, { type: 'timed-out', index: active.index, limitS: active.limitS });
      return { state: restarted(state, active.index), effects };
    }
    case 'restart':
      effects.push({ type: 'disarm' }, { type: 'terminate' });
      return { state: restarted(state, event.failActive ? active?.index : undefined), effects };
    case 'edit':
      return { state: { ...state, states: nextStates(state.states, { type: 'edit', index: event.index }) }, effects };
    case 'add-cell':
      return { state: insertCell(state, event.index), effects };
  }
  return { state, effects };
}

function insertCell(state: SchedulerState, at: number): SchedulerState {
  const shift = (index: number) => (index >= at ? index + 1 : index);
  return {
    ...state,
    states: [...state.states.slice(0, at), 'idle', ...state.states.slice(at)],
    runOf: [...state.runOf.slice(0, at), 0, ...state.runOf.slice(at)],
    queue: state.queue.map((each) => ({ ...each, index: shift(each.index) })),
    active: state.active ? { ...state.active, index: shift(state.active.index) } : undefined,
  };
}

/** Which cell a message of run `runId` belongs to: the active run's cell, a finished run's cell (`late`), or none. */
export function routeMessage(state: SchedulerState, runId: number): { index: number; late: boolean } | undefined {
  if (state.active?.runId === runId) return { index: state.active.index, late: false };
  const index = runId > 0 ? state.runOf.indexOf(runId) : -1;
  return index === -1 ? undefined : { index, late: true };
}

/** Whether anything runs or waits (Stop applies). */
export function isScheduling(state: SchedulerState): boolean {
  return state.active !== undefined || state.queue.length > 0;
}

/**
 * The earlier cells cell `index` needs before it runs, with the names it reads from them: cells
 * that declare a name it reads and have neither completed in this runtime nor been queued. `names`
 * holds each cell's shared names in page order; a cell that does not parse (undefined) declares nothing.
 */
export function unmetDependencies(state: SchedulerState, index: number, names: ReadonlyArray<CellNames | undefined>): { cells: number[]; names: string[] } {
  const reads = new Set(names[index]?.reads ?? []);
  const waiting = new Set([...state.queue.map((each) => each.index), ...(state.active ? [state.active.index] : [])]);
  const cells = notRunAbove(state.states, index).filter((above) => !waiting.has(above) && names[above]?.declares.some((name) => reads.has(name)));
  const needed = new Set(cells.flatMap((above) => names[above]?.declares.filter((name) => reads.has(name)) ?? []));
  return { cells, names: [...needed] };
}
