/**
 * The cross-validation widget's state: the URL's inputs as `$state`; the folds, each fold's
 * score (ROC AUC), their mean and spread `$derived`. The slower numbers (the fold-count
 * table's 200 reshuffled runs, the feature-selection leak on its wide table) are computed by
 * the `slowTask` once the controls rest, in slices of under a frame with pauses between.
 */
import { UrlState } from '$lib/kit/UrlState.svelte';
import { slicePacer } from '$lib/kit/task/slices';
import { Task } from '$lib/kit/task/Task.svelte';
import { missingClass, usableK } from '$lib/ml/holdoutScore';
import { columnsChosenOnAllRows, makeWideTable, type LeakPair } from '$lib/ml/selectionLeak';
import { stratifiedKFoldWarnings, type Fold } from '$lib/ml/split';
import { makeSplitData, type SplitData } from '$lib/ml/splitDatasets';
import { counted } from '$lib/format/format';
import { cvCodec, type CvUrlState } from './codec';
import {
	foldCountJobs,
	foldCountRows,
	meanExtremes,
	runFoldCountJob,
	spreadExtremes,
	type FoldCountRow,
	type FoldCountRun
} from './foldCounts';
import {
	crossValidate,
	foldSizeRule,
	makeFolds,
	meanSdParts,
	timeSeriesRule,
	type FoldOptions
} from './folds';
import { leakFoldPredictions, leakFromPredictions, wideFolds, type LeakFoldPredictions } from './leak';
import { cvQuestions } from './quiz';
import { cvQuizFacts } from './quizFacts';
import { cvSteps } from './steps';

/** What the `slowTask` produces; empty until it has run once. */
export interface SlowNumbers {
	table: FoldCountRow[];
	/** The CV estimate with features chosen inside each fold (clean) and on all rows first (leaky). */
	leak: LeakPair | null;
}

const noSlowNumbers: SlowNumbers = { table: [], leak: null };

export class CvState extends UrlState<CvUrlState> {
	constructor() {
		super(cvCodec);
	}

	readonly steps = cvSteps;

	data = $derived(
		makeSplitData({
			n: this.input.n,
			positiveShare: this.input.pos / 100,
			separation: this.input.sep,
			seed: this.input.dseed,
			drift: this.input.time === 'on'
		})
	);
	/** Time order and leave-one-out never shuffle. */
	shuffles = $derived(
		(this.input.method === 'kfold' || this.input.method === 'stratified') && this.input.shuffle === 'on'
	);
	foldOptions = $derived<FoldOptions>({ shuffle: this.shuffles, seed: this.input.seed });
	/** Folds the engine refuses (more folds than samples of every class…) become a message. */
	attempt = $derived.by((): { folds: Fold[]; error: string | null } => {
		try {
			return {
				folds: makeFolds(this.input.method, this.data.y, this.input.folds, this.foldOptions),
				error: null
			};
		} catch (error) {
			return { folds: [], error: error instanceof Error ? error.message : String(error) };
		}
	});
	folds = $derived(this.attempt.folds);
	warnings = $derived(
		this.input.method === 'stratified' && this.folds.length > 0
			? stratifiedKFoldWarnings(this.data.y, this.input.folds)
			: []
	);
	/** AUC of k-NN on each fold's test rows, fitted on its training rows; their mean and sd; the pooled score. */
	cv = $derived(crossValidate(this.data, this.folds, this.input.k));
	scores = $derived(this.cv.scores);
	/** Each fold's missing class where it has no score (null where it has one). */
	missing = $derived(this.folds.map((fold) => missingClass(this.data.y, fold.test)));
	/** The test-fold sizes the formula predicts for k-fold and stratified k-fold. */
	sizeRule = $derived(foldSizeRule(this.data.y.length, this.input.folds));
	timeRule = $derived(timeSeriesRule(this.data.y.length, this.input.folds));
	/** The smallest k the folds really use: k-NN cannot ask more neighbours than a fold has training rows. */
	kUsed = $derived(
		this.folds.length === 0
			? this.input.k
			: Math.min(...this.folds.map((f) => usableK(this.input.k, f.train.length)))
	);
	/** Positives in the data, and the accuracy of calling every row negative (what AUC does not reward). */
	positives = $derived(this.data.y.filter((v) => v === 1).length);
	allNegativeAccuracy = $derived(1 - this.positives / this.data.y.length);
	/** Folds whose test rows hold one class only, so they have no AUC. */
	unscored = $derived(this.scores.filter((s) => s === null).length);
	/** Stratified k-fold puts both classes in every fold when each class has at least k rows. */
	stratifiedWouldScoreAll = $derived(
		Math.min(this.positives, this.data.y.length - this.positives) >= this.input.folds
	);
	/** "mean ± sd" with its parts, for the formula; null without a fold score. */
	meanSd = $derived(meanSdParts(this.scores));
	/** Positives in each fold's test part. */
	testPositives = $derived(this.folds.map((fold) => fold.test.filter((i) => this.data.y[i] === 1).length));
	/** Rows never in a test fold: a time-series split never tests its first block. */
	neverTested = $derived(this.data.y.length - this.folds.reduce((sum, f) => sum + f.test.length, 0));
	/** Rows scored by some fold (a time-series split never tests its first block). */
	tested = $derived(this.data.y.length - this.neverTested);
	/** Each test fold's size, in the folds' order. */
	testSizes = $derived(this.folds.map((f) => f.test.length));
	/** Leave-one-out: every test fold is one row, so no fold has an AUC of its own. */
	oneRowFolds = $derived(this.folds.every((f) => f.test.length === 1));
	/** Which class the unscored folds lack, in words: "no positive", "no negative", or both kinds. */
	lacking = $derived(
		(['positive', 'negative'] as const)
			.filter((kind) => this.missing.includes(kind))
			.map((kind) => `no ${kind}`)
			.join(' or ')
	);
	/** The fold grid's text alternative: the folds and their test sizes (the first 25), and what a time-series fold leaves out. */
	gridSummary = $derived(
		`${counted(this.folds.length, 'fold')}; test fold sizes ${this.testSizes.slice(0, 25).join(', ')}${this.testSizes.length > 25 ? '…' : ''}` +
			(this.input.method === 'timeseries'
				? '; each fold trains on the rows before its test block only, and the rows after it are not used.'
				: '.')
	);

	/** The fold-count table and the leak, once the controls rest (a change cancels a run going). */
	slowTask = new Task(
		() => ({
			data: this.data,
			method: this.input.method,
			foldOptions: this.foldOptions,
			folds: this.input.folds,
			k: this.input.k
		}),
		(_, { signal }) => this.#computeSlow(signal)
	);
	/** The last slow numbers, kept while the next are computed. */
	slow = $derived<SlowNumbers>(this.slowTask.result ?? noSlowNumbers);
	/** True from a change until the `slowTask` has caught up with it. */
	slowPending = $derived(this.slowTask.pending);
	table = $derived(this.slow.table);
	leak = $derived(this.slow.leak);
	/** The leak's lift of the cross-validated AUC (leaky − clean); null before it is in or when either is undefined. */
	leakLift = $derived(
		this.leak && this.leak.clean !== null && this.leak.leaky !== null
			? this.leak.leaky - this.leak.clean
			: null
	);
	/** Whether the leak raised the cross-validated AUC (the sentence under it says why, or that it is a leak all the same). */
	leakRaised = $derived(this.leakLift !== null && this.leakLift > 0);
	/** The table's rows with an estimate, for the sentence under it. */
	definedRows = $derived(this.table.filter((row) => row.mean !== null && row.fits !== null));
	/** Among the reshuffled rows, the ones whose estimate moved most and least over the reshuffles. */
	spread = $derived(spreadExtremes(this.table));
	/** The counts with the lowest and highest mean AUC, which the sentence under the table names. */
	aucExtremes = $derived(meanExtremes(this.table));

	/** What the questions ask about (cheap: folds, no model fits). */
	quizFacts = $derived(cvQuizFacts($state.snapshot(this.input), this.data));
	questions = $derived(cvQuestions(this.quizFacts, this.input.q));

	/** The wide table depends on the data seed alone, and costs tens of milliseconds to draw. */
	#wide: { seed: number; table: SplitData; leakyColumns: number[] } | null = null;

	/** The fold-count table, the leak and the question facts for the controls as they are now, a slice at a time. */
	async #computeSlow(signal: AbortSignal): Promise<SlowNumbers> {
		const { data, foldOptions } = this;
		const input = $state.snapshot(this.input);
		const pause = slicePacer(signal);
		const runs: FoldCountRun[] = [];
		for (const job of foldCountJobs(input.method)) {
			runs.push(runFoldCountJob(data, input.method, input.k, job));
			await pause();
		}
		const wide = this.#wideTable();
		const folds = wideFolds(wide.table, input.method, input.folds, foldOptions);
		const predictions: LeakFoldPredictions[] = [];
		for (const fold of folds) {
			predictions.push(leakFoldPredictions(wide.table, wide.leakyColumns, fold, input.k));
			await pause();
		}
		return {
			table: foldCountRows(input.method, runs),
			leak: leakFromPredictions(wide.table.y, folds, predictions)
		};
	}

	#wideTable() {
		if (this.#wide?.seed !== this.input.dseed) {
			const table = makeWideTable(this.input.dseed);
			this.#wide = { seed: this.input.dseed, table, leakyColumns: columnsChosenOnAllRows(table) };
		}
		return this.#wide;
	}
}
