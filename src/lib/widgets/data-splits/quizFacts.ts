/**
 * What the split questions ask about, computed once per settled edit: each predict question's
 * answer comes from the engine run on the changed state, here, so that the quiz only words it
 * and a test can recompute it independently.
 */
import { meanAndSd, score } from '$lib/ml/holdoutScore';
import { splitSizes } from '$lib/ml/split';
import type { SplitData } from '$lib/ml/splitDatasets';
import { fractionsOf, splitData, SPREAD_SEEDS, stratifyProblem, type SplitSettings } from './analysis';
import type { SplitsUrlState } from './codec';
import { setPart } from './fractions';

export interface SplitsQuizFacts {
	input: SplitsUrlState;
	/** Rows the split sees (copies included). */
	n: number;
	positives: number;
	/**
	 * Positives in the test part over split seeds 1–50, without and with stratifying (shuffled both
	 * times); null when the page cannot stratify these rows.
	 */
	strata: { testSize: number; plain: [number, number]; stratified: [number, number] } | null;
	/**
	 * The test part's share of rows doubled (`to`, in percent): the SD of the test AUC over seeds
	 * 1–50 before and after; null without shuffling (one seed is every seed) or without two scores.
	 */
	testSize: {
		from: number;
		to: number;
		sizeFrom: number;
		sizeTo: number;
		sdFrom: number;
		sdTo: number;
	} | null;
	/**
	 * Shuffling rows in time order with the page's split seed: of the test rows, how many come after
	 * every training row (in time order, all of them do); null when the page already shuffles
	 * time-ordered rows, or holds copied rows.
	 */
	timeShuffle: { testSize: number; afterTraining: number } | null;
}

const range = (values: number[]): [number, number] => [Math.min(...values), Math.max(...values)];
const testPositives = (data: SplitData, s: SplitSettings, seed: number) =>
	splitData(data, { ...s, seed }).test.filter((i) => data.y[i] === 1).length;

/** The split the test-size question asks about: the test part doubled (at most 50%), or null when that changes nothing or cannot be made. */
export function doubledTest(data: SplitData, s: SplitSettings): SplitSettings | null {
	const to = Math.min(2 * s.test, 50);
	const changed = { ...s, ...resized(s, to) };
	if (!s.shuffle || changed.test <= s.test || stratifyProblem(data.y, changed) !== null) return null;
	return changed;
}

/** The test AUC of a shuffled split with this seed (null when its test part holds one class). */
export function seedTestScore(data: SplitData, s: SplitSettings, k: number, seed: number): number | null {
	const parts = splitData(data, { ...s, shuffle: true, seed });
	return score(data, parts.train, parts.test, k);
}

/** Test rows later than the last training row: those a model trained on the past would be asked to forecast. */
export function testRowsAfterTraining(train: readonly number[], test: readonly number[]): number {
	const last = Math.max(...train);
	return test.filter((i) => i > last).length;
}

/**
 * The facts. `spread` is the page's own test AUCs over seeds 1–50 (empty without shuffling),
 * `doubledSpread` those of {@link doubledTest}'s split (empty when it is null), computed by the
 * caller seed by seed with {@link seedTestScore}.
 */
export function splitsQuizFacts(
	input: SplitsUrlState,
	data: SplitData,
	settings: SplitSettings,
	spread: number[],
	doubledSpread: number[]
): SplitsQuizFacts {
	const n = data.y.length;
	const positives = data.y.filter((v) => v === 1).length;

	const shuffled = { ...settings, shuffle: true };
	let strata: SplitsQuizFacts['strata'] = null;
	if (stratifyProblem(data.y, { ...shuffled, stratify: true }) === null) {
		const plain = SPREAD_SEEDS.map((seed) => testPositives(data, { ...shuffled, stratify: false }, seed));
		const stratified = SPREAD_SEEDS.map((seed) => testPositives(data, { ...shuffled, stratify: true }, seed));
		strata = {
			testSize: splitSizes(n, fractionsOf(settings)).test,
			plain: range(plain),
			stratified: range(stratified)
		};
	}

	let testSize: SplitsQuizFacts['testSize'] = null;
	const doubled = doubledTest(data, settings);
	const before = meanAndSd(spread);
	const after = meanAndSd(doubledSpread);
	if (doubled && spread.length >= 2 && doubledSpread.length >= 2 && before && after) {
		testSize = {
			from: settings.test,
			to: doubled.test,
			sizeFrom: splitSizes(n, fractionsOf(settings)).test,
			sizeTo: splitSizes(n, fractionsOf(doubled)).test,
			sdFrom: before.sd,
			sdTo: after.sd
		};
	}

	let timeShuffle: SplitsQuizFacts['timeShuffle'] = null;
	// copies sit at the end of the rows, outside time order, so the question is asked without them
	if (!(input.time === 'on' && settings.shuffle) && input.dup === 'off') {
		const parts = splitData(data, { ...settings, shuffle: true, stratify: false });
		timeShuffle = {
			testSize: parts.test.length,
			afterTraining: testRowsAfterTraining(parts.train, parts.test)
		};
	}
	return { input, n, positives, strata, testSize, timeShuffle };
}

/** The three shares after setting the test part to `test` percent, as the page's slider would. */
export function resized(s: SplitSettings, test: number): { train: number; val: number; test: number } {
	return setPart({ train: s.train, val: s.val, test: s.test }, 'test', test);
}
