/**
 * The kit's one way to start, hear and stop a worker, against a stand-in Worker whose
 * messages the test sends by hand: progress, the answer, a failure, and a stop.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runInWorker, startWorker } from '$lib/kit/task/worker';

type Listener = (event: { data?: unknown; message?: string }) => void;

class FakeWorker {
	listeners: Record<string, Listener[]> = {};
	posted: unknown[] = [];
	terminated = false;
	addEventListener(type: string, listener: Listener) {
		(this.listeners[type] ??= []).push(listener);
	}
	postMessage(message: unknown) {
		this.posted.push(message);
	}
	terminate() {
		this.terminated = true;
	}
	/** What the worker would send (or a failure it would raise). */
	emit(type: string, event: { data?: unknown; message?: string }) {
		for (const listener of this.listeners[type] ?? []) listener(event);
	}
}

let made: FakeWorker[] = [];
const makeWorker = () => {
	const worker = new FakeWorker();
	made.push(worker);
	return worker as unknown as Worker;
};
afterEach(() => (made = []));

type Reply = { type: 'progress'; fraction: number } | { type: 'done'; value: number };

describe('runInWorker', () => {
	it('posts the request, relays progress, resolves with the answer and terminates the worker', async () => {
		const heard: number[] = [];
		const answer = runInWorker<Reply>(
			makeWorker,
			{ type: 'go' },
			{ onProgress: (p) => heard.push(p.fraction) }
		);
		const [worker] = made;
		expect(worker.posted).toEqual([{ type: 'go' }]);
		worker.emit('message', { data: { type: 'progress', fraction: 0.5 } });
		expect(worker.terminated).toBe(false);
		worker.emit('message', { data: { type: 'done', value: 7 } });
		await expect(answer).resolves.toEqual({ type: 'done', value: 7 });
		expect(heard).toEqual([0.5]);
		expect(worker.terminated).toBe(true);
	});

	it('rejects with a sentence when the worker fails or sends what cannot be read', async () => {
		const failed = runInWorker<Reply>(makeWorker, {});
		made[0].emit('error', { message: '' });
		await expect(failed).rejects.toThrow('the worker stopped');
		expect(made[0].terminated).toBe(true);
		const garbled = runInWorker<Reply>(makeWorker, {});
		made[1].emit('messageerror', {});
		await expect(garbled).rejects.toThrow('the worker sent an answer that could not be read');
	});

	it('an abort terminates the worker at once and rejects with the AbortError; later messages are not heard', async () => {
		const controller = new AbortController();
		const heard: number[] = [];
		const answer = runInWorker<Reply>(
			makeWorker,
			{},
			{ signal: controller.signal, onProgress: (p) => heard.push(p.fraction) }
		);
		controller.abort();
		await expect(answer).rejects.toMatchObject({ name: 'AbortError' });
		expect(made[0].terminated).toBe(true);
		made[0].emit('message', { data: { type: 'progress', fraction: 0.9 } });
		expect(heard).toEqual([]);
	});

	it('an already aborted signal starts no worker', async () => {
		await expect(runInWorker<Reply>(makeWorker, {}, { signal: AbortSignal.abort() })).rejects.toMatchObject({
			name: 'AbortError'
		});
		expect(made).toEqual([]);
	});
});

describe('startWorker', () => {
	it('hears every message of a long-lived worker until stopped', () => {
		const heard: unknown[] = [];
		const handle = startWorker(
			makeWorker,
			(m) => heard.push(m),
			() => {}
		);
		handle.post({ n: 1 });
		made[0].emit('message', { data: 'a' });
		made[0].emit('message', { data: 'b' });
		handle.stop();
		made[0].emit('message', { data: 'c' });
		expect(heard).toEqual(['a', 'b']);
		expect(made[0].posted).toEqual([{ n: 1 }]);
		expect(made[0].terminated).toBe(true);
	});
});
