// `npm start`: build the site if its sources changed, then serve dist/ on http://localhost:4321
// (PORT overrides; --port N too) with cross-origin isolation headers. `--no-build` skips the build check.
import { buildIfNeeded, DIST } from './lib/build.mjs';
import { serveStatic } from './lib/static-server.mjs';

const args = process.argv.slice(2);
const portFlag = args.indexOf('--port');
const port = Number(portFlag >= 0 ? args[portFlag + 1] : (process.env.PORT ?? 4321));
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`invalid port: ${portFlag >= 0 ? args[portFlag + 1] : process.env.PORT}`);
  process.exit(2);
}
if (!args.includes('--no-build')) buildIfNeeded();

const host = process.env.HOST ?? 'localhost';
const server = await serveStatic({ root: DIST, port, host });
const { port: actual } = server.address();
console.log(`Depthwise Lab is served at http://localhost:${actual}/ (cross-origin isolated). Ctrl+C stops it.`);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
