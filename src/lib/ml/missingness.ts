/**
 * Punching holes in a column, seeded, by the three mechanisms of Rubin's taxonomy: missing
 * completely at random (MCAR), at random given another column (MAR), and not at random,
 * depending on the value itself (MNAR).
 */
import { createRng } from './random';
import { show } from './show';

export type Mechanism = 'mcar' | 'mar' | 'mnar';

/** Options of {@link punchHoles}. */
export interface PunchOptions {
	mechanism: Mechanism;
	/** Share of the observed cells to remove, in [0, 1]; the count is round(rate · observed). */
	rate: number;
	seed: number;
	/** MAR only: the other column, one value per cell (null where it is missing itself). */
	driver?: readonly (number | null)[];
}

/**
 * Weight of each cell's chance to go missing: its rank (1 = smallest) among the present
 * values, squared, so the largest values are the likeliest (the top value n² times as likely
 * as the smallest). A cell without a value gets the median rank's weight; equal values share
 * their mean rank.
 */
function rankWeights(values: readonly (number | null)[]): number[] {
	const present = values
		.flatMap((v, i) => (v === null ? [] : [i]))
		.sort((a, b) => (values[a] as number) - (values[b] as number));
	const rank = new Array<number>(values.length).fill((present.length + 1) / 2);
	for (let start = 0; start < present.length;) {
		let end = start;
		while (end < present.length && values[present[end]] === values[present[start]]) end++;
		for (let t = start; t < end; t++) rank[present[t]] = (start + 1 + end) / 2;
		start = end;
	}
	return rank.map((r) => r * r);
}

/**
 * Which present cells of `values` to hide: exactly round(rate · present) of them, chosen
 * with the seeded generator. MCAR: every present cell equally likely. MAR: likelier where
 * `driver` is large (weight = the driver's rank squared). MNAR: likelier where the value
 * itself is large (weight = its own rank squared). Weighted picks are drawn without
 * replacement (Efraimidis–Spirakis: the largest keys u^(1/w)).
 * Output: the indices hidden, ascending. Throws for a rate outside [0, 1], a MAR call
 * without a driver of the same length, or a value that is neither null nor finite.
 */
export function punchHoles(values: readonly (number | null)[], options: PunchOptions): number[] {
	return holePuncher(values, options.mechanism, options.driver)(options.rate, options.seed);
}

/**
 * {@link punchHoles} for one column and mechanism at many rates and seeds: the checks and the
 * rank weights (two sorts) are done once, and each call of the returned function gives
 * exactly what `punchHoles(values, { mechanism, rate, seed, driver })` gives.
 * Throws as punchHoles does: for a non-finite value or a MAR call without a fitting driver
 * at once, for a rate outside [0, 1] when called.
 */
export function holePuncher(
	values: readonly (number | null)[],
	mechanism: Mechanism,
	driver?: readonly (number | null)[]
): (rate: number, seed: number) => number[] {
	values.forEach((v, i) => {
		if (v !== null && !Number.isFinite(v))
			throw new Error(`punchHoles: values[${i}] is ${show(v)}; it must be a finite number or null`);
	});
	if (mechanism === 'mar' && (!driver || driver.length !== values.length)) {
		throw new Error(`punchHoles: MAR needs a driver column with one value per cell (${values.length})`);
	}
	const present = values.flatMap((v, i) => (v === null ? [] : [i]));
	const weights = mechanism === 'mcar' ? null : rankWeights(mechanism === 'mar' ? driver! : values);
	return (rate, seed) => {
		if (!(rate >= 0 && rate <= 1)) throw new Error(`punchHoles: rate is ${show(rate)}; it must be in [0, 1]`);
		const count = Math.round(rate * present.length);
		const rng = createRng(seed);
		if (weights === null)
			return rng
				.shuffle(present)
				.slice(0, count)
				.sort((a, b) => a - b);
		const keyed = present.map((i) => ({ i, key: Math.log(1 - rng.next()) / weights[i] }));
		// log(u)/w orders the cells as u^(1/w) does, without underflow for large weights
		keyed.sort((a, b) => b.key - a.key || a.i - b.i);
		return keyed
			.slice(0, count)
			.map((c) => c.i)
			.sort((a, b) => a - b);
	};
}
