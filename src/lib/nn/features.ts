/**
 * The network's inputs: the two coordinates, plus the feature crosses the learner
 * switches on (as the TensorFlow Playground's x², y², x·y, sin x, sin y). With x² and
 * y², a single layer can draw a circle; without them it needs hidden units to bend.
 */

export type Cross = 'x2' | 'y2' | 'xy' | 'sinx' | 'siny';
export const CROSSES: readonly Cross[] = ['x2', 'y2', 'xy', 'sinx', 'siny'];

/** How each input is written on the page. */
export const CROSS_LABELS: Record<Cross, string> = {
	x2: 'x₁²',
	y2: 'x₂²',
	xy: 'x₁·x₂',
	sinx: 'sin x₁',
	siny: 'sin x₂'
};

const crossValue: Record<Cross, (x: number, y: number) => number> = {
	x2: (x) => x * x,
	y2: (_, y) => y * y,
	xy: (x, y) => x * y,
	sinx: (x) => Math.sin(x),
	siny: (_, y) => Math.sin(y)
};

/** Names of the inputs in order: x₁, x₂, then the chosen crosses in the order of {@link CROSSES}. */
export function inputNames(crosses: readonly Cross[]): string[] {
	return ['x₁', 'x₂', ...CROSSES.filter((c) => crosses.includes(c)).map((c) => CROSS_LABELS[c])];
}

/**
 * The input rows, flattened row by row into a Float32Array (what a tensor is built from).
 * Input: points [x₁, x₂] (already scaled) and the crosses to add. Output: points.length ×
 * (2 + crosses) numbers. Throws for a point that is not two finite numbers.
 */
export function featureMatrix(
	points: readonly (readonly number[])[],
	crosses: readonly Cross[]
): Float32Array {
	const used = CROSSES.filter((c) => crosses.includes(c));
	const width = 2 + used.length;
	const out = new Float32Array(points.length * width);
	points.forEach((point, i) => {
		const [x, y] = point;
		if (point.length !== 2 || !Number.isFinite(x) || !Number.isFinite(y))
			throw new Error(`featureMatrix: point ${i} is not two finite numbers`);
		out[i * width] = x;
		out[i * width + 1] = y;
		used.forEach((cross, j) => (out[i * width + 2 + j] = crossValue[cross](x, y)));
	});
	return out;
}
