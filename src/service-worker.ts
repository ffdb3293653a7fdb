/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * The site offline: on the first visit this worker stores the whole built site (every
 * prerendered page and its data, the scripts, styles, fonts and the real tables) in a cache
 * named for this build, and from then on answers from it, so every widget opens and computes
 * with no network. A new build installs beside the old one and waits: the page offers to
 * reload (UpdateNotice), and on "Reload" it takes over and deletes the old build's cache, so
 * a page is never served half from one version and half from another.
 */
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const PREFIX = 'ml-playground-';
const CACHE = `${PREFIX}${version}`;
// _headers is for the host, not the browser
const ASSETS = [...build, ...files.filter((file) => !file.endsWith('/_headers')), ...prerendered];
const OWN = new Set(ASSETS);

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys())
				if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
			// the first visit's page is served by this worker from now on, so it keeps working offline
			await sw.clients.claim();
		})()
	);
});

// the page's "Reload" on a new version: take over now instead of when every tab has closed
sw.addEventListener('message', (event) => {
	if ((event.data as { type?: string } | null)?.type === 'skip-waiting') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin || !url.pathname.startsWith(base)) return;
	// a page with a widget's state in its query is the same prerendered page
	const path = url.pathname.length > 1 ? url.pathname.replace(/\/$/, '') : url.pathname;
	if (OWN.has(path)) {
		event.respondWith(fromCache(path, request));
		return;
	}
	event.respondWith(fromNetwork(request));
});

/** This build's copy, or the network where the cache lost it (storage cleared under us). */
async function fromCache(path: string, request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	return (await cache.match(path)) ?? fetch(request);
}

/** Anything the build does not list (a page that does not exist): the network, else a cached copy, else the 404 page. */
async function fromNetwork(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	try {
		return await fetch(request);
	} catch (error) {
		const cached =
			(await cache.match(request)) ??
			(request.mode === 'navigate' ? await cache.match(`${base}/404.html`) : undefined);
		if (cached) return cached;
		throw error;
	}
}
