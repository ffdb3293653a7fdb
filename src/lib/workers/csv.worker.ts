/**
 * Reads a CSV file off the main thread: parsing and the typing of columns both
 * happen here, and only the finished table goes back, its columns as
 * transferred typed arrays (see csvTransfer.ts). Progress is posted after each
 * slice of text. A "cancel" message stops the parse at the next slice; the
 * page may also simply terminate the worker.
 *
 * Messages: CsvWorkerRequest in, CsvWorkerReply out.
 */
import { parseCsvBlob } from '../data/csv';
import { resultToWire, type CsvWorkerReply, type CsvWorkerRequest } from '../data/csvTransfer';

let current: AbortController | null = null;

// `self` is typed as a Window (the project's DOM lib); its postMessage(message, { transfer }) form is the worker's too.
function reply(message: CsvWorkerReply, transfer: Transferable[] = []): void {
	self.postMessage(message, { transfer });
}

async function parse(file: Blob, fileName: string): Promise<void> {
	current?.abort();
	const controller = new AbortController();
	current = controller;
	const result = await parseCsvBlob(file, fileName, {
		signal: controller.signal,
		onProgress: (fraction) => reply({ type: 'progress', fraction })
	});
	// a newer request took over: this answer is stale
	if (current !== controller) return;
	current = null;
	const wire = resultToWire(result);
	reply({ type: 'done', result: wire.result }, wire.transfer);
}

self.addEventListener('message', (event: MessageEvent<CsvWorkerRequest>) => {
	const request = event.data;
	if (request.type === 'cancel') {
		current?.abort();
		return;
	}
	parse(request.file, request.fileName).catch((error: unknown) => {
		const reason = error instanceof Error ? error.message : String(error);
		reply({ type: 'done', result: { ok: false, message: `The file could not be read (${reason}).` } });
	});
});
