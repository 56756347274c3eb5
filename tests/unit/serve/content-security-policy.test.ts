/**
 * The site's Content Security Policy (scripts/lib/csp.mjs) as the server sends it and the build
 * writes it for static hosts and nginx: every answer carries a policy, pages allow exactly their
 * inline scripts' hashes, each worker script carries its own policy, and only the cell worker may
 * compile code from strings.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../../scripts/lib/static-server.mjs';
import { ASTRO_CSP, headersFileRules, nginxConfig, sitePolicies, TEXT_POLICY, WORKER_FILES } from '../../../scripts/lib/csp.mjs';

const HASH_A = 'sha256-mhTnETfSb0hd9frHTNZaggKGUfKI20Lvy1eAaHsyItQ=';
const HASH_B = 'sha256-8oZR+Hn2xNVJ5Ell5TiZLd9i3HWaTCB22ShaiNiK8iM=';
const page = (hashes: string[]) =>
  `<!doctype html><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${hashes.map((hash) => `'${hash}'`).join(' ')}; style-src 'self' 'unsafe-inline' ;"><title>Lesson</title>`;

const WORKERS = {
  cell: '/_astro/cell.worker-BiqJlwfq.js',
  lab: '/_astro/lab.worker-Cb7ABF53.js',
  train: '/_astro/train.worker-DrdDjlTW.js',
  probe: '/_astro/gpu-probe.worker-CLGpcKHN.js',
  search: '/pagefind/pagefind-worker.js',
  service: '/sw.js',
};

let root: string;
let server: Server;
let port: number;
const url = (path: string) => `http://127.0.0.1:${port}${path}`;
const policyOf = async (path: string, init?: RequestInit) => (await fetch(url(path), init)).headers.get('content-security-policy');

/** The directives of a policy header, by name. */
function directives(policy: string | null): Map<string, string[]> {
  return new Map((policy ?? '').split(';').map((part) => part.trim().split(/\s+/)).filter(([name]) => name).map(([name, ...sources]) => [name!, sources]));
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'depthwise-csp-'));
  for (const dir of ['depthwise', '_astro', 'pagefind']) mkdirSync(join(root, dir));
  writeFileSync(join(root, 'index.html'), page([HASH_A]));
  writeFileSync(join(root, 'depthwise', 'index.html'), page([HASH_A, HASH_B]));
  writeFileSync(join(root, '404.html'), page([HASH_A]));
  writeFileSync(join(root, '_astro', 'site.Dx1.css'), 'body { margin: 0 }');
  for (const path of Object.values(WORKERS)) writeFileSync(join(root, path), 'self.onmessage = () => {};');
  server = await serveStatic({ root, port: 0 });
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

describe('the server', () => {
  it('sends a page the pages’ policy, allowing the inline-script hashes of every built page and nothing looser', async () => {
    const policy = directives(await policyOf('/depthwise/'));
    expect(policy.get('script-src')).toEqual(["'self'", `'${HASH_A}'`, `'${HASH_B}'`]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'self'"]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
  });
  it('sends the same policy with a 304, an unknown path’s 404 page and a stylesheet', async () => {
    const first = await fetch(url('/depthwise/'));
    const expected = first.headers.get('content-security-policy');
    const revalidated = await fetch(url('/depthwise/'), { headers: { 'If-None-Match': first.headers.get('etag')! } });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get('content-security-policy')).toBe(expected);
    const missing = await fetch(url('/no-such-lesson/'));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(expected);
    expect(await policyOf('/_astro/site.Dx1.css')).toBe(expected);
  });
  it('refuses a hostile request with a policy that allows nothing', async () => {
    const refused = await fetch(url('/%zz'));
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-security-policy')).toBe(TEXT_POLICY);
    expect(directives(TEXT_POLICY).get('default-src')).toEqual(["'none'"]);
  });
  it('gives only the cell worker eval (reader code) and TF.js workers wasm and blob: threads', async () => {
    const cell = directives(await policyOf(WORKERS.cell));
    expect(cell.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", 'blob:', "'unsafe-eval'"]);
    expect(cell.get('worker-src')).toEqual(["'self'", 'blob:']);
    for (const path of [WORKERS.lab, WORKERS.train]) {
      expect(directives(await policyOf(path)).get('script-src'), path).toEqual(["'self'", "'wasm-unsafe-eval'", 'blob:']);
    }
    expect(directives(await policyOf(WORKERS.search)).get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    for (const path of [WORKERS.probe, WORKERS.service]) expect(directives(await policyOf(path)).get('script-src'), path).toEqual(["'self'"]);
  });
  it('keeps every worker’s requests on the site and its frames to the site', async () => {
    for (const path of Object.values(WORKERS)) {
      const policy = directives(await policyOf(path));
      expect(policy.get('connect-src'), path).toEqual(["'self'"]);
      expect(policy.get('default-src'), path).toEqual(["'self'"]);
      expect(policy.get('frame-ancestors'), path).toEqual(["'self'"]);
    }
  });
});

describe('the policies', () => {
  it('no page policy allows inline code or eval beyond the hashes', () => {
    const pagePolicy = directives(sitePolicies(root).page);
    const scriptSources = pagePolicy.get('script-src') ?? [];
    for (const loose of ["'unsafe-inline'", "'unsafe-eval'", "'wasm-unsafe-eval'", 'blob:', 'data:', '*']) expect(scriptSources).not.toContain(loose);
  });
  it('only the cell worker has eval', () => {
    const { named } = sitePolicies(root);
    const withEval = Object.entries(named).filter(([, policy]) => policy.includes("'unsafe-eval'")).map(([name]) => name);
    expect(withEval).toEqual(['cells']);
  });
  it('Astro’s <meta> carries no directive a <meta> policy ignores', () => {
    expect(ASTRO_CSP.directives.filter((directive) => /^(frame-ancestors|report-uri|sandbox)\b/.test(directive))).toEqual([]);
  });
  it('every worker the site builds (src/workers/*.worker.ts) has a policy of its own', () => {
    const workers = readdirSync(join(import.meta.dirname, '../../../src/workers')).filter((name) => name.endsWith('.worker.ts'));
    expect(workers.length).toBeGreaterThan(2);
    for (const name of workers) {
      const built = `/_astro/${name.replace(/\.ts$/, '')}-Ab_c-12.js`;
      expect(WORKER_FILES.some(({ pattern }) => pattern.test(built)), built).toBe(true);
    }
  });
});

describe('the files the build writes', () => {
  it('_headers gives each document (at its route and its file) and each worker its policy, with no overlapping /* rule', () => {
    const rules = headersFileRules(root);
    const { page, forPath } = sitePolicies(root);
    const blocks = new Map(rules.trim().split(/\n\n/).map((block) => {
      const [path, header] = block.split('\n');
      return [path!, header!.replace(/^ {2}Content-Security-Policy: /, '')];
    }));
    expect([...blocks.keys()].sort()).toEqual(['/', '/404.html', '/depthwise/', '/depthwise/index.html', '/index.html', ...Object.values(WORKERS)].sort());
    for (const [path, policy] of blocks) expect(policy, path).toBe(forPath(path));
    expect(blocks.get('/depthwise/')).toBe(page);
  });
  it('the nginx map sends the pages’ policy by default and each worker’s by its path', () => {
    const config = nginxConfig(root);
    const { page, named } = sitePolicies(root);
    expect(config).toContain(`default "${page}";`);
    expect(config).toContain(`~^\\/_astro\\/cell\\.worker-[\\w-]+\\.js$ "${named.cells}";`);
    expect(config).toMatch(/add_header Content-Security-Policy \$depthwise_csp always;/);
  });
});
