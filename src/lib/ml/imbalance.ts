/**
 * Remedies for imbalanced classes, as imbalanced-learn and scikit-learn define them: random
 * oversampling (copies of minority rows drawn with replacement), random undersampling (majority
 * rows dropped without replacement), SMOTE (new minority rows on segments between a row and one
 * of its k nearest neighbours of the same class) and the "balanced" class weights. Every
 * resampler is seeded and returns the original rows it keeps first, in their order, then the
 * rows it adds, so a caller can tell the learner which points are copies or synthetic.
 */
import { largest, smallest } from './extremes';
import { createRng, type Rng } from './random';

export interface Resampled {
	X: number[][];
	y: number[];
	/** True for a row the resampler added (a copy or a SMOTE point), false for an original row. */
	synthetic: boolean[];
	/** The input row each output row is (an original), copies (oversampling) or starts from (SMOTE). */
	source: number[];
	/** SMOTE: the neighbour each synthetic row lies towards (an input row index); −1 for any other row. */
	neighbour: number[];
}

export interface ResampleOptions {
	/** Seed of the draws (default 0). */
	seed?: number;
}

export interface SmoteOptions extends ResampleOptions {
	/** Nearest neighbours of the same class to interpolate towards (default 5, as imbalanced-learn). */
	k?: number;
}

/** Row indices of each class 0..K−1; throws for ragged or non-finite rows, bad labels or an absent class. */
function classRows(X: readonly (readonly number[])[], y: readonly number[], where: string): number[][] {
	if (X.length === 0) throw new Error(`${where}: X is empty; at least one row is needed`);
	if (X.length !== y.length) throw new Error(`${where}: X has ${X.length} rows but y has ${y.length} labels`);
	const d = X[0].length;
	X.forEach((row, i) => {
		if (row.length !== d) throw new Error(`${where}: X[${i}] has ${row.length} features; X[0] has ${d}`);
		row.forEach((v, j) => {
			if (!Number.isFinite(v)) throw new Error(`${where}: X[${i}][${j}] is ${v}; values must be finite`);
		});
	});
	let classes = 0;
	y.forEach((label, i) => {
		if (!Number.isInteger(label) || label < 0)
			throw new Error(`${where}: y[${i}] is ${label}; labels must be whole numbers 0, 1, …`);
		classes = Math.max(classes, label + 1);
	});
	const rows: number[][] = Array.from({ length: classes }, () => []);
	y.forEach((label, i) => rows[label].push(i));
	rows.forEach((members, c) => {
		if (members.length === 0)
			throw new Error(`${where}: class ${c} has no rows; labels must be 0..K−1, each present`);
	});
	return rows;
}

/** The originals, unchanged and unflagged: the first part of every resampled set. */
function originals(
	X: readonly (readonly number[])[],
	y: readonly number[],
	keep: readonly number[]
): Resampled {
	return {
		X: keep.map((i) => [...X[i]]),
		y: keep.map((i) => y[i]),
		synthetic: keep.map(() => false),
		source: [...keep],
		neighbour: keep.map(() => -1)
	};
}

/**
 * Where both oversamplers start: each class's rows, every original row kept, and the size the
 * smaller classes grow to (the largest class's).
 */
function oversamplingStart(X: readonly (readonly number[])[], y: readonly number[], where: string) {
	const rows = classRows(X, y, where);
	const all = X.map((_, i) => i);
	return { rows, target: largest(rows.map((r) => r.length)), out: originals(X, y, all) };
}

function push(out: Resampled, row: number[], label: number, source: number, neighbour = -1) {
	out.X.push(row);
	out.y.push(label);
	out.synthetic.push(true);
	out.source.push(source);
	out.neighbour.push(neighbour);
}

/**
 * Random oversampling (imbalanced-learn's `RandomOverSampler`): every class but the largest gets
 * copies of its own rows, drawn uniformly with replacement, until it is as large as the largest.
 * Input: rows X, labels y (0..K−1, each present). Output: the original rows, then the copies
 * (flagged `synthetic`, `source` naming the row copied). Nothing is mutated.
 */
export function randomOversample(
	X: readonly (readonly number[])[],
	y: readonly number[],
	{ seed = 0 }: ResampleOptions = {}
): Resampled {
	const { rows, target, out } = oversamplingStart(X, y, 'randomOversample');
	const rng = createRng(seed);
	rows.forEach((members, label) => {
		for (let added = members.length; added < target; added++) {
			const source = members[rng.int(members.length)];
			push(out, [...X[source]], label, source);
		}
	});
	return out;
}

/**
 * Random undersampling (imbalanced-learn's `RandomUnderSampler`, without replacement): every class
 * keeps a uniformly random subset of its rows as large as the smallest class. Output: the kept
 * rows in their input order; nothing is added, so `synthetic` is all false.
 */
export function randomUndersample(
	X: readonly (readonly number[])[],
	y: readonly number[],
	{ seed = 0 }: ResampleOptions = {}
): Resampled {
	const rows = classRows(X, y, 'randomUndersample');
	const rng = createRng(seed);
	const target = smallest(rows.map((r) => r.length));
	const kept = rows.flatMap((members) => rng.shuffle(members).slice(0, target)).sort((a, b) => a - b);
	return originals(X, y, kept);
}

/** Squared Euclidean distance. */
function distance2(a: readonly number[], b: readonly number[]): number {
	let sum = 0;
	for (let j = 0; j < a.length; j++) sum += (a[j] - b[j]) ** 2;
	return sum;
}

/**
 * Member `i`'s k nearest other members (input row indices), nearest first; ties go to the lower
 * index. One pass keeping a sorted list of k, so a class of m rows costs m distances, not a sort.
 */
export function nearestSameClass(
	X: readonly (readonly number[])[],
	members: readonly number[],
	i: number,
	k: number
): number[] {
	const best: { j: number; d: number }[] = [];
	for (const j of members) {
		if (j === i) continue;
		const d = distance2(X[i], X[j]);
		if (best.length === k && !(d < best[k - 1].d || (d === best[k - 1].d && j < best[k - 1].j))) continue;
		let at = best.length;
		while (at > 0 && (best[at - 1].d > d || (best[at - 1].d === d && best[at - 1].j > j))) at--;
		best.splice(at, 0, { j, d });
		if (best.length > k) best.pop();
	}
	return best.map((n) => n.j);
}

/** One SMOTE point: x_i + gap · (x_n − x_i), gap uniform in [0, 1). */
function between(rng: Rng, from: readonly number[], to: readonly number[]): number[] {
	const gap = rng.next();
	return from.map((v, j) => v + gap * (to[j] - v));
}

/**
 * SMOTE (Chawla et al. 2002; imbalanced-learn's `SMOTE`): every class but the largest gets new
 * rows until it is as large as the largest. Each new row picks one of the class's rows at random,
 * one of that row's k nearest neighbours of the same class at random, and a point at a uniform
 * random place on the segment between them. Output: the original rows, then the new ones
 * (flagged `synthetic`, with `source` and `neighbour` naming the segment's ends).
 * Throws when a class to be grown has k rows or fewer (a row needs k others as neighbours), or k < 1.
 */
export function smote(
	X: readonly (readonly number[])[],
	y: readonly number[],
	{ k = 5, seed = 0 }: SmoteOptions = {}
): Resampled {
	if (!Number.isInteger(k) || k < 1) throw new Error(`smote: k is ${k}; it must be a whole number ≥ 1`);
	const { rows, target, out } = oversamplingStart(X, y, 'smote');
	const rng = createRng(seed);
	rows.forEach((members, label) => {
		if (members.length === target) return;
		if (members.length <= k)
			throw new Error(
				`smote: class ${label} has ${members.length} rows; k = ${k} neighbours need at least ${k + 1}`
			);
		// neighbours found only for the rows drawn: a class needing a few points costs a few searches
		const neighbours = new Map<number, number[]>();
		const of = (row: number) => {
			if (!neighbours.has(row)) neighbours.set(row, nearestSameClass(X, members, row, k));
			return neighbours.get(row)!;
		};
		for (let added = members.length; added < target; added++) {
			const at = rng.int(members.length);
			const next = of(members[at])[rng.int(k)];
			push(out, between(rng, X[members[at]], X[next]), label, members[at], next);
		}
	});
	return out;
}

/**
 * scikit-learn's `compute_class_weight('balanced', …)`: class c weighs n / (K · n_c), so every
 * class carries the same total weight (n / K). Input: labels 0..K−1, each present.
 * Output: one weight per class, index = label.
 */
export function classWeights(y: readonly number[]): number[] {
	if (y.length === 0) throw new Error('classWeights: y is empty');
	const rows = classRows(
		y.map(() => []),
		y,
		'classWeights'
	);
	return rows.map((members) => y.length / (rows.length * members.length));
}
