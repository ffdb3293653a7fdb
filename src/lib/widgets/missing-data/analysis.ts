/**
 * The missing-values widget's numbers: the studied column of a table, the holes punched in it,
 * and what each way of handling them leaves (rows kept, mean, spread, correlation), all from
 * the engine. Plain TypeScript, so the unit tests run it without Svelte.
 */
import type { Table } from '$lib/data/table';
import { simpleImpute } from '$lib/ml/impute';
import { knnImpute } from '$lib/ml/knnImpute';
import { punchHoles, type Mechanism } from '$lib/ml/missingness';
import { histogram, mean, pearson, std } from '$lib/ml/stats';
import type { HoleMechanism, Method } from './codec';

/** Most rows the widget works on: every edit recomputes k-NN imputation, O(rows²), and 1,000 rows keep it within a frame or two. */
export const maxRows = 1000;

export const methodNames: Record<Method, string> = {
	'drop-rows': 'Drop rows',
	'drop-column': 'Drop the column',
	mean: 'Mean',
	median: 'Median',
	most_frequent: 'Most frequent',
	constant: 'Constant',
	knn: 'k-NN',
	indicator: 'Mean + indicator column'
};

export const mechanismNames: Record<HoleMechanism, string> = {
	mcar: 'Completely at random (MCAR)',
	mar: 'More where the second column is large (MAR)',
	mnar: 'More where the value itself is large (MNAR)',
	hand: 'By hand (click cells)'
};

/** The studied column and its partner, over the rows where the partner is observed. */
export interface StudyData {
	name: string;
	byName: string;
	/** The table's row number of each position. */
	rows: number[];
	/** The studied column as loaded: null where the table itself has a gap (its true value unknown). */
	values: (number | null)[];
	/** The second column, observed in every row kept. */
	driver: number[];
	/** Gaps the table already had in the studied column (over the rows kept). */
	ownGaps: number;
	/** Rows left out because the second column is missing there. */
	noDriver: number;
	/** The number of usable rows when there were more than {@link maxRows} (the first ones are used). */
	cappedFrom: number | null;
}

/** The columns `col` and `by` of a table (both numeric), over the rows where `by` is present. */
export function studyData(table: Table, col: string, by: string): StudyData {
	const column = (name: string) => {
		const found = table.columns.find((c) => c.name === name);
		if (!found || found.kind !== 'numeric') throw new Error(`The table has no numeric column "${name}"`);
		return found.values;
	};
	const [xs, ys] = [column(col), column(by)];
	const usable: number[] = [];
	for (let i = 0; i < table.rowCount; i++) if (ys[i] !== null) usable.push(i);
	const rows = usable.slice(0, maxRows);
	const values = rows.map((i) => xs[i]);
	return {
		name: col,
		byName: by,
		rows,
		values,
		driver: rows.map((i) => ys[i] as number),
		ownGaps: values.filter((v) => v === null).length,
		noDriver: table.rowCount - usable.length,
		cappedFrom: usable.length > maxRows ? usable.length : null
	};
}

/** The positions (into `data.values`) punched out: by a mechanism at `rate`, or the table rows in `hand`. */
export function punchedPositions(
	data: StudyData,
	mech: HoleMechanism,
	rate: number,
	seed: number,
	hand: readonly number[]
): number[] {
	if (mech !== 'hand') return punchHoles(data.values, { mechanism: mech, rate, seed, driver: data.driver });
	const positionOfRow = new Map(data.rows.map((row, p) => [row, p]));
	return hand
		.map((row) => positionOfRow.get(row))
		.filter((p): p is number => p !== undefined && data.values[p] !== null)
		.sort((a, b) => a - b);
}

/** The studied column after punching: null at the table's own gaps and at the punched cells. */
export function withHoles(data: StudyData, punched: readonly number[]): (number | null)[] {
	const after = data.values.slice();
	for (const p of punched) after[p] = null;
	return after;
}

/** One flag per position: true at the given positions. */
export function maskOf(positions: readonly number[], length: number): boolean[] {
	const mask = new Array<boolean>(length).fill(false);
	for (const p of positions) mask[p] = true;
	return mask;
}

/** Mean, population std (ddof 0) and Pearson r with the second column; null where undefined (no values, or r's 0/0). */
export interface Summary {
	n: number;
	mean: number | null;
	std: number | null;
	r: number | null;
}

export function summarize(x: readonly number[], y: readonly number[]): Summary {
	if (x.length === 0) return { n: 0, mean: null, std: null, r: null };
	return { n: x.length, mean: mean(x), std: std(x), r: pearson(x, y) };
}

/** r as the page writes it: four significant digits, or "undefined" with why (Pearson's 0/0). */
/** A method's mean and σ against the truth's, as the comparison table prints them beside its numbers. */
export interface AgainstTruth {
	/** mean − true mean; null when either is undefined. */
	meanShift: number | null;
	/** σ / true σ; null when σ is undefined or the true σ is 0 or undefined. */
	stdRatio: number | null;
}

export function againstTruth(summary: Summary | null, truth: Summary): AgainstTruth {
	return {
		meanShift: summary?.mean == null || truth.mean === null ? null : summary.mean - truth.mean,
		stdRatio: summary?.std == null || !truth.std ? null : summary.std / truth.std
	};
}

/** Above this |r| with the second column, the indicator column's gaps say something about it. */
export const INDICATOR_R_TELLS = 0.2;

/** Whether the gaps (the indicator column) correlate with the second column beyond |r| = INDICATOR_R_TELLS. */
export const indicatorTells = (r: number | null) => r !== null && Math.abs(r) > INDICATOR_R_TELLS;

export function rText(summary: Summary, name: string, byName: string, show: (v: number) => string): string {
	if (summary.r !== null) return show(summary.r);
	if (summary.n < 2) return `undefined (0/0: fewer than two rows)`;
	return `undefined (0/0: ${summary.std === 0 ? name : byName} has one value only)`;
}

/** The values the table had before any hole was punched (its own gaps left out): the truth to compare with. */
export function truthOf(data: StudyData): { values: number[]; summary: Summary } {
	const present = data.values.flatMap((v, p) => (v === null ? [] : [p]));
	const values = present.map((p) => data.values[p] as number);
	return {
		values,
		summary: summarize(
			values,
			present.map((p) => data.driver[p])
		)
	};
}

/** What one method leaves of the studied column. */
export interface Outcome {
	id: Method;
	/** Rows a model can still use. */
	rows: number;
	/** The column's values afterwards (rows kept), or null when the column is gone. */
	values: number[] | null;
	summary: Summary | null;
	/** The one value every gap got (SimpleImputer's statistic); null for k-NN and the drops. */
	fill: number | null;
	/** Positions whose value was filled in. */
	filled: number[];
	/** k-NN: for each filled position, the positions averaged. */
	donors: Map<number, number[]> | null;
	/** Why there are no numbers, when there are none. */
	note: string | null;
	/** The indicator column's correlation with the second column (the indicator method only). */
	indicatorR: number | null;
}

/** Each method's result on the column with holes `after` (null = missing) and the complete second column. */
export function outcomes(
	data: StudyData,
	after: readonly (number | null)[],
	fillValue: number,
	k: number
): Outcome[] {
	const gaps = after.flatMap((v, p) => (v === null ? [p] : []));
	const kept = after.flatMap((v, p) => (v === null ? [] : [p]));
	const allMissing = kept.length === 0;
	const goneNote = `Every value of ${data.name} is missing: there is nothing to learn a fill value from, so scikit-learn's imputer drops the column.`;
	const base = { filled: gaps, donors: null, note: null, indicatorR: null, fill: null };
	const result = (
		id: Method,
		values: number[] | null,
		driver: readonly number[],
		extra: Partial<Outcome> = {}
	): Outcome => ({
		...base,
		id,
		rows: values?.length ?? after.length,
		values,
		summary: values ? summarize(values, driver) : null,
		...extra
	});
	const simple = (id: Method, strategy: 'mean' | 'median' | 'most_frequent' | 'constant'): Outcome => {
		const fitted = simpleImpute(
			after.map((v) => [v]),
			strategy,
			fillValue
		);
		if (fitted.dropped.length > 0)
			return result(id, null, data.driver, { note: goneNote, rows: after.length });
		return result(
			id,
			fitted.X.map((row) => row[0]),
			data.driver,
			{ fill: fitted.statistics[0] }
		);
	};
	const meanFilled = simple('mean', 'mean');
	// the indicator column: 1 where the value was missing
	const marks = after.map((v) => (v === null ? 1 : 0));
	return [
		result(
			'drop-rows',
			kept.map((p) => after[p] as number),
			kept.map((p) => data.driver[p]),
			{ filled: [] }
		),
		result('drop-column', null, data.driver, {
			filled: [],
			note: `The column is gone: every row stays, but a model loses all ${kept.length} observed values of ${data.name} too.`
		}),
		meanFilled,
		simple('median', 'median'),
		simple('most_frequent', 'most_frequent'),
		simple('constant', 'constant'),
		knnOutcome(data, after, gaps, k, allMissing ? goneNote : null),
		{
			...meanFilled,
			id: 'indicator',
			indicatorR: allMissing || gaps.length === 0 ? null : pearson(marks, data.driver)
		}
	];
}

function knnOutcome(
	data: StudyData,
	after: readonly (number | null)[],
	gaps: number[],
	k: number,
	goneNote: string | null
): Outcome {
	const filled = knnImpute(
		after.map((v, p) => [v, data.driver[p]]),
		{ nNeighbors: k }
	);
	const base = { id: 'knn' as const, rows: after.length, fill: null, filled: gaps, indicatorR: null };
	if (goneNote) return { ...base, values: null, summary: null, donors: null, note: goneNote };
	const values = filled.X.map((row) => row[0]);
	const donors = new Map(gaps.map((p) => [p, filled.donors.get(`${p},0`) ?? []]));
	return { ...base, values, summary: summarize(values, data.driver), donors, note: null };
}

/**
 * Mean imputation's shrink of the spread, two ways: the exact factor √(n_obs / n) against the
 * observed values' σ, and the ratio to the true σ that this sample shows.
 */
export interface Shrink {
	/** Rows, and rows with the value observed. */
	n: number;
	nObs: number;
	/** Share of the rows whose value is missing: the table's own gaps and the punched ones. */
	missingShare: number;
	/**
	 * √(n_obs / n) = √(1 − missing share): σ_after / σ_obs exactly (the filled values add rows
	 * but no squared deviation), and the σ_after / σ_true to expect when values go missing
	 * completely at random, where σ_obs matches σ_true on average.
	 */
	factor: number;
	observedStd: number;
	afterStd: number;
	trueStd: number;
	/** σ_after / σ_true on this sample. */
	afterToTruth: number;
	/** σ_obs / σ_true on this sample. */
	observedToTruth: number;
}

/** The shrink of mean imputation among `results`; null when nothing was filled or a σ is 0 or undefined. */
export function meanShrink(results: readonly Outcome[], truth: Summary): Shrink | null {
	const observed = results.find((o) => o.id === 'drop-rows')?.summary;
	const filled = results.find((o) => o.id === 'mean');
	const after = filled?.summary;
	if (!observed?.std || !after?.std || !truth.std || !filled || filled.filled.length === 0) return null;
	return {
		n: after.n,
		nObs: observed.n,
		missingShare: 1 - observed.n / after.n,
		factor: Math.sqrt(observed.n / after.n),
		observedStd: observed.std,
		afterStd: after.std,
		trueStd: truth.std,
		afterToTruth: after.std / truth.std,
		observedToTruth: observed.std / truth.std
	};
}

/** The column's summary after mean imputation with the holes of `punched` (the table's own gaps filled too); null when every value is missing. */
export function meanFilledSummary(data: StudyData, punched: readonly number[]): Summary | null {
	const after = withHoles(data, punched);
	const fitted = simpleImpute(
		after.map((v) => [v]),
		'mean'
	);
	if (fitted.dropped.length > 0) return null;
	return summarize(
		fitted.X.map((row) => row[0]),
		data.driver
	);
}

/** What dropping rows does to the mean under each mechanism at one rate and seed: kept mean − true mean. */
export function dropRowsBias(
	data: StudyData,
	rate: number,
	seed: number
): { mechanism: Mechanism; keptMean: number | null; bias: number | null }[] {
	const truth = truthOf(data).summary.mean;
	return (['mcar', 'mar', 'mnar'] as const).map((mechanism) => {
		const punched = new Set(punchHoles(data.values, { mechanism, rate, seed, driver: data.driver }));
		const kept = data.values.filter((v, p): v is number => v !== null && !punched.has(p));
		const keptMean = kept.length > 0 ? mean(kept) : null;
		return { mechanism, keptMean, bias: keptMean === null || truth === null ? null : keptMean - truth };
	});
}

/** Points of the scatter plot after a method: second column (x) against the studied column (y), class 1 where filled. Null when the column is gone. */
export function scatterOf(
	data: StudyData,
	after: readonly (number | null)[],
	outcome: Outcome,
	truth: readonly number[]
) {
	if (!outcome.values) return null;
	const filledMask = maskOf(outcome.filled, after.length);
	// drop-rows keeps only the observed positions; every other method keeps all
	const positions =
		outcome.id === 'drop-rows' ? after.flatMap((v, p) => (v === null ? [] : [p])) : after.map((_, p) => p);
	const y = outcome.id === 'drop-rows' ? outcome.values : positions.map((p) => outcome.values![p]);
	const extent = (v: readonly number[]): [number, number] => {
		const [low, high] = [Math.min(...v), Math.max(...v)];
		const pad = (high - low) * 0.05 || 0.5;
		return [low - pad, high + pad];
	};
	return {
		positions,
		x: positions.map((p) => data.driver[p]),
		y,
		classes: positions.map((p) => (filledMask[p] ? 1 : 0)),
		filledCount: positions.filter((p) => filledMask[p]).length,
		xDomain: extent(data.driver),
		yDomain: extent([...truth, ...y])
	};
}

/** Bin counts of the true values and of one method's values on one shared axis. */
export function binsOf(truth: readonly number[], after: readonly number[] | null, bins = 24) {
	const all = after ? [...truth, ...after] : [...truth];
	if (all.length === 0) return null;
	let [low, high] = [Math.min(...all), Math.max(...all)];
	if (low === high) [low, high] = [low - 0.5, high + 0.5];
	const count = (x: readonly number[]) =>
		x.length === 0 ? new Array<number>(bins).fill(0) : histogram(x, bins, { range: [low, high] }).counts;
	return { domain: [low, high] as [number, number], truth: count(truth), after: after ? count(after) : null };
}
