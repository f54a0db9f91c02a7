/*
 * e. dienynas service worker: the diary's last loaded week is readable without a connection.
 * The guardian's and the student's diary pages (and the styles and scripts they use) are kept as
 * they were last loaded; when the network is down the kept copy is shown. Nothing else is kept,
 * and the copy goes when the person logs out (the login page is loaded) — a shared phone shows
 * nothing of the last reader.
 */
const CACHE = 'dienynas-diary-v1';
const DIARY = /\/diary\/(child|mine)\.xhtml$/;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (url.pathname.endsWith('/login.xhtml')) {
    event.waitUntil(caches.delete(CACHE));
    return;
  }
  const diary = DIARY.test(url.pathname);
  const resource = url.pathname.includes('/jakarta.faces.resource/');
  if (!diary && !resource) {
    return;
  }
  event.respondWith(
    fetch(request)
      .then((response) => {
        // a redirect to the login page is not the diary: keep only the page itself
        if (response.ok && !response.redirected) {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
        }
        return response;
      })
      .catch(() =>
        caches
          .match(request)
          .then((kept) => kept || (diary ? caches.match(request, { ignoreSearch: true }) : undefined))
          .then((kept) => kept || Response.error())
      )
  );
});
