/**
 * Reads a learner's CSV file in the browser: the size limit first, then a Web
 * Worker for anything big enough to be felt (a 20 MB file would freeze the
 * page for seconds). Small files are read on the main thread, which spares
 * starting a worker and also covers places without Worker (jsdom in component
 * tests). Either way the answer is a CsvResult, never an exception.
 */
import type { CsvParseOptions, CsvResult } from './csv';
import { csvSizeMessage, STOPPED_MESSAGE } from './csvLimits';
import { runInWorker } from '../kit/task/worker';
import { resultFromWireSliced, type CsvWorkerReply, type CsvWorkerRequest } from './csvTransfer';

/**
 * Files up to this size are parsed on the main thread. The densest such file
 * (1,000 columns of one-character cells) reads in about 35 ms in Node on a
 * shared 2-core machine, so a phone a few times slower still stays well under
 * a 200 ms task; at 1 MB that file took about 110 ms, too close.
 */
export const MAIN_THREAD_MAX_BYTES = 256 * 1024;

const STOPPED: CsvResult = { ok: false, message: STOPPED_MESSAGE };

function unreadable(error: unknown): CsvResult {
	const reason = error instanceof Error ? error.message : String(error);
	return { ok: false, message: `The file could not be read (${reason}). Try again, or choose another file.` };
}

const makeWorker = () => new Worker(new URL('../workers/csv.worker.ts', import.meta.url), { type: 'module' });

/** Parses in the CSV worker; aborting terminates it at once, even in the middle of a slice. */
async function loadInWorker(file: File, { onProgress, signal }: CsvParseOptions): Promise<CsvResult> {
	const request: CsvWorkerRequest = { type: 'parse', file, fileName: file.name };
	try {
		const reply = await runInWorker<CsvWorkerReply>(makeWorker, request, {
			signal,
			onProgress: (progress) => onProgress?.(progress.fraction)
		});
		return await resultFromWireSliced(reply.result);
	} catch (error) {
		return signal?.aborted ? STOPPED : unreadable(error);
	}
}

/**
 * Reads and parses `file`. Progress is the share of the text parsed (0 to 1);
 * aborting `signal` stops the work and answers with a "stopped" message.
 */
export async function loadCsvFile(file: File, options: CsvParseOptions = {}): Promise<CsvResult> {
	const tooBig = csvSizeMessage(file.size);
	if (tooBig) return { ok: false, message: tooBig };
	if (options.signal?.aborted) return STOPPED;
	try {
		if (file.size > MAIN_THREAD_MAX_BYTES && typeof Worker !== 'undefined')
			return await loadInWorker(file, options);
		// the parser is fetched when the first file is read, not with every page that offers an upload
		const { parseCsvBlob } = await import('./csv');
		return await parseCsvBlob(file, file.name, options);
	} catch (error) {
		return unreadable(error);
	}
}
