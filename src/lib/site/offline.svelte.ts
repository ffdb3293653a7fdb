/**
 * The offline copy of the site (src/service-worker.ts): registered once the page is up, and
 * watched for a new version. A new version waits until the learner chooses to reload (the
 * page they are on keeps working meanwhile); `reload` hands over to it and reloads once it
 * has taken over.
 */
import { dev } from '$app/environment';
import { base } from '$app/paths';

class OfflineCopy {
	/** A new version of the site is installed and waiting for a reload. */
	updateReady = $state(false);
	#waiting: ServiceWorker | null = null;

	/** Registers the worker (browser only); where the browser refuses, the site simply works online only. */
	register() {
		if (!('serviceWorker' in navigator)) return;
		navigator.serviceWorker
			// in development SvelteKit serves the worker as a module
			.register(`${base}/service-worker.js`, { type: dev ? 'module' : 'classic' })
			.then((registration) => {
				// a version installed on an earlier visit, still waiting
				if (registration.waiting && navigator.serviceWorker.controller) this.#offer(registration.waiting);
				registration.addEventListener('updatefound', () => {
					const worker = registration.installing;
					worker?.addEventListener('statechange', () => {
						// with no controller this is the first install, not an update: nothing to reload for
						if (worker.state === 'installed' && navigator.serviceWorker.controller) this.#offer(worker);
					});
				});
			})
			.catch(() => {
				// blocked (private mode, a policy, a test browser): no offline copy, nothing else changes
			});
	}

	#offer(worker: ServiceWorker) {
		this.#waiting = worker;
		this.updateReady = true;
	}

	/** Lets the new version take over, then reloads the page from it. */
	reload() {
		const worker = this.#waiting;
		if (!worker) return location.reload();
		navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
		worker.postMessage({ type: 'skip-waiting' });
	}

	/** "Later": the notice goes; the new version takes over when every tab of the site has closed. */
	dismiss() {
		this.updateReady = false;
	}
}

export const offlineCopy = new OfflineCopy();
