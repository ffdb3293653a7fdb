/**
 * Calls `start` once the state `track` reads has stayed unchanged for `delayMs`, so dragging a
 * slider does not start a slow computation per step. A change meanwhile (or leaving the page)
 * calls `cancel`, which should stop a run already going at its next task boundary. `track`
 * may also mark the old results as pending. Call while a component initialises.
 */
export function whenControlsRest(
	track: () => void,
	start: () => void,
	cancel: () => void,
	delayMs = 150
): void {
	$effect(() => {
		track();
		const timer = setTimeout(start, delayMs);
		return () => {
			clearTimeout(timer);
			cancel();
		};
	});
}
