/**
 * What fitting the scalers on all rows, test rows included, changes: the fitted numbers side
 * by side, the largest shift, and, when the learner's added point is a test row, how far that
 * one unseen row reshapes the training data once a scaler is fitted on it.
 */
import { formatShort } from '$lib/format/format';
import { bulkRange, paramRows, type ScalingData, type Version } from './analysis';
import type { Compared } from './codec';

/** One fitted parameter of one scaler, per feature, fitted on the training rows and on all rows. */
export interface ParamComparison {
	scaler: Compared;
	scalerName: string;
	/** The scaler's first parameter (the table's row group starts here), and how many it has. */
	first: boolean;
	span: number;
	name: string;
	train: [number, number];
	all: [number, number];
	/** Whether the two fits differ at the precision the table shows (four significant digits). */
	changed: [boolean, boolean];
}

/** Every scaler's parameters fitted both ways; `trainFit` and `allFit` list the same scalers in the same order. */
export function compareParams(trainFit: Version[], allFit: Version[]): ParamComparison[] {
	const differs = (a: number, b: number) => formatShort(a) !== formatShort(b);
	return trainFit.flatMap((version, v) => {
		const other = allFit[v];
		if (!version.scaler || !other.scaler) return [];
		const all = paramRows(other.scaler);
		return paramRows(version.scaler).map((row, r) => ({
			scaler: version.id,
			scalerName: version.name,
			first: r === 0,
			span: all.length,
			name: row.name,
			train: row.values,
			all: all[r].values,
			changed: [differs(row.values[0], all[r].values[0]), differs(row.values[1], all[r].values[1])] as [
				boolean,
				boolean
			]
		}));
	});
}

/** One fitted number that the test rows move: which scaler, parameter and feature, and its two values. */
export interface ParamShift {
	scaler: Compared;
	scalerName: string;
	param: string;
	feature: 0 | 1;
	train: number;
	all: number;
}

export interface LeakReport {
	rows: ParamComparison[];
	/** Fitted numbers (parameter × feature) that change when the test rows are included, of all of them. */
	changed: number;
	total: number;
	/** The changed number that moves most, in standard deviations of its feature's training rows; null when none changes. */
	largest: ParamShift | null;
	/** The learner's added points, and how many of them are test rows. */
	added: number;
	addedInTest: number;
	/**
	 * With an added test point: its first feature after min-max scaling fitted on the training
	 * rows (which never saw it), whether that lies outside the 0–1 the training rows fill, and
	 * where the original rows' first feature lands after min-max fitted on all rows (the point
	 * included). Null without an added test point.
	 */
	testPoint: { value: number; beyond: boolean; originalsAllFit: [number, number] } | null;
}

/** The leak, from both fits and the split (whose test rows may hold added points). */
export function leakReport(
	data: ScalingData,
	split: { test: number[] },
	trainFit: Version[],
	allFit: Version[]
): LeakReport {
	const rows = compareParams(trainFit, allFit);
	// a shift is measured against its feature's spread: near 0, a relative change would make a hair look like a leap
	const standard = trainFit.find((v) => v.id === 'standard')?.scaler?.params as
		{ scale: number[] } | undefined;
	let largest: ParamShift | null = null;
	let largestChange = 0;
	for (const row of rows) {
		for (const feature of [0, 1] as const) {
			if (!row.changed[feature]) continue;
			const [train, all] = [row.train[feature], row.all[feature]];
			const change = Math.abs(all - train) / (standard?.scale[feature] ?? 1);
			if (change > largestChange) {
				largestChange = change;
				largest = { scaler: row.scaler, scalerName: row.scalerName, param: row.name, feature, train, all };
			}
		}
	}
	const addedTest = split.test.filter((i) => i >= data.addedFrom);
	const minmaxTrain = trainFit.find((v) => v.id === 'minmax');
	const minmaxAll = allFit.find((v) => v.id === 'minmax');
	let testPoint: LeakReport['testPoint'] = null;
	if (addedTest.length > 0 && minmaxTrain && minmaxAll) {
		const value = minmaxTrain.X[addedTest[0]][0];
		testPoint = {
			value,
			beyond: value < 0 || value > 1,
			originalsAllFit: bulkRange(minmaxAll.X, 0, data.addedFrom)
		};
	}
	return {
		rows,
		changed: rows.reduce((n, row) => n + row.changed.filter(Boolean).length, 0),
		total: rows.length * 2,
		largest,
		added: data.X.length - data.addedFrom,
		addedInTest: addedTest.length,
		testPoint
	};
}

/** 5-NN test accuracy after one scaler, fitted on the training rows and on all rows. */
export interface LeakScore {
	scaler: Compared;
	train: number;
	all: number;
	/** How many of the scored test rows the two accuracies are apart. */
	rowsApart: number;
}

/**
 * The score the leak moves: 5-NN accuracy after the scaler whose parameter moves most (or
 * the standard scaler when none moves), fitted both ways. Null without scores.
 */
export function leakScore(
	report: LeakReport,
	knn: { train: Record<string, number>; all: Record<string, number>; testRows: number } | null
): LeakScore | null {
	if (!knn) return null;
	const scaler = report.largest?.scaler ?? 'standard';
	const [train, all] = [knn.train[scaler], knn.all[scaler]];
	if (train === undefined || all === undefined) return null;
	return { scaler, train, all, rowsApart: Math.round(Math.abs(all - train) * knn.testRows) };
}

/** Largest gap, in test rows, that the page still calls a small leak: a row or two of a hundred-odd. */
export const smallLeakRows = 2;
