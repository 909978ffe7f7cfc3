/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Makes every screen and the built-in dataset work offline after one visit: installs a cache
 * of the build, the static files and the prerendered pages and serves those from it. Every other
 * request, such as a ?data= file on another server, goes to the network untouched and is never
 * stored.
 */
import { build, files, prerendered, version } from '$service-worker';

const worker = self as unknown as ServiceWorkerGlobalScope;

/** One cache per deployment, so a new version never mixes with an old one. */
const CACHE = `chronotext-${version}`;

const PRECACHED = [...new Set([...build, ...files, ...prerendered])];
const precached = new Set(PRECACHED);

worker.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHED)));
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key)))
			)
	);
});

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== worker.location.origin || !precached.has(url.pathname)) return;
	// A page's query (?event=, ?from= …) is read by the app, so /?event=x is the cached "/".
	event.respondWith(
		caches.match(url.pathname, { cacheName: CACHE }).then((hit) => hit ?? fetch(request))
	);
});
