/**
 * Starting, hearing, failing and stopping a Web Worker, written once for every worker in
 * `src/lib/workers/`. A worker answers a request with any number of `{ type: 'progress' }`
 * messages and then one answer of another type; a long-lived worker (the trainer's session)
 * uses {@link startWorker} and posts as many requests as it likes.
 */

export interface WorkerHandle {
	/** Posts a message; `transfer` hands buffers over instead of copying them. */
	post(message: unknown, transfer?: Transferable[]): void;
	/** Terminates the worker at once (in the middle of a computation too); nothing it sent after is heard. */
	stop(): void;
}

/**
 * Starts a worker: `onMessage` hears each message, `onFail` a sentence when the worker fails
 * to load, throws, or sends what cannot be read. Neither is called once stopped.
 */
export function startWorker<Message>(
	makeWorker: () => Worker,
	onMessage: (message: Message) => void,
	onFail: (message: string) => void
): WorkerHandle {
	const worker = makeWorker();
	let stopped = false;
	worker.addEventListener('message', (event: MessageEvent<Message>) => {
		if (!stopped) onMessage(event.data);
	});
	worker.addEventListener('error', (event: ErrorEvent) => {
		if (!stopped) onFail(event.message || 'the worker stopped');
	});
	worker.addEventListener('messageerror', () => {
		if (!stopped) onFail('the worker sent an answer that could not be read');
	});
	return {
		post: (message, transfer) =>
			transfer?.length ? worker.postMessage(message, { transfer }) : worker.postMessage(message),
		stop: () => {
			stopped = true;
			worker.terminate();
		}
	};
}

/** A worker's progress message: any fields beside its type. */
export type ProgressMessage = { type: 'progress' };

/**
 * Runs one request in a fresh worker and resolves with its answer (the first message that is
 * not progress), terminating the worker then. Progress messages go to `onProgress`. Rejects
 * with an Error saying why when the worker fails, and with the signal's reason (an
 * AbortError) when the signal aborts, terminating the worker at once.
 */
export function runInWorker<Reply extends { type: string }>(
	makeWorker: () => Worker,
	request: unknown,
	options: {
		onProgress?: (message: Extract<Reply, ProgressMessage>) => void;
		signal?: AbortSignal;
		transfer?: Transferable[];
	} = {}
): Promise<Exclude<Reply, ProgressMessage>> {
	const { onProgress, signal, transfer } = options;
	return new Promise((resolve, reject) => {
		if (signal?.aborted) return reject(signal.reason);
		const finish = () => {
			handle.stop();
			signal?.removeEventListener('abort', abort);
		};
		const abort = () => {
			finish();
			reject(signal?.reason);
		};
		const handle = startWorker<Reply>(
			makeWorker,
			(message) => {
				if (message.type === 'progress') return onProgress?.(message as Extract<Reply, ProgressMessage>);
				finish();
				resolve(message as Exclude<Reply, ProgressMessage>);
			},
			(why) => {
				finish();
				reject(new Error(why));
			}
		);
		signal?.addEventListener('abort', abort, { once: true });
		handle.post(request, transfer);
	});
}
