/**
 * The service worker: precaches the site's shell at install (every page, CSS, the pages' own JS,
 * fonts, photos, the search index — the list Workbox's injectManifest writes into this file at
 * build time) and caches TF.js chunks and wasm binaries the first time they are used, so a class
 * keeps working when the Wi-Fi drops. Responses are cached with their headers, so COOP/COEP
 * (cross-origin isolation) hold offline too. A new version waits until the page asks it to take
 * over (the reader's Reload), never replacing a page mid-run.
 */
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkOnly, StaleWhileRevalidate } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { RUNTIME_CACHE } from '../lib/offline/cache-names';

/** The parts of the service worker scope used here (the DOM lib types `self` as a Window). */
interface ServiceWorkerScope {
  __WB_MANIFEST: Array<PrecacheEntry | string>;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  addEventListener(type: 'activate', listener: (event: Event & { waitUntil(promise: Promise<unknown>): void }) => void): void;
}

const scope = self as unknown as ServiceWorkerScope;

// Share links carry the cell and its code in the query: any query still finds the precached page.
// Written as `self.__WB_MANIFEST` so injectManifest finds the spot after minification.
precacheAndRoute((self as unknown as ServiceWorkerScope).__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });
cleanupOutdatedCaches();
// The first install takes the open pages at once, so TF.js they fetch next is cached; updates wait.
scope.addEventListener('activate', (event) => event.waitUntil(scope.clients.claim()));

// Hashed build files left out of the precache (TF.js chunks, wasm): their URL changes with their
// content, so the cached copy is always right. The limit only bounds what old versions leave behind.
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_astro/') && /\.(js|wasm)$/.test(url.pathname),
  new CacheFirst({ cacheName: RUNTIME_CACHE, plugins: [new ExpirationPlugin({ maxEntries: 80, purgeOnQuotaError: true })] }),
);

// Data outside `_astro/` (the packed digits, the shipped models' weights) keeps its name across builds:
// served from the cache at once, and refreshed behind it so a new build's data is used next time.
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname.endsWith('.bin') && !url.pathname.startsWith('/_astro/'),
  new StaleWhileRevalidate({ cacheName: RUNTIME_CACHE }),
);

// Any other address a reader opens goes through the worker too (to the network), so that when the
// network fails the catch handler below can answer; unrouted, it would get the browser's own error page.
registerRoute(({ request }) => request.mode === 'navigate', new NetworkOnly());

// Offline, an address that was never built gets the site's own not-found page, with the status a server would send.
setCatchHandler(async ({ request }) => {
  const notFound = request.mode === 'navigate' ? await matchPrecache('/404.html') : undefined;
  if (!notFound) return Response.error();
  return new Response(notFound.body, { status: 404, statusText: 'Not Found', headers: notFound.headers });
});

scope.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown } | null;
  if (data?.type === 'SKIP_WAITING') void scope.skipWaiting();
});
