/**
 * The numbers "Show the maths" works the chosen method through with: the rows and gaps, the
 * observed values' sum (the mean's numerator), how often the most frequent value occurs, the
 * first k-NN fill with its donors, and what the imputer was fitted on. Derived once in the
 * state; the panel only prints them. Plain TypeScript, so the unit tests run it without Svelte.
 */
import { counted, formatCount } from '$lib/format/format';
import type { Outcome, StudyData } from './analysis';

/** The first filled row of a k-NN fill, its second-column value and the donors averaged. */
export interface KnnExample {
	/** The table's row number, from 1. */
	row: number;
	by: number;
	donors: { by: number; x: number }[];
	value: number;
	/** Rows as near as the farthest donor but left out (ties go to the earlier rows here). */
	tied: number;
}

export interface MethodWorking {
	/** Rows, rows with the value observed, and gaps. */
	n: number;
	observed: number;
	gaps: number;
	/** Σ of the observed values. */
	sum: number;
	/** How many observed values equal the fill value (most frequent); 0 without one. */
	fillCount: number;
	example: KnnExample | null;
	/** What the imputer learns from, and where it would be fitted in a pipeline; null for the drops and the constant. */
	fittedOn: string | null;
}

function knnExample(data: StudyData, after: readonly (number | null)[], chosen: Outcome): KnnExample | null {
	if (chosen.id !== 'knn' || !chosen.donors || !chosen.values) return null;
	const [first] = chosen.filled;
	if (first === undefined) return null;
	const donors = chosen.donors.get(first) ?? [];
	const by = data.driver[first];
	// rows as near as the farthest donor but left out: on a tie the first rows win here, where scikit-learn's pick is unspecified
	const farthest = donors.reduce((most, p) => Math.max(most, Math.abs(data.driver[p] - by)), 0);
	const tied = after.filter(
		(x, p) => x !== null && !donors.includes(p) && Math.abs(data.driver[p] - by) === farthest
	).length;
	return {
		row: data.rows[first] + 1,
		by,
		donors: donors.map((p) => ({ by: data.driver[p], x: after[p] as number })),
		value: chosen.values[first],
		tied
	};
}

function fittedOn(chosen: Outcome, observed: number, name: string): string | null {
	const split =
		'this page has no train/test split; in a pipeline, fit on the training rows only and reuse the fitted imputer unchanged on validation, test and live rows.';
	if (chosen.id === 'knn')
		return `Donors: any of the ${counted(observed, 'row')} with ${name} observed, from the whole table: ${split}`;
	if (['mean', 'median', 'most_frequent', 'indicator'].includes(chosen.id))
		return `x̂ is fitted on ${observed === 1 ? 'the one' : `all ${formatCount(observed)}`} observed ${observed === 1 ? 'value' : 'values'} of ${name}: ${split}`;
	return null;
}

/** The chosen method worked through on the column with holes `after`. */
export function methodWorking(
	data: StudyData,
	after: readonly (number | null)[],
	chosen: Outcome
): MethodWorking {
	const values = after.filter((v): v is number => v !== null);
	return {
		n: after.length,
		observed: values.length,
		gaps: after.length - values.length,
		sum: values.reduce((s, v) => s + v, 0),
		fillCount: chosen.fill === null ? 0 : values.filter((v) => v === chosen.fill).length,
		example: knnExample(data, after, chosen),
		fittedOn: fittedOn(chosen, values.length, data.name)
	};
}
