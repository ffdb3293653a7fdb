/**
 * k-means work off the main thread: the elbow sweep (with progress after each k) and a
 * clustering's silhouette values. One job per worker; the page stops a job by
 * terminating the worker.
 *
 * Messages: KMeansJob in, KMeansJobReply out.
 */
import { runJob, type KMeansJob, type KMeansJobReply } from '../widgets/k-means/sweep';

const reply = (message: KMeansJobReply) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<KMeansJob>) => {
	reply(runJob(event.data, (done, total) => reply({ type: 'progress', done, total })));
});
