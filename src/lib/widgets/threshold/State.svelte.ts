/**
 * The threshold explorer's state: the inputs (exactly what the URL holds) as `$state`,
 * and every result as `$derived`. What depends only on the scores (sorting, curves,
 * areas, histograms, the best thresholds) is derived from the scores alone, so dragging
 * the threshold recomputes one binary search and the metrics, nothing else.
 */
import { UrlState } from '$lib/kit/UrlState.svelte';
import type { Table } from '$lib/data/table';
import { tableLoader } from '$lib/data/tableLoader';
import { binaryMetrics, type Counts } from '$lib/ml/metrics';
import { binormalAuc, makeScores, type ScoreSet } from '$lib/ml/scores';
import { countsAt, errorCost, maxF1Threshold, thresholdForRecall } from '$lib/ml/threshold';
import { analyse, compareWithFormula, reliability } from './analysis';
import { thresholdCodec, type Pick, type ThresholdUrlState } from './codec';
import { calibrationNote, explainPick } from './explain';
import { thresholdSteps } from './presets';
import type { PenguinFeature } from './penguinFeatures';
import { thresholdQuestions } from './quiz';

/** The penguin model's module (penguins.ts), imported on demand. */
type PenguinModel = typeof import('./penguins');

export { analyse, histogramBins, type ScoreAnalysis } from './analysis';

/** A threshold on the slider's scale: "flag nothing" (+Infinity) is 1, above every score but an exact 1. */
const onScale = (threshold: number) => Math.min(1, threshold);

export class ThresholdState extends UrlState<ThresholdUrlState> {
	constructor() {
		super(thresholdCodec);
	}

	/** The penguin table once loaded, or why it could not be. */
	penguins = $state<Table | null>(null);
	penguinError = $state<string | null>(null);
	/** The penguin model's code, imported with the table: a page on simulated scores never downloads it. */
	penguinModel = $state.raw<PenguinModel | null>(null);

	/** Score set A: simulated from the controls, or the penguin model (null while the table loads). */
	setA = $derived.by((): ScoreSet | null => {
		const { src, n, pos, sep, sd, seed, fa } = this.input;
		if (src === 'penguins') return this.#penguinScores(fa, seed);
		return makeScores({ n, positiveShare: pos / 100, separation: sep, spread: sd, seed });
	});
	setB = $derived.by((): ScoreSet | null => {
		const { src, n, bpos, bsep, sd, seed, fb, cmp } = this.input;
		if (cmp === 'off') return null;
		if (src === 'penguins') return this.#penguinScores(fb, seed);
		// a different seed: B's samples are its own, not A's relabelled
		return makeScores({ n, positiveShare: bpos / 100, separation: bsep, spread: sd, seed: seed + 1 });
	});
	a = $derived(this.setA ? analyse(this.setA) : null);
	b = $derived(this.setB ? analyse(this.setB) : null);
	/** The AUC of the simulation's model with infinitely many samples (simulated scores only). */
	modelAucA = $derived(this.input.src === 'simulated' ? binormalAuc(this.input.sep, this.input.sd) : null);
	modelAucB = $derived(this.input.src === 'simulated' ? binormalAuc(this.input.bsep, this.input.sd) : null);

	/** The threshold each rule would choose (recomputed when the scores or the costs change, not when the threshold moves). */
	f1Choice = $derived(this.a ? maxF1Threshold(this.a.index) : null);
	recallChoice = $derived(this.a ? thresholdForRecall(this.a.index, this.input.rt / 100) : null);
	/** The cheapest threshold on A's scores, beside c_FP / (c_FP + c_FN) and what that costs here. */
	costComparison = $derived(this.a ? compareWithFormula(this.a.index, this.input.cfp, this.input.cfn) : null);
	costChoice = $derived(this.costComparison?.cheapest ?? null);
	/** What A's scores are: exact probabilities, or (penguins) how far their bins are from calibrated. */
	calibration = $derived(
		this.setA
			? calibrationNote(this.input.src, this.input.src === 'penguins' ? reliability(this.setA) : [])
			: null
	);

	readonly steps = thresholdSteps;

	/**
	 * The threshold in force: where the active rule puts it (so it follows the rule when the
	 * scores or costs change, and its explanation stays true), or where the learner left it.
	 */
	threshold = $derived.by(() => {
		const { pick, t } = this.input;
		if (pick === 'half') return 0.5;
		const choice =
			pick === 'f1'
				? this.f1Choice
				: pick === 'recall'
					? this.recallChoice
					: pick === 'cost'
						? this.costChoice
						: null;
		return choice ? onScale(choice.threshold) : t;
	});

	counts = $derived<Counts | null>(this.a ? countsAt(this.a.index, this.threshold) : null);
	metrics = $derived(this.counts ? binaryMetrics(this.counts) : null);
	cost = $derived(this.counts ? errorCost(this.counts, this.input.cfp, this.input.cfn) : null);
	/** Why the threshold is here (null when the learner placed it by hand). */
	ruleReason = $derived(
		this.counts
			? explainPick({
					...this.input,
					threshold: this.threshold,
					counts: this.counts,
					cost: this.costComparison
				})
			: null
	);
	countsB = $derived<Counts | null>(this.b ? countsAt(this.b.index, this.threshold) : null);
	metricsB = $derived(this.countsB ? binaryMetrics(this.countsB) : null);

	questions = $derived(
		this.a && this.counts
			? thresholdQuestions(
					{ a: this.a, b: this.b, threshold: this.threshold, counts: this.counts, input: this.input },
					this.input.q
				)
			: []
	);

	/** Moves the threshold by hand: no rule placed it. */
	setThreshold(value: number) {
		this.input.t = Math.min(1, Math.max(0, value));
		this.input.pick = 'none';
	}

	/** Hands the threshold to a rule; the link keeps the rule's threshold too, for reading. */
	applyPick(pick: Exclude<Pick, 'none'>) {
		this.input.pick = pick;
		this.input.t = this.threshold;
	}

	/** The penguin model's out-of-fold scores with these features; null until the table and the model are in. */
	#penguinScores(features: PenguinFeature[], seed: number): ScoreSet | null {
		return this.penguins && this.penguinModel
			? this.penguinModel.penguinScores(this.penguins, features, seed)
			: null;
	}

	#loadTable = tableLoader(
		'penguins',
		'penguin data',
		(table) => (this.penguins = table),
		(message) => (this.penguinError = message)
	);

	/** Fetches the penguin table and the model's code once; a failure is kept to be shown, and simulated scores keep working. */
	async loadPenguins() {
		const model = import('./penguins').then(
			(module) => (this.penguinModel = module),
			() => (this.penguinError = 'The penguin model could not be loaded. Reload the page to try again.')
		);
		await Promise.all([this.#loadTable(), model]);
	}
}
