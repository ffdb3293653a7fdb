/**
 * The outliers widget's state: the inputs (what the URL holds) as `$state`, the loaded or
 * uploaded table (never in the URL) as raw state, and every result `$derived` once, for the
 * charts, the text and the questions alike.
 */
import { ColumnPairUrlState } from '$lib/kit/ColumnPairUrlState.svelte';
import { DATASETS, type DatasetName } from '$lib/ml/datasets';
import { maxAbsZ, summarize } from '$lib/ml/outliers';
import { median, quantiles } from '$lib/ml/stats';
import { outliersCodec, type OutliersUrlState, uploadFallback } from './codec';
import {
	columnHistogram,
	extent,
	fenceShift,
	skewMoments,
	summaryRows,
	fitLine,
	flagBoth,
	flagGroups,
	ruleBounds,
	treat,
	zCannotFlag
} from './analysis';
import { generatedPair, tablePair, type ColumnPair } from './columns';
import { outlierQuestions } from './quiz';
import { outliersSteps } from './story';
import { exactSum, fenceShiftText, logSkewText } from './text';

/** Columns that show the lesson where a table has them: a right-skewed one and one it predicts. */
const defaultColumns: Record<DatasetName, [string, string]> = {
	cars: ['horsepower', 'mpg'],
	penguins: ['body_mass_g', 'flipper_length_mm'],
	iris: ['petal_length_cm', 'petal_width_cm']
};

export class OutliersState extends ColumnPairUrlState<OutliersUrlState> {
	constructor() {
		// the column examined and the one fitted against it
		super(outliersCodec, uploadFallback, ['col', 'col2']);
	}

	readonly steps = outliersSteps;

	/** The data before the learner's point, or null while nothing usable is loaded. */
	base = $derived.by((): ColumnPair | null => {
		const { src, n, seed } = this.input;
		if (src === 'normal' || src === 'skewed') return generatedPair(src, n, seed);
		return this.table && this.columns ? tablePair(this.table, ...this.columns, seed) : null;
	});
	/** The data with the learner's point (if any) appended last. */
	data = $derived.by((): ColumnPair | null => {
		const b = this.base;
		if (!b || b.x.length < 2) return null;
		const pt = this.input.pt;
		return pt ? { ...b, x: [...b.x, pt[0]], y: [...b.y, pt[1]] } : b;
	});
	/** The index of the learner's point in `data`, or null. */
	added = $derived(this.data && this.input.pt ? this.data.x.length - 1 : null);

	flags = $derived(this.data ? flagBoth(this.data.x, this.input.k, this.input.z) : null);
	/** The flag table's three rows, each rule's values sorted ascending. */
	flagGroups = $derived(this.data && this.flags ? flagGroups(this.data.x, this.flags) : []);
	/** The flags without the learner's point, and how far the point moved the fence and the z cut-off on its side (null without a point). */
	flagsWithoutAdded = $derived(
		this.data && this.added !== null ? flagBoth(this.data.x.slice(0, -1), this.input.k, this.input.z) : null
	);
	pointShift = $derived(
		this.data && this.flags && this.flagsWithoutAdded && this.added !== null
			? fenceShift(this.flagsWithoutAdded, this.flags, this.data.x[this.added])
			: null
	);
	/** What the learner's point moved, in words, under the flag table. */
	pointShiftText = $derived(this.pointShift ? fenceShiftText(this.pointShift, 'Your point') : null);
	/** The largest |z| any value can reach among this many, √(n − 1); and whether that stops the cut-off flagging anything (the flag table says so). */
	zLimit = $derived(this.data ? maxAbsZ(this.data.x.length) : null);
	zCapped = $derived(this.data && this.flags ? zCannotFlag(this.flags, this.data.x.length) : false);
	/** The flags of the rule the treatment acts on. */
	flagged = $derived(this.flags ? (this.input.rule === 'iqr' ? this.flags.byIqr : this.flags.byZ) : []);
	treated = $derived(
		this.data && this.flags
			? treat(
					this.data.x,
					this.input.treat,
					this.flagged,
					ruleBounds(this.flags, this.input.rule),
					this.input.pct
				)
			: null
	);
	before = $derived(this.data ? summarize(this.data.x) : null);
	/** The column's sum as the mean's formula writes it: exact at the values' own decimals. */
	sum = $derived(this.data ? exactSum(this.data.x) : null);
	after = $derived(this.treated ? summarize(this.treated.values) : null);
	fitBefore = $derived(this.data ? fitLine(this.data.x, this.data.y) : null);
	fitAfter = $derived.by(() => {
		const { data, treated } = this;
		return data && treated
			? fitLine(
					treated.values,
					treated.rows.map((i) => data.y[i])
				)
			: null;
	});
	/** After a log transform that worked, the centre and spread are in log units. */
	logged = $derived(this.input.treat === 'log' && !this.treated?.problem);
	/** The before/after table, its changes computed once. */
	summaryRows = $derived(this.before && this.after ? summaryRows(this.before, this.after, this.logged) : []);
	/** The moments the skewness formula writes, before and after (null: undefined, std 0). */
	momentsBefore = $derived(this.before ? skewMoments(this.before) : null);
	momentsAfter = $derived(this.after ? skewMoments(this.after) : null);
	/** The column's histogram, its axis taking in the fences, the cut-offs, the mean and the median. */
	histogramBefore = $derived(
		this.data && this.flags && this.before
			? columnHistogram(this.data.x, [
					this.flags.iqr.lower,
					this.flags.iqr.upper,
					this.flags.z.lower,
					this.flags.z.upper,
					this.before.mean,
					this.before.median
				])
			: null
	);
	/** The treated values' histogram. */
	histogramAfter = $derived(this.treated ? columnHistogram(this.treated.values, []) : null);
	/** The largest value and what log(1 + x) makes of it (the log formula's example). */
	largestLogged = $derived.by(() => {
		if (!this.data) return null;
		const largest = extent(this.data.x)[1];
		return { value: largest, logged: Math.log1p(largest) };
	});
	/** What log(1 + x) did to the skewness, in words (the log formula and the story's log step say it). */
	logSkew = $derived(this.before && this.after ? logSkewText(this.before, this.after) : null);
	/** The same statistics without the learner's point: what one point moved. */
	withoutAdded = $derived(this.data && this.added !== null ? summarize(this.data.x.slice(0, -1)) : null);

	questions = $derived(
		this.data && this.flags && this.before
			? outlierQuestions(
					{ input: this.input, data: this.data, flags: this.flags, before: this.before },
					this.input.q
				)
			: []
	);

	/** Picks a source and its default columns; the added point belongs to the old data, so it goes. */
	setSource(src: OutliersUrlState['src']) {
		this.input.src = src;
		this.input.pt = null;
		if (DATASETS.some((d) => d.name === src))
			[this.input.col, this.input.col2] = defaultColumns[src as DatasetName];
	}

	/** Adds a point six interquartile ranges above the third quartile, at the middle of the fitted column. */
	addPoint() {
		const b = this.base;
		if (!b || b.x.length < 2) return;
		const [q1, q3, max] = quantiles(b.x, [0.25, 0.75, 1]);
		const spread = q3 - q1 || Math.abs(max) || 1;
		this.input.pt = [round(q3 + 6 * spread), round(median(b.y))];
	}

	movePoint(x: number, y: number) {
		this.input.pt = [round(x), round(y)];
	}

	removePoint() {
		this.input.pt = null;
	}
}

/** Four significant digits keep links short and numbers readable. */
function round(v: number): number {
	return Number(v.toPrecision(4));
}
