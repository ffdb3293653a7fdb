/**
 * The data-splits widget's state: the URL's inputs as `$state`, everything else `$derived`.
 * The costlier numbers (50 seeds, k tuning) depend on the data and split settings only.
 */
import { decodeSplitsState, splitsCodec, type SplitsUrlState } from './codec';
import {
	bestBy,
	makeSplitData,
	meanAndSd,
	partCounts,
	score,
	seedSpread,
	splitData,
	tuning,
	withDuplicates,
	type DataOptions,
	type TuningRow,
	type SplitSettings
} from './analysis';
import { setPart, type Part } from './fractions';
import { splitsQuestions } from './quiz';

export class SplitsState {
	input = $state<SplitsUrlState>(splitsCodec.defaults());
	linkProblems = $state<string[]>([]);

	dataOptions = $derived<DataOptions>({
		n: this.input.n,
		positiveShare: this.input.pos / 100,
		separation: this.input.sep,
		seed: this.input.seed,
		drift: this.input.time === 'on'
	});
	clean = $derived(makeSplitData(this.dataOptions));
	/** The data the split sees: with duplicated rows when that leak is on. */
	data = $derived(this.input.dup === 'on' ? withDuplicates(this.clean, this.input.seed) : { ...this.clean, copies: 0 });
	settings = $derived<SplitSettings>({
		train: this.input.tr,
		val: this.input.va,
		test: this.input.te,
		shuffle: this.input.shuffle === 'on',
		stratify: this.input.strat === 'on',
		seed: this.input.seed
	});
	/** A split the engine refuses (e.g. stratifying a class of one) is shown as a message, and nothing moves. */
	attempt = $derived.by(() => {
		try {
			return { parts: splitData(this.data, this.settings), error: null };
		} catch (error) {
			return { parts: null, error: error instanceof Error ? error.message : String(error) };
		}
	});
	parts = $derived(this.attempt.parts);
	/** Which part each sample fell in: 0 train, 1 validation, 2 test. */
	partOf = $derived.by(() => {
		const of = new Array<number>(this.data.X.length).fill(0);
		if (this.parts) {
			for (const i of this.parts.val) of[i] = 1;
			for (const i of this.parts.test) of[i] = 2;
		}
		return of;
	});
	counts = $derived(this.parts ? partCounts(this.data.y, this.parts) : []);
	valScore = $derived(this.parts ? score(this.data, this.parts.train, this.parts.val, this.input.k) : null);
	testScore = $derived(this.parts ? score(this.data, this.parts.train, this.parts.test, this.input.k) : null);
	/** The same score without the duplicated rows, to show what the leak adds. */
	cleanTestScore = $derived.by(() => {
		if (this.input.dup === 'off') return this.testScore;
		try {
			const parts = splitData(this.clean, this.settings);
			return score(this.clean, parts.train, parts.test, this.input.k);
		} catch {
			return null;
		}
	});
	/** With time-ordered data, the score of the other choice (shuffled vs in order), to compare. */
	otherOrderScore = $derived.by(() => {
		if (this.input.time === 'off') return null;
		try {
			const parts = splitData(this.data, { ...this.settings, shuffle: !this.settings.shuffle, stratify: false });
			return score(this.data, parts.train, parts.test, this.input.k);
		} catch {
			return null;
		}
	});
	/**
	 * The costlier numbers (50 seeds; every k against fresh data: tens of milliseconds), computed
	 * by `computeSlow` once the controls rest rather than on every slider step.
	 */
	slow = $state.raw<{ spread: number[]; tuningRows: TuningRow[] }>({ spread: [], tuningRows: [] });
	/** True from a change until `computeSlow` has caught up with it. */
	slowPending = $state(true);
	spread = $derived(this.slow.spread);
	spreadStats = $derived(meanAndSd(this.spread));
	tuningRows = $derived(this.slow.tuningRows);
	byVal = $derived(bestBy(this.tuningRows, 'val'));
	byTest = $derived(bestBy(this.tuningRows, 'test'));

	questions = $derived(splitsQuestions({ n: this.data.X.length, input: this.input, counts: this.counts, spread: this.spread }, this.input.q));

	load(params: URLSearchParams) {
		const { value, problems } = decodeSplitsState(params);
		this.input = value;
		this.linkProblems = problems;
	}

	params(): URLSearchParams {
		return splitsCodec.encode(this.input);
	}

	computeSlow() {
		this.slow = {
			spread: this.settings.shuffle ? seedSpread(this.data, this.settings, this.input.k) : [],
			tuningRows: this.parts ? tuning(this.data, this.parts, this.dataOptions) : []
		};
		this.slowPending = false;
	}

	setFraction(part: Part, value: number) {
		const next = setPart({ train: this.input.tr, val: this.input.va, test: this.input.te }, part, value);
		this.input.tr = next.train;
		this.input.va = next.val;
		this.input.te = next.test;
	}

	newQuestions() {
		this.input.q = (this.input.q % 1_000_000) + 1;
	}
}
