// `npm run check:notebooks`: builds the site if needed, then runs every lesson notebook it wrote (dist/notebooks/)
// top to bottom in a Python virtual environment (.cache/notebooks-venv) with the pinned packages of
// scripts/notebooks/requirements.txt, installed from the package index pip is configured with. Fails on any error.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIfNeeded, DIST, ROOT } from './lib/build.mjs';
import { runTypeScript } from './lib/run-ts.mjs';

const VENV = join(ROOT, '.cache', 'notebooks-venv');
const REQUIREMENTS = join(ROOT, 'scripts', 'notebooks', 'requirements.txt');
const STAMP = join(VENV, '.requirements-sha256');
const PYTHON = process.env.PYTHON ?? 'python3';
const venvPython = join(VENV, 'bin', 'python');

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
  if (result.error) throw new Error(`${command} could not start: ${result.error.message}`);
  return result.status ?? 1;
}

function capture(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8' });
  return result.status === 0 ? result.stdout : '';
}

/** Creates (or re-creates, when the pins changed) the virtual environment and installs the pinned packages into it. */
async function ensureVenv(pipIndexArgs) {
  const wanted = createHash('sha256').update(readFileSync(REQUIREMENTS)).digest('hex');
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === wanted && existsSync(venvPython)) return;
  rmSync(VENV, { recursive: true, force: true });
  if (run(PYTHON, ['-m', 'venv', VENV]) !== 0) throw new Error(`"${PYTHON} -m venv" failed: a Python 3.11 with venv is needed (PYTHON=… picks another).`);
  // The index comes from pip's own configuration (pip config list), never from this script.
  const index = pipIndexArgs(capture(venvPython, ['-m', 'pip', 'config', 'list']));
  console.log(index.indexes.length > 0 ? `pip index (from pip config): ${index.indexes.join(', ')}` : 'pip index: pip\'s default (none configured)');
  const status = run(venvPython, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--no-input', ...index.args, '-r', REQUIREMENTS]);
  if (status !== 0) throw new Error('pip could not install scripts/notebooks/requirements.txt (see above).');
  writeFileSync(STAMP, `${wanted}\n`);
}

async function main() {
  const started = Date.now();
  buildIfNeeded();
  const folder = join(DIST, 'notebooks');
  const notebooks = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.ipynb')).sort() : [];
  if (notebooks.length === 0) throw new Error(`no notebooks in ${folder}: the build should write one per lesson.`);
  const { pipIndexArgs } = await runTypeScript('src/lib/notebooks/pip-index.ts');
  await ensureVenv(pipIndexArgs);
  const status = run(venvPython, [join(ROOT, 'scripts', 'notebooks', 'execute.py'), ...notebooks.map((name) => join(folder, name))],
    { env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '2', PYTHONUNBUFFERED: '1' } });
  console.log(`check:notebooks: ${notebooks.length} notebooks, ${((Date.now() - started) / 1000).toFixed(0)} s in all`);
  process.exit(status);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
