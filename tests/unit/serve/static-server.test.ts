/**
 * The site's server against what a hostile or careless client sends: every malformed request gets
 * a 4xx and the server keeps serving; real requests get compressed bodies, validators and 304s, and
 * the isolation headers on every answer.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ISOLATION_HEADERS, serveStatic } from '../../../scripts/lib/static-server.mjs';

const PAGE = '<!doctype html><title>Lesson</title>' + '<p>depthwise then pointwise</p>'.repeat(200);
let root: string;
let server: Server;
let port: number;

/** Sends `head` verbatim over TCP (no client-side normalization) and returns the status code. */
function raw(head: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(head));
    let text = '';
    socket.on('data', (chunk) => { text += chunk.toString('latin1'); });
    socket.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0)));
    socket.on('error', reject);
  });
}

const get = (target: string, method = 'GET') => raw(`${method} ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
const url = (path: string) => `http://127.0.0.1:${port}${path}`;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'depthwise-serve-'));
  mkdirSync(join(root, 'depthwise'));
  mkdirSync(join(root, '_astro'));
  writeFileSync(join(root, 'depthwise', 'index.html'), PAGE);
  writeFileSync(join(root, 'depthwise', 'index.html.br'), brotliCompressSync(PAGE));
  writeFileSync(join(root, 'depthwise', 'index.html.gz'), gzipSync(PAGE));
  writeFileSync(join(root, '_astro', 'app.abc123.js'), 'export const x = 1;');
  writeFileSync(join(root, '404.html'), '<!doctype html><title>Page not found</title>');
  writeFileSync(join(root, '.build-stamp'), 'secret');
  server = await serveStatic({ root, port: 0 });
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

describe('hostile requests', () => {
  const refused: Array<[string, string, string?]> = [
    ['double slash (new URL would throw)', '//'],
    ['double slash with a host-like path', '//evil.example/x'],
    ['truncated percent-encoding', '/%E0%A4%A'],
    ['invalid percent-encoding', '/%zz'],
    ['plain traversal', '/../../etc/passwd'],
    ['encoded dots', '/%2e%2e/%2e%2e/etc/passwd'],
    ['encoded slash', '/..%2f..%2fetc%2fpasswd'],
    ['double-encoded traversal', '/%252e%252e%252fetc%252fpasswd'],
    ['backslash traversal', '/..\\..\\etc\\passwd'],
    ['encoded backslash', '/..%5c..%5cetc%5cpasswd'],
    ['overlong UTF-8 dot', '/%c0%ae%c0%ae/etc/passwd'],
    ['NUL byte', '/depthwise/index.html%00.js'],
    ['hidden build stamp', '/.build-stamp'],
    ['an 8 KB path', `/${'a'.repeat(8 * 1024)}`],
    ['asterisk target', '*'],
    ['absolute-form target', 'http://localhost/../etc/passwd'],
  ];
  for (const [name, target] of refused) {
    it(`${name} gets a 4xx and the server keeps serving`, async () => {
      const status = await get(target);
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
      expect(await get('/depthwise/')).toBe(200);
    });
  }
  for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', 'PATCH', 'PROPFIND', 'BREW']) {
    it(`${method} gets a 4xx and the server keeps serving`, async () => {
      const status = await get('/depthwise/', method);
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
      expect(await get('/depthwise/')).toBe(200);
    });
  }
  it('a request line that is not HTTP gets 400 and the server keeps serving', async () => {
    expect(await raw('\x16\x03\x01 garbage\r\n\r\n')).toBe(400);
    expect(await get('/depthwise/')).toBe(200);
  });
});

describe('serving', () => {
  it('sends the brotli copy to a browser that accepts it, with the isolation headers', async () => {
    const response = await fetch(url('/depthwise/'), { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toBe(PAGE);
    for (const [name, value] of Object.entries(ISOLATION_HEADERS)) expect(response.headers.get(name)).toBe(value);
  });
  it('sends gzip to a client that accepts only gzip, and the original to one that accepts neither', async () => {
    const gzipped = await fetch(url('/depthwise/'), { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    const plainPage = await fetch(url('/depthwise/'), { headers: { 'Accept-Encoding': 'identity' } });
    expect(plainPage.headers.get('content-encoding')).toBeNull();
    expect(await plainPage.text()).toBe(PAGE);
  });
  it('answers a matching If-None-Match with 304, isolation headers included', async () => {
    const first = await fetch(url('/depthwise/'), { headers: { 'Accept-Encoding': 'br' } });
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const second = await fetch(url('/depthwise/'), { headers: { 'Accept-Encoding': 'br', 'If-None-Match': etag! } });
    expect(second.status).toBe(304);
    for (const [name, value] of Object.entries(ISOLATION_HEADERS)) expect(second.headers.get(name)).toBe(value);
  });
  it('lets browsers keep hashed /_astro/ files for a year', async () => {
    const response = await fetch(url('/_astro/app.abc123.js'));
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-type')).toMatch(/javascript/);
  });
  it('redirects a directory without its trailing slash, keeping the query', async () => {
    const response = await fetch(url('/depthwise?cell=a'), { redirect: 'manual' });
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toBe('/depthwise/?cell=a');
  });
  it('answers an unknown path with the 404 page and status 404', async () => {
    const response = await fetch(url('/no-such-lesson/'));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Page not found');
    expect(response.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
  });
  it('answers HEAD like GET without a body', async () => {
    const response = await fetch(url('/depthwise/'), { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });
});
