/**
 * Gradient-descent optimisers as pure steps on a gradient, and a loop that runs one from a start
 * point. The update rules are Keras' (and the usual textbook ones):
 *
 * - plain:    w ← w − η g
 * - momentum: v ← βv − η g;            w ← w + v
 * - Nesterov: v ← βv − η ∇L(w + βv);   w ← w + v   (the gradient is taken where momentum is about to carry w)
 * - RMSProp:  s ← ρs + (1 − ρ) g²;     w ← w − η g / (√s + ε)   (per parameter, no bias correction)
 * - Adam:     m ← β₁m + (1 − β₁) g;  v ← β₂v + (1 − β₂) g²;  w ← w − η m̂ / (√v̂ + ε),
 *             m̂ = m / (1 − β₁ᵗ), v̂ = v / (1 − β₂ᵗ), t = 1 on the first step
 *
 * Vectors are plain `number[]` (one entry per parameter); nothing is mutated.
 */

export type OptimizerName = 'plain' | 'momentum' | 'nesterov' | 'rmsprop' | 'adam';

export const optimizerNames: readonly OptimizerName[] = ['plain', 'momentum', 'nesterov', 'rmsprop', 'adam'];

/** An optimiser's settings: the rate η, momentum's β (Adam's β₁), Adam's β₂, RMSProp's ρ and ε. */
export interface OptimizerSettings {
	rate: number;
	/** Momentum and Nesterov's β; Adam's β₁. */
	beta1: number;
	/** Adam's β₂. */
	beta2: number;
	/** RMSProp's decay ρ. */
	rho: number;
	/** Added to the root mean square so a zero gradient does not divide by zero (Keras: 1e-7). */
	epsilon: number;
}

/** What an optimiser carries from step to step: momentum's velocity (Adam's m), the mean square (Adam's v), the step count. */
export interface OptimizerMemory {
	velocity: number[];
	meanSquare: number[];
	/** Steps taken so far (Adam's t before this step). */
	t: number;
}

/** The gradient of the loss at w, for step `step` (0-based: a stochastic gradient picks its batch from it). */
export type GradientAt = (w: readonly number[], step: number) => number[];

/** Euclidean distance between two points. */
const distance = (a: readonly number[], b: readonly number[]) =>
	Math.sqrt(a.reduce((sum, ai, i) => sum + (ai - b[i]) ** 2, 0));

const zeros = (n: number) => new Array<number>(n).fill(0);

/** A fresh memory for `n` parameters. */
export const freshMemory = (n: number): OptimizerMemory => ({
	velocity: zeros(n),
	meanSquare: zeros(n),
	t: 0
});

/** Plain gradient descent: w − η g. */
export function plainStep(w: readonly number[], g: readonly number[], rate: number): number[] {
	return w.map((wi, i) => wi - rate * g[i]);
}

/** Momentum: v ← βv − η g, w ← w + v. */
export function momentumStep(
	w: readonly number[],
	velocity: readonly number[],
	g: readonly number[],
	rate: number,
	beta: number
): { w: number[]; velocity: number[] } {
	const next = velocity.map((vi, i) => beta * vi - rate * g[i]);
	return { w: w.map((wi, i) => wi + next[i]), velocity: next };
}

/** Where Nesterov takes its gradient: w + βv, the point momentum alone would carry w to. */
export function lookAhead(w: readonly number[], velocity: readonly number[], beta: number): number[] {
	return w.map((wi, i) => wi + beta * velocity[i]);
}

/** RMSProp: s ← ρs + (1 − ρ)g², w ← w − η g / (√s + ε), each parameter by its own s. */
export function rmspropStep(
	w: readonly number[],
	meanSquare: readonly number[],
	g: readonly number[],
	rate: number,
	rho: number,
	epsilon: number
): { w: number[]; meanSquare: number[] } {
	const next = meanSquare.map((si, i) => rho * si + (1 - rho) * g[i] * g[i]);
	return { w: w.map((wi, i) => wi - (rate * g[i]) / (Math.sqrt(next[i]) + epsilon)), meanSquare: next };
}

/** Adam's step number `t` (1 on the first step), with the bias-corrected moments. */
export function adamStep(
	w: readonly number[],
	m: readonly number[],
	v: readonly number[],
	t: number,
	g: readonly number[],
	settings: Pick<OptimizerSettings, 'rate' | 'beta1' | 'beta2' | 'epsilon'>
): { w: number[]; m: number[]; v: number[] } {
	const { rate, beta1, beta2, epsilon } = settings;
	const nextM = m.map((mi, i) => beta1 * mi + (1 - beta1) * g[i]);
	const nextV = v.map((vi, i) => beta2 * vi + (1 - beta2) * g[i] * g[i]);
	const mScale = 1 / (1 - beta1 ** t);
	const vScale = 1 / (1 - beta2 ** t);
	return {
		w: w.map((wi, i) => wi - (rate * nextM[i] * mScale) / (Math.sqrt(nextV[i] * vScale) + epsilon)),
		m: nextM,
		v: nextV
	};
}

/**
 * One step of optimiser `name` from w with its memory; `step` is the 0-based step number, handed to
 * the gradient (a mini-batch's choice). Output: the new w and memory (inputs unchanged).
 */
export function optimizerStep(
	name: OptimizerName,
	w: readonly number[],
	memory: OptimizerMemory,
	gradientAt: GradientAt,
	settings: OptimizerSettings,
	step: number
): { w: number[]; memory: OptimizerMemory } {
	const t = memory.t + 1;
	switch (name) {
		case 'plain':
			return { w: plainStep(w, gradientAt(w, step), settings.rate), memory: { ...memory, t } };
		case 'momentum': {
			const next = momentumStep(w, memory.velocity, gradientAt(w, step), settings.rate, settings.beta1);
			return { w: next.w, memory: { ...memory, velocity: next.velocity, t } };
		}
		case 'nesterov': {
			const g = gradientAt(lookAhead(w, memory.velocity, settings.beta1), step);
			const next = momentumStep(w, memory.velocity, g, settings.rate, settings.beta1);
			return { w: next.w, memory: { ...memory, velocity: next.velocity, t } };
		}
		case 'rmsprop': {
			const { rate, rho, epsilon } = settings;
			const next = rmspropStep(w, memory.meanSquare, gradientAt(w, step), rate, rho, epsilon);
			return { w: next.w, memory: { ...memory, meanSquare: next.meanSquare, t } };
		}
		case 'adam': {
			const next = adamStep(w, memory.velocity, memory.meanSquare, t, gradientAt(w, step), settings);
			return { w: next.w, memory: { velocity: next.m, meanSquare: next.v, t } };
		}
	}
}

/** A run of an optimiser: where it went and what the loss was. */
export interface Trajectory {
	/** The start, then the point after each step taken (all finite). */
	points: number[][];
	/** The loss at each point. */
	losses: number[];
	/** The length of each step, ‖w_{k+1} − w_k‖, in the parameters' units. */
	stepSizes: number[];
	/**
	 * Why the run stopped before its steps were done: 'escaped' when a step left the region
	 * (|w_i| past `escape`) or its loss overflowed to a non-finite number; null when every step ran.
	 * The escaping point is kept when it is finite, so a path can be drawn leaving the frame.
	 */
	stopped: 'escaped' | null;
}

export interface DescendOptions {
	loss: (w: readonly number[]) => number;
	gradientAt: GradientAt;
	start: readonly number[];
	optimizer: OptimizerName;
	settings: OptimizerSettings;
	steps: number;
	/** Largest |w_i| a run may reach before it is said to have escaped (default 1e6). */
	escape?: number;
}

/** Runs `steps` steps of an optimiser from `start` (fewer when it escapes). Throws on a non-finite start or negative steps. */
export function descend(options: DescendOptions): Trajectory {
	const { loss, gradientAt, start, optimizer, settings, steps, escape = 1e6 } = options;
	if (!start.every(Number.isFinite)) throw new Error('descend: the start point must be finite');
	if (!Number.isInteger(steps) || steps < 0)
		throw new Error(`descend: steps must be a whole number ≥ 0, got ${steps}`);
	let w = [...start];
	let memory = freshMemory(w.length);
	const points = [w];
	const losses = [loss(w)];
	const stepSizes: number[] = [];
	for (let k = 0; k < steps; k++) {
		const next = optimizerStep(optimizer, w, memory, gradientAt, settings, k);
		const finite = next.w.every(Number.isFinite);
		const value = finite ? loss(next.w) : NaN;
		if (finite && Number.isFinite(value)) {
			points.push(next.w);
			losses.push(value);
			stepSizes.push(distance(next.w, w));
		}
		if (!finite || !Number.isFinite(value) || next.w.some((wi) => Math.abs(wi) > escape))
			return { points, losses, stepSizes, stopped: 'escaped' };
		w = next.w;
		memory = next.memory;
	}
	return { points, losses, stepSizes, stopped: null };
}
