/**
 * The regression-metrics widget's state: its codec round trip, the line it fits (NumPy's polyfit),
 * fixing the model, dragging points onto the grid, and a tampered link falling back field by field.
 */
import { describe, expect, it } from 'vitest';
import { defaultPoints, regressionCodec } from '$lib/widgets/regression-metrics/codec';
import { numpy, openState } from './regressionMetricsFixtures';

describe('regression-metrics state', () => {
	it('round-trips its link', () => {
		const state = {
			...regressionCodec.defaults(),
			pts: [
				[0, -2],
				[2.5, 11.9],
				[10, 0.1]
			] as [number, number][],
			fit: 'fixed' as const,
			slope: -1.25,
			icpt: 3.5,
			bias: -2.3,
			big: 7.5,
			draw: 'squares' as const,
			q: 7
		};
		const decoded = regressionCodec.decode(regressionCodec.encode(state));
		expect(decoded.problems).toEqual([]);
		expect(decoded.value).toEqual(state);
	});

	it('fits NumPy’s line to the default points, with its metrics', () => {
		const state = openState();
		expect(state.evaluation.line.slope).toBeCloseTo(numpy.line.slope, 12);
		expect(state.evaluation.line.intercept).toBeCloseTo(numpy.line.intercept, 12);
		expect(state.evaluation.metrics.rmse).toBeCloseTo(numpy.defaults.rmse, 12);
		expect(state.evaluation.metrics.r2!).toBeCloseTo(numpy.defaults.r2, 12);
	});

	it('keeps the line on screen when the model is fixed, then a drag moves only the point', () => {
		const state = openState();
		state.setModel('fixed');
		expect(state.input.slope).toBeCloseTo(numpy.line.slope, 12);
		state.movePoint(2, 3.04, 9.96);
		expect(state.input.pts[2]).toEqual([3, 10]);
		expect(state.evaluation.line.slope).toBeCloseTo(numpy.line.slope, 12);
		// refitting follows the moved point
		state.setModel('refit');
		expect(state.evaluation.line.slope).not.toBeCloseTo(numpy.line.slope, 3);
	});

	it('moving the big-error point by hand folds the error into it; points stay on the plot', () => {
		const state = openState('big=5');
		state.movePoint(7, 8, 30);
		expect(state.input.big).toBe(0);
		expect(state.input.pts[7]).toEqual([8, 12]);
		state.movePoint(0, -3, 1.2);
		expect(state.input.pts[0]).toEqual([0, 1.2]);
	});

	it('a tampered link keeps its good fields and names the bad ones', () => {
		const state = openState('pts=1_2*banana&bias=9&big=2.5&fit=fixed');
		expect(state.input.pts).toEqual(defaultPoints);
		expect(state.input.bias).toBe(0);
		expect(state.input.big).toBe(2.5);
		expect(state.input.fit).toBe('fixed');
		expect(state.linkProblems.join(' ')).toMatch(/pts.*bias|bias.*pts/s);
	});

	it('all x the same: a flat line at the mean, never NaN', () => {
		const state = openState('pts=5_1*5_2*5_6');
		expect(state.evaluation.line).toEqual({ slope: 0, intercept: 3 });
		expect(Number.isFinite(state.evaluation.metrics.rmse)).toBe(true);
	});
});
