/** Reader-facing sentences about starting a TF.js backend (used by the cell worker and the lab). */
import { formatBytes, plural } from './units';
export const backendStrings = {
  noWasm: 'WebAssembly is not available in this browser.',
  noWebgl: 'WebGL is not available inside a worker here (no OffscreenCanvas).',
  noWebgpu: 'WebGPU is not available in this browser.',
  noWebgpuAdapter: 'This browser has WebGPU but no GPU adapter to run it on.',
  initTimeout: (backend: string, ms: number) => `The ${backend} backend did not start within ${Math.round(ms / 1000)} s.`,
  initFailed: (backend: string, detail: string) => `The ${backend} backend could not start (${detail}).`,
  setBackendRefused: 'setBackend returned false',
  fellBack: (requested: string, reason: string, used = 'cpu') => `Using ${used} instead of ${requested}: ${reason}`,
  /** What a software GPU adapter (SwiftShader and the like) is, as a clause: its name and why its times mean little. */
  softwareGpu: (name: string) => `a software adapter (${name}): the CPU emulates the GPU here, so its times say nothing about a real GPU`,
  /** A sentence to append where a backend is shown, when its GPU is a software one; empty otherwise. */
  gpuNote: (gpu: { name: string; software: boolean } | null | undefined) => (gpu?.software ? ` It runs on ${backendStrings.softwareGpu(gpu.name)}.` : ''),
} as const;

const seconds = (ms: number) => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`);
const tensors = { one: '# tensor', other: '# tensors' };

/** UI strings of the notebook cells and their page toolbar. */
export const cellStrings = {
  run: 'Run',
  stop: 'Stop',
  pause: 'Pause',
  resume: 'Resume',
  reset: 'Reset',
  copyLink: 'Copy link',
  runAll: 'Run all',
  runAllAbove: 'Run all above',
  restart: 'Restart runtime',
  resetAll: 'Reset all edits',
  toolbarLabel: 'Notebook',
  backendLabel: 'Backend',
  backendNames: { wasm: 'WebAssembly (wasm)', cpu: 'Plain JavaScript (cpu)', webgl: 'WebGL', webgpu: 'WebGPU' } as Record<string, string>,
  backendUnavailable: (name: string) => `${name} (not available here)`,
  backendInUse: (backend: string, threads: boolean) => `Running on ${backend}${backend === 'wasm' ? (threads ? ', multi-threaded' : ', single thread') : ''}.`,
  backendNotStarted: 'TF.js loads on the first Run.',
  keysHelp: 'Shift+Enter or Ctrl+Enter runs a cell; press Esc twice (or Ctrl+.) to stop it.',
  defaultTitle: (id: string) => `Code cell “${id}”`,
  outputLabel: (title: string) => `Output of ${title}`,
  codeLabel: (title: string) => `Code of ${title} (click or press Enter to edit)`,
  editorLabel: (title: string) => `Code editor for ${title}`,
  status: {
    idle: 'Not run yet',
    queued: 'Queued',
    running: (ms: number) => `Running… ${seconds(ms)}`,
    loading: 'Loading TF.js…',
    done: (ms: number, backend: string) => `Done in ${seconds(ms)} on ${backend}`,
    error: 'Error',
    stale: 'Stale: the code above changed or the runtime restarted; run again',
    pausing: 'Pausing at the next checkpoint…',
    paused: 'Paused (at a checkpoint; everything it built is kept)',
  },
  memory: (delta: { tensorsDelta: number; bytesDelta: number; tensors: number; bytes: number }) =>
    `Memory: ${delta.tensorsDelta >= 0 ? '+' : ''}${plural(delta.tensorsDelta, tensors)} (${delta.bytesDelta >= 0 ? '+' : ''}${formatBytes(delta.bytesDelta)}); ${plural(delta.tensors, tensors)} in use (${formatBytes(delta.bytes)}).`,
  leak: (count: number) =>
    `Leak warning: this run left ${plural(count, tensors)} in memory that no variable holds. Wrap the work in tf.tidy(() => …) or call .dispose() on tensors you no longer need; Restart runtime frees everything.`,
  /** A tf.tidy that returned plain data (src/lib/notebook/tidy-advice.ts): what it returned, the time its search took, and the fix. */
  tidyData: (advice: { line?: number; inCell?: string; calls: number; values: number; container: string; searchMs: number }) => {
    const where = advice.line ? ` on ${advice.inCell ? `cell “${advice.inCell}”, ` : ''}line ${advice.line}` : '';
    const what = advice.container === 'array' ? 'an array' : advice.container === 'object' ? 'an object' : `a ${advice.container}`;
    const calls = advice.calls > 1 ? `, ${advice.calls} times,` : '';
    return `Slow tf.tidy${where}: it returned ${what} holding ${advice.values.toLocaleString('en')} values${calls} and then spent ${seconds(advice.searchMs)}${advice.calls > 1 ? ' in all' : ''} looking through every one of them for tensors to keep. Return the tensor from the tidy and read it afterwards — const y = tf.tidy(() => …); const values = y.dataSync(); y.dispose(); — the same values, without the search.`;
  },
  errorTitle: (name: string, line?: number, column?: number, inCell?: string) =>
    `${name}${line ? ` on ${inCell ? `cell “${inCell}”, ` : ''}line ${line}${column ? `, column ${column}` : ''}` : ''}`,
  hint: (text: string) => `Hint: ${text}`,
  tfjsFailed: (detail: string) => `TF.js could not start: ${detail}`,
  /** The title of a cell error whose code threw something that is not an Error (its kind is 'thrown'). */
  thrownValue: 'Thrown value',
  /** Hints for a fetch that failed (src/lib/notebook/hints.ts): one naming the other site the policy refused, one for an address the code computes. */
  fetchHints: {
    foreign: (origin: string) => `This site keeps everything on its own origin: its Content Security Policy refuses a cell's requests to other sites (here ${origin}) before they leave the browser, so a notebook cannot send what it holds anywhere else. Cells can fetch the site's own files.`,
    failed: 'Cells can fetch only the site’s own files (its Content Security Policy refuses requests to other sites, to keep everything on its own origin), and only while the site can be reached.',
  },
  cancelled: (ms: number) => `Cancelled at a checkpoint after ${seconds(ms)}; the runtime and every variable it holds are kept.`,
  stopped: (ms: number) => `Stopped after ${seconds(ms)}. The runtime was restarted, so variables from earlier cells are gone: use Run all above to restore them.`,
  timeout: (limitS: number) => `Stopped: this cell ran longer than its time limit of ${limitS} s, so the runtime was restarted. If it really needs more time, run it with a longer limit.`,
  runLonger: (limitS: number) => `Run with a ${limitS} s limit`,
  /** The runtime was replaced because its worker ended or stopped answering; `reason` says why. */
  restarted: (reason: string) => `The runtime was restarted: ${reason}. Every cell's results are gone; run the cells above again.`,
  progress: (value: number, max: number) => `${value.toLocaleString('en')} of ${max.toLocaleString('en')}`,
  runOutputTruncated: (limits: { lines: number; bytes: number }) => `… output truncated: a run may print at most ${limits.lines.toLocaleString('en')} lines or ${limits.bytes.toLocaleString('en')} characters`,
  /** Earlier cells that declare `names` this cell reads have not run (src/lib/notebook/scheduler.ts, unmetDependencies). */
  notRunAbove: (count: number, names: readonly string[]) => {
    const shown = names.length > 4 ? [...names.slice(0, 3), `${names.length - 3} more`] : names;
    const list = shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : (shown[0] ?? '');
    return plural(count, {
      one: `An earlier cell defines ${list}, which this cell reads, but has not run in this runtime.`,
      other: `# earlier cells define ${list}, which this cell reads, but have not run in this runtime.`,
    });
  },
  authorChanged: 'The author has updated this cell since you edited it. Your version is kept.',
  showChanges: 'Show changes',
  hideChanges: 'Hide changes',
  useAuthor: 'Use the author’s version',
  useSaved: 'Use your saved version',
  diffLabel: 'Changes from the author’s new version (−) to your version (+)',
  shared: 'This code came from a shared link and has not been run. Read it before you run it.',
  sharedInvalid: (reason: string) => `The shared link could not be opened (${reason}); the cell shows its usual code.`,
  storageFull: 'storage is full',
  storageUnavailable: 'storage is not available in this browser',
  storageFailed: (reason: string) => `Your edits cannot be saved in this browser (${reason}). Editing still works, but copy your code before leaving the page.`,
  linkCopied: 'Link copied: it opens this cell with your code (it will not run by itself).',
  linkManual: 'Copy this link:',
  linkFailed: (reason: string) => `Could not make a link: ${reason}`,
  edited: 'Edited',
  outputTruncated: (count: number) => `… ${count} more rows not shown`,
  renderFailed: (kind: string, reason: string) => `Could not display this ${kind}: ${reason}`,
  unknownKind: (kind: string) => `This output (${kind}) has no renderer on this page.`,
  dataTable: 'Data table',
  editorLoadFailed: (reason: string) => `The editor could not load (${reason}); the code is shown as text.`,
} as const;
