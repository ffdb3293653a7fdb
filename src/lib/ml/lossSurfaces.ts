/**
 * Loss surfaces of two parameters for gradient descent to walk on, each with its analytic
 * gradient, the region a chart shows and where its minima are. Four are formulas; the fifth is
 * the log loss of a logistic regression on a real table (logisticSurface.ts), whose gradient can
 * be taken on a mini-batch.
 */

export type SurfaceId = 'bowl' | 'long' | 'valley' | 'two' | 'logistic';

export interface Surface {
	id: SurfaceId;
	/** The loss at w = (w₁, w₂). */
	loss(w: readonly number[]): number;
	/** The gradient of the whole loss at w. */
	gradient(w: readonly number[]): number[];
	/** The region a chart shows: [min, max] of w₁ and of w₂. */
	frame: { x: [number, number]; y: [number, number] };
	/** The local minima, the lowest first. */
	minima: number[][];
	/** The lowest loss, at minima[0]. */
	minLoss: number;
	/** The parameters' names: w₁, w₂, or a model's slope and intercept. */
	names: [string, string];
	/** The loss in TeX, for "Show the maths". */
	tex: string;
}

/** w₁² + w₂²: each coordinate on its own is the w² of the textbook, w ← (1 − 2η)w. */
export const bowl: Surface = {
	id: 'bowl',
	loss: ([a, b]) => a * a + b * b,
	gradient: ([a, b]) => [2 * a, 2 * b],
	frame: { x: [-3, 3], y: [-3, 3] },
	minima: [[0, 0]],
	minLoss: 0,
	names: ['w₁', 'w₂'],
	tex: 'L(w) = w_1^2 + w_2^2'
};

/** Steep across, flat along: w₂'s curvature is ten times w₁'s. */
export const longBowl: Surface = {
	id: 'long',
	loss: ([a, b]) => 0.1 * a * a + b * b,
	gradient: ([a, b]) => [0.2 * a, 2 * b],
	frame: { x: [-4, 4], y: [-4, 4] },
	minima: [[0, 0]],
	minLoss: 0,
	names: ['w₁', 'w₂'],
	tex: 'L(w) = 0.1\\,w_1^2 + w_2^2'
};

/** Rosenbrock's banana with 10 for his 100: a curved valley, steep walls and a flat floor down to (1, 1). */
export const valley: Surface = {
	id: 'valley',
	loss: ([a, b]) => (1 - a) ** 2 + 10 * (b - a * a) ** 2,
	gradient: ([a, b]) => [-2 * (1 - a) - 40 * a * (b - a * a), 20 * (b - a * a)],
	frame: { x: [-2, 2], y: [-1, 3] },
	minima: [[1, 1]],
	minLoss: 0,
	names: ['w₁', 'w₂'],
	tex: 'L(w) = (1 - w_1)^2 + 10\\,(w_2 - w_1^2)^2'
};

/** (w₁² − 1)² + 0.3 w₁ + w₂²: two valleys, the left one lower; the tilt is what makes them differ. */
const twoLoss = ([a, b]: readonly number[]) => (a * a - 1) ** 2 + 0.3 * a + b * b;
const twoSlope = (a: number) => 4 * a * (a * a - 1) + 0.3;

/** The root of twoSlope near `from`, by Newton's method (the cubic 4a³ − 4a + 0.3 = 0). */
function twoRoot(from: number): number {
	let a = from;
	for (let i = 0; i < 50; i++) a -= twoSlope(a) / (12 * a * a - 4);
	return a;
}
const leftMinimum = [twoRoot(-1), 0];
const rightMinimum = [twoRoot(1), 0];

export const twoMinima: Surface = {
	id: 'two',
	loss: twoLoss,
	gradient: ([a, b]) => [twoSlope(a), 2 * b],
	frame: { x: [-2, 2], y: [-2, 2] },
	minima: [leftMinimum, rightMinimum],
	minLoss: twoLoss(leftMinimum),
	names: ['w₁', 'w₂'],
	tex: 'L(w) = (w_1^2 - 1)^2 + 0.3\\,w_1 + w_2^2'
};

/** The formula surfaces by id. */
export const formulaSurfaces: Record<Exclude<SurfaceId, 'logistic'>, Surface> = {
	bowl,
	long: longBowl,
	valley,
	two: twoMinima
};

/** The iris logistic surface's frame: slope w from −2 to 4, intercept b from −3 to 3 (its minimum is near (1.33, 0.03)). */
export const logisticFrame: Surface['frame'] = { x: [-2, 4], y: [-3, 3] };

/** Every surface's frame by id, known before any data loads. */
export const surfaceFrames: Record<SurfaceId, Surface['frame']> = {
	bowl: bowl.frame,
	long: longBowl.frame,
	valley: valley.frame,
	two: twoMinima.frame,
	logistic: logisticFrame
};

/**
 * Loss values on an nx × ny grid over the surface's frame, row by row from the bottom (w₂ at its
 * minimum) as d3-contour reads them: value k is at w₁ = x0 + (k mod nx + 0.5)·dx, w₂ = y0 + (⌊k / nx⌋ + 0.5)·dy.
 */
export function lossGrid(surface: Surface, nx: number, ny: number): Float64Array {
	const [x0, x1] = surface.frame.x;
	const [y0, y1] = surface.frame.y;
	const values = new Float64Array(nx * ny);
	for (let j = 0; j < ny; j++) {
		const w2 = y0 + ((j + 0.5) * (y1 - y0)) / ny;
		for (let i = 0; i < nx; i++) values[j * nx + i] = surface.loss([x0 + ((i + 0.5) * (x1 - x0)) / nx, w2]);
	}
	return values;
}
