/**
 * How many samples of each class go into each part of a stratified split: scikit-learn's
 * `_approximate_mode` for two parts, and a largest-remainder allocation that keeps every class
 * within one sample of its share in each of three. Used by split.ts, which exports approximateMode.
 */
import { checkInteger, range } from './indices';
import type { Rng } from './random';

/**
 * scikit-learn's `_approximate_mode` (sklearn/utils/extmath.py; used by
 * `StratifiedShuffleSplit` and so by `train_test_split(stratify=...)`): how
 * many of `nDraws` samples each class gets when drawn in proportion to
 * `classCounts`. Each class first gets the floor of its exact share
 * nDraws · count / total; the draws still missing go one each to the classes
 * with the largest fractional remainders, ties among equal remainders broken at
 * random (with `rng`) so that no class is favoured by its position.
 *
 * Inputs: `classCounts`, non-negative integers with a positive total;
 * `nDraws`, an integer in [0, total]; `rng` for the ties.
 * Output: counts summing to nDraws, each ⌊share⌋ or ⌊share⌋ + 1, never more
 * than the class holds. Remainders are compared exactly, in integers
 * (nDraws · count mod total), where scikit-learn compares floats.
 * Example (scikit-learn's docstring): counts [5, 2], 4 draws: shares 20/7 and
 * 8/7, floors [2, 1], the one missing draw goes to the larger remainder 6/7: [3, 1].
 */
export function approximateMode(classCounts: readonly number[], nDraws: number, rng: Rng): number[] {
	const where = 'approximateMode';
	if (!Array.isArray(classCounts) || classCounts.length === 0) {
		throw new Error(`${where}: classCounts must be a non-empty array of counts`);
	}
	classCounts.forEach((c, i) => checkInteger(where, `classCounts[${i}]`, c, 0));
	const total = classCounts.reduce((s, c) => s + c, 0);
	if (total === 0) throw new Error(`${where}: classCounts are all 0; there is nothing to draw from`);
	checkInteger(where, 'nDraws', nDraws, 0);
	if (nDraws > total) throw new Error(`${where}: nDraws is ${nDraws} but there are only ${total} samples`);
	const remainder = classCounts.map((c) => (c * nDraws) % total);
	// (a − a mod b) / b is an exact division: no rounding can push a share up to the next integer.
	const drawn = classCounts.map((c, i) => (c * nDraws - remainder[i]) / total);
	let missing = nDraws - drawn.reduce((s, c) => s + c, 0);
	const distinct = [...new Set(remainder)].sort((a, b) => b - a);
	for (const value of distinct) {
		if (missing === 0) break;
		const tied = range(0, remainder.length).filter((i) => remainder[i] === value);
		// A shuffled prefix is a uniform draw without replacement, as rng.choice(replace=False).
		const chosen = rng.shuffle(tied).slice(0, Math.min(tied.length, missing));
		for (const i of chosen) drawn[i]++;
		missing -= chosen.length;
	}
	return drawn;
}

/**
 * Counts of each class in each part (rows classes, columns parts) with every
 * cell ⌊exact⌋ or ⌈exact⌉ of its exact share count · size / n, the rows summing
 * to the class counts and the columns to the part sizes.
 *
 * For two parts this is scikit-learn's rule: `approximateMode` for one part,
 * the rest to the other. For three, applying `approximateMode` part after part
 * (as two calls of `train_test_split` would) can leave a class more than one
 * sample off its share: counts [2, 8, 8] into 3 test, 5 val and 10 train can
 * draw test [1, 1, 1] (three tied remainders of 1/3), then val [1, 2, 2] from
 * the [1, 7, 7] left (tied again), leaving train [0, 5, 5], where the first
 * class's share is 2 · 10/18 ≈ 1.11. So the
 * leftover samples are placed as a whole: each cell starts at ⌊exact⌋; the
 * cells with the largest remainders take the missing samples first (ties in
 * random order, as `approximateMode`), and augmenting paths finish the job when
 * that greedy pass gets stuck. A solution always exists, since the fractional
 * remainders themselves satisfy every row and column sum (the rounding theorem
 * of Bacharach, 1966, for matrices; it is a bipartite flow problem).
 */
export function allocateByClass(
	classCounts: readonly number[],
	sizes: readonly number[],
	rng: Rng
): number[][] {
	const nonEmpty = sizes.filter((s) => s > 0).length;
	if (nonEmpty <= 2) {
		// Parts of size 0 get nothing; with two left, scikit-learn's StratifiedShuffleSplit
		// draws the training counts with `_approximate_mode` and the other part takes the rest.
		const first = sizes.findIndex((s) => s > 0);
		const fromMode = approximateMode(classCounts, sizes[first], rng);
		return classCounts.map((c, i) =>
			sizes.map((s, j) => (j === first ? fromMode[i] : s > 0 ? c - fromMode[i] : 0))
		);
	}
	const n = classCounts.reduce((s, c) => s + c, 0);
	const remainder = classCounts.map((c) => sizes.map((s) => (c * s) % n));
	const cells = classCounts.map((c, i) => sizes.map((s, j) => (c * s - remainder[i][j]) / n));
	const rowMissing = classCounts.map((c, i) => c - cells[i].reduce((s, v) => s + v, 0));
	const colMissing = sizes.map((s, j) => s - cells.reduce((sum, row) => sum + row[j], 0));
	// raised[i][j]: cell (i, j) is rounded up. Only a cell with a remainder may be.
	const raised = classCounts.map(() => sizes.map(() => false));

	const candidates: [number, number][] = [];
	for (let i = 0; i < classCounts.length; i++) {
		for (let j = 0; j < sizes.length; j++) if (remainder[i][j] > 0) candidates.push([i, j]);
	}
	// Shuffling first, then a stable sort, breaks ties between equal remainders at random.
	const ordered = rng.shuffle(candidates).sort((a, b) => remainder[b[0]][b[1]] - remainder[a[0]][a[1]]);
	for (const [i, j] of ordered) {
		if (rowMissing[i] > 0 && colMissing[j] > 0) {
			raised[i][j] = true;
			rowMissing[i]--;
			colMissing[j]--;
		}
	}

	// Each augmenting path starts at a part still short of samples and alternates
	// (class, part) moves: raise a cell of a class, lower another cell of that
	// class, …, until it raises a cell of a class that is itself still short.
	for (let start = 0; start < sizes.length; start++) {
		while (colMissing[start] > 0) {
			const cameFromPart = new Array<number>(classCounts.length).fill(-1);
			const cameFromClass = new Array<number>(sizes.length).fill(-1);
			const seenPart = sizes.map((_, j) => j === start);
			let frontier = [start];
			let end = -1;
			while (frontier.length > 0 && end < 0) {
				const next: number[] = [];
				for (const j of frontier) {
					for (let i = 0; i < classCounts.length && end < 0; i++) {
						if (cameFromPart[i] >= 0 || raised[i][j] || remainder[i][j] === 0) continue;
						cameFromPart[i] = j;
						if (rowMissing[i] > 0) {
							end = i;
							break;
						}
						for (let jj = 0; jj < sizes.length; jj++) {
							if (raised[i][jj] && !seenPart[jj]) {
								seenPart[jj] = true;
								cameFromClass[jj] = i;
								next.push(jj);
							}
						}
					}
					if (end >= 0) break;
				}
				frontier = next;
			}
			if (end < 0) throw new Error('allocateByClass: no stratified allocation found (this is a bug)');
			rowMissing[end]--;
			colMissing[start]--;
			// Walk back: raise (class, part it was reached from), lower (that part, class it was reached from).
			let i = end;
			for (;;) {
				const j = cameFromPart[i];
				raised[i][j] = true;
				if (j === start) break;
				const previous = cameFromClass[j];
				raised[previous][j] = false;
				i = previous;
			}
		}
	}
	return cells.map((row, i) => row.map((v, j) => v + (raised[i][j] ? 1 : 0)));
}
