/**
 * The numbers that need the split made 50 times (seeds 1–50): the spread of the test score,
 * each leak's mean lift, and shuffled against time-ordered splits of drifting data. They run
 * seed by seed, so that the page can yield between seeds and drop a run the controls outdated.
 */
import { meanAndSd, score, scoreOnOther } from '$lib/ml/holdoutScore';
import { selectionLeak, type LeakPair } from '$lib/ml/selectionLeak';
import type { TrainValTest } from '$lib/ml/split';
import type { SplitData } from '$lib/ml/splitDatasets';
import { splitData, type SplitSettings } from './analysis';
import { duplicateLeak, scalingLeak, splitWideTable } from './leaks';

/** Everything one seed's run reads. */
export interface SeedRunInput {
	/** The rows the split sees: the originals, then any copies. */
	data: SplitData;
	/** How many rows are originals (the rest are copies). */
	originals: number;
	settings: SplitSettings;
	k: number;
	/** Drifting data without any copies, to compare shuffled splits with the split in time order; null when the data do not drift. */
	timeData: SplitData | null;
	/** Fresh samples (for drifting data, from after the series) to score the models on. */
	fresh: SplitData;
	/** The feature-selection leak's wide table and the columns chosen on all its rows. */
	wide: SplitData;
	wideLeakyColumns: number[];
}

/** One seed's numbers; those of the page's own split are null without shuffling (every seed gives the same split). */
export interface SeedResult {
	/** This seed's test score of the page's recipe. */
	test: number | null;
	duplicates: LeakPair | null;
	scaling: LeakPair | null;
	selection: LeakPair;
	/** Drifting data: a shuffled split's test score, and its model's score on data from after the series. */
	shuffled: { test: number | null; fresh: number | null } | null;
}

/** The feature-selection leak on the wide table's split with this seed. */
function wideSelection(input: SeedRunInput, seed: number): LeakPair {
	const parts = splitWideTable(input.settings, seed);
	return selectionLeak(input.wide, parts.train, parts.test, input.k, input.wideLeakyColumns);
}

export function runSeed(input: SeedRunInput, seed: number): SeedResult {
	const { data, settings, k } = input;
	const parts: TrainValTest | null = settings.shuffle ? splitData(data, { ...settings, seed }) : null;
	let shuffled: SeedResult['shuffled'] = null;
	if (input.timeData) {
		const rows = input.timeData;
		const mixed = splitData(rows, { ...settings, shuffle: true, stratify: false, seed });
		shuffled = {
			test: score(rows, mixed.train, mixed.test, k),
			fresh: scoreOnOther(rows, mixed.train, input.fresh, k)
		};
	}
	return {
		test: parts && score(data, parts.train, parts.test, k),
		duplicates:
			parts && input.originals < data.X.length ? duplicateLeak(data, parts, input.originals, k) : null,
		scaling: parts && scalingLeak(data, parts, k),
		selection: wideSelection(input, seed),
		shuffled
	};
}

/** A leak over the 50 seeds: the mean score without and with it, and on how many seeds the leak raised or lowered it. */
export interface LeakSummary {
	clean: number;
	leaky: number;
	raised: number;
	lowered: number;
	/** Seeds with both scores defined. */
	count: number;
	/** Whether the leak raised the mean score. */
	raisedMean: boolean;
}

/** On how many seeds a leak raised the score, as the page says it: "raised it on 42 of 50 splits and lowered it on 3". */
export const leakTally = (s: LeakSummary) =>
	`raised it on ${s.raised} of ${s.count} splits${s.lowered > 0 ? ` and lowered it on ${s.lowered}` : ''}`;

export function summariseLeak(pairs: (LeakPair | null)[]): LeakSummary | null {
	const both = pairs.filter(
		(p): p is { clean: number; leaky: number } => p !== null && p.clean !== null && p.leaky !== null
	);
	if (both.length === 0) return null;
	const mean = (values: number[]) => meanAndSd(values)?.mean ?? 0;
	const clean = mean(both.map((p) => p.clean));
	const leaky = mean(both.map((p) => p.leaky));
	return {
		clean,
		leaky,
		raisedMean: leaky > clean,
		raised: both.filter((p) => p.leaky > p.clean).length,
		lowered: both.filter((p) => p.leaky < p.clean).length,
		count: both.length
	};
}

/** Drifting data: shuffled splits against the one split in time order, on their test parts and on data from after the series. */
export interface TimeSummary {
	inOrder: number | null;
	inOrderFresh: number | null;
	shuffledMean: number;
	shuffledFreshMean: number;
	/** Seeds whose shuffled test score beat the in-order one. */
	shuffledAbove: number;
	count: number;
}

export interface SeedSummary {
	/** Test scores over the seeds that have one; empty without shuffling (every seed gives the same split). */
	spread: number[];
	/** Seeds whose test part held one class only, so it had no score (0 without shuffling). */
	unscored: number;
	/** Leaks over the seeds; null without shuffling, where every seed repeats the split on screen. */
	duplicates: LeakSummary | null;
	scaling: LeakSummary | null;
	/** The wide table is always shuffled, so this one always has 50 seeds. */
	selection: LeakSummary | null;
	time: TimeSummary | null;
}

/** Summaries of the seeds' results; `inOrder` is the split in time order, the same for every seed. */
export function summariseSeeds(input: SeedRunInput, results: SeedResult[]): SeedSummary {
	const varies = input.settings.shuffle;
	let time: TimeSummary | null = null;
	const shuffled = results
		.map((r) => r.shuffled)
		.filter((s): s is { test: number; fresh: number } => s !== null && s.test !== null && s.fresh !== null);
	if (input.timeData && shuffled.length > 0) {
		const rows = input.timeData;
		const inOrderParts = splitData(rows, { ...input.settings, shuffle: false, stratify: false });
		const inOrder = score(rows, inOrderParts.train, inOrderParts.test, input.k);
		time = {
			inOrder,
			inOrderFresh: scoreOnOther(rows, inOrderParts.train, input.fresh, input.k),
			shuffledMean: meanAndSd(shuffled.map((s) => s.test))?.mean ?? 0,
			shuffledFreshMean: meanAndSd(shuffled.map((s) => s.fresh))?.mean ?? 0,
			shuffledAbove: inOrder === null ? 0 : shuffled.filter((s) => s.test > inOrder).length,
			count: shuffled.length
		};
	}
	return {
		spread: varies ? results.map((r) => r.test).filter((v): v is number => v !== null) : [],
		unscored: varies ? results.filter((r) => r.test === null).length : 0,
		duplicates: varies ? summariseLeak(results.map((r) => r.duplicates)) : null,
		scaling: varies ? summariseLeak(results.map((r) => r.scaling)) : null,
		selection: summariseLeak(results.map((r) => r.selection)),
		time
	};
}
