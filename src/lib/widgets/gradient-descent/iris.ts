/**
 * The real table behind the logistic-regression surface: Fisher's irises, versicolor (0) against
 * virginica (1) by sepal length. Setosa is left out because sepal length alone nearly separates it,
 * and a logistic regression on separated classes has no minimum to walk to.
 */
import { columnByName, type Table } from '$lib/data/table';
import { logisticSurface, type LogisticSurface } from '$lib/ml/logisticSurface';

export const irisFeature = 'sepal_length_cm';
/** The class the model calls 1. */
export const irisPositive = 'virginica';
export const irisNegative = 'versicolor';

/** The sepal lengths and 0 / 1 labels of the versicolor and virginica rows that have both. */
export function irisRows(table: Table): { x: number[]; y: number[] } {
	const feature = columnByName(table, irisFeature);
	const species = columnByName(table, 'species');
	const x: number[] = [];
	const y: number[] = [];
	for (let i = 0; i < table.rowCount; i++) {
		const value = feature.values[i];
		const label = species.values[i];
		if (typeof value !== 'number' || (label !== irisPositive && label !== irisNegative)) continue;
		x.push(value);
		y.push(label === irisPositive ? 1 : 0);
	}
	return { x, y };
}

/** The logistic-regression loss surface on the iris rows. */
export const irisSurface = (table: Table): LogisticSurface => {
	const { x, y } = irisRows(table);
	return logisticSurface(x, y);
};
