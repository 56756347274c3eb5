// Served only by `npm run dev`: the build replaces this file with the real service worker. A
// browser that registered the published site's worker on this origin (npm start uses the same
// port) installs this one on its next update check, which unregisters itself and reloads the open
// pages, so the dev server's fresh files are never hidden behind an old precache.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    await self.registration.unregister();
    for (const key of await caches.keys()) await caches.delete(key);
    for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
  })());
});
