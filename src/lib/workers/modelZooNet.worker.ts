/**
 * The decision-boundary widget's neural network, off the main thread and apart from the other
 * kinds' worker: only this worker imports tfjs (through boundaryNet.ts and the network kit), so
 * the page downloads it only when a network is chosen. One job per worker (the kit's
 * runInWorker); the page stops a job by terminating the worker.
 *
 * Messages: FitJob in, FitReply out.
 */
import type { FitJob, FitReply } from '../jobs/boundaryFit';
import { fitNetwork } from '../jobs/boundaryNet';

self.addEventListener('message', async (event: MessageEvent<FitJob>) => {
	let reply: FitReply;
	try {
		const { plane, settings, shared } = event.data;
		reply = { type: 'fit', result: await fitNetwork(plane, settings, shared) };
	} catch (error) {
		reply = { type: 'error', message: error instanceof Error ? error.message : String(error) };
	}
	self.postMessage(reply);
});
