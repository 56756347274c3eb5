// `npm run bench:train-node`: only the Node half of `npm run bench:train` (no site build, no browser):
// today's vs the new gradient kernels on wasm in Node, interleaved; `--rounds N` (default 5), `--batches N` (default 5).
import { writeResults } from './lib/browser.mjs';
import { runNodeHalf } from './lib/train-node.mjs';

const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  const value = at > 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`invalid --${name}: ${process.argv[at + 1]}`);
  return value;
};

const node = await runNodeHalf({ rounds: option('rounds', 5), batches: option('batches', 5) });
console.log(`\nWrote ${writeResults('train-node', node)}`);
