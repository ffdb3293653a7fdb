/**
 * What a decision tree can do with ordinal codes: one split sends codes ≤ t one way and the rest
 * the other, so it can only cut the order into two contiguous ranges. Here the best such cut
 * of a numeric target (least squares, as a regression tree's first split) is set against the
 * best grouping of the categories into two, which one-hot columns would let a tree reach.
 */

/** Categories split into two groups, and the root mean squared error of predicting each group's mean. */
export interface Grouping {
	left: string[];
	right: string[];
	rmse: number;
}

export interface TreeSplits {
	/** The best single split of the codes: the categories with code ≤ t, and the rest. */
	onCodes: Grouping;
	/** The best grouping of the categories into two, whatever the codes. */
	best: Grouping;
	/** Whether one split of these codes reaches the best grouping (its error is no worse). */
	reachable: boolean;
	/** Groupings one split of the codes can make (k − 1) and all groupings into two (2^(k−1) − 1). */
	splits: number;
	groupings: number;
}

/** Most categories whose groupings are all tried: 2^11 − 1 = 2,047 of them. */
export const MAX_GROUPED = 12;

/** The groupings into two that one split of codes in this order can make: each prefix of the order against the rest. */
export function contiguousGroupings(order: readonly string[]): { left: string[]; right: string[] }[] {
	return order.slice(1).map((_, t) => ({ left: order.slice(0, t + 1), right: order.slice(t + 1) }));
}

/** What one split of codes in this order can reach, without a target: its groupings, how many there are of all, and one it cannot make. */
export interface CodeReach {
	/** How many groupings one split can make: k − 1. */
	splitCount: number;
	/** Those groupings (a leading range of codes against the rest); null past {@link MAX_GROUPED} categories, where listing them would build k² names. */
	splits: { left: string[]; right: string[] }[] | null;
	/** All groupings of the k categories into two non-empty groups, 2^(k−1) − 1; null past {@link MAX_GROUPED} categories (a number too long to read). */
	groupings: number | null;
	/** The second category alone against the rest: out of one split's reach, as it sits between two others. */
	apart: { left: string[]; right: string[] };
}

/** Null below three categories: with two, the one split is the only grouping there is. */
export function codeReach(order: readonly string[]): CodeReach | null {
	if (order.length < 3) return null;
	const small = order.length <= MAX_GROUPED;
	return {
		splitCount: order.length - 1,
		splits: small ? contiguousGroupings(order) : null,
		groupings: small ? 2 ** (order.length - 1) - 1 : null,
		apart: { left: [order[1]], right: order.filter((_, i) => i !== 1) }
	};
}

/** A grouping as the page writes it: "{Biscoe} | {Dream, Torgersen}". */
export const groupingText = (g: { left: readonly string[]; right: readonly string[] }) =>
	`{${g.left.join(', ')}} | {${g.right.join(', ')}}`;

/**
 * The best split of the ordinal codes and the best grouping of the categories, for a numeric
 * target. `order` lists the categories by code (code i = order[i]); `codes` and `y` hold one
 * entry per row (null where missing; such rows are left out). Null when fewer than three
 * categories have a target (every grouping is then a split of the codes) or more than
 * {@link MAX_GROUPED} do.
 */
export function treeSplits(
	order: readonly string[],
	codes: readonly (number | null)[],
	y: readonly (number | null)[]
): TreeSplits | null {
	const rows = order.map(() => 0);
	const sums = order.map(() => 0);
	let squares = 0;
	let n = 0;
	codes.forEach((c, i) => {
		const v = y[i];
		if (c === null || v === null) return;
		rows[c]++;
		sums[c] += v;
		squares += v * v;
		n++;
	});
	const used = order.map((_, c) => c).filter((c) => rows[c] > 0);
	if (used.length < 3 || used.length > MAX_GROUPED) return null;
	// the squared error of predicting each side's mean: Σy² − S_L²/n_L − S_R²/n_R
	const error = (left: readonly number[]) => {
		const inLeft = new Set(left);
		let [nL, sL, nR, sR] = [0, 0, 0, 0];
		for (const c of used) {
			if (inLeft.has(c)) [nL, sL] = [nL + rows[c], sL + sums[c]];
			else [nR, sR] = [nR + rows[c], sR + sums[c]];
		}
		return Math.max(0, squares - (sL * sL) / nL - (sR * sR) / nR);
	};
	const grouping = (left: readonly number[], sse: number): Grouping => ({
		left: left.map((c) => order[c]),
		right: used.filter((c) => !left.includes(c)).map((c) => order[c]),
		rmse: Math.sqrt(sse / n)
	});
	let onCodes: { left: number[]; sse: number } | null = null;
	for (let t = 1; t < used.length; t++) {
		const left = used.slice(0, t);
		const sse = error(left);
		if (!onCodes || sse < onCodes.sse) onCodes = { left, sse };
	}
	// every grouping once: the last category always on the right
	let best: { left: number[]; sse: number } | null = null;
	const last = used.length - 1;
	for (let mask = 1; mask < 2 ** last; mask++) {
		const left = used.filter((_, i) => i < last && (mask >> i) & 1);
		const sse = error(left);
		if (!best || sse < best.sse) best = { left, sse };
	}
	return {
		onCodes: grouping(onCodes!.left, onCodes!.sse),
		best: grouping(best!.left, best!.sse),
		// a relative tolerance: the same grouping summed in another order may differ in the last bits
		reachable: onCodes!.sse <= best!.sse * (1 + 1e-12) + 1e-9,
		splits: used.length - 1,
		groupings: 2 ** last - 1
	};
}
