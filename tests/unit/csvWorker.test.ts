/**
 * The worker path end to end, in Node: the real worker module runs in this
 * thread behind a stand-in `self`, and a stand-in Worker class carries
 * messages both ways as postMessage would (a structured clone, buffers
 * transferred, delivered in a later task).
 */
import { existsSync, openAsBlob, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { STOPPED_MESSAGE, type CsvResult } from '$lib/data/csv';
import type { CsvWorkerReply, CsvWorkerRequest } from '$lib/data/csvTransfer';
import { loadCsvFile, MAIN_THREAD_MAX_BYTES } from '$lib/data/loadCsvFile';
import { GENERATED_DIR, ROWS, ROWS_FILE, makeLargeFixtures } from '../fixtures/csv/make-large.js';

type Listener = (event: { data: unknown }) => void;

/** Messages in flight, delivered the way postMessage delivers them. */
function deliver(message: unknown, transfer: Transferable[], to: Listener[]): void {
	const data = structuredClone(message, { transfer });
	setTimeout(() => to.forEach((listener) => listener({ data })), 0);
}

const workerListeners: Listener[] = [];
/** Every stand-in Worker made; the worker module answers the latest, as a real one answers its page. */
const started: FakeWorker[] = [];

class FakeWorker {
	listeners: Listener[] = [];
	terminated = false;
	constructor(readonly url: URL) {
		started.push(this);
	}
	addEventListener(type: string, listener: Listener) {
		if (type === 'message') this.listeners.push(listener);
	}
	postMessage(request: CsvWorkerRequest) {
		if (!this.terminated) deliver(request, [], workerListeners);
	}
	terminate() {
		this.terminated = true;
	}
}

const workerSelf = {
	addEventListener(type: string, listener: Listener) {
		if (type === 'message') workerListeners.push(listener);
	},
	postMessage(reply: CsvWorkerReply, options: { transfer: Transferable[] }) {
		const page = started.at(-1);
		if (page && !page.terminated) deliver(reply, options.transfer, page.listeners);
	}
};

async function fileOf(path: string): Promise<File> {
	const blob = await openAsBlob(path);
	return new File([blob], ROWS_FILE, { type: 'text/csv' });
}

beforeAll(async () => {
	if (!existsSync(join(GENERATED_DIR, ROWS_FILE))) await makeLargeFixtures();
	vi.stubGlobal('self', workerSelf);
	vi.stubGlobal('Worker', FakeWorker);
	await import('$lib/workers/csv.worker');
}, 60_000);

afterAll(() => {
	vi.unstubAllGlobals();
});

describe('loadCsvFile through the worker', () => {
	// a 9 MB file through the (fake) worker: 1.5 s idle, 7.8 s on a busy 2-core machine; vitest's 5 s default is for an idle one
	it('sends a large file to the worker, relays progress, and rebuilds the table', async () => {
		const file = await fileOf(join(GENERATED_DIR, ROWS_FILE));
		expect(file.size).toBeGreaterThan(MAIN_THREAD_MAX_BYTES);
		const progress: number[] = [];
		const result: CsvResult = await loadCsvFile(file, { onProgress: (f) => progress.push(f) });
		if (!result.ok) throw new Error(result.message);
		expect(started.at(-1)?.url.pathname).toMatch(/workers\/csv\.worker\.ts$/);
		expect(started.at(-1)?.terminated).toBe(true);
		expect(result.table.rowCount).toBe(ROWS);
		expect(result.table.columns.map((c) => c.kind)).toEqual(Array(10).fill('numeric'));
		const firstRow = readFileSync(join(GENERATED_DIR, ROWS_FILE), 'utf8').split('\n')[1].split(',');
		expect(result.table.columns.map((c) => c.values[0])).toEqual(
			firstRow.map((cell) => (cell === '' ? null : Number(cell)))
		);
		expect(progress.length).toBeGreaterThan(8);
		expect(progress.at(-1)).toBe(1);
	}, 30_000);

	it('terminates the worker when the signal aborts, answering "stopped"', async () => {
		const file = await fileOf(join(GENERATED_DIR, ROWS_FILE));
		const controller = new AbortController();
		const result = await loadCsvFile(file, {
			signal: controller.signal,
			onProgress: () => controller.abort()
		});
		expect(result).toEqual({ ok: false, message: STOPPED_MESSAGE });
		expect(started.at(-1)?.terminated).toBe(true);
	});

	it('the worker itself stops on a "cancel" message', async () => {
		const replies: CsvWorkerReply[] = [];
		const worker = new FakeWorker(new URL('file:///csv.worker.ts'));
		const done = new Promise<void>((resolve) =>
			worker.addEventListener('message', ({ data }) => {
				const reply = data as CsvWorkerReply;
				replies.push(reply);
				if (reply.type === 'progress' && replies.length === 1) worker.postMessage({ type: 'cancel' });
				if (reply.type === 'done') resolve();
			})
		);
		worker.postMessage({
			type: 'parse',
			file: await fileOf(join(GENERATED_DIR, ROWS_FILE)),
			fileName: ROWS_FILE
		});
		await done;
		expect(replies.at(-1)).toEqual({ type: 'done', result: { ok: false, message: STOPPED_MESSAGE } });
		// stopped within a slice or two of the cancel, not at the end
		expect(replies.filter((r) => r.type === 'progress').length).toBeLessThan(4);
	});

	it('reads a small file on the main thread, without a worker', async () => {
		const before = started.length;
		const result = await loadCsvFile(new File(['a,b\n1,2\n'], 'small.csv'));
		expect(result.ok).toBe(true);
		expect(started.length).toBe(before);
	});

	it('refuses a file over the size limit before starting anything', async () => {
		const before = started.length;
		const huge = { name: 'huge.csv', size: 50 * 1024 * 1024 } as File;
		expect(await loadCsvFile(huge)).toMatchObject({
			ok: false,
			message: expect.stringMatching(/^The file is 50 MB/)
		});
		expect(started.length).toBe(before);
	});
});
