/**
 * The regression-metrics story: on each step the lesson holds, and every number the text quotes is
 * NumPy's (regressionMetricsFixtures.ts), written with the page's formatter. There is no seed: the
 * points are in the link.
 */
import { describe, expect, it } from 'vitest';
import { formatPercent } from '$lib/format/format';
import { num } from '$lib/widgets/regression-metrics/explain';
import { numpy, storyState } from './regressionMetricsFixtures';

function said(id: string) {
	const state = storyState(id);
	expect(state.storyStep?.id).toBe(id);
	const text = state.storyText!;
	expect(text.holds).toBe(true);
	// "undefined" only where a step says MAPE would be, in words
	expect(text.text.replace('MAPE is undefined', '')).not.toMatch(/NaN|undefined|Infinity|null/);
	return text.text;
}

describe('regression-metrics story', () => {
	it('segments-squares: MAE, MSE and RMSE of the refitted line, RMSE close to MAE', () => {
		const text = said('segments-squares');
		const { mae, mse, rmse } = numpy.defaults;
		for (const value of [mae, mse, rmse, rmse / mae]) expect(text).toContain(num(value));
		expect(text).toContain('0.9292');
		expect(text).toContain('refitted to the 8 points');
	});

	it('one-big-error: RMSE grows by a far larger factor than MAE', () => {
		const text = said('one-big-error');
		const { defaults, big10 } = numpy;
		expect(text).toContain(
			`from ${num(defaults.mae)} to ${num(big10.mae)} (×${num(Number((big10.mae / defaults.mae).toPrecision(3)))})`
		);
		expect(text).toContain(
			`from ${num(defaults.rmse)} to ${num(big10.rmse)} (×${num(Number((big10.rmse / defaults.rmse).toPrecision(3)))})`
		);
		expect(text).toContain('(×2.04)');
		expect(text).toContain('(×3.44)');
		expect(text).toContain(`holds ${formatPercent(big10.share)} of the squared errors`);
		expect(text).toContain('+10 on P8');
	});

	it('worse-than-mean: R² below 0, the model’s MSE above the mean’s', () => {
		const text = said('worse-than-mean');
		const { mse, r2, mean, baselineMse } = numpy.bias3;
		expect(text).toContain(`R² = ${num(r2)}, below 0`);
		expect(text).toContain('-0.9818');
		expect(text).toContain(`MSE (${num(mse)})`);
		expect(text).toContain(`predicting the mean, ${num(mean)}, for every point (${num(baselineMse)})`);
		expect(text).toContain('3 too high');
	});

	it('mape-near-zero: one small actual drives MAPE past 100%', () => {
		const text = said('mape-near-zero');
		const { mae, mape, p1Error, p1Percent } = numpy.nearZero;
		expect(text).toContain(`MAE is ${num(mae)}`);
		expect(text).toContain(`MAPE = ${formatPercent(mape)}`);
		expect(text).toContain('177.4%');
		expect(text).toContain(`off by ${num(Math.abs(p1Error))}, ${formatPercent(p1Percent)} of it`);
		expect(text).toContain("P1's actual is now 0.1");
	});

	it('each step’s link opens that step', () => {
		const state = storyState('segments-squares');
		for (const step of state.steps) {
			const opened = storyState(step.id);
			const again = new (opened.constructor as new () => typeof opened)();
			again.load(new URLSearchParams(opened.stepLink(step).slice(1)));
			expect(again.storyStep?.id).toBe(step.id);
		}
	});
});
