/**
 * A point on a plot moved by the arrow keys, for plots where the keyboard places what a click
 * would: each press moves it a share of the plot's span (a larger share with Shift), kept inside.
 */

const directions: Record<string, [number, number]> = {
	ArrowLeft: [-1, 0],
	ArrowRight: [1, 0],
	ArrowUp: [0, 1],
	ArrowDown: [0, -1]
};

/**
 * Where an arrow key moves `point` within the plot's `x` and `y` domains: `1 / steps` of each
 * span a press, `1 / shiftSteps` with Shift; null for any other key.
 */
export function arrowMove(
	event: Pick<KeyboardEvent, 'key' | 'shiftKey'>,
	point: readonly [number, number],
	x: readonly [number, number],
	y: readonly [number, number],
	{ steps, shiftSteps }: { steps: number; shiftSteps: number }
): [number, number] | null {
	const direction = directions[event.key];
	if (!direction) return null;
	const per = event.shiftKey ? shiftSteps : steps;
	const along = (v: number, d: number, [lo, hi]: readonly [number, number]) =>
		Math.min(hi, Math.max(lo, v + (d * (hi - lo)) / per));
	return [along(point[0], direction[0], x), along(point[1], direction[1], y)];
}
