/**
 * The data-splits widget's state: the URL's inputs as `$state`, everything else `$derived`.
 * The costlier numbers (50 seeds, k tuning, the wide table of the feature-selection leak) are
 * computed by the `slowTask` once the controls rest, seed by seed in frame-sized slices, so a
 * slider step never waits for them.
 */
import { UrlState } from '$lib/kit/UrlState.svelte';
import { asGain } from '$lib/format/scoreText';
import { slicePacer } from '$lib/kit/task/slices';
import { Task } from '$lib/kit/task/Task.svelte';
import { meanAndSd, missingClass, score, usableK } from '$lib/ml/holdoutScore';
import { columnsChosenOnAllRows, makeWideTable, selectionLeak, type LeakPair } from '$lib/ml/selectionLeak';
import { makeFreshData, makeSplitData, type DataOptions, type SplitData } from '$lib/ml/splitDatasets';
import { splitSizes } from '$lib/ml/split';
import { splitsCodec, type SplitsUrlState } from './codec';
import {
	bestBy,
	fractionsOf,
	gridSummary,
	missingScoreWhy,
	partCounts,
	partShares,
	partPairs,
	splitData,
	SPREAD_SEEDS,
	stratifyProblem,
	tuning,
	untunableText,
	withDuplicates,
	type SplitSettings,
	type TuningRow
} from './analysis';
import { setPart, type Part } from './fractions';
import {
	duplicateLeak,
	leakLift,
	readDuplicates,
	scalingLeak,
	scalingLeakSmall,
	splitWideTable,
	wideTableK
} from './leaks';
import { splitsQuestions } from './quiz';
import { doubledTest, seedTestScore, splitsQuizFacts, type SplitsQuizFacts } from './quizFacts';
import { runSeed, summariseSeeds, type SeedResult, type SeedSummary } from './seedRuns';
import { splitsSteps } from './steps';

/** What the `slowTask` produces; empty until it has run once. */
export interface SlowNumbers {
	summary: SeedSummary | null;
	tuningRows: TuningRow[];
	/** The feature-selection leak on this seed's split of the wide table. */
	selection: LeakPair | null;
	/** The numbers the questions were built from, taken together so that the set changes once per settled edit. */
	quiz: SplitsQuizFacts | null;
	/** Why the slow numbers could not be computed (shown instead of them). */
	error: string | null;
}

const noSlowNumbers: SlowNumbers = {
	summary: null,
	tuningRows: [],
	selection: null,
	quiz: null,
	error: null
};

export class SplitsState extends UrlState<SplitsUrlState> {
	constructor() {
		super(splitsCodec);
	}

	readonly steps = splitsSteps;

	dataOptions = $derived<DataOptions>({
		n: this.input.n,
		positiveShare: this.input.pos / 100,
		separation: this.input.sep,
		seed: this.input.dseed,
		drift: this.input.time === 'on'
	});
	clean = $derived(makeSplitData(this.dataOptions));
	/** The data the split sees: with duplicated rows when that leak is on. */
	data = $derived(
		this.input.dup === 'on' ? withDuplicates(this.clean, this.input.dseed) : { ...this.clean, copies: 0 }
	);
	settings = $derived<SplitSettings>({
		train: this.input.tr,
		val: this.input.va,
		test: this.input.te,
		shuffle: this.input.shuffle === 'on',
		stratify: this.input.strat === 'on',
		seed: this.input.seed
	});
	/** A split the engine refuses (stratifying a class of one…) becomes a message at the control, and nothing is scored. */
	attempt = $derived.by((): { parts: ReturnType<typeof splitData> | null; error: string | null } => {
		const problem = stratifyProblem(this.data.y, this.settings);
		if (problem) return { parts: null, error: problem };
		try {
			return { parts: splitData(this.data, this.settings), error: null };
		} catch (error) {
			return { parts: null, error: error instanceof Error ? error.message : String(error) };
		}
	});
	parts = $derived(this.attempt.parts);
	/** Which part each sample fell in: 0 train, 1 validation, 2 test (all 0 when there is no split). */
	partOf = $derived.by(() => {
		const of = new Array<number>(this.data.X.length).fill(0);
		if (this.parts) {
			for (const i of this.parts.val) of[i] = 1;
			for (const i of this.parts.test) of[i] = 2;
		}
		return of;
	});
	counts = $derived(this.parts ? partCounts(this.data.y, this.parts) : []);
	/** All rows, then each part, with its share of positives: the share chart and the counts table read these. */
	shares = $derived(partShares(this.data.y, this.counts));
	/** The sample grid's text alternative. */
	gridText = $derived(gridSummary(this.data.y.length, this.counts));
	/** The part sizes the rounding rule gives (null when these shares leave no training row). */
	sizes = $derived.by(() => {
		try {
			return splitSizes(this.data.y.length, fractionsOf(this.settings));
		} catch {
			return null;
		}
	});
	/** The k the model really uses: no more than the training rows. */
	kUsed = $derived(usableK(this.input.k, this.parts?.train.length ?? 0));
	valScore = $derived(this.parts ? score(this.data, this.parts.train, this.parts.val, this.input.k) : null);
	testScore = $derived(this.parts ? score(this.data, this.parts.train, this.parts.test, this.input.k) : null);
	/** The class a non-empty validation or test part lacks, which leaves it without an AUC (null when it holds both). */
	valMissing = $derived(
		this.parts && this.parts.val.length > 0 ? missingClass(this.data.y, this.parts.val) : null
	);
	testMissing = $derived(
		this.parts && this.parts.test.length > 0 ? missingClass(this.data.y, this.parts.test) : null
	);
	/** Why the validation and test parts show no score; null for a part that has one. */
	valWhy = $derived(missingScoreWhy(this.parts !== null, this.valScore, this.valMissing, 'val'));
	testWhy = $derived(missingScoreWhy(this.parts !== null, this.testScore, this.testMissing, 'test'));
	/** Which parts hold one class only, so no k can be picked by AUC ("" when none). */
	untunable = $derived(untunableText(this.valMissing, this.testMissing));
	/** The parts with no rows, in words ("validation"), for the share chart's caption. */
	emptyParts = $derived(this.shares.filter((s) => s.share === null).map((s) => s.label.toLowerCase()));
	/** The pairs the test AUC is made of, for its formula; null without a test AUC. */
	testPairs = $derived(
		this.parts && this.testScore !== null
			? partPairs(this.data, this.parts.train, this.parts.test, this.input.k)
			: null
	);
	positives = $derived(this.data.y.filter((v) => v === 1).length);
	/** Stratified, the test part's positives are within one of this: positives × test size ÷ n. */
	stratifiedTestShare = $derived(this.sizes ? (this.positives * this.sizes.test) / this.data.y.length : null);
	/** The accuracy of calling every row negative: what AUC does not reward. */
	allNegativeAccuracy = $derived(1 - this.positives / this.data.y.length);
	/** With copies: the test score on the same parts, copies removed, to show what they add. */
	duplicates = $derived(
		this.parts && this.data.copies > 0
			? duplicateLeak(this.data, this.parts, this.clean.X.length, this.input.k)
			: null
	);
	/** Standardising with statistics of the training rows against those of all rows. */
	scaling = $derived(this.parts ? scalingLeak(this.data, this.parts, this.input.k) : null);
	scalingLift = $derived(this.scaling ? leakLift(this.scaling) : null);
	/** The scaler's leak moved the test AUC by less than the page's three decimals show: "the same to three decimals". */
	scalingUnmoved = $derived(this.scalingLift !== null && asGain(this.scalingLift) === '0.000');
	/** The k of k-NN on the wide table of the feature-selection leak (this page's k, capped by its training part). */
	wideK = $derived(wideTableK(this.settings, this.input.k));
	/** With time-ordered data, the test score of this seed's shuffled split of the rows without copies, beside the 50-seed mean. */
	shuffledTimeScore = $derived.by(() => {
		if (this.input.time === 'off' || !this.parts) return null;
		const parts = splitData(this.clean, { ...this.settings, shuffle: true, stratify: false });
		return score(this.clean, parts.train, parts.test, this.input.k);
	});

	/** The 50-seed numbers, the k table and the wide-table leak, once the controls rest (a change cancels a run going). */
	slowTask = new Task(
		() => ({
			data: this.data,
			parts: this.parts,
			settings: this.settings,
			dataOptions: this.dataOptions,
			k: this.input.k,
			te: this.input.te
		}),
		(_, { signal }) => this.#computeSlow(signal)
	);
	/** The last slow numbers (kept while the next are computed), or why they could not be. */
	slow = $derived<SlowNumbers>(
		this.slowTask.error !== null
			? { ...noSlowNumbers, error: this.slowTask.error }
			: (this.slowTask.result ?? noSlowNumbers)
	);
	/** True from a change until the `slowTask` has caught up with it. */
	slowPending = $derived(this.slowTask.pending);
	summary = $derived(this.slow.summary);
	/** The scaler's leak under SMALL_SCALING_LEAK of AUC (over 50 seeds once they are in): the page then calls it "usually this small". */
	scalingSmall = $derived(scalingLeakSmall(this.scaling, this.summary?.scaling ?? null));
	/** What the duplicated-rows paragraph says: the lift, a part without an AUC, a twin outvoted. */
	duplicateReading = $derived(
		this.duplicates ? readDuplicates(this.duplicates, this.summary?.duplicates ?? null, this.kUsed) : null
	);
	spread = $derived(this.summary?.spread ?? []);
	spreadStats = $derived(meanAndSd(this.spread));
	/** The lowest and highest test AUC over the seeds; null before they are in. */
	spreadRange = $derived(
		this.spread.length ? { min: Math.min(...this.spread), max: Math.max(...this.spread) } : null
	);
	/** Drifting data: shuffled splits score better on their own test parts than the split in time order. */
	shuffledLooksBetter = $derived.by(() => {
		const time = this.summary?.time;
		return time != null && time.inOrder !== null && time.shuffledMean > time.inOrder;
	});
	tuningRows = $derived(this.slow.tuningRows);
	byVal = $derived(bestBy(this.tuningRows, 'val'));
	byTest = $derived(bestBy(this.tuningRows, 'test'));
	/** How much the k picked on test overstates its fresh score; null without both scores. */
	optimism = $derived(
		this.byTest && this.byTest.test !== null && this.byTest.fresh !== null
			? this.byTest.test - this.byTest.fresh
			: null
	);
	/** The k picked on test scores higher on test than on fresh data: the page names the optimism. */
	optimistic = $derived(this.optimism !== null && this.optimism > 0);

	questions = $derived(this.slow.quiz ? splitsQuestions(this.slow.quiz, this.input.q) : []);

	/** The wide table depends on the data seed alone, and costs tens of milliseconds to draw. */
	#wide: { seed: number; table: SplitData; leakyColumns: number[] } | null = null;

	/** The 50-seed numbers, the k table and the wide-table leak, for the controls as they are now. */
	async #computeSlow(signal: AbortSignal): Promise<SlowNumbers> {
		const { parts, data, settings } = this;
		const input = $state.snapshot(this.input);
		if (!parts) return { ...noSlowNumbers, quiz: splitsQuizFacts(input, data, settings, [], []) };
		const pause = slicePacer(signal);
		const wide = this.#wideTable();
		const fresh = makeFreshData(this.dataOptions, input.te / 100);
		const seedInput = {
			data,
			originals: this.clean.X.length,
			settings,
			k: input.k,
			timeData: input.time === 'on' ? this.clean : null,
			fresh,
			wide: wide.table,
			wideLeakyColumns: wide.leakyColumns
		};
		const results: SeedResult[] = [];
		for (const seed of SPREAD_SEEDS) {
			results.push(runSeed(seedInput, seed));
			await pause();
		}
		// the test-size question's split, seed by seed too
		const doubled = doubledTest(data, settings);
		const doubledSpread: number[] = [];
		for (const seed of doubled ? SPREAD_SEEDS : []) {
			const value = seedTestScore(data, doubled as SplitSettings, input.k, seed);
			if (value !== null) doubledSpread.push(value);
			await pause();
		}
		const summary = summariseSeeds(seedInput, results);
		const tuningRows = tuning(data, parts, fresh);
		const quiz = splitsQuizFacts(input, data, settings, summary.spread, doubledSpread);
		return { summary, tuningRows, selection: this.#wideSelection(wide), quiz, error: null };
	}

	#wideSelection(wide: { table: SplitData; leakyColumns: number[] }): LeakPair {
		const parts = splitWideTable(this.settings);
		return selectionLeak(wide.table, parts.train, parts.test, this.input.k, wide.leakyColumns);
	}

	#wideTable() {
		if (this.#wide?.seed !== this.input.dseed) {
			const table = makeWideTable(this.input.dseed);
			this.#wide = { seed: this.input.dseed, table, leakyColumns: columnsChosenOnAllRows(table) };
		}
		return this.#wide;
	}

	setFraction(part: Part, value: number) {
		const next = setPart({ train: this.input.tr, val: this.input.va, test: this.input.te }, part, value);
		this.input.tr = next.train;
		this.input.va = next.val;
		this.input.te = next.test;
	}
}
