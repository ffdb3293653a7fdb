/**
 * Main-thread work in frame-sized slices: a task boundary between slices lets the browser
 * paint and handle input, and a stopped run ends at the next boundary.
 */

/** A task boundary: lets the browser paint and handle input before the next slice of work. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A slice's length, ms: under a 16 ms frame, with room left to paint. */
export const SLICE_MS = 12;

/**
 * A pacer for a loop of small steps: `await pause()` after each step yields to the browser
 * once the slice has run SLICE_MS, and throws the signal's AbortError once the run is stopped
 * (the Task that owns the run drops that error).
 */
export function slicePacer(signal: AbortSignal, sliceMs = SLICE_MS): () => Promise<void> {
	let sliceStart = performance.now();
	return async () => {
		if (performance.now() - sliceStart > sliceMs) {
			await nextTask();
			sliceStart = performance.now();
		}
		signal.throwIfAborted();
	};
}
