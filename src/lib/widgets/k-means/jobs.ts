/**
 * Starts k-means work in a Web Worker, with progress, and stops it on request. Where
 * there is no Worker (component tests in jsdom) the job runs in the page instead.
 */
import { runJob, type KMeansJob, type KMeansJobReply, type ProgressListener } from '$lib/jobs/kmeansSweep';

export interface JobHandle {
	/** Resolves with the reply, or with null when stopped. */
	done: Promise<KMeansJobReply | null>;
	stop(): void;
}

export function startJob(job: KMeansJob, onProgress: ProgressListener): JobHandle {
	if (typeof Worker === 'undefined') {
		let stopped = false;
		const done = Promise.resolve().then(() => (stopped ? null : runJob(job, onProgress)));
		return { done, stop: () => (stopped = true) };
	}
	const worker = new Worker(new URL('../../workers/kmeans.worker.ts', import.meta.url), { type: 'module' });
	let settle: (reply: KMeansJobReply | null) => void = () => {};
	const done = new Promise<KMeansJobReply | null>((resolve) => (settle = resolve));
	const finish = (reply: KMeansJobReply | null) => {
		worker.terminate();
		settle(reply);
	};
	worker.addEventListener('message', (event: MessageEvent<KMeansJobReply>) => {
		if (event.data.type === 'progress') onProgress(event.data.done, event.data.total, event.data.phase);
		else finish(event.data);
	});
	worker.addEventListener('error', (event) =>
		finish({ type: 'error', message: event.message || 'the worker stopped' })
	);
	worker.postMessage(job);
	return { done, stop: () => finish(null) };
}

/**
 * One kind of job where only the newest counts: starting one stops the one before, and the
 * reply (or progress) of a job that was stopped or replaced is dropped.
 */
export class LatestJob {
	private current: JobHandle | null = null;

	start(
		job: KMeansJob,
		onReply: (reply: KMeansJobReply) => void,
		onProgress: ProgressListener = () => {}
	): void {
		this.current?.stop();
		const handle = startJob(job, (done, total, phase) => {
			if (this.current === handle) onProgress(done, total, phase);
		});
		this.current = handle;
		void handle.done.then((reply) => {
			if (this.current !== handle || !reply) return;
			this.current = null;
			onReply(reply);
		});
	}

	stop(): void {
		this.current?.stop();
		this.current = null;
	}
}
