/**
 * k-means work off the main thread: the elbow sweep (with progress after each run and each
 * silhouette), the starts of several seeds, and a clustering's silhouette values. One job
 * per worker (started by the kit's runInWorker); the page stops a job by terminating the worker.
 *
 * Messages: KMeansJob in, KMeansJobReply out.
 */
import { runJob, type KMeansJob, type KMeansJobReply } from '../ml/kmeansJobs';

const reply = (message: KMeansJobReply) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<KMeansJob>) => {
	reply(runJob(event.data, (done, total, phase) => reply({ type: 'progress', done, total, phase })));
});
