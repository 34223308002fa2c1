// Service worker of the cockpit (installable PWA). Purpose: an inspector who
// opened a case while connected can open the app and its inspection form
// again on site without a connection; steps taken offline wait in
// IndexedDB (src/offline/) and are sent when the connection returns.
// - /assets/* are fingerprinted: cache first.
// - Pages: network first, else the cached app shell (index.html).
// - API: only what the inspection form needs (the session, the case list and
//   cases) is kept, network first; the app also stores the user's open cases
//   here when it starts (src/offline/case-cache.ts, same cache name), so any
//   case of "my list" opens offline. Household files with personal data are
//   never cached here.
const VERSION = 'sentinel-v1';
const SHELL = `${VERSION}-shell`;
const ASSETS = `${VERSION}-assets`;
const API = `${VERSION}-api`;
const CACHED_API = [/^\/api\/auth\/me$/, /^\/api\/cases$/, /^\/api\/cases\/[^/]+$/];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL).then((c) => c.addAll(['/', '/manifest.webmanifest', '/favicon.svg'])).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => !k.startsWith(VERSION)).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

const offlineJson = () => new Response(JSON.stringify({ code: 'OFFLINE', message: '当前离线，本机没有保存这项数据；请联网后再打开。' }), {
  status: 503, headers: { 'content-type': 'application/json; charset=utf-8' },
});

async function networkFirst(request, cacheName, fallback) {
  try {
    const response = await fetch(request);
    if (response.ok) (await caches.open(cacheName)).put(request, response.clone());
    return response;
  } catch {
    return (await caches.match(request)) ?? fallback();
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/assets/')) {
    event.respondWith(caches.match(request).then((hit) => hit ?? fetch(request).then(async (response) => {
      if (response.ok) (await caches.open(ASSETS)).put(request, response.clone());
      return response;
    })));
    return;
  }
  if (url.pathname.startsWith('/api/')) {
    if (CACHED_API.some((re) => re.test(url.pathname))) event.respondWith(networkFirst(request, API, offlineJson));
    return;
  }
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(async () => (await caches.match('/')) ?? Response.error()));
    return;
  }
  event.respondWith(caches.match(request).then((hit) => hit ?? fetch(request)));
});
