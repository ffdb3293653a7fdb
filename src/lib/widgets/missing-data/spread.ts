/**
 * What the chosen method does to the studied column's distribution, derived once for the
 * histogram's sentence and the spread callout: the bin that gains most values, and the
 * spread after the method against the observed values' spread. Plain TypeScript, so the unit
 * tests run it without Svelte.
 */
import type { Method } from './codec';
import { counted, formatCount, formatShort } from '$lib/format/format';
import { methodNames, type Outcome, type Summary } from './analysis';

/** The bin (of a shared axis) that gains the most values after a method: its edges and counts. */
export interface BinGain {
	index: number;
	low: number;
	high: number;
	before: number;
	after: number;
}

/**
 * The bin whose count rises most from `truth` to `after` (the first on a tie), on `bins.length`
 * equal bins of `domain`; null when no bin gains (dropping rows only removes values).
 */
export function largestGain(
	domain: [number, number],
	truth: readonly number[],
	after: readonly number[] | null
): BinGain | null {
	if (!after) return null;
	let best = -1;
	for (let i = 0; i < after.length; i++)
		if (after[i] - truth[i] > 0 && (best < 0 || after[i] - truth[i] > after[best] - truth[best])) best = i;
	if (best < 0) return null;
	const width = (domain[1] - domain[0]) / after.length;
	return {
		index: best,
		low: domain[0] + best * width,
		high: domain[0] + (best + 1) * width,
		before: truth[best],
		after: after[best]
	};
}

/** Methods that write one value into every gap: their filled values stack in one bin. */
const oneFill: readonly Method[] = ['mean', 'median', 'most_frequent', 'constant', 'indicator'];

/** What a method does to σ, against the observed values' σ (the values it starts from). */
export interface SpreadEffect {
	method: Method;
	/** Values filled in (0 for the drops). */
	filled: number;
	observedStd: number;
	afterStd: number;
	trueStd: number;
	/** σ_after / σ_obs. */
	ratio: number;
	/** σ_after / σ_true: what dropping rows keeps against the truth. */
	afterToTruth: number;
	/** The callout's title: "k-NN shrinks the spread", "Median barely changes the spread". */
	title: string;
	/** The ratio at the two decimals the page prints: below 1 shrinks, above widens, else about the same. */
	verb: 'shrinks' | 'widens' | 'keeps';
	/** Every filled value is one number, so they stack in one bin: the spike. */
	spike: boolean;
	/** Mean imputation's σ_after / σ_obs, for the methods compared with it (k-NN, median); null for the mean itself. */
	meanRatio: number | null;
	/** How this method's shrink compares with the mean's, at the printed two decimals; null for the mean itself. */
	versusMean: 'less' | 'as much' | 'more' | null;
	/** The callout's comparison, shown when the method shrinks σ: "less than mean imputation's ×0.84"; null otherwise. */
	versusMeanText: string | null;
}

/** The ratio as the page prints it: "×0.84". */
export const timesText = (ratio: number) => `×${ratio.toFixed(2)}`;

/** The histogram's text alternative: which bin gains most values after the method (`name`), or that none does. */
export function histogramSentence(
	column: string,
	name: string,
	after: boolean,
	gain: BinGain | null
): string {
	const method = name.toLowerCase();
	if (!after) return `A histogram of ${column} before the holes; the column is gone after ${method}.`;
	if (!gain) return `Two histograms of ${column}: no bin holds more values after ${method} than before.`;
	return `Two histograms of ${column}. The bin ${formatShort(gain.low)}–${formatShort(gain.high)} gains the most after ${method}: ${counted(gain.before, 'value')} before, ${formatCount(gain.after)} after.`;
}

/**
 * The chosen method's effect on the spread; null when it has none to show (the column dropped,
 * nothing filled, or a σ that is 0 or undefined).
 */
export function spreadEffect(
	results: readonly Outcome[],
	method: Method,
	truth: Summary
): SpreadEffect | null {
	const observed = results.find((o) => o.id === 'drop-rows')?.summary;
	const chosen = results.find((o) => o.id === method);
	const mean = results.find((o) => o.id === 'mean')?.summary;
	if (!chosen?.summary?.std || !observed?.std || !truth.std) return null;
	const filled = chosen.id === 'drop-rows' ? 0 : chosen.filled.length;
	if (chosen.id !== 'drop-rows' && filled === 0) return null;
	const ratio = chosen.summary.std / observed.std;
	const shown = Number(ratio.toFixed(2));
	const meanRatio =
		method === 'mean' || method === 'indicator' || !mean?.std ? null : mean.std / observed.std;
	const meanShown = meanRatio === null ? null : Number(meanRatio.toFixed(2));
	const verb = shown < 1 ? 'shrinks' : shown > 1 ? 'widens' : 'keeps';
	// a larger ratio is a smaller shrink
	const versusMean =
		meanShown === null ? null : shown > meanShown ? 'less' : shown < meanShown ? 'more' : 'as much';
	return {
		method,
		filled,
		observedStd: observed.std,
		afterStd: chosen.summary.std,
		trueStd: truth.std,
		ratio,
		afterToTruth: chosen.summary.std / truth.std,
		title: `${methodNames[method]} ${verb === 'keeps' ? 'barely changes' : verb} the spread`,
		verb,
		spike: oneFill.includes(method) && filled > 0,
		meanRatio,
		versusMean,
		versusMeanText:
			verb === 'shrinks' && versusMean && meanRatio !== null
				? `${versusMean === 'as much' ? 'as much as' : `${versusMean} than`} mean imputation's ${timesText(meanRatio)}`
				: null
	};
}
