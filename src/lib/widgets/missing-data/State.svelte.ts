/**
 * The missing-values widget's state: the inputs (what the URL holds) as `$state`, the loaded
 * or uploaded table (never in the URL) as raw state, and every result `$derived`.
 */
import { ColumnPairUrlState } from '$lib/kit/ColumnPairUrlState.svelte';
import {
	againstTruth as compareWithTruth,
	binsOf,
	indicatorTells as gapsTell,
	maskOf,
	meanShrink,
	methodNames,
	outcomes,
	punchedPositions,
	scatterOf,
	studyData,
	truthOf,
	withHoles
} from './analysis';
import { mechanismEffects } from './bias';
import { histogramSentence, largestGain, spreadEffect } from './spread';
import {
	defaultColumns,
	maxHandHoles,
	missingCodec,
	type MissingUrlState,
	type Source,
	uploadFallback
} from './codec';
import { missingQuestions } from './quiz';
import { missingSteps } from './steps';
import { biasVerdicts } from './verdicts';
import { methodWorking } from './working';

export class MissingState extends ColumnPairUrlState<MissingUrlState> {
	constructor() {
		// the column studied and the second one
		super(missingCodec, uploadFallback, ['col', 'by']);
	}

	/** The story: what mean imputation, dropping rows and k-NN do, one step each. */
	readonly steps = missingSteps;

	/** Columns with no value at all: typed as text, so never offered; named so the learner knows why. */
	emptyColumns = $derived(
		this.table ? this.table.columns.filter((c) => c.missing === this.table!.rowCount).map((c) => c.name) : []
	);

	data = $derived(
		this.table && this.columns ? studyData(this.table, this.columns[0], this.columns[1]) : null
	);
	truth = $derived(this.data ? truthOf(this.data) : null);
	punched = $derived(
		this.data
			? punchedPositions(this.data, this.input.mech, this.input.rate, this.input.seed, this.input.hand)
			: []
	);
	/** The studied column with the holes: null at the table's own gaps and the punched cells. */
	after = $derived(this.data ? withHoles(this.data, this.punched) : []);
	results = $derived(this.data ? outcomes(this.data, this.after, this.input.fill, this.input.k) : []);
	chosen = $derived(this.results.find((o) => o.id === this.input.method) ?? null);
	bins = $derived(this.truth ? binsOf(this.truth.values, this.chosen?.values ?? null) : null);
	/** The bin that gains most values after the chosen method; null when none gains. */
	gain = $derived(this.bins ? largestGain(this.bins.domain, this.bins.truth, this.bins.after) : null);
	/** The histogram's text alternative: the bin that gains most after the method. */
	histogramSummary = $derived(
		this.data && this.bins && this.chosen
			? histogramSentence(this.data.name, methodNames[this.chosen.id], this.bins.after !== null, this.gain)
			: ''
	);
	/** The studied column against the second one after the chosen method, observed and filled rows apart. */
	scatter = $derived(
		this.data && this.chosen && this.truth
			? scatterOf(this.data, this.after, this.chosen, this.truth.values)
			: null
	);
	/** Row by row: whether a value was punched out, and whether the chosen method filled it. */
	punchedMask = $derived(this.data ? maskOf(this.punched, this.data.rows.length) : []);
	filledMask = $derived(this.data && this.chosen ? maskOf(this.chosen.filled, this.data.rows.length) : []);
	/** Each method's mean and σ against the truth's, for the comparison table (in the order of `results`). */
	againstTruth = $derived(
		this.truth ? this.results.map((o) => compareWithTruth(o.summary, this.truth!.summary)) : []
	);
	/** Mean imputation's outcome, which the spread callout quotes. */
	meanOutcome = $derived(this.results.find((o) => o.id === 'mean') ?? null);
	/** Dropping rows' mean against the true mean; null when either is undefined or another method is chosen. */
	dropBias = $derived(
		this.chosen?.id === 'drop-rows' && this.chosen.summary?.mean != null && this.truth?.summary.mean != null
			? this.chosen.summary.mean - this.truth.summary.mean
			: null
	);
	/** The indicator column's gaps correlate with the second column beyond |r| = 0.2: they say something about it. */
	indicatorTells = $derived(gapsTell(this.chosen?.indicatorR ?? null));
	/** The chosen method's effect on σ against the observed σ, for the spread callout. */
	spread = $derived(this.truth ? spreadEffect(this.results, this.input.method, this.truth.summary) : null);
	/** Mean imputation's shrink of σ: against the observed σ (the formula) and against the truth (this sample). */
	shrink = $derived(this.truth ? meanShrink(this.results, this.truth.summary) : null);
	/** Each mechanism at this rate: dropping rows (this seed and the verdict over seeds) and k-NN imputation. */
	effects = $derived(
		this.data && this.input.mech !== 'hand'
			? mechanismEffects(this.data, this.input.rate, this.input.seed, this.input.k)
			: null
	);

	/** The bias table's two paragraphs, read by the page and the story alike; null while a number they need is undefined. */
	verdicts = $derived(this.data ? biasVerdicts(this.effects, this.punched.length, this.data) : null);
	/** The chosen method worked through, for "Show the maths". */
	working = $derived(this.data && this.chosen ? methodWorking(this.data, this.after, this.chosen) : null);

	questions = $derived(
		this.data && this.truth
			? missingQuestions(
					{ input: this.input, data: this.data, truth: this.truth.summary, results: this.results },
					this.input.q
				)
			: []
	);

	setSource(src: Source) {
		this.input.src = src;
		this.input.hand = [];
		if (src !== 'upload') [this.input.col, this.input.by] = defaultColumns[src];
	}

	setColumn(which: 'col' | 'by', name: string) {
		this.input[which] = name;
		this.input.hand = [];
	}

	/**
	 * Punches or restores the studied value of a table row by hand. From a mechanism, the holes
	 * it punched become the starting set, so a click changes one cell, not all of them.
	 */
	toggleCell(row: number) {
		const data = this.data;
		// a gap the table already had has no value to punch
		if (!data || data.values[data.rows.indexOf(row)] == null) return;
		const current = this.input.mech === 'hand' ? this.input.hand : this.punched.map((p) => data.rows[p]);
		const next = current.includes(row)
			? current.filter((r) => r !== row)
			: [...current, row].sort((a, b) => a - b);
		this.input.hand = next.slice(0, maxHandHoles);
		this.input.mech = 'hand';
	}
}
