/**
 * The decision-boundary widget's fits off the main thread: one model fitted on a plane and read
 * over the boundary grid (a forest of 100 trees or 300 boosting rounds takes longer than a
 * frame). One job per worker (started by the kit's runInWorker); the page stops a job by
 * terminating the worker.
 *
 * Messages: FitJob in, FitReply out.
 */
import { runFitJob, type FitJob, type FitReply } from '../jobs/boundaryFit';

self.addEventListener('message', (event: MessageEvent<FitJob>) => {
	const reply: FitReply = runFitJob(event.data);
	self.postMessage(reply);
});
