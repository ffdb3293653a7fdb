/**
 * The limits on a learner's CSV file and their messages, apart from the parser: the upload
 * box checks a file's size with these before it fetches the parser (papaparse) at all.
 */

/** Largest file read, checked on the file's size before any of it is read. */
export const MAX_CSV_BYTES = 20 * 1024 * 1024;
export const MAX_CSV_COLUMNS = 1_000;
export const MAX_CSV_ROWS = 200_000;

export const STOPPED_MESSAGE = 'Stopped before the end: nothing new was loaded.';

const MEGABYTE = 1024 * 1024;

const megabytes = (mb: number) => `${mb.toLocaleString('en', { maximumFractionDigits: 1 })} MB`;

/** The message for a file over the size limit, or null when its size is fine. */
export function csvSizeMessage(byteCount: number): string | null {
	if (byteCount <= MAX_CSV_BYTES) return null;
	// rounding must not make a file just over the limit look like it is at the limit ("20 MB; at most 20 MB")
	const size = Math.max(Math.round((byteCount / MEGABYTE) * 10) / 10, MAX_CSV_BYTES / MEGABYTE + 0.1);
	return `The file is ${megabytes(size)}; the playground reads files up to ${megabytes(MAX_CSV_BYTES / MEGABYTE)}. Keep a sample of the rows (or fewer columns) and save a smaller CSV.`;
}
