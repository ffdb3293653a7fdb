/**
 * What the feature-scaling widget computes from a two-column data set: the train/test
 * split, every scaler fitted (on the training rows, or on all rows to show the leak), the
 * scaled data, and the fitted parameters. Plain functions, so tests can call them.
 */
import { trainValTestSplit } from '$lib/ml/split';
import { fitScaler, normalizeRows, SCALER_METHODS, type Scaler, type ScalerMethod } from '$lib/ml/scaling';
import { quantiles } from '$lib/ml/stats';
import type { Compared, Placement } from './codec';
import type { BoxRow } from '$lib/charts/BoxPlots.svelte';

/** Two numeric columns, rows with both values present, and any points the learner added at the end. */
export interface ScalingData {
	X: number[][];
	/** Class of each row (for colour and the model scores), or null when the data have none. */
	classes: number[] | null;
	classNames: string[];
	xName: string;
	yName: string;
	/** Rows from this index on are the learner's added points. */
	addedFrom: number;
	/** How many complete rows the file had when the widget works on a sample of them, else null. */
	sampledFrom: number | null;
	/** Rows of the table left out because one of the two chosen values is missing (0 or absent: none). */
	incomplete?: number;
}

export const methodNames: Record<Compared, string> = {
	standard: 'Standard (z-score)',
	minmax: 'Min-max',
	maxabs: 'Max-abs',
	robust: 'Robust (median, IQR)',
	normalize: 'Normalizer (rows, L2)'
};

/** What each scaler does, inside a sentence ("… after robust (median, IQR) scaling"): lower case, but IQR and L2 keep their capitals. */
export const methodInText: Record<Compared, string> = {
	standard: 'standard (z-score) scaling',
	minmax: 'min-max scaling',
	maxabs: 'max-abs scaling',
	robust: 'robust (median, IQR) scaling',
	normalize: 'normalizing each row (L2)'
};

/** The share of the original rows held out for testing. */
const testShare = 0.3;

/**
 * A seeded 70/30 split of the original rows (the held-out part is ceil(0.3 · n), as
 * scikit-learn's train_test_split). The learner's added points join the training rows, which
 * the scalers are fitted on, or the test rows, which only a scaler fitted on all rows sees.
 */
export function splitRows(
	data: ScalingData,
	seed: number,
	place: Placement = 'train'
): { train: number[]; test: number[] } {
	const { train, test } = trainValTestSplit(data.addedFrom, {
		train: 1 - testShare,
		val: 0,
		test: testShare,
		seed
	});
	const added = Array.from({ length: data.X.length - data.addedFrom }, (_, i) => data.addedFrom + i);
	return place === 'train' ? { train: [...train, ...added], test } : { train, test: [...test, ...added] };
}

/** The rows of `rows` that came with the data, without the learner's added points (which carry no class). */
export const originalRows = (data: ScalingData, rows: number[]) => rows.filter((i) => i < data.addedFrom);

/** The base data with `points` appended as the learner's added points (their class, for colour, is one past the last). */
export function withAdded(base: ScalingData, points: readonly (readonly [number, number])[]): ScalingData {
	const added = points.map(([x, y]) => [x, y]);
	return {
		...base,
		X: [...base.X, ...added],
		classes: base.classes ? [...base.classes, ...added.map(() => base.classNames.length)] : null
	};
}

/** One scaled version of the data. */
export interface Version {
	id: Compared;
	name: string;
	X: number[][];
	/** The fitted scaler (none for the row normalizer, which learns nothing). */
	scaler: Scaler | null;
}

/** Every scaler fitted on `fitRows` and applied to all rows, then the row normalizer. */
export function scaleAll(X: number[][], fitRows: number[]): Version[] {
	const fitData = fitRows.map((i) => X[i]);
	const versions: Version[] = SCALER_METHODS.map((method: ScalerMethod) => {
		const scaler = fitScaler(method, fitData);
		return { id: method, name: methodNames[method], X: scaler.transform(X), scaler };
	});
	versions.push({ id: 'normalize', name: methodNames.normalize, X: normalizeRows(X, 'l2'), scaler: null });
	return versions;
}

/** One fitted number per feature, named as the widget's table shows it. */
export interface ParamRow {
	name: string;
	values: [number, number];
}

/** The parameters a scaler learned, in the order its formula uses them. */
export function paramRows(scaler: Scaler): ParamRow[] {
	const pair = (a: number[]): [number, number] => [a[0], a[1]];
	switch (scaler.method) {
		case 'standard': {
			const p = scaler.params as { mean: number[]; scale: number[] };
			return [
				{ name: 'mean μ', values: pair(p.mean) },
				{ name: 'std σ (ddof 0)', values: pair(p.scale) }
			];
		}
		case 'minmax': {
			const p = scaler.params as { min: number[]; max: number[] };
			return [
				{ name: 'min', values: pair(p.min) },
				{ name: 'max', values: pair(p.max) }
			];
		}
		case 'maxabs': {
			const p = scaler.params as { maxAbs: number[] };
			return [{ name: 'max |x|', values: pair(p.maxAbs) }];
		}
		case 'robust': {
			const p = scaler.params as { center: number[]; q1: number[]; q3: number[]; scale: number[] };
			return [
				{ name: 'median', values: pair(p.center) },
				{ name: 'Q1 (25%)', values: pair(p.q1) },
				{ name: 'Q3 (75%)', values: pair(p.q3) },
				{ name: 'IQR', values: pair(p.scale) }
			];
		}
	}
}

/** A square extent holding every value of every scaled version, so the plots share axes. */
export function sharedDomain(versions: Version[]): [number, number] {
	let lo = Infinity;
	let hi = -Infinity;
	for (const v of versions) {
		for (const row of v.X) {
			for (const value of row) {
				if (value < lo) lo = value;
				if (value > hi) hi = value;
			}
		}
	}
	const pad = (hi - lo) * 0.05 || 1;
	return [lo - pad, hi + pad];
}

/**
 * A square extent holding the original rows (not the learner's added points) of every scaled
 * version, so the plots share axes framed on the bulk of the data: an outlier far out would
 * otherwise stretch the shared axes until every plot's bulk is a dot. Points beyond it are
 * drawn pinned at the edge. Without added points it is {@link sharedDomain}.
 */
export function bulkDomain(versions: Version[], addedFrom: number): [number, number] {
	return sharedDomain(versions.map((v) => ({ ...v, X: v.X.slice(0, addedFrom) })));
}

/** The smallest and largest value of one feature over the original rows (before `addedFrom`). */
export function bulkRange(X: number[][], feature: number, addedFrom: number): [number, number] {
	let lo = Infinity;
	let hi = -Infinity;
	for (let i = 0; i < Math.min(addedFrom, X.length); i++) {
		const v = X[i][feature];
		if (v < lo) lo = v;
		if (v > hi) hi = v;
	}
	return [lo, hi];
}

/** The extent of one column with a margin. */
export function columnDomain(values: number[]): [number, number] {
	let lo = Infinity;
	let hi = -Infinity;
	for (const v of values) {
		if (v < lo) lo = v;
		if (v > hi) hi = v;
	}
	const pad = (hi - lo) * 0.05 || 1;
	return [lo - pad, hi + pad];
}

/**
 * Cluster numbers are arbitrary; renumbering them by their members' mean raw first feature
 * (left to right) gives the same colour to matching clusters in every plot.
 */
export function orderByRawX(labels: number[], raw: number[][]): number[] {
	const sums = new Map<number, { total: number; count: number }>();
	labels.forEach((label, i) => {
		const entry = sums.get(label) ?? { total: 0, count: 0 };
		entry.total += raw[i][0];
		entry.count++;
		sums.set(label, entry);
	});
	const order = [...sums.entries()]
		.sort((a, b) => a[1].total / a[1].count - b[1].total / b[1].count)
		.map(([label]) => label);
	const rank = new Map(order.map((label, r) => [label, r]));
	return labels.map((label) => rank.get(label) ?? 0);
}

/** What the learner's added points do to min-max and robust scaling of the first feature. */
export interface OutlierEffect {
	/** How many points were added. */
	added: number;
	/** Whether the scalers in use were fitted with an added point (a training row, or every row fitted). */
	seen: boolean;
	/** Where the original rows' first feature lands after each scaler, with the added points and without them. */
	minmax: [number, number];
	minmaxWithout: [number, number];
	robust: [number, number];
	robustWithout: [number, number];
	/** The share of min-max's range that the original rows keep: 1 fills it, 0.1 is a sliver. */
	kept: number;
	/** Which end of min-max's range an added point took from the original rows. */
	took: 'maximum' | 'minimum' | 'both ends' | null;
	/** The original rows' robust-scaled spread with the added points, over the spread without them. */
	robustRatio: number;
	/** Whether min-max squeezed the original rows into a sliver ({@link sliver}): the sentence and the story say so only then. */
	squeezed: boolean;
	/** Whether robust scaling hardly noticed the added points ({@link robustSteady}). */
	robustHeld: boolean;
}

/** A share as a whole percentage, as the page prints it: 0.247 → "25%"; a sliver that would round to 0 (1.8e-7), "under 1%". */
export const wholePercent = (share: number) =>
	share > 0 && share < 0.005 ? 'under 1%' : `${Math.round(share * 100)}%`;

/** Below this share of its range the page says min-max squeezed the original rows into a sliver. */
export const sliver = 0.5;
/** Above this ratio of spreads the page says robust scaling hardly noticed the added points. */
export const robustSteady = 0.8;

/**
 * The added points' effect on the scalers in use (`versions`) against the same scalers fitted
 * without them (`without`); null without added points or without either scaler.
 */
export function outlierEffect(
	data: ScalingData,
	fitRows: number[],
	versions: Version[],
	without: Version[] | null
): OutlierEffect | null {
	const added = data.X.length - data.addedFrom;
	const find = (vs: Version[] | null, id: Compared) => vs?.find((v) => v.id === id);
	const [minmax, robust, minmaxWithout, robustWithout] = [
		find(versions, 'minmax'),
		find(versions, 'robust'),
		find(without, 'minmax'),
		find(without, 'robust')
	];
	if (added === 0 || !minmax?.scaler || !robust || !minmaxWithout?.scaler || !robustWithout) return null;
	const span = (version: Version) => bulkRange(version.X, 0, data.addedFrom);
	const width = ([lo, hi]: [number, number]) => hi - lo;
	const fitted = minmax.scaler.params as { min: number[]; max: number[] };
	const fittedWithout = minmaxWithout.scaler.params as { min: number[]; max: number[] };
	const tookMax = fitted.max[0] > fittedWithout.max[0];
	const tookMin = fitted.min[0] < fittedWithout.min[0];
	const robustSpan = width(span(robust));
	const kept = width(span(minmax));
	const robustRatio = width(span(robustWithout)) === 0 ? 1 : robustSpan / width(span(robustWithout));
	return {
		added,
		seen: fitRows.some((i) => i >= data.addedFrom),
		minmax: span(minmax),
		minmaxWithout: span(minmaxWithout),
		robust: span(robust),
		robustWithout: span(robustWithout),
		kept,
		took: tookMax && tookMin ? 'both ends' : tookMax ? 'maximum' : tookMin ? 'minimum' : null,
		robustRatio,
		squeezed: kept < sliver,
		robustHeld: robustRatio >= robustSteady
	};
}

/** One scaler's output for one feature as five numbers: a row of the box plot. */
export type FiveNumbers = Omit<BoxRow, 'outliers'>;

/** Each version's values of `feature` as five numbers (quartiles by linear interpolation), and the axis that holds them all. */
export function fiveNumbersByVersion(
	versions: Version[],
	feature: number
): { rows: FiveNumbers[]; domain: [number, number] } {
	const rows = versions.map((v) => {
		const [min, q1, median, q3, max] = quantiles(
			v.X.map((row) => row[feature]),
			[0, 0.25, 0.5, 0.75, 1]
		);
		return { id: v.id, label: v.name, min, q1, median, q3, max };
	});
	const domain: [number, number] = [Math.min(...rows.map((r) => r.min)), Math.max(...rows.map((r) => r.max))];
	return { rows, domain };
}
