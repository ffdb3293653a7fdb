/**
 * The map's axes: a hyperparameter drawn in its values (linear) or in decades (log10 of its
 * values, ticks written as powers of ten), so d3's ticks fall on round values either way.
 */
import type { AxisSpec } from '$lib/charts/plotGeometry';
import { superscript } from '$lib/format/format';
import { formatParam } from './format';
import type { Hyperparameter } from './objectives';

/** A map position m ∈ [0, 1] in the axis' units. */
export function axisCoord(param: Hyperparameter, m: number): number {
	return param.axis === 'log'
		? Math.log10(param.lo) + m * Math.log10(param.hi / param.lo)
		: param.lo + m * (param.hi - param.lo);
}

/** The axis for a hyperparameter, titled with its name and its scale. */
export function axisSpec(param: Hyperparameter): AxisSpec {
	const log = param.axis === 'log';
	return {
		domain: [axisCoord(param, 0), axisCoord(param, 1)],
		title: log ? `${param.name} (log scale)` : param.name,
		ticks: 5,
		format: log
			? (v: number) => (Number.isInteger(v) ? `10${superscript(v)}` : '')
			: (v: number) => formatParam(v)
	};
}
